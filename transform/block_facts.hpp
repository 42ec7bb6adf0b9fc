#pragma once
// Facts about the blocks of a Document that cleaning and the outline both
// read: the folded text that marker phrases and patterns match, the word
// count, and whether (and at which rank) a block opens a section. They are
// computed once per Document, in one pass, and indexed like its blocks, so
// that clean() and build_outline() agree on what a heading is.

#include <string>
#include <vector>

#include "transform/document.hpp"

namespace distill::transform {

// The section rank of a heading-like line that is not a heading tag (an ALL
// CAPS or symbol-led line in a table layout): below every <h1>..<h6>.
constexpr int k_label_rank = 7;

struct BlockFacts {
  std::string folded;         // fold_for_match(text)
  int words = 0;              // count_words(folded): folding joins words, never splits them
  bool heading_like = false;  // opens a section (is_heading_like)
  int rank = 0;               // heading level 1..6, k_label_rank for other heading-like lines, 0 otherwise
  bool operator==(const BlockFacts&) const = default;
};

// The facts of each block of `doc`, in order (same size as doc.blocks).
std::vector<BlockFacts> block_facts(const Document& doc);

// The facts of `kept`, whose blocks are some of `doc`'s in order (the kept
// blocks of clean()), taken from `facts` (block_facts of `doc`) instead of
// folding and counting those blocks again.
std::vector<BlockFacts> block_facts_of_kept(const Document& doc, const std::vector<BlockFacts>& facts,
                                            const Document& kept);

// Whether a block starts a section: a heading with words, or a short line
// that looks like one in table layouts without heading tags: ALL CAPS
// ("WORLD", "SHARE THE NEWS") or led by an emoji or symbol ("🛠 Code &
// Tools"), at most eight words, not ending like a sentence.
bool is_heading_like(const Block& block);

}  // namespace distill::transform
