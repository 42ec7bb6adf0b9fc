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
    "20 g Eiweiß, wenig Zucker, drei neue Sorten. Diesen Monat an der Theke 3 Riegel für 5 €.",
    "Quantpad builds your portfolio backtest in plain English",
    // Batch 23.
    "SHOP THE GUIDE: DVDs of this week's movies at 20% off in the PrimeTime Store.",
    "SPECIAL REPORT: \"5 Stocks to Own Before the Election\"",
    "Our analysts' new 40-page report names five companies set to soar no matter who wins.",
    "Get it FREE when you try TickerTape Premium for 30 days.",
    // Batch 29.
    "Save 20% when you order any of these titles direct from bridgeworks.example.",
    "Use code BWNEW at checkout.",
    "Is your user group a member of the Bridgeworks User Group Program?",
    "Members get a free review copy of every new title, 20% off for every member and posters for your meetings.",
    "Sign up at http://ug.bridgeworks.example/join",
    "Want to review our books for your newsletter or web site?",
    "Upgrade to Gold today",
    "Add these to your queue",
    "Upgrade to 4 discs at a time for just $5 more a month.",
    "Choose the mirror nearest to you:",
    "North America (California)",
    "Europe (Amsterdam)",
    "SONARIS PLAYER PRO - $19.95",
    "Buy Pro now and get the Skins Pack free.",
    "The installer also offers the FastSurf toolbar for Internet Explorer.",
    "It is optional; untick the box during setup if you do not want it.",
    "Get 3 months of MusicNow Unlimited free with Sonaris Player 5.0 - stream more than 500,000 songs.",
    "Offer for US residents only.",
    "Text STOP to 80555 to stop receiving TONEZONE WEEKLY.",
    "Win a Nokia 3650! Text WIN to 80777.",
    "Closing date 31 May 2003.",
    "HOW TO ORDER: Text the code to 80555.",
    "You must be 16 or over and have the bill payer's permission.",
    "Not compatible? Check the phone list at www.tonezone.example/phones before you order.",
    "Take our 5-minute owner survey and you could win a DV-820 DVD recorder.",
    // Batch 30.
    "Jetzt die Leseprobe lesen",
    "Wir verlosen 10 signierte Exemplare von „Das Haus am Deich“.",
    "Teilnahmeschluss ist der 31. März 2024. Der Rechtsweg ist ausgeschlossen.",
    "Alle unsere Bücher erhalten Sie in Ihrer Buchhandlung oder versandkostenfrei in unserem",
    "Rates vary and are not guaranteed. Bonus terms apply.",
    "Refinance now! Rates as low as 5.75% APR at Coastal Savings.",
    "Call 1-800-555-0188 or visit www.coastalsavings.example",
    "CLASSIFIEDS: Find a job, a car or a home in today's Tribune classifieds at",
    "Place an ad online 24 hours a day.",
    "TEMPLATE SHOP",
    "Professional web templates from $29. Each one comes with the layered Photoshop file and clean HTML.",
};

// News the rules drop as chrome; only ever shrink this list.
const std::set<std::string> k_known_lost = {};

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
