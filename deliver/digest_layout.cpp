#include "deliver/digest_layout.hpp"

#include <algorithm>
#include <optional>
#include <tuple>

#include "deliver/mime_writer.hpp"
#include "transform/ascii.hpp"
#include "transform/charset.hpp"
#include "transform/evidence.hpp"
#include "transform/words.hpp"

namespace distill::deliver::digest {

namespace {

// How many summaries Issues keeps: enough for the issues a story group or
// a section reads one after the other.
constexpr std::size_t k_cached_summaries = 16;

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

// The host that visible link text names, when the text looks like a URL
// ("https://www.bank.example/login") or a bare domain ("www.bank.example",
// "bank.example/login"); empty when it is ordinary words.
std::string named_host(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '<')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '>')) text.remove_suffix(1);
  if (text.empty() || text.find(' ') != std::string_view::npos) return {};
  if (auto host = transform::url_host(text); !host.empty()) return host;
  const auto domain = text.substr(0, text.find_first_of("/?#"));
  const auto dot = domain.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || domain.size() - dot < 3) return {};
  for (char c : domain) {
    if (!transform::is_ascii_alnum(c) && c != '.' && c != '-') return {};
  }
  for (char c : domain.substr(dot + 1)) {
    if (!transform::is_ascii_alpha(c)) return {};  // a top-level domain is letters
  }
  return transform::url_host("http://" + std::string(domain));
}

// Whether one host is the other or inside it ("news.x.example" and "x.example").
bool same_site(const std::string& a, const std::string& b) {
  const auto inside = [](const std::string& sub, const std::string& parent) {
    return sub.size() > parent.size() && sub.ends_with(parent) && sub[sub.size() - parent.size() - 1] == '.';
  };
  return a == b || inside(a, b) || inside(b, a);
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

}  // namespace

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

std::string minutes_text(int minutes) { return std::to_string(minutes) + " min"; }

int reading_minutes(int words) { return std::max(1, (words + k_words_per_minute - 1) / k_words_per_minute); }

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

bool says_only_blurb(const Summary& s, const Item& item) {
  return !is_linkable(item.url) && !plain_text(item.blurb).empty() && repeats_issue_name(s, item.title);
}

std::string_view items_heading(bool linked) { return linked ? "Links" : "Also in this issue"; }

// Link text as shown: text that names one host while the link goes to
// another (a phishing link: "https://www.bank.example/" pointing at
// evil.example) gets the real host beside it, in both parts.
std::string with_real_host(std::string text, const std::string& url) {
  const auto named = named_host(text);
  if (named.empty()) return text;
  const auto real = transform::url_host(url);
  if (real.empty() || same_site(named, real)) return text;
  return text + " (link to " + real + ")";
}

std::string item_title(const Item& item) {
  auto title = plain_text(item.title);
  return title.empty() ? plain_text(item.url) : with_real_host(std::move(title), item.url);
}

std::uint64_t source_hash(std::string_view source) {
  Fnv h;
  h.add(source);
  return h.value;
}

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

std::string story_title(const Issues& all, StoryRef r) {
  if (r.item == k_lead) return issue_title(*all.summary(r.issue));
  return item_title(all.summary(r.issue)->items[static_cast<std::size_t>(r.item)]);
}

std::string story_url(const Issues& all, StoryRef r) {
  if (r.item == k_lead) return all.summary(r.issue)->web_url;
  return all.summary(r.issue)->items[static_cast<std::size_t>(r.item)].url;
}

std::string telling_url(const Issues& all, StoryRef r) {
  if (auto web_url = all.summary(r.issue)->web_url; is_linkable(web_url)) return web_url;
  return story_url(all, r);
}

std::string issues_from(const Issues& all, const std::vector<std::size_t>& issues, std::string_view more,
                        const Rest* rest) {
  auto sources = rest != nullptr ? rest->told_sources : std::unordered_set<std::uint64_t>{};
  for (const auto i : issues) sources.insert(source_hash(all[i].source));
  const auto n = static_cast<long long>(issues.size() + (rest != nullptr ? rest->told : 0));
  const auto source_count = sources.size();
  return with_thousands(n) + std::string(more) + (n == 1 ? " issue" : " issues") + " from " +
         with_thousands(static_cast<long long>(source_count)) + (source_count == 1 ? " newsletter" : " newsletters");
}

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

}  // namespace distill::deliver::digest
