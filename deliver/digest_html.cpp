// The text/html part of the digest (deliver/digest_layout.hpp).

#include <sstream>

#include "deliver/digest_layout.hpp"
#include "deliver/mime_writer.hpp"

namespace distill::deliver::digest {

namespace {

// Colours are set inline for clients that ignore <style>; the media query
// swaps them where dark mode is supported, and `color-scheme` lets clients
// that invert colours do so knowingly.
constexpr std::string_view k_style = R"(
:root { color-scheme: light dark; supported-color-schemes: light dark; }
@media (prefers-color-scheme: dark) {
  .d-page { background: #0d1117 !important; }
  .d-card { background: #161b22 !important; color: #e6edf3 !important; border-color: #30363d !important; }
  .d-muted { color: #9da7b3 !important; }
  .d-card a { color: #79c0ff !important; }
}
)";

constexpr std::string_view k_link_style = "color:#0b57d0;text-decoration:underline;";
constexpr std::string_view k_muted = "color:#57606a;";

std::string link_html(const std::string& url, const std::string& text_html) {
  if (!is_linkable(url)) return text_html;
  return "<a href=\"" + escape_html(url) + "\" style=\"" + std::string(k_link_style) + "\">" + text_html + "</a>";
}

}  // namespace

std::string render_html(const transform::Digest& d, const Issues& all, const Totals& t, const Layout& l,
                        std::string_view footer, int max_items) {
  std::ostringstream o;
  o << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
       "<meta name=\"color-scheme\" content=\"light dark\">\n"
       "<meta name=\"supported-color-schemes\" content=\"light dark\">\n"
    << "<title>" << escape_html(plain_text(d.subject)) << "</title>\n<style>" << k_style << "</style>\n</head>\n"
    << "<body class=\"d-page\" style=\"margin:0;padding:0;background:#f3f4f6;\">\n"
    << "<table role=\"presentation\" class=\"d-page\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" "
       "border=\"0\" style=\"width:100%;background:#f3f4f6;border-collapse:collapse;\">\n"
       "<tr><td align=\"center\" style=\"padding:16px 8px;\">\n"
    << "<table role=\"presentation\" class=\"d-card\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" "
       "border=\"0\" style=\"width:100%;max-width:640px;border-collapse:collapse;background:#ffffff;"
       "color:#1f2328;border:1px solid #d0d7de;border-radius:6px;font-family:-apple-system,"
       "BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:16px;line-height:1.5;"
       "table-layout:fixed;\">\n";
  const std::string cell =
      "<tr><td class=\"d-card\" style=\"padding:20px 24px;overflow-wrap:anywhere;word-wrap:break-word;"
      "word-break:break-word;";
  const auto section_link = [&](std::size_t issue) {
    const auto name = escape_html(source_name(all[issue]));
    if (l.number[issue] == 0) return name;
    return "<a href=\"#issue-" + std::to_string(l.number[issue]) + "\" style=\"" + std::string(k_link_style) + "\">" +
           std::to_string(l.number[issue]) + ". " + name + "</a>";
  };
  const auto also_in = [&](const StoryGroup& g, StoryRef shown) {
    std::string out;
    std::size_t listed = 0;
    for (const auto& m : g.members) {
      if (m == shown || listed++ >= k_max_also_in) continue;
      out += (out.empty() ? "" : ", ") + link_html(telling_url(all, m), escape_html(source_name(all[m.issue])));
    }
    if (listed > k_max_also_in) out += " and " + std::to_string(listed - k_max_also_in) + " more";
    return out;
  };
  const std::string muted_p = "<p class=\"d-muted\" style=\"margin:0 0 12px;" + std::string(k_muted) + "\">";

  // Masthead, top stories and table of contents.
  o << cell << "\">\n<h1 style=\"margin:0 0 4px;font-size:22px;line-height:1.3;\">"
    << escape_html(plain_text(d.subject)) << "</h1>\n<p class=\"d-muted\" style=\"margin:0;" << k_muted
    << "font-size:14px;\">" << escape_html(overview_line(all, t, l)) << "</p>\n";
  if (!l.top.empty()) {
    o << "<p style=\"margin:16px 0 4px;font-weight:600;\">Top stories (in several newsletters)</p>\n<ul "
         "style=\"margin:0;padding-left:22px;\">\n";
    for (const auto g : l.top) {
      const auto shown = l.best[g];
      o << "<li style=\"margin:0 0 6px;\">" << link_html(story_url(all, shown), escape_html(story_title(all, shown)))
        << "<br><span class=\"d-muted\" style=\"" << k_muted << "font-size:14px;\">in " << section_link(shown.issue)
        << "; also in " << also_in(l.groups[g], shown) << "</span></li>\n";
    }
    o << "</ul>\n";
  }
  if (!l.full.empty()) {
    o << "<p style=\"margin:16px 0 4px;font-weight:600;\">In this digest</p>\n<ol style=\"margin:0;padding-left:"
         "24px;\">\n";
    for (const auto i : l.full) {
      o << "<li style=\"margin:2px 0;\"><a href=\"#issue-" << l.number[i] << "\" style=\"" << k_link_style << "\">"
        << escape_html(source_name(all[i])) << "</a> — " << escape_html(issue_title(*all.summary(i))) << "</li>\n";
    }
    o << "</ol>\n";
  }
  o << "</td></tr>\n";

  for (const auto issue : l.full) {
    const auto held = all.summary(issue);
    const auto& s = *held;
    const auto n = l.number[issue];
    o << cell << "border-top:1px solid #d0d7de;\">\n";
    o << "<p id=\"issue-" << n << "\" class=\"d-muted\" style=\"margin:0 0 4px;" << k_muted
      << "font-size:12px;letter-spacing:0.06em;text-transform:uppercase;\">" << n << " · "
      << escape_html(source_name(s));
    if (s.date) o << " · " << escape_html(day_text(*s.date, std::chrono::seconds{0}));
    o << "</p>\n<h2 style=\"margin:0 0 8px;font-size:19px;line-height:1.35;\">"
      << link_html(s.web_url, escape_html(issue_title(s))) << "</h2>\n";
    std::vector<StoryRef> elsewhere;
    const StoryRef lead{issue, k_lead};
    if (l.hidden(lead)) {
      elsewhere.push_back(lead);
    } else if (const auto lede = plain_text(s.lede); !lede.empty()) {
      o << "<p style=\"margin:0 0 12px;\">" << escape_html(lede);
      if (const auto* g = l.shown_with_others(lead)) {
        o << "<br><span class=\"d-muted\" style=\"" << k_muted << "font-size:14px;\">Also in: " << also_in(*g, lead)
          << "</span>";
      }
      o << "</p>\n";
    }
    const auto shown = shown_items(s, max_items);
    if (!s.points.empty() && !shown.roundup) {
      o << "<ul style=\"margin:0 0 12px;padding-left:22px;\">\n";
      for (const auto& p : s.points) {
        if (const auto point = plain_text(p); !point.empty()) {
          o << "<li style=\"margin:0 0 6px;\">" << escape_html(point) << "</li>\n";
        }
      }
      o << "</ul>\n";
    }
    for (const bool linked : {false, true}) {
      const auto items = l.shown_here(issue, s, linked ? shown.linked : shown.unlinked, elsewhere);
      if (items.empty()) continue;
      o << "<p style=\"margin:0 0 4px;font-weight:600;\">" << items_heading(linked)
        << "</p>\n<ul style=\"margin:0 0 12px;padding-left:22px;\">\n";
      for (const Item* item : items) {
        const StoryRef ref{issue, static_cast<int>(item - s.items.data())};
        o << "<li style=\"margin:0 0 6px;\">";
        if (says_only_blurb(s, *item)) {
          o << escape_html(plain_text(item->blurb));
        } else {
          o << link_html(item->url, escape_html(item_title(*item)));
          if (const auto blurb = plain_text(item->blurb); !blurb.empty()) o << " — " << escape_html(blurb);
        }
        if (const auto* g = l.shown_with_others(ref)) {
          o << "<br><span class=\"d-muted\" style=\"" << k_muted << "font-size:14px;\">also in: " << also_in(*g, ref)
            << "</span>";
        }
        o << "</li>\n";
      }
      o << "</ul>\n";
    }
    for (const auto& ref : elsewhere) {
      std::size_t g = 0;
      l.group(ref, &g);
      o << muted_p << "Also covered here: " << escape_html(story_title(all, ref)) << " (shown under "
        << section_link(l.best[g].issue) << ")</p>\n";
    }
    if (shown.more > 0) o << muted_p << link_html(s.web_url, escape_html(more_line(shown.more))) << "</p>\n";
    if (const auto removed = describe_removed(s); !removed.empty()) {
      o << "<p class=\"d-muted\" style=\"margin:0;" << k_muted << "font-size:13px;\">Removed: "
        << escape_html(removed) << ".</p>\n";
    }
    o << "</td></tr>\n";
  }

  // The compact rest and the muted issues.
  if (has_rest(l) || has_muted(l)) {
    o << cell << "border-top:1px solid #d0d7de;\">\n";
    if (has_rest(l)) {
      o << "<p id=\"rest\" style=\"margin:0 0 8px;font-weight:600;\">" << escape_html(rest_heading(all, l)) << "</p>\n";
      for (const auto& [source, issues] : rest_by_source(all, l)) {
        o << "<p class=\"d-muted\" style=\"margin:8px 0 2px;" << k_muted
          << "font-size:12px;letter-spacing:0.06em;text-transform:uppercase;\">" << escape_html(source)
          << "</p>\n<ul style=\"margin:0 0 8px;padding-left:22px;\">\n";
        for (const auto i : issues) {
          const auto s = all.summary(i);
          o << "<li style=\"margin:0 0 2px;\">" << link_html(s->web_url, escape_html(issue_title(*s))) << "</li>\n";
        }
        o << "</ul>\n";
      }
      if (has_unlisted(l)) o << muted_p << escape_html(unlisted_line(all, l)) << "</p>\n";
    }
    if (has_muted(l)) o << muted_p << escape_html(muted_line(all, l)) << "</p>\n";
    o << "</td></tr>\n";
  }
  o << cell << "border-top:1px solid #d0d7de;\">\n<p class=\"d-muted\" style=\"margin:0;" << k_muted
    << "font-size:12px;\">" << escape_html(footer) << "</p>\n</td></tr>\n";
  o << "</table>\n</td></tr>\n</table>\n</body>\n</html>\n";
  return std::move(o).str();
}

}  // namespace distill::deliver::digest
