#include "store/store.hpp"

#include <fcntl.h>
#include <openssl/evp.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

#include <nlohmann/json.hpp>

#include "transform/summary_json.hpp"

namespace distill::store {

namespace {

struct StatementFinalize {
  void operator()(sqlite3_stmt* s) const noexcept { sqlite3_finalize(s); }
};
using StatementHandle = std::unique_ptr<sqlite3_stmt, StatementFinalize>;

[[noreturn]] void fail(sqlite3* db, std::string_view what) {
  throw Error(std::string(what) + ": " + sqlite3_errmsg(db));
}

// A prepared statement with positional binding. `what` names the statement's
// purpose in errors ("store message", "read mailbox").
class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql, std::string_view what) : m_db(db), m_what(what) {
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &raw, nullptr) != SQLITE_OK) {
      fail(db, m_what);
    }
    m_stmt.reset(raw);
  }

  Statement& bind(int i, std::int64_t v) {
    check(sqlite3_bind_int64(m_stmt.get(), i, v));
    return *this;
  }
  Statement& bind(int i, std::string_view v) {
    check(sqlite3_bind_text(m_stmt.get(), i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT));
    return *this;
  }
  Statement& bind_blob(int i, std::string_view v) {
    check(sqlite3_bind_blob64(m_stmt.get(), i, v.data(), v.size(), SQLITE_TRANSIENT));
    return *this;
  }
  Statement& bind(int i, std::optional<TimePoint> t) {
    if (t) return bind(i, static_cast<std::int64_t>(t->time_since_epoch().count()));
    check(sqlite3_bind_null(m_stmt.get(), i));
    return *this;
  }

  // Returns true while there is a row.
  bool step() {
    int rc = sqlite3_step(m_stmt.get());
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    fail(m_db, m_what);
  }
  void run() {
    while (step()) {
    }
  }

  std::int64_t integer(int col) const { return sqlite3_column_int64(m_stmt.get(), col); }
  bool is_null(int col) const { return sqlite3_column_type(m_stmt.get(), col) == SQLITE_NULL; }
  std::string text(int col) const {
    const auto* p = sqlite3_column_blob(m_stmt.get(), col);
    int n = sqlite3_column_bytes(m_stmt.get(), col);
    return p ? std::string(static_cast<const char*>(p), static_cast<std::size_t>(n)) : std::string();
  }
  std::optional<TimePoint> time(int col) const {
    if (is_null(col)) return std::nullopt;
    return TimePoint{std::chrono::seconds{integer(col)}};
  }

 private:
  void check(int rc) {
    if (rc != SQLITE_OK) fail(m_db, m_what);
  }
  sqlite3* m_db;
  std::string m_what;
  StatementHandle m_stmt;
};

void exec(sqlite3* db, const char* sql, std::string_view what) {
  char* message = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
    std::string text = message ? message : sqlite3_errmsg(db);
    sqlite3_free(message);
    throw Error(std::string(what) + ": " + text);
  }
}

// Numbered migrations: migrations[i] takes the schema from version i to
// i + 1. Never edit one that has shipped; append a new one.
const char* const k_migrations[] = {
    // 1: the initial schema.
    R"sql(
CREATE TABLE mailboxes (
  name        TEXT PRIMARY KEY,
  uidvalidity INTEGER NOT NULL,
  last_uid    INTEGER NOT NULL,
  last_sync   INTEGER
) STRICT;
CREATE TABLE messages (
  id            INTEGER PRIMARY KEY,
  mailbox       TEXT NOT NULL,
  uidvalidity   INTEGER NOT NULL,
  uid           INTEGER NOT NULL,
  dedupe_key    TEXT NOT NULL UNIQUE,
  message_id    TEXT NOT NULL,
  from_addr     TEXT NOT NULL,
  list_id       TEXT NOT NULL,
  subject       TEXT NOT NULL,
  date          INTEGER,
  internal_date INTEGER,
  size          INTEGER NOT NULL,
  raw           BLOB NOT NULL,
  status        TEXT NOT NULL CHECK (status IN ('new', 'processed', 'failed', 'skipped')),
  error         TEXT NOT NULL DEFAULT '',
  ingested_at   INTEGER NOT NULL,
  processed_at  INTEGER,
  action_done   INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX messages_status ON messages(status);
CREATE INDEX messages_from ON messages(from_addr, id);
CREATE TABLE summaries (
  message     INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
  source      TEXT NOT NULL,
  summary     TEXT NOT NULL,
  blocks      TEXT NOT NULL,
  created_at  INTEGER NOT NULL
) STRICT;
CREATE TABLE digests (
  id          INTEGER PRIMARY KEY,
  message_id  TEXT NOT NULL UNIQUE,
  subject     TEXT NOT NULL,
  status      TEXT NOT NULL CHECK (status IN ('pending', 'sent')),
  attempts    INTEGER NOT NULL DEFAULT 0,
  last_error  TEXT NOT NULL DEFAULT '',
  mime        BLOB NOT NULL,
  created_at  INTEGER NOT NULL,
  sent_at     INTEGER
) STRICT;
CREATE TABLE digest_items (
  digest      INTEGER NOT NULL REFERENCES digests(id) ON DELETE CASCADE,
  message     INTEGER NOT NULL UNIQUE REFERENCES messages(id),
  PRIMARY KEY (digest, message)
) STRICT;
)sql",
};
constexpr int k_schema_version = static_cast<int>(std::size(k_migrations));

int user_version(sqlite3* db) {
  Statement s(db, "PRAGMA user_version", "read schema version");
  s.step();
  return static_cast<int>(s.integer(0));
}

void migrate(sqlite3* db, const std::filesystem::path& path) {
  int version = user_version(db);
  if (version > k_schema_version) {
    throw Error("store " + path.string() + " has schema version " + std::to_string(version) +
                ", newer than this distill understands (" + std::to_string(k_schema_version) + ")");
  }
  for (; version < k_schema_version; ++version) {
    exec(db, "BEGIN IMMEDIATE", "begin migration");
    try {
      exec(db, k_migrations[version], "migrate store to version " + std::to_string(version + 1));
      exec(db, ("PRAGMA user_version = " + std::to_string(version + 1)).c_str(), "record schema version");
      exec(db, "COMMIT", "commit migration");
    } catch (...) {
      sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
      throw;
    }
  }
}

std::string sha256_hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr) != 1) {
    throw Error("cannot compute SHA-256 of a message");
  }
  static const char* const k_hex = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < length; ++i) {
    out += k_hex[digest[i] >> 4];
    out += k_hex[digest[i] & 15];
  }
  return out;
}

// What makes two messages the same: the Message-ID, or without one the bytes.
std::string dedupe_key(std::string_view message_id, std::string_view bytes) {
  return message_id.empty() ? "sha256:" + sha256_hex(bytes) : "mid:" + std::string(message_id);
}

MessageStatus status_from(std::string_view s) {
  if (s == "processed") return MessageStatus::processed;
  if (s == "failed") return MessageStatus::failed;
  if (s == "skipped") return MessageStatus::skipped;
  return MessageStatus::fresh;
}

}  // namespace

std::string_view to_string(MessageStatus status) {
  switch (status) {
    case MessageStatus::fresh: return "new";
    case MessageStatus::processed: return "processed";
    case MessageStatus::failed: return "failed";
    case MessageStatus::skipped: return "skipped";
  }
  return "new";
}

// --- Transaction -------------------------------------------------------------

Transaction::Transaction(sqlite3* db) : m_db(db) { exec(db, "BEGIN IMMEDIATE", "begin transaction"); }

Transaction::Transaction(Transaction&& other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}

Transaction::~Transaction() {
  if (m_db) sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
  exec(m_db, "COMMIT", "commit transaction");
  m_db = nullptr;
}

// --- Store -------------------------------------------------------------------

Store::Store(std::filesystem::path path, sqlite3* db, int lock_fd)
    : m_path(std::move(path)), m_db(db), m_lock_fd(lock_fd) {}

Store::Store(Store&& other) noexcept
    : m_path(std::move(other.m_path)),
      m_db(std::exchange(other.m_db, nullptr)),
      m_lock_fd(std::exchange(other.m_lock_fd, -1)) {}

Store& Store::operator=(Store&& other) noexcept {
  if (this != &other) {
    this->~Store();
    m_path = std::move(other.m_path);
    m_db = std::exchange(other.m_db, nullptr);
    m_lock_fd = std::exchange(other.m_lock_fd, -1);
  }
  return *this;
}

Store::~Store() {
  if (m_db) sqlite3_close_v2(m_db);
  if (m_lock_fd >= 0) ::close(m_lock_fd);  // releases the flock
  m_db = nullptr;
  m_lock_fd = -1;
}

int Store::current_schema_version() { return k_schema_version; }

Store Store::open(const std::filesystem::path& path, Mode mode) {
  int lock_fd = -1;
  if (mode == Mode::read_write) {
    std::error_code ec;
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
    if (ec) throw Error("cannot create folder for store " + path.string() + ": " + ec.message());
    std::string lock_path = path.string() + ".lock";
    lock_fd = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (lock_fd < 0) throw Error("cannot open lock file " + lock_path + ": " + std::strerror(errno));
    if (::flock(lock_fd, LOCK_EX | LOCK_NB) != 0) {
      int err = errno;
      ::close(lock_fd);
      if (err == EWOULDBLOCK) throw BusyError("another distill is running on " + path.string());
      throw Error("cannot lock " + lock_path + ": " + std::strerror(err));
    }
  } else if (!std::filesystem::exists(path)) {
    throw Error("no store at " + path.string() + " (nothing was ingested yet)");
  }

  sqlite3* db = nullptr;
  int flags = mode == Mode::read_write ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY;
  int rc = sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  Store store(path, db, lock_fd);  // owns db and the lock from here on, even on failure
  if (rc != SQLITE_OK) {
    throw Error("cannot open store " + path.string() + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
  }
  sqlite3_busy_timeout(db, 5000);
  sqlite3_extended_result_codes(db, 1);
  exec(db, "PRAGMA foreign_keys = ON", "enable foreign keys");
  if (mode == Mode::read_write) {
    exec(db, "PRAGMA journal_mode = WAL", "enable WAL");
    exec(db, "PRAGMA synchronous = NORMAL", "set synchronous");
    try {
      migrate(db, path);
    } catch (const Error& e) {
      throw Error("store " + path.string() + ": " + e.what());
    }
  } else if (user_version(db) != k_schema_version) {
    throw Error("store " + path.string() + " has schema version " + std::to_string(user_version(db)) +
                "; run a command that writes (e.g. distill ingest) to upgrade it");
  }
  return store;
}

int Store::schema_version() { return user_version(m_db); }

Transaction Store::begin() { return Transaction(m_db); }

std::optional<MailboxState> Store::mailbox(std::string_view name) {
  Statement s(m_db,
              "SELECT uidvalidity, last_uid, last_sync, (SELECT count(*) FROM messages WHERE mailbox = ?1) "
              "FROM mailboxes WHERE name = ?1",
              "read mailbox");
  s.bind(1, name);
  if (!s.step()) return std::nullopt;
  return MailboxState{std::string(name), UidValidity{static_cast<std::uint32_t>(s.integer(0))},
                      Uid{static_cast<std::uint32_t>(s.integer(1))}, s.integer(3), s.time(2)};
}

void Store::set_mailbox(std::string_view name, UidValidity uidvalidity, Uid last_uid, TimePoint now) {
  Statement(m_db,
            "INSERT INTO mailboxes (name, uidvalidity, last_uid, last_sync) VALUES (?1, ?2, ?3, ?4) "
            "ON CONFLICT(name) DO UPDATE SET uidvalidity = ?2, last_uid = ?3, last_sync = ?4",
            "record mailbox cursor")
      .bind(1, name)
      .bind(2, static_cast<std::int64_t>(uidvalidity.value))
      .bind(3, static_cast<std::int64_t>(last_uid.value))
      .bind(4, std::optional<TimePoint>(now))
      .run();
}

AddResult Store::add_message(const IncomingMessage& m, TimePoint now) {
  const std::string key = dedupe_key(m.info.message_id, m.raw.bytes);
  Statement s(m_db,
              "INSERT INTO messages (mailbox, uidvalidity, uid, dedupe_key, message_id, from_addr, list_id, "
              "subject, date, internal_date, size, raw, status, error, ingested_at) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15) "
              "ON CONFLICT(dedupe_key) DO NOTHING",
              "store message");
  s.bind(1, m.raw.mailbox)
      .bind(2, static_cast<std::int64_t>(m.raw.uidvalidity.value))
      .bind(3, static_cast<std::int64_t>(m.raw.uid.value))
      .bind(4, key)
      .bind(5, m.info.message_id)
      .bind(6, m.info.from)
      .bind(7, m.info.list_id)
      .bind(8, m.info.subject)
      .bind(9, m.info.date)
      .bind(10, m.raw.internal_date)
      .bind(11, static_cast<std::int64_t>(m.raw.bytes.size()))
      .bind_blob(12, m.raw.bytes)
      .bind(13, to_string(m.status))
      .bind(14, m.reason)
      .bind(15, std::optional<TimePoint>(now));
  s.run();
  return sqlite3_changes(m_db) > 0 ? AddResult::added : AddResult::duplicate;
}

std::vector<std::int64_t> Store::message_ids(MessageStatus status) {
  Statement s(m_db, "SELECT id FROM messages WHERE status = ?1 ORDER BY id", "list messages");
  s.bind(1, to_string(status));
  std::vector<std::int64_t> ids;
  while (s.step()) ids.push_back(s.integer(0));
  return ids;
}

StoredMessage Store::message(std::int64_t id) {
  Statement s(m_db,
              "SELECT mailbox, uidvalidity, uid, raw, internal_date, message_id, from_addr, list_id, subject, "
              "date, status, error FROM messages WHERE id = ?1",
              "read message");
  s.bind(1, id);
  if (!s.step()) throw Error("no message " + std::to_string(id) + " in the store");
  StoredMessage m;
  m.id = id;
  m.raw = {s.text(0), UidValidity{static_cast<std::uint32_t>(s.integer(1))},
           Uid{static_cast<std::uint32_t>(s.integer(2))}, s.text(3), s.time(4)};
  m.info = {s.text(5), s.text(6), s.text(7), s.text(8), s.time(9)};
  m.status = status_from(s.text(10));
  m.error = s.text(11);
  return m;
}

void Store::mark_processed(std::int64_t id, const std::string& source, const transform::Summary& summary,
                           const std::vector<std::string>& block_texts, TimePoint now) {
  Statement(m_db,
            "INSERT INTO summaries (message, source, summary, blocks, created_at) VALUES (?1, ?2, ?3, ?4, ?5) "
            "ON CONFLICT(message) DO UPDATE SET source = ?2, summary = ?3, blocks = ?4, created_at = ?5",
            "store summary")
      .bind(1, id)
      .bind(2, source)
      .bind(3, transform::to_json(summary).dump())
      .bind(4, nlohmann::json(block_texts).dump())
      .bind(5, std::optional<TimePoint>(now))
      .run();
  Statement(m_db, "UPDATE messages SET status = 'processed', error = '', processed_at = ?2 WHERE id = ?1",
            "mark message processed")
      .bind(1, id)
      .bind(2, std::optional<TimePoint>(now))
      .run();
}

void Store::mark_failed(std::int64_t id, const std::string& error) {
  Statement(m_db, "UPDATE messages SET status = 'failed', error = ?2 WHERE id = ?1", "mark message failed")
      .bind(1, id)
      .bind(2, error)
      .run();
}

void Store::mark_skipped(std::int64_t id, const std::string& reason) {
  Statement(m_db, "UPDATE messages SET status = 'skipped', error = ?2 WHERE id = ?1", "mark message skipped")
      .bind(1, id)
      .bind(2, reason)
      .run();
}

std::optional<std::int64_t> Store::find_message(std::string_view message_id, std::string_view raw_bytes) {
  Statement s(m_db, "SELECT id FROM messages WHERE dedupe_key = ?1", "find message");
  s.bind(1, dedupe_key(message_id, raw_bytes));
  if (!s.step()) return std::nullopt;
  return s.integer(0);
}

std::vector<std::vector<std::string>> Store::sender_history(std::string_view from_address, std::int64_t before,
                                                            int limit) {
  Statement s(m_db,
              "SELECT s.blocks FROM summaries s JOIN messages m ON m.id = s.message "
              "WHERE m.from_addr = ?1 AND m.id < ?2 ORDER BY m.id DESC LIMIT ?3",
              "read sender history");
  s.bind(1, from_address).bind(2, before).bind(3, static_cast<std::int64_t>(limit));
  std::vector<std::vector<std::string>> history;
  while (s.step()) history.push_back(nlohmann::json::parse(s.text(0)).get<std::vector<std::string>>());
  return history;
}

std::vector<SummaryRecord> Store::undigested_summaries() {
  Statement s(m_db,
              "SELECT s.message, s.source, s.summary FROM summaries s JOIN messages m ON m.id = s.message "
              "WHERE m.status = 'processed' AND NOT EXISTS (SELECT 1 FROM digest_items d WHERE d.message = s.message) "
              "ORDER BY s.message",
              "list undigested summaries");
  std::vector<SummaryRecord> out;
  while (s.step()) {
    out.push_back({s.integer(0), s.text(1), transform::summary_from_json(nlohmann::json::parse(s.text(2)))});
  }
  return out;
}

std::optional<DigestRecord> Store::pending_digest() {
  Statement s(m_db,
              "SELECT id, message_id, subject, attempts, last_error, mime, created_at FROM digests "
              "WHERE status = 'pending' ORDER BY id LIMIT 1",
              "read pending digest");
  if (!s.step()) return std::nullopt;
  DigestRecord d;
  d.id = s.integer(0);
  d.message_id = s.text(1);
  d.subject = s.text(2);
  d.attempts = static_cast<int>(s.integer(3));
  d.last_error = s.text(4);
  d.mime = s.text(5);
  d.created = *s.time(6);
  Statement items(m_db, "SELECT message FROM digest_items WHERE digest = ?1 ORDER BY message", "read digest items");
  items.bind(1, d.id);
  while (items.step()) d.messages.push_back(items.integer(0));
  return d;
}

std::int64_t Store::create_digest(const std::string& message_id, const std::string& subject, const std::string& mime,
                                  const std::vector<std::int64_t>& messages, TimePoint now) {
  Transaction tx = begin();
  Statement(m_db,
            "INSERT INTO digests (message_id, subject, status, mime, created_at) VALUES (?1, ?2, 'pending', ?3, ?4)",
            "write digest")
      .bind(1, message_id)
      .bind(2, subject)
      .bind_blob(3, mime)
      .bind(4, std::optional<TimePoint>(now))
      .run();
  std::int64_t id = sqlite3_last_insert_rowid(m_db);
  for (auto message : messages) {
    Statement(m_db, "INSERT INTO digest_items (digest, message) VALUES (?1, ?2)", "write digest item")
        .bind(1, id)
        .bind(2, message)
        .run();
  }
  tx.commit();
  return id;
}

void Store::mark_digest_sent(std::int64_t digest, TimePoint now) {
  Statement(m_db,
            "UPDATE digests SET status = 'sent', sent_at = ?2, attempts = attempts + 1, last_error = '' "
            "WHERE id = ?1",
            "mark digest sent")
      .bind(1, digest)
      .bind(2, std::optional<TimePoint>(now))
      .run();
}

void Store::record_digest_failure(std::int64_t digest, const std::string& error) {
  Statement(m_db, "UPDATE digests SET attempts = attempts + 1, last_error = ?2 WHERE id = ?1",
            "record digest failure")
      .bind(1, digest)
      .bind(2, error)
      .run();
}

std::optional<TimePoint> Store::last_digest_sent() {
  Statement s(m_db, "SELECT max(sent_at) FROM digests WHERE status = 'sent'", "read last digest");
  s.step();
  return s.time(0);
}

std::vector<ServerAction> Store::pending_actions() {
  Statement s(m_db,
              "SELECT m.id, m.mailbox, m.uidvalidity, m.uid FROM messages m "
              "JOIN digest_items i ON i.message = m.id JOIN digests d ON d.id = i.digest "
              "WHERE d.status = 'sent' AND m.action_done = 0 AND m.uid > 0 ORDER BY m.mailbox, m.uid",
              "list pending server actions");
  std::vector<ServerAction> out;
  while (s.step()) {
    out.push_back({s.integer(0), s.text(1), UidValidity{static_cast<std::uint32_t>(s.integer(2))},
                   Uid{static_cast<std::uint32_t>(s.integer(3))}});
  }
  return out;
}

void Store::mark_action_done(std::int64_t message) {
  Statement(m_db, "UPDATE messages SET action_done = 1 WHERE id = ?1", "mark server action done")
      .bind(1, message)
      .run();
}

Status Store::status() {
  Status st;
  {
    Statement s(m_db,
                "SELECT name, uidvalidity, last_uid, last_sync, "
                "(SELECT count(*) FROM messages m WHERE m.mailbox = b.name) FROM mailboxes b ORDER BY name",
                "read mailboxes");
    while (s.step()) {
      st.mailboxes.push_back({s.text(0), UidValidity{static_cast<std::uint32_t>(s.integer(1))},
                              Uid{static_cast<std::uint32_t>(s.integer(2))}, s.integer(4), s.time(3)});
      auto t = s.time(3);
      if (t && (!st.last_sync || *t > *st.last_sync)) st.last_sync = t;
    }
  }
  {
    Statement s(m_db, "SELECT status, count(*) FROM messages GROUP BY status", "count messages");
    while (s.step()) {
      switch (status_from(s.text(0))) {
        case MessageStatus::fresh: st.fresh = s.integer(1); break;
        case MessageStatus::processed: st.processed = s.integer(1); break;
        case MessageStatus::failed: st.failed = s.integer(1); break;
        case MessageStatus::skipped: st.skipped = s.integer(1); break;
      }
    }
  }
  {
    Statement s(m_db, "SELECT status, count(*) FROM digests GROUP BY status", "count digests");
    while (s.step()) (s.text(0) == "sent" ? st.digests_sent : st.digests_pending) = s.integer(1);
  }
  st.last_digest_sent = last_digest_sent();
  return st;
}

}  // namespace distill::store
