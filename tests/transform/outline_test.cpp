// Tests transform/outline.cpp on hand-made issues (tests/fixtures/summarize):
// a single essay, a roundup of stories under headings, a plain-text list of
// headlines with their addresses.

#include "transform/outline.hpp"

#include <algorithm>
#include <filesystem>

#include <catch2/catch.hpp>

#include "tests/support/corpus.hpp"
#include "transform/html_document.hpp"
#include "transform/summary_json.hpp"
#include "transform/text_document.hpp"

using namespace distill::transform;

namespace {

std::string fixture(const std::string& name) {
  return distill::test::read_file(std::filesystem::path(DISTILL_FIXTURES_DIR) / "summarize" / name);
}

Outline outline_of(const Document& doc, std::string_view title = {}, std::string_view source = {}) {
  return build_outline(doc, block_facts(doc), title, source);
}

std::vector<const Story*> with_role(const Outline& o, StoryRole role) {
  std::vector<const Story*> out;
  for (const auto& s : o.stories) {
    if (s.role == role) out.push_back(&s);
  }
  return out;
}

}  // namespace

TEST_CASE("build_outline reads a single essay as one main story", "[transform]") {
  const Document doc = html_to_document(fixture("essay.html"));
  const Outline o = outline_of(doc, "Why the tide tables were wrong");
  REQUIRE(o.stories.size() == 1);
  const Story& essay = o.stories.front();
  CHECK(essay.role == StoryRole::main_story);
  CHECK(essay.title == "Why the tide tables were wrong all spring");
  CHECK(essay.rank == 1);
  CHECK(essay.blocks.size() == 6);
  CHECK(essay.words > 150);
  // Every paragraph is a passage of the essay.
  CHECK(o.passages.size() == 6);
  CHECK(std::all_of(o.passages.begin(), o.passages.end(), [](const Passage& p) { return p.story == 0u; }));
}

TEST_CASE("build_outline finds the stories of a roundup under headings, with their links", "[transform]") {
  const Document doc = html_to_document(fixture("roundup.html"));
  const Outline o = outline_of(doc, "The Coastal Wire #88: harbour reopens", "The Coastal Wire");
  std::vector<std::pair<std::string, std::string>> stories;
  for (const auto& s : o.stories) {
    if (s.order == 0 && !s.url.empty()) stories.emplace_back(s.title, s.url);
  }
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"Harbour reopens after three weeks", "https://wire.example.org/harbour-reopens"},
      {"Twelve daily ferries to Elm Island from May", "https://wire.example.org/ferry-timetable"},
      {"Cod quota rises for the first time in a decade", "https://wire.example.org/cod-quota"},
      {"Lighthouse museum wins a heritage grant", "https://wire.example.org/lighthouse-grant"},
      {"Three schools will share one sports hall", "https://wire.example.org/sports-hall"}};
  CHECK(stories == expected);
  // Each story is a section and a topic of its own, under the name.
  CHECK(o.sections.size() == 6);
  CHECK(o.sections[1].topic != o.sections[2].topic);
  // The line that only names the issue is known, so no summary repeats it.
  REQUIRE(o.name_block);
  CHECK(doc.blocks[*o.name_block].text == "The Coastal Wire — Issue 88");
  // The first and longest story leads.
  REQUIRE(with_role(o, StoryRole::main_story).size() == 1);
  CHECK(with_role(o, StoryRole::main_story).front()->title == "Harbour reopens after three weeks");
}

TEST_CASE("build_outline reads a plain-text headline list as link items", "[transform]") {
  const Document doc = text_to_document(fixture("headlines.txt"));
  const Outline o = outline_of(doc, "Coastal headlines", "Coastal Wire");
  const auto items = with_role(o, StoryRole::link_item);
  REQUIRE(items.size() == 5);
  CHECK(items[0]->title == "Harbour reopens after three weeks of repairs");
  CHECK(items[0]->url == "https://wire.example.org/harbour-reopens");
  CHECK(items[4]->title == "Three schools will share one new sports hall");
  CHECK(items[4]->url == "https://wire.example.org/sports-hall");
  // No title carries its address, and no headline is glued to the next.
  for (const Story* s : items) {
    CHECK(s->title.find("http") == std::string::npos);
    CHECK(s->title.find('\n') == std::string::npos);
  }
}

TEST_CASE("build_outline reads a plain-text link digest's lines as items under its headings", "[transform]") {
  // "Headline (3 minute read)", its address (bare or in brackets), then its
  // description, under capitalised section headings (link-digest.txt).
  const Document doc = text_to_document(fixture("link-digest.txt"));
  const Outline o = outline_of(doc, "Harrowgate looms restart", "The Loom Digest");
  const auto items = with_role(o, StoryRole::link_item);
  REQUIRE(items.size() == 4);
  // Without their reading times ("(3 minute read)").
  CHECK(items[0]->title == "Mill in Harrowgate restarts its 1890s power looms");
  CHECK(items[2]->title == "Patternbook 4.0 adds a free web editor");
  CHECK(items[2]->url == "https://patternbook.example.com/releases/4-0");
  for (const Story* s : items) CHECK(s->title.find("http") == std::string::npos);
  // The headings group the items: no story of their own.
  for (const auto& s : o.stories) CHECK(s.title != "WEAVING & TEXTILES");
  // Each description is its item's passage.
  const auto desc = std::find_if(o.passages.begin(), o.passages.end(),
                                 [](const Passage& p) { return p.text.starts_with("The editor runs in any browser"); });
  REQUIRE(desc != o.passages.end());
  REQUIRE(desc->story);
  CHECK(o.stories[*desc->story].title.starts_with("Patternbook 4.0"));
}

TEST_CASE("build_outline is linear: a table of contents is matched through an index", "[transform]") {
  // A table of contents above its sections marks its lines as duplicates of them.
  Document doc;
  doc.blocks = {{BlockKind::list_item, 1, "Harbour traffic fell last week", {}},
                {BlockKind::list_item, 1, "Ferry fares stay the same", {}},
                {BlockKind::list_item, 1, "Cod quota rises again", {}},
                {BlockKind::heading, 2, "HARBOUR TRAFFIC FELL 12% LAST WEEK", {}},
                {BlockKind::paragraph, 0, "Fewer boats came in than in any week since the storm, the port said.", {}}};
  const Outline o = outline_of(doc);
  REQUIRE(o.stories.size() >= 4);
  CHECK(o.stories[0].title == "Harbour traffic fell last week");
  CHECK(o.stories[0].duplicate);
  CHECK_FALSE(o.stories[1].duplicate);
}

TEST_CASE("build_outline marks every line of a table of contents as a duplicate, the short ones too",
          "[transform]") {
  // Two lines of the list repeat the titles below; "Kort nieuws" and "Een
  // mooie foto" name their sections in other words. Half the list repeats
  // titles below, so the list is the table of contents.
  const Document doc = html_to_document(fixture("toc-short-lines.html"));
  const Outline o = outline_of(doc, "Havenkrant");
  std::vector<std::string> listed;
  for (const auto& s : o.stories) {
    if (s.role == StoryRole::link_item) {
      listed.push_back(s.title);
      CHECK(s.duplicate);
    }
  }
  CHECK(listed == std::vector<std::string>{"De nieuwe veerboot naar Holm vaart vanaf maart",
                                           "Haven van Westerhaven krijgt een groter dok", "Kort nieuws",
                                           "Een mooie foto"});
}

TEST_CASE("build_outline titles the first story by its headline, not by the masthead above it", "[transform]") {
  const Document doc = html_to_document(fixture("masthead-first-story.html"));
  const Outline o = outline_of(doc, "Cartelloni vietati, traghetto più caro", "Il Faro di Porto Lungo");
  // The masthead names the issue; the headline under it is of the rank
  // that titles the other stories: it titles the first one.
  std::vector<std::string> titles;
  for (const auto& s : o.stories) titles.push_back(s.title);
  CHECK(std::find(titles.begin(), titles.end(), "Il Faro di Porto Lungo") == titles.end());
  REQUIRE(titles.size() == 3);
  CHECK(titles[0] == "Il consiglio comunale vieta i nuovi cartelloni luminosi sul lungomare");
  // Its headline is no sentence of the story.
  for (const auto& p : o.passages) CHECK(p.text.find("vieta i nuovi cartelloni") == std::string::npos);
}

TEST_CASE("build_outline reads the masthead as the issue's name, not as a story", "[transform]") {
  const Document doc = html_to_document(fixture("masthead-intro.html"));
  const Outline o = outline_of(doc, "Havenpost #48: veerdienst en zomermarkt", "Havenpost");
  REQUIRE(o.name_block == 0u);
  std::vector<std::string> titles;
  for (const auto& s : o.stories) titles.push_back(s.title);
  CHECK(std::find(titles.begin(), titles.end(), "Havenpost #48") == titles.end());
  CHECK(titles.size() == 3);
  // What follows the masthead is the opening: no story's passage.
  REQUIRE_FALSE(o.passages.empty());
  CHECK(o.passages.front().text.starts_with("Deze week"));
  CHECK_FALSE(o.passages.front().story.has_value());
  // A headline that repeats the subject, without the sender's name, is
  // the first story's title.
  const Outline named = outline_of(doc, "Havenpost #48", "Stichting Kade");
  CHECK(named.stories.size() == 4);
  // A subject that does not name the issue: the line at the top, above
  // any prose, in the sender's words, is its masthead all the same.
  const Outline other_subject = outline_of(doc, "Veerdienst en zomermarkt", "Havenpost");
  CHECK_FALSE(other_subject.name_block.has_value());
  CHECK(other_subject.stories.size() == 3);
}

TEST_CASE("the outline's JSON names roles and keeps indices", "[transform]") {
  const Document doc = html_to_document(fixture("roundup.html"));
  const auto j = to_json(outline_of(doc, "The Coastal Wire #88", "The Coastal Wire"));
  CHECK(j.at("title") == "The Coastal Wire #88");
  CHECK(j.at("name_block") == 0);
  CHECK(j.at("date_block").is_null());
  // The name (its masthead, no story) over its introduction, then
  // one story per heading.
  REQUIRE(j.at("stories").size() == 5);
  CHECK(j.at("sections").at(0).at("title") == "");
  CHECK(j.at("stories").at(0).at("title") == "Harbour reopens after three weeks");
  CHECK(j.at("stories").at(0).at("role") == "main_story");
  CHECK(j.at("stories").at(1).at("url") == "https://wire.example.org/ferry-timetable");
  CHECK(j.at("stories").at(1).at("section") == 2);
  CHECK(j.at("sections").at(2).at("stories") == nlohmann::json::array({1}));
}

TEST_CASE("build_outline reads a titled run of links as a list of links over its link items", "[transform]") {
  Document doc;
  doc.blocks = {
      {BlockKind::heading, 2, "Harbour reopens", {}},
      {BlockKind::paragraph, 0,
       "The city harbour reopened on Thursday after a three-week closure, the port authority said on Friday.", {}},
      {BlockKind::heading, 2, "What else we're reading", {}},
      {BlockKind::list_item, 1, "Lighthouse museum wins a heritage grant [Gazette]", {{"Gazette", "https://gazette.example/l"}}},
      {BlockKind::list_item, 1, "Cod quotas rise for the first time in a decade [Fish Daily]",
       {{"Fish Daily", "https://fish.example/c"}}},
      {BlockKind::list_item, 1, "Why the old pier is sinking [Coast News]", {{"Coast News", "https://coast.example/p"}}}};
  const Outline o = outline_of(doc);
  const auto lists = with_role(o, StoryRole::link_list);
  REQUIRE(lists.size() == 1);
  CHECK(lists.front()->title == "What else we're reading");
  CHECK(lists.front()->blocks == std::vector<std::size_t>{3, 4, 5});
  const auto items = with_role(o, StoryRole::link_item);
  REQUIRE(items.size() == 3);
  CHECK(items.front()->section == lists.front()->section);
  CHECK(items.front()->url == "https://gazette.example/l");
  // The story above the list still leads.
  REQUIRE(with_role(o, StoryRole::main_story).size() == 1);
  CHECK(with_role(o, StoryRole::main_story).front()->title == "Harbour reopens");
  CHECK(to_json(o).at("stories").at(1).at("role") == "link_list");
}

TEST_CASE("build_outline titles each bullet of a feature list by its opening words", "[transform]") {
  const Document doc = html_to_document(fixture("feature-list.html"));
  const Outline o = outline_of(doc, "Tidewatch 4.0");
  std::vector<std::string> titles;
  for (const auto& s : o.stories) {
    if (s.order > 0) titles.push_back(s.title);
  }
  CHECK(titles == std::vector<std::string>{"Offline maps", "Storm alerts", "Faster start"});
  REQUIRE(with_role(o, StoryRole::main_story).size() == 1);
  CHECK(with_role(o, StoryRole::main_story).front()->title == "Tidewatch 4.0 is out");
}

TEST_CASE("build_outline reads a shop's grid of product cards as items titled by product and price",
          "[transform]") {
  // Brand over name, size, unit ("je Pflanze"), discount and former price,
  // then the price: each card is one item; the unit lines that every card
  // repeats open no sections.
  const Document doc = html_to_document(fixture("shop-cards-de.html"));
  const Outline o = outline_of(doc, "Gartenangebote");
  std::vector<std::string> cards;
  std::vector<int> order;
  for (const auto& s : o.stories) {
    if (s.order > 0) {
      cards.push_back(s.title);
      order.push_back(s.order);
    }
  }
  CHECK(cards == std::vector<std::string>{"SONNENHOF Olivenbaum im Topf \xE2\x80\x94 19,99*",
                                          "GRÜNKRAFT Bio-Blumenerde 40 l \xE2\x80\x94 4,79*",
                                          "Hornveilchen \xE2\x80\x94 0,99*",
                                          "WASSERFEE Regentonne 210 l mit Deckel \xE2\x80\x94 34,99*",
                                          "Rasensamen Sport \xE2\x80\x94 6,49*"});
  // The cards with the most lines come first.
  CHECK(order == std::vector<int>{2, 3, 5, 1, 4});
  for (const auto& sec : o.sections) CHECK(sec.title.find("je ") != 0);
  // The section over the grid keeps its title (the offers' date).
  CHECK(std::any_of(o.stories.begin(), o.stories.end(),
                    [](const Story& s) { return s.order == 0 && s.title == "Gartenangebote ab Montag, 3.3."; }));
}

TEST_CASE("build_outline reads product cards with a description after the name and a former price",
          "[transform]") {
  const Document doc = html_to_document(fixture("shop-cards-nl.html"));
  const Outline o = outline_of(doc, "Tuincentrum De Linde");
  std::vector<const Story*> cards;
  for (const auto& s : o.stories) {
    if (s.order > 0) cards.push_back(&s);
  }
  REQUIRE(cards.size() == 3);
  CHECK(cards[0]->title == "Snoeischaar Pro 200 \xE2\x80\x94 \xE2\x82\xAC 24,95");
  CHECK(cards[0]->url == "https://shop.example.nl/p/snoeischaar");
  // The former price gives way to the price.
  CHECK(cards[1]->title == "Tuinbank Eiken \xE2\x80\x94 \xE2\x82\xAC 279,00");
  CHECK(cards[2]->title == "Tuinslang 25 m \xE2\x80\x94 \xE2\x82\xAC 19,99");
  // The description is the card's key line, told about it alone.
  const auto key = std::find_if(o.passages.begin(), o.passages.end(), [&](const Passage& p) {
    return p.story && &o.stories[*p.story] == cards[1];
  });
  REQUIRE(key != o.passages.end());
  CHECK(key->describes);
  CHECK(key->text == "een bank van massief eikenhout voor drie personen, met tien jaar garantie.");
}

TEST_CASE("build_outline takes no row of a market table for a product card", "[transform]") {
  Document doc;
  doc.blocks = {{BlockKind::paragraph, 0, "S&P", {}},           {BlockKind::paragraph, 0, "+1.27%", {}},
                {BlockKind::paragraph, 0, "4,110.41", {}},      {BlockKind::paragraph, 0, "Dow", {}},
                {BlockKind::paragraph, 0, "-0.4%", {}},         {BlockKind::paragraph, 0, "32,381.34", {}},
                {BlockKind::paragraph, 0, "Gold", {}},          {BlockKind::paragraph, 0, "+0.2%", {}},
                {BlockKind::paragraph, 0, "$1,725.10", {}}};
  const Outline o = outline_of(doc);
  for (const auto& s : o.stories) CHECK(s.title.find("\xE2\x80\x94") == std::string::npos);
}

TEST_CASE("build_outline reads a price over the card's buttons in one block as the card's end", "[transform]") {
  Document doc;
  doc.blocks = {
      {BlockKind::paragraph, 0, "Tide Clock: shows the next high and low water on your watch face.", {}},
      {BlockKind::paragraph, 0, "$4.99\nRead more\nBuy now", {}},
      {BlockKind::paragraph, 0, "Knot Guide: forty knots with drawings, step by step.", {}},
      {BlockKind::paragraph, 0, "$2.49\nRead more\nBuy now", {}}};
  const Outline o = outline_of(doc);
  std::vector<std::string> cards;
  for (const auto& s : o.stories) {
    if (s.order > 0) cards.push_back(s.title);
  }
  CHECK(cards == std::vector<std::string>{"Tide Clock \xE2\x80\x94 $4.99", "Knot Guide \xE2\x80\x94 $2.49"});
}

TEST_CASE("build_outline titles a magazine teaser by its headline between kicker and byline", "[transform]") {
  // "COVER STORY" over "The Ferry That Runs on Batteries" over "By Ruth
  // Okafor", in one block: the headline titles the story below it; the
  // kicker and the byline are no titles and no sentences.
  const Document doc = html_to_document(fixture("teaser-blocks.html"));
  const Outline o = outline_of(doc, "Harbour Monthly: the battery ferry", "Harbour Monthly");
  std::vector<std::string> titles;
  for (const auto& s : o.stories) titles.push_back(s.title);
  CHECK(titles == std::vector<std::string>{"The Ferry That Runs on Batteries", "The Last Winter at Skerry Light",
                                           "A New Hall for the Fish Market"});
  for (const auto& p : o.passages) {
    CHECK(p.text.find("COVER STORY") == std::string::npos);
    CHECK(p.text.find("By Dev Malhotra") == std::string::npos);
  }
  // In any of the languages: "Von Anna Berg" signs a German teaser. A
  // block of two short lines without a kicker or a byline titles nothing.
  const std::string prose =
      "<p>Die Stadt baut für 48 Millionen Euro ein neues Theater am Hafen, das im Herbst 2027 mit 600 Plätzen "
      "eröffnen soll, wie der Stadtrat am Dienstag beschlossen hat.</p>";
  const Outline de =
      outline_of(html_to_document("<p>KULTUR<br>Ein neues Theater am Hafen<br>Von Anna Berg</p>" + prose));
  REQUIRE(de.stories.size() == 1);
  CHECK(de.stories.front().title == "Ein neues Theater am Hafen");
  const Outline plain = outline_of(html_to_document("<p>Ein neues Theater<br>am Hafen der Stadt</p>" + prose));
  for (const auto& s : plain.stories) CHECK(s.title != "Ein neues Theater");
}

TEST_CASE("build_outline titles a digest's entry by the title over its record fields", "[transform]") {
  // "1.2 Tidegate Router 7 default password ... Severity: Medium
  // Platforms: ...": the fields, whose labels head every entry, say
  // nothing the entry's paragraph does not; the title heads the story.
  const Document doc = text_to_document(fixture("record-fields.txt"));
  const Outline o = outline_of(doc, "Harbour Security Weekly, issue 14", "Harbour Security");
  std::vector<std::string> titles;
  for (const auto& s : o.stories) titles.push_back(s.title);
  for (const char* t :
       {"1.1 Quaymail 4.2 header injection in the reply form",
        "1.2 Tidegate Router 7 default password on the service port", "1.3 Ferrylog 2.0 crash on long host names"}) {
    CHECK(std::any_of(titles.begin(), titles.end(), [&](const std::string& title) { return title.ends_with(t); }));
  }
  for (const auto& p : o.passages) CHECK(p.text.find("Severity:") == std::string::npos);
  // A headline with two colons of its own has no fields that other
  // entries share: it stays one line of text.
  const Outline one = outline_of(text_to_document(
      "Harbour Podcast: Port director Anna Berg: the new quay, the ferries and the budget\n\n"
      "The port director talks about the new quay, which opens in May after three years of building, and about "
      "the two ferries the board wants to buy.\n"));
  for (const auto& s : one.stories) CHECK(s.title != "Harbour Podcast");
}
