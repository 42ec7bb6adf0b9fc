#include <iostream>

#include "app/cli.hpp"

namespace distill::app {

ExitStatus cmd_deliver(const Invocation&) {
  std::cerr << "distill: error: 'deliver' is not built yet\n";
  return ExitStatus::failure;
}

}  // namespace distill::app
