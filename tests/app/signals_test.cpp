// Stopping on a signal: `run`, `deliver` and `daemon` as a service manager
// or a user stops them, while a server says nothing. They stop with a log
// line and a documented exit status, and a digest being sent stays pending
// with its Message-ID.

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "run_distill.hpp"
#include "store/store.hpp"
#include "tests/servers/servers_env.hpp"
#include "tests/support/fault_smtp.hpp"

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using distill::test::read_text;
using distill::test::wait_for;
using distill::test::TempDir;
using distill::test::write_text;

namespace {

// A loopback port that takes connections (the kernel completes them) and
// never says a word: an IMAP server that stalls before its greeting.
class SilentServer {
 public:
  SilentServer() {
    m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(m_fd >= 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::bind(m_fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
    REQUIRE(::listen(m_fd, 4) == 0);
    socklen_t len = sizeof addr;
    REQUIRE(::getsockname(m_fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0);
    m_port = ntohs(addr.sin_port);
  }
  ~SilentServer() { ::close(m_fd); }
  int port() const { return m_port; }

 private:
  int m_fd = -1;
  int m_port = 0;
};

struct Child {
  pid_t pid = 0;
  fs::path err;
};

Child spawn_distill(const TempDir& dir, const std::vector<std::string>& words) {
  Child child;
  child.err = dir / "stderr";
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, child.err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  std::vector<std::string> args = {DISTILL_BINARY};
  args.insert(args.end(), words.begin(), words.end());
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::string tz = "TZ=UTC";
  std::string path = "PATH=/usr/bin:/bin";
  std::string password = "DISTILL_TEST_PASSWORD=not-used";
  std::vector<char*> envp = {tz.data(), path.data(), password.data(), nullptr};
  REQUIRE(posix_spawn(&child.pid, DISTILL_BINARY, &actions, nullptr, argv.data(), envp.data()) == 0);
  posix_spawn_file_actions_destroy(&actions);
  return child;
}

// The wait status of `pid`, or nullopt (after SIGKILL) when it has not
// ended 30 s after it was told to stop: a stop that never comes.
std::optional<int> wait_stopped(pid_t pid) {
  const auto deadline = std::chrono::steady_clock::now() + 30s;
  int status = 0;
  while (std::chrono::steady_clock::now() < deadline) {
    if (::waitpid(pid, &status, WNOHANG) == pid) return status;
    std::this_thread::sleep_for(50ms);
  }
  ::kill(pid, SIGKILL);
  ::waitpid(pid, &status, 0);
  return std::nullopt;
}

}  // namespace

TEST_CASE("run stops on SIGTERM while the IMAP server says nothing, and exits 143", "[app]") {
  TempDir dir;
  SilentServer imap;
  const fs::path config = dir / "distill.conf";
  write_text(config, "[store]\npath = distill.db\n[imap]\nurl = imap://127.0.0.1:" + std::to_string(imap.port()) +
                         "\ntls = off\nuser = me\npassword_env = DISTILL_TEST_PASSWORD\n"
                         "[smtp]\nurl = file:out\nfrom = distill <distill@example.net>\nto = reader@example.net\n");
  auto child = spawn_distill(dir, {"--config", config.string(), "-v", "run"});
  std::this_thread::sleep_for(1s);  // let it connect and wait for the greeting
  ::kill(child.pid, SIGTERM);
  const auto status = wait_stopped(child.pid);
  const auto log = read_text(child.err);
  INFO(log);
  REQUIRE(status);
  CHECK(WIFEXITED(*status));
  CHECK(WEXITSTATUS(*status) == 143);
  CHECK(log.find("run: stopped on SIGTERM") != std::string::npos);
}

TEST_CASE("daemon stops cleanly on SIGHUP, with a log line", "[app]") {
  TempDir dir;
  fs::create_directories(dir / "inbox");
  const fs::path config = dir / "distill.conf";
  write_text(config, "[store]\npath = distill.db\n[imap]\nurl = dir:inbox\n"
                     "[smtp]\nurl = file:out\nfrom = distill <distill@example.net>\nto = reader@example.net\n"
                     "[digest]\npoll = 1h\nschedule = daily 07:00\n");
  auto child = spawn_distill(dir, {"--config", config.string(), "daemon"});
  const bool started = wait_for(child.err, "daemon: ingest every");
  ::kill(child.pid, SIGHUP);
  const auto status = wait_stopped(child.pid);
  const auto log = read_text(child.err);
  INFO(log);
  CHECK(started);
  REQUIRE(status);
  CHECK(WIFEXITED(*status));
  CHECK(WEXITSTATUS(*status) == 0);
  CHECK(log.find("daemon: stopping on SIGHUP") != std::string::npos);
}

TEST_CASE("deliver stops on SIGTERM while the SMTP server stalls, and the digest stays pending",
          "[app][integration]") {
  const auto env = distill::test::server_env();
  distill::test::FaultServer stalling(env, "stall");  // takes the whole DATA, never answers
  TempDir dir;
  const auto now = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
  {
    auto store = distill::store::Store::open(dir / "distill.db");
    distill::store::IncomingMessage m;
    m.raw.mailbox = "INBOX";
    m.raw.bytes = "Subject: stall\r\n\r\nbody";
    m.info.message_id = "stall@news.example";
    store.add_message(m, now);
    distill::transform::Summary s;
    s.source = "Stall News";
    s.title = "Sent while the server stalls";
    store.mark_processed(store.message_ids(distill::store::MessageStatus::fresh).at(0), "stall", s, {}, now);
  }
  const fs::path config = dir / "distill.conf";
  write_text(config, "[store]\npath = distill.db\n[smtp]\nurl = smtp://127.0.0.1:" +
                         std::to_string(stalling.port()) + "\nca_file = " + env.at("CA_FILE") +
                         "\nfrom = distill <distill@example.net>\nto = reader@example.net\n");
  auto child = spawn_distill(dir, {"--config", config.string(), "-vv", "deliver"});
  const bool in_data = wait_for(child.err, "> DATA");
  std::this_thread::sleep_for(1s);  // the bytes are out; the server keeps quiet
  ::kill(child.pid, SIGTERM);
  const auto status = wait_stopped(child.pid);
  const auto log = read_text(child.err);
  INFO(log);
  CHECK(in_data);
  REQUIRE(status);
  CHECK(WIFEXITED(*status));
  CHECK(WEXITSTATUS(*status) == 143);
  CHECK(log.find("deliver: stopped on SIGTERM") != std::string::npos);

  auto store = distill::store::Store::open(dir / "distill.db", distill::store::Store::Mode::read_only);
  const auto pending = store.pending_digest();
  REQUIRE(pending);
  CHECK(log.find("<" + pending->message_id + ">") != std::string::npos);
}
