// transform/words: the folding that marker phrases and user patterns match
// against, word tokens, and the key that makes two issues' boilerplate equal.

#include "transform/words.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

using namespace distill::transform;

TEST_CASE("fold_for_match lower-cases, straightens quotes and folds spaces", "[transform]") {
  CHECK(fold_for_match("  Don\u2019t  MISS\tthis\n\"Issue\"  ") == "don't miss this \"issue\"");
  CHECK(fold_for_match("\u201cQuoted\u201d \u201eUnten\u201c") == "\"quoted\" \"unten\"");
  SECTION("Latin-1, Latin Extended-A, Greek and Cyrillic capitals") {
    CHECK(fold_for_match("ÜBER ÉTÉ ŁÓDŹ ΑΘΗΝΑ МОСКВА") == "über été łódź αθηνα москва");
  }
  SECTION("NBSP and other spaces are spaces; zero-width filler disappears") {
    CHECK(fold_for_match("a\u00a0b\u2009c") == "a b c");
    CHECK(fold_for_match("pre\u200bheader\u00adtext\ufeff") == "preheadertext");
  }
}

TEST_CASE("case and letters come from Unicode for every script, not only the seven languages", "[transform]") {
  // Vietnamese (Latin Extended Additional), Greek with tonos, Ukrainian,
  // fullwidth Latin: letters outside the seven languages' alphabets.
  CHECK(fold_for_match("ĐẠI HỌC Άρτα ҐАНОК ＡＢＣ") == "đại học άρτα ґанок ａｂｃ");
  CHECK(upper_case("đại học ґанок") == "ĐẠI HỌC ҐАНОК");
  CHECK(is_all_caps("ĐẠI HỌC"));
  CHECK_FALSE(is_all_caps("Đại học"));
  CHECK(count_words("Đại học ＡＢＣ") == 3);
  // A variation selector stays (it makes "🗓️" an emoji) and is no word;
  // a bidi override is invisible filler like a zero-width space.
  CHECK(fold_spacing("\U0001F5D3\uFE0F Dates") == "\U0001F5D3\uFE0F Dates");
  CHECK(count_words("\U0001F5D3\uFE0F Dates") == 1);
  CHECK(fold_for_match("pay\u202Epal") == "paypal");
}

TEST_CASE("fold_spacing folds like fold_for_match but keeps case", "[transform]") {
  CHECK(fold_spacing("Use  CODE\u00a0\u2018SAVE20\u2019") == "Use CODE 'SAVE20'");
}

TEST_CASE("split_words keeps inner apostrophes, hyphens and digit separators", "[transform]") {
  const std::vector<std::string_view> words = split_words("Don't e-mail 8.5% of 2,000 users — ça va?");
  const std::vector<std::string_view> expected = {"Don't", "e-mail", "8.5", "of", "2,000", "users", "ça", "va"};
  CHECK(words == expected);
  CHECK(count_words("Don't e-mail 8.5% of 2,000 users — ça va?") == 8);
  CHECK(count_words(" — → • ") == 0);
  CHECK(count_words("") == 0);
}

TEST_CASE("template_key makes issue numbers, dates and punctuation compare equal", "[transform]") {
  CHECK(template_key("Issue #41 — March 3") == template_key("Issue #42 — April 10"));
  CHECK(template_key("Ausgabe 7, Montag") == template_key("Ausgabe 8, Freitag"));
  CHECK(template_key("Unsubscribe here") != template_key("Subscribe here"));
}

TEST_CASE("is_all_caps needs three letters and no lower-case one", "[transform]") {
  CHECK(is_all_caps("TOGETHER WITH ACME"));
  CHECK(is_all_caps("ÜBER UNS"));
  CHECK_FALSE(is_all_caps("AI"));
  CHECK_FALSE(is_all_caps("Together WITH"));
  CHECK_FALSE(is_all_caps("2025 — 42"));
}

TEST_CASE("next_code_point decodes UTF-8 and reads invalid bytes as U+FFFD one at a time", "[transform]") {
  const std::string text = "a\u00e9\u20ac\U0001F600\xff" "b";
  std::size_t i = 0;
  std::vector<char32_t> cps;
  while (i < text.size()) cps.push_back(next_code_point(text, i));
  const std::vector<char32_t> expected = {U'a', U'\u00e9', U'\u20ac', U'\U0001F600', 0xFFFD, U'b'};
  CHECK(cps == expected);
  CHECK(is_word_code_point(U'\u00e9'));
  CHECK_FALSE(is_word_code_point(U'\u2014'));
  CHECK(is_lower_letter(U'\u00df'));
  CHECK_FALSE(is_lower_letter(U'A'));
}

TEST_CASE("count_words_up_to counts like count_words up to its limit and says limit + 1 beyond", "[transform]") {
  const std::vector<std::string> texts = {
      "",
      " ",
      "Don't e-mail 8.5% of 2,000 users — ça va?",
      " — → • ",
      "a\u200bb c d e",
      "one two three four five six",
      "Ünïcödé  \t\n  x y",
      "\u2018quoted\u2019 words, here and there",
      "日本 語 🙂 ✓ x",
  };
  for (const auto& t : texts) {
    const int all = count_words(t);
    for (int limit = 0; limit <= all + 1; ++limit) {
      CHECK(count_words_up_to(t, limit) == std::min(all, limit + 1));
    }
  }
}

TEST_CASE("has_words says what count_words(text) > 0 says, for text of every kind of character", "[transform]") {
  const std::vector<std::string> texts = {
      "", " ", "Don't e-mail 8.5% of 2,000 users — ça va?", " — → • ", "'-", "-x", "\u200b\u00ad", "\u2019s",
      "日本", "🙂 ✓", "a\u200bb", "\u2018quoted\u2019", "\xff\xfe", "...1,", "Ünïcödé  \t\n  x", "\xe2\x80",
  };
  for (const auto& t : texts) {
    CHECK(count_words(t) == static_cast<int>(split_words(t).size()));
    CHECK(has_words(t) == (count_words(t) > 0));
  }
  // Every byte alone and after a letter, ASCII or not.
  for (int c = 1; c < 256; ++c) {
    for (const std::string& t : {std::string(1, static_cast<char>(c)), "a" + std::string(1, static_cast<char>(c)) + "b",
                                 "1" + std::string(1, static_cast<char>(c)) + "2"}) {
      CHECK(count_words(t) == static_cast<int>(split_words(t).size()));
      CHECK(has_words(t) == (count_words(t) > 0));
    }
  }
}

TEST_CASE("upper_case upper-cases the letters fold_for_match lower-cases", "[transform]") {
  CHECK(upper_case("Café Weekly") == "CAFÉ WEEKLY");
  CHECK(upper_case("Vélo Club, Łódź, ÿ") == "VÉLO CLUB, ŁÓDŹ, Ÿ");
  CHECK(upper_case("Straße 12 · α") == "STRAßE 12 · Α");  // ß has no one-letter upper case
  CHECK(upper_case("новости") == "НОВОСТИ");
  // What it upper-cases folds back to what fold_for_match makes of the original.
  const std::string mixed = "Zürich Öffnungszeiten ČESKÉ noviny ĳ";
  CHECK(fold_for_match(upper_case(mixed)) == fold_for_match(mixed));
  CHECK(upper_case("bad \xff byte") == "BAD \xff BYTE");
}
