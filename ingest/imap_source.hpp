#pragma once
// The IMAP source: incremental, read-only sync of each configured mailbox,
// and the server-side actions (mark \Seen, move) done after delivery.

#include <cstdint>
#include <string>
#include <vector>

#include "ingest/source.hpp"

namespace distill::ingest {

// Per mailbox: EXAMINE (read-only, so \Seen is never set), compare
// UIDVALIDITY with the sink's cursor (a change resets the mailbox; dedupe by
// Message-ID and body keeps it from storing anything twice), find the UIDs above the
// cursor (on a first run only those SINCE options.since), learn their sizes,
// then one `UID FETCH set (UID RFC822.SIZE INTERNALDATE BODY.PEEK[])` per
// batch of options.batch_size, each batch stored with its cursor in one
// transaction. Messages above options.max_size are fetched as headers only
// and stored as skipped with the reason.
class ImapSource : public Source {
 public:
  explicit ImapSource(ImapOptions options);
  std::vector<MailboxSummary> sync(MessageSink& sink, const ProgressFn& progress) override;

 private:
  ImapOptions m_options;
};

// A message to act on: the store's id and its place on the server.
struct ActionTarget {
  std::int64_t message = 0;
  std::string mailbox;
  UidValidity uidvalidity;
  Uid uid;
};

// Does options.after (seen, or move:Folder) on the server for `targets`,
// mailbox by mailbox: UID STORE +FLAGS (\Seen), or UID MOVE (falling back to
// UID COPY + \Deleted + UID EXPUNGE when the server has no MOVE; a missing
// folder is created). Returns the ids of the targets that need nothing more:
// those acted on, those whose mailbox has another UIDVALIDITY now (the UID
// no longer names them), and all of them when the action is `none` or the
// source is local. Throws Error when the server refuses.
std::vector<std::int64_t> apply_actions(const ImapOptions& options, const std::vector<ActionTarget>& targets);

// "1:5,7,9:12" for sorted, distinct UIDs.
std::string uid_set(const std::vector<std::uint32_t>& sorted_uids);

// An IMAP date-time ("17-Jul-1996 02:44:25 -0700") as a time point; nullopt
// when it does not parse.
std::optional<std::chrono::sys_seconds> parse_internal_date(std::string_view text);

}  // namespace distill::ingest
