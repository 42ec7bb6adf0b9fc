// How clean() decides, in the order it runs:
//
// 1. Source rules. `keep` marks blocks no later step may remove; `drop`,
//    `drop_after` and `drop_before` remove what the user asked for.
// 2. Marker phrases, block by block: first the markers of markers.cpp
//    (English and German, those that shape sections, tags and footnotes),
//    then the vocabulary of vocabulary.cpp (thirteen categories of chrome in
//    seven languages). A phrase counts only where it does the job of a
//    marker: at the start of a block, in a short block, late in the issue,
//    in a bracketed aside, or as a bracketed tag ("(sponsor)"); a promo
//    phrase also as the button that ends a block ("... <a>Platz
//    reservieren</a>"), except where a few words naming prices and the
//    button stand right under a story's paragraph: they book what the
//    story reports. A news paragraph that mentions "unsubscribe" in its
//    seventh sentence stays.
//    Then links (evidence.hpp): a short block linking only to unsubscribe or
//    preference pages, share intents, social profiles, app stores, a
//    survey or a refer-a-friend page is chrome whatever its language; so
//    are a row of navigation links (the logo's image link may stand in
//    it), a rating scale (links to one page that differ in one value),
//    and a short line in the header that links to the issue on the web
//    or only to a sign-up page (the forwarded copy's "get it yourself").
//    Over store badges (or a block that image badges lead), a short line
//    that names an app is the app's copy, and a title line over it or
//    over a referral page's copy the box's title.
//    A sponsor phrase inside a line counts when the line names the issue
//    ("Questo numero è realizzato in collaborazione con ...") or, in a
//    short block, thanks ("... sont soutenues par X. Merci à eux !"). An ad
//    label leading a block's copy ("ANZEIGE Werkzeugkoffer ...") marks the
//    block; the header's line of date and issue number is the template's,
//    and so are its date with the weather, its rows of section names
//    without links (or as four or more short links to one site and no
//    word besides), and a teaser above its line to the web copy that
//    counts the issue's items ("trois recettes et une astuce"), and the
//    reader's account line (a masked number, or a member or customer
//    number set as a label). A photo credit ("Photo: ...", "Name/Agency Images")
//    is no news, and a short heading naming jobs over links to a jobs page
//    is the publisher's job board; so is a job ad among the stories whose
//    links all go to a jobs page on the site of the List-Unsubscribe host.
//    Under a heading naming classified ads, the blocks with a number to
//    call or a price are the readers' small ads.
// 3. Sections. A sponsor label ("TOGETHER WITH ACME", "Today's edition is
//    brought to you by Acme", a title ending in "(sponsor)") owns
//    the blocks after it up to the next heading of its own rank, so the
//    whole ad goes, not only its first line. A bare label ("Together with")
//    is followed by a logo only, and owns only that; so does a short credit
//    line that links to its sponsor when nothing under it links there. Promo headings ("Share
//    the Newsletter") and job-board headings work the same way. A trailing tag
//    ("Acme sponsor", in link-roundup layouts) marks the item just above,
//    and a tag word right after a link ("Ship faster SPONSOR", "Essayer
//    l'outil · partenaire") marks its item: a title with the copy under
//    it, a button with the item above it.
// 4. Offers. A block that advertises an offer is told by several weak
//    signals at once (markers.hpp, OfferSignals): a discount, an amount,
//    purchase terms, a contest, a call to action, a deadline. Four of the
//    six make an ad ("Receive up to 45% discount on the initial purchase of
//    ... Find out how! Offer valid July 1 - July 31"); a short line needs a
//    call to action and one more ("ENTER FOR YOUR CHANCE TO WIN!"). A shop's
//    newsletter is its offers: where prices run through the items, or the
//    offers are most of the issue, this step stays out, and the terms
//    printed right under its starred offer are part of the offer.
//    Native ads: a short paragraph whose only link goes to a site no other
//    block links to, that speaks to the reader and asks them to act (a
//    button in the reader's voice, "J'en profite", does both); in an issue
//    with few links, such a paragraph that names the site. A button to
//    such a site under copy that names it, or under copy that speaks to
//    the reader and asks them to act or names an offer's terms. A partner's
//    box in words no table has: a paragraph that names the one site it
//    links to (no other block links there, and it is not the newsletter's
//    own), speaks to the reader or states a price or a cut, and ends on a
//    button there that is neither the site's name nor its address. A
//    paragraph set apart between two rules amid the stories in plain text,
//    without a heading, that states an offer's terms is an aside's ad. A
//    button in the reader's voice ("Quiero ser socio") is an ad's wherever
//    it leads, outside a shop's issue, and its box goes with it. A
//    short paragraph linking only to a shop page of a site ("/shop") few
//    blocks link to is a house ad, as a button to a shop's host is. A credited
//    sponsor's site: short blocks linking only there are its ad, with the
//    copy above naming it (in two words or one: "Cuenta Nube"), and the
//    box's title that names it over up to two more lines of its copy.
// 5. Footer region. Newsletters end with a footer: sign-off, share and
//    subscribe appeals, legal text, address, unsubscribe. The first footer
//    marker or sign-off that has little text after it (near the end) starts
//    the region, and everything from there on is removed; the same marker
//    higher up removes only its own block. Under a late separator where
//    only short blocks follow, half of them known chrome, the rest go too.
//    Late in the issue, a short block naming the newsletter itself (the
//    name read from its own chrome's hosts and its copyright line, and
//    absent from the body) is its upsell, appeal or self-description;
//    one that names a time window ("between 22:00 and 23:00") announces
//    a schedule, and stays.
// 6. Template learning from the mailbox: blocks recurring in the sender's
//    earlier issues, and blocks recurring in other senders' issues (the
//    mailing platform's template; never headings or long paragraphs).
// 7. Tidying: a short paragraph between two promo (or two sponsor) blocks
//    is the same pitch, and so is a promo box's longer copy between its
//    promo heading and its button; a heading whose whole section was removed goes
//    too, and blocks without a single word (arrows, bullets, separators of
//    dashes).
//
// Every step skips blocks already removed and blocks protected by `keep`,
// so the first reason found is the one reported.

#include "transform/clean.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include <re2/re2.h>

#include "transform/block_facts.hpp"
#include "transform/evidence.hpp"
#include "transform/markers.hpp"
#include "transform/vocabulary.hpp"
#include "transform/words.hpp"

namespace distill::transform {

namespace {

// The shared block facts (folded text, words, heading-likeness and rank),
// plus what cleaning decided about the block.
struct Removal {
  RemovalKind kind = RemovalKind::source;
  std::string evidence;
};

struct Info : BlockFacts {
  bool is_protected = false;
  std::optional<Removal> reason;
};

std::string reason_text(const Removal& r) {
  if (r.kind == RemovalKind::source) return "source rule " + r.evidence;
  return std::string(removal_kind_name(r.kind)) + ": " + r.evidence;
}

// Offers (mark_offers): an ad is short; a long paragraph collects signals by chance.
// A template key shorter than this is a recurring word, not boilerplate.
constexpr std::size_t k_min_template_key = 12;
constexpr int k_offer_max_words = 150;
constexpr int k_words_per_price = 200;

std::string quote(std::string_view text, std::size_t max_chars = 60) {
  std::string t = fold_spacing(text);
  if (t.size() > max_chars) {
    std::size_t cut = max_chars;
    while (cut > 0 && (static_cast<unsigned char>(t[cut]) & 0xC0) == 0x80) --cut;
    t = t.substr(0, cut) + "...";
  }
  return "\"" + t + "\"";
}

class Cleaner {
 public:
  Cleaner(const Document& doc, const SourceRules& rules, const CleanContext& context)
      : m_doc(doc), m_rules(rules), m_context(context), m_history(context.sender_template), m_info(doc.blocks.size()) {}

  CleanResult run() {
    analyse();
    apply_source_rules();
    if (m_context.heuristics) {
      keep_offer_terms();
      mark_blocks();
      mark_vocabulary();
      mark_links();
      mark_header_web_link();
      mark_leading_ad_label();
      mark_header_zone();
      mark_header_teaser();
      mark_photo_credits();
      mark_jobs_links();
      mark_own_job_ads();
      mark_tagged_titles();
      mark_classifieds();
      mark_offers();
      mark_native_ads();
      mark_ruled_asides();
      mark_shop_buttons();
      mark_sponsor_links();
      mark_voiced_buttons();
      mark_footer_region();
      mark_closing_separator();
      mark_signature();
      mark_own_name();
    }
    mark_templates();
    mark_platform_template();
    if (m_context.heuristics) {
      mark_between_promos();
      mark_promo_boxes();
    }
    tidy();
    return result();
  }

 private:
  const Document& m_doc;
  const SourceRules& m_rules;
  const CleanContext& m_context;
  const std::vector<std::vector<std::string>>& m_history;
  std::vector<Info> m_info;
  int m_total_words = 0;
  std::vector<int> m_words_before;
  struct FooterCandidate {
    std::size_t index;
    std::string quoted;  // the block's text, quoted, for the reason
  };
  std::vector<FooterCandidate> m_footer_candidates;
  std::optional<bool> m_shop_issue;  // is_shop_issue(), computed once
  // name_letters of each block's folded text, computed the first time a
  // pass asks for it (mark_native_ads and mark_own_name both read it).
  mutable std::vector<std::optional<std::string>> m_letters;
  std::optional<std::vector<std::string>> m_own_names;  // own_names(), for mark_native_ads

  const std::string& letters(std::size_t i) const {
    if (m_letters.size() != size()) m_letters.resize(size());
    if (!m_letters[i]) m_letters[i] = name_letters(m_info[i].folded);
    return *m_letters[i];
  }

  std::size_t size() const { return m_doc.blocks.size(); }
  const Block& block(std::size_t i) const { return m_doc.blocks[i]; }
  bool open(std::size_t i) const { return !m_info[i].reason && !m_info[i].is_protected; }

  void remove(std::size_t i, const Removal& reason) {
    if (open(i)) m_info[i].reason = reason;
  }

  void analyse() {
    std::vector<BlockFacts> facts =
        m_context.block_facts.size() == size() ? m_context.block_facts : block_facts(m_doc);
    for (std::size_t i = 0; i < size(); ++i) {
      static_cast<BlockFacts&>(m_info[i]) = std::move(facts[i]);
      m_total_words += m_info[i].words;
    }
    m_words_before.assign(size() + 1, 0);
    for (std::size_t i = 0; i < size(); ++i) m_words_before[i + 1] = m_words_before[i] + m_info[i].words;
  }

  // Share of the issue's words before block i, 0..1.
  double position(std::size_t i) const {
    return m_total_words > 0 ? static_cast<double>(m_words_before[i]) / m_total_words : 0;
  }

  void apply_source_rules() {
    if (!m_rules.has_patterns()) return;
    auto compiled = compiled_rules(m_rules);
    std::vector<RuleMatch> matches(size());
    for (std::size_t i = 0; i < size(); ++i) {
      matches[i] = match_rules(*compiled, fold_spacing(block(i).text));
      if (matches[i].keep >= 0) m_info[i].is_protected = true;
    }
    for (std::size_t i = 0; i < size(); ++i) {
      if (matches[i].drop >= 0) remove(i, {RemovalKind::source, "drop #" + std::to_string(matches[i].drop + 1)});
    }
    for (std::size_t i = 0; i < size(); ++i) {
      if (matches[i].drop_after < 0) continue;
      Removal reason{RemovalKind::source, "drop_after #" + std::to_string(matches[i].drop_after + 1)};
      for (std::size_t j = i; j < size(); ++j) remove(j, reason);
      break;
    }
    for (std::size_t i = 0; i < size(); ++i) {
      if (matches[i].drop_before < 0) continue;
      Removal reason{RemovalKind::source, "drop_before #" + std::to_string(matches[i].drop_before + 1)};
      for (std::size_t j = 0; j < i; ++j) remove(j, reason);
      break;
    }
  }

  // Words in open blocks after block i.
  std::vector<int> words_after() const {
    std::vector<int> after(size() + 1, 0);
    for (std::size_t i = size(); i-- > 0;) after[i] = after[i + 1] + (m_info[i].reason ? 0 : m_info[i].words);
    return after;
  }

  // The blocks a sponsor (or promo, or jobs) label at `start` owns: up to the
  // next label of the same or a higher rank. The sponsor's own title right
  // after its label does not end it (an h3 label "TOGETHER WITH ACME", then
  // the ad's h1 title). A separator ends it too. Returns
  // the end (exclusive), or nullopt when no end comes within a sponsor's
  // usual length: then the structure is unknown and only the label goes.
  std::optional<std::size_t> section_end(std::size_t start, int max_words = 400) const {
    int rank = m_info[start].heading_like ? m_info[start].rank : k_label_rank + 1;
    bool content_seen = false;
    int words = 0;
    for (std::size_t j = start + 1; j < size(); ++j) {
      const auto& info = m_info[j];
      if (block(j).kind == BlockKind::separator) return j;
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

  // Without a section end in sight (old layouts put their section titles in
  // images), the label takes the one block of copy right under it.
  void mark_section(std::size_t start, const Removal& reason_for_label) {
    remove(start, reason_for_label);
    Removal reason{reason_for_label.kind, "section " + quote(block(start).text)};
    auto end = section_end(start);
    // A short credit line that links to its sponsor ("Together with
    // <a>Acme</a>", not a label in capitals) owns the ad under it only
    // when the ad sends the reader to the sponsor too; when nothing there
    // links to that site, what follows is the issue's own greeting or
    // first story, and the credit stands over its logo only.
    std::size_t first = start + 1;
    while (first < size() && m_info[first].words == 0) ++first;
    if (end && !m_info[start].heading_like && m_info[start].words <= 8 && first < *end) {
      // An ad's title is followed by its copy and button: the first few
      // blocks under the credit, up to the next heading after them.
      std::size_t part_end = first + 1;
      int copy = 0;
      for (; part_end < *end && copy < 4; ++part_end) {
        if (block(part_end).kind == BlockKind::separator || (m_info[part_end].heading_like && copy > 0)) break;
        copy += !m_info[part_end].heading_like && m_info[part_end].words > 0 ? 1 : 0;
      }
      if (!links_to_any(start + 1, part_end, sites_of(start))) {
        mark_bare_label(start, reason_for_label);
        return;
      }
    }
    if (end) {
      for (std::size_t j = start + 1; j < *end; ++j) remove(j, reason);
      take_sponsor_button(start, *end, reason);
      return;
    }
    for (std::size_t j = start + 1; j < size(); ++j) {
      bool content = m_info[j].words > 0;
      remove(j, reason);
      if (!content) continue;
      take_sponsor_button(start, j + 1, reason);
      break;
    }
  }

  // The ad's button right under its copy, when it goes to the sponsor the
  // label names ("Together with Acme" over a button to acme.com): the
  // section's end stops short of it where the copy has no heading to end at.
  void take_sponsor_button(std::size_t label, std::size_t b, const Removal& reason) {
    if (b >= size() || !open(b) || !is_whole_link(b)) return;
    const std::string name = site_name(site_of_host(url_host(block(b).links.front().url)));
    if (name.size() >= 3 && name_letters(block(label).text).find(name) != std::string::npos) remove(b, reason);
  }

  // A bare label ("Together with", "Anzeige") carries a logo or banner: the
  // images and word-less blocks right after it go with it.
  void mark_bare_label(std::size_t start, const Removal& reason) {
    remove(start, reason);
    for (std::size_t j = start + 1; j < size(); ++j) {
      if (block(j).kind == BlockKind::image || m_info[j].words == 0) {
        remove(j, reason);
      } else {
        break;
      }
    }
  }

  // A trailing tag ("Acme sponsor") marks the item above it: walk back
  // over the item's blocks to the previous item's end.
  void mark_tagged_item(std::size_t tag, const Removal& reason) {
    remove(tag, reason);
    // A lone tag word ("Anzeige") between a story without a link and a
    // paragraph is the label on top of what follows (a box's first line):
    // an item it tags ends with its link or button, and the story above
    // is not one.
    if (m_info[tag].words == 1 && tag > 0 && tag + 1 < size() && m_info[tag + 1].words >= 8 &&
        block(tag - 1).kind == BlockKind::paragraph && block(tag - 1).links.empty() && m_info[tag - 1].words >= 8 &&
        !m_info[tag - 1].reason)
      return;
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
      bool byline = info.words <= 5 && !ends_like_sentence(info.folded) && j > 0 &&
                    m_info[j - 1].words > info.words && taken > 0 && block(j).links.empty();
      if (byline) break;
      remove(j, reason);
      ++taken;
      // Title line reached: it starts with the item's link.
      if (!block(j).links.empty() && info.words >= 3 && taken >= 1 && j + 1 < tag &&
          m_info[j].words > 12)
        break;
    }
  }

  // A regulatory disclosure under an ad ("... is licensed by the Central
  // Bank of Ireland"): the ad copy above it goes too, at most two blocks up
  // to the previous heading or separator, and not an item of the issue's own
  // list (a block that starts with its own link title).
  void mark_disclosed(std::size_t note, const Removal& reason) {
    remove(note, reason);
    int taken = 0;
    int words = 0;
    for (std::size_t j = note; j-- > 0 && taken < 2;) {
      const auto& info = m_info[j];
      if (block(j).kind == BlockKind::separator || info.heading_like || info.reason) break;
      if (info.words == 0) continue;
      if (starts_with_link_title(j) || words + info.words > 150) break;
      remove(j, reason);
      words += info.words;
      ++taken;
    }
  }

  // The sites (site_of_host) the links of block i go to, each once.
  std::vector<std::string> sites_of(std::size_t i) const {
    std::vector<std::string> sites;
    for (const Link& link : block(i).links) {
      const std::string host = url_host(link.url);
      if (host.empty()) continue;
      std::string site = site_of_host(host);
      if (std::find(sites.begin(), sites.end(), site) == sites.end()) sites.push_back(std::move(site));
    }
    return sites;
  }

  // Whether a block in [from, to) links to one of `sites`; true when
  // `sites` is empty (nothing to tell).
  bool links_to_any(std::size_t from, std::size_t to, const std::vector<std::string>& sites) const {
    if (sites.empty()) return true;
    for (std::size_t j = from; j < to; ++j) {
      for (const auto& site : sites_of(j)) {
        if (std::find(sites.begin(), sites.end(), site) != sites.end()) return true;
      }
    }
    return false;
  }

  bool starts_with_link_title(std::size_t j) const {
    for (const auto& link : block(j).links) {
      std::string t = fold_for_match(link.text);
      if (count_words(t) >= 1 && m_info[j].folded.starts_with(t)) return true;
    }
    return false;
  }

  // A jobs section runs to the next heading, or, in layouts without one
  // (link roundups), as long as its blocks read like job ads or are the
  // advertisers' short names.
  void mark_jobs(std::size_t start, const Removal& reason_for_label) {
    remove(start, reason_for_label);
    Removal reason{RemovalKind::jobs, "section " + quote(block(start).text)};
    for (std::size_t j = start + 1; j < size(); ++j) {
      const auto& info = m_info[j];
      if (block(j).kind == BlockKind::separator || info.heading_like) break;
      bool advertiser = info.words <= 4 && !ends_like_sentence(info.folded);
      if (info.words > 0 && !advertiser && !is_job_ad(info.folded)) break;
      remove(j, reason);
    }
  }

  // A disclosure like "*This is sponsored advertising content." marks the
  // block above it that ends with the same asterisk.
  void mark_footnoted(std::size_t note, const Removal& reason) {
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

  // A shop's issue is its offers, and the terms printed right under an
  // offer are part of it: "Your code*: SPRING10" and under it "*Valid for
  // 7 days, not on sale items" is the offer the reader is to use. The
  // footnote is attached when the block just above carries its asterisk;
  // small print collected elsewhere (under a price list, at the end) stays
  // small print.
  void keep_offer_terms() {
    if (!is_shop_issue()) return;
    for (std::size_t i = 1; i < size(); ++i) {
      const std::string_view text = m_info[i].folded;
      if (!text.starts_with('*') || text.starts_with("**") || position(i) >= 0.6) continue;
      const std::string_view above = m_info[i - 1].folded;
      if (m_info[i - 1].words == 0 || above.find('*') == std::string_view::npos) continue;
      m_info[i].is_protected = true;
    }
  }

  void mark_blocks() {
    std::vector<int> words_before(size() + 1, 0);
    for (std::size_t i = 0; i < size(); ++i) words_before[i + 1] = words_before[i] + m_info[i].words;
    for (std::size_t i = 0; i < size(); ++i) {
      if (!open(i)) continue;
      const Block& b = block(i);
      const Info& info = m_info[i];
      if (b.kind == BlockKind::image || b.kind == BlockKind::separator) continue;
      double position = m_total_words > 0 ? static_cast<double>(words_before[i]) / m_total_words : 0;
      MarkerContext ctx{info.folded, info.words, info.heading_like, b.kind == BlockKind::paragraph, position};
      auto found = find_marker(ctx);
      if (!found) continue;
      const Removal removal{found->kind, found->evidence};
      switch (found->action) {
        case MarkerAction::block:
          remove(i, removal);
          break;
        case MarkerAction::section:
          mark_section(i, removal);
          break;
        case MarkerAction::bare_label:
          mark_bare_label(i, removal);
          break;
        case MarkerAction::tagged_item:
          mark_tagged_item(i, removal);
          break;
        case MarkerAction::footnote:
          mark_footnoted(i, removal);
          break;
        case MarkerAction::disclosure:
          mark_disclosed(i, removal);
          break;
        case MarkerAction::jobs_section:
          mark_jobs(i, removal);
          break;
      }
      if (found->footer_start) m_footer_candidates.push_back({i, quote(b.text, 40)});
    }
  }

  // Vocabulary (vocabulary.hpp): chrome phrases in seven languages. A phrase
  // counts where it does a marker's job, as in find_marker: in a short
  // block, among a block's first words, or in a moderate block late in the
  // issue. Words a report could also use ("you are reading", "free trial")
  // never count deep inside a long paragraph.
  struct Placement {
    int short_words;  // a block this short is chrome wherever the phrase stands
    int first_words;  // else the phrase must start within these first words
    int late_words;   // or, late in the issue, the block may be this long
  };

  static Placement placement(Category c) {
    switch (c) {
      case Category::footer: return {25, 12, 80};
      case Category::imprint: return {25, 12, 120};
      case Category::view_online:
      case Category::forwarded: return {30, 10, 60};
      case Category::sponsor: return {8, 6, 0};
      case Category::advertise: return {30, 10, 80};
      case Category::house_ad: return {25, 6, 60};
      case Category::upsell:
      case Category::donation:
      case Category::deliverability: return {40, 10, 80};
      case Category::feedback:
      case Category::self_description: return {30, 8, 60};
      case Category::social: return {15, 4, 40};
    }
    return {0, 0, 0};
  }

  static RemovalKind kind_of(Category c) {
    switch (c) {
      case Category::footer: return RemovalKind::footer;
      case Category::imprint: return RemovalKind::legal;
      case Category::sponsor: return RemovalKind::sponsor;
      case Category::advertise:
      case Category::house_ad:
      case Category::upsell:
      case Category::donation: return RemovalKind::promo;
      case Category::social: return RemovalKind::social;
      case Category::view_online:
      case Category::forwarded:
      case Category::feedback:
      case Category::deliverability:
      case Category::self_description: break;
    }
    return RemovalKind::chrome;
  }

  // The start of `text` up to its n-th space (all of it when shorter).
  static std::string_view first_words(std::string_view text, int n) {
    std::size_t at = 0;
    for (int k = 0; k < n; ++k) {
      at = text.find(' ', at + 1);
      if (at == std::string_view::npos) return text;
    }
    return text.substr(0, at);
  }

  // Whether block i is one short link and nothing else: a button.
  bool is_whole_link(std::size_t i) const {
    const auto& links = block(i).links;
    if (links.size() != 1 || m_info[i].words >= 8) return false;
    std::string text = fold_for_match(links.front().text);
    std::string_view folded = m_info[i].folded;
    while (!text.empty() && text.back() == ' ') text.pop_back();
    while (!folded.empty() && folded.back() == ' ') folded.remove_suffix(1);
    return !text.empty() && folded == text;
  }

  // Where the text of a link that ends block i starts in its folded text
  // (the block's button), or 0 when no link ends it.
  std::size_t button_at_end(std::size_t i) const {
    const auto& links = block(i).links;
    if (links.empty()) return 0;
    std::string text = fold_for_match(links.back().text);
    while (!text.empty() && text.back() == ' ') text.pop_back();
    std::string_view folded = m_info[i].folded;
    while (!folded.empty() && folded.back() == ' ') folded.remove_suffix(1);
    if (count_words(text) == 0 || !folded.ends_with(text) || folded.size() == text.size()) return 0;
    return folded.size() - text.size();
  }

  // A ticket line under an event's story ("Biglietti: 18 € in prevendita,
  // 22 € alla porta. <a>Prenota il tuo posto</a>"): a few words that name
  // the prices and no chrome, right under the story's paragraph in the same
  // section, then the button. The button books what the story reports,
  // where an ad under a story brings its own title or copy.
  bool books_story_above(std::size_t i, std::size_t button) const {
    if (i == 0 || block(i).kind != BlockKind::paragraph) return false;
    const std::size_t above = i - 1;
    const Info& story = m_info[above];
    if (!open(above) || block(above).kind != BlockKind::paragraph || story.heading_like || story.words < 20)
      return false;
    const std::string_view before = std::string_view(m_info[i].folded).substr(0, button);
    return count_words(before) <= 15 && count_prices(before) > 0 && find_vocabulary(before).empty();
  }

  // A name, a comma, then the phrase at `pos`, as a partner's label reads
  // ("Banco Levante, entidad colaboradora de ..."): at most five words
  // before it and no sentence among them. A label is short and no
  // sentence ("Il museo, partner ufficiale della Biennale, apre ..." is).
  static bool appositive(std::string_view folded, std::size_t pos) {
    std::string_view before = folded.substr(0, pos);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    if (!before.ends_with(',')) return false;
    before.remove_suffix(1);
    return count_words(before) <= 5 && before.find_first_of(".!?:") == std::string_view::npos;
  }

  // Text wrapped whole in square brackets.
  static bool is_aside(std::string_view folded) {
    while (!folded.empty() && folded.back() == ' ') folded.remove_suffix(1);
    return folded.size() > 2 && folded.front() == '[' && folded.back() == ']';
  }

  // Whether the block ends with '!', a link after it aside.
  static bool exclaims(std::string_view folded) {
    while (true) {
      while (!folded.empty() && (folded.back() == ' ' || folded.back() == '"' || folded.back() == ')')) folded.remove_suffix(1);
      const std::size_t space = folded.rfind(' ');
      const std::string_view last = folded.substr(space == std::string_view::npos ? 0 : space + 1);
      if (!(last.starts_with("http") || last.starts_with("www."))) break;
      folded.remove_suffix(last.size());
    }
    return !folded.empty() && folded.back() == '!';
  }

  // A navigation row: three or more short labels between bars or dots
  // ("Contact | Become a partner | About us", "Home · Search · Archive").
  static bool is_navigation_row(std::string_view text, int min_parts = 3) {
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

  // The word lists these read are rows of vocabulary.cpp (WordList).
  static bool sponsor_stem(std::string_view phrase) { return has_listed_word(WordList::sponsor_stem, phrase); }

  // Whether a block thanks whoever it names ("kindly supported by", "Merci
  // à eux !", "Danke an"): a support phrase in the middle of a short line
  // that thanks is a credit, where a report would only state who funds what.
  static bool thanks(std::string_view folded) { return has_listed_word(WordList::thanks, folded); }

  // Whether the words before a sponsor phrase name the issue itself ("This
  // edition is supported by", "Questo numero è realizzato in collaborazione
  // con"), the content beside it ("Contenuto offerto da") or the season a
  // programme letter reports on: then the phrase says who paid for the
  // newsletter or its publisher, not for a product the newsletter sells.
  static bool names_issue(std::string_view text) {
    return has_listed_word(WordList::issue, text) || has_listed_word(WordList::issue_opening, text);
  }

  // Whether the words before a sponsor phrase open with the publisher's
  // own work ("Our spring campaign counts on the support of", "Onze
  // leesclub draait met een bijdrage van"): a credit, where "the new
  // bridge is built with a contribution of" is a report.
  static bool names_own_work(std::string_view before) { return has_listed_word(WordList::own_work, before); }

  void mark_vocabulary() {
    for (std::size_t i = 0; i < size(); ++i) {
      const Block& b = block(i);
      const Info& info = m_info[i];
      if (!open(i) || info.words == 0 || b.kind == BlockKind::image || b.kind == BlockKind::separator) continue;
      const bool late = position(i) >= 0.6;
      const bool short_line = info.words <= 8 && !ends_like_sentence(info.folded);
      const bool aside = is_aside(info.folded);
      // In a long block a phrase counts only among the first words (see
      // placement): only they are read, which is most of the speed.
      std::string_view read = info.folded;
      // A block that names a discount is read whole up to 60 words: its
      // small print comes last.
      const bool discount = info.words > 40 && info.words <= 60 && offer_signals(info.folded).has(OfferSignal::discount);
      if (info.words > 40 && !(late && info.words <= 120) && !(aside && info.words <= 60) && !discount) {
        read = first_words(read, 16);
      }
      const std::vector<VocabularyHit> hits = find_vocabulary(read);
      if (hits.empty()) continue;
      const std::size_t button = button_at_end(i);
      for (const VocabularyHit& h : hits) {
        const Placement p = placement(h.category);
        const int before = count_words(std::string_view(info.folded).substr(0, h.pos));
        // A bracketed aside ("[PSA: ...]") is the publisher stepping out of
        // the issue: a phrase anywhere in it counts.
        // The button that ends a block ("... Die Teilnahme ist kostenlos.
        // <a>Platz reservieren</a>") is the block's call to action: a
        // promo phrase there counts wherever the block stands.
        const bool promo = h.category == Category::house_ad || h.category == Category::upsell ||
                           h.category == Category::donation || h.category == Category::advertise;
        bool placed = h.label_only ? (short_line || info.heading_like)
                                   : info.words <= p.short_words || before <= p.first_words ||
                                         (late && info.words <= p.late_words) || (aside && info.words <= 60) ||
                                         (promo && button > 0 && h.pos >= button && info.words <= 60);
        // "in partnership with", "presented by" open a sponsor's label; in
        // the middle of a line they are a shop's own offer ("our airline in
        // partnership with an insurer"). Only a word of the sponsor stem
        // itself ("sponsored", "patrocinado") marks it from further in.
        // A short block that thanks whoever the phrase names ("Le club
        // remercie X, partenaire de notre saison") is a credit wherever
        // the phrase stands in it.
        if (h.category == Category::sponsor && !h.label_only && info.words <= 25 && thanks(info.folded)) placed = true;
        // Coupon small print ("one coupon per household", "cannot be
        // combined") in a block that names a discount is the offer's.
        if (h.category == Category::imprint && info.words <= 60 && offer_signals(info.folded).has(OfferSignal::discount))
          placed = true;
        if (h.category == Category::sponsor && !h.label_only && before > 0) {
          placed =
              placed && (sponsor_stem(h.phrase) || names_issue(h.phrase) ||
                         (info.words <= 12 && !ends_like_sentence(info.folded) && appositive(info.folded, h.pos)) ||
                         names_issue(std::string_view(info.folded).substr(0, h.pos)) ||
                         names_own_work(std::string_view(info.folded).substr(0, h.pos)) ||
                         (info.words <= 40 && thanks(info.folded)));
        }
        if (!placed) continue;
        if (promo && button > 0 && h.pos >= button && books_story_above(i, button)) continue;
        const Removal r{kind_of(h.category), quote(h.phrase) + " (vocabulary: " + std::string(category_name(h.category)) +
                                                 ", " + std::string(language_code(h.language)) + ")"};
        if (h.category == Category::sponsor && (short_line || info.heading_like)) {
          // A label over an ad owns its section; a label with nothing after
          // the phrase ("In partnership with") stands over a logo.
          const bool bare = !h.label_only && count_words(std::string_view(info.folded).substr(h.pos + h.phrase.size())) == 0;
          if (bare) {
            mark_bare_label(i, r);
          } else {
            mark_section(i, r);
          }
        } else {
          remove(i, r);
        }
        if (h.category == Category::footer || h.category == Category::imprint) {
          m_footer_candidates.push_back({i, quote(b.text, 40)});
        }
        break;
      }
    }
  }

  // Link evidence (evidence.hpp): a short block whose links all go to
  // unsubscribe and preference pages (or the List-Unsubscribe host) is the
  // footer; one whose links are all share intents or social profiles is a
  // share row; all app-store links, an app promotion. Whatever the language.
  void mark_links() {
    // Many platforms send every click through the List-Unsubscribe host,
    // and many publishers host their own list: when a headline, a story (a
    // long block, or one titled by its link) or more than a few blocks link
    // there, the host tells nothing, and only the paths of its links do.
    std::string_view unsubscribe_host = m_context.list_unsubscribe_host;
    if (!unsubscribe_host.empty()) {
      int linking = 0;
      bool editorial = false;
      for (std::size_t i = 0; i < size(); ++i) {
        const auto& links = block(i).links;
        if (std::none_of(links.begin(), links.end(), [&](const Link& l) { return url_host(l.url) == unsubscribe_host; }))
          continue;
        ++linking;
        // A block titled by its link ("<a>The festival moves to September</a>:
        // the organisers want calmer winds") is a story of a link roundup.
        const Link& first = links.front();
        const bool titled_by_link = url_host(first.url) == unsubscribe_host && count_words(first.text) >= 3 &&
                                    m_info[i].folded.starts_with(fold_for_match(first.text));
        editorial = editorial || m_info[i].heading_like || m_info[i].words > 25 || titled_by_link;
      }
      if (linking > 3 || editorial) unsubscribe_host = {};
    }
    // Store badges set as images without words lead the block after them
    // (their links come first in it, with no text): the app's copy is the
    // block above them, whatever became of the block they lead.
    for (std::size_t i = 1; i < size(); ++i) {
      const auto& links = block(i).links;
      if (std::any_of(links.begin(), links.end(), [&](const Link& l) {
            return l.text.empty() && link_role(l, unsubscribe_host) == LinkRole::app_store;
          }))
        mark_app_copy_above(i, {RemovalKind::promo, "leads image links to app stores"});
    }
    for (std::size_t i = 0; i < size(); ++i) {
      const Block& b = block(i);
      const Info& info = m_info[i];
      if (!open(i) || b.links.empty() || b.kind == BlockKind::separator || info.words > 120) continue;
      const bool late = position(i) >= 0.6;
      int counted = 0;
      int subscription = 0;
      int share = 0;
      int profiles = 0;
      int stores = 0;
      int surveys = 0;
      int referrals = 0;
      int signups = 0;
      int longest_other = 0;  // words of the longest link text that is no app store's
      for (const Link& link : b.links) {
        const LinkRole role = link_role(link, unsubscribe_host);
        if (link.url.empty()) continue;
        ++counted;
        if (role != LinkRole::app_store) longest_other = std::max(longest_other, count_words(link.text));
        subscription += role == LinkRole::subscription;
        share += role == LinkRole::share_intent;
        profiles += role == LinkRole::social_profile;
        stores += role == LinkRole::app_store;
        surveys += role == LinkRole::survey;
        referrals += role == LinkRole::referral;
        signups += role == LinkRole::signup;
      }
      if (counted == 0) continue;
      if (is_navigation_row(info.folded) && counted >= 2) {
        remove(i, {RemovalKind::chrome, "navigation row"});
        continue;
      }
      if (subscription > 0 && (info.words <= 40 || (late && info.words <= 120))) {
        remove(i, {RemovalKind::footer, "links to an unsubscribe or preferences page"});
        m_footer_candidates.push_back({i, quote(b.text, 40)});
      } else if (share + profiles == counted && info.words <= 6 + 3 * counted && (share > 0 || profiles >= 2)) {
        remove(i, {RemovalKind::social, share > 0 ? "links only to share intents" : "links only to social profiles"});
      } else if (stores == counted && info.words <= 30) {
        const Removal reason{RemovalKind::promo, "links only to app stores"};
        remove(i, reason);
        mark_app_copy_above(i, reason);
      } else if (signups == counted && info.words <= 30 && position(i) < 0.1 && !info.heading_like) {
        // "Quelqu'un vous a fait suivre ce message ? Pour le recevoir
        // ... : https://.../lettre": the forwarded copy's sign-up line.
        remove(i, {RemovalKind::chrome, "in the header, a short line linking only to a sign-up page"});
      } else if (referrals == counted && info.words <= 45) {
        const Removal reason{RemovalKind::promo, "links only to a referral page"};
        remove(i, reason);
        mark_box_title(i, reason);
      } else if (stores >= 2 && stores + 1 == counted && longest_other <= 3 && info.words <= 20) {
        // The app row's own "All devices" or "Other platforms" beside the stores.
        remove(i, {RemovalKind::promo, "links to app stores and one short link more"});
      } else if (surveys == counted && info.words <= 20) {
        remove(i, {RemovalKind::chrome, "links only to a survey or rating page"});
      } else if (is_rating_scale(b.links) && info.words <= 4 * counted) {
        remove(i, {RemovalKind::chrome, "a rating scale: " + std::to_string(counted) + " links to one page"});
      }
    }
  }

  // The app's box: over its store badges, a short line without links
  // that names the app ("Fahrplan, Echtzeit und Handyticket in einer App")
  // is its copy, and a title line over that copy its title.
  void mark_app_copy_above(std::size_t badges, const Removal& reason) {
    if (badges == 0) return;
    const std::size_t j = badges - 1;
    const Info& copy = m_info[j];
    if (!open(j) || copy.heading_like || copy.words < 3 || copy.words > 30 || !block(j).links.empty() ||
        block(j).kind != BlockKind::paragraph || !names_an_app(copy.folded))
      return;
    const Removal copy_reason{reason.kind, "names an app, over the block that " + reason.evidence};
    remove(j, copy_reason);
    mark_box_title(j, copy_reason);
  }

  static bool names_an_app(std::string_view folded) {
    static const RE2 re(R"((?:^|[^\pL])(apps?|aplicativo|aplicación|applicazione|applicatie)(?:$|[^\pL]))");
    return RE2::PartialMatch(re2::StringPiece(folded.data(), folded.size()), re);
  }

  // A box's title: a short line without links right above its copy,
  // which is not a sentence ("Ticket kaufen, ohne Kleingeld zu suchen",
  // "Studiare in due è più bello"). A section's heading stays; tidy()
  // takes it when its whole section went.
  void mark_box_title(std::size_t copy, const Removal& reason) {
    if (copy == 0 || !is_ad_title(copy - 1, false)) return;
    remove(copy - 1, {reason.kind, "the title of a box whose copy " + reason.evidence});
  }

  // The header zone: the blocks before the issue's first long paragraph,
  // in its first tenth. A short line there that links somewhere and
  // speaks of the web or a browser ("Leggi questo numero sul sito",
  // "Abrir no browser", "Mails lieber im Browser? Zur Ansicht im Netz")
  // points to the issue's web copy, in whatever words.
  void mark_header_web_link() {
    for (std::size_t i = 0; i < size() && position(i) < 0.1; ++i) {
      const Info& info = m_info[i];
      if (info.words > 40) break;
      if (!open(i) || info.heading_like || info.words == 0 || info.words > 20) continue;
      const auto& links = block(i).links;
      if (std::none_of(links.begin(), links.end(), [](const Link& l) { return !l.url.empty(); })) continue;
      if (!has_listed_word(WordList::web, info.folded)) continue;
      remove(i, {RemovalKind::chrome, "in the header, a short line linking to the web"});
    }
  }

  // A visible preheader: above the header's line to the issue's web copy,
  // a short line without links that does not end like a sentence and
  // counts the issue's items ("Le marché de février, trois recettes et une
  // astuce anti-gaspillage", "Five links and two recipes") is the inbox
  // preview's teaser, printed by the template. A teaser that tells the
  // lead story instead ("Plus a library for the terminal") counts nothing,
  // and stays, since it may carry the story's one fact.
  void mark_header_teaser() {
    std::size_t web_line = size();
    for (std::size_t i = 0; i < size() && position(i) < 0.1; ++i) {
      const auto& reason = m_info[i].reason;
      if (!reason || reason->kind != RemovalKind::chrome) continue;
      const std::vector<VocabularyHit> hits = find_vocabulary(m_info[i].folded);
      const bool web = (!block(i).links.empty() && has_listed_word(WordList::web, m_info[i].folded)) ||
                       std::any_of(hits.begin(), hits.end(),
                                   [](const VocabularyHit& h) { return h.category == Category::view_online; });
      if (web) {
        web_line = i;
        break;
      }
    }
    for (std::size_t i = 0; i < web_line; ++i) {
      const Info& info = m_info[i];
      if (!open(i) || info.heading_like || info.words < 3 || info.words > 16 || !block(i).links.empty()) continue;
      if (ends_like_sentence(info.folded) || !has_listed_word(WordList::contents, info.folded)) continue;
      remove(i, {RemovalKind::chrome,
                 "in the header, above the line to the web copy, a teaser counting the issue's items"});
    }
  }

  // An ad label leading a block's copy ("ANZEIGE Werkzeugkoffer, 120
  // Teile ...", "Publicidad: abre tu cuenta ..."), as plain-text layouts
  // print it on the ad's first line: the label word of the vocabulary, in
  // capitals before copy that is not, or followed by a colon. A sentence
  // that only starts with the word ("Anzeige erstattet ...") has neither.
  void mark_leading_ad_label() {
    for (std::size_t i = 0; i < size(); ++i) {
      const Info& info = m_info[i];
      if (!open(i) || info.heading_like || info.words < 4 || block(i).kind != BlockKind::paragraph) continue;
      std::string_view text = block(i).text;
      while (!text.empty() && (text.front() == '*' || text.front() == '[' || text.front() == ' ')) text.remove_prefix(1);
      const std::size_t end = text.find_first_of(" :]*\n");
      if (end == std::string_view::npos || end == 0) continue;
      const std::string_view word = text.substr(0, end);
      std::string_view rest = text.substr(end);
      const bool colon = rest.find_first_not_of(" ]*") != std::string_view::npos &&
                         rest[rest.find_first_not_of(" ]*")] == ':';
      int letters = 0;
      bool lower = false;
      for (std::size_t k = 0; k < word.size();) {
        const char32_t c = next_code_point(word, k);
        letters += is_word_code_point(c) ? 1 : 0;
        lower = lower || is_lower_letter(c);
      }
      // The next word is copy, not more capitals ("ADVERTISING BY E-MAIL" is a title).
      rest = rest.substr(std::min(rest.size(), rest.find_first_not_of(" :]*\n")));
      rest = rest.substr(0, rest.find(' '));
      bool rest_lower = false;
      for (std::size_t k = 0; k < rest.size() && !rest_lower;) rest_lower = is_lower_letter(next_code_point(rest, k));
      if (letters < 3 || !(colon || (!lower && rest_lower))) continue;
      for (const VocabularyHit& h : find_vocabulary(fold_for_match(word))) {
        if (h.category != Category::sponsor || !h.label_only) continue;
        remove(i, {RemovalKind::sponsor, "the ad label " + quote(word) + " leads the block (vocabulary: sponsor, " +
                                             std::string(language_code(h.language)) + ")"});
        break;
      }
    }
  }

  // The header zone: the blocks above the issue's first heading or long
  // paragraph, in its first tenth. The date and issue-number line there
  // ("July 16, 2025 | Issue #87", "Jeudi 6 février · n° 112", "#400 —
  // February 18, 2022") is the template's: nothing but dates, numbers and
  // the words of an issue's number.
  void mark_header_zone() {
    for (std::size_t i = 0; i < size() && position(i) < 0.1; ++i) {
      const Info& info = m_info[i];
      if (info.words > 40 || (block(i).kind == BlockKind::heading && i > 0)) break;
      if (!open(i) || info.heading_like || info.words == 0 || info.words > 12) continue;
      if (is_date_line(info.folded) || (one_line_place(i) && is_date_line(after_place(info.folded))))
        remove(i, {RemovalKind::chrome, "in the header, a line of date and issue number"});
    }
    // The masthead's lines under the issue's name, one of them dating the
    // issue: "RATSBRIEF KALTENBACH - Mai 2026" over its tagline, a firm's
    // name and title over "Circolare n. 9/2026 del 25 maggio 2026", "Boletín
    // de la comunidad · Mayo 2026". A heading (the issue's title) stays.
    for (std::size_t i = 0; i < size() && position(i) < 0.1; ++i) {
      const Info& info = m_info[i];
      if (info.words > 40 || (block(i).kind == BlockKind::heading && i > 0)) break;
      if (!open(i) || block(i).kind == BlockKind::heading || info.words == 0 || info.words > 20 ||
          !block(i).links.empty())
        continue;
      if (is_dated_masthead(block(i).text))
        remove(i, {RemovalKind::chrome, "in the header, the masthead's lines, one of them the issue's date"});
    }
    // A row of section names between bars or dots without links
    // ("Accueil • Le club • Calendrier", a plain-text issue's "News | Sport |
    // Agenda") is the site's menu or the issue's contents, not a title.
    for (std::size_t i = 0; i < size() && position(i) < 0.2; ++i) {
      const Info& info = m_info[i];
      if (!open(i) || info.words == 0 || info.words > 20) continue;
      // A row that names a price is a listing's facts ("Employer · Town ·
      // Contract · 2 300 € brut/mois"), never a menu.
      if ((is_navigation_row(info.folded, 3) || is_labelled_navigation_row(info.folded)) &&
          count_prices(info.folded) == 0) {
        remove(i, {RemovalKind::chrome, "in the header, a row of section names"});
      } else if (position(i) < 0.1 &&
                 ((is_date_line(first_segment(info.folded)) && is_navigation_row(info.folded, 2)) ||
                  (one_line_place(i) && is_dateline_with_labels(info.folded)))) {
        // The date, then the weather or the place between dots or bars
        // ("Tuesday, March 24, 2026 · Partly cloudy, 48°F"), also after the
        // place of a dateline ("Blumenau, terça-feira, 17 de março de 2026
        // · 19 °C, chuva à tarde").
        remove(i, {RemovalKind::chrome, "in the header, a line of date and labels"});
      } else if (is_menu_of_links(i)) {
        remove(i, {RemovalKind::chrome, "in the header, a row of four or more short links to one site"});
      }
    }
    // The reader's account line ("Hola, Lucía. Nº de socia: ****4821 ·
    // Saldo: 12.340 millas", "Card ending xxxx 1234"): a number printed
    // masked is the mailing's personal field, never a story's.
    for (std::size_t i = 0; i < size() && position(i) < 0.2; ++i) {
      const Info& info = m_info[i];
      if (!open(i) || info.heading_like || info.words == 0 || info.words > 25) continue;
      if (has_masked_number(info.folded)) {
        remove(i, {RemovalKind::chrome, "in the header, an account line with a masked number"});
      } else if (!ends_like_sentence(info.folded) && names_account_number(info.folded)) {
        // "Votre carte de membre 2026 : n° 40-118722 · Assistance 24h/24",
        // "Kundennummer: 5531 0087": the reader's own number, set as a label
        // rather than told in a sentence, is the mailing's personal field too.
        remove(i, {RemovalKind::chrome, "in the header, an account line with the reader's member or customer number"});
      }
    }
  }

  // A member, customer or account word, then a number sign and four digits
  // or more, in the seven languages ("n° d'adhérent 4471", "Mitgliedsnummer
  // 2231-88", "número de socio: 10442", "klantnummer 8812").
  static bool names_account_number(std::string_view folded) {
    static const RE2 re(
        R"((?:^|[^\pL])(?:(?:kunden|mitglieds|klant|lid|leden|abonnenten|vertrags)nummer|)"
        R"((?:member|customer|account|client|adhérent|membre|socio|socia|cliente|tessera|sócio|associado|abonné|)"
        R"(abonado|abbonato|assinante|mitglied|kunde|klant|lid)\pL*[^.!?]*?(?:number|no\.|nr\.|n°|nº|n\.º|)"
        R"(numéro|número|numero|#))\s?:?\s?\d[\d -]{3,})");
    return RE2::PartialMatch(re2::StringPiece(folded.data(), folded.size()), re);
  }

  static bool has_masked_number(std::string_view folded) {
    static const RE2 re(R"((?:^|[^\pL\pN])(?:\*{3,}|•{3,}|x{4,}|X{4,})[ -]?\d{2,6}(?:$|[^\pN]))");
    return RE2::PartialMatch(re2::StringPiece(folded.data(), folded.size()), re);
  }

  // A place, a date, then labels between bars or dots.
  static bool is_dateline_with_labels(std::string_view text) {
    const std::string_view date = first_segment(text);
    if (date.size() == text.size() || !is_date_line(after_place(date))) return false;
    // The rest: short labels ("19 °C, chuva à tarde"), no sentence.
    const std::string_view rest = text.substr(date.size());
    const int words = count_words(rest);
    return words > 0 && words <= 8 && !ends_like_sentence(rest);
  }

  // Whether block i's first comma ends its first line: a dateline's place
  // stands on the line of its date, where a masthead's name stands above it.
  bool one_line_place(std::size_t i) const {
    const std::string_view text = block(i).text;
    return text.find(',') < text.find('\n');
  }

  // A dateline's date without the place that leads it ("Blumenau,
  // terça-feira, 17 de março de 2026"): the text after the first comma when
  // one to three words without digits stand before it, else "".
  static std::string_view after_place(std::string_view text) {
    const std::size_t comma = text.find(", ");
    if (comma == std::string_view::npos || comma == 0) return {};
    const std::string_view place = text.substr(0, comma);
    const int words = count_words(place);
    if (words < 1 || words > 3 || place.find_first_of("0123456789") != std::string_view::npos) return {};
    return text.substr(comma + 2);
  }

  // A row of section names led by its own title ("IN THIS ISSUE Grants |
  // Canteen | Transport", as plain text prints a contents line): the
  // title, up to eight words and no sentence, then three or more labels.
  // A menu set as links without separators ("Series Films Kids Live sport
  // My list"): four or more links of up to three words each to one site,
  // and no word outside them. A story's title or a link roundup's item
  // has words of its own, and its links go to several sites. The logo
  // that links to the home page may stand in the row as an image without
  // words ("<a><img alt></a> Releases | Consoles | PC | Used").
  bool is_menu_of_links(std::size_t i) const {
    const Block& b = block(i);
    if (b.links.size() < 4 || count_prices(m_info[i].folded) > 0) return false;
    int linked_words = 0;
    int labels = 0;
    const std::string host = url_host(b.links.front().url);
    for (const Link& link : b.links) {
      const int w = count_words(link.text);
      if (w > 3 || host.empty() || url_host(link.url) != host || (w == 0 && !link.text.empty())) return false;
      linked_words += w;
      labels += w > 0;
    }
    return labels >= 4 && linked_words == m_info[i].words;
  }

  static bool is_labelled_navigation_row(std::string_view text) {
    const std::size_t bar = std::min({text.find(" |"), text.find(" ·"), text.find(" •")});
    if (bar == std::string_view::npos) return false;
    // The title ends where the first label's last four words start.
    const std::string_view head = text.substr(0, bar);
    const int words = count_words(head);
    if (words <= 4 || words > 12 || ends_like_sentence(head)) return false;
    return is_navigation_row(text.substr(bar + 1), 2) && count_words(text.substr(bar + 1)) <= 16 &&
           std::count(text.begin(), text.end(), '|') + count_of(text, "·") + count_of(text, "•") >= 3;
  }

  static std::ptrdiff_t count_of(std::string_view text, std::string_view what) {
    std::ptrdiff_t n = 0;
    for (std::size_t at = text.find(what); at != std::string_view::npos; at = text.find(what, at + what.size())) ++n;
    return n;
  }

  // A short block that is not a sentence and names a month of a year
  // ("Mai 2026", "25 maggio 2026", "Mayo 2026") but no time of day, as a
  // masthead dates its issue under the name and tagline.
  static bool is_dated_masthead(std::string_view text) {
    const std::string folded = fold_for_match(text);
    if (count_words(folded) > 20 || ends_like_sentence(folded) || folded.find_first_of("!?") != std::string::npos)
      return false;
    // A time of day dates an event (an outage "7. April 2026, 08:14-11:52
    // Uhr"), not the issue.
    static const RE2 time_of_day(R"((?:^|[^\pN])\d{1,2}[:.h]\d{2}(?:$|[^\pN]))");
    if (RE2::PartialMatch(re2::StringPiece(folded.data(), folded.size()), time_of_day)) return false;
    static const RE2 re(R"((?:^|[^\pL\pN])((?:\d{1,2}\.? )?(?:de )?(\pL{3,}) (?:de )?\d{4})(?:$|[^\pL\pN]))");
    re2::StringPiece input(folded.data(), folded.size());
    std::string date;
    std::string word;
    while (RE2::FindAndConsume(&input, re, &date, &word)) {
      if (word != "the" && word != "del" && word != "der" && word != "den" && word != "van" && is_date_line(date))
        return true;
    }
    // Or, after the name and a dot or bar, the issue's number with its year
    // and its word ("Vereinsblatt · Ausgabe 4/2026", "Buurtnieuws | editie 3/2026").
    for (std::string_view sep : {std::string_view(" · "), std::string_view(" | "), std::string_view(" • ")}) {
      const std::size_t at = folded.rfind(sep);
      if (at == std::string::npos) continue;
      const std::string_view last = std::string_view(folded).substr(at + sep.size());
      static const RE2 numbered(R"(\pL.*\d{4}$)");
      if (is_date_line(last) && RE2::PartialMatch(re2::StringPiece(last.data(), last.size()), numbered)) return true;
    }
    return false;
  }

  // The text before the first bar, dot or dash that separates labels.
  static std::string_view first_segment(std::string_view text) {
    std::size_t end = text.size();
    for (std::string_view sep : {std::string_view(" |"), std::string_view(" ·"), std::string_view(" •"),
                                 std::string_view(" — "), std::string_view(" - ")}) {
      end = std::min(end, text.find(sep));
    }
    return text.substr(0, end);
  }

  // A photo credit under a picture: a short line that is not a sentence,
  // led by the word for a photo and a colon or "by" ("Photo: Jan Bakker",
  // "Foto di Anna Neri") or naming a photographer and an agency around a
  // slash ("Dana Whitfield/Harbor Images", "Ana Ruiz/EFE"). A caption that
  // tells what the picture shows is a sentence and stays.
  static bool is_photo_credit(std::string_view text, std::string_view folded, int words) {
    if (words == 0 || words > 12 || ends_like_sentence(folded)) return false;
    if (has_listed_word(WordList::photo, folded)) return true;
    static const RE2 agency(
        R"((?:^|[^\pL])(?:images|photos?|pictures|press|presse|foto|fotos|agency|afp|reuters|ap|dpa|anp|efe|ansa|lusa|belga|)"
        R"(getty|shutterstock|alamy|imago|epa|keystone|staff|contributor|archive|archiv|archivo|archivio|archief|arquivo)$)");
    // One slash between names of one to four words each, every word
    // capitalised, no digits: a name, not a path, a date or a fraction.
    const std::size_t at = text.find('/');
    if (at == std::string_view::npos || text.find('/', at + 1) != std::string_view::npos) return false;
    for (std::string_view side : {text.substr(0, at), text.substr(at + 1)}) {
      int names = 0;
      std::size_t k = 0;
      while (k < side.size()) {
        while (k < side.size() && side[k] == ' ') ++k;
        if (k == side.size()) break;
        std::size_t end = side.find(' ', k);
        if (end == std::string_view::npos) end = side.size();
        const std::string_view token = side.substr(k, end - k);
        std::size_t first = 0;
        const char32_t c = next_code_point(token, first);
        if (!is_word_code_point(c) || is_lower_letter(c) || (c >= '0' && c <= '9')) return false;
        if (token.find_first_of("0123456789:@") != std::string_view::npos) return false;
        ++names;
        k = end;
      }
      if (names == 0 || names > 4) return false;
    }
    return RE2::PartialMatch(re2::StringPiece(folded.data(), folded.size()), agency);
  }

  void mark_photo_credits() {
    for (std::size_t i = 0; i < size(); ++i) {
      const Info& info = m_info[i];
      if (!open(i) || block(i).kind == BlockKind::image || block(i).kind == BlockKind::separator) continue;
      std::string_view text = block(i).text;
      while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.remove_suffix(1);
      while (!text.empty() && (text.front() == ' ' || text.front() == '\n')) text.remove_prefix(1);
      if (is_photo_credit(text, info.folded, info.words)) remove(i, {RemovalKind::chrome, "a photo credit"});
    }
  }

  // A jobs site or page, by the first label of its host or a segment of
  // its path, in the seven languages ("jobs.", "/careers", "/vacatures").
  static const RE2& jobs_page_url() {
    static const RE2 re(
        R"(^https?://(?:(?:jobs|careers|karriere|stellen|emplois?|empleos?|lavoro|vacatures|vagas)\.|[^/]+/(?:[^?#]*/)?)"
        R"((?:jobs?|job-board|jobboard|careers|stellenmarkt|stellenangebote|emplois?|empleos?|offerte-lavoro|vacatures|vagas)(?:[/?#.]|$)))");
    return re;
  }

  // A jobs box without a jobs label of its own ("Courier Jobs", "Vacatures
  // in de regio"): a short heading with a word for jobs over blocks that
  // link to a jobs site or page. The link tells it from a story about jobs.
  void mark_jobs_links() {
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
          if (links.empty() || !std::all_of(links.begin(), links.end(),
                                            [&](const Link& l) { return RE2::PartialMatch(l.url, jobs_url); }))
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
  void mark_own_job_ads() {
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
  void mark_tagged_titles() {
    for (std::size_t i = 0; i < size(); ++i) {
      const Info& info = m_info[i];
      if (!open(i) || info.words < 2 || info.words > 80 || block(i).links.empty()) continue;
      // The tag ends the block, or its first line when the copy follows
      // the title under a line break.
      const std::string_view text = block(i).text;
      const std::size_t line_end = text.find('\n', text.find_first_not_of(" \n"));
      const std::string first_line = fold_for_match(text.substr(0, line_end));
      const bool one_line =
          line_end == std::string_view::npos || text.find_first_not_of(" \n", line_end) == std::string_view::npos;
      if (count_words(first_line) > 16) continue;
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
  }

  // Classified ads under their heading ("Classifieds", "Kleinanzeigen",
  // "Petites annonces", "Classificados"): the readers' paid small ads, each
  // a short block with a phone number or a price. They run from the
  // heading while their blocks read like small ads; the first block
  // without a number to call or a price ends them.
  void mark_classifieds() {
    static const RE2 small_ad(
        R"((?:\+?\(?\d{2,4}\)?[ ./-]?\d{3,5}[ ./-]?\d{3,5})|(?:[€$£]|r\$|eur\b)\s?\d|\d\s?(?:€|eur\b|euros?\b|reais\b))");
    for (std::size_t i = 0; i < size(); ++i) {
      const Info& info = m_info[i];
      if (!open(i) || info.words == 0 || info.words > 3 || !has_listed_word(WordList::classifieds, info.folded))
        continue;
      std::size_t j = i + 1;
      int ads = 0;
      for (; j < size(); ++j) {
        if (block(j).kind == BlockKind::separator || m_info[j].heading_like) break;
        if (m_info[j].words == 0 || m_info[j].reason) continue;
        if (m_info[j].words > 50 || !RE2::PartialMatch(m_info[j].folded, small_ad)) break;
        ++ads;
      }
      if (ads < 2) continue;
      const Removal reason{RemovalKind::promo, "classified ads under " + quote(block(i).text)};
      remove(i, reason);
      for (std::size_t k = i + 1; k < j; ++k) {
        if (open(k) && m_info[k].words > 0) remove(k, reason);
      }
    }
  }

  // A rating scale ("1 2 3 4 5", "Loved it · Fine · Not for me"): three or
  // more short links to one page that differ only in their query, one
  // value each.
  static bool is_rating_scale(const std::vector<Link>& links) {
    if (links.size() < 3) return false;
    std::vector<std::string_view> queries;
    std::string_view page;
    for (const Link& link : links) {
      const std::string_view url = link.url;
      const std::size_t q = url.find('?');
      if (q == std::string_view::npos || count_words(link.text) > 3) return false;
      if (page.empty()) page = url.substr(0, q);
      if (url.substr(0, q) != page) return false;
      const std::string_view query = url.substr(q);
      if (std::find(queries.begin(), queries.end(), query) != queries.end()) return false;
      queries.push_back(query);
    }
    return true;
  }

  // Native ads: a short paragraph between stories in which a company
  // pitches itself, unlabelled. Three kinds of evidence together: its links
  // all go to one site that no other block of the issue links to (the
  // stories link elsewhere, the publisher to itself), it speaks to the
  // reader, and it asks them to act. A list item of a link roundup starts
  // with its linked title and is an item, not an ad; an issue with few
  // linked blocks gives no contrast, so the step stays out.
  void mark_native_ads() {
    std::unordered_map<std::string, int> blocks_linking;  // site -> blocks linking to it
    std::vector<std::string> only_site(size());
    std::vector<std::vector<std::string>> sites_of(size());
    int linked_blocks = 0;
    for (std::size_t i = 0; i < size(); ++i) {
      std::vector<std::string>& sites = sites_of[i];
      bool unhosted = false;
      for (const Link& link : block(i).links) {
        const std::string host = url_host(link.url);
        if (host.empty()) {
          unhosted = unhosted || !link.url.empty();
          continue;
        }
        std::string site = site_of_host(host);
        if (std::find(sites.begin(), sites.end(), site) == sites.end()) sites.push_back(std::move(site));
      }
      for (const auto& site : sites) ++blocks_linking[site];
      if (!sites.empty()) ++linked_blocks;
      if (sites.size() == 1 && !unhosted) only_site[i] = sites.front();
    }
    if (linked_blocks < 3) return;
    for (std::size_t i = 0; i < size(); ++i) {
      const Info& info = m_info[i];
      // A bold button ("<a><b>Simular agora</b></a>") reads as a heading,
      // and is still the ad's button.
      const bool button_alone = is_whole_link(i);
      if (!open(i) || only_site[i].empty() || (info.heading_like && !button_alone) || info.words > 70) continue;
      if (block(i).kind != BlockKind::paragraph && block(i).kind != BlockKind::list_item &&
          !(block(i).kind == BlockKind::heading && button_alone))
        continue;
      const bool voiced = reader_voiced_action(info.folded);
      // A paragraph alone needs the contrast of many linked blocks; a
      // button under copy that names its site carries its own evidence,
      // and so does a paragraph that names the site it links to ("Bij
      // Koersplein betaal je ... https://koersplein.example/"), as plain-text
      // issues with few links print their ads.
      const std::string name = site_name(only_site[i]);
      const bool names_site = name.size() >= 4 && letters(i).find(name) != std::string::npos;
      if (info.words >= 8 && linked_blocks < 6 && !names_site) continue;
      if (info.words < 8) {
        // A button alone ("Book a free demo", "J'en profite") under the
        // ad's copy: the copy decides, by naming the site (mark_ad_copy_above).
        if (blocks_linking[only_site[i]] > 1 || i == 0 || !(calls_to_action(info.folded) || voiced)) continue;
        const Removal reason{RemovalKind::sponsor, "a button to " + only_site[i] +
                                                       ", which no other block links to, under copy that names it"};
        if (mark_ad_copy_above(i, only_site[i], reason)) {
          remove(i, reason);
        } else if (const Removal pitched{RemovalKind::sponsor,
                                         "a button to " + only_site[i] +
                                             ", which no other block links to, under copy that pitches to the reader"};
                   mark_ad_copy_above(i, only_site[i], pitched, true, voiced)) {
          remove(i, pitched);
        }
        continue;
      }
      // The ad's own title, image or button right next to it may link to
      // the same site; anything further away is the issue linking to it.
      int near = 1;
      if (starts_with_link_title(i)) continue;
      for (std::size_t j = i > 2 ? i - 2 : 0; j < std::min(size(), i + 3); ++j) {
        const auto& near_sites = sites_of[j];
        if (j != i && std::find(near_sites.begin(), near_sites.end(), only_site[i]) != near_sites.end()) ++near;
      }
      if (blocks_linking[only_site[i]] > near) continue;
      const bool to_reader = addresses_reader(info.folded) || addresses_reader_formally(block(i).text);
      if (voiced || (to_reader && calls_to_action(info.folded))) {
        remove(i, {RemovalKind::sponsor, "only link to " + only_site[i] + ", which no other block links to" +
                                             (linked_blocks < 6 ? ", names it" : "") + ", and asks the reader to act"});
      } else if (names_site && closes_on_button_to(i, only_site[i]) && (to_reader || states_terms(info.folded)) &&
                 !is_own_name(name)) {
        // A partner's box in any words ("... oficina de RutaSol con un 15 %
        // de descuento ... <a>Ver coches</a>"): copy that names the one
        // site it links to, speaks to the reader or names a price or a
        // cut, and ends on a button there, which is not the site's name.
        remove(i, {RemovalKind::sponsor,
                   "names " + only_site[i] + ", which no other block links to, and ends on a button to it"});
      }
    }
  }

  // A boxed aside in plain text: one paragraph set between two rules
  // amid the stories (a heading above it, a heading right under the
  // second rule), without a heading of its own, that states an offer's
  // terms ("Bon plan : la boulangerie ... fait 10 % ... aux adhérents").
  // A story between rules has its heading; an aside without one that
  // names a price or a cut is a partner's offer or the house's.
  void mark_ruled_asides() {
    bool story_above = false;
    for (std::size_t i = 0; i + 3 < size(); ++i) {
      story_above = story_above || m_info[i].heading_like;
      if (block(i).kind != BlockKind::separator || block(i).level != 0 || !story_above) continue;
      const std::size_t aside = i + 1;
      const std::size_t rule = i + 2;
      if (block(rule).kind != BlockKind::separator || block(rule).level != 0 || !open(aside)) continue;
      const Info& info = m_info[aside];
      if (block(aside).kind != BlockKind::paragraph || info.heading_like || info.words < 8 || info.words > 60 ||
          !m_info[rule + 1].heading_like || !states_terms(info.folded))
        continue;
      remove(aside, {RemovalKind::promo,
                     "set apart between two rules amid the stories, without a heading, "
                     "and states an offer's terms"});
    }
  }

  // A button in the reader's voice ("Quiero ser socio", "Ich will
  // Mitglied werden", "J'en profite") is an ad's, wherever it leads: a
  // story's link names what it leads to, never who clicks. A shop's own
  // offers end on such buttons, and are its news, so a shop's issue keeps
  // them. mark_promo_boxes then takes the box's copy and title above it.
  void mark_voiced_buttons() {
    for (std::size_t i = 0; i < size(); ++i) {
      if (!open(i) || m_info[i].words > 6 || !is_whole_link(i) || !reader_voiced_action(m_info[i].folded)) continue;
      if (is_shop_issue()) return;
      remove(i, {RemovalKind::promo, "a button in the reader's voice"});
    }
  }

  // Whether block i ends on a button (a link of one to five words that
  // closes it) to `site` that does not just name the site: a story that
  // cites its source ends on the source's name, an ad on what to do there.
  bool closes_on_button_to(std::size_t i, std::string_view site) const {
    const std::size_t at = button_at_end(i);
    if (at == 0) return false;
    const Link& button = block(i).links.back();
    const int words = count_words(button.text);
    if (words > 5 || site_of_host(url_host(button.url)) != site) return false;
    // A web address printed as the link is a citation, not a button.
    const std::string letters = name_letters(button.text);
    return !letters.empty() && letters.find(site_name(site)) == std::string::npos;
  }

  // Whether `name` (a site's name) is the newsletter's own, as its chrome
  // names it (own_names), computed once.
  bool is_own_name(const std::string& name) {
    if (!m_own_names) m_own_names = own_names();
    return std::any_of(m_own_names->begin(), m_own_names->end(),
                       [&](const std::string& own) { return own.find(name) != std::string::npos; });
  }

  // A price, a percentage or a cut an offer states ("15 % de descuento",
  // "£35 instead of £45").
  static bool states_terms(std::string_view folded) {
    const OfferSignals s = offer_signals(folded);
    return s.has(OfferSignal::amount) || s.has(OfferSignal::discount) || s.has(OfferSignal::purchase);
  }

  // The publisher's shop: a button whose links all go to a host named for
  // a shop ("shop.club.example", "boutique.journal.example") is a house
  // ad when few of the issue's blocks link there. A shop's own newsletter
  // links most of its blocks to its shop, and its offers are its news.
  // A shop the site keeps under a path ("club.example/shop") is the same
  // house ad, and its box's copy, which links there too, goes with it
  // ("This season's hoodie, ... <a>Order yours</a>").
  void mark_shop_buttons() {
    std::unordered_map<std::string, int> blocks_linking;  // host, or host and shop path, -> blocks linking to it
    std::vector<std::string> only_host(size());
    std::vector<std::string> only_shop_path(size());
    int linked_blocks = 0;
    for (std::size_t i = 0; i < size(); ++i) {
      std::vector<std::string> hosts;
      std::vector<std::string> shops;
      bool all_shop_paths = !block(i).links.empty();
      for (const Link& link : block(i).links) {
        std::string host = url_host(link.url);
        std::string shop = shop_path(link.url, host);
        all_shop_paths = all_shop_paths && !shop.empty();
        if (!shop.empty() && std::find(shops.begin(), shops.end(), shop) == shops.end()) shops.push_back(shop);
        if (!host.empty() && std::find(hosts.begin(), hosts.end(), host) == hosts.end())
          hosts.push_back(std::move(host));
      }
      for (const auto& host : hosts) ++blocks_linking[host];
      for (const auto& shop : shops) ++blocks_linking[shop];
      if (!hosts.empty()) ++linked_blocks;
      if (hosts.size() == 1 && block(i).links.size() == hosts.size()) only_host[i] = hosts.front();
      if (all_shop_paths && shops.size() == 1) only_shop_path[i] = shops.front();
    }
    if (linked_blocks < 6) return;
    for (std::size_t i = 0; i < size(); ++i) {
      if (!open(i)) continue;
      const std::string& shop = only_shop_path[i];
      if (!shop.empty() && blocks_linking[shop] * 4 <= linked_blocks && !m_info[i].heading_like &&
          m_info[i].words <= 45 && block(i).kind == BlockKind::paragraph) {
        const Removal reason{RemovalKind::promo, "links only to the publisher's shop (" + shop +
                                                     "), which few of the issue's blocks link to"};
        remove(i, reason);
        mark_box_title(i, reason);
        continue;
      }
      const std::string& host = only_host[i];
      if (host.empty() || m_info[i].words > 4 || !is_whole_link(i)) continue;
      if (blocks_linking[host] * 4 > linked_blocks) continue;
      const std::string label = host.substr(0, host.find('.'));
      if (label == host || !has_listed_word(WordList::shop, label)) continue;
      remove(i, {RemovalKind::promo,
                 "a button to the publisher's shop (" + host + "), which few of the issue's blocks link to"});
    }
  }

  // "host/segment" when the first segment of a link's path names a shop
  // ("/shop", "/boutique", "/tienda"), else "".
  static std::string shop_path(std::string_view url, const std::string& host) {
    if (host.empty()) return {};
    const std::string folded = fold_for_match(url);
    const std::size_t at = folded.find(host);
    if (at == std::string::npos) return {};
    std::string_view rest = std::string_view(folded).substr(at + host.size());
    if (!rest.starts_with('/')) return {};
    rest.remove_prefix(1);
    const std::string_view segment = rest.substr(0, rest.find_first_of("/?#"));
    if (segment.empty() || segment.find_first_of(".-_") != std::string_view::npos ||
        !has_listed_word(WordList::shop, segment))
      return {};
    return host + "/" + std::string(segment);
  }

  // The sponsor's own links: a sponsor credit that links to its sponsor
  // ("Together with <a>Acme</a>") names the site of the issue's ad for it.
  // A short block further on whose links all go there is that ad's button
  // or copy; the ad's copy just above it goes too when it names the
  // sponsor's site, and so does the ad's title line above that copy. Sites
  // that open blocks link to often (the publisher's own, a click tracker
  // wrapping every link) tell nothing.
  void mark_sponsor_links() {
    // Sites the publisher's own chrome links to (its web copy, its
    // referral page, its preferences) are its own, not a sponsor's.
    std::unordered_map<std::string, int> open_linking;
    for (std::size_t i = 0; i < size(); ++i) {
      const auto& reason = m_info[i].reason;
      const bool own_chrome = reason && (reason->kind == RemovalKind::footer || reason->kind == RemovalKind::chrome ||
                                         reason->kind == RemovalKind::legal);
      if (!open(i) && !own_chrome) continue;
      for (const auto& site : sites_of(i)) open_linking[site] += own_chrome ? 3 : 1;
    }
    if (!m_context.list_unsubscribe_host.empty()) open_linking[site_of_host(m_context.list_unsubscribe_host)] += 3;
    std::vector<std::string> sponsor_sites;
    std::string credit;
    for (std::size_t i = 0; i < size(); ++i) {
      if (!m_info[i].reason || m_info[i].reason->kind != RemovalKind::sponsor || m_info[i].words > 30) continue;
      for (auto& site : sites_of(i)) {
        if (open_linking[site] > 2 || std::find(sponsor_sites.begin(), sponsor_sites.end(), site) != sponsor_sites.end())
          continue;
        sponsor_sites.push_back(std::move(site));
        if (credit.empty()) credit = quote(block(i).text, 40);
      }
    }
    if (sponsor_sites.empty()) return;
    for (std::size_t i = 0; i < size(); ++i) {
      const Info& info = m_info[i];
      if (info.is_protected || info.heading_like || info.words > 30 || block(i).kind == BlockKind::separator) continue;
      const std::vector<std::string> sites = sites_of(i);
      if (sites.empty() || !std::all_of(sites.begin(), sites.end(), [&](const std::string& site) {
            return std::find(sponsor_sites.begin(), sponsor_sites.end(), site) != sponsor_sites.end();
          }))
        continue;
      // A button another rule already took ("Jetzt 3 Monate gratis
      // sichern") still leads to the ad's copy above it.
      const Removal reason{RemovalKind::sponsor, "links only to " + sites.front() + ", the sponsor named in " + credit};
      remove(i, reason);
      mark_ad_copy_above(i, sites.front(), reason);
    }
  }

  // The newsletter speaking of itself: late in the issue, a short block
  // that names the newsletter ("Patch Notes Pro gets you ...", "A Estante
  // Aberta sai ao domingo", "Word Beursbrief Plus-lid") is its own chrome:
  // its upsell, its job board, its self-description, its appeal. The name
  // is read from the hosts its own chrome links to (the List-Unsubscribe
  // host, the web copy, the footer's links), so no table of senders is
  // needed. A block that links to another site is a story, and stays.
  void mark_own_name() {
    std::vector<std::string> names = own_names();
    // A brand's own newsletter names itself in its stories too ("the new
    // Parhelia card from Acme"): a name found in the body before the
    // late part is the issue's subject, not its chrome.
    if (names.empty()) return;
    std::erase_if(names, [&](const std::string& name) {
      for (std::size_t i = 0; i < size() && position(i) < 0.5; ++i) {
        if (position(i) >= 0.1 && open(i) && letters(i).find(name) != std::string::npos) return true;
      }
      return false;
    });
    if (names.empty()) return;
    for (std::size_t i = 0; i < size(); ++i) {
      const Info& info = m_info[i];
      if (!open(i) || info.heading_like || info.words < 3 || info.words > 60 || position(i) < 0.5) continue;
      if (block(i).kind != BlockKind::paragraph && block(i).kind != BlockKind::list_item) continue;
      // An item of a link list: titled by its link, or citing its source
      // in brackets at its end ("... including at Acme Weekly [WSJ]").
      if (titled_by_link(i) || cites_source(info.folded)) continue;
      // A time window ("between 22:00 and 23:00", "de 9h15 à 12h30") is a
      // schedule the issue announces (a maintenance, an opening), news
      // even where the line points to the publisher's own pages.
      if (names_time_window(info.folded)) continue;
      bool elsewhere = false;
      for (const Link& link : block(i).links) {
        const std::string host = url_host(link.url);
        elsewhere = elsewhere || (!host.empty() && !names_host(names, host));
      }
      if (elsewhere) continue;
      for (const auto& name : names) {
        if (letters(i).find(name) == std::string::npos) continue;
        const bool pitch = !block(i).links.empty() || calls_to_action(info.folded);
        remove(i, {pitch ? RemovalKind::promo : RemovalKind::chrome,
                   "names the newsletter itself (\"" + name + "\", the host of its own links), late in the issue"});
        break;
      }
    }
  }

  // Two times of day in one block ("22:00", "9h15"): a window.
  static bool names_time_window(std::string_view folded) {
    static const RE2 k_time(R"((?:^|[^\d.:])(?:[01]?\d|2[0-3])[:h][0-5]\d(?:$|[^\d]))");
    re2::StringPiece input(folded.data(), folded.size());
    int times = 0;
    while (times < 2 && RE2::FindAndConsume(&input, k_time)) ++times;
    return times >= 2;
  }

  // A block that starts with a link of three words or more: a story's title.
  bool titled_by_link(std::size_t j) const {
    for (const auto& link : block(j).links) {
      std::string t = fold_for_match(link.text);
      if (count_words(t) >= 3 && m_info[j].folded.starts_with(t)) return true;
    }
    return false;
  }

  static bool cites_source(std::string_view folded) {
    while (!folded.empty() && folded.back() == ' ') folded.remove_suffix(1);
    if (folded.empty() || (folded.back() != ']' && folded.back() != ')')) return false;
    const std::size_t open_at = folded.find_last_of(folded.back() == ']' ? '[' : '(');
    return open_at != std::string_view::npos && count_words(folded.substr(open_at)) <= 3;
  }

  // The newsletter's name, in name_letters: the labels of the hosts its own
  // chrome links to (its List-Unsubscribe host, the web-copy line in the
  // header, the footer's links, not social profiles, share intents or app
  // stores), and the publisher its copyright or address line starts with.
  std::vector<std::string> own_names() const {
    std::vector<std::string> names;
    auto add_host = [&names](std::string_view host) {
      const std::size_t tld = host.rfind('.');
      if (tld == std::string_view::npos) return;
      host = host.substr(0, tld);
      while (!host.empty()) {
        const std::size_t dot = host.find('.');
        std::string label = name_letters(host.substr(0, dot));
        static constexpr std::string_view k_generic[] = {"email", "newsletter", "newsletters", "mailing", "click",
                                                         "links", "lists", "track", "info", "mail", "news"};
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
        if (role != LinkRole::other && role != LinkRole::subscription) continue;
        const std::string host = url_host(link.url);
        if (!host.empty()) add_host(host);
      }
    }
    return names;
  }

  static bool names_host(const std::vector<std::string>& names, std::string_view host) {
    const std::string letters = name_letters(host);
    return std::any_of(names.begin(), names.end(),
                       [&](const std::string& name) { return letters.find(name) != std::string::npos; });
  }

  // The copy above an ad's button: the paragraph right above it, without
  // links of its own, when it names the advertised site ("Gridwise connects
  // your meters" over a button to gridwise.example, "Con Cuenta Nube ganas"
  // over one to cuentanube.example), and the ad's short title line right
  // above that copy. `pitch`: copy that does not name the site goes too when
  // it reads as an ad's copy: it speaks to the reader and either asks them
  // to act or names an offer's terms ("Vergleichen Sie ... und sparen Sie
  // bis zu 40.000 Euro, kostenlos und unverbindlich").
  // Returns whether the copy went.
  // `boxed`: the button speaks for the reader ("Je me renseigne"), and a
  // bold title over copy that addresses the reader is the box's pitch.
  bool mark_ad_copy_above(std::size_t button, std::string_view site, const Removal& reason, bool pitch = false,
                          bool boxed = false) {
    const std::string name = site_name(site);
    if (name.size() < 4 || button == 0) return false;
    std::size_t j = button - 1;
    const Info& copy = m_info[j];
    // Copy a phrase already took as an offer ("Leia sem limites. Com o
    // Folheia ...") is still the ad's, and still tells its button.
    const bool offered = copy.reason && !copy.is_protected &&
                         (copy.reason->kind == RemovalKind::promo || copy.reason->kind == RemovalKind::sponsor);
    if (!(open(j) || offered) || copy.heading_like || copy.words == 0 || copy.words > 70 || !block(j).links.empty() ||
        block(j).kind != BlockKind::paragraph)
      return false;
    if (pitch) {
      const OfferSignals s = offer_signals(copy.folded);
      const bool terms = s.has(OfferSignal::discount) || s.has(OfferSignal::purchase) || s.has(OfferSignal::contest);
      const bool titled = boxed && j > 0 && is_ad_title(j - 1, true) && m_info[j - 1].heading_like;
      if (copy.words < 8 || !(addresses_reader(copy.folded) || addresses_reader_formally(block(j).text)) ||
          !(calls_to_action(copy.folded) || terms || titled))
        return false;
    } else if (copy.folded.find(name) == std::string::npos && letters(j).find(name) == std::string::npos) {
      // The ad's own title line may be what names the advertiser
      // ("Matrículas abertas no Colégio Aurora" over its copy and a button
      // to colegioaurora.example): title, copy and button go together.
      if (j == 0 || !is_ad_title(j - 1, true) || letters(j - 1).find(name) == std::string::npos) return false;
      remove(j, reason);
      remove(j - 1, reason);
      return true;
    }
    remove(j, reason);
    if (j == 0) return true;
    if (is_ad_title(j - 1, false)) {
      remove(j - 1, reason);
      return true;
    }
    // A box's title that names the advertiser, over up to two more short
    // lines of its copy ("Financia tu coche con Finanzas Duero" over "Cuota
    // desde 249 euros al mes" over the loan's terms): the title and the
    // lines between go too.
    for (std::size_t t = j; t-- > 0 && j - t <= 3;) {
      if (is_ad_title(t, true) && letters(t).find(name) != std::string::npos) {
        for (std::size_t k = t; k < j; ++k) remove(k, reason);
        break;
      }
      const Info& line = m_info[t];
      if (!open(t) || line.heading_like || line.words == 0 || line.words > 30 || !block(t).links.empty() ||
          block(t).kind != BlockKind::paragraph)
        break;
    }
    return true;
  }

  // A short title line without links over an ad's copy; `bold` admits
  // one set whole in bold (heading-like), as a title that names the
  // advertiser often is.
  bool is_ad_title(std::size_t t, bool bold) const {
    const Info& title = m_info[t];
    const BlockKind kind = block(t).kind;
    return open(t) && (bold || !title.heading_like) && title.words > 0 && title.words <= 12 && block(t).links.empty() &&
           (kind == BlockKind::paragraph || (bold && kind == BlockKind::heading)) && !ends_like_sentence(title.folded);
  }

  // The name a site goes by in text: its first label ("gridwise" of
  // "gridwise.example", "lamina" of "lamina-couteaux.example").
  static std::string site_name(std::string_view site) {
    std::string_view name = site.substr(0, site.find('.'));
    name = name.substr(0, name.find('-'));
    return std::string(name);
  }

  // Platform template: a block that recurs in the issues of several other
  // senders is the mailing platform's (its footer, its badge), since
  // publishers do not share news text. Headings and long blocks never go on
  // this signal alone (platform_key gives them no key).
  void mark_platform_template() {
    if (m_context.platform_senders.empty()) return;
    const bool given = m_context.block_platform_keys.size() == size();  // the caller's keys of these blocks
    for (std::size_t i = 0; i < size(); ++i) {
      if (!open(i) || m_info[i].heading_like || block(i).kind == BlockKind::image) continue;
      const std::uint64_t key = given ? m_context.block_platform_keys[i] : platform_key(block(i).text);
      if (key == 0) continue;
      auto it = m_context.platform_senders.find(key);
      if (it == m_context.platform_senders.end() || it->second < k_platform_min_senders) continue;
      remove(i, {RemovalKind::template_block, "recurs in " + std::to_string(it->second) + " other senders' issues"});
    }
  }

  // A shop's or a brand's own newsletter is its offers: they are what it
  // exists to send. Two signs tell it, either suffices. Its prices are
  // spread over its items: three blocks or more name one, at least one
  // price per 200 words (a shop with a price on most items has one per 30
  // words, a supermarket flyer one per 90 or so). Or its offers are most of
  // what it says (an issue that is one sale). A newsletter about other
  // things that carries an ad names a price now and then (two in two
  // thousand words), or a few in one block (a club's kit prices).
  bool is_shop_issue() {
    if (!m_shop_issue) m_shop_issue = count_shop_prices();
    return *m_shop_issue;
  }

  bool count_shop_prices() const {
    int prices = 0;
    int priced_blocks = 0;
    for (const auto& info : m_info) {
      int n = count_prices(info.folded);
      prices += n;
      priced_blocks += n > 0 ? 1 : 0;
    }
    return priced_blocks >= 3 && m_total_words <= prices * k_words_per_price;
  }

  void mark_offers() {
    struct Ad {
      std::size_t index;
      Removal reason;
    };
    std::vector<Ad> ads;
    int ad_words = 0;
    int open_words = 0;
    for (std::size_t i = 0; i < size(); ++i) {
      const Info& info = m_info[i];
      if (!open(i)) continue;
      open_words += info.words;
      if (info.words == 0 || info.words > k_offer_max_words) continue;
      if (block(i).kind == BlockKind::image || block(i).kind == BlockKind::separator) continue;
      OfferSignals s = offer_signals(info.folded);
      const bool core = s.has(OfferSignal::discount) || s.has(OfferSignal::purchase) || s.has(OfferSignal::contest);
      const bool short_line = info.words <= 10 && !ends_like_sentence(info.folded);
      // An exclaimed price cut ("90% off retail!!", "for only $6.95!") is
      // an ad's headline, whatever else the block says.
      const bool exclaimed_cut = info.words <= 80 && s.has(OfferSignal::discount) && s.has(OfferSignal::amount) &&
                                 exclaims(info.folded);
      const bool ad = core && (s.count() >= 4 || exclaimed_cut ||
                               (short_line && s.count() >= 2 && s.has(OfferSignal::call_to_action)));
      if (!ad) continue;
      ads.push_back({i, {RemovalKind::promo, "offer (" + s.describe() + ")"}});
      ad_words += info.words;
    }
    if (ads.empty() || ad_words * 2 >= open_words || is_shop_issue()) return;
    for (const auto& ad : ads) {
      remove(ad.index, ad.reason);
      mark_offer_title(ad.index, ad.reason);
    }
  }

  // The ad's own title line just above it ("Special Discount on ..." over
  // the offer's copy) goes with it when it names an offer itself. A
  // section's heading stays; tidy() removes it if nothing else is left.
  void mark_offer_title(std::size_t ad, const Removal& reason) {
    if (ad == 0) return;
    const std::size_t j = ad - 1;
    const Info& info = m_info[j];
    if (!open(j) || info.heading_like || info.words == 0 || info.words > 12 || ends_like_sentence(info.folded)) return;
    OfferSignals s = offer_signals(info.folded);
    if (s.has(OfferSignal::discount) || s.has(OfferSignal::purchase) || s.has(OfferSignal::contest)) remove(j, reason);
  }


  // The footer region starts at the first footer marker or sign-off with
  // little editorial text after it: at most a quarter of the issue's words
  // (and the block is in the second half of the issue).
  void mark_footer_region() {
    if (m_footer_candidates.empty()) return;
    std::sort(m_footer_candidates.begin(), m_footer_candidates.end(),
              [](const FooterCandidate& a, const FooterCandidate& b) { return a.index < b.index; });
    auto after = words_after();
    int total = after[0];
    for (const auto& c : m_footer_candidates) {
      std::size_t i = c.index;
      bool late = i * 2 >= size();
      int rest = after[i + 1];
      if (!late || rest > std::max(total / 4, 40)) continue;
      Removal reason{RemovalKind::footer, "after " + c.quoted};
      for (std::size_t j = i + 1; j < size(); ++j) remove(j, reason);
      return;
    }
  }

  // The closing separator: a rule (<hr>, a line of dashes) late in the
  // issue under which the newsletter's chrome is gathered. When only short
  // blocks follow it, none a heading, and at least half of them are already
  // known as chrome, the rest are the same chrome in words no rule has
  // (the appeal, the survey, the ad rates between the unsubscribe lines).
  void mark_closing_separator() {
    for (std::size_t i = size(); i-- > 0;) {
      // A signature delimiter under the closing rule is part of the chrome
      // it gathers (mark_signature reads it).
      if (block(i).kind != BlockKind::separator || block(i).level == 1) continue;
      if (position(i) < 0.6) return;
      int blocks = 0;
      int known = 0;
      bool short_only = true;
      for (std::size_t j = i + 1; j < size(); ++j) {
        const Info& info = m_info[j];
        if (info.words == 0 || block(j).kind == BlockKind::separator) continue;
        if (info.heading_like || info.words > 40 || info.is_protected) short_only = false;
        ++blocks;
        known += info.reason && info.reason->kind != RemovalKind::source ? 1 : 0;
      }
      if (!short_only || blocks < 3 || known * 2 < blocks || known == blocks) return;
      const Removal reason{RemovalKind::footer, "after the closing separator, where " + std::to_string(known) +
                                                    " of " + std::to_string(blocks) + " blocks are chrome"};
      for (std::size_t j = i + 1; j < size(); ++j) remove(j, reason);
      return;
    }
  }

  // The signature: in the second half of a plain-text issue, the short
  // blocks under the signature delimiter ("-- "), up to the next rule, are
  // the sender's signature, whatever they say: the membership appeal, the
  // social handles, the printer's credit, the address. A heading or a long
  // paragraph there is a story, and keeps the region.
  void mark_signature() {
    for (std::size_t i = 0; i < size(); ++i) {
      if (block(i).kind != BlockKind::separator || block(i).level != 1 || position(i) < 0.5) continue;
      std::size_t end = i + 1;
      bool short_only = true;
      while (end < size() && block(end).kind != BlockKind::separator) {
        const Info& info = m_info[end];
        if (info.heading_like || info.words > 50 || info.is_protected) short_only = false;
        ++end;
      }
      if (!short_only || end == i + 1) continue;
      const Removal reason{RemovalKind::footer, "under the signature delimiter \"-- \""};
      for (std::size_t j = i + 1; j < end; ++j) remove(j, reason);
    }
  }

  void mark_templates() {
    if (m_history.empty()) return;
    // Each earlier issue counts once per key (template_keys holds each once).
    std::unordered_map<std::string_view, int> seen;
    for (const auto& issue : m_history) {
      for (const auto& key : issue) ++seen[key];
    }
    int need = m_history.size() >= 2 ? 2 : 1;
    int of = static_cast<int>(m_history.size());
    const bool given = m_context.block_keys.size() == size();  // the caller's keys of these blocks
    for (std::size_t i = 0; i < size(); ++i) {
      if (!open(i) || m_info[i].heading_like || block(i).kind == BlockKind::image) continue;
      const std::string own = given ? std::string() : template_key(block(i).text);
      const std::string& key = given ? m_context.block_keys[i] : own;
      if (key.size() < k_min_template_key) continue;  // too short to tell boilerplate from a recurring word
      auto it = seen.find(key);
      if (it == seen.end() || it->second < need) continue;
      remove(i, {RemovalKind::template_block,
                 "recurs in " + std::to_string(it->second) + " of " + std::to_string(of) + " earlier issues"});
    }
  }

  // A short paragraph between two blocks removed as promo, or two as
  // sponsor, is the same pitch going on ("There's no other course like
  // it." between the course's offer and its enrolment date). The nearest
  // blocks with words on both sides decide; headings are never taken.
  // A promo box (its heading, its copy, its button: "Become a Friend",
  // what friends get, "Join") has longer copy: under a promo heading and
  // over a short promo button, a paragraph of up to 60 words goes too.
  void mark_between_promos() {
    std::vector<std::size_t> worded;
    for (std::size_t i = 0; i < size(); ++i) {
      if (m_info[i].words > 0 && block(i).kind != BlockKind::image) worded.push_back(i);
    }
    std::vector<std::pair<std::size_t, RemovalKind>> taken;
    for (std::size_t k = 1; k + 1 < worded.size(); ++k) {
      const std::size_t i = worded[k];
      const Info& info = m_info[i];
      if (!open(i) || info.heading_like || info.words > 60 || block(i).kind != BlockKind::paragraph) continue;
      const auto& before = m_info[worded[k - 1]].reason;
      const auto& after = m_info[worded[k + 1]].reason;
      if (!before || !after || before->kind != after->kind) continue;
      const bool boxed =
          m_info[worded[k - 1]].heading_like && m_info[worded[k + 1]].words <= 6 && !block(worded[k + 1]).links.empty();
      if (info.words > 30 && !boxed) continue;
      if (before->kind != RemovalKind::promo && before->kind != RemovalKind::sponsor) continue;
      taken.emplace_back(i, before->kind);
    }
    // Decided on the removals of the steps before, not on each other.
    for (const auto& [i, kind] : taken) {
      remove(i, {kind, "between two " + std::string(removal_kind_name(kind)) + " blocks"});
    }
  }

  // A promo box: a title line, its copy and its button, which an earlier
  // step removed as promo ("Tu carné tiene premio" over "...
  // disfrutas de un 20 % de descuento ..." over "Descubre todas las
  // ventajas"). The copy goes with its button when it speaks to the reader,
  // calls to act or states an offer's terms, or went already, and its
  // button leads where no kept story does; the box's title goes with them.
  void mark_promo_boxes() {
    std::vector<std::size_t> worded;
    for (std::size_t i = 0; i < size(); ++i) {
      if (m_info[i].words > 0 && block(i).kind != BlockKind::image && block(i).kind != BlockKind::separator)
        worded.push_back(i);
    }
    // Hosts the kept blocks link to: a button that leads where the stories
    // lead ("Get tickets" to the theatre's own pages, under its premiere)
    // is a story's, and its copy is news.
    std::unordered_set<std::string> story_hosts;
    for (std::size_t i = 0; i < size(); ++i) {
      if (!open(i)) continue;
      for (const Link& link : block(i).links) story_hosts.insert(url_host(link.url));
    }
    std::vector<std::pair<std::size_t, Removal>> taken;
    for (std::size_t k = 2; k < worded.size(); ++k) {
      const std::size_t b = worded[k];
      const std::size_t c = worded[k - 1];
      const std::size_t t = worded[k - 2];
      // A button: one link, all of the block; a sponsor's label that links
      // to the sponsor opens the next box, and is no button of this one.
      const auto& button = m_info[b].reason;
      if (!button || button->kind != RemovalKind::promo || m_info[b].words > 6 || !is_whole_link(b)) continue;
      // A button in the reader's voice is an ad's wherever it leads.
      if (story_hosts.contains(url_host(block(b).links.front().url)) && !labels_button_kind(t, b) &&
          !reader_voiced_action(m_info[b].folded))
        continue;
      const Info& copy = m_info[c];
      if (copy.heading_like || copy.words < 8 || copy.words > 60 || !block(c).links.empty() ||
          block(c).kind != BlockKind::paragraph)
        continue;
      const Removal reason{button->kind, "a box's title and copy over its " +
                                             std::string(removal_kind_name(button->kind)) + " button " +
                                             quote(block(b).text, 30)};
      const bool found = open(c);
      if (found) {
        const OfferSignals s = offer_signals(copy.folded);
        const bool terms = s.has(OfferSignal::discount) || s.has(OfferSignal::purchase) ||
                           s.has(OfferSignal::contest) || s.has(OfferSignal::deadline);
        if (!(addresses_reader(copy.folded) || addresses_reader_formally(block(c).text) ||
              calls_to_action(copy.folded) || terms))
          continue;
        taken.emplace_back(c, reason);
      } else if (!copy.reason ||
                 (copy.reason->kind != RemovalKind::promo && copy.reason->kind != RemovalKind::sponsor)) {
        continue;
      }
      // The title: a bold line, or a heading over the copy this pass found
      // (over copy an earlier step took, tidy() removes a heading as the
      // heading of a removed section).
      const Info& title = m_info[t];
      if (!open(t) || title.words == 0 || title.words > 12 || !block(t).links.empty() ||
          ends_like_sentence(title.folded))
        continue;
      const bool heading = block(t).kind == BlockKind::heading;
      if ((heading && found) || (!heading && title.heading_like)) taken.emplace_back(t, reason);
    }
    // Decided on the removals of the steps before, not on each other.
    for (const auto& [i, reason] : taken) remove(i, reason);
  }

  // A box's title labelled with the kind of thing its button signs up for
  // ("Webinar: ..." over "Register for the webinar"): the publisher's own
  // event or course, even where its button leads to the publisher's site
  // as the stories do.
  bool labels_button_kind(std::size_t title, std::size_t button) const {
    const std::string_view folded = m_info[title].folded;
    const std::size_t colon = folded.find(':');
    if (colon == std::string_view::npos || colon < 4) return false;
    const std::string_view label = folded.substr(0, colon);
    if (count_words(label) > 2) return false;
    const std::string_view text = m_info[button].folded;
    for (std::size_t at = text.find(label); at != std::string_view::npos; at = text.find(label, at + 1)) {
      const bool starts = at == 0 || text[at - 1] == ' ';
      const std::size_t end = at + label.size();
      if (starts && (end == text.size() || text[end] == ' ' || text[end] == '.' || text[end] == '!')) return true;
    }
    return false;
  }

  // Headings whose section went as sponsor, promo, jobs or chrome
  // ("VI. SPONSORSHIP INFORMATION", "SHARE THE NEWSLETTER"'s button row) go too.
  // Not the issue's masthead (its first heading), and not a heading over
  // small print only: "14.99 €" over "* Nur solange der Vorrat reicht" is an
  // offer.
  void tidy() {
    bool first_label = true;
    for (std::size_t i = 0; i < size(); ++i) {
      if (!m_info[i].heading_like) continue;
      bool masthead = first_label;
      first_label = false;
      if (!open(i) || masthead) continue;
      std::optional<RemovalKind> first_removed;
      bool kept_any = false;
      for (std::size_t j = i + 1; j < size(); ++j) {
        if (m_info[j].heading_like && (m_info[j].rank <= m_info[i].rank || !m_info[j].reason)) break;
        if (m_info[j].words == 0) continue;
        if (!m_info[j].reason) {
          kept_any = true;
          break;
        }
        if (!first_removed) first_removed = m_info[j].reason->kind;
      }
      static constexpr RemovalKind k_owning[] = {RemovalKind::sponsor, RemovalKind::promo,  RemovalKind::jobs,
                                                 RemovalKind::chrome,  RemovalKind::social, RemovalKind::template_block,
                                                 RemovalKind::source};
      bool owned = first_removed && std::find(std::begin(k_owning), std::end(k_owning), *first_removed) != std::end(k_owning);
      if (owned && !kept_any) remove(i, {RemovalKind::orphan, "heading of a removed section"});
    }
    for (std::size_t i = 0; i < size(); ++i) {
      const Block& b = block(i);
      if (b.kind == BlockKind::image || b.kind == BlockKind::separator) continue;
      if (m_info[i].words == 0 && !b.text.empty()) remove(i, {RemovalKind::empty, "no words"});
    }
  }

  CleanResult result() const {
    CleanResult r;
    r.kept.tracking_pixels = m_doc.tracking_pixels;
    r.kept.tracking_params_removed = m_doc.tracking_params_removed;
    r.kept.warnings = m_doc.warnings;
    for (std::size_t i = 0; i < size(); ++i) {
      if (m_info[i].reason) {
        const Removal& why = *m_info[i].reason;
        r.removed.push_back({block(i), reason_text(why), why.kind, why.evidence});
      } else {
        r.kept.blocks.push_back(block(i));
      }
    }
    return r;
  }
};

}  // namespace

CleanResult clean(const Document& doc, const SourceRules& rules,
                  const std::vector<std::vector<std::string>>& history) {
  CleanContext context;
  context.sender_template.reserve(history.size());
  for (const auto& issue : history) context.sender_template.push_back(template_keys(issue));
  return Cleaner(doc, rules, context).run();
}

CleanResult clean(const Document& doc, const SourceRules& rules, const CleanContext& context) {
  return Cleaner(doc, rules, context).run();
}

namespace {

bool is_history_block(const Block& b) {
  return b.kind != BlockKind::image && b.kind != BlockKind::separator && has_words(b.text);
}

// Adds `key` to `keys` unless it is too short or there already.
void add_template_key(std::string key, std::vector<std::string>& keys, std::unordered_set<std::string>& seen) {
  if (key.size() < k_min_template_key || seen.contains(key)) return;
  seen.insert(key);
  keys.push_back(std::move(key));
}

}  // namespace

std::vector<std::string> history_entry(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& b : doc.blocks) {
    if (is_history_block(b)) out.push_back(b.text);
  }
  return out;
}

std::vector<std::string> template_keys(const std::vector<std::string>& block_texts) {
  std::vector<std::string> keys;
  std::unordered_set<std::string> seen;
  for (const auto& text : block_texts) add_template_key(template_key(text), keys, seen);
  return keys;
}

std::vector<std::string> block_template_keys(const Document& doc) {
  std::vector<std::string> keys(doc.blocks.size());
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    if (doc.blocks[i].kind != BlockKind::image) keys[i] = template_key(doc.blocks[i].text);
  }
  return keys;
}

std::vector<std::string> block_template_keys(const Document& doc, const std::vector<BlockFacts>& facts) {
  if (facts.size() != doc.blocks.size()) return block_template_keys(doc);
  std::vector<std::string> keys(doc.blocks.size());
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    if (doc.blocks[i].kind != BlockKind::image) keys[i] = template_key_of_folded(facts[i].folded);
  }
  return keys;
}

std::vector<std::string> template_keys(const Document& doc, const std::vector<std::string>& block_keys) {
  std::vector<std::string> keys;
  std::unordered_set<std::string> seen;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    if (is_history_block(doc.blocks[i])) add_template_key(block_keys[i], keys, seen);
  }
  return keys;
}

std::string document_text(const Document& doc) {
  std::string out;
  for (const auto& b : doc.blocks) {
    if (b.kind == BlockKind::image || b.text.empty()) continue;
    if (!out.empty()) out.push_back('\n');
    out += b.text;
  }
  return out;
}

}  // namespace distill::transform

namespace distill::transform {

namespace {

// A token that names something the same platform footer says differently
// under each newsletter: an address, a URL, a domain.
bool is_address_like(std::string_view token) {
  if (token.find('@') != std::string_view::npos || token.find("://") != std::string_view::npos) return true;
  if (token.starts_with("www.")) return true;
  const std::size_t dot = token.find('.');
  return dot != std::string_view::npos && dot > 0 && dot + 1 < token.size() &&
         std::isalpha(static_cast<unsigned char>(token[dot + 1])) && std::isalpha(static_cast<unsigned char>(token[dot - 1]));
}

bool starts_upper(std::string_view token) {
  std::size_t i = 0;
  while (i < token.size()) {
    const char32_t c = next_code_point(token, i);
    if (!is_word_code_point(c)) continue;
    return !(c >= '0' && c <= '9') && !is_lower_letter(c);
  }
  return false;
}

}  // namespace

std::uint64_t platform_key(std::string_view text) {
  const int words = count_words_up_to(text, 40);
  if (words < 6 || words > 40) return 0;
  std::string folded;
  bool sentence_start = true;
  std::size_t at = 0;
  while (at < text.size()) {
    while (at < text.size() && std::isspace(static_cast<unsigned char>(text[at]))) ++at;
    std::size_t end = at;
    while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end]))) ++end;
    if (end == at) break;
    const std::string_view token = text.substr(at, end - at);
    at = end;
    std::string key;
    if (is_address_like(token)) {
      key = "@";
    } else if (std::any_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      key = "0";
    } else if (!sentence_start && starts_upper(token)) {
      key = "N";
    } else {
      key = template_key(token);
    }
    const char last = token.back();
    sentence_start = last == '.' || last == '!' || last == '?' || last == ':';
    if (key.empty()) continue;
    // A name of several words folds to one N.
    if (key == "N" && folded.ends_with(" N")) continue;
    folded += ' ';
    folded += key;
  }
  // FNV-1a: stable across builds and machines, as the store keeps it.
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : folded) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h == 0 ? 1 : h;
}

std::vector<std::uint64_t> platform_keys(const Document& doc) {
  return platform_keys(block_platform_keys(doc, block_facts(doc)));
}

std::vector<std::uint64_t> block_platform_keys(const Document& doc, const std::vector<BlockFacts>& facts) {
  if (facts.size() != doc.blocks.size()) return block_platform_keys(doc, block_facts(doc));
  std::vector<std::uint64_t> keys(doc.blocks.size(), 0);
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    if (facts[i].heading_like || doc.blocks[i].kind == BlockKind::image) continue;
    keys[i] = platform_key(doc.blocks[i].text);
  }
  return keys;
}

std::vector<std::uint64_t> platform_keys(const std::vector<std::uint64_t>& block_keys) {
  std::vector<std::uint64_t> keys;
  for (const std::uint64_t key : block_keys) {
    if (key != 0 && std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
  }
  return keys;
}

}  // namespace distill::transform
