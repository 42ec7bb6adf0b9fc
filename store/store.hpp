#pragma once
// The state of distill in one SQLite file (WAL mode): mailboxes and their
// IMAP cursors, the messages as fetched, their summaries, and the digests
// with what each one carried. This is the only place SQL lives.
//
// Durability contract, relied on by app/:
// - A message is stored (add_message inside a committed Transaction) before
//   anything is done to it on the server.
// - A digest row with its Message-ID and the issues it carries is written
//   (create_digest, create_batch_digest) before the digest is sent, and
//   marked sent afterwards, so a crash between the two leaves a pending
//   digest that the next run resends with the same id and the same issues,
//   and no other digest carries them.
//
// All functions throw store::Error on an SQLite failure, naming the store
// file, the statement's purpose and SQLite's message. One Store is used by one thread.

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "transform/message.hpp"
#include "transform/summary.hpp"

struct sqlite3;

namespace distill::store {

class Statement;
struct StatementCache;

class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Another distill process holds the store for writing.
class BusyError : public Error {
 public:
  using Error::Error;
};

using transform::Uid;
using transform::UidValidity;
using Clock = std::chrono::system_clock;
using TimePoint = std::chrono::sys_seconds;

enum class MessageStatus { fresh, processed, failed, skipped };  // fresh is "new"
std::string_view to_string(MessageStatus status);

struct MailboxState {
  std::string name;
  UidValidity uidvalidity;
  Uid last_uid;
  std::int64_t messages = 0;          // stored messages that came from this mailbox
  std::optional<TimePoint> last_sync;
  bool operator==(const MailboxState&) const = default;
};

// Header facts kept beside the bytes, for dedupe, matching and status.
struct MessageInfo {
  std::string message_id;   // without <>; empty when the message has none
  std::string from;         // the sender's address, lower case
  std::string list_id;
  std::string subject;
  std::optional<TimePoint> date;
  bool operator==(const MessageInfo&) const = default;
};

struct IncomingMessage {
  transform::RawMessage raw;
  MessageInfo info;
  MessageStatus status = MessageStatus::fresh;  // skipped for e.g. oversize messages
  std::string reason;                           // why skipped, empty otherwise
};

enum class AddResult { added, duplicate };

// What the store keeps of a processed message, serialized: made by
// Store::prepare_processed on any thread (the process stage's workers), so
// that the thread that owns the Store only binds and steps.
struct ProcessedRows {
  std::string source;
  std::string summary;  // the Summary as JSON
  std::string title;    // the summary's title, indexed for search
  std::string blocks;   // the decoded issue's block texts as JSON: later issues' history
  std::string cleaned;  // the CleanResult as JSON: the archived issue
  std::string text;     // the cleaned text, indexed for search
};

struct StoredMessage {
  std::int64_t id = 0;
  transform::RawMessage raw;
  MessageInfo info;
  MessageStatus status = MessageStatus::fresh;
  std::string error;  // failure or skip reason
};

struct SummaryRecord {
  std::int64_t message = 0;  // StoredMessage::id
  std::string source;
  transform::Summary summary;
  // 0: none. Otherwise the issue was in a digest the server refused for
  // good, and goes out again only in a digest of at most this many issues.
  int max_issues = 0;
};

enum class DigestStatus { pending, sent };

struct DigestRecord {
  std::int64_t id = 0;
  std::string message_id;  // without <>
  std::string subject;
  DigestStatus status = DigestStatus::pending;
  int attempts = 0;
  std::string last_error;
  std::string mime;        // the message exactly as it is (re)sent
  TimePoint created{};
  std::optional<TimePoint> sent;
  std::int64_t issues = 0;  // how many issues it carries (Store::digest_messages lists them)
};

// A message whose digest was sent and on which the configured server-side
// action (mark seen, move) has not been done yet.
struct ServerAction {
  std::int64_t message = 0;
  std::string mailbox;
  UidValidity uidvalidity;
  Uid uid;
};

// A message the server listed but would not give (a FETCH answered with
// BYE or NO, or without its bytes).
struct FetchFailure {
  std::string mailbox;
  UidValidity uidvalidity;
  Uid uid;
  int attempts = 0;
  std::string error;      // the server's reply to the last attempt
  bool given_up = false;  // attempts ran out: the cursor passed it
  bool operator==(const FetchFailure&) const = default;
};

// A digest the server refused for good (a 5xx reply to its content).
struct RefusedDigest {
  std::string message_id;
  std::string error;
  std::int64_t issues = 0;  // issues it still holds: 1 for one never sent, 0 when they went back
  TimePoint refused{};
};

struct Status {
  std::vector<MailboxState> mailboxes;
  std::int64_t fresh = 0, processed = 0, failed = 0, skipped = 0;
  std::int64_t digests_pending = 0, digests_sent = 0;
  std::optional<TimePoint> last_sync;
  std::optional<TimePoint> last_digest_sent;
  std::vector<RefusedDigest> refused;        // newest first
  std::vector<FetchFailure> fetch_failures;  // by mailbox and UID
};

class Store;

// -- the archive (store/archive.cpp) -----------------------------------------

// A search query the full-text index could not read (bad FTS5 syntax). The
// message says what was wrong in the user's terms, never in SQL's.
class QueryError : public Error {
 public:
  using Error::Error;
};

struct SearchQuery {
  std::string match;                // FTS5 query syntax: words, "a phrase", AND, OR, NOT, prefix*
  std::string source;               // only this source (as the digest titles it); empty: all
  std::optional<TimePoint> since;   // only issues dated at or after this
  int limit = 50;
};

struct SearchHit {
  std::int64_t message = 0;
  std::optional<TimePoint> date;    // the issue's Date header, else when it was ingested
  std::string source;
  std::string title;
  std::string snippet;              // the best matching passage, matches in [brackets]
};

// A processed issue as the archive keeps it.
struct ArchivedIssue {
  std::int64_t message = 0;
  MessageInfo info;
  std::string source;
  transform::Summary summary;
  // Kept and removed blocks; nullopt when the issue was processed before the
  // archive kept them, or when it was pruned.
  std::optional<transform::CleanResult> cleaned;
  TimePoint processed{};
  std::optional<TimePoint> pruned;
};

// A message that retention may prune: older than the cut-off, its bytes
// still there, and not waiting for a digest.
struct PruneCandidate {
  std::int64_t message = 0;
  std::string subject;
  std::optional<TimePoint> date;
  std::int64_t bytes = 0;           // size of the raw message
};

// BEGIN IMMEDIATE ... COMMIT. The destructor rolls back unless commit() ran.
class Transaction {
 public:
  Transaction(Transaction&& other) noexcept;
  Transaction& operator=(Transaction&&) = delete;
  ~Transaction();
  void commit();

 private:
  friend class Store;
  explicit Transaction(sqlite3* db);
  sqlite3* m_db;
};

class Store {
 public:
  enum class Mode { read_write, read_only };

  // Opens the store at `path`, creating the file (0600) and its folder
  // (0700) and applying migrations up to current_schema_version().
  // read_write also takes an exclusive lock (a `PATH.lock` file beside the
  // real file, symlinks resolved) for the life of the Store: a second
  // writer, whatever name it uses, gets BusyError "another distill is
  // running on PATH". read_only neither migrates nor locks, and works on a
  // store it may not write to; a missing file then throws Error.
  static Store open(const std::filesystem::path& path, Mode mode = Mode::read_write);
  // Another read-write connection to this store, for a second thread of the
  // same process while this Store holds the lock (`run` ingests through one
  // while it processes through the other). It takes no lock of its own and
  // applies no migration; SQLite runs the two connections' transactions one
  // after the other, each waiting for the other's within the busy timeout.
  Store another_writer() const;
  static int current_schema_version();

  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;
  ~Store();

  // The store's path, symlinks resolved.
  const std::filesystem::path& path() const { return m_path; }
  // A warning when the store's files can be read by other users (a store
  // made before distill created them 0600), else empty.
  std::string exposure() const;
  int schema_version();
  Transaction begin();

  // -- ingest ---------------------------------------------------------------
  std::optional<MailboxState> mailbox(std::string_view name);
  // Records the cursor of a mailbox. Call inside the batch's transaction so
  // the cursor advances with the messages.
  void set_mailbox(std::string_view name, UidValidity uidvalidity, Uid last_uid, TimePoint now);
  // Stores a message unless it is already stored: a message from the same
  // mailbox, UIDVALIDITY and UID, or one with the same Message-ID and the
  // same body (SHA-256 of what follows the header), or, without a
  // Message-ID, the same bytes. Two different messages that carry one
  // Message-ID are both kept.
  AddResult add_message(const IncomingMessage& message, TimePoint now);
  // A message the server would not give: counts this attempt with the
  // server's reply and returns the number of attempts so far.
  int record_fetch_failure(std::string_view mailbox, UidValidity uidvalidity, Uid uid, const std::string& error);
  // The attempts ran out: the cursor may pass it; status lists it.
  void give_up_fetch(std::string_view mailbox, UidValidity uidvalidity, Uid uid);
  // The server gave it at last: forget the failures.
  void clear_fetch_failure(std::string_view mailbox, UidValidity uidvalidity, Uid uid);

  // -- process --------------------------------------------------------------
  // The ids of the messages in `status`, ascending; only those above
  // `after` when it is given.
  std::vector<std::int64_t> message_ids(MessageStatus status, std::int64_t after = 0);
  StoredMessage message(std::int64_t id);
  // Stores the summary and the block texts of the decoded issue (the history
  // that template learning reads), and marks the message processed.
  void mark_processed(std::int64_t id, const std::string& source, const transform::Summary& summary,
                      const std::vector<std::string>& block_texts, TimePoint now);
  // What mark_processed and archive_issue write, in two calls: the rows as
  // prepare_processed made them. Call both in one transaction:
  // write_processed for the summary, the history and the archived issue,
  // and index_processed for the search row, after every other write of the
  // transaction. FTS5 keeps the rows a transaction indexes in memory and
  // writes them as one segment at its commit, but it also writes them out
  // whenever a savepoint or a statement that may fail halfway (an upsert
  // with a trigger, such as record_platform_keys) begins: indexed between
  // such writes, every issue became a segment of its own, merged into the
  // others again and again.
  static ProcessedRows prepare_processed(const std::string& source, const transform::Summary& summary,
                                         const std::vector<std::string>& block_texts,
                                         const transform::CleanResult& cleaned);
  void write_processed(std::int64_t id, const ProcessedRows& rows, TimePoint now);
  void index_processed(std::int64_t id, const ProcessedRows& rows);
  void mark_failed(std::int64_t id, const std::string& error);
  void mark_skipped(std::int64_t id, const std::string& reason);
  // The id of the stored message that add_message would take `raw_bytes`
  // with this Message-ID for (its duplicate), if there is one.
  std::optional<std::int64_t> find_message(std::string_view message_id, std::string_view raw_bytes);
  // Block texts of up to `limit` processed issues from `from_address` stored
  // before message `before`, newest first.
  std::vector<std::vector<std::string>> sender_history(std::string_view from_address, std::int64_t before,
                                                       int limit);

  // -- platform template ----------------------------------------------------
  // The table is bounded: past this many rows, the least recently seen go.
  static constexpr int k_platform_rows = 200000;
  // Records that an issue of `sender` contained blocks with these keys
  // (transform::platform_keys). In the caller's transaction when there is
  // one, which must then be rolled back if this throws.
  void record_platform_keys(std::string_view sender, const std::vector<std::uint64_t>& keys, TimePoint now);
  // For each key of `keys` seen in other senders' issues, how many other
  // senders; keys no other sender had are left out.
  std::unordered_map<std::uint64_t, int> platform_senders(std::string_view sender,
                                                         const std::vector<std::uint64_t>& keys);

  // -- deliver --------------------------------------------------------------
  // Processed summaries not carried by any digest, pending or sent, oldest first.
  std::vector<SummaryRecord> undigested_summaries();
  // How many issues undigested_summaries() would list. Deliver holds no
  // list of them: the store takes a digest's issues into a batch
  // (take_batch) and compose reads their summaries one at a time
  // (summary), so that a backlog of any size is never in memory.
  std::int64_t undigested_count();
  // Takes the issues of the next digest, oldest first, into this
  // connection's batch (a temporary table, not in the store file; what an
  // earlier call took is dropped): the undigested issues never refused, if
  // there are any; else the oldest refused ones, no more of them than
  // their limits allow (SummaryRecord::max_issues); at most `limit` of
  // them when it is not negative. Returns how many. An issue processed
  // after this call is not in the batch, so the digest composed of it does
  // not carry it, and the batch is never in memory.
  std::int64_t take_batch(std::int64_t limit = -1);
  // Up to `limit` issues of the batch after message `after`, oldest first.
  std::vector<std::int64_t> batch_messages(std::int64_t after, std::size_t limit);
  // The stored summary of message `message`; nullopt when it has none.
  std::optional<transform::Summary> summary(std::int64_t message);
  // The oldest digest written but not yet sent nor refused, if any.
  std::optional<DigestRecord> pending_digest();
  std::int64_t create_digest(const std::string& message_id, const std::string& subject, const std::string& mime,
                             const std::vector<std::int64_t>& messages, TimePoint now);
  // The same, carrying the oldest `issues` of the batch (take_batch), which
  // is then cleared. Throws Error, writing nothing, when the batch has fewer.
  std::int64_t create_batch_digest(const std::string& message_id, const std::string& subject, const std::string& mime,
                                   std::int64_t issues, TimePoint now);
  // The issues digest `digest` carries, oldest first.
  std::vector<std::int64_t> digest_messages(std::int64_t digest);
  void mark_digest_sent(std::int64_t digest, TimePoint now);
  void record_digest_failure(std::int64_t digest, const std::string& error);
  // The server refused the digest for good: it is no longer pending. A
  // digest of several issues gives them back, each limited to digests of at
  // most half as many (SummaryRecord::max_issues), so that halving ends
  // with the issue that caused it alone; a digest of one issue keeps it,
  // and that issue is never sent.
  void refuse_digest(std::int64_t digest, const std::string& error, TimePoint now);
  std::optional<TimePoint> last_digest_sent();

  // -- server-side actions after delivery -----------------------------------
  std::vector<ServerAction> pending_actions();
  void mark_action_done(std::int64_t message);

  Status status();

  // -- the archive (store/archive.cpp) --------------------------------------
  // Keeps the cleaned issue of a processed message and indexes its title,
  // source and cleaned text for search. Call after mark_processed, in the
  // same transaction.
  void archive_issue(std::int64_t id, const transform::CleanResult& cleaned);
  // Issues matching `query`, newest first. Throws QueryError for a query
  // FTS5 cannot parse.
  std::vector<SearchHit> search(const SearchQuery& query);
  // The processed issue `id`; nullopt when there is no processed message of
  // that id.
  std::optional<ArchivedIssue> issue(std::int64_t id);
  // The bytes of message `id` as received; nullopt when they were pruned.
  // Throws Error when there is no such message.
  std::optional<std::string> original(std::int64_t id);
  // Up to `limit` processed issues, newest first (by date, then id); only
  // those of `source` when it is not empty.
  std::vector<ArchivedIssue> recent_issues(int limit, std::string_view source = {});
  // The sources of all processed issues, in name order.
  std::vector<std::string> issue_sources();
  // Up to `limit` sent digests, newest sent first (messages left empty).
  std::vector<DigestRecord> sent_digests(int limit);
  // Messages dated before `cutoff` (the ingest time when they have no Date)
  // whose bytes are still stored and which no digest still waits for: never
  // a new message, nor a processed one that is in no sent digest yet.
  std::vector<PruneCandidate> prune_candidates(TimePoint cutoff);
  // Drops the raw bytes and the cleaned issue of `ids`, keeps their summary
  // (and indexes that in place of the text), in one transaction.
  void prune(const std::vector<std::int64_t>& ids, TimePoint now);
  // Returns the free pages of the file to the file system (incremental
  // vacuum; the first time, a full VACUUM that turns it on) and truncates
  // the write-ahead log. Returns the bytes by which the file shrank. Must
  // not run inside a transaction.
  std::int64_t reclaim_space();

 private:
  Store(std::filesystem::path path, sqlite3* db, int lock_fd);
  // The statement of `sql`, prepared the first time this Store runs it and
  // kept: the statements of each message (read it, store its summary,
  // archive and index it, mark it) are the same every time, and preparing
  // them again for every message cost more than some of them take to run.
  // Given back reset, with its bindings cleared, when the Statement goes.
  Statement cached(std::string_view sql, std::string_view what);
  // add_message's row without the bytes, under dedupe key `key`; false if
  // one with that key is stored already.
  bool insert_message(const IncomingMessage& message, const std::string& key, TimePoint now);
  // The summaries row and the message marked processed (mark_processed and
  // write_processed), and the archived issue with its search row
  // (archive_issue and write_processed).
  void store_summary(std::int64_t id, const std::string& source, const std::string& summary_json,
                     const std::string& blocks_json, TimePoint now);
  void store_issue(std::int64_t id, const std::string& cleaned_json);
  // Removes the search row of issue `id`, if it has one.
  void unindex_issue(std::int64_t id);
  std::filesystem::path m_path;
  sqlite3* m_db = nullptr;
  int m_lock_fd = -1;
  std::unique_ptr<StatementCache> m_statements;
};

}  // namespace distill::store
