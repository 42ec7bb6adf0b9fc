#pragma once
// JSON form of a CleanResult: the kept blocks and every removed block with
// its reason, as the store keeps them for the archive (`distill show`, the
// feeds). Block kinds are written by name so that a stored issue still reads
// the same after BlockKind grows.

#include <nlohmann/json.hpp>

#include "transform/summary.hpp"

namespace distill::transform {

nlohmann::json to_json(const CleanResult& cleaned);

// to_json(cleaned).dump(), written without building the json tree (the
// archive stores it for every message). Throws what dump() throws.
std::string to_json_text(const CleanResult& cleaned);

// Reads what to_json wrote. Missing keys take their defaults, an unknown
// block kind reads as a paragraph; a value of the wrong type throws
// nlohmann::json::exception.
CleanResult clean_result_from_json(const nlohmann::json& j);

}  // namespace distill::transform
