#include <catch2/catch.hpp>

#include <sqlite3.h>
#include <sys/stat.h>

#include <filesystem>
#include <random>

#include "tests/support/temp_dir.hpp"
#include "store/store.hpp"

namespace fs = std::filesystem;
using namespace distill;
using store::MessageStatus;
using store::Store;

namespace {

using distill::test::TempDir;

store::TimePoint at(long long s) { return store::TimePoint{std::chrono::seconds{s}}; }

store::IncomingMessage incoming(std::string mailbox, std::uint32_t uid, std::string message_id, std::string bytes) {
  store::IncomingMessage m;
  m.raw.mailbox = std::move(mailbox);
  m.raw.uidvalidity = transform::UidValidity{7};
  m.raw.uid = transform::Uid{uid};
  m.raw.bytes = std::move(bytes);
  m.info.message_id = std::move(message_id);
  m.info.from = "news@example.com";
  m.info.subject = "Issue " + std::to_string(uid);
  return m;
}

// Runs `sql` on the store file directly, as an older distill or another
// tool would have left it.
void exec_sql(const fs::path& path, const char* sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  char* error = nullptr;
  const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
  const std::string message = error != nullptr ? error : "";
  sqlite3_free(error);
  sqlite3_close(db);
  INFO(message);
  REQUIRE(rc == SQLITE_OK);
}

}  // namespace

TEST_CASE("store creates a new file at the current schema version", "[store]") {
  TempDir dir;
  auto path = dir.path() / "sub" / "distill.db";
  auto s = Store::open(path);
  CHECK(fs::exists(path));
  CHECK(s.schema_version() == Store::current_schema_version());
  auto st = s.status();
  CHECK(st.mailboxes.empty());
  CHECK(st.fresh == 0);
  CHECK(st.digests_pending == 0);
}

TEST_CASE("store migrates an empty SQLite file and keeps data when reopened", "[store]") {
  TempDir dir;
  auto path = dir.path() / "distill.db";
  {
    // A database at version 0, as an older or foreign tool may leave it.
    exec_sql(path, "");
  }
  {
    auto s = Store::open(path);
    CHECK(s.schema_version() == Store::current_schema_version());
    auto tx = s.begin();
    CHECK(s.add_message(incoming("INBOX", 1, "a@x", "A"), at(100)) == store::AddResult::added);
    s.set_mailbox("INBOX", transform::UidValidity{7}, transform::Uid{1}, at(100));
    tx.commit();
  }
  auto s = Store::open(path);
  auto mb = s.mailbox("INBOX");
  REQUIRE(mb);
  CHECK(mb->last_uid == transform::Uid{1});
  CHECK(mb->messages == 1);
  CHECK(s.message_ids(MessageStatus::fresh).size() == 1);
}

TEST_CASE("store refuses a schema newer than it knows", "[store]") {
  TempDir dir;
  auto path = dir.path() / "distill.db";
  exec_sql(path, "PRAGMA user_version = 999");
  CHECK_THROWS_WITH(Store::open(path), Catch::Contains("schema version 999, newer than this distill understands"));
}

TEST_CASE("store lets one writer in and tells the second who holds it", "[store]") {
  TempDir dir;
  auto path = dir.path() / "distill.db";
  auto first = Store::open(path);
  CHECK_THROWS_AS(Store::open(path), store::BusyError);
  CHECK_THROWS_WITH(Store::open(path), "another distill is running on " + path.string());
  // Readers are not blocked by the writer.
  auto reader = Store::open(path, Store::Mode::read_only);
  CHECK(reader.status().fresh == 0);
}

TEST_CASE("store takes one lock for one store, whatever name reaches it", "[store]") {
  TempDir dir;
  fs::create_directories(dir.path() / "real");
  fs::create_directory_symlink(dir.path() / "real", dir.path() / "link");
  auto first = Store::open(dir.path() / "real" / "distill.db");
  CHECK_THROWS_AS(Store::open(dir.path() / "link" / "distill.db"), store::BusyError);
}

TEST_CASE("store is readable by its owner only", "[store]") {
  TempDir dir;
  const auto folder = dir.path() / "state";
  const auto path = folder / "distill.db";
  const auto old_mask = ::umask(022);  // the usual default, which made files 0644
  {
    auto s = Store::open(path);
    s.add_message(incoming("INBOX", 1, "a@x", "A"), at(1));
    CHECK(s.exposure().empty());
    for (const char* suffix : {"", "-wal", "-shm", ".lock"}) {
      const auto file = path.string() + suffix;
      INFO(file);
      REQUIRE(fs::exists(file));
      CHECK((fs::status(file).permissions() & fs::perms::all) == (fs::perms::owner_read | fs::perms::owner_write));
    }
  }
  ::umask(old_mask);
  CHECK((fs::status(folder).permissions() & fs::perms::all) == fs::perms::owner_all);

  // A store made before: it says so.
  fs::permissions(path, fs::perms::group_read | fs::perms::others_read, fs::perm_options::add);
  auto again = Store::open(path);
  CHECK_THAT(again.exposure(), Catch::Contains(path.string()) && Catch::Contains("chmod 600"));
}

TEST_CASE("store errors name the store file", "[store]") {
  TempDir dir;
  const auto path = dir.path() / "distill.db";
  auto s = Store::open(path);
  CHECK_THROWS_WITH(s.mark_processed(12345, "x", {}, {}, at(1)), Catch::Contains(path.string()));
}

TEST_CASE("store releases the lock when the writer closes", "[store]") {
  TempDir dir;
  auto path = dir.path() / "distill.db";
  { auto first = Store::open(path); }
  CHECK_NOTHROW(Store::open(path));
}

TEST_CASE("store dedupes by Message-ID, and by content without one", "[store]") {
  TempDir dir;
  auto s = Store::open(dir.path() / "distill.db");
  CHECK(s.add_message(incoming("INBOX", 1, "same@x", "Received: a\r\n\r\none"), at(1)) == store::AddResult::added);
  // The same issue through another path: other headers, the same body.
  CHECK(s.add_message(incoming("Other", 9, "same@x", "Received: b\r\n\r\none"), at(2)) ==
        store::AddResult::duplicate);
  CHECK(s.add_message(incoming("INBOX", 2, "", "body"), at(3)) == store::AddResult::added);
  CHECK(s.add_message(incoming("INBOX", 3, "", "body"), at(4)) == store::AddResult::duplicate);
  CHECK(s.add_message(incoming("INBOX", 4, "", "other body"), at(5)) == store::AddResult::added);
  CHECK(s.status().fresh == 3);
}

TEST_CASE("store keeps different messages that carry the same Message-ID", "[store]") {
  TempDir dir;
  auto s = Store::open(dir.path() / "distill.db");
  // A sender that reuses its ids, or someone who sent an expected id first.
  CHECK(s.add_message(incoming("INBOX", 1, "reused@x", "Subject: A\r\n\r\nfirst issue"), at(1)) ==
        store::AddResult::added);
  CHECK(s.add_message(incoming("INBOX", 2, "reused@x", "Subject: B\r\n\r\nsecond issue"), at(2)) ==
        store::AddResult::added);
  CHECK(s.add_message(incoming("INBOX", 3, "reused@x", "Subject: C\r\n\r\nthird issue"), at(3)) ==
        store::AddResult::added);
  // The same mailbox position is the same message, whatever it says.
  CHECK(s.add_message(incoming("INBOX", 2, "reused@x", "Subject: B\r\n\r\nsecond issue"), at(4)) ==
        store::AddResult::duplicate);
  CHECK(s.add_message(incoming("INBOX", 3, "other@x", "fetched again"), at(5)) == store::AddResult::duplicate);
  CHECK(s.status().fresh == 3);
}

TEST_CASE("store still dedupes against messages stored under the Message-ID alone", "[store]") {
  TempDir dir;
  const auto path = dir.path() / "distill.db";
  { auto s = Store::open(path); }
  {
    // A row as stores before schema 2 wrote it: keyed "mid:ID".
    exec_sql(path,
             "INSERT INTO messages (mailbox, uidvalidity, uid, dedupe_key, message_id, from_addr, "
             "list_id, subject, size, status, ingested_at) VALUES ('INBOX', 7, 1, 'mid:old@x', "
             "'old@x', '', '', '', 4, 'new', 1); INSERT INTO message_bytes (message, raw) VALUES "
             "(last_insert_rowid(), CAST('H: 1' || char(13,10,13,10) || 'body' AS BLOB))");
  }
  auto s = Store::open(path);
  CHECK(s.add_message(incoming("Other", 4, "old@x", "H: 2\r\n\r\nbody"), at(2)) == store::AddResult::duplicate);
  CHECK(s.add_message(incoming("Other", 5, "old@x", "H: 2\r\n\r\nanother body"), at(3)) ==
        store::AddResult::added);
}

TEST_CASE("store rolls back a batch whose transaction was not committed", "[store]") {
  TempDir dir;
  auto s = Store::open(dir.path() / "distill.db");
  {
    auto tx = s.begin();
    s.add_message(incoming("INBOX", 1, "a@x", "A"), at(1));
    s.set_mailbox("INBOX", transform::UidValidity{7}, transform::Uid{1}, at(1));
  }
  CHECK_FALSE(s.mailbox("INBOX"));
  CHECK(s.status().fresh == 0);
}

TEST_CASE("store keeps the bytes exactly, including NUL and 8-bit", "[store]") {
  TempDir dir;
  auto s = Store::open(dir.path() / "distill.db");
  std::string bytes("Subject: x\r\n\r\n\xff\x00\x80 end", 20);
  s.add_message(incoming("INBOX", 1, "", bytes), at(1));
  auto id = s.message_ids(MessageStatus::fresh).at(0);
  CHECK(s.message(id).raw.bytes == bytes);
}

TEST_CASE("store tracks a message from processed to digested to sent", "[store]") {
  TempDir dir;
  auto s = Store::open(dir.path() / "distill.db");
  s.add_message(incoming("INBOX", 1, "a@x", "A"), at(1));
  s.add_message(incoming("INBOX", 2, "b@x", "B"), at(1));
  auto ids = s.message_ids(MessageStatus::fresh);
  REQUIRE(ids.size() == 2);

  transform::Summary sum;
  sum.source = "News Weekly";
  sum.source_key = "news";
  sum.title = "Issue 1";
  sum.lede = "Something happened.";
  sum.points = {"One.", "Two."};
  sum.items = {{"Item", "https://example.com/a", "Blurb."}};
  sum.removed_counts = {{"sponsor", 1}};
  s.mark_processed(ids[0], "news", sum, {"block one", "block two"}, at(2));
  s.mark_failed(ids[1], "base64 part truncated");

  auto undigested = s.undigested_summaries();
  REQUIRE(undigested.size() == 1);
  CHECK(undigested[0].summary == sum);
  CHECK(undigested[0].source == "news");
  CHECK(s.undigested_count() == 1);
  // The summary, read on its own.
  CHECK(s.summary(ids[0]) == sum);
  CHECK(!s.summary(ids[1]));
  CHECK(s.sender_history("news@example.com", ids[1] + 1, 5) ==
        std::vector<std::vector<std::string>>{{"block one", "block two"}});

  auto digest = s.create_digest("d1@distill", "Digest", "MIME", {ids[0]}, at(3));
  CHECK(s.undigested_summaries().empty());
  CHECK(s.undigested_count() == 0);
  auto pending = s.pending_digest();
  REQUIRE(pending);
  CHECK(pending->message_id == "d1@distill");
  CHECK(pending->issues == 1);
  CHECK(s.digest_messages(pending->id) == std::vector<std::int64_t>{ids[0]});
  CHECK(s.pending_actions().empty());  // not sent yet

  s.record_digest_failure(digest, "550 mailbox unavailable");
  pending = s.pending_digest();
  REQUIRE(pending);
  CHECK(pending->attempts == 1);
  CHECK(pending->last_error == "550 mailbox unavailable");

  s.mark_digest_sent(digest, at(4));
  CHECK_FALSE(s.pending_digest());
  CHECK(s.last_digest_sent() == at(4));
  auto actions = s.pending_actions();
  REQUIRE(actions.size() == 1);
  CHECK(actions[0].uid == transform::Uid{1});
  s.mark_action_done(actions[0].message);
  CHECK(s.pending_actions().empty());

  auto st = s.status();
  CHECK(st.processed == 1);
  CHECK(st.failed == 1);
  CHECK(st.digests_sent == 1);
  CHECK(st.digests_pending == 0);
}

TEST_CASE("store counts, per platform key, the other senders whose issues contained it", "[store]") {
  TempDir dir;
  auto s = Store::open(dir.path() / "distill.db");
  const std::vector<std::uint64_t> footer = {0x9e3779b97f4a7c15ull, 42};
  s.record_platform_keys("a@one.example", footer, at(100));
  s.record_platform_keys("b@two.example", footer, at(200));
  s.record_platform_keys("c@three.example", {42}, at(300));
  // A sender's own issues do not count: its template is the sender history's job.
  s.record_platform_keys("a@one.example", footer, at(400));

  auto seen = s.platform_senders("d@four.example", {0x9e3779b97f4a7c15ull, 42, 7});
  CHECK(seen.at(0x9e3779b97f4a7c15ull) == 2);  // keys above 2^63 round-trip
  CHECK(seen.at(42) == 3);
  CHECK(seen.count(7) == 0);
  auto own = s.platform_senders("a@one.example", {42});
  CHECK(own.at(42) == 2);
}

TEST_CASE("store records platform keys in the caller's transaction, or in one of their own", "[store]") {
  TempDir dir;
  auto s = Store::open(dir.path() / "distill.db");
  {
    auto tx = s.begin();
    s.record_platform_keys("a@one.example", {1, 2}, at(100));
    // Left without a commit: the keys go with the transaction.
  }
  CHECK(s.platform_senders("b@two.example", {1, 2}).empty());
  {
    auto tx = s.begin();
    s.record_platform_keys("a@one.example", {1, 2}, at(100));
    tx.commit();
  }
  CHECK(s.platform_senders("b@two.example", {1, 2}).size() == 2);
  // Alone they commit at once, as a reader of the store sees.
  s.record_platform_keys("c@three.example", {3}, at(200));
  auto reader = Store::open(dir.path() / "distill.db", Store::Mode::read_only);
  CHECK(reader.platform_senders("b@two.example", {1, 2, 3}).size() == 3);
}

TEST_CASE("store keeps the platform keys seen most recently, counting the rows an older store had", "[store]") {
  TempDir dir;
  const auto path = dir.path() / "distill.db";
  const std::uint64_t bound = Store::k_platform_rows;
  {
    auto s = Store::open(path);
    // Keys 1..10 seen at times 1..10, the rest of the bound at time 11.
    for (std::uint64_t key = 1; key <= 10; ++key) s.record_platform_keys("a@one.example", {key}, at(key));
    std::vector<std::uint64_t> rest;
    for (std::uint64_t key = 11; key <= bound; ++key) rest.push_back(key);
    s.record_platform_keys("a@one.example", rest, at(11));
  }
  {
    // Back to schema 4, before the row count (undoing the later migrations
    // too): the upgrade counts the rows.
    exec_sql(path,
             "DROP TRIGGER platform_blocks_added; DROP TRIGGER platform_blocks_removed; "
             "DROP TABLE platform_block_count; ALTER TABLE messages ADD COLUMN raw BLOB NOT NULL "
             "DEFAULT x''; DROP TABLE message_bytes; PRAGMA user_version = 4");
  }
  auto s = Store::open(path);
  CHECK(s.schema_version() == Store::current_schema_version());
  // At the bound nothing goes; past it, what is older than the newest
  // bound + 1 rows: two keys over it, the one seen least recently.
  s.record_platform_keys("a@one.example", {1, 2, 3}, at(12));  // seen again: still at the bound
  CHECK(s.platform_senders("b@two.example", {1, 2, 3, 4}).size() == 4);
  s.record_platform_keys("c@three.example", {bound + 1, bound + 2}, at(13));
  auto seen = s.platform_senders("b@two.example", {1, 4, 5, bound, bound + 1});
  CHECK(seen.count(4) == 0);
  CHECK(seen.count(5) == 1);
  CHECK(seen.count(1) == 1);
  CHECK(seen.count(bound) == 1);
  CHECK(seen.count(bound + 1) == 1);
}

TEST_CASE("store moves the bytes of an older store's messages apart from their rows", "[store]") {
  TempDir dir;
  const auto path = dir.path() / "distill.db";
  constexpr char k_first[] = "H: 1\r\n\r\n\xff\x00 first";  // a NUL inside
  const std::string first(k_first, sizeof k_first - 1);
  std::int64_t id = 0;
  {
    auto s = Store::open(path);
    s.add_message(incoming("INBOX", 1, "a@x", first), at(1));
    s.add_message(incoming("INBOX", 2, "b@x", "H: 2\r\n\r\nsecond"), at(2));
    id = s.message_ids(MessageStatus::fresh).at(0);
  }
  {
    // Back to schema 5, where the bytes were a column of the message's row.
    exec_sql(path,
             "ALTER TABLE messages ADD COLUMN raw BLOB NOT NULL DEFAULT x''; "
             "UPDATE messages SET raw = (SELECT b.raw FROM message_bytes b WHERE b.message = id); "
             "DROP TABLE message_bytes; PRAGMA user_version = 5");
  }
  auto s = Store::open(path);
  CHECK(s.schema_version() == Store::current_schema_version());
  CHECK(s.message(id).raw.bytes == first);
  CHECK(s.original(id) == first);
  CHECK(s.add_message(incoming("Other", 9, "a@x", first), at(3)) == store::AddResult::duplicate);
  CHECK(s.add_message(incoming("INBOX", 3, "c@x", "H: 3\r\n\r\nthird"), at(3)) == store::AddResult::added);
  CHECK(s.message(s.message_ids(MessageStatus::fresh).back()).raw.bytes == "H: 3\r\n\r\nthird");
  s.mark_skipped(id, "not a newsletter");
  CHECK(s.message(id).raw.bytes == first);
}

TEST_CASE("store records a digest's issues from the batch taken before it was composed", "[store]") {
  TempDir dir;
  auto s = Store::open(dir.path() / "distill.db");
  for (std::uint32_t uid = 1; uid <= 4; ++uid) {
    s.add_message(incoming("INBOX", uid, "m" + std::to_string(uid) + "@x", "M" + std::to_string(uid)), at(1));
  }
  const auto ids = s.message_ids(MessageStatus::fresh);
  REQUIRE(ids.size() == 4);
  transform::Summary sum;
  sum.title = "Issue";
  for (const auto id : {ids[1], ids[2], ids[3]}) s.mark_processed(id, "news", sum, {}, at(2));

  CHECK(s.undigested_count() == 3);
  CHECK(s.take_batch(2) == 2);
  CHECK(s.batch_messages(0, 10) == std::vector<std::int64_t>{ids[1], ids[2]});
  CHECK(s.take_batch() == 3);
  CHECK(s.batch_messages(ids[1], 1) == std::vector<std::int64_t>{ids[2]});
  // Processed after the batch was taken, with an id below the others: not
  // in the digest.
  s.mark_processed(ids[0], "news", sum, {}, at(3));
  CHECK(s.undigested_count() == 4);
  // A digest of more issues than the batch holds is refused, and nothing is written.
  CHECK_THROWS_AS(s.create_batch_digest("d0@distill", "Digest", "MIME", 4, at(3)), store::Error);
  CHECK_FALSE(s.pending_digest());
  const auto digest = s.create_batch_digest("d1@distill", "Digest", "MIME", 2, at(3));
  CHECK(s.digest_messages(digest) == std::vector<std::int64_t>{ids[1], ids[2]});
  CHECK(s.pending_digest()->issues == 2);
  CHECK(s.batch_messages(0, 10).empty());  // cleared with the digest
  CHECK(s.undigested_count() == 2);

  // Refused for good: its issues come back, in digests of at most one each.
  s.refuse_digest(digest, "554 no", at(4));
  CHECK(s.undigested_count() == 4);
  CHECK(s.take_batch() == 2);  // those never refused first
  CHECK(s.batch_messages(0, 10) == std::vector<std::int64_t>{ids[0], ids[3]});
  s.create_batch_digest("d2@distill", "Digest", "MIME", 2, at(5));
  CHECK(s.take_batch() == 1);
  CHECK(s.batch_messages(0, 10) == std::vector<std::int64_t>{ids[1]});
}
