#pragma once
// JSON forms of Summary (what the store persists and what `explain --json`
// prints under "summary") and of Outline (what it prints under "outline").
// Keys are part of the explain contract.

#include <nlohmann/json.hpp>

#include "transform/outline.hpp"
#include "transform/summary.hpp"

namespace distill::transform {

nlohmann::json to_json(const Summary& summary);

// Reads what to_json wrote. Missing keys take their defaults; a value of the
// wrong type throws nlohmann::json::exception.
Summary summary_from_json(const nlohmann::json& j);

// {"title", "name_block", "date_block" (block indices of the kept text, or
// null), "sections": [{"title", "rank", "topic", "blocks", "stories"}],
// "stories": [{"title", "url", "role" ("main_story", "story", "brief",
// "link_item", "link_list"), "rank", "section", "order", "blocks", "words"}]}.
nlohmann::json to_json(const Outline& outline);

}  // namespace distill::transform
