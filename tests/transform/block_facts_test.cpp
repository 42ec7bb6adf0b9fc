// transform/block_facts: the facts of a Document's blocks, computed once.

#include "transform/block_facts.hpp"

#include <catch2/catch.hpp>

using namespace distill::transform;

TEST_CASE("block_facts_of_kept takes the kept blocks' facts from the full Document's", "[transform]") {
  Document doc;
  doc.blocks = {{BlockKind::heading, 2, "WORLD NEWS", {}},
                {BlockKind::paragraph, 0, "Sponsored by Acme.", {}},
                {BlockKind::paragraph, 0, "The ferry runs again.", {}},
                {BlockKind::paragraph, 0, "Sponsored by Acme.", {}},
                {BlockKind::paragraph, 0, "TOOLS", {}}};
  const std::vector<BlockFacts> facts = block_facts(doc);
  Document kept;
  kept.blocks = {doc.blocks[0], doc.blocks[3], doc.blocks[4]};
  CHECK(block_facts_of_kept(doc, facts, kept) == block_facts(kept));
  // Not a subsequence of the Document, or facts of another size: computed afresh.
  Document other;
  other.blocks = {{BlockKind::paragraph, 0, "A block the Document never had.", {}}};
  CHECK(block_facts_of_kept(doc, facts, other) == block_facts(other));
  CHECK(block_facts_of_kept(doc, {}, kept) == block_facts(kept));
}
