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
