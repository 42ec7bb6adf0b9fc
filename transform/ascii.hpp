#pragma once
// ASCII helpers for the machine-readable text of mail: header and
// parameter names, charset labels, URLs, tag and attribute names, CSS.
// They fold and trim ASCII only (bytes above 0x7F stay as they are) and
// read no locale. Text a reader sees is folded by words.hpp instead.

#include <cstddef>
#include <string>
#include <string_view>

namespace distill::transform {

constexpr char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

inline std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

constexpr char ascii_upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

inline std::string ascii_upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_upper(c);
  return out;
}

constexpr bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }
constexpr bool is_ascii_alpha(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool is_ascii_alnum(char32_t c) { return is_ascii_alpha(c) || is_ascii_digit(c); }

// Space, tab, LF, VT, FF and CR: what isspace() takes in the "C" locale.
constexpr bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

constexpr std::string_view trim_ascii_space(std::string_view s) {
  while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
  return s;
}

// Without the spaces (U+0020 only) it ends on: folded text and a link's
// label may close on one where a line or a tag ended.
constexpr std::string_view trim_trailing_spaces(std::string_view s) { return s.substr(0, s.find_last_not_of(' ') + 1); }

// Whether a word is a web address as mail prints one bare, in text:
// "https://...", "http://..." or "www....".
constexpr bool is_web_address(std::string_view word) {
  return word.starts_with("http://") || word.starts_with("https://") || word.starts_with("www.");
}

constexpr bool iequals_ascii(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  }
  return true;
}

// The value of a hexadecimal digit, or -1.
constexpr int hex_digit_value(char c) {
  if (is_ascii_digit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace distill::transform
