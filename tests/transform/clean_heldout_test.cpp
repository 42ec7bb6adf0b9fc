// The held-out set of tests/fixtures/clean/heldout: hand-made newsletters in
// the seven languages of the vocabulary, each with the seven kinds of chrome
// cleaning must remove (footers, sponsor notices, unlabelled native ads,
// house ads, upsells and donations, feedback prompts, deliverability and
// self-description) and the news it must keep, shop offers and news that
// names a price or a discount among it. Annotated like the shared corpus
// (annotations.json), so bench/quality/run.sh --corpus scores it too.

#include <filesystem>
#include <set>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/support/corpus.hpp"
#include "transform/clean.hpp"
#include "transform/evidence.hpp"
#include "transform/html_document.hpp"
#include "transform/mime.hpp"

using namespace distill::transform;

namespace {

const std::filesystem::path k_dir = std::filesystem::path(DISTILL_FIXTURES_DIR) / "clean" / "heldout";

// What `distill process` does with a message a store has never seen: no
// history of its sender, no platform template, its List-Unsubscribe host.
CleanResult clean_message(const std::string& bytes) {
  const Message message = decode_message(bytes);
  CleanContext context;
  context.list_unsubscribe_host = list_unsubscribe_host(message.list_unsubscribe);
  return clean(message_to_document(message), {}, context);
}

// Chrome the rules do not remove yet; only ever shrink this list.
const std::set<std::string> k_known_misses = {
    "GKM aktuell · Ausgabe 6/2026",
    "Im GKM-Bonusprogramm sammeln Sie Punkte und lassen sich bis zu 150 Euro im Jahr auszahlen.",
    "reichen Sie mit der App „Meine GKM“ bequem per Foto ein",
    "Für jedes neue Mitglied, das Sie werben, bedanken wir uns mit einer Prämie von 25 Euro.",
    "You're on a 6-day learning streak! Finish one lesson today to keep it alive.",
    "Because you took Python Basics",
    "4.7 ★ (12,340 ratings) · 14 hours",
    "Keep learning on your commute",
    "Mándanos un audio por WhatsApp al 600 123 456",
    "Nos partenaires vous accueillent",
    "Partagez vos plus belles photos avec #CoteDesAjoncs",
    "Restez connectés",
    "Spedizione gratuita sopra i 69 € · Consegna in 48 ore in tutta Italia",
    "Con la Carta Amici del Vino accumuli un punto per ogni euro speso",
    "Regala al tuo amico 10 € sul suo primo ordine online",
    "Raccontaci com'è andato il tuo ultimo ordine",
    "Ordina in pochi tocchi dalla nostra app",
    "Zelf zonnepanelen op uw dak?",
    "Onze installatiepartner berekent gratis hoeveel panelen er op uw dak passen",
    "Stuur uw persoonlijke link door: stapt uw kennis over, dan krijgt u allebei 75 euro korting op de jaarafrekening.",
    "Hoe waarschijnlijk is het dat u Stroomwijzer aanbeveelt aan vrienden of familie?",
};

// News the rules drop as chrome; only ever shrink this list.
const std::set<std::string> k_known_lost = {
    "Vanaf 1 juli daalt ons variabele stroomtarief naar 0,27 euro per kWh inclusief btw",
    "De vaste leveringskosten blijven 6,95 euro per maand.",
};

}  // namespace

TEST_CASE("the held-out newsletters lose their chrome and keep their news", "[transform]") {
  const auto messages =
      nlohmann::json::parse(distill::test::read_file(k_dir / "annotations.json")).at("messages");
  REQUIRE(messages.size() >= 11);
  int languages = 0;
  std::string seen;
  for (const auto& [file, annotation] : messages.items()) {
    const std::string language = annotation.at("language").get<std::string>();
    if (seen.find(language) == std::string::npos) {
      seen += language + " ";
      ++languages;
    }
    const std::string bytes = distill::test::read_file(k_dir / file);
    REQUIRE_FALSE(bytes.empty());
    const CleanResult r = clean_message(bytes);
    const std::string text = distill::test::normalize(document_text(r.kept));
    for (const auto& snippet : annotation.at("must_drop")) {
      INFO(file << " must drop: " << snippet.get<std::string>());
      const bool present = text.find(distill::test::normalize(snippet.get<std::string>())) != std::string::npos;
      // A known miss that is now removed leaves the list.
      CHECK(present == k_known_misses.contains(snippet.get<std::string>()));
    }
    for (const auto& snippet : annotation.at("must_keep")) {
      INFO(file << " must keep: " << snippet.get<std::string>());
      const bool kept = text.find(distill::test::normalize(snippet.get<std::string>())) != std::string::npos;
      // A known loss that is now kept leaves the list.
      CHECK(kept != k_known_lost.contains(snippet.get<std::string>()));
    }
    // Every removal says what decided it.
    for (const auto& removed : r.removed) {
      INFO(file << ": " << removed.block.text);
      CHECK_FALSE(removed.evidence.empty());
    }
  }
  CHECK(languages == 7);
}
