#include <iostream>

#include "app/cli.hpp"

namespace distill::app {

ExitStatus cmd_check_config(const Invocation&) {
  std::cerr << "distill: error: 'check-config' is not built yet\n";
  return ExitStatus::failure;
}

}  // namespace distill::app
