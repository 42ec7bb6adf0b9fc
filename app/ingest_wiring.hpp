#pragma once
// The adapter between ingest/ and store/: ingest writes to a MessageSink,
// this one commits each batch into the store with its cursor. Also the
// mapping from config::ImapSettings to ingest::ImapOptions.

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

  std::optional<ingest::Cursor> cursor(std::string_view mailbox) override;
  ingest::BatchResult store_batch(std::string_view mailbox, ingest::UidValidity uidvalidity, ingest::Uid last_uid,
                                  const std::vector<ingest::FetchedMessage>& messages) override;
  void reset(std::string_view mailbox, ingest::UidValidity uidvalidity) override;

 private:
  store::TimePoint now() const;
  store::Store& m_store;
  NowFn m_now;
};

// Copies what ingest needs; the secrets come already resolved (empty when
// not configured).
ingest::ImapOptions imap_options(const config::ImapSettings& settings, std::string password,
                                 std::string bearer_token);

}  // namespace distill::app
