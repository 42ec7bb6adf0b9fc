// Tests transform/text_document.cpp.

#include "transform/text_document.hpp"

#include <catch2/catch.hpp>

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
  CHECK(last.links[0] == Link{"https://example.com/a?utm_source=x", "https://example.com/a"});
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
