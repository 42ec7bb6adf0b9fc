// How clean() decides, in the order it runs. The Cleaner and what its
// passes share are in clean_passes.hpp; each kind of evidence is told in the
// file that holds its passes.
//
// 1. Source rules (here). `keep` marks blocks no later step may remove;
//    `drop`, `drop_after` and `drop_before` remove what the user asked for.
// 2. Marker phrases and links, block by block (clean_markers.cpp), and the
//    issue's header (clean_masthead.cpp).
// 3. Sections: what a label or a tag owns (clean_sections.cpp).
// 4. Offers, native ads and partner boxes (clean_offers.cpp).
// 5. Footer region, and the newsletter naming itself (clean_footer.cpp).
// 6. Template learning from the mailbox (clean_template.cpp).
// 7. Tidying (here): a short paragraph between two promo (or two sponsor)
//    blocks is the same pitch, and so is a promo box's longer copy between
//    its promo heading and its button, and a bare button right under copy
//    that went as promo or sponsor, over a rule or removed text, is its
//    box's; a box between two rules that closes on a promo button goes
//    whole; a heading whose whole section was
//    removed goes too, and blocks without a single word (arrows, bullets,
//    separators of dashes); so does a download's mirror list (one file
//    on three hosts or more), once a lead-in above it took what it owns.
//
// Every step skips blocks already removed and blocks protected by `keep`,
// so the first reason found is the one reported.

#include "transform/clean.hpp"

#include <algorithm>
#include <optional>
#include <string_view>
#include <unordered_set>

#include "transform/ascii.hpp"
#include "transform/block_facts.hpp"
#include "transform/clean_passes.hpp"
#include "transform/evidence.hpp"
#include "transform/markers.hpp"
#include "transform/vocabulary.hpp"
#include "transform/words.hpp"

namespace distill::transform::clean_detail {

namespace {

std::string reason_text(const Removal& r) {
  if (r.kind == RemovalKind::source) return "source rule " + r.evidence;
  return std::string(removal_kind_name(r.kind)) + ": " + r.evidence;
}

// The kinds of removal whose section takes its heading along.
bool owns_heading(RemovalKind kind) {
  static constexpr RemovalKind k_owning[] = {RemovalKind::sponsor, RemovalKind::promo,  RemovalKind::jobs,
                                             RemovalKind::chrome,  RemovalKind::social, RemovalKind::template_block,
                                             RemovalKind::source};
  return std::find(std::begin(k_owning), std::end(k_owning), kind) != std::end(k_owning);
}

}  // namespace

CleanResult Cleaner::run() {
  analyse();
  apply_source_rules();
  if (m_context.heuristics) {
    keep_offer_terms();
    mark_blocks();
    mark_vocabulary();
    mark_rate_tables();
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
    mark_framed_offers();
    mark_shop_buttons();
    mark_shop_sections();
    mark_sponsor_links();
    mark_sponsor_redirects();
    mark_sponsor_captions();
    mark_voiced_buttons();
    mark_footer_region();
    mark_closing_separator();
    mark_signature();
    mark_own_name();
    mark_inbox_preview();
    mark_tagged_links();
  }
  mark_templates();
  mark_platform_template();
  if (m_context.heuristics) {
    mark_between_promos();
    mark_promo_boxes();
    mark_box_buttons();
    mark_ruled_promo_boxes();
    mark_headed_promo_boxes();
    mark_priced_cards();
    mark_affiliate_picks();
    mark_lead_in_lists();
    mark_tier_ladders();
    mark_mirror_lists();
  }
  tidy();
  return result();
}

void Cleaner::analyse() {
  std::vector<BlockFacts> facts = m_context.block_facts.size() == size() ? m_context.block_facts : block_facts(m_doc);
  for (std::size_t i = 0; i < size(); ++i) {
    static_cast<BlockFacts&>(m_info[i]) = std::move(facts[i]);
    m_total_words += m_info[i].words;
  }
  m_words_before.assign(size() + 1, 0);
  for (std::size_t i = 0; i < size(); ++i) m_words_before[i + 1] = m_words_before[i] + m_info[i].words;
}

void Cleaner::apply_source_rules() {
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

// Whether a rule (a separator block) stands between blocks a and b.
bool Cleaner::ruled_between(std::size_t a, std::size_t b) const {
  for (std::size_t j = a + 1; j < b; ++j) {
    if (block(j).kind == BlockKind::separator) return true;
  }
  return false;
}

// The blocks with words, in order: a rule and a picture have none (a
// rule's block carries no text).
std::vector<std::size_t> Cleaner::worded_blocks() const {
  std::vector<std::size_t> worded;
  for (std::size_t i = 0; i < size(); ++i) {
    if (m_info[i].words > 0 && block(i).kind != BlockKind::image) worded.push_back(i);
  }
  return worded;
}

// The first block from `j` on with words, or the rule (or the end)
// that comes before one.
std::size_t Cleaner::next_worded(std::size_t j) const {
  while (j < size() && m_info[j].words == 0 && block(j).kind != BlockKind::separator) ++j;
  return j;
}

// The last block before `j` with words, or the rule that comes after
// one; none when only blocks without words stand above.
std::optional<std::size_t> Cleaner::prev_worded(std::size_t j) const {
  while (j > 0) {
    --j;
    if (m_info[j].words > 0 || block(j).kind == BlockKind::separator) return j;
  }
  return std::nullopt;
}

// A short paragraph between two blocks removed as promo, or two as
// sponsor, is the same pitch going on ("There's no other course like
// it." between the course's offer and its enrolment date). The nearest
// blocks with words on both sides decide; headings are never taken.
// A promo box (its heading, its copy, its button: "Become a Friend",
// what friends get, "Join") has longer copy: under a promo heading and
// over a short promo button, a paragraph of up to 60 words goes too.
// A paragraph with a rule on both sides (a plain-text issue's sponsor
// box, then a rule, a tip of the issue, a rule, the sponsors' thanks)
// stands apart from both: the pitch ended at the rule. A bare button
// ends its box the same way, but a sponsor's copy and its bare button
// between the sponsor's label and its note go together. Under a promo
// label, an offer that states a price and has its small print right
// below goes with both. A promo block that closes on a colon owns the
// short lines of its list up to the next promo block.
void Cleaner::mark_between_promos() {
  const std::vector<std::size_t> worded = worded_blocks();
  std::vector<std::pair<std::size_t, RemovalKind>> taken;
  for (std::size_t k = 1; k + 1 < worded.size(); ++k) {
    const std::size_t i = worded[k];
    const Info& info = m_info[i];
    // A bare button between two promo blocks (the copy of one box above
    // it, the next box's title under it) reads as a heading, having no
    // full stop (a bold one is set as one), and is the box's button.
    const bool bare_button = info.words <= 4 && is_whole_link(i);
    if (!open(i) || info.words > 60) continue;
    const auto& before = m_info[worded[k - 1]].reason;
    const auto& after = m_info[worded[k + 1]].reason;
    if (!before || !after) continue;
    // An ad's longer button ("Order the card now and get 20 euros of
    // credit") between its copy, taken as sponsor, and its small print
    // right under it (the commission note of an affiliate offer) is the
    // ad's, when no rule sets it apart from either.
    const bool ad_button = before->kind == RemovalKind::sponsor && after->kind == RemovalKind::legal &&
                           is_whole_link(i, 12) && !ruled_between(worded[k - 1], i) && !ruled_between(i, worded[k + 1]);
    const bool button = bare_button || ad_button;
    if ((info.heading_like && !button) ||
        (block(i).kind != BlockKind::paragraph && !(button && block(i).kind == BlockKind::heading)))
      continue;
    // An offer under a promo label with its small print right below it
    // ("Reader trips", the trip and its price, "the organiser's terms
    // apply") is one box: the label, the offer and its terms.
    const bool labelled_offer = before->kind == RemovalKind::promo && after->kind == RemovalKind::legal &&
                                m_info[worded[k - 1]].words <= 3 && !ends_like_sentence(m_info[worded[k - 1]].folded) &&
                                info.words <= 40 && count_prices(info.folded) > 0;
    if (before->kind != after->kind && !labelled_offer && !ad_button) continue;
    // A block with its own heading run into it (plain text's "QUOTE OF
    // THE DAY ...") and a rule between it and either promo is a section
    // of the issue under a boxed offer, not the pitch going on; unless
    // the heading is itself a label of chrome ("FROM OUR PARTNERS ...").
    const std::string_view heading = capital_heading(block(i).text);
    if (!heading.empty() && find_vocabulary(fold_for_match(heading)).empty() &&
        (ruled_between(worded[k - 1], i) || ruled_between(i, worded[k + 1])))
      continue;
    const bool boxed =
        m_info[worded[k - 1]].heading_like && m_info[worded[k + 1]].words <= 6 && !block(worded[k + 1]).links.empty();
    // Under a short promo heading ("Partner spotlight") and over the
    // box's pitch, the copy of up to 60 words is the box's too.
    const bool headed = before->kind == RemovalKind::promo && after->kind == RemovalKind::promo &&
                        m_info[worded[k - 1]].heading_like && m_info[worded[k - 1]].words <= 4 && block(i).links.empty();
    if (info.words > 30 && !boxed && !headed) continue;
    if (before->kind != RemovalKind::promo && before->kind != RemovalKind::sponsor) continue;
    if (ruled_between(worded[k - 1], i) && ruled_between(i, worded[k + 1])) continue;
    // A bare button closes its box: the paragraph right under it starts
    // the issue again ("Apply now", then the writer's own advice).
    if (is_whole_link(worded[k - 1]) && m_info[worded[k - 1]].words <= 4 && block(i).links.empty()) continue;
    taken.emplace_back(i, before->kind);
  }
  // A sponsor's box whose copy and bare button stand between its label
  // ("Presented by ...", with the feature's title) and its partnership
  // note: the pitch and its link ("Start planning your trip") are the
  // box's. The copy has no link of its own and no rule sets it apart.
  for (std::size_t k = 1; k + 2 < worded.size(); ++k) {
    const std::size_t copy = worded[k];
    const std::size_t button = worded[k + 1];
    const auto& before = m_info[worded[k - 1]].reason;
    const auto& after = m_info[worded[k + 2]].reason;
    if (!before || !after || before->kind != RemovalKind::sponsor || after->kind != RemovalKind::sponsor) continue;
    if (!open(copy) || !open(button) || m_info[copy].heading_like || block(copy).kind != BlockKind::paragraph ||
        m_info[copy].words > 40 || !block(copy).links.empty())
      continue;
    if (m_info[button].words > 4 || !is_whole_link(button)) continue;
    if (ruled_between(worded[k - 1], copy) || ruled_between(copy, button) || ruled_between(button, worded[k + 2]))
      continue;
    taken.emplace_back(copy, RemovalKind::sponsor);
    taken.emplace_back(button, RemovalKind::sponsor);
  }
  // A promo block that closes on a colon ("Every other Tuesday, live and
  // free:") announces a list, and its lines up to the next promo block
  // ("All dates and registration") are the pitch's: short lines without
  // links, a few of them.
  for (std::size_t k = 0; k + 2 < worded.size(); ++k) {
    const std::size_t lead = worded[k];
    const auto& reason = m_info[lead].reason;
    const std::string& folded = m_info[lead].folded;
    if (!reason || reason->kind != RemovalKind::promo || folded.empty() || folded.back() != ':') continue;
    std::size_t end = k + 1;
    while (end < worded.size() && end - k <= 6 && open(worded[end]) && m_info[worded[end]].words <= 15 &&
           block(worded[end]).links.empty() && !ruled_between(worded[end - 1], worded[end]))
      ++end;
    if (end == k + 1 || end == worded.size() || end - k > 6) continue;
    const auto& close = m_info[worded[end]].reason;
    if (!close || close->kind != RemovalKind::promo || ruled_between(worded[end - 1], worded[end])) continue;
    for (std::size_t j = k + 1; j < end; ++j) taken.emplace_back(worded[j], RemovalKind::promo);
  }
  // Decided on the removals of the steps before, not on each other.
  for (const auto& [i, kind] : taken) {
    if (!open(i)) continue;
    remove(i, {kind, "between two " + std::string(removal_kind_name(kind)) + " blocks"});
  }
}

// A promo box: a title line, its copy and its button, which an earlier
// step removed as promo ("Tu carné tiene premio" over "...
// disfrutas de un 20 % de descuento ..." over "Descubre todas las
// ventajas"). The copy goes with its button when it speaks to the reader,
// calls to act, states an offer's terms (or points to them with a
// footnote's asterisk) or stands under a sponsor's label, or went
// already (as promo, sponsor or the offer's small print), and its button
// leads where no kept story does; the box's title goes with them.
void Cleaner::mark_promo_boxes() {
  const std::vector<std::size_t> worded = worded_blocks();
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
    // A box whose lines all went as promo before this pass (a plan's price,
    // its saving, its button): the name over them, a short line that is
    // no sentence ("Harbour Unlimited"), goes with them.
    if (!open(c) && !open(t)) {
      std::size_t above = k;
      int run = 0;
      while (above-- > 0 && m_info[worded[above]].reason && m_info[worded[above]].reason->kind == RemovalKind::promo)
        ++run;
      if (above < k && run >= 2 && open(worded[above]) && is_ad_title(worded[above], true) &&
          m_info[worded[above]].words <= 6)
        taken.emplace_back(worded[above], Removal{RemovalKind::promo, "the name over a box whose lines went as promo"});
      continue;
    }
    const Info& copy = m_info[c];
    // An offer's line under the box's title ("Popcorn and two drinks for
    // 11.90 instead of 14.40") has no full stop and reads as a heading;
    // its price makes it the box's copy.
    const bool offer_line = !ends_like_sentence(copy.folded) && count_prices(copy.folded) > 0 &&
                            (block(t).kind == BlockKind::heading || m_info[t].heading_like);
    if ((copy.heading_like && !offer_line) || copy.words < (offer_line ? 4 : 8) || copy.words > 60 || !block(c).links.empty() ||
        block(c).kind != BlockKind::paragraph)
      continue;
    const Removal reason{button->kind, "a box's title and copy over its " +
                                           std::string(removal_kind_name(button->kind)) + " button " +
                                           quote(block(b).text, 30)};
    const bool found = open(c);
    // A box of two short paragraphs under its title (what the offer is,
    // then where, when and at what price, over "Book your seat"): the
    // title is the block above the first.
    const auto titles = [&](std::size_t j) {
      return open(j) && m_info[j].words > 0 && m_info[j].words <= 12 && block(j).links.empty() &&
             !ends_like_sentence(m_info[j].folded) && (block(j).kind == BlockKind::heading || m_info[j].heading_like);
    };
    const bool two_part = found && k >= 3 && open(t) && block(t).kind == BlockKind::paragraph && !m_info[t].heading_like &&
                          m_info[t].words >= 5 && m_info[t].words <= 40 && block(t).links.empty() && titles(worded[k - 3]);
    if (found) {
      const OfferSignals s = offer_signals(copy.folded);
      // Copy that closes on a footnote's asterisk ("... from 4.90 a
      // month.*") refers to the offer's small print.
      std::string_view end = copy.folded;
      while (!end.empty() && (end.back() == ' ' || end.back() == '.')) end.remove_suffix(1);
      const bool footnoted = !end.empty() && end.back() == '*';
      const bool terms = offer_line || footnoted || s.has(OfferSignal::discount) || s.has(OfferSignal::purchase) ||
                         s.has(OfferSignal::contest) || s.has(OfferSignal::deadline);
      // Copy under a sponsor's label ("A word from our partner") is the
      // ad's, whatever it says.
      const bool under_label = m_info[t].reason && m_info[t].reason->kind == RemovalKind::sponsor;
      // A short line with the offer's price under the box's title ("Ten
      // issues to your door for 45 euros, and a tote bag on us") over its
      // promo button: what the button buys. One sentence: a product's
      // news told in a few ("A plan for electric cars starts in May. It
      // costs ...") is the sender's report.
      const std::string_view body = std::string_view(copy.folded).substr(0, copy.folded.size() - 1);
      const bool one_sentence = body.find(". ") == std::string_view::npos && body.find("! ") == std::string_view::npos &&
                                body.find("? ") == std::string_view::npos;
      const bool priced =
          copy.words <= 30 && one_sentence && count_prices(copy.folded) > 0 && (titles(t) || two_part);
      if (!(addresses_reader(copy.folded) || addresses_reader_formally(block(c).text) || calls_to_action(copy.folded) ||
            terms || under_label || priced))
        continue;
      taken.emplace_back(c, reason);
      if (two_part && priced) {
        taken.emplace_back(t, reason);
        taken.emplace_back(worded[k - 3], reason);
        continue;
      }
    } else if (!copy.reason || (copy.reason->kind != RemovalKind::promo && copy.reason->kind != RemovalKind::sponsor &&
                                copy.reason->kind != RemovalKind::legal)) {
      continue;
    }
    // The title: a bold line, or a heading over the copy this pass found
    // (over copy an earlier step took, tidy() removes a heading as the
    // heading of a removed section).
    const Info& title = m_info[t];
    if (!open(t) || title.words == 0 || title.words > 12 || !block(t).links.empty() || ends_like_sentence(title.folded))
      continue;
    const bool heading = block(t).kind == BlockKind::heading;
    const bool small_print = !found && copy.reason && copy.reason->kind == RemovalKind::legal;
    // A heading that asks the reader a question over an offer's copy and
    // button ("Enjoy our local reporting?" over a subscription's price) is
    // the offer's lead-in, even where a kept line follows the box.
    const bool question = title.folded.ends_with('?') &&
                          (addresses_reader(title.folded) || addresses_reader_formally(block(t).text));
    const bool asks_reader = heading && question;
    // A box drawn by its background rather than by a heading sets its
    // title as a plain line: a short name ("Winter menu, limited
    // edition") or a question to the reader over the copy found here.
    const bool plain_title = !heading && found && (question || (is_ad_title(t, false) && title.words <= 8));
    if ((heading && (found || small_print || asks_reader)) || (!heading && title.heading_like) || plain_title)
      taken.emplace_back(t, reason);
  }
  // Decided on the removals of the steps before, not on each other.
  for (const auto& [i, reason] : taken) remove(i, reason);
}

// A bare button (a link of up to four words, all of its block) right
// under copy that went as promo or sponsor is that box's button ("Get the
// offer" under a partner's deal, "Book your spot" under a trip's price):
// a story's link stands under the story, not under a pitch. It closes its
// box, so what follows it is a rule, a block already removed or the end of
// the issue; a linked title with its blurb under it (a link roundup's next
// item after a sponsor's) is no button and stays, and so does a link over
// a heading that a later story may own, unless the copy under that heading
// went as a pitch too (a row of boxes: a donation appeal, then a shop's
// calendar). In plain text the button is a short line of words and its
// one address.
void Cleaner::mark_box_buttons() {
  const std::vector<std::size_t> worded = worded_blocks();
  const auto promo_or_sponsor = [this](std::size_t j) {
    const auto& reason = m_info[j].reason;
    return reason && (reason->kind == RemovalKind::promo || reason->kind == RemovalKind::sponsor);
  };
  std::vector<std::pair<std::size_t, Removal>> taken;
  for (std::size_t k = 1; k < worded.size(); ++k) {
    const std::size_t b = worded[k];
    const Info& info = m_info[b];
    if (!open(b) || ends_like_sentence(info.folded)) continue;
    // In plain text the button is a few words and its one address, last
    // on the line ("Donate monthly <https://...>").
    bool text_button = false;
    if (block(b).links.size() == 1 && !info.heading_like) {
      const std::string_view folded = info.folded;
      const std::size_t at = folded.find("http");
      const std::size_t close = folded.find_first_of(" >", at);
      const int before = at == std::string_view::npos ? 0 : count_words(folded.substr(0, at));
      text_button = before >= 1 && before <= 4 && folded.find("://", at) != std::string_view::npos &&
                    (close == std::string_view::npos || folded.find_first_not_of(" >", close) == std::string_view::npos);
    }
    if (!text_button && (info.words > 4 || !is_whole_link(b))) continue;
    if (block(b).kind != BlockKind::paragraph && block(b).kind != BlockKind::heading) continue;
    const std::size_t c = worded[k - 1];
    const auto& copy = m_info[c].reason;
    if (!copy || (copy->kind != RemovalKind::promo && copy->kind != RemovalKind::sponsor) || m_info[c].heading_like)
      continue;
    if (k + 1 < worded.size()) {
      const std::size_t n = worded[k + 1];
      // The title of the next box counts as its end too when that box's
      // copy is a pitch that went as well (a donation box, then a shop's).
      const bool next_box = k + 2 < worded.size() &&
                            (m_info[n].heading_like || block(n).kind == BlockKind::heading) && m_info[n].words <= 10 &&
                            promo_or_sponsor(worded[k + 2]);
      if (open(n) && !ruled_between(b, n) && !next_box) continue;
    }
    Removal button{copy->kind, "the button of a box whose copy went as " + std::string(removal_kind_name(copy->kind))};
    button.box_button = true;
    taken.emplace_back(b, std::move(button));
  }
  // Decided on the removals of the steps before, not on each other.
  for (const auto& [i, reason] : taken) remove(i, reason);
}

// A box set apart by a rule above and a rule below that closes on a button
// an earlier step took as promo ("Reserve your seat" under a webinar's
// title, date and copy; "Book a call" under a consultancy's pitch) is the
// house's ad as a whole: what stands above the button in the box goes with
// it. Only a box of an ad's length whose button leads where no kept block
// links, with nothing kept under the button, where each part under a
// heading of its own holds a pitch too, and whose button is not the one
// every item of the issue closes on (an events letter's "Get tickets"
// under each show): there the boxes are the issue.
void Cleaner::mark_ruled_promo_boxes() {
  constexpr int k_box_words = 120;
  std::unordered_set<std::string> story_hosts;
  int kept_words = 0;
  for (std::size_t i = 0; i < size(); ++i) {
    if (!open(i)) continue;
    kept_words += m_info[i].words;
    for (const Link& link : block(i).links) story_hosts.insert(url_host(link.url));
  }
  std::vector<std::pair<std::size_t, Removal>> taken;
  std::size_t top = size();
  for (std::size_t j = 0; j < size(); ++j) {
    if (block(j).kind != BlockKind::separator) continue;
    const std::size_t rule = top;
    top = j;
    if (rule == size()) continue;
    // The box between `rule` and `j`: its button is its last block with
    // words that an earlier step did not leave open.
    std::size_t button = 0;
    int words = 0;
    int open_words = 0;
    for (std::size_t k = j; k-- > rule + 1;) {
      words += m_info[k].words;
      if (m_info[k].words == 0) continue;
      if (button == 0 && open(k)) break;
      if (button == 0 && m_info[k].reason && m_info[k].reason->kind == RemovalKind::promo && is_whole_link(k) &&
          m_info[k].words <= 6)
        button = k;
      if (button != 0 && open(k)) open_words += m_info[k].words;
    }
    if (button == 0 || open_words == 0 || words > k_box_words || kept_words - open_words < open_words) continue;
    if (closes_like_every_item(button)) continue;
    if (story_hosts.contains(url_host(block(button).links.front().url)) && !reader_voiced_action(m_info[button].folded))
      continue;
    // Each part of the box under a heading of its own holds a pitch an
    // earlier step took: a story above a membership box shares its rules
    // but not its pitch.
    bool story = false;
    bool worded = false;
    bool pitched = false;
    for (std::size_t k = rule + 1; k < button && !story; ++k) {
      story = open(k) && !block(k).links.empty();
      if (m_info[k].words == 0) continue;
      if (block(k).kind == BlockKind::heading && worded) {
        story = !pitched;
        pitched = false;
      }
      worded = true;
      pitched = pitched || (m_info[k].reason && m_info[k].reason->kind == RemovalKind::promo);
    }
    if (story) continue;
    const Removal reason{RemovalKind::promo,
                         "a box between two rules that closes on its promo button " + quote(block(button).text, 30)};
    for (std::size_t k = rule + 1; k < button; ++k) {
      if (open(k) && m_info[k].words > 0) taken.emplace_back(k, reason);
    }
  }
  // Decided on the removals of the steps before, not on each other.
  for (const auto& [i, reason] : taken) remove(i, reason);
}

// A short section under a heading of its own that closes on a button,
// where a line of its copy went as promo by the vocabulary's phrase (an
// early-bird rate under a conference's title, a member's price in a list
// of courses, then "Book your place"): the section is the house's ad, its
// title, the rest of its copy and its button go with that line. Only a
// section of an ad's length (four lines of copy at most, none with a
// link of its own) and a button not the one every item of the issue
// closes on.
void Cleaner::mark_headed_promo_boxes() {
  constexpr int k_box_words = 90;
  std::vector<std::pair<std::size_t, Removal>> taken;
  for (std::size_t h = 0; h < size(); ++h) {
    // The title itself may hold the pitch ("Give the gift of ..." over a
    // gift subscription's copy and its button): it went by the
    // vocabulary's phrase, and the box under it goes with it.
    const auto& title_reason = m_info[h].reason;
    const bool pitched_title =
        title_reason && title_reason->kind == RemovalKind::promo && title_reason->category.has_value();
    if ((!open(h) && !pitched_title) || block(h).kind != BlockKind::heading || m_info[h].words == 0 ||
        m_info[h].words > 12 || !block(h).links.empty())
      continue;
    // The section: up to the next heading or rule; its last worded block
    // is the button.
    std::size_t end = h + 1;
    while (end < size() && block(end).kind != BlockKind::heading && block(end).kind != BlockKind::separator) ++end;
    std::size_t button = end;
    while (button-- > h + 1 && m_info[button].words == 0) {
    }
    // The button may have gone already as the button under the box's
    // pitch (mark_box_buttons), not by a phrase of its own.
    const bool button_open = open(button) || (m_info[button].reason && m_info[button].reason->kind == RemovalKind::promo &&
                                              m_info[button].reason->box_button);
    if (button <= h + 1 || !button_open || !is_whole_link(button) || m_info[button].words > 6) continue;
    if (closes_like_every_item(button)) continue;
    int copy = 0;
    int words = 0;
    bool pitched = pitched_title;
    bool linked = false;
    for (std::size_t k = h + 1; k < button; ++k) {
      if (m_info[k].words == 0) continue;
      ++copy;
      words += m_info[k].words;
      linked = linked || !block(k).links.empty();
      const auto& reason = m_info[k].reason;
      pitched = pitched || (reason && reason->kind == RemovalKind::promo && reason->category.has_value());
    }
    if (!pitched || linked || copy > 4 || words > k_box_words) continue;
    // A box set in its own cell without a heading tag may follow a story
    // under the heading: where a story's sentences come before a short
    // title of the box's own ("New here?") and its pitch, the box starts
    // at that title and the story stays.
    std::size_t start = h;
    int story_words = 0;
    for (std::size_t k = h + 1; k < button && !pitched_title; ++k) {
      const auto& reason = m_info[k].reason;
      if (m_info[k].words == 0) continue;
      if (reason && reason->kind == RemovalKind::promo && reason->category.has_value()) break;
      if (!open(k)) continue;
      if (ends_like_sentence(m_info[k].folded)) {
        story_words += m_info[k].words;
      } else if (story_words >= 12 && m_info[k].words <= 8) {
        start = k;
        break;
      }
    }
    const Removal reason{RemovalKind::promo, "a headed box whose copy holds a pitch, closing on its button " +
                                                 quote(block(button).text, 30)};
    for (std::size_t k = start; k <= button; ++k) {
      if (open(k) && m_info[k].words > 0) taken.emplace_back(k, reason);
    }
  }
  // Decided on the removals of the steps before, not on each other.
  for (const auto& [i, reason] : taken) remove(i, reason);
}

// A box's title labelled with the kind of thing its button signs up for
// ("Webinar: ..." over "Register for the webinar"): the publisher's own
// event or course, even where its button leads to the publisher's site
// as the stories do.
bool Cleaner::labels_button_kind(std::size_t title, std::size_t button) const {
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
// Not the issue's masthead (its first heading, unless kept text stands
// above it: a plain-text masthead is a paragraph, and "FEATURED DOWNLOADS"
// under it titles paid listings), and not a heading over small print only:
// "14.99 €" over "* Nur solange der Vorrat reicht" is an offer.
void Cleaner::tidy() {
  bool first_label = true;
  bool kept_above = false;
  for (std::size_t i = 0; i < size(); ++i) {
    if (!m_info[i].heading_like) {
      kept_above = kept_above || (!m_info[i].reason && m_info[i].words > 0);
      continue;
    }
    bool masthead = first_label && !kept_above;
    first_label = false;
    if (!open(i) || masthead) continue;
    std::optional<RemovalKind> first_removed;
    bool owning_below = false;
    bool kept_any = false;
    // A label over a box whose own title went with it ("FROM OUR
    // BOOKSHOP" over the book's title, its copy and its button) labels
    // that box, when the issue's next heading of the label's rank or
    // above closes it: the title does not end the label's section.
    bool crossed_title = false;
    bool closed = true;
    bool to_the_end = true;
    for (std::size_t j = i + 1; j < size(); ++j) {
      const bool first_worded = !first_removed && !kept_any;
      if (m_info[j].heading_like && m_info[j].reason && owns_heading(m_info[j].reason->kind) &&
          (crossed_title || (m_info[j].rank <= m_info[i].rank && first_worded && m_info[i].words <= 6))) {
        // The title, and the box's button set as a heading under it.
        if (!crossed_title) first_removed = m_info[j].reason->kind;
        crossed_title = true;
        continue;
      }
      if (m_info[j].heading_like && (m_info[j].rank <= m_info[i].rank || !m_info[j].reason)) {
        if (crossed_title) closed = m_info[j].rank <= m_info[i].rank && !m_info[j].reason;
        to_the_end = false;
        break;
      }
      if (m_info[j].words == 0) continue;
      if (!m_info[j].reason) {
        kept_any = true;
        to_the_end = false;
        break;
      }
      if (!first_removed) first_removed = m_info[j].reason->kind;
      owning_below = owning_below || owns_heading(m_info[j].reason->kind);
    }
    // A sign-off line can open a promo's section ("Thank you for reading.
    // Use the referral link below ..." under a leaderboard's heading): a
    // section that went whole, with a promo or sponsor in it, owns its
    // heading too.
    // A heading boxed between rules, as plain text sets an offer's or a
    // policy's title ("---- GET THE BOXED SET ----"), is its box's title:
    // a box that went whole, as small print too, takes it along.
    // A heading over nothing but the footer, down to the issue's last
    // line ("Contacts" over the authors' cards, the disclaimer and the
    // unsubscribe line), is the footer's own.
    const bool owned =
        first_removed && (owns_heading(*first_removed) ||
                          (*first_removed == RemovalKind::footer && (owning_below || to_the_end)) ||
                          (*first_removed == RemovalKind::legal && boxed_label(i)));
    if (owned && !kept_any && closed) remove(i, {RemovalKind::orphan, "heading of a removed section"});
  }
  // A label boxed between rules (a rule above it: the issue's first line
  // is its masthead) over a box that went whole, some of it as
  // an ad ("Our partner" over an insurer's title, its copy, its button
  // and its terms), goes with its box: the box's own title stood between
  // the label and the rest when the loop above read it.
  for (std::size_t i = 1; i < size(); ++i) {
    if (!open(i) || !m_info[i].heading_like || !boxed_label(i)) continue;
    const auto end = ruled_box_end(i);
    if (!end) continue;
    bool whole = true;
    bool ad = false;
    for (std::size_t j = i + 1; j < *end && whole; ++j) {
      if (m_info[j].words == 0) continue;
      whole = !open(j);
      ad = ad || (m_info[j].reason && owns_heading(m_info[j].reason->kind));
    }
    if (whole && ad) remove(i, {RemovalKind::orphan, "label of a ruled box that went whole"});
  }
  mark_item_labels();
  mark_contents_lines();
  mark_contents_label();
  for (std::size_t i = 0; i < size(); ++i) {
    const Block& b = block(i);
    if (b.kind == BlockKind::image || b.kind == BlockKind::separator) continue;
    if (m_info[i].words == 0 && !b.text.empty()) remove(i, {RemovalKind::empty, "no words"});
  }
}

// A small label line over one item of a link roundup ("Book tip from
// our shop", "Partner pick"), set in small type rather than as a
// heading: a few words without links that are no sentence, right over
// an item whose title (its link) went as an ad or a promo with the copy
// under it, where the next item's title or the end of what went follows.
// The label names that item alone, and goes with it. A section's heading
// ("Jobs") is no item's title: the source line of the item above it
// stays.
void Cleaner::mark_item_labels() {
  for (std::size_t i = 0; i + 2 < size(); ++i) {
    const Info& label = m_info[i];
    if (!open(i) || label.heading_like || label.words == 0 || label.words > 6 || !block(i).links.empty() ||
        block(i).kind != BlockKind::paragraph || ends_like_sentence(label.folded))
      continue;
    const std::size_t title = next_worded(i + 1);
    if (title >= size() || !m_info[title].heading_like || block(title).links.size() != 1 || !m_info[title].reason ||
        !owns_heading(m_info[title].reason->kind))
      continue;
    const std::size_t copy = next_worded(title + 1);
    if (copy >= size() || open(copy) || m_info[copy].heading_like) continue;
    const std::size_t after = next_worded(copy + 1);
    if (after < size() && open(after) && !m_info[after].heading_like) continue;
    remove(i, {RemovalKind::orphan, "label over an item that went whole"});
  }
}

// A folded line without the number or bullet that opens it ("4. renew
// your protection" -> "renew your protection").
std::string_view Cleaner::without_number(std::string_view folded) {
  std::size_t at = 0;
  while (at < folded.size() && ((folded[at] >= '0' && folded[at] <= '9') || folded[at] == '*' || folded[at] == '-'))
    ++at;
  if (at > 0 && at < folded.size() && (folded[at] == '.' || folded[at] == ')')) ++at;
  while (at < folded.size() && folded[at] == ' ') ++at;
  folded.remove_prefix(at);
  while (!folded.empty() && (folded.back() == ' ' || folded.back() == ':')) folded.remove_suffix(1);
  return folded;
}

// The issue's contents ("In this issue: 1. ... 4. Renew your protection")
// name its sections by their headings: the line that names a section
// whose heading went as promo, sponsor or chrome goes with it. Only a
// line of a list (a list item, or a short line beside another short
// line) above the heading, and never for a heading the footer took, which
// may repeat the newsletter's name at the top.
void Cleaner::mark_contents_lines() {
  for (std::size_t h = 0; h < size(); ++h) {
    const auto& why = m_info[h].reason;
    if (!m_info[h].heading_like || !why || m_info[h].words < 2 || m_info[h].words > 12) continue;
    if (why->kind == RemovalKind::footer || why->kind == RemovalKind::legal || why->kind == RemovalKind::empty)
      continue;
    const std::string_view title = without_number(m_info[h].folded);
    if (count_words(title) < 2) continue;
    auto short_line = [&](std::size_t j) {
      return m_info[j].words > 0 && m_info[j].words <= 12 && !ends_like_sentence(m_info[j].folded);
    };
    for (std::size_t i = 1; i < h; ++i) {
      if (!open(i) || !short_line(i) || without_number(m_info[i].folded) != title) continue;
      const bool listed =
          block(i).kind == BlockKind::list_item || short_line(i - 1) || (i + 1 < h && short_line(i + 1));
      if (listed) remove(i, {RemovalKind::orphan, "contents line of a removed section " + quote(block(h).text)});
    }
  }
}

// A label alone on its line over the issue's contents ("Contents",
// "INHALT"), where two short lines under it at least name sections the
// issue heads further down: the label goes. The lines stay, as the
// contents lines of kept sections do (mark_contents_lines); a label over
// a teaser of its own, or over a list of anything else, stays.
void Cleaner::mark_contents_label() {
  for (std::size_t i = 0; i + 2 < size(); ++i) {
    if (!open(i) || m_info[i].words == 0 || m_info[i].words > 5) continue;
    if (!has_listed_word(WordList::contents_label, m_info[i].folded)) continue;
    const auto repeats_heading = [&](std::size_t j) {
      const std::string_view line = without_number(m_info[j].folded);
      if (count_words(line) < 2) return false;
      for (std::size_t h = j + 1; h < size(); ++h) {
        if (m_info[h].heading_like && without_number(m_info[h].folded) == line) return true;
      }
      return false;
    };
    int listed = 0;
    for (std::size_t j = i + 1; j < size(); ++j) {
      if (block(j).kind == BlockKind::separator) break;
      if (m_info[j].words == 0) continue;
      if (m_info[j].words > 16 || ends_like_sentence(m_info[j].folded) || m_info[j].heading_like) break;
      if (repeats_heading(j)) ++listed;
    }
    if (listed < 2) continue;
    remove(i, {RemovalKind::chrome, "the label over the issue's contents, lines its headings repeat below"});
  }
}

CleanResult Cleaner::result() const {
  CleanResult r;
  r.kept.tracking_pixels = m_doc.tracking_pixels;
  r.kept.tracking_params_removed = m_doc.tracking_params_removed;
  r.kept.warnings = m_doc.warnings;
  for (std::size_t i = 0; i < size(); ++i) {
    if (m_info[i].reason) {
      const Removal& why = *m_info[i].reason;
      r.removed.push_back({block(i), reason_text(why), why.kind, why.evidence, why.category});
    } else {
      r.kept.blocks.push_back(block(i));
    }
  }
  return r;
}

// A lead-in the rules took ("Download it from any of these mirrors:")
// owns the list right under it when that list is only links, each after
// a short label of its own ("Mirror 2 (Europe): ftp://..."): the
// download's mirrors. A list with prose around its links is the issue's.
// A short house-ad heading owns the list of short items under it.
void Cleaner::mark_lead_in_lists() {
  for (std::size_t i = 0; i + 1 < size(); ++i) {
    const auto& reason = m_info[i].reason;
    if (!reason || (reason->kind != RemovalKind::promo && reason->kind != RemovalKind::sponsor)) continue;
    const std::string_view lead = trim_trailing_spaces(m_info[i].folded);
    if (!lead.ends_with(':')) continue;
    const std::size_t j = i + 1;
    if (!open(j) || block(j).kind != BlockKind::paragraph || !link_list(block(j).text)) continue;
    remove(j, {reason->kind, "the list under a removed lead-in, only links with short labels"});
  }
  // A short heading the vocabulary took as the publisher's own ad ("Other
  // newsletters I read") owns the list right under it: the items it
  // announces, each a short line, up to the first block that is not one.
  for (std::size_t i = 0; i + 1 < size(); ++i) {
    const auto& reason = m_info[i].reason;
    if (!reason || reason->kind != RemovalKind::promo || reason->category != Category::house_ad) continue;
    if (m_info[i].words > 8 || ends_like_sentence(m_info[i].folded) || block(i).kind == BlockKind::list_item) continue;
    std::size_t end = i + 1;
    while (end < size() && block(end).kind == BlockKind::list_item && open(end) && m_info[end].words <= 30) ++end;
    if (end - i < 3) continue;
    const Removal item{RemovalKind::promo, "an item of the list under " + quote(block(i).text)};
    for (std::size_t j = i + 1; j < end; ++j) remove(j, item);
  }
}

// A download's mirror list: a block of up to 120 words that offers one
// file from three hosts or more (evidence.hpp), by links or by addresses
// written in plain text.
void Cleaner::mark_mirror_lists() {
  for (std::size_t i = 0; i < size(); ++i) {
    const Block& b = block(i);
    if (!open(i) || b.kind == BlockKind::separator || m_info[i].words > 120) continue;
    if (lists_mirrors(b.links, b.text)) {
      remove(i, {RemovalKind::promo, "a download's mirror list: one file on three hosts or more"});
    }
  }
}

// Two entries or more, each a label of at most five words ending in a
// colon and then one address ("Main site: http://... Mirror 1 (US):
// ftp://..."), and nothing else. Plain-text lines come joined by spaces.
bool Cleaner::link_list(std::string_view text) {
  int entries = 0;
  int label = 0;
  bool want_address = false;
  while (!text.empty()) {
    const std::size_t end = text.find(' ');
    const std::string_view word = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
    if (word.empty()) continue;
    const bool address = is_web_address(word) || word.starts_with("ftp://");
    if (want_address) {
      if (!address) return false;
      ++entries;
      want_address = false;
      label = 0;
    } else if (address || ++label > 5) {
      return false;
    } else if (word.ends_with(':')) {
      want_address = true;
    }
  }
  return entries >= 2 && !want_address && label == 0;
}

}  // namespace distill::transform::clean_detail

namespace distill::transform {

using clean_detail::Cleaner;

CleanResult clean(const Document& doc, const SourceRules& rules, const std::vector<std::vector<std::string>>& history) {
  CleanContext context;
  context.sender_template.reserve(history.size());
  for (const auto& issue : history) context.sender_template.push_back(template_keys(issue));
  return Cleaner(doc, rules, context).run();
}

CleanResult clean(const Document& doc, const SourceRules& rules, const CleanContext& context) {
  return Cleaner(doc, rules, context).run();
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
