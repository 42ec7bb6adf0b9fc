#pragma once
// The state of distill in one SQLite file (WAL mode): mailboxes and their
// IMAP cursors, the messages as fetched, their summaries, and the digests
// with what each one carried. This is the only place SQL lives.
//
// Durability contract, relied on by app/:
// - A message is stored (add_message inside a committed Transaction) before
//   anything is done to it on the server.
// - A digest row with its Message-ID is written (create_digest) before the
//   digest is sent, and marked sent afterwards, so a crash between the two
//   leaves a pending digest that the next run resends with the same id.
//
// All functions throw store::Error on an SQLite failure, with the
// statement's purpose and SQLite's message. One Store is used by one thread.

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "transform/message.hpp"
#include "transform/summary.hpp"

struct sqlite3;

namespace distill::store {

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
  std::vector<std::int64_t> messages;  // StoredMessage ids it carries
};

// A message whose digest was sent and on which the configured server-side
// action (mark seen, move) has not been done yet.
struct ServerAction {
  std::int64_t message = 0;
  std::string mailbox;
  UidValidity uidvalidity;
  Uid uid;
};

struct Status {
  std::vector<MailboxState> mailboxes;
  std::int64_t fresh = 0, processed = 0, failed = 0, skipped = 0;
  std::int64_t digests_pending = 0, digests_sent = 0;
  std::optional<TimePoint> last_sync;
  std::optional<TimePoint> last_digest_sent;
};

class Store;

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

  // Opens the store at `path`, creating the file and its folder and applying
  // migrations up to current_schema_version(). read_write also takes an
  // exclusive lock (a `PATH.lock` file) for the life of the Store: a second
  // writer gets BusyError "another distill is running on PATH". read_only
  // neither migrates nor locks; a missing file then throws Error.
  static Store open(const std::filesystem::path& path, Mode mode = Mode::read_write);
  static int current_schema_version();

  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;
  ~Store();

  const std::filesystem::path& path() const { return m_path; }
  int schema_version();
  Transaction begin();

  // -- ingest ---------------------------------------------------------------
  std::optional<MailboxState> mailbox(std::string_view name);
  // Records the cursor of a mailbox. Call inside the batch's transaction so
  // the cursor advances with the messages.
  void set_mailbox(std::string_view name, UidValidity uidvalidity, Uid last_uid, TimePoint now);
  // Stores a message unless one with the same Message-ID (or, without one,
  // the same SHA-256 of its bytes) is already stored.
  AddResult add_message(const IncomingMessage& message, TimePoint now);

  // -- process --------------------------------------------------------------
  std::vector<std::int64_t> message_ids(MessageStatus status);
  StoredMessage message(std::int64_t id);
  // Stores the summary and the block texts of the decoded issue (the history
  // that template learning reads), and marks the message processed.
  void mark_processed(std::int64_t id, const std::string& source, const transform::Summary& summary,
                      const std::vector<std::string>& block_texts, TimePoint now);
  void mark_failed(std::int64_t id, const std::string& error);
  void mark_skipped(std::int64_t id, const std::string& reason);
  // The id of the stored message that add_message would take `raw_bytes`
  // with this Message-ID for (its duplicate), if there is one.
  std::optional<std::int64_t> find_message(std::string_view message_id, std::string_view raw_bytes);
  // Block texts of up to `limit` processed issues from `from_address` stored
  // before message `before`, newest first.
  std::vector<std::vector<std::string>> sender_history(std::string_view from_address, std::int64_t before,
                                                       int limit);

  // -- deliver --------------------------------------------------------------
  // Processed summaries not carried by any digest, pending or sent, oldest first.
  std::vector<SummaryRecord> undigested_summaries();
  // The oldest digest written but not yet sent, if any.
  std::optional<DigestRecord> pending_digest();
  std::int64_t create_digest(const std::string& message_id, const std::string& subject, const std::string& mime,
                             const std::vector<std::int64_t>& messages, TimePoint now);
  void mark_digest_sent(std::int64_t digest, TimePoint now);
  void record_digest_failure(std::int64_t digest, const std::string& error);
  std::optional<TimePoint> last_digest_sent();

  // -- server-side actions after delivery -----------------------------------
  std::vector<ServerAction> pending_actions();
  void mark_action_done(std::int64_t message);

  Status status();

 private:
  Store(std::filesystem::path path, sqlite3* db, int lock_fd);
  std::filesystem::path m_path;
  sqlite3* m_db = nullptr;
  int m_lock_fd = -1;
};

}  // namespace distill::store
