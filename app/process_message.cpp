#include "app/process_message.hpp"

#include <fnmatch.h>

#include <algorithm>

#include <re2/re2.h>

#include "config/config.hpp"
#include "transform/ascii.hpp"
#include "transform/clean.hpp"
#include "transform/evidence.hpp"
#include "transform/html_document.hpp"
#include "transform/mime.hpp"
#include "transform/newsletter.hpp"
#include "transform/summarize.hpp"

namespace distill::app {

namespace {

bool glob_matches(const std::string& pattern, const std::string& value) {
  return !value.empty() && ::fnmatch(transform::ascii_lower(pattern).c_str(), transform::ascii_lower(value).c_str(), 0) == 0;
}

transform::SourceRules rules_of(const config::SourceSettings& source) {
  transform::SourceRules rules;
  rules.name = source.name;
  rules.drop = source.drop;
  rules.drop_after = source.drop_after;
  rules.drop_before = source.drop_before;
  rules.keep = source.keep;
  return rules;
}

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

MessageRules::MessageRules(const config::Settings& settings) : m_settings(settings) {
  // Patterns were validated when the config was loaded. A source whose
  // patterns do not compile all the same (settings that skipped validation)
  // stays uncompiled: clean() then fails on each message of that source
  // alone, and the others go on.
  for (const auto& source : settings.sources) {
    transform::SourceRules rules = rules_of(source);
    try {
      rules.compile();
    } catch (const transform::RuleError&) {
      rules.compiled.reset();
    }
    m_by_source.emplace(source.name, std::move(rules));
  }
}

const transform::SourceRules& MessageRules::of(const config::SourceSettings* source) const {
  if (!source) return m_none;
  auto it = m_by_source.find(source->name);
  return it == m_by_source.end() ? m_none : it->second;
}

ProcessedMessage process_message(std::string_view bytes, const MessageRules& rules, const MessageRequest& request) {
  const config::Settings& settings = rules.settings();
  ProcessedMessage out;
  out.message = transform::decode_message(bytes);
  out.source = request.source ? request.source : match_source(settings, out.message);
  out.document = transform::message_to_document(out.message);
  const auto& from = out.message.from;
  out.source_title = out.source ? config::source_title(*out.source, from.name)
                                : (from.name.empty() ? from.address : from.name);

  // Include: configured sources, newsletters, or everything; never our own digests.
  out.skipped = transform::not_digested_reason(out.message, out.document, out.source != nullptr,
                                               settings.digest.include);
  if (out.skipped && !request.past_skip) return out;

  // Clean with what the mailbox knows: what earlier issues of the same
  // sender had in common, which blocks other senders' issues share (the
  // mailing platform's template), and the List-Unsubscribe host.
  transform::CleanContext context;
  if (request.history) context.sender_template = request.history(out.message);
  // Each block is folded and counted once (its BlockFacts); cleaning, the
  // template and platform keys and the outline all read those facts.
  context.block_facts = transform::block_facts(out.document);
  context.block_platform_keys = transform::block_platform_keys(out.document, context.block_facts);
  out.platform_keys = transform::platform_keys(context.block_platform_keys);
  if (request.platform_senders) context.platform_senders = request.platform_senders(out.platform_keys);
  context.list_unsubscribe_host = transform::list_unsubscribe_host(out.message.list_unsubscribe);
  context.block_keys = transform::block_template_keys(out.document, context.block_facts);
  out.cleaned = transform::clean(out.document, rules.of(out.source), context);
  out.template_keys = transform::template_keys(out.document, context.block_keys);

  transform::SummarizeOptions options;
  options.points = settings.digest.points;
  options.source = out.source_title;
  options.title = out.message.subject;
  options.date = out.message.date;
  // The outline is built once: the summary chooses from it and explain shows it.
  out.outline = transform::build_outline(
      out.cleaned.kept, transform::block_facts_of_kept(out.document, context.block_facts, out.cleaned.kept),
      options.title, options.source);
  out.summary = transform::summarize(out.cleaned, out.outline, options);
  if (out.source) out.summary.source_key = out.source->name;
  out.cleaned_and_summarized = true;
  return out;
}

}  // namespace distill::app
