#pragma once
// Document: the structure of a newsletter, not its markup. HTML and plain
// text bodies both become an ordered list of blocks, each with its visible
// text and its links. Cleaning and summarizing work on Documents only.

#include <string>
#include <vector>

namespace distill::transform {

enum class BlockKind { heading, paragraph, list_item, quote, image, separator };

struct Link {
  std::string text;  // visible text of the anchor, may be empty (image links)
  std::string url;   // with tracking parameters removed and redirects unwrapped
  std::string campaign{};  // link_campaign() of the URL as written: whom the sender tagged it for
  bool operator==(const Link&) const = default;
};

struct Block {
  BlockKind kind = BlockKind::paragraph;
  int level = 0;     // heading level 1..6; list nesting depth for list items; 1 for a signature delimiter
  std::string text;  // visible text, whitespace folded, "\n" for <br>
  std::vector<Link> links;
  bool operator==(const Block&) const = default;
};

struct Document {
  std::vector<Block> blocks;
  int tracking_pixels = 0;           // 1x1 / hidden images dropped while converting
  int tracking_params_removed = 0;   // utm_* and friends stripped from links
  std::vector<std::string> warnings;
  bool operator==(const Document&) const = default;
};

}  // namespace distill::transform
