// Helpers of the Cleaner (clean_passes.hpp) that passes of several files
// read: a block's sites and buttons, its link title, a navigation row, the
// newsletter's own names, an ad's box title.

#include <algorithm>
#include <string_view>

#include "transform/ascii.hpp"
#include "transform/block_facts.hpp"
#include "transform/clean_passes.hpp"
#include "transform/evidence.hpp"
#include "transform/markers.hpp"
#include "transform/vocabulary.hpp"
#include "transform/words.hpp"

namespace distill::transform::clean_detail {

std::string quote(std::string_view text, std::size_t max_chars) {
  std::string t = fold_spacing(text);
  if (t.size() > max_chars) {
    std::size_t cut = max_chars;
    while (cut > 0 && (static_cast<unsigned char>(t[cut]) & 0xC0) == 0x80) --cut;
    t = t.substr(0, cut) + "...";
  }
  return "\"" + t + "\"";
}

// The sites (site_of_host) the links of block i go to, each once.
std::vector<std::string> Cleaner::sites_of(std::size_t i) const {
  std::vector<std::string> sites;
  for (const Link& link : block(i).links) {
    const std::string host = url_host(link.url);
    if (host.empty()) continue;
    std::string site = site_of_host(host);
    if (std::find(sites.begin(), sites.end(), site) == sites.end()) sites.push_back(std::move(site));
  }
  return sites;
}

bool Cleaner::starts_with_link_title(std::size_t j) const {
  for (const auto& link : block(j).links) {
    std::string t = fold_for_match(link.text);
    if (count_words(t) >= 1 && m_info[j].folded.starts_with(t)) return true;
  }
  return false;
}

// Whether block i is one short link and nothing else (at most `max_words`
// words): a button.
bool Cleaner::is_whole_link(std::size_t i, int max_words) const {
  const auto& links = block(i).links;
  if (links.size() != 1 || m_info[i].words > max_words) return false;
  const std::string label = fold_for_match(links.front().text);
  const std::string_view text = trim_trailing_spaces(label);
  const std::string_view folded = trim_trailing_spaces(m_info[i].folded);
  return !text.empty() && folded == text;
}

// Where the text of a link that ends block i starts in its folded text
// (the block's button), or 0 when no link ends it.
std::size_t Cleaner::button_at_end(std::size_t i) const {
  const auto& links = block(i).links;
  if (links.empty()) return 0;
  const std::string label = fold_for_match(links.back().text);
  const std::string_view text = trim_trailing_spaces(label);
  const std::string_view folded = trim_trailing_spaces(m_info[i].folded);
  if (count_words(text) == 0 || !folded.ends_with(text) || folded.size() == text.size()) return 0;
  return folded.size() - text.size();
}

// A navigation row: three or more short labels between bars or dots
// ("Contact | Become a partner | About us", "Home · Search · Archive").
bool Cleaner::is_navigation_row(std::string_view text, int min_parts) {
  int parts = 0;
  // A label: at most four words, not a sentence.
  auto label = [&parts](std::string_view part) {
    const int w = count_words(part);
    parts += w > 0;
    return w <= 4 && !ends_like_sentence(part);
  };
  // Without a separator there is one part at most.
  if (min_parts >= 2 && text.find('|') == std::string_view::npos && text.find("·") == std::string_view::npos &&
      text.find("•") == std::string_view::npos) {
    return false;
  }
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size();) {
    // A separator starts with one of these bytes ('|', '·' and '•' in UTF-8).
    if (text[i] != '|' && text[i] != '\xC2' && text[i] != '\xE2') {
      ++i;
      continue;
    }
    std::size_t bar = 0;
    for (std::string_view sep : {std::string_view("|"), std::string_view("·"), std::string_view("•")}) {
      if (text.substr(i).starts_with(sep)) bar = sep.size();
    }
    if (bar == 0) {
      ++i;
      continue;
    }
    if (!label(text.substr(start, i - start))) return false;
    i += bar;
    start = i;
  }
  return label(text.substr(start)) && parts >= min_parts;
}

// A box's title: a short line without links right above its copy,
// which is not a sentence ("Ticket kaufen, ohne Kleingeld zu suchen",
// "Studiare in due è più bello"). A section's heading stays; tidy()
// takes it when its whole section went.
void Cleaner::mark_box_title(std::size_t copy, const Removal& reason) {
  if (copy == 0 || !is_ad_title(copy - 1, false)) return;
  remove(copy - 1, {reason.kind, "the title of a box whose copy " + reason.evidence});
}

// A block that starts with a link of three words or more: a story's title.
bool Cleaner::titled_by_link(std::size_t j) const {
  for (const auto& link : block(j).links) {
    std::string t = fold_for_match(link.text);
    if (count_words(t) >= 3 && m_info[j].folded.starts_with(t)) return true;
  }
  return false;
}

// The newsletter's name, in name_letters: the labels of the hosts its own
// chrome links to (its List-Unsubscribe host, the web-copy line in the
// header, the footer's links, not social profiles, share intents or app
// stores), and the publisher its copyright or address line starts with.
std::vector<std::string> Cleaner::own_names() const {
  std::vector<std::string> names;
  auto add_host = [&names](std::string_view host) {
    const std::size_t tld = host.rfind('.');
    if (tld == std::string_view::npos) return;
    host = host.substr(0, tld);
    while (!host.empty()) {
      const std::size_t dot = host.find('.');
      std::string label = name_letters(host.substr(0, dot));
      static constexpr std::string_view k_generic[] = {
          "email", "newsletter", "newsletters", "mailing", "click", "links", "lists", "track", "info", "mail", "news"};
      const bool generic = std::find(std::begin(k_generic), std::end(k_generic), label) != std::end(k_generic);
      if (label.size() >= 5 && !generic && std::find(names.begin(), names.end(), label) == names.end())
        names.push_back(std::move(label));
      if (dot == std::string_view::npos) break;
      host.remove_prefix(dot + 1);
    }
  };
  if (!m_context.list_unsubscribe_host.empty()) add_host(m_context.list_unsubscribe_host);
  for (std::size_t i = 0; i < size(); ++i) {
    const auto& reason = m_info[i].reason;
    if (!reason) continue;
    if (reason->kind == RemovalKind::footer || reason->kind == RemovalKind::legal) {
      std::string name = publisher_in_legal_line(block(i).text);
      if (name.size() >= 5 && std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
    }
    const bool own = reason->kind == RemovalKind::footer ||
                     (reason->kind == RemovalKind::chrome && position(i) < 0.1 && m_info[i].words <= 20);
    if (!own) continue;
    for (const Link& link : block(i).links) {
      const LinkRole role = link_role(link, m_context.list_unsubscribe_host);
      if (role != LinkRole::other && role != LinkRole::subscription && role != LinkRole::affiliate) continue;
      const std::string host = url_host(link.url);
      if (!host.empty()) add_host(host);
    }
  }
  return names;
}

// A short title line without links over an ad's copy; `bold` admits
// one set whole in bold (heading-like), as a title that names the
// advertiser often is.
bool Cleaner::is_ad_title(std::size_t t, bool bold) const {
  const Info& title = m_info[t];
  const BlockKind kind = block(t).kind;
  return open(t) && (bold || !title.heading_like) && title.words > 0 && title.words <= 12 && block(t).links.empty() &&
         (kind == BlockKind::paragraph || (bold && kind == BlockKind::heading)) && !ends_like_sentence(title.folded);
}

// The name a site goes by in text: its first label ("gridwise" of
// "gridwise.example", "lamina" of "lamina-couteaux.example").
std::string Cleaner::site_name(std::string_view site) {
  std::string_view name = site.substr(0, site.find('.'));
  name = name.substr(0, name.find('-'));
  return std::string(name);
}

}  // namespace distill::transform::clean_detail
