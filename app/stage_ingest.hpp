#pragma once
// The adapter between ingest/ and store/: ingest writes to a MessageSink,
// this one commits each batch into the store with its cursor. Also the
// mapping from config::ImapSettings to ingest::ImapOptions, and one ingest
// pass as `ingest` and `run` do it.

#include <functional>
#include <string>

#include "config/settings.hpp"
#include "ingest/source.hpp"
#include "store/store.hpp"

namespace distill::app {

// Each store_batch is one store Transaction: the messages (deduplicated by
// the store) and the mailbox cursor commit together or not at all.
class StoreSink : public ingest::MessageSink {
 public:
  using NowFn = std::function<store::TimePoint()>;
  explicit StoreSink(store::Store& store, NowFn now = {});
  // Called after each batch is committed (may be empty): `run` lets the
  // process stage take the messages of that batch while ingest goes on.
  void on_stored(std::function<void()> stored) { m_stored = std::move(stored); }

  std::optional<ingest::Cursor> cursor(std::string_view mailbox) override;
  ingest::BatchResult store_batch(std::string_view mailbox, ingest::UidValidity uidvalidity, ingest::Uid last_uid,
                                  const std::vector<ingest::FetchedMessage>& messages) override;
  void reset(std::string_view mailbox, ingest::UidValidity uidvalidity) override;
  // Counted in the store, listed by `status`.
  int fetch_failed(std::string_view mailbox, ingest::UidValidity uidvalidity, ingest::Uid uid,
                   const std::string& error) override;
  void fetch_given_up(std::string_view mailbox, ingest::UidValidity uidvalidity, ingest::Uid uid) override;

 private:
  store::TimePoint now() const;
  store::Store& m_store;
  NowFn m_now;
  std::function<void()> m_stored;
};

// Copies what ingest needs and resolves the secret now, when it is needed:
// the token when one is configured, else the password (empty when neither
// is, and for a local maildir:, mbox: or dir: source, which needs none).
// The secret goes into the options and nowhere else.
ingest::ImapOptions imap_options(const config::ImapSettings& settings);

// Syncs `source` into the store at settings.store_path once: a progress line
// per mailbox while it runs (count, MB, rate), then a summary line each.
// Returns false when a message could not be fetched or stored, or a mailbox
// could not be read; the others are stored all the same, the message is
// tried again next time (a bounded number of times), and every failure is
// logged with the server's reply.
bool ingest_once(const config::Settings& settings, const ingest::ImapOptions& source);
// The same into an open store, calling `stored` (may be empty) after each
// batch is committed.
bool ingest_once(store::Store& store, const ingest::ImapOptions& source, const std::function<void()>& stored);

}  // namespace distill::app
