#include "deliver/compose.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <tuple>
#include <unordered_set>

#include "deliver/mime_writer.hpp"
#include "deliver/sink.hpp"
#include "deliver/story_groups.hpp"
#include "transform/charset.hpp"
#include "transform/mime.hpp"
#include "transform/words.hpp"

namespace distill::deliver {

namespace {

using transform::Item;
using transform::Summary;

constexpr std::size_t k_width = 72;
const std::string k_rule(k_width, '-');

std::size_t display_width(std::string_view s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string with_thousands(long long n) {
  auto digits = std::to_string(n < 0 ? -n : n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return n < 0 ? "-" + out : out;
}

std::string plural(long long n, std::string_view noun) {
  return std::to_string(n) + " " + std::string(noun) + (n == 1 ? "" : "s");
}

std::string day_text(std::chrono::sys_seconds at, std::chrono::seconds utc_offset) {
  // "Fri, 24 Jan 2025 07:00:00 +0100" -> "Fri 24 Jan 2025"
  const auto full = format_rfc5322_date(at, utc_offset);
  return full.substr(0, 3) + full.substr(4, 12);
}

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

std::string compact_stamp(std::chrono::sys_seconds at) {
  const auto day = std::chrono::floor<std::chrono::days>(at);
  const std::chrono::year_month_day ymd(day);
  const std::chrono::hh_mm_ss hms(at - day);
  std::array<char, 32> buf{};
  std::snprintf(buf.data(), buf.size(), "%04d%02u%02uT%02d%02d%02dZ", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                static_cast<int>(hms.seconds().count()));
  return buf.data();
}

// Every text of `s` as valid UTF-8: a summary read back from an older store
// (or written by a bug since fixed) may carry a cut multi-byte sequence,
// and the digest is where it would reach a reader.
Summary with_valid_utf8(Summary s) {
  const auto fix = [](std::string& t) {
    if (!transform::is_valid_utf8(t)) t = transform::sanitize_utf8(t);
  };
  fix(s.source);
  fix(s.title);
  fix(s.web_url);
  fix(s.lede);
  for (auto& p : s.points) fix(p);
  for (auto& item : s.items) {
    fix(item.title);
    fix(item.url);
    fix(item.blurb);
  }
  std::map<std::string, int> counts;
  for (const auto& [kind, n] : s.removed_counts) {
    std::string k = kind;
    fix(k);
    counts.emplace(std::move(k), n);
  }
  s.removed_counts = std::move(counts);
  return s;
}

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

// How many summaries Issues keeps: enough for the issues a story group or
// a section reads one after the other.
constexpr std::size_t k_cached_summaries = 16;

std::shared_ptr<const Summary> Issues::summary(std::size_t i) const {
  for (std::size_t k = 0; k < m_cache.size(); ++k) {
    if (m_cache[k].first != i) continue;
    std::rotate(m_cache.begin(), m_cache.begin() + static_cast<std::ptrdiff_t>(k),
                m_cache.begin() + static_cast<std::ptrdiff_t>(k) + 1);
    return m_cache.front().second;
  }
  auto s = std::make_shared<const Summary>(read_input(m_input[i]));
  if (m_cache.size() >= k_cached_summaries) m_cache.pop_back();
  m_cache.insert(m_cache.begin(), {i, s});
  return s;
}

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

// Whether an item's title only repeats the issue's name ("Rust Roundup
// #212" in "Rust Roundup #212: async closures are stable", "Curious Weekly:
// octopus arms that taste" from Curious Weekly), which the digest shows
// above it already: three quarters of its words are in the issue's title
// and source name.
bool repeats_issue_name(const Summary& s, const std::string& title) {
  const auto known = transform::fold_for_match(s.title + " " + s.source);
  const auto names = transform::split_words(known);
  const auto folded = transform::fold_for_match(title);
  std::size_t words = 0;
  std::size_t common = 0;
  for (auto w : transform::split_words(folded)) {
    ++words;
    common += std::find(names.begin(), names.end(), w) != names.end() ? 1 : 0;
  }
  return words >= 2 && common * 4 >= words * 3;
}

// Whether an item is worth a line: not one with nothing to show, nor a
// bare item that only repeats the issue's name.
bool shows(const Summary& s, const Item& item) {
  if (is_linkable(item.url)) return true;
  if (plain_text(item.title).empty()) return false;
  return !(plain_text(item.blurb).empty() && repeats_issue_name(s, item.title));
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

ShownItems shown_items(const Summary& s, int max_items) {
  ShownItems out;
  std::size_t shown = 0;
  for (const auto& item : s.items) {
    if (!shows(s, item)) continue;
    if (shown >= static_cast<std::size_t>(std::max(max_items, 0))) {
      ++out.more;
      continue;
    }
    ++shown;
    (is_linkable(item.url) ? out.linked : out.unlinked).push_back(&item);
  }
  out.roundup = out.linked.size() >= 3;
  return out;
}

std::string more_line(std::size_t more) {
  return "and " + std::to_string(more) + " more in the issue";
}

// An item without a link whose title repeats the issue's name but has a
// blurb ("Vélo Club Newsletter — February rides — The committee agreed
// ..."): the blurb says all there is.
bool says_only_blurb(const Summary& s, const Item& item) {
  return !is_linkable(item.url) && !plain_text(item.blurb).empty() && repeats_issue_name(s, item.title);
}

std::string_view items_heading(bool linked) { return linked ? "Links" : "Also in this issue"; }

// The host of an http(s) URL, lower case, without user info or port;
// empty for anything else.
std::string url_host(std::string_view url) {
  const auto lower_ascii = [](std::string_view text) {
    std::string out(text);
    for (auto& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  };
  const auto scheme = lower_ascii(url.substr(0, 8));
  std::size_t start = scheme.starts_with("https://") ? 8 : scheme.starts_with("http://") ? 7 : 0;
  if (start == 0) return {};
  auto authority = url.substr(start, url.find_first_of("/?#\\", start) - start);
  if (const auto at = authority.rfind('@'); at != std::string_view::npos) authority.remove_prefix(at + 1);
  authority = authority.substr(0, authority.find(':'));
  return lower_ascii(authority);
}

// The host that visible link text names, when the text looks like a URL
// ("https://www.bank.example/login") or a bare domain ("www.bank.example",
// "bank.example/login"); empty when it is ordinary words.
std::string named_host(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '<')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '>')) text.remove_suffix(1);
  if (text.empty() || text.find(' ') != std::string_view::npos) return {};
  if (auto host = url_host(text); !host.empty()) return host;
  const auto domain = text.substr(0, text.find_first_of("/?#"));
  const auto dot = domain.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || domain.size() - dot < 3) return {};
  for (char c : domain) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
    if (!ok) return {};
  }
  for (char c : domain.substr(dot + 1)) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return {};  // a top-level domain is letters
  }
  return url_host("http://" + std::string(domain));
}

// Whether one host is the other or inside it ("www.x.example" and "x.example").
bool same_site(const std::string& a, const std::string& b) {
  const auto inside = [](const std::string& sub, const std::string& parent) {
    return sub.size() > parent.size() && sub.ends_with(parent) && sub[sub.size() - parent.size() - 1] == '.';
  };
  return a == b || inside(a, b) || inside(b, a);
}

// Link text as shown: text that names one host while the link goes to
// another (a phishing link: "https://www.bank.example/" pointing at
// evil.example) gets the real host beside it, in both parts.
std::string with_real_host(std::string text, const std::string& url) {
  const auto named = named_host(text);
  if (named.empty()) return text;
  const auto real = url_host(url);
  if (real.empty() || same_site(named, real)) return text;
  return text + " (link to " + real + ")";
}

std::string item_title(const Item& item) {
  auto title = plain_text(item.title);
  return title.empty() ? plain_text(item.url) : with_real_host(std::move(title), item.url);
}

Issues::Issues(std::size_t count, const ReadSummary& read, int max_items) : m_read(read) {
  std::vector<IssueFacts> facts;
  std::vector<ListedStory> stories;  // issue: the input index
  std::map<std::string_view, std::size_t> first_seen;
  facts.reserve(count);
  for (std::size_t input = 0; input < count; ++input) {
    const auto s = read_input(input);
    const std::string_view source = *m_sources.emplace(s.source).first;
    first_seen.emplace(source, input);
    facts.push_back({source, s.words_in, s.words_kept});
    const auto issue = static_cast<std::uint32_t>(input);
    if (!plain_text(s.lede).empty()) stories.push_back({issue, k_lead});
    const auto shown = shown_items(s, max_items);
    std::vector<const Item*> items = shown.unlinked;
    items.insert(items.end(), shown.linked.begin(), shown.linked.end());
    std::sort(items.begin(), items.end());
    for (const Item* item : items) stories.push_back({issue, static_cast<std::int32_t>(item - s.items.data())});
  }
  m_input.resize(count);
  for (std::size_t i = 0; i < count; ++i) m_input[i] = i;
  std::stable_sort(m_input.begin(), m_input.end(), [&](std::size_t a, std::size_t b) {
    return first_seen.at(facts[a].source) < first_seen.at(facts[b].source);
  });
  std::vector<std::size_t> position(count);
  m_facts.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    position[m_input[i]] = i;
    m_facts.push_back(std::move(facts[m_input[i]]));
  }
  for (auto& r : stories) r.issue = static_cast<std::uint32_t>(position[r.issue]);
  std::sort(stories.begin(), stories.end());
  m_stories = std::move(stories);
}

// A source name as the counts tell sources apart, in 8 bytes.
std::uint64_t source_hash(std::string_view source) {
  Fnv h;
  h.add(source);
  return h.value;
}

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

Totals totals_of(const Issues& issues, const Rest& rest) {
  Totals t;
  std::set<std::string_view> names;
  for (std::size_t i = 0; i < issues.size(); ++i) {
    t.words_in += issues[i].words_in;
    t.words_kept += issues[i].words_kept;
    names.insert(issues[i].source);
  }
  t.sources = names.size() + rest.new_sources.size();
  t.words_in += rest.words_in;
  t.words_kept += rest.words_kept;
  return t;
}

std::string minutes_text(int minutes) { return std::to_string(minutes) + " min"; }

int reading_minutes(int words) { return std::max(1, (words + k_words_per_minute - 1) / k_words_per_minute); }

// -- layout: which story goes where ------------------------------------------

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
std::string story_title(const Issues& all, StoryRef r) {
  if (r.item == k_lead) return issue_title(*all.summary(r.issue));
  return item_title(all.summary(r.issue)->items[static_cast<std::size_t>(r.item)]);
}

std::string story_url(const Issues& all, StoryRef r) {
  if (r.item == k_lead) return all.summary(r.issue)->web_url;
  return all.summary(r.issue)->items[static_cast<std::size_t>(r.item)].url;
}

// Where "also in" sends a reader for another issue's telling: that issue's
// web version, else its link for the story.
std::string telling_url(const Issues& all, StoryRef r) {
  if (auto web_url = all.summary(r.issue)->web_url; is_linkable(web_url)) return web_url;
  return story_url(all, r);
}

// The stories of `issues` (Issues::stories), grouped (deliver/story_groups.hpp)
// as grouping reads them: one at a time, each issue's summary read once
// for all its stories, in order.
std::vector<StoryGroup> group_issue_stories(const Issues& all, const std::vector<ListedStory>& stories) {
  std::shared_ptr<const Summary> held;  // the issue of the last story read
  return group_stories(stories.size(), [&](std::size_t k) {
    const auto r = stories[k].ref();
    held = all.summary(r.issue);
    const auto& s = *held;
    if (r.item == k_lead) return StoryText{r, s.source, s.title, s.lede, {}};
    const auto& item = s.items[static_cast<std::size_t>(r.item)];
    return StoryText{r, s.source, item.title, item.blurb, item.url};
  });
}

// How much the digest can say of a story from one issue: the words of its
// title and its blurb or lede.
int coverage_words(const Issues& all, StoryRef r) {
  const auto held = all.summary(r.issue);
  const auto& s = *held;
  if (r.item == k_lead) return transform::count_words(s.title) + transform::count_words(s.lede);
  const auto& item = s.items[static_cast<std::size_t>(r.item)];
  return transform::count_words(item.title) + transform::count_words(item.blurb);
}

// The member that covers a group's story best (with `only_full`, among the
// issues shown in full): the most words about it, then the source's
// priority, then the issue's own emphasis (a lead before an item, an
// earlier item before a later one), then digest order.
std::optional<StoryRef> best_member(const StoryGroup& g, const Issues& all, const std::vector<Priority>& priority,
                                    const std::vector<std::size_t>& number, bool only_full) {
  std::optional<StoryRef> best;
  const auto key = [&](StoryRef r) {
    return std::tuple(-coverage_words(all, r), static_cast<int>(priority[r.issue]), r.item, r.issue);
  };
  for (const auto& m : g.members) {
    if (only_full && number[m.issue] == 0) continue;
    if (!best || key(m) < key(*best)) best = m;
  }
  return best;
}

// -- text/plain -------------------------------------------------------------

class TextWriter {
 public:
  // A counting writer registers no links: its text is measured in words.
  explicit TextWriter(bool counting = false) : m_counting(counting) {}
  void line(std::string_view s = {}) {
    m_out += s;
    m_out += '\n';
  }
  void wrapped(std::string_view text, std::string_view first_indent, std::string_view indent) {
    for (const auto& l : wrap(text, k_width, first_indent, indent)) line(l);
  }
  // Registers a link and returns its " [n]" marker; "" for an unusable URL.
  std::string reference(const std::string& url) {
    if (m_counting || !is_linkable(url)) return {};
    m_links.push_back(url);
    return " [" + std::to_string(m_links.size()) + "]";
  }
  int words() const { return transform::count_words(m_out); }
  std::string finish(std::string_view footer) {
    if (!m_links.empty()) {
      line(k_rule);
      for (std::size_t i = 0; i < m_links.size(); ++i) line("[" + std::to_string(i + 1) + "] " + m_links[i]);
    }
    line(k_rule);
    wrapped(footer, "", "");
    return std::move(m_out);
  }

 private:
  bool m_counting = false;
  std::string m_out;
  std::vector<std::string> m_links;
};

// "Orbit Weekly [5], Science Daily [6]": the other issues that tell a story.
std::string also_in_text(TextWriter& w, const Issues& all, const StoryGroup& g, StoryRef shown) {
  std::string out;
  std::size_t listed = 0;
  for (const auto& m : g.members) {
    if (m == shown || listed++ >= k_max_also_in) continue;
    out += (out.empty() ? "" : ", ") + source_name(all[m.issue]) + w.reference(telling_url(all, m));
  }
  if (listed > k_max_also_in) out += " and " + std::to_string(listed - k_max_also_in) + " more";
  return out;
}

// "2. Space Notes": the section a story is shown in.
std::string section_text(const Issues& all, const Layout& l, std::size_t issue) {
  const auto n = l.number[issue];
  return (n > 0 ? std::to_string(n) + ". " : std::string()) + source_name(all[issue]);
}

void text_top_stories(TextWriter& w, const Issues& all, const Layout& l) {
  if (l.top.empty()) return;
  w.line("Top stories (in several newsletters)");
  for (const auto g : l.top) {
    const auto shown = l.best[g];
    w.wrapped(story_title(all, shown) + w.reference(story_url(all, shown)), "  • ", "    ");
    w.wrapped("in " + section_text(all, l, shown.issue) + "; also in " + also_in_text(w, all, l.groups[g], shown),
              "    ", "    ");
  }
  w.line();
}

void text_section(TextWriter& w, const Issues& all, const Layout& l, std::size_t issue, int max_items) {
  const auto held = all.summary(issue);
  const auto& s = *held;
  const auto number = std::to_string(std::max<std::size_t>(l.number[issue], 1)) + ". ";
  w.wrapped(transform::upper_case(source_name(s)) + " · " + issue_title(s) + w.reference(s.web_url), number,
            std::string(number.size(), ' '));
  if (s.date) w.line(std::string(number.size(), ' ') + day_text(*s.date, std::chrono::seconds{0}));
  w.line();
  std::vector<StoryRef> elsewhere;  // stories of this issue shown under another
  const StoryRef lead{issue, k_lead};
  if (l.hidden(lead)) {
    elsewhere.push_back(lead);
  } else if (const auto lede = plain_text(s.lede); !lede.empty()) {
    w.wrapped(lede, "", "");
    if (const auto* g = l.shown_with_others(lead)) w.wrapped("Also in: " + also_in_text(w, all, *g, lead), "", "");
    w.line();
  }
  const auto shown = shown_items(s, max_items);
  if (!shown.roundup) {
    for (const auto& p : s.points) {
      if (const auto point = plain_text(p); !point.empty()) w.wrapped(point, "  • ", "    ");
    }
    if (!s.points.empty()) w.line();
  }
  for (const bool linked : {false, true}) {
    const auto items = l.shown_here(issue, s, linked ? shown.linked : shown.unlinked, elsewhere);
    if (items.empty()) continue;
    w.line(std::string("  ") + std::string(items_heading(linked)));
    for (const Item* item : items) {
      const StoryRef ref{issue, static_cast<int>(item - s.items.data())};
      auto text = item_title(*item);
      if (const auto blurb = plain_text(item->blurb); !blurb.empty()) {
        text = says_only_blurb(s, *item) ? blurb : text + " — " + blurb;
      }
      w.wrapped(text + w.reference(item->url), "  • ", "    ");
      if (const auto* g = l.shown_with_others(ref)) w.wrapped("also in: " + also_in_text(w, all, *g, ref), "    ", "    ");
    }
    w.line();
  }
  for (const auto& ref : elsewhere) {
    std::size_t g = 0;
    l.group(ref, &g);
    w.wrapped("Also covered here: " + story_title(all, ref) + " (shown under " + section_text(all, l, l.best[g].issue) +
                  ")",
              "  ", "  ");
  }
  if (!elsewhere.empty()) w.line();
  if (shown.more > 0) {
    w.wrapped(more_line(shown.more) + w.reference(s.web_url), "  ", "  ");
    w.line();
  }
  if (const auto removed = describe_removed(s); !removed.empty()) {
    w.wrapped("Removed: " + removed + ".", "  ", "  ");
    w.line();
  }
}

// "37 more issues from 12 newsletters": `issues` and, with `rest`, the
// issues after the window that are not muted.
std::string issues_from(const Issues& all, const std::vector<std::size_t>& issues, std::string_view more = "",
                        const Rest* rest = nullptr) {
  auto sources = rest != nullptr ? rest->told_sources : std::unordered_set<std::uint64_t>{};
  for (const auto i : issues) sources.insert(source_hash(all[i].source));
  const auto n = static_cast<long long>(issues.size() + (rest != nullptr ? rest->told : 0));
  const auto source_count = sources.size();
  return with_thousands(n) + std::string(more) + (n == 1 ? " issue" : " issues") + " from " +
         with_thousands(static_cast<long long>(source_count)) + (source_count == 1 ? " newsletter" : " newsletters");
}

// Whether the compact rest ends with issues it only counts.
bool has_unlisted(const Layout& l) { return !l.unlisted.empty() || l.rest.told > 0; }

// Whether the compact rest has anything to list or count.
bool has_rest(const Layout& l) { return !l.listed.empty() || has_unlisted(l); }

// Whether any issue is muted, in the window or after it.
bool has_muted(const Layout& l) { return !l.muted.empty() || l.rest.muted > 0; }

// The compact rest, grouped by source in the order of the list.
std::vector<std::pair<std::string, std::vector<std::size_t>>> rest_by_source(const Issues& all, const Layout& l) {
  std::vector<std::pair<std::string, std::vector<std::size_t>>> out;
  for (const auto i : l.listed) {
    const auto name = source_name(all[i]);
    auto it = std::find_if(out.begin(), out.end(), [&](const auto& p) { return p.first == name; });
    if (it == out.end()) {
      out.push_back({name, {}});
      it = out.end() - 1;
    }
    it->second.push_back(i);
  }
  return out;
}

std::string rest_heading(const Issues& all, const Layout& l) {
  std::vector<std::size_t> rest = l.listed;
  rest.insert(rest.end(), l.unlisted.begin(), l.unlisted.end());
  const auto beyond = l.budget_minutes > 0 ? "the " + minutes_text(l.budget_minutes) + " reading budget:"
                                           : "the " + with_thousands(static_cast<long long>(k_max_full_issues)) +
                                                 " issues a digest shows in full:";
  return "And " + issues_from(all, rest, " more", &l.rest) + ", beyond " + beyond;
}

std::string unlisted_line(const Issues& all, const Layout& l) {
  return "…and " + issues_from(all, l.unlisted, " more", &l.rest) +
         " not listed here. distill keeps every issue in its store: 'distill search WORDS' finds them and "
         "'distill show ID' shows one.";
}

std::string muted_line(const Issues& all, const Layout& l) {
  std::string names;
  std::vector<std::string> seen;
  for (const auto i : l.muted) {
    const auto name = source_name(all[i]);
    if (std::find(seen.begin(), seen.end(), name) != seen.end()) continue;
    seen.push_back(name);
    names += (names.empty() ? "" : ", ") + name;
  }
  for (const auto& name : l.rest.muted_names) {
    if (std::find(seen.begin(), seen.end(), name) != seen.end()) continue;
    seen.push_back(name);
    names += (names.empty() ? "" : ", ") + name;
  }
  return "Muted, to the archive only: " + plural(static_cast<long long>(l.muted.size() + l.rest.muted), "issue") +
         " from " + names + ".";
}

std::string overview_line(const Issues& summaries, const Totals& t, const Layout& l) {
  if (summaries.empty()) return "Nothing new since the last digest.";
  return plural(static_cast<long long>(summaries.size() + l.rest.size()), "issue") + " from " +
         plural(static_cast<long long>(t.sources), "source") + " · " + minutes_text(reading_minutes(l.words)) + " read";
}

std::string render_text(const transform::Digest& d, const Issues& all, const Totals& t, const Layout& l,
                        std::string_view footer, int max_items) {
  TextWriter w;
  w.wrapped(plain_text(d.subject), "", "");
  w.wrapped(overview_line(all, t, l), "", "");
  w.line();
  text_top_stories(w, all, l);
  if (!l.full.empty()) {
    w.line("In this digest");
    for (const auto i : l.full) {
      const auto number = std::to_string(l.number[i]) + ". ";
      w.wrapped(source_name(all[i]) + " — " + issue_title(*all.summary(i)), "  " + number,
                std::string(2 + number.size(), ' '));
    }
    w.line();
  }
  for (const auto i : l.full) text_section(w, all, l, i, max_items);
  if (has_rest(l)) {
    w.wrapped(rest_heading(all, l), "", "");
    w.line();
    for (const auto& [source, issues] : rest_by_source(all, l)) {
      w.wrapped(source, "  ", "  ");
      for (const auto i : issues) {
        const auto s = all.summary(i);
        w.wrapped(issue_title(*s) + w.reference(s->web_url), "  • ", "    ");
      }
    }
    if (has_unlisted(l)) w.wrapped(unlisted_line(all, l), "  ", "  ");
    w.line();
  }
  if (has_muted(l)) {
    w.wrapped(muted_line(all, l), "", "");
    w.line();
  }
  return w.finish(footer);
}

// The words the top stories and one issue's section show, as the text part
// renders them.
int top_words(const Issues& all, const Layout& l) {
  TextWriter w(true);
  text_top_stories(w, all, l);
  return w.words();
}

int section_words(const Issues& all, const Layout& l, std::size_t issue, int max_items) {
  TextWriter w(true);
  text_section(w, all, l, issue, max_items);
  return w.words();
}

// Lays the digest out: groups the stories, chooses where each shared story
// is shown, ranks the issues (deliver/budget.hpp), picks the top stories
// and fits the issues to the budget. A shared story whose best telling
// fell outside the budget is shown under the best of its tellings that is
// in full, when there is one.
Layout lay_out(Issues& all, const std::vector<Priority>& priority, const ComposeOptions& options) {
  Layout l;
  l.budget_minutes = options.budget_minutes;
  l.number.assign(all.size(), 0);
  std::vector<std::size_t> active;
  std::map<std::string_view, std::size_t> source_order;
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (priority[i] == Priority::mute) {
      l.muted.push_back(i);
      continue;
    }
    active.push_back(i);
    source_order.emplace(all[i].source, source_order.size());
  }
  auto stories = all.take_stories();
  std::erase_if(stories, [&](ListedStory r) { return priority[r.issue] == Priority::mute; });
  l.groups = group_issue_stories(all, stories);
  stories.clear();
  stories.shrink_to_fit();  // its memory given back, not only emptied as by `= {}`
  for (std::size_t g = 0; g < l.groups.size(); ++g) {
    l.best.push_back(*best_member(l.groups[g], all, priority, l.number, false));
    for (const auto& m : l.groups[g].members) l.group_of[m] = g;
  }

  std::vector<IssueRank> ranks;
  std::map<std::string_view, std::size_t> seen_of_source;
  for (const auto i : active) {
    ranks.push_back({i, 1, priority[i], seen_of_source[all[i].source]++, source_order.at(all[i].source)});
  }
  for (std::size_t g = 0; g < l.groups.size(); ++g) {
    for (auto& r : ranks) {
      if (r.issue == l.best[g].issue) r.newsletters = std::max(r.newsletters, l.groups[g].newsletters);
    }
  }
  const auto ranked = rank_issues(ranks);
  std::vector<std::size_t> rank_of(all.size(), 0);
  for (std::size_t k = 0; k < ranked.size(); ++k) rank_of[ranked[k]] = k;

  for (std::size_t g = 0; g < l.groups.size(); ++g) {
    if (l.groups[g].newsletters >= 2) l.top.push_back(g);
  }
  std::stable_sort(l.top.begin(), l.top.end(), [&](std::size_t a, std::size_t b) {
    const auto key = [&](std::size_t g) {
      return std::tuple(-static_cast<long long>(l.groups[g].newsletters), static_cast<int>(priority[l.best[g].issue]),
                        l.best[g].item, rank_of[l.best[g].issue]);
    };
    return key(a) < key(b);
  });
  if (l.top.size() > k_max_top_stories) l.top.resize(k_max_top_stories);

  std::vector<int> words(all.size(), 0);
  for (const auto i : active) words[i] = section_words(all, l, i, options.max_items);
  const int budget_words = options.budget_minutes * k_words_per_minute;
  const auto budget = fit_budget(ranked, words, budget_words, top_words(all, l));
  l.full = budget.full;
  l.listed = budget.listed;
  l.unlisted = budget.unlisted;

  // A shared story whose best telling is not shown moves to a shown one,
  // which can make that issue's section longer than it was fitted with:
  // then the last issue in full goes to the list, until the digest is
  // within its budget again (or one issue is left).
  const auto best_fitted = l.best;
  for (;;) {
    std::fill(l.number.begin(), l.number.end(), 0);
    for (std::size_t k = 0; k < l.full.size(); ++k) l.number[l.full[k]] = k + 1;
    l.best = best_fitted;
    for (std::size_t g = 0; g < l.groups.size(); ++g) {
      if (l.number[l.best[g].issue] != 0) continue;
      if (const auto shown = best_member(l.groups[g], all, priority, l.number, true)) l.best[g] = *shown;
    }
    l.words = top_words(all, l);
    for (const auto i : l.full) l.words += section_words(all, l, i, options.max_items);
    if (budget_words <= 0 || l.words <= budget_words || l.full.size() <= 1) break;
    l.listed.insert(l.listed.begin(), l.full.back());
    l.full.pop_back();
    if (l.listed.size() > k_max_rest_titles) {
      l.unlisted.insert(l.unlisted.begin(), l.listed.back());
      l.listed.pop_back();
    }
  }
  return l;
}

// -- text/html --------------------------------------------------------------

// Colours are set inline for clients that ignore <style>; the media query
// swaps them where dark mode is supported, and `color-scheme` lets clients
// that invert colours do so knowingly.
constexpr std::string_view k_style = R"(
:root { color-scheme: light dark; supported-color-schemes: light dark; }
@media (prefers-color-scheme: dark) {
  .d-page { background: #0d1117 !important; }
  .d-card { background: #161b22 !important; color: #e6edf3 !important; border-color: #30363d !important; }
  .d-muted { color: #9da7b3 !important; }
  .d-card a { color: #79c0ff !important; }
}
)";

constexpr std::string_view k_link_style = "color:#0b57d0;text-decoration:underline;";
constexpr std::string_view k_muted = "color:#57606a;";

std::string link_html(const std::string& url, const std::string& text_html) {
  if (!is_linkable(url)) return text_html;
  return "<a href=\"" + escape_html(url) + "\" style=\"" + std::string(k_link_style) + "\">" + text_html + "</a>";
}

std::string render_html(const transform::Digest& d, const Issues& all, const Totals& t, const Layout& l,
                        std::string_view footer, int max_items) {
  std::ostringstream o;
  o << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
       "<meta name=\"color-scheme\" content=\"light dark\">\n"
       "<meta name=\"supported-color-schemes\" content=\"light dark\">\n"
    << "<title>" << escape_html(plain_text(d.subject)) << "</title>\n<style>" << k_style << "</style>\n</head>\n"
    << "<body class=\"d-page\" style=\"margin:0;padding:0;background:#f3f4f6;\">\n"
    << "<table role=\"presentation\" class=\"d-page\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" "
       "border=\"0\" style=\"width:100%;background:#f3f4f6;border-collapse:collapse;\">\n"
       "<tr><td align=\"center\" style=\"padding:16px 8px;\">\n"
    << "<table role=\"presentation\" class=\"d-card\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" "
       "border=\"0\" style=\"width:100%;max-width:640px;border-collapse:collapse;background:#ffffff;"
       "color:#1f2328;border:1px solid #d0d7de;border-radius:6px;font-family:-apple-system,"
       "BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:16px;line-height:1.5;"
       "table-layout:fixed;\">\n";
  const std::string cell =
      "<tr><td class=\"d-card\" style=\"padding:20px 24px;overflow-wrap:anywhere;word-wrap:break-word;"
      "word-break:break-word;";
  const auto section_link = [&](std::size_t issue) {
    const auto name = escape_html(source_name(all[issue]));
    if (l.number[issue] == 0) return name;
    return "<a href=\"#issue-" + std::to_string(l.number[issue]) + "\" style=\"" + std::string(k_link_style) + "\">" +
           std::to_string(l.number[issue]) + ". " + name + "</a>";
  };
  const auto also_in = [&](const StoryGroup& g, StoryRef shown) {
    std::string out;
    std::size_t listed = 0;
    for (const auto& m : g.members) {
      if (m == shown || listed++ >= k_max_also_in) continue;
      out += (out.empty() ? "" : ", ") + link_html(telling_url(all, m), escape_html(source_name(all[m.issue])));
    }
    if (listed > k_max_also_in) out += " and " + std::to_string(listed - k_max_also_in) + " more";
    return out;
  };
  const std::string muted_p = "<p class=\"d-muted\" style=\"margin:0 0 12px;" + std::string(k_muted) + "\">";

  // Masthead, top stories and table of contents.
  o << cell << "\">\n<h1 style=\"margin:0 0 4px;font-size:22px;line-height:1.3;\">"
    << escape_html(plain_text(d.subject)) << "</h1>\n<p class=\"d-muted\" style=\"margin:0;" << k_muted
    << "font-size:14px;\">" << escape_html(overview_line(all, t, l)) << "</p>\n";
  if (!l.top.empty()) {
    o << "<p style=\"margin:16px 0 4px;font-weight:600;\">Top stories (in several newsletters)</p>\n<ul "
         "style=\"margin:0;padding-left:22px;\">\n";
    for (const auto g : l.top) {
      const auto shown = l.best[g];
      o << "<li style=\"margin:0 0 6px;\">" << link_html(story_url(all, shown), escape_html(story_title(all, shown)))
        << "<br><span class=\"d-muted\" style=\"" << k_muted << "font-size:14px;\">in " << section_link(shown.issue)
        << "; also in " << also_in(l.groups[g], shown) << "</span></li>\n";
    }
    o << "</ul>\n";
  }
  if (!l.full.empty()) {
    o << "<p style=\"margin:16px 0 4px;font-weight:600;\">In this digest</p>\n<ol style=\"margin:0;padding-left:"
         "24px;\">\n";
    for (const auto i : l.full) {
      o << "<li style=\"margin:2px 0;\"><a href=\"#issue-" << l.number[i] << "\" style=\"" << k_link_style << "\">"
        << escape_html(source_name(all[i])) << "</a> — " << escape_html(issue_title(*all.summary(i))) << "</li>\n";
    }
    o << "</ol>\n";
  }
  o << "</td></tr>\n";

  for (const auto issue : l.full) {
    const auto held = all.summary(issue);
    const auto& s = *held;
    const auto n = l.number[issue];
    o << cell << "border-top:1px solid #d0d7de;\">\n";
    o << "<p id=\"issue-" << n << "\" class=\"d-muted\" style=\"margin:0 0 4px;" << k_muted
      << "font-size:12px;letter-spacing:0.06em;text-transform:uppercase;\">" << n << " · "
      << escape_html(source_name(s));
    if (s.date) o << " · " << escape_html(day_text(*s.date, std::chrono::seconds{0}));
    o << "</p>\n<h2 style=\"margin:0 0 8px;font-size:19px;line-height:1.35;\">"
      << link_html(s.web_url, escape_html(issue_title(s))) << "</h2>\n";
    std::vector<StoryRef> elsewhere;
    const StoryRef lead{issue, k_lead};
    if (l.hidden(lead)) {
      elsewhere.push_back(lead);
    } else if (const auto lede = plain_text(s.lede); !lede.empty()) {
      o << "<p style=\"margin:0 0 12px;\">" << escape_html(lede);
      if (const auto* g = l.shown_with_others(lead)) {
        o << "<br><span class=\"d-muted\" style=\"" << k_muted << "font-size:14px;\">Also in: " << also_in(*g, lead)
          << "</span>";
      }
      o << "</p>\n";
    }
    const auto shown = shown_items(s, max_items);
    if (!s.points.empty() && !shown.roundup) {
      o << "<ul style=\"margin:0 0 12px;padding-left:22px;\">\n";
      for (const auto& p : s.points) {
        if (const auto point = plain_text(p); !point.empty()) {
          o << "<li style=\"margin:0 0 6px;\">" << escape_html(point) << "</li>\n";
        }
      }
      o << "</ul>\n";
    }
    for (const bool linked : {false, true}) {
      const auto items = l.shown_here(issue, s, linked ? shown.linked : shown.unlinked, elsewhere);
      if (items.empty()) continue;
      o << "<p style=\"margin:0 0 4px;font-weight:600;\">" << items_heading(linked)
        << "</p>\n<ul style=\"margin:0 0 12px;padding-left:22px;\">\n";
      for (const Item* item : items) {
        const StoryRef ref{issue, static_cast<int>(item - s.items.data())};
        o << "<li style=\"margin:0 0 6px;\">";
        if (says_only_blurb(s, *item)) {
          o << escape_html(plain_text(item->blurb));
        } else {
          o << link_html(item->url, escape_html(item_title(*item)));
          if (const auto blurb = plain_text(item->blurb); !blurb.empty()) o << " — " << escape_html(blurb);
        }
        if (const auto* g = l.shown_with_others(ref)) {
          o << "<br><span class=\"d-muted\" style=\"" << k_muted << "font-size:14px;\">also in: " << also_in(*g, ref)
            << "</span>";
        }
        o << "</li>\n";
      }
      o << "</ul>\n";
    }
    for (const auto& ref : elsewhere) {
      std::size_t g = 0;
      l.group(ref, &g);
      o << muted_p << "Also covered here: " << escape_html(story_title(all, ref)) << " (shown under "
        << section_link(l.best[g].issue) << ")</p>\n";
    }
    if (shown.more > 0) o << muted_p << link_html(s.web_url, escape_html(more_line(shown.more))) << "</p>\n";
    if (const auto removed = describe_removed(s); !removed.empty()) {
      o << "<p class=\"d-muted\" style=\"margin:0;" << k_muted << "font-size:13px;\">Removed: "
        << escape_html(removed) << ".</p>\n";
    }
    o << "</td></tr>\n";
  }

  // The compact rest and the muted issues.
  if (has_rest(l) || has_muted(l)) {
    o << cell << "border-top:1px solid #d0d7de;\">\n";
    if (has_rest(l)) {
      o << "<p id=\"rest\" style=\"margin:0 0 8px;font-weight:600;\">" << escape_html(rest_heading(all, l)) << "</p>\n";
      for (const auto& [source, issues] : rest_by_source(all, l)) {
        o << "<p class=\"d-muted\" style=\"margin:8px 0 2px;" << k_muted
          << "font-size:12px;letter-spacing:0.06em;text-transform:uppercase;\">" << escape_html(source)
          << "</p>\n<ul style=\"margin:0 0 8px;padding-left:22px;\">\n";
        for (const auto i : issues) {
          const auto s = all.summary(i);
          o << "<li style=\"margin:0 0 2px;\">" << link_html(s->web_url, escape_html(issue_title(*s))) << "</li>\n";
        }
        o << "</ul>\n";
      }
      if (has_unlisted(l)) o << muted_p << escape_html(unlisted_line(all, l)) << "</p>\n";
    }
    if (has_muted(l)) o << muted_p << escape_html(muted_line(all, l)) << "</p>\n";
    o << "</td></tr>\n";
  }
  o << cell << "border-top:1px solid #d0d7de;\">\n<p class=\"d-muted\" style=\"margin:0;" << k_muted
    << "font-size:12px;\">" << escape_html(footer) << "</p>\n</td></tr>\n";
  o << "</table>\n</td></tr>\n</table>\n</body>\n</html>\n";
  return std::move(o).str();
}

// The line before a part of the message and the part's headers; its body,
// quoted-printable, follows.
std::string part_head(std::string_view boundary, std::string_view subtype) {
  return "\r\n--" + std::string(boundary) + "\r\nContent-Type: text/" + std::string(subtype) +
         "; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n";
}

std::string domain_of(const std::string& from) {
  const auto spec = address_spec(from);
  const auto at = spec.rfind('@');
  return at == std::string::npos || at + 1 == spec.size() ? std::string("localhost") : spec.substr(at + 1);
}

}  // namespace

std::string plain_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto u = static_cast<unsigned char>(text[i]);
    // C0 controls, DEL, and the C1 range encoded in UTF-8 (C2 80..9F).
    bool blank = u < 0x20 || u == 0x7F || u == ' ';
    if (u == 0xC2 && i + 1 < text.size()) {
      const auto next = static_cast<unsigned char>(text[i + 1]);
      if (next >= 0x80 && next <= 0x9F) {
        blank = true;
        ++i;
      }
    }
    if (blank) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += text[i];
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

bool is_linkable(std::string_view url) {
  for (char c : url) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u == 0x7F) return false;
  }
  std::string lower;
  for (char c : url.substr(0, 8)) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return (lower.starts_with("https://") && url.size() > 8) || (lower.starts_with("http://") && url.size() > 7) ||
         (lower.starts_with("mailto:") && url.size() > 7);
}

std::vector<std::string> wrap(std::string_view text, std::size_t width, std::string_view first_indent,
                              std::string_view indent) {
  std::vector<std::string> lines;
  std::string current(first_indent);
  std::size_t current_width = display_width(first_indent);
  bool has_word = false;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t')) ++i;
    if (i >= text.size()) break;
    auto end = i;
    while (end < text.size() && text[end] != ' ' && text[end] != '\n' && text[end] != '\t') ++end;
    const auto word = text.substr(i, end - i);
    const auto word_width = display_width(word);
    if (has_word && current_width + 1 + word_width > width) {
      lines.push_back(current);
      current = std::string(indent);
      current_width = display_width(indent);
      has_word = false;
    }
    if (has_word) {
      current += ' ';
      ++current_width;
    }
    current += word;
    current_width += word_width;
    has_word = true;
    i = end;
  }
  if (has_word || lines.empty()) lines.push_back(current);
  return lines;
}

std::string describe_removed(const Summary& summary) {
  static const std::map<std::string, std::string, std::less<>> k_nouns = {
      {"sponsor", "sponsor block"},   {"ad", "ad"},
      {"promo", "promo"},             {"footer", "footer"},
      {"header", "header"},           {"preheader", "preheader"},
      {"chrome", "boilerplate line"}, {"orphan", "orphaned heading"},
      {"jobs", "job ad"},             {"social", "social block"},
      {"template", "template block"}, {"source", "source-rule block"}};
  // Order: what a reader would notice first, trackers last.
  static const std::vector<std::string> k_order = {"sponsor", "ad", "promo"};
  std::vector<std::string> parts;
  long long trackers = 0;
  auto describe = [&](const std::string& kind, int count) {
    if (count <= 0) return;
    if (kind.find("track") != std::string::npos) {
      trackers += count;
      return;
    }
    const auto it = k_nouns.find(kind);
    const auto noun = plain_text(it == k_nouns.end() ? kind : it->second);
    parts.push_back(count == 1 ? noun : plural(count, noun));
  };
  for (const auto& kind : k_order) {
    if (const auto it = summary.removed_counts.find(kind); it != summary.removed_counts.end()) {
      describe(kind, it->second);
    }
  }
  for (const auto& [kind, count] : summary.removed_counts) {
    if (std::find(k_order.begin(), k_order.end(), kind) == k_order.end()) describe(kind, count);
  }
  if (trackers > 0) parts.push_back(plural(trackers, "tracker"));
  if (parts.empty() && summary.blocks_removed > 0) parts.push_back(plural(summary.blocks_removed, "block"));
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : ", ") + p;
  return out;
}

namespace {

// The subject for `template_text` naming `issues` (a Summary or IssueFacts
// each) and `more_issues` more, of the sources `more_sources` (names),
// before any encoding.
template <class Issue>
std::string subject_of(const std::string& template_text, const std::vector<const Issue*>& issues,
                       std::chrono::sys_seconds now, std::chrono::seconds utc_offset, std::size_t more_issues = 0,
                       const std::vector<std::string>& more_sources = {}) {
  std::string sources;
  std::vector<std::string> seen;
  const auto add = [&](const std::string& name) {
    if (std::find(seen.begin(), seen.end(), name) != seen.end()) return;
    seen.push_back(name);
    sources += (sources.empty() ? "" : ", ") + name;
  };
  for (const Issue* s : issues) add(source_name(*s));
  for (const auto& name : more_sources) add(name);
  const std::map<std::string, std::string, std::less<>> values = {
      {"{date}", day_text(now, utc_offset)},
      {"{count}", std::to_string(issues.size() + more_issues)},
      {"{sources}", sources}};
  std::string out;
  std::size_t i = 0;
  while (i < template_text.size()) {
    bool replaced = false;
    if (template_text[i] == '{') {
      for (const auto& [key, value] : values) {
        if (std::string_view(template_text).substr(i).starts_with(key)) {
          out += value;
          i += key.size();
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out += template_text[i++];
  }
  return plain_text(out);
}

}  // namespace

std::string render_subject(const std::string& template_text, const std::vector<const Summary*>& summaries,
                           std::chrono::sys_seconds now, std::chrono::seconds utc_offset) {
  return subject_of(template_text, summaries, now, utc_offset);
}

std::string cut_text(std::string_view text, std::size_t max_chars) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // inside a code point
    if (chars == max_chars) {
      std::size_t keep = i;
      // Room for the ellipsis: drop the last code point kept.
      while (keep > 0 && (static_cast<unsigned char>(text[--keep]) & 0xC0) == 0x80) {
      }
      return std::string(text.substr(0, keep)) + "…";
    }
    ++chars;
  }
  return std::string(text);
}

Summary bound_summary(Summary s) {
  s.source = cut_text(s.source, k_max_source_chars);
  s.title = cut_text(s.title, k_max_title_chars);
  s.lede = cut_text(s.lede, k_max_lede_chars);
  if (s.web_url.size() > k_max_url) s.web_url.clear();
  if (s.points.size() > k_max_points) s.points.resize(k_max_points);
  for (auto& p : s.points) p = cut_text(p, k_max_point_chars);
  if (s.items.size() > k_max_items) s.items.resize(k_max_items);
  for (auto& item : s.items) {
    item.title = cut_text(item.title, k_max_title_chars);
    item.blurb = cut_text(item.blurb, k_max_blurb_chars);
    if (item.url.size() > k_max_url) item.url.clear();
  }
  return s;
}

transform::Digest compose_digest(std::size_t count, const ReadSummary& read, const ComposeOptions& options) {
  if (options.to.empty()) throw Error("the digest has no recipient (set [smtp] to)");
  const auto from = format_mailbox(options.from);
  std::string to;
  for (const auto& r : options.to) to += (to.empty() ? "" : ",\r\n ") + format_mailbox(r);

  transform::Digest d;
  d.period_start = options.period_start;
  d.period_end = options.now;
  const auto priority_of_input = [&](std::size_t input) {
    if (options.priority) return options.priority(input);
    return input < options.priorities.size() ? options.priorities[input] : Priority::normal;
  };
  const auto window = std::min(count, std::max<std::size_t>(options.window, 1));
  Issues all(window, read, options.max_items);
  std::vector<Priority> priority;
  priority.reserve(all.size());
  for (std::size_t i = 0; i < all.size(); ++i) priority.push_back(priority_of_input(all.input_index(i)));

  Fnv id_hash;
  id_hash.add(compact_stamp(options.now));
  const auto add_to_id = [&](const Summary& s) {
    id_hash.add(s.source);
    id_hash.add(s.title);
    id_hash.add(s.date ? std::to_string(s.date->time_since_epoch().count()) : "");
  };
  for (std::size_t i = 0; i < all.size(); ++i) add_to_id(*all.summary(i));  // the titles read again, in digest order
  // The issues after the window, read once each in the order given: counted.
  Rest rest;
  {
    std::set<std::string_view> window_sources;
    std::size_t subject_chars = 0;  // of the names {sources} gives so far
    for (std::size_t i = 0; i < all.size(); ++i) {
      if (window_sources.insert(all[i].source).second && priority[i] != Priority::mute) {
        subject_chars += display_width(source_name(all[i])) + 2;
      }
    }
    for (std::size_t input = window; input < count; ++input) {
      const auto s = with_valid_utf8(bound_summary(read(input)));
      add_to_id(s);
      rest.words_in += s.words_in;
      rest.words_kept += s.words_kept;
      const auto hash = source_hash(s.source);
      if (!window_sources.contains(s.source)) rest.new_sources.insert(hash);
      const auto name = source_name(s);
      const auto named = [&](const std::vector<std::string>& names) {
        return std::find(names.begin(), names.end(), name) != names.end();
      };
      if (priority_of_input(input) == Priority::mute) {
        ++rest.muted;
        if (rest.muted_names.size() < k_max_rest_muted_names && !named(rest.muted_names)) {
          rest.muted_names.push_back(name);
        }
        continue;
      }
      ++rest.told;
      rest.told_sources.insert(hash);
      // {sources} is cut with the subject: names past its length are not kept.
      if (subject_chars <= k_max_subject_chars && !window_sources.contains(s.source) && !named(rest.subject_names)) {
        subject_chars += display_width(name) + 2;
        rest.subject_names.push_back(name);
      }
    }
  }
  d.message_id = "digest." + compact_stamp(options.now) + "." + id_hash.hex() + "@" + domain_of(options.from);

  std::vector<const IssueFacts*> told;  // what the subject names: not the muted sources
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (priority[i] != Priority::mute) told.push_back(&all[i]);
  }
  d.subject = cut_text(
      subject_of(options.subject_template, told, options.now, options.utc_offset, rest.told, rest.subject_names),
      k_max_subject_chars);
  told.clear();
  told.shrink_to_fit();

  const auto t = totals_of(all, rest);
  const auto footer = "distill · " + plural(static_cast<long long>(all.size() + rest.size()), "issue") + " from " +
                      plural(static_cast<long long>(t.sources), "source") + " · " + with_thousands(t.words_in) +
                      " words in, " + with_thousands(t.words_kept) + " out · Message-ID <" + d.message_id + ">";
  auto layout = lay_out(all, priority, options);
  layout.rest = std::move(rest);
  for (auto& g : layout.groups) {  // moved: rendering reads no group's "why" lines
    d.merged.insert(d.merged.end(), std::make_move_iterator(g.why.begin()), std::make_move_iterator(g.why.end()));
    std::vector<std::string>().swap(g.why);
  }
  d.text = render_text(d, all, t, layout, footer, options.max_items);
  d.html = render_html(d, all, t, layout, footer, options.max_items);

  Fnv boundary_hash = id_hash;
  boundary_hash.add(d.text);
  boundary_hash.add(d.html);
  // "=_" cannot occur in quoted-printable output, so the parts cannot contain
  // the boundary whatever the newsletters said.
  const auto boundary = "=_distill_" + boundary_hash.hex();

  std::string m;
  m += "Date: " + format_rfc5322_date(options.now, options.utc_offset) + "\r\n";
  m += "From: " + from + "\r\n";
  m += "To: " + to + "\r\n";
  m += "Subject: " + encode_header_text(d.subject) + "\r\n";
  m += "Message-ID: <" + d.message_id + ">\r\n";
  m += "MIME-Version: 1.0\r\n";
  m += std::string(k_digest_header) + ": " + std::to_string(all.size() + layout.rest.size()) + " issues; " +
       compact_stamp(options.now) + "\r\n";
  m += "Auto-Submitted: auto-generated\r\n";
  m += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n";
  m += "\r\nThis is a multi-part message in MIME format.\r\n";
  // The parts are encoded straight into the message, made at its final
  // size: with no budget it is megabytes, and growing it (or encoding each
  // part apart first) would hold it about twice.
  const auto plain_head = part_head(boundary, "plain");
  const auto html_head = part_head(boundary, "html");
  const auto end = "\r\n--" + boundary + "--\r\n";
  m.reserve(m.size() + plain_head.size() + quoted_printable_size(d.text) + html_head.size() +
            quoted_printable_size(d.html) + end.size());
  m += plain_head;
  append_quoted_printable(d.text, m);
  m += html_head;
  append_quoted_printable(d.html, m);
  m += end;
  d.mime = std::move(m);
  return d;
}

transform::Digest compose_digest(std::vector<Summary> summaries, const ComposeOptions& options) {
  auto d = compose_digest(
      summaries.size(), [&](std::size_t i) { return summaries[i]; }, options);
  // The summaries as the digest carries them: in its order, cut to the
  // bounds, as valid UTF-8 (as Issues reads them).
  std::map<std::string, std::size_t> first_seen;
  for (std::size_t i = 0; i < summaries.size(); ++i) {
    summaries[i] = with_valid_utf8(bound_summary(std::move(summaries[i])));
    first_seen.emplace(summaries[i].source, i);
  }
  std::vector<std::size_t> order(summaries.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return first_seen.at(summaries[a].source) < first_seen.at(summaries[b].source);
  });
  d.summaries.reserve(summaries.size());
  for (const auto i : order) d.summaries.push_back(std::move(summaries[i]));
  return d;
}

std::string extract_part(const std::string& mime, std::string_view subtype) {
  const std::string content_type = "text/" + std::string(subtype);
  for (auto& part : transform::decode_mime(mime).parts) {
    if (part.content_type == content_type) return std::move(part.text);
  }
  return {};
}

}  // namespace distill::deliver
