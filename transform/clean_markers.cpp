// Step 2 of clean() (clean.cpp): marker phrases and links, block by block.
//
// First the markers of markers.cpp (English and German, those that shape
// sections, tags and footnotes: what a label owns is clean_sections.cpp's),
// then the vocabulary of vocabulary.cpp (thirteen categories of chrome in
// seven languages). A phrase counts only where it does the job of a
// marker: at the start of a block, in a short block, late in the issue, in
// a bracketed aside, or as a bracketed tag ("(sponsor)"); a promo phrase
// also as the button that ends a block ("... <a>Platz reservieren</a>"),
// except where a few words naming prices and the button stand right under
// a story's paragraph: they book what the story reports. A news paragraph
// that mentions "unsubscribe" in its seventh sentence stays.
// Then links (evidence.hpp): a short block linking only to unsubscribe or
// preference pages, share intents, social profiles, app stores, a survey or
// a refer-a-friend page is chrome whatever its language; so are a row of
// navigation links (the logo's image link may stand in it) and a rating
// scale (links to one page that differ in one value).
// Over store badges (or a block that image badges lead), a short line that
// names an app is the app's copy, and a title line over it or over a
// referral page's copy the box's title.
// A sponsor phrase inside a line counts when the line names the issue
// ("Questo numero è realizzato in collaborazione con ...") or, in a short
// block, thanks ("... sont soutenues par X. Merci à eux !"). An ad label
// leading a block's copy ("ANZEIGE Werkzeugkoffer ...") marks the block.
// A photo credit ("Photo: ...", "Name/Agency Images") is no news.

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include "transform/ascii.hpp"
#include "transform/block_facts.hpp"
#include "transform/clean_passes.hpp"
#include "transform/evidence.hpp"
#include "transform/mail_header.hpp"
#include "transform/markers.hpp"
#include "transform/sentences.hpp"
#include "transform/vocabulary.hpp"
#include "transform/words.hpp"

namespace distill::transform::clean_detail {

namespace {

// A line set all in capitals, with letters: a label's typography.
bool all_capitals(std::string_view text) {
  bool letter = false;
  for (std::size_t k = 0; k < text.size();) {
    const char32_t c = next_code_point(text, k);
    if (is_lower_letter(c)) return false;
    letter = letter || is_word_code_point(c);
  }
  return letter;
}

// A box in a side column set as one cell: its label in capitals on a line
// of its own, then its copy and button under a line break ("UPCOMING
// WEBCAST", the date, "Register free"). The label is a promo heading the
// markers know, but it shares its block with the copy, so the block is
// the box: a short one goes whole when it closes on its button, a last
// line that is no sentence ("Register free"). The label read in the
// issue's own type, over a long text, or over a tip that ends in a full
// stop ("SHARE ONE DSL LINE", then how), is the issue's heading and stays.
std::optional<Removal> first_line_label(const std::string& text, int block_words, double position) {
  const std::size_t nl = text.find('\n');
  if (nl == std::string::npos || block_words > 60) return std::nullopt;
  if (ends_like_sentence(fold_for_match(std::string_view(text).substr(text.rfind('\n') + 1)))) return std::nullopt;
  const std::string_view line = std::string_view(text).substr(0, nl);
  const std::string folded = fold_for_match(line);
  const int words = count_words(folded);
  if (words == 0 || words > 6 || ends_like_sentence(folded) || !all_capitals(line)) return std::nullopt;
  const MarkerContext ctx{folded, words, true, true, position};
  const auto found = find_marker(ctx);
  if (!found || found->action != MarkerAction::section || found->kind != RemovalKind::promo) return std::nullopt;
  return Removal{found->kind, "a box's first line, its label: " + found->evidence, found->phrase, found->category};
}

}  // namespace

// A label in capitals that says a message from someone follows ("A MESSAGE
// FROM ACME", "EINE NACHRICHT VON ..."): briefings head a paid box so. In
// the issue's own type, the same words head a letter of its own (a word
// from the chair), which stays.
bool Cleaner::message_from_label(std::size_t i) const {
  static const RE2 label(
      R"(^\W*(?:a message from|a word from|eine (?:nachricht|botschaft) (?:von|der|des)|un message (?:de|du|des)|)"
      R"(un mensaje de|un messaggio (?:da|di|de)|een bericht van|uma mensagem (?:de|da|do))\s+\S)");
  return m_info[i].words >= 4 && m_info[i].words <= 12 && !ends_like_sentence(m_info[i].folded) &&
         block(i).links.empty() && all_capitals(block(i).text) && RE2::PartialMatch(m_info[i].folded, label);
}

// The line under such a label's copy that is one link and nothing else
// ("See how our trains keep shelves stocked."), the box's call to action,
// when a plain sentence paragraph without links or chrome words follows
// it before any heading: that paragraph is the issue again, the rest of
// the story the box was set into, as briefings set a paid message between
// two paragraphs of one item. A few lines of copy at most.
std::optional<std::size_t> Cleaner::message_box_link(std::size_t label) const {
  int copy = 0;
  for (std::size_t j = label + 1; j < size(); ++j) {
    if (m_info[j].words == 0) continue;
    if (m_info[j].heading_like || block(j).kind == BlockKind::separator) return std::nullopt;
    const auto& links = block(j).links;
    const bool one_link =
        links.size() == 1 && m_info[j].words <= 12 &&
        trim_trailing_spaces(fold_for_match(links.front().text)) == trim_trailing_spaces(m_info[j].folded);
    if (!one_link) {
      if (++copy > 3) return std::nullopt;
      continue;
    }
    if (copy == 0) return std::nullopt;
    const std::size_t next = next_worded(j + 1);
    if (next >= size() || block(next).kind != BlockKind::paragraph || m_info[next].heading_like ||
        !block(next).links.empty() || m_info[next].words < 12 || !ends_like_sentence(m_info[next].folded) ||
        !find_vocabulary(m_info[next].folded).empty())
      return std::nullopt;
    return j;
  }
  return std::nullopt;
}

void Cleaner::mark_blocks() {
  for (std::size_t i = 0; i < size(); ++i) {
    if (!open(i)) continue;
    const Block& b = block(i);
    const Info& info = m_info[i];
    if (b.kind == BlockKind::image || b.kind == BlockKind::separator) continue;
    if (message_from_label(i)) {
      const Removal removal{RemovalKind::sponsor, "a label in capitals over a message from its payer"};
      // Under a rule, the label owns its box down to the next rule, the
      // box's bold title and button too.
      const auto box_end = i > 0 && block(i - 1).kind == BlockKind::separator ? ruled_box_end(i) : std::nullopt;
      if (box_end) {
        for (std::size_t j = i; j < *box_end; ++j) remove(j, removal);
      } else if (const auto link = message_box_link(i)) {
        for (std::size_t j = i; j <= *link; ++j) remove(j, removal);
      } else {
        mark_section(i, removal);
      }
      continue;
    }
    MarkerContext ctx{info.folded, info.words, info.heading_like, b.kind == BlockKind::paragraph, position(i)};
    auto found = find_marker(ctx);
    if (!found) {
      if (const auto cell = tagged_cell(i)) {
        remove(i, *cell);
      } else if (const auto offer = buttoned_offer_cell(i)) {
        remove(i, *offer);
      }
      if (const auto label = first_line_label(b.text, info.words, position(i))) remove(i, *label);
      continue;
    }
    // A heading of the issue that names a mailing list, a contact or a
    // privacy policy ("Tips from the mailing list") over a paragraph of
    // its own is a section like the others: footer words that news uses
    // too neither take it nor start the footer there.
    if (found->shared_with_news && b.kind == BlockKind::heading) {
      const std::size_t next = next_worded(i + 1);
      if (next < size() && block(next).kind == BlockKind::paragraph && m_info[next].words >= 12 &&
          ends_like_sentence(m_info[next].folded))
        continue;
    }
    // An item of a list of short news ("* The tracker takes bigger
    // attachments.", "* The mailing list archives can be searched again.")
    // that names a mailing list or the help desk, right after an item of
    // the same list that stays, is one more item of that list: footer
    // words that news uses too neither take it nor start the footer in
    // the middle of the list.
    if (found->shared_with_news && b.kind == BlockKind::list_item && info.words >= 6 &&
        ends_like_sentence(info.folded)) {
      std::size_t above = i;
      while (above > 0 && m_info[above - 1].words == 0) --above;
      if (above > 0 && block(above - 1).kind == BlockKind::list_item && open(above - 1) &&
          m_info[above - 1].words >= 6 && ends_like_sentence(m_info[above - 1].folded))
        continue;
    }
    if (found->kind == RemovalKind::footer && told_in_news_list(i, found->phrase)) continue;
    // The text of such a section ("Tip of the month", then the tip) that
    // names the help desk or a mailing list far into a long sentence
    // ("... the card errors that reach our help desk.") tells the section's
    // news the way a story does: the words take it only near its start.
    if (found->shared_with_news && b.kind == BlockKind::paragraph && info.words >= 20 &&
        ends_like_sentence(info.folded) && under_plain_heading(i)) {
      const std::size_t at = info.folded.find(found->phrase);
      if (at != std::string::npos && count_words(std::string_view(info.folded).substr(0, at)) > 12) continue;
    }
    const Removal removal{found->kind, found->evidence, found->phrase, found->category};
    switch (found->action) {
      case MarkerAction::block:
        remove(i, removal);
        break;
      case MarkerAction::section:
        // A promo button ("Upgrade to paid", set bold like a heading)
        // right under the promo copy it belongs to closes that box: what
        // follows it is the issue again, as a writer's subscribe box
        // stands between two paragraphs of the essay.
        if (removal.kind == RemovalKind::promo && is_whole_link(i) && (closes_promo_box(i) || in_header(i))) {
          // So does one in the issue's header, under its title and byline:
          // the first story follows it, not the button's copy.
          remove(i, removal);
        } else if (removal.kind == RemovalKind::sponsor && closes_sponsor_box(i, removal)) {
          // Done: the line closed the box its label opened.
        } else if (removal.kind == RemovalKind::sponsor && credits_buttoned_box(i, removal)) {
          // Done: the credit under the button signed the box above it.
        } else if (removal.kind == RemovalKind::sponsor && closes_tagged_item(i, removal)) {
          // Done: the tag closed the item above it.
        } else if (labels_own_item(i, found->phrase)) {
          // A list item led by the label ("- Anzeige: Holen Sie sich ...")
          // is the ad; the items after it are the list's others.
          remove(i, removal);
        } else {
          mark_section(i, removal);
        }
        break;
      case MarkerAction::bare_label:
      case MarkerAction::tagged_item:
        // A label boxed between rules owns its box, whatever it would
        // otherwise stand over or tag.
        if (boxed_label(i)) {
          mark_section(i, removal);
        } else if (found->action == MarkerAction::bare_label) {
          mark_bare_label(i, removal);
        } else {
          mark_tagged_item(i, removal);
        }
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
      case MarkerAction::footer_after:
        break;
    }
    // A footer line with a section set as the issue's others after it
    // (an address in a reader's ad, a box number to write to, then the
    // day's answer under its rule) starts no footer.
    if (found->footer_start && !headed_text_after(i, true)) m_footer_candidates.push_back({i, quote(b.text, 40)});
  }
}

// Whether the worded block right above block i is an open heading of the
// issue, three words or more, that no marker reads as chrome: a section's
// title ("Tip of the month: ..."), not a footer's "Contact us" or a
// one-word rubric ("THANKS") over the credits.
bool Cleaner::under_plain_heading(std::size_t i) const {
  for (std::size_t j = i; j-- > 0;) {
    if (m_info[j].words == 0) continue;
    if (!open(j) || (block(j).kind != BlockKind::heading && !m_info[j].heading_like) || m_info[j].words < 3)
      return false;
    const MarkerContext ctx{m_info[j].folded, m_info[j].words, true, block(j).kind == BlockKind::paragraph, position(j)};
    return !find_marker(ctx).has_value();
  }
  return false;
}

// Whether block i is a list item whose label `phrase` leads copy of its
// own, four words or more.
bool Cleaner::labels_own_item(std::size_t i, std::string_view phrase) const {
  if (block(i).kind != BlockKind::list_item) return false;
  const std::string_view folded = trim_trailing_spaces(m_info[i].folded);
  // So is one that closes on a bracketed tag ("Hire with Acme Jobs
  // (sponsor)") among other items: the ones after it are the list's own.
  if (!folded.empty() && (folded.back() == ')' || folded.back() == ']')) {
    const std::size_t next = next_worded(i + 1);
    if (m_info[i].words >= 5 && next < size() && block(next).kind == BlockKind::list_item) return true;
  }
  if (phrase.empty()) return false;
  const std::size_t at = folded.find(phrase);
  return at != std::string_view::npos && count_words(folded.substr(at + phrase.size())) >= 4;
}

Cleaner::Placement Cleaner::placement(Category c) {
  switch (c) {
    case Category::footer:
      return {25, 12, 80};
    case Category::imprint:
      return {25, 12, 120};
    case Category::view_online:
    case Category::forwarded:
      return {30, 10, 60};
    case Category::sponsor:
      return {8, 6, 0};
    case Category::advertise:
      return {30, 10, 80};
    case Category::house_ad:
      return {25, 6, 60};
    case Category::upsell:
    case Category::donation:
    case Category::deliverability:
      return {40, 10, 80};
    case Category::feedback:
    case Category::self_description:
      return {30, 8, 60};
    case Category::social:
      return {15, 4, 40};
  }
  return {0, 0, 0};
}

RemovalKind Cleaner::kind_of(Category c) {
  switch (c) {
    case Category::footer:
      return RemovalKind::footer;
    case Category::imprint:
      return RemovalKind::legal;
    case Category::sponsor:
      return RemovalKind::sponsor;
    case Category::advertise:
    case Category::house_ad:
    case Category::upsell:
    case Category::donation:
      return RemovalKind::promo;
    case Category::social:
      return RemovalKind::social;
    case Category::view_online:
    case Category::forwarded:
    case Category::feedback:
    case Category::deliverability:
    case Category::self_description:
      break;
  }
  return RemovalKind::chrome;
}

// A ticket line under an event's story ("Biglietti: 18 € in prevendita,
// 22 € alla porta. <a>Prenota il tuo posto</a>"): a few words that name
// the prices and no chrome, right under the story's paragraph in the same
// section, then the button. The button books what the story reports,
// where an ad under a story brings its own title or copy.
bool Cleaner::books_story_above(std::size_t i, std::size_t button) const {
  if (i == 0 || block(i).kind != BlockKind::paragraph) return false;
  const std::size_t above = i - 1;
  const Info& story = m_info[above];
  if (!open(above) || block(above).kind != BlockKind::paragraph || story.heading_like || story.words < 20) return false;
  const std::string_view before = std::string_view(m_info[i].folded).substr(0, button);
  return count_words(before) <= 15 && count_prices(before) > 0 && find_vocabulary(before).empty();
}

// A name, a comma, then the phrase at `pos`, as a partner's label reads
// ("Banco Levante, entidad colaboradora de ..."): at most five words
// before it and no sentence among them. A label is short and no
// sentence ("Il museo, partner ufficiale della Biennale, apre ..." is).
// So does a kicker, a bar or a dot, then the phrase: a magazine's label
// over a brand's story names its desk first ("Brand Studio · In
// collaboration with Acme", "Native | presented by Acme").
bool Cleaner::appositive(std::string_view folded, std::size_t pos) {
  std::string_view before = folded.substr(0, pos);
  before = trim_trailing_spaces(before);
  bool found = false;
  for (const std::string_view mark : {",", "|", "\u00b7", "\u2022", "\u2013", "\u2014"}) {
    if (!before.ends_with(mark)) continue;
    before.remove_suffix(mark.size());
    found = true;
    break;
  }
  return found && count_words(before) <= 5 && before.find_first_of(".!?:") == std::string_view::npos;
}

// Text wrapped whole in square brackets.
bool Cleaner::is_aside(std::string_view folded) {
  folded = trim_trailing_spaces(folded);
  return folded.size() > 2 && folded.front() == '[' && folded.back() == ']';
}

// Whether the phrase at `pos` opens the block's last sentence, the one right
// before its button ("Three days, 80 sessions. Register by May 3 and save
// $200! <a>Register now</a>"): the pitch an ad box closes on.
bool Cleaner::closes_before_button(std::string_view folded, std::size_t pos, std::size_t button) {
  if (pos >= button) return false;
  std::string_view before = folded.substr(0, pos);
  before = trim_trailing_spaces(before);
  if (!before.empty() && std::string_view(".!?:").find(before.back()) == std::string_view::npos) return false;
  std::string_view sentence = folded.substr(pos, button - pos);
  while (!sentence.empty() && std::string_view(" .!?").find(sentence.back()) != std::string_view::npos)
    sentence.remove_suffix(1);
  return sentence.find_first_of(".!?") == std::string_view::npos;
}

// The word lists these read are rows of vocabulary.cpp (WordList).
bool Cleaner::sponsor_stem(std::string_view phrase) { return has_listed_word(WordList::sponsor_stem, phrase); }

// Whether a block thanks whoever it names ("kindly supported by", "Merci
// à eux !", "Danke an"): a support phrase in the middle of a short line
// that thanks is a credit, where a report would only state who funds what.
bool Cleaner::thanks(std::string_view folded) { return has_listed_word(WordList::thanks, folded); }

// Whether a partner the phrase names reported what follows ("Our partners
// at the Ledger found that the pier cost twice ...", "Onze partner X
// onthulde ..."): newsrooms that work together credit each other's
// findings, and that is a story, where a sponsor's credit names no finding.
// The phrase names a partner, no sponsor, and a reporting verb stands in
// the few words after it. So is a sentence whose partner is a body named
// right after the word ("Our partner clubs in Wales host the relay"): the
// word says who they are, not who pays.
bool Cleaner::partner_reported(std::string_view folded, const VocabularyHit& h) {
  if (!has_listed_word(WordList::partner, h.phrase) || sponsor_stem(h.phrase)) return false;
  std::string_view after = folded.substr(h.pos + h.phrase.size());
  after.remove_prefix(std::min(after.size(), after.find_first_not_of(' ')));
  return has_listed_word(WordList::reporting, first_words(after, 8)) ||
         has_listed_word(WordList::partner_body, first_words(after, 1));
}

// Whether a line on the publisher's next issue reports what that issue
// tested or found ("Our June issue, on newsstands May 20, tests 14 drives
// and names the fastest", "Die neue Ausgabe, ab Freitag am Kiosk, testet
// zwölf Router"): a magazine's report on its own findings, news of the
// letter, where a house ad sells the issue without saying what it found.
// The words before the phrase name the issue, a reporting or testing
// verb stands in the few words after it.
bool Cleaner::issue_reported(std::string_view folded, const VocabularyHit& h) {
  return names_issue(folded.substr(0, h.pos)) &&
         has_listed_word(WordList::reporting, first_words(folded.substr(h.pos + h.phrase.size()), 8));
}

// Whether block i is in the issue's header: no block above it with the
// words of a story yet.
bool Cleaner::in_header(std::size_t i) const {
  if (!m_first_story) {
    std::size_t j = 0;
    while (j < size() && m_info[j].words <= 20) ++j;
    m_first_story = j;
  }
  return i <= *m_first_story;
}

// Whether block i links to the sponsor a credit names: the first word
// after the phrase ("presented by Keystone Valley Credit Union") is in the
// host of one of its links (keystonevalleycu.example). A credit names
// whom it thanks and links there; a report on who presents a festival
// seldom links to the presenter's own site.
bool Cleaner::links_to_sponsor_named(std::size_t i, std::string_view after) const {
  after = trim_ascii_space(after);
  while (!after.empty() && (after.starts_with("the ") || after.starts_with("our "))) after.remove_prefix(4);
  const std::string name = name_letters(after.substr(0, after.find_first_of(" ,.;:!?")));
  if (name.size() < 4) return false;
  for (const Link& link : block(i).links) {
    const std::string host = url_host(link.url);
    if (host.find(name) != std::string::npos) return true;
  }
  return false;
}

// Whether the words before a sponsor phrase name the issue itself ("This
// edition is supported by", "Questo numero è realizzato in collaborazione
// con"), the content beside it ("Contenuto offerto da") or the season a
// programme letter reports on: then the phrase says who paid for the
// newsletter or its publisher, not for a product the newsletter sells.
bool Cleaner::names_issue(std::string_view text) {
  return has_listed_word(WordList::issue, text) || has_listed_word(WordList::issue_opening, text);
}

// Whether the words before a sponsor phrase open with the publisher's
// own work ("Our spring campaign counts on the support of", "Onze
// leesclub draait met een bijdrage van"): a credit, where "the new
// bridge is built with a contribution of" is a report.
bool Cleaner::names_own_work(std::string_view before) { return has_listed_word(WordList::own_work, before); }

// Whether the nearest block above `button` with words is promo copy (gone
// as promo already, or with a phrase of an upsell, a donation appeal or a
// house ad, which a later pass removes): the button is that box's last line.
bool Cleaner::closes_promo_box(std::size_t button) const {
  for (std::size_t j = button; j-- > 0;) {
    if (m_info[j].words == 0) continue;
    if (m_info[j].reason) return m_info[j].reason->kind == RemovalKind::promo;
    const std::vector<VocabularyHit> hits = find_vocabulary(m_info[j].folded);
    return std::any_of(hits.begin(), hits.end(), [](const VocabularyHit& h) {
      return h.category == Category::upsell || h.category == Category::donation || h.category == Category::house_ad;
    });
  }
  return false;
}

// A sentence that says whose content the reader just read ("Sponsored
// content from Acme. Our editors had no role in its creation.") under an
// ad's copy, its label a few blocks above it ("Paid post" over a title and
// a paragraph): it closes the box the label opened, and the ad is the
// blocks between them. What follows it is the issue's next story, which a
// label line would own. Removes the box and returns true when so. (A
// label that owns a section stops it at such a line: mark_section.)
bool Cleaner::closes_sponsor_box(std::size_t line, const Removal& reason) {
  if (!ends_like_sentence(m_info[line].folded) || m_info[line].heading_like) return false;
  constexpr int k_box_words = 120;
  int words = 0;
  int copy = 0;
  for (std::size_t j = line; j-- > 0;) {
    const Info& info = m_info[j];
    if (block(j).kind == BlockKind::separator) return false;
    if (info.reason) {
      // The label is a short line ("Paid post"); a credit sentence above
      // ("This week's letter is brought to you by Acme.") opens a box of
      // its own, and a second credit under it starts another.
      if (info.reason->kind != RemovalKind::sponsor || copy == 0 || info.words > 4 || ends_like_sentence(info.folded))
        return false;
      for (std::size_t k = j + 1; k <= line; ++k) remove(k, reason);
      return true;
    }
    if (info.words == 0) continue;
    words += info.words;
    if (++copy > 4 || words > k_box_words) return false;
  }
  return false;
}

// A short credit line ("Presented by Acme", "Präsentiert von Acme") right
// under a box's button, the box's label a few blocks above (a label in
// capitals over a title, its copy and the button): the credit signs the
// box it ends, as trade letters sign a sponsored download or webinar. The
// box is the blocks between label and credit; what follows is the issue's
// next story, which the credit read as a label would own. Removes the box
// and returns true when so.
bool Cleaner::credits_buttoned_box(std::size_t line, const Removal& reason) {
  if (m_info[line].words > 8 || ends_like_sentence(m_info[line].folded)) return false;
  const auto button = prev_worded(line);
  if (!button || !is_whole_link(*button) || m_info[*button].words > 6) return false;
  constexpr int k_box_words = 120;
  int words = 0;
  int copy = 0;
  for (std::size_t j = *button; j-- > 0;) {
    const Info& info = m_info[j];
    if (block(j).kind == BlockKind::separator) return false;
    if (info.words == 0) continue;
    if (info.reason) {
      // The label: a short line that is no button of an earlier box.
      if ((info.reason->kind != RemovalKind::sponsor && info.reason->kind != RemovalKind::promo) || copy == 0 ||
          info.words > 4 || ends_like_sentence(info.folded) || is_whole_link(j))
        return false;
      for (std::size_t k = j + 1; k <= line; ++k) remove(k, reason);
      return true;
    }
    // Copy of a box, not a story: no long paragraph, no link of its own.
    if (info.words > 40 || !block(j).links.empty()) return false;
    words += info.words;
    if (++copy > 3 || words > k_box_words) return false;
  }
  return false;
}

// A lone tag word ("SPONSOR", "Anzeige") set as the last line of a link
// digest's item (its linked title, its copy, then the tag in small type),
// with the heading of the digest's next section right under it: the tag
// closes the item above and opens nothing. The heading is no ad's own
// title when the section under it is the digest's, its items' linked
// titles leading to two sites or more. Removes the tag and the item and
// returns true when so.
bool Cleaner::closes_tagged_item(std::size_t tag, const Removal& reason) {
  if (m_info[tag].words != 1 || !block(tag).links.empty()) return false;
  const std::size_t next = next_worded(tag + 1);
  if (next >= size() || !m_info[next].heading_like || !block(next).links.empty()) return false;
  // A rule above is no copy and no title: neither is a paragraph or a
  // linked line.
  const auto copy = prev_worded(tag);
  if (!copy || block(*copy).kind != BlockKind::paragraph || m_info[*copy].heading_like) return false;
  // The item's title: the copy's own first line, or the line over it.
  std::optional<std::size_t> title = copy;
  if (!link_title_line(*copy) && !starts_with_link_title(*copy)) title = prev_worded(*copy);
  if (!title || !link_title_line(*title)) return false;
  std::vector<std::string> sites;
  for (std::size_t j = next + 1; j < size(); ++j) {
    if (block(j).kind == BlockKind::separator || (m_info[j].heading_like && block(j).links.empty())) break;
    if (!link_title_line(j)) continue;
    const std::string site = site_of_host(url_host(block(j).links.front().url));
    if (std::find(sites.begin(), sites.end(), site) == sites.end()) sites.push_back(site);
  }
  if (sites.size() < 2) return false;
  const Removal item{RemovalKind::sponsor, "an item whose last line is its tag, " + reason.evidence, reason.phrase,
                     reason.category};
  remove(tag, reason);
  for (std::size_t j = *title; j < tag; ++j) remove(j, item);
  return true;
}

// Whether the block right above `button` is an offer's copy: an open
// paragraph without links, not a heading, short, that states a price, a
// cut or a bonus ("... 2% back on everything and a $200 bonus ...").
bool Cleaner::affiliate_offer_above(std::size_t button) const {
  const std::size_t j = button - 1;
  const Info& copy = m_info[j];
  return open(j) && block(j).kind == BlockKind::paragraph && block(j).links.empty() && !copy.heading_like &&
         copy.words >= 8 && copy.words <= 70 && states_terms(copy.folded);
}

bool Cleaner::under_message_header(std::size_t i) const {
  for (std::size_t j = i; j-- > 0;) {
    if (block(j).kind == BlockKind::separator || m_info[j].words == 0) continue;
    return message_header(block(j).text).has_value();
  }
  return false;
}

std::optional<std::size_t> Cleaner::offer_box_end(std::size_t label) const {
  const Info& info = m_info[label];
  if (info.words == 0 || info.words > 4 || !block(label).links.empty() || ends_like_sentence(info.folded))
    return std::nullopt;
  // In capitals: a plain-text box's kicker, not a heading of the issue.
  // Or a heading set as one (an HTML box's title, "Become a Friend"):
  // the copy under it must then end in the box's button, as below. In
  // other letters, a label of one or two words set as a line of the box
  // counts only over copy that names a discount ("Member benefit" over "a
  // quarter off the home check this month").
  const bool caps = is_all_caps(block(label).text);
  const bool heading = block(label).kind == BlockKind::heading;
  if (!caps && !heading && info.words > 2) return std::nullopt;
  bool discount = false;
  int copy = 0;
  int words = 0;
  bool titled = false;
  for (std::size_t j = label + 1; j < size(); ++j) {
    const Info& at = m_info[j];
    if (block(j).kind == BlockKind::separator) return std::nullopt;
    if (at.words == 0) continue;
    // The button: a whole link, or in plain text a short line with its
    // one address ("See the offer: https://...").
    const bool button = is_whole_link(j) || (block(j).links.size() == 1 && at.words <= 8 && !at.heading_like &&
                                             !ends_like_sentence(at.folded) && at.folded.find("://") != std::string::npos);
    if (button) return copy > 0 && (caps || heading || discount) ? std::optional<std::size_t>(j + 1) : std::nullopt;
    if (at.heading_like) {
      // The offer's own title, right under its label.
      if (copy > 0 || titled) return std::nullopt;
      titled = true;
      continue;
    }
    words += at.words;
    discount = discount || offer_signals(at.folded).has(OfferSignal::discount);
    if (++copy > 3 || words > 80) return std::nullopt;
  }
  return std::nullopt;
}

void Cleaner::mark_offer_box(std::size_t label, std::size_t end, const Removal& reason) {
  remove(label, reason);
  const Removal section{reason.kind, "section " + quote(block(label).text)};
  for (std::size_t j = label + 1; j < end; ++j) remove(j, section);
}

// An item of a list of short news that tells, far into a long sentence,
// what happened to the list's readers ("* Several readers told us their
// unsubscribe requests went nowhere in May; the new form works."), right
// after an item of the same list that stays: footer words there are the
// item's news, where a footer line opens on its command or its notice.
bool Cleaner::told_in_news_list(std::size_t i, std::string_view phrase) const {
  const Info& info = m_info[i];
  if (block(i).kind != BlockKind::list_item || info.words < 20 || !block(i).links.empty() ||
      !ends_like_sentence(info.folded))
    return false;
  const std::size_t at = info.folded.find(phrase);
  if (at == std::string::npos || count_words(std::string_view(info.folded).substr(0, at)) < 4) return false;
  std::size_t above = i;
  while (above > 0 && m_info[above - 1].words == 0) --above;
  return above > 0 && block(above - 1).kind == BlockKind::list_item && open(above - 1) &&
         m_info[above - 1].words >= 6 && ends_like_sentence(m_info[above - 1].folded);
}

void Cleaner::mark_vocabulary() {
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
    // A block that names a discount or a contest is read whole up to 60
    // words: its small print comes last.
    const OfferSignals signals = offer_signals(info.folded);
    const bool offer = signals.has(OfferSignal::discount) || signals.has(OfferSignal::contest);
    const bool discount = info.words > 40 && info.words <= 60 && offer;
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
                                       (promo && button > 0 && h.pos >= button && info.words <= 60) ||
                                       (h.category == Category::house_ad && button > 0 && info.words <= 40 &&
                                        closes_before_button(info.folded, h.pos, button));
      // "in partnership with", "presented by" open a sponsor's label; in
      // the middle of a line they are a shop's own offer ("our airline in
      // partnership with an insurer"). Only a word of the sponsor stem
      // itself ("sponsored", "patrocinado") marks it from further in.
      // A short block that thanks whoever the phrase names ("Le club
      // remercie X, partenaire de notre saison") is a credit wherever
      // the phrase stands in it.
      // So is a short block that calls them sponsors elsewhere ("The
      // Brief is supported by Acme. Sponsors have no say in our
      // coverage."): a report on who funds what seldom does.
      bool credit =
          h.category == Category::sponsor && !h.label_only && info.words <= 25 &&
          (thanks(info.folded) || sponsor_stem(std::string_view(info.folded).substr(h.pos + h.phrase.size())));
      // A masthead's date line with its credit (a digit before the
      // phrase) is the header pass's.
      if (credit || (h.category == Category::sponsor && !h.label_only && info.words <= 25 &&
                     info.folded.find_first_of("0123456789") > h.pos &&
                     links_to_sponsor_named(i, std::string_view(info.folded).substr(h.pos + h.phrase.size())))) {
        placed = true;
        credit = true;
      }
      // Coupon small print ("one coupon per household", "cannot be
      // combined") in a block that names a discount is the offer's; a
      // contest's ("no purchase necessary") in a block that names it.
      if (h.category == Category::imprint && info.words <= 60 && offer) placed = true;
      // A member's post in a list's digest speaks for its writer: a price
      // note far into it ("both for $40, plus shipping, or collect") is the
      // post's own offer, not the list's small print.
      if (h.category == Category::imprint && info.words > p.short_words && before > p.first_words &&
          under_message_header(i))
        placed = false;
      // A short line that says its section's listings are paid for.
      const bool paid_listings = h.category == Category::sponsor && !h.label_only && info.words <= 20 &&
                                 has_listed_word(WordList::paid_listing, info.folded);
      if (h.category == Category::sponsor && !h.label_only && before > 0) {
        placed = placed && (sponsor_stem(h.phrase) || paid_listings || names_issue(h.phrase) ||
                            (info.words <= 12 && !ends_like_sentence(info.folded) && appositive(info.folded, h.pos)) ||
                            names_issue(std::string_view(info.folded).substr(0, h.pos)) ||
                            names_own_work(std::string_view(info.folded).substr(0, h.pos)) || credit ||
                            (info.words <= 40 && thanks(info.folded)));
      }
      if (h.category == Category::sponsor && !h.label_only && !credit && info.words >= 8 &&
          ends_like_sentence(info.folded) && partner_reported(info.folded, h))
        placed = false;
      if (h.category == Category::house_ad && info.words >= 16 && ends_like_sentence(info.folded) &&
          issue_reported(info.folded, h))
        placed = false;
      if (h.category == Category::footer && told_in_news_list(i, h.phrase)) placed = false;
      if (!placed) continue;
      if (promo && button > 0 && h.pos >= button && books_story_above(i, button)) continue;
      const Removal r{kind_of(h.category), quote(h.phrase) + " (vocabulary: " + std::string(category_name(h.category)) +
                                               ", " + std::string(language_code(h.language)) + ")",
                      h.phrase, h.category};
      if (paid_listings && mark_paid_listings(i, r)) {
        // The line, its heading and the listings under it.
      } else if (h.category == Category::sponsor && (short_line || info.heading_like)) {
        // A label over an ad owns its section; a label with nothing after
        // the phrase ("In partnership with") stands over a logo.
        const bool bare =
            !h.label_only && count_words(std::string_view(info.folded).substr(h.pos + h.phrase.size())) == 0;
        // A partner's offer boxed under its label: its copy, and its button
        // to a site the issue did not link before (the partner's). A bare
        // credit over anything else stands over a logo, and the story
        // under it links where the issue links.
        auto box = bare && !boxed_label(i) ? offer_box_end(i) : std::nullopt;
        if (box && !block(*box - 1).links.empty()) {
          const std::string host = url_host(block(*box - 1).links.front().url);
          for (std::size_t j = 0; j < i && box; ++j) {
            for (const Link& link : block(j).links) {
              if (url_host(link.url) == host) {
                box.reset();
                break;
              }
            }
          }
        }
        if (box) {
          mark_offer_box(i, *box, r);
        } else if (bare && !boxed_label(i)) {
          // A box whose button goes through the issue's click tracker, as
          // every story's link does, is linked before all the same.
          if (!mark_tracked_ad_box(i, next_worded(i + 1), r)) mark_bare_label(i, r);
        } else {
          mark_section(i, r);
        }
      } else if (h.category == Category::sponsor && closes_sponsor_box(i, r)) {
        // The line closed the box its label opened.
      } else if ((promo || h.category == Category::imprint) && boxed_label(i)) {
        // An offer's or a policy's heading boxed between rules, as plain
        // text sets them apart ("---- REFER A FRIEND ----" over its copy,
        // a rule under it), owns its box as a sponsor's label does.
        mark_section(i, r);
      } else if (h.category == Category::house_ad && mark_promoted_run(i, r)) {
        // The line, and the names it introduces.
      } else if (const std::size_t vote =
                     h.category == Category::feedback && (short_line || info.heading_like) && info.words <= 4
                         ? poll_button(i)
                         : 0;
                 vote > 0) {
        // A poll's title over its question and the button that casts the
        // vote: the box is the poll.
        for (std::size_t j = i; j <= vote; ++j) remove(j, r);
      } else if (const auto box = promo ? offer_box_end(i) : std::nullopt) {
        // A promo label in capitals over its copy and button ("MEMBER
        // BENEFIT", the offer, "See the offer") owns them.
        mark_offer_box(i, *box, r);
      } else if (const auto head = promo && info.words <= 40 ? boxed_heading_over(i) : std::nullopt) {
        // The pitch that opens a box between rules under a heading of its
        // own ("Come join us" over a paid circle, its price and button)
        // makes the whole box the offer, the heading and button with it.
        remove(i, r);
        mark_section(*head, r);
      } else {
        remove(i, r);
      }
      // Small print or a service line with a headed section of the issue
      // after it (an offer's terms or its store-finder button, then the
      // next tip) stands between sections: it goes alone and starts no
      // footer.
      if ((h.category == Category::footer || h.category == Category::imprint) && !headed_text_after(i)) {
        m_footer_candidates.push_back({i, quote(b.text, 40)});
      }
      break;
    }
  }
}

// A line of the publisher's own promotion that ends on a colon ("I've
// been reading these and think you'd like them too:", "Unsere anderen
// Newsletter:") introduces what it promotes: the run of short lines under
// it, names with a few words each and their links (other letters, the
// next events, the podcast's episodes), up to the first sentence, rule or
// longer block. Only a run of three lines or more, two of them linked; a
// heading without a link ends it once a linked line has been taken (news
// resumes there), where a name set as a linked title is one of the run.
bool Cleaner::mark_promoted_run(std::size_t line, const Removal& reason) {
  constexpr int k_line_words = 20;
  const std::string_view folded = m_info[line].folded;
  const std::size_t last = folded.find_last_not_of(' ');
  if (m_info[line].words > 25 || last == std::string_view::npos || folded[last] != ':') return false;
  std::vector<std::size_t> run;
  int linked = 0;
  for (std::size_t j = line + 1; j < size(); ++j) {
    const Info& info = m_info[j];
    if (block(j).kind == BlockKind::separator) break;
    if (info.words == 0) continue;
    if (!open(j) || info.words > k_line_words || ends_like_sentence(info.folded)) break;
    if (info.heading_like && block(j).links.empty() && linked > 0) break;
    run.push_back(j);
    if (!block(j).links.empty()) ++linked;
  }
  if (run.size() < 3 || linked < 2) return false;
  remove(line, reason);
  const Removal named{reason.kind, "listed under " + quote(block(line).text, 40), reason.phrase, reason.category};
  for (const std::size_t j : run) remove(j, named);
  return true;
}

// A line that says the listings of its section are paid for ("The
// listings in this section are paid placements", "FEATURED - makers pay
// to appear here"), as a download site's or a directory's letter sets it
// under the section's heading or as its label: the heading, the line and
// the listings under it, up to the next heading or rule, are the ads.
// Only a line that opens its section (a news brief that mentions paid
// placements among other briefs opens none), and only a section of
// listings: short blocks that each link to what they sell. Paragraphs of
// a report under such a line are not bought entries, and the line goes
// alone.
bool Cleaner::mark_paid_listings(std::size_t line, const Removal& reason) {
  constexpr int k_listing_words = 40;
  if (block(line).kind == BlockKind::list_item) return false;
  const auto above = prev_worded(line);
  const bool under_heading = above && open(*above) && m_info[*above].heading_like && m_info[*above].words <= 6;
  if (!under_heading && !m_info[line].heading_like && above && block(*above).kind != BlockKind::separator) return false;
  const auto end = section_end(line, 150);
  if (!end || next_worded(line + 1) >= *end) return false;
  for (std::size_t j = line + 1; j < *end; ++j) {
    if (m_info[j].words > k_listing_words || (m_info[j].words > 0 && block(j).links.empty())) return false;
  }
  if (under_heading) remove(*above, reason);
  remove(line, reason);
  const Removal listing{reason.kind, "a listing under " + quote(block(line).text, 40), reason.phrase, reason.category};
  for (std::size_t j = line + 1; j < *end; ++j) {
    if (m_info[j].words > 0) remove(j, listing);
  }
  return true;
}

// Link evidence (evidence.hpp): a short block whose links all go to
// unsubscribe and preference pages (or the List-Unsubscribe host) is the
// footer; one whose links are all share intents or social profiles is a
// share row; all app-store links, an app promotion. Whatever the language.
void Cleaner::mark_links() {
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
    int affiliates = 0;
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
      affiliates += role == LinkRole::affiliate;
    }
    if (counted == 0) continue;
    if (is_navigation_row(info.folded) && counted >= 2) {
      remove(i, {RemovalKind::chrome, "navigation row"});
      // A short question without links right over a row of linked labels
      // is a reader poll's ("Who wins the final?" over "Team A | Team B"):
      // its answers are the row, and the question goes with them.
      const auto q = prev_worded(i);
      if (q && open(*q) && block(*q).kind == BlockKind::paragraph && block(*q).links.empty() &&
          !m_info[*q].heading_like && m_info[*q].words <= 15 && block(*q).text.ends_with('?') &&
          split_sentences(block(*q).text).size() == 1)
        remove(*q, {RemovalKind::chrome, "a poll's question over its row of answers"});
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
    } else if (affiliates == counted && info.words <= 45 && info.words > longest_other) {
      // A deal whose every link pays the publisher a commission: its
      // recommendation for sale, not a story. A bare button is left to
      // the passes that read it with the copy above it.
      remove(i, {RemovalKind::promo, "links only to affiliate redirects"});
    } else if (affiliates == counted && i > 0 && info.words <= 4 && is_whole_link(i) && affiliate_offer_above(i)) {
      // A bare button to an affiliate redirect ("Apply now") right under
      // copy without links that states an offer's terms (a card's bonus,
      // a product's price): the box pays the publisher, button and copy
      // go together.
      const Removal reason{RemovalKind::promo,
                           "a button to an affiliate redirect under copy that states an offer's terms"};
      remove(i, reason);
      remove(i - 1, reason);
    } else if (stores >= 2 && stores + 1 == counted && longest_other <= 3 && info.words <= 20) {
      // The app row's own "All devices" or "Other platforms" beside the stores.
      remove(i, {RemovalKind::promo, "links to app stores and one short link more"});
    } else if (surveys == counted && info.words <= 20) {
      remove(i, {RemovalKind::chrome, "links only to a survey or rating page"});
    } else if (is_rating_scale(b.links) && info.words <= 4 * counted) {
      remove(i, {RemovalKind::chrome, "a rating scale: " + std::to_string(counted) + " links to one page"});
    }
  }
  // The same scale stacked, one button a line ("Loved it", then "It was
  // fine", then "Not for me"): three or more blocks in a row, each one
  // short link and nothing else, to one page that differs in its query.
  for (std::size_t i = 0; i < size(); ++i) {
    std::size_t end = i;
    std::vector<Link> options;
    while (end < size() && open(end) && block(end).links.size() == 1 && m_info[end].words <= 3 && is_whole_link(end)) {
      options.push_back(block(end).links.front());
      ++end;
    }
    if (end - i < 3 || !is_rating_scale(options)) continue;
    const Removal reason{RemovalKind::chrome,
                         "a rating scale stacked over " + std::to_string(end - i) + " blocks: links to one page"};
    for (std::size_t j = i; j < end; ++j) remove(j, reason);
    i = end - 1;
  }
}

// The app's box: over its store badges, a short line without links
// that names the app ("Fahrplan, Echtzeit und Handyticket in einer App")
// is its copy, and a title line over that copy its title.
void Cleaner::mark_app_copy_above(std::size_t badges, const Removal& reason) {
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

bool Cleaner::names_an_app(std::string_view folded) {
  static const RE2 re(R"((?:^|[^\pL])(apps?|aplicativo|aplicación|applicazione|applicatie)(?:$|[^\pL]))");
  return RE2::PartialMatch(re2::StringPiece(folded.data(), folded.size()), re);
}

// An ad label leading a block's copy ("ANZEIGE Werkzeugkoffer, 120
// Teile ...", "Publicidad: abre tu cuenta ..."), as plain-text layouts
// print it on the ad's first line: the label word of the vocabulary, in
// capitals before copy that is not, or followed by a colon. A sentence
// that only starts with the word ("Anzeige erstattet ...") has neither.
// A list item is read the same way: a digest's list of short items
// carries the paid one as an item led by the label ("Sponsored: ...").
void Cleaner::mark_leading_ad_label() {
  for (std::size_t i = 0; i < size(); ++i) {
    const Info& info = m_info[i];
    const BlockKind kind = block(i).kind;
    if (!open(i) || info.heading_like || info.words < 4 || (kind != BlockKind::paragraph && kind != BlockKind::list_item))
      continue;
    std::string_view text = block(i).text;
    for (bool more = true; more;) {
      more = false;
      while (!text.empty() && (text.front() == '*' || text.front() == '[' || text.front() == ' ')) text.remove_prefix(1);
      if (text.starts_with("\u2022")) {  // a bullet typed into the text of a table cell
        text.remove_prefix(std::string_view("\u2022").size());
        more = true;
      }
    }
    // A label of two words, its possessive and its noun, before a colon
    // ("Unser Sponsor: ...", "Notre sponsor : ...").
    if (const std::size_t colon_at = text.find(':'); colon_at != std::string_view::npos && colon_at <= 30) {
      std::string_view label = text.substr(0, colon_at);
      label = trim_trailing_spaces(label);
      if (count_words(label) == 2 && mark_leading_label(i, label)) continue;
    }
    // A label of two or three words in capitals run into the title of its
    // box, as a table cell of early HTML mail sets them on two lines of one
    // block ("TRAVEL PARTNER" / "Need a car?"): the block, and the copy and
    // button under it, are the partner's box.
    if (const std::string_view label = capital_label(text); !label.empty() && info.words <= 12) {
      if (mark_leading_label(i, label)) {
        mark_box_under(i, {RemovalKind::sponsor, "under the ad label " + quote(label, 40)});
        continue;
      }
    }
    const std::size_t end = text.find_first_of(" :]*\n");
    if (end == std::string_view::npos || end == 0) continue;
    const std::string_view word = text.substr(0, end);
    std::string_view rest = text.substr(end);
    const bool colon =
        rest.find_first_not_of(" ]*") != std::string_view::npos && rest[rest.find_first_not_of(" ]*")] == ':';
    // The label alone on the ad's first line, as list hosts print it over
    // copy that may start in capitals ("ADVERTISEMENT" / "FREE camera!").
    const bool own_line =
        rest.find_first_not_of(" ]*") != std::string_view::npos && rest[rest.find_first_not_of(" ]*")] == '\n';
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
    if (letters < 3 || !(colon || (!lower && (rest_lower || own_line)))) continue;
    mark_leading_label(i, word);
  }
}

// The words in capitals, two or three, that open `text` before a word
// that is not ("FROM OUR PARTNERS Win a trip"), or empty.
std::string_view Cleaner::capital_label(std::string_view text) {
  const std::vector<std::string_view> words = split_words(text);
  std::size_t caps = 0;
  for (; caps < words.size() && caps < 4; ++caps) {
    int letters = 0;
    bool lower = false;
    for (std::size_t k = 0; k < words[caps].size();) {
      const char32_t c = next_code_point(words[caps], k);
      letters += is_word_code_point(c) && !(c >= '0' && c <= '9') ? 1 : 0;
      lower = lower || is_lower_letter(c);
    }
    if (letters == 0 || lower) break;
  }
  if (caps < 2 || caps > 3 || caps == words.size()) return {};
  bool next_lower = false;
  for (std::size_t k = 0; k < words[caps].size() && !next_lower;) next_lower = is_lower_letter(next_code_point(words[caps], k));
  if (!next_lower) return {};
  return text.substr(0, static_cast<std::size_t>(words[caps - 1].data() + words[caps - 1].size() - text.data()));
}

// A poll's box under its title, block i: a short question ("What was the
// best game of the year?"), then a button the vocabulary reads as a call to
// vote ("Cast your vote"). The button's index, or 0.
std::size_t Cleaner::poll_button(std::size_t i) const {
  const std::size_t question = next_worded(i + 1);
  if (question >= size() || m_info[question].words > 25) return 0;
  std::string_view text = block(question).text;
  text = trim_trailing_spaces(text);
  if (!text.ends_with('?')) return 0;
  const std::size_t button = next_worded(question + 1);
  if (button >= size() || !is_whole_link(button) || m_info[button].words > 4) return 0;
  for (const VocabularyHit& h : find_vocabulary(m_info[button].folded)) {
    if (h.category == Category::feedback) return button;
  }
  return 0;
}

// The box under an ad's label: up to three blocks of copy (which other
// rules may have taken already), no heading among them, ending in a
// button (a whole link). Removes them with the label's reason.
void Cleaner::mark_box_under(std::size_t label, const Removal& reason) {
  int copy = 0;
  int words = 0;
  for (std::size_t j = label + 1; j < size(); ++j) {
    const Info& at = m_info[j];
    if (block(j).kind == BlockKind::separator) return;
    if (at.words == 0) continue;
    if (is_whole_link(j)) {
      if (copy == 0) return;
      for (std::size_t k = label + 1; k <= j; ++k) remove(k, reason);
      return;
    }
    if (at.heading_like) return;
    words += at.words;
    if (++copy > 3 || words > 80) return;
  }
}

// Removes block i as an ad led by `label` when the vocabulary reads the
// label as a sponsor's label alone; whether it did.
bool Cleaner::mark_leading_label(std::size_t i, std::string_view label) {
  for (const VocabularyHit& h : find_vocabulary(fold_for_match(label))) {
    if (h.category != Category::sponsor || !h.label_only) continue;
    remove(i, {RemovalKind::sponsor, "the ad label " + quote(label) + " leads the block (vocabulary: sponsor, " +
                                         std::string(language_code(h.language)) + ")"});
    return true;
  }
  return false;
}

// A photo credit under a picture: a short line that is not a sentence,
// led by the word for a photo and a colon or "by" ("Photo: Jan Bakker",
// "Foto di Anna Neri") or naming a photographer and an agency around a
// slash ("Dana Whitfield/Harbor Images", "Ana Ruiz/EFE"). A caption that
// tells what the picture shows is a sentence and stays.
bool Cleaner::is_photo_credit(std::string_view text, std::string_view folded, int words) {
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

void Cleaner::mark_photo_credits() {
  for (std::size_t i = 0; i < size(); ++i) {
    const Info& info = m_info[i];
    if (!open(i) || block(i).kind == BlockKind::image || block(i).kind == BlockKind::separator) continue;
    std::string_view text = block(i).text;
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.remove_suffix(1);
    while (!text.empty() && (text.front() == ' ' || text.front() == '\n')) text.remove_prefix(1);
    if (is_photo_credit(text, info.folded, info.words)) remove(i, {RemovalKind::chrome, "a photo credit"});
  }
}

// A rating scale ("1 2 3 4 5", "Loved it · Fine · Not for me"): three or
// more short links to one page that differ only in their query, one
// value each.
bool Cleaner::is_rating_scale(const std::vector<Link>& links) {
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

}  // namespace distill::transform::clean_detail
