#pragma once
// The aiosmtpd fault server of tests/fixtures/deliver/fault_smtp.py on a
// free loopback port, for the tests that need an SMTP server to refuse,
// defer, stall or drop on demand. Needs the servers' env (its TLS
// certificate), so only [integration] tests use it.

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

extern char** environ;

namespace distill::test {

inline int free_port() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  REQUIRE(fd >= 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
  socklen_t len = sizeof addr;
  REQUIRE(::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0);
  ::close(fd);
  return ntohs(addr.sin_port);
}

inline bool port_open(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<std::uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
  ::close(fd);
  return ok;
}

// The aiosmtpd fault server, stopped (SIGTERM) when this goes away.
class FaultServer {
 public:
  FaultServer(const std::map<std::string, std::string>& env, const std::string& mode) : m_port(free_port()) {
    using namespace std::chrono_literals;
    const std::string script = std::string(DISTILL_FIXTURES_DIR) + "/deliver/fault_smtp.py";
    const std::string dir = env.at("DISTILL_IT_DIR");
    std::vector<std::string> args = {"/usr/bin/python3", script, std::to_string(m_port), dir + "/tls/cert.pem",
                                     dir + "/tls/cert-key.pem", mode};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    REQUIRE(posix_spawn(&m_pid, argv[0], nullptr, nullptr, argv.data(), environ) == 0);
    const auto deadline = std::chrono::steady_clock::now() + 10s;
    while (!port_open(m_port)) {
      if (std::chrono::steady_clock::now() > deadline) FAIL("aiosmtpd did not start on port " << m_port);
      std::this_thread::sleep_for(50ms);
    }
  }
  ~FaultServer() {
    using namespace std::chrono_literals;
    ::kill(m_pid, SIGTERM);
    int status = 0;
    // A session held open (the stall mode) may keep it from stopping.
    const auto deadline = std::chrono::steady_clock::now() + 5s;
    while (::waitpid(m_pid, &status, WNOHANG) == 0) {
      if (std::chrono::steady_clock::now() > deadline) {
        ::kill(m_pid, SIGKILL);
        ::waitpid(m_pid, &status, 0);
        return;
      }
      std::this_thread::sleep_for(20ms);
    }
  }
  int port() const { return m_port; }

 private:
  int m_port;
  pid_t m_pid = 0;
};

}  // namespace distill::test
