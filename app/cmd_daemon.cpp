#include <iostream>

#include "app/cli.hpp"

namespace distill::app {

ExitStatus cmd_daemon(const Invocation&) {
  std::cerr << "distill: error: 'daemon' is not built yet\n";
  return ExitStatus::failure;
}

}  // namespace distill::app
