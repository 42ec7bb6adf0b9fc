#pragma once
// libcurl's global state, set up once by the program and never by a library
// (curl_global_init is not thread-safe and must precede every handle).
// Commands that talk to a server hold one CurlGlobal for their lifetime;
// nested holders are fine, only the first initialises.

#include <stdexcept>

#include <curl/curl.h>

namespace distill::app {

class CurlGlobal {
 public:
  CurlGlobal() {
    if (s_users++ == 0 && curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
      --s_users;
      throw std::runtime_error("curl_global_init failed");
    }
  }
  ~CurlGlobal() {
    if (--s_users == 0) curl_global_cleanup();
  }
  CurlGlobal(const CurlGlobal&) = delete;
  CurlGlobal& operator=(const CurlGlobal&) = delete;

 private:
  static inline int s_users = 0;
};

}  // namespace distill::app
