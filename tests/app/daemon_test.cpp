// The daemon: when it delivers (next_delivery, a pure function of the
// schedule and the last send) and the binary's behaviour: a schedule missed
// while it was not running is sent once at start, and SIGTERM stops it
// cleanly between stages.

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <thread>

#include "app/next_delivery.hpp"
#include "config/schedule.hpp"
#include "run_distill.hpp"
#include "store/store.hpp"

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using distill::test::read_text;
using distill::test::wait_for;
using distill::test::TempDir;
using distill::test::write_text;

extern char** environ;

namespace {

std::chrono::sys_seconds utc(int y, unsigned m, unsigned d, int hour, int minute) {
  return std::chrono::sys_seconds{std::chrono::sys_days{std::chrono::year{y} / m / d} + std::chrono::hours{hour} +
                                  std::chrono::minutes{minute}};
}

struct UtcZone {
  UtcZone() {
    ::setenv("TZ", "UTC", 1);
    ::tzset();
  }
};

std::vector<fs::path> emls_in(const fs::path& dir) {
  std::vector<fs::path> out;
  if (!fs::exists(dir)) return out;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ".eml") out.push_back(e.path());
  }
  return out;
}

}  // namespace

TEST_CASE("daemon schedules the next digest after the last one sent", "[app]") {
  UtcZone zone;
  const auto schedule = distill::config::parse_schedule("daily 07:00");
  const auto started = utc(2025, 1, 25, 9, 30);

  SECTION("nothing sent yet: the next slot after start") {
    CHECK(distill::app::next_delivery(schedule, std::nullopt, started) == utc(2025, 1, 26, 7, 0));
  }
  SECTION("sent yesterday morning: today's slot is past, so it is due at once") {
    const auto due = distill::app::next_delivery(schedule, utc(2025, 1, 24, 7, 0), started);
    CHECK(due == utc(2025, 1, 25, 7, 0));
    CHECK(due <= started);
  }
  SECTION("slept through three slots: due once, and after that send the next is tomorrow") {
    CHECK(distill::app::next_delivery(schedule, utc(2025, 1, 21, 7, 0), started) <= started);
    CHECK(distill::app::next_delivery(schedule, started, started) == utc(2025, 1, 26, 7, 0));
  }
}

TEST_CASE("daemon sends a digest missed while it was down once, then stops cleanly on SIGTERM", "[app]") {
  TempDir dir;
  const fs::path inbox = dir / "inbox";
  fs::create_directories(inbox);
  fs::copy_file(fs::path(DISTILL_SOURCE_DIR) / "samples" / "01-rust-roundup.eml", inbox / "a.eml");
  fs::copy_file(fs::path(DISTILL_SOURCE_DIR) / "samples" / "03-field-notes.eml", inbox / "b.eml");

  // The daily slot was two minutes ago and the last digest went out a day
  // before that: the daemon was not running when today's digest was due.
  const auto now = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
  const std::time_t slot_t = (now - 2min).time_since_epoch().count();
  std::tm slot{};
  gmtime_r(&slot_t, &slot);
  char hhmm[8];
  std::strftime(hhmm, sizeof hhmm, "%H:%M", &slot);
  {
    auto store = distill::store::Store::open(dir / "distill.db");
    const auto id = store.create_digest("old@example.net", "old", "old", {}, now - 25h);
    store.mark_digest_sent(id, now - 25h);
  }
  const fs::path config = dir / "distill.conf";
  write_text(config, "[store]\npath = distill.db\n[imap]\nurl = dir:inbox\n"
                     "[smtp]\nurl = file:out\nfrom = distill <distill@example.net>\nto = reader@example.net\n"
                     "[digest]\npoll = 1h\nschedule = daily " +
                         std::string(hhmm) + "\n");

  const fs::path err = dir / "stderr";
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  std::vector<std::string> args = {DISTILL_BINARY, "--config", config.string(), "daemon"};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::string tz = "TZ=UTC";
  std::string path = "PATH=/usr/bin:/bin";
  std::vector<char*> envp = {tz.data(), path.data(), nullptr};
  pid_t pid = 0;
  REQUIRE(posix_spawn(&pid, DISTILL_BINARY, &actions, nullptr, argv.data(), envp.data()) == 0);
  posix_spawn_file_actions_destroy(&actions);

  const bool sent = wait_for(err, "daemon: next digest at");
  ::kill(pid, SIGTERM);
  int status = 0;
  REQUIRE(::waitpid(pid, &status, 0) == pid);
  const auto log = read_text(err);
  INFO(log);
  CHECK(sent);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  CHECK(log.find("stopping on SIGTERM") != std::string::npos);
  CHECK(emls_in(dir / "out").size() == 1);
  CHECK(log.find("with 2 issues") != std::string::npos);
}
