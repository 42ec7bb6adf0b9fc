// Tests transform/text_document.cpp.

#include "transform/text_document.hpp"

#include <algorithm>
#include <filesystem>

#include <catch2/catch.hpp>

#include "tests/support/corpus.hpp"
#include "transform/charset.hpp"

using namespace distill::transform;

namespace {
std::vector<std::pair<BlockKind, std::string>> shape(const Document& d) {
  std::vector<std::pair<BlockKind, std::string>> out;
  for (const Block& b : d.blocks) out.emplace_back(b.kind, b.text);
  return out;
}
}  // namespace

TEST_CASE("text_to_document finds paragraphs, lists, headings and quotes", "[transform]") {
  const std::string text =
      "WEEKLY NEWS\n"
      "\n"
      "The first paragraph is\nwrapped at a short width.\n"
      "\n"
      "Top stories\n"
      "===========\n"
      "\n"
      "* First item\n"
      "  continues here\n"
      "* Second item\n"
      "    - nested item\n"
      "1. Numbered one\n"
      "2) Numbered two\n"
      "\n"
      "----------\n"
      "\n"
      "## Markdown heading\n"
      "> quoted line one\n"
      "> quoted line two\n"
      ">\n"
      "> second quote\n"
      "\n"
      "See https://example.com/a?utm_source=x, or www.example.org.\n";
  const Document d = text_to_document(text);
  using K = BlockKind;
  const std::vector<std::pair<K, std::string>> expected = {
      {K::heading, "WEEKLY NEWS"},
      {K::paragraph, "The first paragraph is wrapped at a short width."},
      {K::heading, "Top stories"},
      {K::list_item, "First item continues here"},
      {K::list_item, "Second item"},
      {K::list_item, "nested item"},
      {K::list_item, "Numbered one"},
      {K::list_item, "Numbered two"},
      {K::separator, ""},
      {K::heading, "Markdown heading"},
      {K::quote, "quoted line one quoted line two"},
      {K::quote, "second quote"},
      {K::paragraph, "See https://example.com/a?utm_source=x, or www.example.org."},
  };
  CHECK(shape(d) == expected);
  CHECK(d.blocks[2].level == 1);
  CHECK(d.blocks[5].level == 2);
  const Block& last = d.blocks.back();
  REQUIRE(last.links.size() == 2);
  CHECK(last.links[0] == Link{"https://example.com/a?utm_source=x", "https://example.com/a", "x"});
  CHECK(last.links[1] == Link{"www.example.org", "http://www.example.org"});
  CHECK(d.tracking_params_removed == 1);
}

TEST_CASE("text_to_document joins format=flowed and drops transport armour", "[transform]") {
  const Document flowed = text_to_document("A soft \nbreak.\n> quoted \n> soft\n", true);
  REQUIRE(flowed.blocks.size() == 2);
  CHECK(flowed.blocks[0].text == "A soft break.");
  CHECK(flowed.blocks[1].kind == BlockKind::quote);
  CHECK(flowed.blocks[1].text == "quoted soft");
  CHECK(decode_format_flowed("a \nb\n", true) == "ab\n");
  CHECK(decode_format_flowed("-- \nsig\n", false) == "-- \nsig\n");

  const Document signed_text = text_to_document(
      "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA1\n\nHello.\n- -- not a sig\n>From the archive\n"
      "-----BEGIN PGP SIGNATURE-----\nabc\n-----END PGP SIGNATURE-----\n");
  REQUIRE(signed_text.blocks.size() == 1);
  CHECK(signed_text.blocks[0].text == "Hello. -- not a sig From the archive");
}

TEST_CASE("text_to_document takes any bytes", "[transform]") {
  CHECK(text_to_document("").blocks.empty());
  CHECK(text_to_document("\xff\xfe").blocks.at(0).text == "\xef\xbf\xbd\xef\xbf\xbd");
  CHECK(text_to_document(std::string(1 << 20, 'x')).blocks.at(0).text.size() == (1u << 20));
}

TEST_CASE("text_to_document gives valid UTF-8 for a cut sequence and its links", "[transform]") {
  // Plain text decodes no character references: "&#8475555...;" stays as
  // written. A lead byte without its continuation becomes U+FFFD, and a
  // redirect whose target is cut inside a character gives a valid URL.
  const Document d = text_to_document(
      "cr&#8475555555555555555555egra \xe3\x80 cr\xc3\xa8me\n\n"
      "See https://click.example/c?url=https%3A%2F%2Fnews.example%2F%E3 today\n");
  REQUIRE(d.blocks.size() == 2);
  CHECK(d.blocks[0].text == "cr&#8475555555555555555555egra \xef\xbf\xbd cr\xc3\xa8me");
  REQUIRE(d.blocks[1].links.size() == 1);
  CHECK(is_valid_utf8(d.blocks[1].links[0].url));
}

namespace {
std::string read_fixture(const std::string& name) {
  return distill::test::read_file(std::filesystem::path(DISTILL_FIXTURES_DIR) / "decode" / name);
}
}  // namespace

TEST_CASE("text_to_document links the FTP addresses a plain-text issue gives for its downloads", "[transform]") {
  // Release notes of around 2000 name their tarballs on FTP servers; the
  // digest links them as it links web addresses.
  const Document d = text_to_document("Tarballs: ftp://ftp.tarnwick.example/pub/tarnwick/3.1/ (mirrors below).\n");
  REQUIRE(d.blocks.size() == 1);
  REQUIRE(d.blocks[0].links.size() == 1);
  CHECK(d.blocks[0].links[0] == Link{"ftp://ftp.tarnwick.example/pub/tarnwick/3.1/", "ftp://ftp.tarnwick.example/pub/tarnwick/3.1/"});
}

TEST_CASE("text_to_document keeps a wrapped item of an unindented list as one item", "[transform]") {
  const std::string text = read_fixture("wrapped_list_unindented.txt");
  REQUIRE_FALSE(text.empty());
  using K = BlockKind;
  const std::vector<std::pair<K, std::string>> expected = {
      {K::paragraph, "Checklist for the front desk, for every guest who comes in through the main door during the week:"},
      {K::list_item, "Hand every guest a dated badge and make sure that it is worn in plain sight"},
      {K::list_item, "Ask each guest whom they came to see"},
      {K::list_item, "Walk guests back to the lobby when they are done, and never leave a guest alone in a hallway"},
      {K::list_item, "Lock the supply room and the server closet when nobody is in it"},
      {K::list_item, "Count the badges each evening and file a note on the missing ones with the duty manager"},
      {K::list_item, "Report a lost badge the same day"},
      {K::list_item, "Change the door codes every quarter and after any departure"},
      {K::heading, "Next steps"},
      // A short item line was not wrapped: what follows it is not the item.
      {K::list_item, "Badge printer"},
      {K::paragraph, "by the facilities team Room: basement"},
      // Nor is a record's field below a long one.
      {K::list_item, "The visitor book that lies on the front desk for all"},
      {K::paragraph, "Location: lobby"},
      {K::paragraph, "Closing words of the week."},
  };
  CHECK(shape(text_to_document(text)) == expected);
}

TEST_CASE("text_to_document joins an indented item's wrapped lines at or past its text column", "[transform]") {
  const std::string text = read_fixture("wrapped_list_indented.txt");
  REQUIRE_FALSE(text.empty());
  using K = BlockKind;
  const std::vector<std::pair<K, std::string>> expected = {
      {K::heading, "What changed this month"},
      {K::list_item, "Network access rules that limit which hosts may connect"},
      {K::list_item, "Audit logs are now kept for ninety days instead of thirty"},
      {K::list_item, "Old accounts expire after six months without a login"},
      {K::list_item, "Password resets need a second factor from now on"},
      {K::list_item, "Printers join the guest network by default"},
      {K::list_item, "Backups are tested monthly and restored once a year"},
      {K::heading, "Second section"},
  };
  const Document d = text_to_document(text);
  CHECK(shape(d) == expected);
  for (const Block& b : d.blocks) {
    if (b.kind == K::list_item) CHECK(b.level == 1);
  }
}

TEST_CASE("text_to_document ends a list item at a blank line or where an indented list gives way to text", "[transform]") {
  using K = BlockKind;
  const Document blank = text_to_document("* first item\n\nA paragraph after it.\n");
  const std::vector<std::pair<K, std::string>> blank_expected = {{K::list_item, "first item"},
                                                                 {K::paragraph, "A paragraph after it."}};
  CHECK(shape(blank) == blank_expected);
  const Document outdented = text_to_document("  * first item\nA paragraph after it.\n");
  const std::vector<std::pair<K, std::string>> outdented_expected = {{K::list_item, "first item"},
                                                                     {K::paragraph, "A paragraph after it."}};
  CHECK(shape(outdented) == outdented_expected);
  const Document copyright = text_to_document("(c) 2024 Example Ltd, all rights reserved\n");
  REQUIRE(copyright.blocks.size() == 1);
  CHECK(copyright.blocks[0].kind == K::paragraph);
}

TEST_CASE("text_to_document reads a wrapped line starting with the word \"o\" as the paragraph going on", "[transform]") {
  // Portuguese: "o" is the article; a list of "o" bullets after a blank line stays a list.
  const Document d = text_to_document(
      "A campanha começa na segunda-feira em todo\no país, com prioridade para idosos.\n\n"
      "o primeiro item\no segundo item\n");
  REQUIRE(d.blocks.size() == 3);
  CHECK(d.blocks[0].kind == BlockKind::paragraph);
  CHECK(d.blocks[0].text == "A campanha começa na segunda-feira em todo o país, com prioridade para idosos.");
  CHECK(d.blocks[1].kind == BlockKind::list_item);
  CHECK(d.blocks[1].text == "primeiro item");
  CHECK(d.blocks[2].text == "segundo item");
}

TEST_CASE("text_to_document reads a number that a wrapped sentence ends on as the paragraph going on", "[transform]") {
  const Document d = text_to_document(
      distill::test::read_file(std::filesystem::path(DISTILL_FIXTURES_DIR) / "summarize" / "wrapped-number.txt"));
  std::vector<std::string> paragraphs;
  std::vector<std::string> items;
  for (const auto& b : d.blocks) (b.kind == BlockKind::list_item ? items : paragraphs).push_back(b.text);
  // "dalle 7 alle\n19. Il biglietto ...": the hour ends the sentence, it numbers no item.
  CHECK(std::find_if(paragraphs.begin(), paragraphs.end(), [](const std::string& p) {
          return p.find("dalle 7 alle 19. Il biglietto") != std::string::npos;
        }) != paragraphs.end());
  CHECK(std::find_if(paragraphs.begin(), paragraphs.end(), [](const std::string& p) {
          return p.find("riunione del 2 febbraio.") != std::string::npos;
        }) != paragraphs.end());
  // A list after a lead-in that ends in a colon stays a list.
  REQUIRE(items.size() == 3);
  CHECK(items[0] == "il bilancio del 2024;");
}

TEST_CASE("text_to_document reads a day before a German month name as a date, not an item's number", "[transform]") {
  using K = BlockKind;
  const Document d = text_to_document(
      "Die Ausstellung im Stadtmuseum ist nach dem Umbau ab dem\n3. Oktober wieder geöffnet, täglich von 10 bis 18 Uhr.\n\n"
      "12. März, 19 Uhr: Lesung im Rathaus\n\n"
      "Tagesordnung:\n1. Mailänder Partnerschaft\n2. Haushalt 2025\n");
  const std::vector<std::pair<K, std::string>> expected = {
      {K::paragraph,
       "Die Ausstellung im Stadtmuseum ist nach dem Umbau ab dem 3. Oktober wieder geöffnet, täglich von 10 bis 18 Uhr."},
      {K::paragraph, "12. März, 19 Uhr: Lesung im Rathaus"},
      {K::paragraph, "Tagesordnung:"},
      {K::list_item, "Mailänder Partnerschaft"},
      {K::list_item, "Haushalt 2025"},
  };
  CHECK(shape(d) == expected);
}

TEST_CASE("the signature delimiter is a separator of level 1, a rule one of level 0", "[transform]") {
  const Document d = text_to_document("Hello.\n\n-- \nJane Doe\n");
  REQUIRE(d.blocks.size() == 3);
  CHECK(d.blocks[1].kind == BlockKind::separator);
  CHECK(d.blocks[1].level == 1);
  CHECK(d.blocks[2].text == "Jane Doe");
  const Document rule = text_to_document("Hello.\n\n-----\nJane Doe\n");
  REQUIRE(rule.blocks.size() == 3);
  CHECK(rule.blocks[1].level == 0);
}

TEST_CASE("text_to_document reads a label framed by rules as a heading set off from the text above", "[transform]") {
  const Document d = text_to_document(
      "The water will be off on Saturday.\n---------- ADVERTISEMENT ----------\nBuy our pellets today!\n"
      "------------------------------------\n\n=== SHOW RESULTS ===\n\nThe onions won.\n"
      "------ List Host Sponsor -----~->\nDSL for less.\n");
  std::vector<std::pair<BlockKind, std::string>> blocks;
  for (const auto& b : d.blocks) blocks.emplace_back(b.kind, b.text);
  REQUIRE(blocks.size() == 10);
  CHECK(blocks[0].second == "The water will be off on Saturday.");
  CHECK(blocks[1].first == BlockKind::separator);
  CHECK(blocks[2] == std::pair{BlockKind::heading, std::string("ADVERTISEMENT")});
  CHECK(blocks[3].second == "Buy our pellets today!");
  CHECK(blocks[4].first == BlockKind::separator);
  CHECK(blocks[5] == std::pair{BlockKind::heading, std::string("SHOW RESULTS")});
  CHECK(blocks[6].second == "The onions won.");
  CHECK(blocks[7].first == BlockKind::separator);
  CHECK(blocks[8] == std::pair{BlockKind::heading, std::string("List Host Sponsor")});
  CHECK(blocks[9].second == "DSL for less.");
  // A list host's closing rule ends in an arrow.
  const Document boxed = text_to_document("Ad copy here.\n\n------------------~->\n\nThe news.\n");
  REQUIRE(boxed.blocks.size() == 3);
  CHECK(boxed.blocks[1].kind == BlockKind::separator);
  // Some close it with an underscore before the arrow.
  const Document underscored = text_to_document("Ad copy here.\n\n-----------------_->\n\nThe news.\n");
  REQUIRE(underscored.blocks.size() == 3);
  CHECK(underscored.blocks[1].kind == BlockKind::separator);
  // Two dashes a side frame a short label in capitals, not an aside.
  const Document two =
      text_to_document("Tonight's picks.\n\n-- ADVERTISEMENT --\nBuy a recorder.\n\n-- see below --\n");
  REQUIRE(two.blocks.size() >= 4);
  CHECK(two.blocks[2].kind == BlockKind::heading);
  CHECK(two.blocks[2].text == "ADVERTISEMENT");
  CHECK(two.blocks.back().text.find("see below") != std::string::npos);
  CHECK(two.blocks.back().kind == BlockKind::paragraph);
  // A rule alone and a sentence between dashes are no frame.
  const Document prose = text_to_document("The vote -- held on Monday -- went ahead.\n\n-----\n\nEnd.\n");
  REQUIRE(prose.blocks.size() == 3);
  CHECK(prose.blocks[0].kind == BlockKind::paragraph);
}

TEST_CASE("text_to_document reads an arrow bullet with its wrapped lines indented under it as a list item",
          "[transform]") {
  using K = BlockKind;
  const Document arrows = text_to_document(
      ">> FREE web space for your family pages, 50 MB,\n   no banners. http://www.pagebarn.example/\n\n"
      ">> Swap ads with us: we trade space with lists\n   of 2,000 readers or more.\n");
  const std::vector<std::pair<K, std::string>> arrows_expected = {
      {K::list_item, "FREE web space for your family pages, 50 MB, no banners. http://www.pagebarn.example/"},
      {K::list_item, "Swap ads with us: we trade space with lists of 2,000 readers or more."}};
  CHECK(shape(arrows) == arrows_expected);
  // Quoted text carries its arrows on every line.
  const Document quoted = text_to_document(">> I think the patch is fine,\n>> but the test fails on ARM.\n");
  REQUIRE(!quoted.blocks.empty());
  CHECK(quoted.blocks[0].kind == K::quote);
}

TEST_CASE("text_to_document reads a box drawn with corners and side bars as its lines between rules; a table "
          "with columns keeps its bars",
          "[transform]") {
  const Document d = text_to_document(
      "The hall reopens on 3 May.\n\n"
      "+------------------------------------------+\n"
      "|  SPRING WORKSHOP                         |\n"
      "|  Two evenings on pruning fruit trees,    |\n"
      "|  with tea and handouts included.         |\n"
      "+------------------------------------------+\n\n"
      "The orchard survey found 41 old trees.\n");
  std::vector<std::string> texts;
  for (const auto& b : d.blocks) {
    if (b.kind != BlockKind::separator) texts.push_back(b.text);
  }
  // The box's title runs into its copy, as a caps line over wrapped text
  // does anywhere in plain text; no bar is left between the words.
  REQUIRE(texts.size() == 3);
  CHECK(texts[0] == "The hall reopens on 3 May.");
  CHECK(texts[1] == "SPRING WORKSHOP Two evenings on pruning fruit trees, with tea and handouts included.");
  CHECK(texts[2] == "The orchard survey found 41 old trees.");
  const Document table = text_to_document(
      "+------+-------+\n| Team | Goals |\n+------+-------+\n| Reds | 4     |\n+------+-------+\n");
  bool bars = false;
  for (const auto& b : table.blocks) bars = bars || b.text.find('|') != std::string::npos;
  CHECK(bars);
}
