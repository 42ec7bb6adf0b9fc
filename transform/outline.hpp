#pragma once
// Outline: the structure of a cleaned issue, between cleaning and choosing
// what the summary says. An issue has a title, sections (what its headings
// open) and stories (a titled run of blocks with a role); where the issue
// names itself or its date is recorded so that no summary repeats it. The
// outline is built once from the kept Document and its BlockFacts (the
// facts cleaning used), and the summarizer chooses from it.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "transform/block_facts.hpp"
#include "transform/document.hpp"

namespace distill::transform {

enum class StoryRole {
  main_story,  // the lead: an essay, or the first and longest story
  story,       // a titled story with prose of its own
  brief,       // a short story: a paragraph or two under a title
  link_item,   // one entry of a link list or headline list ("Title — description")
  link_list,   // a run of links without prose (a reading list)
};

struct Story {
  std::string title;                // may be empty for an untitled lead essay
  std::string url;                  // the story's own link, may be empty
  StoryRole role = StoryRole::story;
  int rank = 0;                     // BlockFacts::rank of its title, 0 when untitled
  std::vector<std::size_t> blocks;  // indices into the kept Document, in order
  int words = 0;
  bool operator==(const Story&) const = default;
};

struct OutlineSection {
  std::string title;                 // empty for the part before the first heading
  int rank = 0;                      // BlockFacts::rank of its heading
  std::vector<std::size_t> stories;  // indices into Outline::stories
  bool operator==(const OutlineSection&) const = default;
};

struct Outline {
  std::string title;                       // the title (usually the subject)
  std::optional<std::size_t> name_block;   // a block that only names the issue ("Weekly #212")
  std::optional<std::size_t> date_block;   // a block that only dates it
  std::vector<OutlineSection> sections;    // in document order
  std::vector<Story> stories;              // in document order
  bool operator==(const Outline&) const = default;
};

}  // namespace distill::transform
