#pragma once
// The results of cleaning and summarizing, and the digest that carries them.

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "transform/document.hpp"
#include "transform/vocabulary.hpp"

namespace distill::transform {

// What removed a block, as the digest counts it (removal_kind_name gives
// the count's key: "sponsor", "promo", "footer", ...).
enum class RemovalKind { sponsor, jobs, promo, chrome, social, footer, legal, template_block, source, orphan, empty };

constexpr std::string_view removal_kind_name(RemovalKind kind) {
  constexpr std::string_view k_names[] = {"sponsor", "jobs",     "promo",  "chrome", "social", "footer",
                                          "legal",   "template", "source", "orphan", "empty"};
  return k_names[static_cast<int>(kind)];
}

struct RemovedBlock {
  Block block;
  std::string reason;  // for people: kind and evidence, e.g. `sponsor: "(sponsor)"`, `source rule drop_after #2`
  RemovalKind kind = RemovalKind::source;
  // What gave the block away: the phrase and its table (`vocabulary fr
  // footer "se désabonner"`), a link (`links only to unsubscribe pages`),
  // the history (`recurs in 2 of 3 earlier issues`).
  std::string evidence;
  // The vocabulary's category of what matched ("view online", "forwarded"),
  // when a phrase of it or a marker standing for it did.
  std::optional<Category> category;
  bool operator==(const RemovedBlock&) const = default;
};

// What clean decided: the kept Document and every dropped block with why.
struct CleanResult {
  Document kept;
  std::vector<RemovedBlock> removed;
  bool operator==(const CleanResult&) const = default;
};

struct Item {
  std::string title;
  std::string url;    // empty when the item has no link
  std::string blurb;  // one sentence, may be empty
  bool operator==(const Item&) const = default;
};

struct Summary {
  std::string source;   // configured source name, or the sender's display name
  std::string source_key;  // NAME of the [source.NAME] the issue matched; empty when none
  std::string title;    // the title (usually the subject)
  std::optional<std::chrono::sys_seconds> date;
  std::string web_url;  // "view in browser" target, when the issue has one
  std::string lede;     // one or two sentences
  std::vector<std::string> points;
  std::vector<Item> items;
  int words_in = 0;
  int words_kept = 0;
  int blocks_removed = 0;
  // Removed blocks counted by kind ("sponsor", "promo", "footer", ...) and
  // trackers ("tracking pixel", "tracking parameter"), for the digest's
  // "what was removed" line.
  std::map<std::string, int> removed_counts;
  bool operator==(const Summary&) const = default;
};

// One digest: the period it covers, the summaries grouped by source in order,
// and (once composed by deliver/) its rendered parts.
struct Digest {
  std::chrono::sys_seconds period_start{};
  std::chrono::sys_seconds period_end{};
  std::string message_id;  // stable: written to the store before sending
  std::string subject;
  std::vector<Summary> summaries;
  std::string text;        // rendered text/plain
  std::string html;        // rendered text/html
  std::string mime;        // the whole RFC 5322 message as sent
  // Why stories of different issues were shown as one, one line per join
  // (deliver/story_groups.hpp), for `preview`; not part of the message.
  std::vector<std::string> merged;
  bool operator==(const Digest&) const = default;
};

}  // namespace distill::transform
