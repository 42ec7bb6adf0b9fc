#include "store/store.hpp"

#include <fcntl.h>
#include <openssl/evp.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

#include <nlohmann/json.hpp>

#include "store/statement.hpp"
#include "transform/json_text.hpp"
#include "transform/summary_json.hpp"

namespace distill::store {

namespace {

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
    // 2: the archive. Each processed issue's cleaned Document and removed
    // blocks (issues), a full-text index over title, source and cleaned text
    // (issue_search, rowid = message id), and when a message's bytes were
    // pruned. Issues processed before this version have no cleaned text
    // stored; they are indexed by their summary (summary_text), which is
    // made from the cleaned text and so holds no removed block either.
    R"sql(
CREATE TABLE issues (
  message     INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
  cleaned     TEXT NOT NULL
) STRICT;
CREATE VIRTUAL TABLE issue_search USING fts5(title, source, text, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIEW summary_text (message, title, source, text) AS
  SELECT s.message, coalesce(json_extract(s.summary, '$.title'), ''), s.source,
         coalesce(json_extract(s.summary, '$.lede'), '') || char(10) ||
         coalesce((SELECT group_concat(p.value, char(10)) FROM json_each(s.summary, '$.points') p), '') ||
         char(10) ||
         coalesce((SELECT group_concat(coalesce(json_extract(i.value, '$.title'), '') || ' ' ||
                                       coalesce(json_extract(i.value, '$.blurb'), ''), char(10))
                   FROM json_each(s.summary, '$.items') i), '')
  FROM summaries s;
ALTER TABLE messages ADD COLUMN pruned_at INTEGER;
INSERT INTO issue_search (rowid, title, source, text) SELECT message, title, source, text FROM summary_text;
)sql",
    // 3: faults that must not stop delivery. A digest the server refused for
    // good is marked refused (no longer pending); the issues of a refused
    // digest of several are sent again in digests of at most max_issues,
    // halving each time, so the one that caused it ends alone. A message the
    // server would not give is counted per UID until it is given up on.
    // Dedupe looks messages up by Message-ID and by mailbox position.
    R"sql(
ALTER TABLE digests ADD COLUMN refused_at INTEGER;
CREATE TABLE digest_limits (
  message     INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
  max_issues  INTEGER NOT NULL,
  last_error  TEXT NOT NULL
) STRICT;
CREATE TABLE fetch_failures (
  mailbox     TEXT NOT NULL,
  uidvalidity INTEGER NOT NULL,
  uid         INTEGER NOT NULL,
  attempts    INTEGER NOT NULL,
  last_error  TEXT NOT NULL,
  given_up    INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (mailbox, uidvalidity, uid)
) STRICT;
CREATE INDEX messages_message_id ON messages(message_id);
CREATE INDEX messages_position ON messages(mailbox, uidvalidity, uid);
)sql",
    // 4: the platform template. Which senders' issues contained a block, by
    // transform::platform_key (stored as a signed 64-bit integer): a block in
    // the issues of several senders is the mailing platform's boilerplate.
    R"sql(
CREATE TABLE platform_blocks (
  key       INTEGER NOT NULL,
  sender    TEXT NOT NULL,
  last_seen INTEGER NOT NULL,
  PRIMARY KEY (key, sender)
) STRICT, WITHOUT ROWID;
CREATE INDEX platform_blocks_seen ON platform_blocks(last_seen);
)sql",
    // 5: the number of platform_blocks rows, kept by triggers, so that
    // keeping the table bounded costs the rows over the bound, not a walk
    // over all of them for every issue.
    R"sql(
CREATE TABLE platform_block_count (
  rows INTEGER NOT NULL
) STRICT;
INSERT INTO platform_block_count (rows) SELECT count(*) FROM platform_blocks;
CREATE TRIGGER platform_blocks_added AFTER INSERT ON platform_blocks
BEGIN
  UPDATE platform_block_count SET rows = rows + 1;
END;
CREATE TRIGGER platform_blocks_removed AFTER DELETE ON platform_blocks
BEGIN
  UPDATE platform_block_count SET rows = rows - 1;
END;
)sql",
    // 6: a message's bytes in a table of their own. SQLite rewrites a whole
    // row to change one column of it, so marking a message processed
    // rewrote (and first read) its bytes, tens of kilobytes, as well.
    R"sql(
CREATE TABLE message_bytes (
  message     INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
  raw         BLOB NOT NULL
) STRICT;
INSERT INTO message_bytes (message, raw) SELECT id, raw FROM messages;
ALTER TABLE messages DROP COLUMN raw;
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

// A path for an SQLite URI filename: % ? and # escaped.
std::string uri_escape(std::string_view path) {
  std::string out;
  for (char c : path) {
    if (c == '%' || c == '?' || c == '#') {
      static const char* const k_hex = "0123456789ABCDEF";
      out += '%';
      out += k_hex[static_cast<unsigned char>(c) >> 4];
      out += k_hex[static_cast<unsigned char>(c) & 15];
    } else {
      out += c;
    }
  }
  return out;
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

// SHA-256 of what follows the header: one issue delivered twice differs in
// its Received: lines, not in its body.
std::string body_sha256(std::string_view bytes) {
  std::size_t at = bytes.find("\r\n\r\n");
  std::size_t skip = 4;
  // Only before the CRLF one: a message with CRLF line ends has no "\n\n"
  // at all, and looking for one read the whole message again.
  const std::size_t lf = bytes.substr(0, at).find("\n\n");
  if (lf != std::string_view::npos && (at == std::string_view::npos || lf < at)) {
    at = lf;
    skip = 2;
  }
  return sha256_hex(at == std::string_view::npos ? bytes : bytes.substr(at + skip));
}

// What makes two messages the same: the Message-ID together with the body (a
// Message-ID alone does not: senders reuse them, and anyone can send one that
// is expected first), or without a Message-ID the bytes.
// `body` is body_sha256(bytes) when the caller has it already (hashing a
// message is most of what storing it costs), else empty.
std::string dedupe_key(std::string_view message_id, std::string_view bytes, const std::string& body = {}) {
  if (message_id.empty()) return "sha256:" + sha256_hex(bytes);
  return "mid:" + std::string(message_id) + "#" + (body.empty() ? body_sha256(bytes) : body);
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
    : m_path(std::move(path)), m_db(db), m_lock_fd(lock_fd), m_statements(std::make_unique<StatementCache>()) {}

Store::Store(Store&& other) noexcept
    : m_path(std::move(other.m_path)),
      m_db(std::exchange(other.m_db, nullptr)),
      m_lock_fd(std::exchange(other.m_lock_fd, -1)),
      m_statements(std::move(other.m_statements)) {}

Store& Store::operator=(Store&& other) noexcept {
  if (this != &other) {
    this->~Store();
    m_path = std::move(other.m_path);
    m_db = std::exchange(other.m_db, nullptr);
    m_lock_fd = std::exchange(other.m_lock_fd, -1);
    m_statements = std::move(other.m_statements);
  }
  return *this;
}

Store::~Store() {
  m_statements.reset();  // finalized before the connection closes
  if (m_db) sqlite3_close_v2(m_db);
  if (m_lock_fd >= 0) ::close(m_lock_fd);  // releases the flock
  m_db = nullptr;
  m_lock_fd = -1;
}

int Store::current_schema_version() { return k_schema_version; }

Statement Store::cached(std::string_view sql, std::string_view what) {
  if (!m_statements) m_statements = std::make_unique<StatementCache>();
  auto found = m_statements->statements.find(std::string(sql));
  if (found == m_statements->statements.end()) {
    found =
        m_statements->statements.emplace(std::string(sql), StatementHandle(Statement::prepare(m_db, sql, what))).first;
  } else if (sqlite3_stmt_busy(found->second.get())) {
    // In use further up (a loop over its rows): this use gets its own.
    return Statement(m_db, sql, what);
  }
  return Statement(m_db, found->second.get(), what);
}

namespace {

// The store's own path with symlinks resolved, so that one store reached
// through two names takes one lock. A file not created yet resolves through
// its folder.
std::filesystem::path real_path(const std::filesystem::path& path) {
  std::error_code ec;
  auto real = std::filesystem::weakly_canonical(std::filesystem::absolute(path, ec), ec);
  return ec ? path : real;
}

std::vector<std::string> exposed_files(const std::filesystem::path& path) {
  std::vector<std::string> out;
  for (const char* suffix : {"", "-wal", "-shm"}) {
    const std::string file = path.string() + suffix;
    struct stat st {};
    if (::stat(file.c_str(), &st) == 0 && (st.st_mode & 0077) != 0) out.push_back(file);
  }
  return out;
}

}  // namespace

std::string Store::exposure() const {
  const auto files = exposed_files(m_path);
  if (files.empty()) return {};
  std::string list;
  for (const auto& f : files) list += (list.empty() ? "" : " ") + f;
  return "store " + m_path.string() + " can be read by other users; it holds your mail: chmod 600 " + list;
}

namespace {

// A new store: its folder only for its owner when distill makes it, and
// the database file 0600 before SQLite opens it (SQLite gives the -wal and
// -shm files the mode of the database).
void create_private(const std::filesystem::path& path) {
  std::error_code ec;
  if (path.has_parent_path() && !std::filesystem::exists(path.parent_path(), ec)) {
    std::filesystem::create_directories(path.parent_path(), ec);
    if (ec) throw Error("cannot create folder for store " + path.string() + ": " + ec.message());
    std::filesystem::permissions(path.parent_path(), std::filesystem::perms::owner_all, ec);
  }
  const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) throw Error("cannot create store " + path.string() + ": " + std::strerror(errno));
  ::close(fd);
}

}  // namespace

Store Store::open(const std::filesystem::path& given_path, Mode mode) {
  const auto path = real_path(given_path);
  int lock_fd = -1;
  if (mode == Mode::read_write) {
    create_private(path);
    std::string lock_path = path.string() + ".lock";
    lock_fd = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (lock_fd < 0) throw Error("cannot open lock file " + lock_path + ": " + std::strerror(errno));
    if (::flock(lock_fd, LOCK_EX | LOCK_NB) != 0) {
      int err = errno;
      ::close(lock_fd);
      if (err == EWOULDBLOCK) throw BusyError("another distill is running on " + given_path.string());
      throw Error("cannot lock " + lock_path + ": " + std::strerror(err));
    }
  } else if (!std::filesystem::exists(path)) {
    throw Error("no store at " + given_path.string() + " (nothing was ingested yet)");
  }

  sqlite3* db = nullptr;
  int flags = mode == Mode::read_write ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY;
  int rc = sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  // A reader of a store it may not write to (a read-only folder or file
  // system, another user's store) cannot make the WAL index SQLite wants:
  // it reads the file as it is, a snapshot, which is all `status` needs.
  if (mode == Mode::read_only && rc == SQLITE_OK &&
      sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr) != SQLITE_OK) {
    sqlite3_close_v2(db);
    db = nullptr;
    const std::string uri = "file:" + uri_escape(path.string()) + "?immutable=1";
    rc = sqlite3_open_v2(uri.c_str(), &db, flags | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nullptr);
  }
  Store store(path, db, lock_fd);  // owns db and the lock from here on, even on failure
  if (rc != SQLITE_OK) {
    throw Error("cannot open store " + path.string() + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
  }
  sqlite3_busy_timeout(db, 5000);
  sqlite3_extended_result_codes(db, 1);
  exec(db, "PRAGMA foreign_keys = ON", "enable foreign keys");
  if (mode == Mode::read_write) {
    // A new store's pages are 16 KB, not SQLite's 4 KB: a message's bytes
    // (40 KB or so) then span 3 overflow pages where they spanned 11, and
    // each page costs its own writes to the log and again at a checkpoint.
    // A store that exists keeps the page size it has.
    exec(db, "PRAGMA page_size = 16384", "set page size");
    exec(db, "PRAGMA journal_mode = WAL", "enable WAL");
    exec(db, "PRAGMA synchronous = NORMAL", "set synchronous");
    migrate(db, path);
  } else if (user_version(db) != k_schema_version) {
    throw Error("store " + path.string() + " has schema version " + std::to_string(user_version(db)) +
                "; run a command that writes (e.g. distill ingest) to upgrade it");
  }
  return store;
}

Store Store::another_writer() const {
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(m_path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
  Store store(m_path, db, -1);  // owns db from here on, even on failure; the lock stays this one's
  if (rc != SQLITE_OK) {
    throw Error("cannot open store " + m_path.string() + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
  }
  // The other writer is this process's own: its transactions end, so a
  // slow host makes this one wait longer rather than fail a fetched batch.
  sqlite3_busy_timeout(db, 60000);
  sqlite3_extended_result_codes(db, 1);
  exec(db, "PRAGMA foreign_keys = ON", "enable foreign keys");
  exec(db, "PRAGMA synchronous = NORMAL", "set synchronous");
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
  cached(
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
  if (m.raw.uid.value > 0) {
    Statement same_place =
        cached("SELECT 1 FROM messages WHERE mailbox = ?1 AND uidvalidity = ?2 AND uid = ?3", "look up message by UID");
    same_place.bind(1, m.raw.mailbox)
        .bind(2, static_cast<std::int64_t>(m.raw.uidvalidity.value))
        .bind(3, static_cast<std::int64_t>(m.raw.uid.value));
    if (same_place.step()) return AddResult::duplicate;
  }
  // The body's hash once: the key holds it, and a store made before schema 3 compares it.
  const std::string body = m.info.message_id.empty() ? std::string() : body_sha256(m.raw.bytes);
  const std::string key = dedupe_key(m.info.message_id, m.raw.bytes, body);
  if (!m.info.message_id.empty()) {
    // Stores made before schema 3 keyed a message by its Message-ID alone.
    Statement older =
        cached("SELECT b.raw FROM messages m JOIN message_bytes b ON b.message = m.id WHERE m.dedupe_key = ?1",
               "look up message by Message-ID");
    older.bind(1, "mid:" + m.info.message_id);
    if (older.step() && body_sha256(older.text(0)) == body) return AddResult::duplicate;
  }
  // The row and its bytes together, or neither: in the caller's transaction
  // (which a failure here rolls back as it leaves it), else in one of its
  // own. Not a savepoint: SQLite keeps a copy of every page first changed
  // under a savepoint until it ends, a temporary file the kernel writes.
  std::optional<Transaction> own;
  if (sqlite3_get_autocommit(m_db)) own.emplace(begin());
  if (!insert_message(m, key, now)) {
    if (own) own->commit();
    return AddResult::duplicate;
  }
  cached("INSERT INTO message_bytes (message, raw) VALUES (?1, ?2)", "store message bytes")
      .bind(1, static_cast<std::int64_t>(sqlite3_last_insert_rowid(m_db)))
      .bind_blob(2, m.raw.bytes)
      .run();
  if (own) own->commit();
  return AddResult::added;
}

bool Store::insert_message(const IncomingMessage& m, const std::string& key, TimePoint now) {
  Statement s = cached(
      "INSERT INTO messages (mailbox, uidvalidity, uid, dedupe_key, message_id, from_addr, list_id, "
      "subject, date, internal_date, size, status, error, ingested_at) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) "
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
      .bind(12, to_string(m.status))
      .bind(13, m.reason)
      .bind(14, std::optional<TimePoint>(now));
  s.run();
  return sqlite3_changes(m_db) > 0;
}

std::vector<std::int64_t> Store::message_ids(MessageStatus status, std::int64_t after) {
  Statement s(m_db, "SELECT id FROM messages WHERE status = ?1 AND id > ?2 ORDER BY id", "list messages");
  s.bind(1, to_string(status)).bind(2, after);
  std::vector<std::int64_t> ids;
  while (s.step()) ids.push_back(s.integer(0));
  return ids;
}

StoredMessage Store::message(std::int64_t id) {
  Statement s = cached(
      "SELECT m.mailbox, m.uidvalidity, m.uid, b.raw, m.internal_date, m.message_id, m.from_addr, m.list_id, "
      "m.subject, m.date, m.status, m.error FROM messages m JOIN message_bytes b ON b.message = m.id WHERE m.id = ?1",
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
  store_summary(id, source, transform::to_json(summary).dump(), transform::to_json_text(block_texts), now);
}

void Store::store_summary(std::int64_t id, const std::string& source, const std::string& summary_json,
                          const std::string& blocks_json, TimePoint now) {
  cached(
      "INSERT INTO summaries (message, source, summary, blocks, created_at) VALUES (?1, ?2, ?3, ?4, ?5) "
      "ON CONFLICT(message) DO UPDATE SET source = ?2, summary = ?3, blocks = ?4, created_at = ?5",
      "store summary")
      .bind(1, id)
      .bind(2, source)
      .bind(3, summary_json)
      .bind(4, blocks_json)
      .bind(5, std::optional<TimePoint>(now))
      .run();
  cached("UPDATE messages SET status = 'processed', error = '', processed_at = ?2 WHERE id = ?1",
         "mark message processed")
      .bind(1, id)
      .bind(2, std::optional<TimePoint>(now))
      .run();
}

void Store::mark_failed(std::int64_t id, const std::string& error) {
  cached("UPDATE messages SET status = 'failed', error = ?2 WHERE id = ?1", "mark message failed")
      .bind(1, id)
      .bind(2, error)
      .run();
}

void Store::mark_skipped(std::int64_t id, const std::string& reason) {
  cached("UPDATE messages SET status = 'skipped', error = ?2 WHERE id = ?1", "mark message skipped")
      .bind(1, id)
      .bind(2, reason)
      .run();
}

std::optional<std::int64_t> Store::find_message(std::string_view message_id, std::string_view raw_bytes) {
  Statement s = cached("SELECT id FROM messages WHERE dedupe_key = ?1", "find message");
  s.bind(1, dedupe_key(message_id, raw_bytes));
  if (!s.step()) return std::nullopt;
  return s.integer(0);
}

std::vector<std::vector<std::string>> Store::sender_history(std::string_view from_address, std::int64_t before,
                                                            int limit) {
  Statement s = cached(
      "SELECT s.blocks FROM summaries s JOIN messages m ON m.id = s.message "
      "WHERE m.from_addr = ?1 AND m.id < ?2 ORDER BY m.id DESC LIMIT ?3",
      "read sender history");
  s.bind(1, from_address).bind(2, before).bind(3, static_cast<std::int64_t>(limit));
  std::vector<std::vector<std::string>> history;
  while (s.step()) history.push_back(nlohmann::json::parse(s.text(0)).get<std::vector<std::string>>());
  return history;
}

void Store::record_platform_keys(std::string_view sender, const std::vector<std::uint64_t>& keys, TimePoint now) {
  if (keys.empty()) return;
  // All of it or none: in the caller's transaction (which a failure here
  // rolls back as it leaves it), else in one of its own. Not a savepoint:
  // SQLite keeps a copy of every page first changed under a savepoint until
  // it ends, and the keys of an issue are spread over the whole table, so
  // that copy was a temporary file the kernel wrote, some 90 KB an issue.
  std::optional<Transaction> own;
  if (sqlite3_get_autocommit(m_db)) own.emplace(begin());
  Statement s = cached(
      "INSERT INTO platform_blocks (key, sender, last_seen) VALUES (?1, ?2, ?3) "
      "ON CONFLICT (key, sender) DO UPDATE SET last_seen = excluded.last_seen",
      "record platform keys");
  for (std::uint64_t key : keys) {
    s.bind(1, static_cast<std::int64_t>(key)).bind(2, sender).bind(3, std::optional<TimePoint>(now));
    s.run();
    s.reset();
  }
  // Bounded: the rows seen least recently go first, those older than the
  // newest k_platform_rows + 1st. Counted from the oldest end, that one
  // is the (rows - k_platform_rows)th, so finding it walks only the rows
  // over the bound.
  std::int64_t rows = 0;
  {
    Statement count = cached("SELECT rows FROM platform_block_count", "count platform keys");
    if (count.step()) rows = count.integer(0);
  }
  if (rows > k_platform_rows) {
    Statement prune = cached(
        "DELETE FROM platform_blocks WHERE last_seen < (SELECT last_seen FROM platform_blocks "
        "ORDER BY last_seen LIMIT 1 OFFSET ?1)",
        "prune platform keys");
    prune.bind(1, rows - k_platform_rows - 1);
    prune.run();
  }
  if (own) own->commit();
}

std::unordered_map<std::uint64_t, int> Store::platform_senders(std::string_view sender,
                                                              const std::vector<std::uint64_t>& keys) {
  std::unordered_map<std::uint64_t, int> out;
  Statement s = cached("SELECT COUNT(*) FROM platform_blocks WHERE key = ?1 AND sender <> ?2", "read platform keys");
  for (std::uint64_t key : keys) {
    s.bind(1, static_cast<std::int64_t>(key)).bind(2, sender);
    if (s.step() && s.integer(0) > 0) out[key] = static_cast<int>(s.integer(0));
    s.reset();
  }
  return out;
}

std::vector<SummaryRecord> Store::undigested_summaries() {
  Statement s(m_db,
              "SELECT s.message, s.source, s.summary, coalesce(l.max_issues, 0) FROM summaries s "
              "JOIN messages m ON m.id = s.message LEFT JOIN digest_limits l ON l.message = s.message "
              "WHERE m.status = 'processed' AND NOT EXISTS (SELECT 1 FROM digest_items d WHERE d.message = s.message) "
              "ORDER BY s.message",
              "list undigested summaries");
  std::vector<SummaryRecord> out;
  while (s.step()) {
    out.push_back({s.integer(0), s.text(1), transform::summary_from_json(nlohmann::json::parse(s.text(2))),
                   static_cast<int>(s.integer(3))});
  }
  return out;
}

namespace {

// The undigested issues, oldest first, as FROM ... WHERE of a SELECT whose
// `s.message` is the issue and `coalesce(l.max_issues, 0)` its limit.
constexpr const char* k_undigested =
    " FROM summaries s JOIN messages m ON m.id = s.message LEFT JOIN digest_limits l ON l.message = s.message "
    "WHERE m.status = 'processed' AND NOT EXISTS (SELECT 1 FROM digest_items d WHERE d.message = s.message) ";

}  // namespace

std::int64_t Store::undigested_count() {
  Statement s(m_db, std::string("SELECT count(*)") + k_undigested, "count undigested issues");
  s.step();
  return s.integer(0);
}

std::int64_t Store::take_batch(std::int64_t limit) {
  // A temporary table: it lives in this connection's own temporary file,
  // not in the store, and goes with the connection.
  exec(m_db, "CREATE TEMP TABLE IF NOT EXISTS deliver_batch (message INTEGER PRIMARY KEY)", "make digest batch");
  exec(m_db, "DELETE FROM temp.deliver_batch", "clear digest batch");
  Statement clean(m_db, std::string("SELECT EXISTS (SELECT 1") + k_undigested + "AND coalesce(l.max_issues, 0) = 0)",
                  "look for never refused issues");
  clean.step();
  if (clean.integer(0) != 0) {
    Statement(m_db,
              std::string("INSERT INTO temp.deliver_batch (message) SELECT s.message") + k_undigested +
                  "AND coalesce(l.max_issues, 0) = 0 ORDER BY s.message LIMIT ?1",
              "take digest batch")
        .bind(1, limit)
        .run();
  } else {
    // The oldest refused issues, no more of them than the smallest limit
    // among those taken allows.
    std::int64_t taken = 0;
    {
      Statement limits(m_db, std::string("SELECT l.max_issues") + k_undigested + "ORDER BY s.message",
                       "read refused limits");
      std::int64_t allowed = -1;
      while (limits.step() && taken != limit) {
        allowed = allowed < 0 ? limits.integer(0) : std::min(allowed, limits.integer(0));
        if (taken >= allowed) break;
        ++taken;
      }
    }
    Statement(m_db,
              std::string("INSERT INTO temp.deliver_batch (message) SELECT s.message") + k_undigested +
                  "ORDER BY s.message LIMIT ?1",
              "take refused digest batch")
        .bind(1, taken)
        .run();
  }
  return sqlite3_changes64(m_db);
}

std::vector<std::int64_t> Store::batch_messages(std::int64_t after, std::size_t limit) {
  Statement s(m_db, "SELECT message FROM temp.deliver_batch WHERE message > ?1 ORDER BY message LIMIT ?2",
              "read digest batch");
  s.bind(1, after).bind(2, static_cast<std::int64_t>(limit));
  std::vector<std::int64_t> out;
  while (s.step()) out.push_back(s.integer(0));
  return out;
}

std::optional<transform::Summary> Store::summary(std::int64_t message) {
  Statement s(m_db, "SELECT summary FROM summaries WHERE message = ?1", "read summary");
  s.bind(1, message);
  if (!s.step()) return std::nullopt;
  return transform::summary_from_json(nlohmann::json::parse(s.text(0)));
}

std::optional<DigestRecord> Store::pending_digest() {
  Statement s(m_db,
              "SELECT id, message_id, subject, attempts, last_error, mime, created_at FROM digests "
              "WHERE status = 'pending' AND refused_at IS NULL ORDER BY id LIMIT 1",
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
  Statement items(m_db, "SELECT count(*) FROM digest_items WHERE digest = ?1", "count digest items");
  items.bind(1, d.id);
  items.step();
  d.issues = items.integer(0);
  return d;
}

std::vector<std::int64_t> Store::digest_messages(std::int64_t digest) {
  Statement items(m_db, "SELECT message FROM digest_items WHERE digest = ?1 ORDER BY message", "read digest items");
  items.bind(1, digest);
  std::vector<std::int64_t> out;
  while (items.step()) out.push_back(items.integer(0));
  return out;
}

namespace {

// A digest's row, pending, in the caller's transaction; its id.
std::int64_t insert_pending_digest(sqlite3* db, const std::string& message_id, const std::string& subject,
                                   const std::string& mime, TimePoint now) {
  Statement(db,
            "INSERT INTO digests (message_id, subject, status, mime, created_at) VALUES (?1, ?2, 'pending', ?3, ?4)",
            "write digest")
      .bind(1, message_id)
      .bind(2, subject)
      .bind_blob(3, mime)
      .bind(4, std::optional<TimePoint>(now))
      .run();
  return sqlite3_last_insert_rowid(db);
}

}  // namespace

std::int64_t Store::create_digest(const std::string& message_id, const std::string& subject, const std::string& mime,
                                  const std::vector<std::int64_t>& messages, TimePoint now) {
  Transaction tx = begin();
  const std::int64_t id = insert_pending_digest(m_db, message_id, subject, mime, now);
  for (auto message : messages) {
    Statement(m_db, "INSERT INTO digest_items (digest, message) VALUES (?1, ?2)", "write digest item")
        .bind(1, id)
        .bind(2, message)
        .run();
  }
  tx.commit();
  return id;
}

std::int64_t Store::create_batch_digest(const std::string& message_id, const std::string& subject,
                                        const std::string& mime, std::int64_t issues, TimePoint now) {
  Transaction tx = begin();
  const std::int64_t id = insert_pending_digest(m_db, message_id, subject, mime, now);
  Statement(m_db,
            "INSERT INTO digest_items (digest, message) "
            "SELECT ?1, message FROM temp.deliver_batch ORDER BY message LIMIT ?2",
            "write digest items")
      .bind(1, id)
      .bind(2, issues)
      .run();
  if (sqlite3_changes64(m_db) != issues) {
    throw Error("store " + m_path.string() + ": the digest's batch holds fewer than its " + std::to_string(issues) +
                " issues");
  }
  tx.commit();
  exec(m_db, "DELETE FROM temp.deliver_batch", "clear digest batch");
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

void Store::refuse_digest(std::int64_t digest, const std::string& error, TimePoint now) {
  Transaction tx = begin();
  Statement(m_db, "UPDATE digests SET attempts = attempts + 1, last_error = ?2, refused_at = ?3 WHERE id = ?1",
            "record refused digest")
      .bind(1, digest)
      .bind(2, error)
      .bind(3, std::optional<TimePoint>(now))
      .run();
  Statement count(m_db, "SELECT count(*) FROM digest_items WHERE digest = ?1", "count digest items");
  count.bind(1, digest);
  count.step();
  const std::int64_t issues = count.integer(0);
  if (issues > 1) {
    const auto half = (issues + 1) / 2;
    Statement(m_db,
              "INSERT INTO digest_limits (message, max_issues, last_error) "
              "SELECT message, ?2, ?3 FROM digest_items WHERE digest = ?1 AND true "
              "ON CONFLICT(message) DO UPDATE SET max_issues = min(max_issues, ?2), last_error = ?3",
              "limit refused issues")
        .bind(1, digest)
        .bind(2, half)
        .bind(3, error)
        .run();
    Statement(m_db, "DELETE FROM digest_items WHERE digest = ?1", "give back refused issues").bind(1, digest).run();
  }
  tx.commit();
}

int Store::record_fetch_failure(std::string_view mailbox, UidValidity uidvalidity, Uid uid, const std::string& error) {
  Statement(m_db,
            "INSERT INTO fetch_failures (mailbox, uidvalidity, uid, attempts, last_error) VALUES (?1, ?2, ?3, 1, ?4) "
            "ON CONFLICT(mailbox, uidvalidity, uid) DO UPDATE SET attempts = attempts + 1, last_error = ?4",
            "record fetch failure")
      .bind(1, mailbox)
      .bind(2, static_cast<std::int64_t>(uidvalidity.value))
      .bind(3, static_cast<std::int64_t>(uid.value))
      .bind(4, error)
      .run();
  Statement s(m_db, "SELECT attempts FROM fetch_failures WHERE mailbox = ?1 AND uidvalidity = ?2 AND uid = ?3",
              "read fetch failures");
  s.bind(1, mailbox).bind(2, static_cast<std::int64_t>(uidvalidity.value)).bind(3, static_cast<std::int64_t>(uid.value));
  s.step();
  return static_cast<int>(s.integer(0));
}

void Store::give_up_fetch(std::string_view mailbox, UidValidity uidvalidity, Uid uid) {
  Statement(m_db, "UPDATE fetch_failures SET given_up = 1 WHERE mailbox = ?1 AND uidvalidity = ?2 AND uid = ?3",
            "give up fetching")
      .bind(1, mailbox)
      .bind(2, static_cast<std::int64_t>(uidvalidity.value))
      .bind(3, static_cast<std::int64_t>(uid.value))
      .run();
}

void Store::clear_fetch_failure(std::string_view mailbox, UidValidity uidvalidity, Uid uid) {
  Statement(m_db, "DELETE FROM fetch_failures WHERE mailbox = ?1 AND uidvalidity = ?2 AND uid = ?3",
            "clear fetch failure")
      .bind(1, mailbox)
      .bind(2, static_cast<std::int64_t>(uidvalidity.value))
      .bind(3, static_cast<std::int64_t>(uid.value))
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
    Statement s(m_db, "SELECT status, count(*) FROM digests WHERE refused_at IS NULL GROUP BY status",
                "count digests");
    while (s.step()) (s.text(0) == "sent" ? st.digests_sent : st.digests_pending) = s.integer(1);
  }
  {
    Statement s(m_db,
                "SELECT message_id, last_error, (SELECT count(*) FROM digest_items i WHERE i.digest = d.id), "
                "refused_at FROM digests d WHERE refused_at IS NOT NULL ORDER BY refused_at DESC, id DESC",
                "list refused digests");
    while (s.step()) st.refused.push_back({s.text(0), s.text(1), s.integer(2), *s.time(3)});
  }
  {
    Statement s(m_db,
                "SELECT mailbox, uidvalidity, uid, attempts, last_error, given_up FROM fetch_failures "
                "ORDER BY mailbox, uid",
                "list fetch failures");
    while (s.step()) {
      st.fetch_failures.push_back({s.text(0), UidValidity{static_cast<std::uint32_t>(s.integer(1))},
                                   Uid{static_cast<std::uint32_t>(s.integer(2))}, static_cast<int>(s.integer(3)),
                                   s.text(4), s.integer(5) != 0});
    }
  }
  st.last_digest_sent = last_digest_sent();
  return st;
}

}  // namespace distill::store
