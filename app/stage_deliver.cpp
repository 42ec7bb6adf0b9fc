#include "app/stage_deliver.hpp"

#include <algorithm>
#include <ctime>
#include <filesystem>

#include "app/clock.hpp"
#include "app/log.hpp"
#include "app/server_actions.hpp"
#include "app/signals.hpp"
#include "config/secret.hpp"
#include "deliver/mime_writer.hpp"

namespace distill::app {

namespace {

constexpr const char* k_placeholder_address = "distill@localhost";

bool is_file_sink(const config::SmtpSettings& smtp) { return smtp.url.starts_with("file:"); }

transform::Digest from_record(const store::DigestRecord& record) {
  transform::Digest d;
  d.message_id = record.message_id;
  d.subject = record.subject;
  d.mime = record.mime;
  d.text = deliver::extract_part(record.mime, "plain");
  d.html = deliver::extract_part(record.mime, "html");
  return d;
}

void say(const LineFn& fn, const std::string& line) {
  if (fn) fn(line);
}

// Sends one recorded digest; on failure records the error on its row (a
// refusal for good marks it refused, so it is no longer pending) and
// rethrows.
std::string send_recorded(store::Store& store, deliver::Sink& sink, std::int64_t id, const transform::Digest& digest,
                          const deliver::Envelope& envelope, std::chrono::sys_seconds now) {
  std::string where;
  try {
    where = sink.send(digest, envelope);
  } catch (const deliver::Error& e) {
    if (e.kind() == deliver::Error::Kind::refused) {
      store.refuse_digest(id, e.reply().empty() ? e.what() : e.reply(), now);
    } else {
      store.record_digest_failure(id, e.what());
    }
    throw;
  }
  store.mark_digest_sent(id, now);
  return where;
}

// What the report keeps of `digest`, sent: the rest of it is freed here.
SentDigest sent_digest(transform::Digest digest, std::string where, bool resent, std::int64_t record,
                       std::size_t issues) {
  SentDigest sent;
  sent.message_id = std::move(digest.message_id);
  sent.subject = std::move(digest.subject);
  sent.merged = std::move(digest.merged);
  sent.bytes = digest.mime.size();
  sent.where = std::move(where);
  sent.resent = resent;
  sent.record = record;
  sent.issues = issues;
  return sent;
}

RefusedSend refused(const transform::Digest& digest, std::size_t issues, const deliver::Error& e) {
  return {digest.message_id, e.reply().empty() ? std::string(e.what()) : e.reply(), issues};
}

}  // namespace

std::chrono::seconds local_utc_offset(std::chrono::sys_seconds at) {
  const std::time_t t = at.time_since_epoch().count();
  std::tm local{};
  if (localtime_r(&t, &local) == nullptr) return std::chrono::seconds{0};
  return std::chrono::seconds{local.tm_gmtoff};
}

std::unique_ptr<deliver::Sink> make_sink(const config::SmtpSettings& smtp, const LineFn& trace) {
  deliver::SmtpOptions options;
  options.url = smtp.url;
  options.user = smtp.user;
  options.ca_file = smtp.ca_file;
  options.require_tls = smtp.tls == config::TlsMode::required;
  options.trace = trace;
  options.should_stop = stop_requested;
  if (!is_file_sink(smtp) && smtp.password.kind != config::Secret::Kind::none) {
    options.password = config::resolve_secret(smtp.password);
  }
  return deliver::make_sink(std::move(options), std::filesystem::current_path());
}

deliver::Envelope envelope_for(const config::SmtpSettings& smtp) {
  deliver::Envelope e;
  e.from = smtp.from.empty() ? std::string(k_placeholder_address) : deliver::address_spec(smtp.from);
  for (const auto& to : smtp.to) e.to.push_back(deliver::address_spec(to));
  if (e.to.empty()) e.to.push_back(k_placeholder_address);
  return e;
}

deliver::ComposeOptions compose_options(const config::Settings& settings, std::chrono::sys_seconds now,
                                        std::chrono::seconds utc_offset) {
  deliver::ComposeOptions o;
  o.from = settings.smtp.from.empty() ? std::string("distill <") + k_placeholder_address + ">" : settings.smtp.from;
  o.to = settings.smtp.to;
  if (o.to.empty()) o.to.push_back(k_placeholder_address);
  o.subject_template = settings.digest.subject;
  o.max_items = settings.digest.max_items;
  o.budget_minutes = settings.digest.budget_minutes;
  o.now = now;
  o.utc_offset = utc_offset;
  return o;
}

deliver::Priority priority_of(const config::Settings& settings, const transform::Summary& summary) {
  const std::string_view source_title = summary.source;
  const std::string_view source_key = summary.source_key;
  // By the [source.NAME] the issue matched; a summary stored before that was
  // recorded is known by its title (`name`, else NAME).
  for (const auto& source : settings.sources) {
    const bool is_it = source_key.empty()
                           ? source_title == (source.display_name.empty() ? source.name : source.display_name)
                           : source_key == source.name;
    if (!is_it) continue;
    if (source.mute) return deliver::Priority::mute;
    switch (source.priority) {
      case config::SourcePriority::high: return deliver::Priority::high;
      case config::SourcePriority::low: return deliver::Priority::low;
      case config::SourcePriority::normal: return deliver::Priority::normal;
    }
  }
  return deliver::Priority::normal;
}

namespace {

struct NewDigest {
  transform::Digest digest;  // Digest::summaries left empty: the oldest `issues` of the store's batch are its issues
  std::size_t issues = 0;
  bool more = false;  // undigested summaries are left for another digest
};

// The summaries of the store's batch (Store::take_batch) for compose, read
// from the store one at a time. It holds the message ids and priorities of
// the issues of compose's window only; those after it are read in order,
// their ids a chunk at a time, so that a backlog of any size is never in
// memory, not even as a list of ids.
class BatchReader {
 public:
  BatchReader(const config::Settings& settings, store::Store& store, std::size_t window)
      : m_settings(settings), m_store(store), m_window(store.batch_messages(0, window)) {
    m_window_priority.resize(m_window.size(), deliver::Priority::normal);
    m_window_known.resize(m_window.size(), false);
  }

  transform::Summary read(std::size_t input) {
    const auto message = message_of(input);
    auto summary = m_store.summary(message);
    if (!summary) throw store::Error("summary of message " + std::to_string(message) + " is gone");
    const auto priority = priority_of(m_settings, *summary);
    if (input < m_window.size()) {
      m_window_priority[input] = priority;
      m_window_known[input] = true;
    }
    m_last_input = input;
    m_last_priority = priority;
    return std::move(*summary);
  }

  deliver::Priority priority(std::size_t input) {
    if (input < m_window.size() && m_window_known[input]) return m_window_priority[input];
    if (input != m_last_input) read(input);
    return m_last_priority;
  }

 private:
  static constexpr std::size_t k_chunk = 4096;

  std::int64_t message_of(std::size_t input) {
    if (input < m_window.size()) return m_window[input];
    if (m_window.empty()) throw store::Error("the digest's batch has no issue " + std::to_string(input));
    if (input < m_chunk_start || m_chunk_start < m_window.size()) {  // back to the first after the window
      m_chunk_start = m_window.size();
      m_chunk_after = m_window.back();
      m_chunk = m_store.batch_messages(m_chunk_after, k_chunk);
    }
    while (input >= m_chunk_start + m_chunk.size()) {
      if (m_chunk.empty()) throw store::Error("the digest's batch has no issue " + std::to_string(input));
      m_chunk_start += m_chunk.size();
      m_chunk_after = m_chunk.back();
      m_chunk = m_store.batch_messages(m_chunk_after, k_chunk);
    }
    return m_chunk[input - m_chunk_start];
  }

  const config::Settings& m_settings;
  store::Store& m_store;
  std::vector<std::int64_t> m_window;
  std::vector<deliver::Priority> m_window_priority;
  std::vector<bool> m_window_known;
  std::vector<std::int64_t> m_chunk;  // the batch's issues from input m_chunk_start on
  std::size_t m_chunk_start = 0;      // 0 before the first chunk is read
  std::int64_t m_chunk_after = 0;     // the message before the chunk
  std::size_t m_last_input = SIZE_MAX;
  deliver::Priority m_last_priority = deliver::Priority::normal;
};

// A new digest of the oldest issues of the batch the store takes now
// (Store::take_batch): what it carries is recorded from that batch
// (Store::create_batch_digest), so an issue processed after this call is
// never marked sent without being shown.
std::optional<NewDigest> compose_new(const config::Settings& settings, store::Store& store,
                                     std::chrono::sys_seconds now, std::chrono::seconds utc_offset,
                                     std::size_t window = deliver::k_digest_window) {
  const auto available = static_cast<std::size_t>(store.undigested_count());
  if (available == 0 && !settings.digest.send_empty) return std::nullopt;
  // With no budget every issue is shown in full, at most
  // deliver::k_max_full_issues in one digest: the rest go in the next.
  const auto count_limit =
      settings.digest.budget_minutes == 0 ? static_cast<std::int64_t>(deliver::k_max_full_issues) : -1;
  auto count = static_cast<std::size_t>(store.take_batch(count_limit));
  auto options = compose_options(settings, now, utc_offset);
  options.window = window;
  if (auto last = store.last_digest_sent()) options.period_start = *last;
  BatchReader reader(settings, store, std::max<std::size_t>(window, 1));
  options.priority = [&](std::size_t i) { return reader.priority(i); };
  // Whole digests are bounded too: over the limit, take as many issues as
  // the size of this one says would fit, with a tenth to spare, and compose
  // again (fewer each time, so this ends); the rest go in the next digest.
  // Halving instead made a digest of 1,000 issues at 5 MB one of 500, and
  // a third compose when that guess was still too large. Compose reads the
  // summaries from the store one at a time (deliver/compose.hpp), so that
  // a backlog of any size is never in memory at once.
  while (true) {
    NewDigest out;
    out.digest = deliver::compose_digest(
        count, [&](std::size_t i) { return reader.read(i); }, options);
    const auto bytes = out.digest.mime.size();
    if (bytes <= k_digest_max_bytes || count <= 1) {
      out.issues = count;
      out.more = count < available;
      return out;
    }
    const auto fits = static_cast<std::size_t>(static_cast<double>(count) * 0.9 *
                                               static_cast<double>(k_digest_max_bytes) / static_cast<double>(bytes));
    count = std::clamp<std::size_t>(fits, 1, count - 1);
  }
}

}  // namespace

std::optional<NextDigest> next_digest(const config::Settings& settings, store::Store& store,
                                      std::chrono::sys_seconds now, std::chrono::seconds utc_offset) {
  if (auto pending = store.pending_digest()) {
    return NextDigest{from_record(*pending), static_cast<std::size_t>(pending->issues)};
  }
  auto fresh = compose_new(settings, store, now, utc_offset);
  if (!fresh) return std::nullopt;
  return NextDigest{std::move(fresh->digest), fresh->issues};
}

DeliverReport deliver_pending(const config::Settings& settings, store::Store& store, const DeliverRequest& request) {
  DeliverReport report;
  if (request.dry_run) {
    if (auto next = next_digest(settings, store, request.now, request.utc_offset)) {
      // As before: a pending digest's issues are not counted as new.
      if (!store.pending_digest()) report.issues = next->issues;
      report.preview = std::move(next->digest);
    }
    return report;
  }

  std::unique_ptr<deliver::Sink> own_sink;
  deliver::Sink* sink = request.sink;
  if (sink == nullptr) {
    own_sink = make_sink(settings.smtp, request.trace);
    sink = own_sink.get();
  }
  const auto envelope = envelope_for(settings.smtp);

  // Pending digests first: they were promised earlier, with these exact
  // bytes and Message-ID, and the new digest must not overtake them. A
  // transient failure stops here (and stays pending); a refusal for good
  // does not stop delivery.
  while (auto pending = store.pending_digest()) {
    say(request.log, "resending digest <" + pending->message_id + "> (attempt " +
                         std::to_string(pending->attempts + 1) + ") to " + sink->describe());
    auto digest = from_record(*pending);
    try {
      auto where = send_recorded(store, *sink, pending->id, digest, envelope, request.now);
      report.sent.push_back(sent_digest(std::move(digest), std::move(where), true, pending->id,
                                        static_cast<std::size_t>(pending->issues)));
    } catch (const deliver::Error& e) {
      if (e.kind() != deliver::Error::Kind::refused) throw;
      report.refused.push_back(refused(digest, static_cast<std::size_t>(pending->issues), e));
    }
  }

  // New digests until every summary is in one; more than one only when
  // the issues did not fit one digest or a digest was refused. Each round
  // takes issues or halves a refused group, so this ends; the cap keeps a
  // server that refuses everything from being asked without end.
  for (int round = 0; round < k_max_digests_per_call; ++round) {
    auto fresh = compose_new(settings, store, request.now, request.utc_offset, request.window);
    if (!fresh) {
      if (round == 0) say(request.log, "no new summaries: nothing to send");
      break;
    }
    const auto issues = fresh->issues;
    report.issues += issues;
    // Intent first: the row, its Message-ID and the issues it carries exist
    // before any byte is sent, so a crash or failure from here on leaves a
    // pending digest to resend, and its issues are in no other digest.
    const auto id = store.create_batch_digest(fresh->digest.message_id, fresh->digest.subject, fresh->digest.mime,
                                              static_cast<std::int64_t>(issues), request.now);
    say(request.log, "sending digest <" + fresh->digest.message_id + "> with " + std::to_string(issues) +
                         " issues to " + sink->describe());
    bool gave_back = false;  // a refused digest of several returns its issues
    try {
      auto where = send_recorded(store, *sink, id, fresh->digest, envelope, request.now);
      report.sent.push_back(sent_digest(std::move(fresh->digest), std::move(where), false, id, issues));
    } catch (const deliver::Error& e) {
      if (e.kind() != deliver::Error::Kind::refused) throw;
      report.issues -= issues;
      report.refused.push_back(refused(fresh->digest, issues, e));
      gave_back = issues > 1;
    }
    if (!fresh->more && !gave_back) break;
  }

  // Also when nothing was sent now: actions left over from an earlier send
  // (server unreachable then) are retried.
  if (request.after_sent) request.after_sent(store);
  return report;
}

DeliverReport deliver_now(const config::Settings& settings) {
  auto store = store::Store::open(settings.store_path);
  if (const auto warning = store.exposure(); !warning.empty()) log::warning(warning);
  const auto now = wall_now();
  DeliverRequest request;
  request.now = now;
  request.utc_offset = local_utc_offset(now);
  request.log = [](const std::string& line) { log::verbose(line); };
  request.trace = [](const std::string& line) { log::trace(line); };
  request.after_sent = server_actions(settings);
  auto report = deliver_pending(settings, store, request);
  for (const auto& s : report.sent) {
    for (const auto& why : s.merged) log::verbose("deliver: same story: " + why);
  }
  for (const auto& s : report.sent) {
    log::info(std::string(s.resent ? "deliver: resent" : "deliver: sent") + " digest <" + s.message_id + ">" +
              (s.resent ? "" : " with " + std::to_string(s.issues) + " issues") + ": " + s.where);
  }
  for (const auto& r : report.refused) {
    log::error("deliver: the server refused digest <" + r.message_id + "> for good: " + r.reply + "; " +
               (r.issues > 1 ? "its " + std::to_string(r.issues) + " issues go out again in smaller digests"
                             : std::string("its issue is left out of later digests ('distill status' lists it)")));
  }
  if (report.sent.empty() && report.refused.empty()) log::info("deliver: nothing new to send");
  return report;
}

}  // namespace distill::app
