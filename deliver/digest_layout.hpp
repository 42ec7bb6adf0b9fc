#pragma once
// The inside of compose (deliver/compose.hpp), not its interface: the
// digest's issues as compose reads them (Issues), where every story goes
// (Layout, which lay_out makes in digest_layout.cpp) and the two parts
// that render the same Layout (render_text in digest_text.cpp,
// render_html in digest_html.cpp). The text part also measures: lay_out
// fits the issues to the reading budget by the words of their text
// sections.

#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "deliver/budget.hpp"
#include "deliver/compose.hpp"
#include "deliver/story_groups.hpp"
#include "transform/summary.hpp"

namespace distill::deliver::digest {

using transform::Item;
using transform::Summary;

// "12,345".
std::string with_thousands(long long n);

// "1 issue", "3 issues".
std::string plural(long long n, std::string_view noun);

// "Fri 24 Jan 2025": the day of `at` at `utc_offset`.
std::string day_text(std::chrono::sys_seconds at, std::chrono::seconds utc_offset);

// "4 min".
std::string minutes_text(int minutes);

// The minutes `words` take to read, at least one.
int reading_minutes(int words);

// FNV-1a: a stable hash (unlike std::hash) for the Message-ID and boundary.
struct Fnv {
  std::uint64_t value = 1469598103934665603ull;
  void add(std::string_view s) {
    for (char c : s) {
      value ^= static_cast<unsigned char>(c);
      value *= 1099511628211ull;
    }
    value ^= 0xFF;
    value *= 1099511628211ull;
  }
  std::string hex() const {
    std::array<char, 17> buf{};
    std::snprintf(buf.data(), buf.size(), "%016llx", static_cast<unsigned long long>(value));
    return buf.data();
  }
};

// Every text of `s` as valid UTF-8: a summary read back from an older store
// (or written by a bug since fixed) may carry a cut multi-byte sequence,
// and the digest is where it would reach a reader.
Summary with_valid_utf8(Summary s);

// The few facts of an issue that every part of the digest reads of every
// issue (its source for grouping by source and for the counts, its word
// counts for the totals), held for all issues; the source is a view into
// the names Issues keeps once each. Its title, link and date, which only
// the issues a digest names and its Message-ID need, are read again from
// its summary.
struct IssueFacts {
  std::string_view source;
  int words_in = 0;
  int words_kept = 0;
};

// A story as compose lists every story for grouping: a StoryRef in 8
// bytes instead of 16 (grouping takes fewer than 2^32 issues).
struct ListedStory {
  std::uint32_t issue = 0;
  std::int32_t item = k_lead;
  StoryRef ref() const { return {issue, item}; }
  auto operator<=>(const ListedStory&) const = default;
};

// The digest's issues as compose reads them: their facts, held for all, in
// digest order (grouped by source, sources in the order they were first
// seen, issues in their order within a source: the order of
// Digest::summaries and of its Message-ID), and their whole summaries,
// read again (cut to the bounds, as valid UTF-8) when a section or a story
// needs one and kept only in a small cache. So a digest of tens of
// thousands of issues never holds all their summaries at once.
class Issues {
 public:
  // Reads each summary once, for its facts and the stories it can show
  // (its lead and the items shown_items would show, with at most
  // `max_items`), for grouping.
  Issues(std::size_t count, const ReadSummary& read, int max_items);

  std::size_t size() const { return m_facts.size(); }
  bool empty() const { return m_facts.empty(); }
  const IssueFacts& operator[](std::size_t i) const { return m_facts[i]; }
  // The index given to `read` for issue `i` of the digest.
  std::size_t input_index(std::size_t i) const { return m_input[i]; }
  // Every story an issue can show, in digest order (an issue's lead before
  // its items), for grouping.
  // Taken out once (grouping is their only reader).
  std::vector<ListedStory> take_stories() { return std::move(m_stories); }
  // Issue `i`'s whole summary. The pointer keeps it alive past the cache.
  std::shared_ptr<const Summary> summary(std::size_t i) const;

 private:
  Summary read_input(std::size_t input) const { return with_valid_utf8(bound_summary(m_read(input))); }

  ReadSummary m_read;
  std::set<std::string, std::less<>> m_sources;  // each source name once; IssueFacts::source views them
  std::vector<IssueFacts> m_facts;
  std::vector<std::size_t> m_input;
  std::vector<ListedStory> m_stories;
  // The summaries read last, most recent first.
  mutable std::vector<std::pair<std::size_t, std::shared_ptr<const Summary>>> m_cache;
};

template <class Issue>  // a Summary or its IssueFacts
std::string source_name(const Issue& s) {
  auto name = plain_text(s.source);
  return name.empty() ? std::string("Newsletter") : name;
}

std::string with_real_host(std::string text, const std::string& url);

template <class Issue>
std::string issue_title(const Issue& s) {
  auto title = plain_text(s.title);
  return title.empty() ? std::string("(untitled)") : with_real_host(std::move(title), s.web_url);
}

// What the digest shows of an issue's items: at most `max_items` of them in
// the issue's order, in two lists, those with a link a reader can follow
// ("Links") and those without (a section, a story, the "Number of the
// Week"); how many more there are; and whether the issue is a roundup of
// stories (three or more links shown), which its list of stories tells
// better than key points do.
struct ShownItems {
  std::vector<const Item*> unlinked;
  std::vector<const Item*> linked;
  std::size_t more = 0;
  bool roundup = false;
};

ShownItems shown_items(const Summary& s, int max_items);

// "and 4 more in the issue".
std::string more_line(std::size_t more);

// An item without a link whose title repeats the issue's name but has a
// blurb ("Vélo Club Newsletter — February rides — The committee agreed
// ..."): the blurb says all there is.
bool says_only_blurb(const Summary& s, const Item& item);

// The heading over an issue's items with a link or without.
std::string_view items_heading(bool linked);

// An item's title as shown (its link when it has none), with the real
// host beside a title that names another (with_real_host).
std::string item_title(const Item& item);

// A source name as the counts tell sources apart, in 8 bytes.
std::uint64_t source_hash(std::string_view source);

// The most muted sources' names the muted line takes from the issues
// beyond the window.
constexpr std::size_t k_max_rest_muted_names = 100;

// The issues after the window (ComposeOptions::window), each read once and
// counted: how many, their words, and their sources as hashes (names only
// where a line names them), so that what is kept of them does not grow
// with their number.
struct Rest {
  std::size_t told = 0;                            // not muted: counted at the end of the compact rest
  std::unordered_set<std::uint64_t> told_sources;  // their sources
  std::size_t muted = 0;
  std::vector<std::string> muted_names;           // source_name, each once, at most k_max_rest_muted_names
  std::vector<std::string> subject_names;         // told sources not in the window, while {sources} can show them
  std::unordered_set<std::uint64_t> new_sources;  // sources of any of them that no window issue has
  long long words_in = 0;
  long long words_kept = 0;
  std::size_t size() const { return told + muted; }
};

struct Totals {
  long long words_in = 0;
  long long words_kept = 0;
  std::size_t sources = 0;
};

// The word counts and the number of sources of the window and the rest.
Totals totals_of(const Issues& issues, const Rest& rest);

// Where everything goes: the stories several issues share (each shown
// under one of them), the top stories, the issues in full, the compact rest
// and the muted issues. Indices are into Digest::summaries.
struct Layout {
  std::vector<StoryGroup> groups;
  std::vector<StoryRef> best;                 // per group: where it is shown
  std::map<StoryRef, std::size_t> group_of;   // every story that is in a group
  std::vector<std::size_t> top;               // groups under "Top stories", in order
  std::vector<std::size_t> full;              // issues in full, in order
  std::vector<std::size_t> listed;            // the compact rest, in order
  std::vector<std::size_t> unlisted;          // beyond the compact rest's cap
  std::vector<std::size_t> muted;             // muted sources' issues: counted only
  std::vector<std::size_t> number;            // per issue: its section number, 0 when not in full
  int words = 0;                              // words shown: top stories and the issues in full
  int budget_minutes = 0;
  Rest rest;  // the issues after the window: counted only

  const StoryGroup* group(StoryRef r, std::size_t* index = nullptr) const {
    const auto it = group_of.find(r);
    if (it == group_of.end()) return nullptr;
    if (index) *index = it->second;
    return &groups[it->second];
  }
  // Whether the story is shown under another issue.
  bool hidden(StoryRef r) const {
    std::size_t g = 0;
    return group(r, &g) != nullptr && !(best[g] == r);
  }
  // Of an issue's `items`, those shown under it; the others, shown under
  // another issue, are added to `elsewhere`.
  std::vector<const Item*> shown_here(std::size_t issue, const Summary& s, const std::vector<const Item*>& items,
                                      std::vector<StoryRef>& elsewhere) const {
    std::vector<const Item*> here;
    for (const Item* item : items) {
      const StoryRef ref{issue, static_cast<int>(item - s.items.data())};
      if (hidden(ref)) {
        elsewhere.push_back(ref);
      } else {
        here.push_back(item);
      }
    }
    return here;
  }
  // Whether the story is shown here and also told by other issues.
  const StoryGroup* shown_with_others(StoryRef r, std::size_t* index = nullptr) const {
    std::size_t g = 0;
    const auto* found = group(r, &g);
    if (found == nullptr || !(best[g] == r)) return nullptr;
    if (index) *index = g;
    return found;
  }
};

// A story as the digest names it: an item's title, or the issue's for its lead.
std::string story_title(const Issues& all, StoryRef r);

// An issue's web version for its lead, an item's link for an item.
std::string story_url(const Issues& all, StoryRef r);

// Where "also in" sends a reader for another issue's telling: that issue's
// web version, else its link for the story.
std::string telling_url(const Issues& all, StoryRef r);

// Lays the digest out: groups the stories, chooses where each shared story
// is shown, ranks the issues (deliver/budget.hpp), picks the top stories
// and fits the issues to the budget. A shared story whose best telling
// fell outside the budget is shown under the best of its tellings that is
// in full, when there is one.
Layout lay_out(Issues& all, const std::vector<Priority>& priority, const ComposeOptions& options);

// -- lines both parts write ------------------------------------------------

// "37 more issues from 12 newsletters": `issues` and, with `rest`, the
// issues after the window that are not muted.
std::string issues_from(const Issues& all, const std::vector<std::size_t>& issues, std::string_view more = "",
                        const Rest* rest = nullptr);

// Whether the compact rest ends with issues it only counts.
inline bool has_unlisted(const Layout& l) { return !l.unlisted.empty() || l.rest.told > 0; }

// Whether the compact rest has anything to list or count.
inline bool has_rest(const Layout& l) { return !l.listed.empty() || has_unlisted(l); }

// Whether any issue is muted, in the window or after it.
inline bool has_muted(const Layout& l) { return !l.muted.empty() || l.rest.muted > 0; }

// The compact rest, grouped by source in the order of the list.
std::vector<std::pair<std::string, std::vector<std::size_t>>> rest_by_source(const Issues& all, const Layout& l);

// "And 37 more issues from 12 newsletters, beyond the 20 min reading
// budget:", the heading of the compact rest.
std::string rest_heading(const Issues& all, const Layout& l);

// The line that counts the issues the compact rest does not list.
std::string unlisted_line(const Issues& all, const Layout& l);

// "Muted, to the archive only: 3 issues from A, B.".
std::string muted_line(const Issues& all, const Layout& l);

// "12 issues from 5 sources · 14 min read" (or that there is nothing new).
std::string overview_line(const Issues& summaries, const Totals& t, const Layout& l);

// -- the two parts -----------------------------------------------------------

// The text/plain part: wrapped at 72 columns, links as numbered references.
std::string render_text(const transform::Digest& d, const Issues& all, const Totals& t, const Layout& l,
                        std::string_view footer, int max_items);

// The words the top stories and one issue's section show, as the text part
// renders them.
int top_words(const Issues& all, const Layout& l);

int section_words(const Issues& all, const Layout& l, std::size_t issue, int max_items);

// The text/html part: one column, inline CSS, dark-mode friendly.
std::string render_html(const transform::Digest& d, const Issues& all, const Totals& t, const Layout& l,
                        std::string_view footer, int max_items);

}  // namespace distill::deliver::digest
