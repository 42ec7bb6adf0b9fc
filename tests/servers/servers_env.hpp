#pragma once
// What integration tests know of the mail servers that tests/servers/start.sh
// started for this ctest run: the KEY=VALUE lines of its env file (ports,
// user, password, CA file, Maildir). A test fails, never skips, when the
// servers are not up.

#include <cstdlib>
#include <fstream>
#include <map>
#include <string>

#include <catch2/catch.hpp>

namespace distill::test {

inline std::map<std::string, std::string> server_env() {
  const char* path = std::getenv("DISTILL_SERVERS_ENV");
  if (path == nullptr) {
    FAIL("DISTILL_SERVERS_ENV is not set: run the integration tests through ctest, whose servers.start "
         "fixture starts tests/servers/start.sh");
  }
  std::ifstream in(path);
  if (!in) FAIL(std::string("the mail servers are not up: no env file at ") + path + " (did servers.start fail?)");
  std::map<std::string, std::string> env;
  std::string line;
  while (std::getline(in, line)) {
    auto eq = line.find('=');
    if (eq != std::string::npos) env[line.substr(0, eq)] = line.substr(eq + 1);
  }
  return env;
}

}  // namespace distill::test
