// Tests transform/html_document.cpp: the hand-made fixtures in
// tests/fixtures/decode (each NAME.html beside NAME.expected, the block list
// it must give) and every newsletter of the shared corpus.

#include "transform/html_document.hpp"

#include <filesystem>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/support/corpus.hpp"
#include "transform/charset.hpp"
#include "transform/mime.hpp"
#include "transform/text_document.hpp"

namespace fs = std::filesystem;
using namespace distill::transform;
using distill::test::corpus_dir;
using distill::test::normalize;
using distill::test::read_file;

namespace {

const char* kind_name(BlockKind k) {
  switch (k) {
    case BlockKind::heading: return "heading";
    case BlockKind::paragraph: return "paragraph";
    case BlockKind::list_item: return "list_item";
    case BlockKind::quote: return "quote";
    case BlockKind::image: return "image";
    case BlockKind::separator: return "separator";
  }
  return "?";
}

// The fixture format: one line per block ("kind level: text", newlines in
// text as \n), its links indented below, counters first.
std::string render(const Document& d) {
  std::string out = "# tracking_pixels: " + std::to_string(d.tracking_pixels) + "\n";
  out += "# tracking_params_removed: " + std::to_string(d.tracking_params_removed) + "\n";
  for (const Block& b : d.blocks) {
    out += kind_name(b.kind);
    if (b.kind == BlockKind::heading || b.kind == BlockKind::list_item) out += " " + std::to_string(b.level);
    if (b.kind != BlockKind::separator) {
      out += ": ";
      for (char c : b.text) out += c == '\n' ? std::string("\\n") : std::string(1, c);
    }
    out += "\n";
    for (const Link& l : b.links) out += "  link: " + (l.text.empty() ? "" : l.text + " ") + "-> " + l.url + "\n";
  }
  return out;
}

std::string joined_text(const Document& d) {
  std::string all;
  for (const Block& b : d.blocks) all += b.text + " ";
  return normalize(all);
}

// Warnings that mean text was lost or garbled (others only describe
// malformations that were read around).
bool loses_text(const std::string& w) {
  for (const char* marker : {"truncated", "skipped", "replaced", "unknown", "ignored", "dropped"}) {
    if (w.find(marker) != std::string::npos && w.find("NUL byte") == std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("html_to_document matches the hand-made fixtures", "[transform]") {
  const fs::path dir = fs::path(DISTILL_FIXTURES_DIR) / "decode";
  int checked = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".html") continue;
    fs::path expected = entry.path();
    expected.replace_extension(".expected");
    INFO("fixture " << entry.path().filename().string());
    REQUIRE(fs::exists(expected));
    CHECK(render(html_to_document(read_file(entry.path()))) == read_file(expected));
    ++checked;
  }
  CHECK(checked >= 5);
}

TEST_CASE("html_to_document survives hostile input", "[transform]") {
  SECTION("1,000-deep nesting keeps its text") {
    std::string html;
    for (int i = 0; i < 1000; ++i) html += "<div><span>";
    html += "deep text";
    for (int i = 0; i < 1000; ++i) html += "</span></div>";
    const Document d = html_to_document(html);
    REQUIRE(d.blocks.size() == 1);
    CHECK(d.blocks[0].text == "deep text");
  }
  SECTION("100,000-deep nesting is flattened, in bounded time") {
    std::string html;
    for (int i = 0; i < 100000; ++i) html += "<div>";
    html += "bottom";
    const Document d = html_to_document(html);
    REQUIRE_FALSE(d.blocks.empty());
    CHECK(d.blocks.back().text == "bottom");
    CHECK_FALSE(d.warnings.empty());
  }
  SECTION("NUL bytes, invalid UTF-8, a 1 MB line") {
    static constexpr char k_start[] = "<p>a\0b \xff\xfe c</p><p>";
    std::string html(k_start, sizeof k_start - 1);
    html += std::string(1 << 20, 'x');
    html += "</p>";
    const Document d = html_to_document(html);
    REQUIRE(d.blocks.size() == 2);
    CHECK(d.blocks[1].text.size() == (1u << 20));
  }
  SECTION("empty and text-only input") {
    CHECK(html_to_document("").blocks.empty());
    CHECK(html_to_document("just text").blocks.at(0).text == "just text");
  }
}

TEST_CASE("html_to_document keeps a link's whole text after a line break and a space", "[transform]") {
  // The space before the link is never written after a line break, so the
  // link's text starts right at the break, not one byte later.
  const Document d = html_to_document(
      "<p>Read more:<br> <a href=\"https://example.org/a\">\xc3\xa9lan vital</a><br>\n"
      "<a href=\"https://example.org/b\">Second link</a></p>");
  REQUIRE(d.blocks.size() == 1);
  REQUIRE(d.blocks[0].links.size() == 2);
  CHECK(d.blocks[0].links[0].text == "\xc3\xa9lan vital");
  CHECK(d.blocks[0].links[1].text == "Second link");
}

TEST_CASE("message_to_document prefers the HTML body and falls back to text", "[transform]") {
  Message m;
  m.text_body = "Plain version.";
  CHECK(message_to_document(m).blocks.at(0).text == "Plain version.");
  m.html_body = "<p>HTML version.</p>";
  CHECK(message_to_document(m).blocks.at(0).text == "HTML version.");
  m.html_body = "<p style=\"display:none\">only hidden</p>";
  CHECK(message_to_document(m).blocks.at(0).text == "Plain version.");
}

TEST_CASE("every corpus newsletter decodes and keeps its must_keep snippets", "[transform][corpus]") {
  const fs::path dir = corpus_dir() / "newsletters";
  INFO("corpus at " << dir.string() << " (set DISTILL_CORPUS_DIR to move it)");
  if (!fs::exists(dir / "annotations.json")) {
    WARN("shared corpus not found at " << dir.string() << "; skipped (it sits beside the checkout in CI)");
    return;
  }
  const nlohmann::json annotations = nlohmann::json::parse(read_file(dir / "annotations.json"));
  int messages = 0;
  for (const auto& [file, a] : annotations.at("messages").items()) {
    INFO("newsletter " << file);
    const Message m = decode_message(read_file(dir / file));
    for (const std::string& w : m.warnings) {
      INFO("warning: " << w);
      CHECK_FALSE(loses_text(w));
    }
    const Document doc = message_to_document(m);
    CHECK_FALSE(doc.blocks.empty());
    const std::string shown = joined_text(doc);
    const std::string text_part = joined_text(text_to_document(m.text_body));
    const auto& found_in = a.at("snippet_found_in");
    for (const std::string snippet : a.at("must_keep")) {
      INFO("must_keep: " << snippet);
      const auto where = found_in.at(snippet).get<std::vector<std::string>>();
      const bool in_html = std::find(where.begin(), where.end(), "html") != where.end();
      // A snippet only in the text alternative tests which part a reader is
      // shown (corpus README): look for it there.
      if (in_html || m.html_body.empty()) {
        CHECK(shown.find(normalize(snippet)) != std::string::npos);
      } else {
        CHECK(text_part.find(normalize(snippet)) != std::string::npos);
      }
    }
    ++messages;
  }
  // Every newsletter of the corpus is annotated, and every one was read.
  int files = 0;
  for (const auto& entry : fs::directory_iterator(dir)) files += entry.path().extension() == ".eml";
  CHECK(files > 0);
  CHECK(messages == files);
}

TEST_CASE("html_to_document gives valid UTF-8 for a numeric reference too large for an int", "[transform]") {
  // gumbo's decoding of "&#8475555...;" overflows and may leave a lone lead
  // byte in the text: the reference becomes U+FFFD, the text around it stays.
  const std::string huge = "&#8475555" + std::string(120, '5') + "egra";
  const Document d = html_to_document("<p>cr" + huge + " cr&egrave;me</p><p><a href=\"https://x.example/" + huge +
                                      "\">link</a></p>");
  REQUIRE(d.blocks.size() == 2);
  CHECK(is_valid_utf8(d.blocks[0].text));
  CHECK(d.blocks[0].text == "cr\xef\xbf\xbd" "egra cr\xc3\xa8me");
  REQUIRE(d.blocks[1].links.size() == 1);
  CHECK(is_valid_utf8(d.blocks[1].links[0].url));
}

TEST_CASE("html_to_document keeps the text after a numeric reference past 2^31", "[transform]") {
  // A reference beyond U+10FFFF is U+FFFD; one too large for 32 bits must
  // not take the rest of its paragraph with it.
  const Document d = html_to_document(
      "<p>before &#2147483648; after</p><p>x &#4294967295; y</p><p>z &#x1F4A9FFFFFFFF; w</p><p>q &#1114112 r</p>"
      "<p>kept &#233;&#xe9; &#65;</p>");
  REQUIRE(d.blocks.size() == 5);
  CHECK(d.blocks[0].text == "before \xef\xbf\xbd after");
  CHECK(d.blocks[1].text == "x \xef\xbf\xbd y");
  CHECK(d.blocks[2].text == "z \xef\xbf\xbd w");
  CHECK(d.blocks[3].text == "q \xef\xbf\xbd r");
  CHECK(d.blocks[4].text == "kept \xc3\xa9\xc3\xa9 A");
}

TEST_CASE("html_to_document gives valid UTF-8 for every input the fuzzer found", "[transform]") {
  // tests/fixtures/fuzz/html_document: inputs that once made the fuzz target
  // fail, kept byte for byte.
  int checked = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(DISTILL_FIXTURES_DIR) / "fuzz" / "html_document")) {
    INFO("fixture " << entry.path().filename().string());
    const Document d = html_to_document(read_file(entry.path()));
    for (const Block& b : d.blocks) {
      CHECK(is_valid_utf8(b.text));
      for (const Link& l : b.links) CHECK((is_valid_utf8(l.text) && is_valid_utf8(l.url)));
    }
    ++checked;
  }
  CHECK(checked >= 1);
}
