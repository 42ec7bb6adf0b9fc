#pragma once
// Summarizing a cleaned issue: a lede, a few key points and the issue's
// items (headed sections, numbered or bulleted stories, link lists), each
// with its title, link and one-sentence blurb.
//
// Method. On news-like text the lead sentences of a story are a strong
// baseline (Lead-3 scores ROUGE-1 of about 40 on CNN/DailyMail and beats
// TextRank there), so position is the prior: the lede is the best of the
// main story's opening sentences, and a sentence's score starts from its
// place in its story. TF-IDF centrality (Snowball-stemmed, stop words of the
// issue's language removed) and the share of names and numbers decide among
// candidates; a sentence too similar to one already chosen is skipped, so
// the summary does not say the same thing twice, and a story's score halves
// with each sentence it gave, so the summary covers the issue.
//
// Length. Everything the summary says (lede, points, item titles and
// blurbs) fits in `max_share` of the cleaned issue's words, with a floor of
// `min_words` for short issues (for a short roundup of three stories or more
// of a paragraph each, 30 words a story up to 60% of the issue: a title and
// a sentence each) and a ceiling of `max_words` for long ones: each story's lead item title first, then
// sentences (as blurbs of listed items, else as points), then the other
// items' titles. Only the one point every summary has may go over, and the
// sentences of a short issue (under 300 words): it tells its lede and three
// more sentences, up to 45 words each over the budget, within four fifths of
// the words.
//
// Deterministic: the same CleanResult and options give the same Summary.
// Sponsor text never reaches it because clean() removed it; the summarizer
// only reads `kept`.

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>

#include "transform/outline.hpp"
#include "transform/summary.hpp"

namespace distill::transform {

struct SummarizeOptions {
  int points = 4;         // key points at most
  std::string source;     // configured source name, or the sender's name
  std::string title;      // the title, usually the subject
  std::optional<std::chrono::sys_seconds> date;
  std::string language;   // "en", "de", ...; empty: detected from the text
  double max_share = 0.15;  // of the cleaned words
  int min_words = 80;       // budget floor for short issues
  int max_words = 400;      // budget ceiling for very long issues
};

// The work a summary took, counted in steps that do not depend on the
// machine: what a test of its bounds asserts. Choosing considers a bounded
// number of candidates however long the issue; the comparisons between
// lines and titles grow with the length, not its square.
struct SummarizeWork {
  std::size_t sentences = 0;    // sentences read
  std::size_t candidates = 0;   // candidate sentences looked at while choosing
  std::size_t comparisons = 0;  // sentence-sentence and line-title comparisons
};

// Summarizes `cleaned`. Never throws for odd input: an issue without any
// sentence gets its first words as lede. words_in counts kept and removed
// blocks, words_kept the kept ones; removed_counts counts removed blocks by
// reason kind (clean.hpp) plus "tracking pixel" and "tracking parameter".
// web_url is the link of a removed "view in browser" block, if any.
// When `work` is given, it receives the work done. Builds the outline of
// `cleaned.kept` first (build_outline).
Summary summarize(const CleanResult& cleaned, const SummarizeOptions& options = {}, SummarizeWork* work = nullptr);

// Summarizes `cleaned` from its outline, built by the caller (who may show
// it too): build_outline(cleaned.kept, block_facts(cleaned.kept), title, source).
Summary summarize(const CleanResult& cleaned, const Outline& outline, const SummarizeOptions& options,
                  SummarizeWork* work = nullptr);

// The words the summary's text adds up to: lede, points, item titles and
// blurbs (what the length limit counts).
int summary_words(const Summary& summary);

}  // namespace distill::transform
