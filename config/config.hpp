#pragma once
// Reading distill.conf and the command line into Settings.

#include <stdexcept>
#include <string>

#include "config/settings.hpp"

namespace distill::config {

// A bad config: the text names the file, the line, the key and what was expected.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace distill::config
