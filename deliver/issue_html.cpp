#include "deliver/issue_html.hpp"

#include <algorithm>
#include <sstream>
#include <string_view>

#include "deliver/atom.hpp"
#include "deliver/compose.hpp"

namespace distill::deliver {

namespace {

using transform::Block;
using transform::BlockKind;

// One line of a block's text as HTML: controls dropped, escaped.
std::string line_html(std::string_view line) { return escape_html(plain_text(line)); }

// A block's text with its links placed on the first occurrence of each
// link's text (after the previous link), and "\n" (a <br> in the source)
// kept as <br>.
std::string text_with_links(const Block& block) {
  std::string out;
  std::size_t done = 0;
  auto emit_text = [&](std::string_view text) {
    std::size_t start = 0;
    for (std::size_t nl = text.find('\n'); nl != std::string_view::npos; nl = text.find('\n', start)) {
      out += line_html(text.substr(start, nl - start)) + "<br>";
      start = nl + 1;
    }
    out += line_html(text.substr(start));
  };
  const std::string_view text = block.text;
  for (const auto& link : block.links) {
    if (link.text.empty() || !is_linkable(link.url)) continue;
    const auto at = text.find(link.text, done);
    if (at == std::string_view::npos) continue;
    emit_text(text.substr(done, at - done));
    out += "<a href=\"" + escape_html(link.url) + "\">";
    emit_text(text.substr(at, link.text.size()));
    out += "</a>";
    done = at + link.text.size();
  }
  emit_text(text.substr(done));
  return out;
}

void render_blocks(std::ostringstream& o, const std::vector<Block>& blocks) {
  bool in_list = false;
  for (const auto& block : blocks) {
    if (block.kind == BlockKind::image) continue;
    if (in_list && block.kind != BlockKind::list_item) {
      o << "</ul>\n";
      in_list = false;
    }
    switch (block.kind) {
      case BlockKind::heading: {
        // The page's own title is the h1; the issue's headings sit below it.
        const int level = std::clamp(block.level + 1, 2, 6);
        o << "<h" << level << ">" << text_with_links(block) << "</h" << level << ">\n";
        break;
      }
      case BlockKind::list_item:
        if (!in_list) o << "<ul>\n";
        in_list = true;
        o << "<li>" << text_with_links(block) << "</li>\n";
        break;
      case BlockKind::quote: o << "<blockquote>" << text_with_links(block) << "</blockquote>\n"; break;
      case BlockKind::separator: o << "<hr>\n"; break;
      case BlockKind::paragraph: o << "<p>" << text_with_links(block) << "</p>\n"; break;
      case BlockKind::image: break;
    }
  }
  if (in_list) o << "</ul>\n";
}

void render_summary(std::ostringstream& o, const transform::Summary& s) {
  if (!s.lede.empty()) o << "<p>" << line_html(s.lede) << "</p>\n";
  if (!s.points.empty()) {
    o << "<ul>\n";
    for (const auto& point : s.points) o << "<li>" << line_html(point) << "</li>\n";
    o << "</ul>\n";
  }
  if (!s.items.empty()) {
    o << "<ul>\n";
    for (const auto& item : s.items) {
      o << "<li>";
      if (is_linkable(item.url)) {
        o << "<a href=\"" << escape_html(item.url) << "\">" << line_html(item.title) << "</a>";
      } else {
        o << line_html(item.title);
      }
      if (!plain_text(item.blurb).empty()) o << " — " << line_html(item.blurb);
      o << "</li>\n";
    }
    o << "</ul>\n";
  }
}

}  // namespace

std::string issue_fragment(const transform::Summary& summary, const std::optional<transform::CleanResult>& cleaned) {
  std::ostringstream o;
  if (cleaned) {
    render_blocks(o, cleaned->kept.blocks);
  } else {
    render_summary(o, summary);
  }
  return o.str();
}

std::string issue_page(const transform::Summary& summary, const std::optional<transform::CleanResult>& cleaned) {
  std::ostringstream o;
  const std::string title = line_html(summary.title.empty() ? summary.source : summary.title);
  o << "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
    << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    // Nothing on this page may load anything: no scripts, no remote images.
    << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
    << "<title>" << title << "</title>\n"
    << "<style>body{max-width:40em;margin:2em auto;padding:0 1em;font-family:sans-serif;line-height:1.5}"
       ".meta{color:#666}</style>\n</head>\n<body>\n<article>\n<h1>"
    << title << "</h1>\n<p class=\"meta\">" << line_html(summary.source);
  if (summary.date) o << " · " << rfc3339(*summary.date).substr(0, 10);
  if (is_linkable(summary.web_url)) o << " · <a href=\"" << escape_html(summary.web_url) << "\">web version</a>";
  o << "</p>\n" << issue_fragment(summary, cleaned) << "</article>\n</body>\n</html>\n";
  return o.str();
}

}  // namespace distill::deliver
