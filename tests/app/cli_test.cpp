#include "app/cli.hpp"

#include <catch2/catch.hpp>
#include <iostream>
#include <sstream>

#include "tests/app/run_distill.hpp"

using distill::test::run_distill;
namespace app = distill::app;

namespace {

// Captures std::cout and std::cerr for the life of the object.
class CapturedOutput {
 public:
  CapturedOutput() : m_out(std::cout.rdbuf(m_out_text.rdbuf())), m_err(std::cerr.rdbuf(m_err_text.rdbuf())) {}
  ~CapturedOutput() {
    std::cout.rdbuf(m_out);
    std::cerr.rdbuf(m_err);
  }
  std::string out() const { return m_out_text.str(); }
  std::string err() const { return m_err_text.str(); }

 private:
  std::ostringstream m_out_text, m_err_text;
  std::streambuf* m_out;
  std::streambuf* m_err;
};

}  // namespace

TEST_CASE("every command in the table has a name and a summary", "[app]") {
  for (const auto& c : app::commands()) {
    CHECK(std::string(c.name).size() > 0);
    CHECK(std::string(c.summary).size() > 0);
    CHECK(app::find_command(c.name) == &c);
  }
  CHECK(app::find_command("frobnicate") == nullptr);
}

TEST_CASE("cli --help lists every command, the config keys and the exit codes", "[app]") {
  auto r = run_distill({"--help"});
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  CHECK(r.out.starts_with("usage: distill [options] COMMAND [command options]\n"));
  for (const auto& c : app::commands()) {
    INFO(c.name);
    CHECK(r.out.find("  " + std::string(c.name) + " ") != std::string::npos);
    CHECK(r.out.find(c.summary) != std::string::npos);
  }
  CHECK(r.out.find("--config FILE") != std::string::npos);
  CHECK(r.out.find("--imap.url URL") != std::string::npos);
  CHECK(r.out.find("--digest.points N") != std::string::npos);
  CHECK(r.out.find("exit status: 0 ok, 1 runtime failure, 2 usage or config error; stopped by a signal:\n"
                   "128 + its number (130 SIGINT, 143 SIGTERM, 129 SIGHUP), the daemon 0 on SIGTERM/SIGHUP\n") !=
        std::string::npos);
  CHECK(run_distill({"-h"}).out == r.out);
}

TEST_CASE("cli --version prints the version", "[app]") {
  auto r = run_distill({"--version"});
  CHECK(r.status == 0);
  CHECK(r.out.starts_with("distill "));
  CHECK(r.out.find("0.") != std::string::npos);
}

TEST_CASE("cli exits 2 for a bad command line", "[app]") {
  SECTION("no command") {
    auto r = run_distill({});
    CHECK(r.status == 2);
    CHECK(r.err == "distill: error: no command given\nsee 'distill --help'\n");
  }
  SECTION("an unknown command") {
    auto r = run_distill({"frobnicate"});
    CHECK(r.status == 2);
    CHECK(r.err == "distill: error: unknown command 'frobnicate'\nsee 'distill --help'\n");
  }
  SECTION("an unknown global option") {
    auto r = run_distill({"--frob", "status"});
    CHECK(r.status == 2);
    CHECK(r.err == "distill: error: unrecognised option '--frob'\nsee 'distill --help'\n");
  }
  SECTION("an abbreviated option is not guessed") {
    auto r = run_distill({"--imap.ur", "imaps://x", "check-config"});
    CHECK(r.status == 2);
    CHECK(r.err == "distill: error: unrecognised option '--imap.ur'\nsee 'distill --help'\n");
  }
  SECTION("--config twice") {
    auto r = run_distill({"--config", "a", "--config", "b", "status"});
    CHECK(r.status == 2);
    CHECK(r.err == "distill: error: option '--config' cannot be specified more than once\nsee 'distill --help'\n");
  }
  SECTION("--config without its file") {
    auto r = run_distill({"--config"});
    CHECK(r.status == 2);
    CHECK(r.err == "distill: error: the required argument for option '--config' is missing\nsee 'distill --help'\n");
  }
  SECTION("an unknown option of a command") {
    auto r = run_distill({"check-config", "--frob"});
    CHECK(r.status == 2);
    CHECK(r.err == "distill: error: check-config: unrecognised option '--frob'\nsee 'distill check-config --help'\n");
  }
}

TEST_CASE("cli: each command answers --help truthfully, or says it is not built yet", "[app]") {
  for (const auto& c : app::commands()) {
    std::string name = c.name;
    INFO(name);
    auto r = run_distill({name, "--help"});
    if (r.status == 1) {  // a command whose engineer has not landed it yet
      CHECK(r.err == "distill: error: '" + name + "' is not built yet\n");
      CHECK(name != "check-config");
      CHECK(name != "status");
      continue;
    }
    CHECK(r.status == 0);
    CHECK(r.out.starts_with("usage: distill [global options] " + name));
    CHECK(r.out.find(c.summary) != std::string::npos);
    CHECK(r.out.find("exit status: 0 ok, 1 runtime failure, 2 usage or config error") != std::string::npos);
  }
  auto status = run_distill({"status", "--help"});
  CHECK(status.out.find("--json") != std::string::npos);
}

TEST_CASE("cli lets config keys on the command line win over the file", "[app]") {
  auto r = run_distill({"--config", "config/demo.conf", "--digest.points", "5", "--imap.mailbox=A", "--imap.mailbox=B",
                        "check-config"},
                       {"HOME=/home/me"});
  CHECK(r.status == 0);
  CHECK(r.out.find("\npoints = 5\n") != std::string::npos);
  CHECK(r.out.find("\nmailbox = A\nmailbox = B\n") != std::string::npos);

  auto bad = run_distill({"--config", "config/demo.conf", "--digest.points", "0", "check-config"}, {"HOME=/home/me"});
  CHECK(bad.status == 2);
  CHECK(bad.err ==
        "distill: error: command line: bad value '0' for 'points' in [digest]; expected a whole number from 1 to 20\n");
}

TEST_CASE("cli takes global options before or after the command", "[app]") {
  auto before = run_distill({"--config", "config/example.conf", "check-config"}, {"HOME=/home/me"});
  auto after = run_distill({"check-config", "--config", "config/example.conf"}, {"HOME=/home/me"});
  CHECK(after.status == 0);
  CHECK(after.out == before.out);
  auto key_after = run_distill({"check-config", "--config=config/demo.conf", "--digest.points=6", "-q"},
                               {"HOME=/home/me"});
  CHECK(key_after.status == 0);
  CHECK(key_after.out.find("\npoints = 6\n") != std::string::npos);
  // After `--` everything is the command's.
  auto dashes = run_distill({"check-config", "--", "--config", "config/demo.conf"}, {"HOME=/home/me"});
  CHECK(dashes.status == 2);
  CHECK(dashes.err == "distill: error: check-config: too many positional options have been specified on the "
                      "command line\nsee 'distill check-config --help'\n");
}

TEST_CASE("cli -q leaves only warnings and errors on stderr", "[app]") {
  distill::test::TempDir dir;
  std::string store = (dir / "none.db").string();
  auto normal = run_distill({"--store.path", store, "status"}, {"HOME=" + dir.path().string()});
  CHECK(normal.err == "distill: no store at " + store + " yet; 'distill ingest' creates it\n");
  auto quiet = run_distill({"status", "-q", "--store.path", store}, {"HOME=" + dir.path().string()});
  CHECK(quiet.status == 0);
  CHECK(quiet.err.empty());
}

TEST_CASE("cli parse_command_line parses a command's options and handles --help", "[app]") {
  app::po::options_description options;
  options.add_options()("json", "one JSON object per message")(
      "file", app::po::value<std::vector<std::string>>()->value_name("FILE"), "messages to explain");
  app::po::positional_options_description positional;
  positional.add("file", -1);

  SECTION("options and positional arguments") {
    app::Invocation inv{.command = "explain", .args = {"--json", "a.eml", "b.eml"}};
    app::po::variables_map vars;
    CHECK_FALSE(app::parse_command_line(inv, options, vars, positional));
    CHECK(vars.count("json") == 1);
    CHECK(vars["file"].as<std::vector<std::string>>() == std::vector<std::string>{"a.eml", "b.eml"});
  }
  SECTION("--help prints the command's usage and returns ok") {
    CapturedOutput captured;
    app::Invocation inv{.command = "explain", .args = {"a.eml", "--help"}};
    app::po::variables_map vars;
    CHECK(app::parse_command_line(inv, options, vars, positional) == app::ExitStatus::ok);
    CHECK(captured.out().starts_with("usage: distill [global options] explain [options] FILE...\n\n"
                                     "what clean and summarize do to each message\n\nexplain options:\n"));
    CHECK(captured.out().find("--json") != std::string::npos);
    CHECK(captured.out().find("-h [ --help ]") != std::string::npos);
  }
  SECTION("a bad option returns usage and says so") {
    CapturedOutput captured;
    app::Invocation inv{.command = "explain", .args = {"--jsn"}};
    app::po::variables_map vars;
    CHECK(app::parse_command_line(inv, options, vars, positional) == app::ExitStatus::usage);
    CHECK(captured.err() == "distill: error: explain: unrecognised option '--jsn'\nsee 'distill explain --help'\n");
  }
}

TEST_CASE("cli describes nested exceptions as one line", "[app]") {
  try {
    try {
      throw std::runtime_error("Connection reset by peer");
    } catch (...) {
      std::throw_with_nested(std::runtime_error("mailbox \"INBOX\""));
    }
  } catch (const std::exception& e) {
    CHECK(app::describe_exception(e) == "mailbox \"INBOX\": Connection reset by peer");
  }
}
