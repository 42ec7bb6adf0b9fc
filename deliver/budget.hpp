#pragma once
// What a digest shows first and how much of it: the order of its issues and
// the reading budget. A reader who subscribes to many newsletters cannot
// read every issue in full every day; the digest puts first what most
// readers want first and fits the rest to a reading time:
//
// - Order. Issues that carry a story several newsletters cover come first
//   (more newsletters first), then by the source's priority (high, normal,
//   low), then each source's first issue before any source's second (a
//   backlog of one newsletter does not crowd out the others), then in the
//   order their sources were first seen. Within an issue its stories keep
//   the order the issue gave them, its main story before its briefs.
// - Budget. Issues are shown in full in that order while the words shown
//   fit the budget (at k_words_per_minute); an issue that does not fit is
//   passed over for the next ones that do, so the budget is used, and the
//   first issue is always shown in full. What is passed over is listed
//   compactly (source, title, link), at most k_max_rest_titles titles;
//   beyond those the digest only counts them. With no budget every issue
//   is shown in full, up to k_max_full_issues of them: a digest that
//   holds more is far over what one message may carry (the deliver stage
//   sends no more issues than that in one digest, a larger backlog in
//   several), and composing it would hold all their text at once.
//
// compose_digest (deliver/compose.hpp) measures the words each issue shows
// and renders the plan.

#include <cstddef>
#include <string>
#include <vector>

namespace distill::deliver {

// A source's place in the digest ([source.NAME] priority and mute). A muted
// source's issues go to the archive only: the digest counts them.
enum class Priority { high, normal, low, mute };

// The reading speed budgets are measured at: words per minute of an adult
// reading a screen, the usual estimate.
inline constexpr int k_words_per_minute = 230;

// The most titles the compact rest lists; beyond them it gives a count.
inline constexpr std::size_t k_max_rest_titles = 200;

// The most issues shown in full when there is no budget; the rest are
// listed and counted as beyond a budget.
inline constexpr std::size_t k_max_full_issues = 1000;

struct IssueRank {
  std::size_t issue = 0;             // index into the digest's summaries
  std::size_t newsletters = 1;       // most newsletters covering a story the issue shows; 1: its own only
  Priority priority = Priority::normal;
  std::size_t nth_of_source = 0;     // 0 for its source's first issue in the digest, 1 for the second...
  std::size_t source_order = 0;      // when its source was first seen
};

// The issues in the order the digest shows them (see above).
std::vector<std::size_t> rank_issues(std::vector<IssueRank> issues);

struct BudgetPlan {
  std::vector<std::size_t> full;      // shown in full, in rank order
  std::vector<std::size_t> listed;    // the compact rest, in rank order, at most k_max_rest_titles
  std::vector<std::size_t> unlisted;  // beyond the cap: counted only
  int words = 0;                      // words shown: `words_used` plus the full issues
};

// Fits `ranked` issues (indices into `words`, the words each shows in full)
// to `budget_words` after `words_used` (the top of the digest). A budget of
// 0 means none: every issue is shown in full, the first k_max_full_issues.
BudgetPlan fit_budget(const std::vector<std::size_t>& ranked, const std::vector<int>& words, int budget_words,
                      int words_used);

}  // namespace distill::deliver
