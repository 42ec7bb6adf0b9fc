#pragma once
// The same story in several issues of one digest. Newsletters overlap: three
// of them lead with the same model release, two roundups link the same
// article. Grouping finds such stories among every story a digest could
// show (each issue's lead, its title and lede, and its items) so that the
// digest shows each once, under the issue that covers it best, with "also
// in" links to the others (deliver/digest_layout.cpp decides which is best,
// and both parts of the digest render it there).
//
// Two stories of different issues are the same story when
//
// 1. they link the same article: the same canonical link
//    (transform/canonical_url.hpp: tracking and evident redirects removed,
//    www./m./AMP and trailing slashes folded). A link that one issue gives
//    for two of its stories (a sponsor's site, the publisher's archive) is
//    no story's identity and is not used; nor is a site's front page; or
//
// 2. their text is near-identical: the title and the blurb (or lede) are
//    read as weighted features, each content word (stemmed; stop words,
//    month and weekday names, the newsletter's own name and "#212"-style
//    issue numbers left out) and each pair of neighbouring content words,
//    with names (capitalised inside a sentence, "OpenAI", "NASA") and
//    numbers that say something ("4.25%", "GPT-5", "$500") weighing 3
//    and everything else 1. The similarity is the weighted Jaccard index
//    of the two feature sets. Candidates come from MinHash with banding
//    (48 hashes in 16 bands of 3 over the features repeated by weight, so
//    that the hashes estimate the weighted index: a pair at 0.5 becomes a
//    candidate with probability 0.88, at 0.6 with 0.98), and every
//    candidate is checked exactly. Two stories are near-identical when the index is at
//    least k_same_text_threshold and they share at least
//    k_min_shared_words content words. Both bounds were chosen on the
//    hand-made fixtures in tests/deliver/story_groups_test.cpp and
//    tests/fixtures/deliver/overlap.json: rewordings of one headline score
//    0.55 to 0.94, the same headline with other figures ("raises its rate
//    to 4.5%", "cuts its rate to 3.75%") 0.22, different stories that
//    share a name or topic word ("Mars", "rates", "Europa") below 0.05,
//    and paraphrases that share only a few words (about 0.25) are left to
//    the link, which such stories carry.
//
// A group never holds two stories of one issue: a story is told once per
// issue, and a link or wording that would join two of one issue's stories
// joins nothing. Joins are made strongest first (links, then text from the
// most similar down), so a story goes with its nearest match.

#include <compare>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace distill::deliver {

// Item index of an issue's lead: its title and lede.
inline constexpr int k_lead = -1;

// A story of a digest: the lead or one item of one issue.
struct StoryRef {
  std::size_t issue = 0;  // index into the digest's summaries, below 2^32 for grouping
  int item = k_lead;      // index into Summary::items, or k_lead
  auto operator<=>(const StoryRef&) const = default;
};

// What grouping reads of one story: views into the caller's summaries,
// which outlive the call (a large digest's stories are not copied).
struct StoryText {
  StoryRef ref;
  std::string_view source;  // the newsletter: issues of one source count as one newsletter
  std::string_view title;   // the item's title, or the issue's title for a lead
  std::string_view text;    // the item's blurb, or the issue's lede
  std::string_view url;     // the item's link; empty for a lead
};

inline constexpr double k_same_text_threshold = 0.5;
inline constexpr int k_min_shared_words = 3;

struct StoryGroup {
  std::vector<StoryRef> members;  // two or more, in the order given, each of another issue
  // Why the members are one story: one line per join, e.g.
  // `"Rover finds ice" (Orbit Weekly) and "Ice on Mars" (Space Notes): same link example.org/rover`.
  std::vector<std::string> why;
  std::size_t newsletters = 0;  // distinct sources among the members
};

// Story `k` of the `count` being grouped. Its views need only stay valid
// until the next call: grouping reads every story once in order (a
// digest of more than 131,072 stories again for each further pass over
// the MinHash bands), then again the few it compares or names, and keeps
// of each story only its issue, its band keys for the bands of one pass
// and a hash of its link; then each band's buckets (4 bytes a story in
// one) and the candidate pairs of a range of stories at a time; and of
// each join its two stories and their similarity, whose "why" line is
// written, reading the two again, only for the groups it returns.
// So the stories of a digest of tens of thousands of issues need not be in
// memory at once.
using StoryAt = std::function<StoryText(std::size_t k)>;

// The groups of two or more stories that are the same story, in the order
// of their first member. Stories in no group are not listed.
std::vector<StoryGroup> group_stories(std::size_t count, const StoryAt& story);
// What grouping holds at most of the stories' MinHash keys and candidate
// pairs, 8 bytes each: by default 16 MB of keys and 8 MB of pairs. Past a
// bound it does the work in parts, reading the stories again: the band
// keys a few bands at a time, each part a pass over the stories; the
// candidate pairs a range of stories at a time. The groups are the same,
// for more CPU.
struct GroupingBounds {
  std::size_t band_keys = std::size_t{1} << 21;
  std::size_t candidates = std::size_t{1} << 20;
};

// The same within `bounds`.
std::vector<StoryGroup> group_stories(std::size_t count, const StoryAt& story, const GroupingBounds& bounds);
std::vector<StoryGroup> group_stories(const std::vector<StoryText>& stories);

struct TextMatch {
  double similarity = 0;            // weighted Jaccard index, 0 to 1
  std::vector<std::string> shared;  // the content words both have, as folded (stemmed)
  bool near_identical() const {
    return similarity >= k_same_text_threshold && static_cast<int>(shared.size()) >= k_min_shared_words;
  }
};

// How alike the text of two stories is, as group_stories measures it.
TextMatch text_similarity(const StoryText& a, const StoryText& b);

}  // namespace distill::deliver
