// `distill ingest` end to end: the real binary, a config file in a temp dir,
// the harness's Dovecot; assertions on what the user reads (stderr) and the
// exit code.

#include <catch2/catch.hpp>

#include "tests/support/temp_dir.hpp"
#include "tests/servers/servers_env.hpp"

#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>

namespace fs = std::filesystem;

namespace {

using distill::test::server_env;

using distill::test::TempDir;

struct Run {
  int status = -1;
  std::string err;
};

// Runs the distill binary with `args`; stderr is captured, stdout dropped.
Run run_cli(const TempDir& tmp, const std::string& args) {
  fs::path err = tmp.path() / "stderr";
  std::string cmd = std::string(DISTILL_BINARY) + " " + args + " >/dev/null 2>" + err.string();
  int raw = std::system(cmd.c_str());
  Run r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  std::ifstream in(err);
  r.err.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return r;
}

void seed(const std::map<std::string, std::string>& env, const std::string& box, int count) {
  fs::path dir = fs::path(env.at("MAILDIR")) / ("." + box);
  fs::remove_all(dir);
  for (const char* sub : {"", "cur", "new", "tmp"}) {
    fs::create_directories(dir / sub);
    REQUIRE(::chown((dir / sub).c_str(), 65534, 65534) == 0);
  }
  for (int i = 1; i <= count; ++i) {
    std::string m = "From: Weekly <news@weekly.example>\r\nSubject: Issue " + std::to_string(i) +
                    "\r\nMessage-ID: <" + box + "-" + std::to_string(i) + "@weekly.example>\r\n\r\nHello.\r\n";
    fs::path p = dir / "cur" / (std::to_string(1780000000 + i) + ".M" + std::to_string(i) + ".cli,S=" +
                                std::to_string(m.size()) + ":2,");
    std::ofstream(p, std::ios::binary) << m;
    REQUIRE(::chown(p.c_str(), 65534, 65534) == 0);
  }
}

std::string config(const TempDir& tmp, const std::map<std::string, std::string>& env, const std::string& box,
                   const std::string& extra = "") {
  fs::path file = tmp.path() / "distill.conf";
  std::ofstream(file) << "[store]\npath = " << (tmp.path() / "distill.db").string() << "\n\n[imap]\nurl = imaps://127.0.0.1:"
                      << env.at("IMAPS_PORT") << "\nuser = " << env.at("MAIL_USER")
                      << "\npassword_env = DISTILL_TEST_IMAP_PASSWORD\nca_file = " << env.at("CA_FILE")
                      << "\nmailbox = " << box << "\n"
                      << extra;
  return "--config " + file.string();
}

}  // namespace

TEST_CASE("distill ingest pulls new mail and prints one line per mailbox", "[integration][app]") {
  auto env = server_env();
  TempDir tmp;
  seed(env, "it-cli", 3);
  ::setenv("DISTILL_TEST_IMAP_PASSWORD", env.at("MAIL_PASSWORD").c_str(), 1);
  auto cfg = config(tmp, env, "it-cli");

  auto first = run_cli(tmp, cfg + " ingest");
  INFO(first.err);
  CHECK(first.status == 0);
  CHECK(first.err.find("ingest it-cli: 3 new, 0 duplicate, 0 skipped, 0 failed") != std::string::npos);

  auto again = run_cli(tmp, cfg + " ingest");
  INFO(again.err);
  CHECK(again.status == 0);
  CHECK(again.err.find("ingest it-cli: 0 new, 0 duplicate, 0 skipped, 0 failed") != std::string::npos);
}

TEST_CASE("distill ingest fails in one line naming the server and the mailbox", "[integration][app]") {
  auto env = server_env();
  TempDir tmp;
  seed(env, "it-cli-fail", 1);
  std::string server = "imaps://127.0.0.1:" + env.at("IMAPS_PORT") + ", mailbox \"it-cli-fail\"";

  SECTION("wrong password") {
    ::setenv("DISTILL_TEST_IMAP_PASSWORD", "not-the-password", 1);
    auto r = run_cli(tmp, config(tmp, env, "it-cli-fail") + " ingest");
    CHECK(r.status == 1);
    CHECK(r.err.starts_with("distill: error: " + server + ": login failed for user \"test\""));
    CHECK(r.err.find("not-the-password") == std::string::npos);
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
  }
  SECTION("a certificate from another CA") {
    ::setenv("DISTILL_TEST_IMAP_PASSWORD", env.at("MAIL_PASSWORD").c_str(), 1);
    auto r = run_cli(tmp, config(tmp, env, "it-cli-fail") + " --imap.ca_file " + env.at("WRONG_CA_FILE") + " ingest");
    CHECK(r.status == 1);
    CHECK(r.err.starts_with("distill: error: " + server + ": TLS certificate verification failed"));
  }
}

TEST_CASE("distill ingest --from imports a directory of .eml files once", "[integration][app]") {
  TempDir tmp;
  fs::create_directories(tmp.path() / "in");
  for (int i = 1; i <= 2; ++i) {
    std::ofstream(tmp.path() / "in" / (std::to_string(i) + ".eml"))
        << "From: a@b.example\nSubject: " << i << "\nMessage-ID: <from-" << i << "@b.example>\n\nHi.\n";
  }
  std::ofstream(tmp.path() / "distill.conf") << "[store]\npath = " << (tmp.path() / "distill.db").string() << "\n";
  std::string args = "--config " + (tmp.path() / "distill.conf").string() + " ingest --from " + (tmp.path() / "in").string();
  auto first = run_cli(tmp, args);
  INFO(first.err);
  CHECK(first.status == 0);
  CHECK(first.err.find(": 2 new, 0 duplicate, 0 skipped, 0 failed") != std::string::npos);
  auto again = run_cli(tmp, args);
  CHECK(again.err.find(": 0 new, 2 duplicate, 0 skipped, 0 failed") != std::string::npos);
}

TEST_CASE("distill ingest stores the rest when Dovecot cannot read one message, and says which", "[integration][app]") {
  auto env = server_env();
  TempDir tmp;
  seed(env, "it-unreadable", 3);
  // The second message file, unreadable for Dovecot: its FETCH fails.
  fs::path cur = fs::path(env.at("MAILDIR")) / ".it-unreadable" / "cur";
  for (const auto& entry : fs::directory_iterator(cur)) {
    if (entry.path().filename().string().find(".M2.") != std::string::npos) {
      fs::permissions(entry.path(), fs::perms::none);
    }
  }
  seed(env, "it-readable", 2);
  ::setenv("DISTILL_TEST_IMAP_PASSWORD", env.at("MAIL_PASSWORD").c_str(), 1);
  auto cfg = config(tmp, env, "it-unreadable", "mailbox = it-readable\nbatch = 3\n");

  auto r = run_cli(tmp, cfg + " ingest");
  INFO(r.err);
  CHECK(r.status == 1);
  CHECK(r.err.find("ingest it-unreadable: 2 new, 0 duplicate, 0 skipped, 1 failed") != std::string::npos);
  CHECK(r.err.find("distill: error: ingest it-unreadable: uid 2 (attempt 1 of 3): ") != std::string::npos);
  CHECK(r.err.find("ingest it-readable: 2 new, 0 duplicate, 0 skipped, 0 failed") != std::string::npos);

  auto status = run_cli(tmp, cfg + " status --json");
  CHECK(status.status == 0);
}

TEST_CASE("distill ingest from a dir: source runs no password_command", "[app]") {
  TempDir tmp;
  fs::create_directories(tmp.path() / "in");
  std::ofstream(tmp.path() / "in" / "1.eml") << "From: a@b.example\nSubject: 1\nMessage-ID: <d-1@b.example>\n\nHi.\n";
  const auto marker = tmp.path() / "password-command-ran";
  std::ofstream(tmp.path() / "distill.conf") << "[store]\npath = " << (tmp.path() / "distill.db").string()
                                             << "\n[imap]\nurl = dir:" << (tmp.path() / "in").string()
                                             << "\nuser = me\npassword_command = touch " << marker.string()
                                             << "; echo pw\n";
  auto r = run_cli(tmp, "--config " + (tmp.path() / "distill.conf").string() + " ingest");
  INFO(r.err);
  CHECK(r.status == 0);
  CHECK(r.err.find(": 1 new, 0 duplicate, 0 skipped, 0 failed") != std::string::npos);
  CHECK_FALSE(fs::exists(marker));
}
