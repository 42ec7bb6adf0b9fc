#include "transform/words.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <limits>
#include <unordered_set>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "transform/ascii.hpp"

namespace distill::transform {

namespace {

// ASCII letters and digits, for the fast paths; indexed by any byte (false
// for the bytes of multi-byte characters, which take the slow path).
constexpr std::array<bool, 256> k_ascii_word = [] {
  std::array<bool, 256> t{};
  for (int c = '0'; c <= '9'; ++c) t[c] = true;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = true;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = true;
  return t;
}();

bool is_ascii_word(char byte) { return k_ascii_word[static_cast<unsigned char>(byte)]; }

void append_utf8(std::string& out, char32_t c) {
  char bytes[U8_MAX_LENGTH];
  std::int32_t n = 0;
  U8_APPEND_UNSAFE(bytes, n, static_cast<UChar32>(c));
  out.append(bytes, static_cast<std::size_t>(n));
}

// Case and character classes come from ICU's character properties (the
// Unicode data of the ICU that distill is built with), for every script;
// the callers take ASCII, most of any newsletter, on fast paths of their
// own before they get here.
char32_t to_lower(char32_t c) { return static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))); }

bool is_space(char32_t c) { return u_isUWhiteSpace(static_cast<UChar32>(c)) != 0; }

// Zero-width and other invisible code points (ZWSP, ZWNJ, ZWJ, WJ, BOM,
// soft hyphen, bidi controls, Hangul fillers): Unicode's
// Default_Ignorable_Code_Point, but for the variation selectors, which
// choose how the emoji before them looks (a title's "🗓️").
bool is_invisible(char32_t c) {
  const auto u = static_cast<UChar32>(c);
  return u_hasBinaryProperty(u, UCHAR_DEFAULT_IGNORABLE_CODE_POINT) != 0 &&
         u_hasBinaryProperty(u, UCHAR_VARIATION_SELECTOR) == 0;
}

constexpr std::array<std::string_view, 56> k_calendar_words = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "januar", "februar",
    "märz", "mai", "juni", "juli", "oktober", "dezember", "montag", "dienstag", "mittwoch",
    "donnerstag", "freitag", "samstag", "sonntag", "today", "yesterday", "tomorrow"};

// The lengths and first bytes of the calendar words: most words are none,
// and these tell that without hashing the word.
constexpr std::size_t k_calendar_min = 3;
constexpr std::size_t k_calendar_max = 10;
constexpr std::array<bool, 256> k_calendar_first = [] {
  std::array<bool, 256> t{};
  for (std::string_view w : k_calendar_words) t[static_cast<unsigned char>(w.front())] = true;
  return t;
}();
static_assert(std::all_of(k_calendar_words.begin(), k_calendar_words.end(),
                          [](std::string_view w) { return w.size() >= k_calendar_min && w.size() <= k_calendar_max; }));

// Which lengths the calendar words of each pair of first bytes have (one bit
// a length), in a small table indexed by a hash of the pair: a word whose
// length no calendar word with its first two bytes has ("market" beside
// "march", "may", "mai") is none, also without hashing it. Pairs that share
// a slot only let more words through to the set.
constexpr std::size_t k_calendar_pairs = 1024;
constexpr std::size_t calendar_pair(unsigned char a, unsigned char b) { return (a * 31u + b) % k_calendar_pairs; }
constexpr std::array<std::uint16_t, k_calendar_pairs> k_calendar_lengths = [] {
  std::array<std::uint16_t, k_calendar_pairs> t{};
  for (std::string_view w : k_calendar_words) {
    t[calendar_pair(static_cast<unsigned char>(w[0]), static_cast<unsigned char>(w[1]))] |=
        static_cast<std::uint16_t>(1u << w.size());
  }
  return t;
}();
static_assert(k_calendar_max < 16);

bool is_calendar_word(std::string_view word) {
  if (word.size() < k_calendar_min || word.size() > k_calendar_max ||
      !k_calendar_first[static_cast<unsigned char>(word.front())] ||
      !(k_calendar_lengths[calendar_pair(static_cast<unsigned char>(word[0]), static_cast<unsigned char>(word[1]))] >>
            word.size() &
        1u)) {
    return false;
  }
  static const std::unordered_set<std::string_view> k_set(k_calendar_words.begin(), k_calendar_words.end());
  return k_set.contains(word);
}

}  // namespace

bool is_lower_letter(char32_t c) { return u_islower(static_cast<UChar32>(c)) != 0; }

std::string upper_case(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto start = i;
    const char32_t c = next_code_point(text, i);
    const auto upper = static_cast<char32_t>(u_toupper(static_cast<UChar32>(c)));
    if (upper == c) {
      out.append(text.substr(start, i - start));  // as it was, invalid bytes too
    } else {
      append_utf8(out, upper);
    }
  }
  return out;
}

char32_t next_code_point(std::string_view s, std::size_t& i) {
  auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  int len = (b0 >= 0xF0 && b0 < 0xF8) ? 4 : (b0 >= 0xE0) ? 3 : (b0 >= 0xC0) ? 2 : 0;
  if (len == 0 || i + len > s.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t c = b0 & (0xFF >> (len + 1));
  for (int k = 1; k < len; ++k) {
    auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    c = (c << 6) | (b & 0x3F);
  }
  i += len;
  return c;
}

bool is_word_code_point(char32_t c) {
  if (c < 0x80) return k_ascii_word[c];
  const auto u = static_cast<UChar32>(c);
  if (u_hasBinaryProperty(u, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) return false;  // variation selectors, joiners
  return (U_GET_GC_MASK(u) & (U_GC_L_MASK | U_GC_M_MASK | U_GC_ND_MASK | U_GC_NL_MASK)) != 0;
}

namespace {

bool is_ascii_space(unsigned char byte) { return byte == ' ' || (byte >= '\t' && byte <= '\r'); }

// The ASCII bytes that fold() keeps as they are (but for their case),
// indexed by any byte: not spaces, '`' or the bytes of multi-byte
// characters.
constexpr std::array<bool, 256> k_plain_ascii = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 0x80; ++c) t[c] = c != '`' && !(c == ' ' || (c >= '\t' && c <= '\r'));
  return t;
}();

// Every byte lowered: A to Z, and the others as they are.
constexpr std::array<char, 256> k_ascii_lowered = [] {
  std::array<char, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return t;
}();

bool is_plain_ascii(unsigned char byte) { return k_plain_ascii[byte]; }

// Copies `n` bytes below 0x80 from `from` to `to`, A to Z lowered. Eight at
// a time, in a 64-bit word: a byte of the word gets its bit 0x20 set when it
// is at least 'A' and not beyond 'Z' (each sum stays below 0x100, so no byte
// carries into the next).
void lower_ascii_run(const char* from, std::size_t n, char* to) {
  constexpr std::uint64_t k_ones = 0x0101010101010101ULL;
  std::size_t k = 0;
  for (; k + 8 <= n; k += 8) {
    std::uint64_t x;
    std::memcpy(&x, from + k, 8);
    const std::uint64_t at_least_a = x + k_ones * (0x80 - 'A');
    const std::uint64_t beyond_z = x + k_ones * (0x80 - 'Z' - 1);
    const std::uint64_t upper = (at_least_a & ~beyond_z) & (k_ones * 0x80);
    x |= upper >> 2;
    std::memcpy(to + k, &x, 8);
  }
  for (; k < n; ++k) to[k] = k_ascii_lowered[static_cast<unsigned char>(from[k])];
}

std::string fold(std::string_view text, bool lower) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  std::size_t i = 0;
  while (i < text.size()) {
    // ASCII, most of any newsletter, without decoding: a run of it up to
    // the next space or other byte is copied in one piece.
    auto byte = static_cast<unsigned char>(text[i]);
    if (is_ascii_space(byte)) {
      ++i;
      pending_space = !out.empty();
      continue;
    }
    if (is_plain_ascii(byte)) {
      if (pending_space) {
        out.push_back(' ');
        pending_space = false;
      }
      // A single space between two such bytes folds to itself: the run
      // goes on over it, so that most lines are copied in one piece.
      std::size_t end = i + 1;
      while (end < text.size()) {
        if (is_plain_ascii(static_cast<unsigned char>(text[end]))) {
          ++end;
        } else if (text[end] == ' ' && end + 1 < text.size() &&
                   is_plain_ascii(static_cast<unsigned char>(text[end + 1]))) {
          end += 2;
        } else {
          break;
        }
      }
      if (lower) {
        // Copied and lowered in one pass, eight bytes at a time.
        const std::size_t from = out.size();
        out.resize(from + (end - i));
        lower_ascii_run(text.data() + i, end - i, out.data() + from);
      } else {
        out.append(text.substr(i, end - i));
      }
      i = end;
      continue;
    }
    char32_t c = next_code_point(text, i);
    if (is_invisible(c)) continue;
    if (is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) {
      out.push_back(' ');
      pending_space = false;
    }
    switch (c) {
      case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x00B4: case 0x0060:
        out.push_back('\'');
        continue;
      case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB: case 0x2033:
        out.push_back('"');
        continue;
      case 0x2010: case 0x2011: case 0x2012:
        out.push_back('-');
        continue;
      default:
        break;
    }
    append_utf8(out, lower ? to_lower(c) : c);
  }
  return out;
}

}  // namespace

std::string fold_for_match(std::string_view text) { return fold(text, true); }

std::string fold_spacing(std::string_view text) { return fold(text, false); }

std::vector<std::string_view> split_words(std::string_view text) {
  std::vector<std::string_view> words;
  // About one word in six bytes of prose: one allocation, not one per doubling.
  words.reserve(text.size() / 6 + 1);
  std::size_t i = 0;
  std::size_t start = std::string_view::npos;
  char32_t prev = 0;
  while (i < text.size()) {
    std::size_t at = i;
    // A run of ASCII letters and digits, most of any text, in one step.
    if (is_ascii_word(text[i])) {
      if (start == std::string_view::npos) start = at;
      ++i;
      while (i < text.size() && is_ascii_word(text[i])) ++i;
      prev = static_cast<unsigned char>(text[i - 1]);
      continue;
    }
    const auto byte = static_cast<unsigned char>(text[i]);
    char32_t c = byte < 0x80 ? (++i, byte) : next_code_point(text, i);
    if (c >= 0x80 && is_word_code_point(c)) {
      if (start == std::string_view::npos) start = at;
      prev = c;
      continue;
    }
    if (start != std::string_view::npos) {
      // Keep joiners inside a word: don't, e-mail, 8.5, 2,000.
      bool joiner = c == '\'' || c == 0x2019 || c == '-' || ((c == '.' || c == ',') && is_ascii_digit(prev));
      if (joiner && i < text.size()) {
        std::size_t peek = i;
        char32_t n = next_code_point(text, peek);
        bool ok = (c == '.' || c == ',') ? is_ascii_digit(n) : is_word_code_point(n);
        if (ok) {
          prev = c;
          continue;
        }
      }
      words.push_back(text.substr(start, at - start));
      start = std::string_view::npos;
    }
    prev = c;
  }
  if (start != std::string_view::npos) words.push_back(text.substr(start));
  return words;
}

std::string_view first_words(std::string_view text, int n) {
  std::size_t at = 0;
  for (int k = 0; k < n; ++k) {
    at = text.find(' ', at + 1);
    if (at == std::string_view::npos) return text;
  }
  return text.substr(0, at);
}

int count_words(std::string_view text) { return count_words_up_to(text, std::numeric_limits<int>::max() - 1); }

int count_words_up_to(std::string_view text, int limit) {
  int n = 0;
  bool in_word = false;
  std::size_t i = 0;
  while (i < text.size()) {
    auto b = static_cast<unsigned char>(text[i]);
    // A run of ASCII letters and digits, most of any text, in one step.
    if (k_ascii_word[b]) {
      if (!in_word && ++n > limit) return n;
      in_word = true;
      ++i;
      while (i < text.size() && is_ascii_word(text[i])) ++i;
      continue;
    }
    if (b == ' ') {  // the usual end of a word
      in_word = false;
      ++i;
      continue;
    }
    bool w;
    if (b < 0x80) {
      // Joiners stay inside a word as in split_words: don't, e-mail, and
      // '.' or ',' between digits (8.5, 2,000).
      const bool digit_joiner = (b == '.' || b == ',') && i > 0 && i + 1 < text.size() &&
                                is_ascii_digit(static_cast<unsigned char>(text[i - 1])) &&
                                is_ascii_digit(static_cast<unsigned char>(text[i + 1]));
      ++i;
      w = k_ascii_word[b] || (in_word && (b == '\'' || b == '-' || digit_joiner));
    } else {
      char32_t c = next_code_point(text, i);
      w = is_word_code_point(c) || (in_word && c == 0x2019);
    }
    if (w && !in_word && ++n > limit) return n;
    in_word = w;
  }
  return n;
}

bool has_words(std::string_view text) {
  // A word starts at a letter or digit; joiners only continue one.
  std::size_t i = 0;
  while (i < text.size()) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      if (k_ascii_word[b]) return true;
      ++i;
    } else if (is_word_code_point(next_code_point(text, i))) {
      return true;
    }
  }
  return false;
}

std::string template_key(std::string_view text) { return template_key_of_folded(fold_for_match(text)); }

std::string template_key_of_folded(std::string_view folded) {
  std::string out;
  out.reserve(folded.size());
  for (auto w : split_words(folded)) {
    if (!out.empty()) out.push_back(' ');
    if (is_calendar_word(w)) {
      out.push_back('~');
      continue;
    }
    // A byte loop, not find_first_of, which runs memchr over the ten digits for each byte.
    if (std::none_of(w.begin(), w.end(), [](char ch) { return is_ascii_digit(ch); })) {
      out.append(w);
      continue;
    }
    bool in_digits = false;
    for (char ch : w) {
      const bool d = is_ascii_digit(ch);
      if (d) {
        if (!in_digits) out.push_back('0');
      } else if (!(in_digits && (ch == '.' || ch == ','))) {
        out.push_back(ch);
      }
      in_digits = d || (in_digits && (ch == '.' || ch == ','));
    }
  }
  return out;
}

bool is_all_caps(std::string_view text) {
  int upper = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    char32_t c = next_code_point(text, i);
    if (is_lower_letter(c)) return false;
    if (u_isupper(static_cast<UChar32>(c))) ++upper;
  }
  return upper >= 3;
}

}  // namespace distill::transform
