// transform/markers: recognising a block for what it is from its words and
// its place in the issue. What a hit does to the blocks around it is
// clean()'s, tested in clean_test.cpp.

#include "transform/markers.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <optional>
#include <string>

#include "tests/support/fixture_table.hpp"
#include "transform/words.hpp"

using namespace distill::transform;

namespace {

// The marker for `text`, read as a block at `position` (0..1) of its issue.
std::optional<MarkerHit> marker(const std::string& text, double position = 0.5, bool label = false) {
  const std::string folded = fold_for_match(text);
  MarkerContext ctx;
  ctx.folded = folded;
  ctx.words = count_words(folded);
  ctx.label = label;
  ctx.paragraph = !label;
  ctx.position = position;
  return find_marker(ctx);
}

}  // namespace

TEST_CASE("markers know a sponsor's block by its opening words", "[transform]") {
  auto hit = marker("This week's issue is brought to you by Lantern Analytics, the dashboard for small teams.");
  REQUIRE(hit);
  CHECK(hit->kind == RemovalKind::sponsor);
  CHECK(hit->evidence.find("brought to you by") != std::string::npos);

  // A label line alone heads the ad under it.
  auto label = marker("SPONSORED", 0.3, /*label=*/true);
  REQUIRE(label);
  CHECK(label->kind == RemovalKind::sponsor);
  CHECK(label->action == MarkerAction::section);

  // So does a label that names the ad in more words; one that ends in a
  // preposition stands over the sponsor's logo.
  auto partner = marker("OUR PARTNER", 0.3, /*label=*/true);
  REQUIRE(partner);
  CHECK(partner->action == MarkerAction::section);
  auto unser = marker("Unser Partner", 0.3, /*label=*/true);
  REQUIRE(unser);
  CHECK(unser->action == MarkerAction::section);
  for (const char* text : {"FROM OUR SPONSOR", "This week's sponsor"}) {
    auto own = marker(text, 0.3, /*label=*/true);
    REQUIRE(own);
    CHECK(own->action == MarkerAction::section);  // not a tag on the item above
  }
  auto together = marker("Together with", 0.3, /*label=*/true);
  REQUIRE(together);
  CHECK(together->action == MarkerAction::bare_label);

  // A tag at the end of a plain-text item's title, before its link.
  auto item = marker(
      "Ship your app this weekend with Baseplate (Sponsor) [https://news.example/s2] Baseplate gives you auth, a "
      "database and file storage behind one key, with a free tier that never sleeps and half off for readers.");
  REQUIRE(item);
  CHECK(item->kind == RemovalKind::sponsor);
  CHECK(item->action == MarkerAction::block);
  // Deep in a long story, or not before a link, a bracketed word is not a tag.
  CHECK_FALSE(
      marker("Readers asked about the grey label (sponsored) that now sits over some search results; the "
             "company said it marks paid placements and that the label would grow larger and darker from May."));
}

TEST_CASE("markers know chrome and the footer", "[transform]") {
  auto browser = marker("View this email in your browser", 0.0);
  REQUIRE(browser);
  CHECK(browser->kind == RemovalKind::chrome);

  auto footer = marker("You are receiving this email because you signed up at our website. Unsubscribe.", 0.95);
  REQUIRE(footer);
  CHECK(footer->kind == RemovalKind::footer);
}

TEST_CASE("markers know a paid item of a plain-text digest by its tag in every language", "[transform]") {
  for (const char* text :
       {"Publiez votre site en une soirée avec Grainpress (sponsorisé) [https://lettre.example/s4] Grainpress "
        "héberge vos pages, vos formulaires et vos images derrière une seule adresse, avec un mois offert aux "
        "lecteurs de cette lettre et une migration gratuite depuis votre ancien hébergeur.",
        "Monta tu tienda en una tarde con Vendimia (anuncio) https://boletin.example/a7 Vendimia te da "
        "catálogo, pagos y envíos en un solo panel, sin comisiones el primer trimestre y con soporte en "
        "español todos los días de la semana para quien se apunte este mes."}) {
    auto item = marker(text);
    REQUIRE(item);
    CHECK(item->kind == RemovalKind::sponsor);
    CHECK(item->action == MarkerAction::block);
  }
  // A story that puts the word in brackets later in its first sentence,
  // with no link after it, is news.
  CHECK_FALSE(marker("Le conseil municipal a voté mardi le budget du festival d'été, dont une part vient de "
                     "mécènes privés (partenariat conclu en 2023), et les organisateurs promettent des billets "
                     "au même prix que l'an dernier pour les trois soirées du mois d'août sur la place du "
                     "marché.",
                     0.3));
}

TEST_CASE("markers read the forwarded note of every language from the vocabulary", "[transform]") {
  // Near the end of the issue the note may start the footer, whatever its
  // language.
  for (const char* text : {"Quelqu'un vous a transféré cette lettre ? Abonnez-vous pour la recevoir chaque jeudi.",
                           "¿Alguien te reenvió este correo? Suscríbete y te llegará cada lunes.",
                           "Deze nieuwsbrief doorgestuurd gekregen? Schrijf je hier in."}) {
    auto note = marker(text, 0.9);
    REQUIRE(note);
    CHECK(note->kind == RemovalKind::chrome);
    CHECK(note->category == Category::forwarded);
    CHECK(note->footer_start);
  }
  // A story that reports a file passed on is news.
  CHECK_FALSE(marker("Le parquet a transféré mardi le dossier du chantier au tribunal de Lyon, qui doit "
                     "entendre les deux entreprises en mars.",
                     0.3));
  CHECK_FALSE(marker("La federación ha reenviado la propuesta del club a la liga, que la votará el jueves.", 0.3));
}

TEST_CASE("markers read the web-view note of every language from the vocabulary", "[transform]") {
  // The note goes as chrome and names the web view, whatever its
  // language.
  for (const char* text : {"Ce message ne s'affiche pas correctement ? Voir la version en ligne",
                           "¿No se ve correctamente este boletín? Ábrelo en tu navegador.",
                           "Non riesci a leggere bene questa email? Versione web"}) {
    auto note = marker(text, 0.0);
    REQUIRE(note);
    CHECK(note->kind == RemovalKind::chrome);
    CHECK(note->category == Category::view_online);
    CHECK_FALSE(note->footer_start);
  }
  // A story about a site's new online edition is news.
  CHECK_FALSE(marker("Le quotidien régional a lancé lundi une application et promet que ses abonnés "
                     "retrouveront chaque matin toutes les pages du journal papier, petites annonces comprises.",
                     0.3));
  CHECK_FALSE(marker("El ayuntamiento publicará en su web el nuevo calendario de recogida de residuos, que "
                     "entrará en vigor el uno de marzo en todos los barrios.",
                     0.3));
}

TEST_CASE("markers leave news that only mentions their words", "[transform]") {
  // Deep in a paragraph of reporting, words of the vocabulary are news.
  CHECK_FALSE(marker("The city council voted on Tuesday to renew the festival's funding after two of its "
                     "longtime sponsors withdrew, and organisers said ticket prices would stay the same.",
                     0.4));
  CHECK_FALSE(marker("Researchers measured the tides in the harbour for a year and found the spring range grew "
                     "by four centimetres.",
                     0.2));
}

TEST_CASE("markers tell a sentence from a label, and a job ad from other text", "[transform]") {
  CHECK(ends_like_sentence(fold_for_match("The vote passed.")));
  CHECK(ends_like_sentence(fold_for_match("First, the numbers,")));
  CHECK(ends_like_sentence(fold_for_match("He said \"it is done.\"")));
  CHECK_FALSE(ends_like_sentence(fold_for_match("Read more")));
  CHECK_FALSE(ends_like_sentence(fold_for_match("Top stories")));

  CHECK(is_job_ad(fold_for_match("Senior backend engineer, remote, full-time. Apply by Friday.")));
  CHECK_FALSE(is_job_ad(fold_for_match("The river rose two metres overnight.")));
  // One salary in thousands makes a listing of a line that names no job word.
  CHECK(is_job_ad(fold_for_match("Chief of Staff, Marrow Labs (Lisbon, EUR 85k)")));
  CHECK(is_job_ad(fold_for_match("Leiterin Kommunikation, Stadtwerke Nordheim (Kiel, €70k)")));
  CHECK_FALSE(is_job_ad(fold_for_match("The city paid EUR 85,000 for the new bridge lights.")));
  CHECK_FALSE(is_job_ad(fold_for_match("Der Umbau kostete 70 000 Euro, sagte die Kämmerin.")));
  // A band whose first number leaves its "k" to the second, with the
  // currency after it, as German and French listings write it.
  CHECK(is_job_ad(fold_for_match("Produktdesignerin, Hafenwerk Studio (Hamburg, 45–55k €)")));
  CHECK(is_job_ad(fold_for_match("Chargée de communication, Atelier Brume (Nantes, 38-42k €)")));
  CHECK_FALSE(is_job_ad(fold_for_match("Le 10k de Nantes part à 9 heures, 4 000 coureurs attendus.")));
}

TEST_CASE("markers know a closing wish and its signature in the seven languages, late in the issue", "[transform]") {
  const auto rows = distill::test::read_fixture_table(std::filesystem::path("clean") / "closing-wishes.txt");
  REQUIRE(rows.size() >= 14);
  for (const auto& row : rows) {
    REQUIRE(row.size() == 2);
    INFO(row[0] << ": " << row[1]);
    const auto hit = marker(row[1], 0.9);
    if (row[0] == "-") {
      CHECK_FALSE((hit && hit->evidence.starts_with("sign-off")));
      continue;
    }
    REQUIRE(hit);
    CHECK(hit->kind == RemovalKind::footer);
    CHECK(hit->footer_start);
    CHECK(hit->evidence.starts_with("sign-off"));
    // Early in the issue the same words are a greeting or a line of news.
    const auto early = marker(row[1], 0.2);
    CHECK_FALSE((early && early->evidence.starts_with("sign-off")));
  }
}

TEST_CASE("markers know a heading over the publisher's own workshop or course, as a whole line", "[transform]") {
  for (const char* text : {"MY WORKSHOP", "Unsere Kurse", "Nos ateliers", "Nuestros talleres", "I nostri corsi",
                           "Onze workshops", "Nossos cursos"}) {
    INFO(text);
    auto hit = marker(text, 0.7, /*label=*/true);
    REQUIRE(hit);
    CHECK(hit->kind == RemovalKind::promo);
    CHECK(hit->action == MarkerAction::section);
  }
  CHECK_FALSE(marker("Our course of action", 0.5, /*label=*/true));
}

TEST_CASE("markers know a heading over a vendor's seminars and offers, as a whole line", "[transform]") {
  for (const char* text : {"4. SEMINARS AND OFFERS", "Seminare und Angebote", "Formations et offres",
                           "Cursos y ofertas", "Corsi e offerte", "Trainingen en acties", "Cursos e ofertas"}) {
    INFO(text);
    auto hit = marker(text, 0.7, /*label=*/true);
    REQUIRE(hit);
    CHECK(hit->kind == RemovalKind::promo);
    CHECK(hit->action == MarkerAction::section);
  }
  CHECK_FALSE(marker("Seminars and offers drew record crowds", 0.5, /*label=*/true));
  CHECK_FALSE(marker("Angebote", 0.5, /*label=*/true));
}

TEST_CASE("markers know a heading over the publisher's shop of its own goods, as a whole line", "[transform]") {
  for (const char* text : {"TEMPLATE SHOP", "Verlagsshop", "La boutique des polices", "Tienda de plantillas",
                           "Negozio dei temi", "Boekenwinkel", "Loja de modelos"}) {
    INFO(text);
    auto hit = marker(text, 0.7, /*label=*/true);
    REQUIRE(hit);
    CHECK(hit->kind == RemovalKind::promo);
    CHECK(hit->action == MarkerAction::section);
  }
  CHECK_FALSE(marker("The template shop closed after ten years", 0.5, /*label=*/true));
  CHECK_FALSE(marker("App Store", 0.5, /*label=*/true));
}

TEST_CASE("a headline that reports a paywall is news, a subscriber-only offer is a promo", "[transform]") {
  for (const char* news : {"A podcast network goes subscriber-only", "Two of the largest magazines went subscribers only",
                           "The city's daily is moving to subscriber-only access next month."}) {
    CAPTURE(news);
    const auto hit = marker(news, 0.3, /*label=*/true);
    CHECK_FALSE((hit && hit->kind == RemovalKind::promo));
  }
  for (const char* promo : {"Subscriber-only: the full interview with our editor",
                            "This post is for paid subscribers. Upgrade to paid to read the rest."}) {
    CAPTURE(promo);
    const auto hit = marker(promo, 0.3);
    REQUIRE(hit);
    CHECK(hit->kind == RemovalKind::promo);
  }
}

TEST_CASE("a numbered section's sponsor label heads its ad as an unnumbered one does", "[transform]") {
  for (const char* text : {"6. PARTNER NEWS", "2) Sponsored", "4. From our sponsor"}) {
    CAPTURE(text);
    const auto hit = marker(text, 0.4, /*label=*/true);
    REQUIRE(hit);
    CHECK(hit->kind == RemovalKind::sponsor);
    CHECK(hit->action == MarkerAction::section);
  }
  CHECK_FALSE(marker("6. Harbour news", 0.4, /*label=*/true));
  CHECK_FALSE(marker("1999. Partner", 0.4, /*label=*/true));  // a year, not a section number
}

TEST_CASE("a notice that opens with the day a service desk changes its hours is news; the standing hours are "
          "the footer's",
          "[transform]") {
  // Late in the issue, the desk's standing hours are the footer's.
  auto standing = marker("Unsere Hotline erreichen Sie montags bis freitags von 9 bis 17 Uhr.", 0.8);
  REQUIRE(standing);
  CHECK(standing->kind == RemovalKind::footer);
  auto standing_en = marker("Our customer service team answers from 9am to 5pm on weekdays.", 0.8);
  REQUIRE(standing_en);
  CHECK(standing_en->kind == RemovalKind::footer);
  // The day the hours change opens a notice of the change.
  CHECK_FALSE(marker("Ab dem 1. Februar ist unser Kundenservice auch samstags von 10 bis 14 Uhr für Sie da.", 0.7));
  CHECK_FALSE(marker("From 2 June our customer service desk stays open until 8pm on Thursdays.", 0.7));
  CHECK_FALSE(
      marker("Vanaf 1 maart is onze klantenservice ook op zaterdag bereikbaar; neem contact op via de chat.", 0.7));
}

TEST_CASE("the VAT number is the imprint's; a VAT return due in a tax letter is news", "[transform]") {
  auto imprint = marker("Umsatzsteuer-Identifikationsnummer gemäß § 27a UStG: DE 123 456 789", 0.9);
  REQUIRE(imprint);
  CHECK(imprint->kind == RemovalKind::legal);
  CHECK_FALSE(marker("Die Umsatzsteuer-Voranmeldung für das vierte Quartal ist am 10. Januar fällig.", 0.5));
  CHECK_FALSE(marker("Für Kleinbetriebe entfällt die Umsatzsteuer auf Umsätze unter der neuen Grenze.", 0.5));
}

TEST_CASE("markers know a classified jobs box by its name as a label; a headline about the job market is not",
          "[transform]") {
  for (const char* text : {"STELLENMARKT", "Situations vacant", "Annonces d'emploi", "Ofertas de trabajo",
                           "Annunci di lavoro", "Vacatures", "Ofertas de emprego"}) {
    INFO(text);
    auto hit = marker(text, 0.8, /*label=*/true);
    REQUIRE(hit);
    CHECK(hit->kind == RemovalKind::jobs);
    CHECK(hit->action == MarkerAction::jobs_section);
  }
  for (const char* text : {"Stellenmarkt im Wandel: Fachkräfte fehlen", "Vacatures blijven onvervuld in de zorg",
                           "Situations vacant rise to a record in March"}) {
    INFO(text);
    auto hit = marker(text, 0.5, /*label=*/true);
    CHECK((!hit || hit->kind != RemovalKind::jobs));
  }
}

TEST_CASE("markers know a job listing by its title's gender tag; a figure in brackets is not", "[transform]") {
  CHECK(is_job_ad(fold_for_match("Projektleiterin Wärmenetze (m/w/d), Stadtwerke Beispielstadt")));
  CHECK(is_job_ad(fold_for_match("Chargé d'affaires réseaux (H/F), Lyon")));
  CHECK(is_job_ad(fold_for_match("Beleidsmedewerker energie (m/v), Provincie Zeeland")));
  CHECK(is_job_ad(fold_for_match("Técnico de redes (h/m), Sevilla")));
  CHECK(is_job_ad(fold_for_match("Tecnico impianti (m/f), Brescia")));
  CHECK_FALSE(is_job_ad(fold_for_match("Wind speeds reached 31 m/s (112 km/h) at the coast.")));
  CHECK_FALSE(is_job_ad(fold_for_match("Die Anlage liefert 4,2 MW (netto) ins Netz.")));
}
