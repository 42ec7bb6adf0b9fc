#include "app/process.hpp"

#include <fnmatch.h>

#include <algorithm>
#include <map>
#include <memory>

#include <re2/re2.h>

#include "config/config.hpp"
#include "transform/clean.hpp"
#include "transform/evidence.hpp"
#include "transform/html_document.hpp"
#include "transform/mime.hpp"
#include "transform/newsletter.hpp"
#include "transform/rules.hpp"
#include "transform/summarize.hpp"

namespace distill::app {

namespace {

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool glob_matches(const std::string& pattern, const std::string& value) {
  return !value.empty() && ::fnmatch(lower(pattern).c_str(), lower(value).c_str(), 0) == 0;
}

transform::SourceRules rules_for(const config::SourceSettings* source) {
  transform::SourceRules rules;
  if (!source) return rules;
  rules.name = source->name;
  rules.drop = source->drop;
  rules.drop_after = source->drop_after;
  rules.drop_before = source->drop_before;
  rules.keep = source->keep;
  rules.compile();  // patterns were validated when the config was loaded
  return rules;
}

std::string describe(const store::StoredMessage& m) {
  std::string s = "message " + std::to_string(m.id);
  if (!m.info.subject.empty()) s += " (\"" + m.info.subject + "\")";
  return s;
}

// How many earlier issues of a sender template learning looks at.
constexpr int k_history_issues = 5;

}  // namespace

const config::SourceSettings* match_source(const config::Settings& settings, const transform::Message& message) {
  auto any_glob = [](const std::vector<std::string>& patterns, const std::string& value) {
    return std::any_of(patterns.begin(), patterns.end(), [&](const auto& p) { return glob_matches(p, value); });
  };
  for (const auto& source : settings.sources) {
    if (source.from.empty() && source.list_id.empty() && source.subject.empty()) continue;
    if (!source.from.empty() && !any_glob(source.from, message.from.address)) continue;
    if (!source.list_id.empty() && !any_glob(source.list_id, message.list_id)) continue;
    if (!source.subject.empty() &&
        std::none_of(source.subject.begin(), source.subject.end(),
                     [&](const auto& p) { return RE2::PartialMatch(message.subject, RE2(p, RE2::Quiet)); })) {
      continue;
    }
    return &source;
  }
  return nullptr;
}

ProcessReport process_pending(const config::Settings& settings, store::Store& store, const ProcessRequest& request) {
  ProcessReport report;
  std::map<std::string, transform::SourceRules> rules_by_source;  // compiled once per run
  const transform::SourceRules no_rules;

  for (auto id : store.message_ids(store::MessageStatus::fresh)) {
    if (request.should_stop && request.should_stop()) break;
    store::StoredMessage stored = store.message(id);
    try {
      // Decode: never throws for bad input; what was lost is in warnings.
      transform::Message message = transform::decode_message(stored.raw.bytes);
      if (request.verbose) {
        for (const auto& w : message.warnings) request.verbose(describe(stored) + ": " + w);
      }

      const config::SourceSettings* source = match_source(settings, message);
      transform::Document document = transform::message_to_document(message);

      // Include: configured sources, newsletters, or everything; never our own digests.
      if (auto reason = transform::not_digested_reason(message, document, source != nullptr,
                                                       settings.digest.include)) {
        store.mark_skipped(id, *reason);
        ++report.skipped;
        if (request.verbose) request.verbose(describe(stored) + ": skipped, " + *reason);
        continue;
      }

      const transform::SourceRules* rules = &no_rules;
      if (source) {
        auto it = rules_by_source.find(source->name);
        if (it == rules_by_source.end()) it = rules_by_source.emplace(source->name, rules_for(source)).first;
        rules = &it->second;
      }

      // Clean with what the mailbox knows: what earlier issues of the same
      // sender had in common, which blocks other senders' issues share (the
      // mailing platform's template), and the List-Unsubscribe host.
      transform::CleanContext context;
      context.sender_history = store.sender_history(stored.info.from, id, k_history_issues);
      const std::vector<std::uint64_t> platform_keys = transform::platform_keys(document);
      context.platform_senders = store.platform_senders(stored.info.from, platform_keys);
      context.list_unsubscribe_host = transform::list_unsubscribe_host(message.list_unsubscribe);
      transform::CleanResult cleaned = transform::clean(document, *rules, context);

      transform::SummarizeOptions options;
      options.points = settings.digest.points;
      options.source = source ? config::source_title(*source, message.from.name)
                              : (message.from.name.empty() ? message.from.address : message.from.name);
      options.title = message.subject;
      options.date = message.date;
      transform::Summary summary = transform::summarize(cleaned, options);

      auto tx = store.begin();
      store.mark_processed(id, options.source, summary, transform::history_entry(document), request.now);
      store.archive_issue(id, cleaned);
      store.record_platform_keys(stored.info.from, platform_keys, request.now);
      tx.commit();
      ++report.processed;
    } catch (const std::exception& e) {
      std::string what = describe(stored) + ": " + e.what();
      store.mark_failed(id, e.what());
      ++report.failed;
      report.failures.push_back(what);
      if (request.warn) request.warn(what);
    }
  }
  return report;
}

}  // namespace distill::app
