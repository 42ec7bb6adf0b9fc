#include "transform/json_text.hpp"

#include <array>
#include <cstdint>
#include <cstring>

#include <nlohmann/json.hpp>

#include "transform/charset.hpp"

namespace distill::transform {

namespace {

// Whether any of the eight bytes of `w` is one a JSON string escapes: a
// control byte, '"' or '\\'. Exact for the eight as a whole (not for which
// of them it is).
bool escapes_any(std::uint64_t w) {
  constexpr std::uint64_t k_ones = 0x0101010101010101ull;
  constexpr std::uint64_t k_highs = 0x8080808080808080ull;
  const auto has_zero = [](std::uint64_t x) { return ((x - k_ones) & ~x & k_highs) != 0; };
  const bool control = ((w - 0x20 * k_ones) & ~w & k_highs) != 0;
  return control || has_zero(w ^ ('"' * k_ones)) || has_zero(w ^ ('\\' * k_ones));
}

}  // namespace

bool append_json_string(std::string& out, std::string_view s) {
  if (!is_valid_utf8(s)) return false;
  static constexpr std::array<char, 16> k_hex = {'0', '1', '2', '3', '4', '5', '6', '7',
                                                 '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'};
  out.push_back('"');
  std::size_t copied = 0;  // s[0, copied) is in out
  for (std::size_t i = 0; i < s.size(); ++i) {
    // Most text has nothing to escape: eight bytes at a time past it.
    while (i + 8 <= s.size()) {
      std::uint64_t eight;
      std::memcpy(&eight, s.data() + i, 8);
      if (escapes_any(eight)) break;
      i += 8;
    }
    if (i == s.size()) break;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s.data() + copied, i - copied);
    copied = i + 1;
    switch (c) {
      case '"': out.append("\\\""); break;
      case '\\': out.append("\\\\"); break;
      case '\b': out.append("\\b"); break;
      case '\t': out.append("\\t"); break;
      case '\n': out.append("\\n"); break;
      case '\f': out.append("\\f"); break;
      case '\r': out.append("\\r"); break;
      default:
        out.append("\\u00");
        out.push_back(k_hex[c >> 4]);
        out.push_back(k_hex[c & 0xF]);
    }
  }
  out.append(s.data() + copied, s.size() - copied);
  out.push_back('"');
  return true;
}

std::string to_json_text(const std::vector<std::string>& strings) {
  std::string out = "[";
  for (std::size_t i = 0; i < strings.size(); ++i) {
    if (i > 0) out.push_back(',');
    if (!append_json_string(out, strings[i])) return nlohmann::json(strings).dump();
  }
  out.push_back(']');
  return out;
}

}  // namespace distill::transform
