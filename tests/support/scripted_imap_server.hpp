#pragma once
// A scripted IMAP server on 127.0.0.1 for unit tests: the answers a real
// Dovecot cannot be made to give. Plain imap://, so clients connect with
// `tls = off`.

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "ingest/source.hpp"

namespace distill::test {

// Serves IMAP connections one after another on a loopback port. Each
// tagged command line goes to `answer`, which returns the untagged lines
// (CRLF-terminated); the server adds "TAG OK done", unless the answer holds
// an untagged BYE: then it closes the connection, as a server does that
// cannot go on, or the answer gives its own tagged response, written with
// the tag as {TAG} ("{TAG} NO [TRYCREATE] no such mailbox\r\n"). Every
// command line received is kept.
class ScriptedServer {
 public:
  using Answer = std::function<std::string(const std::string& command)>;

  explicit ScriptedServer(Answer answer) : m_answer(std::move(answer)) {
    m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(m_listener >= 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::bind(m_listener, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
    REQUIRE(::listen(m_listener, 4) == 0);
    socklen_t len = sizeof addr;
    REQUIRE(::getsockname(m_listener, reinterpret_cast<sockaddr*>(&addr), &len) == 0);
    m_port = ntohs(addr.sin_port);
    m_thread = std::thread([this] { serve(); });
  }
  ~ScriptedServer() {
    ::shutdown(m_listener, SHUT_RDWR);
    ::close(m_listener);
    m_thread.join();
  }
  ScriptedServer(const ScriptedServer&) = delete;
  ScriptedServer& operator=(const ScriptedServer&) = delete;

  std::string url() const { return "imap://127.0.0.1:" + std::to_string(m_port); }
  std::vector<std::string> commands() {
    std::lock_guard lock(m_mutex);
    return m_commands;
  }

 private:
  void serve() {
    for (;;) {
      int fd = ::accept(m_listener, nullptr, nullptr);
      if (fd < 0) return;
      converse(fd);
      ::close(fd);
    }
  }

  void converse(int fd) {
    send_all(fd, "* OK scripted server ready\r\n");
    std::string pending;
    char buffer[4096];
    for (;;) {
      std::size_t eol;
      while ((eol = pending.find("\r\n")) == std::string::npos) {
        ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n <= 0) return;
        pending.append(buffer, static_cast<std::size_t>(n));
      }
      std::string line = pending.substr(0, eol);
      pending.erase(0, eol + 2);
      std::size_t space = line.find(' ');
      std::string tag = line.substr(0, space);
      std::string command = space == std::string::npos ? "" : line.substr(space + 1);
      {
        std::lock_guard lock(m_mutex);
        m_commands.push_back(command);
      }
      if (command == "LOGOUT") {
        send_all(fd, "* BYE\r\n" + tag + " OK done\r\n");
        return;
      }
      const std::string answer = m_answer(command);
      if (answer.find("* BYE ") != std::string::npos) {
        send_all(fd, answer);
        return;
      }
      if (const auto own = answer.find("{TAG}"); own != std::string::npos) {
        send_all(fd, answer.substr(0, own) + tag + answer.substr(own + 5));
        continue;
      }
      send_all(fd, answer + tag + " OK done\r\n");
    }
  }

  static void send_all(int fd, const std::string& text) {
    std::size_t sent = 0;
    while (sent < text.size()) {
      ssize_t n = ::send(fd, text.data() + sent, text.size() - sent, MSG_NOSIGNAL);
      if (n <= 0) return;
      sent += static_cast<std::size_t>(n);
    }
  }

  Answer m_answer;
  int m_listener = -1;
  int m_port = 0;
  std::thread m_thread;
  std::mutex m_mutex;
  std::vector<std::string> m_commands;
};

// Options that log in to `server` (plain imap://, a made-up password).
inline ingest::ImapOptions scripted_login(const ScriptedServer& server) {
  ingest::ImapOptions o;
  o.url = server.url();
  o.user = "reader";
  o.password = "not-a-real-password";
  o.tls_required = false;
  o.timeout = std::chrono::seconds(10);
  return o;
}

}  // namespace distill::test
