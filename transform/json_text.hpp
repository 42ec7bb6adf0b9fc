#pragma once
// JSON text written directly, byte for byte as nlohmann::json's dump()
// writes the same values (no indentation, UTF-8 kept as it is, `"`, `\` and
// control characters escaped, keys in sorted order as its std::map keeps
// them), for what the store writes for every message: building a json tree
// only to print it cost about as much as the rest of the store's writes.

#include <string>
#include <string_view>
#include <vector>

namespace distill::transform {

// Appends `s` as a JSON string. Returns false, with `out` as it was, when
// `s` is not valid UTF-8, which dump() refuses with an exception: the
// caller then takes the json route for the same exception.
bool append_json_string(std::string& out, std::string_view s);

// nlohmann::json(strings).dump(), written directly (the block texts the
// store keeps of every issue). Throws what dump() throws.
std::string to_json_text(const std::vector<std::string>& strings);

}  // namespace distill::transform
