#include "transform/regex_superset.hpp"

#include <charconv>

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

namespace {

// The number written in text[from, to), or -1.
int number_in(std::string_view text, std::size_t from, std::size_t to) {
  int n = -1;
  const char* first = text.data() + from;
  const char* last = text.data() + to;
  const auto [end, error] = std::from_chars(first, last, n);
  return error == std::errc() && end == last && first != last ? n : -1;
}

// `pattern` rewritten where `rewrite(i, out)` says: it is asked at each
// character outside a bracket expression and not escaped, and returns how
// many characters of `pattern` from `i` on it wrote to `out` in their
// place (0: none, the character is copied as it is).
template <class Rewrite>
std::string rewritten_outside_classes(std::string_view pattern, Rewrite rewrite) {
  std::string out;
  out.reserve(pattern.size());
  bool in_class = false;
  std::size_t class_start = 0;  // out.size() just after the class's '[' (and '^')
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {
      out += c;
      out += pattern[++i];
      continue;
    }
    if (in_class) {
      // A ']' first in a class is one of its characters.
      if (c == ']' && out.size() > class_start) in_class = false;
      out += c;
      continue;
    }
    if (c == '[') {
      in_class = true;
      out += c;
      if (i + 1 < pattern.size() && pattern[i + 1] == '^') {
        out += '^';
        ++i;
      }
      class_start = out.size();
      continue;
    }
    if (const std::size_t used = rewrite(i, out)) {
      i += used - 1;
      continue;
    }
    out += c;
  }
  return out;
}

}  // namespace

std::string with_open_repeats(std::string_view pattern, int min_bound) {
  return rewritten_outside_classes(pattern, [&](std::size_t i, std::string& out) -> std::size_t {
    if (pattern[i] != '{') return 0;
    const std::size_t close = pattern.find('}', i);
    const std::size_t comma = pattern.find(',', i);
    if (close == std::string_view::npos || comma > close) return 0;
    const int low = number_in(pattern, i + 1, comma);
    const int high = number_in(pattern, comma + 1, close);
    if (low < 0 || high < low || high < min_bound) return 0;
    out += low == 0 ? "*" : "{" + std::to_string(low) + ",}";
    return close + 1 - i;
  });
}

std::string with_ss_for_eszett(std::string_view pattern) {
  constexpr std::string_view k_eszett = "\xC3\x9F";  // ß in UTF-8
  return rewritten_outside_classes(pattern, [&](std::size_t i, std::string& out) -> std::size_t {
    if (pattern.substr(i, k_eszett.size()) != k_eszett) return 0;
    out += "(?:";
    out += k_eszett;
    out += "|ss)";
    return k_eszett.size();
  });
}

}  // namespace distill::transform
