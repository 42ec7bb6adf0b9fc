#include <iostream>

#include "app/cli.hpp"

namespace distill::app {

ExitStatus cmd_ingest(const Invocation&) {
  std::cerr << "distill: error: 'ingest' is not built yet\n";
  return ExitStatus::failure;
}

}  // namespace distill::app
