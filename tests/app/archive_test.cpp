// The archive end to end, with real consumers: `distill run` over a
// directory source writes the feeds, which Python's feedparser and the
// newsboat feed reader read; search, show and prune through the binary.

#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "run_distill.hpp"

namespace fs = std::filesystem;
using distill::test::read_text;
using distill::test::run_distill;
using distill::test::shell_quote;
using distill::test::TempDir;
using distill::test::write_text;

namespace {

const fs::path k_fixtures = DISTILL_FIXTURES_DIR;

// A mailbox with a newsletter whose footer holds a word of its own, and a
// hostile one (scripts, event handlers, javascript: links), and a config
// that writes feeds. keep_days is set on the command line where a test
// wants it.
struct Setup {
  TempDir dir;
  fs::path config = dir / "distill.conf";
  fs::path feeds = dir / "feeds";
  Setup() {
    fs::create_directories(dir / "inbox");
    fs::copy_file(k_fixtures / "archive" / "airships.eml", dir / "inbox" / "airships.eml");
    fs::copy_file(k_fixtures / "deliver" / "hostile.eml", dir / "inbox" / "hostile.eml");
    write_text(config, "[store]\npath = state/distill.db\n"
                       "[imap]\nurl = dir:inbox\n"
                       "[smtp]\nurl = file:out\nfrom = distill <distill@example.net>\nto = reader@example.net\n"
                       "[feed]\ndir = feeds\nmax_entries = 50\n");
  }
  distill::test::RunResult run(std::vector<std::string> args) const {
    args.insert(args.begin(), {"--config", config.string()});
    return run_distill(args);
  }
};

struct Shell {
  int status = -1;
  std::string out;
  std::string err;
};

Shell shell(const std::string& command, const fs::path& scratch) {
  const auto out = scratch / "shell.out";
  const auto err = scratch / "shell.err";
  const int raw = std::system((command + " >" + shell_quote(out.string()) + " 2>" + shell_quote(err.string())).c_str());
  return {WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, read_text(out), read_text(err)};
}

std::vector<std::string> feed_files(const fs::path& dir) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

// The id `search --json` gives for `query`.
std::int64_t find_id(const Setup& setup, const std::string& query) {
  const auto found = setup.run({"search", "--json", query});
  INFO(found.err);
  REQUIRE(found.status == 0);
  REQUIRE(!found.out.empty());
  return nlohmann::json::parse(found.out.substr(0, found.out.find('\n'))).at("id").get<std::int64_t>();
}

}  // namespace

TEST_CASE("run writes Atom feeds that feedparser reads without error and that carry no active content", "[app]") {
  Setup setup;
  const auto first = setup.run({"run"});
  INFO(first.err);
  REQUIRE(first.status == 0);
  REQUIRE(feed_files(setup.feeds) == std::vector<std::string>{"digests.atom", "issues.atom",
                                                              "source-airships-weekly.atom",
                                                              "source-evil-b-corp-b.atom"});

  std::string command = "/usr/bin/python3 " + shell_quote(std::string(DISTILL_SOURCE_DIR) + "/tests/app/check_feed.py");
  for (const auto& name : feed_files(setup.feeds)) command += " " + shell_quote((setup.feeds / name).string());
  const auto checked = shell(command, setup.dir.path());
  INFO(checked.err);
  REQUIRE(checked.status == 0);
  const auto feeds = nlohmann::json::parse(checked.out);

  const auto& issues = feeds.at((setup.feeds / "issues.atom").string()).at("entries");
  REQUIRE(issues.size() == 2);
  // Newest first: the hostile issue is from January, the other from March.
  CHECK(issues[0].at("title") == "The hangar reopens");
  CHECK(issues[0].at("id") == "tag:airships.example.org,2025-03-03:issue-118");
  CHECK(issues[0].at("author") == "Airships Weekly");
  const std::string content = issues[0].at("content");
  CHECK(content.find("zeppelin hangar") != std::string::npos);
  CHECK(content.find("<a href=\"https://airships.example.org/stories/balloon-festival\">") != std::string::npos);
  CHECK(content.find("Quillfeather") == std::string::npos);  // the removed footer stays out
  const std::string hostile = issues[1].at("content");
  CHECK(hostile.find("forty retailers") != std::string::npos);
  CHECK(hostile.find("javascript:") == std::string::npos);
  CHECK(hostile.find("<script") == std::string::npos);

  const auto& digests = feeds.at((setup.feeds / "digests.atom").string()).at("entries");
  REQUIRE(digests.size() == 1);
  CHECK(digests[0].at("content").get<std::string>().find("The hangar reopens") != std::string::npos);
  CHECK(feeds.at((setup.feeds / "source-airships-weekly.atom").string()).at("entries").size() == 1);
}

TEST_CASE("newsboat reads the file:// feeds and lists their entries", "[app]") {
  Setup setup;
  const auto first = setup.run({"run"});
  INFO(first.err);
  REQUIRE(first.status == 0);

  const auto home = setup.dir / "newsboat";
  fs::create_directories(home);
  write_text(home / "urls", "file://" + (setup.feeds / "issues.atom").string() + "\nfile://" +
                                (setup.feeds / "digests.atom").string() + "\n");
  write_text(home / "config", "");
  const auto cache = home / "cache.db";
  const auto reader = shell("cd " + shell_quote(home.string()) + " && env -i PATH=/usr/bin:/bin HOME=" +
                                shell_quote(home.string()) +
                                " newsboat -u urls -C config -c cache.db -x reload print-unread",
                            setup.dir.path());
  INFO(reader.err);
  REQUIRE(reader.status == 0);
  CHECK(reader.out.find("3 unread articles") != std::string::npos);

  // What newsboat stored for each feed: the entries, their titles and ids.
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(cache.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  const char* sql = "SELECT title, guid, author FROM rss_item WHERE feedurl LIKE '%issues.atom' ORDER BY title";
  REQUIRE(sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK);
  std::vector<std::string> rows;
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    std::string row;
    for (int c = 0; c < 3; ++c) row += std::string(reinterpret_cast<const char*>(sqlite3_column_text(stmt, c))) + "|";
    rows.push_back(row);
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  REQUIRE(rows.size() == 2);
  CHECK(rows[1] == "The hangar reopens|tag:airships.example.org,2025-03-03:issue-118|Airships Weekly|");
}

TEST_CASE("search finds an issue by its text, not by its removed footer, and says what is wrong with a query",
          "[app]") {
  Setup setup;
  REQUIRE(setup.run({"run"}).status == 0);

  const auto found = setup.run({"search", "zeppelin", "hangar"});
  INFO(found.err);
  REQUIRE(found.status == 0);
  CHECK(found.out.find("2025-03-03  Airships Weekly: The hangar reopens\n") != std::string::npos);
  CHECK(found.out.find("[zeppelin] [hangar]") != std::string::npos);

  const auto footer = setup.run({"search", "quillfeather"});
  CHECK(footer.status == 0);
  CHECK(footer.out.empty());
  CHECK(footer.err.find("no issue matches \"quillfeather\"") != std::string::npos);

  CHECK(setup.run({"search", "--source", "Airships Weekly", "retailers"}).out.empty());
  CHECK(!setup.run({"search", "--since", "2025-02-01", "hangar"}).out.empty());
  CHECK(setup.run({"search", "--since", "2025-04-01", "hangar"}).out.empty());

  const auto bad = setup.run({"search", "hangar AND"});
  CHECK(bad.status == 2);
  CHECK(bad.out.empty());
  CHECK(bad.err.starts_with("distill: error: search: cannot read search query \"hangar AND\": syntax error"));
  CHECK(bad.err.find("see 'distill search --help'") != std::string::npos);
}

TEST_CASE("show prints the issue, its original byte for byte, its HTML page and what was removed", "[app]") {
  Setup setup;
  REQUIRE(setup.run({"run"}).status == 0);
  const auto id = find_id(setup, "hangar");

  const auto original = setup.run({"show", "--original", std::to_string(id)});
  REQUIRE(original.status == 0);
  CHECK(original.out == read_text(k_fixtures / "archive" / "airships.eml"));

  const auto shown = setup.run({"show", std::to_string(id)});
  INFO(shown.err);
  REQUIRE(shown.status == 0);
  CHECK(shown.out.starts_with("The hangar reopens\nAirships Weekly · 2025-03-03 · id " + std::to_string(id) + "\n"));
  CHECK(shown.out.find("1,400 roof panels") != std::string::npos);
  CHECK(shown.out.find("Quillfeather") == std::string::npos);

  const auto removed = setup.run({"show", "--removed", std::to_string(id)});
  REQUIRE(removed.status == 0);
  CHECK(removed.out.find("footer") != std::string::npos);
  CHECK(removed.out.find("7 Quillfeather Lane") != std::string::npos);

  const auto hostile = setup.run({"show", "--html", std::to_string(find_id(setup, "retailers"))});
  REQUIRE(hostile.status == 0);
  CHECK(hostile.out.starts_with("<!DOCTYPE html>"));
  CHECK(hostile.out.find("forty retailers") != std::string::npos);
  CHECK(hostile.out.find("<script") == std::string::npos);
  CHECK(hostile.out.find("javascript:") == std::string::npos);
  CHECK(hostile.out.find("onerror") == std::string::npos);

  const auto missing = setup.run({"show", "999"});
  CHECK(missing.status == 1);
  CHECK(missing.err == "distill: error: no message 999 in the store\n");
  CHECK(setup.run({"show", "--html", "--removed", std::to_string(id)}).status == 2);
}

TEST_CASE("prune drops the originals of old issues but keeps their summaries in search and the feeds", "[app]") {
  Setup setup;
  // A third issue with a large attachment, as newsletters with embedded
  // images have: pruning its original must give the space back.
  std::string big = "From: Airships Weekly <editor@airships.example.org>\r\nSubject: The mooring mast\r\n"
                    "Date: Mon, 10 Mar 2025 08:00:00 +0000\r\nMessage-ID: <issue-119@airships.example.org>\r\n"
                    "List-Id: <weekly.airships.example.org>\r\nMIME-Version: 1.0\r\n"
                    "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
                    "Content-Type: text/plain; charset=utf-8\r\n\r\n"
                    "The last mooring mast in the region is now a listed monument, and its ladder will be repaired "
                    "before the summer.\r\n--b\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n";
  for (int line = 0; line < 5000; ++line) big += std::string(76, 'Q') + "\r\n";
  big += "--b--\r\n";
  write_text(setup.dir / "inbox" / "big.eml", big);
  REQUIRE(setup.run({"run"}).status == 0);
  const auto id = find_id(setup, "hangar");
  const auto store_size = fs::file_size(setup.dir / "state" / "distill.db");

  const auto dry = setup.run({"--store.keep_days", "30", "prune", "--dry-run"});
  INFO(dry.err);
  REQUIRE(dry.status == 0);
  CHECK(("\n" + dry.out).find("\n" + std::to_string(id) + "  2025-03-03  ") != std::string::npos);
  CHECK(dry.out.find("The hangar reopens") != std::string::npos);
  CHECK(dry.err.find("would prune 3 messages older than 30 days") != std::string::npos);
  CHECK(setup.run({"show", "--original", std::to_string(id)}).status == 0);  // nothing changed

  const auto pruned = setup.run({"--store.keep_days", "30", "prune"});
  INFO(pruned.err);
  REQUIRE(pruned.status == 0);
  CHECK(pruned.err.find("pruned 3 messages older than 30 days, store ") != std::string::npos);
  CHECK(fs::file_size(setup.dir / "state" / "distill.db") + 300 * 1024 < store_size);

  const auto original = setup.run({"show", "--original", std::to_string(id)});
  CHECK(original.status == 1);
  CHECK(original.err.find("was pruned") != std::string::npos);
  CHECK(setup.run({"show", std::to_string(id)}).out.find("The hangar reopens") == 0);
  CHECK(!setup.run({"search", "hangar"}).out.empty());  // by its title and summary

  const auto feed = setup.run({"feed"});
  REQUIRE(feed.status == 0);
  const auto issues = read_text(setup.feeds / "issues.atom");
  CHECK(issues.find("tag:airships.example.org,2025-03-03:issue-118") != std::string::npos);
}
