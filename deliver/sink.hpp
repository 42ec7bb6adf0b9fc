#pragma once
// Where a composed digest goes: an SMTP server (libcurl) or a directory.

#include <stdexcept>
#include <string>

namespace distill::deliver {

// A failed send, with the server's reply verbatim.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace distill::deliver
