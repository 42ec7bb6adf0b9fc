#include "app/stage_ingest.hpp"

#include <chrono>
#include <cstdio>

#include "app/log.hpp"
#include "app/signals.hpp"
#include "config/secret.hpp"

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
    if (m.raw.uid.value > 0) m_store.clear_fetch_failure(mailbox, uidvalidity, m.raw.uid);
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
  if (m_stored) m_stored();
  return result;
}

void StoreSink::reset(std::string_view mailbox, ingest::UidValidity uidvalidity) {
  auto tx = m_store.begin();
  m_store.set_mailbox(mailbox, uidvalidity, ingest::Uid{0}, now());
  tx.commit();
}

int StoreSink::fetch_failed(std::string_view mailbox, ingest::UidValidity uidvalidity, ingest::Uid uid,
                            const std::string& error) {
  return m_store.record_fetch_failure(mailbox, uidvalidity, uid, error);
}

void StoreSink::fetch_given_up(std::string_view mailbox, ingest::UidValidity uidvalidity, ingest::Uid uid) {
  m_store.give_up_fetch(mailbox, uidvalidity, uid);
}

ingest::ImapOptions imap_options(const config::ImapSettings& settings) {
  ingest::ImapOptions o;
  o.url = settings.url;
  o.user = settings.user;
  const bool server = settings.url.starts_with("imap://") || settings.url.starts_with("imaps://");
  if (!server) {
    // A local source logs in nowhere: its password_command is not run.
  } else if (settings.token.kind != config::Secret::Kind::none) {
    o.bearer_token = config::resolve_secret(settings.token);
  } else {
    o.password = config::resolve_secret(settings.password);
  }
  o.ca_file = settings.ca_file;
  o.tls_required = settings.tls != config::TlsMode::off;
  o.mailboxes = settings.mailboxes;
  o.since = settings.since;
  o.max_size = settings.max_size;
  o.batch_size = settings.batch;
  o.after = ingest::parse_after_action(settings.after);
  o.should_stop = stop_requested;
  return o;
}

namespace {

std::string megabytes(std::uint64_t bytes) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / 1e6);
  return text;
}

std::string per_second(double count, double seconds) {
  return std::to_string(static_cast<long long>(seconds > 0 ? count / seconds : 0));
}

}  // namespace

bool ingest_once(const config::Settings& settings, const ingest::ImapOptions& source_options) {
  auto store = store::Store::open(settings.store_path);
  return ingest_once(store, source_options, {});
}

bool ingest_once(store::Store& store, const ingest::ImapOptions& source_options, const std::function<void()>& stored) {
  StoreSink sink(store);
  sink.on_stored(stored);
  if (const auto warning = store.exposure(); !warning.empty()) log::warning(warning);
  auto source = ingest::make_source(source_options);

  // One progress line per mailbox, redrawn as batches are stored.
  std::optional<log::Progress> progress;
  std::string current;
  auto started = std::chrono::steady_clock::now();
  auto mailbox_started = started;
  auto on_progress = [&](const ingest::Progress& p) {
    if (p.mailbox != current) {
      progress.reset();
      progress.emplace("ingest " + p.mailbox);
      current = p.mailbox;
      mailbox_started = std::chrono::steady_clock::now();
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - mailbox_started).count();
    progress->update(static_cast<std::size_t>(p.messages),
                     p.total > 0 ? std::optional<std::size_t>(static_cast<std::size_t>(p.total)) : std::nullopt,
                     megabytes(p.bytes) + ", " + per_second(static_cast<double>(p.messages), seconds) +
                         " messages/s");
  };
  auto summaries = source->sync(sink, on_progress);
  progress.reset();
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

  // The summary: one line per mailbox.
  bool all_stored = true;
  for (const auto& s : summaries) {
    if (!s.error.empty()) {
      if (!stop_requested()) log::error("ingest " + s.mailbox + ": not read: " + s.error);
      all_stored = false;
      continue;
    }
    std::string line = "ingest " + s.mailbox + ": " + std::to_string(s.added) + " new, " +
                       std::to_string(s.duplicates) + " duplicate, " + std::to_string(s.skipped) + " skipped, " +
                       std::to_string(s.failed) + " failed";
    if (s.bytes > 0) {
      line += " (" + megabytes(s.bytes) + ", " +
              per_second(static_cast<double>(s.added + s.duplicates + s.skipped), seconds) + " messages/s)";
    }
    if (s.failed > s.given_up) {
      line += "; the server did not give the failed ones, they are asked for again next time";
    }
    if (s.uidvalidity_changed) line += "; UIDVALIDITY changed, mailbox synced again";
    log::info(line);
    for (const auto& failure : s.failures) log::error("ingest " + s.mailbox + ": " + failure);
    all_stored = all_stored && s.failed == 0;
  }
  return all_stored;
}

}  // namespace distill::app
