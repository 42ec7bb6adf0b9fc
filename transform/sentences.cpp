#include "transform/sentences.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "transform/ascii.hpp"
#include "transform/words.hpp"

namespace distill::transform {

namespace {

// Abbreviations after which a '.' never ends a sentence (lower case, without
// the final dot): titles, "No.", German short forms, month abbreviations
// that stand before a day number.
constexpr std::array<std::string_view, 63> k_abbreviations = {
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "vs", "mt", "ft", "no", "nos", "nr",
    "vol", "fig", "figs", "approx", "dept", "gen", "gov", "sen", "rep", "reps", "capt", "lt",
    "col", "sgt", "cf", "ca", "bzw", "vgl", "ggf", "inkl", "evtl", "sog", "str", "tel", "bspw",
    "mio", "mrd", "abs", "hr", "fr", "hrn", "jh", "jhd", "al", "op", "pp", "ed", "eds", "rev",
    "ph", "univ", "assn", "bros", "jan", "feb", "aug", "sept", "oct", "u.a"};

// Abbreviations that often end a sentence too: a '.' after them is a
// boundary only when a typical sentence opener follows.
constexpr std::array<std::string_view, 12> k_ambiguous = {
    "etc", "inc", "ltd", "co", "corp", "llc", "plc", "gmbh", "usw", "am", "pm", "min"};

constexpr std::array<std::string_view, 40> k_openers = {
    "the", "this", "that", "these", "those", "it", "its", "in", "on", "at", "but", "and", "a",
    "an", "we", "they", "he", "she", "i", "you", "there", "what", "why", "how", "if", "so",
    "as", "for", "der", "die", "das", "es", "er", "sie", "wir", "ich", "aber", "und", "ein",
    "eine"};

constexpr std::array<std::string_view, 24> k_months = {
    "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
    "oktober", "november", "dezember", "january", "february", "march", "may", "june", "july",
    "october", "december", "jan", "feb", "mär", "okt"};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

bool is_closer(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 ||
         c == 0x00BB || c == 0x201C || c == 0x00AB || c == '*';
}

bool is_opener(char32_t c) {
  return c == '"' || c == '\'' || c == '(' || c == '[' || c == 0x201C || c == 0x2018 || c == 0x201E || c == 0x00AB;
}

// The bytes split_sentences passes over: ASCII but for line breaks and
// terminals.
constexpr std::array<bool, 256> k_passed_over = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 0x80; ++c) t[c] = c != '\n' && c != '.' && c != '!' && c != '?';
  return t;
}();

bool is_terminal(char32_t c) { return c == '.' || c == '!' || c == '?' || c == 0x2026; }

// Blanks: space, tab, the line breaks, form feed and vertical tab.
constexpr std::array<bool, 256> k_blank = [] {
  std::array<bool, 256> t{};
  for (char c : {' ', '\t', '\r', '\n', '\f', '\v'}) t[static_cast<unsigned char>(c)] = true;
  return t;
}();

bool is_ws(char c) { return k_blank[static_cast<unsigned char>(c)]; }

char32_t code_point_at(std::string_view s, std::size_t pos) {
  std::size_t i = pos;
  return next_code_point(s, i);
}

// Strips what is not a letter, digit or inner dot from both ends of a
// folded token: "(dr" -> "dr", "\"u.s" -> "u.s".
std::string trim_token(std::string w) {
  auto keep = [](unsigned char ch) { return ch >= 0x80 || std::isalnum(ch) != 0; };
  std::size_t f = 0;
  while (f < w.size() && !keep(static_cast<unsigned char>(w[f]))) ++f;
  std::size_t e = w.size();
  while (e > f && !keep(static_cast<unsigned char>(w[e - 1]))) --e;
  return w.substr(f, e - f);
}

// Whether a '.' right after `token` (folded, e.g. "dr", "u.s", "2024") can
// end a sentence when `next_word` (folded) follows.
bool dot_ends_sentence(const std::string& token, const std::string& next_word, bool first_on_line) {
  if (token.empty()) return true;
  if (std::all_of(token.begin(), token.end(), [](char c) { return is_ascii_digit(c); })) {
    if (first_on_line) return false;                  // "1. Advanced Log Processing"
    return !contains(k_months, next_word);            // "am 24. Januar"
  }
  if (contains(k_abbreviations, token)) return false;
  bool opener = contains(k_openers, next_word);
  if (contains(k_ambiguous, token)) return opener;
  // Initials and dotted acronyms: every dot-separated piece is one to three
  // letters ("j", "u.s", "e.g", "z.b", "ph.d"); "2.3m" is not one.
  std::size_t piece = 0;
  for (std::size_t i = 0; i < token.size();) {
    char32_t ch = next_code_point(token, i);
    if (ch == '.') {
      if (piece == 0) return true;
      piece = 0;
    } else if (!is_word_code_point(ch) || (ch >= '0' && ch <= '9') || ++piece > 3) {
      return true;
    }
  }
  bool dotted = token.find('.') != std::string::npos;
  if (dotted || piece == 1) return opener;
  return true;
}

std::size_t width_of(std::string_view s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string_view trim_blanks(std::string_view s) {
  while (!s.empty() && is_ws(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_ws(s.back())) s.remove_suffix(1);
  return s;
}

// The width a plain-text paragraph was hard-wrapped at, or 0 when `text`
// does not look hard-wrapped: three or more lines within a quarter of the
// longest, which is at least 50 characters wide. Lines separated by <br> or
// a list of headlines rarely look like that.
std::size_t wrap_width(std::string_view text) {
  // Three lines need two line breaks; most paragraphs have none.
  const std::size_t first_break = text.find('\n');
  if (first_break == std::string_view::npos || text.find('\n', first_break + 1) == std::string_view::npos) return 0;
  std::vector<std::size_t> widths;
  std::size_t widest = 0;
  for (std::size_t from = 0; from <= text.size();) {
    std::size_t nl = std::min(text.find('\n', from), text.size());
    widths.push_back(width_of(trim_blanks(text.substr(from, nl - from))));
    widest = std::max(widest, widths.back());
    from = nl + 1;
  }
  if (widest < 50) return 0;
  auto near = std::count_if(widths.begin(), widths.end(), [&](std::size_t w) { return w * 4 >= widest * 3; });
  return near >= 3 ? widest : 0;
}

// Whether the line break between `line` and the line that starts at
// `next` (in a text hard-wrapped at `width`) only wraps a sentence: the line
// does not end a sentence or a lead-in, the next line is not a list line,
// and its first word would not have fitted on this line ("... who had once
// worked for a large\nUS based bank walked into ...").
bool wraps_at(std::string_view line, std::string_view next, std::size_t width) {
  line = trim_blanks(line);
  if (width == 0 || line.empty() || next.empty()) return false;
  // The line ends in a word, a comma or a closing bracket or quote after
  // one: not a stop, a colon or an underline ("=====").
  std::size_t end = line.size();
  while (end > 0) {
    std::size_t k = end - 1;
    while (k > 0 && (static_cast<unsigned char>(line[k]) & 0xC0) == 0x80) --k;
    std::size_t at = k;
    char32_t c = next_code_point(line, at);
    if (is_closer(c)) {
      end = k;
      continue;
    }
    if (!is_word_code_point(c) && c != ',') return false;
    break;
  }
  std::size_t at = 0;
  const char32_t first = next_code_point(next, at);
  if (!is_word_code_point(first) && !is_opener(first) && first != '$' && first != 0x20AC && first != 0xA3) return false;
  std::size_t word_end = 0;
  while (word_end < next.size() && !is_ws(next[word_end])) ++word_end;
  std::string_view word = next.substr(0, word_end);
  std::size_t digits = 0;
  while (digits < word.size() && is_ascii_digit(word[digits])) ++digits;
  if (digits > 0 && digits + 1 == word.size() && (word.back() == '.' || word.back() == ')')) return false;  // "2) ..."
  if (word == "-" || word == "*" || word == "\xE2\x80\xA2" || word == "--") return false;  // "- item", "• item"
  return width_of(line) + 1 + width_of(word) > width;
}

void push_sentence(std::vector<std::string>& out, std::string_view piece) {
  // Each run of blanks becomes one space, none at either end.
  piece = trim_blanks(piece);
  if (piece.empty()) return;
  // Most sentences have single spaces only: copied in one piece.
  std::size_t odd = 0;
  while (odd < piece.size() && !(is_ws(piece[odd]) && (piece[odd] != ' ' || is_ws(piece[odd + 1])))) ++odd;
  if (odd == piece.size()) {
    out.emplace_back(piece);
    return;
  }
  // Otherwise the text between runs of blanks is copied a run at a time.
  std::string s;
  s.reserve(piece.size());
  s.append(piece.substr(0, odd));
  std::size_t i = odd;
  while (i < piece.size()) {
    while (i < piece.size() && is_ws(piece[i])) ++i;
    if (i == piece.size()) break;
    std::size_t end = i + 1;
    while (end < piece.size() && !is_ws(piece[end])) ++end;
    if (!s.empty()) s.push_back(' ');
    s.append(piece.substr(i, end - i));
    i = end;
  }
  out.push_back(std::move(s));
}

}  // namespace

std::vector<std::string> split_sentences(std::string_view text) {
  std::vector<std::string> out;
  std::size_t start = 0;       // start of the current sentence
  std::size_t line_start = 0;  // first non-blank of the current line
  while (line_start < text.size() && is_ws(text[line_start])) ++line_start;
  const std::size_t width = wrap_width(text);
  std::size_t i = 0;
  while (i < text.size()) {
    // Only line breaks and terminals matter here: other ASCII, most of any
    // text, is passed over without decoding.
    if (k_passed_over[static_cast<unsigned char>(text[i])]) {
      ++i;
      while (i < text.size() && k_passed_over[static_cast<unsigned char>(text[i])]) ++i;
      continue;
    }
    std::size_t at = i;
    char32_t c = next_code_point(text, i);
    if (c == '\n') {
      std::size_t j = i;
      bool blank_line = false;
      while (j < text.size() && is_ws(text[j])) blank_line |= text[j++] == '\n';
      if (j < text.size() && (blank_line || !is_lower_letter(code_point_at(text, j))) &&
          (blank_line || !wraps_at(text.substr(line_start, at - line_start), text.substr(j), width))) {
        push_sentence(out, text.substr(start, at - start));
        start = j;
      }
      line_start = j;
      i = j;
      continue;
    }
    if (!is_terminal(c)) continue;
    // Take the rest of the terminal run and any closers: "?!", "...", ".)", ."
    std::size_t end = i;
    while (end < text.size()) {
      std::size_t k = end;
      char32_t d = next_code_point(text, k);
      if (!is_terminal(d) && !is_closer(d)) break;
      end = k;
    }
    i = end;
    if (end < text.size() && !is_ws(text[end])) continue;  // "8.5", "example.com", "..?Russ"
    std::size_t next = end;
    while (next < text.size() && is_ws(text[next]) && text[next] != '\n') ++next;
    if (next >= text.size() || text[next] == '\n') continue;  // end of text or line: handled there
    const char32_t first = code_point_at(text, next);
    if (is_lower_letter(first)) continue;  // "Wait... what", "?' she asked"
    bool boundary = true;
    bool ellipsis = c == 0x2026 || text.substr(at, 3) == "...";
    // After an ellipsis only a capital or an opening quote starts a new
    // sentence: "the codes... $4.5m left the account" goes on.
    if (ellipsis && !(is_word_code_point(first) && !(first >= '0' && first <= '9')) && !is_opener(first)) continue;
    if (c == '.' && !ellipsis) {
      std::size_t b = at;
      while (b > line_start && !is_ws(text[b - 1])) --b;
      std::string token = trim_token(fold_for_match(text.substr(b, at - b)));
      std::size_t e = next;
      while (e < text.size() && !is_ws(text[e])) ++e;
      std::string next_word = trim_token(fold_for_match(text.substr(next, e - next)));
      boundary = dot_ends_sentence(token, next_word, b == line_start);
    }
    if (boundary) {
      push_sentence(out, text.substr(start, end - start));
      start = next;
    }
  }
  if (start < text.size()) push_sentence(out, text.substr(start));
  return out;
}

std::string head_clause(std::string_view sentence, int max_words, int min_words) {
  std::string head;
  int open = 0;  // brackets open before the semicolon
  for (std::size_t i = 0; i + 1 < sentence.size(); ++i) {
    const char c = sentence[i];
    if (c == '(' || c == '[') ++open;
    if ((c == ')' || c == ']') && open > 0) --open;
    if (c != ';' || sentence[i + 1] != ' ' || open > 0) continue;
    std::string_view part = trim_blanks(sentence.substr(0, i));
    while (!part.empty() && part.back() == ',') part.remove_suffix(1);
    const int words = count_words(part);
    if (words > max_words) break;
    if (words >= min_words) head = std::string(part) + ".";
  }
  return head;
}

}  // namespace distill::transform
