// The archive's part of the store: cleaned issues, full-text search,
// retention and the migration that indexes issues stored before it.

#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <filesystem>

#include "store/store.hpp"
#include "tests/support/temp_dir.hpp"

namespace fs = std::filesystem;
using namespace distill;
using store::Store;
using transform::BlockKind;

namespace {

using distill::test::TempDir;

store::TimePoint day(int d) { return store::TimePoint{std::chrono::sys_days{std::chrono::November / d / 2026}}; }

// Stores a newsletter dated on `d` and processes it: `kept` is its cleaned
// text, `removed` one block cleaning removed as a footer.
std::int64_t add_issue(Store& s, std::uint32_t uid, int d, const std::string& source, const std::string& kept,
                       const std::string& removed, std::string bytes = {}, bool prepared = false) {
  store::IncomingMessage m;
  m.raw.mailbox = "INBOX";
  m.raw.uidvalidity = transform::UidValidity{1};
  m.raw.uid = transform::Uid{uid};
  m.raw.bytes = bytes.empty() ? "Subject: issue " + std::to_string(uid) + "\r\n\r\n" + kept + "\r\n" + removed
                              : std::move(bytes);
  m.info.message_id = "issue-" + std::to_string(uid) + "@news.example.com";
  m.info.from = "news@example.com";
  m.info.subject = "Issue " + std::to_string(uid);
  m.info.date = day(d);
  auto tx = s.begin();
  REQUIRE(s.add_message(m, day(d)) == store::AddResult::added);
  tx.commit();
  const auto id = s.message_ids(store::MessageStatus::fresh).back();

  transform::Summary summary;
  summary.source = source;
  summary.title = m.info.subject;
  summary.lede = kept.substr(0, kept.find('.') + 1);
  transform::CleanResult cleaned;
  cleaned.kept.blocks = {{BlockKind::heading, 1, m.info.subject, {}},
                         {BlockKind::paragraph, 0, kept, {{"a link", "https://example.com/a"}}}};
  cleaned.removed = {{{BlockKind::paragraph, 0, removed, {}}, "footer: \"unsubscribe\"", transform::RemovalKind::footer, "\"unsubscribe\"", {}}};
  auto tx2 = s.begin();
  if (prepared) {
    const auto rows = Store::prepare_processed(source, summary, {m.info.subject, kept, removed}, cleaned);
    s.write_processed(id, rows, day(d));
    s.index_processed(id, rows);
  } else {
    s.mark_processed(id, source, summary, {m.info.subject, kept, removed}, day(d));
    s.archive_issue(id, cleaned);
  }
  tx2.commit();
  return id;
}

std::vector<std::int64_t> ids_of(const std::vector<store::SearchHit>& hits) {
  std::vector<std::int64_t> ids;
  for (const auto& h : hits) ids.push_back(h.message);
  return ids;
}

std::vector<std::int64_t> search(Store& s, const std::string& match, const std::string& source = {}) {
  store::SearchQuery q;
  q.match = match;
  q.source = source;
  return ids_of(s.search(q));
}

// Every row of the tables a processed message writes, as text.
std::string processed_rows(const fs::path& path) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  std::string out;
  for (const char* sql : {"SELECT * FROM summaries ORDER BY message", "SELECT * FROM issues ORDER BY message",
                          "SELECT rowid, * FROM issue_search ORDER BY rowid",
                          "SELECT id, status, error, processed_at FROM messages ORDER BY id"}) {
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK);
    while (sqlite3_step(st) == SQLITE_ROW) {
      for (int c = 0; c < sqlite3_column_count(st); ++c) {
        const auto* text = sqlite3_column_text(st, c);
        out += text ? reinterpret_cast<const char*>(text) : "NULL";
        out += '|';
      }
      out += '\n';
    }
    sqlite3_finalize(st);
  }
  sqlite3_close(db);
  return out;
}

}  // namespace

TEST_CASE("the rows the process stage's workers prepare are those mark_processed and archive_issue write", "[store]") {
  TempDir one;
  TempDir other;
  {
    auto a = Store::open(one / "distill.db");
    auto b = Store::open(other / "distill.db");
    for (bool prepared : {false, true}) {
      auto& s = prepared ? b : a;
      add_issue(s, 1, 3, "Airships Weekly", "The zeppelin \"Hindenburg\" hangar reopened.", "Unsubscribe here.", {},
                prepared);
      add_issue(s, 2, 5, "Garden Notes", "Tomatoes like a sunny wall: caf\u00e9 au lait.", "Manage preferences.", {},
                prepared);
    }
  }
  const auto expected = processed_rows(one / "distill.db");
  CHECK(expected.find("zeppelin") != std::string::npos);
  CHECK(processed_rows(other / "distill.db") == expected);
}

TEST_CASE("archive search finds an issue by a word of its cleaned text, not by a word of a removed block",
          "[store]") {
  TempDir dir;
  auto s = Store::open(dir / "distill.db");
  const auto zeppelin = add_issue(s, 1, 3, "Airships Weekly", "The zeppelin hangar reopened this spring.",
                                  "Unsubscribe from Airships Weekly at 7 Quillfeather Lane.");
  const auto other = add_issue(s, 2, 5, "Garden Notes", "Tomatoes like a sunny wall. The zeppelin was seen too.",
                               "Manage your preferences.");

  CHECK(search(s, "hangar") == std::vector<std::int64_t>{zeppelin});
  CHECK(search(s, "quillfeather").empty());
  // Newest first; --source narrows.
  CHECK(search(s, "zeppelin") == std::vector<std::int64_t>{other, zeppelin});
  CHECK(search(s, "zeppelin", "airships weekly") == std::vector<std::int64_t>{zeppelin});
  // The title and the source are searchable too, and FTS5 syntax passes through.
  CHECK(search(s, "title:\"issue 2\"") == std::vector<std::int64_t>{other});
  CHECK(search(s, "source:garden") == std::vector<std::int64_t>{other});
  CHECK(search(s, "hang*") == std::vector<std::int64_t>{zeppelin});
  CHECK(search(s, "zeppelin NOT tomatoes") == std::vector<std::int64_t>{zeppelin});

  store::SearchQuery since;
  since.match = "zeppelin";
  since.since = day(4);
  CHECK(ids_of(s.search(since)) == std::vector<std::int64_t>{other});

  store::SearchQuery q;
  q.match = "hangar";
  const auto hits = s.search(q);
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].source == "Airships Weekly");
  CHECK(hits[0].title == "Issue 1");
  CHECK(hits[0].snippet.find("[hangar]") != std::string::npos);
  CHECK(hits[0].date == day(3));
}

TEST_CASE("archive search reports a malformed query in words, not as SQL", "[store]") {
  TempDir dir;
  auto s = Store::open(dir / "distill.db");
  add_issue(s, 1, 3, "Airships Weekly", "The zeppelin hangar reopened.", "Unsubscribe.");
  for (const std::string bad : {"zeppelin AND", "\"unterminated", "nosuchfield:word", "(hangar"}) {
    store::SearchQuery q;
    q.match = bad;
    INFO(bad);
    try {
      s.search(q);
      FAIL("no error");
    } catch (const store::QueryError& e) {
      const std::string what = e.what();
      CHECK(what.starts_with("cannot read search query \"" + bad + "\": "));
      CHECK(what.find("fts5") == std::string::npos);
      CHECK(what.find("SELECT") == std::string::npos);
    }
  }
}

TEST_CASE("archive keeps the cleaned issue and the original bytes of a processed message", "[store]") {
  TempDir dir;
  auto s = Store::open(dir / "distill.db");
  std::string bytes = "Subject: x\r\n\r\nbinary \x00\xff\xfe end";
  bytes += std::string("\0\r\n", 3);
  const auto id = add_issue(s, 1, 3, "Airships Weekly", "The zeppelin hangar reopened.", "Unsubscribe.", bytes);
  CHECK(s.original(id) == bytes);
  const auto issue = s.issue(id);
  REQUIRE(issue);
  CHECK(issue->source == "Airships Weekly");
  REQUIRE(issue->cleaned);
  CHECK(issue->cleaned->kept.blocks.size() == 2);
  CHECK(issue->cleaned->kept.blocks[1].links[0].url == "https://example.com/a");
  REQUIRE(issue->cleaned->removed.size() == 1);
  CHECK(issue->cleaned->removed[0].reason == "footer: \"unsubscribe\"");
  CHECK_FALSE(s.issue(id + 1));
  CHECK_THROWS_AS(s.original(id + 1), store::Error);
}

TEST_CASE("archive prune keeps messages a digest still waits for and frees space", "[store]") {
  TempDir dir;
  const auto path = dir / "distill.db";
  auto s = Store::open(path);
  const std::string filler(200 * 1024, 'x');  // a big original, so freeing it shows
  const auto sent = add_issue(s, 1, 1, "A", "Sent long ago.", "Unsubscribe.", "Subject: a\r\n\r\n" + filler);
  const auto pending = add_issue(s, 2, 2, "A", "Waiting in a pending digest.", "Unsubscribe.",
                                 "Subject: b\r\n\r\n" + filler + "b");
  const auto undigested = add_issue(s, 3, 3, "A", "Not in a digest yet.", "Unsubscribe.",
                                    "Subject: c\r\n\r\n" + filler + "c");
  const auto recent = add_issue(s, 4, 28, "A", "Recent enough to keep.", "Unsubscribe.");
  const auto d1 = s.create_digest("d1@distill", "Digest 1", "mime", {sent, recent}, day(28));
  s.mark_digest_sent(d1, day(28));
  s.create_digest("d2@distill", "Digest 2", "mime", {pending}, day(28));

  const auto cutoff = day(20);
  const auto candidates = s.prune_candidates(cutoff);
  REQUIRE(candidates.size() == 1);
  CHECK(candidates[0].message == sent);
  CHECK(candidates[0].bytes > 200 * 1024);

  // On disk: the file and its write-ahead log (WAL mode).
  auto disk = [&] {
    const fs::path wal = path.string() + "-wal";
    return fs::file_size(path) + (fs::exists(wal) ? fs::file_size(wal) : 0);
  };
  const auto before = disk();
  s.prune({sent}, day(29));
  const auto freed = s.reclaim_space();
  CHECK(freed > 150 * 1024);
  CHECK(disk() + 150 * 1024 < before);

  CHECK_FALSE(s.original(sent));
  CHECK(s.original(pending));
  CHECK(s.original(undigested));
  const auto issue = s.issue(sent);
  REQUIRE(issue);  // the summary stays
  CHECK(issue->pruned == day(29));
  CHECK_FALSE(issue->cleaned);
  CHECK(issue->summary.lede == "Sent long ago.");
  // Search still finds it by its summary and title.
  CHECK(search(s, "\"long ago\"") == std::vector<std::int64_t>{sent});
  CHECK(s.prune_candidates(cutoff).empty());  // pruned once
  // A second reclaim works on the file that now vacuums incrementally.
  CHECK_NOTHROW(s.reclaim_space());
}

TEST_CASE("archive migration indexes the summaries of issues stored before it", "[store]") {
  TempDir dir;
  const auto path = dir / "distill.db";
  std::int64_t id = 0;
  int archive_version = 0;
  {
    auto s = Store::open(path);
    id = add_issue(s, 1, 3, "Airships Weekly", "The zeppelin hangar reopened.", "Unsubscribe.");
  }
  {
    // Take the file back to the schema before the archive (migration 2),
    // undoing the later migrations too: what an older distill left, a
    // processed issue with its summary and nothing else.
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr);
    sqlite3_step(stmt);
    archive_version = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    REQUIRE(archive_version == 6);
    const std::string sql =
        "DROP TABLE platform_block_count; DROP TABLE platform_blocks; DROP TABLE fetch_failures; "
        "DROP TABLE digest_limits; DROP INDEX messages_message_id; "
        "DROP INDEX messages_position; ALTER TABLE digests DROP COLUMN refused_at; "
        "DROP TABLE issues; DROP TABLE issue_search; DROP VIEW summary_text; "
        "ALTER TABLE messages DROP COLUMN pruned_at; "
        "ALTER TABLE messages ADD COLUMN raw BLOB NOT NULL DEFAULT x''; "
        "UPDATE messages SET raw = (SELECT b.raw FROM message_bytes b WHERE b.message = id); "
        "DROP TABLE message_bytes; PRAGMA user_version = 1";
    REQUIRE(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
  }
  auto s = Store::open(path);
  CHECK(s.schema_version() == Store::current_schema_version());
  CHECK(search(s, "zeppelin") == std::vector<std::int64_t>{id});  // the lede
  CHECK(search(s, "airships") == std::vector<std::int64_t>{id});  // the source
  const auto issue = s.issue(id);
  REQUIRE(issue);
  CHECK_FALSE(issue->cleaned);
}
