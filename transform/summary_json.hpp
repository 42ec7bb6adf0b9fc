#pragma once
// JSON form of Summary: what the store persists and what `explain --json`
// prints under "summary". Keys are part of the explain contract.

#include <nlohmann/json.hpp>

#include "transform/summary.hpp"

namespace distill::transform {

nlohmann::json to_json(const Summary& summary);

// Reads what to_json wrote. Missing keys take their defaults; a value of the
// wrong type throws nlohmann::json::exception.
Summary summary_from_json(const nlohmann::json& j);

}  // namespace distill::transform
