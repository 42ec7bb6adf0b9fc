// Step 2 of clean() (clean.cpp), the issue's header: a short line in the
// header that links to the issue on the web or only to a sign-up page (the
// forwarded copy's "get it yourself") is chrome. The header's line of date
// and issue number is the template's, and so are its date with the
// weather, its rows of section names without links (or as four or more
// short links to one site and no word besides), a teaser above its line to
// the web copy that counts the issue's items ("trois recettes et une
// astuce"), and the reader's account line (a masked number, or a member or
// customer number set as a label). A date line that ends in a sponsor's
// credit ("Tuesday, October 14, 2025 · Together with Acme") is the ad's.
// So is the inbox preview printed as one sentence over the masthead's
// title, when that title carries the newsletter's own name.

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <re2/re2.h>

#include "transform/block_facts.hpp"
#include "transform/clean_passes.hpp"
#include "transform/evidence.hpp"
#include "transform/markers.hpp"
#include "transform/sentences.hpp"
#include "transform/vocabulary.hpp"
#include "transform/words.hpp"

namespace distill::transform::clean_detail {

// The header zone: the blocks before the issue's first long paragraph,
// in its first tenth. A short line there that links somewhere and
// speaks of the web or a browser ("Leggi questo numero sul sito",
// "Abrir no browser", "Mails lieber im Browser? Zur Ansicht im Netz")
// points to the issue's web copy, in whatever words.
void Cleaner::mark_header_web_link() {
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
void Cleaner::mark_header_teaser() {
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
  // Two words in a row, each of four letters or more, that the teaser
  // shares with a heading further down: the teaser names that section.
  const auto pairs_of = [](std::string_view folded) {
    std::vector<std::string> pairs;
    const std::vector<std::string_view> words = split_words(folded);
    for (std::size_t w = 1; w < words.size(); ++w) {
      if (words[w - 1].size() >= 4 && words[w].size() >= 4)
        pairs.push_back(std::string(words[w - 1]) + ' ' + std::string(words[w]));
    }
    return pairs;
  };
  for (std::size_t i = 0; i < web_line; ++i) {
    const Info& info = m_info[i];
    if (!open(i) || info.words < 3 || info.words > 16 || !block(i).links.empty()) continue;
    if (ends_like_sentence(info.folded)) continue;
    if (!info.heading_like && has_listed_word(WordList::contents, info.folded)) {
      remove(i,
             {RemovalKind::chrome, "in the header, above the line to the web copy, a teaser counting the issue's items"});
      continue;
    }
    // A teaser that lists the issue's sections by their headings' words
    // ("Spring tune-ups, a cargo bike to test, and the Saturday ride"
    // over "Spring tune-ups", "Our new cargo bike", "Saturday rides are
    // back"): two headings or more named, the stories all below it. Set
    // short and bare, it may read like a heading of its own.
    const std::vector<std::string> teaser = pairs_of(info.folded);
    if (teaser.empty()) continue;
    int named = 0;
    for (std::size_t j = web_line + 1; j < size() && named < 2; ++j) {
      if (!m_info[j].heading_like && block(j).kind != BlockKind::heading) continue;
      if (m_info[j].words == 0 || m_info[j].words > 10) continue;
      const std::vector<std::string> heading = pairs_of(m_info[j].folded);
      if (std::any_of(heading.begin(), heading.end(), [&](const std::string& pair) {
            return std::find(teaser.begin(), teaser.end(), pair) != teaser.end();
          }))
        ++named;
    }
    if (named < 2) continue;
    remove(i, {RemovalKind::chrome,
               "in the header, above the line to the web copy, a teaser naming the issue's sections"});
  }
}

// The inbox preview printed as the letter's first line, above its title
// ("Your account news for March, and this month's deals inside." over
// "Acme Mobile: Customer Update, March 2025"): one short sentence without
// links that opens the document, with nothing but the header's removed
// lines between it and the masthead, a short title that carries the
// newsletter's own name (read from its chrome's links and its legal line,
// as mark_own_name reads it), and more of the issue under the title. A
// first line over a story's heading, or one that runs on into the text,
// is the issue's opening and stays.
void Cleaner::mark_inbox_preview() {
  const std::vector<std::size_t> worded = worded_blocks();
  if (worded.size() < 4) return;
  const std::size_t first = worded[0];
  const Info& teaser = m_info[first];
  if (!open(first) || teaser.heading_like || block(first).kind != BlockKind::paragraph || !block(first).links.empty() ||
      teaser.words < 5 || teaser.words > 18 || position(first) >= 0.1 || !ends_like_sentence(teaser.folded) ||
      block(first).text.find('\n') != std::string::npos || split_sentences(block(first).text).size() != 1)
    return;
  std::size_t k = 1;
  while (k < worded.size() && !open(worded[k]) && m_info[worded[k]].reason &&
         m_info[worded[k]].reason->kind == RemovalKind::chrome)
    ++k;
  if (k + 1 >= worded.size()) return;
  const std::size_t title = worded[k];
  const Info& title_info = m_info[title];
  if (!open(title) || title_info.words == 0 || title_info.words > 12 ||
      (block(title).kind != BlockKind::heading && !title_info.heading_like))
    return;
  // The name whole ("Acme Mobile" of acme-mobile.example), or the title's
  // first word as the start of it ("Acme" of the same).
  const std::vector<std::string> names = own_names();
  const std::string_view text = block(title).text;
  const std::string first_word = name_letters(text.substr(0, text.find(' ')));
  const auto carries = [&](const std::string& name) {
    return letters(title).find(name) != std::string::npos || (first_word.size() >= 5 && name.starts_with(first_word));
  };
  if (std::none_of(names.begin(), names.end(), carries)) return;
  remove(first, {RemovalKind::chrome, "the inbox preview's line above the issue's title"});
}

// The header zone: the blocks above the issue's first heading or long
// paragraph, in its first tenth. The date and issue-number line there
// ("July 16, 2025 | Issue #87", "Jeudi 6 février · n° 112", "#400 —
// February 18, 2022") is the template's: nothing but dates, numbers and
// the words of an issue's number.
void Cleaner::mark_header_zone() {
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
  // The masthead's line that dates the issue and credits its sponsor after
  // a dot or bar ("The Daily · Tuesday, October 14, 2025 · Together with
  // Acme", "Mardi 14 octobre 2025 | En partenariat avec Acme"): the date
  // is the template's, the credit (its link goes to the sponsor) the ad's.
  for (std::size_t i = 0; i < size() && position(i) < 0.1; ++i) {
    const Info& info = m_info[i];
    if (info.words > 40 || (block(i).kind == BlockKind::heading && i > 0)) break;
    if (!open(i) || info.words == 0 || info.words > 20 || ends_like_sentence(info.folded)) continue;
    if (credits_sponsor_after_date(info.folded))
      remove(i, {RemovalKind::sponsor, "in the header, the masthead's date line with its sponsor's credit"});
  }
  // A post's byline: a person's name, two or three words in capitals, then
  // the date with its year after a dot or a bar ("Jane Doe · Nov 20,
  // 2025"). A title with its week's number ("Acme Kitchen · Week 47") has
  // no year, a letter's name ("La lettre Acme · Octobre 2024") words in
  // lower case, and one in capitals ("Acme Kundenbrief | Oktober 2025")
  // names the host the list is run from: all three stay.
  const std::string_view list_host = m_context.list_unsubscribe_host;
  const auto byline_with_date = [list_host](std::string_view text, std::string_view folded) {
    const std::string_view name = first_segment(text);
    if (name.size() == text.size() || !is_navigation_row(folded, 2) || is_navigation_row(folded, 3) ||
        !is_date_line(last_segment(folded)))
      return false;
    const int words = count_words(name);
    if (words < 2 || words > 3) return false;
    static const RE2 year(R"((?:^|\D)((?:19|20)\d\d)(?:\D|$))");
    if (!RE2::PartialMatch(last_segment(folded), year)) return false;
    const std::string letters_of_name = name_letters(name);
    for (std::string_view host = list_host; !host.empty();) {
      const std::size_t dot = host.find('.');
      if (dot == std::string_view::npos) break;  // the top-level domain
      const std::string label = name_letters(host.substr(0, dot));
      if (label.size() >= 5 && letters_of_name.find(label) != std::string::npos) return false;
      host.remove_prefix(dot + 1);
    }
    for (std::size_t k = 0; k < name.size();) {
      const bool word_start = k == 0 || name[k - 1] == ' ';
      const char32_t c = next_code_point(name, k);
      if (word_start && (!is_word_code_point(c) || is_lower_letter(c) || (c >= U'0' && c <= U'9'))) return false;
    }
    return true;
  };
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
    } else if (position(i) < 0.1 && ((is_date_line(first_segment(info.folded)) && is_navigation_row(info.folded, 2)) ||
                                     byline_with_date(block(i).text, info.folded) ||
                                     (one_line_place(i) && is_dateline_with_labels(info.folded)))) {
      // The date, then the weather or the place between dots or bars
      // ("Tuesday, March 24, 2026 · Partly cloudy, 48°F"), also after the
      // place of a dateline ("Blumenau, terça-feira, 17 de março de 2026
      // · 19 °C, chuva à tarde"). So does a post's byline, its writer's
      // name then the date ("Jane Doe · Nov 20, 2025").
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
// 2231-88", "número de socio: 10442", "klantnummer 8812"); a programme's
// letters may lead the digits when six or more follow in groups
// ("membership number: CC 4471 0928"), where "number in 2024" is a year.
bool Cleaner::names_account_number(std::string_view folded) {
  static const RE2 re(
      R"((?:^|[^\pL])(?:(?:kunden|mitglieds|klant|lid|leden|abonnenten|vertrags)nummer|)"
      R"((?:member|customer|account|client|adhérent|membre|socio|socia|cliente|tessera|sócio|associado|abonné|)"
      R"(abonado|abbonato|assinante|mitglied|kunde|klant|lid)\pL*[^.!?]*?(?:number|no\.|nr\.|n°|nº|n\.º|)"
      R"(numéro|número|numero|#))\s?:?\s?(?:\d[\d -]{3,}|\pL{1,3}[ -]?\d{2,}[ -]?\d{4,}))");
  return RE2::PartialMatch(re2::StringPiece(folded.data(), folded.size()), re);
}

bool Cleaner::has_masked_number(std::string_view folded) {
  static const RE2 re(R"((?:^|[^\pL\pN])(?:\*{3,}|•{3,}|x{4,}|X{4,})[ -]?\d{2,6}(?:$|[^\pN]))");
  return RE2::PartialMatch(re2::StringPiece(folded.data(), folded.size()), re);
}

// A place, a date, then labels between bars or dots.
bool Cleaner::is_dateline_with_labels(std::string_view text) {
  const std::string_view date = first_segment(text);
  if (date.size() == text.size() || !is_date_line(after_place(date))) return false;
  // The rest: short labels ("19 °C, chuva à tarde"), no sentence.
  const std::string_view rest = text.substr(date.size());
  const int words = count_words(rest);
  return words > 0 && words <= 8 && !ends_like_sentence(rest);
}

// Whether block i's first comma ends its first line: a dateline's place
// stands on the line of its date, where a masthead's name stands above it.
bool Cleaner::one_line_place(std::size_t i) const {
  const std::string_view text = block(i).text;
  return text.find(',') < text.find('\n');
}

// A dateline's date without the place that leads it ("Blumenau,
// terça-feira, 17 de março de 2026"): the text after the first comma when
// one to three words without digits stand before it, else "".
std::string_view Cleaner::after_place(std::string_view text) {
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
bool Cleaner::is_menu_of_links(std::size_t i) const {
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

bool Cleaner::is_labelled_navigation_row(std::string_view text) {
  const std::size_t bar = std::min({text.find(" |"), text.find(" ·"), text.find(" •")});
  if (bar == std::string_view::npos) return false;
  // The title ends where the first label's last four words start.
  const std::string_view head = text.substr(0, bar);
  const int words = count_words(head);
  if (words <= 4 || words > 12 || ends_like_sentence(head)) return false;
  return is_navigation_row(text.substr(bar + 1), 2) && count_words(text.substr(bar + 1)) <= 16 &&
         std::count(text.begin(), text.end(), '|') + count_of(text, "·") + count_of(text, "•") >= 3;
}

std::ptrdiff_t Cleaner::count_of(std::string_view text, std::string_view what) {
  std::ptrdiff_t n = 0;
  for (std::size_t at = text.find(what); at != std::string_view::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

// A short block that is not a sentence and names a month of a year
// ("Mai 2026", "25 maggio 2026", "Mayo 2026") but no time of day, as a
// masthead dates its issue under the name and tagline.
bool Cleaner::is_dated_masthead(std::string_view text) {
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

// A date (at the end of the text before the last dot or bar, after the
// issue's name) and then, as the last part, a sponsor's credit of a few
// words: a sponsor label ("together with", "presented by") or a sponsor
// phrase of the vocabulary at its start.
bool Cleaner::credits_sponsor_after_date(std::string_view folded) {
  // Where the text's last dot or bar between spaces starts, and its width.
  const auto last_separator = [](std::string_view text) {
    std::pair<std::size_t, std::size_t> last{std::string_view::npos, 0};
    for (std::string_view sep : {std::string_view(" · "), std::string_view(" | "), std::string_view(" • ")}) {
      const std::size_t found = text.rfind(sep);
      if (found != std::string_view::npos && (last.first == std::string_view::npos || found > last.first))
        last = {found, sep.size()};
    }
    return last;
  };
  const auto [at, width] = last_separator(folded);
  if (at == std::string_view::npos) return false;
  const std::string_view credit = folded.substr(at + width);
  const int credit_words = count_words(credit);
  if (credit_words < 2 || credit_words > 8) return false;
  const std::optional<MarkerHit> marker = find_marker({credit, credit_words, true, true, 0});
  bool sponsor = marker && marker->kind == RemovalKind::sponsor;
  for (const VocabularyHit& hit : find_vocabulary(credit)) {
    sponsor = sponsor || (hit.category == Category::sponsor && hit.pos == 0);
  }
  if (!sponsor) return false;
  // The date: the last words before the credit, after the issue's name.
  std::string_view head = folded.substr(0, at);
  if (const auto [bar, bar_width] = last_separator(head); bar != std::string_view::npos)
    head = head.substr(bar + bar_width);
  for (std::size_t from = 0; from < head.size();) {
    const std::string_view tail = head.substr(from);
    if (std::any_of(tail.begin(), tail.end(), [](char c) { return c >= '0' && c <= '9'; }) && is_date_line(tail))
      return true;
    const std::size_t space = head.find(' ', from);
    if (space == std::string_view::npos) break;
    from = space + 1;
  }
  return false;
}

// The text before the first bar, dot or dash that separates labels.
std::string_view Cleaner::first_segment(std::string_view text) {
  std::size_t end = text.size();
  for (std::string_view sep : {std::string_view(" |"), std::string_view(" ·"), std::string_view(" •"),
                               std::string_view(" — "), std::string_view(" - ")}) {
    end = std::min(end, text.find(sep));
  }
  return text.substr(0, end);
}

// The text after the last bar, dot or dash that separates labels.
std::string_view Cleaner::last_segment(std::string_view text) {
  std::size_t start = 0;
  for (std::string_view sep : {std::string_view("| "), std::string_view("· "), std::string_view("• "),
                               std::string_view(" — "), std::string_view(" - ")}) {
    const std::size_t at = text.rfind(sep);
    if (at != std::string_view::npos) start = std::max(start, at + sep.size());
  }
  return text.substr(start);
}

}  // namespace distill::transform::clean_detail
