#include "transform/html_document.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <gumbo.h>

#include "transform/ascii.hpp"
#include "transform/charset.hpp"
#include "transform/css_visibility.hpp"
#include "transform/gumbo_arena.hpp"
#include "transform/links.hpp"
#include "transform/text_document.hpp"

namespace distill::transform {
namespace {

constexpr int k_max_walk_depth = 400;
constexpr int k_max_parse_depth = 1500;

using css::css_pixels;
using css::Declarations;
using css::HiddenSelectors;
using css::hides;
using css::is_zero;
using css::parse_declarations;
using css::shows;

const char* attr(const GumboNode* node, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a ? a->value : nullptr;
}

// The classes and ids the document's <style> elements hide (css_visibility.hpp).
void find_style_sheets(const GumboNode* root, HiddenSelectors& out) {
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE && n->type != GUMBO_NODE_DOCUMENT) continue;
    const GumboVector& children = n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
    if (n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == GUMBO_TAG_STYLE) {
      for (unsigned i = 0; i < children.length; ++i) {
        const auto* c = static_cast<const GumboNode*>(children.data[i]);
        if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE || c->type == GUMBO_NODE_CDATA) {
          collect_hidden_selectors(c->v.text.text, out);
        }
      }
      continue;
    }
    for (unsigned i = children.length; i > 0; --i) stack.push_back(static_cast<const GumboNode*>(children.data[i - 1]));
  }
}

// ---------------------------------------------------------------------------
// Element classes

bool is_skipped_tag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_META:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_BASE:
      return true;
    default:
      return false;
  }
}

bool is_block_tag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_PLAINTEXT:
    case GUMBO_TAG_XMP:
      return true;
    default:
      return false;
  }
}

int heading_level(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_H1: return 1;
    case GUMBO_TAG_H2: return 2;
    case GUMBO_TAG_H3: return 3;
    case GUMBO_TAG_H4: return 4;
    case GUMBO_TAG_H5: return 5;
    case GUMBO_TAG_H6: return 6;
    default: return 0;
  }
}

const GumboVector& children_of(const GumboNode* n) {
  return n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
}

// Whether an element has block-level content below it (then its table cell
// is a container, not a piece of inline text). Bounded: gives up, saying
// yes, after `budget` nodes.
bool has_block_descendant(const GumboNode* n, int& budget) {
  const GumboVector& kids = children_of(n);
  for (unsigned i = 0; i < kids.length; ++i) {
    const auto* c = static_cast<const GumboNode*>(kids.data[i]);
    if (--budget < 0) return true;
    if (c->type != GUMBO_NODE_ELEMENT) continue;
    const GumboTag t = c->v.element.tag;
    if (is_skipped_tag(t)) continue;
    if (is_block_tag(t) || t == GUMBO_TAG_BR) return true;
    if (has_block_descendant(c, budget)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// Text

// Characters that take no space: zero-width fillers newsletters pad
// preheaders with, and the soft hyphen.
bool is_invisible(char32_t cp) {
  return cp == 0x200B || cp == 0x200C || cp == 0x2060 || cp == 0xFEFF || cp == 0x034F || cp == 0x00AD ||
         cp == 0x180E || cp == 0x200E || cp == 0x200F;
}

bool is_unicode_space(char32_t cp) {
  return cp == 0x00A0 || cp == 0x2007 || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x3000 ||
         (cp >= 0x2000 && cp <= 0x200A) || cp == 0x205F || cp == 0x1680;
}

// Decodes the code point at s[i] (valid UTF-8 assumed: see valid_utf8),
// advancing i.
char32_t next_code_point(std::string_view s, std::size_t& i) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (i + static_cast<std::size_t>(len) > s.size()) len = static_cast<int>(s.size() - i);
  char32_t cp = len == 4 ? (c & 0x07) : len == 3 ? (c & 0x0F) : len == 2 ? (c & 0x1F) : c;
  for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3F);
  i += static_cast<std::size_t>(len);
  return cp;
}

// `s`, or its copy in `storage` with every ill-formed sequence replaced by
// U+FFFD. gumbo's text is valid UTF-8 once its input is and the numeric
// references it would overflow on are tamed (tame_numeric_references); this
// is the guard that keeps a Document valid should another path appear.
std::string_view valid_utf8(std::string_view s, std::string& storage) {
  if (!has_8bit(s) || is_valid_utf8(s)) return s;
  storage = sanitize_utf8(s);
  return storage;
}

// Whether a code point can be part of a word: letters, digits, and
// everything that is not punctuation, symbols, arrows, shapes or emoji.
bool is_word_char(char32_t cp) {
  if (cp < 0x80) return is_ascii_alnum(cp);
  if (cp <= 0xBF) return cp == 0xAA || cp == 0xB5 || cp == 0xBA || cp == 0xB2 || cp == 0xB3 || cp == 0xB9 ||
                         (cp >= 0xBC && cp <= 0xBE);
  if (cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0x2000 && cp <= 0x2BFF) return (cp >= 0x2070 && cp <= 0x209F) || (cp >= 0x2150 && cp <= 0x218F) ||
                                           (cp >= 0x2460 && cp <= 0x24FF);
  if (cp >= 0x3000 && cp <= 0x303F) return false;
  if (cp >= 0xFE00 && cp <= 0xFE0F) return false;
  if (cp >= 0x1F000) return false;
  return true;
}

bool has_word_char(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    if (is_word_char(next_code_point(s, i))) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// The walk

struct Context {
  BlockKind kind = BlockKind::paragraph;
  int level = 0;
  int list_depth = 0;
  bool pre = false;
  bool bold = false;
  bool big = false;
  bool in_simple_row = false;
  bool zero_font = false;  // font-size:0 hides the element's own text, not a child that sets a size
};

struct OpenLink {
  std::string url;
  std::string campaign;
  std::size_t start = 0;  // offset in the current block's text
  bool has_image = false;
  bool attached = false;
};

class Builder {
 public:
  explicit Builder(HiddenSelectors hidden) : m_hidden(std::move(hidden)) {}

  void walk(const GumboNode* node, const Context& ctx, int depth) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA || node->type == GUMBO_NODE_WHITESPACE) {
      append_text(node->v.text.text, ctx);
      return;
    }
    if (node->type == GUMBO_NODE_DOCUMENT) {
      walk_children(node, ctx, depth);
      return;
    }
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return;
    const GumboElement& el = node->v.element;
    const GumboTag tag = el.tag;
    if (is_skipped_tag(tag)) return;
    if (depth > k_max_walk_depth) {
      append_flat_text(node, ctx);
      return;
    }

    Declarations style;
    if (const char* s = attr(node, "style")) style = parse_declarations(s);
    if (tag == GUMBO_TAG_IMG) {
      image(node, style);
      return;
    }
    if (is_hidden(node, style)) {
      if (tag != GUMBO_TAG_BODY && tag != GUMBO_TAG_HTML) {
        count_hidden_pixels(node);
        return;
      }
    }

    Context inner = ctx;
    update_inline_style(node, style, inner);

    switch (tag) {
      case GUMBO_TAG_BR:
        line_break(ctx);
        return;
      case GUMBO_TAG_HR:
        flush();
        if (m_doc.blocks.empty() || m_doc.blocks.back().kind != BlockKind::separator) {
          m_doc.blocks.push_back(Block{BlockKind::separator, 0, "", {}});
        }
        return;
      case GUMBO_TAG_A: {
        anchor(node, inner, depth);
        return;
      }
      default:
        break;
    }

    if (!is_block_tag(tag)) {
      walk_children(node, inner, depth);
      return;
    }

    // Block-level element.
    if (const int h = heading_level(tag)) {
      inner.kind = BlockKind::heading;
      inner.level = h;
    } else if (tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL || tag == GUMBO_TAG_DIR || tag == GUMBO_TAG_MENU) {
      inner.list_depth = ctx.list_depth + 1;
    } else if (tag == GUMBO_TAG_LI) {
      if (ctx.kind != BlockKind::heading) {
        inner.kind = BlockKind::list_item;
        inner.level = std::max(1, ctx.list_depth);
      }
    } else if (tag == GUMBO_TAG_BLOCKQUOTE) {
      if (ctx.kind == BlockKind::paragraph) inner.kind = BlockKind::quote;
    } else if (tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_LISTING || tag == GUMBO_TAG_PLAINTEXT || tag == GUMBO_TAG_XMP) {
      inner.pre = true;
    }

    if (ctx.in_simple_row && (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH)) {
      // A cell of a row read as one line: cells are words apart.
      m_pending_space = true;
      walk_children(node, inner, depth);
      m_pending_space = true;
      return;
    }
    flush();
    m_block_ctx = inner;
    if (tag == GUMBO_TAG_TR && is_simple_row(node)) {
      inner.in_simple_row = true;
      m_block_ctx = inner;
    }
    walk_children(node, inner, depth);
    flush();
    m_block_ctx = ctx;
  }

  Document finish() {
    flush();
    drop_duplicates();
    while (!m_doc.blocks.empty() && m_doc.blocks.back().kind == BlockKind::separator) m_doc.blocks.pop_back();
    while (!m_doc.blocks.empty() && m_doc.blocks.front().kind == BlockKind::separator) {
      m_doc.blocks.erase(m_doc.blocks.begin());
    }
    return std::move(m_doc);
  }

 private:
  void walk_children(const GumboNode* node, const Context& ctx, int depth) {
    const GumboVector& kids = children_of(node);
    for (unsigned i = 0; i < kids.length; ++i) walk(static_cast<const GumboNode*>(kids.data[i]), ctx, depth + 1);
  }

  // Below the depth limit: the text of the subtree, as inline text, without recursion.
  void append_flat_text(const GumboNode* root, const Context& ctx) {
    std::vector<const GumboNode*> stack{root};
    while (!stack.empty()) {
      const GumboNode* n = stack.back();
      stack.pop_back();
      if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
        append_text(n->v.text.text, ctx);
        continue;
      }
      if (n->type != GUMBO_NODE_ELEMENT) continue;
      if (is_skipped_tag(n->v.element.tag)) continue;
      if (const char* s = attr(n, "style"); s && hides(parse_declarations(s))) continue;
      if (is_block_tag(n->v.element.tag)) m_pending_space = true;
      const GumboVector& kids = n->v.element.children;
      for (unsigned i = kids.length; i > 0; --i) stack.push_back(static_cast<const GumboNode*>(kids.data[i - 1]));
    }
  }

  bool is_hidden(const GumboNode* node, const Declarations& style) const {
    if (gumbo_get_attribute(&node->v.element.attributes, "hidden")) return true;
    if (hides(style)) return true;
    if (shows(style)) return false;
    if (!m_hidden.classes.empty()) {
      if (const char* cls = attr(node, "class")) {
        std::string_view v = cls;
        std::size_t i = 0;
        while (i < v.size()) {
          while (i < v.size() && (v[i] == ' ' || v[i] == '\t' || v[i] == '\n')) ++i;
          std::size_t j = i;
          while (j < v.size() && v[j] != ' ' && v[j] != '\t' && v[j] != '\n') ++j;
          if (j > i && m_hidden.classes.count(std::string(v.substr(i, j - i)))) return true;
          i = j;
        }
      }
    }
    if (!m_hidden.ids.empty()) {
      if (const char* id = attr(node, "id"); id && m_hidden.ids.count(id)) return true;
    }
    return false;
  }

  void update_inline_style(const GumboNode* node, const Declarations& style, Context& ctx) const {
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_B || tag == GUMBO_TAG_STRONG) ctx.bold = true;
    if (tag == GUMBO_TAG_FONT) {
      if (const char* size = attr(node, "size")) {
        const int n = std::atoi(size);
        if ((size[0] != '+' && size[0] != '-' && n >= 5) || (size[0] == '+' && n >= 2)) ctx.big = true;
      }
    }
    for (const auto& [name, value] : style) {
      if (name == "font-weight") {
        ctx.bold = value == "bold" || value == "bolder" || (value.size() == 3 && value >= "600" && value <= "900");
      } else if (name == "font-size") {
        if (is_zero(value)) {
          ctx.zero_font = true;
        } else if (auto px = css_pixels(value)) {
          ctx.big = *px >= 20.0;
          ctx.zero_font = false;
        } else {
          ctx.zero_font = false;  // "small", "1.2em" ...
        }
      } else if (name == "font") {
        if (value.find("bold") != std::string::npos) ctx.bold = true;
      }
    }
  }

  bool is_simple_row(const GumboNode* tr) const {
    const GumboVector& kids = tr->v.element.children;
    int cells = 0;
    std::size_t text_len = 0;
    for (unsigned i = 0; i < kids.length; ++i) {
      const auto* c = static_cast<const GumboNode*>(kids.data[i]);
      if (c->type != GUMBO_NODE_ELEMENT) continue;
      const GumboTag t = c->v.element.tag;
      if (t != GUMBO_TAG_TD && t != GUMBO_TAG_TH) return false;
      int budget = 200;
      if (has_block_descendant(c, budget)) return false;
      text_len += text_length(c, 400);
      ++cells;
    }
    // Long prose in several cells is columns, not a line.
    return cells >= 2 && text_len <= 300;
  }

  static std::size_t text_length(const GumboNode* n, std::size_t cap) {
    std::size_t len = 0;
    std::vector<const GumboNode*> stack{n};
    while (!stack.empty() && len < cap) {
      const GumboNode* x = stack.back();
      stack.pop_back();
      if (x->type == GUMBO_NODE_TEXT) {
        len += trim_ascii_space(x->v.text.text).size();
      } else if (x->type == GUMBO_NODE_ELEMENT && !is_skipped_tag(x->v.element.tag)) {
        const GumboVector& k = x->v.element.children;
        for (unsigned i = 0; i < k.length; ++i) stack.push_back(static_cast<const GumboNode*>(k.data[i]));
      }
    }
    return len;
  }

  void anchor(const GumboNode* node, const Context& ctx, int depth) {
    const char* href = attr(node, "href");
    std::string url;
    std::string campaign;
    if (href) {
      std::string repaired;
      const std::string_view h = trim_ascii_space(valid_utf8(href, repaired));
      const std::string l = ascii_lower(h.substr(0, 11));
      if (!h.empty() && h.front() != '#' && l.rfind("javascript:", 0) != 0) {
        int removed = 0;
        url = clean_url(h, &removed);
        campaign = link_campaign(h);
        m_doc.tracking_params_removed += removed;
      }
    }
    if (url.empty()) {
      walk_children(node, ctx, depth);
      return;
    }
    // Nested anchors are invalid HTML; gumbo closes the outer one, but be safe.
    m_links.push_back(OpenLink{url, campaign, m_text.size() + (space_is_due() ? 1 : 0), false, false});
    walk_children(node, ctx, depth);
    OpenLink link = std::move(m_links.back());
    m_links.pop_back();
    attach_link(link);
  }

  void attach_link(OpenLink& link) {
    std::string text;
    if (link.start < m_text.size()) text = std::string(trim_ascii_space(std::string_view(m_text).substr(link.start)));
    if (text.empty() && !link.has_image) return;
    if (text.empty() && m_text.empty()) {
      // An image link with no text around it yet: it belongs to what follows.
      m_orphan_links.push_back(Link{"", link.url, link.campaign});
      return;
    }
    m_block_links.push_back(Link{std::move(text), link.url, link.campaign});
  }

  void image(const GumboNode* node, const Declarations& style) {
    std::optional<double> w, h;
    if (const char* a = attr(node, "width")) w = css_pixels(a);
    if (const char* a = attr(node, "height")) h = css_pixels(a);
    for (const auto& [name, value] : style) {
      if (name == "width") w = css_pixels(value);
      if (name == "height") h = css_pixels(value);
    }
    const bool tiny = (w && h && *w <= 1.0 && *h <= 1.0) || (w && *w == 0.0) || (h && *h == 0.0);
    if (tiny || hides(style) || is_hidden(node, style)) {
      ++m_doc.tracking_pixels;
      return;
    }
    const char* src = attr(node, "src");
    const std::string s = src ? ascii_lower(src) : std::string();
    for (const char* spacer : {"spacer", "blank.gif", "clear.gif", "transparent.gif", "pixel.gif", "/s.gif", "shim.gif"}) {
      if (s.find(spacer) != std::string::npos) return;
    }
    if (!m_links.empty()) m_links.back().has_image = true;
  }

  void count_hidden_pixels(const GumboNode* node) {
    std::vector<const GumboNode*> stack{node};
    int budget = 10000;
    while (!stack.empty() && --budget > 0) {
      const GumboNode* n = stack.back();
      stack.pop_back();
      if (n->type != GUMBO_NODE_ELEMENT) continue;
      if (n->v.element.tag == GUMBO_TAG_IMG) ++m_doc.tracking_pixels;
      const GumboVector& k = n->v.element.children;
      for (unsigned i = 0; i < k.length; ++i) stack.push_back(static_cast<const GumboNode*>(k.data[i]));
    }
  }

  void line_break(const Context& ctx) {
    if (m_text.empty()) {
      m_pending_space = false;
      return;
    }
    if (!ctx.pre && !m_text.empty() && m_text.back() == '\n') {
      // <br><br>: a paragraph break.
      flush();
      return;
    }
    m_text.resize(trim_trailing_spaces(m_text).size());
    m_text += '\n';
    m_pending_space = false;
  }

  void append_text(std::string_view s, const Context& ctx) {
    if (ctx.zero_font) return;
    std::string repaired;
    s = valid_utf8(s, repaired);
    std::size_t i = 0;
    std::size_t visible = 0;
    while (i < s.size()) {
      const std::size_t at = i;
      const unsigned char c = static_cast<unsigned char>(s[i]);
      if (c < 0x80) {
        ++i;
        if (c == '\n' && ctx.pre) {
          m_text.resize(trim_trailing_spaces(m_text).size());
          if (!m_text.empty()) m_text += '\n';
          m_pending_space = false;
          continue;
        }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
          m_pending_space = true;
          continue;
        }
        if (c < 0x20 || c == 0x7F) continue;
        // A run of printable ASCII goes in with one append, not byte by byte.
        std::size_t end = i;
        while (end < s.size() && static_cast<unsigned char>(s[end]) > 0x20 &&
               static_cast<unsigned char>(s[end]) < 0x7F) {
          ++end;
        }
        emit_space_if_pending();
        m_text.append(s.data() + at, end - at);
        visible += end - at;
        i = end;
        continue;
      }
      const char32_t cp = next_code_point(s, i);
      if (is_invisible(cp)) continue;
      if (is_unicode_space(cp)) {
        m_pending_space = true;
        continue;
      }
      if (cp >= 0x80 && cp < 0xA0) continue;  // C1 controls
      emit_space_if_pending();
      m_text.append(s.data() + at, i - at);
      ++visible;
    }
    if (visible > 0) {
      m_chars += visible;
      if (ctx.bold) m_bold_chars += visible;
      if (ctx.big) m_big_chars += visible;
    }
  }

  // Whether the next visible character gets a space before it: one is
  // pending, and the text so far does not end a line or in a space.
  bool space_is_due() const {
    return m_pending_space && !m_text.empty() && m_text.back() != '\n' && m_text.back() != ' ';
  }

  void emit_space_if_pending() {
    if (space_is_due()) m_text += ' ';
    m_pending_space = false;
  }

  void flush() {
    // Links still open continue into the next block; what they covered so far is attached here.
    for (OpenLink& link : m_links) {
      if (link.start < m_text.size()) {
        std::string text(trim_ascii_space(std::string_view(m_text).substr(link.start)));
        if (!text.empty()) m_block_links.push_back(Link{std::move(text), link.url, link.campaign});
      }
      link.start = 0;
    }
    std::string_view t = trim_ascii_space(m_text);
    if (!t.empty() && has_word_char(t)) {
      Block b;
      b.kind = m_block_ctx.kind;
      b.level = m_block_ctx.level;
      b.text = std::string(t);
      // Collapse blank lines left by <br> runs inside <pre>-less text.
      b.links = std::move(m_orphan_links);
      for (Link& l : m_block_links) b.links.push_back(std::move(l));
      m_orphan_links.clear();
      if (b.kind == BlockKind::paragraph && m_chars > 0 && looks_like_heading(b.text)) {
        if (m_big_chars == m_chars) {
          b.kind = BlockKind::heading;
          b.level = 2;
        } else if (m_bold_chars == m_chars) {
          b.kind = BlockKind::heading;
          b.level = 3;
        }
      }
      m_doc.blocks.push_back(std::move(b));
    }
    m_block_links.clear();
    m_text.clear();
    m_pending_space = false;
    m_chars = m_bold_chars = m_big_chars = 0;
  }

  static bool looks_like_heading(std::string_view t) {
    if (t.size() > 160 || t.find('\n') != std::string_view::npos) return false;
    // Bold figures in a stock table ("12,266.41", "+1.27%") are not titles.
    int letters = 0;
    for (char c : t) letters += is_ascii_alpha(c) || static_cast<unsigned char>(c) >= 0xC0;
    if (letters < 2) return false;
    int words = 1;
    for (char c : t) words += c == ' ';
    if (words > 20) return false;
    const char last = t.back();
    return last != ',' && last != ';';
  }

  // Mobile and desktop copies of the same content: see the header.
  void drop_duplicates() {
    auto& blocks = m_doc.blocks;
    const std::size_t n = blocks.size();
    if (n < 2) return;
    std::vector<std::string> keys(n);
    for (std::size_t i = 0; i < n; ++i) {
      keys[i] = blocks[i].kind == BlockKind::separator ? std::string("\x01sep") : ascii_lower(blocks[i].text);
    }
    std::unordered_map<std::string, std::vector<std::size_t>> seen;
    std::vector<bool> drop(n, false);
    for (std::size_t i = 0; i < n;) {
      std::size_t best_len = 0;
      if (auto it = seen.find(keys[i]); it != seen.end() && blocks[i].kind != BlockKind::separator) {
        for (std::size_t j : it->second) {
          std::size_t len = 0;
          while (i + len < n && j + len < i && keys[j + len] == keys[i + len] && !drop[j + len]) ++len;
          best_len = std::max(best_len, len);
        }
      }
      const bool long_single = best_len == 1 && keys[i].size() >= 100;
      if (best_len >= 2 || long_single) {
        for (std::size_t k = 0; k < best_len; ++k) drop[i + k] = true;
        i += best_len;
        continue;
      }
      seen[keys[i]].push_back(i);
      ++i;
    }
    std::vector<Block> kept;
    kept.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
      if (drop[i]) continue;
      if (blocks[i].kind == BlockKind::separator && !kept.empty() && kept.back().kind == BlockKind::separator) continue;
      kept.push_back(std::move(blocks[i]));
    }
    blocks = std::move(kept);
  }

  HiddenSelectors m_hidden;
  Document m_doc;
  std::string m_text;
  bool m_pending_space = false;
  Context m_block_ctx;
  std::vector<OpenLink> m_links;
  std::vector<Link> m_block_links;
  std::vector<Link> m_orphan_links;
  std::size_t m_chars = 0;
  std::size_t m_bold_chars = 0;
  std::size_t m_big_chars = 0;
};

bool is_void_tag(std::string_view name) {
  static const char* const k_void[] = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                                       "meta", "param", "source", "track", "wbr", "basefont", "bgsound",
                                       "frame", "keygen", "image", "isindex", "spacer"};
  for (const char* v : k_void) {
    if (name == v) return true;
  }
  return false;
}

// is_void_tag for a name as written, without allocating a lowered copy (this
// runs once per tag of every document).
bool is_void_tag_any_case(std::string_view name) {
  char buf[8];
  if (name.size() > sizeof buf) return false;  // no void tag name is longer
  for (std::size_t k = 0; k < name.size(); ++k) buf[k] = ascii_lower(name[k]);
  return is_void_tag(std::string_view(buf, name.size()));
}

// gumbo's tree construction is quadratic in the nesting depth (it walks the
// stack of open elements for scope checks): 100,000 nested <div>s take
// minutes. Real mail nests a few dozen levels. Past k_max_parse_depth open
// elements, further start tags (and as many end tags) are removed before
// parsing, which keeps their text and makes parsing linear again.
std::string flatten_deep_nesting(std::string_view html, bool& changed) {
  changed = false;
  // Cheap first pass: does the document get that deep at all?
  int depth = 0;
  int max_depth = 0;
  for (std::size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i + 1)) {
    if (i + 1 >= html.size()) break;
    const char c = html[i + 1];
    if (c == '/') {
      depth = std::max(0, depth - 1);
    } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
      std::size_t j = i + 1;
      while (j < html.size() && std::isalnum(static_cast<unsigned char>(html[j]))) ++j;
      if (!is_void_tag_any_case(html.substr(i + 1, j - i - 1))) max_depth = std::max(max_depth, ++depth);
    }
  }
  if (max_depth <= k_max_parse_depth) return {};
  changed = true;
  std::string out;
  out.reserve(html.size());
  depth = 0;
  int dropped = 0;
  std::size_t copied = 0;
  for (std::size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i + 1)) {
    if (i + 1 >= html.size()) break;
    const char c = html[i + 1];
    const bool end_tag = c == '/';
    const bool start_tag = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    if (!end_tag && !start_tag) continue;
    std::size_t j = i + (end_tag ? 2 : 1);
    const std::size_t name_start = j;
    while (j < html.size() && std::isalnum(static_cast<unsigned char>(html[j]))) ++j;
    const std::string name = ascii_lower(html.substr(name_start, j - name_start));
    const std::size_t close = html.find('>', j);
    const std::size_t tag_end = close == std::string_view::npos ? html.size() : close + 1;
    bool remove = false;
    if (start_tag && !is_void_tag(name)) {
      if (++depth > k_max_parse_depth) {
        remove = true;
        ++dropped;
      }
    } else if (end_tag) {
      if (depth > k_max_parse_depth && dropped > 0) {
        remove = true;
        --dropped;
      }
      depth = std::max(0, depth - 1);
    }
    if (remove) {
      out.append(html.data() + copied, i - copied);
      out += ' ';
      copied = tag_end;
      i = tag_end - 1;
    }
  }
  out.append(html.data() + std::min(copied, html.size()), html.size() - std::min(copied, html.size()));
  return out;
}

// `html` with every numeric character reference beyond U+10FFFF written as
// "&#xFFFD;", which is what HTML decodes them to. gumbo accumulates the
// digits in an int: a reference past 2^31 overflows and takes the text that
// follows it along ("&#2147483648; after" loses " after").
std::string_view tame_numeric_references(std::string_view html, std::string& storage) {
  std::size_t copied = 0;  // html[0, copied) is in storage
  bool changed = false;
  for (std::size_t amp = html.find("&#"); amp != std::string_view::npos; amp = html.find("&#", amp + 2)) {
    std::size_t i = amp + 2;
    const bool hex = i < html.size() && (html[i] == 'x' || html[i] == 'X');
    if (hex) ++i;
    const std::size_t digits_start = i;
    std::uint64_t value = 0;
    for (; i < html.size(); ++i) {
      const char c = html[i];
      const int digit = hex ? hex_digit_value(c) : is_ascii_digit(c) ? c - '0' : -1;
      if (digit < 0) break;
      if (value <= 0x10FFFF) value = value * (hex ? 16 : 10) + static_cast<std::uint64_t>(digit);
    }
    if (i == digits_start || value <= 0x10FFFF) continue;
    if (i < html.size() && html[i] == ';') ++i;
    if (!changed) storage.reserve(html.size());
    changed = true;
    storage.append(html.substr(copied, amp - copied));
    storage.append("&#xFFFD;");
    copied = i;
  }
  if (!changed) return html;
  storage.append(html.substr(copied));
  return storage;
}

}  // namespace

Document html_to_document(std::string_view html_in) {
  // gumbo wants valid UTF-8 (it replaces what is not, but warnings aside we
  // want the same replacement everywhere).
  std::string storage;
  std::string_view html = html_in;
  if (has_8bit(html) && !is_valid_utf8(html)) {
    storage = sanitize_utf8(html);
    html = storage;
  }
  std::string tamed;
  html = tame_numeric_references(html, tamed);
  bool flattened = false;
  std::string flat = flatten_deep_nesting(html, flattened);
  if (flattened) html = flat;

  GumboArena& arena = gumbo_arena();
  struct Reset {
    GumboArena& a;
    ~Reset() { a.reset(); }  // frees the whole tree: no gumbo_destroy_output needed
  } reset_arena{arena};
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  options.allocator = &GumboArena::allocate;
  options.deallocator = &GumboArena::deallocate;
  options.userdata = &arena;
  GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
  if (!output) return Document{};

  HiddenSelectors hidden;
  find_style_sheets(output->document, hidden);
  Builder builder(std::move(hidden));
  builder.walk(output->document, Context{}, 0);
  Document doc = builder.finish();
  if (flattened) {
    doc.warnings.push_back("HTML nested deeper than " + std::to_string(k_max_parse_depth) +
                           " elements: the deeper tags ignored, their text kept");
  }
  return doc;
}

Document message_to_document(const Message& message) {
  if (!message.html_body.empty()) {
    Document doc = html_to_document(message.html_body);
    if (!doc.blocks.empty() || message.text_body.empty()) return doc;
  }
  return text_to_document(message.text_body);
}

}  // namespace distill::transform
