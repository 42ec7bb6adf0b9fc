#include <iostream>

#include "app/cli.hpp"

namespace distill::app {

ExitStatus cmd_explain(const Invocation&) {
  std::cerr << "distill: error: 'explain' is not built yet\n";
  return ExitStatus::failure;
}

}  // namespace distill::app
