#include "transform/vocabulary.hpp"

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "tests/support/fixture_table.hpp"
#include "transform/regex_superset.hpp"
#include "transform/words.hpp"

using namespace distill::transform;

namespace {

std::vector<std::vector<std::string>> read_fixture(const std::string& name) {
  return distill::test::read_fixture_table(std::filesystem::path("vocabulary") / name);
}

std::string underscored(std::string_view name) {
  std::string out(name);
  for (char& c : out) {
    if (c == ' ' || c == '-') c = '_';
  }
  return out;
}

// Whether a row of category `c` takes `text`.
bool hit(Category c, const std::string& text) {
  for (const VocabularyHit& h : find_vocabulary(fold_for_match(text))) {
    if (h.category == c) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("every vocabulary row compiles", "[transform]") { CHECK(vocabulary_errors().empty()); }

TEST_CASE("every category of the vocabulary is covered in all seven languages", "[transform]") {
  std::set<std::pair<Category, Language>> covered;
  for (const VocabularyRow& row : vocabulary()) {
    if (!row.label_only) covered.insert({row.category, row.language});
  }
  for (std::size_t c = 0; c < k_category_count; ++c) {
    for (std::size_t l = 0; l < k_language_count; ++l) {
      INFO(category_name(static_cast<Category>(c)) << " in " << language_code(static_cast<Language>(l)));
      CHECK(covered.count({static_cast<Category>(c), static_cast<Language>(l)}) == 1);
    }
  }
}

TEST_CASE("the vocabulary recognises a hand-written chrome block of each category in each language",
          "[transform]") {
  const auto rows = read_fixture("chrome.txt");
  REQUIRE(rows.size() == k_category_count * k_language_count);
  std::set<std::pair<std::string, std::string>> seen;
  for (const auto& row : rows) {
    REQUIRE(row.size() == 3);
    seen.insert({row[0], row[1]});
    INFO(row[0] << "/" << row[1] << ": " << row[2]);
    bool found = false;
    for (const VocabularyHit& hit : find_vocabulary(fold_for_match(row[2]))) {
      if (underscored(category_name(hit.category)) == row[0]) found = true;
    }
    CHECK(found);
  }
  CHECK(seen.size() == rows.size());  // one block per category and language, none twice
}

TEST_CASE("the vocabulary recognises chrome in further phrasings of its categories", "[transform]") {
  const auto rows = read_fixture("phrasings.txt");
  REQUIRE(rows.size() >= 30);
  for (const auto& row : rows) {
    REQUIRE(row.size() == 3);
    INFO(row[0] << "/" << row[1] << ": " << row[2]);
    bool found = false;
    for (const VocabularyHit& hit : find_vocabulary(fold_for_match(row[2]))) {
      if (underscored(category_name(hit.category)) == row[0] && language_code(hit.language) == row[1]) found = true;
    }
    CHECK(found);
  }
}

TEST_CASE("a vocabulary hit quotes the phrase where it stands in the folded text", "[transform]") {
  const std::string folded = fold_for_match("Wird diese E-Mail nicht richtig angezeigt?");
  const auto hits = find_vocabulary(folded);
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].category == Category::view_online);
  CHECK(hits[0].language == Language::de);
  CHECK(hits[0].phrase == "nicht richtig angezeigt");
  CHECK(folded.substr(hits[0].pos, hits[0].phrase.size()) == hits[0].phrase);
}

TEST_CASE("a label-only word marks a block only when it is the whole block", "[transform]") {
  auto label = [](const std::string& text) {
    for (const auto& hit : find_vocabulary(fold_for_match(text))) {
      if (hit.label_only) return true;
    }
    return false;
  };
  CHECK(label("PUBLICITÉ"));
  CHECK(label("— Anzeige —"));
  CHECK(label("Publicidad"));
  CHECK_FALSE(label("La publicité en ligne a reculé de 3 % au premier trimestre."));
  CHECK_FALSE(label("Anzeigenkunden kehren zurück"));
}

TEST_CASE("a phrase starts at a word start, accented letters included", "[transform]") {
  // "impressum" inside a longer word, "désinscri" after a letter: no hit.
  CHECK(find_vocabulary(fold_for_match("Die Zeitschriftimpressumseite")).empty());
  CHECK_FALSE(find_vocabulary(fold_for_match("Lien de désinscription")).empty());
}

TEST_CASE("a phrase with letters of any script inside it is found, and bounded by them", "[transform]") {
  // The rows' letter classes ([\pL-]+, [\pL, ]{0,40}) take accented letters.
  CHECK_FALSE(find_vocabulary(fold_for_match("Unser neues Übungsbuch-Bootcamp startet im Mai")).empty());
  CHECK_FALSE(find_vocabulary(fold_for_match("Upgrade to Café Premium today")).empty());
  CHECK_FALSE(find_vocabulary(fold_for_match("Con l'abbonamento più completo ricevi la rivista")).empty());
  // An accented letter before or after a label is a letter: no label.
  for (const auto& hit : find_vocabulary(fold_for_match("épublicité"))) CHECK_FALSE(hit.label_only);
  for (const auto& hit : find_vocabulary(fold_for_match("publicitéé"))) CHECK_FALSE(hit.label_only);
}

TEST_CASE("a phrase that starts or ends with an accented letter is found", "[transform]") {
  // RE2's \b knows ASCII letters only: beside "é" or "à" it never holds.
  CHECK_FALSE(find_vocabulary(fold_for_match("Let op: één coupon per klant, niet geldig op eerdere bestellingen.")).empty());
  CHECK_FALSE(find_vocabulary(fold_for_match("Le renouvellement est facturé au tarif en vigueur.")).empty());
  CHECK_FALSE(find_vocabulary(fold_for_match("Passa a Premium con soli 2 euro in più.")).empty());
  CHECK_FALSE(find_vocabulary(fold_for_match("Oferta válida até 30 de junho.")).empty());
  // Whether a \b stands before a character beyond ASCII, or after one: the
  // last character of a word, or of any alternative of a group before it
  // ("(?:sur|à)\b").
  const auto beside_accent = [](std::string_view pattern) {
    const auto beyond_ascii = [](char c) { return static_cast<unsigned char>(c) >= 0x80; };
    for (std::size_t at = pattern.find("\\b"); at != std::string_view::npos; at = pattern.find("\\b", at + 2)) {
      if (at + 2 < pattern.size() && beyond_ascii(pattern[at + 2])) return true;
      std::size_t end = at;
      while (end > 0 && pattern[end - 1] == '?') --end;
      if (end == 0) continue;
      if (pattern[end - 1] != ')') {
        if (beyond_ascii(pattern[end - 1])) return true;
        continue;
      }
      int depth = 0;
      for (std::size_t k = end - 1; k-- > 0;) {
        const char c = pattern[k];
        if (c == ')') ++depth;
        if (c == '(' && depth-- == 0) break;
        if ((c == '|' || k + 2 == end) && depth == 0 && beyond_ascii(c == '|' ? pattern[k - 1] : c)) return true;
      }
    }
    return false;
  };
  for (const VocabularyRow& row : vocabulary()) {
    INFO(row.phrases.substr(0, 80));
    CHECK_FALSE(beside_accent(row.phrases));
  }
  for (const WordListRow& row : word_lists()) {
    INFO(row.words.substr(0, 80));
    CHECK_FALSE(beside_accent(row.words));
  }
}

TEST_CASE("a phrase that starts with an accented letter is found after one space in a sentence", "[transform]") {
  // The row's wrapper reads the one character before the phrase; a
  // branch that asks for a word start again needs a second one.
  CHECK_FALSE(find_vocabulary(fold_for_match("Maximaal één coupon per klant")).empty());
  CHECK_FALSE(find_vocabulary(fold_for_match("Dat is een économie par rapport à un achat direct")).empty());
  CHECK_FALSE(find_vocabulary(fold_for_match("Per noi la newsletter è il modo più semplice per sostenere il podcast")).empty());
  CHECK_FALSE(find_vocabulary(fold_for_match("Ainda há os últimos stands disponíveis")).empty());
  CHECK_FALSE(find_vocabulary(fold_for_match("Quedan los últimos stands disponibles")).empty());
  CHECK_FALSE(find_vocabulary(fold_for_match("Ab sofort über unser Kundenportal senden Sie Ihre Belege digital")).empty());
  // No branch at the top of a row opens with a word-start check of its own.
  const std::string_view word_start = "(?:^|[^\\pL\\pN])";
  for (const VocabularyRow& row : vocabulary()) {
    INFO(row.phrases.substr(0, 80));
    const std::string_view p = row.phrases;
    int depth = 0;
    bool in_class = false;
    for (std::size_t i = 0; i < p.size(); ++i) {
      if (p[i] == '\\') {
        ++i;
      } else if (in_class) {
        in_class = p[i] != ']';
      } else if (p[i] == '[') {
        in_class = true;
      } else if (p[i] == '(') {
        if (depth == 0 && i == 0) CHECK_FALSE(p.substr(i).starts_with(word_start));
        ++depth;
      } else if (p[i] == ')') {
        --depth;
      } else if (p[i] == '|' && depth == 0) {
        CHECK_FALSE(p.substr(i + 1).starts_with(word_start));
      }
    }
  }
}

TEST_CASE("the word lists that rules read beside a phrase match where their words count", "[transform]") {
  CHECK(vocabulary_errors().empty());
  CHECK(has_listed_word(WordList::sponsor_stem, fold_for_match("Contenido patrocinado por")));
  CHECK(has_listed_word(WordList::sponsor_stem, fold_for_match("sponsorisé par")));
  CHECK_FALSE(has_listed_word(WordList::sponsor_stem, fold_for_match("in Zusammenarbeit mit")));
  CHECK(has_listed_word(WordList::thanks, fold_for_match("Merci à eux !")));
  CHECK(has_listed_word(WordList::thanks, fold_for_match("Wij zijn hen dankbaar")));
  CHECK_FALSE(has_listed_word(WordList::thanks, fold_for_match("The mercier family")));
  CHECK(has_listed_word(WordList::issue, fold_for_match("Questo numero è realizzato")));
  CHECK(has_listed_word(WordList::issue, fold_for_match("La stagione 2026")));
  CHECK_FALSE(has_listed_word(WordList::issue, fold_for_match("The reissued album")));
  CHECK(has_listed_word(WordList::issue_opening, fold_for_match("Today's edition")));
  CHECK_FALSE(has_listed_word(WordList::issue_opening, fold_for_match("Unlike today's edition")));
  CHECK(has_listed_word(WordList::own_work, fold_for_match("Onze leesclub draait")));
  CHECK_FALSE(has_listed_word(WordList::own_work, fold_for_match("Fourteen clubs")));
  CHECK_FALSE(has_listed_word(WordList::own_work, fold_for_match("The club of ours")));
  CHECK(has_listed_word(WordList::web, fold_for_match("Leggi sul sito")));
  CHECK_FALSE(has_listed_word(WordList::web, fold_for_match("Read the webinar notes")));
  CHECK(has_listed_word(WordList::jobs, fold_for_match("Vacatures in de regio")));
  CHECK_FALSE(has_listed_word(WordList::jobs, fold_for_match("Banenplan")));
  CHECK(has_listed_word(WordList::photo, fold_for_match("Photo credit: Lena Okafor")));
  CHECK(has_listed_word(WordList::photo, fold_for_match("Foto door Jan Bakker")));
  CHECK(has_listed_word(WordList::photo, fold_for_match("Crédito: Ana Ruiz")));
  CHECK_FALSE(has_listed_word(WordList::photo, fold_for_match("Photosynthesis: how plants eat")));
  CHECK_FALSE(has_listed_word(WordList::photo, fold_for_match("The photo by the river")));
  CHECK_FALSE(has_listed_word(WordList::photo_by, fold_for_match("by")));
  CHECK(has_listed_word(WordList::paid_listing, fold_for_match("The listings in this section are paid placements.")));
  CHECK(has_listed_word(WordList::paid_listing,
                        fold_for_match("TOPS - die Hersteller zahlen dafür, hier zu erscheinen")));
  CHECK(has_listed_word(WordList::paid_listing, fold_for_match("SÉLECTION - emplacements payants")));
  CHECK(has_listed_word(WordList::paid_listing, fold_for_match("Enlaces patrocinados")));
  CHECK(has_listed_word(WordList::paid_listing, fold_for_match("Questi sono posizionamenti a pagamento.")));
  CHECK(has_listed_word(WordList::paid_listing, fold_for_match("Betaalde vermeldingen")));
  CHECK(has_listed_word(WordList::paid_listing, fold_for_match("Os fabricantes pagam para aparecer aqui")));
  CHECK_FALSE(has_listed_word(WordList::paid_listing, fold_for_match("Sponsored by Acme")));
  CHECK_FALSE(has_listed_word(WordList::paid_listing, fold_for_match("We pay our writers to report here")));
  std::set<WordList> lists;
  for (const WordListRow& row : word_lists()) lists.insert(row.list);
  CHECK(lists.size() == k_word_list_count);
}

TEST_CASE("a widened pattern reads any character beyond ASCII where the pattern reads a Unicode letter or number",
          "[transform]") {
  CHECK(widened_to_ascii_letters(R"((?:^|[^a-z0-9])(fijne \pL+))") ==
        R"((?:^|[^a-z0-9])(fijne [a-zA-Z\x{80}-\x{10FFFF}]+))");
  CHECK(widened_to_ascii_letters(R"(a [\pL'-]{0,3} b)") == R"(a [a-zA-Z\x{80}-\x{10FFFF}'-]{0,3} b)");
  CHECK(widened_to_ascii_letters(R"([]\pN])") == R"([]0-9\x{80}-\x{10FFFF}])");
  // Where widening would narrow the pattern, it stays as written.
  CHECK(widened_to_ascii_letters(R"(x[^\pL]y \pL)") == R"(x[^\pL]y \pL)");
  CHECK(widened_to_ascii_letters(R"(\PL|\p{Greek})") == R"(\PL|\p{Greek})");
}

TEST_CASE("an open repeat matches wherever the counted one does", "[transform]") {
  CHECK(with_open_repeats(R"(a [^.!?]{0,40} b)", 10) == R"(a [^.!?]* b)");
  CHECK(with_open_repeats(R"(a .{2,60}? b)", 10) == R"(a .{2,}? b)");
  // Short counts, braces in a class or escaped, and exact counts stay.
  CHECK(with_open_repeats(R"(x{0,3} y{2} [{0,40}] \{0,40})", 10) == R"(x{0,3} y{2} [{0,40}] \{0,40})");
}

TEST_CASE("a phrase written with ß finds the Swiss spelling with ss", "[transform]") {
  CHECK(with_ss_for_eszett(R"(grüße [a-zß]+ \. maße)") == R"(grü(?:ß|ss)e [a-zß]+ \. ma(?:ß|ss)e)");
  CHECK(hit(Category::upsell, "Digital-Abo abschliessen"));
  CHECK(hit(Category::imprint, "Wir verwenden Ihre E-Mail-Adresse ausschliesslich für den Newsletter."));
  // The German spelling still finds its row.
  CHECK(hit(Category::imprint, "Wir verwenden Ihre E-Mail-Adresse ausschließlich für den Newsletter."));
  CHECK_FALSE(hit(Category::upsell, "Der Kanton will den Vertrag mit der Bahn bis Ende Jahr abschliessen."));
}

TEST_CASE("changing plan is an upsell only as the button that ends a block", "[transform]") {
  auto upsell = [](const std::string& text) {
    for (const auto& hit : find_vocabulary(fold_for_match(text))) {
      if (hit.category == Category::upsell) return true;
    }
    return false;
  };
  CHECK(upsell("Tarif wechseln"));
  CHECK(upsell("Upgrade your plan"));
  CHECK(upsell("Changer de formule"));
  CHECK(upsell("Mude de plano"));
  // Advice in a consumer story names the same act mid-sentence.
  CHECK_FALSE(upsell("Wer jetzt den Tarif wechseln will, sollte die Kündigungsfrist prüfen."));
  CHECK_FALSE(upsell("Pourquoi changer de forfait mobile cette année, et comment comparer les offres."));
  CHECK_FALSE(upsell("The council may change plan for the harbour after the vote."));
}

TEST_CASE("a referral rewards the reader and the friend, in the second person", "[transform]") {
  auto house_ad = [](const std::string& text) {
    for (const auto& hit : find_vocabulary(fold_for_match(text))) {
      if (hit.category == Category::house_ad) return true;
    }
    return false;
  };
  CHECK(house_ad("Indique e ganhe: vocês dois ganham R$ 20 em bônus."));
  CHECK(house_ad("Nodig een vriend uit: jullie krijgen allebei een maand gratis."));
  // A report says who got what in the third person.
  CHECK_FALSE(house_ad("Os dois ganham o prémio ex aequo, anunciou o júri."));
  CHECK_FALSE(house_ad("Ambos reciben la medalla de oro de la ciudad."));
  CHECK_FALSE(house_ad("Sie erhalten beide eine Entschädigung von der Bahn."));
}

TEST_CASE("price small print speaks of prices in general, and a caption over icons or badges is a line of its own",
          "[transform]") {
  CHECK(hit(Category::imprint, "Alle prijzen zijn inclusief btw."));
  CHECK(hit(Category::imprint, "Incl. btw, exclusief verzendkosten."));
  // A report names the tax with one price.
  CHECK_FALSE(hit(Category::imprint, "Vanaf 1 juli daalt het tarief naar 0,27 euro per kWh inclusief btw."));
  CHECK_FALSE(hit(Category::imprint, "Der Arbeitspreis sinkt auf 29 Cent je kWh inkl. MwSt."));
  CHECK_FALSE(hit(Category::imprint, "El kWh costará 0,19 euros IVA incluido desde enero."));
  CHECK_FALSE(hit(Category::imprint, "Il kWh costerà 0,24 euro IVA inclusa da luglio."));
  CHECK_FALSE(hit(Category::imprint, "O kWh passa a custar 0,21 euros com IVA incluído."));
  CHECK(hit(Category::house_ad, "Keep learning on your commute"));
  CHECK_FALSE(hit(Category::house_ad,
                  "Commuters can keep reading on the go thanks to new Wi-Fi on the trains, the operator said."));
  CHECK(hit(Category::social, "Stay connected"));
  CHECK_FALSE(hit(Category::social, "The museum said the archive would stay connected to the city's network."));
  CHECK_FALSE(hit(Category::social, "Restez connectés à la rédaction grâce à notre direct, promet la chaîne."));
}

TEST_CASE("a reward for a friend, a member perk, stock small print and a slogan are told from a report",
          "[transform]") {
  CHECK(hit(Category::house_ad, "Neem een collega mee: wordt zij lid, dan krijg je allebei 50 euro korting."));
  // Bringing someone along without a reward is an invitation, not a referral.
  CHECK_FALSE(hit(Category::house_ad, "Take a friend along to the open day on Saturday."));
  CHECK_FALSE(hit(Category::house_ad, "Os dois ganham o prémio ex aequo, anunciou o júri."));
  // Who gets a discount is news when nobody shows a card.
  CHECK_FALSE(hit(Category::house_ad, "Students get 10% off at the museum from July, the council said."));
  // A sale that runs while stocks last is the retailer's news; the offers' validity is small print.
  CHECK_FALSE(
      hit(Category::imprint,
          "The retailer's spring sale runs while stocks last, with discounts of up to 40% on garden furniture."));
  CHECK_FALSE(
      hit(Category::imprint, "Der Händler verkauft die Restposten, solange der Vorrat reicht, zum halben Preis."));
  CHECK(hit(Category::imprint,
            "Offerte valide dal 4 al 17 giugno nei punti vendita aderenti, fino a esaurimento scorte."));
  // A slogan is a line without a full stop; a report ends its sentence.
  CHECK_FALSE(hit(Category::house_ad, "Die Stadt schickt Unwetterwarnungen künftig direkt aufs Handy."));
  CHECK_FALSE(hit(Category::house_ad, "Il comune invia gli avvisi sempre con te, ha detto il sindaco."));
  CHECK(hit(Category::house_ad, "Tutte le offerte sempre con te"));
  // Listening to a podcast is news; listening to this newsletter is its audio version.
  CHECK_FALSE(hit(Category::view_online, "The station said listeners prefer podcasts to live radio."));
  CHECK_FALSE(hit(Category::feedback, "The paper received 212 letters to the editor about the stadium lease."));
  CHECK_FALSE(hit(Category::social, "More than 300 people joined the community garden this spring."));
  // A report of how fast quotes come is news; the call to get one opens its sentence.
  CHECK_FALSE(
      hit(Category::house_ad, "Die Versicherung sagt, Kunden erhielten ihr Angebot in 3 Minuten statt in zwei Tagen."));
  CHECK(hit(Category::house_ad, "Alugue sem fiador. Cotação em 2 minutos."));
}

TEST_CASE("points per euro, a repeat delivery, a card's perks and small print are told from a report", "[transform]") {
  // Money spent in a report is not the reader's spending at the till.
  CHECK_FALSE(
      hit(Category::house_ad, "For every dollar spent on flood defences, six are saved in repairs, the study says."));
  CHECK_FALSE(
      hit(Category::house_ad, "Per ogni euro speso in prevenzione se ne risparmiano quattro, secondo lo studio."));
  CHECK_FALSE(hit(Category::house_ad, "Por cada euro gastado en prevención se ahorran cuatro, según el informe."));
  CHECK_FALSE(hit(Category::house_ad, "Pour chaque euro dépensé en prévention, quatre sont économisés."));
  CHECK_FALSE(hit(Category::house_ad, "Voor elke euro ontvangt de gemeente twee euro subsidie van het Rijk."));
  CHECK(hit(Category::house_ad, "Voor elke euro krijg je een punt."));
  // A delivery the news reports is not the reader's repeat order.
  CHECK_FALSE(hit(Category::house_ad, "La entrega programada de las viviendas se retrasa a 2027."));
  CHECK_FALSE(hit(Category::house_ad, "La livraison programmée des rames a pris six mois de retard."));
  CHECK_FALSE(hit(Category::house_ad, "Die automatische Lieferung von Streusalz beginnt im November."));
  // A city's pass and someone else's app in a report are not the sender's offer.
  CHECK_FALSE(hit(Category::house_ad, "Kaartjes kosten 6 euro; met de Stadspas krijgen minima korting."));
  CHECK_FALSE(hit(Category::house_ad, "Residents can now get the NHS app to book their jabs, the council said."));
  CHECK_FALSE(hit(Category::house_ad, "Con la carta d'identità elettronica si ottiene lo sconto sul bollo."));
  // A rate or a programme in a report is not its small print.
  CHECK_FALSE(hit(Category::imprint, "Il tasso calcolato sulla media di maggio è salito al 3,1 %."));
  CHECK_FALSE(hit(Category::imprint, "A taxa calculada sobre o PIB caiu para 2 %."));
  CHECK_FALSE(hit(Category::imprint, "De rente is berekend over een periode van tien jaar, zegt de bank."));
}

TEST_CASE("a free museum, a doctor's advice, a podcast and an event in a report are not chrome", "[transform]") {
  // Free thanks to someone: only the issue itself is kept free by a sponsor.
  CHECK_FALSE(hit(Category::sponsor, "Entry to the museum is free thanks to a grant from the city."));
  CHECK_FALSE(hit(Category::sponsor, "Der Eintritt ist dank einer Spende der Stadtwerke kostenlos."));
  CHECK_FALSE(hit(Category::sponsor, "O transporte é gratuito graças a um convênio com a prefeitura."));
  // A report on doctors' advice is not the disclaimer.
  CHECK_FALSE(hit(Category::imprint, "The study found that apps do not replace doctors for most patients."));
  CHECK_FALSE(hit(Category::imprint, "Die Kasse zahlt künftig die ärztliche Beratung per Video."));
  // A podcast in the news is not the publisher's own.
  CHECK_FALSE(hit(Category::house_ad, "The broadcaster said its most popular podcast lost a third of its listeners."));
  CHECK_FALSE(hit(Category::house_ad, "Der Podcast des Senders verlor ein Drittel seiner Hörer."));
  // An event in the listings is not the call to send one in.
  CHECK_FALSE(hit(Category::feedback, "The council will announce the event programme on Friday."));
  CHECK_FALSE(hit(Category::feedback, "A prefeitura vai divulgar o evento na próxima semana."));
}

TEST_CASE("the publisher's print edition on sale and its podcast recorded live are house ads", "[transform]") {
  auto house_ad = [](const std::string& text) {
    for (const auto& hit : find_vocabulary(fold_for_match(text))) {
      if (hit.category == Category::house_ad) return true;
    }
    return false;
  };
  CHECK(house_ad("The summer issue hits newsstands on Friday, with a 30-page travel special."));
  CHECK(house_ad("Unsere Herbstausgabe liegt ab Donnerstag an Ihrem Kiosk."));
  CHECK(house_ad("Le numéro d'été est en kiosque dès jeudi : 96 pages sur la mer."));
  CHECK(house_ad("El número de julio ya está en tu quiosco, con un especial de verano."));
  CHECK(house_ad("Il nuovo numero è in edicola da sabato con un dossier sulle città."));
  CHECK(house_ad("Het zomernummer ligt vanaf vandaag in de winkel, met twintig nieuwe recepten."));
  CHECK(house_ad("A edição de agosto já está nas bancas, com 80 páginas de roteiros."));
  CHECK(house_ad("Come see the live show of our podcast at the Roundhouse on 3 May."));
  CHECK(house_ad("Vente al directo del podcast el jueves en la sala de siempre."));
  CHECK(house_ad("Venez à l'enregistrement public de notre podcast le 4 juin."));
  // A story about the press or a shop names the same places in other words.
  CHECK_FALSE(house_ad("Newsstand sales of daily papers fell by a fifth last year."));
  CHECK_FALSE(house_ad("Der Kioskbetreiber am Bahnhof gibt nach 40 Jahren auf."));
  CHECK_FALSE(house_ad("Les ventes en kiosques de la presse quotidienne reculent de 8 %."));
}

TEST_CASE("a privacy pledge and a warranty disclaimer are small print, in the seven languages", "[transform]") {
  auto imprint = [](const std::string& text) {
    for (const auto& hit : find_vocabulary(fold_for_match(text))) {
      if (hit.category == Category::imprint) return true;
    }
    return false;
  };
  CHECK(imprint("Northwind respects your privacy. We do not sell or rent your personal information to anyone."));
  CHECK(imprint("We will never sell your e-mail address."));
  CHECK(imprint("This bulletin is provided \"as is\" without warranty of any kind, express or implied."));
  CHECK(imprint("Wir geben Ihre E-Mail-Adresse selbstverständlich nicht an Dritte weiter. Alle Angaben ohne Gewähr."));
  CHECK(imprint("Nous respectons votre vie privée : nous ne vendons jamais vos coordonnées."));
  CHECK(imprint("Ce bulletin est fourni sans garantie d'aucune sorte."));
  CHECK(imprint("Respetamos tu privacidad: no cedemos tus datos. Información sin garantía de ningún tipo."));
  CHECK(imprint("Rispettiamo la tua privacy: i tuoi dati non saranno mai ceduti a terzi."));
  CHECK(imprint("Wij respecteren uw privacy. Uw gegevens worden nooit aan derden verstrekt."));
  CHECK(imprint("Respeitamos a sua privacidade e não vendemos os seus dados."));
  // A report on privacy and warranties is not the sender's pledge.
  CHECK_FALSE(imprint("The regulator fined the retailer for selling customer data to brokers."));
  CHECK_FALSE(imprint("The warranty on the new laptops runs for three years instead of one."));
  CHECK_FALSE(imprint("Der Hersteller verlängert die Garantie auf fünf Jahre."));
  CHECK_FALSE(imprint("Les actifs ont été vendus à un fonds américain."));
}

TEST_CASE("an early registration discount, certification training and a store card are house ads", "[transform]") {
  auto house_ad = [](const std::string& text) {
    for (const auto& hit : find_vocabulary(fold_for_match(text))) {
      if (hit.category == Category::house_ad) return true;
    }
    return false;
  };
  CHECK(house_ad("Three days, 60 sessions. Register by May 3 and save $200!"));
  CHECK(house_ad("Become a certified network administrator in twelve weeks."));
  CHECK(house_ad("Instructor-led courses in 9 cities."));
  CHECK(house_ad("Get the Bookhouse Visa card and take $20 off your first order."));
  CHECK(house_ad("Jetzt anmelden und 150 Euro sparen!"));
  CHECK(house_ad("Jetzt die Kundenkarte beantragen und Punkte sammeln."));
  CHECK(house_ad("Inscrivez-vous avant le 15 mars et économisez 100 euros."));
  CHECK(house_ad("Conviértete en un administrador certificado con nuestros cursos."));
  CHECK(house_ad("Iscriviti entro il 30 aprile e risparmia il 20%."));
  CHECK(house_ad("Vraag nu uw klantenkaart aan."));
  CHECK(house_ad("Torne-se um desenvolvedor certificado em oito semanas."));
  // A report on registrations, certification or cards names them otherwise.
  CHECK_FALSE(house_ad("Voters must register by October 9 to take part in the election."));
  CHECK_FALSE(house_ad("The agency certified the new aircraft after two years of tests."));
  CHECK_FALSE(house_ad("Visa and Mastercard agreed to cut the fees they charge small shops."));
}

TEST_CASE("deals from our partners head a box of partners' offers", "[transform]") {
  auto sponsor = [](const std::string& text) {
    for (const auto& hit : find_vocabulary(fold_for_match(text))) {
      if (hit.category == Category::sponsor) return true;
    }
    return false;
  };
  CHECK(sponsor("HOT DEALS FROM OUR PARTNERS\n\u2022 256MB memory for $49 at MemoryDepot"));
  CHECK(sponsor("Special offers from our sponsors: save 20% on printer ink."));
  CHECK_FALSE(sponsor("The airline said deals with partners in Asia would add 12 routes."));
}

TEST_CASE("a reader poll, availability small print, the publisher's forum and a premium trial are chrome",
          "[transform]") {
  CHECK(hit(Category::feedback, "Vote in our poll: which show deserves a second season?"));
  CHECK(hit(Category::feedback, "Participez à notre sondage de la semaine."));
  CHECK(hit(Category::feedback, "Vota en nuestra encuesta: ¿cuál fue el mejor partido?"));
  CHECK(hit(Category::feedback, "Doe mee aan onze poll over de beste serie."));
  CHECK(hit(Category::imprint, "Fares are subject to availability and may change at any time."));
  CHECK(hit(Category::imprint, "Check your local listings for changes."));
  CHECK(hit(Category::imprint, "Preise nach Verfügbarkeit, Änderungen vorbehalten."));
  CHECK(hit(Category::imprint, "Tarifs sous réserve de disponibilité."));
  CHECK(hit(Category::imprint, "Prezzi soggetti a disponibilità."));
  CHECK(hit(Category::house_ad, "Our forums have 12,000 members now."));
  CHECK(hit(Category::house_ad, "Early registration ends November 15."));
  CHECK(hit(Category::house_ad, "Besuchen Sie unser Forum!"));
  CHECK(hit(Category::upsell, "Get it free when you try Stockline Premium for 30 days."));
  // Reports name polls, availability and forums otherwise.
  CHECK_FALSE(hit(Category::feedback, "A poll by the university found that 40% of voters are undecided."));
  CHECK_FALSE(hit(Category::imprint, "The vaccine's availability is limited to people over 60 this month."));
  CHECK_FALSE(hit(Category::house_ad, "The forum in Davos opens on Monday with 3,000 guests."));
}

TEST_CASE("listings declared bought, a saving at a partner shop and an offer label are chrome", "[transform]") {
  CHECK(hit(Category::sponsor, "Top picks (these listings are paid placements by the vendors)."));
  CHECK(hit(Category::house_ad, "Every travel guide is 25% off at our bookshop partner this week."));
  CHECK(hit(Category::sponsor, "Die Empfehlungen oben sind bezahlte Platzierungen."));
  CHECK(hit(Category::sponsor, "Les liens ci-dessus sont des emplacements payants."));
  CHECK(hit(Category::sponsor, "Estos programas son colocaciones pagadas."));
  CHECK(hit(Category::sponsor, "Deze titels zijn betaalde plaatsingen."));
  CHECK(hit(Category::house_ad, "FAN OFFER: four seats for the price of two until May 2."));
  CHECK(hit(Category::house_ad, "Leserangebot: zwei Karten zum Preis von einer."));
  CHECK(hit(Category::house_ad, "Offre lecteurs : deux places pour le prix d'une."));
  CHECK(hit(Category::house_ad, "Oferta para lectores: dos entradas por una."));
  CHECK(hit(Category::house_ad, "Lezersaanbieding: twee kaartjes voor de prijs van één."));
  // Reports name placements, partners and offers otherwise.
  CHECK_FALSE(hit(Category::sponsor, "The league said paid attendance rose 8% this season."));
  CHECK_FALSE(hit(Category::house_ad, "Shares of the retailer fell 30% after it lost a partner."));
  CHECK_FALSE(hit(Category::house_ad, "The special offer the union rejected: a 4% raise over two years."));
}

TEST_CASE("mirror lists, print subscriptions, locked-in renewal prices and calls for tips are chrome", "[transform]") {
  CHECK(hit(Category::house_ad, "Get version 2.1 from any of these mirrors:"));
  CHECK(hit(Category::house_ad, "Mirror 2 (Canada): ftp://ftp.example.org/pub/tool21.zip"));
  CHECK(hit(Category::house_ad, "Spiegelserver 1: http://dl.example.de/tool21.zip"));
  CHECK(hit(Category::house_ad, "Téléchargez-la depuis l'un de ces miroirs :"));
  CHECK(hit(Category::house_ad, "Descárgala desde cualquiera de estos espejos:"));
  CHECK(hit(Category::house_ad, "Scaricala da uno di questi mirror:"));
  CHECK(hit(Category::house_ad, "Download hem van een van deze mirrors:"));
  CHECK(hit(Category::house_ad, "Baixe de qualquer um destes espelhos:"));
  CHECK(hit(Category::house_ad, "SUBSCRIBE TO THE PRINT EDITION and get a CD every month."));
  CHECK(hit(Category::house_ad, "Get 12 issues of the magazine with a disc in every one for only $19.99."));
  CHECK(hit(Category::house_ad, "That is 50% off the cover price."));
  CHECK(hit(Category::house_ad, "Jetzt das Magazin abonnieren: 12 Ausgaben für nur 39 Euro."));
  CHECK(hit(Category::house_ad, "Abonnez-vous au magazine : 11 numéros pour 39 euros."));
  CHECK(hit(Category::house_ad, "Suscríbete a la revista: 12 números por 30 euros."));
  CHECK(hit(Category::house_ad, "Abbonati alla rivista: 12 numeri a soli 29 euro."));
  CHECK(hit(Category::house_ad, "Abonneer je op het tijdschrift: 10 nummers voor 25 euro."));
  CHECK(hit(Category::house_ad, "Assine a revista: 12 edições por apenas R$ 99."));
  CHECK(hit(Category::upsell, "Renew for up to 9 years and lock in today's price."));
  CHECK(hit(Category::upsell, "Sichern Sie sich den heutigen Preis für fünf Jahre."));
  CHECK(hit(Category::upsell, "Bloquez le tarif actuel pendant trois ans."));
  CHECK(hit(Category::upsell, "Congela el precio actual durante tres años."));
  CHECK(hit(Category::upsell, "Blocca il prezzo attuale per tre anni."));
  CHECK(hit(Category::upsell, "Leg de huidige prijs vast voor drie jaar."));
  CHECK(hit(Category::upsell, "Garanta o preço atual por três anos."));
  CHECK(hit(Category::feedback, "Found a shortcut we haven't printed? Send it in and we may run it next week."));
  CHECK(hit(Category::feedback, "Schicken Sie uns Ihren Tipp, und wir drucken ihn vielleicht."));
  CHECK(hit(Category::feedback, "Envoyez-nous votre astuce et nous la publierons peut-être."));
  CHECK(hit(Category::feedback, "Mándanos tu truco y quizás lo publiquemos."));
  CHECK(hit(Category::feedback, "Mandaci il tuo trucco e potremmo pubblicarlo."));
  CHECK(hit(Category::feedback, "Stuur je tip in en misschien plaatsen we hem."));
  CHECK(hit(Category::feedback, "Envie a sua dica e talvez a publiquemos."));
  // Reports name mirrors, issues, prices and publishing otherwise.
  CHECK_FALSE(hit(Category::house_ad, "The mirror on the telescope is 6.5 metres wide."));
  CHECK_FALSE(hit(Category::house_ad, "The magazine printed 12 issues last year and lost money on each."));
  CHECK_FALSE(hit(Category::upsell, "Rates on fixed mortgages rose for the third week in a row."));
  CHECK_FALSE(hit(Category::feedback, "The court ruled that we may publish the letters in full."));
}

TEST_CASE("a booking partner's deals, a room basis, and an operator's tariff step-ups are chrome", "[transform]") {
  CHECK(hit(Category::sponsor, "HOTEL DEALS FROM OUR BOOKING PARTNER"));
  CHECK(hit(Category::sponsor, "Special offers from Mailbox partners"));
  CHECK(hit(Category::sponsor, "Hotelangebote unseres Buchungspartners"));
  CHECK(hit(Category::sponsor, "Offres d'hôtels de notre partenaire de réservation"));
  CHECK(hit(Category::sponsor, "Ofertas de hoteles de nuestro socio de reservas"));
  CHECK(hit(Category::sponsor, "Offerte hotel dal nostro partner"));
  CHECK(hit(Category::sponsor, "Hotelaanbiedingen van onze boekingspartner"));
  CHECK(hit(Category::sponsor, "Ofertas de hotéis do nosso parceiro de reservas"));
  CHECK(hit(Category::imprint, "Prices are per person sharing and subject to availability."));
  CHECK(hit(Category::imprint, "Preise pro Person im Doppelzimmer."));
  CHECK(hit(Category::imprint, "Prix par personne en chambre double."));
  CHECK(hit(Category::imprint, "Precios por persona en habitación doble."));
  CHECK(hit(Category::imprint, "Prezzi a persona in camera doppia."));
  CHECK(hit(Category::imprint, "Prijzen per persoon op basis van een tweepersoonskamer."));
  CHECK(hit(Category::imprint, "Preços por pessoa em quarto duplo."));
  CHECK(hit(Category::upsell, "You could be due a free upgrade."));
  CHECK(hit(Category::upsell, "Upgrade your phone today"));
  CHECK(hit(Category::upsell, "Get the new handset free when you renew for 24 months."));
  CHECK(hit(Category::upsell, "Add a second line and save 20% on both."));
  CHECK(hit(Category::upsell, "Move up: 300 minutes and 100 texts a month for just 20 pounds."));
  CHECK(hit(Category::upsell, "Sie haben jetzt Anspruch auf ein neues Handy, gratis bei Vertragsverlängerung."));
  CHECK(hit(Category::upsell, "200 Minuten und 100 SMS im Monat für 15 Euro."));
  CHECK(hit(Category::upsell, "Vous avez droit à un mobile offert pour un réengagement de 24 mois."));
  CHECK(hit(Category::upsell, "Una segunda línea con un 20 % de descuento."));
  CHECK(hit(Category::upsell, "200 minuti e 100 sms al mese a 10 euro."));
  CHECK(hit(Category::upsell, "Neem een tweede sim en bespaar 20%."));
  CHECK(hit(Category::upsell, "Tem direito a um telemóvel grátis se renovar por 24 meses."));
  // Reports name partners, rooms, upgrades and lines otherwise.
  CHECK_FALSE(hit(Category::sponsor, "The airline won new routes from its alliance partners in March."));
  CHECK_FALSE(hit(Category::imprint, "The hostel charges 20 euros per person for a dormitory bed."));
  CHECK_FALSE(hit(Category::upsell, "The city will add a second tram line by 2009."));
  CHECK_FALSE(hit(Category::upsell, "Users complained that the phone upgrade drained the battery."));
}

TEST_CASE("a trial of some days to start, the publisher's paid edition and a post set public to share", "[transform]") {
  CHECK(hit(Category::upsell, "Our new paid edition adds a Sunday deep dive. Start your 14-day trial."));
  CHECK(hit(Category::upsell, "Starte jetzt deine 14-tägige Testphase."));
  CHECK(hit(Category::upsell, "Commencez votre essai gratuit de 14 jours."));
  CHECK(hit(Category::upsell, "Empieza tu prueba de 14 días."));
  CHECK(hit(Category::upsell, "Inizia la tua prova gratuita di 30 giorni."));
  CHECK(hit(Category::upsell, "Start je proefperiode van 14 dagen."));
  CHECK(hit(Category::upsell, "Comece o seu teste grátis de 14 dias."));
  CHECK(hit(Category::social, "This post is public, so feel free to share it with a friend."));
  CHECK(hit(Category::social, "Dieser Beitrag ist öffentlich, also teile ihn gern."));
  CHECK(hit(Category::social, "Ce billet est public : n'hésitez pas à le partager."));
  CHECK(hit(Category::social, "Esta publicación es pública, no dudes en compartirla."));
  CHECK(hit(Category::social, "Questo post è pubblico, sentiti libero di condividerlo."));
  CHECK(hit(Category::social, "Dit bericht is openbaar, deel het gerust."));
  CHECK(hit(Category::social, "Este post é público, sinta-se à vontade para compartilhar."));
  // Reports name trials, paid editions and public things otherwise.
  CHECK_FALSE(hit(Category::upsell, "The 14-day trial of the new drug ended early after strong results."));
  CHECK_FALSE(hit(Category::upsell, "The paper's paid edition lost 8% of its readers last year."));
  CHECK_FALSE(hit(Category::social, "The issue is public safety, the mayor said."));
  CHECK_FALSE(hit(Category::upsell, "Les chercheurs ont mené un essai de 14 jours sur 200 patients."));
}

TEST_CASE("an ad label run into its sponsor's name, a writer's book launch and a tool directory are chrome",
          "[transform]") {
  CHECK(hit(Category::sponsor, "SPONSORED | Tidepool. Ship logs to one place and search them in seconds."));
  CHECK(hit(Category::sponsor, "Anzeige · Lichtwerk: Solarstrom für dein Dach."));
  CHECK(hit(Category::sponsor, "Publicité | Ferrato, la cafetière qui se nettoie seule."));
  CHECK(hit(Category::sponsor, "Publicidad | Nubeo, tu nube privada."));
  CHECK(hit(Category::sponsor, "Pubblicità · Vetrix, occhiali su misura."));
  CHECK(hit(Category::sponsor, "Advertentie | Fietsbaas, de fiets als abonnement."));
  CHECK(hit(Category::sponsor, "Publicidade | Marés, seguros de viagem."));
  CHECK(hit(Category::house_ad, "My debut novel, Salt Roads, comes out on 3 March."));
  CHECK(hit(Category::house_ad, "My book, Ink and Circuits, comes out in paperback on 9 May."));
  CHECK_FALSE(hit(Category::house_ad, "A study my book club read last month comes out in print soon."));
  CHECK(hit(Category::house_ad, "The call for speakers is open until 30 June."));
  CHECK(hit(Category::house_ad, "Submit a 30-minute talk by 15 August."));
  CHECK(hit(Category::house_ad, "Der Call for Papers ist jetzt offen."));
  CHECK(hit(Category::house_ad, "Reicht euren Vortrag bis Ende Juni ein."));
  CHECK(hit(Category::house_ad, "L'appel à conférenciers est ouvert jusqu'au 30 juin."));
  CHECK(hit(Category::house_ad, "La convocatoria de charlas está abierta hasta el 2 de julio."));
  CHECK(hit(Category::house_ad, "La call for papers è aperta fino al 3 luglio."));
  CHECK(hit(Category::house_ad, "Dien je talk in voor 1 juli."));
  CHECK(hit(Category::house_ad, "A chamada de palestras está aberta até 4 de julho."));
  CHECK_FALSE(hit(Category::house_ad, "The funding body said its call for proposals opened in March."));
  CHECK(hit(Category::house_ad, "Preorder the book"));
  CHECK(hit(Category::house_ad, "I'll be reading at the Corner Bookshop in Leeds on 9 May."));
  CHECK(hit(Category::house_ad, "Mein erstes Buch erscheint am 4. April bei einem kleinen Verlag."));
  CHECK(hit(Category::house_ad, "Mon premier roman paraîtra le 12 janvier."));
  CHECK(hit(Category::house_ad, "Mi primer libro sale a la venta el 8 de mayo."));
  CHECK(hit(Category::house_ad, "Il mio primo romanzo esce il 5 giugno."));
  CHECK(hit(Category::house_ad, "Mijn eerste boek verschijnt op 2 oktober."));
  CHECK(hit(Category::house_ad, "O meu primeiro livro sai em setembro."));
  CHECK(hit(Category::house_ad, "Browse all 2,500+ apps in our directory"));
  CHECK(hit(Category::house_ad, "Alle 1.200 Werkzeuge in unserem Verzeichnis ansehen"));
  CHECK(hit(Category::house_ad, "Découvrez les 800 outils de notre annuaire"));
  CHECK(hit(Category::house_ad, "Explora las 900 herramientas de nuestro directorio"));
  CHECK(hit(Category::house_ad, "Esplora tutti gli 700 strumenti del nostro catalogo"));
  CHECK(hit(Category::house_ad, "Bekijk alle 600 tools in onze gids"));
  CHECK(hit(Category::house_ad, "Explore as 500 ferramentas do nosso diretório"));
  // A review of someone else's book, and a directory in the news, stay.
  CHECK_FALSE(hit(Category::house_ad, "Her first book, on the history of salt, is out this week."));
  CHECK_FALSE(hit(Category::house_ad, "The city published 3,000 names in its business directory."));
  CHECK_FALSE(hit(Category::sponsor, "Sponsored events drew 4,000 visitors, the organisers said."));
}

TEST_CASE("a brand's subscribe-and-save terms, points per unit spent and a reading-time line are chrome",
          "[transform]") {
  CHECK(hit(Category::house_ad, "Subscribe and save 10% on every delivery."));
  CHECK(hit(Category::house_ad, "Pause, skip or cancel anytime."));
  CHECK(hit(Category::house_ad, "Members earn 3 leaves for every $1 they spend."));
  CHECK(hit(Category::house_ad, "You have 90 leaves, that's $4 off your next order."));
  CHECK(hit(Category::house_ad, "Im Abo sparst du 10 % bei jeder Lieferung, pausieren oder kündigen jederzeit."));
  CHECK(hit(Category::house_ad, "Sammle 2 Bohnen für jeden Euro."));
  CHECK(hit(Category::house_ad, "Économisez 10 % sur chaque livraison."));
  CHECK(hit(Category::house_ad, "Ahorra un 10 % en cada envío."));
  CHECK(hit(Category::house_ad, "Risparmia il 10 % su ogni consegna."));
  CHECK(hit(Category::house_ad, "Bespaar 10 % op elke levering."));
  CHECK(hit(Category::house_ad, "Economize 10 % em cada entrega."));
  CHECK(hit(Category::self_description, "⏱ Reading time: 5 minutes"));
  CHECK(hit(Category::self_description, "Lesezeit: 4 Minuten"));
  CHECK(hit(Category::self_description, "Temps de lecture : 6 min"));
  CHECK(hit(Category::self_description, "Tiempo de lectura: 3 minutos"));
  CHECK(hit(Category::self_description, "Tempo di lettura: 5 minuti"));
  CHECK(hit(Category::self_description, "Leestijd: 4 minuten"));
  CHECK(hit(Category::self_description, "Tempo de leitura: 7 minutos"));
  // A story's savings and times stay.
  CHECK_FALSE(hit(Category::house_ad, "The utility says households save 12% on every bill after the change."));
  CHECK_FALSE(
      hit(Category::self_description, "Reading time rose by 4 minutes a day among teenagers, the survey found."));
}

TEST_CASE("a seller's standing perks, a partner's priced product, travel small print and a phone line are chrome",
          "[transform]") {
  CHECK(hit(Category::house_ad, "Mit dem Schutzbrief unseres Partners Velora sind Sie ab 19 € pro Reise versichert."));
  CHECK(hit(Category::house_ad, "Cover your trip with our insurance partner Velora, from $19 a trip."));
  CHECK(hit(Category::house_ad, "Assurez votre voyage avec notre partenaire Velora, dès 19 € par voyage."));
  CHECK(hit(Category::house_ad, "Asegura tu viaje con nuestro socio Velora desde 19 € por viaje."));
  CHECK(hit(Category::house_ad, "Assicura il viaggio con il nostro partner Velora a partire da 19 €."));
  CHECK(hit(Category::house_ad, "Verzeker je reis met onze partner Velora vanaf € 19 per reis."));
  CHECK(hit(Category::house_ad, "Proteja a viagem com o nosso parceiro Velora a partir de 19 €."));
  CHECK(hit(Category::house_ad, "Zu jeder Bestellung: drei Gratisproben deiner Wahl"));
  CHECK(hit(Category::house_ad, "Two free samples with every order"));
  CHECK(hit(Category::house_ad, "Deux échantillons offerts avec chaque commande"));
  CHECK(hit(Category::house_ad, "Dos muestras gratis con cada pedido"));
  CHECK(hit(Category::house_ad, "Due campioni omaggio con ogni ordine"));
  CHECK(hit(Category::house_ad, "Twee gratis proefjes bij elke bestelling"));
  CHECK(hit(Category::house_ad, "Duas amostras grátis em todas as compras"));
  CHECK(hit(Category::house_ad, "Rated 4.8 out of 5 from over 9,000 reviews"));
  CHECK(hit(Category::house_ad, "Kunden geben uns 4,8 von 5 Sternen bei über 9.000 Bewertungen."));
  CHECK(hit(Category::house_ad, "Noté 4,8/5 sur plus de 9 000 avis"));
  CHECK(hit(Category::house_ad, "4,8 de 5 en más de 9.000 opiniones"));
  CHECK(hit(Category::house_ad, "4,8 su 5 su oltre 9.000 recensioni"));
  CHECK(hit(Category::house_ad, "4,8 uit 5 op basis van 9.000 beoordelingen"));
  CHECK(hit(Category::house_ad, "4,8 de 5 com mais de 9.000 avaliações"));
  CHECK(hit(Category::house_ad, "Ihr Gutschein: WINTER10 – 10 € Rabatt ab 100 €"));
  CHECK(hit(Category::house_ad, "Your coupon code: SNOW10"));
  CHECK(hit(Category::house_ad, "Not a member yet? Membership is $20 for life."));
  CHECK(hit(Category::house_ad, "Noch kein Mitglied? Die Mitgliedschaft kostet einmalig 20 €."));
  CHECK(hit(Category::house_ad, "Trade in your old boots for store credit at any branch."));
  CHECK(hit(Category::house_ad, "Earn a 5% annual dividend on what you buy."));
  CHECK(hit(Category::imprint, "Alle Preise verstehen sich pro Person bei Doppelbelegung."));
  CHECK(hit(Category::imprint, "All prices are per person based on two sharing."));
  CHECK(hit(Category::imprint, "Tous les prix s'entendent par personne."));
  CHECK(hit(Category::imprint, "Precio por persona en habitación doble, sujeto a disponibilidad."));
  CHECK(hit(Category::imprint, "Prezzo a persona in camera doppia, soggetto a disponibilità."));
  CHECK(hit(Category::imprint, "Alle prijzen zijn per persoon, onder voorbehoud van beschikbaarheid."));
  CHECK(hit(Category::imprint, "Preço por pessoa em quarto duplo, sujeito a disponibilidade."));
  CHECK(hit(Category::imprint, "Finanzierung über eine Partnerbank, Bonität vorausgesetzt."));
  CHECK(hit(Category::imprint, "Die Reisebörse tritt als Vermittler auf."));
  CHECK(hit(Category::footer, "Persönliche Beratung: 0800 123 4567, Mo–Fr 9–18 Uhr"));
  CHECK(hit(Category::footer, "Call us: 0800 123 4567 (free), Mon–Fri 9am–6pm"));
  CHECK(hit(Category::footer, "Conseil personnalisé : 01 23 45 67 89"));
  CHECK(hit(Category::footer, "Atención personalizada: 900 123 456"));
  CHECK(hit(Category::footer, "Consulenza telefonica: 800 123 456"));
  CHECK(hit(Category::footer, "Persoonlijk advies: 020 123 4567"));
  CHECK(hit(Category::footer, "Atendimento personalizado: 800 123 456"));
  CHECK(hit(Category::feedback, "Fragen, Kritik, Hinweise? Schreiben Sie uns."));
  CHECK(hit(Category::feedback, "Questions, comments or tips? Write to us."));
  CHECK(hit(Category::feedback, "Questions, remarques ? Écrivez-nous."));
  CHECK(hit(Category::feedback, "¿Preguntas, comentarios? Escríbenos."));
  CHECK(hit(Category::feedback, "Domande, critiche, segnalazioni? Scriveteci."));
  CHECK(hit(Category::feedback, "Vragen, opmerkingen of tips? Mail ons."));
  CHECK(hit(Category::feedback, "Dúvidas, sugestões? Escreva-nos."));
  CHECK(hit(Category::self_description, "100 % vegan · Ohne Mikroplastik · Hergestellt in Köln"));
  CHECK(hit(Category::self_description, "Vegan | Cruelty-free | Made in Portugal"));
  CHECK(hit(Category::self_description, "Wetter in Kassel: 9 Grad, sonnig."));
  CHECK(hit(Category::self_description, "Weather in Bristol: 14 degrees, showers later."));
  CHECK(hit(Category::self_description, "Météo à Lyon : 17°, nuageux."));
  CHECK(hit(Category::self_description, "El tiempo en Sevilla: 24 grados."));
  CHECK(hit(Category::self_description, "Meteo a Bologna: 15 gradi."));
  CHECK(hit(Category::self_description, "Het weer in Utrecht: 11 graden."));
  CHECK(hit(Category::self_description, "Tempo em Braga: 19 graus."));
  // Reports name partners, ratings, prices per person and the weather otherwise.
  CHECK_FALSE(hit(Category::house_ad, "The airline and its partner carried 2 million passengers, up 4%."));
  CHECK_FALSE(hit(Category::house_ad, "The film scored 4.1 on a ten-point scale from critics."));
  CHECK_FALSE(hit(Category::imprint, "The city's budget rose to 1,200 euros per person last year."));
  CHECK_FALSE(
      hit(Category::self_description, "The weather in May was the warmest on record, 2 degrees above average."));
  CHECK_FALSE(hit(Category::feedback, "Questions about the budget dominated the council meeting."));
}

TEST_CASE("a paid tier's member benefits, a charity's appeal and a bulletin's own notices are chrome", "[transform]") {
  CHECK(hit(Category::upsell, "Members get our monthly market report, the full archive and no ads, for $6 a month."));
  CHECK(hit(Category::upsell, "Abonnenten erhalten alle Analysen, das vollständige Archiv und lesen werbefrei."));
  CHECK(hit(Category::upsell, "Les abonnés reçoivent nos analyses et les archives complètes, sans publicité."));
  CHECK(hit(Category::upsell, "Los suscriptores reciben el análisis semanal y el archivo completo."));
  CHECK(hit(Category::upsell, "Gli abbonati ricevono le analisi e l'archivio completo, senza pubblicità."));
  CHECK(hit(Category::upsell, "Abonnees krijgen elke week een analyse en het volledige archief."));
  CHECK(hit(Category::upsell, "Os assinantes recebem as análises e o arquivo completo, sem anúncios."));
  CHECK(hit(Category::donation, "£25 could pay for a school desk for two pupils."));
  CHECK(hit(Category::donation, "Every donation this month will be matched dollar for dollar by our board."));
  CHECK(hit(Category::donation, "We still have charity places in the Leeds 10K on 4 June."));
  CHECK(hit(Category::donation, "Membership dues for 2005 fall due on 1 March."));
  CHECK(hit(Category::donation, "Mit 40 € können wir einen Wasserfilter für eine Familie kaufen."));
  CHECK(hit(Category::donation, "Jede Spende wird bis Jahresende von einer Stiftung verdoppelt."));
  CHECK(hit(Category::donation, "30 € permettent de financer un kit scolaire."));
  CHECK(hit(Category::donation, "Chaque don sera doublé jusqu'au 31 décembre."));
  CHECK(hit(Category::donation, "30 euros pueden pagar un mes de clases."));
  CHECK(hit(Category::donation, "Cada donativo se duplicará hasta fin de año."));
  CHECK(hit(Category::donation, "30 euro possono pagare un mese di scuola."));
  CHECK(hit(Category::donation, "Ogni donazione sarà raddoppiata fino a Natale."));
  CHECK(hit(Category::donation, "€ 30 kan een maand lesgeld betalen."));
  CHECK(hit(Category::donation, "Elke gift wordt verdubbeld tot 31 december."));
  CHECK(hit(Category::donation, "30 euros podem pagar um mês de aulas."));
  CHECK(hit(Category::donation, "Cada doação será duplicada até ao Natal."));
  CHECK(hit(Category::feedback, "Copy for the next issue should reach the editor by 3 March."));
  CHECK(hit(Category::feedback, "Redaktionsschluss für die nächste Ausgabe ist der 15. Mai."));
  CHECK(hit(Category::feedback, "Les contributions pour le prochain numéro doivent parvenir avant le 10 mai."));
  CHECK(hit(Category::feedback, "Las colaboraciones para el próximo número deben llegar antes del 10 de mayo."));
  CHECK(hit(Category::feedback, "I contributi per il prossimo numero vanno inviati entro il 10 maggio."));
  CHECK(hit(Category::feedback, "Kopij voor de volgende nieuwsbrief graag voor 10 mei."));
  CHECK(hit(Category::feedback, "As contribuições para o próximo número devem chegar até 10 de maio."));
  CHECK(hit(Category::self_description, "This newsletter is sent by email to all members of the association."));
  CHECK(hit(Category::self_description, "Back issues are archived on our web site."));
  CHECK(hit(Category::self_description, "Dieser Rundbrief geht per E-Mail an alle Mitglieder des Vereins."));
  CHECK(hit(Category::self_description, "Ce bulletin est envoyé à tous les adhérents de l'association."));
  CHECK(hit(Category::self_description, "Este boletín se envía a todos los socios."));
  CHECK(hit(Category::self_description, "Questo notiziario viene inviato a tutti i soci."));
  CHECK(hit(Category::self_description, "Deze nieuwsbrief wordt verstuurd naar alle leden."));
  CHECK(hit(Category::self_description, "Este boletim é enviado a todos os sócios."));
  // News of a paid service, a fund's sums and a magazine's issues otherwise.
  CHECK_FALSE(hit(Category::upsell, "Members of parliament get a vote on the budget next week."));
  CHECK_FALSE(hit(Category::donation, "The $140 million round could fund a second factory."));
  CHECK_FALSE(hit(Category::donation, "The charity placed 300 volunteers in schools last year."));
  CHECK_FALSE(hit(Category::feedback, "Copy editors at the paper went on strike on Monday."));
  CHECK_FALSE(hit(Category::self_description, "The back issues of the magazine sold at auction for $4,000."));
}

TEST_CASE(
    "an account as the reason for the mail, price and credit small print, a catalogue and a paid "
    "plan's marks are chrome",
    "[transform]") {
  CHECK(hit(Category::footer, "You're receiving product updates because you have a Lumen account."));
  CHECK(hit(Category::footer, "Sie bekommen diese Nachricht, weil Sie ein Kundenkonto bei Lumen haben."));
  CHECK(hit(Category::footer, "Vous recevez ces nouveautés parce que vous avez un compte Lumen."));
  CHECK(hit(Category::footer, "Recibes estas novedades porque tienes una cuenta en Lumen."));
  CHECK(hit(Category::footer, "Ricevi queste novità perché hai un account Lumen."));
  CHECK(hit(Category::footer, "Je ontvangt dit bericht omdat je een account bij Lumen hebt."));
  CHECK(hit(Category::footer, "Você recebe estas novidades porque tem uma conta na Lumen."));
  CHECK_FALSE(hit(Category::footer, "The bank froze the funds because the firm had moved them abroad."));
  CHECK(hit(Category::imprint, "Prices exclude applicable taxes."));
  CHECK(hit(Category::imprint, "Representative example: net loan amount 1,000, 24 months."));
  CHECK(hit(Category::imprint, "Repräsentatives Beispiel: Nettodarlehensbetrag 1.000 €, Laufzeit 24 Monate."));
  CHECK(hit(Category::imprint, "Alle Preise verstehen sich zzgl. MwSt."));
  CHECK(hit(Category::imprint, "Exemple représentatif : 1 000 € sur 24 mois."));
  CHECK(hit(Category::imprint, "Ejemplo representativo: 1.000 € a 24 meses."));
  CHECK(hit(Category::imprint, "Esempio rappresentativo: 1.000 € in 24 mesi."));
  CHECK(hit(Category::imprint, "Representatief voorbeeld: € 1.000 in 24 maanden."));
  CHECK(hit(Category::imprint, "Exemplo representativo: 1.000 € em 24 meses."));
  CHECK(hit(Category::imprint, "Les prix s'entendent hors taxes."));
  CHECK(hit(Category::imprint, "Los precios no incluyen el IVA."));
  CHECK(hit(Category::imprint, "I prezzi si intendono IVA esclusa."));
  CHECK(hit(Category::imprint, "Alle prijzen zijn exclusief btw."));
  CHECK(hit(Category::imprint, "Os preços não incluem IVA."));
  CHECK_FALSE(hit(Category::imprint, "Prices rose 3% in March, the statistics office said."));
  CHECK(hit(Category::house_ad, "Jetzt im Prospekt blättern"));
  CHECK(hit(Category::house_ad, "Browse our new catalogue"));
  CHECK(hit(Category::house_ad, "Feuilletez notre catalogue"));
  CHECK(hit(Category::house_ad, "Hojea nuestro catálogo"));
  CHECK(hit(Category::house_ad, "Sfoglia il nostro volantino"));
  CHECK(hit(Category::house_ad, "Blader door onze folder"));
  CHECK(hit(Category::house_ad, "Folheie o nosso catálogo"));
  CHECK_FALSE(hit(Category::house_ad, "Our new catalogue shows the spring collection on 48 pages."));
  CHECK(hit(Category::upsell, "Dieser Artikel ist nur mit Plus verfügbar."));
  CHECK(hit(Category::upsell, "This story is only available to Plus subscribers."));
  CHECK(hit(Category::upsell, "Cet article est réservé aux abonnés."));
  CHECK(hit(Category::upsell, "Este artículo es exclusivo para suscriptores."));
  CHECK(hit(Category::upsell, "Questo articolo è riservato agli abbonati."));
  CHECK(hit(Category::upsell, "Dit artikel is alleen beschikbaar voor abonnees."));
  CHECK(hit(Category::upsell, "Este artigo é exclusivo para assinantes."));
  CHECK(hit(Category::upsell, "Mit Plus lesen Sie alle Artikel ohne Werbung."));
  CHECK(hit(Category::upsell, "Read all articles ad-free."));
  CHECK(hit(Category::upsell, "Tous les articles sans publicité."));
  CHECK(hit(Category::upsell, "Todos los artículos sin publicidad."));
  CHECK(hit(Category::upsell, "Tutti gli articoli senza pubblicità."));
  CHECK(hit(Category::upsell, "Alle artikelen zonder reclame."));
  CHECK(hit(Category::upsell, "Todos os artigos sem publicidade."));
  CHECK(hit(Category::upsell, "Jetzt Plus-Abo für 1,99 € im ersten Monat abschließen"));
  CHECK(hit(Category::upsell, "Only $1.99 for the first month"));
  CHECK(hit(Category::upsell, "1,99 € le premier mois"));
  CHECK(hit(Category::upsell, "1,99 € el primer mes"));
  CHECK(hit(Category::upsell, "1,99 € il primo mese"));
  CHECK(hit(Category::upsell, "€ 1,99 de eerste maand"));
  CHECK(hit(Category::upsell, "1,99 € no primeiro mês"));
  CHECK(hit(Category::upsell, "Try the new dashboards on a 14-day trial of Lumen Business."));
  CHECK(hit(Category::upsell, "Testen Sie die Dashboards in einer 14-tägigen Testphase."));
  CHECK(hit(Category::upsell, "Essayez les tableaux avec un essai gratuit de 14 jours."));
  CHECK(hit(Category::upsell, "Pruébalo con una prueba gratuita de 14 días."));
  CHECK(hit(Category::upsell, "Provalo con una prova gratuita di 14 giorni."));
  CHECK(hit(Category::upsell, "Probeer het met een gratis proefperiode van 14 dagen."));
  CHECK(hit(Category::upsell, "Experimente com um teste gratuito de 14 dias."));
  CHECK_FALSE(hit(Category::upsell, "The article on ad revenue drew 2,000 readers in the first month."));
}

TEST_CASE("a list digest's masthead, a doctor's-advice disclaimer, where to hear a podcast and a priced trial",
          "[transform]") {
  CHECK(hit(Category::footer, "Send gardening-talk mailing list submissions to gardening-talk@lists.example.org"));
  CHECK(hit(Category::footer, "You can reach the person managing the list at owner@lists.example.org"));
  CHECK(
      hit(Category::footer, "When replying, please edit your Subject line so it is more specific than the digest's."));
  CHECK(hit(Category::footer, "Senden Sie Beiträge zu kochrunde an kochrunde@lists.example.org"));
  CHECK(hit(Category::footer, "Envoyez vos messages pour la liste cuisine-l à cuisine-l@lists.example.org"));
  CHECK(hit(Category::footer, "Envíe los mensajes para la lista huerto a huerto@lists.example.org"));
  CHECK(hit(Category::footer, "Invia i messaggi per la lista orto a orto@lists.example.org"));
  CHECK(hit(Category::footer, "Stuur berichten voor de moestuin mailinglijst naar moestuin@lists.example.org"));
  CHECK(hit(Category::footer, "Enviar submissões para a lista de discussão horta para horta@lists.example.org"));
  CHECK(hit(Category::imprint, "This letter is not a substitute for advice from your doctor."));
  CHECK(hit(Category::imprint, "Dieser Newsletter ersetzt nicht den Rat Ihres Arztes."));
  CHECK(hit(Category::imprint, "Cette lettre ne remplace pas l'avis de votre médecin."));
  CHECK(hit(Category::imprint, "Deze nieuwsbrief vervangt geen advies van je huisarts."));
  CHECK(hit(Category::imprint, "Este boletim não substitui a orientação do seu médico."));
  CHECK(hit(Category::house_ad, "Listen on Apple Podcasts, Spotify or wherever you get your podcasts."));
  CHECK(hit(Category::house_ad, "Zu hören überall, wo Sie Ihre Podcasts hören."));
  CHECK(hit(Category::house_ad, "À écouter sur le site ou partout où vous écoutez vos podcasts."));
  CHECK(hit(Category::house_ad, "En la web o donde escuches tus podcasts."));
  CHECK(hit(Category::house_ad, "Sul sito o ovunque ascolti i tuoi podcast."));
  CHECK(hit(Category::house_ad, "Op de site of overal waar je je podcasts luistert."));
  CHECK(hit(Category::house_ad, "No site ou onde você ouve seus podcasts."));
  CHECK(hit(Category::upsell, "Try the full site one month for $1, then $12 a month."));
  CHECK(hit(Category::upsell, "Plus einen Monat für 1 Euro testen"));
  CHECK(hit(Category::upsell, "Essayez l'édition numérique un mois pour 1 €."));
  CHECK(hit(Category::upsell, "Prueba la edición digital un mes por 1 €."));
  CHECK(hit(Category::upsell, "Prova l'edizione digitale un mese a 1 euro."));
  CHECK(hit(Category::upsell, "Probeer de krant vier weken voor € 1."));
  CHECK(hit(Category::upsell, "Experimente a edição digital um mês por R$ 1,90."));
  // Reports name doctors, podcasts, prices and subject lines otherwise.
  CHECK_FALSE(hit(Category::imprint, "The study found that the app was not a substitute for care from a nurse."));
  CHECK_FALSE(hit(Category::house_ad, "Podcasts now reach 40% of adults, a survey found."));
  CHECK_FALSE(hit(Category::upsell, "The streaming service raised its price by $1 a month in two markets."));
  CHECK_FALSE(hit(Category::upsell, "Der Anbieter verlangt künftig zwei Euro mehr im Monat."));
  CHECK_FALSE(hit(Category::footer, "The list of submissions to the prize closes on Friday."));
}

TEST_CASE("a price list's payment terms, terms for buying many, bonus miles, a trial's registration pitch, mirrors",
          "[transform]") {
  // The cards a mail-order list takes, and the heading over its ordering terms.
  CHECK(hit(Category::imprint, "We accept Visa, MasterCard, American Express and Discover."));
  CHECK(hit(Category::imprint, "Wir akzeptieren Visa, Mastercard und PayPal."));
  CHECK(hit(Category::imprint, "Nous acceptons les cartes Visa et Mastercard."));
  CHECK(hit(Category::imprint, "Aceptamos Visa, Mastercard y PayPal."));
  CHECK(hit(Category::imprint, "Accettiamo carte di credito e PayPal."));
  CHECK(hit(Category::imprint, "We accepteren iDEAL, Visa en Mastercard."));
  CHECK(hit(Category::imprint, "Aceitamos cartões de crédito e PayPal."));
  CHECK(hit(Category::imprint, "== HOW TO ORDER =="));
  CHECK(hit(Category::imprint, "ZAHLUNGSARTEN"));
  CHECK(hit(Category::imprint, "Modes de paiement"));
  CHECK(hit(Category::imprint, "FORMAS DE PAGO"));
  CHECK(hit(Category::imprint, "Come ordinare"));
  CHECK(hit(Category::imprint, "Betaalmethoden:"));
  CHECK(hit(Category::imprint, "Formas de pagamento"));
  // How long miles take to reach the account.
  CHECK(hit(Category::imprint, "Partner miles may take 4 to 6 weeks to appear on your statement."));
  CHECK(hit(Category::imprint, "Die Gutschrift der Meilen kann bis zu 6 Wochen dauern."));
  CHECK(hit(Category::imprint, "Les miles du partenaire peuvent mettre jusqu'à 6 semaines à apparaître."));
  CHECK(hit(Category::imprint, "Las millas pueden tardar hasta 6 semanas en aparecer."));
  CHECK(hit(Category::imprint, "Le miglia possono richiedere fino a 6 settimane."));
  CHECK(hit(Category::imprint, "Het bijschrijven van de miles kan tot 6 weken duren."));
  CHECK(hit(Category::imprint, "As milhas podem levar até 6 semanas para aparecer."));
  // Terms for buying many.
  CHECK(hit(Category::house_ad, "Ask about our dealer price list."));
  CHECK(hit(Category::house_ad, "A site licence covers every PC at one address."));
  CHECK(hit(Category::house_ad, "Fragen Sie nach unserer Händlerpreisliste."));
  CHECK(hit(Category::house_ad, "Remises sur quantité à partir de 10 postes."));
  CHECK(hit(Category::house_ad, "Descuentos por volumen a partir de 10 unidades."));
  CHECK(hit(Category::house_ad, "Sconti per quantità da 10 pezzi."));
  CHECK(hit(Category::house_ad, "Staffelkorting vanaf 10 stuks."));
  CHECK(hit(Category::house_ad, "Descontos por volume a partir de 10 unidades."));
  // A bonus-miles promotion and a partner's miles for every rental.
  CHECK(hit(Category::house_ad, "Fly three round trips and we will add 5,000 bonus miles to your account."));
  CHECK(hit(Category::house_ad, "Earn 500 Club miles on every rental of two days or more."));
  CHECK(hit(Category::house_ad, "Sammeln Sie bis zu 5.000 Bonusmeilen."));
  CHECK(hit(Category::house_ad, "Gagnez jusqu'à 5 000 miles bonus cet été."));
  CHECK(hit(Category::house_ad, "Gana hasta 5.000 millas extra este verano."));
  CHECK(hit(Category::house_ad, "Guadagna fino a 5.000 miglia bonus."));
  CHECK(hit(Category::house_ad, "Verdien tot 5.000 bonusmiles deze zomer."));
  CHECK(hit(Category::house_ad, "Ganhe até 5.000 milhas bônus neste verão."));
  CHECK(hit(Category::house_ad, "1.000 Punkte für jede Übernachtung im Hotel."));
  CHECK(hit(Category::house_ad, "500 miles pour chaque location de deux jours."));
  // Where to fetch a download besides the main site.
  CHECK(hit(Category::house_ad, "If the main site is slow, please use one of the mirrors."));
  CHECK(hit(Category::house_ad, "Please use a mirror near you."));
  CHECK(hit(Category::house_ad, "Bitte nutzen Sie einen der Spiegelserver."));
  CHECK(hit(Category::house_ad, "Utilisez l'un des miroirs."));
  CHECK(hit(Category::house_ad, "Utilice uno de los espejos."));
  CHECK(hit(Category::house_ad, "Usate uno dei mirror."));
  CHECK(hit(Category::house_ad, "Gebruik een van de mirrors."));
  CHECK(hit(Category::house_ad, "Utilize um dos espelhos."));
  // A shareware author's registration pitch.
  CHECK(hit(Category::upsell, "If you are still using the trial, please think about registering."));
  CHECK(hit(Category::upsell, "Registration removes the 30-day limit."));
  CHECK(hit(Category::upsell, "Nutzen Sie noch die Testversion? Die Registrierung entfernt das Erinnerungsfenster."));
  CHECK(hit(Category::upsell, "Vous utilisez encore la version d'essai ?"));
  CHECK(hit(Category::upsell, "¿Usas todavía la versión de prueba?"));
  CHECK(hit(Category::upsell, "Usi ancora la versione di prova?"));
  CHECK(hit(Category::upsell, "Gebruik je nog de proefversie?"));
  CHECK(hit(Category::upsell, "Usa ainda a versão de avaliação?"));
  // Reports name cards, mirrors, licences, miles and trials otherwise.
  CHECK_FALSE(hit(Category::imprint, "The bank said Visa and Mastercard raised their fees."));
  CHECK_FALSE(hit(Category::imprint, "The court ruled on ordering the documents."));
  CHECK_FALSE(hit(Category::imprint, "Refunds may take 4 to 6 weeks, the regulator found."));
  CHECK_FALSE(hit(Category::house_ad, "The university bought a site licence for the statistics package."));
  CHECK_FALSE(hit(Category::house_ad, "The airline cut the miles earned on cheap fares by half."));
  CHECK_FALSE(hit(Category::house_ad, "Use a mirror to check the blind spot before you change lanes."));
  CHECK_FALSE(hit(Category::upsell, "The trial of the former minister opened on Monday."));
}

TEST_CASE(
    "a shop's free catalogue, gift certificates, order line and trade-show booth, a staff discount and a "
    "bulletin's line on what it is",
    "[transform]") {
  CHECK(hit(Category::house_ad, "Our 96-page spring catalog is free. Request your copy today."));
  CHECK(hit(Category::house_ad, "Fordern Sie jetzt Ihren kostenlosen Katalog an."));
  CHECK(hit(Category::house_ad, "Demandez votre catalogue gratuit."));
  CHECK(hit(Category::house_ad, "Solicite su catálogo gratuito."));
  CHECK(hit(Category::house_ad, "Richiedi il catalogo gratuito."));
  CHECK(hit(Category::house_ad, "Vraag de gratis catalogus aan."));
  CHECK(hit(Category::house_ad, "Peça o seu catálogo grátis."));
  CHECK(hit(Category::house_ad, "Gift certificates in any amount, mailed the same day."));
  CHECK(hit(Category::house_ad, "Gutscheine in jeder Höhe, sofort per E-Mail."));
  CHECK(hit(Category::house_ad, "Cartes cadeaux de tout montant, envoyées le jour même."));
  CHECK(hit(Category::house_ad, "Tarjetas regalo de cualquier importe."));
  CHECK(hit(Category::house_ad, "Buoni regalo di qualsiasi importo."));
  CHECK(hit(Category::house_ad, "Cadeaubonnen van elk bedrag."));
  CHECK(hit(Category::house_ad, "Vales-presente de qualquer valor."));
  CHECK(hit(Category::house_ad, "ORDER BY PHONE 1-800-555-0100 Mon-Fri 8am-8pm"));
  CHECK(hit(Category::house_ad, "Telefonisch bestellen: 0800 123 456, Mo-Fr 8-20 Uhr"));
  CHECK(hit(Category::house_ad, "Commandez par téléphone au 01 23 45 67 89"));
  CHECK(hit(Category::house_ad, "Pedidos por teléfono: 900 123 456"));
  CHECK(hit(Category::house_ad, "Ordina per telefono allo 02 1234567"));
  CHECK(hit(Category::house_ad, "Bestellen per telefoon: 020 123 4567"));
  CHECK(hit(Category::house_ad, "Encomende por telefone: 21 123 4567"));
  CHECK(hit(Category::house_ad, "If you're attending, come find us at booth 14 for stickers."));
  CHECK(hit(Category::house_ad, "Besuchen Sie uns an unserem Stand B12."));
  CHECK(hit(Category::house_ad, "Retrouvez-nous sur le stand 14."));
  CHECK(hit(Category::house_ad, "Visítanos en el stand 14."));
  CHECK(hit(Category::house_ad, "Venite a trovarci allo stand 14."));
  CHECK(hit(Category::house_ad, "Bezoek ons op stand 14."));
  CHECK(hit(Category::house_ad, "Visite-nos no stand 14."));
  CHECK(hit(Category::house_ad, "Employees can save up to 12 percent on home computers."));
  CHECK(hit(Category::house_ad, "Mitarbeitende sparen bis zu 12 Prozent bei Partnern."));
  CHECK(hit(Category::house_ad, "Les salariés peuvent économiser jusqu'à 12 % chez nos partenaires."));
  CHECK(hit(Category::house_ad, "Los empleados pueden ahorrar hasta un 12 % en ordenadores."));
  CHECK(hit(Category::house_ad, "I dipendenti possono risparmiare fino al 12 % sui computer."));
  CHECK(hit(Category::house_ad, "Medewerkers kunnen tot 12 procent besparen bij partners."));
  CHECK(hit(Category::house_ad, "Os funcionários podem economizar até 12 % em computadores."));
  CHECK(hit(Category::self_description, "Campus Bulletin is the monthly news bulletin for faculty and staff."));
  CHECK(hit(Category::self_description, "Campusbrief ist der monatliche Newsletter für alle Beschäftigten."));
  CHECK(hit(Category::self_description, "Campus Infos est la lettre mensuelle des personnels."));
  CHECK(hit(Category::self_description, "Campus Hoy es el boletín mensual de la universidad."));
  CHECK(hit(Category::self_description, "Ateneo Notizie è il notiziario mensile dell'università."));
  CHECK(hit(Category::self_description, "Campusnieuws is de maandelijkse nieuwsbrief voor medewerkers."));
  CHECK(hit(Category::self_description, "Campus Hoje é o boletim mensal da universidade."));
  // News names catalogues, gift cards, phones, booths and savings otherwise.
  CHECK_FALSE(hit(Category::house_ad, "The retailer mailed its last print catalog in 2019, a spokesman said."));
  CHECK_FALSE(hit(Category::house_ad, "Gift card sales fell 4 percent in December."));
  CHECK_FALSE(hit(Category::house_ad, "The museum rebuilt the booth where the first telephone order was taken."));
  CHECK_FALSE(hit(Category::house_ad, "Employees saved 12 percent more for retirement last year."));
  CHECK_FALSE(hit(Category::self_description, "The ministry's monthly report showed a rise in exports."));
}

TEST_CASE(
    "a list mail's text-ad label, a job board's featured employers and its CV service, a price watch of "
    "partner shops, a members' area, a call for readers' jokes and a privacy line",
    "[transform]") {
  auto label = [](const std::string& text) {
    for (const auto& h : find_vocabulary(fold_for_match(text))) {
      if (h.category == Category::sponsor && h.label_only) return true;
    }
    return false;
  };
  CHECK(label("Text Ad"));
  CHECK(label("Textanzeige"));
  CHECK(label("Annonce texte"));
  CHECK(label("Anuncio de texto"));
  CHECK(label("Annuncio testuale"));
  CHECK(label("Tekstadvertentie"));
  CHECK(label("Anúncio de texto"));
  CHECK(hit(Category::sponsor, "FEATURED EMPLOYERS Northside Clinic is hiring 12 nurses."));
  CHECK(hit(Category::sponsor, "Arbeitgeber im Fokus: Die Stadtwerke suchen zehn Elektriker."));
  CHECK(hit(Category::sponsor, "Entreprises qui recrutent : la clinique du Parc cherche 12 infirmiers."));
  CHECK(hit(Category::sponsor, "Empresas destacadas: la clínica del Parque busca 12 enfermeros."));
  CHECK(hit(Category::sponsor, "Aziende in evidenza: la clinica del Parco cerca 12 infermieri."));
  CHECK(hit(Category::sponsor, "Uitgelichte werkgevers: de kliniek zoekt 12 verpleegkundigen."));
  CHECK(hit(Category::sponsor, "Empresas em destaque: a clínica do Parque procura 12 enfermeiros."));
  CHECK(hit(Category::advertise, "Want your company here? Featured employer listings start at $150 a month."));
  CHECK(hit(Category::advertise, "Ihr Unternehmen hier? Schreiben Sie uns."));
  CHECK(hit(Category::advertise, "Votre entreprise ici ? Écrivez-nous."));
  CHECK(hit(Category::advertise, "¿Su empresa aquí? Escríbanos."));
  CHECK(hit(Category::advertise, "La tua azienda qui? Scrivici."));
  CHECK(hit(Category::advertise, "Uw bedrijf hier? Mail ons."));
  CHECK(hit(Category::advertise, "Sua empresa aqui? Fale conosco."));
  CHECK(hit(Category::house_ad, "Haven't posted your resume yet? Post it free and let 2,000 employers find you."));
  CHECK(hit(Category::house_ad, "Lebenslauf jetzt kostenlos hochladen und von Arbeitgebern gefunden werden."));
  CHECK(hit(Category::house_ad, "Déposez gratuitement votre CV et laissez les recruteurs vous trouver."));
  CHECK(hit(Category::house_ad, "Sube gratis tu CV y deja que las empresas te encuentren."));
  CHECK(hit(Category::house_ad, "Carica gratis il tuo CV e fatti trovare dalle aziende."));
  CHECK(hit(Category::house_ad, "Plaats gratis je cv en laat werkgevers je vinden."));
  CHECK(hit(Category::house_ad, "Cadastre grátis o seu currículo e deixe as empresas te encontrarem."));
  CHECK(hit(Category::house_ad, "PRICE WATCH: the lowest prices from our partner stores this week"));
  CHECK(hit(Category::house_ad, "Preisradar: die günstigsten Preise bei unseren Partnershops"));
  CHECK(hit(Category::house_ad, "Veille des prix : les meilleurs prix chez nos partenaires"));
  CHECK(hit(Category::house_ad, "Radar de precios: los mejores precios en nuestras tiendas asociadas"));
  CHECK(hit(Category::house_ad, "Radar prezzi: i prezzi più bassi dei nostri negozi partner"));
  CHECK(hit(Category::house_ad, "Prijswacht: de laagste prijzen bij onze partnerwinkels"));
  CHECK(hit(Category::house_ad, "Radar de preços: os menores preços das nossas lojas parceiras"));
  CHECK(hit(Category::upsell, "MEMBERS' AREA Members can log in now to search 8,000 new records."));
  CHECK(hit(Category::upsell, "Mitgliederbereich: Mitglieder können sich jetzt einloggen."));
  CHECK(hit(Category::upsell, "Espace adhérents : les adhérents peuvent dès maintenant se connecter."));
  CHECK(hit(Category::upsell, "Área de socios: los socios ya pueden acceder a las actas."));
  CHECK(hit(Category::upsell, "Area soci: i soci possono ora accedere all'archivio."));
  CHECK(hit(Category::upsell, "Ledenportaal: leden kunnen nu inloggen."));
  CHECK(hit(Category::upsell, "Área do associado: os associados já podem acessar o arquivo."));
  CHECK(hit(Category::feedback, "Got a clean joke? Send it in - if we run it, you win a mug."));
  CHECK(hit(Category::feedback, "Kennen Sie einen guten Witz? Schicken Sie ihn uns."));
  CHECK(hit(Category::feedback, "Vous avez une bonne blague ? Envoyez-la-nous."));
  CHECK(hit(Category::feedback, "¿Tienes un buen chiste? Mándanoslo."));
  CHECK(hit(Category::feedback, "Hai una bella barzelletta? Mandacela."));
  CHECK(hit(Category::feedback, "Heb je een goede mop? Stuur hem in."));
  CHECK(hit(Category::feedback, "Tem uma boa piada? Mande para nós."));
  CHECK(hit(Category::imprint, "Privacy: we use your e-mail address only to send you the weekly."));
  CHECK(hit(Category::imprint, "Wir verwenden Ihre E-Mail-Adresse ausschließlich für den Newsletter."));
  CHECK(hit(Category::imprint, "Nous n'utilisons votre adresse e-mail que pour vous envoyer la lettre."));
  CHECK(hit(Category::imprint, "Solo usamos tu correo para enviarte el boletín."));
  CHECK(hit(Category::imprint, "Usiamo il tuo indirizzo email solo per inviarti la newsletter."));
  CHECK(hit(Category::imprint, "We gebruiken je e-mailadres alleen om je de nieuwsbrief te sturen."));
  CHECK(hit(Category::imprint, "Usamos o seu e-mail apenas para enviar a newsletter."));
  CHECK(hit(Category::social, "Know someone who would like it? Forward this e-mail to a friend."));
  // Reports name prices, members, employers, jokes and privacy otherwise.
  CHECK_FALSE(label("Text ads on search pages earned the company $2 billion"));
  CHECK_FALSE(hit(Category::sponsor, "Employers in the region plan to hire 11 percent more graduates."));
  CHECK_FALSE(hit(Category::house_ad, "Prices of memory cards fell by a third this year."));
  CHECK_FALSE(hit(Category::house_ad, "Recruiters said they spend 20 seconds on a resume."));
  CHECK_FALSE(hit(Category::upsell, "The club's members voted to raise the fee to 40 euros."));
  CHECK_FALSE(hit(Category::feedback, "The comedian told a joke about the mayor and the crowd laughed."));
  CHECK_FALSE(hit(Category::imprint, "The privacy regulator fined the bank 2 million euros."));
}

TEST_CASE(
    "a loyalty card, a free app, click and collect, a leased bike, tickets, a meal kit's menu button and a "
    "co-branded card are a shop's own services",
    "[transform]") {
  CHECK(hit(Category::house_ad, "Collect stars with every ticket and see a film free."));
  CHECK(hit(Category::house_ad, "Mit der Kundenkarte sammelst du bei jedem Einkauf Punkte."));
  CHECK(hit(Category::house_ad, "Sterne sammeln mit der Kinokarte"));
  CHECK(hit(Category::house_ad, "Kundenkarte jetzt kostenlos beantragen"));
  CHECK(hit(Category::house_ad, "Jetzt Bonuscard verknüpfen"));
  CHECK(hit(Category::house_ad, "Cumulez des points à chaque achat."));
  CHECK(hit(Category::house_ad, "Acumula puntos con cada compra."));
  CHECK(hit(Category::house_ad, "Accumula punti con ogni acquisto."));
  CHECK(hit(Category::house_ad, "Spaar punten bij elke aankoop."));
  CHECK(hit(Category::house_ad, "Acumule pontos em cada compra."));
  CHECK(hit(Category::house_ad, "The app is free for iPhone and Android."));
  CHECK(hit(Category::house_ad, "Die App gibt's kostenlos für iPhone und Android."));
  CHECK(hit(Category::house_ad, "L'appli est gratuite sur iPhone et Android."));
  CHECK(hit(Category::house_ad, "La app es gratis para iPhone y Android."));
  CHECK(hit(Category::house_ad, "L'app è gratuita per iPhone e Android."));
  CHECK(hit(Category::house_ad, "De app is gratis voor iPhone en Android."));
  CHECK(hit(Category::house_ad, "A app é gratuita para iPhone e Android."));
  CHECK(hit(Category::house_ad, "Order online, pick up in store within two hours."));
  CHECK(hit(Category::house_ad, "Online bestellen, im Markt abholen: kostenlos."));
  CHECK(hit(Category::house_ad, "Commandez en ligne, retirez en magasin."));
  CHECK(hit(Category::house_ad, "Compra online y recoge en tienda."));
  CHECK(hit(Category::house_ad, "Ordina online e ritira in negozio."));
  CHECK(hit(Category::house_ad, "Online bestellen en in de winkel ophalen."));
  CHECK(hit(Category::house_ad, "Compre online e levante em loja."));
  CHECK(hit(Category::house_ad, "Lease your new bike through your employer and save."));
  CHECK(hit(Category::house_ad, "Leasen Sie Ihr neues Rad über Ihren Arbeitgeber."));
  CHECK(hit(Category::house_ad, "Mehr zum Dienstrad-Leasing"));
  CHECK(hit(Category::house_ad, "Le vélo de fonction, c'est possible chez nous."));
  CHECK(hit(Category::house_ad, "Leasing de bicicletas para empresas."));
  CHECK(hit(Category::house_ad, "La bici aziendale, anche da noi."));
  CHECK(hit(Category::house_ad, "Lease je nieuwe fiets via je werkgever."));
  CHECK(hit(Category::house_ad, "Renting de bicicletas para empresas."));
  CHECK(hit(Category::house_ad, "Tickets sichern"));
  CHECK(hit(Category::house_ad, "Réservez vos places"));
  CHECK(hit(Category::house_ad, "Compra tus entradas"));
  CHECK(hit(Category::house_ad, "Acquista i biglietti"));
  CHECK(hit(Category::house_ad, "Koop je tickets"));
  CHECK(hit(Category::house_ad, "Compre os seus bilhetes"));
  CHECK(hit(Category::house_ad, "Choose your meals"));
  CHECK(hit(Category::house_ad, "Menü auswählen"));
  CHECK(hit(Category::house_ad, "Choisissez vos recettes"));
  CHECK(hit(Category::house_ad, "Elige tus recetas"));
  CHECK(hit(Category::house_ad, "Scegli le tue ricette"));
  CHECK(hit(Category::house_ad, "Kies je recepten"));
  CHECK(hit(Category::house_ad, "Escolha as suas receitas"));
  CHECK(hit(Category::house_ad, "The Hardware Mastercard"));
  CHECK(hit(Category::house_ad, "0 € Jahresgebühr und 3 % Rabatt auf jeden Einkauf."));
  CHECK(hit(Category::house_ad, "Sans cotisation annuelle la première année."));
  CHECK(hit(Category::house_ad, "Sin cuota anual el primer año."));
  CHECK(hit(Category::house_ad, "Senza canone annuo il primo anno."));
  CHECK(hit(Category::house_ad, "Geen jaarlijkse kosten in het eerste jaar."));
  CHECK(hit(Category::house_ad, "Sem anuidade no primeiro ano."));
  CHECK(hit(Category::house_ad, "Karte beantragen"));
  // News names cards, apps, leasing and tickets otherwise.
  CHECK_FALSE(hit(Category::house_ad, "The airline's loyalty card holders lost their lounge access in March."));
  CHECK_FALSE(hit(Category::house_ad, "Der Leasingmarkt für Dienstwagen schrumpfte um 4 Prozent."));
  CHECK_FALSE(hit(Category::house_ad, "Die Tickets für das Finale waren nach zwei Stunden ausverkauft."));
  CHECK_FALSE(hit(Category::house_ad, "The menu changes every week with the season."));
  CHECK_FALSE(hit(Category::house_ad, "Die neue App der Stadtwerke zeigt freie Ladesäulen an."));
}

TEST_CASE("a tariff upgrade button, a phone on instalments, opening hours, a paused delivery, leasing small print",
          "[transform]") {
  CHECK(hit(Category::upsell, "Upgrade your plan"));
  CHECK(hit(Category::upsell, "Jetzt Tarif upgraden"));
  CHECK(hit(Category::upsell, "Changer de forfait"));
  CHECK(hit(Category::upsell, "Mejora tu tarifa"));
  CHECK(hit(Category::upsell, "Cambia tariffa"));
  CHECK(hit(Category::upsell, "Upgrade je abonnement"));
  CHECK(hit(Category::upsell, "Mude de tarifário"));
  CHECK(hit(Category::upsell, "The Nova 9 for $0 down"));
  CHECK(hit(Category::upsell, "Das Smartphone für 0 € Anzahlung"));
  CHECK(hit(Category::upsell, "24 x 29,99 € monatlich*"));
  CHECK(hit(Category::upsell, "Le smartphone à 0 € d'apport"));
  CHECK(hit(Category::upsell, "24 cuotas de 29,99 € al mes"));
  CHECK(hit(Category::upsell, "Lo smartphone con anticipo zero"));
  CHECK(hit(Category::upsell, "24 x € 29,99 per maand"));
  CHECK(hit(Category::upsell, "24 x 29,99 € por mês"));
  CHECK(hit(Category::footer, "Opening hours: Mon-Fri 9-6, Sat 9-1"));
  CHECK(hit(Category::footer, "Öffnungszeiten: Mo–Fr 10–19 Uhr, Sa 10–16 Uhr"));
  CHECK(hit(Category::footer, "Horaires d'ouverture : du lundi au samedi, 9 h à 19 h"));
  CHECK(hit(Category::footer, "Horario: lunes a viernes de 10 a 20 h"));
  CHECK(hit(Category::footer, "Orari di apertura: lun-sab 9-19"));
  CHECK(hit(Category::footer, "Openingstijden: ma-za 10-18 uur"));
  CHECK(hit(Category::footer, "Horário: segunda a sexta, 9h-19h"));
  CHECK(hit(Category::footer, "Away next week? Pause your delivery in one click."));
  CHECK(hit(Category::footer, "Pausiere deine Lieferung bis Mittwoch mit einem Klick."));
  CHECK(hit(Category::footer, "Mettez votre livraison en pause en un clic."));
  CHECK(hit(Category::footer, "Pausa tu entrega con un clic."));
  CHECK(hit(Category::footer, "Metti in pausa la consegna con un clic."));
  CHECK(hit(Category::footer, "Pauzeer je levering met één klik."));
  CHECK(hit(Category::footer, "Pause a sua entrega com um clique."));
  CHECK(hit(Category::footer, "Away next week?"));
  CHECK(hit(Category::footer, "Nächste Woche verreist?"));
  CHECK(hit(Category::footer, "En vacances la semaine prochaine ?"));
  CHECK(hit(Category::footer, "¿De vacaciones la próxima semana?"));
  CHECK(hit(Category::footer, "In vacanza la prossima settimana?"));
  CHECK(hit(Category::footer, "Volgende week op vakantie?"));
  CHECK(hit(Category::footer, "De férias na próxima semana?"));
  CHECK(hit(Category::imprint, "*Savings compared to buying outright, depending on your tax band."));
  CHECK(hit(Category::imprint, "*Ersparnis gegenüber dem Direktkauf, abhängig von Steuerklasse und Kaufpreis."));
  CHECK(hit(Category::imprint, "*Économie par rapport à un achat direct, selon votre tranche d'imposition."));
  CHECK(hit(Category::imprint, "*Ahorro frente a la compra directa, según tu tramo del IRPF."));
  CHECK(hit(Category::imprint, "*Risparmio rispetto all'acquisto diretto, in base alla fascia di reddito."));
  CHECK(hit(Category::imprint, "*Besparing ten opzichte van directe aankoop, afhankelijk van je belastingschijf."));
  CHECK(hit(Category::imprint, "*Poupança face à compra direta, consoante o escalão de IRS."));
  // News names tariffs, hours and deliveries otherwise.
  CHECK_FALSE(hit(Category::upsell, "The carrier raised its tariffs by 5 percent in January."));
  CHECK_FALSE(hit(Category::upsell, "Käufer zahlten 2024 im Schnitt 20 Prozent an."));
  CHECK_FALSE(hit(Category::footer, "Die Bibliothek ändert ab April ihre Öffnungszeiten."));
  CHECK_FALSE(hit(Category::footer, "The port paused deliveries of grain for a week."));
}

TEST_CASE(
    "a fare sale's rules, a first-year price's renewal, a computer built to order, a rebate, gift certificates, a "
    "partner's miles and a program's trial download are chrome",
    "[transform]") {
  // A fare sale's rules and a first-year price's small print.
  CHECK(hit(Category::imprint, "Fares are nonrefundable; changes are not permitted."));
  CHECK(hit(Category::imprint, "Fares do not include passenger facility charges of up to $18."));
  CHECK(hit(Category::imprint, "Seats are limited and may not be available on all flights."));
  CHECK(hit(Category::imprint, "Web Fares are valid for travel departing Saturday, March 9."));
  CHECK(hit(Category::imprint, "Domain price applies to the first year of new registrations."));
  CHECK(hit(Category::imprint, "Renewals are billed at $14.95 a year."));
  CHECK(hit(Category::imprint, "Die Tarife sind nicht erstattbar."));
  CHECK(hit(Category::imprint, "Preise zzgl. Steuern und Gebühren."));
  CHECK(hit(Category::imprint, "Sitzplätze sind begrenzt und möglicherweise nicht auf allen Flügen verfügbar."));
  CHECK(hit(Category::imprint, "Gültig für Abflüge vom 3. bis 9. März."));
  CHECK(hit(Category::imprint, "Der Preis gilt nur für das erste Jahr; Verlängerungen werden mit 12,95 € berechnet."));
  CHECK(hit(Category::imprint, "Tarifs non remboursables."));
  CHECK(hit(Category::imprint, "Les tarifs n'incluent pas les taxes d'aéroport."));
  CHECK(hit(Category::imprint, "Places limitées et peuvent ne pas être disponibles sur tous les vols."));
  CHECK(hit(Category::imprint, "Le prix s'applique uniquement à la première année."));
  CHECK(hit(Category::imprint, "Tarifas no reembolsables."));
  CHECK(hit(Category::imprint, "Plazas limitadas y pueden no estar disponibles en todos los vuelos."));
  CHECK(hit(Category::imprint, "El precio se aplica solo al primer año; las renovaciones se facturan a 12,95 €."));
  CHECK(hit(Category::imprint, "Tariffe non rimborsabili."));
  CHECK(hit(Category::imprint, "Il prezzo si applica solo al primo anno; il rinnovo viene fatturato a 12,95 €."));
  CHECK(hit(Category::imprint, "Tarieven zijn niet restitueerbaar."));
  CHECK(hit(Category::imprint, "De prijs geldt alleen voor het eerste jaar."));
  CHECK(hit(Category::imprint, "Tarifas não reembolsáveis."));
  CHECK(hit(Category::imprint, "O preço aplica-se apenas ao primeiro ano; a renovação é cobrada a 12,95 €."));
  // A maker's own shop: built to order, a rebate, gift certificates, a
  // partner's miles and the code to give when booking.
  CHECK(hit(Category::house_ad, "Configure yours"));
  CHECK(hit(Category::house_ad, "Choose your drives, and we build it in 5 business days."));
  CHECK(hit(Category::house_ad, "Buy the printer with any desktop and get a $50 mail-in rebate."));
  CHECK(hit(Category::house_ad, "Acme gift certificates come in any amount from $10 to $500."));
  CHECK(hit(Category::house_ad, "Order a gift certificate"));
  CHECK(hit(Category::house_ad, "Rooms from $59 a night, plus 500 miles per stay."));
  CHECK(hit(Category::house_ad, "Use discount code WF2002 when you reserve."));
  CHECK(hit(Category::house_ad, "Stay and drive for less"));
  CHECK(hit(Category::house_ad, "Konfigurieren Sie Ihren neuen PC mit bis zu 1 GB Speicher."));
  CHECK(hit(Category::house_ad, "Sichern Sie sich bis zu 50 € Cashback."));
  CHECK(hit(Category::house_ad, "Gutschein bestellen"));
  CHECK(hit(Category::house_ad, "500 Meilen pro Aufenthalt in allen Hotels."));
  CHECK(hit(Category::house_ad, "Günstiger übernachten und mieten"));
  CHECK(hit(Category::house_ad, "Configurez votre nouveau PC avec jusqu'à 1 Go de mémoire."));
  CHECK(hit(Category::house_ad, "Recevez jusqu'à 50 € remboursés."));
  CHECK(hit(Category::house_ad, "Utilisez le code WF2002 lors de votre réservation."));
  CHECK(hit(Category::house_ad, "Configura tu nuevo ordenador con hasta 1 GB de memoria."));
  CHECK(hit(Category::house_ad, "500 puntos por estancia en todos los hoteles."));
  CHECK(hit(Category::house_ad, "Alójate y conduce por menos"));
  CHECK(hit(Category::house_ad, "Ottieni fino a 50 € di rimborso."));
  CHECK(hit(Category::house_ad, "Usa il codice WF2002 al momento della prenotazione."));
  CHECK(hit(Category::house_ad, "Stel je eigen pc samen met tot 1 GB geheugen."));
  CHECK(hit(Category::house_ad, "Gebruik de kortingscode WF2002 bij het reserveren."));
  CHECK(hit(Category::house_ad, "Ofereça um cartão-presente"));
  CHECK(hit(Category::house_ad, "500 pontos por estadia em todos os hotéis."));
  // A program's trial to download and its box's heading.
  CHECK(hit(Category::upsell, "Download a free 30-day trial of TaxPrep 2002."));
  CHECK(hit(Category::upsell, "TRY TAXPREP FREE"));
  CHECK(hit(Category::upsell, "Laden Sie die kostenlose Testversion herunter."));
  CHECK(hit(Category::upsell, "Steuerprogramm 30 Tage kostenlos testen"));
  CHECK(hit(Category::upsell, "Essai gratuit de 30 jours."));
  CHECK(hit(Category::upsell, "Prueba gratuita de 30 días."));
  CHECK(hit(Category::upsell, "Prova Fisco Facile gratis"));
  CHECK(hit(Category::upsell, "Download een gratis proefversie."));
  CHECK(hit(Category::upsell, "Avaliação gratuita de 30 dias."));
  // News names fares, renewals, gift cards and miles otherwise.
  CHECK_FALSE(hit(Category::imprint, "The airline said fares on the route rose 12 percent last year."));
  CHECK_FALSE(hit(Category::imprint, "Passport renewals rose by 8 percent in the first year of the scheme."));
  CHECK_FALSE(hit(Category::house_ad, "Shoppers bought $2 million in gift cards in December."));
  CHECK_FALSE(hit(Category::house_ad, "The new line runs 40 miles per hour faster than the old one."));
  CHECK_FALSE(hit(Category::upsell, "The trial of the former minister opens on Monday."));
  CHECK_FALSE(hit(Category::house_ad, "Customize your desktop with a photo of your own."));
  CHECK_FALSE(hit(Category::house_ad, "Konfigurieren Sie Ihren Router mit einem neuen Passwort."));
}

TEST_CASE("a vendor's customer seminars under their label and back issues beside the issue's other forms",
          "[transform]") {
  CHECK(hit(Category::house_ad, "DEVELOPER SEMINARS Hands-on training with our field engineers."));
  CHECK(hit(Category::house_ad, "Kundenschulungen 2025: Termine und Orte"));
  CHECK(hit(Category::house_ad, "Séminaires clients : les prochaines dates"));
  CHECK(hit(Category::house_ad, "Seminarios para clientes en Madrid y Bilbao"));
  CHECK(hit(Category::house_ad, "Seminari per clienti: il calendario"));
  CHECK(hit(Category::house_ad, "Klantseminars in Utrecht en Gent"));
  CHECK(hit(Category::house_ad, "Treinamentos para clientes em São Paulo"));
  CHECK(hit(Category::self_description,
            "Back issues, the HTML version and the source of this summary can all be found at the web site."));
  CHECK(hit(Category::self_description, "Frühere Ausgaben, auch als PDF, finden Sie im Archiv."));
  CHECK(hit(Category::self_description, "Les anciens numéros, en PDF ou en ligne, sont tous disponibles sur le site."));
  CHECK(hit(Category::self_description, "Los números anteriores, también en PDF, están en la web."));
  CHECK(hit(Category::self_description, "I numeri arretrati, anche in PDF, sono tutti disponibili sul sito."));
  CHECK(hit(Category::self_description, "Eerdere nummers, ook als pdf, staan in het archief."));
  CHECK(hit(Category::self_description, "Os números anteriores, também em PDF, estão todos arquivados no site."));
  CHECK(hit(Category::self_description,
            "This is the fortnightly summary of the foo-dev mailing list, covering the two weeks to May 3."));
  CHECK(hit(Category::self_description, "Dies ist die wöchentliche Zusammenfassung der foo-Mailingliste."));
  CHECK(hit(Category::self_description, "Ceci est le résumé hebdomadaire de la liste de diffusion foo-dev."));
  CHECK(hit(Category::self_description, "Este es el resumen semanal de la lista de correo foo-dev."));
  CHECK(hit(Category::self_description, "Questo è il riepilogo settimanale della mailing list foo-dev."));
  CHECK(hit(Category::self_description, "Dit is de wekelijkse samenvatting van de mailinglijst foo-dev."));
  CHECK(hit(Category::self_description, "Este é o resumo semanal da lista de discussão foo-dev."));
  // A report on seminars, old issues or a list's summary names them otherwise.
  CHECK_FALSE(hit(Category::self_description, "The weekly summary of the list was dropped in 2004."));
  CHECK_FALSE(hit(Category::house_ad, "The university's seminars on climate law start in October."));
  CHECK_FALSE(hit(Category::house_ad, "Developers at the seminar asked about the new compiler."));
  CHECK_FALSE(hit(Category::self_description, "Back issues, some of them worth $500, are found in attics."));
}

TEST_CASE(
    "a warranty extended for a fee, a pickup station, a coupon code typed in at checkout, a travel insurance "
    "added to a booking, an account to open and a referral link are a shop's side offers",
    "[transform]") {
  CHECK(hit(Category::house_ad, "Extend your warranty to four years from 19.99."));
  CHECK(hit(Category::house_ad, "Verlängern Sie die Herstellergarantie um zwei Jahre."));
  CHECK(hit(Category::house_ad, "Prolongez votre garantie de deux ans."));
  CHECK(hit(Category::house_ad, "Amplía tu garantía dos años más."));
  CHECK(hit(Category::house_ad, "Estendi la tua garanzia di due anni."));
  CHECK(hit(Category::house_ad, "Verleng je garantie met twee jaar."));
  CHECK(hit(Category::house_ad, "Estenda a sua garantia por mais dois anos."));
  CHECK(hit(Category::house_ad, "Order online and pick it up in our stores the same day."));
  CHECK(hit(Category::house_ad, "Bestellen Sie online und holen Sie Ihr Paket morgen ab."));
  CHECK(hit(Category::house_ad, "Réservez en ligne et retirez votre commande en magasin."));
  CHECK(hit(Category::house_ad, "Reserva online y recoge tu pedido en tienda."));
  CHECK(hit(Category::house_ad, "Prenota online e ritira in negozio."));
  CHECK(hit(Category::house_ad, "Reserveer online en haal je bestelling op."));
  CHECK(hit(Category::house_ad, "Reserve online e levante na loja."));
  CHECK(hit(Category::house_ad, "Redeem code now"));
  CHECK(hit(Category::house_ad, "Code jetzt einlösen"));
  CHECK(hit(Category::house_ad, "Gib beim Bezahlen den Code SOMMER5 ein und spare 5 %."));
  CHECK(hit(Category::house_ad, "Saisissez le code ETE5 lors du paiement."));
  CHECK(hit(Category::house_ad, "Introduce el código VERANO5 al pagar."));
  CHECK(hit(Category::house_ad, "Inserisci il codice ESTATE5 al pagamento."));
  CHECK(hit(Category::house_ad, "Vul de code ZOMER5 in bij het afrekenen."));
  CHECK(hit(Category::house_ad, "Insira o código VERAO5 no checkout."));
  CHECK(hit(Category::house_ad, "Trip cancellation, interruption and medical cover in one plan."));
  CHECK(hit(Category::house_ad, "Reiserücktritt und Reiseabbruch in einem Paket."));
  CHECK(hit(Category::house_ad, "Reiseschutz hinzufügen"));
  CHECK(hit(Category::house_ad, "Annulation et interruption de séjour dans une seule formule."));
  CHECK(hit(Category::house_ad, "Cancelación e interrupción del viaje en un solo seguro."));
  CHECK(hit(Category::house_ad, "Annullamento e interruzione del viaggio in un'unica polizza."));
  CHECK(hit(Category::house_ad, "Annulering en reisonderbreking in één pakket."));
  CHECK(hit(Category::house_ad, "Cancelamento e interrupção da viagem num só seguro."));
  CHECK(hit(Category::house_ad, "Open an account today"));
  CHECK(hit(Category::house_ad, "Depot eröffnen"));
  CHECK(hit(Category::house_ad, "Ouvrez un compte-titres"));
  CHECK(hit(Category::house_ad, "Abre tu cuenta de valores"));
  CHECK(hit(Category::house_ad, "Apri il tuo conto"));
  CHECK(hit(Category::house_ad, "Open een beleggingsrekening"));
  CHECK(hit(Category::house_ad, "Abra a sua conta"));
  CHECK(hit(Category::house_ad, "Share your referral link"));
  CHECK(hit(Category::house_ad, "Einladungslink teilen"));
  CHECK(hit(Category::house_ad, "Partagez votre lien de parrainage"));
  CHECK(hit(Category::house_ad, "Comparte tu enlace de invitación"));
  CHECK(hit(Category::house_ad, "Condividi il tuo link di invito"));
  CHECK(hit(Category::house_ad, "Deel je uitnodigingslink"));
  CHECK(hit(Category::house_ad, "Partilhe o seu link de convite"));
  // News speaks of warranties, accounts and insurance otherwise.
  CHECK_FALSE(hit(Category::house_ad, "The court ruled that the carmaker must honour the warranty on 40,000 engines."));
  CHECK_FALSE(hit(Category::house_ad, "Die Bank hat im vergangenen Jahr 80.000 neue Depots eröffnet, doppelt so viele wie 2022."));
  CHECK_FALSE(hit(Category::house_ad, "Les assureurs ont remboursé 2 milliards d'euros d'annulations de voyage en 2020."));
}

TEST_CASE(
    "a plan upgrade's button, pitch and billing date, and a paper's read-on link and paid tier are an upsell",
    "[transform]") {
  CHECK(hit(Category::upsell, "Switch to Premium now"));
  CHECK(hit(Category::upsell, "Jetzt auf Plus wechseln"));
  CHECK(hit(Category::upsell, "Passez au Premium"));
  CHECK(hit(Category::upsell, "Pásate a Premium"));
  CHECK(hit(Category::upsell, "Passa a Premium ora"));
  CHECK(hit(Category::upsell, "Stap over op Premium"));
  CHECK(hit(Category::upsell, "Mude para o Premium agora"));
  CHECK(hit(Category::upsell, "Get more out of your subscription"));
  CHECK(hit(Category::upsell, "Hol dir mehr aus deinem Abo"));
  CHECK(hit(Category::upsell, "Profitez encore plus de votre abonnement"));
  CHECK(hit(Category::upsell, "Sácale más partido a tu suscripción"));
  CHECK(hit(Category::upsell, "Sfrutta al massimo il tuo abbonamento"));
  CHECK(hit(Category::upsell, "Haal meer uit je abonnement"));
  CHECK(hit(Category::upsell, "Tire mais partido da sua assinatura"));
  CHECK(hit(Category::upsell, "With Reelhouse Premium you can watch on four screens at once."));
  CHECK(hit(Category::upsell, "Mit Kinoland Premium sehen Sie alles in 4K."));
  CHECK(hit(Category::upsell, "The new price applies from your next billing period."));
  CHECK(hit(Category::upsell, "Der neue Preis gilt ab deinem nächsten Abrechnungszeitraum."));
  CHECK(hit(Category::upsell, "Le nouveau tarif s'applique à partir de votre prochaine facturation."));
  CHECK(hit(Category::upsell, "El nuevo precio se aplica a partir de tu próximo periodo de facturación."));
  CHECK(hit(Category::upsell, "Il nuovo prezzo vale dal tuo prossimo periodo di fatturazione."));
  CHECK(hit(Category::upsell, "De nieuwe prijs geldt vanaf je volgende factuurperiode."));
  CHECK(hit(Category::upsell, "O novo preço aplica-se a partir do seu próximo ciclo de faturação."));
  CHECK(hit(Category::upsell, "Continue reading with Courier+"));
  CHECK(hit(Category::upsell, "Mit KZ+ weiterlesen"));
  CHECK(hit(Category::upsell, "Lire la suite avec Le Courrier+"));
  CHECK(hit(Category::upsell, "Sigue leyendo con El Correo+"));
  CHECK(hit(Category::upsell, "Continua a leggere con Il Corriere+"));
  CHECK(hit(Category::upsell, "Lees verder met Koerier+"));
  CHECK(hit(Category::upsell, "Continue a ler com Correio+"));
  CHECK(hit(Category::upsell, "Alle Plus-Artikel und das E-Paper am Vorabend."));
  CHECK(hit(Category::upsell, "All premium articles, ad-free, in the app."));
  CHECK(hit(Category::upsell, "Tous les articles abonnés, sans publicité."));
  CHECK(hit(Category::upsell, "Todos los artículos premium, sin anuncios."));
  CHECK(hit(Category::upsell, "Tutti gli articoli premium, senza pubblicità."));
  CHECK(hit(Category::upsell, "Alle plusartikelen, zonder advertenties."));
  CHECK(hit(Category::upsell, "Todos os artigos premium, sem anúncios."));
  CHECK_FALSE(hit(Category::upsell, "The streaming service said 3 million customers switched to its cheaper plan with ads."));
  CHECK_FALSE(hit(Category::upsell, "Der Verlag will das E-Paper ab Januar auch an Schulen verteilen."));
}

TEST_CASE("an investment offer's risk warning and a programme's schedule and package small print are small print",
          "[transform]") {
  CHECK(hit(Category::imprint, "Risk warning: the value of investments can go down as well as up."));
  CHECK(hit(Category::imprint, "Risikohinweis: Kurse können fallen."));
  CHECK(hit(Category::imprint, "Sie können das eingesetzte Kapital ganz oder teilweise verlieren."));
  CHECK(hit(Category::imprint, "Risque de perte en capital."));
  CHECK(hit(Category::imprint, "Existe riesgo de pérdida del capital invertido."));
  CHECK(hit(Category::imprint, "Esiste il rischio di perdita del capitale investito."));
  CHECK(hit(Category::imprint, "Risicowaarschuwing: beleggen brengt risico's met zich mee."));
  CHECK(hit(Category::imprint, "Existe risco de perda do capital investido."));
  CHECK(hit(Category::imprint, "Titles and release dates are subject to change."));
  CHECK(hit(Category::imprint, "Sendetermine können sich kurzfristig ändern."));
  CHECK(hit(Category::imprint, "Les dates de diffusion peuvent changer."));
  CHECK(hit(Category::imprint, "Las fechas de estreno pueden cambiar."));
  CHECK(hit(Category::imprint, "Le date di uscita possono subire variazioni."));
  CHECK(hit(Category::imprint, "Startdata kunnen nog wijzigen."));
  CHECK(hit(Category::imprint, "As datas de estreia podem sofrer alterações."));
  CHECK(hit(Category::imprint, "The match is only available with the Sports add-on."));
  CHECK(hit(Category::imprint, "Das Rennen ist nur im Sport-Paket enthalten."));
  CHECK(hit(Category::imprint, "Le match est uniquement disponible avec l'option Sport."));
  CHECK(hit(Category::imprint, "El partido solo está incluido en el paquete Deportes."));
  CHECK(hit(Category::imprint, "La partita è disponibile solo nel pacchetto Sport."));
  CHECK(hit(Category::imprint, "De wedstrijd is alleen beschikbaar in het sportpakket."));
  CHECK(hit(Category::imprint, "O jogo está disponível apenas no pacote Desporto."));
  CHECK_FALSE(hit(Category::imprint, "Die Fondsgesellschaft hat im dritten Quartal Kapital von Anlegern verloren."));
  CHECK_FALSE(hit(Category::imprint, "The league said the final's date had moved to 14 June because of the election."));
}

TEST_CASE("a shop's quiz and a brand's own social accounts are engagement prompts", "[transform]") {
  CHECK(hit(Category::feedback, "Take our style quiz and get three outfits picked for you."));
  CHECK(hit(Category::feedback, "Mach unser Geschenke-Quiz und finde das passende Präsent."));
  CHECK(hit(Category::feedback, "Zum Stil-Quiz"));
  CHECK(hit(Category::feedback, "Faites notre quiz et trouvez votre coupe."));
  CHECK(hit(Category::feedback, "Haz nuestro test y descubre tu estilo."));
  CHECK(hit(Category::feedback, "Fai il nostro quiz e scopri il tuo stile."));
  CHECK(hit(Category::feedback, "Doe onze stijlquiz en vind je look."));
  CHECK(hit(Category::feedback, "Faça o nosso quiz e descubra o seu estilo."));
  CHECK(hit(Category::social, "Follow Linden & Co on Instagram and Pinterest"));
  CHECK(hit(Category::social, "Folge Kornblume auf Instagram und TikTok"));
  CHECK(hit(Category::social, "Suivez Atelier Brise sur Instagram"));
  CHECK(hit(Category::social, "Sigue a Casa Lirio en Instagram"));
  CHECK(hit(Category::social, "Segui Bottega Alba su Instagram"));
  CHECK(hit(Category::social, "Volg Huis Wilg op Instagram"));
  CHECK(hit(Category::social, "Siga a Casa Flor no Instagram"));
  CHECK_FALSE(hit(Category::feedback, "The quiz show drew 4 million viewers on Saturday, its best result in ten years."));
  CHECK_FALSE(hit(Category::social, "Follow-up talks on the Instagram ruling are planned for May."));
}

TEST_CASE("a series' new episode every week is a programme, not a newsletter's own schedule", "[transform]") {
  CHECK(hit(Category::self_description, "Der Wochenbrief erscheint jeden Freitag um 7 Uhr."));
  CHECK(hit(Category::self_description, "Dieser Newsletter erscheint wöchentlich."));
  CHECK(hit(Category::self_description, "De nieuwsbrief verschijnt elke vrijdag."));
  CHECK_FALSE(
      hit(Category::self_description, "Die Serie startet am 3. Mai, danach erscheint jeden Dienstag eine neue Folge."));
  CHECK_FALSE(hit(Category::self_description, "Vanaf mei verschijnt elke dinsdag een nieuwe aflevering van de reeks."));
}

TEST_CASE("a schedule phrase is the newsletter's own only with the newsletter as its subject", "[transform]") {
  CHECK(hit(Category::self_description, "Published every Friday."));
  CHECK(hit(Category::self_description, "This newsletter goes out every Tuesday morning."));
  CHECK(hit(Category::self_description, "Harbour Weekly is published every Friday."));
  CHECK(hit(Category::self_description, "Field Digest, written by two volunteers, lands every other Monday."));
  CHECK(hit(Category::self_description, "Cette lettre est envoyée chaque lundi matin."));
  CHECK(hit(Category::self_description, "La Lettre Verte paraît chaque mardi."));
  CHECK(hit(Category::self_description, "Paraît tous les vendredis."));
  CHECK(hit(Category::self_description, "Este boletín se envía cada viernes."));
  CHECK(hit(Category::self_description, "Mercado Semanal llega cada lunes a tu correo."));
  CHECK(hit(Category::self_description, "Questa newsletter arriva ogni venerdì."));
  CHECK(hit(Category::self_description, "Bottega Settimanale esce ogni lunedì."));
  CHECK(hit(Category::self_description, "Esta newsletter chega toda sexta-feira."));
  CHECK(hit(Category::self_description, "O Boletim Verde sai todas as segundas."));
  CHECK_FALSE(hit(Category::self_description, "A new episode is published every Thursday, the broadcaster said."));
  CHECK_FALSE(hit(Category::self_description, "The podcast, recorded in Leeds, comes out every Friday."));
  CHECK_FALSE(hit(Category::self_description, "Her column is published every Sunday in the regional paper."));
  CHECK_FALSE(hit(Category::self_description, "La série paraît chaque jeudi sur la plateforme."));
  CHECK_FALSE(hit(Category::self_description, "Sa chronique est publiée chaque samedi dans le journal."));
  CHECK_FALSE(hit(Category::self_description, "Un nuevo episodio se publica cada jueves."));
  CHECK_FALSE(hit(Category::self_description, "La serie, rodada en Bilbao, sale cada jueves en la plataforma."));
  CHECK_FALSE(hit(Category::self_description, "Un nuovo episodio del podcast esce ogni giovedì."));
  CHECK_FALSE(hit(Category::self_description, "La sua rubrica arriva ogni sabato in edicola."));
  CHECK_FALSE(hit(Category::self_description, "Um novo episódio da série sai toda quinta-feira."));
  CHECK_FALSE(hit(Category::self_description, "A coluna dela chega todo domingo às bancas."));
}

TEST_CASE(
    "a mail-order shop's guarantee, shipping charges and offer dates, a course programme's fee and refund terms, an "
    "admissions statement, a street-team call, ways to enrol and a vendor's upgrade for its owners are chrome",
    "[transform]") {
  // A catalogue's promise, its offer dates and its delivery small print.
  CHECK(hit(Category::imprint, "All our boots are guaranteed to satisfy, or send them back."));
  CHECK(hit(Category::imprint, "100% satisfaction guarantee on every order."));
  CHECK(hit(Category::imprint, "Sale prices good through May 2 at all our counters."));
  CHECK(hit(Category::imprint, "Offers valid until Sunday. Not valid on previous purchases."));
  CHECK(hit(Category::imprint, "Overnight shipping is available for an additional fee."));
  CHECK(hit(Category::imprint, "Wir geben Ihnen eine Zufriedenheitsgarantie von 60 Tagen."));
  CHECK(hit(Category::imprint, "Angebote gültig bis 30. April."));
  CHECK(hit(Category::imprint, "Gilt nicht für bereits getätigte Bestellungen."));
  CHECK(hit(Category::imprint, "Expresslieferung gegen Aufpreis möglich."));
  CHECK(hit(Category::imprint, "Satisfait ou remboursé pendant 30 jours."));
  CHECK(hit(Category::imprint, "Livraison express disponible avec supplément."));
  CHECK(hit(Category::imprint, "Satisfacción garantizada o te devolvemos el dinero."));
  CHECK(hit(Category::imprint, "Envío urgente con coste adicional."));
  CHECK(hit(Category::imprint, "Soddisfatti o rimborsati entro 30 giorni."));
  CHECK(hit(Category::imprint, "Niet goed, geld terug."));
  CHECK(hit(Category::imprint, "Expreslevering tegen meerprijs."));
  CHECK(hit(Category::imprint, "Satisfação garantida em todas as encomendas."));
  // The heading over the table of shipping charges, alone on its line.
  CHECK(hit(Category::imprint, "Shipping & Handling"));
  CHECK(hit(Category::imprint, "SHIPPING CHARGES (mainland only)"));
  CHECK(hit(Category::imprint, "Versandkosten (Deutschland)"));
  CHECK(hit(Category::imprint, "Frais de port"));
  CHECK(hit(Category::imprint, "Gastos de envío"));
  CHECK(hit(Category::imprint, "Spese di spedizione"));
  CHECK(hit(Category::imprint, "Verzendkosten"));
  CHECK(hit(Category::imprint, "Custos de envio"));
  // A course programme's fee and withdrawal terms, and its admissions
  // statement.
  CHECK(hit(Category::imprint, "Tuition fees do not include textbooks."));
  CHECK(hit(Category::imprint, "You get a full refund if you cancel a week ahead; no refunds after the first session."));
  CHECK(hit(Category::imprint,
            "The institute does not discriminate based on age or disability in its admissions or its services."));
  CHECK(hit(Category::imprint, "Die Kursgebühr enthält keine Lehrbücher."));
  CHECK(hit(Category::imprint, "Keine Erstattung nach dem zweiten Kurstermin."));
  CHECK(hit(Category::imprint, "Frais d'inscription ne comprennent pas les manuels."));
  CHECK(hit(Category::imprint, "L'école ne pratique aucune discrimination de sexe ou d'âge dans ses formations."));
  CHECK(hit(Category::imprint, "La matrícula no incluye los libros."));
  CHECK(hit(Category::imprint, "Nessun rimborso dopo la seconda lezione."));
  CHECK(hit(Category::imprint, "Het cursusgeld is exclusief lesmateriaal."));
  CHECK(hit(Category::imprint, "Sem reembolso após a primeira aula."));
  // A band's street team and the ways to sign up for a course.
  CHECK(hit(Category::house_ad, "Join our street team and hang flyers in your town."));
  CHECK(hit(Category::house_ad, "Street team members get the new record before anyone else."));
  CHECK(hit(Category::house_ad, "Sign up online at www.school.example, by phone or in person at the front desk."));
  CHECK(hit(Category::house_ad, "Werde Teil unseres Street-Teams!"));
  CHECK(hit(Category::house_ad, "Anmeldung online unter www.vhs.example, telefonisch oder persönlich im Büro."));
  CHECK(hit(Category::house_ad, "Rejoignez notre street team !"));
  CHECK(hit(Category::house_ad, "Inscriptions en ligne sur www.ecole.example, par téléphone ou sur place."));
  CHECK(hit(Category::house_ad, "Únete al street team y reparte carteles."));
  CHECK(hit(Category::house_ad, "Iscrizioni online su www.scuola.example, per telefono o di persona."));
  CHECK(hit(Category::house_ad, "Word lid van ons streetteam!"));
  CHECK(hit(Category::house_ad, "Inscrições online em www.escola.example, por telefone ou presencialmente."));
  // A vendor's step up for owners of its lesser product.
  CHECK(hit(Category::upsell, "Current PhotoDesk owners upgrade for just $19."));
  CHECK(hit(Category::upsell, "Add backup and a password vault to the suite you already own."));
  CHECK(hit(Category::upsell, "Ergänzen Sie Ihr Virenprogramm um eine Firewall, das Sie bereits besitzen."));
  CHECK(hit(Category::upsell, "Les utilisateurs enregistrés passent à la version Pro pour seulement 19 €."));
  CHECK(hit(Category::upsell, "Añade un cortafuegos al antivirus que ya tienes."));
  CHECK(hit(Category::upsell, "Aggiungi un firewall all'antivirus che già possiedi."));
  CHECK(hit(Category::upsell, "Bestaande klanten upgraden voor slechts € 19."));
  CHECK(hit(Category::upsell, "Adicione uma firewall ao antivírus que já tem."));
  // News speaks of shipping, refunds, registration and upgrades otherwise.
  CHECK_FALSE(hit(Category::imprint, "The postal service raised its shipping charges by 6 percent in March."));
  CHECK_FALSE(hit(Category::imprint, "The court ruled that the law does not discriminate on the basis of age."));
  CHECK_FALSE(hit(Category::imprint, "Customers who cancel get a full refund, the airline said."));
  CHECK_FALSE(hit(Category::house_ad, "Voters can register online, by mail or in person until October 10."));
  CHECK_FALSE(hit(Category::house_ad, "The team visited every street in the town to count the trees."));
  CHECK_FALSE(hit(Category::upsell, "The city will upgrade the bridge for $4 million next year."));
  CHECK_FALSE(hit(Category::upsell, "Most registered voters already own a smartphone."));
}

TEST_CASE("a shop's points credited on a condition, offers not combined and participating garages are small print",
          "[transform]") {
  CHECK(hit(Category::imprint, "Bonus points are credited once your order can no longer be returned."));
  CHECK(hit(Category::imprint, "Die Prämie wird Ihnen gutgeschrieben, sobald der Vertrag ein Jahr läuft."));
  CHECK(hit(Category::imprint, "Treueprämie für Bestandskunden; die Gutschrift erfolgt mit der nächsten Rechnung."));
  CHECK(hit(Category::imprint, "Les points sont crédités dès que le délai de rétractation est écoulé."));
  CHECK(hit(Category::imprint, "Los puntos se abonarán una vez finalizado el plazo de devolución."));
  CHECK(hit(Category::imprint, "I punti verranno accreditati una volta concluso il periodo di reso."));
  CHECK(hit(Category::imprint, "De punten worden bijgeschreven zodra de retourtermijn voorbij is."));
  CHECK(hit(Category::imprint, "Os pontos serão creditados após o fim do prazo de devolução."));
  CHECK(hit(Category::imprint, "Not valid in conjunction with other offers."));
  CHECK(hit(Category::imprint, "Keine Kombination mit anderen Aktionen möglich."));
  CHECK(hit(Category::imprint, "Aucun cumul possible avec d'autres promotions."));
  CHECK(hit(Category::imprint, "No se puede combinar con otras promociones."));
  CHECK(hit(Category::imprint, "Non è cumulabile con altre promozioni."));
  CHECK(hit(Category::imprint, "Geen combinatie mogelijk met andere acties."));
  CHECK(hit(Category::imprint, "Não pode ser acumulado com outras promoções."));
  CHECK(hit(Category::imprint, "Offer valid at all participating Brightway dealers until June."));
  CHECK(hit(Category::imprint, "Gültig bei allen teilnehmenden Fachwerkstätten bis Ende Juni."));
  CHECK(hit(Category::imprint, "Offre valable chez les concessionnaires participants jusqu'au 30 juin."));
  CHECK(hit(Category::imprint, "Válido en los talleres adheridos hasta el 30 de junio."));
  CHECK(hit(Category::imprint, "Valido presso le officine aderenti fino al 30 giugno."));
  CHECK(hit(Category::imprint, "Geldig bij deelnemende dealers tot eind juni."));
  CHECK(hit(Category::imprint, "Válido nas oficinas aderentes até 30 de junho."));
  // News that says how points or bonuses work, or names a garage, stays.
  CHECK_FALSE(hit(Category::imprint, "The airline said points will be credited within a day from next year."));
  CHECK_FALSE(hit(Category::imprint, "Die Stadt zahlt den Bonus erst aus, wenn das Dach gedämmt ist."));
  CHECK_FALSE(hit(Category::imprint, "Alle teilnehmenden Werkstätten der Innung haben am Samstag geöffnet."));
  CHECK_FALSE(hit(Category::imprint, "Les garages du quartier participent à la journée portes ouvertes."));
}

TEST_CASE("a shop's own double-points week is its news; the pitch to collect them is an ad", "[transform]") {
  CHECK(hit(Category::house_ad, "Jetzt doppelte Punkte sammeln mit der Kundenkarte!"));
  CHECK(hit(Category::house_ad, "Sichern Sie sich jetzt doppelte Bonuspunkte."));
  CHECK_FALSE(hit(Category::house_ad, "Bis Samstag gibt es in allen Filialen doppelte Punkte auf Gartenmöbel."));
  CHECK_FALSE(hit(Category::house_ad, "Laufschuh-Wochen: doppelte Punkte bis Sonntag"));
}

TEST_CASE("a reading sample's first pages, a prize draw for subscribers, a race's entry button, a shop button and a "
          "partner's recommendation are the sender's ads",
          "[transform]") {
  CHECK(hit(Category::house_ad, "Read the first 40 pages free"));
  CHECK(hit(Category::house_ad, "Die ersten zwei Kapitel kostenlos lesen"));
  CHECK(hit(Category::house_ad, "Lisez gratuitement les 20 premières pages"));
  CHECK(hit(Category::house_ad, "Lee gratis las primeras 25 páginas"));
  CHECK(hit(Category::house_ad, "Leggi gratis i primi due capitoli"));
  CHECK(hit(Category::house_ad, "Lees gratis de eerste 30 pagina's"));
  CHECK(hit(Category::house_ad, "Leia grátis as primeiras 30 páginas"));
  CHECK(hit(Category::house_ad, "This month we are giving away three signed hardbacks among our newsletter readers."));
  CHECK(hit(Category::house_ad, "Diesmal verlosen wir unter allen Leserinnen und Lesern zwei Wochenenden im Harz."));
  CHECK(hit(Category::house_ad, "Ce mois-ci, nous tirons au sort parmi nos abonnés dix places de concert."));
  CHECK(hit(Category::house_ad, "Este mes sorteamos cinco lotes de libros entre nuestros suscriptores."));
  CHECK(hit(Category::house_ad, "Questo mese mettiamo in palio tre cesti tra tutti i nostri iscritti."));
  CHECK(hit(Category::house_ad, "Deze maand verloten we twee fietsen onder onze abonnees."));
  CHECK(hit(Category::house_ad, "Este mês sorteamos três cabazes entre os nossos assinantes."));
  CHECK(hit(Category::house_ad, "Beantworte einfach die Gewinnspielfrage und drück die Daumen."));
  CHECK(hit(Category::house_ad, "Answer the competition question below."));
  CHECK(hit(Category::house_ad, "Zur Teilnahme"));
  CHECK(hit(Category::house_ad, "Take part here"));
  CHECK(hit(Category::house_ad, "Per partecipare"));
  CHECK(hit(Category::house_ad, "Secure your spot now"));
  CHECK(hit(Category::house_ad, "Jetzt Startplatz sichern"));
  CHECK(hit(Category::house_ad, "Réservez votre dossard"));
  CHECK(hit(Category::house_ad, "Reserva tu dorsal"));
  CHECK(hit(Category::house_ad, "Assicurati il pettorale"));
  CHECK(hit(Category::house_ad, "Bemachtig nu je startbewijs"));
  CHECK(hit(Category::house_ad, "Garanta o seu dorsal"));
  CHECK(hit(Category::house_ad, "Zum Garten-Shop"));
  CHECK(hit(Category::house_ad, "Visit our gift shop"));
  CHECK(hit(Category::house_ad, "Naar de webshop"));
  CHECK(hit(Category::sponsor, "A recommendation from our partner Northgate Solar"));
  CHECK(hit(Category::sponsor, "Empfehlung unseres Partners Sonnendach"));
  CHECK(hit(Category::sponsor, "Recommandation de notre partenaire"));
  CHECK(hit(Category::sponsor, "Recomendación de nuestro socio"));
  CHECK(hit(Category::sponsor, "Consigliato dal nostro partner"));
  CHECK(hit(Category::sponsor, "Aanbevolen door onze partner"));
  CHECK(hit(Category::sponsor, "Recomendação do nosso parceiro"));
  // News about a draw, a race or a shop, told in a report, stays.
  CHECK_FALSE(hit(Category::house_ad, "Der Verein verlost unter allen Mitgliedern zwei Karten für das Pokalfinale."));
  CHECK_FALSE(hit(Category::house_ad, "The first 40 pages of the report were leaked to the press on Monday."));
  CHECK_FALSE(
      hit(Category::house_ad, "Mehr als 2.000 Läuferinnen haben sich bis Freitag einen Startplatz gesichert."));
  CHECK_FALSE(hit(Category::house_ad, "Zum Shop gehört seit März auch eine kleine Werkstatt für Reparaturen."));
  CHECK_FALSE(hit(Category::house_ad, "Plus de 3 000 coureurs ont déjà réservé leur dossard pour dimanche."));
}

TEST_CASE("a drink's moderation line, a singular typo disclaimer, a price list's dates and an insurance product's "
          "small print are small print",
          "[transform]") {
  CHECK(hit(Category::imprint, "Please enjoy responsibly."));
  CHECK(hit(Category::imprint, "Bitte genießen Sie verantwortungsvoll."));
  CHECK(hit(Category::imprint, "L'abus d'alcool est dangereux pour la santé, à consommer avec modération."));
  CHECK(hit(Category::imprint, "Disfruta con moderación. Prohibida la venta de alcohol a menores."));
  CHECK(hit(Category::imprint, "Bevi responsabilmente."));
  CHECK(hit(Category::imprint, "Geniet, maar drink met mate."));
  CHECK(hit(Category::imprint, "Aprecie com moderação. Se beber, não dirija."));
  CHECK(hit(Category::imprint, "Subject to typographical error."));
  CHECK(hit(Category::imprint, "Sauf erreur typographique."));
  CHECK(hit(Category::imprint, "Precios sujetos a cambios, salvo error de imprenta."));
  CHECK(hit(Category::imprint, "Tutti i prezzi in euro, salvo errore tipografico."));
  CHECK(hit(Category::imprint, "Salvo erro de digitação."));
  CHECK(hit(Category::imprint, "Prices valid from 3 to 9 March in all stores."));
  CHECK(hit(Category::imprint, "Angebote gültig von 3. bis 9. März in allen Märkten."));
  CHECK(hit(Category::imprint, "Ofertas válidas del 3 al 9 de marzo en tiendas de la península."));
  CHECK(hit(Category::imprint, "Prezzi validi dal 3 al 9 marzo nei punti vendita aderenti."));
  CHECK(hit(Category::imprint, "Ofertas válidas de 3 a 9 de março."));
  CHECK(hit(Category::imprint, "Prima della sottoscrizione leggere il set informativo disponibile in filiale."));
  CHECK(hit(Category::imprint, "Consulte as condições gerais do seguro antes de contratar."));
  CHECK(hit(Category::imprint, "Contrat assuré par Mutuelle Générale des Voyageurs, entreprise régie par le Code des "
                               "assurances."));
  CHECK(hit(Category::imprint, "Consulta las condiciones generales de la póliza antes de contratar."));
  CHECK(hit(Category::imprint, "Lees de polisvoorwaarden voor alle dekkingen."));
  CHECK(hit(Category::imprint, "See the full policy wording for what is covered."));
  // News on drinking, typos, price dates and insurance stays.
  CHECK_FALSE(hit(Category::imprint, "Doctors now advise drinking less than the old weekly limit of 14 units."));
  CHECK_FALSE(hit(Category::imprint, "Le préfet rappelle que la vente d'alcool sera interdite autour du stade samedi."));
  CHECK_FALSE(hit(Category::imprint, "La errata del examen obligó a repetir la prueba en tres institutos."));
  CHECK_FALSE(hit(Category::imprint, "Los precios del abono joven bajan a 10 euros desde el 1 de mayo."));
  CHECK_FALSE(hit(Category::imprint, "A seguradora registrou 40 % mais pedidos de indenização após as chuvas."));
}

TEST_CASE("a promoted event's label and a seasonal, special or savings offer's label are box labels",
          "[transform]") {
  auto label = [](Category c, const std::string& text) {
    for (const auto& h : find_vocabulary(fold_for_match(text))) {
      if (h.category == c && h.label_only) return true;
    }
    return false;
  };
  CHECK(label(Category::sponsor, "Promoted events"));
  CHECK(label(Category::sponsor, "Événement mis en avant"));
  CHECK(label(Category::sponsor, "Evento promocionado"));
  CHECK(label(Category::sponsor, "Evento sponsorizzato"));
  CHECK(label(Category::sponsor, "Gesponserte Veranstaltung"));
  CHECK(label(Category::sponsor, "Gepromoot evenement"));
  CHECK(label(Category::sponsor, "Evento patrocinado"));
  CHECK(label(Category::house_ad, "SPECIAL OFFER"));
  CHECK(label(Category::house_ad, "Frühlingsaktion"));
  CHECK(label(Category::house_ad, "OFFRE ÉPARGNE"));
  CHECK(label(Category::house_ad, "Oferta para clientes"));
  CHECK(label(Category::house_ad, "PROMO ESTATE"));
  CHECK(label(Category::house_ad, "Zomeractie"));
  CHECK(label(Category::house_ad, "Promoção de verão"));
  // A headline that uses the words, or a shop's own weekly offers, is no label.
  CHECK_FALSE(label(Category::house_ad, "Las ofertas de la semana"));
  CHECK_FALSE(label(Category::house_ad, "Special offer ends as rail fares rise"));
  CHECK_FALSE(label(Category::sponsor, "Concerts mis en avant par la mairie cet été"));
}

TEST_CASE("a business vendor's demo, sales, case-study and white-paper pitches are its own ads", "[transform]") {
  CHECK(hit(Category::house_ad, "Curious how it works for your firm? Schedule a 15-minute demo with us."));
  CHECK(hit(Category::house_ad, "Vereinbaren Sie eine kostenlose Demo mit unserem Team."));
  CHECK(hit(Category::house_ad, "Planifiez une démonstration avec un expert."));
  CHECK(hit(Category::house_ad, "Solicita una demo personalizada."));
  CHECK(hit(Category::house_ad, "Prenota una demo gratuita."));
  CHECK(hit(Category::house_ad, "Plan een demo met een specialist."));
  CHECK(hit(Category::house_ad, "Agende uma demonstração gratuita."));
  CHECK(hit(Category::house_ad, "Questions about pricing for larger teams? Speak to our sales team."));
  CHECK(hit(Category::house_ad, "Sprechen Sie mit unserem Vertriebsteam über Ihre Anforderungen."));
  CHECK(hit(Category::house_ad, "Contactez notre équipe commerciale pour un devis."));
  CHECK(hit(Category::house_ad, "Read the full case study"));
  CHECK(hit(Category::house_ad, "Fallstudie lesen"));
  CHECK(hit(Category::house_ad, "Leia o estudo de caso completo"));
  CHECK(hit(Category::house_ad, "Grab your free e-book on onboarding remote hires."));
  CHECK(hit(Category::house_ad, "Whitepaper jetzt kostenlos herunterladen"));
  CHECK(hit(Category::house_ad, "Téléchargez notre livre blanc sur la facturation électronique."));
  CHECK(hit(Category::house_ad, "Fill out a quick form and we'll send you the PDF."));
  CHECK(hit(Category::house_ad, "Füllen Sie das kurze Formular aus und erhalten Sie die Studie als PDF."));
  CHECK(hit(Category::house_ad, "Vul het korte formulier in en ontvang de gids per mail."));
  CHECK(hit(Category::house_ad, "Tuesday at 3pm, 30 minutes with live Q&A."));
  CHECK(hit(Category::house_ad, "Dienstag, 15 Uhr: 30 Minuten plus Live-Fragerunde."));
  CHECK(hit(Category::house_ad, "Add the webinar to your calendar"));
  CHECK(hit(Category::house_ad, "Aggiungi il webinar al tuo calendario"));
  // News of a vendor's product, a study and a sales result stays.
  CHECK_FALSE(hit(Category::house_ad, "The demo booking page now shows free slots in the visitor's time zone."));
  CHECK_FALSE(hit(Category::house_ad, "The regulator published a white paper on open banking last week."));
  CHECK_FALSE(hit(Category::house_ad, "Sales to our largest customers grew by a third this quarter."));
  CHECK_FALSE(hit(Category::house_ad, "Das Ministerium hat ein Whitepaper zur Cloud-Sicherheit veröffentlicht."));
  CHECK_FALSE(hit(Category::house_ad, "Le formulaire de déclaration en ligne est désormais plus court."));
}

TEST_CASE("an association's member benefits, its directory listing and an event's passes and group offer are its "
          "own ads",
          "[transform]") {
  CHECK(hit(Category::house_ad, "Your membership gives you a free tax hotline and discounted training."));
  CHECK(hit(Category::house_ad, "Ihre Mitgliedschaft umfasst eine kostenlose Rechtsberatung."));
  CHECK(hit(Category::house_ad, "See all membership benefits"));
  CHECK(hit(Category::house_ad, "Alle Mitgliedervorteile ansehen"));
  CHECK(hit(Category::house_ad, "Is your company profile up to date? Buyers search it every day."));
  CHECK(hit(Category::house_ad, "Ist Ihr Verzeichniseintrag noch aktuell?"));
  CHECK(hit(Category::house_ad, "Mettez à jour votre fiche dans l'annuaire."));
  CHECK(hit(Category::house_ad, "Standard pass: $1,200 plus tax, lunch included"));
  CHECK(hit(Category::house_ad, "Tagesticket: 390 € zzgl. MwSt."));
  CHECK(hit(Category::house_ad, "Pass exposant : 450 € HT"));
  CHECK(hit(Category::house_ad, "Entrada general: 250 € + IVA"));
  CHECK(hit(Category::house_ad, "Book your ticket"));
  CHECK(hit(Category::house_ad, "Reserve o seu passe"));
  CHECK(hit(Category::house_ad, "Register three colleagues and the fourth ticket is free."));
  CHECK(hit(Category::house_ad, "Bring two teammates and your own pass is on us."));
  CHECK(hit(Category::house_ad, "Bringen Sie drei Kollegen mit, das vierte Ticket ist kostenlos."));
  // A report on a fare, a ticket price in news and a member's story stay.
  CHECK_FALSE(hit(Category::house_ad, "The city's monthly transit pass will cost $98 from July, up from $92."));
  CHECK_FALSE(hit(Category::house_ad, "Die Monatskarte kostet ab Juli 58 Euro statt 49 Euro."));
  CHECK_FALSE(hit(Category::house_ad, "Our membership grew to 1,400 firms this year, the highest in a decade."));
}

TEST_CASE("a member's letter's reason, notices sent whatever the choices, a gated download's consent and a "
          "do-not-forward note are small print",
          "[transform]") {
  CHECK(hit(Category::footer, "You receive the Bulletin as part of your chamber membership."));
  CHECK(hit(Category::footer, "Legal notices reach you regardless of your email preferences."));
  CHECK(hit(Category::footer, "Change which emails you receive"));
  CHECK(hit(Category::footer, "To change which mail you receive, log in to your account."));
  CHECK(hit(Category::footer, "Wählen Sie, welche Mails Sie erhalten möchten."));
  CHECK(hit(Category::footer, "Kies welke mails je wilt ontvangen."));
  CHECK(hit(Category::footer, "Pflichtmitteilungen erhalten Sie unabhängig von Ihren E-Mail-Einstellungen."));
  CHECK(hit(Category::footer, "Vous recevez ce bulletin dans le cadre de votre adhésion."));
  CHECK(hit(Category::footer, "Ricevi il notiziario come parte della tua iscrizione."));
  CHECK(hit(Category::imprint, "By downloading this report, you agree that we may contact you about our services."));
  CHECK(hit(Category::imprint, "En téléchargeant ce guide, vous acceptez d'être contacté par nos équipes."));
  CHECK(hit(Category::imprint, "Ao baixar este guia, concorda em receber contactos comerciais."));
  CHECK(hit(Category::imprint, "Please do not share this note outside your firm."));
  CHECK(hit(Category::imprint, "Bitte leiten Sie diesen Abschnitt nicht an Dritte weiter."));
  CHECK(hit(Category::forwarded, "Know a colleague who needs this? Forward them this newsletter."));
  CHECK(hit(Category::forwarded, "Transférez-lui cet e-mail."));
  CHECK(hit(Category::sponsor, "Thank you to our gold sponsors"));
  CHECK(hit(Category::sponsor, "Vielen Dank an unsere Aussteller"));
  // News about preferences, a download and forwarding stays.
  CHECK_FALSE(hit(Category::footer, "Members voted to keep the fee unchanged, whatever the board proposed."));
  CHECK_FALSE(hit(Category::imprint, "By downloading the app, users in Spain can now pay their parking fees."));
  CHECK_FALSE(hit(Category::forwarded, "The clinic will forward the results to the family doctor."));
  CHECK_FALSE(hit(Category::sponsor, "The club thanked its volunteers at the annual dinner."));
  CHECK_FALSE(hit(Category::footer, "The post office will change which mail routes the vans drive from May."));
}

TEST_CASE("a job board's button to post a vacancy and a trial's no-card line are the sender's own pitches",
          "[transform]") {
  CHECK(hit(Category::house_ad, "Post a vacancy"));
  CHECK(hit(Category::house_ad, "Stellenanzeige aufgeben"));
  CHECK(hit(Category::house_ad, "Plaats een vacature"));
  CHECK(hit(Category::upsell, "Thirty days of the full plan. No credit card needed."));
  CHECK(hit(Category::upsell, "30 Tage testen, keine Kreditkarte erforderlich."));
  CHECK(hit(Category::upsell, "Essai de 30 jours, aucune carte bancaire requise."));
  // A story about job posts or card payments stays.
  CHECK_FALSE(hit(Category::house_ad, "The council will post a vacancy notice for the clerk's job next week."));
  CHECK_FALSE(hit(Category::upsell, "Most shops in the market still take no credit cards."));
}

TEST_CASE("an appeal for journalism, reader funding, a membership's price, a list's moderation and a sponsor who "
          "sees nothing first are chrome",
          "[transform]") {
  // The appeal over a subscription or membership box, as its heading.
  CHECK(hit(Category::donation, "Support local journalism"));
  CHECK(hit(Category::donation, "Unterstützen Sie unabhängigen Journalismus"));
  CHECK(hit(Category::donation, "Soutenez le journalisme local"));
  CHECK(hit(Category::donation, "Apoya el periodismo independiente"));
  CHECK(hit(Category::donation, "Sostieni il giornalismo locale"));
  CHECK(hit(Category::donation, "Steun onafhankelijke journalistiek"));
  CHECK(hit(Category::donation, "Apoie o jornalismo local"));
  // The letter living on its own readers' money.
  CHECK(hit(Category::donation, "This newsletter is paid for by our readers and nobody else."));
  CHECK(hit(Category::donation, "Dieser Brief wird allein von unseren Lesern finanziert."));
  CHECK(hit(Category::donation, "Ce site est entièrement financé par nos lecteurs."));
  CHECK(hit(Category::donation, "Este boletín está financiado por nuestros lectores."));
  CHECK(hit(Category::donation, "Questo sito è finanziato dai nostri lettori."));
  CHECK(hit(Category::donation, "Deze site wordt volledig betaald door onze lezers."));
  CHECK(hit(Category::donation, "Este site é financiado pelos nossos leitores."));
  // A supporting membership, and the price a membership starts at.
  CHECK(hit(Category::donation, "Become a sustaining member today."));
  CHECK(hit(Category::donation, "Fördermitglied werden: https://verein.example/foerdern"));
  CHECK(hit(Category::donation, "Devenez membre bienfaiteur de l'association."));
  CHECK(hit(Category::donation, "Hazte socio colaborador."));
  CHECK(hit(Category::donation, "Diventa socio sostenitore."));
  CHECK(hit(Category::donation, "Steunlid worden kan via de website."));
  CHECK(hit(Category::donation, "Torne-se sócio apoiador."));
  CHECK(hit(Category::donation, "Memberships start at $5 a month, and you can cancel any time."));
  CHECK(hit(Category::donation, "Die Mitgliedschaft gibt es ab 4 Euro im Monat."));
  CHECK(hit(Category::donation, "L'adhésion commence à 3 euros par mois."));
  CHECK(hit(Category::donation, "La membresía empieza en 4 euros al mes."));
  CHECK(hit(Category::donation, "La quota associativa parte da 20 euro l'anno."));
  CHECK(hit(Category::donation, "Het lidmaatschap begint bij € 4 per maand."));
  CHECK(hit(Category::donation, "A quota de sócio começa em 3 euros por mês."));
  // A dues reminder is the association's own notice.
  CHECK(hit(Category::donation, "Ihr Mitgliedsbeitrag für 2026 wird im März eingezogen."));
  // An announcement list's note on itself.
  CHECK(hit(Category::footer, "This is a moderated list; replies to this list are not delivered."));
  CHECK(hit(Category::footer, "Dies ist eine moderierte Mailingliste."));
  CHECK(hit(Category::footer, "Ceci est une liste de diffusion modérée."));
  CHECK(hit(Category::footer, "Esta es una lista moderada."));
  CHECK(hit(Category::footer, "Questa è una lista moderata."));
  CHECK(hit(Category::footer, "Dit is een gemodereerde lijst."));
  CHECK(hit(Category::footer, "Esta é uma lista moderada."));
  // The sponsor's firewall, in other words.
  CHECK(hit(Category::sponsor, "Advertisers never see our articles before publication."));
  CHECK(hit(Category::sponsor, "Werbepartner sehen unsere Texte nie vor der Veröffentlichung."));
  CHECK(hit(Category::sponsor, "Les annonceurs ne lisent jamais nos articles avant publication."));
  CHECK(hit(Category::sponsor, "Los patrocinadores nunca ven nuestros textos antes de su publicación."));
  CHECK(hit(Category::sponsor, "Gli sponsor non leggono mai i nostri articoli prima della pubblicazione."));
  CHECK(hit(Category::sponsor, "Adverteerders zien onze artikelen nooit voor publicatie."));
  CHECK(hit(Category::sponsor, "Os anunciantes nunca leem os nossos artigos antes da publicação."));
  // The next letter's copy, in a letter's words.
  CHECK(hit(Category::feedback, "Beiträge für den nächsten Rundbrief bitte bis zum 3. Mai an die Redaktion."));
  // News of funds, fees and journalism otherwise.
  CHECK_FALSE(hit(Category::donation, "The grant will support local journalism in three rural counties."));
  CHECK_FALSE(hit(Category::donation, "The museum is funded by its members and the city."));
  CHECK_FALSE(hit(Category::donation, "Gym memberships at the new centre start at $30 a month, the council said."));
  CHECK_FALSE(hit(Category::donation, "Der Verein hat beschlossen, den Mitgliedsbeitrag für Schüler zu halbieren."));
  CHECK_FALSE(hit(Category::donation, "La fondation soutiendra le journalisme local dans trois départements."));
  CHECK_FALSE(hit(Category::footer, "The moderated debate between the candidates ran for two hours."));
  CHECK_FALSE(hit(Category::sponsor, "The sponsors of the bill never saw the final text before the vote."));
}

TEST_CASE("the publisher's own gathering for its readers is a house ad, an evening a story reports is not",
          "[transform]") {
  CHECK(hit(Category::house_ad, "June 3, 7 p.m.: our summer readers' night at the Old Mill brewery."));
  CHECK(hit(Category::house_ad, "Am 12. Mai, 19 Uhr: unser Lesertreffen im Café am Markt."));
  CHECK(hit(Category::house_ad, "Le 12 mai à 19 h : notre rencontre avec nos lecteurs au café du port."));
  CHECK(hit(Category::house_ad, "12 de mayo, 19 h: nuestro encuentro con los lectores en la librería del barrio."));
  CHECK(hit(Category::house_ad, "12 maggio, ore 19: il nostro incontro con i lettori alla libreria del porto."));
  CHECK(hit(Category::house_ad, "12 mei, 19 uur: onze lezersavond in het stadscafé."));
  CHECK(hit(Category::house_ad, "12 de maio, 19h: o nosso encontro com os leitores na livraria do bairro."));
  CHECK_FALSE(hit(Category::house_ad, "The library's reader night drew 200 people on Friday, its director said."));
  CHECK_FALSE(hit(Category::house_ad, "Die Buchhandlung lädt am Freitag zu einem Leserabend mit der Autorin."));
}

TEST_CASE("a label for what the next issue brings opens a sentence, a date in a report does not", "[transform]") {
  CHECK(has_listed_word(WordList::next_issue, fold_for_match("Thanks for reading. Next week: the new tram line.")));
  CHECK(has_listed_word(WordList::next_issue, fold_for_match("Bedankt voor het lezen! Volgende week: de dijkversterking.")));
  CHECK(has_listed_word(WordList::next_issue, fold_for_match("Danke fürs Lesen. Nächste Woche: der neue Hafen.")));
  CHECK(has_listed_word(WordList::next_issue, fold_for_match("Merci de votre lecture. La semaine prochaine : le port.")));
  CHECK_FALSE(has_listed_word(WordList::next_issue, fold_for_match("The council votes next week on the tram line.")));
  CHECK_FALSE(has_listed_word(WordList::next_issue, fold_for_match("De gemeenteraad stemt volgende week over de dijk.")));
}

TEST_CASE("a platform's sign-up lines, a main sponsor's label, shop and app pitches and a checkout code are chrome; "
          "the news beside them is not",
          "[transform]") {
  CHECK(hit(Category::view_online, "Does this email look broken? See it on our site."));
  CHECK(hit(Category::view_online, "Ziet deze nieuwsbrief er raar uit? Lees hem online."));
  CHECK(hit(Category::view_online, "Sieht diese Mail seltsam aus? Dann öffne sie im Browser."));
  CHECK(hit(Category::forwarded, "Did a colleague pass you this? Join the list yourself."));
  CHECK(hit(Category::forwarded, "Heeft iemand je deze mail gestuurd? Meld je zelf aan."));
  CHECK(hit(Category::forwarded, "Un ami vous a envoyé cette lettre ? Abonnez-vous."));
  CHECK(hit(Category::sponsor, "Our main sponsor: Hillcrest Motors"));
  CHECK(hit(Category::sponsor, "Onze hoofdsponsor: Bouwbedrijf Jansen"));
  CHECK(hit(Category::sponsor, "Unser Hauptsponsor: Autohaus Meier"));
  CHECK_FALSE(hit(Category::sponsor, "The club lost its main sponsor after twelve years."));
  CHECK_FALSE(hit(Category::sponsor, "De club verliest na twaalf jaar zijn hoofdsponsor."));
  CHECK(hit(Category::house_ad, "Order your new jersey in the club shop before Friday."));
  CHECK(hit(Category::house_ad, "Bestel je nieuwe shirt via onze webshop."));
  CHECK(hit(Category::house_ad, "Commandez votre maillot sur la boutique du club."));
  CHECK_FALSE(hit(Category::house_ad, "De clubwinkel is in januari gesloten wegens inventarisatie."));
  CHECK(hit(Category::house_ad, "Our app is free in the App Store and Google Play."));
  CHECK(hit(Category::house_ad, "Download de app gratis in de App Store of Google Play."));
  CHECK(hit(Category::social, "Stay up to date on Instagram."));
  CHECK(hit(Category::social, "Blijf op de hoogte via Facebook."));
  CHECK(hit(Category::social, "Resta aggiornato su Instagram."));
  CHECK_FALSE(hit(Category::social, "The museum posted the photos on Instagram on Monday."));
  CHECK(hit(Category::house_ad, "Three friends who subscribe through your personal link earn you a poster."));
  CHECK(hit(Category::house_ad, "Your referral link: https://example.org/r/abc"));
  CHECK(hit(Category::house_ad, "Drie vrienden die zich aanmelden via je persoonlijke link leveren je een poster op."));
  CHECK(hit(Category::house_ad, "At checkout, enter the code SPRING10."));
  CHECK(hit(Category::house_ad, "Vul bij het afrekenen de kortingscode LENTE10 in."));
  CHECK(hit(Category::house_ad, "Al pagar, introduce el código PRIMAVERA."));
  CHECK_FALSE(hit(Category::house_ad, "Onze winkel in Leiden is voortaan ook op zondag open."));
}

TEST_CASE("a shop's news about its own shop is no house ad; a call to visit it is", "[transform]") {
  const auto house_ad = [](std::string_view text) {
    for (const VocabularyHit& hit : find_vocabulary(fold_for_match(text))) {
      if (hit.category == Category::house_ad) return true;
    }
    return false;
  };
  CHECK_FALSE(house_ad("From June our shop on Harbour Street stays open until eight on Thursdays."));
  CHECK_FALSE(house_ad("Our store manager, Priya, has tested every kettle we sell."));
  CHECK(house_ad("Pop into our shop for a cup of tea and a look at the new ranges."));
  CHECK(house_ad("Browse our store for gifts under 20 pounds."));
  CHECK(house_ad("Our shop's summer sale starts on Friday."));
  CHECK(house_ad("Find the whole collection in our online shop."));
}

TEST_CASE("a vendor's or an agency's free audit, its experts' call, a customer story, a white-paper library, a "
          "client portal and its own opening are its own ads",
          "[transform]") {
  CHECK(hit(Category::house_ad, "Our analysts will carry out a free accessibility audit of your online shop."));
  CHECK(hit(Category::house_ad, "Claim your free website health check"));
  CHECK(hit(Category::house_ad, "Wir erstellen Ihnen eine kostenlose SEO-Analyse Ihrer Website."));
  CHECK(hit(Category::house_ad, "Demandez votre audit gratuit"));
  CHECK(hit(Category::house_ad, "Vraag je gratis websitescan aan"));
  CHECK(hit(Category::house_ad, "Speak with one of our specialists"));
  CHECK(hit(Category::house_ad, "Schedule a discovery call"));
  CHECK(hit(Category::house_ad, "Mit unseren Experten sprechen"));
  CHECK(hit(Category::house_ad, "In einem unverbindlichen Erstgespräch klären wir, welche Module Sie brauchen."));
  CHECK(hit(Category::house_ad, "Prenota una consulenza gratuita senza impegno con il nostro team."));
  CHECK(hit(Category::house_ad, "Agende uma conversa sem compromisso com a nossa equipa."));
  CHECK(hit(Category::house_ad, "Our cloud architects will review your set-up and send you a cost estimate."));
  CHECK(hit(Category::house_ad, "Nos experts analyseront votre installation et vous proposeront un plan."));
  CHECK(hit(Category::house_ad, "Want results like these? Get in touch."));
  CHECK(hit(Category::house_ad, "Zum Praxisbericht"));
  CHECK(hit(Category::house_ad, "Im Referenzbericht schildert der Leiter der IT, wie der Umstieg gelang."));
  CHECK(hit(Category::house_ad, "Lees het klantverhaal"));
  CHECK(hit(Category::house_ad, "Browse our white paper library for guides on fleet costs."));
  CHECK(hit(Category::house_ad,
            "Alle Studien aus unserer Whitepaper-Bibliothek sind für registrierte Leser kostenlos."));
  CHECK(hit(Category::house_ad, "Über unser Kundenportal senden Sie uns Ihre Belege bequem digital."));
  CHECK(hit(Category::house_ad, "Upload your receipts through our client portal at any time."));
  CHECK(hit(Category::house_ad, "Wir suchen Verstärkung: Lohnbuchhalter (m/w/d) in Teilzeit."));
  CHECK(hit(Category::house_ad, "We're hiring a payroll administrator (m/f/d) for our Leeds office."));
  CHECK(hit(Category::house_ad, "Kennen Sie jemanden, der in unser Team passt?"));
  // News of audits, experts, customers, libraries and portals stays.
  CHECK_FALSE(hit(Category::house_ad, "The regulator's audit of the rail operator found the accounts were in order."));
  CHECK_FALSE(hit(Category::house_ad, "Experts at the university reviewed the data from 40 harbours."));
  CHECK_FALSE(hit(Category::house_ad, "Der Praxisbericht der Kammer zeigt, dass jede dritte Kanzlei Personal sucht."));
  CHECK_FALSE(hit(Category::house_ad, "The city library will open on Sundays from March."));
  CHECK_FALSE(
      hit(Category::house_ad, "Das Kundenportal war am Montag wegen einer Störung drei Stunden nicht erreichbar."));
  CHECK_FALSE(hit(Category::house_ad, "Die Gemeinde sucht Verstärkung für die freiwillige Feuerwehr."));
}

TEST_CASE("a trade fair's exhibitor directory, an exhibitor's ticket code, the last stand spaces and the ticket to "
          "buy online are its own ads",
          "[transform]") {
  CHECK(hit(Category::house_ad, "Search the online exhibitor directory by product group and hall."));
  CHECK(hit(Category::house_ad, "Im Ausstellerverzeichnis finden Sie jeden Stand mit Ansprechpartner."));
  CHECK(hit(Category::house_ad, "Consultez la liste des exposants avant votre visite."));
  CHECK(hit(Category::house_ad, "Got a ticket code from an exhibitor? Enter it at checkout."));
  CHECK(hit(Category::house_ad, "Mit dem Ticketcode eines Ausstellers ist der Eintritt frei."));
  CHECK(hit(Category::house_ad, "Reserve stand space"));
  CHECK(hit(Category::house_ad, "Standfläche buchen"));
  CHECK(hit(Category::house_ad, "Letzte Standflächen in Halle 3 verfügbar."));
  CHECK(hit(Category::house_ad, "Ultimi spazi espositivi disponibili nel padiglione B."));
  CHECK(hit(Category::house_ad, "Tageskarte online kaufen"));
  CHECK(hit(Category::house_ad, "Compra tus entradas online"));
  // A fair's news: its size, a directory's count, a hall's opening.
  CHECK_FALSE(hit(Category::house_ad, "The exhibitor list has grown by a fifth since last year, to 640 firms."));
  CHECK_FALSE(hit(Category::house_ad, "Das Ausstellerverzeichnis zählt in diesem Jahr 412 Firmen aus 14 Ländern."));
  CHECK_FALSE(hit(Category::house_ad, "Die neue Halle 5 bietet 9.000 Quadratmeter Ausstellungsfläche."));
  CHECK_FALSE(hit(Category::house_ad, "In der Innenstadt gibt es nur noch wenige Flächen für neue Büros."));
  CHECK_FALSE(hit(Category::house_ad, "Les derniers stands du marché de Noël ferment dimanche soir."));
}

TEST_CASE("an adviser's invitation to ask about the issue's topics is the footer's", "[transform]") {
  CHECK(hit(Category::footer, "Haben Sie Fragen zur Grundsteuer? Sprechen Sie uns gerne an."));
  CHECK(hit(Category::footer, "Kommen Sie bei Fragen jederzeit auf uns zu."));
  CHECK(hit(Category::footer, "N'hésitez pas à vous rapprocher de votre conseiller."));
  CHECK(hit(Category::footer, "Neem gerust contact met ons op als u vragen heeft."));
  CHECK(hit(Category::footer, "Please speak to your adviser if you have any questions about these changes."));
  CHECK_FALSE(hit(Category::footer, "Die Mieter sprechen von einer Verdopplung der Nebenkosten."));
  CHECK_FALSE(hit(Category::footer, "The minister did not answer questions about the budget."));
}

TEST_CASE("a platform's post notice and app link, an ad partner's label, a free post's members-only note and a "
          "box of recommended letters are chrome; the news beside them is not",
          "[transform]") {
  CHECK(hit(Category::view_online, "New post from Harbour Notes on Quillery"));
  CHECK(hit(Category::view_online, "Neuer Post von Stadtgeflüster bei Lesehaus"));
  CHECK(hit(Category::view_online, "Nieuw bericht van De Polderpost op Schrijfhuis"));
  CHECK_FALSE(hit(Category::view_online, "New post office opens on Mill Lane in June."));
  CHECK(hit(Category::view_online, "Read this post on the web: https://example.org/p/12"));
  CHECK(hit(Category::view_online, "Den Text im Web öffnen: https://example.org/p/12"));
  CHECK(hit(Category::view_online, "Lees dit artikel op het web"));
  CHECK(hit(Category::view_online, "Open it in the Quillery app"));
  CHECK(hit(Category::view_online, "In der Lesehaus-App lesen"));
  CHECK(hit(Category::view_online, "Bekijk in de Schrijfhuis-app"));
  CHECK_FALSE(hit(Category::view_online, "The council will read the plans on the web portal next week."));
  CHECK(hit(Category::sponsor, "Our ad partner this week"));
  CHECK(hit(Category::sponsor, "Unsere Werbepartnerin dieser Folge"));
  CHECK(hit(Category::sponsor, "Partenaire publicitaire de la semaine"));
  CHECK(hit(Category::sponsor, "Onze partner van deze week"));
  CHECK_FALSE(hit(Category::sponsor, "Unser Werbepartner dieser Woche hat nichts mit dem Thema zu tun."));
  CHECK_FALSE(hit(Category::sponsor, "The club's ad partner this week pulled out of the stadium deal."));
  CHECK(hit(Category::upsell, "This essay is free for everyone."));
  CHECK(hit(Category::upsell, "Dieser Text ist für alle frei zugänglich."));
  CHECK(hit(Category::upsell, "Den zweiten Teil lesen nächste Woche nur zahlende Mitglieder."));
  CHECK(hit(Category::upsell, "Deze editie is gratis voor iedereen."));
  CHECK(hit(Category::upsell, "Only paid subscribers can read part two."));
  CHECK_FALSE(hit(Category::upsell, "The library is free for everyone who lives in the county."));
  CHECK_FALSE(hit(Category::upsell, "Über die Satzung stimmen nur Mitglieder ab, die ihren Beitrag bezahlt haben."));
  CHECK(hit(Category::house_ad, "Recommended by Harbour Notes"));
  CHECK(hit(Category::house_ad, "Empfohlen von Stadtgeflüster"));
  CHECK(hit(Category::house_ad, "Aanbevolen door De Polderpost"));
  CHECK_FALSE(hit(Category::house_ad, "Recommended by the county's auditors, the new rule on grants takes effect in May."));
  CHECK_FALSE(hit(Category::house_ad, "Empfohlen von der Impfkommission wird die Auffrischung ab dem Herbst."));
}

TEST_CASE("a mailing platform's badge, the sentence naming the service that sent the mail, a free tier's status line "
          "and a paid tier's ad-free episodes are chrome; the news that reads alike is not",
          "[transform]") {
  CHECK(hit(Category::footer, "Powered by Quillery"));
  CHECK(hit(Category::footer, "Made with Letterloom. Write your own newsletter, free."));
  CHECK(hit(Category::footer, "Versendet über Postfuchs Mailing"));
  CHECK(hit(Category::footer, "Gepubliceerd met Schrijfhuis, het platform voor onafhankelijke makers."));
  CHECK(hit(Category::footer, "Propulsé par Lettrine"));
  CHECK_FALSE(hit(Category::footer, "Made with local apples, the cider sells for four dollars a bottle at the market."));
  CHECK_FALSE(hit(Category::footer, "Gemacht mit viel Geduld: Die Restaurierung der Orgel dauerte vier Jahre."));
  CHECK(hit(Category::footer, "This newsletter was sent with Postfuchs."));
  CHECK(hit(Category::footer, "Diese Nachricht wurde mit Postfuchs verschickt."));
  CHECK(hit(Category::footer, "Deze nieuwsbrief is verstuurd met Postduif."));
  CHECK_FALSE(hit(Category::footer, "Diese Nachricht wurde mit großer Sorge aufgenommen, sagte die Bürgermeisterin."));
  CHECK(hit(Category::upsell, "You're currently on the free list."));
  CHECK(hit(Category::upsell, "Du bist kostenloser Abonnent von Stadtgeflüster."));
  CHECK(hit(Category::upsell, "Dein Abo: gratis"));
  CHECK(hit(Category::upsell, "Je staat op de gratis lijst."));
  CHECK(hit(Category::upsell, "Members hear every episode ad-free."));
  CHECK(hit(Category::upsell, "Für Mitglieder: werbefreie Folgen und ein Bonus im Monat."));
  CHECK(hit(Category::upsell, "Des épisodes sans pub pour les membres."));
  CHECK_FALSE(hit(Category::upsell, "The city's museums are free for everyone on the first Sunday of the month."));
  CHECK_FALSE(hit(Category::upsell, "Der Sender zeigt das Finale werbefrei, wie die Liga am Montag mitteilte."));
}

TEST_CASE("the path through an app's menus to the mail settings is footer; a comparison with a sign is not",
          "[transform]") {
  CHECK(hit(Category::footer, "Choose how often we write under Settings > Notifications in the app."));
  CHECK(hit(Category::footer, "In der App unter Konto > Benachrichtigungen kannst du das ändern."));
  CHECK(hit(Category::footer, "Wijzig dit in de app via Instellingen > Meldingen."));
  CHECK_FALSE(hit(Category::footer, "Turnout in the profile district was above 60 percent, and the share > 50 held."));
}

TEST_CASE("a missing-pictures note, an issue as a PDF, a publisher's line, a call for events, a board's reach, a "
          "tariff switch, a portal's hours, a podcast's latest episode and a puzzles app are chrome; the news "
          "beside them is not",
          "[transform]") {
  CHECK(hit(Category::view_online, "If the pictures don't load, open the issue on our site."));
  CHECK(hit(Category::view_online, "Wenn die Bilder nicht angezeigt werden: Hier ist die Webfassung."));
  CHECK(hit(Category::view_online, "Si les images ne s'affichent pas, cliquez ici."));
  CHECK(hit(Category::view_online, "Download this edition as a PDF (2 MB)."));
  CHECK(hit(Category::view_online, "Die Ausgabe als PDF: https://example.org/heft.pdf"));
  CHECK(hit(Category::view_online, "Deze editie als pdf downloaden"));
  CHECK_FALSE(hit(Category::view_online, "The court released the ruling as a PDF on Tuesday."));
  CHECK_FALSE(hit(Category::view_online, "Die Bilder der Ausstellung fehlen seit dem Umzug des Archivs."));

  CHECK(hit(Category::imprint, "Published by the communications office on behalf of the board of governors."));
  CHECK(hit(Category::imprint, "Herausgegeben vom Referat Kommunikation im Auftrag des Präsidiums."));
  CHECK(hit(Category::imprint, "Uitgegeven door de afdeling communicatie namens het college."));
  CHECK_FALSE(hit(Category::imprint, "The atlas, published by the city archive on behalf of three parishes, sold out in a week."));

  CHECK(hit(Category::feedback, "Hosting an event our readers would enjoy? Send us the details."));
  CHECK(hit(Category::feedback, "Sie veranstalten ein Event in der Region? Schicken Sie uns Ihre Termine."));
  CHECK(hit(Category::feedback, "Vous organisez un événement ? Écrivez-nous."));
  CHECK_FALSE(hit(Category::feedback, "The town is running an event for new residents on Saturday at the library."));

  CHECK(hit(Category::advertise, "Get your openings in front of 20,000 data engineers every week."));
  CHECK(hit(Category::advertise, "Erreichen Sie mit Ihrer Stellenanzeige 12.000 Fachleute."));
  CHECK_FALSE(hit(Category::advertise, "The firm put its new openings on the council's own jobs site."));

  CHECK(hit(Category::upsell, "Wechseln Sie jetzt in unseren Naturstromtarif."));
  CHECK(hit(Category::upsell, "Wechseln Sie bis 30. Juni in unseren Wärmetarif und sichern Sie sich den Bonus."));
  CHECK(hit(Category::upsell, "Switch to our green tariff by June and get a 40 pound bonus."));
  CHECK(hit(Category::upsell, "Stap nu over naar ons groene stroomtarief."));
  CHECK_FALSE(hit(Category::upsell, "Mehr als 3.000 Haushalte sind im vergangenen Jahr in den Ökotarif gewechselt."));

  CHECK(hit(Category::house_ad, "Meter readings, bills, payments: all of it 24/7 in your customer portal."));
  CHECK(hit(Category::house_ad, "Das geht rund um die Uhr im Kundenportal."));
  CHECK(hit(Category::house_ad, "Tout se fait 24h/24 dans votre espace client."));
  CHECK_FALSE(hit(Category::house_ad, "The new portal for building permits went live on Monday after two years of delays."));

  CHECK(hit(Category::house_ad, "In der neuen Folge unseres Podcasts spricht die Bürgermeisterin über den Haushalt."));
  CHECK(hit(Category::house_ad, "In the latest episode of our podcast, two nurses talk about night shifts."));
  CHECK(hit(Category::house_ad, "In de laatste aflevering van onze podcast praten we met een imker."));
  CHECK(hit(Category::house_ad, "Crosswords and sudoku are waiting in the puzzles app."));
  CHECK(hit(Category::house_ad, "Alle Kreuzworträtsel finden Sie in unserer Rätsel-App."));
  CHECK(hit(Category::house_ad, "Tonight's cryptic is a tricky one."));
  CHECK_FALSE(hit(Category::house_ad, "The puzzle of the missing funds was solved by a retired accountant."));
}

TEST_CASE("a contents label is a line of its own, not a phrase in a sentence", "[transform]") {
  CHECK(has_listed_word(WordList::contents_label, fold_for_match("INHALT")));
  CHECK(has_listed_word(WordList::contents_label, fold_for_match("In this issue:")));
  CHECK(has_listed_word(WordList::contents_label, fold_for_match("Dans ce numéro")));
  CHECK(has_listed_word(WordList::contents_label, fold_for_match("In dit nummer")));
  CHECK_FALSE(has_listed_word(WordList::contents_label, fold_for_match("In this issue we look at the ferry fares.")));
  CHECK_FALSE(has_listed_word(WordList::contents_label, fold_for_match("Der Inhalt des Vertrags bleibt geheim.")));
}

TEST_CASE("a firm's note on whom to ask, credit hours for its own seminar, member prices and partner deals, and an "
          "agent's free valuation are chrome; the news beside them is not",
          "[transform]") {
  // Whom to ask about the report.
  CHECK(hit(Category::footer, "Questions on this update? Please contact the authors or your usual contact at the practice."));
  CHECK(hit(Category::footer, "Should you have questions, please reach out to any of the lawyers listed below."));
  CHECK(hit(Category::footer, "Your contacts for this report: Amrit Dhillon, Head of Research, 0161 555 0190"));
  CHECK(hit(Category::footer, "Bei Fragen zu diesem Rundschreiben wenden Sie sich bitte an Ihren gewohnten Ansprechpartner."));
  CHECK(hit(Category::footer, "Ihre Ansprechpartnerin für diese Ausgabe: Dr. Lene Vossberg, lene.vossberg@kanzlei.example"));
  CHECK(hit(Category::footer, "N'hésitez pas à contacter votre interlocuteur habituel au cabinet."));
  CHECK(hit(Category::footer, "Neem contact op met de auteurs van deze notitie."));
  CHECK_FALSE(hit(Category::footer, "The regulator said firms must contact affected customers within thirty days."));
  CHECK_FALSE(hit(Category::footer, "Die Polizei bittet Zeugen, sich an die Wache in der Altstadt zu wenden."));

  // Professional credit for attending the sender's own event.
  CHECK(hit(Category::house_ad, "Breakfast seminar on data transfers, 11 March. CPD points available."));
  CHECK(hit(Category::house_ad, "Approved for 1.5 CLE credits in New York and New Jersey."));
  CHECK(hit(Category::house_ad, "Die Veranstaltung ist anerkannt nach § 15 FAO, Fortbildungsnachweis wird ausgestellt."));
  CHECK(hit(Category::house_ad, "Evento accreditato presso l'Ordine degli Avvocati: 3 crediti formativi riconosciuti."));
  CHECK(hit(Category::house_ad, "De sessie levert 2 PE-punten op."));
  CHECK_FALSE(hit(Category::house_ad, "The state bar voted to cut the annual continuing-education requirement to twelve hours."));

  // Member prices beside the price for others, and partner deals.
  CHECK(hit(Category::house_ad, "Workshop: export controls in practice, 120 euros for members (non-members 180 euros)."));
  CHECK(hit(Category::house_ad, "Tagesseminar Buchführung, 240 € für Mitglieder, Nichtmitglieder 320 €."));
  CHECK(hit(Category::house_ad, "Durch unseren Rahmenvertrag mit einem Energieversorger sparen Mitglieder bis zu 8 Prozent."));
  CHECK(hit(Category::house_ad, "Members save up to 15% on courier rates through our partner scheme with a parcel firm."));
  CHECK(hit(Category::house_ad, "Grâce à notre accord-cadre avec un loueur, les adhérents économisent 10 % sur les utilitaires."));
  CHECK(hit(Category::house_ad, "Curso de contabilidad: 90 € para socios (no socios 140 €)."));
  CHECK_FALSE(hit(Category::house_ad, "The union's members will get 4.2 percent more from July under the new agreement."));
  CHECK_FALSE(hit(Category::house_ad, "Die Kammer zählt 12.400 Mitglieder, 300 mehr als im Vorjahr."));

  // A property agent's own valuation pitch.
  CHECK(hit(Category::house_ad, "Considering a move? We offer a complimentary valuation of your premises."));
  CHECK(hit(Category::house_ad, "Thinking of selling your warehouse this year?"));
  CHECK(hit(Category::house_ad, "Wir erstellen Ihnen eine kostenlose und unverbindliche Wertermittlung Ihrer Gewerbeimmobilie."));
  CHECK(hit(Category::house_ad, "Overweegt u te verkopen of te verhuren? Vraag een vrijblijvende waardebepaling aan."));
  CHECK_FALSE(hit(Category::house_ad, "The council will commission a free valuation of the old depot before it is sold."));

  // The button under an agent's own listings.
  CHECK(hit(Category::house_ad, "Browse all our current listings"));
  CHECK(hit(Category::house_ad, "Alle unsere Gewerbeflächen ansehen"));
  CHECK(hit(Category::house_ad, "Voir tous nos locaux disponibles"));
  CHECK(hit(Category::house_ad, "Bekijk ons hele bedrijfsaanbod"));
  CHECK_FALSE(hit(Category::house_ad, "Agents say they see fewer listings of large sheds than at any time since 2019."));
}

TEST_CASE("a branded story's note on who made it is a sponsor credit from its first word; a report's is not",
          "[transform]") {
  // The note's row comes before the credits whose phrase it holds: the
  // hit starts at the note's first word.
  auto note = [](const std::string& text) {
    for (const VocabularyHit& h : find_vocabulary(fold_for_match(text))) {
      if (h.category == Category::sponsor && !h.label_only && h.pos == 0) return true;
    }
    return false;
  };
  CHECK(note("This article was produced for Northwind Solar by our partnerships team."));
  CHECK(note("This content was created in partnership with Harbour Bank."));
  CHECK(note("Dieser Beitrag wurde in Kooperation mit der Molkerei Auental erstellt."));
  CHECK(note("Cet article a été réalisé en partenariat avec la Maison Verlaine."));
  CHECK(note("Este contenido ha sido elaborado en colaboración con Bodegas Ribera."));
  CHECK(note("Questo articolo è stato realizzato in collaborazione con Cantina Sarni."));
  CHECK(note("Dit artikel is gemaakt in samenwerking met Polderstroom."));
  CHECK(note("Este artigo foi produzido em parceria com a Viagens Sol."));
  CHECK_FALSE(note("A report produced for the ministry by surveyors put the damage at 2 million."));
  CHECK_FALSE(note("Der Förderverein in Zusammenarbeit mit der Stadt bezahlt zwei Stellen."));
  CHECK_FALSE(note("Il rapporto è stato realizzato per la regione da un gruppo di geologi."));
  // The newsroom's own line that it did not write the piece, anywhere in it.
  auto credit = [](const std::string& text) {
    for (const VocabularyHit& h : find_vocabulary(fold_for_match(text))) {
      if (h.category == Category::sponsor && !h.label_only) return true;
    }
    return false;
  };
  CHECK(credit("Paid for by Northwind Solar; it was not written by our journalists."));
  CHECK(credit("Der Text wurde nicht von der Redaktion verfasst."));
  CHECK(credit("Ce contenu est fourni par un annonceur, la rédaction n'a pas participé à sa réalisation."));
  CHECK(credit("De redactie was hier niet bij betrokken."));
}

TEST_CASE("a customer letter's offer buttons, its side offers, its account line and its follow-on price are chrome; "
          "the same words in a story are not",
          "[transform]") {
  // Buttons under offer boxes, a line alone.
  CHECK(hit(Category::house_ad, "Add to my box"));
  CHECK(hit(Category::house_ad, "Get a quote"));
  CHECK(hit(Category::house_ad, "View your upgrade options"));
  CHECK(hit(Category::house_ad, "Shop the new Pixel"));
  CHECK(hit(Category::house_ad, "In den Warenkorb"));
  CHECK(hit(Category::house_ad, "Jetzt Prämie berechnen"));
  CHECK(hit(Category::house_ad, "Frühbucherpreis sichern"));
  CHECK(hit(Category::house_ad, "Ajouter à mon panier"));
  CHECK(hit(Category::house_ad, "Aplicar código"));
  CHECK(hit(Category::house_ad, "Calcula tu seguro"));
  CHECK(hit(Category::house_ad, "Aggiungi al carrello"));
  CHECK(hit(Category::house_ad, "Bereken je premie"));
  CHECK(hit(Category::house_ad, "Adicionar ao carrinho"));
  CHECK_FALSE(hit(Category::house_ad, "Shop the new Pixel at the fair, and the organisers will send it by post."));
  CHECK_FALSE(hit(Category::house_ad, "Die Kasse kann den Tarif jetzt schneller berechnen als im Vorjahr."));
  // The trade-in, the points balance, the screens an app runs on.
  CHECK(hit(Category::house_ad, "Trade in your current handset and save up to £180."));
  CHECK(hit(Category::house_ad, "Geben Sie Ihr altes Smartphone in Zahlung und sparen Sie bis zu 150 Euro."));
  CHECK(hit(Category::house_ad, "Ruil je oude telefoon in en krijg tot 120 euro terug."));
  CHECK(hit(Category::house_ad, "Points balance: 3,450"));
  CHECK(hit(Category::house_ad, "Ihr Punktestand: 820 Punkte"));
  CHECK(hit(Category::house_ad, "Solde de points : 1 200"));
  CHECK(hit(Category::house_ad, "Stream on your smart TV, laptop or phone."));
  CHECK(hit(Category::house_ad, "Schauen Sie auf Ihrem Fernseher, Tablet oder im Browser."));
  CHECK_FALSE(hit(Category::house_ad, "The council's points balance for the sports fund was not published."));
  CHECK_FALSE(hit(Category::house_ad, "Stream flooding closed two roads on Tuesday."));
  // Why the reader gets the letter: chosen in the reader's account.
  CHECK(hit(Category::footer, "You get these alerts because you turned them on in your account."));
  CHECK(hit(Category::footer, "Sie erhalten die Reiseinfo, weil Sie diese in Ihrem Profil abonniert haben."));
  CHECK(hit(Category::footer, "Tu reçois cette lettre car tu l'as activée dans ton espace."));
  CHECK(hit(Category::footer, "Recibes este aviso porque lo activaste en tu cuenta."));
  CHECK_FALSE(hit(Category::footer, "Die Ware kommt später, weil viele Kunden sie gleichzeitig bestellt haben."));
  // An introductory offer's price once it ends, and a programme's dates.
  CHECK(hit(Category::imprint, "Then £4.99 a month unless you cancel."));
  CHECK(hit(Category::imprint, "Danach 9,99 € im Monat, wenn Sie nicht rechtzeitig kündigen."));
  CHECK(hit(Category::imprint, "Ensuite 5 € par mois, sauf résiliation."));
  CHECK(hit(Category::imprint, "Después, 6 € al mes salvo que lo canceles."));
  CHECK(hit(Category::imprint, "Line-ups and dates may change."));
  CHECK_FALSE(hit(Category::imprint, "The club pays its coaches £300 a month, the accounts show."));
}

TEST_CASE("a list digest's contents heading and attachment note, a tax line for a contribution, a survey with a "
          "prize and a confidential tip line are chrome; news near their words is not",
          "[transform]") {
  CHECK(hit(Category::footer, "Today's Topics:"));
  CHECK(hit(Category::footer, "Themen des Tages:"));
  CHECK(hit(Category::footer, "-------------- next part --------------"));
  CHECK(hit(Category::footer, "An HTML attachment was scrubbed... URL: http://lists.example/att/1.html"));
  CHECK(hit(Category::footer, "Une pièce jointe HTML a été nettoyée..."));
  CHECK_FALSE(hit(Category::footer, "Today's topics include the budget and the bridge."));
  CHECK_FALSE(hit(Category::footer, "The next part of the trail opens in June."));

  CHECK(hit(Category::donation, "Your contribution is tax-deductible."));
  CHECK(hit(Category::donation, "Dein Beitrag ist als Spende steuerlich absetzbar."));
  CHECK(hit(Category::donation, "Uw bijdrage is fiscaal aftrekbaar."));
  CHECK_FALSE(hit(Category::donation, "The court ruled that the firm's contribution to the fund was not deductible."));

  CHECK(hit(Category::feedback, "Tell us what you think in our short survey and you could win a voucher."));
  CHECK(hit(Category::feedback, "Sagen Sie uns Ihre Meinung in unserer Umfrage und gewinnen Sie einen Gutschein."));
  CHECK(hit(Category::feedback, "Donnez votre avis dans notre questionnaire et tentez de gagner deux places."));
  CHECK_FALSE(hit(Category::feedback, "The survey found that 40 percent of tenants could not afford a rise."));

  CHECK(hit(Category::feedback, "Know something we should look into? Use our encrypted mailbox."));
  CHECK(hit(Category::feedback, "Schreiben Sie uns vertraulich, auch anonym."));
  CHECK(hit(Category::feedback, "Envíanos tu pista de forma anónima."));
  CHECK_FALSE(hit(Category::feedback, "The ministry kept the report in a locked cabinet for two years."));
}

TEST_CASE("a member-get-member bonus and a magazine's print subscription button are promotion; a report on "
          "members or issues is not",
          "[transform]") {
  CHECK(hit(Category::house_ad, "For every new member you sign up, we send you a 20-pound gift card."));
  CHECK(hit(Category::house_ad, "Für jedes neu geworbene Mitglied gibt es eine Prämie."));
  CHECK(hit(Category::house_ad, "Pour chaque nouvel adhérent parrainé, un chèque cadeau de 20 euros."));
  CHECK(hit(Category::house_ad, "Voor elk nieuw lid dat je aanbrengt krijg je een bon."));
  CHECK_FALSE(hit(Category::house_ad, "The union recruited 1,200 new members in the spring, most of them under 30."));
  CHECK_FALSE(hit(Category::house_ad, "Für jedes Mitglied gilt der neue Tarifvertrag ab Januar."));

  CHECK(hit(Category::house_ad, "Je m'abonne à la revue"));
  CHECK(hit(Category::house_ad, "Un an, six numéros : 45 euros, port compris."));
  CHECK_FALSE(hit(Category::house_ad, "La revue a publié six numéros en 2024, dont deux consacrés au cinéma."));
}

TEST_CASE("a shop for the cause that says where the money goes is an appeal; a report on proceeds is not",
          "[transform]") {
  CHECK(hit(Category::donation, "Every pound from the sale goes into our reporting."));
  CHECK(hit(Category::donation, "Der Erlös fließt vollständig in unsere Arbeit."));
  CHECK(hit(Category::donation, "Tutto il ricavato va alla nostra redazione."));
  CHECK_FALSE(hit(Category::donation, "The proceeds of the land sale went to the council's pension fund."));
  CHECK_FALSE(hit(Category::donation, "Der Erlös aus dem Verkauf der Sparte lag bei 40 Millionen Euro."));
}

TEST_CASE("a reply prompt that promises we read everything is feedback; reading in a story is not", "[transform]") {
  CHECK(hit(Category::feedback, "Un concert à nous recommander ? Répondez à cette lettre."));
  CHECK(hit(Category::feedback, "Écrivez-nous, nous lisons tout."));
  CHECK(hit(Category::feedback, "Tips? Hit the button below, we read everything."));
  CHECK(hit(Category::feedback, "Schreibt uns, wir lesen alles."));
  CHECK(hit(Category::feedback, "Mande sua sugestão: lemos todas."));
  CHECK_FALSE(hit(Category::feedback, "The jury read the letter aloud before the verdict."));
}

TEST_CASE("a vendor's product tour, meeting slots, quotes, catalogue, shop code, partner box, webinar series and "
          "client referrals are promotion; the same words in a report are not",
          "[transform]") {
  CHECK(hit(Category::house_ad, "Join our free live tour of the new invoicing screen with one of our onboarding experts."));
  CHECK(hit(Category::house_ad, "Save a seat on the demo"));
  CHECK(hit(Category::house_ad, "Book a 15-minute meeting with our team at the show."));
  CHECK(hit(Category::house_ad, "Get a free quote for your next pallet shipment."));
  CHECK(hit(Category::house_ad, "Customer case study: a dairy halves its stock-outs"));
  CHECK(hit(Category::house_ad, "Download our 2025 catalogue"));
  CHECK(hit(Category::house_ad, "Partner spotlight"));
  CHECK(hit(Category::house_ad, "Become a reseller"));
  CHECK(hit(Category::house_ad, "Authorised partner of three cloud vendors"));
  CHECK(hit(Category::house_ad, "All dates and registration at our events page"));
  CHECK(hit(Category::house_ad, "Nehmen Sie an unserer kurzen Live-Demo teil mit einem unserer Berater."));
  CHECK(hit(Category::house_ad, "Vereinbaren Sie einen Termin mit Ihrem Kundenbetreuer am Stand."));
  CHECK(hit(Category::house_ad, "Unseren Gesamtkatalog 2025 als PDF herunterladen"));
  CHECK(hit(Category::house_ad, "Gib an der Kasse den Code HERBST10 ein."));
  CHECK(hit(Category::house_ad, "Sonderaktion im Webshop: Werkzeugkoffer"));
  CHECK(hit(Category::house_ad, "Kunden werben Kunden"));
  CHECK(hit(Category::house_ad, "Für jede Empfehlung erhalten Sie einen Gutschein über 50 Euro."));
  CHECK(hit(Category::house_ad, "Offizieller Partner von zwei Softwareherstellern"));
  CHECK(hit(Category::house_ad, "Treffen Sie uns vor Ort: finden Sie uns auf der Messe in Halle 7, Stand B3."));
  CHECK(hit(Category::house_ad, "Jetzt Fachbesucherticket anfordern"));
  CHECK(hit(Category::house_ad, "Téléchargez notre nouveau catalogue"));
  CHECK(hit(Category::house_ad, "Devenez transporteur partenaire"));
  CHECK(hit(Category::house_ad, "Descarga nuestro catálogo de repuestos"));
  CHECK(hit(Category::house_ad, "Word dealer"));
  CHECK(hit(Category::house_ad, "Scarica il nostro nuovo catalogo"));
  CHECK(hit(Category::house_ad, "Torne-se parceiro"));
  CHECK_FALSE(hit(Category::house_ad, "Join a guided tour of the restored mill on Sunday, the museum said."));
  CHECK_FALSE(hit(Category::house_ad, "The ministry published its case study of the flood response on Friday."));
  CHECK_FALSE(hit(Category::house_ad, "Carriers have cancelled a tenth of their sailings for June."));
  CHECK_FALSE(hit(Category::house_ad, "Der Versandhändler wurde 2019 zertifizierter Partner von zwei Banken."));
  CHECK_FALSE(hit(Category::house_ad, "Die Kunden werben nun selbst für das Produkt, sagt die Studie."));
  CHECK_FALSE(hit(Category::house_ad, "Der Katalog der Bibliothek ist jetzt auch online durchsuchbar."));
}

TEST_CASE("a review-site prompt, the closing offer to answer questions and rates that are no offer are chrome; "
          "a review in the news is not",
          "[transform]") {
  CHECK(hit(Category::feedback, "A short review helps other teams decide, and it takes a minute."));
  CHECK(hit(Category::feedback, "Would you tell others on a review site?"));
  CHECK(hit(Category::feedback, "Eine kurze Bewertung hilft anderen Betrieben bei der Wahl."));
  CHECK(hit(Category::feedback, "Une courte évaluation ? Un petit avis aide les autres clients."));
  CHECK(hit(Category::feedback, "Hoe doen we het?"));
  CHECK(hit(Category::footer, "If you have any further questions, feel free to get in touch with your adviser."));
  CHECK(hit(Category::footer, "Bei Fragen stehe ich Ihnen jederzeit gern zur Verfügung."));
  CHECK(hit(Category::imprint, "Prices shown are indicative and change daily."));
  CHECK(hit(Category::imprint, "Die genannten Frachtraten sind Richtwerte und stellen kein Angebot dar."));
  CHECK_FALSE(hit(Category::feedback, "The review of the merger by the competition authority helps no one, critics say."));
  CHECK_FALSE(hit(Category::footer, "Questions remain over the budget, the mayor admitted."));
  CHECK_FALSE(hit(Category::imprint, "Spot rates rose for the first time in eleven weeks."));
}

// The sets given too little memory to compile: every row is then tried
// with its own RE2, and the hits are the ones the sets find. (A set that
// failed to compile was once asked to match, and read a program that was
// never built.)
TEST_CASE("a vocabulary set that cannot compile leaves every row to its own RE2", "[transform]") {
  const std::vector<std::string> blocks = {
      fold_for_match("You got this letter because you signed up on our site. Unsubscribe or change your settings."),
      fold_for_match("Sie bekommen diese E-Mail, weil Sie sich angemeldet haben. Hier können Sie sich abmelden."),
      fold_for_match("The harbour board approved the new ferry pier on Monday after a long debate."),
      // Where a phrase may start: after punctuation, a digit, a letter
      // beyond ASCII, or a symbol; at the very start; a label alone.
      fold_for_match("Fin.Pour vous désinscrire, cliquez ici. ©2025 Éditions du Quai"),
      fold_for_match("Grüße→Abmelden: hier. 3unsubscribe xunsubscribe"),
      fold_for_match("Sponsored"),
      fold_for_match("Sent with Mailwhale — the newsletter tool"),
  };
  for (const std::string& folded : blocks) {
    INFO(folded);
    const std::vector<VocabularyHit> expected = find_vocabulary(folded);
    const std::vector<VocabularyHit> fallback = find_vocabulary_with_set_memory(folded, 1 << 10);
    REQUIRE(fallback.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
      CHECK(fallback[i].category == expected[i].category);
      CHECK(fallback[i].language == expected[i].language);
      CHECK(fallback[i].label_only == expected[i].label_only);
      CHECK(fallback[i].phrase == expected[i].phrase);
      CHECK(fallback[i].pos == expected[i].pos);
    }
  }
  CHECK_FALSE(find_vocabulary(blocks[0]).empty());
  CHECK_FALSE(find_vocabulary(blocks[1]).empty());
  CHECK(find_vocabulary(blocks[2]).empty());
}

// The markers read the forwarded and view-online notes from a table of
// those rows alone: it must find what the whole table finds for them.
TEST_CASE("the mail notes' own table finds the forwarded and view-online hits of the whole vocabulary", "[transform]") {
  const std::vector<std::string> blocks = {
      fold_for_match("Was this forwarded to you? Sign up for your own copy. View this email in your browser."),
      fold_for_match("Ce message vous a été transféré ? Abonnez-vous. Voir la version en ligne."),
      fold_for_match("¿Te reenviaron este correo? Suscríbete aquí. Ver en el navegador."),
      fold_for_match("Wird diese E-Mail nicht richtig angezeigt? Im Browser ansehen. Abmelden"),
      fold_for_match("The harbour board approved the new ferry pier on Monday after a long debate."),
  };
  const auto notes_only = [](std::vector<VocabularyHit> hits) {
    std::erase_if(hits, [](const VocabularyHit& h) {
      return h.category != Category::forwarded && h.category != Category::view_online;
    });
    return hits;
  };
  int found = 0;
  for (const std::string& folded : blocks) {
    INFO(folded);
    const std::vector<VocabularyHit> expected = notes_only(find_vocabulary(folded));
    const std::vector<VocabularyHit> notes = find_mail_notes(folded);
    REQUIRE(notes.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
      CHECK(notes[i].category == expected[i].category);
      CHECK(notes[i].language == expected[i].language);
      CHECK(notes[i].phrase == expected[i].phrase);
      CHECK(notes[i].pos == expected[i].pos);
    }
    found += static_cast<int>(notes.size());
  }
  CHECK(found >= 6);
  CHECK(find_mail_notes(blocks.back()).empty());
}

TEST_CASE("a manager named in an imprint is legal; a company's management in a story is not", "[transform]") {
  CHECK(hit(Category::imprint, "Wiesental Medien GmbH · Geschäftsführerin: Petra Lamm"));
  CHECK(hit(Category::imprint, "Geschäftsführung: Ole Brink, Mara Sand"));
  CHECK(hit(Category::imprint, "Geschäftsführender Gesellschafter: Timo Reuter"));
  CHECK_FALSE(hit(Category::imprint, "Die Geschäftsführung des Werks kündigte am Dienstag 120 neue Stellen an."));
  CHECK_FALSE(hit(Category::imprint, "Der neue Geschäftsführer will die Filialen bis 2026 modernisieren."));
}

TEST_CASE("a heading calling readers to test a product is promotion; testers in a story are not", "[transform]") {
  CHECK(hit(Category::house_ad, "Product testers wanted!"));
  CHECK(hit(Category::house_ad, "Produkttesterinnen gesucht"));
  CHECK(hit(Category::house_ad, "Tester gesucht"));
  CHECK(hit(Category::house_ad, "Devenez testeuse"));
  CHECK(hit(Category::house_ad, "Testers gezocht"));
  CHECK(hit(Category::house_ad, "Cerchiamo tester"));
  CHECK_FALSE(hit(Category::house_ad, "The lab hired 40 testers to check the new crash barriers."));
  CHECK_FALSE(hit(Category::house_ad, "Für die Studie wurden Tester gesucht, die täglich Rad fahren."));
}

TEST_CASE("a box for passing on a ticket through the official exchange is promotion; a report on resale is not",
          "[transform]") {
  CHECK(hit(Category::house_ad, "Ticket exchange: busy on Sunday? Pass on your seat through the official exchange."));
  CHECK(hit(Category::house_ad, "Keine Zeit am Freitag? Gib deine Dauerkarte über die offizielle Ticketbörse weiter."));
  CHECK(hit(Category::house_ad, "Bourse aux billets : un empêchement ? Revendez votre place sur la plateforme officielle."));
  CHECK(hit(Category::house_ad, "Ticketbeurs: verhinderd? Bied je kaart aan via de officiële ticketbeurs."));
  CHECK_FALSE(hit(Category::house_ad, "The club says 4,000 tickets were resold on the exchange last season at face value."));
  CHECK_FALSE(hit(Category::house_ad, "Der Verein hat die Ticketbörse im Sommer auf einen neuen Anbieter umgestellt."));
}

TEST_CASE("institutions' asks in their own words: a survey to improve the letter, a say, shops, tax-relief giving, "
          "a data line, a partner's saving; the news around them is not",
          "[transform]") {
  CHECK(hit(Category::feedback, "Help us improve this bulletin: four questions, two minutes."));
  CHECK(hit(Category::feedback, "Aidez-nous à améliorer notre infolettre en cinq clics."));
  CHECK(hit(Category::feedback, "Helfen Sie uns, diesen Newsletter zu verbessern."));
  CHECK(hit(Category::feedback, "Dê a sua opinião: envie-nos as suas ideias para o novo parque até sexta-feira."));
  CHECK(hit(Category::feedback, "Have your say: send us your comments on the draft timetable."));
  CHECK_FALSE(hit(Category::feedback, "Have your say on the Eastbank plan"));
  CHECK_FALSE(hit(Category::feedback, "Have your say: Northgate cycle lanes"));
  CHECK(hit(Category::feedback, "Geef uw mening: vul de enquête in vóór 1 maart."));
  CHECK_FALSE(hit(Category::feedback, "Residents had their say at a packed meeting on Thursday."));
  CHECK(hit(Category::house_ad, "La nuova crema al pistacchio è nei migliori supermercati."));
  CHECK(hit(Category::house_ad, "The new oat bar is on sale at all good retailers."));
  CHECK(hit(Category::house_ad, "Ab sofort im gut sortierten Fachhandel."));
  CHECK_FALSE(hit(Category::house_ad, "The vaccine is available in pharmacies from Monday."));
  CHECK(hit(Category::donation, "Firma per il 5x1000 nella tua dichiarazione: codice fiscale 91234560123."));
  CHECK(hit(Category::donation, "A te non costa nulla, per noi vale un'aula nuova."));
  CHECK(hit(Category::donation, "Tick the Gift Aid box and we receive 25p more for every pound."));
  CHECK(hit(Category::donation, "Uw gift is fiscaal aftrekbaar."));
  CHECK_FALSE(hit(Category::donation, "Il 5 per mille ha portato all'associazione 84.000 euro nel 2023."));
  CHECK(hit(Category::imprint, "Wij gaan zorgvuldig om met uw persoonsgegevens."));
  CHECK(hit(Category::imprint, "O tratamento dos seus dados pessoais segue a lei em vigor."));
  CHECK(hit(Category::imprint, "We handle your personal data with care."));
  CHECK_FALSE(hit(Category::imprint, "The hospital said the patients' records were handled by a new contractor."));
  CHECK(hit(Category::house_ad, "Save 10% on home insurance with our partner Bayfield Cover."));
  CHECK(hit(Category::house_ad, "Bespaar 15% op een fietsverzekering bij onze partner Trapvast."));
  CHECK(hit(Category::house_ad, "Leden krijgen deze week 20 procent korting op een museumkaart."));
  CHECK(hit(Category::house_ad, "Members get this month 10% off the evening courses."));
  CHECK(hit(Category::house_ad, "Vul bij het bestellen de kortingscode VOORJAAR in."));
  CHECK(hit(Category::house_ad, "When ordering, enter code SPRING for free delivery."));
  CHECK_FALSE(hit(Category::house_ad, "Ticket sales rose 15% on the year at our partner venues, the council said."));
  CHECK(hit(Category::footer, "Está a receber esta mensagem porque se inscreveu no nosso site."));
  CHECK(hit(Category::footer, "Se não quiser continuar, anule a subscrição."));
  CHECK(hit(Category::view_online, "Lukt het niet om deze nieuwsbrief goed te bekijken?"));
}

TEST_CASE("a supplier's quote button, service contract pitch, seat and badge buttons, free guide, per-participant "
          "course price, loyalty points, helpline, self-service pitch and reply-or-call line are promotion; the "
          "same words in trade news are not",
          "[transform]") {
  // Quotes and proposals.
  CHECK(hit(Category::house_ad, "Request a free quote"));
  CHECK(hit(Category::house_ad, "Angebot anfordern"));
  CHECK(hit(Category::house_ad, "Reparaturvertrag unverbindlich anfragen"));
  CHECK(hit(Category::house_ad, "Envíenos sus medidas y le enviaremos un presupuesto sin compromiso."));
  CHECK(hit(Category::house_ad, "Solicitar presupuesto"));
  CHECK(hit(Category::house_ad, "Demandez votre devis"));
  CHECK(hit(Category::house_ad, "Richiedi un preventivo"));
  CHECK(hit(Category::house_ad, "Vraag een vrijblijvende offerte aan"));
  CHECK(hit(Category::house_ad, "Solicite um orçamento personalizado"));
  CHECK_FALSE(hit(Category::house_ad, "The council asked for a quote from three builders before approving the roof repairs."));
  CHECK_FALSE(hit(Category::house_ad, "Der Verband hat beim Ministerium ein Gutachten angefordert."));
  // A maintenance contract pitched to the reader.
  CHECK(hit(Category::house_ad, "With a maintenance plan, our engineers reach your site within a day."));
  CHECK(hit(Category::house_ad, "Mit einem Servicevertrag Plus sichern Sie sich Ersatzteile zum Vorzugspreis."));
  CHECK(hit(Category::house_ad, "Avec un contrat de maintenance, vos machines sont révisées deux fois par an."));
  CHECK_FALSE(hit(Category::house_ad, "Mit einem Wartungsvertrag über zehn Jahre hat die Stadt den Betrieb der Kläranlage vergeben."));
  // Seats, meetings at the stand and badges.
  CHECK(hit(Category::house_ad, "Reserva tu plaza"));
  CHECK(hit(Category::house_ad, "Garanta já o seu lugar"));
  CHECK(hit(Category::house_ad, "Jetzt Termin am Messestand vereinbaren"));
  CHECK(hit(Category::house_ad, "Demandez votre badge visiteur"));
  CHECK(hit(Category::house_ad, "Rendez-vous au salon de l'emballage à Lyon, stand C14."));
  CHECK_FALSE(hit(Category::house_ad, "Le salon de l'emballage a accueilli 40 000 visiteurs, un record."));
  // Free guides and case studies.
  CHECK(hit(Category::house_ad, "Guida gratuita: dieci controlli prima della chiusura del bilancio"));
  CHECK(hit(Category::house_ad, "Download de gratis checklist"));
  CHECK(hit(Category::house_ad, "Ler o caso completo"));
  CHECK_FALSE(hit(Category::house_ad, "The ministry published a guide for employers on the new leave rules."));
  // Courses priced per participant, packages priced before tax.
  CHECK(hit(Category::house_ad, "Zwei Tage in Ulm, 890 € zzgl. MwSt. pro Teilnehmer"));
  CHECK(hit(Category::house_ad, "Workshop Excel avanzato, 180 euro più IVA a partecipante"));
  CHECK(hit(Category::house_ad, "Pakket boekhouding: inrichting en twee gesprekken voor 295 euro excl. btw"));
  CHECK_FALSE(hit(Category::house_ad, "Die Kammer erhöht die Prüfungsgebühr auf 210 Euro, wie der Vorstand am Montag beschloss."));
  // Loyalty points.
  CHECK(hit(Category::house_ad, "Check your points balance"));
  CHECK(hit(Category::house_ad, "Für jeden bei uns ausgegebenen Euro erhalten Sie zwei Punkte."));
  CHECK(hit(Category::house_ad, "Consulte o seu saldo de pontos"));
  CHECK_FALSE(hit(Category::house_ad, "The team won on points after a draw in the final round."));
  // A helpline before its number; self-service in the web shop or customer area.
  CHECK(hit(Category::house_ad, "Hotline: 0800 123 456"));
  CHECK(hit(Category::house_ad, "Linea imprese 800 123 456, dal lunedì al venerdì"));
  CHECK(hit(Category::house_ad, "Facturas, lecturas y cambios de titular: en su área de cliente puede hacerlo todo."));
  CHECK(hit(Category::house_ad, "In de webshop ziet u direct uw eigen voorraad."));
  CHECK(hit(Category::house_ad, "Onze klantenservice staat van 8.00 tot 18.00 uur voor u klaar."));
  CHECK_FALSE(hit(Category::house_ad, "The hotline for flood victims took 4,000 calls in the first week."));
  // Offers without sign-up fees; reply or call.
  CHECK(hit(Category::house_ad, "Neuer Tarif ohne Einrichtungsgebühr"));
  CHECK(hit(Category::house_ad, "Tarifa fija sin costes de alta"));
  CHECK(hit(Category::house_ad, "Just reply to this email or call our office."));
  CHECK(hit(Category::house_ad, "Répondez simplement à ce mail ou appelez le cabinet."));
  CHECK_FALSE(hit(Category::house_ad, "Les entreprises pourront répondre à la consultation jusqu'au 30 avril."));
}

TEST_CASE("a partner's corner named before a dash or a colon leads its box; a partner in a story is no label",
          "[transform]") {
  CHECK(hit(Category::sponsor, "Spazio partner – Cassa Rurale del Lago"));
  CHECK(hit(Category::sponsor, "Espace partenaires : une offre de notre banque partenaire"));
  CHECK(hit(Category::sponsor, "Partner corner: a logistics insurer"));
  CHECK(hit(Category::sponsor, "Partnerecke - Die Hausbank"));
  CHECK_FALSE(hit(Category::sponsor, "Lo spazio dei partner industriali nel consorzio cresce del 10 per cento."));
  CHECK_FALSE(hit(Category::sponsor, "The partner corner of the square will be paved this summer."));
}

TEST_CASE("a shop code to type at the checkout and the button to the products on offer are promotion", "[transform]") {
  CHECK(hit(Category::house_ad, "Gebruik bij het afrekenen de code LENTE10."));
  CHECK(hit(Category::house_ad, "Use code SPRING10 at checkout."));
  CHECK(hit(Category::house_ad, "Utilice el código PRIMA10 al pagar."));
  CHECK(hit(Category::house_ad, "Zu den Aktionsprodukten"));
  CHECK(hit(Category::house_ad, "Ver os produtos em promoção"));
  CHECK(hit(Category::house_ad, "Naar de actieproducten"));
  CHECK_FALSE(hit(Category::house_ad, "The bank said the code used at checkout had leaked in a breach of its payment partner."));
}

TEST_CASE("a business sender's buttons, whole lines: migration, course, report, marketplace, stand, vacancy; the "
          "same words in a story are not",
          "[transform]") {
  CHECK(hit(Category::house_ad, "Plan your migration"));
  CHECK(hit(Category::house_ad, "Enroll in the course"));
  CHECK(hit(Category::house_ad, "Download the full report"));
  CHECK(hit(Category::house_ad, "Reserve your booth"));
  CHECK(hit(Category::house_ad, "Register a vacancy"));
  CHECK(hit(Category::house_ad, "Become a Harbourline certified engineer"));
  CHECK(hit(Category::house_ad, "Jetzt Stand buchen"));
  CHECK(hit(Category::house_ad, "Den vollständigen Bericht herunterladen"));
  CHECK(hit(Category::house_ad, "Boek uw stand"));
  CHECK(hit(Category::house_ad, "Réservez votre stand"));
  CHECK(hit(Category::house_ad, "Inscríbete en el curso"));
  CHECK_FALSE(hit(Category::house_ad, "The ministry told councils to plan your migration of records by June."));
  CHECK_FALSE(hit(Category::house_ad, "Researchers can download the report from the agency's site from Monday."));
  CHECK_FALSE(hit(Category::house_ad, "Der Verband will ab 2026 jeden Stand buchen lassen, der auf der Messe steht."));
}

TEST_CASE("a browser line naming the issue by its kind (update, briefing, alert) is the view-online line; a "
          "story about browsers is not",
          "[transform]") {
  auto hit = [](const std::string& text) {
    for (const auto& h : find_vocabulary(fold_for_match(text))) {
      if (h.category == Category::view_online) return true;
    }
    return false;
  };
  CHECK(hit("View this update in your browser"));
  CHECK(hit("Open this briefing in your browser"));
  CHECK(hit("Bekijk deze update in uw browser"));
  CHECK(hit("Leggi questo aggiornamento nel browser"));
  CHECK(hit("Lea esta actualización en su navegador"));
  CHECK_FALSE(hit("The update to the browser fixes two flaws that attackers used last month."));
}

TEST_CASE("plural opt-outs in a law's rules are news; an opt-out line is the footer", "[transform]") {
  auto footer = [](const std::string& text) {
    for (const auto& h : find_vocabulary(fold_for_match(text))) {
      if (h.category == Category::footer) return true;
    }
    return false;
  };
  CHECK_FALSE(footer("Firms must honour opt-outs of profiling from the first day the law applies."));
  CHECK(footer("Opt-out of these emails at any time."));
}

TEST_CASE("a partner's perk on showing a card or a ticket is a house ad in seven languages; a rule of showing an "
          "ID in a story is not",
          "[transform]") {
  CHECK(hit(Category::house_ad, "Im Café am Markt gibt es gegen Vorlage der Eintrittskarte einen Espresso gratis."));
  CHECK(hit(Category::house_ad, "Sur présentation du billet, la crêperie d'en face offre le café."));
  CHECK(hit(Category::house_ad, "Sur présentation de votre badge, le vélociste vous fait 10 % sur l'entretien."));
  CHECK(hit(Category::house_ad, "Enseñando la entrada, la heladería de la esquina os hace un 10% de descuento."));
  CHECK(hit(Category::house_ad, "Mostrando il biglietto, la pizzeria accanto offre il dolce in omaggio."));
  CHECK(hit(Category::house_ad, "Op vertoon van je bioscoopkaartje krijg je een gratis koffie bij de buren."));
  CHECK(hit(Category::house_ad, "Apresentando o seu bilhete, o café ao lado oferece um desconto de 10%."));
  CHECK_FALSE(hit(Category::house_ad, "Gegen Vorlage des Personalausweises können Wähler im Rathaus abstimmen."));
  CHECK_FALSE(hit(Category::house_ad, "Sur présentation du billet, les visiteurs accèdent aussi au jardin."));
}

TEST_CASE("a partner's perk for showing a library, reader's or alumni card, in the imperative, is a house ad in "
          "seven languages; a story about a card is not",
          "[transform]") {
  CHECK(hit(Category::house_ad, "Show your library card at the Corner Bakery and get 15% off any loaf."));
  CHECK(hit(Category::house_ad, "Zeigen Sie Ihren Leseausweis im Buchladen am Dom und erhalten Sie 5 Prozent Rabatt."));
  CHECK(hit(Category::house_ad, "Présentez votre carte de lecteur à la librairie du port : 5 % de remise sur les romans."));
  CHECK(hit(Category::house_ad, "Muestra tu carné de la biblioteca en la librería del barrio y te harán un 5 % de descuento."));
  CHECK(hit(Category::house_ad, "Presenta la tua tessera della biblioteca al bar del chiostro: sconto del 10% sulla colazione."));
  CHECK(hit(Category::house_ad, "Toon je bibliotheekpas in de museumwinkel en krijg 10% korting op boeken."));
  CHECK(hit(Category::house_ad, "Mostre o cartão de sócio na livraria do largo e tenha 10% de desconto."));
  CHECK_FALSE(hit(Category::house_ad, "The council will show your library card balance online from March."));
  CHECK_FALSE(hit(Category::house_ad, "Mostre o cartão de cidadão no balcão para levantar a encomenda."));
  CHECK_FALSE(hit(Category::house_ad, "Zeigen Sie Ihren Ausweis am Eingang des Wahllokals vor."));
}

TEST_CASE("a web-view line that asks the reader to read the letter on the sender's website is view-online chrome "
          "in seven languages; a line about the website in a story is not",
          "[transform]") {
  CHECK(hit(Category::view_online, "Read this bulletin on our website"));
  CHECK(hit(Category::view_online, "Lesen Sie diesen Newsletter auf unserer Website"));
  CHECK(hit(Category::view_online, "Lire cette infolettre sur notre site"));
  CHECK(hit(Category::view_online, "Lee este boletín en nuestra web"));
  CHECK(hit(Category::view_online, "Leggi la lettera sul nostro sito web"));
  CHECK(hit(Category::view_online, "Lees deze nieuwsbrief op onze website"));
  CHECK(hit(Category::view_online, "Leia esta edição no nosso site"));
  CHECK_FALSE(hit(Category::view_online,
                  "Leggi questa newsletter sul nostro sito: da ottobre l'archivio completo delle uscite è consultabile."));
  CHECK_FALSE(hit(Category::view_online, "Read this report on our website to see how the harbour was rebuilt after the storm."));
}

TEST_CASE("a partner's offer to the sender's members is a house ad in seven languages; a partner in a story is not",
          "[transform]") {
  CHECK(hit(Category::house_ad, "Our travel partner, Northway Coaches, offers member clubs 12% off team trips."));
  CHECK(hit(Category::house_ad, "Unser Mobilitätspartner bietet allen Mitgliedern ein Jahresticket zum halben Preis."));
  CHECK(hit(Category::house_ad, "Notre partenaire bancaire propose aux adhérents un compte associatif sans frais la première année."));
  CHECK(hit(Category::house_ad, "Nuestro socio tecnológico ofrece a los clubes federados un año de licencia gratis."));
  CHECK(hit(Category::house_ad, "Il nostro partner assicurativo offre ai soci una polizza infortuni a 19 euro."));
  CHECK(hit(Category::house_ad, "Onze energiepartner biedt alle leden een vast tarief voor drie jaar."));
  CHECK(hit(Category::house_ad, "O nosso parceiro de viagens oferece aos sócios 10% nas viagens de grupo."));
  CHECK_FALSE(hit(Category::house_ad, "Our partner in the research, the county museum, digitised 3,000 letters."));
  CHECK_FALSE(hit(Category::house_ad, "Unser Partnerverein in Polen hat das Turnier mit 3:1 gewonnen."));
}

TEST_CASE("a podcast promo spelled with the Spanish accent is a house ad as without it", "[transform]") {
  CHECK(hit(Category::house_ad, "Ya está aquí el nuevo episodio de nuestro pódcast sobre el mercado del alquiler."));
  CHECK(hit(Category::house_ad, "Ya está aquí el nuevo episodio de nuestro podcast sobre el mercado del alquiler."));
  CHECK_FALSE(hit(Category::house_ad, "El pódcast municipal cumple cinco años y ya suma 40.000 escuchas."));
}

TEST_CASE("a line opening on the sender's friends at a firm is a sponsor's; friends in a story are not",
          "[transform]") {
  CHECK(hit(Category::sponsor, "From our friends at Kitchen Crate"));
  CHECK(hit(Category::sponsor, "Von unseren Freunden bei Kochkiste"));
  CHECK(hit(Category::sponsor, "De la part de nos amis de Marmite Express"));
  CHECK(hit(Category::sponsor, "De nuestros amigos de Cocina en Caja"));
  CHECK(hit(Category::sponsor, "Dai nostri amici di Pentola Facile"));
  CHECK(hit(Category::sponsor, "Van onze vrienden bij Kookkist"));
  CHECK(hit(Category::sponsor, "Dos nossos amigos da Panela Pronta"));
  CHECK_FALSE(hit(Category::sponsor, "We raised 300 pounds with help from our friends at the allotment society."));
  CHECK_FALSE(hit(Category::sponsor, "Les bénévoles ont reçu de nos amis de la chorale un chèque de 200 euros."));
}

TEST_CASE("a fundraising raffle selling its tickets is an appeal in seven languages; what a raffle raised is news",
          "[transform]") {
  CHECK(hit(Category::donation, "Raffle tickets are £1 each from the bar, first prize a weekend for two."));
  CHECK(hit(Category::donation, "Lose für die Tombola gibt es für 2 Euro am Kuchenstand."));
  CHECK(hit(Category::donation, "3 € le billet, tirage au sort à la fête de l'école."));
  CHECK(hit(Category::donation, "Ya están a la venta las rifas del viaje de fin de curso."));
  CHECK(hit(Category::donation, "I biglietti della lotteria costano 2 euro, estrazione il 6 gennaio."));
  CHECK(hit(Category::donation, "Loten voor de verloting kosten 1 euro bij de kantine."));
  CHECK(hit(Category::donation, "Os bilhetes da rifa custam 2 euros no bar do clube."));
  CHECK_FALSE(hit(Category::donation, "The summer raffle raised £640 for the new goalposts."));
  CHECK_FALSE(hit(Category::donation, "La tombola de l'an dernier avait rapporté 1 200 euros au club."));
}

TEST_CASE("thanks to a partner named by its trade, in one word, is a sponsor's credit; thanks in a story are not",
          "[transform]") {
  CHECK(hit(Category::sponsor, "Met dank aan onze cateringpartner De Soepketel voor de hapjes."));
  CHECK(hit(Category::sponsor, "Dank an unseren Medienpartner Radio Talwelle für die Ankündigung."));
  CHECK_FALSE(hit(Category::sponsor, "De wethouder bedankte de vrijwilligers voor hun inzet bij de opruimdag."));
}

TEST_CASE("an institution's letter asks in its own words: giving online or by standing order, volunteers, a hall to "
          "hire, its own survey, members' offers, join and booking buttons, a season ticket, a change of address, an "
          "entry fee, a yearly membership sum, an event's sponsor; the news around them is not",
          "[transform]") {
  CHECK(hit(Category::donation, "Please consider giving by standing order: a standing order helps us plan."));
  CHECK(hit(Category::donation, "A regular standing order helps us budget for the year."));
  CHECK(hit(Category::donation, "Einfach online spenden"));
  CHECK(hit(Category::donation, "Spenden Sie per Dauerauftrag und helfen Sie dauerhaft."));
  CHECK(hit(Category::donation, "Donate £3, £8 or whatever you can"));
  CHECK(hit(Category::donation, "Geef via een doorlopende machtiging en steun ons elke maand."));
  CHECK_FALSE(hit(Category::donation, "Donations by standing order rose by a fifth last year, the treasurer said."));
  CHECK(hit(Category::donation, "Could you spare a few hours a week to help with the food bank?"));
  CHECK(hit(Category::donation, "Werden Sie ehrenamtliche Helferin in unserer Bücherei."));
  CHECK(hit(Category::donation, "Devenez bénévole au festival cet été."));
  CHECK_FALSE(hit(Category::donation, "Ab Montag werden Freiwillige für die Tafel gesucht, sagt der Vorstand."));
  CHECK_FALSE(hit(Category::donation, "Forty residents became volunteers at the library this year."));
  CHECK(hit(Category::house_ad, "Room hire"));
  CHECK(hit(Category::house_ad, "The annexe is available for private functions at weekends."));
  CHECK(hit(Category::house_ad, "Unser Gemeindesaal kann für Familienfeiern gemietet werden."));
  CHECK(hit(Category::house_ad, "Zaalverhuur"));
  CHECK_FALSE(hit(Category::house_ad, "The new hall opened on Saturday after two years of building work."));
  CHECK(hit(Category::feedback, "Complete our short parking survey before Friday."));
  CHECK(hit(Category::feedback, "Vul onze korte bewonersenquête in en help de buurt."));
  CHECK(hit(Category::feedback, "Take the survey"));
  CHECK_FALSE(hit(Category::feedback, "More than 300 people took our survey in the spring."));
  CHECK(hit(Category::house_ad, "Beim Partner Ostseereisen erhalten Mitglieder 12 Prozent Rabatt auf Ferienhäuser."));
  CHECK(hit(Category::house_ad, "Offres entre adhérents : proposez la vôtre dans le prochain numéro."));
  CHECK(hit(Category::house_ad, "For every new member you recruit we send you a book token."));
  CHECK(hit(Category::house_ad, "Free legal helpline for Chamber members from Hart & Co."));
  CHECK_FALSE(hit(Category::house_ad, "Members voted by 62 per cent to accept the offer, the union said."));
  CHECK(hit(Category::upsell, "Jetzt Kursplatz sichern"));
  CHECK(hit(Category::upsell, "Join online today: https://union.example/join"));
  CHECK(hit(Category::upsell, "Word nu lid"));
  CHECK(hit(Category::upsell, "Der Beitrag ist gering und ist steuerlich absetzbar."));
  CHECK_FALSE(hit(Category::upsell, "Lid van de raad Petra Smit stapt op."));
  CHECK(hit(Category::house_ad, "Acht Konzerte, bis zu 25 Prozent günstiger als im Einzelkauf."));
  CHECK(hit(Category::house_ad, "Five plays of your choice, cheaper than buying single tickets."));
  CHECK(hit(Category::footer, "Neue Anschrift geändert? Sag uns Bescheid."));
  CHECK(hit(Category::footer, "Update your membership details online"));
  CHECK(hit(Category::footer, "Du bekommst diesen Rundbrief, weil du im Verein bist."));
  CHECK(hit(Category::house_ad, "Laufen Sie mit: 10 Kilometer, Startgeld 12 Euro."));
  CHECK(hit(Category::house_ad, "Entry fee £10, children free."));
  CHECK_FALSE(hit(Category::house_ad, "Das Startgeld von 12 Euro ging komplett an die Kinderstation."));
  CHECK(hit(Category::upsell, "Schon ab 24 Euro im Jahr sind Sie dabei."));
  CHECK(hit(Category::upsell, "Al vanaf € 25 per jaar steunt u het museum."));
  CHECK(hit(Category::house_ad, "Members' lunch, Friday 3 May, The Guildhall, sponsored by Corran Bank"));
  CHECK(hit(Category::house_ad, "Sommerfest, Samstag 6. Juli, Rathaushof, präsentiert von Brauerei Kessel"));
  CHECK_FALSE(hit(Category::house_ad, "The awards, sponsored by Corran Bank, went to three firms from the town."));
  CHECK(hit(Category::advertise, "Patrons get their logo in every issue and a table at the summer lunch."));
  CHECK(hit(Category::advertise, "Förderer sehen ihr Logo in jeder Ausgabe."));
  CHECK(hit(Category::advertise, "Talk to us about sponsorship"));
  CHECK_FALSE(hit(Category::advertise, "The bank's logo will appear on every shirt of the youth team next season."));
}

TEST_CASE("a vendor's letter to partners and customers pitches in its own words: a partner near you, a marketing "
          "fund, extra margin, a prize for the top sellers, a sample box, a volume discount, a paid design service, a "
          "faster line at your address, an add-on for any plan, a referral credit, a survey paid with a voucher; the "
          "vendor's news is not",
          "[transform]") {
  CHECK(hit(Category::house_ad, "Looking for help? Find a certified integration partner near you."));
  CHECK(hit(Category::house_ad, "Finden Sie einen zertifizierten Partner in Ihrer Nähe."));
  CHECK(hit(Category::house_ad, "Apply now for co-marketing funds for the autumn trade fairs."));
  CHECK(hit(Category::house_ad, "Wir übernehmen bis zu 40 % der Kosten für Anzeigen und Hausmessen."));
  CHECK(hit(Category::house_ad, "Nous prenons en charge jusqu'à 30 % de vos frais de salon."));
  CHECK(hit(Category::house_ad, "Close a subscription deal before June and earn an extra 5% margin."));
  CHECK(hit(Category::house_ad, "Für jeden neuen Cloud-Vertrag gibt es zusätzlich 8 % Provision."));
  CHECK(hit(Category::house_ad, "Les trois meilleurs revendeurs partiront à Lisbonne en octobre."));
  CHECK(hit(Category::house_ad, "The top five resellers of the year win a trip to the spring summit."));
  CHECK_FALSE(hit(Category::house_ad, "Die fünf umsatzstärksten Händler verloren im Sommer Marktanteile an Onlineshops."));
  CHECK_FALSE(hit(Category::house_ad, "Les trois premiers partenaires certifiés en Belgique ont déployé la version 12."));
  CHECK_FALSE(hit(Category::house_ad, "Our partner network grew to 310 resellers last year, most of them in Bavaria."));
  CHECK_FALSE(hit(Category::house_ad, "Die Marge im Großhandel sank im dritten Quartal auf 11 %, meldet der Verband."));
  CHECK(hit(Category::house_ad, "Request your free sample pack with eight board grades."));
  CHECK(hit(Category::house_ad, "Fordern Sie unser Musterpaket mit allen Kartonqualitäten an."));
  CHECK(hit(Category::house_ad, "Remise sur volume : -10 % dès 2 000 exemplaires."));
  CHECK(hit(Category::house_ad, "Staffelrabatt: ab 1.000 Etiketten 5 % günstiger."));
  CHECK(hit(Category::house_ad, "Our studio team designs your label from €120, proofs included."));
  CHECK_FALSE(hit(Category::house_ad, "Lab samples of the new recycled board passed the food-contact test in May."));
  CHECK_FALSE(hit(Category::house_ad, "Der Preis für Wellpappe stieg im Sommer um 4 %, Staffelpreise bleiben bis Oktober."));
  CHECK(hit(Category::upsell, "Gigabit fibre has arrived in your street."));
  CHECK(hit(Category::upsell, "La fibre est désormais disponible à votre adresse."));
  CHECK(hit(Category::upsell, "Jetzt Verfügbarkeit prüfen"));
  CHECK(hit(Category::upsell, "Upgrade to Business Pro and save a third for six months."));
  CHECK(hit(Category::upsell, "Add CloudBackup to any subscription for £4 a month per user."));
  CHECK(hit(Category::upsell, "Outgrowing your Basic plan?"));
  CHECK_FALSE(hit(Category::upsell, "Fibre reached 12,000 more homes in the county this quarter, the regulator said."));
  CHECK_FALSE(hit(Category::upsell, "The outage affected lines in your area between 9 and 11 on Monday."));
  CHECK(hit(Category::house_ad, "Recommend us to another business and we credit £50 to your account."));
  CHECK(hit(Category::house_ad, "Téléchargez gratuitement notre guide de la facture électronique."));
  CHECK(hit(Category::house_ad, "Laden Sie jetzt unseren kostenlosen Leitfaden zur E-Rechnung herunter."));
  CHECK(hit(Category::house_ad, "Une enquête de satisfaction de cinq questions : recevez un bon de 20 €."));
  CHECK_FALSE(hit(Category::house_ad, "Our customer survey found that 64% of clients want invoices by e-mail."));
}

TEST_CASE("a furniture or equipment dealer's service offers: a free audit to book, a free trial day, old furniture "
          "bought back with an order; a report of an audit or a trial is not",
          "[transform]") {
  CHECK(hit(Category::house_ad, "Book a free workplace review with one of our planners."));
  CHECK(hit(Category::house_ad, "Buchen Sie jetzt eine kostenlose Arbeitsplatzanalyse für Ihr Büro."));
  CHECK(hit(Category::house_ad, "Réservez votre audit gratuit de l'éclairage de vos bureaux."));
  CHECK(hit(Category::house_ad, "Testez gratuitement une journée notre salle de réunion du centre-ville."));
  CHECK(hit(Category::house_ad, "Wij kopen uw oude bureaus terug bij elke bestelling vanaf 20 werkplekken."));
  CHECK(hit(Category::house_ad, "Trade in your old chairs when you order twenty new ones."));
  CHECK_FALSE(hit(Category::house_ad, "The fire-safety audit of the Lyon office found two blocked exits in March."));
  CHECK_FALSE(hit(Category::house_ad, "Das Pilotprojekt mit höhenverstellbaren Tischen lief sechs Wochen in der Buchhaltung."));
}

TEST_CASE("a seller's seasonal offer: the season's heading, its deadline and cut, the button to the goods on offer; "
          "a price cut reported as news is not",
          "[transform]") {
  CHECK(hit(Category::house_ad, "Summer offer: 15% off every standing desk"));
  CHECK(hit(Category::house_ad, "Herbstaktion: Drehstühle zum Vorzugspreis"));
  CHECK(hit(Category::house_ad, "Jusqu'au 30 juin, toutes les lampes de bureau sont à -15 %, livraison comprise."));
  CHECK(hit(Category::house_ad, "Until 12 July, all monitor arms are 25% off."));
  CHECK(hit(Category::house_ad, "Voir les fauteuils en promotion"));
  CHECK(hit(Category::house_ad, "Bekijk alle bureaustoelen in de aanbieding"));
  CHECK_FALSE(hit(Category::house_ad, "Until 12 July the regulator is consulting on a 25% cut in roaming charges."));
  CHECK_FALSE(hit(Category::house_ad, "Le prix de l'acier a baissé de 12 % depuis janvier, ce qui allège nos devis."));
}

TEST_CASE("a household shop's or practice's asks: a review on a named review site, a photo contest tagging the shop, a "
          "gift while stocks last, financing for the thing bought, a maintenance plan priced per year; news about "
          "ratings, stock, loans and contracts is not",
          "[transform]") {
  CHECK(hit(Category::feedback, "Happy with your new glasses? Please leave us a short review on Trustpilot."));
  CHECK(hit(Category::feedback, "Your Google review helps neighbours choose a good garage."));
  CHECK(hit(Category::feedback, "Über eine Bewertung bei Google freuen wir uns sehr; schreiben Sie uns eine Rezension auf Google."));
  CHECK(hit(Category::feedback, "Hinterlassen Sie uns eine kurze Bewertung auf Google."));
  CHECK(hit(Category::feedback, "Plaats een korte beoordeling over de praktijk op Google."));
  CHECK(hit(Category::feedback, "Deixe-nos uma opinião no Google, demora um minuto."));
  CHECK(hit(Category::feedback, "Déjanos una reseña en Google si te gustó la visita."));
  CHECK(hit(Category::feedback, "Laissez-nous un avis sur Google après votre séance."));
  CHECK_FALSE(hit(Category::feedback, "The restaurant has an average rating of 4.6 on Google, the owners said."));
  CHECK_FALSE(hit(Category::feedback, "Die Bäckerei hat bei Google mehr als 900 Bewertungen gesammelt."));
  CHECK(hit(Category::social, "Share a photo of your bouquet by tagging us on Instagram and win a plant."));
  CHECK(hit(Category::social, "Partagez votre bouquet en nous mentionnant sur Instagram pour gagner un cactus."));
  CHECK(hit(Category::social, "Publica tu foto etiquetándonos en Instagram y participa en el sorteo."));
  CHECK_FALSE(hit(Category::social, "The museum opened an Instagram account in March, its director said."));
  CHECK(hit(Category::house_ad, "With every two cookbooks you get an apron for free, while stocks last."));
  CHECK(hit(Category::house_ad, "Bij elke zak potgrond een gratis plantenspuit, zolang de voorraad strekt."));
  CHECK(hit(Category::house_ad, "Zu jedem Haarschnitt gibt es ein Pflegeöl gratis, solange der Vorrat reicht."));
  CHECK_FALSE(hit(Category::house_ad, "Zolang de voorraad strekt, blijft de prijs van graan volgens de minister stabiel."));
  CHECK(hit(Category::house_ad, "Pay for your new heat pump over 60 monthly instalments."));
  CHECK(hit(Category::house_ad, "Financie a sua bomba de calor em até 48 prestações."));
  CHECK(hit(Category::house_ad, "Finanzieren Sie Ihre neue Heizung in bis zu 72 Monatsraten."));
  CHECK_FALSE(hit(Category::house_ad, "Households can now repay the energy loan in up to 120 instalments, the ministry said."));
  CHECK(hit(Category::house_ad, "Our boiler service plan costs £12 a month and includes a yearly check."));
  CHECK(hit(Category::house_ad, "Met ons onderhoudscontract voor € 95 per jaar komen we elk voorjaar langs."));
  CHECK(hit(Category::house_ad, "El contrato de mantenimiento cuesta 79 € al año e incluye una revisión."));
  CHECK_FALSE(hit(Category::house_ad, "The council signed a ten-year maintenance contract for the bridge last week."));
  CHECK(hit(Category::house_ad, "Indique um amigo: ambos recebem 50 euros de desconto."));
  CHECK(hit(Category::house_ad, "The bakery next door gives you a free coffee on presentation of this email."));
  CHECK(hit(Category::house_ad, "Op vertoon van deze nieuwsbrief krijg je 10% korting bij de bloemist."));
  CHECK(hit(Category::house_ad, "Sur présentation de ce mail, la fromagerie vous offre un yaourt."));
  CHECK(hit(Category::house_ad, "Bij de tiende stempel op je kaart is de koffie van ons."));
  CHECK(hit(Category::house_ad, "Ao décimo carimbo, a lavagem do carro é por nossa conta."));
  CHECK(hit(Category::house_ad, "Tot zondag -15% op alle kamerplanten."));
  CHECK(hit(Category::house_ad, "Cette semaine, -30 % sur toutes les vivaces en pot."));
  CHECK_FALSE(hit(Category::house_ad, "Les ventes de vélos reculent de 20 % sur un an, selon la fédération."));
  CHECK(hit(Category::house_ad, "Las ofertas de este fin de semana: geranios a 1,95 € y abono a 4 €."));
  CHECK(hit(Category::house_ad, "Weekendaanbiedingen: tulpen voor 3 euro per bos."));
  CHECK(hit(Category::house_ad, "Roses at £8 a bunch, this weekend only."));
  CHECK_FALSE(hit(Category::house_ad, "The market is open this weekend only because of the holiday, the council said."));
  CHECK(hit(Category::house_ad, "Book a free hearing check-up"));
  CHECK(hit(Category::house_ad, "Boek je gratis proefles"));
  CHECK(hit(Category::house_ad, "Meld je aan voor de wijnclub"));
  CHECK(hit(Category::house_ad, "Quero inscrever-me na oficina"));
  CHECK_FALSE(hit(Category::house_ad, "Book an appointment before Friday if you need a flu jab, the surgery says, as stocks are low."));
  CHECK(hit(Category::house_ad, "Our ten-lesson package is just £320 when paid upfront."));
  CHECK(hit(Category::house_ad, "Unser Fitnesspaket für Einsteiger kostet ab sofort nur 39 Euro."));
  CHECK_FALSE(hit(Category::house_ad, "The government's support package costs £4bn, the chancellor said."));
  CHECK(hit(Category::house_ad, "Gift vouchers from £20 to £200 are on sale at the desk."));
  CHECK(hit(Category::house_ad, "Nos cartes cadeaux sont valables un an dans tous nos instituts."));
  CHECK(hit(Category::house_ad, "Cadeaubonnen van € 10 tot € 100, drie jaar geldig."));
}

TEST_CASE("a writer's note that the links below are affiliate links, and a pitch for the writer's paid community; "
          "reports about affiliate links and paid groups are not",
          "[transform]") {
  CHECK(hit(Category::imprint, "Heads up: a few of the apps below are affiliate links, so I may earn a little."));
  CHECK(hit(Category::imprint, "Hinweis: Einige der Werkzeuge unten sind Affiliate-Links."));
  CHECK(hit(Category::imprint, "Let op: de boeken hieronder zijn affiliate links."));
  CHECK_FALSE(hit(Category::imprint, "The regulator said influencers must say when their links are affiliate links."));
  CHECK(hit(Category::upsell, "The Loft is my paid community for freelance illustrators."));
  CHECK(hit(Category::upsell, "Rejoignez notre communauté payante de 300 artisans."));
  CHECK(hit(Category::upsell, "Entra nella nostra community a pagamento per fotografi."));
  CHECK(hit(Category::upsell, "Word lid van onze betaalde community voor ondernemers."));
  CHECK(hit(Category::upsell, "Únete a nuestra comunidad de pago para diseñadores."));
  CHECK(hit(Category::upsell, "Entre na nossa comunidade paga de criadores."));
  CHECK(hit(Category::upsell, "Komm in unsere kostenpflichtige Community für Gründer."));
  CHECK_FALSE(hit(Category::upsell, "The platform said paid communities now make up a fifth of its revenue."));
}

TEST_CASE("early HTML mail's notes on a message that may not show, a partner's box label and a reader poll's title "
          "and button; news about display problems, partners and polls is not",
          "[transform]") {
  auto label = [](Category c, const std::string& text) {
    for (const auto& h : find_vocabulary(fold_for_match(text))) {
      if (h.category == c && h.label_only) return true;
    }
    return false;
  };
  CHECK(hit(Category::view_online, "Problems reading this bulletin? Open it on our site."));
  CHECK(hit(Category::view_online, "If the graphics in this message won't load, use the link below."));
  CHECK(hit(Category::view_online, "Probleme beim Anzeigen dieses Newsletters? Hier geht es zur Webseite."));
  CHECK(hit(Category::view_online, "Wenn die Bilder in dieser E-Mail nicht angezeigt werden, klicken Sie hier."));
  CHECK(hit(Category::view_online, "Des problèmes pour lire cette lettre ? Ouvrez-la sur le site."));
  CHECK(hit(Category::view_online, "¿Problemas para ver este boletín? Ábrelo en la web."));
  CHECK(hit(Category::view_online, "Se le immagini di questa newsletter non si vedono, apri il link."));
  CHECK(hit(Category::view_online, "Problemen met het lezen van deze nieuwsbrief? Open hem op de site."));
  CHECK(hit(Category::view_online, "Problemas para ler esta newsletter? Abra no site."));
  CHECK_FALSE(hit(Category::view_online,
                  "Users reported problems viewing the council's budget documents on older phones, the clerk said."));
  CHECK_FALSE(hit(Category::view_online, "Viele Nutzer hatten Probleme beim Anzeigen der Steuerbescheide im Portal."));
  CHECK(label(Category::sponsor, "FROM OUR PARTNERS"));
  CHECK(label(Category::sponsor, "Von unseren Partnern"));
  CHECK(label(Category::sponsor, "De nos partenaires"));
  CHECK(label(Category::sponsor, "Van onze partners"));
  CHECK_FALSE(label(Category::sponsor, "Our partners in the flood relief effort met on Tuesday."));
  CHECK(hit(Category::feedback, "Reader poll"));
  CHECK(hit(Category::feedback, "Cast your vote"));
  CHECK(hit(Category::feedback, "Umfrage der Woche"));
  CHECK(hit(Category::feedback, "Jetzt abstimmen"));
  CHECK(hit(Category::feedback, "Sondaggio della settimana"));
  CHECK(hit(Category::feedback, "Vota ora"));
  CHECK(hit(Category::feedback, "Peiling van de week"));
  CHECK_FALSE(hit(Category::feedback, "Reader poll results: 61 percent want the market to stay on Saturdays"));
  CHECK_FALSE(hit(Category::feedback, "Voters in the district cast their votes until 8 p.m. on Sunday."));
  CHECK_FALSE(hit(Category::feedback, "Die Umfrage der Woche des Instituts zeigt einen Anstieg der Mieten."));
}

TEST_CASE("the issue's web edition offered as where to read it is view-online chrome; news of a paper's web edition "
          "is not",
          "[transform]") {
  CHECK(hit(Category::view_online, "Already reading this in a browser tab? Open the web edition"));
  CHECK(hit(Category::view_online, "Reading this in a browser window already? Good. Here is the web edition"));
  CHECK(hit(Category::view_online, "Zur Webausgabe"));
  CHECK(hit(Category::view_online, "Ouvrir l'édition web"));
  CHECK(hit(Category::view_online, "Abre la edición web"));
  CHECK(hit(Category::view_online, "Apri l'edizione web"));
  CHECK(hit(Category::view_online, "Lees je dit al in je browser? Open de webeditie"));
  CHECK(hit(Category::view_online, "Abra a edição web"));
  CHECK_FALSE(hit(Category::view_online, "The paper's web edition gained 40,000 subscribers last year, its owner said."));
  CHECK_FALSE(hit(Category::view_online, "Die Webausgaben der Regionalzeitungen wuchsen um 8 Prozent."));
}

TEST_CASE("a broker's buttons to open tax-free accounts, pensions and savings plans are house ads", "[transform]") {
  CHECK(hit(Category::house_ad, "Open a Stocks and Shares ISA in minutes"));
  CHECK(hit(Category::house_ad, "Open your pension today"));
  CHECK(hit(Category::house_ad, "Jetzt einen ETF-Sparplan einrichten"));
  CHECK(hit(Category::house_ad, "Ouvrez votre assurance-vie en ligne"));
  CHECK(hit(Category::house_ad, "Open een pensioenrekening"));
  CHECK_FALSE(hit(Category::house_ad, "Savers opened 2.1 million cash ISAs last year, the tax office said."));
}

TEST_CASE("a paid tier pitched to readers who enjoy the free letter, and an add-on priced for existing customers, "
          "are upsells; news of a premium service is not",
          "[transform]") {
  CHECK(hit(Category::upsell, "Enjoying the Daily Brief? Our premium desk gives you ratings on 300 funds."));
  CHECK(hit(Category::upsell, "Existing customers can add it for £4 a month."));
  CHECK(hit(Category::upsell, "Gefällt Ihnen der Marktbericht? Unser Premium-Service liefert tägliche Analysen."));
  CHECK(hit(Category::upsell, "Bestandskunden können es für 5 € im Monat hinzubuchen."));
  CHECK(hit(Category::upsell, "Vous aimez la lettre ? Notre offre premium vous donne nos analyses."));
  CHECK(hit(Category::upsell, "Vind je de ochtendbrief handig? Onze premium dienst geeft je koersdoelen."));
  CHECK_FALSE(hit(Category::upsell, "The broker said its premium research arm grew revenue by 12% last year."));
  CHECK_FALSE(hit(Category::upsell, "Existing customers of the bank can switch accounts without a fee from May."));
}

TEST_CASE("a shop's and a software vendor's asks: an app coupon, points for every purchase, a welcome gift, "
          "free shipping and returns, a satisfaction survey, a recommendation of the newsletter, gift cards, a "
          "webinar and a partner directory, a plan per month, a try-it button, picks of the month; news is not",
          "[transform]") {
  // An app coupon: its button, its copy, the app-only label.
  CHECK(hit(Category::house_ad, "Coupons aktivieren"));
  CHECK(hit(Category::house_ad, "Im Prospekt-Coupon aktivieren und beim Wocheneinkauf 3 € sparen."));
  CHECK(hit(Category::house_ad, "Exklusiv in der App: zwei Brezeln zum Preis von einer."));
  CHECK(hit(Category::house_ad, "Activate your coupon"));
  CHECK(hit(Category::house_ad, "Activeer deze coupon in de app en bespaar een euro op koffie."));
  CHECK_FALSE(hit(Category::house_ad, "Die Bahn will Coupons für verspätete Fahrgäste ab Juli automatisch erstatten."));
  // A loyalty scheme's pitch.
  CHECK(hit(Category::house_ad, "Sammeln Sie mit jedem Einkauf Bonuspunkte und lösen Sie sie an der Kasse ein."));
  CHECK(hit(Category::house_ad, "Collect points on every purchase at the till."));
  CHECK(hit(Category::house_ad, "Acumula puntos en cada compra y canjéalos por regalos."));
  CHECK_FALSE(hit(Category::house_ad, "Según la OCU, quien acumula puntos en cada compra ahorra poco al año."));
  // A welcome gift as a label.
  CHECK(hit(Category::house_ad, "Ihr Willkommensgutschein: 10 € ab 50 € Bestellwert."));
  CHECK(hit(Category::house_ad, "Your welcome gift: 20% off with the code below."));
  CHECK(hit(Category::house_ad, "Votre cadeau de bienvenue : la livraison offerte."));
  CHECK_FALSE(hit(Category::house_ad, "Mit dem Code BROT10 gibt es 10 % auf deine erste Bestellung im neuen Onlineshop."));
  // Free shipping and returns on a perks line.
  CHECK(hit(Category::imprint, "Gratis Versand und Rückgabe in 30 Tagen"));
  CHECK(hit(Category::imprint, "Free delivery & returns on all orders"));
  CHECK(hit(Category::imprint, "Gratis verzending en retour binnen Nederland"));
  CHECK_FALSE(hit(Category::imprint, "Kostenloser Versand und Rückgabe kosten den Handel nach einer Studie Milliarden, weil viele Pakete zurückgehen."));
  // A satisfaction survey.
  CHECK(hit(Category::feedback, "Wie zufrieden bist du mit uns? Sag es uns in drei Fragen."));
  CHECK(hit(Category::feedback, "Please take five minutes to complete our short survey."));
  CHECK(hit(Category::feedback, "Hoe tevreden bent u over ons? Neem twee minuten voor onze enquête."));
  CHECK_FALSE(hit(Category::feedback, "Wie zufrieden die Mieter mit der Hausverwaltung sind, zeigt eine neue Umfrage des Vereins."));
  // A recommendation of the newsletter itself.
  CHECK(hit(Category::forwarded, "Gefällt dir unser Newsletter? Dann empfiehl ihn weiter."));
  CHECK(hit(Category::forwarded, "Ti piace questa newsletter? Consigliala ai tuoi amici."));
  CHECK_FALSE(hit(Category::forwarded, "Der Verband empfiehlt den Mitgliedern, die Frist nicht verstreichen zu lassen."));
  // Gift cards.
  CHECK(hit(Category::house_ad, "Unsere Geschenkgutscheine gibt es ab 15 € in jeder Filiale."));
  CHECK(hit(Category::house_ad, "Geschenkkarte kaufen"));
  CHECK(hit(Category::house_ad, "Gift cards are available from £10 in any branch."));
  CHECK(hit(Category::house_ad, "Tarjetas regalo desde 20 euros en todas las tiendas."));
  CHECK_FALSE(hit(Category::house_ad, "Der Handel verkaufte im Dezember mehr Geschenkkarten als je zuvor, meldet der Verband."));
  // A software vendor's webinar, sign-up button, partner directory, plan.
  CHECK(hit(Category::house_ad, "Webinar am 4. März um 11 Uhr: Automationen für Einsteiger"));
  CHECK(hit(Category::house_ad, "Jetzt kostenlos registrieren"));
  CHECK(hit(Category::house_ad, "Live webinar on 12 May: growing your list from zero"));
  CHECK(hit(Category::house_ad, "Besoin d'aide ? Notre annuaire des partenaires recense des agences en France."));
  CHECK(hit(Category::house_ad, "Vind een gecertificeerde partner in onze partnergids."));
  CHECK_FALSE(hit(Category::house_ad, "Das Webinar der Kammer zur Grundsteuer wurde von 900 Betrieben besucht."));
  CHECK(hit(Category::upsell, "Das Paket Business kostet 39 € pro Monat für bis zu 5.000 Kontakte."));
  CHECK(hit(Category::upsell, "The Growth plan is $29 a month for up to 2,500 subscribers."));
  CHECK(hit(Category::upsell, "O plano Pro custa 25 € por mês para até 10.000 contactos."));
  CHECK_FALSE(hit(Category::upsell, "Die Stadt zahlt 40 Euro im Monat für Familien mit bis zu drei Kindern."));
  // A try-it button and picks of the month with prices.
  CHECK(hit(Category::house_ad, "Jetzt naschen"));
  CHECK(hit(Category::house_ad, "Try it now"));
  CHECK(hit(Category::house_ad, "Unsere Favoriten des Monats: ein Lippenbalsam für 2,95 € und eine Handcreme für 3,45 €."));
  CHECK(hit(Category::house_ad, "Nos coups de cœur du mois : une bougie à 12,90 € et un savon à 4,50 €."));
  CHECK_FALSE(hit(Category::house_ad, "Jetzt probieren Forscher, das Verfahren auf größere Anlagen zu übertragen."));
  CHECK_FALSE(hit(Category::house_ad, "Tipp des Monats: Tomaten jetzt ausgeizen, dann tragen sie mehr Früchte."));
}

TEST_CASE("plain-text list chrome of around 2000: a favour to a friend, bought listings, classified rates, an "
          "associates programme, a bigger plan and a digest's last line",
          "[transform]") {
  // The plea to pass the issue on, and the friend's own copy.
  CHECK(hit(Category::forwarded, "Enjoyed this tip? Do a colleague a favor and forward this message."));
  CHECK(hit(Category::forwarded, "Your colleagues can receive their own free copy every Monday."));
  CHECK(hit(Category::forwarded, "Tu einem Kollegen einen Gefallen und leite diese Ausgabe weiter."));
  CHECK(hit(Category::forwarded, "Vrienden kunnen hun eigen gratis abonnement aanvragen op onze site."));
  CHECK_FALSE(hit(Category::forwarded, "The council did the builders a favour by waiving the permit."));
  // A section of listings the sender says were bought.
  CHECK(hit(Category::sponsor, "Top Downloads are placements bought by software vendors."));
  CHECK(hit(Category::sponsor, "En tête, les fiches achetées par les éditeurs."));
  CHECK_FALSE(hit(Category::sponsor, "The paintings were bought by the museum in 1998."));
  // A list's classifieds, their price by the word, and an associates
  // programme that pays on what the visitors buy.
  CHECK(hit(Category::advertise, "Place a classified: 25 words for $10 per issue."));
  CHECK(hit(Category::advertise, "Passez votre petite annonce : 20 mots pour 5 euros par numéro."));
  CHECK(hit(Category::advertise, "Sign up for the Pagewise Associates program today."));
  CHECK(hit(Category::advertise, "Ganhe uma comissão sempre que os seus visitantes compram através dos seus links."));
  CHECK_FALSE(hit(Category::advertise, "The mayor said 40 words for every resident was too few."));
  // A service's bigger plan, its setup fee waived.
  CHECK(hit(Category::upsell, "Need more room? Step up to the Pro Hosting plan today."));
  CHECK(hit(Category::upsell, "Order before March 1 and we'll waive the $30 activation fee."));
  CHECK(hit(Category::upsell, "Bestellen Sie bis Ende Mai, dann entfällt die Einrichtungsgebühr."));
  CHECK_FALSE(hit(Category::upsell, "The city will waive parking fees for the festival weekend."));
  // The line a list server closes its digest with.
  CHECK(hit(Category::footer, "End of Birders-L Digest V4 #212"));
  CHECK(hit(Category::footer, "Fin du digest Randonnée, numéro 88"));
  CHECK_FALSE(hit(Category::footer, "End of the digest era: the list moves to a forum in May."));
  // A free list naming the magazine behind it.
  CHECK(hit(Category::self_description, "Daily Web Tips - a free service of Netscope Magazine"));
  CHECK(hit(Category::self_description, "Ein kostenloser Service der Zeitschrift Rechnerpraxis"));
  CHECK(hit(Category::self_description, "Un service gratuit du magazine Micro Pratique"));
  CHECK_FALSE(hit(Category::self_description, "The bus to the fair is a free service of the city council."));
}

TEST_CASE("a creator's own asks: the podcast episode, the course launch, the members' thread, the maintainer's "
          "sponsors",
          "[transform]") {
  // The writer's own podcast episode under its lead-in, where to listen,
  // and its button.
  CHECK(hit(Category::house_ad, "The latest episode of the Cobble Street podcast: we debate rent caps with a landlord."));
  CHECK(hit(Category::house_ad, "Hear it in your favourite podcast app or on our site."));
  CHECK(hit(Category::house_ad, "Listen to episode 12"));
  CHECK(hit(Category::house_ad, "In der neuen Folge unseres Stadtgespräch-Podcasts: zwei Bürgermeister im Streit."));
  CHECK(hit(Category::house_ad, "Luister naar aflevering 40"));
  CHECK_FALSE(hit(Category::house_ad, "The latest episode of the radio drama drew 2 million listeners, the broadcaster said."));
  // A course launch: the doors, the cohort, the waitlist.
  CHECK(hit(Category::house_ad, "Doors to Writing for Screens open next Monday, and seats are limited."));
  CHECK(hit(Category::house_ad, "Spots in our six-week cohort course go to readers first."));
  CHECK(hit(Category::house_ad, "Trag dich jetzt auf die Warteliste ein."));
  CHECK(hit(Category::house_ad, "Inscrivez-vous sur la liste d'attente pour la prochaine session."));
  CHECK_FALSE(hit(Category::house_ad, "The hospital's waiting list for knee surgery grew to 4,000 patients."));
  CHECK_FALSE(hit(Category::house_ad, "The museum opens its doors to the public on Sunday."));
  // The paid members' thread offered as a teaser.
  CHECK(hit(Category::upsell, "Supporters are debating: should the club sell its stadium? 40 comments so far. Join the "
                              "conversation."));
  CHECK(hit(Category::upsell, "Unsere Mitglieder diskutieren: Braucht die Stadt eine Seilbahn?"));
  CHECK_FALSE(hit(Category::upsell, "Council members are discussing a new budget for the libraries this week."));
  // An open-source maintainer's appeal for sponsors.
  CHECK(hit(Category::donation, "-- Support the project --"));
  CHECK(hit(Category::donation, "The library is maintained in my spare time, so every bit helps."));
  CHECK(hit(Category::donation, "Please consider sponsoring the project on Open Collective."));
  CHECK(hit(Category::donation, "Dank an alle Sponsoren, die im Oktober dazugekommen sind."));
  CHECK(hit(Category::donation, "Steun het project"));
  CHECK_FALSE(hit(Category::donation, "The festival thanked its sponsors after a record year, the organisers said."));
  CHECK_FALSE(hit(Category::donation, "The city will support the project with 2 million euros, the mayor said."));
}

TEST_CASE("a vendor's letter: store badges, help centre, double opt-in, club card, webinar, own paid tier",
          "[transform]") {
  // The store badges printed under an app box, alone on their line.
  CHECK(hit(Category::house_ad, "Laden im App Store · Jetzt bei Google Play"));
  CHECK(hit(Category::house_ad, "Bei Google Play herunterladen"));
  CHECK(hit(Category::house_ad, "Disponible sur Google Play"));
  CHECK(hit(Category::house_ad, "Get it on Google Play"));
  CHECK_FALSE(hit(Category::house_ad, "Die App ist seit Montag im App Store, Nutzer melden Abstürze beim Start."));
  // The help-centre link standing alone.
  CHECK(hit(Category::footer, "Hilfe-Center"));
  CHECK(hit(Category::footer, "Centro de ayuda"));
  CHECK(hit(Category::footer, "Visit our Help Center"));
  CHECK_FALSE(hit(Category::footer, "Das neue Hilfe-Center der Stadt berät ab Mai auch samstags."));
  // The sender explaining its double opt-in.
  CHECK(hit(Category::footer, "Wir nutzen das Double-Opt-in, damit sich niemand in fremdem Namen einträgt."));
  CHECK(hit(Category::footer, "We use double opt-in, so nobody is added without their consent."));
  CHECK(hit(Category::footer, "Vous avez reçu un second e-mail avec un lien de confirmation."));
  CHECK_FALSE(hit(Category::footer,
                  "Richten Sie für Ihr Anmeldeformular das Double-Opt-in ein, bevor Sie Adressen sammeln."));
  CHECK_FALSE(hit(Category::footer, "Set up double opt-in on your signup form before you collect addresses."));
  // A shop's club-card box.
  CHECK(hit(Category::house_ad, "Ihre Bergsport-Kundenkarte"));
  CHECK(hit(Category::house_ad, "Punkte einlösen"));
  CHECK(hit(Category::house_ad, "Noch kein Clubmitglied? Die Karte gibt es gratis an jeder Kasse."));
  CHECK(hit(Category::house_ad, "Not yet a club member? Sign up at any till."));
  CHECK(hit(Category::house_ad, "Nog geen lid? Vraag de kaart aan in de winkel."));
  CHECK_FALSE(hit(Category::house_ad, "Der Verein hat seine Kundenkarte für das Freibad abgeschafft."));
  // A vendor's webinar pitch, its own paid tier, its partner directory.
  CHECK(hit(Category::house_ad, "Live-Webinar: So bauen Sie Ihre erste Automation"));
  CHECK(hit(Category::house_ad, "Sichern Sie sich einen Platz im Webinar"));
  CHECK(hit(Category::house_ad, "Free webinar: segmenting a list of 10,000"));
  CHECK(hit(Category::house_ad, "Reserve your seat in the webinar"));
  CHECK(hit(Category::house_ad, "Zum Partnerverzeichnis"));
  CHECK(hit(Category::house_ad, "Trouver un partenaire certifié"));
  CHECK_FALSE(hit(Category::house_ad, "Im Webinar der Kammer am Dienstag ging es um die neue Meldepflicht."));
  CHECK(hit(Category::upsell, "Mit Postino Pro verschicken Sie beliebig viele Kampagnen im Monat."));
  CHECK(hit(Category::upsell, "With Mailcraft Premium, you get unlimited automations."));
  CHECK(hit(Category::upsell, "Con Buzón Pro puedes enviar campañas sin límite."));
  CHECK_FALSE(hit(Category::upsell, "Mit dem neuen Tarif zahlen Pendler ab April zwölf Euro mehr."));
  // A letter passed on: "leite diesen Brief weiter".
  CHECK(hit(Category::social, "Kennst du jemanden, der Kräuter liebt? Leite diesen Brief doch weiter."));
  CHECK(hit(Category::social, "Forward this letter to a friend who keeps bees."));
}

TEST_CASE("a shop's and a travel site's own widgets: a review signed by a verified buyer, the link to all reviews, "
          "a loyalty tier's progress and perks, a delivery plan's next-box label; news is not",
          "[transform]") {
  // A quoted customer signed as a verified buyer; the all-reviews link.
  CHECK(hit(Category::house_ad, "\"Keeps the coffee hot all morning.\" - Tom R., verified buyer"));
  CHECK(hit(Category::house_ad, "Sehr leise und schnell montiert. — Jana K., verifizierte Käuferin"));
  CHECK(hit(Category::house_ad, "« Tissu doux, coupe parfaite. » Léa M., cliente vérifiée"));
  CHECK(hit(Category::house_ad, "See all 312 reviews"));
  CHECK(hit(Category::house_ad, "Alle Bewertungen lesen"));
  CHECK(hit(Category::house_ad, "Leggi tutte le recensioni"));
  CHECK_FALSE(hit(Category::house_ad,
                  "Regulators say some sellers paid for reviews marked as verified purchases on the big marketplaces."));
  CHECK_FALSE(hit(Category::house_ad, "Read all reviews before you book, the consumer group advises."));
  // A loyalty tier: the points missing, the bookings that move the reader up, the perks.
  CHECK(hit(Category::house_ad, "You are just 1,200 miles from Platinum."));
  CHECK(hit(Category::house_ad, "Stay three more nights this year to move up a tier."));
  CHECK(hit(Category::house_ad, "Gold members enjoy late check-out and a free breakfast."));
  CHECK(hit(Category::house_ad, "Du bist nur noch 800 Punkte von Gold entfernt."));
  CHECK(hit(Category::house_ad, "Les membres argent bénéficient d'un bagage supplémentaire."));
  CHECK(hit(Category::house_ad, "U bent nog maar 450 punten verwijderd van zilver."));
  CHECK(hit(Category::house_ad, "Sei a soli 300 punti dal livello Gold."));
  CHECK(hit(Category::house_ad, "È a 300 punti dal livello successivo."));
  CHECK_FALSE(hit(Category::house_ad, "The county side move up a level next season after winning the northern league."));
  CHECK_FALSE(hit(Category::house_ad, "The airline said gold card holders made up a fifth of last year's passengers."));
  // A delivery plan's account bar.
  CHECK(hit(Category::house_ad, "Your next delivery: Tuesday 14 May · Manage"));
  CHECK(hit(Category::house_ad, "Deine nächste Kiste: Freitag, 3. Mai · Kiste bearbeiten"));
  CHECK(hit(Category::house_ad, "Votre prochaine livraison : jeudi 9 mai"));
  CHECK(hit(Category::house_ad, "A sua próxima entrega: sexta-feira, 10 de maio"));
  CHECK_FALSE(hit(Category::house_ad, "Your next delivery will come a day early because of the bank holiday."));
}

TEST_CASE("a shop's launch price held for its first weeks is its news; a subscription's first months for a pound "
          "are an upsell; a launch price's end date and a free-shipping region are small print",
          "[transform]") {
  CHECK_FALSE(hit(Category::upsell, "Opening price: $89 for the first three weeks, then $110, with the first orders shipping in May."));
  CHECK(hit(Category::upsell, "Read everything for $1 for your first 4 weeks."));
  CHECK(hit(Category::upsell, "Just $2 for the first two months."));
  CHECK(hit(Category::imprint, "Launch price valid through June 2 at 11:59 p.m. PT."));
  CHECK(hit(Category::imprint, "Free shipping applies to the contiguous United States only."));
  CHECK_FALSE(hit(Category::imprint, "The new ferry fares are the lowest on the route for a decade."));
}

TEST_CASE("a brand's app pitch as one line: an errand done in the app; an app in the news is not", "[transform]") {
  CHECK(hit(Category::house_ad, "Track every parcel and reorder filters in the Brookhaus app."));
  CHECK(hit(Category::house_ad, "Verfolge deine Lieferung und bestelle Filter nach in unserer App."));
  CHECK(hit(Category::house_ad, "Reserva tu mesa y paga la cuenta en la app."));
  CHECK_FALSE(hit(Category::house_ad, "The council will let residents book bulky-waste collections in a new app from June."));
  CHECK_FALSE(hit(Category::house_ad, "Track work on the line is due to finish in April, the operator said in its app."));
}

TEST_CASE("a list digest's message count and topics line, and a moderator's bracketed note, are chrome; news that "
          "mentions a moderator or a count of messages is not",
          "[transform]") {
  CHECK(hit(Category::footer, "There are 7 messages in this digest."));
  CHECK(hit(Category::footer, "Topics in this digest:"));
  CHECK(hit(Category::footer, "Diese Ausgabe enthält 5 Beiträge."));
  CHECK(hit(Category::footer, "Il y a 3 messages dans ce numéro."));
  CHECK(hit(Category::footer, "Hay 2 mensajes en este resumen."));
  CHECK(hit(Category::footer, "Er zijn 6 berichten in deze digest."));
  CHECK_FALSE(hit(Category::footer, "There are 12 messages in this thread that disagree about the new fence."));

  CHECK(hit(Category::footer, "[Moderator's note: the vendor was asked to reply on the list. - mod]"));
  CHECK(hit(Category::footer, "(Note from the moderator: please keep replies on topic.)"));
  CHECK(hit(Category::footer, "[ Anmerkung des Moderators: Antworten bitte direkt an den Autor. ]"));
  CHECK(hit(Category::footer, "[Note du modérateur : ce fil est désormais clos.]"));
  CHECK(hit(Category::footer, "[Nota del moderador: se cierra el hilo con este resumen.]"));
  CHECK(hit(Category::footer, "[Opmerking van de moderator: verdere reacties graag rechtstreeks.]"));
  CHECK_FALSE(hit(Category::footer, "The moderator's note last month asked us to trim quotes, and most of us do."));
  CHECK_FALSE(hit(Category::footer, "Die Anmerkung des Moderators zur Firmware war richtig: Version 2.1 behebt den Fehler."));
}

TEST_CASE("a trade publisher's box of free trade magazines, by its heading; free magazines in the news are not",
          "[transform]") {
  CHECK(hit(Category::house_ad, "FREE INDUSTRY MAGAZINES Pick the titles you want; readers in the trade pay nothing."));
  CHECK(hit(Category::house_ad, "Free technical journal subscriptions for engineers who qualify"));
  CHECK(hit(Category::house_ad, "KOSTENLOSE FACHZEITSCHRIFTEN für Einkäufer und IT-Leiter: jetzt auswählen"));
  CHECK(hit(Category::house_ad, "Revues professionnelles gratuites : choisissez parmi 25 titres"));
  CHECK(hit(Category::house_ad, "Revistas del sector gratis para profesionales cualificados"));
  CHECK(hit(Category::house_ad, "Gratis vakbladen voor ICT-professionals"));
  CHECK_FALSE(hit(Category::house_ad, "Free magazine subscriptions for pupils end in June, the library said."));
  CHECK_FALSE(hit(Category::house_ad, "Free trade talks between the two blocs resume on Monday in Geneva."));
}

TEST_CASE("a prize draw's terms, a shopper survey's own lines, a points card, a first-order gift and its code, "
          "a shop's rating widget, its delivery promise and a writer's sign-up lines; the same words in news are not",
          "[transform]") {
  // A prize draw's small print.
  CHECK(hit(Category::imprint, "Winners will be drawn at random from all valid entries after the closing date."));
  CHECK(hit(Category::imprint, "Die Gewinner werden unter allen Einsendungen per Los ermittelt."));
  CHECK(hit(Category::imprint, "Teilnehmen dürfen natürliche Personen ab 18 Jahren."));
  CHECK(hit(Category::imprint, "Les gagnants seront tirés au sort parmi les bonnes réponses."));
  CHECK(hit(Category::imprint, "I vincitori saranno estratti tra tutti i partecipanti entro il 10 dicembre."));
  CHECK_FALSE(hit(Category::imprint, "The winners of the county fair's baking contest were announced on Saturday."));
  CHECK_FALSE(hit(Category::imprint, "Die Gewinner des Stadtlaufs bekommen ihre Pokale am Sonntag im Rathaus."));
  // A shopper survey.
  CHECK(hit(Category::feedback, "The survey only takes five minutes and you can stop at any time."));
  CHECK(hit(Category::feedback, "Die Umfrage dauert nur zwei Minuten."));
  CHECK(hit(Category::feedback, "Deine Antworten bleiben selbstverständlich anonym."));
  CHECK(hit(Category::feedback, "Wie war Ihr Besuch in unserer Filiale in Kassel?"));
  CHECK(hit(Category::feedback, "De vragenlijst duurt ongeveer 4 minuten."));
  CHECK(hit(Category::feedback, "Deine Meinung zu deinem Besuch im Markt am Hafen"));
  CHECK(hit(Category::feedback, "Your feedback on your order of 2 May"));
  CHECK_FALSE(hit(Category::feedback, "Die Umfrage des Landesamts läuft noch bis Ende Mai und richtet sich an Landwirte."));
  CHECK_FALSE(hit(Category::feedback, "Wie war das Wetter beim Sommerfest? Heiß, und die Eisbude war um drei leer."));
  // A points card.
  CHECK(hit(Category::house_ad, "Earn 1 point for every £1 you spend in store and online."));
  CHECK(hit(Category::house_ad, "Pro 5 Euro Umsatz bekommst du einen Bonuspunkt."));
  CHECK(hit(Category::house_ad, "Bei jedem Einkauf sammelst du Treuepunkte."));
  CHECK(hit(Category::house_ad, "Noch keine Kundenkarte?"));
  CHECK(hit(Category::house_ad, "Un punto por cada 2 € de compra."));
  CHECK_FALSE(hit(Category::house_ad, "Pro Kopf geben die Haushalte im Schnitt 80 Euro im Monat für Lebensmittel aus."));
  // A first-order gift and its code.
  CHECK(hit(Category::upsell, "Welcome to the shop: take 15% off your first order with us."));
  CHECK_FALSE(hit(Category::upsell, "Mit dem Code BROT10 bekommst du 10% Rabatt auf deine erste Bestellung."));
  CHECK(hit(Category::upsell, "Als Willkommensgruß gibt es 5 Euro auf Ihre erste Bestellung."));
  CHECK(hit(Category::upsell, "Ihr Gutscheincode: WINTER5"));
  CHECK(hit(Category::upsell, "Votre code promo : BIENVENUE"));
  CHECK_FALSE(hit(Category::upsell, "Unsere erste Bestellung bei der Rösterei kam 2014 in zwei Jutesäcken."));
  // A shop's rating widget and delivery promise.
  CHECK(hit(Category::house_ad, "Customers rate us 4.8 out of 5"));
  CHECK(hit(Category::house_ad, "Mehr als 1.200 verifizierte Bewertungen"));
  CHECK(hit(Category::house_ad, "Klanten beoordelen ons met een 4,6 van 5"));
  CHECK_FALSE(hit(Category::house_ad, "Kritiker geben dem neuen Album 4 von 5 Sternen."));
  CHECK(hit(Category::footer, "Versand innerhalb von 2-4 Werktagen"));
  CHECK(hit(Category::footer, "Questions about your order? Call us weekdays from 9 to 5."));
  CHECK_FALSE(hit(Category::footer, "Der Versand der Jahreshefte beginnt in dieser Woche."));
  // A webinar's recording promise in the other word order.
  CHECK(hit(Category::house_ad, "Die Aufzeichnung senden wir allen, die sich angemeldet haben."));
  CHECK(hit(Category::house_ad, "The recording will be sent to everyone who registered."));
  CHECK_FALSE(hit(Category::house_ad, "Die Aufzeichnung des Konzerts läuft am Sonntag im Radio."));
  // The link to a recipe's full text, and a guide's download button.
  CHECK(hit(Category::house_ad, "Get the full recipe"));
  CHECK(hit(Category::house_ad, "Zum vollständigen Rezept"));
  CHECK(hit(Category::house_ad, "Ratgeber als PDF herunterladen"));
  CHECK_FALSE(hit(Category::house_ad, "Das ganze Rezept stammt von ihrer Großmutter aus Siebenbürgen."));
  CHECK_FALSE(hit(Category::house_ad, "La receta completa"));
  // A writer's launch and lead magnet.
  CHECK(hit(Category::house_ad, "Hier gibt es alle Infos und die Buchung: https://example.org/workshop"));
  CHECK(hit(Category::house_ad, "Sign up below and I'll send you the first chapter straight away."));
  CHECK(hit(Category::house_ad, "Tragen Sie sich hier ein, dann senden wir Ihnen die Checkliste."));
  CHECK_FALSE(hit(Category::house_ad, "Die Anmeldung für die Stadtratswahl schließt am Freitag."));
}

TEST_CASE("a campaign's share prompt under its petition, and a reprint permission with another verb before it; "
          "a petition or a reprint in the news is not",
          "[transform]") {
  CHECK(hit(Category::donation, "Signed it already? Then forward our petition to your neighbours."));
  CHECK(hit(Category::donation, "Already signed? Pass it on."));
  CHECK(hit(Category::donation, "Schon unterschrieben? Dann teile die Petition mit deiner Familie."));
  CHECK(hit(Category::donation, "¿Ya has firmado? Comparte la petición con tus vecinos."));
  CHECK(hit(Category::donation, "Deel de petitie met je collega's."));
  CHECK_FALSE(hit(Category::donation, "The petition, shared by 40,000 people, was handed to the mayor on Friday."));
  CHECK_FALSE(hit(Category::donation, "Die Petition wurde von 12.000 Menschen unterschrieben und am Montag übergeben."));
  CHECK(hit(Category::imprint,
            "You can copy or republish any item of this letter in a club magazine or on a website, provided that "
            "you name us as the source."));
  CHECK(hit(Category::imprint,
            "Vous pouvez copier ou reproduire les articles de cette lettre dans votre bulletin interne, à condition "
            "de citer la source."));
  CHECK(hit(Category::imprint,
            "Puedes copiar o reproducir cualquier artículo de este boletín en tu revista o en tu web, siempre que "
            "cites la fuente."));
  CHECK_FALSE(hit(Category::imprint,
                  "The court ruled that the paper may reprint the letters, as the author had agreed in 1998."));
}

TEST_CASE("a paid seminar's booking push and an order line to the sender's own shop; a full hall in the news "
          "is not",
          "[transform]") {
  CHECK(hit(Category::house_ad, "Seats are limited to 15 per workshop, so book now to avoid disappointment."));
  CHECK(hit(Category::house_ad, "The handbook costs 40 dollars; order your copy online at www.example.org/shop"));
  CHECK(hit(Category::house_ad, "Places limitées à 12 par atelier."));
  CHECK(hit(Category::house_ad, "Maximaal 10 deelnemers per cursus."));
  CHECK(hit(Category::house_ad, "Die Teilnehmerzahl ist auf 12 Personen pro Termin begrenzt."));
  CHECK_FALSE(hit(Category::house_ad, "Seats were limited, and 200 people watched the vote from the hall outside."));
  CHECK_FALSE(hit(Category::house_ad, "Places at the new school are limited to pupils from the two villages."));
}

TEST_CASE(
    "a plain-text list's way out, its questions address and its asked-for-only note; a list in the news is "
    "not",
    "[transform]") {
  CHECK(hit(Category::footer, "To change your address or leave the list, visit www.example.org/list"));
  CHECK(hit(Category::footer, "Questions about this newsletter: editor@example.org"));
  CHECK(hit(Category::footer, "This bulletin is sent only to readers who asked for it."));
  CHECK(hit(Category::footer, "Wer die Liste verlassen möchte, schreibt an liste@example.org."));
  CHECK(hit(Category::footer, "Dieser Brief wird nur an Leser verschickt, die ihn angefordert haben."));
  CHECK(hit(Category::footer, "Pour quitter la liste, écrivez à liste@example.org."));
  CHECK(hit(Category::footer, "Preguntas sobre este boletín: hola@example.org"));
  CHECK(hit(Category::footer, "Per uscire dalla lista basta rispondere a questa e-mail."));
  CHECK(hit(Category::footer, "Vragen over deze nieuwsbrief: redactie@example.org"));
  CHECK(hit(Category::footer, "Para sair da lista, responda a esta mensagem."));
  CHECK_FALSE(hit(Category::footer, "Two clubs will leave the list of approved venues next season."));
  CHECK_FALSE(hit(Category::footer, "Drei Schulen verlassen die Liste der geförderten Projekte."));
  CHECK_FALSE(hit(Category::footer, "Le musée devrait quitter la liste du patrimoine en péril."));
  CHECK_FALSE(hit(Category::footer, "O clube pode sair da lista de espera em março."));
}

TEST_CASE("a premium-rate text service's small print; a network's prices in the news are not", "[transform]") {
  CHECK(hit(Category::imprint, "This is a subscription service and runs until you send STOP to 80000."));
  CHECK(hit(Category::imprint, "You also pay your standard network charges for each text you send."));
  CHECK(hit(Category::imprint, "Dies ist ein Abo-Dienst: 3 Töne pro Woche."));
  CHECK(hit(Category::imprint, "Ceci est un service par abonnement, 3 € par semaine."));
  CHECK(hit(Category::imprint, "Este es un servicio de suscripción de 3 € por semana."));
  CHECK(hit(Category::imprint, "Dit is een abonnementsdienst, normale sms-kosten."));
  CHECK(hit(Category::imprint, "Este é um serviço de subscrição: 3 € por semana."));
  CHECK_FALSE(hit(Category::imprint, "The operator said its standard network covers 98% of homes."));
  CHECK_FALSE(hit(Category::imprint, "Der Streamingdienst bietet jetzt ein günstigeres Abonnement an."));
  CHECK_FALSE(hit(Category::imprint, "La plataforma es un servicio de suscripción con 3 millones de clientes."));
}

TEST_CASE("a paid-listing box's disclosure that its makers paid for the place; paying in the news is not",
          "[transform]") {
  CHECK(hit(Category::sponsor, "FEATURED TOOLS - their makers pay to appear here"));
  CHECK(hit(Category::sponsor, "Diese Anbieter zahlen dafür, hier zu erscheinen."));
  CHECK(hit(Category::sponsor, "Ces éditeurs paient pour apparaître ici."));
  CHECK(hit(Category::sponsor, "Estas empresas pagan por aparecer aquí."));
  CHECK(hit(Category::sponsor, "Questi produttori pagano per comparire qui."));
  CHECK(hit(Category::sponsor, "Deze makers betalen om hier te staan."));
  CHECK(hit(Category::sponsor, "Estes fabricantes pagam para aparecer aqui."));
  CHECK(hit(Category::advertise, "Want your program listed here? Rates start at $90 a week."));
  CHECK_FALSE(hit(Category::sponsor, "Fans paid to appear in the final scene of the film."));
  CHECK_FALSE(hit(Category::sponsor, "Les joueurs paient pour jouer au club depuis 2019."));
}

TEST_CASE("a shop's push to its own store and a bonus for the letter's readers; a shop in the news is not",
          "[transform]") {
  CHECK(hit(Category::house_ad, "Mugs, caps and stickers too. Visit our online store today!"));
  CHECK(hit(Category::house_ad, "Bonus for newsletter readers: a free case with any two games."));
  CHECK(hit(Category::house_ad, "Besuchen Sie noch heute unseren Shop!"));
  CHECK(hit(Category::house_ad, "Visitez notre boutique dès aujourd'hui."));
  CHECK(hit(Category::house_ad, "Regalo para los suscriptores del boletín: envío gratis."));
  CHECK(hit(Category::house_ad, "Visita oggi stesso il nostro negozio."));
  CHECK(hit(Category::house_ad, "Bezoek vandaag nog onze webwinkel."));
  CHECK(hit(Category::house_ad, "Visite hoje mesmo a nossa loja."));
  CHECK_FALSE(hit(Category::house_ad, "Thousands queued to visit the new store on its opening day."));
  CHECK_FALSE(hit(Category::house_ad, "Der Bonus für Pflegekräfte wird im Juli ausgezahlt."));
}

TEST_CASE("the question before a pass-it-on line; knowing someone in the news is not", "[transform]") {
  CHECK(hit(Category::forwarded, "Know someone who'd like this newsletter? Send it on."));
  CHECK(hit(Category::forwarded, "Kennen Sie jemanden, dem dieser Newsletter gefallen würde?"));
  CHECK(hit(Category::forwarded, "Vous connaissez quelqu'un que cette lettre intéresserait ?"));
  CHECK(hit(Category::forwarded, "¿Conoces a alguien a quien le podría interesar este boletín?"));
  CHECK(hit(Category::forwarded, "Conosci qualcuno a cui potrebbe interessare questa newsletter?"));
  CHECK(hit(Category::forwarded, "Ken je iemand die deze nieuwsbrief ook leuk vindt?"));
  CHECK(hit(Category::forwarded, "Conhece alguém a quem esta newsletter possa interessar?"));
  CHECK_FALSE(hit(Category::forwarded, "Do you know someone who would like to volunteer at the fair?"));
  CHECK_FALSE(hit(Category::forwarded, "Kennen Sie jemanden, der im Mai Zeit hat?"));
}

TEST_CASE("a paid membership tier's perks with its monthly price; a club's members in the news are not",
          "[transform]") {
  CHECK(hit(Category::upsell, "Premium members get faster downloads and no ads for $3.95 a month."));
  CHECK(hit(Category::upsell, "Premium-Mitglieder erhalten alle Vorlagen für nur 4,95 € im Monat."));
  CHECK(hit(Category::upsell, "Les membres premium profitent de tous les modèles pour 4,95 € par mois."));
  CHECK(hit(Category::upsell, "Los usuarios premium tienen descargas rápidas por 4,95 € al mes."));
  CHECK(hit(Category::upsell, "Gli utenti premium hanno download veloci per 4,95 € al mese."));
  CHECK(hit(Category::upsell, "Premiumleden krijgen snellere downloads voor € 4,95 per maand."));
  CHECK(hit(Category::upsell, "Os assinantes premium têm downloads rápidos por 4,95 € por mês."));
  CHECK_FALSE(hit(Category::upsell, "Gold members get their medals at a ceremony in June."));
}

TEST_CASE("a shop's delivery and returns small print is chrome; news of deliveries and returns is not", "[transform]") {
  CHECK(hit(Category::imprint, "Free standard UK delivery on orders of £40 or more."));
  CHECK(hit(Category::imprint, "Return unworn items within 30 days for a refund."));
  CHECK(hit(Category::imprint, "Earrings cannot be returned for hygiene reasons."));
  CHECK(hit(Category::imprint, "Prices are correct at the time of sending."));
  CHECK(hit(Category::imprint, "Kostenloser Versand innerhalb Deutschlands ab 60 € Bestellwert."));
  CHECK(hit(Category::imprint, "Du kannst alles innerhalb von 30 Tagen kostenlos zurücksenden."));
  CHECK(hit(Category::imprint, "Livraison offerte dès 49 € d'achat, retours gratuits sous 30 jours."));
  CHECK(hit(Category::imprint, "Envío gratis en pedidos superiores a 40 €."));
  CHECK(hit(Category::imprint, "Resi gratuiti entro 30 giorni dalla consegna."));
  CHECK(hit(Category::imprint, "Gratis bezorging vanaf € 50, binnen 30 dagen gratis retourneren."));
  CHECK(hit(Category::imprint, "Devoluções gratuitas até 30 dias após a entrega."));
  CHECK(hit(Category::imprint, "Precios válidos en el momento del envío."));
  // News about deliveries, returns and hygiene.
  CHECK_FALSE(hit(Category::imprint, "The council will send the forms back within 10 days of the hearing."));
  CHECK_FALSE(hit(Category::imprint, "The pool closed for hygiene reasons after the inspection."));
  CHECK_FALSE(hit(Category::imprint, "Die Post will Pakete künftig innerhalb von zwei Tagen zustellen."));
  CHECK_FALSE(hit(Category::imprint, "Le rayon a fermé pour des raisons d'hygiène la semaine dernière."));
  CHECK_FALSE(hit(Category::imprint, "Los precios de la vivienda subieron un 4 % en marzo."));
}

TEST_CASE(
    "an appeal's sum and what it pays for, a gift in a will and a call for volunteers are chrome; news of "
    "gifts and volunteers is not",
    "[transform]") {
  CHECK(hit(Category::donation, "A donation of $25 buys a week of school meals."));
  CHECK(hit(Category::donation, "Many of our nurses are paid for by people who remembered us in their wills."));
  CHECK(hit(Category::donation, "Ask for our guide to gifts in wills."));
  CHECK(hit(Category::donation, "We need volunteers at our new shop in Leeds."));
  CHECK(hit(Category::donation, "Could you spare two hours a week to help in our café?"));
  CHECK(hit(Category::donation, "Eine Spende von 30 € finanziert einen Monat Hausaufgabenhilfe."));
  CHECK(hit(Category::donation, "Wir suchen Ehrenamtliche für unsere Kleiderkammer."));
  CHECK(hit(Category::donation, "Un don de 20 € permet de financer un repas chaud."));
  CHECK(hit(Category::donation, "Buscamos voluntarios para la tienda de Valencia."));
  CHECK(hit(Category::donation, "Potresti dedicarci due ore a settimana?"));
  CHECK(hit(Category::donation, "Vrijwilligers gezocht voor onze winkel in Utrecht."));
  CHECK(hit(Category::donation, "Procuramos voluntários para a loja do Porto."));
  // News about gifts, wills and volunteers.
  CHECK_FALSE(hit(Category::donation, "The volunteers planted 400 trees along the river on Saturday."));
  CHECK_FALSE(hit(Category::donation, "The painter left the house to the town in her will."));
  CHECK_FALSE(hit(Category::donation, "Die Freiwilligen sortierten im März 12 Tonnen Kleidung."));
  CHECK_FALSE(hit(Category::donation, "Les bénévoles ont servi 3 000 repas cet hiver."));
}

TEST_CASE(
    "a loyalty scheme's tier with the reader's points, doubled points on the goods and the spend to the next "
    "tier are chrome; points in the news are not",
    "[transform]") {
  CHECK(hit(Category::house_ad, "You're a Bronze member with 1,240 points."));
  CHECK(hit(Category::house_ad, "Double points on everything in the new range until Monday."));
  CHECK(hit(Category::house_ad, "Spend £25 more this month to reach Gold."));
  CHECK(hit(Category::house_ad, "Du bist Silber-Mitglied mit 860 Punkten."));
  CHECK(hit(Category::house_ad, "Vous êtes membre Argent avec 450 points."));
  CHECK(hit(Category::house_ad, "Eres socio Oro con 2.300 puntos."));
  CHECK(hit(Category::house_ad, "Punti doppi su tutta la nuova collezione fino a domenica."));
  CHECK(hit(Category::house_ad, "Je bent Zilver-lid met 500 punten."));
  CHECK(hit(Category::house_ad, "Gaste mais 30 € este mês para alcançar o nível Ouro."));
  // Points and tiers in sport and news.
  CHECK_FALSE(hit(Category::house_ad, "The final race carries double points on a circuit nobody has tested."));
  CHECK_FALSE(hit(Category::house_ad, "She is a founding member with 30 years on the board."));
  CHECK_FALSE(hit(Category::house_ad, "Der Verein ist mit 42 Punkten Tabellenführer."));
  CHECK_FALSE(hit(Category::house_ad, "L'équipe est remontée à 45 points après sa victoire."));
}

TEST_CASE(
    "a poll on whether the week's summary was useful, and a plan change button with my, are chrome; a useful "
    "summary in the news is not",
    "[transform]") {
  CHECK(hit(Category::feedback, "Was this summary useful? Yes / No"));
  CHECK(hit(Category::feedback, "Was this recap helpful?"));
  CHECK(hit(Category::feedback, "War diese Zusammenfassung hilfreich?"));
  CHECK(hit(Category::feedback, "Ce bilan vous a-t-il été utile ?"));
  CHECK(hit(Category::feedback, "¿Te ha resultado útil este resumen?"));
  CHECK(hit(Category::feedback, "Questo riepilogo ti è stato utile?"));
  CHECK(hit(Category::feedback, "Was deze samenvatting nuttig?"));
  CHECK(hit(Category::feedback, "Este resumo foi útil?"));
  CHECK(hit(Category::upsell, "Change my plan"));
  CHECK_FALSE(hit(Category::feedback, "The court's summary was useful to both sides, the judge said."));
  CHECK_FALSE(hit(Category::upsell, "The council will change my plan for the garden wall, a reader writes."));
}

TEST_CASE("a call for events the letter should list, asked as a question, is chrome; an event in the news is not",
          "[transform]") {
  CHECK(hit(Category::feedback, "Got an event we should know about? Tell us at events@example.org"));
  CHECK(hit(Category::feedback, "Kennen Sie eine Veranstaltung, die wir ankündigen sollten?"));
  CHECK(hit(Category::feedback, "Un événement à nous signaler ? Écrivez-nous."));
  CHECK(hit(Category::feedback, "¿Conoces un evento que deberíamos anunciar?"));
  CHECK(hit(Category::feedback, "Conosci un evento che dovremmo segnalare?"));
  CHECK(hit(Category::feedback, "Weet je een evenement dat we moeten vermelden?"));
  CHECK(hit(Category::feedback, "Conhece um evento que devíamos divulgar?"));
  CHECK_FALSE(hit(Category::feedback, "The festival is an event we should all be proud of, the mayor said."));
}

TEST_CASE(
    "a paper's plug for its weekend crossword, or a puzzle break label, is chrome; a crossword in the news is "
    "not",
    "[transform]") {
  CHECK(hit(Category::house_ad, "This week's Sunday crossword has 90 clues and a pen as the prize."));
  CHECK(hit(Category::house_ad, "Puzzle time: try the new word ladder in the app."));
  CHECK(hit(Category::house_ad, "Unser Wochenend-Kreuzworträtsel hat diesmal 80 Fragen."));
  CHECK(hit(Category::house_ad, "Les mots croisés du week-end comptent 70 définitions."));
  CHECK(hit(Category::house_ad, "El crucigrama del domingo tiene premio."));
  CHECK(hit(Category::house_ad, "Il cruciverba del sabato ha 100 definizioni."));
  CHECK(hit(Category::house_ad, "De zaterdagpuzzel heeft deze week een prijs."));
  CHECK(hit(Category::house_ad, "As palavras cruzadas do domingo têm prémio."));
  CHECK_FALSE(hit(Category::house_ad, "The crossword setter, who wrote 3,000 puzzles, died on Tuesday aged 91."));
  CHECK_FALSE(hit(Category::house_ad, "Das Kreuzworträtsel wurde vor 100 Jahren in New York erfunden."));
}

TEST_CASE("an investment firm's marketing notice and a partner product's no-deposit note; news of research rules "
          "and of deposits is not",
          "[transform]") {
  CHECK(hit(Category::imprint, "This document is a marketing communication."));
  CHECK(hit(Category::imprint,
            "It has not been prepared in accordance with legal requirements designed to promote the independence of "
            "investment research."));
  CHECK(hit(Category::imprint,
            "Diese Information ist eine Werbemitteilung und wurde nicht unter Einhaltung der Rechtsvorschriften zur "
            "Förderung der Unabhängigkeit von Finanzanalysen erstellt."));
  CHECK(hit(Category::imprint, "Ce document est une communication à caractère promotionnel."));
  CHECK(hit(Category::imprint, "Esta comunicación es una comunicación publicitaria."));
  CHECK(hit(Category::imprint, "Il presente documento è una comunicazione di marketing."));
  CHECK(hit(Category::imprint, "Deze publicatie is een marketingcommunicatie."));
  CHECK(hit(Category::imprint, "Este documento é uma comunicação de marketing."));
  CHECK(hit(Category::imprint, "Annuities are not deposits, are not FDIC insured and may lose value."));
  CHECK(hit(Category::imprint,
            "Diese Produkte sind keine Einlagen und nicht durch die gesetzliche Einlagensicherung geschützt."));
  CHECK(hit(Category::imprint, "Ces contrats ne sont pas des dépôts et ne sont pas couverts par le fonds de garantie."));
  CHECK(hit(Category::imprint, "Estos seguros no son depósitos y no están cubiertos por el Fondo de Garantía de Depósitos."));
  CHECK(hit(Category::imprint, "Le polizze non sono depositi e non rientrano nella tutela dei depositi."));
  CHECK(hit(Category::imprint, "Deze producten zijn geen deposito's en vallen niet onder het depositogarantiestelsel."));
  CHECK(hit(Category::imprint, "Os seguros não são depósitos e não estão cobertos pelo Fundo de Garantia."));
  CHECK_FALSE(hit(Category::imprint,
                  "Regulators say the rules on the independence of investment research will be relaxed next year."));
  CHECK_FALSE(hit(Category::imprint,
                  "Savers at the failed lender learned their bonds were not deposits and lost 40 percent."));
  CHECK_FALSE(hit(Category::imprint, "Die Bank meldete, die Einlagen seien um 4 Prozent gestiegen."));
}

TEST_CASE("a letter's holdings disclosure and an affiliate disclosure; news of staff buying shares is not",
          "[transform]") {
  CHECK(hit(Category::imprint, "Our staff and contributors may own shares of companies discussed in this letter."));
  CHECK(hit(Category::imprint, "Editors may own stock in companies we write about."));
  CHECK(hit(Category::imprint, "Autoren und Mitarbeiter können Aktien der besprochenen Unternehmen halten."));
  CHECK(hit(Category::imprint, "Les rédacteurs et collaborateurs peuvent détenir des actions des sociétés citées."));
  CHECK(hit(Category::imprint, "Los redactores y colaboradores pueden poseer acciones de las empresas citadas."));
  CHECK(hit(Category::imprint, "Gli autori possono detenere azioni delle società citate."));
  CHECK(hit(Category::imprint, "Onze medewerkers kunnen aandelen bezitten in de besproken bedrijven."));
  CHECK(hit(Category::imprint, "Os redatores podem deter ações das empresas mencionadas."));
  CHECK(hit(Category::imprint, "Advertiser disclosure: we earn a fee when you apply through our links."));
  CHECK(hit(Category::imprint, "Some products in this newsletter are from partners who compensate us."));
  CHECK(hit(Category::imprint, "Werbehinweis: Für Links zu Partnern erhalten wir eine Vergütung."));
  CHECK(hit(Category::imprint, "Transparence publicitaire : certains liens sont affiliés."));
  CHECK(hit(Category::imprint, "Aviso de afiliados: algunos enlaces nos generan una comisión."));
  CHECK(hit(Category::imprint, "Trasparenza pubblicitaria: alcuni link sono di affiliazione."));
  CHECK(hit(Category::imprint, "Transparantie over partners: sommige links leveren ons een vergoeding op."));
  CHECK(hit(Category::imprint, "Divulgação de anunciantes: alguns links são de parceiros."));
  CHECK_FALSE(hit(Category::imprint, "The bank's staff bought shares of the company in March, filings show."));
  CHECK_FALSE(hit(Category::imprint, "Die Mitarbeiter halten 12 Prozent der Aktien des Unternehmens."));
  CHECK_FALSE(hit(Category::imprint,
                  "The regulator wants clearer advertiser disclosure on comparison sites, its report says."));
}

TEST_CASE("a paid tier's teaser under a free story and a members' meeting pitched by its crowd; news of a "
          "full report and of members meeting is not",
          "[transform]") {
  CHECK(hit(Category::upsell, "Want the full Harlow analysis?"));
  CHECK(hit(Category::upsell, "Insider members get the full model and our price targets."));
  CHECK(hit(Category::upsell, "Willst du die ganze Analyse lesen?"));
  CHECK(hit(Category::upsell, "Premium-Mitglieder erhalten die vollständige Studie mit allen Kurszielen."));
  CHECK(hit(Category::upsell, "Vous voulez l'analyse complète ?"));
  CHECK(hit(Category::upsell, "¿Quieres el análisis completo?"));
  CHECK(hit(Category::upsell, "Vuoi l'analisi completa?"));
  CHECK(hit(Category::upsell, "Wil je de volledige analyse?"));
  CHECK(hit(Category::upsell, "Quer a análise completa?"));
  CHECK(hit(Category::house_ad, "Join 300 fellow readers in Leeds on 4 May for a day of talks."));
  CHECK(hit(Category::house_ad, "Triff 200 andere Mitglieder am 12. Juni in Hamburg."));
  CHECK(hit(Category::house_ad, "Rencontrez 150 autres membres à Lyon le 3 juin."));
  CHECK(hit(Category::house_ad, "Únete a otros 400 socios en Valencia el 8 de junio."));
  CHECK(hit(Category::house_ad, "Unisciti ad altri 250 soci a Torino il 9 giugno."));
  CHECK(hit(Category::house_ad, "Ontmoet 100 andere leden in Utrecht op 2 juni."));
  CHECK(hit(Category::house_ad, "Junte-se a outros 300 membros no Porto a 5 de junho."));
  CHECK_FALSE(hit(Category::upsell, "The regulator published the full analysis of the outage on Monday."));
  CHECK_FALSE(hit(Category::upsell, "Premium members of the gym complained about the price rise."));
  CHECK_FALSE(hit(Category::house_ad, "About 600 members met in Denver on Saturday and voted to merge the two clubs."));
  CHECK_FALSE(hit(Category::house_ad, "Die Mitglieder trafen sich am Sonntag und wählten einen neuen Vorstand."));
}

TEST_CASE("a fraud warning that names the channels it never uses is small print; scams in the news are not",
          "[transform]") {
  CHECK(hit(Category::imprint, "We will never ask you by email, text or phone for your PIN or passcode."));
  CHECK(hit(Category::imprint, "Wir fragen Sie niemals per E-Mail, SMS oder Telefon nach Ihrer PIN."));
  CHECK(hit(Category::imprint, "Nous ne vous demanderons jamais par e-mail ou par SMS votre code confidentiel."));
  CHECK(hit(Category::imprint, "Nunca te pediremos por correo electrónico ni por SMS tus claves de acceso."));
  CHECK(hit(Category::imprint, "Non ti chiederemo mai via email o SMS le tue credenziali di accesso."));
  CHECK(hit(Category::imprint, "Wij vragen u nooit per e-mail, sms of telefoon om uw pincode."));
  CHECK(hit(Category::imprint, "Nunca pedimos por e-mail, SMS ou telefone a sua senha."));
  CHECK_FALSE(hit(Category::imprint,
                  "The bank said it would never ask customers by text to move money, the court heard."));
  CHECK_FALSE(hit(Category::imprint, "Oplichters vragen slachtoffers per sms om hun pincode, waarschuwt de politie."));
  CHECK_FALSE(hit(Category::imprint,
                  "Les escrocs demandent par SMS le code confidentiel de leurs victimes, rappelle la police."));
}

TEST_CASE("the letter offered to read online by its own verb is a view-online line; a report read online in the "
          "news is not",
          "[transform]") {
  CHECK(hit(Category::view_online, "Consulter cette lettre en ligne"));
  CHECK(hit(Category::view_online, "Read this newsletter online"));
  CHECK(hit(Category::view_online, "Diesen Newsletter online lesen"));
  CHECK(hit(Category::view_online, "Consulta esta newsletter en línea"));
  CHECK(hit(Category::view_online, "Leggi questa newsletter online"));
  CHECK(hit(Category::view_online, "Lees deze nieuwsbrief online"));
  CHECK(hit(Category::view_online, "Leia esta edição online"));
  CHECK_FALSE(hit(Category::view_online, "Le rapport de la Cour des comptes peut être consulté en ligne dès lundi."));
  CHECK_FALSE(hit(Category::view_online, "Residents can read the full planning report online until 3 March."));
}

TEST_CASE("a partner's offer labelled as such is a sponsor label; an offer by a partner in the news is not",
          "[transform]") {
  CHECK(hit(Category::sponsor, "Aanbieding van onze partner"));
  CHECK(hit(Category::sponsor, "Offer from our partner"));
  CHECK(hit(Category::sponsor, "Angebot unseres Partners"));
  CHECK(hit(Category::sponsor, "Offre de notre partenaire"));
  CHECK(hit(Category::sponsor, "Oferta de nuestro socio"));
  CHECK(hit(Category::sponsor, "Offerta del nostro partner"));
  CHECK(hit(Category::sponsor, "Oferta do nosso parceiro"));
  CHECK_FALSE(hit(Category::sponsor, "The board rejected the partner city's offer on Tuesday."));
  CHECK_FALSE(hit(Category::sponsor, "Het bod van onze partner op de haven is door de gemeente afgewezen."));
}

TEST_CASE("the sender's app pressed on a reader without it, and a first-order coupon in it, are house ads; an app "
          "in the news is not",
          "[transform]") {
  CHECK(hit(Category::house_ad, "¿Todavía no tienes nuestra app?"));
  CHECK(hit(Category::house_ad, "Bájatela y te regalamos 5 € para tu primer pedido desde el móvil."));
  CHECK(hit(Category::house_ad, "Don't have our app yet? Get £5 off your first order in the app."));
  CHECK(hit(Category::house_ad, "Hast du unsere App noch nicht?"));
  CHECK(hit(Category::house_ad, "Vous n'avez pas encore notre application ?"));
  CHECK(hit(Category::house_ad, "Non hai ancora la nostra app? Scaricala ora."));
  CHECK(hit(Category::house_ad, "Heb je onze app nog niet? 5 euro korting op je eerste bestelling in de app."));
  CHECK(hit(Category::house_ad, "Ainda não tem o nosso app? Ganhe 10% na sua primeira compra pelo app."));
  CHECK_FALSE(hit(Category::house_ad, "The council's parking app has not yet reached the villages, officials said."));
  CHECK_FALSE(hit(Category::house_ad, "La app de la DGT todavía no permite pagar las multas, según el ministerio."));
}

TEST_CASE("a membership box's yearly price for every ticket is an upsell; a season "
          "price in the news is not",
          "[transform]") {
  CHECK(hit(Category::upsell, "La carte Amis, c'est 20 € par an et toutes vos places à 10 €."));
  CHECK(hit(Category::upsell, "The Friends card is just £20 a year and every ticket is £2 cheaper."));
  CHECK(hit(Category::upsell, "Die Theaterkarte kostet 25 € im Jahr und alle Ihre Karten sind günstiger."));
  CHECK(hit(Category::upsell, "El carné cuesta 20 € al año y tus entradas salen a 10 €."));
  CHECK(hit(Category::upsell, "La tessera costa 20 € all'anno e i tuoi biglietti costano 10 €."));
  CHECK(hit(Category::upsell, "De vriendenpas kost € 25 per jaar en je kaartjes zijn € 5 goedkoper."));
  CHECK(hit(Category::upsell, "O cartão custa 20 € por ano e os seus bilhetes custam 8 €."));
  CHECK_FALSE(hit(Category::upsell, "Adhérer à l'OTAN coûterait 2 % du PIB par an, selon le ministère."));
  CHECK_FALSE(hit(Category::upsell, "The new bus pass costs £60 a year, the council said on Monday."));
}

TEST_CASE("a shop's row of service promises opening on secure payment is footer; secure payments in the news are "
          "not",
          "[transform]") {
  CHECK(hit(Category::footer, "Pago 100 % seguro Atención por WhatsApp de 9 a 18 h Entrega en 48/72 h"));
  CHECK(hit(Category::footer, "Secure payment · Delivery in 48 hours · Free returns"));
  CHECK(hit(Category::footer, "Sichere Zahlung · Versand in 24 h"));
  CHECK(hit(Category::footer, "Paiement sécurisé · Livraison offerte dès 60 €"));
  CHECK(hit(Category::footer, "Pagamento sicuro · Reso gratuito"));
  CHECK(hit(Category::footer, "Veilig betalen · Morgen in huis"));
  CHECK(hit(Category::footer, "Pagamento 100% seguro · Troca grátis"));
  CHECK_FALSE(hit(Category::footer, "The central bank wants secure payments between member states by 2027."));
  CHECK_FALSE(hit(Category::footer, "El Banco de España exige que el pago seguro sea obligatorio desde enero."));
}

TEST_CASE("a business sender's pitches: a customer story's label, a recruiter's screened candidates and the CVs it "
          "sends, vacancies on a jobs board, stands for exhibitors, a briefing by the minute; news in the same "
          "words is not",
          "[transform]") {
  CHECK(hit(Category::house_ad, "Customer story: how a bakery chain closes its books in two days"));
  CHECK(hit(Category::house_ad, "Kundengeschichte: Wie ein Maschinenbauer seine Buchhaltung automatisiert"));
  CHECK(hit(Category::house_ad, "Témoignage client : comment une PME a divisé ses délais par deux"));
  CHECK(hit(Category::house_ad, "Klantverhaal: hoe een groothandel drie systemen verving"));
  CHECK(hit(Category::house_ad, "Looking for staff? Meet our talent pool of interim accountants."));
  CHECK(hit(Category::house_ad, "We represent 30 pre-screened engineers who are available to interview this week."));
  CHECK(hit(Category::house_ad, "Tell us the role and we will send you three matched CVs by Friday."));
  CHECK(hit(Category::house_ad, "Wir schicken Ihnen drei passende Lebensläufe innerhalb von zwei Tagen."));
  CHECK(hit(Category::house_ad, "Nous vous envoyons trois profils sous 48 heures."));
  CHECK(hit(Category::house_ad, "Te enviamos tres candidatos en 48 horas."));
  CHECK(hit(Category::house_ad, "Members can post vacancies on the jobs board at no cost."));
  CHECK(hit(Category::house_ad, "Plaats uw vacatures gratis op onze vacaturebank."));
  CHECK(hit(Category::house_ad, "Exhibit at the Northern Water Show 2026"));
  CHECK(hit(Category::house_ad, "Shell-scheme stands start at 3,100 pounds including lighting."));
  CHECK(hit(Category::house_ad, "Half of the floor space has already been booked."));
  CHECK(hit(Category::house_ad, "Mehr als die Hälfte der Ausstellungsfläche ist bereits gebucht."));
  CHECK(hit(Category::house_ad, "Stands équipés à partir de 2 400 € HT."));
  CHECK(hit(Category::house_ad, "Stand preallestiti a partire da 1.900 euro."));
  CHECK(hit(Category::house_ad, "Book a 20-minute briefing with our lead analyst."));
  CHECK(hit(Category::house_ad, "Briefings are included for all clients; others pay per call."));
  CHECK(hit(Category::house_ad, "Agende uma reunião de 30 minutos com a nossa analista."));
  CHECK(hit(Category::house_ad, "Pre-register to get the guide before anyone else."));
  CHECK(hit(Category::house_ad, "Preinscríbete y recibe la guía antes que nadie."));
  CHECK_FALSE(hit(Category::house_ad, "The customer story that the court heard was very different."));
  CHECK_FALSE(hit(Category::house_ad, "The talent pool for payroll managers has shrunk by a fifth since 2023."));
  CHECK_FALSE(hit(Category::house_ad, "Only 40 per cent of the floor space in the new mall has been let."));
  CHECK_FALSE(hit(Category::house_ad, "The minister will exhibit the plans at the town hall in May."));
  CHECK_FALSE(hit(Category::house_ad, "Les stands ouvrent à partir de 9 heures samedi."));
  CHECK_FALSE(hit(Category::house_ad, "Vacancies on the council were filled at a by-election in June."));
}

TEST_CASE("a member bulletin's note on who gets it and the ask to add a colleague; a letter sent to members in the "
          "news is not",
          "[transform]") {
  CHECK(hit(Category::footer, "This bulletin is sent to the nominated contacts of member companies."));
  CHECK(hit(Category::footer, "If someone else in your company should receive it, tell the membership team."));
  CHECK(hit(Category::footer, "Dieser Rundbrief geht an die benannten Ansprechpartner der Mitgliedsbetriebe."));
  CHECK(hit(Category::footer, "Ce bulletin est adressé aux contacts désignés des entreprises adhérentes."));
  CHECK(hit(Category::footer, "Si otra persona de tu empresa debe recibirlo, escríbenos."));
  CHECK(hit(Category::footer, "Questo notiziario viene inviato ai referenti designati delle aziende associate."));
  CHECK(hit(Category::footer, "Deze nieuwsbrief wordt verstuurd naar de opgegeven contactpersonen van leden."));
  CHECK(hit(Category::footer, "Se outra pessoa da sua empresa deve recebê-lo, avise-nos."));
  CHECK_FALSE(hit(Category::footer, "The letter was signed by 40 firms and sent to the minister on Monday."));
  CHECK_FALSE(hit(Category::footer, "Someone else in the firm should have checked the figures, the court said."));
}

TEST_CASE("an association's note that it does not vouch for its sponsors' products; a regulator's warning in the "
          "news is not",
          "[transform]") {
  CHECK(hit(Category::imprint, "The Association does not endorse the products or services of its sponsors."));
  CHECK(hit(Category::imprint, "Der Verband empfiehlt die Produkte seiner Aussteller nicht."));
  CHECK(hit(Category::imprint, "La fédération ne cautionne pas les produits ou services de ses annonceurs."));
  CHECK(hit(Category::imprint, "La asociación no respalda los productos de sus patrocinadores."));
  CHECK(hit(Category::imprint, "L'associazione non garantisce i prodotti dei suoi inserzionisti."));
  CHECK(hit(Category::imprint, "De vereniging onderschrijft niet de producten van haar adverteerders."));
  CHECK(hit(Category::imprint, "A associação não garante os produtos dos seus patrocinadores."));
  CHECK_FALSE(hit(Category::imprint, "The regulator does not endorse any crypto product, its chair said."));
  CHECK_FALSE(hit(Category::imprint, "The club's sponsors pulled out after the match-fixing case."));
}

TEST_CASE("a member's own directory listing to update and a technology to put in front of an event's buyers; news "
          "in the same words is not",
          "[transform]") {
  CHECK(hit(Category::house_ad, "Update my listing"));
  CHECK(hit(Category::advertise, "Put your technology in front of 2,000 buyers from the water industry."));
  CHECK_FALSE(hit(Category::house_ad, "The land registry will update the listing after the sale completes."));
}

TEST_CASE("a supplier's pitch to switch tariffs: its calculator button, lock in the price, minutes to switch, the "
          "cancellation handled for you; a price change and a calculator in the news are not",
          "[transform]") {
  CHECK(hit(Category::upsell, "Zum Tarifrechner"));
  CHECK(hit(Category::upsell, "Jetzt wechseln und Bonus sichern"));
  CHECK(hit(Category::upsell, "Der Wechsel dauert online nur fünf Minuten."));
  CHECK(hit(Category::upsell, "Um die Kündigung Ihres alten Anbieters kümmern wir uns."));
  CHECK(hit(Category::upsell, "Wechseln Sie jetzt zu Klarstrom Fix mit 12 Monate Preisgarantie."));
  CHECK(hit(Category::upsell, "Tariff calculator"));
  CHECK(hit(Category::upsell, "Switch today and lock in your rate until 2027."));
  CHECK(hit(Category::upsell, "Switching takes just two minutes, and we'll handle cancelling your old supplier."));
  CHECK(hit(Category::upsell, "Le changement ne prend que trois minutes et nous nous occupons de la résiliation."));
  CHECK(hit(Category::upsell, "Cámbiate ya y congela tu precio durante un año."));
  CHECK(hit(Category::upsell, "Il passaggio richiede solo pochi minuti: pensiamo noi alla disdetta."));
  CHECK(hit(Category::upsell, "Overstappen duurt maar vijf minuten, wij regelen de opzegging."));
  CHECK(hit(Category::upsell, "A mudança demora apenas dois minutos."));
  CHECK_FALSE(hit(Category::upsell, "Zum 1. April sinkt der Arbeitspreis, Sie müssen dafür nicht wechseln."));
  CHECK_FALSE(hit(Category::upsell, "Ein Tarifrechner der Verbraucherzentrale zeigt, dass sich ein Wechsel oft lohnt."));
  CHECK_FALSE(hit(Category::upsell, "Customers who switched last year saved 120 pounds on average, the regulator said."));
  CHECK_FALSE(hit(Category::upsell, "Le changement de tarif entre en vigueur le 1er février."));
}

TEST_CASE("the sender's social account by its handle, and a weekly feature on a network, are social; a quote "
          "from a network in the news is not",
          "[transform]") {
  CHECK(hit(Category::social, "Ergebnisse und Fotos findest du auf Instagram unter @sv_beispiel."));
  CHECK(hit(Category::social, "Jede Woche stellen wir auf Instagram ein neues Rezept vor."));
  CHECK(hit(Category::social, "Photos from every match are on Instagram at @example_club."));
  CHECK(hit(Category::social, "Every week we share a new recipe on Instagram."));
  CHECK(hit(Category::social, "Retrouvez les photos sur Instagram @club_exemple."));
  CHECK(hit(Category::social, "Cada semana presentamos un libro en Instagram."));
  CHECK(hit(Category::social, "Ogni settimana presentiamo un libro su Instagram."));
  CHECK(hit(Category::social, "Elke week tonen we een nieuw boek op Instagram."));
  CHECK(hit(Category::social, "Todas as semanas apresentamos um livro no Instagram."));
  CHECK_FALSE(hit(Category::social, "Der Minister kündigte seinen Rücktritt am Abend auf Instagram an."));
  CHECK_FALSE(hit(Category::social, "The singer announced the tour on Instagram, and tickets sold out within hours."));
  CHECK_FALSE(hit(Category::social, "Jede Woche stellen wir Ihnen ein neues Buch aus dem Programm vor."));
}

TEST_CASE("a review on a named site helps others: a vendor's prompt; a site's rating in the news is not", "[transform]") {
  CHECK(hit(Category::feedback, "Ihre Bewertung auf Capterra hilft anderen Betrieben bei der Auswahl."));
  CHECK(hit(Category::feedback, "A short review on G2 helps other teams decide."));
  CHECK(hit(Category::feedback, "Votre avis sur Capterra aide d'autres entreprises à choisir."));
  CHECK(hit(Category::feedback, "Tu reseña en Capterra ayuda a otras empresas."));
  CHECK(hit(Category::feedback, "Una recensione su Capterra aiuta altre aziende."));
  CHECK(hit(Category::feedback, "Een review op Capterra helpt andere bedrijven kiezen."));
  CHECK(hit(Category::feedback, "A sua avaliação no Capterra ajuda outras empresas."));
  CHECK_FALSE(hit(Category::feedback, "Die Bewertung der Ratingagentur hilft dem Land, günstiger Kredit aufzunehmen."));
  CHECK_FALSE(hit(Category::feedback, "The app's rating on the store fell to 2.1 stars after the update."));
}

TEST_CASE("a letter's prompt to say how the reader found it today and what it could do better; criticism in the "
          "news is not",
          "[transform]") {
  CHECK(hit(Category::feedback, "Wie fandest du das Morgenupdate heute? Antworte kurz."));
  CHECK(hit(Category::feedback, "Sagt uns, was wir besser machen können."));
  CHECK(hit(Category::feedback, "How did you find the Briefing today?"));
  CHECK(hit(Category::feedback, "Tell us what we could do better."));
  CHECK(hit(Category::feedback, "Dites-nous ce que nous pourrions améliorer."));
  CHECK(hit(Category::feedback, "Dinos qué podemos mejorar."));
  CHECK(hit(Category::feedback, "Scrivici cosa potremmo migliorare."));
  CHECK(hit(Category::feedback, "Laat ons weten wat we beter kunnen doen."));
  CHECK(hit(Category::feedback, "Diga-nos o que podemos melhorar."));
  CHECK_FALSE(hit(Category::feedback, "Die Kommission soll prüfen, was die Behörden besser machen können."));
  CHECK_FALSE(hit(Category::feedback, "How did the council find the money? It sold two car parks."));
}

TEST_CASE("a partner's offer to a club's members and the membership card shown for it; a sponsor in the news is not",
          "[transform]") {
  CHECK(hit(Category::sponsor, "Unser Hauptsponsor, die Bäckerei am Markt, spendiert allen Mitgliedern ein Frühstück."));
  CHECK(hit(Category::sponsor, "Bitte an der Kasse den Mitgliedsausweis vorzeigen."));
  CHECK(hit(Category::sponsor, "Our main sponsor offers all club members a free bike check in May."));
  CHECK(hit(Category::sponsor, "Show your membership card at the till."));
  CHECK(hit(Category::sponsor, "10 % de remise sur présentation de votre carte de membre."));
  CHECK(hit(Category::sponsor, "Descuento del 10 % presentando tu carné de socio."));
  CHECK(hit(Category::sponsor, "Sconto del 10 % presentando la tessera associativa."));
  CHECK(hit(Category::sponsor, "10 % korting op vertoon van je ledenpas."));
  CHECK(hit(Category::sponsor, "Desconto de 10 % mediante apresentação do cartão de sócio."));
  CHECK(hit(Category::sponsor, "VORTEIL FÜR MITGLIEDER Die Buchhandlung am Markt gibt zehn Prozent Rabatt."));
  CHECK(hit(Category::sponsor, "Ledenvoordeel: korting bij de fietsenmaker"));
  CHECK_FALSE(hit(Category::sponsor, "Der Hauptsponsor des Vereins zieht sich nach zwölf Jahren zurück."));
  CHECK_FALSE(hit(Category::sponsor, "Die Beiträge für Mitglieder steigen ab Januar um vier Euro."));
  CHECK_FALSE(hit(Category::sponsor, "Members voted to keep the club's main sponsor for three more seasons."));
}

TEST_CASE("a tier upsell that opens on the reader's current plan, and a compare-plans button; a plan in the news is "
          "not",
          "[transform]") {
  CHECK(hit(Category::upsell, "Noch im Tarif Starter? Mit Profi bekommen Sie unbegrenzte Projekte."));
  CHECK(hit(Category::upsell, "Pläne vergleichen"));
  CHECK(hit(Category::upsell, "Still on the Free plan? Upgrade for shared folders."));
  CHECK(hit(Category::upsell, "Compare plans"));
  CHECK(hit(Category::upsell, "Toujours sur l'offre Essentiel ? Passez à Pro."));
  CHECK(hit(Category::upsell, "¿Sigues en el plan Básico? Pásate a Pro."));
  CHECK(hit(Category::upsell, "Ancora sul piano Base? Passa a Pro."));
  CHECK(hit(Category::upsell, "Nog op het Basis-abonnement? Stap over naar Pro."));
  CHECK(hit(Category::upsell, "Ainda no plano Básico? Mude para o Pro."));
  CHECK_FALSE(hit(Category::upsell, "Still on the table is a plan to close two branches?"));
  CHECK_FALSE(hit(Category::upsell, "Noch im Mai will der Stadtrat über die Tarife im Busverkehr entscheiden."));
}

TEST_CASE("a markets letter's data notice says its quotes run minutes behind; a train held up so long is news",
          "[transform]") {
  CHECK(hit(Category::imprint, "Market data as of 8:05 a.m. ET. Prices may be delayed by at least 20 minutes."));
  CHECK(hit(Category::imprint, "Kurse um mindestens 15 Minuten verzögert."));
  CHECK(hit(Category::imprint, "Cours différés de 15 minutes, sauf mention contraire."));
  CHECK(hit(Category::imprint, "Cotizaciones con un retraso de al menos 15 minutos."));
  CHECK(hit(Category::imprint, "Quotazioni differite di 20 minuti."));
  CHECK(hit(Category::imprint, "Koersen zijn minimaal 15 minuten vertraagd."));
  CHECK(hit(Category::imprint, "Cotações com atraso de 15 minutos."));
  CHECK_FALSE(hit(Category::imprint, "The 7:40 train to Leeds was delayed by 25 minutes after a signal failure."));
  CHECK_FALSE(hit(Category::imprint, "Der Zug nach Köln war um 40 Minuten verspätet."));
  CHECK_FALSE(hit(Category::imprint, "Le vol a été retardé de 30 minutes à cause du brouillard."));
  CHECK_FALSE(hit(Category::imprint, "Los trenes circularon con retraso de hasta 20 minutos por la huelga."));
}

TEST_CASE("a sponsor named as a label before a colon, and an issue that reaches the inbox thanks to someone; a "
          "sponsorship in the news is not",
          "[transform]") {
  CHECK(hit(Category::sponsor, "Oferecimento: Banco Lince. Abra sua conta digital em cinco minutos."));
  CHECK(hit(Category::sponsor, "Patrocínio: Seguradora Ipê"));
  CHECK(hit(Category::sponsor, "Sponsor: Brightdesk, the help desk for small teams."));
  CHECK(hit(Category::sponsor, "Patrocinio: Cafés Ribera, tostado en Salamanca."));
  CHECK(hit(Category::sponsor, "Este boletín llega a tu buzón gracias a Librería Marea."));
  CHECK(hit(Category::sponsor, "Cette lettre arrive dans votre boîte grâce à la Maison Pélerin."));
  CHECK(hit(Category::sponsor, "Questa newsletter arriva nella tua casella grazie a Torrefazione Lido."));
  CHECK(hit(Category::sponsor, "Deze nieuwsbrief belandt in je mailbox dankzij Drukkerij Tromp."));
  CHECK(hit(Category::sponsor, "Esta newsletter chega à sua caixa de entrada graças a Café Serrano."));
  CHECK(hit(Category::sponsor, "Dieser Brief landet dank der Rösterei Kranich in deinem Postfach."));
  CHECK(hit(Category::sponsor, "This week's letter arrives in your inbox thanks to Fernway Maps."));
  CHECK_FALSE(hit(Category::sponsor, "Apoio comercial ao setor caiu 3% em agosto, diz a associação."));
  CHECK_FALSE(hit(Category::sponsor, "El paquete llegó a su buzón tres semanas tarde, según la denuncia."));
  CHECK_FALSE(hit(Category::sponsor, "The sponsor of the bill said the vote would come on Thursday."));
}

TEST_CASE("a forward prompt in the plural: someone forwarded it to you", "[transform]") {
  CHECK(hit(Category::forwarded, "¿Te reenviaron este correo? Apúntate gratis."));
  CHECK(hit(Category::forwarded, "Te encaminharam esta newsletter? Assine aqui."));
  CHECK_FALSE(hit(Category::forwarded, "Los vecinos reenviaron la queja al ayuntamiento."));
}

TEST_CASE("an advertorial's disclosure that the piece was made with the advertiser", "[transform]") {
  CHECK(hit(Category::sponsor, "Deze bijdrage is tot stand gekomen in samenwerking met Bouwbedrijf Klink."));
  CHECK(hit(Category::sponsor, "Deze tekst is geschreven in opdracht van de Zorggroep."));
  CHECK_FALSE(hit(Category::sponsor, "De bijdrage van de provincie is verhoogd tot 2 miljoen euro."));
}

TEST_CASE("a reader-funded newsroom's appeal: journalism paid for by its readers; readers in the news are not",
          "[transform]") {
  CHECK(hit(Category::donation, "Dat kan alleen met de steun van onze lezers."));
  CHECK(hit(Category::donation, "El periodismo independiente lo pagan sus lectores."));
  CHECK(hit(Category::donation, "Our reporting is paid for by our readers, not by advertisers."));
  CHECK(hit(Category::donation, "Unser Journalismus wird von unseren Leserinnen und Lesern finanziert."));
  CHECK(hit(Category::donation, "Ce journal n'est possible que grâce au soutien de nos lecteurs."));
  CHECK(hit(Category::donation, "Il nostro lavoro è finanziato dai nostri lettori."));
  CHECK(hit(Category::donation, "Este jornalismo só é possível com o apoio dos nossos leitores."));
  CHECK_FALSE(hit(Category::donation, "Los lectores votaron el mejor libro del año en nuestra encuesta."));
  CHECK_FALSE(hit(Category::donation, "De bibliotheek wordt gefinancierd door de gemeente en de provincie."));
}

TEST_CASE("what a paying member gets, said to the reader as a member; a members' vote in the news is not",
          "[transform]") {
  CHECK(hit(Category::upsell, "Como miembro recibes el boletín sin publicidad."));
  CHECK(hit(Category::upsell, "As a member you get every episode a day early."));
  CHECK(hit(Category::upsell, "Als Mitglied bekommst du alle Folgen werbefrei."));
  CHECK(hit(Category::upsell, "En tant que membre, vous recevez la revue chez vous."));
  CHECK(hit(Category::upsell, "Come socio ricevi la newsletter senza pubblicità."));
  CHECK(hit(Category::upsell, "Als lid krijg je de krant zonder advertenties."));
  CHECK(hit(Category::upsell, "Como assinante, você recebe a edição sem anúncios."));
  CHECK_FALSE(hit(Category::upsell, "Los miembros de la cooperativa votaron a favor del plan."));
  CHECK_FALSE(hit(Category::upsell, "Als lid van de raad stemde zij tegen het plan."));
}

TEST_CASE("a contest's entry line, its draw date and its rules link; a draw in the news is not", "[transform]") {
  CHECK(hit(Category::imprint,
            "Pour tenter votre chance, répondez à la question avant le 3 mars : les gagnants seront tirés au sort "
            "le lendemain."));
  CHECK(hit(Category::imprint, "Je participe · Règlement du jeu"));
  CHECK(hit(Category::imprint, "Para participar en el sorteo, responde a esta pregunta antes del viernes."));
  CHECK(hit(Category::imprint, "Bases legales del sorteo"));
  CHECK(hit(Category::imprint, "Per partecipare all'estrazione, rispondi entro domenica."));
  CHECK(hit(Category::imprint, "Om kans te maken, beantwoord de vraag voor 1 mei."));
  CHECK(hit(Category::imprint, "Para concorrer, responda à pergunta até sexta."));
  CHECK(hit(Category::imprint, "Um am Gewinnspiel teilzunehmen, beantworte die Frage bis Freitag."));
  CHECK(hit(Category::imprint, "Enter now | Competition rules"));
  CHECK_FALSE(hit(Category::imprint, "La loterie nationale a été tirée au sort samedi devant huissier."));
  CHECK_FALSE(hit(Category::imprint, "Las bases del sorteo de la lotería de Navidad cambian este año."));
}

TEST_CASE("a newsroom asking for tips by its own channel, and a job board's pitch to employers", "[transform]") {
  CHECK(hit(Category::feedback, "Tip de redactie via tips@krant.example of app ons op 06-11112222."));
  CHECK(hit(Category::feedback, "Tip the newsroom via our secure form."));
  CHECK(hit(Category::feedback, "Segnala alla redazione via email."));
  CHECK(hit(Category::house_ad, "Pubblica un annuncio in bacheca: lo leggono 9.000 sviluppatori."));
  CHECK(hit(Category::house_ad, "Post a job on our board and reach 20,000 engineers."));
  CHECK(hit(Category::house_ad, "Plaats een vacature op onze vacaturebank."));
  CHECK(hit(Category::house_ad, "Publica tu oferta en nuestra bolsa de empleo."));
  CHECK_FALSE(hit(Category::feedback, "De redactie kreeg een tip over de sluiting van de fabriek."));
  CHECK_FALSE(hit(Category::house_ad, "Il comune pubblica un bando per tre nuovi posti in biblioteca."));
}

TEST_CASE("the note that buying through the letter's links pays it; buying in the news is not", "[transform]") {
  CHECK(hit(Category::imprint, "We earn a small cut when you buy through these links, at no extra cost to you."));
  CHECK(hit(Category::imprint, "If you shop through our links, the site gets a share of the sale."));
  CHECK(hit(Category::imprint, "Wenn du über diese Links etwas kaufst, bekommen wir einen kleinen Anteil."));
  CHECK(hit(Category::imprint, "Si vous achetez via nos liens, nous touchons une petite part."));
  CHECK(hit(Category::imprint, "Si compras algo a través de estos enlaces, nos llevamos una parte."));
  CHECK(hit(Category::imprint, "Se acquisti tramite questi link, riceviamo una piccola quota."));
  CHECK(hit(Category::imprint, "Als je via onze links iets koopt, krijgen wij een klein deel."));
  CHECK(hit(Category::imprint, "Se você comprar através dos nossos links, recebemos uma pequena parte."));
  CHECK_FALSE(hit(Category::imprint, "When you buy a rail pass, check the dates of the strike first."));
  CHECK_FALSE(hit(Category::imprint, "Wenn Sie über die Feiertage verreisen, buchen Sie früh."));
}

TEST_CASE("a site's own first book said to be out, and a signed copy to pre-order; a reading group's first book of "
          "the year is not",
          "[transform]") {
  CHECK(hit(Category::house_ad, "Our first cookbook, Salt & Crumb, is out on 4 May."));
  CHECK(hit(Category::house_ad, "Our debut novel comes out in March."));
  CHECK(hit(Category::house_ad, "Pre-order a signed copy and get a tote bag."));
  CHECK(hit(Category::house_ad, "Pre-order your personalised copy today"));
  CHECK(hit(Category::house_ad, "Unser erstes Kochbuch, „Topf und Tiegel“, erscheint im Mai."));
  CHECK(hit(Category::house_ad, "Bestellt jetzt ein signiertes Exemplar vor."));
  CHECK(hit(Category::house_ad, "Notre premier livre de recettes sort le 4 mai."));
  CHECK(hit(Category::house_ad, "Précommandez un exemplaire dédicacé."));
  CHECK(hit(Category::house_ad, "Nuestro primer recetario sale el 4 de mayo."));
  CHECK(hit(Category::house_ad, "Reserva un ejemplar firmado."));
  CHECK(hit(Category::house_ad, "Il nostro primo ricettario esce il 4 maggio."));
  CHECK(hit(Category::house_ad, "Preordina una copia autografata."));
  CHECK(hit(Category::house_ad, "Ons eerste kookboek verschijnt op 4 mei."));
  CHECK(hit(Category::house_ad, "Bestel nu een gesigneerd exemplaar."));
  CHECK(hit(Category::house_ad, "O nosso primeiro livro de receitas sai a 4 de maio."));
  CHECK(hit(Category::house_ad, "Encomende já um exemplar autografado."));
  CHECK_FALSE(hit(Category::house_ad, "Our first book of the year, a novel of 300 pages, is out in paperback."));
  CHECK_FALSE(hit(Category::house_ad, "The chef's first cookbook is out on 4 May."));
  CHECK_FALSE(hit(Category::house_ad, "Unser erstes Buch im neuen Jahr ist ein Roman über drei Schwestern."));
}

TEST_CASE("a partner's discount with its code at checkout, and a sale on the publisher's workshops; a price in the "
          "news is not",
          "[transform]") {
  CHECK(hit(Category::house_ad, "The shop gives members 10% off with the code READ10 at checkout."));
  CHECK(hit(Category::house_ad, "Zehn Prozent Rabatt mit dem Gutscheincode LESEN10 an der Kasse."));
  CHECK(hit(Category::house_ad, "10 % de remise avec le code LIRE10 dans votre panier."));
  CHECK(hit(Category::house_ad, "Un 10 % de descuento con el código LEER10 al pagar."));
  CHECK(hit(Category::house_ad, "Sconto del 10% con il codice LEGGI10 al momento del pagamento."));
  CHECK(hit(Category::house_ad, "10% korting met de kortingscode LEZEN10 bij het afrekenen."));
  CHECK(hit(Category::house_ad, "10% de desconto com o código LER10 no checkout."));
  CHECK(hit(Category::house_ad, "Summer sale: 25% off all our weekend workshops until Friday."));
  CHECK(hit(Category::house_ad, "20 % Rabatt auf alle Fotokurse im Herbst."));
  CHECK(hit(Category::house_ad, "-20 % sur tous nos stages photo d'automne."));
  CHECK(hit(Category::house_ad, "20% de descuento en todos nuestros talleres de otoño."));
  CHECK(hit(Category::house_ad, "20% di sconto su tutti i nostri corsi di fotografia."));
  CHECK(hit(Category::house_ad, "20% korting op al onze workshops dit najaar."));
  CHECK(hit(Category::house_ad, "20% de desconto em todos os nossos workshops de outono."));
  CHECK_FALSE(hit(Category::house_ad, "The university cut fees by 20% for all part-time students."));
  CHECK_FALSE(hit(Category::house_ad, "Entry is £18 with the club discount, and places close on 25 June."));
}

TEST_CASE("a line asking to share the letter with friends or a party, and a prompt to upload to the readers' "
          "gallery; news of sharing is not",
          "[transform]") {
  CHECK(hit(Category::social, "Share Pixel Post with your party"));
  CHECK(hit(Category::social, "Share this issue with a friend"));
  CHECK(hit(Category::social, "Teile Spielzeit mit deinen Freunden"));
  CHECK(hit(Category::social, "Partagez la lettre avec vos amis"));
  CHECK(hit(Category::social, "Comparte el boletín con tus amigos"));
  CHECK(hit(Category::social, "Condividi la newsletter con i tuoi amici"));
  CHECK(hit(Category::social, "Deel de nieuwsbrief met je vrienden"));
  CHECK(hit(Category::social, "Partilhe a newsletter com os seus amigos"));
  CHECK(hit(Category::social, "Proud of a shot? Upload it to our reader gallery."));
  CHECK(hit(Category::social, "Lade dein Foto in unsere Leser-Galerie hoch."));
  CHECK(hit(Category::social, "Publiez-la dans notre galerie des lecteurs."));
  CHECK(hit(Category::social, "Súbela a nuestra galería de lectores."));
  CHECK(hit(Category::social, "Caricala nella nostra galleria dei lettori."));
  CHECK(hit(Category::social, "Plaats je foto in onze lezersgalerij."));
  CHECK(hit(Category::social, "Envie-a para a nossa galeria dos leitores."));
  CHECK_FALSE(hit(Category::social, "The new console lets you share your screen with a friend in the same room, a feature "
                                    "first shown in June."));
  CHECK_FALSE(hit(Category::social, "Readers uploaded 3,000 photos to the gallery in the first week."));
}

TEST_CASE("a box's label naming the letter's partner of a trade; a partner in the news is not", "[transform]") {
  CHECK(hit(Category::sponsor, "OUR BOOKSHOP PARTNER"));
  CHECK(hit(Category::sponsor, "Our travel partners"));
  CHECK(hit(Category::sponsor, "Unser Buchhandelspartner"));
  CHECK(hit(Category::sponsor, "Notre partenaire librairie"));
  CHECK(hit(Category::sponsor, "Nuestro socio librero"));
  CHECK(hit(Category::sponsor, "Nuestros socios"));
  CHECK(hit(Category::sponsor, "Il nostro partner libreria"));
  CHECK(hit(Category::sponsor, "Onze boekhandelpartner"));
  CHECK(hit(Category::sponsor, "O nosso parceiro livreiro"));
  CHECK_FALSE(hit(Category::sponsor, "The club's partners in Wales will host the relay this year."));
  CHECK_FALSE(hit(Category::sponsor, "Unser Partnerverein aus Polen kommt im Mai zu Besuch."));
}

TEST_CASE("a tool maker's sign-up incentive, days free or credit to claim, is an upsell; news of free credits is not",
          "[transform]") {
  CHECK(hit(Category::upsell, "Builds from your repo and scales to zero. Get 30 days free"));
  CHECK(hit(Category::upsell, "Claim $50 in free credit"));
  CHECK(hit(Category::upsell, "Hosted search for your docs. Claim your $100 of free credits today."));
  CHECK(hit(Category::upsell, "Neu bei uns? Sichern Sie sich 50 € Startguthaben."));
  CHECK(hit(Category::upsell, "Profitez de 30 jours offerts, sans carte bancaire."));
  CHECK(hit(Category::upsell, "Pour votre premier projet. Obtenez 100 € de crédits offerts."));
  CHECK(hit(Category::upsell, "Consigue 30 días gratis en tu primer proyecto."));
  CHECK(hit(Category::upsell, "Ottieni 30 giorni gratis sul piano Team."));
  CHECK(hit(Category::upsell, "Nieuw hier? Claim € 50 gratis tegoed bij je eerste deploy."));
  CHECK(hit(Category::upsell, "Ganhe 30 dias grátis no plano Pro."));
  CHECK(hit(Category::upsell, "Novo por aqui? Ganhe R$ 200 em créditos grátis."));
  CHECK_FALSE(hit(Category::upsell, "The cloud provider gave 4,000 startups $100,000 in free credits last year."));
  CHECK_FALSE(hit(Category::upsell, "Students who get 30 days of free access must verify their school address."));
  CHECK_FALSE(hit(Category::upsell, "Die Bank schreibt Neukunden künftig 50 Euro Startguthaben gut."));
  CHECK_FALSE(hit(Category::upsell, "L'opérateur a offert 30 jours gratuits aux abonnés touchés par la panne."));
}

TEST_CASE("a support pledge box's heading and its pledge-what-you-can line; a pledge in the news is not",
          "[transform]") {
  CHECK(hit(Category::donation, "Pledge your support"));
  CHECK(hit(Category::donation, "Pledge what you can: $4 a month or $40 a year, charged once payments open."));
  CHECK(hit(Category::donation, "Sag uns deine Unterstützung zu"));
  CHECK(hit(Category::donation, "Sagen Sie zu, was Sie können: ab 3 Euro im Monat."));
  CHECK(hit(Category::donation, "Promettez votre soutien"));
  CHECK(hit(Category::donation, "Comprométete a apoyarnos"));
  CHECK(hit(Category::donation, "Comprométete con lo que puedas, desde 3 euros al mes."));
  CHECK(hit(Category::donation, "Prometti il tuo sostegno"));
  CHECK(hit(Category::donation, "Zeg je steun toe"));
  CHECK(hit(Category::donation, "Prometa o seu apoio"));
  CHECK_FALSE(hit(Category::donation, "The minister pledged support for the flood-hit farms on Monday."));
  CHECK_FALSE(hit(Category::donation, "Donors pledged what they could after the fire, raising $1.2 million."));
  CHECK_FALSE(hit(Category::donation, "Die Regierung sagte den Kommunen ihre Unterstützung beim Ausbau zu."));
  CHECK_FALSE(hit(Category::donation, "Le ministre a promis son soutien aux éleveurs."));
}

TEST_CASE("a reader survey's length as the time it takes to fill in; a survey's findings are not", "[transform]") {
  CHECK(hit(Category::feedback, "The reader survey takes about four minutes and asks what you want more of."));
  CHECK(hit(Category::feedback, "Die Umfrage dauert nur fünf Minuten."));
  CHECK(hit(Category::feedback, "Le questionnaire ne vous prendra que cinq minutes."));
  CHECK(hit(Category::feedback, "La encuesta te lleva unos cinco minutos."));
  CHECK(hit(Category::feedback, "Il sondaggio richiede circa tre minuti."));
  CHECK(hit(Category::feedback, "De enquête duurt maar vijf minuten."));
  CHECK(hit(Category::feedback, "O questionário leva apenas cinco minutos."));
  CHECK_FALSE(hit(Category::feedback, "The survey of 2,000 commuters found trips take 12 minutes longer than in 2019."));
  CHECK_FALSE(hit(Category::feedback, "Laut der Umfrage dauert der Arbeitsweg im Schnitt 28 Minuten."));
  CHECK_FALSE(hit(Category::feedback, "Selon le sondage, le trajet prend en moyenne 35 minutes."));
}

TEST_CASE("the line that opens a list of recommended letters, and a letter recommended as the week's; a "
          "recommendation in the news is not",
          "[transform]") {
  CHECK(hit(Category::house_ad, "I've been reading these and think you'd like them too:"));
  CHECK(hit(Category::house_ad, "Boost: a letter I recommend this week"));
  CHECK(hit(Category::house_ad, "Diese Newsletter lese ich gerade, sie gefallen dir bestimmt auch:"));
  CHECK(hit(Category::house_ad, "Je lis ces lettres en ce moment, elles devraient vous plaire aussi :"));
  CHECK(hit(Category::house_ad, "Estos boletines los leo cada semana y creo que te gustarán:"));
  CHECK(hit(Category::house_ad, "Leggo queste newsletter ogni settimana, penso che ti piaceranno:"));
  CHECK(hit(Category::house_ad, "Deze lees ik graag en ik denk dat je ze ook leuk vindt:"));
  CHECK(hit(Category::house_ad, "Leio estas todas as semanas e acho que você vai gostar delas também:"));
  CHECK(hit(Category::house_ad, "Een nieuwsbrief die ik deze week aanraad"));
  CHECK_FALSE(hit(Category::house_ad, "I read both reports and think you'd like them too, even if the numbers are grim."));
  CHECK_FALSE(hit(Category::house_ad, "The panel said it would recommend this week's proposal to the full council."));
  CHECK_FALSE(hit(Category::house_ad, "Die neuen Spielplätze gefallen den Kindern auch im Winter."));
}

TEST_CASE("the label over an advertiser's paid feature set like the paper's own pages; the words in the news are not",
          "[transform]") {
  auto label = [](const std::string& text) {
    for (const auto& hit : find_vocabulary(fold_for_match(text))) {
      if (hit.category == Category::sponsor && hit.label_only) return true;
    }
    return false;
  };
  CHECK(label("Sonderveröffentlichung"));
  CHECK(label("ADVERTORIAL"));
  CHECK(label("Special advertising section"));
  CHECK(label("Publireportage"));
  CHECK(label("Especial publicitario"));
  CHECK(label("Informazione pubblicitaria"));
  CHECK(label("Betaalde inhoud"));
  CHECK(label("Informe publicitário"));
  CHECK_FALSE(label("Der Presserat rügt die fehlende Kennzeichnung einer Sonderveröffentlichung im Lokalteil."));
  CHECK_FALSE(label("Le publireportage a été retiré après la plainte du syndicat."));
}

TEST_CASE(
    "the line that hands a partner's box its own responsibility for the content; a court's liability ruling is not",
    "[transform]") {
  CHECK(hit(Category::sponsor,
            "Dieses Webinar wird von einem Softwarehaus bezahlt; für die Inhalte ist der Partner verantwortlich."));
  CHECK(hit(Category::sponsor, "Für den Inhalt ist allein der Werbetreibende verantwortlich."));
  CHECK(hit(Category::sponsor, "Hinweis: Der Partner ist für den Inhalt verantwortlich."));
  CHECK(hit(Category::sponsor, "The sponsor is solely responsible for the content of this session."));
  CHECK(hit(Category::sponsor, "Ce contenu relève de la seule responsabilité de l'annonceur."));
  CHECK(hit(Category::sponsor, "El contenido es responsabilidad exclusiva del anunciante."));
  CHECK(hit(Category::sponsor, "Il contenuto è a cura dell'inserzionista."));
  CHECK(hit(Category::sponsor, "De adverteerder is zelf verantwoordelijk voor de inhoud."));
  CHECK(hit(Category::sponsor, "O conteúdo é de inteira responsabilidade do anunciante."));
  CHECK_FALSE(
      hit(Category::sponsor, "Das Gericht entschied, dass Plattformen für die Inhalte ihrer Nutzer nicht haften."));
  CHECK_FALSE(hit(Category::sponsor, "Ministers said platforms are responsible for the content their users post."));
}

TEST_CASE("a trial subscription by what a token price buys; a price of weeks or months in the news is not",
          "[transform]") {
  CHECK(hit(Category::upsell, "Das Wochenblatt+ vier Wochen für 1 Euro"));
  CHECK(hit(Category::upsell, "Lernen Sie uns kennen: drei gedruckte Hefte für nur 7,50 Euro frei Haus."));
  CHECK(hit(Category::upsell, "Alle Artikel ohne Banner – im ersten Monat für 0,99 Euro, danach 9,99 Euro."));
  CHECK(hit(Category::upsell, "Unser Magazin 3 x testen"));
  CHECK(hit(Category::upsell, "Get six issues for just £1 and a free tote bag."));
  CHECK(hit(Category::upsell, "Quatre semaines pour 1 € seulement, sans engagement."));
  CHECK(hit(Category::upsell, "Tres meses por 1 € y después cancela cuando quieras."));
  CHECK(hit(Category::upsell, "Tre mesi a 1 euro per leggere tutto."));
  CHECK(hit(Category::upsell, "Vier weken voor € 1 onbeperkt lezen."));
  CHECK(hit(Category::upsell, "Três meses por 1 € para ler tudo."));
  CHECK_FALSE(hit(Category::upsell, "Die Mieter sollen drei Monate lang für 300 Euro weniger zahlen."));
  CHECK_FALSE(hit(Category::upsell, "The strike cost the airline two weeks of revenue, about €40 million."));
  CHECK_FALSE(hit(Category::upsell, "Im ersten Monat nach der Reform sanken die Anträge um ein Drittel."));
}

TEST_CASE("a liked-it question answered by a request to pass the letter on; praise quoted in the news is not",
          "[transform]") {
  CHECK(hit(Category::forwarded, "Dir hat der Text gefallen? Dann leite ihn an einen Freund weiter."));
  CHECK(hit(Category::forwarded, "Ihnen hat dieses Briefing gefallen? Empfehlen Sie es weiter."));
  CHECK(hit(Category::forwarded, "Enjoyed this issue? Forward it to a colleague."));
  CHECK(hit(Category::forwarded, "Cette lettre vous a plu ? Partagez-la autour de vous."));
  CHECK(hit(Category::forwarded, "¿Te ha gustado este boletín? Reenvíalo a quien quieras."));
  CHECK(hit(Category::forwarded, "Ti è piaciuta questa newsletter? Inoltrala a un'amica."));
  CHECK(hit(Category::forwarded, "Vond je deze editie leuk? Stuur hem door."));
  CHECK(hit(Category::forwarded, "Gostou desta edição? Partilhe com um amigo."));
  CHECK_FALSE(hit(Category::forwarded, "Dem Publikum hat das Stück gefallen, die Kritik war gespalten."));
  CHECK_FALSE(hit(Category::forwarded, "Enjoyed the show? Critics did not, and ticket sales fell."));
}

TEST_CASE("an invitation to visit the sender on a named network; a visit in the news is not", "[transform]") {
  CHECK(hit(Category::social, "Besuchen Sie uns auch auf Instagram und Facebook."));
  CHECK(hit(Category::social, "Visit us on LinkedIn for more."));
  CHECK(hit(Category::social, "Rendez-nous visite sur Instagram."));
  CHECK(hit(Category::social, "Visítanos en Facebook."));
  CHECK(hit(Category::social, "Vienici a trovare anche su Instagram."));
  CHECK(hit(Category::social, "Bezoek ons ook op Facebook."));
  CHECK(hit(Category::social, "Visite-nos no Instagram."));
  CHECK_FALSE(hit(Category::social, "Die Ministerin besuchte am Montag das Werk in Zwickau."));
}

TEST_CASE("a member drive that asks whether the reader has joined and calls to join; membership news is not",
          "[transform]") {
  CHECK(hit(Category::upsell, "Noch nicht in der Gewerkschaft? Jetzt Mitglied werden und Rechtsschutz sichern."));
  CHECK(hit(Category::upsell, "Noch kein Mitglied? Jetzt Mitglied werden."));
  CHECK(hit(Category::upsell, "Not a member yet? Join today and get legal cover."));
  CHECK(hit(Category::upsell, "Pas encore adhérent ? Rejoignez-nous."));
  CHECK(hit(Category::upsell, "¿Todavía no eres socio? Hazte socio hoy."));
  CHECK(hit(Category::upsell, "Non sei ancora iscritto? Iscriviti oggi."));
  CHECK(hit(Category::upsell, "Nog geen lid? Word lid en steun ons werk."));
  CHECK(hit(Category::upsell, "Ainda não é sócio? Associe-se hoje."));
  CHECK_FALSE(hit(Category::upsell, "Noch nicht entschieden ist, ob die Stadt Mitglied im Zweckverband wird."));
  CHECK_FALSE(hit(Category::upsell, "Die Gewerkschaft hat seit Januar 4.000 neue Mitglieder gewonnen."));
}

TEST_CASE("the heading alone over the publisher's shop box; a shop in the news is not", "[transform]") {
  auto label = [](const std::string& text) {
    for (const auto& hit : find_vocabulary(fold_for_match(text))) {
      if (hit.category == Category::house_ad && hit.label_only) return true;
    }
    return false;
  };
  CHECK(label("Aus dem Verlags-Shop"));
  CHECK(label("From our shop"));
  CHECK(label("Dans notre boutique"));
  CHECK(label("De nuestra tienda"));
  CHECK(label("Dal nostro shop"));
  CHECK(label("Uit onze webwinkel"));
  CHECK(label("Da nossa loja"));
  CHECK_FALSE(label("Aus dem Shop des Museums wurden drei Figuren gestohlen."));
  CHECK_FALSE(label("From our shop floor, the union says, nobody was consulted."));
}

TEST_CASE("the editors' question for ideas addressed to them or the newsroom; a question in the news is not",
          "[transform]") {
  CHECK(hit(Category::feedback, "Haben Sie Hinweise oder Anregungen für uns? Schreiben Sie der Redaktion."));
  CHECK(hit(Category::feedback, "Have questions or tips for the newsroom? Reply to this email."));
  CHECK(hit(Category::feedback, "Vous avez des idées pour la rédaction ? Écrivez-nous."));
  CHECK(hit(Category::feedback, "¿Tienes sugerencias para nosotros? Escríbenos."));
  CHECK(hit(Category::feedback, "Hai suggerimenti per la redazione? Scrivici."));
  CHECK(hit(Category::feedback, "Heb je tips voor de redactie? Mail ons."));
  CHECK(hit(Category::feedback, "Tem sugestões para nós? Escreva-nos."));
  CHECK_FALSE(hit(Category::feedback, "Die Polizei bittet um Hinweise: Wer hat den Unfall am Montag beobachtet?"));
}

TEST_CASE(
    "a newspaper's invitation to its readers' evening and its free sign-up button; a report on another newsroom "
    "is not",
    "[transform]") {
  CHECK(hit(Category::house_ad, "Am 3. Mai laden wir zum Kurier-Leserabend in unser Druckhaus ein."));
  CHECK(hit(Category::house_ad, "Blicken Sie mit uns hinter die Kulissen der Redaktion."));
  CHECK(hit(Category::house_ad, "Hier kostenlos anmelden"));
  CHECK(hit(Category::house_ad, "Come behind the scenes of our newsroom on 3 May."));
  CHECK(hit(Category::house_ad, "Venez découvrir les coulisses de notre rédaction le 3 mai."));
  CHECK(hit(Category::house_ad, "Te invitamos a nuestro encuentro con lectores el 3 de mayo."));
  CHECK(hit(Category::house_ad, "Vi invitiamo alla serata con i lettori il 3 maggio."));
  CHECK(hit(Category::house_ad, "Kijk met ons achter de schermen van de redactie."));
  CHECK(hit(Category::house_ad, "Conheça os bastidores da nossa redação no dia 3 de maio."));
  CHECK_FALSE(hit(Category::house_ad, "Der Film zeigt den Alltag hinter den Kulissen einer Lokalzeitung in Sachsen."));
  CHECK_FALSE(hit(Category::house_ad, "Die Stadt lädt zum Bürgerabend über den neuen Bebauungsplan ein."));
}

TEST_CASE("a membership appeal's pointer to the tiers and what members get on top; membership news is not",
          "[transform]") {
  CHECK(hit(Category::upsell, "Hier geht's zu den Mitgliedschaften: https://members.example/brief"));
  CHECK(hit(Category::upsell, "Als Mitglied bekommst du jeden Monat eine Extra-Folge."));
  CHECK(hit(Category::upsell, "As a member, you get a bonus essay every month."));
  CHECK(hit(Category::upsell, "C'est par ici pour devenir membre : https://members.example"));
  CHECK(hit(Category::upsell, "Como socio, recibes cada mes un episodio extra."));
  CHECK(hit(Category::upsell, "Come sostenitore, ricevi ogni mese un numero extra."));
  CHECK(hit(Category::upsell, "Als lid krijg je elke maand een extra aflevering."));
  CHECK(hit(Category::upsell, "Como apoiante, recebes todos os meses um episódio extra."));
  CHECK_FALSE(hit(Category::upsell, "Als Mitglied des Stadtrats bekommt sie eine Aufwandsentschädigung von 400 Euro."));
  CHECK_FALSE(hit(Category::upsell, "As a member of the board, she gets no extra pay, the filing shows."));
}

TEST_CASE("a legacy box's guide to gifts in wills; a story on an estate is not", "[transform]") {
  CHECK(hit(Category::donation, "Request our free guide to leaving a legacy"));
  CHECK(hit(Category::donation, "Bestellen Sie unseren kostenlosen Ratgeber zum Testament."));
  CHECK(hit(Category::donation, "Demandez notre brochure gratuite sur les legs."));
  CHECK(hit(Category::donation, "Solicita nuestra guía gratuita sobre legados."));
  CHECK(hit(Category::donation, "Richiedi la nostra guida gratuita ai lasciti."));
  CHECK(hit(Category::donation, "Vraag onze gratis brochure over nalaten aan."));
  CHECK(hit(Category::donation, "Peça o nosso guia gratuito sobre legados."));
  CHECK_FALSE(hit(Category::donation, "The late farmer left the estate to the village in a will read out in court."));
  CHECK_FALSE(hit(Category::donation, "Das Gericht erklärte das Testament des Unternehmers für gültig."));
}

TEST_CASE("the prompt to update a member's record after a move; a story on a move is not", "[transform]") {
  CHECK(hit(Category::footer, "Moved house or changed job? Update your details"));
  CHECK(hit(Category::footer, "Umgezogen oder Job gewechselt? Aktualisieren Sie Ihre Daten"));
  CHECK(hit(Category::footer, "Vous avez déménagé ou changé d'emploi ? Mettez à jour vos coordonnées"));
  CHECK(hit(Category::footer, "¿Te has mudado o has cambiado de trabajo? Actualiza tus datos"));
  CHECK(hit(Category::footer, "Hai cambiato casa o lavoro? Aggiorna i tuoi dati"));
  CHECK(hit(Category::footer, "Verhuisd of van baan veranderd? Geef je nieuwe gegevens door"));
  CHECK(hit(Category::footer, "Mudou de casa ou de emprego? Atualize os seus dados"));
  CHECK_FALSE(hit(Category::footer, "The team moved to a new lab in March and changed its name to the Varga Group."));
  CHECK_FALSE(hit(Category::footer, "Die Praxis ist umgezogen und hat neue Öffnungszeiten."));
}

TEST_CASE("a job board's label and browse line in a member letter; jobs news is not", "[transform]") {
  CHECK(hit(Category::house_ad, "Browse all jobs on Acme Careers"));
  CHECK(hit(Category::house_ad, "Latest jobs on Acme Careers"));
  CHECK(hit(Category::house_ad, "Alle Stellenangebote ansehen"));
  CHECK(hit(Category::house_ad, "Voir toutes les offres d'emploi"));
  CHECK(hit(Category::house_ad, "Ver todas las ofertas de empleo"));
  CHECK(hit(Category::house_ad, "Vedi tutte le offerte di lavoro"));
  CHECK(hit(Category::house_ad, "Bekijk alle vacatures"));
  CHECK(hit(Category::house_ad, "Ver todas as vagas"));
  CHECK_FALSE(hit(Category::house_ad, "The latest jobs figures show unemployment fell to 4.1 per cent in March."));
  CHECK_FALSE(hit(Category::house_ad, "Die neuesten Stellenangebote der Behörde zeigen einen Mangel an Fachkräften."));
}

TEST_CASE("a partner's box labelled as a partner message or a paid insertion; news of a partnership is not",
          "[transform]") {
  auto label = [](const std::string& text) {
    for (const auto& h : find_vocabulary(fold_for_match(text))) {
      if (h.category == Category::sponsor && h.label_only) return true;
    }
    return false;
  };
  CHECK(label("Partner message"));
  CHECK(label("Entgeltliche Einschaltung"));
  CHECK(label("Publireportage"));
  CHECK(label("Message partenaire"));
  CHECK(label("Artículo patrocinado"));
  CHECK(label("Messaggio promozionale"));
  CHECK(label("PARTNERBERICHT"));
  CHECK(label("Mensagem do parceiro"));
  CHECK_FALSE(label("Der Partnerbericht der Stadt Linz nennt 14 neue Schulpartnerschaften."));
  CHECK_FALSE(label("Het partnerbericht van de gemeente verschijnt volgende week."));
  CHECK_FALSE(label("The partner message came two days after the merger was announced."));
}

TEST_CASE(
    "a subscription's bare button in Swiss spelling and a card's price for a year; a public ticket's price in the "
    "news is not",
    "[transform]") {
  CHECK(hit(Category::upsell, "Abo abschliessen"));
  CHECK(hit(Category::upsell, "Digital-Abo abschließen"));
  CHECK(hit(Category::upsell, "Mit der Kulturkarte um 29 Euro im Jahr erhalten Sie 30 Prozent Ermäßigung."));
  CHECK(hit(Category::upsell, "Für 40 Franken pro Jahr erhalten Sie freien Eintritt in alle Museen."));
  CHECK(hit(Category::upsell, "For just $29 a year you get free entry to every show."));
  CHECK(hit(Category::upsell, "Pour 29 € par an, vous bénéficiez de 30 % de réduction."));
  CHECK(hit(Category::upsell, "Por 29 € al año recibes un 30 % de descuento."));
  CHECK(hit(Category::upsell, "Voor maar € 29 per jaar krijg je 30 procent korting."));
  CHECK(hit(Category::upsell, "Por 29 € por ano recebe 30 % de desconto."));
  CHECK_FALSE(hit(Category::upsell, "Der Gemeinderat beschloss, das Abo für Schüler ab Herbst zu verbilligen."));
  CHECK_FALSE(hit(Category::upsell, "Das Klimaticket kostet künftig 1095 Euro im Jahr, teilte das Ministerium mit."));
}

TEST_CASE(
    "a request to recommend the briefing to friends or pass the letter on; a recommendation in the news is not",
    "[transform]") {
  CHECK(hit(Category::forwarded, "Gefällt Ihnen das Morgenbriefing? Empfehlen Sie es Ihren Freunden weiter."));
  CHECK(hit(Category::forwarded, "Empfiehl ihn deinen Kolleginnen und Freunden weiter!"));
  CHECK(hit(Category::forwarded, "Recommend it to your friends and family."));
  CHECK(hit(Category::forwarded, "Vous aimez cette lettre ? Recommandez-la à vos amis."));
  CHECK(hit(Category::forwarded, "¿Te gusta este boletín? Recomiéndalo a tus amigos."));
  CHECK(hit(Category::forwarded, "Ti piace questa newsletter? Consigliala ai tuoi amici."));
  CHECK(hit(Category::forwarded, "Beveel deze nieuwsbrief gerust bij je vrienden en collega's aan."));
  CHECK(hit(Category::forwarded, "Gosta desta newsletter? Recomende-a aos seus amigos."));
  CHECK(hit(Category::social, "Leiten Sie diesen Rundbrief ruhig weiter."));
  CHECK_FALSE(hit(Category::forwarded, "Die Ärztekammer empfiehlt, die Impfung im Herbst aufzufrischen."));
  CHECK_FALSE(hit(Category::forwarded, "Enjoying the briefing? Read everything with a subscription."));
  CHECK_FALSE(hit(Category::forwarded, "Der Verband empfahl seinen Mitgliedern, den Vertrag nicht zu verlängern."));
}

TEST_CASE("a member's yearly fee asked for; the assembly's vote on the fee is not", "[transform]") {
  CHECK(hit(Category::donation, "Haben Sie den Mitgliederbeitrag 2025 schon bezahlt?"));
  CHECK(hit(Category::donation, "Der Mitgliederbeitrag beträgt 40 Franken."));
  CHECK(hit(Category::donation, "Bitte Mitgliedsbeitrag überweisen bis 31. März."));
  CHECK_FALSE(hit(Category::donation, "Die Versammlung lehnte die Erhöhung des Mitgliederbeitrags ab."));
  CHECK_FALSE(hit(Category::donation, "Der Mitgliedsbeitrag 2025 bleibt unverändert bei 1 Prozent."));
}

TEST_CASE("an app download with its adjective, a single news tip asked for and reading without limits",
          "[transform]") {
  CHECK(hit(Category::house_ad, "Download onze gratis app en krijg een melding bij nieuws uit je buurt."));
  CHECK(hit(Category::house_ad, "Download our free app for alerts from your town."));
  CHECK(hit(Category::house_ad, "Lade dir unsere kostenlose App und erhalte Eilmeldungen."));
  CHECK(hit(Category::feedback, "Iets gezien? Stuur je tip naar de redactie."));
  CHECK(hit(Category::feedback, "Seen something? Send us your tip by text."));
  CHECK(hit(Category::upsell, "Lees alle artikels onbeperkt met een digitaal abonnement."));
  CHECK_FALSE(hit(Category::house_ad, "De gemeente lanceert een gratis app om parkeerplaatsen te vinden."));
  CHECK_FALSE(hit(Category::feedback, "De politie kreeg na de oproep meer dan veertig tips binnen."));
}

TEST_CASE("a reader asked to get an event into the listing; an event in the news is not", "[transform]") {
  CHECK(hit(Category::feedback, "Wil jouw event ook in deze lijst? Mail ons."));
  CHECK(hit(Category::feedback, "Want your event in this list? Email us."));
  CHECK(hit(Category::feedback, "Soll Ihre Veranstaltung auch hier erscheinen? Schreiben Sie uns."));
  CHECK(hit(Category::feedback, "Vous voulez votre événement dans cette liste ? Écrivez-nous."));
  CHECK(hit(Category::feedback, "¿Quieres tu evento en esta lista? Escríbenos."));
  CHECK(hit(Category::feedback, "Vuoi il tuo evento in questa lista? Scrivici."));
  CHECK(hit(Category::feedback, "Quer o seu evento nesta lista? Escreva-nos."));
  CHECK_FALSE(hit(Category::feedback, "Het evenement trok vorig jaar 12.000 bezoekers naar de haven."));
}

TEST_CASE("a contest's heading with its prize; a contest in the news is not", "[transform]") {
  CHECK(hit(Category::house_ad, "Wettbewerb: Gewinnen Sie 2 × 2 Tickets für das Openair"));
  CHECK(hit(Category::house_ad, "Giveaway: win two tickets to the festival"));
  CHECK(hit(Category::house_ad, "Concours : gagnez deux places pour le festival"));
  CHECK(hit(Category::house_ad, "Sorteo: gana dos entradas para el festival"));
  CHECK(hit(Category::house_ad, "Concorso: vinci due biglietti per il festival"));
  CHECK(hit(Category::house_ad, "Winactie: win twee kaarten voor het festival"));
  CHECK(hit(Category::house_ad, "Passatempo: ganhe dois bilhetes para o festival"));
  CHECK_FALSE(hit(Category::house_ad, "Wettbewerb: Architekturbüro aus Graz gewinnt den Entwurf für die neue Bibliothek"));
  CHECK_FALSE(hit(Category::house_ad, "Contest: the mayor's race tightens as early voting opens"));
}

TEST_CASE("a paid tier's heading and its trial button with a price; a review's price line is not", "[transform]") {
  CHECK(hit(Category::upsell, "GO COURTSIDE PLUS"));
  CHECK(hit(Category::upsell, "Try Plus for £1.99"));
  CHECK(hit(Category::upsell, "Hol dir Kicker Pro"));
  CHECK(hit(Category::upsell, "Teste Plus für 1,99 €"));
  CHECK(hit(Category::upsell, "Passez à Premium"));
  CHECK(hit(Category::upsell, "Essayez Plus pour 1,99 €"));
  CHECK(hit(Category::upsell, "Prueba Premium por 1,99 €"));
  CHECK(hit(Category::upsell, "Prova Plus a 1,99 €"));
  CHECK(hit(Category::upsell, "Probeer Plus voor € 1,99"));
  CHECK(hit(Category::upsell, "Experimente o Plus por apenas 1,99 €"));
  CHECK_FALSE(hit(Category::upsell, "Try the lamb shoulder for £18, the best dish on the menu this spring."));
  CHECK_FALSE(hit(Category::upsell, "Go pro at 19, the striker said, was the best decision of his life."));
}

TEST_CASE("a members' presale heading and its early access; a report on a presale is not", "[transform]") {
  CHECK(hit(Category::upsell, "MEMBERS' PRESALE"));
  CHECK(hit(Category::upsell, "Members get 48 hours' early access to every new show."));
  CHECK(hit(Category::upsell, "Mitglieder-Vorverkauf"));
  CHECK(hit(Category::upsell, "Mitglieder können schon 48 Stunden vor allen anderen buchen."));
  CHECK(hit(Category::upsell, "Les adhérents bénéficient d'un accès anticipé à tous les concerts."));
  CHECK(hit(Category::upsell, "Los socios tienen 48 horas de acceso anticipado."));
  CHECK(hit(Category::upsell, "I soci hanno accesso anticipato a tutti i concerti."));
  CHECK(hit(Category::upsell, "Leden kunnen al 48 uur eerder kaarten kopen."));
  CHECK(hit(Category::upsell, "Os sócios têm 48 horas de acesso antecipado."));
  CHECK_FALSE(hit(Category::upsell, "The presale for the reunion tour crashed the ticket site within minutes on Friday."));
  CHECK_FALSE(hit(Category::upsell, "Der Vorverkauf für das Derby beginnt am Montag um 10 Uhr."));
}

TEST_CASE("a renewal push for season tickets and seats; a report on season-ticket prices is not", "[transform]") {
  CHECK(hit(Category::upsell, "Renew your season ticket before 30 April and pay this season's prices."));
  CHECK(hit(Category::upsell, "Renew your seat today"));
  CHECK(hit(Category::upsell, "Verlängern Sie jetzt Ihre Dauerkarte für die neue Saison."));
  CHECK(hit(Category::upsell, "Renouvelez votre abonnement saison avant le 30 avril."));
  CHECK(hit(Category::upsell, "Renueva tu abono antes del 30 de abril."));
  CHECK(hit(Category::upsell, "Rinnova subito il tuo abbonamento stagionale."));
  CHECK(hit(Category::upsell, "Verleng nu je seizoenkaart voor 30 april."));
  CHECK(hit(Category::upsell, "Renove já o seu lugar anual."));
  CHECK_FALSE(hit(Category::upsell, "Season-ticket prices will rise by 8% next year, the club confirmed on Monday."));
  CHECK_FALSE(hit(Category::upsell, "Die Dauerkarten werden zur neuen Saison um zehn Euro teurer."));
}

TEST_CASE("a ticket seller named as the sender's partner; a ticket seller in the news is not", "[transform]") {
  CHECK(hit(Category::sponsor, "Tickets are available from our ticketing partner Stubline."));
  CHECK(hit(Category::sponsor, "Karten gibt es bei unserem Ticketpartner Kartenhaus."));
  CHECK(hit(Category::sponsor, "Billets chez notre partenaire billetterie."));
  CHECK(hit(Category::sponsor, "Entradas en nuestra plataforma oficial de venta de entradas."));
  CHECK(hit(Category::sponsor, "Biglietti presso il nostro partner di biglietteria."));
  CHECK(hit(Category::sponsor, "Kaarten via onze ticketpartner."));
  CHECK(hit(Category::sponsor, "Bilhetes no nosso parceiro de bilheteira."));
  CHECK_FALSE(hit(Category::sponsor, "The ticket site crashed twice on Friday as fans queued for the final."));
  CHECK_FALSE(hit(Category::sponsor, "Der Ticketanbieter erstattet die Karten für das abgesagte Konzert."));
}

TEST_CASE("a letter's own listener or reader survey; a survey's findings are not", "[transform]") {
  CHECK(hit(Category::feedback, "We're running our annual listener survey. It takes five minutes."));
  CHECK(hit(Category::feedback, "Wir machen unsere jährliche Hörerumfrage."));
  CHECK(hit(Category::feedback, "Nous lançons notre grande enquête auprès des auditeurs."));
  CHECK(hit(Category::feedback, "Hemos lanzado nuestra encuesta anual de oyentes."));
  CHECK(hit(Category::feedback, "Abbiamo lanciato il nostro sondaggio annuale per gli ascoltatori."));
  CHECK(hit(Category::feedback, "We houden onze jaarlijkse luisteraarsenquête."));
  CHECK(hit(Category::feedback, "Lançámos o nosso inquérito anual aos ouvintes."));
  CHECK_FALSE(hit(Category::feedback, "A survey of 2,000 listeners found that 41% hear podcasts at double speed."));
  CHECK_FALSE(hit(Category::feedback, "Laut einer Umfrage unter Hörern nutzen 41 Prozent Podcasts täglich."));
}

TEST_CASE("a show's plug for its own live dates; a report on a band's tour is not", "[transform]") {
  CHECK(hit(Category::house_ad, "We're taking the podcast on the road!"));
  CHECK(hit(Category::house_ad, "Join us in Leeds on 4 May for a live episode about shipwrecks."));
  CHECK(hit(Category::house_ad, "Tickets are £18 and going fast"));
  CHECK(hit(Category::house_ad, "Wir gehen mit unserem Podcast auf Tour!"));
  CHECK(hit(Category::house_ad, "Nous partons en tournée avec un épisode en public."));
  CHECK(hit(Category::house_ad, "Nos vamos de gira: las entradas vuelan."));
  CHECK(hit(Category::house_ad, "Partiamo in tour, i biglietti vanno a ruba."));
  CHECK(hit(Category::house_ad, "We gaan op tournee met een live-aflevering."));
  CHECK(hit(Category::house_ad, "Vamos em digressão com um episódio ao vivo."));
  CHECK_FALSE(hit(Category::house_ad, "The band is taking its new album on the road in October, with 22 dates announced."));
  CHECK_FALSE(hit(Category::house_ad, "Die Band geht im Herbst auf Tour, die Karten kosten 45 Euro."));
}

TEST_CASE("a letter's own giveaway heading and how to enter; a giveaway in the news is not", "[transform]") {
  CHECK(hit(Category::house_ad, "GIVEAWAY! We're giving away five family memberships."));
  CHECK(hit(Category::house_ad, "Enter by replying to our pinned post before Sunday."));
  CHECK(hit(Category::house_ad, "Gewinnspiel! Drei Konsolen warten auf euch."));
  CHECK(hit(Category::house_ad, "Pour participer, répondez à ce mail avant dimanche."));
  CHECK(hit(Category::house_ad, "Para participar, responde a este correo antes del domingo."));
  CHECK(hit(Category::house_ad, "Per partecipare basta rispondere a questa email entro domenica."));
  CHECK(hit(Category::house_ad, "Doe mee door te reageren op deze mail."));
  CHECK(hit(Category::house_ad, "Para participar, basta responder a este email até domingo."));
  CHECK_FALSE(hit(Category::house_ad, "The store is giving away two games a week until the end of the year."));
  CHECK_FALSE(hit(Category::house_ad, "Wir verlosen 10 Kochkurse bei unserem Küchenchef."));
}

TEST_CASE("a host-read ad's vanity address with its discount; a link in a story is not", "[transform]") {
  CHECK(hit(Category::sponsor, "Visit bedco.example/show for £150 off."));
  CHECK(hit(Category::sponsor, "Go to notes.example/gorse for 20% off your first year."));
  CHECK(hit(Category::sponsor, "Unter bettenhaus.example/podcast gibt es 20 % Rabatt."));
  CHECK(hit(Category::sponsor, "Rendez-vous sur literie.example/podcast pour obtenir 20 % de réduction."));
  CHECK(hit(Category::sponsor, "Entra en colchones.example/podcast y consigue un 20 % de descuento."));
  CHECK(hit(Category::sponsor, "Vai su materassi.example/podcast per avere uno sconto del 20 %."));
  CHECK(hit(Category::sponsor, "Ga naar bedden.example/podcast voor 20% korting."));
  CHECK(hit(Category::sponsor, "Entra em colchoes.example/podcast e ganhe 20% de desconto."));
  CHECK_FALSE(hit(Category::sponsor, "The full report is at stats.example/report and runs to 40 pages."));
  CHECK_FALSE(hit(Category::sponsor, "Visit museum.example/tickets for opening times and the accessible entrance."));
}

TEST_CASE("a member drive naming the body before 'member'; a member's news is not", "[transform]") {
  CHECK(hit(Category::upsell, "Not a trust member yet? Join for just £10 a year."));
  CHECK(hit(Category::upsell, "Not a member yet? Join today."));
  CHECK_FALSE(hit(Category::upsell, "Not a board member yet, she joined the club's finance committee in May."));
}

TEST_CASE("a club shop's kit sale; a report on the club shop is not", "[transform]") {
  CHECK(hit(Category::house_ad, "Last season's shirts are now half price in the club shop and online."));
  CHECK(hit(Category::house_ad, "Die Trikots der Vorsaison gibt es zum halben Preis im Fanshop."));
  CHECK(hit(Category::house_ad, "Les maillots de la saison passée sont à moitié prix à la boutique du club."));
  CHECK(hit(Category::house_ad, "Las camisetas de la temporada pasada, a mitad de precio en la tienda del club."));
  CHECK(hit(Category::house_ad, "Le maglie della scorsa stagione a metà prezzo nello store del club."));
  CHECK(hit(Category::house_ad, "De shirts van vorig seizoen voor de halve prijs in de fanshop."));
  CHECK(hit(Category::house_ad, "As camisolas da época passada a metade do preço na loja do clube."));
  CHECK_FALSE(hit(Category::house_ad, "The club's shop window was broken overnight, police said."));
  CHECK_FALSE(hit(Category::house_ad, "Der Fanshop zieht im Sommer in die neue Geschäftsstelle um."));
}

TEST_CASE("an appeal box's sum a month and what it keeps going, and its goal in new supporters; news of goals is not",
          "[transform]") {
  CHECK(hit(Category::donation, "A gift of £5 a month keeps our court reporter in the public gallery."));
  CHECK(hit(Category::donation, "Eine Spende von 5 Euro im Monat sichert unsere Berichte aus dem Rathaus."));
  CHECK(hit(Category::donation, "Un don de 5 euros par mois finance nos reportages au tribunal."));
  CHECK(hit(Category::donation, "Un donativo de 5 euros al mes mantiene a nuestra reportera en el pleno."));
  CHECK(hit(Category::donation, "Una donazione di 5 euro al mese mantiene un cronista in consiglio comunale."));
  CHECK(hit(Category::donation, "Een gift van €5 per maand houdt onze verslaggever in de raadszaal."));
  CHECK(hit(Category::donation, "Uma doação de 5 euros por mês mantém um repórter na câmara municipal."));
  CHECK(hit(Category::donation, "Our goal of 1,000 new supporters by Christmas is in sight: we are at 740."));
  CHECK(hit(Category::donation, "Unser Ziel sind 800 neue Unterstützerinnen und Unterstützer bis Jahresende."));
  CHECK(hit(Category::donation, "Notre objectif de 800 nouveaux soutiens d'ici décembre est à portée."));
  CHECK(hit(Category::donation, "Nuestra meta de 800 nuevos socios antes de diciembre está cerca."));
  CHECK(hit(Category::donation, "Il nostro obiettivo di 800 nuovi sostenitori entro dicembre è vicino."));
  CHECK(hit(Category::donation, "Ons doel van 800 nieuwe leden voor december komt in zicht."));
  CHECK(hit(Category::donation, "A nossa meta de 800 novos apoiadores até dezembro está próxima."));
  CHECK_FALSE(hit(Category::donation, "The club reached its goal of 40 points with three games left."));
  CHECK_FALSE(hit(Category::donation, "Der Verein hat sein Ziel von 20 Punkten zur Winterpause erreicht."));
  CHECK_FALSE(hit(Category::donation, "The council's grant of £5,000 a year keeps the library open on Sundays, it said."));
}

TEST_CASE("a recipe site's ask to leave a rating or rate the recipe; news of ratings is not", "[transform]") {
  CHECK(hit(Category::feedback, "Cooked it? Leave a rating and a comment on the recipe page."));
  CHECK(hit(Category::feedback, "Nachgekocht? Hinterlasse eine Bewertung auf der Rezeptseite."));
  CHECK(hit(Category::feedback, "Vous l'avez testée ? Laissez une note sur la page de la recette."));
  CHECK(hit(Category::feedback, "¿La has preparado? Déjanos una valoración en la página de la receta."));
  CHECK(hit(Category::feedback, "L'avete provata? Lasciate una valutazione sulla pagina della ricetta."));
  CHECK(hit(Category::feedback, "Gemaakt? Laat een beoordeling achter op de receptpagina."));
  CHECK(hit(Category::feedback, "Fez a receita? Deixe uma avaliação na página."));
  CHECK_FALSE(hit(Category::feedback, "The agency cut the city's credit rating to BBB on Tuesday."));
  CHECK_FALSE(hit(Category::feedback, "Die Ratingagentur senkte die Bewertung der Stadt auf BBB."));
}

TEST_CASE("a cooking letter's ask to show or tag it what the reader made; a story about a bake is not",
          "[transform]") {
  CHECK(hit(Category::social, "Tag us @crumbandcrust so we can see what you made."));
  CHECK(hit(Category::social, "Zeigt uns, was ihr gebacken habt!"));
  CHECK(hit(Category::social, "Montrez-nous vos réalisations sur Instagram."));
  CHECK(hit(Category::social, "Enséñanos lo que has cocinado en Instagram."));
  CHECK(hit(Category::social, "Mostraci cosa hai cucinato su Instagram."));
  CHECK(hit(Category::social, "Laat ons zien wat je gebakken hebt op Instagram."));
  CHECK(hit(Category::social, "Mostra-nos o que cozinhaste no Instagram."));
  CHECK_FALSE(hit(Category::social, "The judges wanted to see what the bakers made with only four ingredients."));
}

TEST_CASE("a deals blog's note that opinions are the author's alone; a story quoting opinions is not",
          "[transform]") {
  CHECK(hit(Category::imprint,
            "Opinions expressed here are the author's alone and have not been reviewed, approved or otherwise "
            "endorsed by any airline."));
  CHECK(hit(Category::imprint, "Die hier geäußerten Meinungen sind die des Autors, nicht die der genannten Banken."));
  CHECK(hit(Category::imprint, "Les opinions exprimées ici n'engagent que leur auteur."));
  CHECK(hit(Category::imprint, "Las opiniones expresadas aquí son del autor y no de los bancos mencionados."));
  CHECK(hit(Category::imprint, "Le opinioni espresse qui sono dell'autore e non delle banche citate."));
  CHECK(hit(Category::imprint, "De hier geuite meningen zijn die van de auteur."));
  CHECK(hit(Category::imprint, "As opiniões aqui expressas são do autor e não dos bancos citados."));
  CHECK_FALSE(hit(Category::imprint, "Opinions expressed at the hearing were split on the new runway."));
  CHECK_FALSE(hit(Category::imprint, "Die geäußerten Meinungen im Stadtrat gingen weit auseinander."));
}

TEST_CASE("a booking platform's partner box and its perk for booking through the link; news of bookings is not",
          "[transform]") {
  CHECK(hit(Category::sponsor, "Reserve through our partners at Tablehop"));
  CHECK(hit(Category::sponsor, "Readers get a free dessert when you book through the link above."));
  CHECK(hit(Category::sponsor, "Reservieren Sie über unseren Partner Tischfrei."));
  CHECK(hit(Category::sponsor, "Ein Glas Sekt gratis, wenn Sie über den Link oben reservieren."));
  CHECK(hit(Category::sponsor, "Réservez via notre partenaire Tablehop."));
  CHECK(hit(Category::sponsor, "Un dessert offert en réservant via le lien ci-dessus."));
  CHECK(hit(Category::sponsor, "Reserva a través de nuestro socio Tablehop."));
  CHECK(hit(Category::sponsor, "Postre gratis al reservar a través de este enlace."));
  CHECK(hit(Category::sponsor, "Prenota tramite il nostro partner Tablehop."));
  CHECK(hit(Category::sponsor, "Un calice in omaggio prenotando tramite il link qui sopra."));
  CHECK(hit(Category::sponsor, "Reserveer via onze partner Tablehop."));
  CHECK(hit(Category::sponsor, "Gratis dessert als je via de link hierboven reserveert."));
  CHECK(hit(Category::sponsor, "Reserve através dos nossos parceiros da Tablehop."));
  CHECK(hit(Category::sponsor, "Sobremesa grátis ao reservar através do link acima."));
  CHECK_FALSE(hit(Category::sponsor, "Diners can now book through the city's new app, the council said."));
  CHECK_FALSE(hit(Category::sponsor, "Die Gäste reservieren meist über das Telefon, sagt der Wirt."));
}

TEST_CASE("a reader-revenue drive's first-person claim of no billionaire owner, kept going by readers; a report on "
          "owners is not",
          "[transform]") {
  CHECK(hit(Category::donation, "We have no billionaire owner. This paper is kept going by the people who read it."));
  CHECK(hit(Category::donation, "Wir haben keinen Milliardär im Rücken und werden von unseren Lesern getragen."));
  CHECK(hit(Category::donation, "Nous n'avons pas de milliardaire derrière nous : le journal est porté par ses lecteurs."));
  CHECK(hit(Category::donation, "No tenemos ningún multimillonario detrás: el diario se sostiene gracias a sus lectores."));
  CHECK(hit(Category::donation, "Non abbiamo nessun editore miliardario: il giornale è sostenuto dai suoi lettori."));
  CHECK(hit(Category::donation, "We hebben geen miljardair achter ons: de krant wordt gedragen door haar lezers."));
  CHECK(hit(Category::donation, "Não temos nenhum bilionário por trás: o jornal é sustentado pelos seus leitores."));
  CHECK_FALSE(hit(Category::donation, "Unlike its rivals, the club has no billionaire owner, the report says."));
  CHECK_FALSE(hit(Category::donation, "Der Verein hat keinen Milliardär als Eigentümer, sagt der Präsident."));
}

TEST_CASE("a partner's perk addressed to the letter's readers; a reader's own story is not", "[transform]") {
  CHECK(hit(Category::house_ad, "As a Night Owl reader, you'll get a free glass of cava at participating bars."));
  CHECK(hit(Category::house_ad, "Als Leser des Kuriers bekommen Sie ein Glas Sekt gratis."));
  CHECK(hit(Category::house_ad, "En tant que lecteur de la lettre, vous bénéficiez d'un verre offert."));
  CHECK(hit(Category::house_ad, "Como lector de la guía, tienes un postre gratis."));
  CHECK(hit(Category::house_ad, "Come lettore della guida, hai un calice in omaggio."));
  CHECK(hit(Category::house_ad, "Als lezer van de gids krijg je een gratis drankje."));
  CHECK(hit(Category::house_ad, "Como leitor do guia, tens uma sobremesa grátis."));
  CHECK_FALSE(hit(Category::house_ad, "As a longtime reader, she wrote to us about the bus cuts in her street."));
  CHECK_FALSE(hit(Category::house_ad, "Als Leserin der Zeitung seit 1970 kennt sie jeden Redakteur."));
}

TEST_CASE("a subscription offer priced by its first year and its first-person button; a report on a first year is "
          "not",
          "[transform]") {
  CHECK(hit(Category::upsell, "Subscribe today: your first year for just $29, then $79 a year."));
  CHECK(hit(Category::upsell, "I want to subscribe"));
  CHECK(hit(Category::upsell, "Das erste Jahr für nur 39 € lesen, danach 89 € im Jahr."));
  CHECK(hit(Category::upsell, "Ich möchte abonnieren"));
  CHECK(hit(Category::upsell, "Abonnez-vous : la première année à 19,90 €, sans engagement."));
  CHECK(hit(Category::upsell, "Je veux m'abonner"));
  CHECK(hit(Category::upsell, "Hazte suscriptor: el primer año por 24 euros y luego 60."));
  CHECK(hit(Category::upsell, "Quiero suscribirme"));
  CHECK(hit(Category::upsell, "Abbonati ora: il primo anno a 19,99 euro invece di 59,99."));
  CHECK(hit(Category::upsell, "Voglio abbonarmi"));
  CHECK(hit(Category::upsell, "Neem een abonnement: het eerste jaar voor € 49."));
  CHECK(hit(Category::upsell, "Ik wil abonneren"));
  CHECK(hit(Category::upsell, "Assine já: o primeiro ano por 29 euros."));
  CHECK(hit(Category::upsell, "Quero assinar"));
  CHECK_FALSE(hit(Category::upsell, "The bakery closed its first year at $3 million in sales, twice its plan."));
  CHECK_FALSE(hit(Category::upsell, "La startup chiude il primo anno a 3 milioni di fatturato."));
  CHECK_FALSE(hit(Category::upsell, "El bono costará el primer año 20 euros y después subirá, según el Ayuntamiento."));
  CHECK_FALSE(hit(Category::upsell, "Quiero suscribirme a una revista de ciencia, dijo la alcaldesa en la entrevista."));
}

TEST_CASE("a podcast's listen line naming the apps; a review's tip to hear a record is not", "[transform]") {
  CHECK(hit(Category::house_ad, "Listen to the full episode on Spotify, Apple Podcasts or our website"));
  CHECK(hit(Category::house_ad, "Hör dir die ganze Folge auf Spotify oder Deezer an"));
  CHECK(hit(Category::house_ad, "Écoutez l'épisode en entier sur Deezer, Spotify ou notre site"));
  CHECK(hit(Category::house_ad, "Escucha el episodio completo en Spotify o iVoox"));
  CHECK(hit(Category::house_ad, "Ascolta la puntata su Spotify, Apple Podcasts o sul nostro sito"));
  CHECK(hit(Category::house_ad, "Luister de aflevering terug op Spotify of Apple Podcasts"));
  CHECK(hit(Category::house_ad, "Ouça o episódio completo no Spotify ou no Apple Podcasts"));
  CHECK_FALSE(hit(Category::house_ad, "Ascoltate il nuovo disco dei Baustelle su Spotify: è il più bello dell'anno."));
  CHECK_FALSE(hit(Category::house_ad, "Listen to the album on Spotify before the tour reaches London in May."));
  CHECK_FALSE(hit(Category::house_ad, "Spotify will raise the price of its family plan to 17.99 euros in March."));
}

TEST_CASE("a shop's offer of the month set as its label; a story naming a deal is not", "[transform]") {
  CHECK(hit(Category::house_ad, "Offer of the month: a mixed case of six wines for £60."));
  CHECK(hit(Category::house_ad, "Angebot des Monats: sechs Flaschen zum Probierpreis."));
  CHECK(hit(Category::house_ad, "L'offre du mois : le coffret de trois fromages à 29 €."));
  CHECK(hit(Category::house_ad, "Oferta del mes: caja de seis vinos por 45 euros."));
  CHECK(hit(Category::house_ad, "Offerta del mese: sei bottiglie a 60 euro."));
  CHECK(hit(Category::house_ad, "Aanbieding van de maand: zes flessen voor 55 euro."));
  CHECK(hit(Category::house_ad, "Oferta do mês: caixa de seis vinhos por 40 euros."));
  CHECK_FALSE(hit(Category::house_ad, "The regulator fined the chain over its offer of the month, which was never in stock."));
  CHECK_FALSE(hit(Category::house_ad, "Il codice sconto diffuso sui social è un falso, avverte la polizia postale."));
  CHECK_FALSE(hit(Category::house_ad, "L'offerta del mese scorso è finita in tribunale, dicono i consumatori."));
}

TEST_CASE("a post's row of reaction buttons; a sentence about liking and sharing is not", "[transform]") {
  CHECK(hit(Category::feedback, "Like · Comment · Share"));
  CHECK(hit(Category::feedback, "Gefällt mir · Kommentieren · Teilen"));
  CHECK(hit(Category::feedback, "J'aime Commenter Partager"));
  CHECK(hit(Category::feedback, "Me gusta Dejá un comentario Compartir"));
  CHECK(hit(Category::feedback, "Dejá un comentario"));
  CHECK(hit(Category::feedback, "Mi piace 12 Commenta Condividi"));
  CHECK(hit(Category::feedback, "Vind ik leuk · Reageer · Delen"));
  CHECK(hit(Category::feedback, "Curtir · Comentar · Compartilhar"));
  CHECK_FALSE(hit(Category::feedback, "Me gusta compartir la mesa con desconocidos, dice la cocinera, y por eso abrió."));
  CHECK_FALSE(hit(Category::feedback, "Like many readers, we were told to share the road."));
}

TEST_CASE("a parish's collection, a station's pledge drive and a club's dues are appeals; reports of them are not",
          "[transform]") {
  CHECK(hit(Category::donation, "Offertory last Sunday: $2,180. Thank you for your generosity."));
  CHECK(hit(Category::donation, "You can give online through the diocese's giving page."));
  CHECK(hit(Category::donation, "Our spring pledge drive begins on Monday."));
  CHECK(hit(Category::donation, "Pledge $15 a month and we'll send you a tote."));
  CHECK(hit(Category::donation, "Make your pledge"));
  CHECK(hit(Category::donation, "Already a sustaining member? Thank you."));
  CHECK(hit(Category::donation, "Donate your car and help keep local radio on the air."));
  CHECK(hit(Category::donation, "It's dues time again: $20 per household."));
  CHECK(hit(Category::donation, "Cakes welcome! All proceeds go to the steeple repair fund."));
  CHECK(hit(Category::donation, "Become a Garden Friend for $25 a year."));
  CHECK(hit(Category::donation, "Die Kollekte vom letzten Sonntag ergab 1.240 Euro."));
  CHECK(hit(Category::donation, "Der gesamte Erlös kommt der Orgelrenovierung zugute."));
  CHECK(hit(Category::donation, "La quête du dimanche dernier a rapporté 860 euros."));
  CHECK(hit(Category::donation, "Faites don de votre voiture à la radio."));
  CHECK(hit(Category::donation, "La colecta del domingo pasado fue de 740 euros."));
  CHECK(hit(Category::donation, "Ha llegado el momento de renovar tu cuota de socio."));
  CHECK(hit(Category::donation, "Le offerte di domenica scorsa ammontano a 520 euro."));
  CHECK(hit(Category::donation, "È tempo di rinnovare la quota associativa."));
  CHECK(hit(Category::donation, "De collecte van afgelopen zondag bracht 610 euro op."));
  CHECK(hit(Category::donation, "Het is tijd om je contributie te betalen."));
  CHECK(hit(Category::donation, "A coleta do domingo passado rendeu 480 euros."));
  CHECK(hit(Category::donation, "Chegou a hora de renovar a sua quota de sócio."));
  CHECK_FALSE(hit(Category::donation, "The church's Sunday school moved to the hall last week, the pastor said."));
  CHECK_FALSE(hit(Category::donation, "Proceeds from the sale of the old depot went to the city's general budget."));
  CHECK_FALSE(hit(Category::donation, "The senator's pledge to cut dues for union members drew cheers."));
  CHECK_FALSE(hit(Category::donation, "Die Kirchengemeinde hat am Sonntag einen neuen Pfarrer begrüßt."));
  CHECK_FALSE(hit(Category::donation, "La paroisse a accueilli dimanche dernier un nouveau curé."));
}

TEST_CASE(
    "underwriting credits, thanks to advertisers and a programme's grant credit are sponsor lines; a report on "
    "support is not",
    "[transform]") {
  CHECK(hit(Category::sponsor, "Support for KWNR comes from Hollis Roofing, serving the valley since 1980."));
  CHECK(hit(Category::sponsor, "Support also comes from the Dunmore Law Office."));
  CHECK(hit(Category::sponsor, "Please remember our advertisers, who make this bulletin possible."));
  CHECK(hit(Category::sponsor, "The Guild gratefully acknowledges the support of our season sponsors:"));
  CHECK(hit(Category::sponsor, "This program is funded in part by the County Arts Fund."));
  CHECK(hit(Category::sponsor, "Diese Sendung wird unterstützt von der Stadtsparkasse."));
  CHECK(hit(Category::sponsor, "Bitte berücksichtigen Sie bei Ihren Einkäufen unsere Inserenten."));
  CHECK(hit(Category::sponsor, "Cette émission est soutenue par la Mutuelle du Val."));
  CHECK(hit(Category::sponsor, "Pensez à nos annonceurs, ils font vivre ce bulletin."));
  CHECK(hit(Category::sponsor, "Este programa es posible gracias a Cooperativa Ribera."));
  CHECK(hit(Category::sponsor, "Apoye a nuestros anunciantes."));
  CHECK(hit(Category::sponsor, "Questo programma è sostenuto da Banca del Borgo."));
  CHECK(hit(Category::sponsor, "Ricordate i nostri inserzionisti."));
  CHECK(hit(Category::sponsor, "Dit programma wordt mede mogelijk gemaakt door Bakkerij Smit."));
  CHECK(hit(Category::sponsor, "Steun onze adverteerders."));
  CHECK(hit(Category::sponsor, "Este programa é apoiado por Farmácia Central."));
  CHECK(hit(Category::sponsor, "Prestigie os nossos anunciantes."));
  CHECK_FALSE(hit(Category::sponsor, "Most of her support comes from farmers in the north of the county."));
  CHECK_FALSE(hit(Category::sponsor, "The new clinic is funded in part by a federal grant, the mayor said."));
  CHECK_FALSE(hit(Category::sponsor, "Das Projekt wird von der EU gefördert, sagte der Bürgermeister."));
  CHECK_FALSE(hit(Category::sponsor, "Le projet est financé en partie par la région, selon le maire."));
}

TEST_CASE(
    "a station's underwriting pitch and a letter's small-ad terms ask for advertisers; underwriting in the news "
    "does not",
    "[transform]") {
  CHECK(hit(Category::advertise, "Learn about underwriting on KWNR"));
  CHECK(hit(Category::advertise, "Classified ads are free for members, up to 25 words."));
  CHECK(hit(Category::advertise, "Mehr über Sendungssponsoring erfahren"));
  CHECK(hit(Category::advertise, "Les petites annonces sont gratuites pour les adhérents."));
  CHECK(hit(Category::advertise, "Los clasificados son gratuitos para los socios."));
  CHECK(hit(Category::advertise, "Gli annunci economici sono gratuiti per i soci."));
  CHECK(hit(Category::advertise, "Kleine advertenties zijn gratis voor leden."));
  CHECK(hit(Category::advertise, "Os classificados são gratuitos para os sócios."));
  CHECK_FALSE(hit(Category::advertise, "The insurer tightened its underwriting after the floods, agents said."));
}

TEST_CASE("a listings letter's note that venues supply its listings is small print; a venue in the news is not",
          "[transform]") {
  CHECK(hit(Category::imprint, "Listings are provided by the venues; please call ahead to confirm times."));
  CHECK(hit(Category::imprint, "Alle Angaben ohne Gewähr."));
  CHECK(hit(Category::imprint, "Les informations sont fournies par les organisateurs."));
  CHECK(hit(Category::imprint, "La información es facilitada por los organizadores."));
  CHECK(hit(Category::imprint, "Le informazioni sono fornite dagli organizzatori."));
  CHECK(hit(Category::imprint, "De gegevens zijn aangeleverd door de organisatoren."));
  CHECK(hit(Category::imprint, "As informações são fornecidas pelos organizadores."));
  CHECK_FALSE(hit(Category::imprint, "The venue provided free tickets to 200 students, the organisers said."));
}

TEST_CASE("a survey's length in minutes counted in words up to twenty; a survey's finding is not", "[transform]") {
  CHECK(hit(Category::feedback, "Our patron survey takes about eight minutes to fill in."));
  CHECK(hit(Category::feedback, "Die Umfrage dauert etwa sieben Minuten."));
  CHECK(hit(Category::feedback, "Le questionnaire vous prendra environ huit minutes."));
  CHECK(hit(Category::feedback, "La encuesta te llevará unos seis minutos."));
  CHECK(hit(Category::feedback, "Il questionario richiede circa quindici minuti."));
  CHECK(hit(Category::feedback, "De enquête duurt ongeveer acht minuten."));
  CHECK(hit(Category::feedback, "O questionário leva cerca de sete minutos."));
  CHECK_FALSE(hit(Category::feedback, "The survey found that commuters lose eight minutes a day to delays."));
  CHECK_FALSE(hit(Category::feedback, "Laut der Umfrage warten Patienten acht Minuten länger."));
}

TEST_CASE("a feedback box's heading asking how the publisher is doing; a question in a story is not", "[transform]") {
  CHECK(hit(Category::feedback, "How are we doing? Tell us what you would like more of."));
  CHECK(hit(Category::feedback, "Wie zufrieden sind Sie mit uns? Sagen Sie es uns."));
  CHECK(hit(Category::feedback, "Comment nous trouvez-vous ? Donnez-nous votre avis."));
  CHECK(hit(Category::feedback, "¿Cómo lo estamos haciendo? Cuéntanos."));
  CHECK(hit(Category::feedback, "Come stiamo andando? Diccelo in due minuti."));
  CHECK(hit(Category::feedback, "Hoe doen we het? Laat het ons weten."));
  CHECK(hit(Category::feedback, "Como estamos nos saindo? Conte para nós."));
  CHECK_FALSE(hit(Category::feedback, "The coach asked how are we doing so badly at home, and nobody answered."));
  CHECK_FALSE(hit(Category::feedback, "Hoe doen we het beter? De gemeente vraagt bewoners om ideeën voor het plein."));
}

TEST_CASE("a letter's note that it comes in other languages; a story on translation is not", "[transform]") {
  CHECK(hit(Category::footer, "Translated copies of this bulletin are available from the front office on request."));
  CHECK(hit(Category::footer, "If you would like this newsletter in Polish, please call the school office."));
  CHECK(hit(Category::footer, "Übersetzungen dieses Elternbriefs erhalten Sie im Sekretariat."));
  CHECK(hit(Category::footer, "Wenn Sie den Elternbrief auf Türkisch erhalten möchten, melden Sie sich bitte."));
  CHECK(hit(Category::footer, "Une traduction de ce bulletin est disponible au secrétariat."));
  CHECK(hit(Category::footer, "Si vous souhaitez recevoir ce bulletin en arabe, appelez l'école."));
  CHECK(hit(Category::footer, "Si desea recibir este boletín en inglés, llame a la oficina."));
  CHECK(hit(Category::footer, "Copie tradotte di questo notiziario sono disponibili in segreteria."));
  CHECK(hit(Category::footer, "Se desidera ricevere questo notiziario in inglese, contatti la segreteria."));
  CHECK(hit(Category::footer, "Wilt u deze nieuwsbrief in het Engels ontvangen? Mail de administratie."));
  CHECK(hit(Category::footer, "Versões traduzidas deste boletim estão disponíveis na secretaria."));
  CHECK(hit(Category::footer, "Se quiser receber este boletim em inglês, ligue para a escola."));
  CHECK_FALSE(hit(Category::footer, "The district will hire four interpreters so families can follow meetings in Spanish."));
  CHECK_FALSE(hit(Category::footer, "Die Schule übersetzt ab Herbst alle Zeugnisse ins Ukrainische."));
}

TEST_CASE("a sponsored teaching resource's label opening its box; a report on sponsored lessons is not",
          "[transform]") {
  CHECK(hit(Category::sponsor, "Sponsored lesson plan This week's plan comes from our partner."));
  CHECK(hit(Category::sponsor, "Sponsored resource: a free unit on saving energy."));
  CHECK(hit(Category::sponsor, "Gesponsertes Unterrichtsmaterial: Strom aus Wind und Sonne."));
  CHECK(hit(Category::sponsor, "Fiche pédagogique sponsorisée : l'eau dans la ville."));
  CHECK(hit(Category::sponsor, "Plan de clase patrocinado: el ciclo del agua."));
  CHECK(hit(Category::sponsor, "Scheda didattica sponsorizzata: il risparmio energetico."));
  CHECK(hit(Category::sponsor, "Gesponsorde lesbrief: waar komt stroom vandaan?"));
  CHECK(hit(Category::sponsor, "Plano de aula patrocinado: de onde vem a energia."));
  CHECK_FALSE(hit(Category::sponsor, "Sponsored lesson plans have drawn criticism from the teachers' union."));
  CHECK_FALSE(hit(Category::sponsor, "Gesponserte Unterrichtsmaterialien sind an Schulen umstritten, sagt der Verband."));
}

TEST_CASE("a giving day announced ahead; a report on what one raised is not", "[transform]") {
  CHECK(hit(Category::donation, "Harwick Gives Day is December 3: make your gift then."));
  CHECK(hit(Category::donation, "Our Giving Day starts at midnight on March 4."));
  CHECK(hit(Category::donation, "Unser Spendentag ist am 3. Dezember."));
  CHECK(hit(Category::donation, "La journée du don aura lieu le 3 décembre."));
  CHECK(hit(Category::donation, "El día de las donaciones será el 3 de diciembre."));
  CHECK(hit(Category::donation, "La giornata del dono si terrà il 3 dicembre."));
  CHECK(hit(Category::donation, "De geefdag vindt plaats op 3 december."));
  CHECK(hit(Category::donation, "O dia de doar acontece a 3 de dezembro."));
  CHECK_FALSE(hit(Category::donation, "Last year's Giving Day raised $1.1 million for scholarships."));
  CHECK_FALSE(hit(Category::donation, "Der Spendentag brachte 40.000 Euro für die Bibliothek."));
}

// A word list that does not compile is reported by its name
// (vocabulary_errors()): every list has a name of its own.
TEST_CASE("every word list has a name of its own", "[transform]") {
  std::set<std::string_view> names;
  for (std::size_t i = 0; i < k_word_list_count; ++i) {
    const std::string_view name = word_list_name(static_cast<WordList>(i));
    INFO(i);
    CHECK_FALSE(name.empty());
    CHECK(names.insert(name).second);
  }
}

TEST_CASE(
    "an agent's valuation button, a dealer's finance ad, a partner named by its trade and the day's "
    "powered-by line are chrome; news of valuations, car prices and partners is not",
    "[transform]") {
  // The button under an estate agent's valuation pitch.
  CHECK(hit(Category::house_ad, "Book my valuation"));
  CHECK(hit(Category::house_ad, "Request a free property valuation →"));
  CHECK(hit(Category::house_ad, "Jetzt Immobilienbewertung anfragen"));
  CHECK(hit(Category::house_ad, "Demander mon estimation gratuite"));
  CHECK(hit(Category::house_ad, "Solicita tu valoración gratuita"));
  CHECK(hit(Category::house_ad, "Richiedi la tua valutazione"));
  CHECK(hit(Category::house_ad, "Plan uw waardebepaling in"));
  CHECK(hit(Category::house_ad, "Peça a sua avaliação gratuita"));
  CHECK_FALSE(hit(Category::house_ad, "Book a valuation before the spring market, the surveyors' body advised."));
  CHECK_FALSE(hit(Category::house_ad, "Die Bewertung der Grundstücke soll bis März abgeschlossen sein."));

  // A dealer's finance ad and its test-drive button.
  CHECK(hit(Category::house_ad, "Drive away a new Lumen Hatch from £199 a month at Oakfield Motors."));
  CHECK(hit(Category::house_ad, "Book a test drive at your local dealer."));
  CHECK(hit(Category::house_ad, "Fahren Sie den neuen Kombi schon ab 289 € im Monat."));
  CHECK(hit(Category::house_ad, "Roulez en nouvelle citadine à partir de 179 €/mois."));
  CHECK(hit(Category::house_ad, "Llévate el nuevo SUV compacto desde 210 € al mes."));
  CHECK(hit(Category::house_ad, "Guida la nuova berlina da 259 € al mese."));
  CHECK(hit(Category::house_ad, "Rijd de nieuwe stationwagen al vanaf € 299 per maand."));
  CHECK(hit(Category::house_ad, "Conduza o novo utilitário desde 199 €/mês."));
  CHECK(hit(Category::house_ad, "Plan een proefrit bij uw dealer."));
  CHECK_FALSE(
      hit(Category::house_ad, "Leasing deals on small electric cars now start from £199 a month, brokers say."));
  CHECK_FALSE(hit(Category::house_ad, "Drivers who book a test drive are twice as likely to buy, the survey found."));
  CHECK_FALSE(hit(Category::house_ad, "Le nouveau modèle sera vendu à partir de 179 € par mois en location."));

  // A partner named by its trade, and the issue powered by a sponsor.
  CHECK(hit(Category::sponsor, "In association with our mortgage partner"));
  CHECK(hit(Category::sponsor, "Our insurance partner"));
  CHECK(hit(Category::sponsor, "Today's Morning Charge is powered by Gridwell Energy."));
  CHECK(hit(Category::sponsor, "Unser Finanzierungspartner"));
  CHECK(hit(Category::sponsor, "Die heutige Ausgabe wird präsentiert von Stromfeld."));
  CHECK(hit(Category::sponsor, "Notre partenaire crédit"));
  CHECK(hit(Category::sponsor, "L'édition du jour est propulsée par Borne Express."));
  CHECK(hit(Category::sponsor, "Nuestro socio hipotecario"));
  CHECK(hit(Category::sponsor, "El boletín de hoy está patrocinado por Carga Rápida."));
  CHECK(hit(Category::sponsor, "Il nostro partner per i mutui"));
  CHECK(hit(Category::sponsor, "La newsletter di oggi è offerta da Colonnine Nord."));
  CHECK(hit(Category::sponsor, "Onze hypotheekpartner"));
  CHECK(hit(Category::sponsor, "De nieuwsbrief van vandaag wordt mogelijk gemaakt door Laadnet."));
  CHECK(hit(Category::sponsor, "O nosso parceiro de crédito"));
  CHECK(hit(Category::sponsor, "A newsletter de hoje é patrocinada pela Carga Já."));
  CHECK_FALSE(hit(Category::sponsor, "The new hatchback is powered by a 1.5-litre petrol engine."));
  CHECK_FALSE(hit(Category::sponsor, "Today's launch was delayed after a fault in the charging system."));
  CHECK_FALSE(hit(Category::sponsor, "Our reporter spoke to the bank's mortgage team about the new rates."));
  CHECK_FALSE(hit(Category::sponsor, "Die heutige Sitzung des Stadtrats beginnt um 18 Uhr."));
}

TEST_CASE("an association's dues reminder to its members; news of a fee or a renewal is not", "[transform]") {
  CHECK(hit(Category::donation,
            "Haven't renewed your membership yet? You have not yet renewed your membership for 2011."));
  CHECK(hit(Category::donation, "The annual membership fee remains at £12, payable to the treasurer."));
  CHECK(hit(Category::donation, "Ihr habt euren Mitgliedsbeitrag für 2010 noch nicht überwiesen?"));
  CHECK(hit(Category::donation, "Bitte überweisen mit dem Verwendungszweck: Mitgliedsbeitrag 2010 und Name."));
  CHECK(hit(Category::donation, "Vous n'avez pas encore renouvelé votre adhésion ?"));
  CHECK(hit(Category::donation, "La cotisation annuelle reste fixée à 15 euros."));
  CHECK(hit(Category::donation, "Versez-la sur le compte de l'association avec la mention « cotisation 2012 »."));
  CHECK(hit(Category::donation, "¿Todavía no has renovado tu cuota de socio?"));
  CHECK(hit(Category::donation, "La cuota anual se mantiene en 30 euros."));
  CHECK(hit(Category::donation, "Non hai ancora rinnovato la tua tessera per il 2012?"));
  CHECK(hit(Category::donation, "Bonifico con causale «quota 2012» e nome del socio."));
  CHECK(hit(Category::donation, "Heb je je lidgeld nog niet betaald? Je lidmaatschap nog niet verlengd?"));
  CHECK(hit(Category::donation, "Overschrijven met de mededeling \"lidgeld 2012\" graag."));
  CHECK(hit(Category::donation, "Ainda não renovou a sua quota de sócio?"));
  CHECK(hit(Category::donation, "A quota anual mantém-se em 20 euros."));
  CHECK_FALSE(hit(Category::donation, "The council has renewed its contract with the bus operator for five years."));
  CHECK_FALSE(
      hit(Category::donation, "Der Bundestag hat den Beitrag zur Rentenversicherung auf 18,6 Prozent gesenkt."));
  CHECK_FALSE(hit(Category::donation, "La fédération a renouvelé son affiliation à l'instance européenne en mars."));
  CHECK_FALSE(hit(Category::donation, "La cotisation de retraite complémentaire augmentera de 0,1 point en 2011."));
  CHECK_FALSE(hit(Category::donation, "La cuota de mercado de la empresa subió al 12 por ciento."));
}

TEST_CASE("a careers site's paid CV review or rewrite; news about CVs is not", "[transform]") {
  CHECK(hit(Category::house_ad, "Is your CV getting past the bots? Find out in two minutes."));
  CHECK(hit(Category::house_ad, "Our expert writers will polish it within a week."));
  CHECK(hit(Category::house_ad, "Claim your free résumé critique"));
  CHECK(hit(Category::house_ad, "Book your free CV review now."));
  CHECK(hit(Category::house_ad, "Our professional resume writers review every line."));
  CHECK(hit(Category::house_ad, "Jetzt kostenloser Lebenslauf-Check!"));
  CHECK(hit(Category::house_ad, "Lass deinen Lebenslauf von Profis überarbeiten."));
  CHECK(hit(Category::house_ad,
            "Unsere zertifizierten Bewerbungsexperten überarbeiten deinen Lebenslauf in fünf Tagen."));
  CHECK(hit(Category::house_ad, "Profitez d'une relecture gratuite de votre CV."));
  CHECK(hit(Category::house_ad, "Faites relire votre CV par un expert."));
  CHECK(hit(Category::house_ad, "Nos rédacteurs certifiés réécrivent votre CV en 5 jours."));
  CHECK(hit(Category::house_ad, "Pide hoy tu revisión gratuita de CV."));
  CHECK(hit(Category::house_ad, "Nuestros redactores certificados reescriben tu currículum en 5 días."));
  CHECK(hit(Category::house_ad, "Richiedi la revisione gratuita del tuo CV."));
  CHECK(hit(Category::house_ad, "Fai revisionare il tuo curriculum da un esperto."));
  CHECK(hit(Category::house_ad, "I nostri esperti riscrivono il tuo CV in cinque giorni."));
  CHECK(hit(Category::house_ad, "Doe vandaag nog de gratis cv-check."));
  CHECK(hit(Category::house_ad, "Laat je cv door een expert herschrijven."));
  CHECK(hit(Category::house_ad, "Onze cv-schrijvers herschrijven je cv binnen vijf werkdagen."));
  CHECK(hit(Category::house_ad, "Peça hoje a sua revisão gratuita do currículo."));
  CHECK(hit(Category::house_ad, "Os nossos especialistas reescrevem o seu currículo em 5 dias."));
  CHECK(hit(Category::house_ad, "Nossos redatores certificados reescrevem seu currículo."));
  CHECK_FALSE(hit(Category::house_ad,
                  "Recruiters say a one-page resume is still the norm, and most read it in under ten seconds."));
  CHECK_FALSE(
      hit(Category::house_ad,
          "The company uses software to review every CV it receives, a practice regulators are now examining."));
  CHECK_FALSE(
      hit(Category::house_ad, "Is your resume still one page? A survey of 2,000 recruiters found most prefer two."));
  CHECK_FALSE(
      hit(Category::house_ad, "Laut einer Studie lesen Personaler einen Lebenslauf im Schnitt nur sieben Sekunden."));
  CHECK_FALSE(hit(Category::house_ad, "Die Agentur prüft jeden Lebenslauf inzwischen mit einer Software."));
  CHECK_FALSE(hit(Category::house_ad, "Selon l'étude, les recruteurs passent six secondes sur un CV."));
  CHECK_FALSE(hit(Category::house_ad, "La empresa revisa cada currículum con un programa de inteligencia artificial."));
  CHECK_FALSE(hit(Category::house_ad, "Secondo il sondaggio, i selezionatori leggono un curriculum in sei secondi."));
  CHECK_FALSE(hit(Category::house_ad, "Volgens het onderzoek kijken recruiters gemiddeld zes seconden naar een cv."));
  CHECK_FALSE(hit(Category::house_ad, "Segundo o estudo, os recrutadores leem um currículo em seis segundos."));
}

TEST_CASE("a site's own app told as a command with both phone systems; news of an app is not", "[transform]") {
  CHECK(hit(Category::house_ad, "Get the Jobnest app for iOS and Android and save your searches on the go."));
  CHECK(hit(Category::house_ad, "Download our free app for iOS and Android and book in seconds."));
  CHECK(hit(Category::house_ad, "Hol dir die Jobfinder-App für iPhone und Android und bewirb dich mit einem Tipp."));
  CHECK(hit(Category::house_ad, "Laden Sie sich unsere App für iOS und Android herunter."));
  CHECK(hit(Category::house_ad, "Téléchargez l'appli Jobboard pour iPhone et Android et postulez en un clic."));
  CHECK(hit(Category::house_ad, "Installez notre application gratuite sur iOS et Android."));
  CHECK(hit(Category::house_ad, "Descarga la app de Empleo para iPhone y Android y postula con un toque."));
  CHECK(hit(Category::house_ad, "Scarica l'app di Lavoro per iPhone e Android e candidati con un tocco."));
  CHECK(hit(Category::house_ad, "Download de Vacaturebank-app voor iPhone en Android en solliciteer met één tik."));
  CHECK(hit(Category::house_ad, "Baixe o app Vagas para iPhone e Android e candidate-se com um toque."));
  CHECK(hit(Category::house_ad, "Descarregue a nossa app para iOS e Android."));
  CHECK_FALSE(hit(Category::house_ad,
                  "The bank released a new app for iPhone and Android that lets customers freeze their cards."));
  CHECK_FALSE(hit(Category::house_ad, "Die Bahn hat ihre App für iPhone und Android überarbeitet."));
  CHECK_FALSE(hit(Category::house_ad, "La SNCF lance une nouvelle application pour iPhone et Android."));
  CHECK_FALSE(hit(Category::house_ad, "El banco lanzó una nueva app para iPhone y Android."));
  CHECK_FALSE(hit(Category::house_ad, "La banca ha lanciato una nuova app per iPhone e Android."));
  CHECK_FALSE(hit(Category::house_ad, "De bank lanceerde een nieuwe app voor iPhone en Android."));
  CHECK_FALSE(hit(Category::house_ad, "O banco lançou um novo app para iPhone e Android."));
}

TEST_CASE("a writer's one-to-one coaching offer and its open spots; news of coaching is not", "[transform]") {
  CHECK(hit(Category::house_ad, "I work one-to-one with five founders a year on pricing and hiring."));
  CHECK(hit(Category::house_ad, "I work 1:1 with six founders at a time. Two coaching spots are open for July."));
  CHECK(hit(Category::house_ad, "Ich arbeite 1:1 mit einer Handvoll Selbstständigen pro Quartal."));
  CHECK(hit(Category::house_ad, "Für Juli sind noch drei Coaching-Plätze frei."));
  CHECK(hit(Category::house_ad, "J'accompagne en individuel une poignée de créateurs chaque trimestre."));
  CHECK(hit(Category::house_ad, "Trois places de coaching sont disponibles en juillet."));
  CHECK(hit(Category::house_ad, "Trabajo uno a uno con un puñado de creadores cada trimestre."));
  CHECK(hit(Category::house_ad, "Quedan tres plazas de mentoría disponibles."));
  CHECK(hit(Category::house_ad, "Lavoro uno a uno con una manciata di creator ogni trimestre."));
  CHECK(hit(Category::house_ad, "Ci sono tre posti per il coaching disponibili a luglio."));
  CHECK(hit(Category::house_ad, "Ik werk één-op-één met een handvol makers per kwartaal."));
  CHECK(hit(Category::house_ad, "Er zijn nog drie coachingplekken vrij in juli."));
  CHECK(hit(Category::house_ad, "Trabalho individualmente com um punhado de criadores a cada trimestre."));
  CHECK(hit(Category::house_ad, "Há três vagas de mentoria abertas para julho."));
  CHECK_FALSE(hit(Category::house_ad, "\"I work one-on-one with patients every day,\" said the nurse."));
  CHECK_FALSE(hit(Category::house_ad, "She works one-on-one with a handful of clients, the report said."));
  CHECK_FALSE(hit(Category::house_ad, "The coach said three spots are open on the roster for July."));
  CHECK_FALSE(hit(Category::house_ad, "Der Trainer arbeitet individuell mit den Spielern."));
  CHECK_FALSE(hit(Category::house_ad, "Le nouveau programme de coaching de l'entreprise compte 40 participants."));
  CHECK_FALSE(hit(Category::house_ad, "El entrenador trabaja de forma individual con cada jugador."));
  CHECK_FALSE(hit(Category::house_ad, "L'allenatore lavora individualmente con i giocatori."));
  CHECK_FALSE(hit(Category::house_ad, "De coach werkt individueel met de spelers."));
  CHECK_FALSE(hit(Category::house_ad, "O treinador trabalha individualmente com os atletas."));
  CHECK_FALSE(hit(Category::house_ad,
                  "Coaching platforms raised $40 million this year, as demand for one-on-one sessions grew."));
}

TEST_CASE(
    "a venue's season subscription priced by its shows, its renewal window and buy button; a season reported "
    "is not",
    "[transform]") {
  CHECK(hit(Category::upsell, "Subscription for 6 plays: £150, or £120 for students."));
  CHECK(hit(Category::upsell, "Any 4 concerts of your choice for just £60."));
  CHECK(hit(Category::upsell, "Buy your season ticket online"));
  CHECK(hit(Category::upsell, "Wahlabo mit 5 Vorstellungen: 98 Euro, ermäßigt 70 Euro."));
  CHECK(hit(Category::upsell,
            "Die Abo-Verlängerung läuft vom 1. bis 20. September, mit Vorkaufsrecht auf Ihren bisherigen Platz."));
  CHECK(hit(Category::upsell, "Abonnement à 6 spectacles : 96 €, tarif réduit 72 €."));
  CHECK(hit(Category::upsell, "Abono de 7 funciones: 140 euros, con derecho preferente sobre su butaca."));
  CHECK(hit(Category::upsell, "Abbonamento a 10 spettacoli: 180 euro intero."));
  CHECK(hit(Category::upsell, "Rinnovi degli abbonamenti dal 1 al 15 settembre."));
  CHECK(hit(Category::upsell, "Under 30: 4 spettacoli a scelta a 36 euro."));
  CHECK(hit(Category::upsell, "Acquista il tuo abbonamento online"));
  CHECK(hit(Category::upsell, "Abonnement van 5 voorstellingen: € 110."));
  CHECK(hit(Category::upsell, "Assinatura de 6 espetáculos: 90 euros."));
  CHECK_FALSE(hit(Category::upsell, "The theatre sold 4,000 subscriptions this season, a record since 1998."));
  CHECK_FALSE(hit(Category::upsell, "Il teatro ha venduto 2.300 abbonamenti, il 12% in più della scorsa stagione."));
  CHECK_FALSE(hit(Category::upsell, "Das Haus zeigt in der Spielzeit 12 Vorstellungen nach Tschechow."));
}

TEST_CASE("a season's sponsor as a label and the season's thanks; a sponsor in the news is not", "[transform]") {
  CHECK(hit(Category::sponsor, "Main sponsor della stagione: Banca Esempio"));
  CHECK(hit(Category::sponsor, "Si ringraziano per il sostegno la Fondazione Esempio e il Comune."));
  CHECK(hit(Category::sponsor, "Season partner: Example Insurance"));
  CHECK(hit(Category::sponsor, "Hauptsponsor der Spielzeit: Stadtwerke Beispielstadt"));
  CHECK(hit(Category::sponsor, "Mécène principal de la saison : Fondation Exemple"));
  CHECK(hit(Category::sponsor, "Patrocinador principal de la temporada: Banco Ejemplo"));
  CHECK(hit(Category::sponsor, "Hoofdsponsor van het seizoen: Voorbeeldbank"));
  CHECK(hit(Category::sponsor, "Patrocinador principal da temporada: Banco Exemplo"));
  CHECK_FALSE(hit(Category::sponsor, "The bank withdrew as the festival's main sponsor after the protests in May."));
  CHECK_FALSE(hit(Category::sponsor, "La stagione si è chiusa con 40.000 spettatori e tre prime assolute."));
}

TEST_CASE("a patron programme's pitch, its credits by name and join button; patrons in the news are not",
          "[transform]") {
  CHECK(hit(Category::donation, "Become a Northgate Opera Patron from £15 a month and meet the artists."));
  CHECK(hit(Category::donation, "Patrons at Gold level are credited by name in every programme."));
  CHECK(hit(Category::donation, "Join the Patrons' Circle"));
  CHECK(hit(Category::donation, "Werden Sie Förderer der Philharmonie schon ab 10 Euro im Monat."));
  CHECK(hit(Category::donation, "Devenez mécène de l'orchestre à partir de 50 € par an."));
  CHECK(hit(Category::donation, "Hazte mecenas de la orquesta desde 10 euros al mes."));
  CHECK(hit(Category::donation,
            "Diventa sostenitore a partire da 50 euro: sarai citato per nome in tutti i programmi di sala."));
  CHECK(hit(Category::donation, "Word vriend van het orkest vanaf € 50 per jaar."));
  CHECK(hit(Category::donation, "Torne-se mecenas a partir de 10 euros por mês."));
  CHECK_FALSE(hit(Category::donation, "The orchestra's patron, the Duchess of Exampleshire, attended the premiere."));
  CHECK_FALSE(hit(Category::donation, "The soloist became a patron of the music school in 2019."));
}

TEST_CASE("a venue's streaming service live or on demand; a broadcast in the news is not", "[transform]") {
  CHECK(hit(Category::upsell, "Watch the concert live or on demand with Hall Player, £5.99 a month."));
  CHECK(hit(Category::upsell, "Das Konzert live oder auf Abruf mit unserem Streamingdienst."));
  CHECK(hit(Category::upsell, "Regardez le concert en direct ou en replay avec Scène+."));
  CHECK(hit(Category::upsell, "Mira el concierto en directo o a la carta con Auditorio Play."));
  CHECK(hit(Category::upsell, "Guarda il concerto in diretta o on demand con Sala Play."));
  CHECK(hit(Category::upsell, "Bekijk het concert live of on demand met ZaalTV."));
  CHECK(hit(Category::upsell, "Assista ao concerto ao vivo ou sob demanda com Sala Play."));
  CHECK_FALSE(hit(Category::upsell, "The final was watched live by 12 million people, a record for the channel."));
  CHECK_FALSE(hit(Category::upsell, "Il concerto sarà trasmesso in diretta dalla radio nazionale."));
}

TEST_CASE("a publisher's reading-group kit to download; book clubs in the news are not", "[transform]") {
  CHECK(hit(Category::house_ad, "Download our free book-club kit with questions and an author interview."));
  CHECK(hit(Category::house_ad, "Get the reading group guide"));
  CHECK(hit(Category::house_ad, "Das kostenlose Lesekreis-Material zum Roman können Sie hier herunterladen."));
  CHECK(hit(Category::house_ad, "Téléchargez notre guide pour les clubs de lecture."));
  CHECK(hit(Category::house_ad, "Descarga nuestra guía para clubes de lectura."));
  CHECK(hit(Category::house_ad, "Scarica il kit per i gruppi di lettura."));
  CHECK(hit(Category::house_ad, "Download het gratis leesclubpakket."));
  CHECK(hit(Category::house_ad, "Descarregue o guia para clubes de leitura."));
  CHECK_FALSE(hit(Category::house_ad, "The library's book club meets on the first Tuesday to discuss a novel."));
  CHECK_FALSE(hit(Category::house_ad, "Il gruppo di lettura della biblioteca ha scelto Calvino per marzo."));
}

TEST_CASE("a giveaway's way to enter; a request to readers in the news is not", "[transform]") {
  CHECK(hit(Category::house_ad, "Win a signed copy: tell us your favourite first line to enter."));
  CHECK(hit(Category::house_ad, "Verraten Sie uns Ihr Lieblingsbuch, um teilzunehmen."));
  CHECK(hit(Category::house_ad, "Dites-nous quel est votre livre préféré pour participer."));
  CHECK(hit(Category::house_ad, "Cuéntanos tu libro favorito para participar."));
  CHECK(hit(Category::house_ad, "Dicci il tuo libro preferito per partecipare."));
  CHECK(hit(Category::house_ad, "Vertel ons je favoriete boek om mee te doen."));
  CHECK(hit(Category::house_ad, "Diga-nos o seu livro favorito para participar."));
  CHECK_FALSE(
      hit(Category::house_ad, "Tell us what you think of the new bus timetable before the consultation closes."));
  CHECK_FALSE(hit(Category::house_ad, "Runners must register by Friday to enter the half marathon in May."));
}

TEST_CASE("a preorder bonus claimed with the receipt and good while stocks last; a report on receipts is not",
          "[transform]") {
  CHECK(hit(Category::house_ad, "Upload your receipt at example.example/bonus to claim your signed print."));
  CHECK(hit(Category::house_ad, "Laden Sie Ihren Kassenbon hoch, um das Lesezeichen zu erhalten."));
  CHECK(hit(Category::house_ad, "Envoyez-nous votre ticket de caisse pour recevoir l'ex-libris."));
  CHECK(hit(Category::house_ad, "Sube tu ticket de compra para recibir el marcapáginas."));
  CHECK(hit(Category::house_ad, "Carica lo scontrino sul nostro sito per ricevere il segnalibro."));
  CHECK(hit(Category::house_ad, "Upload je aankoopbewijs om de boekenlegger te ontvangen."));
  CHECK(hit(Category::house_ad, "Envie-nos o seu talão para receber o marcador."));
  CHECK(hit(Category::imprint, "Bonus available while stocks last; UK addresses only."));
  CHECK(hit(Category::imprint, "Das Geschenk gibt es nur, solange der Vorrat reicht."));
  CHECK(hit(Category::imprint, "Offre valable dans la limite des stocks disponibles."));
  CHECK(hit(Category::imprint, "Regalo válido hasta agotar existencias."));
  CHECK(hit(Category::imprint, "Omaggio valido fino a esaurimento scorte."));
  CHECK(hit(Category::imprint, "Actie geldig zolang de voorraad strekt."));
  CHECK(hit(Category::imprint, "Oferta válida enquanto durarem os stocks."));
  CHECK_FALSE(hit(Category::house_ad, "Shoppers must keep their receipt to claim a refund under the new law."));
  CHECK_FALSE(hit(Category::imprint, "The food bank hands out parcels while stocks last, volunteers said."));
}

TEST_CASE("a shop's stamp card and free local delivery; a loyalty scheme in the news is not", "[transform]") {
  CHECK(hit(Category::house_ad, "Collect a stamp with every book and get £5 off when your card is full."));
  CHECK(hit(Category::house_ad, "Free local delivery within five miles on orders over £25."));
  CHECK(hit(Category::house_ad, "Für jedes Buch einen Stempel, und wenn Ihre Treuekarte voll ist, gibt es 10 Euro."));
  CHECK(hit(Category::house_ad, "Un tampon à chaque achat, 10 € offerts quand votre carte est pleine."));
  CHECK(hit(Category::house_ad, "Un sello por cada libro y 10 euros cuando tu tarjeta esté completa."));
  CHECK(hit(Category::house_ad, "Un timbro per ogni libro: quando la tessera è piena, 10 euro di sconto."));
  CHECK(hit(Category::house_ad, "Een stempel bij elke aankoop, en als je spaarkaart vol is krijg je € 10."));
  CHECK(hit(Category::house_ad, "Um carimbo por cada compra e 10 euros quando o cartão estiver cheio."));
  CHECK_FALSE(hit(Category::house_ad, "The supermarket chain ended its loyalty card scheme after 20 years."));
  CHECK_FALSE(
      hit(Category::house_ad, "Free delivery of school meals will continue over the summer, the council said."));
}

TEST_CASE("a magazine's issues for a price set against the usual one; a price change reported is not", "[transform]") {
  CHECK(hit(Category::upsell, "Subscribe: four issues delivered for £24 instead of £32."));
  CHECK(hit(Category::upsell, "Vier Ausgaben frei Haus für 30 Euro statt 40 Euro."));
  CHECK(hit(Category::upsell, "Quatre numéros livrés chez vous pour 40 € au lieu de 52 €."));
  CHECK(hit(Category::upsell, "Cuatro números en casa por 30 euros en lugar de 40."));
  CHECK(hit(Category::upsell, "Quattro numeri a casa tua a 30 euro invece di 40."));
  CHECK(hit(Category::upsell, "Vier nummers thuis voor € 30 in plaats van € 40."));
  CHECK(hit(Category::upsell, "Quatro números em casa por 30 euros em vez de 40."));
  CHECK_FALSE(hit(Category::upsell, "The magazine will publish four issues a year from 2025, its editor said."));
  CHECK_FALSE(hit(Category::upsell, "La revue passe à quatre numéros par an et coûtera 15 € le numéro."));
}

TEST_CASE("a writing contest's entry fee per text and its rules on the site; a prize reported is not", "[transform]") {
  CHECK(hit(Category::house_ad, "The entry fee is £8 per story, £5 for subscribers."));
  CHECK(hit(Category::house_ad, "Die Teilnahmegebühr beträgt 10 Euro pro Text."));
  CHECK(hit(Category::house_ad, "Les frais de participation s'élèvent à 12 € par nouvelle."));
  CHECK(hit(Category::house_ad, "La cuota de inscripción es de 10 euros por relato."));
  CHECK(hit(Category::house_ad, "La quota di partecipazione è di 15 euro per racconto."));
  CHECK(hit(Category::house_ad, "Het inschrijfgeld bedraagt € 10 per verhaal."));
  CHECK(hit(Category::house_ad, "A taxa de inscrição é de 10 euros por conto."));
  CHECK(hit(Category::imprint, "Full competition rules are on our website."));
  CHECK(hit(Category::imprint, "Die vollständigen Teilnahmebedingungen finden Sie auf unserer Website."));
  CHECK(hit(Category::imprint, "Règlement complet du concours sur notre site."));
  CHECK(hit(Category::imprint, "Las bases completas del certamen están en nuestra web."));
  CHECK(hit(Category::imprint, "Il regolamento completo del concorso è disponibile sul nostro sito."));
  CHECK(hit(Category::imprint, "Het volledige wedstrijdreglement staat op onze website."));
  CHECK(hit(Category::imprint, "O regulamento completo do concurso está disponível no nosso site."));
  CHECK_FALSE(hit(Category::house_ad, "The prize of £5,000 went to a first novel set in Lagos."));
  CHECK_FALSE(hit(Category::imprint, "The competition rules were changed after the judges resigned."));
}

TEST_CASE("a venue's gift card at the box office and its interval drinks booked ahead; a bar in the news is not",
          "[transform]") {
  CHECK(hit(Category::house_ad, "Gift vouchers are available at the box office from £10."));
  CHECK(hit(Category::house_ad, "Add the interval drinks package when you book."));
  CHECK(hit(Category::house_ad, "Gutscheine sind an der Theaterkasse erhältlich."));
  CHECK(hit(Category::house_ad, "La carte cadeau est disponible à la billetterie."));
  CHECK(hit(Category::house_ad, "Las tarjetas regalo están a la venta en taquilla."));
  CHECK(hit(Category::house_ad, "La carta regalo è disponibile in biglietteria da 25 euro."));
  CHECK(hit(Category::house_ad, "Cadeaukaarten zijn verkrijgbaar aan de kassa."));
  CHECK(hit(Category::house_ad, "Os cartões presente estão à venda na bilheteira."));
  CHECK_FALSE(hit(Category::house_ad, "The foyer bar reopens after the interval with a new menu from local brewers."));
  CHECK_FALSE(hit(Category::house_ad, "The box office moves to the east entrance during the works."));
}

TEST_CASE("a company line's tax number is legal text; news that names the tax number is not", "[transform]") {
  CHECK(hit(Category::imprint, "Folha Clara Comunicação Ltda. · Rua Augusta, 900 · CNPJ 12.345.678/0001-90"));
  CHECK(hit(Category::imprint, "CNPJ: 00.000.000/0001-00"));
  CHECK(hit(Category::imprint, "Empresa inscrita no CNPJ/MF sob o nº 12.345.678/0001-90."));
  CHECK(hit(Category::imprint, "Edições Ribeira, Lda. · NIPC 509 876 543"));
  CHECK_FALSE(hit(Category::imprint, "A Receita Federal começa a emitir o CNPJ alfanumérico em julho."));
  CHECK_FALSE(hit(Category::imprint, "Empresas com CNPJ ativo podem pedir o crédito até sexta-feira."));
  CHECK_FALSE(hit(Category::imprint, "O NIPC das novas associações passa a ser atribuído na hora."));
  CHECK(hit(Category::imprint, "Edizioni Fornace S.r.l. – Via Roma 12, Bologna – P.IVA 01234567890"));
  CHECK(hit(Category::imprint, "Partita IVA: IT 01234567890"));
  CHECK(hit(Category::imprint, "C.F. e P. IVA 01234567890 – Capitale sociale 10.000 euro"));
  CHECK(hit(Category::imprint, "Codice fiscale e partita IVA n. 01234567890"));
  CHECK_FALSE(hit(Category::imprint, "Aprire la partita IVA costa meno da gennaio: il forfettario sale a 85.000 euro."));
  CHECK_FALSE(hit(Category::imprint, "Il codice fiscale dei neonati arriva ora direttamente in ospedale."));
}

TEST_CASE("a paywall's meter of free articles read; news of articles read is not", "[transform]") {
  CHECK(hit(Category::upsell, "You've read 3 of your 5 free articles this month."));
  CHECK(hit(Category::upsell, "Sie haben diesen Monat 3 von 5 kostenlosen Artikeln gelesen."));
  CHECK(hit(Category::upsell, "Vous avez lu 3 de vos 5 articles gratuits ce mois-ci."));
  CHECK(hit(Category::upsell, "Has leído 3 de tus 5 artículos gratuitos este mes."));
  CHECK(hit(Category::upsell, "Hai letto 3 dei tuoi 5 articoli gratuiti questo mese."));
  CHECK(hit(Category::upsell, "Je hebt deze maand 2 van je 4 gratis artikelen gelezen."));
  CHECK(hit(Category::upsell, "Você já leu 2 das 4 reportagens gratuitas deste mês."));
  CHECK_FALSE(hit(Category::upsell, "Readers read 3 of 5 articles to the end, the study found."));
  CHECK_FALSE(hit(Category::upsell, "Die Leser haben im Schnitt 3 von 5 Artikeln zu Ende gelesen."));
  CHECK_FALSE(hit(Category::upsell, "Os alunos leram 4 de 5 livros da lista obrigatória."));
}

TEST_CASE("a letter's schedule as the day it lands in the inbox; news of a weekday is not", "[transform]") {
  CHECK(hit(Category::self_description, "Startup news from the North, every Friday in your inbox."));
  CHECK(hit(Category::self_description, "Neues aus der Gründerszene, jeden Freitag in Ihrem Postfach."));
  CHECK(hit(Category::self_description, "L'actu des startups, chaque vendredi dans votre boîte mail."));
  CHECK(hit(Category::self_description, "Noticias de startups, cada viernes en tu bandeja de entrada."));
  CHECK(hit(Category::self_description, "Le notizie delle startup, ogni venerdì nella tua casella di posta."));
  CHECK(hit(Category::self_description, "Het techniekjournaal uit de regio, elke maandag in je mailbox."));
  CHECK(hit(Category::self_description, "As notícias das startups, toda sexta-feira no seu e-mail."));
  CHECK_FALSE(hit(Category::self_description, "The market opens every Friday in the old town square."));
  CHECK_FALSE(hit(Category::self_description, "De markt staat elke vrijdag op het Kerkplein."));
  CHECK_FALSE(hit(Category::self_description, "A feira acontece toda sexta-feira na praça central."));
}

TEST_CASE("the newsroom asks for news or a tip; a question in the news is not", "[transform]") {
  CHECK(hit(Category::feedback, "Got news or a tip? Email the newsroom."));
  CHECK(hit(Category::feedback, "Haben Sie Neuigkeiten oder einen Tipp? Schreiben Sie uns."));
  CHECK(hit(Category::feedback, "Vous avez une info ou un tuyau ? Écrivez-nous."));
  CHECK(hit(Category::feedback, "¿Tienes alguna noticia o una pista? Escríbenos."));
  CHECK(hit(Category::feedback, "Hai una notizia o una segnalazione? Scrivici."));
  CHECK(hit(Category::feedback, "Heb je zelf nieuws of een tip? Mail de redactie."));
  CHECK(hit(Category::feedback, "Tem alguma notícia ou dica? Escreva para a redação."));
  CHECK_FALSE(hit(Category::feedback, "Police asked anyone with information to call the station."));
  CHECK_FALSE(hit(Category::feedback, "De politie vraagt getuigen zich te melden."));
  CHECK_FALSE(hit(Category::feedback, "A polícia pede a quem tiver informações que ligue para o 190."));
}

TEST_CASE("the plea to send the issue to a friend; news of something sent on is not", "[transform]") {
  CHECK(hit(Category::social, "Send this newsletter to a friend"));
  CHECK(hit(Category::social, "Diesen Newsletter an einen Freund weiterleiten"));
  CHECK(hit(Category::social, "Envoyez cette lettre à un ami"));
  CHECK(hit(Category::social, "Envía este boletín a un amigo"));
  CHECK(hit(Category::social, "Invia questa newsletter a un amico"));
  CHECK(hit(Category::social, "Stuur deze nieuwsbrief door aan een collega"));
  CHECK(hit(Category::social, "Envie esta agenda a um amigo"));
  CHECK_FALSE(hit(Category::social, "The council sent the agenda to the ministry on Monday."));
  CHECK_FALSE(hit(Category::social, "De minister stuurde de agenda door naar de Kamer."));
  CHECK_FALSE(hit(Category::social, "O ministro enviou a agenda ao presidente da câmara."));
}

TEST_CASE("a community server's invitation as a button or a question; news of a server is not", "[transform]") {
  CHECK(hit(Category::social, "Join the server"));
  CHECK(hit(Category::social, "Dem Discord-Server beitreten"));
  CHECK(hit(Category::social, "Rejoindre le serveur Discord"));
  CHECK(hit(Category::social, "Unirse al servidor"));
  CHECK(hit(Category::social, "Entra nel server Discord"));
  CHECK(hit(Category::social, "Word lid van de server"));
  CHECK(hit(Category::social, "Entrar no servidor"));
  CHECK(hit(Category::social, "Come over to our Discord and say hi."));
  CHECK(hit(Category::social, "Kommt doch in unseren Discord!"));
  CHECK(hit(Category::social, "Venez sur notre Discord !"));
  CHECK(hit(Category::social, "¡Vente a nuestro Discord!"));
  CHECK(hit(Category::social, "Vieni sul nostro Discord!"));
  CHECK(hit(Category::social, "Kom ook naar onze Discord!"));
  CHECK(hit(Category::social, "Bora pro Discord? Tem lugar para todo mundo."));
  CHECK_FALSE(hit(Category::social, "Players could not join the server for six hours after the update."));
  CHECK_FALSE(hit(Category::social, "Durante horas, ninguém conseguiu entrar no servidor do jogo."));
  CHECK_FALSE(hit(Category::social, "De spelers konden urenlang niet op de server."));
}

TEST_CASE("a donation ask for any amount; news of a donation is not", "[transform]") {
  CHECK(hit(Category::donation, "If it helps you, support this newsletter with any amount."));
  CHECK(hit(Category::donation, "Mit einem beliebigen Betrag unterstützen: jeder Betrag hilft."));
  CHECK(hit(Category::donation, "Soutenez-nous avec le montant de votre choix."));
  CHECK(hit(Category::donation, "Apóyanos: cualquier aporte ayuda."));
  CHECK(hit(Category::donation, "Puoi sostenerci con l'importo che preferisci."));
  CHECK(hit(Category::donation, "Steun ons met een gift naar keuze."));
  CHECK(hit(Category::donation, "Se ela te ajuda, considere apoiar com qualquer valor via Pix."));
  CHECK_FALSE(hit(Category::donation, "The charity said donations rose 12% last year."));
  CHECK_FALSE(hit(Category::donation, "Het goede doel haalde 40.000 euro op."));
  CHECK_FALSE(hit(Category::donation, "A campanha arrecadou R$ 2 milhões em doações."));
}

TEST_CASE("the ask what the reader wants in the next issue; news of a next season is not", "[transform]") {
  CHECK(hit(Category::feedback, "Tell us what you'd like to see in the next issue."));
  CHECK(hit(Category::feedback, "Schreib uns, was du in der nächsten Ausgabe lesen möchtest."));
  CHECK(hit(Category::feedback, "Dites-nous ce que vous aimeriez lire dans la prochaine édition."));
  CHECK(hit(Category::feedback, "Cuéntanos lo que te gustaría ver en la próxima edición."));
  CHECK(hit(Category::feedback, "Dicci cosa vorresti leggere nel prossimo numero."));
  CHECK(hit(Category::feedback, "Laat weten wat je graag wilt lezen in de volgende editie."));
  CHECK(hit(Category::feedback, "Curtiu? Responde contando o que você quer ver na próxima edição."));
  CHECK_FALSE(hit(Category::feedback, "Fans say what they want is a longer tour next year."));
  CHECK_FALSE(hit(Category::feedback, "Het kabinet wil weten wat burgers willen zien in de begroting."));
}

TEST_CASE("a course's sale as a discount on enrolment with its deadline; a fee cut in the news is not", "[transform]") {
  CHECK(hit(Category::house_ad, "40% off enrolment until Sunday."));
  CHECK(hit(Category::house_ad, "40 % Rabatt auf die Anmeldung bis Sonntag."));
  CHECK(hit(Category::house_ad, "-40 % sur les inscriptions jusqu'à dimanche."));
  CHECK(hit(Category::house_ad, "40% de descuento en la inscripción hasta el domingo."));
  CHECK(hit(Category::house_ad, "40% di sconto sulle iscrizioni fino a domenica."));
  CHECK(hit(Category::house_ad, "40% korting op je inschrijving tot zondag."));
  CHECK(hit(Category::house_ad, "40% de desconto nas inscrições até domingo."));
  CHECK(hit(Category::house_ad, "Use o cupom TURMA10 no checkout."));
  CHECK(hit(Category::house_ad, "Garantir minha vaga"));
  CHECK_FALSE(hit(Category::house_ad, "The university offers 20% off tuition for veterans."));
  CHECK_FALSE(hit(Category::house_ad, "A prefeitura deu 10% de desconto no IPTU para quem pagar em março."));
  CHECK_FALSE(hit(Category::house_ad, "O time precisa de um empate para garantir a vaga na final."));
}

TEST_CASE("a sign-up line of its own; news of a sign-up is not", "[transform]") {
  CHECK(hit(Category::house_ad, "Subscribe for free here."));
  CHECK(hit(Category::house_ad, "Hier kostenlos abonnieren"));
  CHECK(hit(Category::house_ad, "Abonnez-vous gratuitement ici."));
  CHECK(hit(Category::house_ad, "Suscríbete gratis aquí."));
  CHECK(hit(Category::house_ad, "Iscriviti gratis qui."));
  CHECK(hit(Category::house_ad, "Schrijf je hier gratis in."));
  CHECK(hit(Category::house_ad, "Subscreva gratuitamente aqui."));
  CHECK_FALSE(hit(Category::house_ad, "Residents can subscribe here to the council's flood alerts from May."));
  CHECK_FALSE(hit(Category::house_ad, "Bewoners kunnen zich hier gratis aanmelden voor de cursus van de gemeente."));
  CHECK_FALSE(hit(Category::house_ad, "Os moradores podem inscrever-se gratuitamente no programa da câmara."));
}

TEST_CASE("a Dutch jobs heading written as one compound word", "[transform]") {
  CHECK(has_listed_word(WordList::jobs, fold_for_match("Vacaturebord")));
  CHECK(has_listed_word(WordList::jobs, fold_for_match("Uit de vacaturebank")));
  CHECK_FALSE(has_listed_word(WordList::jobs, fold_for_match("Banenplan")));
  CHECK_FALSE(has_listed_word(WordList::jobs, fold_for_match("Nieuwe chiplabo in Leuven")));
}

TEST_CASE("a plug for the publisher's other letter asked as a question and ending in a sign-up; news is not",
          "[transform]") {
  CHECK(
      hit(Category::house_ad, "Do you know Weekend Kids? Ideas for days out every Thursday. Subscribe for free here."));
  CHECK(hit(Category::house_ad,
            "Kennen Sie schon unseren Gartenbrief? Jeden Monat Tipps fürs Beet. Hier kostenlos abonnieren."));
  CHECK(hit(Category::house_ad,
            "Connaissez-vous Petits Curieux ? Chaque semaine, des sorties en famille. Abonnez-vous ici."));
  CHECK(hit(Category::house_ad, "¿Conoces Cocina Lenta? Una receta cada domingo. Suscríbete gratis aquí."));
  CHECK(hit(Category::house_ad, "Conosci Piccoli Passi? Ogni settimana idee per i bambini. Iscriviti gratis qui."));
  CHECK(hit(Category::house_ad,
            "Ken je Kleine Ontdekkers al? Elke week uitjes met kinderen. Schrijf je hier gratis in."));
  CHECK(hit(Category::house_ad,
            "Já conhece a Mesa Posta? Todas as semanas, uma receita nova. Subscreva gratuitamente aqui."));
  CHECK_FALSE(hit(Category::house_ad, "Do you know the new park? It opens on Saturday with a concert."));
  CHECK_FALSE(hit(Category::house_ad, "Ken je de nieuwe bibliotheek al? Zaterdag is de opening."));
  CHECK_FALSE(hit(Category::house_ad, "Já conhece o novo parque? Abre no sábado com um concerto."));
}

TEST_CASE("a supplier's tariffs to compare and its online bill; news of tariffs and bills is not", "[transform]") {
  CHECK(hit(Category::upsell, "Compare our fixed tariffs in under two minutes"));
  CHECK(hit(Category::upsell, "Prefer to go paperless? Switch to online bills and get a £5 credit."));
  CHECK(hit(Category::upsell, "Vergleichen Sie unsere Ökostrom-Tarife in zwei Minuten."));
  CHECK(hit(Category::upsell, "Lieber ohne Papier? Stellen Sie jetzt auf die Online-Rechnung um."));
  CHECK(hit(Category::upsell, "Comparez nos offres d'électricité en deux minutes."));
  CHECK(hit(Category::upsell, "Moins de papier ? Passez à la facture électronique."));
  CHECK(hit(Category::upsell, "Compara nuestras tarifas en dos minutos."));
  CHECK(hit(Category::upsell, "¿Menos papel? Pásate a la factura electrónica."));
  CHECK(hit(Category::upsell, "Confronta le nostre offerte luce e gas."));
  CHECK(hit(Category::upsell, "Meno carta? Passa alla bolletta web."));
  CHECK(hit(Category::upsell, "Vergelijk onze vaste tarieven in twee minuten."));
  CHECK(hit(Category::upsell, "Minder papier? Kies voor de digitale factuur."));
  CHECK(hit(Category::upsell, "Compare os nossos tarifários em dois minutos."));
  CHECK(hit(Category::upsell, "Menos papel? Adira à fatura eletrónica."));
  CHECK_FALSE(
      hit(Category::upsell, "The regulator said a third of households had switched to online bills since 2020."));
  CHECK_FALSE(hit(Category::upsell, "Customers who compare tariffs save £200 a year, the watchdog found."));
  CHECK_FALSE(hit(Category::upsell, "Immer mehr Kunden stellen auf die Online-Rechnung um, sagt der Verband."));
  CHECK_FALSE(hit(Category::upsell, "Le régulateur compare les offres des fournisseurs chaque trimestre."));
  CHECK_FALSE(hit(Category::upsell, "Cada vez más hogares usan la factura electrónica, según la CNMC."));
  CHECK_FALSE(hit(Category::upsell, "Secondo l'Autorità, metà delle famiglie riceve la bolletta web."));
  CHECK_FALSE(hit(Category::upsell, "De toezichthouder vergelijkt de tarieven van alle leveranciers."));
  CHECK_FALSE(hit(Category::upsell, "Metade dos clientes já recebe a fatura eletrónica, diz o regulador."));
}

TEST_CASE("a letter's link to its whole events calendar; a story about events is not", "[transform]") {
  CHECK(hit(Category::house_ad, "Browse all upcoming industry events at our site"));
  CHECK(hit(Category::house_ad, "See the full calendar"));
  CHECK(hit(Category::house_ad, "Alle kommenden Veranstaltungen ansehen"));
  CHECK(hit(Category::house_ad, "Découvrez tous les prochains événements"));
  CHECK(hit(Category::house_ad, "Ver todos los próximos eventos"));
  CHECK(hit(Category::house_ad, "Scopri tutti gli eventi"));
  CHECK(hit(Category::house_ad, "Bekijk alle komende evenementen"));
  CHECK(hit(Category::house_ad, "Veja todos os próximos eventos"));
  CHECK_FALSE(hit(Category::house_ad, "Organisers cancelled all upcoming events at the arena after the roof failed."));
  CHECK_FALSE(hit(Category::house_ad, "Der Veranstalter hat alle kommenden Termine abgesagt."));
  CHECK_FALSE(hit(Category::house_ad, "La mairie a annulé tous les prochains événements du parc."));
  CHECK_FALSE(hit(Category::house_ad, "El ayuntamiento suspendió todos los próximos eventos del recinto."));
  CHECK_FALSE(hit(Category::house_ad, "Il comune ha annullato tutti gli eventi del weekend."));
  CHECK_FALSE(hit(Category::house_ad, "De gemeente heeft alle komende evenementen afgelast."));
  CHECK_FALSE(hit(Category::house_ad, "A câmara cancelou todos os próximos eventos no parque."));
}

TEST_CASE("a customer letter's own app pitch; news of an app is not", "[transform]") {
  CHECK(hit(Category::house_ad, "Manage everything on the go with the Brightline app: pay a bill, send a reading."));
  CHECK(hit(Category::house_ad, "Verwalten Sie alles bequem unterwegs mit der Kundenportal-App."));
  CHECK(hit(Category::house_ad, "Gérez votre contrat où que vous soyez avec l'application Mon Espace."));
  CHECK(hit(Category::house_ad, "Gestiona tu factura estés donde estés con la app Mi Cuenta."));
  CHECK(hit(Category::house_ad, "Gestisci la tua fornitura ovunque tu sia con l'app MyCasa."));
  CHECK(hit(Category::house_ad, "Regel alles onderweg met de Mijn-Energie-app."));
  CHECK(hit(Category::house_ad, "Gira a sua conta onde quer que esteja com a app Cliente."));
  CHECK_FALSE(
      hit(Category::house_ad, "Drivers can now pay for parking on the go with the city's new app, the council said."));
  CHECK_FALSE(hit(Category::house_ad, "Die Stadtwerke verwalten ihre Netze künftig mit einer neuen Software."));
  CHECK_FALSE(hit(Category::house_ad, "La banque a lancé une application pour gérer son compte en mobilité."));
  CHECK_FALSE(hit(Category::house_ad, "El banco permite gestionar la cuenta con la app desde el martes."));
  CHECK_FALSE(hit(Category::house_ad, "La banca ha lanciato una nuova app per gestire il conto."));
  CHECK_FALSE(hit(Category::house_ad, "De bank laat klanten hun rekening onderweg beheren met een nieuwe app."));
  CHECK_FALSE(hit(Category::house_ad, "O banco lançou uma app para gerir a conta em qualquer lugar."));
}

TEST_CASE("a call to follow an organisation's work on social media; a story about following is not", "[transform]") {
  CHECK(hit(Category::social, "Follow our work on Bluesky and LinkedIn."));
  CHECK(hit(Category::social, "Folgen Sie unserer Arbeit auf LinkedIn und Mastodon."));
  CHECK(hit(Category::social, "Suivez notre travail sur LinkedIn."));
  CHECK(hit(Category::social, "Sigue nuestro trabajo en LinkedIn y Bluesky."));
  CHECK(hit(Category::social, "Segui il nostro lavoro su LinkedIn."));
  CHECK(hit(Category::social, "Volg ons werk op LinkedIn."));
  CHECK(hit(Category::social, "Acompanhe o nosso trabalho no LinkedIn."));
  CHECK_FALSE(hit(Category::social, "The committee will follow the work of the new agency closely."));
  CHECK_FALSE(hit(Category::social, "Die Kommission wird die Arbeit der Behörde genau verfolgen."));
  CHECK_FALSE(hit(Category::social, "Le comité suivra les travaux de l'agence."));
  CHECK_FALSE(hit(Category::social, "El comité seguirá el trabajo de la agencia."));
  CHECK_FALSE(hit(Category::social, "Il comitato seguirà il lavoro dell'agenzia."));
  CHECK_FALSE(hit(Category::social, "De commissie volgt het werk van het agentschap."));
  CHECK_FALSE(hit(Category::social, "O comité vai acompanhar o trabalho da agência."));
}

TEST_CASE("a prize draw's closing date as small print; news of a draw is not", "[transform]") {
  CHECK(hit(Category::imprint, "Prize draw closes 30 April. Terms apply."));
  CHECK(hit(Category::imprint, "Die Verlosung endet am 30. April. Es gelten die Teilnahmebedingungen."));
  CHECK(hit(Category::imprint, "Le tirage au sort se termine le 30 avril."));
  CHECK(hit(Category::imprint, "El sorteo finaliza el 30 de abril."));
  CHECK(hit(Category::imprint, "Il concorso a premi si chiude il 30 aprile."));
  CHECK(hit(Category::imprint, "De winactie sluit op 30 april."));
  CHECK(hit(Category::imprint, "O sorteio termina a 30 de abril."));
  CHECK_FALSE(hit(Category::imprint, "The lottery said its prize draw closes a record year for ticket sales."));
  CHECK_FALSE(hit(Category::imprint, "Nach Angaben der Polizei endet die Verlosung der Wohnungen im Mai."));
  CHECK_FALSE(hit(Category::imprint, "Selon la mairie, le tirage au sort des logements se termine en mai."));
  CHECK_FALSE(hit(Category::imprint, "Según el ayuntamiento, el sorteo de viviendas finaliza en mayo."));
  CHECK_FALSE(hit(Category::imprint, "Secondo il comune, il concorso a premi si chiude a maggio."));
  CHECK_FALSE(hit(Category::imprint, "Volgens de gemeente sluit de winactie in mei."));
  CHECK_FALSE(hit(Category::imprint, "Segundo a câmara, o sorteio das casas termina em maio."));
}

TEST_CASE("a supplier's add-on cover at a monthly price; news of insurance prices is not", "[transform]") {
  CHECK(hit(Category::upsell, "Add Boiler Care from £12 a month and get an engineer out within a day."));
  CHECK(hit(Category::upsell, "Ergänzen Sie jetzt den Heizungs-Schutzbrief ab 7,90 € im Monat."));
  CHECK(hit(Category::upsell, "Ajoutez l'assistance dépannage à partir de 5,90 € par mois."));
  CHECK(hit(Category::upsell, "Añade el mantenimiento de caldera desde 6,50 € al mes."));
  CHECK(hit(Category::upsell, "Aggiungi l'assistenza caldaia a partire da 4,90 € al mese."));
  CHECK(hit(Category::upsell, "Sluit de cv-ketelservice af vanaf € 8,50 per maand."));
  CHECK(hit(Category::upsell, "Adicione a assistência ao lar desde 4,99 € por mês."));
  CHECK_FALSE(
      hit(Category::upsell, "Insurers will add flood cover from £9 a month to new policies, the trade body said."));
  CHECK_FALSE(hit(Category::upsell, "Die Versicherer verlangen für den Schutz ab Mai 7,90 € im Monat mehr."));
  CHECK_FALSE(hit(Category::upsell, "Les assureurs ajoutent une garantie à partir de 5 € par mois, selon l'UFC."));
  CHECK_FALSE(hit(Category::upsell, "Las aseguradoras cobrarán el seguro desde 6 € al mes, según la OCU."));
  CHECK_FALSE(hit(Category::upsell, "Le compagnie aggiungono la copertura da 4 euro al mese, dice l'Ivass."));
  CHECK_FALSE(hit(Category::upsell, "Verzekeraars sluiten de dekking af vanaf 8 euro per maand, meldt de AFM."));
  CHECK_FALSE(hit(Category::upsell, "As seguradoras cobram o seguro desde 5 € por mês, diz a Deco."));
}

TEST_CASE("a devlog's bare wishlist button, the plea that every wishlist helps, a soundtrack on sale and its store button",
          "[transform]") {
  CHECK(hit(Category::house_ad, "Wishlist on Steam"));
  CHECK(hit(Category::house_ad, "Every wishlist really helps a small team like ours."));
  CHECK(hit(Category::house_ad, "The original soundtrack is 40% off on Bandcamp until Monday."));
  CHECK(hit(Category::house_ad, "Listen and buy on Bandcamp"));
  CHECK(hit(Category::house_ad, "Jeder Wunschlisten-Eintrag hilft uns beim Start."));
  CHECK(hit(Category::house_ad, "Der Soundtrack ist diese Woche 25% günstiger auf Bandcamp."));
  CHECK(hit(Category::house_ad, "Reinhören und kaufen bei Bandcamp"));
  CHECK(hit(Category::house_ad, "Ajoutez à votre liste de souhaits Steam"));
  CHECK(hit(Category::house_ad, "Chaque ajout en liste de souhaits nous aide énormément."));
  CHECK(hit(Category::house_ad, "La bande originale est à -30% sur Bandcamp cette semaine."));
  CHECK(hit(Category::house_ad, "Cada lista de deseados nos ayuda muchísimo."));
  CHECK(hit(Category::house_ad, "La banda sonora, con un 30% de descuento en Bandcamp esta semana."));
  CHECK(hit(Category::house_ad, "Ogni lista dei desideri ci aiuta a farci notare."));
  CHECK(hit(Category::house_ad, "La colonna sonora è scontata del 30% su Bandcamp fino a domenica."));
  CHECK(hit(Category::house_ad, "Elk verlanglijstje helpt ons enorm."));
  CHECK(hit(Category::house_ad, "De soundtrack heeft deze week 30% korting op Bandcamp."));
  CHECK(hit(Category::house_ad, "Cada lista de desejos nos ajuda a aparecer mais."));
  CHECK(hit(Category::house_ad, "A trilha sonora está com 30% de desconto no Bandcamp."));
  CHECK_FALSE(hit(Category::house_ad, "The game topped the Steam wishlist charts for three weeks running."));
  CHECK_FALSE(hit(Category::house_ad, "Bandcamp was sold for the second time in two years, and half its staff were laid off."));
  CHECK_FALSE(hit(Category::house_ad, "Die Wunschliste der Stadt für den Haushalt 2025 umfasst 40 Projekte."));
  CHECK_FALSE(hit(Category::house_ad, "La bande originale du film a été enregistrée à Prague."));
  CHECK_FALSE(hit(Category::house_ad, "La banda sonora de la película ganó un premio en Berlín."));
  CHECK_FALSE(hit(Category::house_ad, "La colonna sonora del film è stata registrata a Praga."));
  CHECK_FALSE(hit(Category::house_ad, "De verlanglijst van de gemeente telt veertig projecten."));
  CHECK_FALSE(hit(Category::house_ad, "A trilha sonora do filme foi gravada em Praga."));
}

TEST_CASE("a community server's head count as so many strong and its bare join button; news of the app is not",
          "[transform]") {
  CHECK(hit(Category::social, "Our Discord is 3,100 players strong, and we post patch previews there first."));
  CHECK(hit(Category::social, "Join the Discord"));
  CHECK(hit(Category::social, "Unser Discord-Server hat schon über 2.000 Mitglieder."));
  CHECK(hit(Category::social, "Dem Discord beitreten"));
  CHECK(hit(Category::social, "Rejoignez le Discord"));
  CHECK(hit(Category::social, "Notre serveur Discord compte déjà 2 000 membres."));
  CHECK(hit(Category::social, "Únete al Discord"));
  CHECK(hit(Category::social, "Nuestro Discord ya tiene más de 2.000 miembros."));
  CHECK(hit(Category::social, "Il nostro server Discord conta già più di 2.000 membri."));
  CHECK(hit(Category::social, "Word lid van onze Discord"));
  CHECK(hit(Category::social, "Onze Discord telt inmiddels ruim 2.000 leden."));
  CHECK(hit(Category::social, "Nosso Discord já tem mais de 2.000 membros."));
  CHECK_FALSE(hit(Category::social, "Discord has 150 million monthly users and is cutting 17% of its staff."));
  CHECK_FALSE(hit(Category::social, "Discord zählt inzwischen 150 Millionen Nutzer."));
  CHECK_FALSE(hit(Category::social, "Discord compte désormais 150 millions d'utilisateurs."));
  CHECK_FALSE(hit(Category::social, "Discord tiene ya 150 millones de usuarios."));
  CHECK_FALSE(hit(Category::social, "Discord conta ormai 150 milioni di utenti."));
  CHECK_FALSE(hit(Category::social, "Discord heeft inmiddels 150 miljoen gebruikers."));
  CHECK_FALSE(hit(Category::social, "O Discord já tem 150 milhões de usuários."));
}

TEST_CASE("a label's shop lines: first copies on coloured vinyl, when pre-orders ship, order direct; news of records is not",
          "[transform]") {
  CHECK(hit(Category::house_ad, "The first 500 copies are pressed on clear vinyl with a fold-out poster."));
  CHECK(hit(Category::house_ad, "Pre-orders ship two weeks before the release date."));
  CHECK(hit(Category::house_ad, "Grab it at your local record shop, or order direct from the label shop."));
  CHECK(hit(Category::house_ad, "Browse the print shop"));
  CHECK(hit(Category::house_ad, "Die ersten 300 Exemplare werden auf rotem Vinyl gepresst und sind handnummeriert."));
  CHECK(hit(Category::house_ad, "Vorbestellungen werden eine Woche vor dem Termin verschickt."));
  CHECK(hit(Category::house_ad, "Les 300 premiers exemplaires sont pressés sur vinyle bleu."));
  CHECK(hit(Category::house_ad, "Les précommandes seront expédiées une semaine avant la sortie."));
  CHECK(hit(Category::house_ad, "Las primeras 300 copias vienen firmadas por la banda."));
  CHECK(hit(Category::house_ad, "Pídelo directamente al sello y nos ayudas más."));
  CHECK(hit(Category::house_ad, "Le prime 300 copie sono numerate a mano."));
  CHECK(hit(Category::house_ad, "I preordini verranno spediti una settimana prima dell'uscita."));
  CHECK(hit(Category::house_ad, "De eerste 300 exemplaren zijn geperst op wit vinyl."));
  CHECK(hit(Category::house_ad, "Bestel hem rechtstreeks bij het label."));
  CHECK(hit(Category::house_ad, "As primeiras 300 cópias são autografadas pela banda."));
  CHECK(hit(Category::house_ad, "As pré-vendas serão enviadas uma semana antes do lançamento."));
  CHECK_FALSE(hit(Category::house_ad, "The first 500 copies sold out in an hour, and a repress is due in spring."));
  CHECK_FALSE(hit(Category::house_ad, "The album was recorded in a barn and pressed in Czechia."));
  CHECK_FALSE(hit(Category::house_ad, "Die ersten 500 Exemplare waren in einer Stunde verkauft."));
  CHECK_FALSE(hit(Category::house_ad, "Les 500 premiers exemplaires se sont vendus en une heure."));
  CHECK_FALSE(hit(Category::house_ad, "Las primeras 500 copias se agotaron en una hora."));
  CHECK_FALSE(hit(Category::house_ad, "Le prime 500 copie sono andate esaurite in un'ora."));
  CHECK_FALSE(hit(Category::house_ad, "De eerste 500 exemplaren waren binnen een uur uitverkocht."));
  CHECK_FALSE(hit(Category::house_ad, "As primeiras 500 cópias esgotaram em uma hora."));
}

TEST_CASE("a fantasy league's promo: it is back, pick a captain under a budget, build a team by a date, the top manager wins",
          "[transform]") {
  CHECK(hit(Category::house_ad, "Pitchside Fantasy is back"));
  CHECK(hit(Category::house_ad, "Pick eleven players and a captain within a £100m budget."));
  CHECK(hit(Category::house_ad, "Build your squad by Friday 7pm."));
  CHECK(hit(Category::house_ad, "The top manager of the season wins a signed shirt."));
  CHECK(hit(Category::house_ad, "Das Managerspiel ist zurück"));
  CHECK(hit(Category::house_ad, "Wähle elf Spieler und einen Kapitän mit einem Budget von 100 Millionen."));
  CHECK(hit(Category::house_ad, "Der beste Manager der Saison gewinnt ein Trikot."));
  CHECK(hit(Category::house_ad, "Compose ton équipe avant le 18 octobre."));
  CHECK(hit(Category::house_ad, "Choisis cinq joueurs et un capitaine avec un budget de 100 crédits."));
  CHECK(hit(Category::house_ad, "Crea tu equipo antes del 18 de octubre."));
  CHECK(hit(Category::house_ad, "Elige cinco jugadores y un capitán con un presupuesto de 100 créditos."));
  CHECK(hit(Category::house_ad, "Crea la tua squadra entro il 18 ottobre."));
  CHECK(hit(Category::house_ad, "Scegli cinque giocatori e un capitano con 100 crediti."));
  CHECK(hit(Category::house_ad, "Stel je team samen voor 18 oktober."));
  CHECK(hit(Category::house_ad, "Kies vijf spelers en een aanvoerder binnen een budget van 100 punten."));
  CHECK(hit(Category::house_ad, "Monte seu time até 18 de outubro."));
  CHECK(hit(Category::house_ad, "Escolha cinco jogadores e um capitão com um orçamento de 100 cartoletas."));
  CHECK_FALSE(hit(Category::house_ad, "The club named a new captain and cut its wage budget by 20%."));
  CHECK_FALSE(hit(Category::house_ad, "The top scorer wins the Golden Boot for the second year."));
  CHECK_FALSE(hit(Category::house_ad, "Founders should build your team before you raise, she argued."));
  CHECK_FALSE(hit(Category::house_ad, "Der Verein wählte einen neuen Kapitän und kürzte das Budget."));
  CHECK_FALSE(hit(Category::house_ad, "Le club a choisi un nouveau capitaine malgré un budget réduit."));
  CHECK_FALSE(hit(Category::house_ad, "El club eligió un nuevo capitán pese al recorte de presupuesto."));
  CHECK_FALSE(hit(Category::house_ad, "Il club ha scelto un nuovo capitano nonostante il budget ridotto."));
  CHECK_FALSE(hit(Category::house_ad, "De club koos een nieuwe aanvoerder ondanks het kleinere budget."));
  CHECK_FALSE(hit(Category::house_ad, "O clube escolheu um novo capitão apesar do orçamento menor."));
}

TEST_CASE("a paid fan or listener tier in one line: join for so much a month, the private feed, the presale code",
          "[transform]") {
  CHECK(hit(Category::upsell, "Join the Night Owls Club for $4 a month and hear every demo first."));
  CHECK(hit(Category::upsell, "Paste your private feed into any podcast app."));
  CHECK(hit(Category::upsell, "Fan club members, your presale code goes out on Monday."));
  CHECK(hit(Category::upsell, "Dein privater Feed funktioniert in jeder Podcast-App."));
  CHECK(hit(Category::upsell, "Werde Mitglied im Fanclub für nur 3 € im Monat."));
  CHECK(hit(Category::upsell, "Votre flux privé fonctionne dans toutes les applis de podcast."));
  CHECK(hit(Category::upsell, "Rejoignez le club des fans pour 3 € par mois."));
  CHECK(hit(Category::upsell, "Tu feed privado funciona en cualquier app de pódcast."));
  CHECK(hit(Category::upsell, "Únete al club de fans por 3 € al mes."));
  CHECK(hit(Category::upsell, "Il tuo feed privato funziona in qualsiasi app di podcast."));
  CHECK(hit(Category::upsell, "Unisciti al fan club per 3 € al mese."));
  CHECK(hit(Category::upsell, "Je persoonlijke feed werkt in elke podcastapp."));
  CHECK(hit(Category::upsell, "Word lid van de fanclub voor 3 euro per maand."));
  CHECK(hit(Category::upsell, "Seu feed privado funciona em qualquer app de podcast."));
  CHECK(hit(Category::upsell, "Junte-se ao fã-clube por R$ 9 por mês."));
  CHECK_FALSE(hit(Category::upsell, "The platform now lets users switch to a private feed that only friends can see."));
  CHECK_FALSE(hit(Category::upsell, "Tickets go on general sale on Friday; a presale ran earlier in the week."));
  CHECK_FALSE(hit(Category::upsell, "The gym's new members pay £30 a month after the price rise."));
  CHECK_FALSE(hit(Category::upsell, "Die Plattform bietet jetzt einen privaten Modus für Fotos."));
  CHECK_FALSE(hit(Category::upsell, "Le réseau propose désormais un mode privé pour les photos."));
  CHECK_FALSE(hit(Category::upsell, "La red social estrena un modo privado para fotos."));
  CHECK_FALSE(hit(Category::upsell, "Il social network introduce una modalità privata per le foto."));
  CHECK_FALSE(hit(Category::upsell, "Het netwerk introduceert een privémodus voor foto's."));
  CHECK_FALSE(hit(Category::upsell, "A rede social lança um modo privado para fotos."));
}

TEST_CASE("a record's pre-order box opening on its title on vinyl; news of a reissue is not", "[transform]") {
  CHECK(hit(Category::house_ad, "Pre-order 'Harbour Lights' on 180g vinyl"));
  CHECK(hit(Category::house_ad, "'Harbour Lights' auf 180g-Vinyl vorbestellen"));
  CHECK(hit(Category::house_ad, "Précommandez « Harbour Lights » en vinyle"));
  CHECK(hit(Category::house_ad, "Reserva 'Harbour Lights' en vinilo"));
  CHECK(hit(Category::house_ad, "Preordina 'Harbour Lights' in vinile"));
  CHECK(hit(Category::house_ad, "Bestel 'Harbour Lights' op vinyl"));
  CHECK(hit(Category::house_ad, "Pré-encomende 'Harbour Lights' em vinil"));
  CHECK_FALSE(hit(Category::house_ad, "The band's debut, long out of print, returns on vinyl in May."));
  CHECK_FALSE(hit(Category::house_ad, "Das Debüt der Band erscheint im Mai erneut auf Vinyl."));
  CHECK_FALSE(hit(Category::house_ad, "Le premier album du groupe ressort en vinyle en mai."));
  CHECK_FALSE(hit(Category::house_ad, "El debut de la banda vuelve a editarse en vinilo en mayo."));
  CHECK_FALSE(hit(Category::house_ad, "L'esordio della band torna in vinile a maggio."));
  CHECK_FALSE(hit(Category::house_ad, "Het debuut van de band verschijnt in mei opnieuw op vinyl."));
  CHECK_FALSE(hit(Category::house_ad, "A estreia da banda volta a sair em vinil em maio."));
}

TEST_CASE("a small studio's one-line credit of its team size; a story of a team that size is not", "[transform]") {
  CHECK(hit(Category::self_description, "Made with a lot of coffee by four people in Leeds."));
  CHECK(hit(Category::self_description, "Gemacht mit viel Kaffee von vier Leuten in Köln."));
  CHECK(hit(Category::self_description, "Fait avec beaucoup de café par quatre personnes à Nantes."));
  CHECK(hit(Category::self_description, "Hecho con mucho café por cuatro personas en Sevilla."));
  CHECK(hit(Category::self_description, "Fatto con tanto caffè da quattro persone a Bologna."));
  CHECK(hit(Category::self_description, "Gemaakt met veel koffie door vier mensen in Utrecht."));
  CHECK(hit(Category::self_description, "Feito com muito café por quatro pessoas em Braga."));
  CHECK_FALSE(hit(Category::self_description,
                  "Made by six people in a garage, the app now has two million users and a new owner."));
  CHECK_FALSE(hit(Category::self_description, "Gemacht von vier Leuten in einer Garage, hat die App heute zwei Millionen Nutzer."));
  CHECK_FALSE(hit(Category::self_description, "Fait par quatre personnes dans un garage, l'outil compte deux millions d'utilisateurs."));
  CHECK_FALSE(hit(Category::self_description, "Hecho por cuatro personas en un garaje, la app tiene hoy dos millones de usuarios."));
  CHECK_FALSE(hit(Category::self_description, "Fatto da quattro persone in un garage, oggi l'app ha due milioni di utenti."));
  CHECK_FALSE(hit(Category::self_description, "Gemaakt door vier mensen in een garage, heeft de app nu twee miljoen gebruikers."));
  CHECK_FALSE(hit(Category::self_description, "Feito por quatro pessoas numa garagem, o app tem hoje dois milhões de usuários."));
}

TEST_CASE("a sponsor prospectus, a gift doubled by donors and a Friends scheme's join line; news of them is not", "[transform]") {
  CHECK(hit(Category::advertise, "Download the sponsor prospectus (PDF)"));
  CHECK(hit(Category::advertise, "Ask for our sponsor pack"));
  CHECK(hit(Category::advertise, "Sponsoring-Mappe herunterladen"));
  CHECK(hit(Category::advertise, "Téléchargez le dossier de sponsoring"));
  CHECK(hit(Category::advertise, "Descarga el dossier de patrocinio"));
  CHECK(hit(Category::advertise, "Scarica il kit sponsor"));
  CHECK(hit(Category::advertise, "Bekijk het sponsorpakket"));
  CHECK(hit(Category::advertise, "Conheça o plano de patrocínio"));
  CHECK_FALSE(hit(Category::advertise, "The club's sponsor pulled out of the deal in March."));
  CHECK(hit(Category::donation, "For one day, every gift to the bursary fund will be doubled by two graduates, up to £50,000."));
  CHECK(hit(Category::donation, "Every donation made before midnight will be matched."));
  CHECK(hit(Category::donation, "Jede Spende wird bis Sonntag von einem Förderer verdoppelt."));
  CHECK(hit(Category::donation, "Chaque don sera doublé jusqu'à 10 000 euros."));
  CHECK(hit(Category::donation, "Cada donación se duplicará hasta el domingo."));
  CHECK(hit(Category::donation, "Ogni donazione sarà raddoppiata fino a domenica."));
  CHECK(hit(Category::donation, "Elke gift wordt verdubbeld tot zondag."));
  CHECK(hit(Category::donation, "Cada doação será duplicada até domingo."));
  CHECK_FALSE(hit(Category::donation, "The rent for every flat will be doubled next year, tenants said."));
  CHECK(hit(Category::donation, "Join the Friends today"));
  CHECK(hit(Category::donation, "or download a membership form."));
  CHECK(hit(Category::donation, "Laden Sie den Mitgliedsantrag herunter."));
  CHECK(hit(Category::donation, "Téléchargez le bulletin d'adhésion."));
  CHECK(hit(Category::donation, "Descarga la ficha de socio."));
  CHECK(hit(Category::donation, "Scarica il modulo di adesione."));
  CHECK(hit(Category::donation, "Download het lidmaatschapsformulier."));
  CHECK(hit(Category::donation, "Preencha a ficha de sócio."));
  CHECK_FALSE(hit(Category::donation, "The Friends of the Library bought 40 rare books last year."));
  CHECK_FALSE(hit(Category::donation, "The new membership form asks for less data, the club said."));
  CHECK_FALSE(hit(Category::donation, "Die Beitrittserklärung wurde 1990 unterzeichnet."));
  CHECK_FALSE(hit(Category::donation, "Le formulaire d'adhésion a été simplifié cette année."));
}

TEST_CASE("thanks to a year's supporters over their list; news of what supporters did is not", "[transform]") {
  CHECK(hit(Category::sponsor, "With thanks to our 2019 supporters: Acme, Brightline and the city council."));
  CHECK(hit(Category::sponsor, "Thank you to our funders:"));
  CHECK(hit(Category::sponsor, "Herzlichen Dank an unsere Förderer 2024: die Stadt und zwei Stiftungen."));
  CHECK(hit(Category::sponsor, "Merci à nos partenaires 2024 : la ville et la région."));
  CHECK(hit(Category::sponsor, "Gracias a nuestros colaboradores de 2024: el ayuntamiento y dos fundaciones."));
  CHECK(hit(Category::sponsor, "Grazie ai nostri sostenitori: il comune e due fondazioni."));
  CHECK(hit(Category::sponsor, "Dank aan onze partners van 2024: de gemeente en twee fondsen."));
  CHECK(hit(Category::sponsor, "Obrigado aos nossos parceiros de 2024: a câmara e duas fundações."));
  CHECK_FALSE(hit(Category::sponsor, "Thanks to our supporters, the shelter reopened in May."));
  CHECK_FALSE(hit(Category::sponsor, "Dank an unsere Unterstützer ging die Sammlung gut aus."));
  CHECK_FALSE(hit(Category::sponsor, "Merci à nos soutiens, le festival a accueilli 9 000 personnes."));
  CHECK_FALSE(hit(Category::sponsor, "Grazie ai nostri sostenitori il rifugio ha riaperto a maggio."));
}

TEST_CASE("a course platform's verified certificate and a referral credit's terms; news of certificates is not", "[transform]") {
  CHECK(hit(Category::upsell, "Upgrade to a verified certificate for £39 and add it to your LinkedIn profile in one click."));
  CHECK(hit(Category::upsell, "Share your certificate on your LinkedIn profile."));
  CHECK(hit(Category::upsell, "Jetzt verifiziertes Zertifikat erwerben und Ihrem LinkedIn-Profil hinzufügen."));
  CHECK(hit(Category::upsell, "Passez au certificat vérifié pour 39 euros."));
  CHECK(hit(Category::upsell, "Consigue un certificado verificado por 39 euros."));
  CHECK(hit(Category::upsell, "Ottieni un certificato verificato per 39 euro."));
  CHECK(hit(Category::upsell, "Haal een geverifieerd certificaat voor 39 euro."));
  CHECK(hit(Category::upsell, "Obtenha um certificado verificado por 39 euros."));
  CHECK_FALSE(hit(Category::upsell, "The ministry said the certificates will be verified by March."));
  CHECK_FALSE(hit(Category::upsell, "Zertifikate werden künftig von der Kammer verifiziert."));
  CHECK_FALSE(hit(Category::upsell, "Les certificats vérifiés par l'État seront obligatoires en 2026."));
  CHECK(hit(Category::upsell, "Credit expires 90 days after it is issued. Referral terms apply."));
  CHECK(hit(Category::upsell, "Es gelten die Bedingungen des Empfehlungsprogramms."));
  CHECK(hit(Category::upsell, "Voir les conditions du programme de parrainage."));
  CHECK(hit(Category::upsell, "Se aplican las condiciones del programa de referidos."));
  CHECK(hit(Category::upsell, "Si applicano i termini del programma referral."));
  CHECK(hit(Category::upsell, "De voorwaarden van het verwijsprogramma zijn van toepassing."));
  CHECK(hit(Category::upsell, "Aplicam-se os termos do programa de indicação."));
  CHECK_FALSE(hit(Category::upsell, "The tax credit expires at the end of the year, the minister said."));
  CHECK_FALSE(hit(Category::upsell, "Hospitals changed their referral rules in June."));
}

TEST_CASE("a weekly picks poll on whether the picks were useful; news of useful courses is not", "[transform]") {
  CHECK(hit(Category::feedback, "Were these picks useful?"));
  CHECK(hit(Category::feedback, "Were these courses helpful?"));
  CHECK(hit(Category::feedback, "Waren diese Empfehlungen hilfreich?"));
  CHECK(hit(Category::feedback, "Ces cours vous ont-ils été utiles ?"));
  CHECK(hit(Category::feedback, "¿Te han resultado útiles estos cursos?"));
  CHECK(hit(Category::feedback, "Ti sono stati utili questi corsi?"));
  CHECK(hit(Category::feedback, "Waren deze aanbevelingen nuttig?"));
  CHECK(hit(Category::feedback, "Estas dicas foram úteis?"));
  CHECK_FALSE(hit(Category::feedback, "The courses were useful for 80% of learners, the study found."));
  CHECK_FALSE(hit(Category::feedback, "Die Kurse waren für viele Teilnehmer nützlich."));
}

TEST_CASE("a ticket promo's scarcity line with its call to buy; a report of tickets left is not", "[transform]") {
  CHECK(hit(Category::house_ad, "Only 150 tickets left - grab yours from the Box Office or at example.org/tickets before they sell out!"));
  CHECK(hit(Category::house_ad, "Get yours at the door before they sell out."));
  CHECK(hit(Category::house_ad, "Nur noch 40 Karten – jetzt sichern!"));
  CHECK(hit(Category::house_ad, "Sichert euch eure Tickets im Vorverkauf, bevor sie weg sind."));
  CHECK(hit(Category::house_ad, "Plus que 40 places : réservez vite !"));
  CHECK(hit(Category::house_ad, "Prenez vos billets à l'accueil avant qu'ils ne soient tous partis."));
  CHECK(hit(Category::house_ad, "Solo quedan 40 entradas: consigue la tuya en taquilla."));
  CHECK(hit(Category::house_ad, "Compra tus entradas online antes de que se agoten."));
  CHECK(hit(Category::house_ad, "Solo 40 biglietti rimasti: prenota subito."));
  CHECK(hit(Category::house_ad, "Acquista i tuoi biglietti online prima che finiscano."));
  CHECK(hit(Category::house_ad, "Nog maar 40 kaarten over: koop ze snel."));
  CHECK(hit(Category::house_ad, "Bestel je tickets online voordat ze uitverkocht zijn."));
  CHECK(hit(Category::house_ad, "Restam apenas 40 bilhetes: garanta o seu."));
  CHECK(hit(Category::house_ad, "Compre os seus bilhetes online antes que esgotem."));
  CHECK_FALSE(hit(Category::house_ad, "Only 150 tickets left for Saturday's final, the club said."));
  CHECK_FALSE(hit(Category::house_ad, "Fans queued overnight, and the last seats went before noon."));
  CHECK_FALSE(hit(Category::house_ad, "Laut Veranstalter gibt es nur noch 40 Karten für das Finale."));
  CHECK_FALSE(hit(Category::house_ad, "Selon l'organisateur, il ne reste plus que 40 places."));
  CHECK_FALSE(hit(Category::house_ad, "Según la organización, solo quedan 40 entradas para la final."));
}
