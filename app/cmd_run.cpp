#include <iostream>

#include "app/cli.hpp"

namespace distill::app {

ExitStatus cmd_run(const Invocation&) {
  std::cerr << "distill: error: 'run' is not built yet\n";
  return ExitStatus::failure;
}

}  // namespace distill::app
