#include "transform/regex_superset.hpp"

namespace distill::transform {

std::string widened_to_ascii_letters(std::string_view pattern) {
  constexpr std::string_view k_beyond_ascii = "\\x{80}-\\x{10FFFF}";
  std::string out;
  out.reserve(pattern.size() * 2);
  bool in_class = false;
  bool negated = false;
  std::size_t class_start = 0;  // out.size() just after the class's '[' (and '^')
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {
      const char next = pattern[i + 1];
      if (next == 'p' || next == 'P') {
        const char name = i + 2 < pattern.size() ? pattern[i + 2] : '\0';
        if (next == 'P' || (name != 'L' && name != 'N') || (in_class && negated)) return std::string(pattern);
        const std::string_view ascii = name == 'L' ? "a-zA-Z" : "0-9";
        if (!in_class) out += '[';
        out += ascii;
        out += k_beyond_ascii;
        if (!in_class) out += ']';
        i += 2;
        continue;
      }
      out += c;
      out += next;
      ++i;
      continue;
    }
    if (!in_class && c == '[') {
      in_class = true;
      negated = i + 1 < pattern.size() && pattern[i + 1] == '^';
      out += c;
      if (negated) {
        out += '^';
        ++i;
      }
      class_start = out.size();
      continue;
    }
    // A ']' first in a class is one of its characters.
    if (in_class && c == ']' && out.size() > class_start) in_class = false;
    out += c;
  }
  return out;
}

}  // namespace distill::transform
