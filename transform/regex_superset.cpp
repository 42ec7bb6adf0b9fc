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

}  // namespace

std::string with_open_repeats(std::string_view pattern, int min_bound) {
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
    if (c == '{') {
      const std::size_t close = pattern.find('}', i);
      const std::size_t comma = pattern.find(',', i);
      if (close != std::string_view::npos && comma < close) {
        const int low = number_in(pattern, i + 1, comma);
        const int high = number_in(pattern, comma + 1, close);
        if (low >= 0 && high >= low && high >= min_bound) {
          if (low == 0) {
            out += '*';
          } else {
            out += '{';
            out += std::to_string(low);
            out += ",}";
          }
          i = close;
          continue;
        }
      }
    }
    out += c;
  }
  return out;
}

}  // namespace distill::transform
