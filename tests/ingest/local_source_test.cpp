#include <catch2/catch.hpp>

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tests/support/temp_dir.hpp"
#include "app/stage_ingest.hpp"
#include "ingest/header_facts.hpp"
#include "ingest/imap_source.hpp"
#include "ingest/local_source.hpp"
#include "store/store.hpp"

namespace fs = std::filesystem;
using namespace distill;

namespace {

using distill::test::TempDir;

std::string message(const std::string& id) {
  return "From: Weekly <News@Weekly.Example>\nSubject: Issue " + id + "\nMessage-ID: <" + id +
         "@weekly.example>\n\nBody of " + id + ".\n";
}

void write(const fs::path& p, const std::string& bytes) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << bytes;
}

const std::string k_mbox = std::string(DISTILL_FIXTURES_DIR) + "/ingest/mbox/weekly.mbox";

}  // namespace

TEST_CASE("read_mbox splits at From lines and undoes >From quoting", "[ingest]") {
  std::ifstream in(k_mbox, std::ios::binary);
  REQUIRE(in);
  std::vector<std::string> messages;
  ingest::read_mbox(in, [&](std::string&& m) { messages.push_back(std::move(m)); });
  REQUIRE(messages.size() == 3);
  CHECK(messages[0] ==
        "From: Weekly <news@weekly.example>\nSubject: First\nMessage-ID: <mbox-1@weekly.example>\n\nHello.\n"
        "From the archive: a quoted From line.\n");
  CHECK(messages[1].find("From here on a line that is no separator.") != std::string::npos);
  CHECK(messages[2].ends_with("Body three.\n"));
}

TEST_CASE("local sources store each message once, by Message-ID or by content", "[ingest]") {
  TempDir tmp;
  auto store = store::Store::open(tmp.path() / "distill.db");
  app::StoreSink sink(store);

  SECTION("a directory of .eml files, twice") {
    write(tmp.path() / "in" / "a.eml", message("dir-1"));
    write(tmp.path() / "in" / "b.EML", message("dir-2"));
    write(tmp.path() / "in" / "c.eml", message("dir-1"));  // the same issue saved twice
    write(tmp.path() / "in" / "notes.txt", "not a message");
    ingest::LocalSource source(ingest::LocalSource::Kind::directory, tmp.path() / "in");
    auto first = source.sync(sink, {});
    REQUIRE(first.size() == 1);
    CHECK(first[0].mailbox == "dir:" + (tmp.path() / "in").string());
    CHECK(first[0].added == 2);
    CHECK(first[0].duplicates == 1);
    auto again = source.sync(sink, {});
    CHECK(again[0].added == 0);
    CHECK(again[0].duplicates == 3);
    auto m = store.message(store.message_ids(store::MessageStatus::fresh).front());
    CHECK(m.info.from == "news@weekly.example");
    CHECK(m.info.subject == "Issue dir-1");
  }
  SECTION("a Maildir, cur and new") {
    write(tmp.path() / "md" / "cur" / "1.x:2,S", message("md-1"));
    write(tmp.path() / "md" / "new" / "2.x", message("md-2"));
    fs::create_directories(tmp.path() / "md" / "tmp");
    ingest::LocalSource source(ingest::LocalSource::Kind::maildir, tmp.path() / "md", 1000, 1);
    std::vector<std::int64_t> progress;
    auto s = source.sync(sink, [&](const ingest::Progress& p) { progress.push_back(p.messages); });
    CHECK(s[0].added == 2);
    CHECK(progress == std::vector<std::int64_t>{1, 2});
  }
  SECTION("an mbox, with a message without Message-ID deduplicated by its bytes") {
    ingest::LocalSource source(ingest::LocalSource::Kind::mbox, k_mbox);
    CHECK(source.sync(sink, {})[0].added == 3);
    auto again = source.sync(sink, {});
    CHECK(again[0].added == 0);
    CHECK(again[0].duplicates == 3);
  }
  SECTION("a message above max_size is stored as skipped, headers only") {
    write(tmp.path() / "in" / "big.eml", message("big-1") + std::string(5000, 'x'));
    ingest::LocalSource source(ingest::LocalSource::Kind::directory, tmp.path() / "in", 1000);
    auto s = source.sync(sink, {});
    CHECK(s[0].skipped == 1);
    auto ids = store.message_ids(store::MessageStatus::skipped);
    REQUIRE(ids.size() == 1);
    auto m = store.message(ids[0]);
    CHECK(m.error.find("above max_size") != std::string::npos);
    CHECK(m.raw.bytes.find("xxxx") == std::string::npos);
  }
  SECTION("a path that is not there") {
    ingest::LocalSource source(ingest::LocalSource::Kind::maildir, tmp.path() / "nothing");
    CHECK_THROWS_WITH(source.sync(sink, {}), Catch::Contains("is not a Maildir"));
  }
}

TEST_CASE("make_source picks the source by the url", "[ingest]") {
  ingest::ImapOptions o;
  o.url = "mbox:" + k_mbox;
  CHECK(dynamic_cast<ingest::LocalSource*>(ingest::make_source(o).get()) != nullptr);
  o.url = "imaps://127.0.0.1:1";
  CHECK(dynamic_cast<ingest::ImapSource*>(ingest::make_source(o).get()) != nullptr);
  o.url = "pop3://example.com";
  CHECK_THROWS_WITH(ingest::make_source(o), Catch::Contains("expected imaps://"));
}

TEST_CASE("header facts come from the header block only", "[ingest]") {
  auto f = ingest::header_facts(
      "Subject: =?UTF-8?Q?Caf=C3=A9?= weekly\r\n issue 3\r\nFrom: \"Doe, Jane\" <Jane@Example.COM>\r\nDate: Tue, 3 Nov 2026 08:15:00 "
      "+0100\r\nList-Id: The weekly <weekly.example.com>\r\nMessage-Id:  <abc@x>\r\n\r\nMessage-ID: <body@x>\r\n");
  CHECK(f.message_id == "abc@x");
  CHECK(f.from == "jane@example.com");
  CHECK(f.list_id == "weekly.example.com");
  CHECK(f.subject == "Café weekly issue 3");
  REQUIRE(f.date.has_value());
  using namespace std::chrono;
  CHECK(*f.date == sys_days{2026y / November / 3} + 7h + 15min);
  CHECK(ingest::header_facts("no header at all").message_id.empty());
}

TEST_CASE("uid sets and internal dates", "[ingest]") {
  CHECK(ingest::uid_set({1, 2, 3, 5, 7, 8}) == "1:3,5,7:8");
  CHECK(ingest::uid_set({}) == "");
  using namespace std::chrono;
  CHECK(ingest::parse_internal_date("28-Nov-2026 12:51:00 +0000") == sys_days{2026y / November / 28} + 12h + 51min);
  CHECK(ingest::parse_internal_date(" 2-Nov-2026 07:00:00 -0130") == sys_days{2026y / November / 2} + 8h + 30min);
  CHECK_FALSE(ingest::parse_internal_date("yesterday").has_value());
}
