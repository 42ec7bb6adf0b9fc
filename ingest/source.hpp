#pragma once
// Sources of newsletters: IMAP (libcurl), a Maildir, an mbox file or a
// directory of .eml files. A source hands RawMessages to a MessageSink that
// app/ implements over the store, so ingest/ never sees SQLite.
//
// The contract that keeps mail from being lost: a source passes a batch to
// MessageSink::store_batch together with the cursor that batch advances to;
// the sink commits both in one transaction. Nothing is done on the server to
// a message before it is stored (ingesting is read-only: EXAMINE and
// BODY.PEEK), so a run that dies anywhere leaves committed batches in place
// and the next run resumes from the last committed cursor.

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "transform/message.hpp"

namespace distill::ingest {

using transform::Uid;
using transform::UidValidity;

// A run-stopping failure of a source: connection, TLS, login, a missing
// mailbox, a dropped connection. The text names the server and the mailbox.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Header facts kept beside the bytes, for dedupe, matching and status
// (see header_facts()).
struct HeaderFacts {
  std::string message_id;  // without <>; empty when the message has none
  std::string from;        // the sender's address, lower case
  std::string list_id;     // the id inside <...>
  std::string subject;     // decoded to UTF-8
  std::optional<std::chrono::sys_seconds> date;
  bool operator==(const HeaderFacts&) const = default;
};

struct FetchedMessage {
  transform::RawMessage raw;
  HeaderFacts facts;
  bool skipped = false;  // stored as skipped (e.g. above max_size), with `reason`
  std::string reason;
};

// Where a mailbox stands: the UIDVALIDITY it was synced under and the highest
// UID stored (or passed over) in it.
struct Cursor {
  UidValidity uidvalidity;
  Uid last_uid;
  bool operator==(const Cursor&) const = default;
};

// What store_batch did: every message is counted once, as added (stored
// fresh), skipped (stored as skipped) or duplicate (already stored).
struct BatchResult {
  std::int64_t added = 0;
  std::int64_t skipped = 0;
  std::int64_t duplicates = 0;
};

// Where sources put what they fetched. Implemented in app/ over the store.
class MessageSink {
 public:
  virtual ~MessageSink() = default;
  // The stored cursor of `mailbox`, or nullopt when it was never synced.
  virtual std::optional<Cursor> cursor(std::string_view mailbox) = 0;
  // Stores `messages` (deduplicated: the same mailbox position, or the same
  // Message-ID and body, or the same bytes without a Message-ID; see
  // store::Store::add_message) and moves the cursor of `mailbox` to
  // (uidvalidity, last_uid), all in one transaction: either all of it is
  // committed or none. Throws on a store failure.
  virtual BatchResult store_batch(std::string_view mailbox, UidValidity uidvalidity, Uid last_uid,
                                  const std::vector<FetchedMessage>& messages) = 0;
  // The server changed UIDVALIDITY: restart the mailbox at UID 0 under
  // `uidvalidity`. Stored messages stay; dedupe keeps them from coming twice.
  virtual void reset(std::string_view mailbox, UidValidity uidvalidity) = 0;
  // The server listed `uid` but would not give it (`error` is its reply).
  // Returns how many syncs failed on it so far, this one included; the
  // default keeps no count, so the message is asked for again forever.
  virtual int fetch_failed(std::string_view /*mailbox*/, UidValidity /*uidvalidity*/, Uid /*uid*/,
                           const std::string& /*error*/) {
    return 1;
  }
  // The source gave up on `uid` after k_max_fetch_attempts: the cursor
  // passes it from now on.
  virtual void fetch_given_up(std::string_view /*mailbox*/, UidValidity /*uidvalidity*/, Uid /*uid*/) {}
};

// How many syncs may fail to get one message before it is skipped, so that
// one message the server never gives does not hold the cursor for good.
inline constexpr int k_max_fetch_attempts = 3;

// How far a sync is, reported after every batch (and once when the work of a
// mailbox is known).
struct Progress {
  std::string mailbox;
  std::int64_t messages = 0;  // fetched so far in this mailbox
  std::int64_t total = 0;     // to fetch in this mailbox (0 while unknown)
  std::uint64_t bytes = 0;    // fetched so far in this mailbox
};
using ProgressFn = std::function<void(const Progress&)>;

// What one sync did to one mailbox.
struct MailboxSummary {
  std::string mailbox;
  std::int64_t added = 0;
  std::int64_t duplicates = 0;
  std::int64_t skipped = 0;
  std::int64_t failed = 0;  // listed but not given by the server; asked for again next sync
  std::int64_t given_up = 0;  // of those, failed k_max_fetch_attempts times: skipped for good
  // One line per message not given: "uid 7 (attempt 1 of 3): <server reply>".
  std::vector<std::string> failures;
  // Why the mailbox could not be synced at all (the other mailboxes still
  // were); empty when it was.
  std::string error;
  std::uint64_t bytes = 0;
  bool uidvalidity_changed = false;
  bool operator==(const MailboxSummary&) const = default;
};

// What to do on the server to a message once the digest that carried it was
// sent (`after = none | seen | move:Folder`).
struct AfterAction {
  enum class Kind { none, seen, move };
  Kind kind = Kind::none;
  std::string folder;  // move only
  bool operator==(const AfterAction&) const = default;
};
// Parses "none", "seen" or "move:Folder"; throws Error otherwise.
AfterAction parse_after_action(std::string_view text);

// What the IMAP and local sources need. app/ fills it from config::Settings,
// with secrets already resolved.
struct ImapOptions {
  std::string url;  // imaps://host[:port], imap://host[:port], maildir:PATH, mbox:PATH, dir:PATH
  std::string user;
  std::string password;      // for LOGIN / AUTHENTICATE PLAIN
  std::string bearer_token;  // XOAUTH2 instead of the password when not empty
  std::string ca_file;       // extra CA to trust; empty: the system's
  bool tls_required = true;  // false only for an explicit `tls = off`
  std::vector<std::string> mailboxes = {"INBOX"};
  std::optional<std::chrono::sys_days> since;  // first run only
  std::uint64_t max_size = 20u * 1024 * 1024;  // bytes; larger messages are recorded as skipped
  int batch_size = 200;                        // messages per UID FETCH (and per transaction)
  AfterAction after;
  std::chrono::seconds timeout{60};  // without a byte from the server
  // Asked about once a second while waiting for the server; true ends the
  // wait with an Error. May be empty.
  std::function<bool()> should_stop;
};

// A place messages come from. The run loop takes it by reference.
class Source {
 public:
  virtual ~Source() = default;
  // Pulls every message not yet stored into `sink`, batch by batch; returns
  // one summary per mailbox. A message the server will not give is narrowed
  // down and reported in the summary (the rest are stored), a mailbox that
  // fails is reported in its summary (the others are synced). Throws Error
  // (naming the server and mailbox) when the source cannot be reached at
  // all; what was committed before stays committed.
  virtual std::vector<MailboxSummary> sync(MessageSink& sink, const ProgressFn& progress) = 0;
};

// The source for `options.url`: IMAP for imap:// and imaps://, otherwise a
// local source (maildir:, mbox:, dir:). Throws Error for another scheme.
std::unique_ptr<Source> make_source(const ImapOptions& options);

}  // namespace distill::ingest
