#include <iostream>

#include "app/cli.hpp"

namespace distill::app {

ExitStatus cmd_status(const Invocation&) {
  std::cerr << "distill: error: 'status' is not built yet\n";
  return ExitStatus::failure;
}

}  // namespace distill::app
