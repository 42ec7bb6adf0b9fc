#include "transform/block_facts.hpp"

#include "transform/markers.hpp"
#include "transform/words.hpp"

namespace distill::transform {

namespace {

bool is_heading_like(const Block& b, std::string_view folded, int words) {
  if (b.kind == BlockKind::heading) return words > 0;
  if (b.kind != BlockKind::paragraph) return false;
  if (words == 0 || words > 8) return false;
  if (ends_like_sentence(folded)) return false;
  if (is_all_caps(b.text)) return true;
  std::size_t i = 0;
  char32_t first = next_code_point(folded, i);
  return first >= 0x2190 && !is_word_code_point(first);
}

}  // namespace

std::vector<BlockFacts> block_facts(const Document& doc) {
  std::vector<BlockFacts> facts(doc.blocks.size());
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    BlockFacts& f = facts[i];
    f.folded = fold_for_match(b.text);
    f.words = count_words(f.folded);
    f.heading_like = is_heading_like(b, f.folded, f.words);
    if (f.heading_like) f.rank = b.kind == BlockKind::heading ? b.level : k_label_rank;
  }
  return facts;
}

std::vector<BlockFacts> block_facts_of_kept(const Document& doc, const std::vector<BlockFacts>& facts,
                                            const Document& kept) {
  if (facts.size() != doc.blocks.size()) return block_facts(kept);
  // A block's facts depend on its kind, level and text alone: the first
  // block of `doc` from here with those is as good as the one kept.
  const auto same = [](const Block& a, const Block& b) {
    return a.kind == b.kind && a.level == b.level && a.text == b.text;
  };
  std::vector<BlockFacts> out;
  out.reserve(kept.blocks.size());
  std::size_t j = 0;
  for (const Block& b : kept.blocks) {
    while (j < doc.blocks.size() && !same(doc.blocks[j], b)) ++j;
    if (j == doc.blocks.size()) return block_facts(kept);  // not a subsequence after all
    out.push_back(facts[j++]);
  }
  return out;
}

bool is_heading_like(const Block& block) {
  const std::string folded = fold_for_match(block.text);
  return is_heading_like(block, folded, count_words(folded));
}

}  // namespace distill::transform
