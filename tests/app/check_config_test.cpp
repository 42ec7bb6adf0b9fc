// check-config end to end: the binary, a config file, what the user reads.

#include <catch2/catch.hpp>
#include <filesystem>

#include "tests/app/run_distill.hpp"

namespace fs = std::filesystem;
using distill::test::read_text;
using distill::test::run_distill;
using distill::test::TempDir;
using distill::test::write_text;

namespace {

const fs::path k_fixtures = fs::path(DISTILL_FIXTURES_DIR) / "config";

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

}  // namespace

TEST_CASE("check-config prints the effective config of the example, defaults filled in", "[app]") {
  auto r = run_distill({"check-config", "--help"});
  CHECK(r.status == 0);

  r = run_distill({"--config", "config/example.conf", "check-config"}, {"HOME=/home/me"});
  CHECK(r.status == 0);
  CHECK(r.out == replace_all(read_text(k_fixtures / "example.expected"), "@SOURCE_DIR@", DISTILL_SOURCE_DIR));
  CHECK(r.err ==
        "distill: warning: password_env for [smtp]: environment variable 'DISTILL_SMTP_PASSWORD' is not set\n");
}

TEST_CASE("check-config fails on a typo with file:line, the key and a suggestion", "[app]") {
  std::string file = (k_fixtures / "typo.conf").string();
  auto r = run_distill({"--config", file, "check-config"}, {"HOME=/home/me"});
  CHECK(r.status == 2);
  CHECK(r.out.empty());
  CHECK(r.err == "distill: error: " + file + ":5: unknown key 'mailbx' in [imap]; did you mean 'mailbox'?\n");
}

TEST_CASE("check-config prints every problem on its own line", "[app]") {
  TempDir dir;
  write_text(dir / "distill.conf", "[digest]\npoints = 0\nschedule = hourly\n");
  auto r = run_distill({"--config", (dir / "distill.conf").string(), "check-config"}, {"HOME=/home/me"});
  CHECK(r.status == 2);
  std::string file = (dir / "distill.conf").string();
  CHECK(r.err == "distill: error: " + file +
                     ":2: bad value '0' for 'points' in [digest]; expected a whole number from 1 to 20\n"
                     "distill: error: " +
                     file +
                     ":3: bad value 'hourly' for 'schedule' in [digest]: a cron expression has 5 fields, this has 1; "
                     "expected 'daily HH:MM', 'weekly DAY HH:MM' or a cron expression 'MIN HOUR DAY MONTH WEEKDAY'\n");
}

TEST_CASE("check-config fails when the config file cannot be read", "[app]") {
  TempDir home;
  SECTION("an explicit --config that does not exist") {
    auto r = run_distill({"--config", "/nonexistent/distill.conf", "check-config"});
    CHECK(r.status == 2);
    CHECK(r.err == "distill: error: cannot read config file '/nonexistent/distill.conf': No such file or directory\n");
  }
  SECTION("no file at the default path") {
    auto r = run_distill({"check-config"}, {"HOME=" + home.path().string()});
    CHECK(r.status == 2);
    CHECK(r.err == "distill: error: cannot read config file '" + (home / ".config/distill/distill.conf").string() +
                       "': No such file or directory\n");
  }
  SECTION("the default path under XDG_CONFIG_HOME") {
    fs::create_directories(home / "xdg/distill");
    write_text(home / "xdg/distill/distill.conf", "[digest]\npoints = 2\n");
    auto r = run_distill({"check-config"}, {"HOME=" + home.path().string(), "XDG_CONFIG_HOME=" + (home / "xdg").string()});
    CHECK(r.status == 0);
    CHECK(r.out.starts_with("# distill configuration from " + (home / "xdg/distill/distill.conf").string() + "\n"));
    CHECK(r.out.find("\npoints = 2\n") != std::string::npos);
  }
}

TEST_CASE("check-config never runs the password command nor shows a secret", "[app]") {
  TempDir dir;
  fs::path marker = dir / "ran";
  write_text(dir / "distill.conf", "[imap]\nurl = imaps://imap.example.com\nuser = me\npassword_command = touch " +
                                       marker.string() + "; echo pw\n[smtp]\nurl = file:out\nuser = me\n"
                                       "password_env = DISTILL_TEST_SMTP\n");
  auto r = run_distill({"--config", (dir / "distill.conf").string(), "check-config"},
                       {"HOME=/home/me", "DISTILL_TEST_SMTP=topsecret"});
  CHECK(r.status == 0);
  CHECK_FALSE(fs::exists(marker));
  CHECK(r.out.find("password_command = touch " + marker.string() + "; echo pw\n") != std::string::npos);
  CHECK(r.out.find("password_env = DISTILL_TEST_SMTP\n") != std::string::npos);
  CHECK(r.out.find("topsecret") == std::string::npos);
  CHECK(r.err.empty());
}

TEST_CASE("check-config warns about what later commands will miss", "[app]") {
  TempDir dir;
  write_text(dir / "distill.conf",
             "[imap]\nurl = maildir:missing\n[source.news]\nfrom = *@news.example.com\n");
  std::string file = (dir / "distill.conf").string();
  auto r = run_distill({"--config", file, "check-config"}, {"HOME=/home/me"});
  CHECK(r.status == 0);
  CHECK(r.out.find("\n# [smtp] is not configured\n# url =\n") != std::string::npos);
  CHECK(r.err == "distill: warning: " + file + ": no [smtp] url: 'deliver', 'run' and 'daemon' need one\n"
                 "distill: warning: [imap] url: '" + (dir / "missing").string() + "' does not exist\n");
}
