#pragma once
// What the process stage does to one message, as one function that `process`
// (and through it `run` and `daemon`) and `explain` both call, so what
// `explain` shows is what the digest gets: decode, match a configured
// source, decide whether it is digested ([digest] include), clean it with the
// source's rules, the sender's history and the mailing platform's template,
// summarize it.
//
// Pure apart from the history callback: safe to call from several threads at
// once on the same MessageRules.

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "config/settings.hpp"
#include "transform/document.hpp"
#include "transform/message.hpp"
#include "transform/outline.hpp"
#include "transform/rules.hpp"
#include "transform/summary.hpp"

namespace distill::app {

// The configured source a message belongs to: the first [source.NAME] all of
// whose given match keys match: one of its `from` globs the sender address,
// one of its `list_id` globs the List-Id, one of its `subject` patterns the
// subject. Keys a source leaves out don't count; a source without any match
// key matches nothing. nullptr if none matches.
const config::SourceSettings* match_source(const config::Settings& settings, const transform::Message& message);

// The template keys of earlier issues of one sender (transform::template_keys
// of their stored block texts), newest first: what template learning
// compares an issue with (see transform::clean).
using SenderHistory = std::vector<std::vector<std::string>>;

// How many earlier issues of a sender template learning looks at.
constexpr int k_history_issues = 5;

// The settings with every source's rules compiled once, shared read-only by
// everything that processes messages in one run.
class MessageRules {
 public:
  explicit MessageRules(const config::Settings& settings);
  const config::Settings& settings() const { return m_settings; }
  // The rules of `source`, or the empty rules (built-in heuristics only).
  const transform::SourceRules& of(const config::SourceSettings* source) const;

 private:
  const config::Settings& m_settings;
  std::map<std::string, transform::SourceRules> m_by_source;
  transform::SourceRules m_none;
};

// transform::platform_key of a block -> in how many other senders' issues
// the store has seen it (the mailing platform's template).
using PlatformSenders = std::unordered_map<std::uint64_t, int>;

struct MessageRequest {
  // Clean with this source's rules instead of the one the message matches.
  const config::SourceSettings* source = nullptr;
  // The history of the message's sender; empty callback: no history.
  std::function<SenderHistory(const transform::Message&)> history;
  // How many other senders share each of the issue's platform keys; empty
  // callback: no platform template.
  std::function<PlatformSenders(const std::vector<std::uint64_t>& keys)> platform_senders;
  // Clean and summarize even a message that is not digested (explain shows
  // what would happen to it); process stops at the include decision.
  bool past_skip = false;
};

struct ProcessedMessage {
  transform::Message message;
  const config::SourceSettings* source = nullptr;  // matched (or given) source, if any
  std::string source_title;                        // how the digest titles the issue
  transform::Document document;                    // the decoded issue, before cleaning
  std::optional<std::string> skipped;              // why it is not digested
  bool cleaned_and_summarized = false;             // false when skipped and not past_skip
  transform::CleanResult cleaned;
  transform::Outline outline;  // of cleaned.kept: what the summary was chosen from
  transform::Summary summary;
  std::vector<std::uint64_t> platform_keys;  // of the decoded issue, for the store to record
  // transform::template_keys of the decoded issue: what template learning
  // compares the sender's later issues with. Folded once, for cleaning this
  // issue and for its sender's later ones.
  std::vector<std::string> template_keys;
};

// Decode `bytes` and take the message through the process stage. Decoding
// never throws for bad input (what was lost is in message.warnings); a bad
// source rule throws RuleError.
ProcessedMessage process_message(std::string_view bytes, const MessageRules& rules, const MessageRequest& request);

}  // namespace distill::app
