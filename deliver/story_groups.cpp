#include "deliver/story_groups.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <cstdint>
#include <cstdio>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>
#include <utility>

#include "deliver/compose.hpp"
#include "transform/ascii.hpp"
#include "transform/canonical_url.hpp"
#include "transform/stopwords.hpp"
#include "transform/words.hpp"

namespace distill::deliver {

namespace {

constexpr int k_name_weight = 3;
constexpr int k_bands = 16;
constexpr int k_rows = 3;
constexpr int k_hashes = k_bands * k_rows;
// A band bucket this full holds stories that share common words, not
// copies of one story; its pairs are left to the other bands.
constexpr std::size_t k_max_bucket = 32;
// The most features (8 bytes each) the exact check holds of the candidate
// stories at once, about 8 MB: past it, it checks the candidates in
// blocks, reading the later stories once for each block, so that a digest
// of any size holds no more, for some CPU.
constexpr std::size_t k_max_held_features = std::size_t{1} << 20;
// GroupingBounds::band_keys, the most band keys (8 bytes each) held at
// once, 16 MB, is the keys of a pass over the stories. Up to 131,072
// stories take every band in one pass; more take as many bands per pass as
// fit, reading the stories again for each further pass, so that the keys
// of a digest of any size hold no more, for some CPU.
// GroupingBounds::candidates, the most candidate pairs (8 bytes each)
// made and checked at once, 8 MB: past it, the pairs are made and checked
// a range of first stories at a time, each range's from the buckets again.

constexpr std::array<std::string_view, 38> k_calendar_words = {
    "january", "february", "march",   "april",    "may",     "june",    "july",     "august",
    "september", "october", "november", "december", "jan",     "feb",     "mar",      "apr",
    "jun",     "jul",      "aug",     "sep",      "sept",    "oct",     "nov",      "dec",
    "monday",  "tuesday",  "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
    "tue",     "wed",      "thu",     "fri"};

bool is_calendar_word(std::string_view w) {
  return std::find(k_calendar_words.begin(), k_calendar_words.end(), w) != k_calendar_words.end();
}

bool has_digit(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) { return transform::is_ascii_digit(c); });
}

// A number that says little on its own: a day of the month, a count under
// a hundred, a year.
bool is_plain_number(std::string_view w) {
  if (!std::all_of(w.begin(), w.end(), [](char c) { return transform::is_ascii_digit(c); })) return false;
  if (w.size() <= 2) return true;
  return w.size() == 4 && (w.starts_with("19") || w.starts_with("20"));
}

// Whether the word, as written, is a name: capitalised where a sentence
// does not start, or capitalised inside ("OpenAI", "iPhone"), or an
// acronym ("NASA").
bool looks_like_name(std::string_view word, bool sentence_start) {
  std::size_t i = 0;
  const char32_t first = transform::next_code_point(word, i);
  const bool first_upper = transform::is_word_code_point(first) && !transform::is_lower_letter(first) &&
                           !transform::is_ascii_digit(first);
  int upper_inside = 0;
  int letters = 1;
  while (i < word.size()) {
    const char32_t c = transform::next_code_point(word, i);
    if (!transform::is_word_code_point(c) || transform::is_ascii_digit(c)) continue;
    ++letters;
    if (!transform::is_lower_letter(c)) ++upper_inside;
  }
  if (upper_inside > 0 && (first_upper || transform::is_lower_letter(first))) return true;  // OpenAI, iPhone, NASA
  return first_upper && !sentence_start && letters >= 2;
}

bool ends_sentence(std::string_view gap) { return gap.find_first_of(".!?:;|\n") != std::string_view::npos; }

std::uint64_t fnv(std::string_view s) {
  std::uint64_t h = 1469598103934665603ull;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

std::uint64_t mix(std::uint64_t x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

// Gives a vector's memory back: `v = {}` would empty it and keep its room.
template <class T>
void release(std::vector<T>& v) {
  std::vector<T>().swap(v);
}

// The features of one story as words (for saying why) ...
struct NamedFeatures {
  std::map<std::string, int> weights;  // feature -> weight
  std::set<std::string> words;         // the content words (unigram features)
};

// ... and as hashes, for comparing thousands of them.
struct Feature {
  std::uint64_t hash = 0;
  int weight = 1;
  bool word = false;  // a content word, not a pair
};
using Features = std::vector<Feature>;  // sorted by hash

class FeatureReader {
 public:
  NamedFeatures read_named(const StoryText& story) {
    const std::string all = std::string(story.title) + "\n" + std::string(story.text);
    const auto language = transform::detect_language(all);
    auto& stemmer = stemmer_for(language);
    std::set<std::string> own_name;
    const auto folded_source = transform::fold_for_match(story.source);
    for (auto w : transform::split_words(folded_source)) own_name.insert(stemmer.stem(w));

    std::map<std::string, int> weights;
    std::set<std::string> words;
    for (const std::string_view part : {story.title, story.text}) {
      std::string previous;  // the content word before, for pairs; empty after a sentence end
      std::size_t last_end = 0;
      bool first = true;
      for (const auto raw : transform::split_words(part)) {
        const auto begin = static_cast<std::size_t>(raw.data() - part.data());
        const auto gap = part.substr(last_end, begin - last_end);
        const bool sentence_start = first || ends_sentence(gap);
        if (sentence_start) previous.clear();
        last_end = begin + raw.size();
        first = false;
        const auto lower = transform::fold_for_match(raw);
        if (lower.empty() || transform::is_stopword(lower, language) || is_calendar_word(lower) ||
            (gap.ends_with('#') && has_digit(lower))) {
          continue;
        }
        int weight = 1;
        std::string feature;
        if (has_digit(lower)) {
          feature = lower;
          if (!is_plain_number(lower)) weight = k_name_weight;
        } else {
          feature = stemmer.stem(lower);
          if (own_name.contains(feature)) continue;
          if (looks_like_name(raw, sentence_start)) weight = k_name_weight;
        }
        auto& w = weights[feature];
        w = std::max(w, weight);
        words.insert(feature);
        if (!previous.empty()) {
          auto& pair_weight = weights[previous + " " + feature];
          pair_weight = std::max(pair_weight, 1);
        }
        previous = feature;
      }
    }
    return {std::move(weights), std::move(words)};
  }

  Features read(const StoryText& story) {
    const auto named = read_named(story);
    Features f;
    f.reserve(named.weights.size());
    for (const auto& [feature, weight] : named.weights) {
      f.push_back({fnv(feature), weight, named.words.contains(feature)});
    }
    std::sort(f.begin(), f.end(), [](const Feature& a, const Feature& b) { return a.hash < b.hash; });
    return f;
  }

 private:
  transform::Stemmer& stemmer_for(const std::string& language) {
    auto& s = m_stemmers[language];
    if (!s) s = std::make_unique<transform::Stemmer>(language);
    return *s;
  }
  std::map<std::string, std::unique_ptr<transform::Stemmer>> m_stemmers;
};

// A story's features as the exact check holds them, 8 bytes each: the hash
// with its two low bits replaced by whether the feature weighs
// k_name_weight (the only weight but 1) and whether it is a content word,
// sorted. Two features that differ only there would be a 62-bit collision.
using PackedFeatures = std::vector<std::uint64_t>;

PackedFeatures packed(const Features& f) {
  PackedFeatures out;
  out.reserve(f.size());
  for (const auto& x : f) {
    assert(x.weight == 1 || x.weight == k_name_weight);
    out.push_back((x.hash & ~std::uint64_t{3}) | (x.weight == k_name_weight ? 2u : 0u) | (x.word ? 1u : 0u));
  }
  std::sort(out.begin(), out.end());
  return out;
}

// The weighted Jaccard index of two feature sets and how many content
// words they share.
std::pair<double, int> compare(const PackedFeatures& a, const PackedFeatures& b) {
  const auto hash = [](std::uint64_t x) { return x & ~std::uint64_t{3}; };
  const auto weight = [](std::uint64_t x) { return (x & 2u) != 0 ? k_name_weight : 1; };
  double common = 0;
  double all = 0;
  int shared = 0;
  auto i = a.begin();
  auto j = b.begin();
  while (i != a.end() || j != b.end()) {
    if (j == b.end() || (i != a.end() && hash(*i) < hash(*j))) {
      all += weight(*i++);
    } else if (i == a.end() || hash(*j) < hash(*i)) {
      all += weight(*j++);
    } else {
      common += std::min(weight(*i), weight(*j));
      all += std::max(weight(*i), weight(*j));
      shared += (*i & 1u) != 0 ? 1 : 0;
      ++i;
      ++j;
    }
  }
  return {all > 0 ? common / all : 0, shared};
}

// The same, with the shared words named.
TextMatch compare_named(const NamedFeatures& a, const NamedFeatures& b) {
  TextMatch m;
  double common = 0;
  double all = 0;
  for (const auto& [feature, weight] : a.weights) {
    const auto other = b.weights.find(feature);
    if (other == b.weights.end()) {
      all += weight;
      continue;
    }
    common += std::min(weight, other->second);
    all += std::max(weight, other->second);
    if (a.words.contains(feature)) m.shared.push_back(feature);
  }
  for (const auto& [feature, weight] : b.weights) {
    if (!a.weights.contains(feature)) all += weight;
  }
  m.similarity = all > 0 ? common / all : 0;
  return m;
}

// The MinHash values [first, last) of a story's features (the others are
// left at their start), so that a pass over some bands computes only theirs.
std::array<std::uint64_t, k_hashes> min_hashes(const Features& f, int first, int last) {
  std::array<std::uint64_t, k_hashes> mins;
  mins.fill(UINT64_MAX);
  for (const auto& [base, weight, word] : f) {
    for (int copy = 0; copy < weight; ++copy) {
      const auto element = mix(base + static_cast<std::uint64_t>(copy) * 0x9E3779B97F4A7C15ull);
      for (int h = first; h < last; ++h) {
        mins[h] = std::min(mins[h], mix(element ^ (0xD1B54A32D192ED03ull * static_cast<std::uint64_t>(h + 1))));
      }
    }
  }
  return mins;
}

// Union-find over the stories, each set of two or more remembering its
// issues (a set may not take a second story of one issue) and why it was
// joined. A story alone, most of them, costs its parent's 4 bytes.
class Joiner {
 public:
  explicit Joiner(const std::vector<std::uint32_t>& issue_of) : m_issue_of(issue_of), m_parent(issue_of.size()) {
    for (std::size_t i = 0; i < issue_of.size(); ++i) m_parent[i] = static_cast<std::uint32_t>(i);
  }

  std::size_t root(std::size_t i) {
    while (m_parent[i] != i) i = m_parent[i] = m_parent[m_parent[i]];
    return i;
  }

  // Why two stories were joined: `a` and `b` the stories, in the order the
  // "why" line names them (b first), `similarity` that of their text, or
  // negative for the same link. The line itself is written only for the
  // groups returned, reading the two stories again: a large digest does
  // not hold a line of text for every join while it groups.
  struct Join {
    std::uint32_t a = 0;
    std::uint32_t b = 0;
    double similarity = -1;
  };

  // Joins the sets of a and b unless that would put two stories of one
  // issue together; returns whether they are one set now.
  bool join(std::size_t a, std::size_t b, Join why) {
    auto ra = root(a);
    auto rb = root(b);
    if (ra == rb) return true;
    const auto ia = issues_of(ra);
    const auto ib = issues_of(rb);
    std::vector<std::size_t> both;
    std::set_intersection(ia.begin(), ia.end(), ib.begin(), ib.end(), std::back_inserter(both));
    if (!both.empty()) return false;
    if (ra > rb) std::swap(ra, rb);
    m_parent[rb] = static_cast<std::uint32_t>(ra);
    std::vector<std::size_t> issues;
    std::set_union(ia.begin(), ia.end(), ib.begin(), ib.end(), std::back_inserter(issues));
    std::vector<Join> whys;
    if (const auto it = m_sets.find(rb); it != m_sets.end()) {
      whys = std::move(it->second.why);
      m_sets.erase(it);
    }
    auto& set = m_sets[ra];
    set.issues = std::move(issues);
    set.why.insert(set.why.end(), std::make_move_iterator(whys.begin()), std::make_move_iterator(whys.end()));
    set.why.push_back(why);
    return true;
  }

  std::vector<Join>& why(std::size_t root_index) { return m_sets[root_index].why; }

 private:
  struct Set {
    std::vector<std::size_t> issues;  // sorted
    std::vector<Join> why;
  };
  // The issues of a root's set, sorted.
  std::vector<std::size_t> issues_of(std::size_t root_index) const {
    const auto it = m_sets.find(root_index);
    return it == m_sets.end() ? std::vector<std::size_t>{m_issue_of[root_index]} : it->second.issues;
  }

  const std::vector<std::uint32_t>& m_issue_of;  // per story: StoryRef::issue
  std::vector<std::uint32_t> m_parent;
  std::unordered_map<std::size_t, Set> m_sets;  // per root of a set of two or more
};

std::string quoted(const StoryText& s) {
  return "\"" + cut_text(plain_text(s.title.empty() ? s.text : s.title), 80) + "\" (" + plain_text(s.source) + ")";
}

std::string similarity_text(const TextMatch& m) {
  std::array<char, 16> number{};
  std::snprintf(number.data(), number.size(), "%.2f", m.similarity);
  std::string shared;
  for (std::size_t i = 0; i < m.shared.size() && i < 6; ++i) shared += (i ? ", " : "") + m.shared[i];
  if (m.shared.size() > 6) shared += ", ...";
  return "near-identical text, similarity " + std::string(number.data()) + " (at least " +
         std::to_string(k_same_text_threshold).substr(0, 4) + "; shared words: " + shared + ")";
}

}  // namespace

TextMatch text_similarity(const StoryText& a, const StoryText& b) {
  FeatureReader reader;
  return compare_named(reader.read_named(a), reader.read_named(b));
}

std::vector<StoryGroup> group_stories(const std::vector<StoryText>& stories) {
  return group_stories(stories.size(), [&](std::size_t k) { return stories[k]; });
}

std::vector<StoryGroup> group_stories(std::size_t count, const StoryAt& story) {
  return group_stories(count, story, GroupingBounds{});
}

std::vector<StoryGroup> group_stories(std::size_t count, const StoryAt& story, const GroupingBounds& bounds) {
  // Every story read once: its place, a hash of its canonical link, and its
  // MinHash band keys. The features of a story are read again for the few
  // that are candidates, so memory does not grow with the features of
  // every story of a large digest.
  // The keys are held as 8 bytes a story and band, for the bands of one
  // pass (at most bounds.band_keys keys), and bucketed one band at a time:
  // each band's keys start from a seed of their own, so a key of one band
  // that equals another band's would be a 64-bit collision.
  const int bands_per_pass =
      static_cast<int>(std::clamp<std::size_t>(bounds.band_keys / std::max<std::size_t>(count, 1), 1, k_bands));
  FeatureReader reader;
  // Of each story's place only its issue, 4 bytes: the few stories in a
  // group are read again for their whole StoryRef.
  std::vector<std::uint32_t> issue_of;
  issue_of.reserve(count);
  std::vector<std::pair<std::uint64_t, std::uint32_t>> link_hashes;  // (hash of the link, story)
  std::vector<std::uint32_t> keyed;      // stories with enough content words to compare
  std::vector<std::uint64_t> band_keys;  // bands_per_pass per keyed story
  band_keys.reserve(count * static_cast<std::size_t>(bands_per_pass));  // not twice what it needs
  // The keys of bands [first, first + bands_per_pass) of a story's features.
  const auto add_band_keys = [&](const Features& f, int first) {
    const int end = std::min(first + bands_per_pass, k_bands);
    const auto mins = min_hashes(f, first * k_rows, end * k_rows);
    for (int band = first; band < end; ++band) {
      std::uint64_t key = mix(static_cast<std::uint64_t>(band));
      for (int r = 0; r < k_rows; ++r) key = mix(key ^ mins[band * k_rows + r]);
      band_keys.push_back(key);
    }
  };
  for (std::size_t i = 0; i < count; ++i) {
    const auto text = story(i);
    issue_of.push_back(static_cast<std::uint32_t>(text.ref.issue));
    if (const auto link = transform::canonical_story_link(text.url); !link.empty()) {
      link_hashes.emplace_back(fnv(link), static_cast<std::uint32_t>(i));
    }
    const Features story_features = reader.read(text);
    if (std::count_if(story_features.begin(), story_features.end(), [](const Feature& f) { return f.word; }) <
        k_min_shared_words) {
      continue;
    }
    keyed.push_back(static_cast<std::uint32_t>(i));
    add_band_keys(story_features, 0);
  }
  Joiner joiner(issue_of);
  // The link and text of a story read again, as the "why" line names it.
  const auto quoted_story = [&](std::size_t i) { return quoted(story(i)); };

  // 1. The same article: the same canonical link, unless one issue gives it
  // for two of its stories. The stories whose links hash alike are read
  // again for the links themselves, so a hash collision joins nothing.
  std::sort(link_hashes.begin(), link_hashes.end());
  std::vector<std::pair<std::string, std::vector<std::size_t>>> links;  // link, its stories in order
  for (std::size_t start = 0; start < link_hashes.size();) {
    auto end = start;
    while (end < link_hashes.size() && link_hashes[end].first == link_hashes[start].first) ++end;
    if (end - start >= 2) {
      std::map<std::string, std::vector<std::size_t>> by_link;
      for (auto k = start; k < end; ++k) {
        by_link[transform::canonical_story_link(story(link_hashes[k].second).url)].push_back(link_hashes[k].second);
      }
      for (auto& [link, members] : by_link) {
        if (members.size() >= 2) links.emplace_back(link, std::move(members));
      }
    }
    start = end;
  }
  release(link_hashes);
  std::sort(links.begin(), links.end(),
            [](const auto& a, const auto& b) { return a.second.front() < b.second.front(); });
  for (const auto& [link, members] : links) {
    std::set<std::size_t> issues;
    for (auto m : members) issues.insert(issue_of[m]);
    if (issues.size() < members.size()) continue;  // one issue links it twice: not a story's own link
    for (std::size_t k = 1; k < members.size(); ++k) {
      joiner.join(members.front(), members[k],
                  {static_cast<std::uint32_t>(members.front()), static_cast<std::uint32_t>(members[k])});
    }
  }
  release(links);

  // 2. Near-identical text: MinHash candidates, checked exactly, joined
  // most similar first. Each band's buckets of two to k_max_bucket stories
  // are held as their stories, 4 bytes each, not as the pairs they make (a
  // bucket of 32 makes 496): the pairs are made from them a range of first
  // stories at a time, at most bounds.candidates of them, and checked.
  std::vector<std::uint32_t> bucket_stories;  // each bucket's stories in order, one bucket after another
  std::vector<std::size_t> bucket_ends;       // where each bucket ends in bucket_stories
  {
    // The keyed stories of one band, by band key and then in order: as
    // their places in `keyed`, 4 bytes a story, sorted by the keys they
    // look up, rather than a 16-byte copy of each key with its story.
    std::vector<std::uint32_t> bucketed(keyed.size());
    for (int band = 0; band < k_bands; ++band) {
      const int in_pass = band % bands_per_pass;
      if (band > 0 && in_pass == 0) {  // the next pass: the keyed stories read again for its bands' keys
        band_keys.clear();
        for (const auto i : keyed) add_band_keys(reader.read(story(i)), band);
      }
      const auto width = static_cast<std::size_t>(std::min(bands_per_pass, k_bands - (band - in_pass)));
      const auto key = [&](std::uint32_t k) {
        return band_keys[static_cast<std::size_t>(k) * width + static_cast<std::size_t>(in_pass)];
      };
      for (std::size_t k = 0; k < keyed.size(); ++k) bucketed[k] = static_cast<std::uint32_t>(k);
      // `keyed` is in story order, so its places sort as the stories do.
      std::sort(bucketed.begin(), bucketed.end(), [&](std::uint32_t x, std::uint32_t y) {
        const auto kx = key(x);
        const auto ky = key(y);
        return kx != ky ? kx < ky : x < y;
      });
      for (std::size_t start = 0; start < bucketed.size();) {
        auto end = start;
        while (end < bucketed.size() && key(bucketed[end]) == key(bucketed[start])) ++end;
        if (end - start >= 2 && end - start <= k_max_bucket) {
          for (auto x = start; x < end; ++x) bucket_stories.push_back(keyed[bucketed[x]]);
          bucket_ends.push_back(bucket_stories.size());
        }
        start = end;
      }
    }
  }
  release(band_keys);
  release(keyed);
  // At most how many pairs each story is the first of, counted over every
  // band (a pair found in several bands, or of two stories of one issue,
  // counts each time), for cutting the stories into ranges.
  std::vector<std::uint32_t> firsts(count, 0);
  for (std::size_t k = 0, start = 0; k < bucket_ends.size(); start = bucket_ends[k++]) {
    for (auto x = start; x < bucket_ends[k]; ++x)
      firsts[bucket_stories[x]] += static_cast<std::uint32_t>(bucket_ends[k] - x - 1);
  }

  struct Match {
    std::uint64_t pair;  // (a << 32) | b: sorted as the candidates are
    std::size_t a, b;
    double similarity;
  };
  std::vector<Match> matches;
  std::vector<std::uint64_t> candidates;  // (a << 32) | b, a < b, a in the range
  for (std::uint32_t lo = 0; lo < count;) {
    std::size_t pairs = 0;
    auto hi = lo;
    while (hi < count && (pairs == 0 || pairs + firsts[hi] <= bounds.candidates)) pairs += firsts[hi++];
    candidates.clear();
    candidates.reserve(pairs);
    for (std::size_t k = 0, start = 0; k < bucket_ends.size(); start = bucket_ends[k++]) {
      const auto bucket_begin = bucket_stories.begin() + static_cast<std::ptrdiff_t>(start);
      const auto bucket_end = bucket_stories.begin() + static_cast<std::ptrdiff_t>(bucket_ends[k]);
      for (auto x = std::lower_bound(bucket_begin, bucket_end, lo); x != bucket_end && *x < hi; ++x) {
        for (auto y = x + 1; y != bucket_end; ++y) {
          if (issue_of[*x] == issue_of[*y]) continue;
          candidates.push_back((static_cast<std::uint64_t>(*x) << 32) | *y);
        }
      }
    }
    // A pair found in several bands is checked once.
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    lo = hi;

    // The exact check reads the candidates in story order, a block at a
    // time: the features of a block of candidate stories (the first of
    // their pairs, up to k_max_held_features) are held while the stories
    // paired with them are read once each, in order. So stories are read
    // one after the other (as the store and compose's cache read best), and
    // a digest of any size holds one block. The matches are put back in the
    // order of their pairs, so the result depends neither on the ranges nor
    // on the blocks.
    const auto first_of = [&](std::size_t p) { return static_cast<std::uint32_t>(candidates[p] >> 32); };
    for (std::size_t begin = 0; begin < candidates.size();) {
      std::unordered_map<std::uint32_t, PackedFeatures> block;
      std::size_t held = 0;  // features in `block`
      auto end = begin;      // the pairs are sorted: those of the block's stories are [begin, end)
      while (end < candidates.size() && (block.empty() || held < k_max_held_features)) {
        const auto a = first_of(end);
        auto f = packed(reader.read(story(a)));
        held += f.size();
        block.emplace(a, std::move(f));
        while (end < candidates.size() && first_of(end) == a) ++end;
      }
      // The block's pairs turned round, (b << 32) | a, and sorted: each
      // story b once with the stories of the block it is paired with, in
      // place of the pairs the block is done with.
      const auto first = candidates.begin() + static_cast<std::ptrdiff_t>(begin);
      const auto last = candidates.begin() + static_cast<std::ptrdiff_t>(end);
      std::for_each(first, last, [](std::uint64_t& pair) { pair = (pair << 32) | (pair >> 32); });
      std::sort(first, last);
      for (auto k = first; k != last;) {
        const auto b = static_cast<std::uint32_t>(*k >> 32);
        PackedFeatures own;  // b's features when b is not in the block
        const auto held_b = block.find(b);
        if (held_b == block.end()) own = packed(reader.read(story(b)));
        const auto& fb = held_b == block.end() ? own : held_b->second;
        for (; k != last && static_cast<std::uint32_t>(*k >> 32) == b; ++k) {
          const auto a = static_cast<std::uint32_t>(*k & 0xFFFFFFFFu);
          const auto [similarity, shared] = compare(block.at(a), fb);
          if (similarity >= k_same_text_threshold && shared >= k_min_shared_words) {
            matches.push_back({(static_cast<std::uint64_t>(a) << 32) | b, a, b, similarity});
          }
        }
      }
      begin = end;
    }
  }
  release(candidates);
  release(bucket_stories);
  release(bucket_ends);
  release(firsts);
  std::sort(matches.begin(), matches.end(), [](const Match& x, const Match& y) { return x.pair < y.pair; });
  std::stable_sort(matches.begin(), matches.end(),
                   [](const Match& x, const Match& y) { return x.similarity > y.similarity; });
  for (const auto& m : matches) {
    if (joiner.root(m.a) == joiner.root(m.b)) continue;
    joiner.join(m.a, m.b, {static_cast<std::uint32_t>(m.a), static_cast<std::uint32_t>(m.b), m.similarity});
  }
  // The "why" line of a join, as the stories are read again.
  const auto why_text = [&](const Joiner::Join& j) {
    auto why = quoted_story(j.b) + " and " + quoted_story(j.a) + ": ";
    if (j.similarity < 0) return why + "same link " + transform::canonical_story_link(story(j.a).url);
    const auto named_a = reader.read_named(story(j.a));
    return why + similarity_text(compare_named(named_a, reader.read_named(story(j.b))));
  };

  // The sets of two or more, in the order of their first member; a story
  // alone (most of them) takes no room here.
  std::vector<std::uint32_t> set_size(count, 0);
  for (std::size_t i = 0; i < count; ++i) ++set_size[joiner.root(i)];
  std::map<std::size_t, StoryGroup> by_root;
  std::map<std::size_t, std::set<std::string>> sources;
  for (std::size_t i = 0; i < count; ++i) {
    const auto r = joiner.root(i);
    if (set_size[r] < 2) continue;
    const auto text = story(i);
    by_root[r].members.push_back(text.ref);
    sources[r].emplace(text.source);
  }
  std::vector<StoryGroup> groups;
  for (auto& [r, group] : by_root) {
    if (group.members.size() < 2) continue;
    for (const auto& j : joiner.why(r)) group.why.push_back(why_text(j));
    group.newsletters = sources[r].size();
    groups.push_back(std::move(group));
  }
  return groups;
}

}  // namespace distill::deliver
