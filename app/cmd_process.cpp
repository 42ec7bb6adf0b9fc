#include <iostream>

#include "app/cli.hpp"

namespace distill::app {

ExitStatus cmd_process(const Invocation&) {
  std::cerr << "distill: error: 'process' is not built yet\n";
  return ExitStatus::failure;
}

}  // namespace distill::app
