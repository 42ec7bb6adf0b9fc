#include "app/log.hpp"

#include <catch2/catch.hpp>
#include <regex>
#include <sstream>

namespace dlog = distill::app::log;

namespace {

// Sends the log to a string for the life of the object.
struct CapturedLog {
  std::ostringstream text;
  explicit CapturedLog(bool is_terminal, int verbosity = 0) {
    dlog::set_output(text, is_terminal);
    dlog::set_verbosity(verbosity);
  }
  ~CapturedLog() {
    dlog::reset_output();
    dlog::set_verbosity(0);
    dlog::set_timestamps(false);
  }
};

}  // namespace

TEST_CASE("log prefixes errors and warnings and honours -q and -v", "[app]") {
  {
    CapturedLog captured(false);
    dlog::error("cannot read config file 'x': No such file or directory");
    dlog::warning("message 3 could not be decoded");
    dlog::info("ingest INBOX: 3 new");
    dlog::verbose("ingest took 0.2 s");
    CHECK(captured.text.str() ==
          "distill: error: cannot read config file 'x': No such file or directory\n"
          "distill: warning: message 3 could not be decoded\n"
          "distill: ingest INBOX: 3 new\n");
  }
  {
    CapturedLog captured(false, -1);
    dlog::info("hidden");
    dlog::warning("shown");
    CHECK(captured.text.str() == "distill: warning: shown\n");
  }
  {
    CapturedLog captured(false, 2);
    dlog::verbose("stage counts");
    dlog::trace("C: A001 LOGIN {user} {password}");
    CHECK(captured.text.str() == "distill: stage counts\ndistill: C: A001 LOGIN {user} {password}\n");
  }
}

TEST_CASE("log puts the local time first when timestamps are on", "[app]") {
  CapturedLog captured(false);
  dlog::set_timestamps(true);
  dlog::warning("late");
  CHECK(std::regex_match(captured.text.str(),
                         std::regex(R"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d distill: warning: late\n)")));
}

TEST_CASE("log progress prints only its result when stderr is not a terminal", "[app]") {
  CapturedLog captured(false);
  dlog::Progress progress("ingest INBOX");
  progress.update(1, 3);
  progress.update(2, 3);
  progress.finish("3 new messages");
  CHECK(captured.text.str() == "distill: ingest INBOX: 3 new messages\n");
}

TEST_CASE("log progress overwrites one line on a terminal", "[app]") {
  CapturedLog captured(true);
  {
    dlog::Progress progress("process");
    progress.update(1, 10);
    dlog::warning("message 4 failed");
    progress.finish("10 processed");
  }
  CHECK(captured.text.str() ==
        "\r\x1b[Kdistill: process: 1/10"
        "\r\x1b[Kdistill: warning: message 4 failed\n"
        "\r\x1b[Kdistill: process: 1/10"
        "\r\x1b[Kdistill: process: 10 processed\n");
}

TEST_CASE("log progress shows the volume and rate beside the count", "[app]") {
  CapturedLog captured(true);
  {
    dlog::Progress progress("ingest INBOX");
    progress.update(40, 120, "3.2 MB, 80 messages/s");
  }
  CHECK(captured.text.str() == "\r\x1b[Kdistill: ingest INBOX: 40/120, 3.2 MB, 80 messages/s\r\x1b[K");
}

TEST_CASE("log progress is silent with -q and clears its line when dropped", "[app]") {
  {
    CapturedLog captured(true, -1);
    dlog::Progress progress("ingest");
    progress.update(5);
    progress.finish("5 new");
    CHECK(captured.text.str().empty());
  }
  {
    CapturedLog captured(true);
    {
      dlog::Progress progress("ingest");
      progress.update(5);
    }
    CHECK(captured.text.str() == "\r\x1b[Kdistill: ingest: 5\r\x1b[K");
  }
}
