#include "app/ingest_wiring.hpp"

#include <chrono>

namespace distill::app {

StoreSink::StoreSink(store::Store& store, NowFn now) : m_store(store), m_now(std::move(now)) {}

store::TimePoint StoreSink::now() const {
  if (m_now) return m_now();
  return std::chrono::floor<std::chrono::seconds>(store::Clock::now());
}

std::optional<ingest::Cursor> StoreSink::cursor(std::string_view mailbox) {
  auto state = m_store.mailbox(mailbox);
  if (!state) return std::nullopt;
  return ingest::Cursor{state->uidvalidity, state->last_uid};
}

ingest::BatchResult StoreSink::store_batch(std::string_view mailbox, ingest::UidValidity uidvalidity,
                                           ingest::Uid last_uid, const std::vector<ingest::FetchedMessage>& messages) {
  ingest::BatchResult result;
  auto when = now();
  auto tx = m_store.begin();
  for (const auto& m : messages) {
    store::IncomingMessage in;
    in.raw = m.raw;
    in.info = store::MessageInfo{m.facts.message_id, m.facts.from, m.facts.list_id, m.facts.subject, m.facts.date};
    in.status = m.skipped ? store::MessageStatus::skipped : store::MessageStatus::fresh;
    in.reason = m.reason;
    if (m_store.add_message(in, when) == store::AddResult::duplicate) {
      ++result.duplicates;
    } else if (m.skipped) {
      ++result.skipped;
    } else {
      ++result.added;
    }
  }
  m_store.set_mailbox(mailbox, uidvalidity, last_uid, when);
  tx.commit();
  return result;
}

void StoreSink::reset(std::string_view mailbox, ingest::UidValidity uidvalidity) {
  auto tx = m_store.begin();
  m_store.set_mailbox(mailbox, uidvalidity, ingest::Uid{0}, now());
  tx.commit();
}

ingest::ImapOptions imap_options(const config::ImapSettings& settings, std::string password,
                                 std::string bearer_token) {
  ingest::ImapOptions o;
  o.url = settings.url;
  o.user = settings.user;
  o.password = std::move(password);
  o.bearer_token = std::move(bearer_token);
  o.ca_file = settings.ca_file;
  o.tls_required = settings.tls != config::TlsMode::off;
  o.mailboxes = settings.mailboxes;
  o.since = settings.since;
  o.max_size = settings.max_size;
  o.batch_size = settings.batch;
  o.after = ingest::parse_after_action(settings.after);
  return o;
}

}  // namespace distill::app
