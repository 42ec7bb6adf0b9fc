#pragma once
// CSS, the little of it that decides visibility: the declarations of an
// inline style, whether they hide or show an element, a font size in
// pixels, and the classes and ids a document's own style sheet hides
// outside any @media query. Read by the HTML walk (html_document.cpp),
// which applies them to its elements.

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

namespace distill::transform::css {

// The ASCII case folding and the whitespace (space, tab, CR, LF, FF) of CSS,
// which HTML shares: the HTML walk reads tag and attribute names with them
// too, once per tag (inline for that).
inline char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

inline std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

inline std::string_view trim(std::string_view s) {
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; };
  while (!s.empty() && blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && blank(s.back())) s.remove_suffix(1);
  return s;
}

// The declarations of a style ("display: none; color: red"), names and
// values lower-cased and trimmed, "!important" dropped, in order.
using Declarations = std::vector<std::pair<std::string, std::string>>;

Declarations parse_declarations(std::string_view css);

// "0", "0px", "0em", "0.0", "0%": a length or number that is zero.
bool is_zero(std::string_view v);

// Pixels of a CSS length ("12px", "1", "9pt"), if it is one.
std::optional<double> css_pixels(std::string_view v);

// Whether the declarations hide the element: display:none,
// visibility:hidden, max-height:0, max-width:0 or height:0 with
// overflow:hidden, opacity:0.
bool hides(const Declarations& decls);

// Whether they show it: a display other than none.
bool shows(const Declarations& decls);

// Classes and ids that the document's own style sheets hide outside any
// @media query: `.preheader{display:none}`, `div.mobile{max-height:0}`.
struct HiddenSelectors {
  std::unordered_set<std::string> classes;
  std::unordered_set<std::string> ids;
};

// Adds to `out` the simple selectors (.class, tag.class, #id, tag#id) of
// the rules of style sheet `css_in` that hide, outside at-rules.
void collect_hidden_selectors(std::string_view css_in, HiddenSelectors& out);

}  // namespace distill::transform::css
