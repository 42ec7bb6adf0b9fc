#pragma once
// The deliver stage, as one function `run` and `daemon` call too: the
// summaries not yet in a sent digest become one digest, written to the store
// with its Message-ID before it is sent and marked sent after. A digest that
// failed to go out stays pending with its error and is resent, byte for byte,
// by the next call; a call after a successful send sends nothing.

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "config/settings.hpp"
#include "deliver/compose.hpp"
#include "deliver/sink.hpp"
#include "store/store.hpp"
#include "transform/summary.hpp"

namespace distill::app {

using LineFn = std::function<void(const std::string&)>;

struct DeliverRequest {
  std::chrono::sys_seconds now{};
  std::chrono::seconds utc_offset{0};  // local time = UTC + offset (local_utc_offset())
  // Compose only: nothing is sent and the store is not changed.
  bool dry_run = false;
  LineFn log;    // one line per step, for -v; may be empty
  LineFn trace;  // SMTP protocol lines (credentials masked), for -vv; may be empty
  // Runs the server-side actions (seen / move) due for messages of sent
  // digests (store.pending_actions()); called at the end of every
  // non-dry-run call, so actions that failed earlier are retried. May be empty.
  std::function<void(store::Store&)> after_sent;
  // Replaces the sink made from [smtp] url; tests use it to inject failures.
  deliver::Sink* sink = nullptr;
  // The issues a new digest is laid out over (deliver::ComposeOptions::window);
  // tests use a small one.
  std::size_t window = deliver::k_digest_window;
};

// What the report keeps of a sent digest: not its bytes. One call may send
// k_max_digests_per_call digests of megabytes each; each one's MIME, text
// and HTML are freed once it is sent (the store keeps its MIME,
// Store::sent_digests), so the call holds one digest at a time.
struct SentDigest {
  std::string message_id;  // without <>
  std::string subject;
  std::vector<std::string> merged;     // a new digest's Digest::merged; empty for a resent one
  std::size_t bytes = 0;               // the size of the MIME message sent
  std::string where;                   // the sink's answer: files written or the server's reply
  bool resent = false;                 // a pending digest from an earlier run
  std::int64_t record = 0;             // its row in the store (store::Store::digest_messages lists its issues)
  std::size_t issues = 0;              // how many issues it carries
};

// A digest the server refused for good (a 5xx reply to its content or
// size). It is no longer pending; its issues, when it had several, go out
// again in smaller digests, halving until the one that caused it is alone.
struct RefusedSend {
  std::string message_id;
  std::string reply;       // the server's own reply, e.g. "552 5.3.4 message too big"
  std::size_t issues = 0;  // how many issues it carried
};

// The most bytes one digest may have: above it, its issues are split over
// several digests (each issue is bounded too, see deliver/compose.hpp), so
// a backlog of hundreds of issues stays below common server limits.
inline constexpr std::size_t k_digest_max_bytes = 4u * 1024 * 1024;
// The most digests one deliver call composes.
inline constexpr int k_max_digests_per_call = 32;

struct DeliverReport {
  std::vector<SentDigest> sent;
  std::vector<RefusedSend> refused;
  // dry_run: the digest that would go out next (pending or newly composed).
  std::optional<transform::Digest> preview;
  std::size_t issues = 0;  // summaries in new digests (or in the preview)
};

// The sink that [smtp] url names: a FileSink for file:DIR, else an
// SmtpSink with the password resolved now. Throws config::SecretError when
// the password cannot be had, deliver::Error for an unknown scheme.
std::unique_ptr<deliver::Sink> make_sink(const config::SmtpSettings& smtp, const LineFn& trace);

// The envelope and compose options for [smtp] and [digest]. A file sink
// needs no from/to; placeholders stand in for missing ones.
deliver::Envelope envelope_for(const config::SmtpSettings& smtp);
deliver::ComposeOptions compose_options(const config::Settings& settings, std::chrono::sys_seconds now,
                                        std::chrono::seconds utc_offset);

// Where a summary's source stands in the digest: its [source.NAME] priority,
// or mute; normal for an issue of no configured source.
deliver::Priority priority_of(const config::Settings& settings, const transform::Summary& summary);

// The digest that would go out next and how many issues it carries, without
// changing the store: the oldest pending one (rebuilt from its recorded
// bytes), else a new one composed of the undigested summaries; nullopt when
// there is nothing to send and send_empty is off.
struct NextDigest {
  transform::Digest digest;
  std::size_t issues = 0;  // how many it carries
};
std::optional<NextDigest> next_digest(const config::Settings& settings, store::Store& store,
                                      std::chrono::sys_seconds now, std::chrono::seconds utc_offset);

// Sends what is due: first every pending digest (same bytes, same
// Message-ID), then new digests of the undigested summaries (if any, or an
// empty one with send_empty), split when they would exceed
// k_digest_max_bytes (and, with no budget, deliver::k_max_full_issues
// issues). Throws deliver::Error (the server's reply) on a
// transient failure, after recording it on the digest row, which stays
// pending. A digest refused for good is recorded as refused, listed in
// DeliverReport::refused, and delivery goes on without it.
DeliverReport deliver_pending(const config::Settings& settings, store::Store& store, const DeliverRequest& request);

// The stage as the commands run it: opens the store, sends what is due
// (pending digests first) with the server-side actions of [imap] after
// (app/server_actions.hpp) for what was sent, and logs one line per digest
// (an error line with the server's reply for one refused for good). Throws
// what deliver_pending throws.
DeliverReport deliver_now(const config::Settings& settings);

// The local time zone's offset from UTC at `at` (from the C library's TZ).
std::chrono::seconds local_utc_offset(std::chrono::sys_seconds at);

}  // namespace distill::app
