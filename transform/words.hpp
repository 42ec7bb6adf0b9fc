#pragma once
// Text helpers for cleaning and summarizing: case folding for phrase
// matching, word tokens, and the normalisation that makes two issues'
// boilerplate compare equal. UTF-8 in, UTF-8 out; pure functions, no locale.

#include <string>
#include <string_view>
#include <vector>

namespace distill::transform {

// Lower-cases every letter that has a lower case (Unicode's simple case
// mapping, from ICU); maps typographic quotes and apostrophes (’ ‘ “ „ ”)
// to ASCII, NBSP and other spaces to ' ', drops zero-width filler
// (Unicode's default ignorable code points but the variation selectors:
// ZWSP, ZWNJ, ZWJ, WJ, BOM, U+034F, soft hyphen, bidi controls) and folds
// every run of whitespace to one space. The result is what marker phrases
// and user patterns match against.
std::string fold_for_match(std::string_view text);

// fold_for_match without the lower-casing: what user patterns (which choose
// their own case sensitivity with (?i)) are matched against.
std::string fold_spacing(std::string_view text);

// Words of `text` in order: runs of letters and digits (any non-ASCII code
// point counts as a letter), with inner apostrophes, hyphens and
// dots/commas between digits kept ("don't", "e-mail", "8.5", "2,000").
std::vector<std::string_view> split_words(std::string_view text);

// Number of words as split_words counts them, without allocating.
int count_words(std::string_view text);

// The start of folded `text` up to its n-th space (all of it when shorter).
std::string_view first_words(std::string_view text, int n);

// count_words(text) when it is at most `limit`, else limit + 1, found
// without counting past that word: for a test against a bound ("at most
// 40 words") on a block that may be long.
int count_words_up_to(std::string_view text, int limit);

// count_words(text) > 0, without counting past the first word.
bool has_words(std::string_view text);

// Folds `text` for template comparison across issues: fold_for_match, then
// every digit run becomes '0', month and weekday names (English and German)
// become '~', and punctuation is dropped, so "Issue #41 — March 3" and
// "Issue #42 — April 10" compare equal.
std::string template_key(std::string_view text);

// template_key of a text already folded by fold_for_match (a BlockFacts'
// `folded`): the same key without folding the text again.
std::string template_key_of_folded(std::string_view folded);

// True when `text` has at least three letters and none of them lower case
// ("TOGETHER WITH FACET WEALTH", "WORLD").
bool is_all_caps(std::string_view text);

// Decodes one UTF-8 code point at `i` and advances `i`; invalid bytes decode
// as U+FFFD one byte at a time.
char32_t next_code_point(std::string_view text, std::size_t& i);

// True for code points that are letters or digits for tokenizing: ASCII
// letters and digits, and from U+0080 up Unicode's letters, combining
// marks and decimal and letter numbers, but no invisible code point.
bool is_word_code_point(char32_t c);

// True for lower-case letters (Unicode's Ll).
bool is_lower_letter(char32_t c);

// Upper-cases every letter with a one-letter upper case ("Café" ->
// "CAFÉ", Unicode's simple case mapping); other code points, ß among
// them, stay as they are.
std::string upper_case(std::string_view text);

}  // namespace distill::transform
