#include "transform/css_visibility.hpp"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>

#include "transform/ascii.hpp"

namespace distill::transform::css {

Declarations parse_declarations(std::string_view css) {
  Declarations out;
  std::size_t start = 0;
  while (start < css.size()) {
    std::size_t semi = css.find(';', start);
    if (semi == std::string_view::npos) semi = css.size();
    const std::string_view decl = css.substr(start, semi - start);
    start = semi + 1;
    const std::size_t colon = decl.find(':');
    if (colon == std::string_view::npos) continue;
    std::string name = ascii_lower(trim_ascii_space(decl.substr(0, colon)));
    std::string value = ascii_lower(trim_ascii_space(decl.substr(colon + 1)));
    if (auto imp = value.find("!important"); imp != std::string::npos) value = std::string(trim_ascii_space(value.substr(0, imp)));
    if (!name.empty()) out.emplace_back(std::move(name), std::move(value));
  }
  return out;
}

// "0", "0px", "0em", "0.0", "0%": a length or number that is zero.
bool is_zero(std::string_view v) {
  v = trim_ascii_space(v);
  if (v.empty()) return false;
  std::size_t i = 0;
  bool digit = false;
  while (i < v.size() && (v[i] == '0' || v[i] == '.')) {
    digit = digit || v[i] == '0';
    ++i;
  }
  if (!digit) return false;
  const std::string_view unit = v.substr(i);
  return unit.empty() || unit == "px" || unit == "em" || unit == "rem" || unit == "pt" || unit == "%";
}

// Pixels of a CSS length ("12px", "1", "9pt"), if it is one.
std::optional<double> css_pixels(std::string_view v) {
  v = trim_ascii_space(v);
  std::size_t i = 0;
  while (i < v.size() && (is_ascii_digit(v[i]) || v[i] == '.')) ++i;
  if (i == 0) return std::nullopt;
  double n = 0;
  try {
    n = std::stod(std::string(v.substr(0, i)));
  } catch (...) {
    return std::nullopt;
  }
  const std::string_view unit = trim_ascii_space(v.substr(i));
  if (unit.empty() || unit == "px") return n;
  if (unit == "pt") return n * 4.0 / 3.0;
  if (unit == "em" || unit == "rem") return n * 16.0;
  return std::nullopt;
}

bool hides(const Declarations& decls) {
  bool overflow_hidden = false;
  bool zero_height = false;
  for (const auto& [name, value] : decls) {
    if (name == "overflow" && value == "hidden") overflow_hidden = true;
    if ((name == "height" || name == "width") && is_zero(value)) zero_height = true;
  }
  for (const auto& [name, value] : decls) {
    if (name == "display" && value == "none") return true;
    if (name == "visibility" && (value == "hidden" || value == "collapse")) return true;
    if (name == "max-height" && is_zero(value)) return true;
    if (name == "max-width" && is_zero(value) && overflow_hidden) return true;
    if (name == "opacity" && is_zero(value)) return true;
  }
  return zero_height && overflow_hidden;
}

bool shows(const Declarations& decls) {
  return std::any_of(decls.begin(), decls.end(),
                     [](const auto& d) { return d.first == "display" && d.second != "none"; });
}

void collect_hidden_selectors(std::string_view css_in, HiddenSelectors& out) {
  // Drop comments.
  std::string css;
  css.reserve(css_in.size());
  for (std::size_t i = 0; i < css_in.size(); ++i) {
    if (css_in[i] == '/' && i + 1 < css_in.size() && css_in[i + 1] == '*') {
      const std::size_t end = css_in.find("*/", i + 2);
      if (end == std::string_view::npos) break;
      i = end + 1;
      continue;
    }
    css += css_in[i];
  }
  std::size_t pos = 0;
  while (pos < css.size()) {
    const std::size_t open = css.find('{', pos);
    if (open == std::string::npos) break;
    std::string_view selectors = trim_ascii_space(std::string_view(css).substr(pos, open - pos));
    // The block's extent, with nesting (at-rules hold rules).
    int depth = 1;
    std::size_t close = open + 1;
    while (close < css.size() && depth > 0) {
      if (css[close] == '{') ++depth;
      if (css[close] == '}') --depth;
      ++close;
    }
    const std::string_view body =
        std::string_view(css).substr(open + 1, close - open - 2 < css.size() ? close - open - 2 : 0);
    pos = close;
    // A selector list may begin after a stray "}" or "<!--".
    if (auto cut = selectors.find_last_of("};>");
        cut != std::string_view::npos && selectors.find('@') == std::string_view::npos) {
      if (selectors[cut] != '>') selectors = trim_ascii_space(selectors.substr(cut + 1));
    }
    if (selectors.find('@') != std::string_view::npos) continue;  // @media, @font-face, @supports ...
    if (body.find('{') != std::string_view::npos) continue;
    if (!hides(parse_declarations(body))) continue;
    std::size_t s = 0;
    while (s <= selectors.size()) {
      std::size_t comma = selectors.find(',', s);
      if (comma == std::string_view::npos) comma = selectors.size();
      std::string_view sel = trim_ascii_space(selectors.substr(s, comma - s));
      s = comma + 1;
      if (sel.empty() || sel.find_first_of(" >+~:[") != std::string_view::npos) continue;
      // tag.class, .class, #id, tag#id
      if (auto dot = sel.find('.'); dot != std::string_view::npos) {
        std::string_view cls = sel.substr(dot + 1);
        if (!cls.empty() && cls.find_first_of(".#") == std::string_view::npos) out.classes.insert(std::string(cls));
      } else if (auto hash = sel.find('#'); hash != std::string_view::npos) {
        out.ids.insert(std::string(sel.substr(hash + 1)));
      }
    }
  }
}

}  // namespace distill::transform::css
