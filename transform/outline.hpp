#pragma once
// Outline: the structure of a cleaned issue, between cleaning and choosing
// what the summary says. An issue has a title, sections (what its headings
// open) and stories (a titled run of blocks with a role); where the issue
// names itself or its date is recorded so that no summary repeats it. The
// outline is built once from the kept Document and its BlockFacts (the
// facts cleaning used), and the summarizer chooses from it.
//
// How build_outline() reads an issue:
//
// 1. Sections. A heading (or heading-like line, BlockFacts::heading_like)
//    opens a section; two headings in a row make one (a label "WORLD" over
//    the title "Tour de headlines"). In plain-text issues a short numbered
//    line followed by prose ("1. Advanced log processing") is a section
//    title too, and so is a magazine teaser's headline between its kicker
//    and its byline in one block ("COVER STORY" over "The Ferry That Runs
//    on Batteries" over "By Ruth Okafor") over the story's prose, and a
//    digest entry's title over its record fields ("1.2 Tidegate Router 7
//    default password Severity: Medium Platforms: ...") whose labels head
//    other entries' fields too.
// 2. Topics. The story rank is the highest heading rank that titles two
//    sections; a section titled below it continues the topic before it (a
//    subhead inside a story); one titled at or above it starts a new topic.
// 3. Stories. Every titled section with prose is a story. Inside a section,
//    link lists ("Headline [Source]", "Title — description" with the
//    author's name under it), titled paragraphs (a short first line over
//    its description), paragraphs that open with a short headline sentence
//    ("Harbour to reopen. The port authority said ..."), a paragraph that
//    opens with a linked subject, and runs of short headline lines (a table
//    of contents) give one story each. A titled section that is a link
//    list is a story too, of role link_list, over its link items. So are
//    the lines of a plain-text link digest ("Headline (4 minute read)",
//    its address, then its description) link items, titled without their
//    reading time, and the heading above them groups them rather than
//    telling a story.
//    A shop's grid of product cards (a name, maybe under its brand, size
//    and unit lines, then a price in any of the languages' number formats:
//    "3,99*", "€ 24,95", "$14.95", maybe over its buttons in one block)
//    gives one link item per card, titled
//    "product — price", its lines in words its key line (a passage that
//    only describes it); the cards with the most lines come first in order.
//    Its lines open no sections ("je Pflanze" is no title).
// 4. Passages: the text of each block that sentences may come from, with
//    the story it tells about; a story's title is not part of its passage.

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "transform/block_facts.hpp"
#include "transform/document.hpp"

namespace distill::transform {

// The section rank of a numbered item title in a plain-text issue: below
// every heading and label.
constexpr int k_item_rank = 8;

enum class StoryRole {
  main_story,  // the issue's lead: an essay, or the first and longest story
  story,       // a titled story with prose of its own
  brief,       // a short story: a paragraph or two under a title
  link_item,   // one entry of a link list or headline list ("Title — description")
  link_list,   // a titled run of links without prose (a reading list); its entries are link_items
};

struct Story {
  std::string title;                // may be empty for an untitled lead essay
  std::string url;                  // the story's own link, may be empty
  StoryRole role = StoryRole::story;
  int rank = 0;                     // BlockFacts::rank of its title, 0 when untitled
  std::vector<std::size_t> blocks;  // indices into the kept Document, in order
  int words = 0;
  std::size_t section = 0;          // index into Outline::sections
  int order = 0;                    // 0 for a section's own story (or its link list), 1.. for the stories listed inside it
  bool duplicate = false;           // a table-of-contents line for a section below
  bool operator==(const Story&) const = default;
};

struct OutlineSection {
  std::string title;                 // empty for the part before the first heading
  int rank = 0;                      // BlockFacts::rank of its heading, k_item_rank for a numbered title
  std::string url;                   // its heading's link
  std::vector<std::size_t> blocks;   // body blocks, indices into the kept Document
  std::vector<std::size_t> stories;  // indices into Outline::stories
  int words = 0;                     // words of its body blocks
  int topic = 0;                     // sections of one story (under its subheads) share a topic, from 0
  bool groups_items = false;         // a link list or a list of titled paragraphs, not a story of its own
  bool operator==(const OutlineSection&) const = default;
};

// Text of one block that the summary may quote.
struct Passage {
  std::size_t block = 0;
  std::size_t section = 0;            // index into Outline::sections
  std::optional<std::size_t> story;   // the story it tells about, if any
  std::string text;                   // the block's text, or what follows its story's title in it
  // Its first sentence completes something above it: a story's title
  // ("Async on a microcontroller — an executor in 2 KB of RAM.") or a line
  // that a sentence goes on from. Such a sentence is that story's blurb or
  // nothing.
  bool continues = false;
  // Every sentence of it describes its story's title (a product card's
  // lines under its name): blurbs of that story or nothing.
  bool describes = false;
  bool operator==(const Passage&) const = default;
};

struct Outline {
  std::string title;                       // the issue's title (usually the subject)
  std::optional<std::size_t> name_block;   // a block that only names the issue ("Weekly #212")
  std::optional<std::size_t> date_block;   // a block that only dates it
  std::vector<OutlineSection> sections;    // in document order
  std::vector<Story> stories;              // in document order
  std::vector<Passage> passages;           // in document order
  bool operator==(const Outline&) const = default;
};

// Builds the outline of `doc` from its block facts (block_facts(doc)).
// `title` and `source` are the issue's title and sender, to find the lines
// that only name the issue. Linear in the size of the document.
Outline build_outline(const Document& doc, const std::vector<BlockFacts>& facts, std::string_view title = {},
                      std::string_view source = {});

// Whether a line (folded) only names the issue: three quarters of its
// words, at least two, are words of the issue's title and source name.
class IssueName {
 public:
  IssueName(std::string_view title, std::string_view source);
  bool named_by(std::string_view folded) const;

 private:
  std::string m_folded;
  std::vector<std::string_view> m_words;  // sorted, into m_folded
};

// "Friday, July 12 2002 @ 07:41 AM EDT by A. Writer": a short date, time
// or byline line (folded), not a statement.
bool is_dateline(std::string_view folded, int words);

// Section titles indexed by their words, to find the title that a line
// repeats (a table of contents above the sections) without comparing the
// line with every title.
class TitleIndex {
 public:
  explicit TitleIndex(const std::vector<OutlineSection>& sections);
  // The first section from `from` on whose title shares at least three of
  // `words` (distinct, folded), and at least `tenths`/10 of the shorter
  // of the two word sets; adds the postings it read to `steps`. Words that
  // many titles share tell no title apart and are not looked up.
  std::optional<std::size_t> repeated_by(const std::vector<std::string_view>& words, std::size_t from, int tenths,
                                         std::size_t& steps) const;

 private:
  // Looked up by a view of a word, without copying it into a string.
  struct WordHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view w) const { return std::hash<std::string_view>{}(w); }
  };
  std::unordered_map<std::string, std::vector<std::size_t>, WordHash, std::equal_to<>> m_postings;
  std::vector<std::size_t> m_sizes;  // distinct words per section title
};

// The distinct words of `text`, folded with fold_for_match, sorted.
std::vector<std::string> distinct_words(std::string_view text);
// The same of text folded already (folding again would change nothing), as
// views into `folded`.
std::vector<std::string_view> distinct_folded_words(std::string_view folded);

}  // namespace distill::transform
