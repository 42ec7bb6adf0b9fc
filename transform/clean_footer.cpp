// Step 5 of clean() (clean.cpp): the footer region.
//
// Newsletters end with a footer: sign-off, share and subscribe appeals,
// legal text, address, unsubscribe. The first footer marker or sign-off
// that has little text after it (near the end) starts the region, and
// everything from there on is removed; the same marker higher up removes
// only its own block. Under a late separator where only short blocks
// follow, half of them known chrome, the rest go too.
// Late in the issue, a short block naming the newsletter itself (the name
// read from its own chrome's hosts and its copyright line, and absent from
// the body) is its upsell, appeal or self-description; one that names a
// time window ("between 22:00 and 23:00") or the day an event is held on
// ("is on June 19") announces a schedule, and stays.

#include <algorithm>
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include "transform/ascii.hpp"
#include "transform/block_facts.hpp"
#include "transform/clean_passes.hpp"
#include "transform/evidence.hpp"
#include "transform/mail_header.hpp"
#include "transform/markers.hpp"
#include "transform/vocabulary.hpp"
#include "transform/words.hpp"

namespace distill::transform::clean_detail {

// Words in open blocks after block i.
std::vector<int> Cleaner::words_after() const {
  std::vector<int> after(size() + 1, 0);
  for (std::size_t i = size(); i-- > 0;) after[i] = after[i + 1] + (m_info[i].reason ? 0 : m_info[i].words);
  return after;
}

// The newsletter speaking of itself: late in the issue, a short block
// that names the newsletter ("Patch Notes Pro gets you ...", "A Estante
// Aberta sai ao domingo", "Word Beursbrief Plus-lid") is its own chrome:
// its upsell, its job board, its self-description, its appeal. The name
// is read from the hosts its own chrome links to (the List-Unsubscribe
// host, the web copy, the footer's links), so no table of senders is
// needed. A block that links to another site is a story, and stays.
void Cleaner::mark_own_name() {
  std::vector<std::string> names = own_names();
  // A brand's own newsletter names itself in its stories too ("the new
  // Parhelia card from Acme"): a name found in the body before the
  // late part is the issue's subject, not its chrome. The first tenth
  // is the masthead's, except a story that starts there (a paragraph of
  // 20 words or more: "... owned in 38% of Acme leagues").
  if (names.empty()) return;
  std::erase_if(names, [&](const std::string& name) {
    for (std::size_t i = 0; i < size() && position(i) < 0.5; ++i) {
      const bool story = m_info[i].words >= 20 && !m_info[i].heading_like && block(i).kind == BlockKind::paragraph;
      if ((position(i) >= 0.1 || story) && open(i) && letters(i).find(name) != std::string::npos) return true;
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
    // So is the day an event is held on ("the charity scramble is on
    // June 19", "findet am 19. Juni statt"): the publisher's own event,
    // news of the issue. An offer's deadline says "before" or "until".
    if (names_event_day(info.folded)) continue;
    bool elsewhere = false;
    for (const Link& link : block(i).links) {
      const std::string host = url_host(link.url);
      elsewhere = elsewhere || (!host.empty() && !names_host(names, host));
    }
    if (elsewhere) continue;
    for (const auto& name : names) {
      if (letters(i).find(name) == std::string::npos) continue;
      const bool pitch = !block(i).links.empty() || calls_to_action(info.folded);
      const Removal reason{pitch ? RemovalKind::promo : RemovalKind::chrome,
                           "names the newsletter itself (\"" + name + "\", the host of its own links), late in the issue"};
      remove(i, reason);
      // The button right under it ("Jetzt testen", "Try it free") that
      // leads to the publisher's own pages is that pitch's.
      const std::size_t button = i + 1;
      if (button < size() && open(button) && is_whole_link(button) && m_info[button].words <= 4 &&
          names_host(names, url_host(block(button).links.front().url)))
        remove(button, reason);
      break;
    }
  }
}

// Two times of day in one block ("22:00", "9h15"): a window.
bool Cleaner::names_time_window(std::string_view folded) {
  static const RE2 k_time(R"((?:^|[^\d.:])(?:[01]?\d|2[0-3])[:h][0-5]\d(?:$|[^\d]))");
  re2::StringPiece input(folded.data(), folded.size());
  int times = 0;
  while (times < 2 && RE2::FindAndConsume(&input, k_time)) ++times;
  return times >= 2;
}

// The day an event is held on: "is on June 19", "on Saturday, June 19",
// "am 19. Juni", "le 19 juin", "el 19 de junio", "il 19 giugno",
// "op 19 juni", "no dia 19 de junho", in the seven languages.
bool Cleaner::names_event_day(std::string_view folded) {
  static const RE2 k_day(
      R"((?:^|[^\pL])(?:)"
      R"((?:is|are|was|takes place|will be held|held) on (?:[\pL]+day,? )?(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}\b|)"
      R"((?:ist|findet) am (?:[\pL]+tag,? (?:den )?)?\d{1,2}\. ?(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)\b|)"
      R"((?:aura lieu|a lieu|se tiendra|est prévue?) le (?:[\pL]+di )?\d{1,2}(?:er)? (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b|)"
      R"((?:será|se celebra|se celebrará|tendrá lugar) el (?:[\pL]+ )?\d{1,2} de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b|)"
      R"((?:si terrà|si tiene|è in programma|sarà) (?:il|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica) (?:[\pL]+ )?\d{1,2} (?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)\b|)"
      R"((?:is|vindt) (?:plaats )?op (?:[\pL]+dag )?\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b|)"
      R"((?:será|acontece|realiza-se|decorre) (?:no dia|em|a) \d{1,2} de (?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)\b))");
  // Or the day with its hour, whatever the verb ("at the meetup in Leeds
  // on February 12 at 6:30 pm", "am 12. Februar um 18 Uhr", "le 12
  // février à 18h30"): an appointment the issue announces.
  static const RE2 k_day_and_hour(
      R"((?:^|[^\pL])(?:)"
      R"(on (?:[\pL]+day,? )?(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2},? at \d{1,2}(?:[:.]\d\d)? ?(?:am|pm|a\.m\.|p\.m\.)|)"
      R"(am (?:[\pL]+tag,? (?:den )?)?\d{1,2}\. ?(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember) (?:\d{4},? )?(?:um|ab) \d{1,2}(?:[:.]\d\d)? uhr|)"
      R"(le (?:[\pL]+di )?\d{1,2}(?:er)? (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) (?:\d{4} )?à \d{1,2} ?h|)"
      R"(el (?:[\pL]+ )?\d{1,2} de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) (?:de \d{4} )?a las? \d{1,2}|)"
      R"(il (?:[\pL]+ )?\d{1,2} (?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre) (?:\d{4} )?alle (?:ore )?\d{1,2}|)"
      R"(op (?:[\pL]+dag )?\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) (?:\d{4} )?(?:om|vanaf) \d{1,2}[:.]\d\d|)"
      R"((?:no dia|em|a) \d{1,2} de (?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro) (?:de \d{4} )?(?:às|as) \d{1,2}))");
  return RE2::PartialMatch(folded, k_day) || RE2::PartialMatch(folded, k_day_and_hour);
}

// Whether open block i is a sentence of the issue's own news that a
// footer's reach must spare: a correction, or a day with its hour.
bool Cleaner::announces(std::size_t i) const {
  const Info& info = m_info[i];
  if (!open(i) || block(i).kind != BlockKind::paragraph || info.words < 12 || !ends_like_sentence(info.folded))
    return false;
  return opens_with_correction(info.folded) || names_event_day(info.folded);
}

// A correction the issue prints of its own earlier reporting, under its
// label ("Correction: last week we wrote ...", "Berichtigung:",
// "Rectificatif :", "Fe de erratas:", "Rettifica:", "Correctie:",
// "Errata:"): news of the issue, however late and short.
bool Cleaner::opens_with_correction(std::string_view folded) {
  static const RE2 k_label(
      R"(^\W*(?:correction|clarification|korrektur|berichtigung|richtigstellung|rectificatif|erratum|errata|)"
      R"(fe de erratas|fe de errores|corrección|aclaración|rettifica|correzione|precisazione|correctie|rectificatie|)"
      R"(verbetering|correção|retificação|esclarecimento) ?:)");
  return RE2::PartialMatch(folded, k_label);
}

bool Cleaner::cites_source(std::string_view folded) {
  folded = trim_trailing_spaces(folded);
  if (folded.empty() || (folded.back() != ']' && folded.back() != ')')) return false;
  const std::size_t open_at = folded.find_last_of(folded.back() == ']' ? '[' : '(');
  return open_at != std::string_view::npos && count_words(folded.substr(open_at)) <= 3;
}

bool Cleaner::names_host(const std::vector<std::string>& names, std::string_view host) {
  const std::string letters = name_letters(host);
  return std::any_of(names.begin(), names.end(),
                     [&](const std::string& name) { return letters.find(name) != std::string::npos; });
}

// Whether an open heading after block i stands over an open paragraph
// of 12 words or more that ends like a sentence: a section of the issue,
// not a footer's line. Under a title set under a rule, as the issue set
// two of its sections above block i (a plain-text daily's "ANSWER" under
// its dashes, like its "TODAY'S QUESTION"), a sentence of five words is
// enough: the layout says it is one of the issue's sections. With
// `ruled_only`, only such a section counts.
bool Cleaner::headed_text_after(std::size_t i, bool ruled_only) const {
  int ruled_sections = 0;
  for (std::size_t h = 0; h < i; ++h) ruled_sections += open(h) && title_under_rule(h) ? 1 : 0;
  for (std::size_t h = i + 1; h + 1 < size(); ++h) {
    if (!open(h) || block(h).kind != BlockKind::heading) continue;
    const bool ruled = ruled_sections >= 2 && title_under_rule(h);
    if (ruled_only && !ruled) continue;
    const int enough = ruled ? 5 : 12;
    for (std::size_t j = h + 1; j < size(); ++j) {
      if (m_info[j].words == 0) continue;
      if (!open(j) || block(j).kind == BlockKind::heading) break;
      if (block(j).kind == BlockKind::paragraph && m_info[j].words >= enough && ends_like_sentence(m_info[j].folded))
        return true;
      break;
    }
  }
  return false;
}

// Whether block h is a heading under a rule, nothing but blank blocks
// between them (plain text sets a section's title between two lines of
// dashes; the lower one, its underline, is the heading's own).
bool Cleaner::title_under_rule(std::size_t h) const {
  if (block(h).kind != BlockKind::heading) return false;
  const auto above = prev_worded(h);
  return above && block(*above).kind == BlockKind::separator;
}

// The footer region starts at the first footer marker or sign-off with
// little editorial text after it: at most a quarter of the issue's words
// (and the block is in the second half of the issue).
void Cleaner::mark_footer_region() {
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
    for (std::size_t j = i + 1; j < size(); ++j) {
      // A correction, or a sentence that sets a day and an hour (the
      // writer's talk, the meetup), is the issue's news even under the
      // paywall's or the sign-off's line.
      if (!announces(j)) remove(j, reason);
    }
    return;
  }
}

// The heading a block opens with, run into its text, as plain text
// sets a section's title on the line over it: two words or more in
// capitals, then eight words or more that are not ("QUOTE OF THE DAY
// \"We are ...\", says ..."): a section of the issue. Empty when the
// block opens with no such heading.
std::string_view Cleaner::capital_heading(std::string_view text) {
  const std::vector<std::string_view> words = split_words(text);
  std::size_t caps = 0;
  for (; caps < words.size(); ++caps) {
    bool letter = false;
    bool lower = false;
    for (std::size_t k = 0; k < words[caps].size();) {
      const char32_t c = next_code_point(words[caps], k);
      letter = letter || !(c >= '0' && c <= '9');
      lower = lower || is_lower_letter(c);
    }
    if (!letter || lower) break;
  }
  if (caps < 2 || words.size() < caps + 8) return {};
  return text.substr(0, static_cast<std::size_t>(words[caps - 1].data() + words[caps - 1].size() - text.data()));
}

// The closing separator: a rule (<hr>, a line of dashes) late in the
// issue under which the newsletter's chrome is gathered. When only short
// blocks follow it, none a heading, and at least half of them are already
// known as chrome, the rest are the same chrome in words no rule has
// (the appeal, the survey, the ad rates between the unsubscribe lines).
void Cleaner::mark_closing_separator() {
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
      if (info.heading_like || info.words > 40 || info.is_protected || !capital_heading(block(j).text).empty() ||
          announces(j))
        short_only = false;
      ++blocks;
      known += info.reason && info.reason->kind != RemovalKind::source ? 1 : 0;
    }
    if (!short_only || blocks < 3 || known * 2 < blocks || known == blocks) return;
    const Removal reason{RemovalKind::footer, "after the closing separator, where " + std::to_string(known) + " of " +
                                                  std::to_string(blocks) + " blocks are chrome"};
    for (std::size_t j = i + 1; j < size(); ++j) remove(j, reason);
    return;
  }
}

// The signature: in the second half of a plain-text issue, the short
// blocks under the signature delimiter ("-- "), up to the next rule, are
// the sender's signature, whatever they say: the membership appeal, the
// social handles, the printer's credit, the address. A heading or a long
// paragraph there is a story, and keeps the region.
void Cleaner::mark_signature() {
  for (std::size_t i = 0; i < size(); ++i) {
    if (block(i).kind != BlockKind::separator || block(i).level != 1) continue;
    std::size_t end = i + 1;
    bool short_only = true;
    while (end < size() && block(end).kind != BlockKind::separator) {
      const Info& info = m_info[end];
      if (info.heading_like || info.words > 50 || info.is_protected) short_only = false;
      ++end;
    }
    if (!short_only || end == i + 1) continue;
    // Early in the issue a delimiter signs one post of a list's digest:
    // the next post's header follows the rule that closes the signature.
    if (position(i) < 0.5) {
      std::size_t next = end;
      while (next < size() && (block(next).kind == BlockKind::separator || m_info[next].words == 0)) ++next;
      if (next >= size() || !message_header(block(next).text)) continue;
    }
    const Removal reason{RemovalKind::footer, "under the signature delimiter \"-- \""};
    for (std::size_t j = i + 1; j < end; ++j) remove(j, reason);
  }
}

}  // namespace distill::transform::clean_detail
