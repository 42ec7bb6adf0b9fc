// The text/plain part of the digest (deliver/digest_layout.hpp).

#include <algorithm>

#include "deliver/digest_layout.hpp"
#include "deliver/mime_writer.hpp"
#include "transform/words.hpp"

namespace distill::deliver::digest {

namespace {

constexpr std::size_t k_width = 72;
const std::string k_rule(k_width, '-');

class TextWriter {
 public:
  // A counting writer registers no links: its text is measured in words.
  explicit TextWriter(bool counting = false) : m_counting(counting) {}
  void line(std::string_view s = {}) {
    m_out += s;
    m_out += '\n';
  }
  void wrapped(std::string_view text, std::string_view first_indent, std::string_view indent) {
    for (const auto& l : wrap(text, k_width, first_indent, indent)) line(l);
  }
  // Registers a link and returns its " [n]" marker; "" for an unusable URL.
  std::string reference(const std::string& url) {
    if (m_counting || !is_linkable(url)) return {};
    m_links.push_back(url);
    return " [" + std::to_string(m_links.size()) + "]";
  }
  int words() const { return transform::count_words(m_out); }
  std::string finish(std::string_view footer) {
    if (!m_links.empty()) {
      line(k_rule);
      for (std::size_t i = 0; i < m_links.size(); ++i) line("[" + std::to_string(i + 1) + "] " + m_links[i]);
    }
    line(k_rule);
    wrapped(footer, "", "");
    return std::move(m_out);
  }

 private:
  bool m_counting = false;
  std::string m_out;
  std::vector<std::string> m_links;
};

// "Orbit Weekly [5], Science Daily [6]": the other issues that tell a story.
std::string also_in_text(TextWriter& w, const Issues& all, const StoryGroup& g, StoryRef shown) {
  std::string out;
  std::size_t listed = 0;
  for (const auto& m : g.members) {
    if (m == shown || listed++ >= k_max_also_in) continue;
    out += (out.empty() ? "" : ", ") + source_name(all[m.issue]) + w.reference(telling_url(all, m));
  }
  if (listed > k_max_also_in) out += " and " + std::to_string(listed - k_max_also_in) + " more";
  return out;
}

// "2. Space Notes": the section a story is shown in.
std::string section_text(const Issues& all, const Layout& l, std::size_t issue) {
  const auto n = l.number[issue];
  return (n > 0 ? std::to_string(n) + ". " : std::string()) + source_name(all[issue]);
}

void text_top_stories(TextWriter& w, const Issues& all, const Layout& l) {
  if (l.top.empty()) return;
  w.line("Top stories (in several newsletters)");
  for (const auto g : l.top) {
    const auto shown = l.best[g];
    w.wrapped(story_title(all, shown) + w.reference(story_url(all, shown)), "  • ", "    ");
    w.wrapped("in " + section_text(all, l, shown.issue) + "; also in " + also_in_text(w, all, l.groups[g], shown),
              "    ", "    ");
  }
  w.line();
}

void text_section(TextWriter& w, const Issues& all, const Layout& l, std::size_t issue, int max_items) {
  const auto held = all.summary(issue);
  const auto& s = *held;
  const auto number = std::to_string(std::max<std::size_t>(l.number[issue], 1)) + ". ";
  w.wrapped(transform::upper_case(source_name(s)) + " · " + issue_title(s) + w.reference(s.web_url), number,
            std::string(number.size(), ' '));
  if (s.date) w.line(std::string(number.size(), ' ') + day_text(*s.date, std::chrono::seconds{0}));
  w.line();
  std::vector<StoryRef> elsewhere;  // stories of this issue shown under another
  const StoryRef lead{issue, k_lead};
  if (l.hidden(lead)) {
    elsewhere.push_back(lead);
  } else if (const auto lede = plain_text(s.lede); !lede.empty()) {
    w.wrapped(lede, "", "");
    if (const auto* g = l.shown_with_others(lead)) w.wrapped("Also in: " + also_in_text(w, all, *g, lead), "", "");
    w.line();
  }
  const auto shown = shown_items(s, max_items);
  if (!shown.roundup) {
    for (const auto& p : s.points) {
      if (const auto point = plain_text(p); !point.empty()) w.wrapped(point, "  • ", "    ");
    }
    if (!s.points.empty()) w.line();
  }
  for (const bool linked : {false, true}) {
    const auto items = l.shown_here(issue, s, linked ? shown.linked : shown.unlinked, elsewhere);
    if (items.empty()) continue;
    w.line(std::string("  ") + std::string(items_heading(linked)));
    for (const Item* item : items) {
      const StoryRef ref{issue, static_cast<int>(item - s.items.data())};
      auto text = item_title(*item);
      if (const auto blurb = plain_text(item->blurb); !blurb.empty()) {
        text = says_only_blurb(s, *item) ? blurb : text + " — " + blurb;
      }
      w.wrapped(text + w.reference(item->url), "  • ", "    ");
      if (const auto* g = l.shown_with_others(ref)) w.wrapped("also in: " + also_in_text(w, all, *g, ref), "    ", "    ");
    }
    w.line();
  }
  for (const auto& ref : elsewhere) {
    std::size_t g = 0;
    l.group(ref, &g);
    w.wrapped("Also covered here: " + story_title(all, ref) + " (shown under " + section_text(all, l, l.best[g].issue) +
                  ")",
              "  ", "  ");
  }
  if (!elsewhere.empty()) w.line();
  if (shown.more > 0) {
    w.wrapped(more_line(shown.more) + w.reference(s.web_url), "  ", "  ");
    w.line();
  }
  if (const auto removed = describe_removed(s); !removed.empty()) {
    w.wrapped("Removed: " + removed + ".", "  ", "  ");
    w.line();
  }
}

}  // namespace

std::string render_text(const transform::Digest& d, const Issues& all, const Totals& t, const Layout& l,
                        std::string_view footer, int max_items) {
  TextWriter w;
  w.wrapped(plain_text(d.subject), "", "");
  w.wrapped(overview_line(all, t, l), "", "");
  w.line();
  text_top_stories(w, all, l);
  if (!l.full.empty()) {
    w.line("In this digest");
    for (const auto i : l.full) {
      const auto number = std::to_string(l.number[i]) + ". ";
      w.wrapped(source_name(all[i]) + " — " + issue_title(*all.summary(i)), "  " + number,
                std::string(2 + number.size(), ' '));
    }
    w.line();
  }
  for (const auto i : l.full) text_section(w, all, l, i, max_items);
  if (has_rest(l)) {
    w.wrapped(rest_heading(all, l), "", "");
    w.line();
    for (const auto& [source, issues] : rest_by_source(all, l)) {
      w.wrapped(source, "  ", "  ");
      for (const auto i : issues) {
        const auto s = all.summary(i);
        w.wrapped(issue_title(*s) + w.reference(s->web_url), "  • ", "    ");
      }
    }
    if (has_unlisted(l)) w.wrapped(unlisted_line(all, l), "  ", "  ");
    w.line();
  }
  if (has_muted(l)) {
    w.wrapped(muted_line(all, l), "", "");
    w.line();
  }
  return w.finish(footer);
}

int top_words(const Issues& all, const Layout& l) {
  TextWriter w(true);
  text_top_stories(w, all, l);
  return w.words();
}

int section_words(const Issues& all, const Layout& l, std::size_t issue, int max_items) {
  TextWriter w(true);
  text_section(w, all, l, issue, max_items);
  return w.words();
}

}  // namespace distill::deliver::digest
