#include <iostream>

#include "app/cli.hpp"

namespace distill::app {

ExitStatus cmd_preview(const Invocation&) {
  std::cerr << "distill: error: 'preview' is not built yet\n";
  return ExitStatus::failure;
}

}  // namespace distill::app
