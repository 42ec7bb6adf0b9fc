// Step 3 of clean() (clean.cpp): sections, what a label or a tag owns.
//
// A sponsor label ("TOGETHER WITH ACME", "Today's edition is brought to you
// by Acme", a title ending in "(sponsor)") owns the blocks after it up to
// the next heading of its own rank, so the whole ad goes, not only its first
// line. A bare label ("Together with") is followed by a logo only, and owns
// only that; so does a short credit line that links to its sponsor when
// nothing under it links there. Promo headings ("Share the Newsletter") and
// job-board headings work the same way. A trailing tag ("Acme sponsor", in
// link-roundup layouts) marks the item just above, and a tag word right
// after a link ("Ship faster SPONSOR", "Essayer l'outil · partenaire") marks
// its item: a title with the copy under it, a button with the item above
// it. A short heading naming jobs over links to a jobs page is the
// publisher's job board; so is a job ad among the stories whose links all
// go to a jobs page on the site of the List-Unsubscribe host. Under a
// heading naming classified ads, the blocks with a number to call, a
// price or an address to answer to are the readers' small ads; one such
// block alone under the heading, up to a rule or the next heading, is one.
// The markers and phrases that find the labels are clean_markers.cpp's.

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

#include <re2/re2.h>

#include "transform/ascii.hpp"
#include "transform/block_facts.hpp"
#include "transform/clean_passes.hpp"
#include "transform/evidence.hpp"
#include "transform/markers.hpp"
#include "transform/stopwords.hpp"
#include "transform/vocabulary.hpp"
#include "transform/words.hpp"

namespace distill::transform::clean_detail {

namespace {

// The sponsor's name in the words after a credit's phrase: the first word
// that is no article or other stop word of the seven languages ("by the
// Acme Foundation", "présenté par la Caisse Lumière", "com a Nuvem").
std::string_view sponsor_name_word(std::string_view after) {
  static constexpr std::array<std::string_view, 7> k_languages = {"en", "de", "fr", "es", "it", "nl", "pt"};
  for (const std::string_view word : split_words(after)) {
    const bool stop = std::any_of(k_languages.begin(), k_languages.end(),
                                  [&](std::string_view language) { return is_stopword(word, language); });
    if (!stop) return word;
  }
  return {};
}

// The name a label credits after its phrase, in the letters a block's
// name is compared in ("brought to you by Forgewell Cookware" ->
// "forgewell"); empty when the label has no phrase or names no one.
std::string credited_name(std::string_view folded, std::string_view phrase) {
  const std::size_t at = phrase.empty() ? std::string_view::npos : folded.find(phrase);
  if (at == std::string_view::npos) return {};
  return name_letters(sponsor_name_word(folded.substr(at + phrase.size())));
}

}  // namespace

// The blocks a sponsor (or promo, or jobs) label at `start` owns: up to the
// next label of the same or a higher rank. The sponsor's own title right
// after its label does not end it (an h3 label "TOGETHER WITH ACME", then
// the ad's h1 title). A separator ends it too. Returns
// the end (exclusive), or nullopt when no end comes within a sponsor's
// usual length: then the structure is unknown and only the label goes.
std::optional<std::size_t> Cleaner::section_end(std::size_t start, int max_words) const {
  int rank = m_info[start].heading_like ? m_info[start].rank : k_label_rank + 1;
  // A bold item title of a Markdown letter ("**3. Acme (sponsor)**") ends
  // at the next item's title, set the same way.
  const bool bold_title = markdown_bold_line(m_info[start].folded);
  bool content_seen = false;
  int words = 0;
  for (std::size_t j = start + 1; j < size(); ++j) {
    const auto& info = m_info[j];
    if (block(j).kind == BlockKind::separator) return j;
    if (bold_title && content_seen && markdown_bold_line(info.folded)) return j;
    if (info.heading_like) {
      // Before any copy, a higher-ranked heading is the ad's own title.
      if (info.rank <= rank && (content_seen || info.rank == rank)) return j;
    } else if (info.words > 0) {
      content_seen = true;
    }
    words += info.words;
    if (words > max_words) return std::nullopt;
  }
  return size();
}

// Whether block j is an item's title in a link digest: a line of a title's
// length, no sentence, that is one link or closes on its bare address.
bool Cleaner::link_title_line(std::size_t j) const {
  const Info& info = m_info[j];
  if (info.words < 3 || info.words > 25 || block(j).links.size() != 1) return false;
  const Link& link = block(j).links.front();
  const std::string label = fold_for_match(link.text);
  const std::string_view text = trim_trailing_spaces(label);
  const std::string_view folded = trim_trailing_spaces(info.folded);
  if (text.empty() || !folded.ends_with(text)) return false;
  std::string_view title = folded;
  if (folded.size() != text.size()) {
    // A bare address after the title, as plain-text digests print it.
    if (!text.starts_with("http")) return false;
    title = trim_ascii_space(folded.substr(0, folded.size() - text.size()));
    if (count_words(title) < 3) return false;
  }
  return !ends_like_sentence(title);
}

// Without a section end in sight (old layouts put their section titles in
// images), the label takes the one block of copy right under it.
void Cleaner::mark_section(std::size_t start, const Removal& reason_for_label) {
  remove(start, reason_for_label);
  Removal reason{reason_for_label.kind, "section " + quote(block(start).text)};
  // The sponsor the label names after its phrase, if it names one.
  const std::string credited = credited_name(m_info[start].folded, reason_for_label.phrase);
  // Where the label's section ends; `closed` is false when out of reach.
  const auto section = section_end(start);
  bool closed = section.has_value();
  std::size_t end = section.value_or(size());
  // A short credit line that links to its sponsor ("Together with
  // <a>Acme</a>", not a label in capitals) owns the ad under it only
  // when the ad sends the reader to the sponsor too; when nothing there
  // links to that site, what follows is the issue's own greeting or
  // first story, and the credit stands over its logo only.
  std::size_t first = start + 1;
  while (first < size() && m_info[first].words == 0) ++first;
  // A credit that names its sponsor ("Together with Acme") over a section
  // of the digest whose items include one tagged as the sponsor's own
  // ("Acme answers your tickets (Sponsor)"): that item is the ad, and the
  // section's other items are the issue's. The credit owns only itself.
  if (closed && !m_info[start].heading_like && m_info[start].words <= 8 && credited.size() >= 3 &&
      credit_before_name(reason_for_label.phrase)) {
    for (std::size_t j = first + 1; j < end; ++j) {
      if (!open(j) || m_info[j].words == 0 || letters(j).find(credited) == std::string::npos) continue;
      bool tagged = tagged_cell(j).has_value();
      if (!tagged) {
        const MarkerContext ctx{m_info[j].folded, m_info[j].words, m_info[j].heading_like,
                                block(j).kind == BlockKind::paragraph, position(j)};
        const auto found = find_marker(ctx);
        tagged = found && found->kind == RemovalKind::sponsor && found->bracketed_tag;
      }
      if (tagged) {
        mark_bare_label(start, reason_for_label);
        return;
      }
    }
  }
  // A tagged item title of a link digest ("Faster builds with Acme
  // (Sponsor)" and its link) owns its blurb only: the next title in the
  // same form, leading elsewhere and with a blurb of its own, is the
  // digest's next item under the same section heading.
  bool digest_item = false;
  if (closed && link_title_line(start)) {
    for (std::size_t j = first; j < end; ++j) {
      if (j == first && !m_info[j].heading_like && !link_title_line(j)) continue;
      const std::size_t blurb = next_worded(j + 1);
      if (link_title_line(j) && block(j).links.front().url != block(start).links.front().url &&
          (blurb >= end || (block(blurb).kind == BlockKind::paragraph && m_info[blurb].words >= 8))) {
        end = j;
        digest_item = true;
        break;
      }
    }
  }
  // So does a sponsor line that carries the ad itself, its copy and its
  // link ("Today's issue is sponsored by Acme. Trade for $7.95 flat.
  // http://acme.example/x"), as plain-text letters print it above the news.
  const bool carries_ad = !m_info[start].heading_like && m_info[start].words <= 60 && !block(start).links.empty();
  // A label that carries its whole ad in one cell (label, the advertiser's
  // name, a line of copy and its link, as a trade letter's text ad stands
  // between two stories) and links only where the story right above it
  // links too (the publisher's own ad server): the link tells nothing of
  // the sponsor, the cell is the ad, and what follows is the issue's again.
  if (closed && carries_ad && m_info[start].words >= 12 && first < end && links_like_item_above(start)) {
    mark_bare_label(start, reason_for_label);
    return;
  }
  // A label line boxed between rules owns its box up to the rule: no link
  // tells whose the box is, the rules do.
  const bool ruled_box = block(start).kind == BlockKind::paragraph && boxed_label(start);
  if (ruled_box) {
    closed = true;
    end = *ruled_box_end(start);
  }
  if (closed && !ruled_box && !digest_item && !m_info[start].heading_like && (m_info[start].words <= 8 || carries_ad) &&
      first < end) {
    // An ad's title is followed by its copy and button: the first few
    // blocks under the credit, up to the next heading after them.
    std::size_t part_end = first + 1;
    int copy = 0;
    for (; part_end < end && copy < 4; ++part_end) {
      if (block(part_end).kind == BlockKind::separator || (m_info[part_end].heading_like && copy > 0)) break;
      copy += !m_info[part_end].heading_like && m_info[part_end].words > 0 ? 1 : 0;
    }
    if (!links_to_any(start + 1, part_end, sites_of(start))) {
      // Unless the box's button goes through the issue's click tracker
      // like every story's link: then the box's shape tells.
      if (mark_tracked_ad_box(start, first, reason_for_label)) return;
      mark_bare_label(start, reason_for_label);
      return;
    }
  }
  // A credit without a link ("Together with Acme", "Today's issue is
  // brought to you by Acme, the exchange for active traders.") right over
  // the issue's top headline or its opening words: when nothing under it,
  // up to the next heading, names the sponsor or links to it, the ad is
  // further down in a box of its own, and the credit owns no more than
  // itself.
  // Over opening words, only a credit that names its sponsor after a
  // preposition ("together with Acme", "präsentiert von Acme"): a label
  // ("ADVERTISEMENT") has no name, and the copy under it is the ad.
  // The top headline: an h1, or the first of the issue's headings where
  // none outranks it (the stories carry h2 and the credit stands above
  // the first of them). A heading above the credit that outranks it is
  // the masthead's name (an h1 over the date), not a story's.
  const auto top_heading = [&](std::size_t j) {
    if (block(j).kind != BlockKind::heading) return false;
    if (block(j).level == 1) return true;
    for (std::size_t k = 0; k < size(); ++k) {
      if (block(k).kind != BlockKind::heading) continue;
      if (k < start && block(k).level < block(j).level) continue;
      if (block(k).level < block(j).level || (k < j && block(k).level == block(j).level)) return false;
    }
    return true;
  };
  const bool opens_issue = first < end && (top_heading(first) ||
                                            (block(first).kind == BlockKind::paragraph && !m_info[first].heading_like &&
                                             credit_before_name(reason_for_label.phrase)));
  // A credit set as a bar of its own (bold, a heading's look) over more
  // than an ad's copy is such a credit too: an ad under its label is
  // shorter than that.
  constexpr int k_ad_words = 120;
  const bool credit_line = !m_info[start].heading_like || (closed && m_words_before[end] - m_words_before[first] > k_ad_words);
  // An image link in the credit's cell (the letter's own logo) is no link
  // of the credit's words.
  const bool unlinked = std::all_of(block(start).links.begin(), block(start).links.end(),
                                    [](const Link& link) { return link.text.empty(); });
  if (closed && first < end && credit_line && unlinked && m_info[start].words <= 25 && opens_issue &&
      credited.size() >= 3) {
    bool named = false;
    for (std::size_t j = first; j < end && !named; ++j) {
      named = letters(j).find(credited) != std::string::npos;
      for (const Link& link : block(j).links) named = named || url_host(link.url).find(credited) != std::string::npos;
    }
    if (!named) {
      mark_credited_box(end, credited);
      return;
    }
  }
  // A label over a banner (an image link, no words), then an item of the
  // issue: a heading, or a short kicker over one, that links to another
  // host than the banner's. The ad is the banner; the item is the next
  // story, set apart from the ad only by its table row.
  if (closed && first < end && banner_then_item(start, first)) {
    mark_bare_label(start, reason_for_label);
    return;
  }
  // A sponsor's label that nothing closes before the issue ends, with more
  // than an ad's copy under it: what follows is the issue's own last items
  // and footer, and the ad's end is as unknown as when it is out of reach.
  // (A promo heading near the end, "From my shop", does own the rest.)
  if (closed && end == size() && reason_for_label.kind == RemovalKind::sponsor &&
      m_words_before[size()] - m_words_before[start + 1] > k_ad_words)
    closed = false;
  // A banner with the label (an image link, its caption under it), as
  // old table layouts print an ad row: the ad ends with its last block that
  // leads where the banner leads. Whatever follows in the same cell without
  // that link (a reader's question, the next tip) is the issue's again.
  if (closed && first < end && block(first).kind != BlockKind::heading) {
    std::vector<std::string> banner;
    for (const std::size_t j : {start, first}) {
      for (const Link& link : block(j).links) {
        const std::string host = url_host(link.url);
        if (link.text.empty() && !host.empty()) banner.push_back(site_of_host(host));
      }
    }
    if (!banner.empty()) {
      std::size_t last = first;
      for (std::size_t j = first + 1; j < end; ++j) {
        if (links_to_any(j, j + 1, banner)) last = j;
      }
      end = last + 1;
    }
  }
  // A sponsor's box set in a cell of its own between two stories: its
  // label, its copy and its button to the sponsor, then, with no heading
  // between, the writer's own paragraphs again. When what follows the
  // button is longer than the ad and never links to the sponsor, the ad
  // ended with its button.
  if (closed && reason_for_label.kind == RemovalKind::sponsor) end = sponsor_button_end(first, end);
  // An ad's last line that says whose content it was ("Contenu sponsorisé
  // par Acme. La rédaction n'a pas participé à sa réalisation.") closes
  // the ad: what follows is the issue's next item.
  if (closed && reason_for_label.kind == RemovalKind::sponsor) {
    int copy = 0;
    for (std::size_t j = first; j < end && copy < 4; ++j) {
      if (m_info[j].words == 0) continue;
      if (copy > 0 && sponsor_sentence(j)) {
        end = j + 1;
        break;
      }
      ++copy;
    }
  }
  // A short button right under the ad that names the sponsor its label
  // credits ("Shop Forgewell" under "brought to you by Forgewell
  // Cookware") is the ad's, wherever the sender's tracker points it.
  const auto take_named_button = [&](std::size_t from) {
    const std::size_t button = next_worded(from);
    if (credited.size() >= 4 && button < size() && open(button) && is_whole_link(button) &&
        m_info[button].words <= 4 && letters(button).find(credited) != std::string::npos)
      remove(button, reason);
  };
  if (closed) {
    for (std::size_t j = start + 1; j < end; ++j) remove(j, reason);
    take_sponsor_button(start, end, reason);
    take_named_button(end);
    return;
  }
  for (std::size_t j = start + 1; j < size(); ++j) {
    bool content = m_info[j].words > 0;
    remove(j, reason);
    if (!content) continue;
    take_sponsor_button(start, j + 1, reason);
    take_named_button(j + 1);
    break;
  }
}

// The ad of a sponsor credited over the top of the issue, further down in
// a box between two rules: the box whose first line of copy names the
// sponsor is the sponsor's, its copy, its button and its small print.
// Only the first such box, and only one of an ad's length.
void Cleaner::mark_credited_box(std::size_t from, const std::string& name) {
  for (std::size_t j = from; j < size(); ++j) {
    if (block(j).kind != BlockKind::separator) continue;
    std::size_t first = j + 1;
    while (first < size() && block(first).kind != BlockKind::separator && m_info[first].words == 0) ++first;
    if (first >= size() || block(first).kind != BlockKind::paragraph || m_info[first].heading_like ||
        letters(first).find(name) == std::string::npos)
      continue;
    const auto end = ruled_box_end(j);
    if (!end || *end - j > 7) return;
    const Removal reason{RemovalKind::sponsor, "box naming " + quote(name) + ", the sponsor credited at the top"};
    for (std::size_t k = j + 1; k < *end; ++k) remove(k, reason);
    return;
  }
}

// Whether block j is a sentence that credits a sponsor, short as such a
// line is.
bool Cleaner::sponsor_sentence(std::size_t j) const {
  return !m_info[j].heading_like && ends_like_sentence(m_info[j].folded) && credits_sponsor(j);
}

// Whether block j is a line of a credit's length with a marker's or the
// vocabulary's sponsor phrase (not a bare label's) in it.
bool Cleaner::credits_sponsor(std::size_t j) const {
  const Info& info = m_info[j];
  if (info.words == 0 || info.words > 40) return false;
  const MarkerContext ctx{info.folded, info.words, false, block(j).kind == BlockKind::paragraph, position(j)};
  if (const auto m = find_marker(ctx); m && m->kind == RemovalKind::sponsor) return true;
  const std::vector<VocabularyHit> hits = find_vocabulary(info.folded);
  return std::any_of(hits.begin(), hits.end(),
                     [](const VocabularyHit& h) { return h.category == Category::sponsor && !h.label_only; });
}

// Where a sponsor's section from `first` to `end` ends when its ad is a
// cell of copy closing on a button to the sponsor's site (not the
// newsletter's own): right after that button, when the blocks after it up
// to `end` hold more words than the ad, in two paragraphs or more, and
// none of them links to the sponsor. Else `end`.
std::size_t Cleaner::sponsor_button_end(std::size_t first, std::size_t end) const {
  const std::string own =
      m_context.list_unsubscribe_host.empty() ? std::string() : site_of_host(m_context.list_unsubscribe_host);
  for (std::size_t b = first + 1; b < end; ++b) {
    if (!is_whole_link(b)) continue;
    const std::vector<std::string> sites = sites_of(b);
    if (sites.size() != 1 || sites.front() == own) continue;
    int ad_words = 0;
    for (std::size_t j = first; j <= b; ++j) ad_words += m_info[j].words;
    int tail_words = 0;
    int paragraphs = 0;
    for (std::size_t j = b + 1; j < end; ++j) {
      tail_words += m_info[j].words;
      paragraphs += block(j).kind == BlockKind::paragraph && !m_info[j].heading_like && m_info[j].words >= 8 ? 1 : 0;
    }
    if (paragraphs >= 2 && tail_words > ad_words && !links_to_any(b + 1, end, sites)) return b + 1;
    return end;
  }
  return end;
}

// A plain sponsor label ("Sponsored", "Contenido patrocinado": no link, no
// credit's phrase before a name) over a short box: a line or two of copy
// without links of their own, then a short button. Where the button leads
// where the issue's stories lead (a click tracker wrapping every link of
// the issue), no link tells the sponsor's box from the issue's, and the
// check of where the ad sends the reader cannot clear it. Its shape does:
// the button's words are its own, where a story's link repeats the issue's
// ("Read more" under each story), and the copy is an ad's length. Returns
// the button.
std::optional<std::size_t> Cleaner::tracked_ad_button(std::size_t start, std::size_t first,
                                                      const Removal& reason) const {
  if (reason.kind != RemovalKind::sponsor || !block(start).links.empty() || m_info[start].words > 4 ||
      credit_before_name(reason.phrase))
    return std::nullopt;
  int copy = 0;
  int words = 0;
  std::size_t b = first;
  for (; b < size() && copy <= 2; ++b) {
    if (block(b).kind == BlockKind::separator) return std::nullopt;
    if (m_info[b].words == 0) continue;
    if (is_whole_link(b)) break;
    if (!open(b) || m_info[b].heading_like || block(b).kind != BlockKind::paragraph || !block(b).links.empty())
      return std::nullopt;
    ++copy;
    words += m_info[b].words;
  }
  constexpr int k_box_words = 40;
  if (b >= size() || copy == 0 || copy > 2 || words > k_box_words || m_info[b].words > 4 || !open(b))
    return std::nullopt;
  const std::vector<std::string> sites = sites_of(b);
  if (sites.size() != 1) return std::nullopt;
  const std::string own_words = fold_for_match(block(b).links.front().text);
  // The tracker: three other blocks or more link through it with words,
  // and at most one in four of the issue's linking blocks goes elsewhere.
  int through = 0;
  int elsewhere = 0;
  for (std::size_t j = 0; j < size(); ++j) {
    if (j >= start && j <= b) continue;
    bool here = false;
    bool other = false;
    for (const Link& link : block(j).links) {
      if (link.text.empty()) continue;
      const std::string host = url_host(link.url);
      if (host.empty()) continue;
      if (site_of_host(host) != sites.front()) {
        other = true;
        continue;
      }
      if (trim_trailing_spaces(fold_for_match(link.text)) == trim_trailing_spaces(own_words)) return std::nullopt;
      here = true;
    }
    through += here ? 1 : 0;
    elsewhere += other && !here ? 1 : 0;
  }
  if (through < 3 || elsewhere * 3 > through) return std::nullopt;
  return b;
}

// The label at `start` and the box tracked_ad_button finds under it, when
// it finds one.
bool Cleaner::mark_tracked_ad_box(std::size_t start, std::size_t first, const Removal& reason) {
  const auto button = tracked_ad_button(start, first, reason);
  if (!button) return false;
  remove(start, reason);
  const Removal box{reason.kind, "box under " + quote(block(start).text) +
                                     ": short copy and a button of its own, through the issue's tracker"};
  for (std::size_t j = start + 1; j <= *button; ++j) remove(j, box);
  return true;
}

// Whether the blocks from `from` (a label) to `item`, the first worded
// block under it, hold an image link, one without text (an image link
// with nothing before it in its cell goes with the block after it), and
// `item` (or the heading under it, when `item` is a short kicker) is a
// heading linking to another host.
bool Cleaner::banner_then_item(std::size_t from, std::size_t item) const {
  std::vector<std::string> hosts;
  for (std::size_t j = from; j <= item; ++j) {
    for (const Link& link : block(j).links) {
      if (std::string host = url_host(link.url); link.text.empty() && !host.empty()) hosts.push_back(std::move(host));
    }
  }
  if (hosts.empty()) return false;
  // The title's own link is one with text (a kicker over it carries the
  // image link only).
  const auto titled = [&](std::size_t j) -> const Link* {
    for (const Link& link : block(j).links) {
      if (!link.text.empty()) return &link;
    }
    return nullptr;
  };
  std::size_t title = item;
  if (m_info[title].words <= 3 && !titled(title)) {
    ++title;
    while (title < size() && m_info[title].words == 0) ++title;
  }
  if (title >= size() || block(title).kind != BlockKind::heading || !titled(title)) return false;
  const std::string host = url_host(titled(title)->url);
  return !host.empty() && std::find(hosts.begin(), hosts.end(), host) == hosts.end();
}

// A heading between rules, as plain-text layouts box an ad ("---- Groups
// Sponsor ----" over the ad's copy, a rule under it): a separator above it
// (or nothing), and a rule that closes its section within a sponsor's
// length. It labels the box, where the same words under an item would tag
// the item above, and a bare credit over it would stand over a logo. So
// does a short label line without a link in a paragraph of its own, as
// mailing templates set a box's kicker in small type ("Special offer",
// "Sponsored content") between two rules.
bool Cleaner::boxed_label(std::size_t i) const {
  if (i > 0 && block(i - 1).kind != BlockKind::separator) return false;
  if (i > 0 && block(i).kind == BlockKind::paragraph && block(i).links.empty() && m_info[i].words > 0 &&
      m_info[i].words <= 5 && !ends_like_sentence(m_info[i].folded))
    return ruled_box_end(i).has_value();
  if (block(i).kind != BlockKind::heading) return false;
  const auto end = section_end(i, 150);
  return end && *end < size() && *end > i + 1 && block(*end).kind == BlockKind::separator;
}

// The rule that closes the box whose first line is `i`: the next
// separator, with something between, within an ad's length. The box's
// own title and its button, set in bold, do not end it.
std::optional<std::size_t> Cleaner::ruled_box_end(std::size_t i) const {
  int words = 0;
  for (std::size_t j = i + 1; j < size(); ++j) {
    if (block(j).kind == BlockKind::separator) return j > i + 1 ? std::optional<std::size_t>(j) : std::nullopt;
    words += m_info[j].words;
    if (words > 150) return std::nullopt;
  }
  return std::nullopt;
}

// The heading right over block i, when it opens a box between rules
// (a rule over it, the section under it closed by a rule): block i is the
// box's first copy.
std::optional<std::size_t> Cleaner::boxed_heading_over(std::size_t i) const {
  const auto j = prev_worded(i);
  if (!j || block(*j).kind != BlockKind::heading || !boxed_label(*j)) return std::nullopt;
  return j;
}

// The ad's button right under its copy, when it goes to the sponsor the
// label names ("Together with Acme" over a button to acme.com) or says it
// is a partner's offer: the section's end stops short of it where the copy
// has no heading to end at.
void Cleaner::take_sponsor_button(std::size_t label, std::size_t b, const Removal& reason) {
  if (b >= size() || !open(b) || !is_whole_link(b)) return;
  // So does a button whose own words say it leads to a partner's offer
  // ("Zum Partnerangebot"), wherever the sender's tracker points it.
  if (credits_sponsor(b)) {
    remove(b, reason);
    return;
  }
  const std::string site = site_of_host(url_host(block(b).links.front().url));
  const std::string name = site_name(site);
  if (name.size() >= 3 && name_letters(block(label).text).find(name) != std::string::npos) {
    remove(b, reason);
    return;
  }
  // So does a button to the advertiser the ad's copy names ("Acme
  // Energy says ..." over "Find out more" to acme-energy.example), where
  // the label names nobody ("Paid post", "Gesponsord"): a site no other
  // block of the issue links to, so no story's link is taken for it.
  // And a button that calls the reader to act ("Download your free
  // copy", "Learn more") and closes the box: the next block with words
  // opens another section, or there is none.
  if (m_info[b].words <= 6 && calls_to_action(m_info[b].folded)) {
    const std::size_t next = next_worded(b + 1);
    if (next >= size() || block(next).kind == BlockKind::separator || m_info[next].heading_like) {
      remove(b, reason);
      return;
    }
  }
  if (name.size() < 4 || !linked_only_from(b, site)) return;
  for (std::size_t j = label + 1; j < b; ++j) {
    if (m_info[j].words > 0 && name_letters(block(j).text).find(name) != std::string::npos) {
      remove(b, reason);
      return;
    }
  }
}

// A deal box's button and the short lines under it that lead where the
// button leads ("Zum Deal", then "Tip: a 2 TB drive for 109 euros"), up
// to the next heading, a rule or the box's small print: a host no other
// block of the issue links to, so every line to it is the box's.
void Cleaner::mark_box_lines(std::size_t button, const Removal& reason) {
  if (!open(button) || !is_whole_link(button) || m_info[button].words > 4) return;
  const std::string host = url_host(block(button).links.front().url);
  if (host.empty()) return;
  const auto only_to_host = [&](std::size_t j) {
    if (block(j).links.empty()) return false;
    return std::all_of(block(j).links.begin(), block(j).links.end(),
                       [&](const Link& link) { return url_host(link.url) == host; });
  };
  std::size_t end = button + 1;
  while (end < size() && (m_info[end].words == 0 || (open(end) && !m_info[end].heading_like &&
                                                     block(end).kind == BlockKind::paragraph &&
                                                     m_info[end].words <= 25 && only_to_host(end))))
    ++end;
  // The box's small print (a commission note, prices that may change)
  // is read for what it is: this pass runs before the vocabulary's.
  const auto small_print = [&](std::size_t j) {
    const auto hits = find_vocabulary(m_info[j].folded);
    return std::any_of(hits.begin(), hits.end(), [](const VocabularyHit& h) { return h.category == Category::imprint; });
  };
  const bool closed = end >= size() || block(end).kind == BlockKind::separator || m_info[end].heading_like ||
                      m_info[end].reason || small_print(end);
  if (!closed || end == button + 1) return;
  for (std::size_t j = 0; j < size(); ++j) {
    if (j >= button && j < end) continue;
    for (const Link& link : block(j).links) {
      if (url_host(link.url) == host) return;
    }
  }
  for (std::size_t j = button; j < end; ++j) remove(j, reason);
}

// A bare label ("Together with", "Anzeige") carries a logo or banner: the
// images and word-less blocks right after it go with it.
void Cleaner::mark_bare_label(std::size_t start, const Removal& reason) {
  remove(start, reason);
  for (std::size_t j = start + 1; j < size(); ++j) {
    if (block(j).kind == BlockKind::image || m_info[j].words == 0) {
      remove(j, reason);
    } else {
      break;
    }
  }
}

// An item of a link digest set in one cell, its title, blurb and byline
// split by line breaks: a sponsor tag closing its title line ("Faster
// builds with Acme (Sponsor)") or standing as its last line ("Acme
// sponsor", where the others print the author's name) marks the whole
// cell as the ad. Returns the reason, or nullopt.
std::optional<Removal> Cleaner::tagged_cell(std::size_t i) const {
  const std::string& text = block(i).text;
  const std::size_t first_break = text.find('\n');
  if (first_break == std::string::npos || m_info[i].words > 90) return std::nullopt;
  const std::size_t last_break = text.rfind('\n');
  const std::string title = fold_for_match(std::string_view(text).substr(0, first_break));
  const std::string tail = fold_for_match(std::string_view(text).substr(last_break + 1));
  const int title_words = count_words(title);
  const int tail_words = count_words(tail);
  // Under the title, a blurb: a sentence or more of copy.
  if (title_words >= 3 && title_words <= 20 && m_info[i].words - title_words >= 8) {
    const MarkerContext ctx{title, title_words, true, true, position(i)};
    const auto found = find_marker(ctx);
    if (found && found->kind == RemovalKind::sponsor && found->bracketed_tag &&
        (title.ends_with(")") || title.ends_with("]")))
      return Removal{RemovalKind::sponsor, "an item whose title line is tagged " + found->evidence, found->phrase};
  }
  if (tail_words >= 1 && tail_words <= 4 && m_info[i].words - tail_words >= 8) {
    const MarkerContext ctx{tail, tail_words, false, true, position(i)};
    const auto found = find_marker(ctx);
    if (found && found->action == MarkerAction::tagged_item)
      return Removal{RemovalKind::sponsor, "an item whose last line is its tag, " + found->evidence, found->phrase};
  }
  return std::nullopt;
}

// A box set in one cell, its lines split by line breaks: a title, a line
// or two of copy, and a last line that is its button in the words of a
// trial or an upgrade ("Start your free trial"). The button's words say
// whose the cell is: the maker's offer, copy and title with it. Returns
// the reason, or nullopt.
std::optional<Removal> Cleaner::buttoned_offer_cell(std::size_t i) const {
  const std::string& text = block(i).text;
  const std::size_t last_break = text.rfind('\n');
  if (last_break == std::string::npos || m_info[i].words > 70 || m_info[i].heading_like) return std::nullopt;
  if (std::count(text.begin(), text.end(), '\n') < 2) return std::nullopt;
  const std::string button = fold_for_match(std::string_view(text).substr(last_break + 1));
  const int button_words = count_words(button);
  if (button_words < 2 || button_words > 5 || ends_like_sentence(button)) return std::nullopt;
  for (const VocabularyHit& h : find_vocabulary(button)) {
    if (h.category == Category::upsell && count_words(std::string_view(button).substr(0, h.pos)) <= 1)
      return Removal{RemovalKind::promo, "a box in one cell that closes on its button " + quote(h.phrase),
                     h.phrase, h.category};
  }
  return std::nullopt;
}

// A trailing tag ("Acme sponsor") marks the item above it: walk back
// over the item's blocks to the previous item's end.
void Cleaner::mark_tagged_item(std::size_t tag, const Removal& reason) {
  remove(tag, reason);
  // A lone tag word in capitals ("Anzeige", "Sponsor") is the label on top
  // of what follows (a box's first line, the top of a side column) when
  // there is nothing of the issue's above it (a rule, chrome already
  // removed), or when it stands between a story without a link and a
  // paragraph: an item it tags ends with its link or button, and the story
  // above is not one. Its banner and the short copy under it go with it.
  // A lower-case tag ("sponsor") still only tags.
  bool capital = false;
  for (std::size_t k = 0; k < block(tag).text.size();) {
    const char32_t c = next_code_point(block(tag).text, k);
    if (!is_word_code_point(c)) continue;
    capital = !is_lower_letter(c);
    break;
  }
  // A lone tag word over a line that credits a sponsor itself ("Sponsor"
  // over "Today's issue is supported by Acme", a logo between them or not)
  // is the kicker of the ad's box: the credit under it opens the ad and
  // takes the ad's copy as its own label does. The item above ends with
  // its link like every item of the list; it is the issue's. (An item of
  // the list opens with its linked title, a credit does not.)
  if (m_info[tag].words == 1) {
    const std::size_t credit = next_worded(tag + 1);
    if (credit < size() && !starts_with_link_title(credit) && credits_sponsor(credit)) {
      for (std::size_t j = tag + 1; j < credit; ++j) {
        if (open(j)) remove(j, reason);
      }
      return;
    }
  }
  const auto above = prev_worded(tag);
  const bool nothing_above = !above || block(*above).kind == BlockKind::separator || m_info[*above].reason;
  const bool story_above = m_info[tag].words == 1 && tag > 0 && block(tag - 1).kind == BlockKind::paragraph &&
                           block(tag - 1).links.empty() && m_info[tag - 1].words >= 8 && !m_info[tag - 1].reason;
  if (story_above && tag + 1 < size() && m_info[tag + 1].words >= 8) {
    if (capital) {
      mark_label_copy(tag, reason);
      // The copy's own button under it ("Browse the range") goes with it
      // when the next section's heading or a rule follows the button: a
      // story's linked title would have its text under it. So does one
      // line of the ad's small print between the button and that heading
      // (who accredits the course, what the offer excludes): a line
      // without a link, of up to 25 words.
      const std::size_t button = next_worded(tag + 2);
      std::size_t after = next_worded(button + 1);
      auto ends_section = [&](std::size_t k) {
        return k >= size() || block(k).kind == BlockKind::separator || m_info[k].heading_like;
      };
      // Only under a button to the advertiser the copy names ("... with
      // Acme Academy's course", <a href="acme.example">Register</a>): a
      // linked title with its text under it is the next story, and it
      // leads elsewhere.
      auto leads_to_advertiser = [&](std::size_t b) {
        if (block(b).links.empty()) return false;
        const std::string name = site_name(site_of_host(url_host(block(b).links.front().url)));
        return name.size() >= 4 && letters(tag + 1).find(name) != std::string::npos;
      };
      std::size_t fine_print = size();
      if (button < size() && block(button).kind == BlockKind::paragraph && leads_to_advertiser(button) &&
          !ends_section(after) && block(after).kind == BlockKind::paragraph && block(after).links.empty() &&
          m_info[after].words <= 25 && ends_section(next_worded(after + 1))) {
        fine_print = after;
        after = next_worded(after + 1);
      }
      if (button < size() && m_info[tag + 1].reason && open(button) && is_whole_link(button) &&
          m_info[button].words <= 4 && ends_section(after)) {
        remove(button, reason);
        if (fine_print < size() && open(fine_print)) remove(fine_print, reason);
      } else if (button < size() && m_info[tag + 1].reason) {
        mark_box_lines(button, reason);
      }
    }
    return;
  }
  // The same between a story and a box with a title of its own (an
  // advertised event between a city guide's tips; "Anzeige" over "Your
  // fleet goes electric?" and its pitch): the label opens the box.
  if (story_above && titled_box_follows(tag)) {
    if (capital) mark_titled_box(tag, reason);
    return;
  }
  // Between an item of the issue's list (its linked title first) and copy
  // of another form (no linked title, its one site linked from no other
  // block), a lone capital tag is the label over that copy: the ad's box
  // starts with it.
  if (m_info[tag].words == 1 && capital && tag > 0 && tag + 1 < size() && starts_with_link_title(tag - 1) &&
      copy_of_lone_site(tag + 1)) {
    mark_label_copy(tag, reason);
    return;
  }
  // After a story that closes with the button every story of the issue
  // closes with ("Read more", "Weiterlesen"), a lone capital tag opens
  // what follows: that story has ended, and an item the tag belonged to
  // would not end like the issue's own. Its copy and the copy's own
  // button go with it.
  if (m_info[tag].words == 1 && capital && tag > 0 && tag + 1 < size() && closes_like_every_item(tag - 1) &&
      block(tag + 1).kind == BlockKind::paragraph && !m_info[tag + 1].heading_like && m_info[tag + 1].words >= 8) {
    mark_label_copy(tag, reason);
    const std::size_t button = tag + 2;
    if (button < size() && open(button) && m_info[tag + 1].reason && is_whole_link(button) &&
        m_info[button].words <= 4 && m_info[button].folded != m_info[tag - 1].folded)
      remove(button, reason);
    return;
  }
  int taken = 0;
  for (std::size_t j = tag; j-- > 0 && taken < 4;) {
    const auto& info = m_info[j];
    if (block(j).kind == BlockKind::separator || info.reason) break;
    if (info.heading_like) {
      // The item's own linked title (a bold heading in some layouts) is
      // where the item starts; a section heading is not part of it.
      if (!block(j).links.empty() && info.words >= 4) remove(j, reason);
      break;
    }
    if (info.words == 0) {
      remove(j, reason);
      continue;
    }
    // A short line without punctuation above a longer block is the
    // previous item's byline: the item above ends there.
    bool byline = info.words <= 5 && !ends_like_sentence(info.folded) && j > 0 && m_info[j - 1].words > info.words &&
                  taken > 0 && block(j).links.empty();
    if (byline) break;
    remove(j, reason);
    ++taken;
    // Title line reached: it starts with the item's link. A block right
    // above the tag with a link inside its copy may be the item's
    // description, with the title above it; one that opens with its linked
    // title is the whole item (title and comment in one paragraph, as link
    // roundups set theirs), and the item before it is the issue's.
    if (!block(j).links.empty() && info.words >= 3 && taken >= 1 && (j + 1 < tag || starts_with_link_title(j)) &&
        m_info[j].words > 12)
      break;
  }
  if (m_info[tag].words == 1 && nothing_above && capital) mark_label_copy(tag, reason);
}

// Whether block i is a box's own title: a short line without a link or a
// sentence's end, over a paragraph of copy.
bool Cleaner::boxed_title(std::size_t i) const {
  if (i + 1 >= size() || m_info[i].words < 2 || m_info[i].words > 10 || !block(i).links.empty()) return false;
  if (block(i).kind != BlockKind::heading && block(i).kind != BlockKind::paragraph) return false;
  if (ends_like_sentence(m_info[i].folded)) return false;
  const std::size_t copy = i + 1;
  return block(copy).kind == BlockKind::paragraph && !m_info[copy].heading_like && m_info[copy].words >= 8 &&
         m_info[copy].words <= 40 && !starts_with_link_title(copy);
}

// Whether a box with a title of its own follows the tag: a short title
// over copy of an ad's length, or a heading over longer copy.
bool Cleaner::titled_box_follows(std::size_t tag) const {
  if (boxed_title(tag + 1)) return true;
  return tag + 2 < size() && m_info[tag + 1].heading_like && block(tag + 2).kind == BlockKind::paragraph &&
         !m_info[tag + 2].heading_like && m_info[tag + 2].words >= 8;
}

// The box under a label. Under a short title: the title, its copy (up to
// three paragraphs of an ad's length) and the button that closes it;
// without a button within reach, only the title and the first paragraph
// go: the box's end is not known, and what follows may be the issue
// again. Under a heading the copy may be a story's; the box is an ad's
// when its copy and button link to one site that no other block links
// to, and then its title, its copy and its button go.
void Cleaner::mark_titled_box(std::size_t tag, const Removal& reason) {
  const std::size_t title = tag + 1;
  if (!boxed_title(title)) {
    if (!copy_and_button_of_lone_site(title + 1)) return;
    if (open(title)) remove(title, reason);
    mark_label_copy(title, reason);
    const std::size_t button = title + 2;
    if (button < size() && open(button) && is_whole_link(button) && m_info[button].words <= 4) remove(button, reason);
    return;
  }
  remove(title, reason);
  std::size_t j = title + 1;
  std::size_t button = 0;
  for (int copies = 0; j < size() && copies <= 3; ++j) {
    if (block(j).kind == BlockKind::image || m_info[j].words == 0) continue;
    if (is_whole_link(j) && m_info[j].words <= 5) {
      button = j;
      break;
    }
    if (copies == 3 || block(j).kind != BlockKind::paragraph || m_info[j].heading_like || m_info[j].words > 40 ||
        !block(j).links.empty())
      break;
    ++copies;
  }
  const std::size_t end = button ? button + 1 : title + 2;
  for (std::size_t k = title + 1; k < end && k < size(); ++k) {
    if (open(k)) remove(k, reason);
  }
}

// Whether block i is a short button (a whole link of up to four words)
// whose words close at least two other blocks' items too: the issue's
// own "Read more" under each of its stories.
bool Cleaner::closes_like_every_item(std::size_t i) const {
  if (!is_whole_link(i) || m_info[i].words == 0 || m_info[i].words > 4) return false;
  int same = 0;
  for (std::size_t j = 0; j < size() && same < 2; ++j) {
    if (j != i && m_info[j].folded == m_info[i].folded && is_whole_link(j)) ++same;
  }
  return same >= 2;
}

// Whether block i is copy in a paragraph (eight words or more, no linked
// title at its start) whose links all go to one site that no other block
// of the issue links to.
bool Cleaner::copy_of_lone_site(std::size_t i) const {
  if (block(i).kind != BlockKind::paragraph || m_info[i].heading_like || m_info[i].words < 8 ||
      starts_with_link_title(i))
    return false;
  const std::vector<std::string> sites = sites_of(i);
  return sites.size() == 1 && linked_only_from(i, sites.front());
}

// Whether block i is copy (no linked title of its own) that, with the
// button right under it, links to one site only, and no other block links
// there.
bool Cleaner::copy_and_button_of_lone_site(std::size_t i) const {
  if (block(i).kind != BlockKind::paragraph || m_info[i].heading_like || starts_with_link_title(i)) return false;
  std::vector<std::string> sites = sites_of(i);
  const bool button = i + 1 < size() && is_whole_link(i + 1);
  if (button) {
    for (std::string& site : sites_of(i + 1)) {
      if (std::find(sites.begin(), sites.end(), site) == sites.end()) sites.push_back(std::move(site));
    }
  }
  return sites.size() == 1 && linked_only_from(i, sites.front());
}

// Whether no block of the issue links to `site` but block i and the button
// right under it (a whole link), if there is one.
bool Cleaner::linked_only_from(std::size_t i, const std::string& site) const {
  for (std::size_t j = 0; j < size(); ++j) {
    if (j == i || (j == i + 1 && is_whole_link(j))) continue;
    const std::vector<std::string> other = sites_of(j);
    if (std::find(other.begin(), other.end(), site) != other.end()) return false;
  }
  return true;
}

// The copy under a label: the next paragraph, of an ad's length. Copy that
// opens with its linked title run into it ("Acme: find the slow query
// before your users do" and the pitch under it, in one box) is an ad's
// whole box and may run longer.
void Cleaner::mark_label_copy(std::size_t label, const Removal& reason) {
  for (std::size_t j = label + 1; j < size(); ++j) {
    if (!open(j)) return;
    if (block(j).kind == BlockKind::image || m_info[j].words == 0) {
      remove(j, reason);
      continue;
    }
    const int longest = starts_with_link_title(j) ? 80 : 40;
    if (block(j).kind == BlockKind::paragraph && !m_info[j].heading_like && m_info[j].words <= longest)
      remove(j, reason);
    return;
  }
}

// A sponsor's credit over its banner ("This week's issue is brought to
// you by Acme." over the banner and "Acme 550W: rock-solid rails. Get
// yours for $89."): the caption under the banner, which names the sponsor
// the credit names, is the sponsor's copy. The credit was removed by its
// phrase, which its removal keeps; the sponsor's name is the word after
// it.
void Cleaner::mark_sponsor_captions() {
  for (std::size_t i = 0; i + 1 < size(); ++i) {
    const auto& why = m_info[i].reason;
    if (!why || why->kind != RemovalKind::sponsor || m_info[i].words > 25) continue;
    const std::string& phrase = why->phrase;
    const std::string_view folded = m_info[i].folded;
    const std::size_t at = folded.find(phrase);
    if (phrase.empty() || at == std::string_view::npos) continue;
    const std::string_view name = sponsor_name_word(folded.substr(at + phrase.size()));
    if (name.size() < 3) continue;
    for (std::size_t j = i + 1; j < size(); ++j) {
      if (block(j).kind == BlockKind::image || m_info[j].words == 0) continue;
      if (!open(j) || block(j).kind != BlockKind::paragraph || m_info[j].heading_like || m_info[j].words > 40) break;
      const auto words = split_words(m_info[j].folded);
      if (std::find(words.begin(), words.end(), name) != words.end())
        remove(j, {RemovalKind::sponsor, "names " + quote(name) + ", the sponsor the credit above names"});
      break;
    }
  }
}

// A regulatory disclosure under an ad ("... is licensed by the Central
// Bank of Ireland"): the ad copy above it goes too, at most two blocks up
// to the previous heading or separator, and not an item of the issue's own
// list (a block that starts with its own link title). The ad's button (a
// short line that is all one link) is its copy's and is not counted. When
// the copy taken is all that stands under a heading (the disclosure ends
// the section: a heading, a separator or the end follows), the heading is
// the ad's title and goes too.
void Cleaner::mark_disclosed(std::size_t note, const Removal& reason) {
  remove(note, reason);
  int taken = 0;
  int words = 0;
  std::size_t top = note;
  bool stopped_at_heading = false;
  for (std::size_t j = note; j-- > 0 && taken < 2;) {
    const auto& info = m_info[j];
    if (block(j).kind != BlockKind::separator && !info.reason && info.words > 0 && info.words <= 6 && is_whole_link(j)) {
      remove(j, reason);
      top = j;
      continue;
    }
    if (block(j).kind == BlockKind::separator || info.reason) break;
    if (info.heading_like) {
      stopped_at_heading = true;
      break;
    }
    if (info.words == 0) continue;
    if (starts_with_link_title(j) || words + info.words > 150) break;
    remove(j, reason);
    words += info.words;
    ++taken;
    top = j;
  }
  if (taken == 0) return;
  // Whether the section ends at the disclosure.
  std::size_t next = note + 1;
  while (next < size() && m_info[next].words == 0 && block(next).kind != BlockKind::separator) ++next;
  const bool ends = next == size() || block(next).kind == BlockKind::separator || m_info[next].heading_like;
  if (!ends) return;
  if (!stopped_at_heading) {
    if (taken < 2 || top == 0) return;
    // Two blocks of copy were taken: the block above may still be the title.
    if (!m_info[top - 1].heading_like) return;
  }
  const auto title = prev_worded(top);
  if (!title || !m_info[*title].heading_like || m_info[*title].reason || m_info[*title].words > 10) return;
  remove(*title, reason);
}

// Whether a block in [from, to) links to one of `sites`; true when
// `sites` is empty (nothing to tell).
bool Cleaner::links_to_any(std::size_t from, std::size_t to, const std::vector<std::string>& sites) const {
  if (sites.empty()) return true;
  for (std::size_t j = from; j < to; ++j) {
    for (const auto& site : sites_of(j)) {
      if (std::find(sites.begin(), sites.end(), site) != sites.end()) return true;
    }
  }
  return false;
}

// Whether every site block i links to is linked from the issue's item
// right above it too: a paragraph of copy (eight words or more), not
// removed, with nothing but word-less blocks between.
bool Cleaner::links_like_item_above(std::size_t i) const {
  const auto above = prev_worded(i);
  if (!above) return false;
  const std::size_t item = *above;
  if (m_info[item].reason || m_info[item].words < 8 || block(item).kind == BlockKind::separator) return false;
  const std::vector<std::string> sites = sites_of(i);
  const std::vector<std::string> item_sites = sites_of(item);
  if (sites.empty()) return false;
  for (const auto& site : sites) {
    if (std::find(item_sites.begin(), item_sites.end(), site) == item_sites.end()) return false;
  }
  return true;
}

// A jobs section runs to the next heading, or, in layouts without one
// (link roundups), as long as its blocks read like job ads or are the
// advertisers' short names.
void Cleaner::mark_jobs(std::size_t start, const Removal& reason_for_label) {
  remove(start, reason_for_label);
  Removal reason{RemovalKind::jobs, "section " + quote(block(start).text)};
  // The first listing's title, a link to the job ad: the listings under
  // one label are titled alike, so a linked title set as that one was
  // opens the next listing ("Product Designer at Acme"), whatever words
  // it uses.
  std::optional<std::size_t> first_title;
  const auto titled_alike = [&](std::size_t j) {
    return first_title && block(*first_title).kind == block(j).kind && block(*first_title).level == block(j).level;
  };
  // A listing set in one line of fields ("Senior Buyer · Leeds · £48,000")
  // is followed by listings set the same way: a line of the same kind,
  // level and field mark, with no sentence's end, is the next listing,
  // whatever words it uses, where a heading of the issue has no such marks.
  std::optional<std::size_t> last_listing;
  const auto listed_alike = [&](std::size_t j) {
    if (!last_listing || ends_like_sentence(m_info[j].folded) || m_info[j].words > 16) return false;
    const Block& above = block(*last_listing);
    if (above.kind != block(j).kind || above.level != block(j).level) return false;
    for (const std::string_view mark : {" · ", " | ", " – "}) {
      if (above.text.find(mark) != std::string::npos && block(j).text.find(mark) != std::string::npos) return true;
    }
    return false;
  };
  for (std::size_t j = start + 1; j < size(); ++j) {
    const auto& info = m_info[j];
    if (block(j).kind == BlockKind::separator) break;
    // A link to the whole board set bold at the list's end ("See all 37
    // open roles") is the section's last line, not the next heading.
    const bool title = is_whole_link(j) && (is_job_ad(info.folded) || titled_alike(j));
    const bool alike = listed_alike(j);
    if (info.heading_like && !title && !alike) break;
    if (title && !first_title) first_title = j;
    if (info.words > 0) last_listing = j;
    bool advertiser = info.words <= 4 && !ends_like_sentence(info.folded);
    if (info.words > 0 && !advertiser && !title && !alike && !is_job_ad(info.folded)) break;
    remove(j, reason);
  }
}

// A disclosure like "*This is sponsored advertising content." marks the
// block above it that ends with the same asterisk.
void Cleaner::mark_footnoted(std::size_t note, const Removal& reason) {
  remove(note, reason);
  for (std::size_t j = note; j-- > 0 && note - j <= 4;) {
    std::string_view t = m_info[j].folded;
    while (!t.empty() && (t.back() == ' ' || t.back() == '.')) t.remove_suffix(1);
    if (!t.empty() && t.back() == '*') {
      remove(j, reason);
      return;
    }
  }
}

// A jobs site or page, by the first label of its host or a segment of
// its path, in the seven languages ("jobs.", "/careers", "/vacatures").
const RE2& Cleaner::jobs_page_url() {
  static const RE2 re(
      R"(^https?://(?:(?:jobs|careers|karriere|stellen|emplois?|empleos?|lavoro|vacatures|vagas)\.|[^/]+/(?:[^?#]*/)?)"
      R"((?:jobs?|job-board|jobboard|careers|stellenmarkt|stellenangebote|emplois?|empleos?|offerte-lavoro|vacatures|vagas)(?:[/?#.]|$)))");
  return re;
}

// A jobs box without a jobs label of its own ("Courier Jobs", "Vacatures
// in de regio"): a short heading with a word for jobs over blocks that
// link to a jobs site or page. The link tells it from a story about jobs.
void Cleaner::mark_jobs_links() {
  const RE2& jobs_url = jobs_page_url();
  for (std::size_t i = 0; i < size(); ++i) {
    const Info& info = m_info[i];
    // A heading the vocabulary took alone as a house ad ("On recrute")
    // still heads its section.
    const bool taken_alone = info.reason && (info.reason->kind == RemovalKind::promo);
    if ((!open(i) && !taken_alone) || !info.heading_like || info.words > 5) continue;
    if (!has_listed_word(WordList::jobs, info.folded)) continue;
    auto end = section_end(i, 150);
    if (!end) {
      // No end in sight: the section runs while its blocks are job ads,
      // each linking only to a jobs page.
      std::size_t j = i + 1;
      int ads = 0;
      for (; j < size() && block(j).kind != BlockKind::separator && !m_info[j].heading_like; ++j) {
        if (m_info[j].words == 0 || m_info[j].reason) continue;
        const auto& links = block(j).links;
        if (links.empty() ||
            !std::all_of(links.begin(), links.end(), [&](const Link& l) { return RE2::PartialMatch(l.url, jobs_url); }))
          break;
        ++ads;
      }
      if (ads == 0) continue;
      const Removal reason{RemovalKind::jobs, "section " + quote(block(i).text) + " of ads linking to a jobs page"};
      if (open(i)) remove(i, reason);
      for (std::size_t k = i + 1; k < j; ++k) {
        if (m_info[k].words > 0) remove(k, reason);
      }
      continue;
    }
    bool linked = false;
    for (std::size_t j = i + 1; j < *end && !linked; ++j) {
      for (const Link& l : block(j).links) linked = linked || RE2::PartialMatch(l.url, jobs_url);
    }
    if (linked) mark_section(i, {RemovalKind::jobs, "section " + quote(block(i).text) + " linking to a jobs page"});
  }
}

// A job ad among the stories, without a jobs heading over it: a short
// block whose links all go to a jobs page on the publisher's own site
// (the site of the List-Unsubscribe host). A story about jobs links to
// an employer or a report, not to the newsletter's own job board.
void Cleaner::mark_own_job_ads() {
  if (m_context.list_unsubscribe_host.empty()) return;
  const RE2& jobs_url = jobs_page_url();
  const std::string own = site_of_host(m_context.list_unsubscribe_host);
  for (std::size_t i = 0; i < size(); ++i) {
    const Info& info = m_info[i];
    if (!open(i) || info.heading_like || info.words == 0 || info.words > 60 || block(i).links.empty()) continue;
    const bool all_jobs = std::all_of(block(i).links.begin(), block(i).links.end(), [&](const Link& l) {
      return site_of_host(url_host(l.url)) == own && RE2::PartialMatch(l.url, jobs_url);
    });
    if (!all_jobs) continue;
    remove(i, {RemovalKind::jobs, "links only to the publisher's jobs page (" + own + ")"});
    // The ad's description under its linked title, when it has no link of its own.
    const std::size_t next = i + 1;
    if (next < size() && open(next) && block(next).links.empty() && !m_info[next].heading_like &&
        m_info[next].words > 0 && m_info[next].words <= 40 && starts_with_link_title(i) && m_info[i].words <= 15)
      remove(next, {RemovalKind::jobs, "under a job ad linking to the publisher's jobs page"});
  }
}

// A linked title or button with a tag word right after its link ("Ship
// faster SPONSOR", "Essayer l'outil · partenaire", "Jetzt testen | Anzeige"):
// the tag stands outside the link, so it is the newsletter's mark on a
// paid item, not words of the item. A tagged title goes with the
// description under it; a tagged button with the item above it.
void Cleaner::mark_tagged_titles() {
  for (std::size_t i = 0; i < size(); ++i) {
    const Info& info = m_info[i];
    if (!open(i) || info.words < 2 || info.words > 80 || block(i).links.empty()) continue;
    // The tag ends the block, or its first line when the copy follows
    // the title under a line break.
    const std::string_view text = block(i).text;
    const std::size_t line_end = text.find('\n', text.find_first_not_of(" \n"));
    // A block of one line is its facts' folded text and words.
    const bool whole = line_end == std::string_view::npos;
    const std::string first_line = whole ? info.folded : fold_for_match(text.substr(0, line_end));
    const bool one_line =
        line_end == std::string_view::npos || text.find_first_not_of(" \n", line_end) == std::string_view::npos;
    if ((whole ? info.words : count_words(first_line)) > 16) continue;
    const Link* last = nullptr;
    for (const Link& l : block(i).links) {
      const std::string t = fold_for_match(l.text);
      if (count_words(t) >= 1 && first_line.find(t) != std::string::npos) last = &l;
    }
    if (last == nullptr) continue;
    const std::string link_text = fold_for_match(last->text);
    const std::size_t at = first_line.rfind(link_text);
    const std::string rest = first_line.substr(at + link_text.size());
    if (!has_listed_word(WordList::paid_tag, rest)) continue;
    // The tag word itself, for the evidence.
    std::size_t word_start = 0;
    for (std::size_t k = 0; k < rest.size();) {
      const std::size_t here = k;
      if (is_word_code_point(next_code_point(rest, k))) {
        word_start = here;
        break;
      }
    }
    std::size_t word_end = word_start;
    while (word_end < rest.size()) {
      std::size_t k = word_end;
      if (!is_word_code_point(next_code_point(rest, k))) break;
      word_end = k;
    }
    const Removal reason{RemovalKind::sponsor,
                         "item tagged \"" + rest.substr(word_start, word_end - word_start) + "\" after its link"};
    if (starts_with_link_title(i) && count_words(link_text) >= 3 && !one_line) {
      // Title and copy in one block.
      remove(i, reason);
    } else if (starts_with_link_title(i) && count_words(link_text) >= 3) {
      remove(i, reason);
      const std::size_t next = i + 1;
      if (next < size() && open(next) && !m_info[next].heading_like && m_info[next].words <= 80 &&
          !starts_with_link_title(next))
        remove(next, reason);
    } else {
      mark_tagged_item(i, reason);
    }
  }
  // A digest item's blurb that closes on its source after a dash, where
  // the source is the advertiser and a tag word ("... in minutes. — Acme
  // sponsor"): link weeklies credit each item so and tag the paid ones.
  // The blurb and its linked title right above it are the ad.
  for (std::size_t i = 1; i < size(); ++i) {
    const Info& info = m_info[i];
    if (!open(i) || info.words < 6 || info.words > 80 || !block(i).links.empty() || info.heading_like) continue;
    const std::string_view folded = trim_trailing_spaces(info.folded);
    std::size_t dash = std::string_view::npos;
    for (const std::string_view d : {std::string_view("\u2014"), std::string_view("\u2013"), std::string_view(" - ")}) {
      const std::size_t at = folded.rfind(d);
      if (at != std::string_view::npos && (dash == std::string_view::npos || at > dash)) dash = at + d.size();
    }
    if (dash == std::string_view::npos) continue;
    const std::string_view source = trim_ascii_space(folded.substr(dash));
    const int source_words = count_words(source);
    if (source_words < 2 || source_words > 6 || source.find_first_of(".!?,;:") != std::string_view::npos) continue;
    const std::string_view tag = source.substr(source.rfind(' ') + 1);
    if (!has_listed_word(WordList::paid_tag, tag)) continue;
    const auto title = prev_worded(i);
    if (!title || !open(*title) || !link_title_line(*title)) continue;
    const Removal reason{RemovalKind::sponsor, "item tagged \"" + std::string(tag) + "\" after its source"};
    remove(i, reason);
    for (std::size_t j = *title; j < i; ++j) remove(j, reason);
  }
}

// Classified ads under their heading ("Classifieds", "Kleinanzeigen",
// "Petites annonces", "Classificados"): the readers' paid small ads, each
// a short block with a phone number, a price, or (as a list mail's small
// ads give where to answer them) a web or e-mail address, written out or
// linked (an HTML issue links the advertiser's bare domain), or one that
// opens on the small ad's own label in capitals and a colon ("FOR SALE:",
// "LOST:", "ZU VERKAUFEN:", "À VENDRE:"), as a newspaper files them by
// kind. They run from the heading while their blocks read like small
// ads; the first block without any of these ends them.
void Cleaner::mark_classifieds() {
  static const RE2 ad_label(R"(^\s*(?:\p{Lu}[ '-])?\p{Lu}{2,}(?:[ '-]\p{Lu}+){0,2} ?:\s)");
  static const RE2 small_ad(
      R"((?:\+?\(?\d{2,4}\)?[ ./-]?\d{3,5}[ ./-]?\d{3,5})|(?:[€$£]|r\$|eur\b)\s?\d|)"
      R"(\d\s?(?:€|eur\b|euros?\b|reais\b|pounds?\b|dollars?\b|francs?\b|franken\b|sterlina\b|sterline\b|libras?\b)|)"
      R"((?:https?://|\bwww\.)[a-z0-9-]|[a-z0-9._-]@[a-z0-9-]+\.[a-z])");
  // The heading and its small ads as lines of one cell (an old table
  // layout breaks them with <br>): the cell is the section when its first
  // line is the heading and at least two of the lines under it read as
  // small ads, none of them longer than one; a closing line of terms may
  // stand among them.
  const auto cell_of_ads = [&](std::size_t i) {
    const std::string_view text = block(i).text;
    std::size_t end = text.find('\n');
    if (end == std::string_view::npos) return false;
    const std::string head = fold_for_match(text.substr(0, end));
    if (count_words(head) == 0 || count_words(head) > 3 || !has_listed_word(WordList::classifieds, head)) return false;
    int ads = 0;
    int lines = 0;
    while (end < text.size()) {
      const std::size_t start = end + 1;
      end = std::min(text.find('\n', start), text.size());
      const std::string_view line = text.substr(start, end - start);
      const std::string folded = fold_for_match(line);
      if (!has_words(folded)) continue;
      if (count_words_up_to(folded, 50) > 50) return false;
      ++lines;
      if (RE2::PartialMatch(folded, small_ad) || RE2::PartialMatch(line, ad_label)) ++ads;
    }
    return ads >= 2 && ads + 1 >= lines;
  };
  for (std::size_t i = 0; i < size(); ++i) {
    const Info& info = m_info[i];
    if (open(i) && info.words > 3 && cell_of_ads(i)) {
      remove(i, Removal{RemovalKind::promo,
                        "classified ads under " + quote(block(i).text.substr(0, block(i).text.find('\n')))});
      continue;
    }
    if (!open(i) || info.words == 0 || info.words > 3 || !has_listed_word(WordList::classifieds, info.folded)) continue;
    std::size_t j = i + 1;
    int ads = 0;
    bool closed = true;  // the section ends at a rule, a heading or the issue's end
    for (; j < size(); ++j) {
      if (block(j).kind == BlockKind::separator || m_info[j].heading_like) break;
      if (m_info[j].words == 0 || m_info[j].reason) continue;
      if (m_info[j].words > 50 || (!RE2::PartialMatch(m_info[j].folded, small_ad) && block(j).links.empty() &&
                                   !RE2::PartialMatch(block(j).text, ad_label))) {
        closed = false;
        break;
      }
      ++ads;
    }
    // One small ad is enough when nothing but it stands under the heading.
    if (ads < 2 && !(ads == 1 && closed)) continue;
    const Removal reason{RemovalKind::promo, "classified ads under " + quote(block(i).text)};
    remove(i, reason);
    for (std::size_t k = i + 1; k < j; ++k) {
      if (open(k) && m_info[k].words > 0) remove(k, reason);
    }
  }
}

}  // namespace distill::transform::clean_detail
