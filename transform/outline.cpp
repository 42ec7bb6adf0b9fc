#include "transform/outline.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include <re2/re2.h>

#include "transform/ascii.hpp"
#include "transform/sentences.hpp"
#include "transform/words.hpp"

namespace distill::transform {

namespace {

// A word shared by more titles than this says nothing about which one a
// line repeats: it is not looked up.
constexpr std::size_t k_max_titles_per_word = 50;

// Numbered titles look at most this many blocks ahead for their prose.
constexpr std::size_t k_title_reach = 8;

bool ends_with_punctuation(std::string_view t) {
  while (!t.empty() && (t.back() == ' ' || t.back() == '"' || t.back() == '\'' || t.back() == ')')) t.remove_suffix(1);
  if (t.empty()) return false;
  char c = t.back();
  return c == '.' || c == '!' || c == '?' || c == ',' || c == ';' || c == ':';
}

// Strips separators between a title and what follows: "Title — desc" -> "desc".
std::string strip_leading_separators(std::string rest) {
  std::size_t i = 0;
  while (i < rest.size()) {
    unsigned char c = static_cast<unsigned char>(rest[i]);
    if (c == ' ' || c == '-' || c == ':' || c == '\n' || c == '|' || c == '=' || c == '_' || c == '~') {
      ++i;
    } else if (rest.compare(i, 3, "\xE2\x80\x94") == 0 || rest.compare(i, 3, "\xE2\x80\x93") == 0) {
      i += 3;  // em dash, en dash
    } else {
      break;
    }
  }
  return rest.substr(i);
}

// "▶ The Other Features in Go 1.18" -> "The Other Features in Go 1.18".
std::string strip_leading_symbols(const std::string& text) {
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t at = i;
    char32_t c = next_code_point(text, i);
    if (is_word_code_point(c) || c == '"' || c == '\'' || c == 0x201C || c == 0x2018 || c == '(' || c == '$' ||
        c == 0x20AC || c == '#' || c == '@') {
      return text.substr(at);
    }
  }
  return {};
}

// "Title:" -> "Title", "Title -" -> "Title"; a plain-text link list's
// "\"The Living Soil\" on worms: https://soil.example.org/living-soil" ->
// the words before the address, which is the item's link. A dash that ends
// a word ("Overall: A-", a grade) is part of it: only a dash after a space,
// or a run of them, is a separator.
std::string clean_title(std::string title) {
  auto trim_end = [&] {
    for (;;) {
      while (!title.empty() && (title.back() == ':' || title.back() == ' ' || title.back() == '|')) title.pop_back();
      const std::size_t dashes = title.find_last_not_of('-');
      const std::size_t run = dashes == std::string::npos ? title.size() : title.size() - dashes - 1;
      if (run == 0 || (run == 1 && dashes != std::string::npos && title[dashes] != ' ')) return;
      title.resize(title.size() - run);
    }
  };
  trim_end();
  const auto space = title.rfind(' ');
  if (space != std::string::npos) {
    const std::string_view last = std::string_view(title).substr(space + 1);
    if (is_web_address(last) && count_words(std::string_view(title).substr(0, space)) >= 2) {
      title.resize(space);
      trim_end();
      if (title.ends_with("\xE2\x80\x94") || title.ends_with("\xE2\x80\x93")) title.resize(title.size() - 3);
      trim_end();
    }
  }
  return title;
}

// A block that is one item of a link list: it starts with a link that is
// its title ("Title — description"), or is short and mostly link, or is a
// short list item with its source linked ("Headline [Gazette]"). `words`:
// count_words(text), the block's word count from its facts.
std::optional<std::string> link_item_title(const Block& b, const std::string& text, int words) {
  if (b.kind == BlockKind::heading) return std::nullopt;
  const Link* link = nullptr;
  for (const auto& l : b.links) {
    if (count_words(l.text) > 0 && !l.url.empty() && !l.url.starts_with("mailto:")) {
      link = &l;
      break;
    }
  }
  if (!link) return std::nullopt;
  std::string link_text = fold_spacing(link->text);
  int link_words = count_words(link_text);
  std::optional<std::string> title;
  if (link_words >= 3 && text.starts_with(link_text)) {
    title = link_text;
  } else if (words <= 20 && link_words * 10 >= words * 6) {
    title = text;
  } else if (b.kind == BlockKind::list_item && words <= 25) {
    title = text;
  }
  // Handles, bylines and dates ("Jane Roe @jroe", "Oct 11, 2022") are
  // not headlines.
  if (title && (count_words(*title) < 3 || title->find('@') != std::string::npos ||
                is_dateline(fold_for_match(*title), count_words(*title)))) {
    return std::nullopt;
  }
  return title;
}

// "Harbour map now online\nThe new harbour map shows ...": a short first
// line without punctuation over more text.
std::optional<std::string> first_line_title(const std::string& text) {
  auto nl = text.find('\n');
  if (nl == std::string::npos) return std::nullopt;
  std::string first = fold_spacing(text.substr(0, nl));
  int words = count_words(first);
  // A headline may shout ("WIN a €2,000 Online Gift Voucher!"), not end a sentence.
  if (words < 2 || words > 15 || (ends_with_punctuation(first) && first.back() != '!')) return std::nullopt;
  if (count_words_up_to(std::string_view(text).substr(nl + 1), 4) < 5) return std::nullopt;
  // Not the first line of a wrapped paragraph ("If ordering by telephone,
  // make sure that you are\ntalking to the bank."): the line must be a
  // sentence of its own.
  // The first sentence is all it needs: a long block is split no further
  // than a few lines past its first.
  const std::string_view head = std::string_view(text).substr(0, std::min(text.size(), nl + 2048));
  if (count_words(split_sentences(head).front()) > words) return std::nullopt;
  return first;
}

// "Harbour to reopen. The port authority said on Thursday ...": a
// first sentence of at most 8 words, without the final stop, over at least
// 12 more words in the same block.
std::optional<std::string> lead_sentence_title(const std::string& text) {
  // Most paragraphs open with a longer sentence: look before splitting.
  auto stop = text.find(". ");
  if (stop == std::string::npos || count_words_up_to(std::string_view(text).substr(0, stop), 8) > 8) {
    return std::nullopt;
  }
  auto sentences = split_sentences(std::string_view(text).substr(0, std::min(text.size(), stop + 2048)));
  if (sentences.size() < 2) return std::nullopt;
  std::string first = sentences.front();
  int words = count_words(first);
  if (words < 1 || words > 8 || count_words_up_to(text, words + 11) - words < 12) return std::nullopt;
  if (first.back() != '.' || !text.starts_with(first)) return std::nullopt;
  first.pop_back();
  return first;
}

// "NEW FERRY TIMETABLE FROM MAY Twelve crossings a day will ...": a plain-
// text story whose title, in capitals, runs into its first sentence. The
// run of at least three words without a lower-case letter (and at least
// ten letters) that opens a block of at least eight more words, up to the
// first word that has one, which must start with a capital or a digit.
std::optional<std::string> caps_title(const std::string& text, int min_words = 3) {
  std::size_t i = 0;
  std::size_t end = 0;
  int words = 0;
  int letters = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n')) ++i;
    const std::size_t start = i;
    bool lower = false;
    int word_letters = 0;
    while (i < text.size() && text[i] != ' ' && text[i] != '\n') {
      const char32_t c = next_code_point(text, i);
      lower = lower || is_lower_letter(c);
      word_letters += is_word_code_point(c) && !(c >= '0' && c <= '9') ? 1 : 0;
    }
    if (i == start || lower) break;
    // An underline ("FERRY TIMES CHANGE =====") ends the title.
    if (word_letters == 0 && std::none_of(text.begin() + static_cast<std::ptrdiff_t>(start),
                                          text.begin() + static_cast<std::ptrdiff_t>(i),
                                          [](char c) { return c >= '0' && c <= '9'; })) {
      break;
    }
    ++words;
    letters += word_letters;
    end = i;
    if (words > 12) return std::nullopt;
  }
  if (words < min_words || letters < 10 || count_words_up_to(std::string_view(text).substr(end), 7) < 8) {
    return std::nullopt;
  }
  // The story's first sentence starts after it with a capital ("ONCE UPON
  // A TIME a wolf ...": a sentence in small capitals, no title).
  std::size_t next = text.find_first_not_of(" \n=_~-", end);
  if (next == std::string::npos) return std::nullopt;
  const char32_t first = next_code_point(text, next);
  if (is_lower_letter(first) || !is_word_code_point(first)) return std::nullopt;
  std::string title = text.substr(0, end);
  if (ends_with_punctuation(title) && title.back() != '!') return std::nullopt;
  return title;
}

// "Tidewatch is a new app that ...": a prose paragraph that
// opens with a link names its subject; the link text is an item title.
// `block_words`: count_words(text), the block's word count from its facts.
std::optional<std::string> linked_subject(const Block& b, const std::string& text, int block_words) {
  if (b.kind != BlockKind::paragraph || block_words < 20) return std::nullopt;
  for (const auto& l : b.links) {
    std::string t = fold_spacing(l.text);
    int words = count_words(t);
    if (words == 0) continue;
    if (words <= 6 && text.starts_with(t) && !l.url.starts_with("mailto:")) return t;
    break;
  }
  return std::nullopt;
}

// The headline written before a link's address, without the separator
// between them ("Title - ", "Title — ", "Title | "): 2 to `max_words`
// words, no address in it, and no stop or lead-in colon at its end ("...
// download it here: http://..." is no headline), or nothing.
std::optional<std::string> headline_before_url(std::string_view before, int max_words) {
  std::string title = fold_spacing(before);
  while (!title.empty() && (title.back() == ' ' || title.back() == '-' || title.back() == '|')) title.pop_back();
  if (title.ends_with("\xE2\x80\x94") || title.ends_with("\xE2\x80\x93")) title.resize(title.size() - 3);
  title.resize(trim_trailing_spaces(title).size());
  const int words = count_words(title);
  if (words < 2 || words > max_words || ends_with_punctuation(title) || title.find("http") != std::string::npos ||
      title.find("www.") != std::string::npos) {
    return std::nullopt;
  }
  return title;
}

// "Harbour reopens after three weeks https://news.example.org/harbour": a
// headline followed by nothing but its address (on the line below or after
// it, maybe in angle brackets), as plain-text headline lists give their
// stories. The title and the
// address, or nothing.
std::optional<std::pair<std::string, std::string>> headline_over_url(const std::string& text) {
  std::string_view t = text;
  while (!t.empty() && (t.back() == ' ' || t.back() == '\n')) t.remove_suffix(1);
  const std::size_t gap = t.find_last_of(" \n");
  if (gap == std::string_view::npos) return std::nullopt;
  std::string_view url = t.substr(gap + 1);
  if (url.starts_with("<") && url.ends_with(">")) url = url.substr(1, url.size() - 2);  // "<http://...>"
  if (!is_web_address(url)) return std::nullopt;
  auto title = headline_before_url(t.substr(0, gap), 14);
  if (!title) return std::nullopt;
  return std::make_pair(std::move(*title), std::string(url));
}

// "Title (4 minute read)" -> "Title": the reading time a link digest puts
// after each headline, in any of the languages ("(4 Min. Lesezeit)", "(5
// min de lecture)", "(3 minuti di lettura)"): a number, then a word for
// minutes, all of which begin with "min", in brackets at the end.
void strip_reading_time(std::string& title) {
  if (!title.ends_with(")")) return;
  const std::size_t open = title.rfind('(');
  if (open == std::string::npos || open == 0 || title[open - 1] != ' ') return;
  const std::string note = fold_for_match(std::string_view(title).substr(open + 1, title.size() - open - 2));
  std::size_t i = 0;
  while (i < note.size() && note[i] >= '0' && note[i] <= '9') ++i;
  if (i == 0 || i + 4 > note.size() || note[i] != ' ' || note.compare(i + 1, 3, "min") != 0 || count_words(note) > 5) {
    return;
  }
  title.resize(open - 1);
}

// "Linux 6.19 merges the Rust scheduler (4 minute read) [https://...] The
// new class lets ...": a plain-text link digest's item, its headline, then
// its address (bare or in brackets), then a description, on one line or
// wrapped into one paragraph. The headline (2 to 16 words, no stop, no
// lead-in colon), the address and the description (at least five words),
// or nothing.
struct HeadlineItem {
  std::string title;
  std::string url;
  std::string rest;
};
std::optional<HeadlineItem> headline_then_url(const std::string& text) {
  // Byte loops, not find_first_of, which runs memchr over its set for each
  // byte; the address starts within the first 400 bytes.
  const std::size_t scan_end = std::min(text.size(), std::size_t{401});
  std::size_t at = 0;
  for (;;) {
    while (at < scan_end && text[at] != 'h' && text[at] != 'w') ++at;
    if (at == scan_end) return std::nullopt;
    const std::string_view from = std::string_view(text).substr(at);
    if (is_web_address(from) && (at == 0 || text[at - 1] == ' ' || text[at - 1] == '\n' || text[at - 1] == '[' ||
                                 text[at - 1] == '<' || text[at - 1] == '(')) {
      break;
    }
    ++at;
  }
  std::size_t start = at;
  if (start > 0 && (text[start - 1] == '[' || text[start - 1] == '<' || text[start - 1] == '(')) --start;
  std::size_t end = at;
  while (end < text.size() && text[end] != ' ' && text[end] != '\n') ++end;
  if (end == text.size()) return std::nullopt;
  std::string url = text.substr(at, end - at);
  while (!url.empty() && (url.back() == ']' || url.back() == '>' || url.back() == ')')) url.pop_back();
  auto title = headline_before_url(std::string_view(text).substr(0, start), 16);
  if (!title) return std::nullopt;
  std::string rest = fold_spacing(std::string_view(text).substr(end));
  while (!rest.empty() && rest.front() == ' ') rest.erase(0, 1);
  if (count_words(rest) < 5 || rest.find("://") != std::string::npos) return std::nullopt;
  strip_reading_time(*title);
  return HeadlineItem{std::move(*title), std::move(url), std::move(rest)};
}

// Whether `text` opens with a lower-case word, not a URL, a handle or a
// byline ("by A. Writer"): the rest of a sentence that began above it.
bool continues_in_lower_case(std::string_view text) {
  std::size_t i = text.find_first_not_of(" \n");
  if (i == std::string_view::npos || text.substr(i).starts_with("by ") || text.substr(i).starts_with("von ")) {
    return false;
  }
  if (!is_lower_letter(next_code_point(text, i))) return false;
  while (i < text.size() && text[i] != ' ' && text[i] != '\n') {
    const char32_t c = next_code_point(text, i);
    if (!(is_word_code_point(c) && !(c >= '0' && c <= '9')) && c != '\'' && c != '-' && c != ',' && c != 0x2019) {
      return false;
    }
  }
  return true;
}

// A byline under an item: "Jane Roe", "Jan Kowalski (Example Labs)".
// `words`: count_words(text), the block's word count from its facts.
bool is_byline(const Block& b, const std::string& text, int words) {
  return b.kind == BlockKind::paragraph && words >= 1 && words <= 5 && !ends_with_punctuation(text) &&
         text.find('\n') == std::string::npos;
}

// "By Ruth Okafor", "Von Anna Berg", "Par Claire Dubois": a line that
// signs a story, the word for "by" of one of the languages and a name of
// one to four capitalised words, without a stop.
bool is_signed_byline(std::string_view line) {
  const std::string folded = fold_for_match(line);
  const auto words = split_words(line);
  if (words.size() < 2 || words.size() > 5 || ends_with_punctuation(line)) return false;
  const std::string_view by = split_words(folded).front();
  if (by != "by" && by != "von" && by != "par" && by != "por" && by != "di" && by != "door") return false;
  return std::all_of(words.begin() + 1, words.end(), [](std::string_view w) {
    std::size_t at = 0;
    const char32_t c = next_code_point(w, at);
    return is_word_code_point(c) && !is_lower_letter(c) && !(c >= '0' && c <= '9');
  });
}

// A kicker over a headline: a short label of one to three words without a
// lower-case letter or a stop ("COVER STORY", "SCIENCE", "KULTUR").
bool is_kicker(std::string_view line) {
  const int words = count_words(line);
  if (words < 1 || words > 3 || ends_with_punctuation(line)) return false;
  int letters = 0;
  for (std::size_t i = 0; i < line.size();) {
    const char32_t c = next_code_point(line, i);
    if (is_lower_letter(c)) return false;
    letters += is_word_code_point(c) && !(c >= '0' && c <= '9') ? 1 : 0;
  }
  return letters >= 3;
}

// "COVER STORY\nThe Ferry That Runs on Batteries\nBy Ruth Okafor": a
// magazine's teaser heads its story with a kicker, the headline and a
// byline, each on a line of its own in one block. The headline (2 to 15
// words that start with a capital, no stop), when a kicker stands above it
// or a byline below it, or both, and nothing else is in the block.
std::optional<std::string> teaser_headline(std::string_view text) {
  std::vector<std::string_view> lines;
  for (std::size_t at = 0; at <= text.size();) {
    std::size_t nl = text.find('\n', at);
    if (nl == std::string_view::npos) nl = text.size();
    const std::string_view line = trim_ascii_space(text.substr(at, nl - at));
    if (!line.empty()) lines.push_back(line);
    if (lines.size() > 3) return std::nullopt;
    at = nl + 1;
  }
  if (lines.size() < 2) return std::nullopt;
  const bool kicker = is_kicker(lines.front());
  const bool byline = is_signed_byline(lines.back());
  if (lines.size() == 3 ? !(kicker && byline) : kicker == byline) return std::nullopt;
  const std::string_view headline = lines[kicker ? 1 : 0];
  const int words = count_words(headline);
  if (words < 2 || words > 15 ||
      (ends_with_punctuation(headline) && headline.back() != '?' && headline.back() != '!') || is_kicker(headline)) {
    return std::nullopt;
  }
  std::size_t at = 0;
  const char32_t first = next_code_point(headline, at);
  if (!is_word_code_point(first) || is_lower_letter(first)) return std::nullopt;
  return std::string(headline);
}

// "1.5 Harbour Gate 2.1 lock bypass Risk: High Affected: Harbour Gate 1.0
// through 2.1": the header of an entry of a plain-text digest (an
// advisory, a release, a listing), its title and then its record fields
// ("Risk: High", "Plattform: Linux"), each a capitalised label of one word,
// a colon and a short value. The title (3 to 15 words, no stop, no colon)
// and the labels (folded) when at least two fields follow it and nothing
// else does.
struct RecordHeader {
  std::string title;
  std::vector<std::string> labels;
};
std::optional<RecordHeader> record_header(std::string_view text) {
  const auto words = split_words(text);
  if (words.size() > 45) return std::nullopt;
  std::vector<std::size_t> fields;  // byte offsets of the field labels
  RecordHeader header;
  int since = 0;  // words of the value after the last label
  for (auto w : words) {
    const std::size_t at = static_cast<std::size_t>(w.data() - text.data());
    const std::size_t end = at + w.size();
    std::size_t i = 0;
    const char32_t c = next_code_point(w, i);
    const bool label = end + 1 < text.size() && text[end] == ':' && text[end + 1] == ' ' && is_word_code_point(c) &&
                       !is_lower_letter(c) &&
                       std::none_of(w.begin(), w.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
    if (label) {
      if (!fields.empty() && since == 0) return std::nullopt;
      fields.push_back(at);
      header.labels.push_back(fold_for_match(w));
      since = 0;
    } else if (!fields.empty() && ++since > 12) {
      return std::nullopt;
    }
  }
  if (fields.size() < 2 || since == 0) return std::nullopt;
  std::string_view title = text.substr(0, fields.front());
  while (!title.empty() && (title.back() == ' ' || title.back() == '\n')) title.remove_suffix(1);
  const int title_words = count_words(title);
  if (title_words < 3 || title_words > 15 || ends_with_punctuation(title) ||
      title.find(':') != std::string_view::npos) {
    return std::nullopt;
  }
  header.title = std::string(title);
  return header;
}

// "3,99*", "€49.99", "UVP: 24.90 €", "$14.95", "1.299,- kr": a line that
// is a price and nothing else, maybe after a one- or two-word label ("UVP",
// "now", "ab"). In any of the number formats of the languages (a decimal
// comma or point, thousands grouped by a point, comma, space or
// apostrophe), it has a currency sign or code, or two decimals.
bool is_price_line(std::string_view text, int words) {
  if (words < 1 || words > 4 || text.size() > 40) return false;
  static const RE2 re(
      R"((?i)^\s*(?:\pL[\pL.]*:?\s+){0,2}(?:(€|\$|£|¥|₹|eur|usd|us\$|chf|gbp|pln|zł|kr|kč|r\$)\s?)?)"
      R"((\d{1,3}(?:[.,' \x{a0}]\d{3})*|\d+)([.,](?:\d{2}|-{1,2}|–))?)"
      R"(\s?(€|\$|£|¥|eur|usd|chf|gbp|pln|zł|kr|kč|lei|din)?\s*\**\s*$)",
      RE2::Quiet);
  std::string before, number, decimals, after;
  if (!RE2::FullMatch(re2::StringPiece(text.data(), text.size()), re, &before, &number, &decimals, &after)) {
    return false;
  }
  return !before.empty() || !after.empty() || decimals.size() == 3;
}

class Builder {
 public:
  Builder(const Document& doc, const std::vector<BlockFacts>& facts, std::string_view title, std::string_view source)
      : m_doc(doc), m_facts(facts), m_name(title, source), m_source_words(distinct_words(source)) {
    m_outline.title = std::string(title);
  }

  Outline run() {
    find_name_and_date();
    find_cards();
    build_sections();
    build_stories();
    group_topics();
    mark_duplicates();
    assign_roles();
    return std::move(m_outline);
  }

 private:
  const Document& m_doc;
  const std::vector<BlockFacts>& m_facts;
  IssueName m_name;
  std::vector<std::string> m_source_words;  // distinct, folded, sorted
  const bool m_has_headings = std::any_of(m_doc.blocks.begin(), m_doc.blocks.end(),
                                          [](const Block& b) { return b.kind == BlockKind::heading; });
  Outline m_outline;

  // A product card: its blocks in order, ending with its price.
  struct Card {
    std::vector<std::size_t> blocks;
    std::string title;   // the product, with its price
    std::string rest;    // its other lines: description, size, unit, discount
    std::string url;     // the first link of its lines of its own
    int information = 0;  // its lines of its own and its prices
    int order = 0;        // 1 for the card with the most information
  };
  std::vector<Card> m_cards;
  std::vector<int> m_card_of = std::vector<int>(m_doc.blocks.size(), -1);

  // Product cards: a shop's grid of offers reads, block by block, as a
  // product name (maybe under its brand), a description or size and unit
  // lines ("je Pflanze", "per kg", "33% cheaper"), and a price that ends
  // the card, maybe after the former one ("UVP 5,99" over "3,99*"). Each
  // card is an item titled by its product and price. A card starts after
  // the price of the card before it; lines that repeat across the issue
  // ("Read more", "Buy now", "je Glas") name no product. The first card
  // reaches back no more lines than the others have, nor over a sentence
  // (the issue's introduction), and no card
  // reaches over a separator, a long paragraph, a date or a short line that
  // ends a sentence ("Offers from Monday, 12.1."). An issue has cards when
  // it has at least two.
  void find_cards() {
    const auto& blocks = m_doc.blocks;
    std::unordered_map<std::string_view, int> seen;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      if (m_facts[i].words > 0 && m_facts[i].words <= 3) ++seen[m_facts[i].folded];
    }
    auto repeated = [&](std::size_t i) {
      auto it = seen.find(m_facts[i].folded);
      return it != seen.end() && it->second >= 2;
    };
    std::vector<bool> price(blocks.size(), false);
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      // The price may stand over the card's buttons in one block ("$14.95\n
      // Read more\nBuy now"): short lines without figures.
      const std::string& text = blocks[i].text;
      const std::size_t nl = text.find('\n');
      const std::string_view first = std::string_view(text).substr(0, nl);
      bool buttons = true;
      for (std::size_t at = nl; at != std::string::npos && buttons;) {
        const std::size_t next = text.find('\n', at + 1);
        const std::string_view line = std::string_view(text).substr(at + 1, next == std::string::npos ? next : next - at - 1);
        buttons = count_words_up_to(line, 3) <= 3 &&
                  std::none_of(line.begin(), line.end(), [](char c) { return c >= '0' && c <= '9'; });
        at = next;
      }
      price[i] = blocks[i].kind != BlockKind::image && buttons && is_price_line(first, count_words_up_to(first, 4));
    }
    std::vector<Card> cards;
    std::size_t floor = 0;  // the first block the next card may take
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      if (!price[i]) continue;
      std::size_t last = i;  // the run of prices ends the card
      for (std::size_t j = i + 1; j < blocks.size(); ++j) {
        if (blocks[j].kind == BlockKind::image) continue;
        if (!price[j]) break;
        last = j;
      }
      std::size_t start = i;
      while (start > floor) {
        const std::size_t b = start - 1;
        const Block& blk = blocks[b];
        if (blk.kind == BlockKind::image) {
          --start;
          continue;
        }
        const int words = m_facts[b].words;
        std::string_view line = blk.text;
        while (!line.empty() && (line.back() == ' ' || line.back() == '\n')) line.remove_suffix(1);
        if (blk.kind == BlockKind::separator || words > 40 || words == 0 ||
            is_dateline(m_facts[b].folded, words) ||
            (words <= 6 && !line.empty() && (line.back() == '.' || line.back() == '!' || line.back() == '?' || line.back() == ':'))) {
          break;
        }
        // Above the first card, a sentence is the issue's introduction.
        if (floor == 0 && b + 1 < i && !line.empty() && (line.back() == '.' || line.back() == '!' || line.back() == '?')) {
          break;
        }
        --start;
      }
      while (start < i && blocks[start].kind == BlockKind::image) ++start;
      Card card;
      for (std::size_t b = start; b <= last; ++b) {
        if (blocks[b].kind != BlockKind::image) card.blocks.push_back(b);
      }
      floor = last + 1;
      // A line of its own names the product; a signed change ("+1.27%")
      // makes it a row of a market table, no offer.
      bool named = false;
      bool quote = false;
      static const RE2 change(R"(^[+\-−]\d+(?:[.,]\d+)?\s?%)");
      for (std::size_t b = start; b < i; ++b) {
        named = named || (!repeated(b) && m_facts[b].words > 0);
        quote = quote || RE2::PartialMatch(m_facts[b].folded, change) || RE2::PartialMatch(blocks[b].text, change);
      }
      i = last;
      if (!named || quote || card.blocks.size() > 10) continue;
      cards.push_back(std::move(card));
    }
    if (cards.size() < 2) return;
    // The first card: no more lines than the others have.
    {
      auto lines = [&](const Card& c) {
        return std::count_if(c.blocks.begin(), c.blocks.end(), [&](std::size_t b) { return !price[b] && !repeated(b); });
      };
      std::ptrdiff_t keep = 0;
      for (std::size_t k = 1; k < cards.size(); ++k) keep = std::max(keep, lines(cards[k]));
      auto& first = cards[0].blocks;
      while (lines(cards[0]) > keep || (!first.empty() && repeated(first.front()))) first.erase(first.begin());
    }
    for (auto& card : cards) {
      std::vector<std::string> own;  // lines that name or describe it
      std::vector<std::string> prices;
      for (std::size_t b : card.blocks) {
        const std::string text = fold_spacing(blocks[b].text);
        if (price[b]) {
          prices.push_back(fold_spacing(blocks[b].text.substr(0, blocks[b].text.find('\n'))));
        } else if (!repeated(b)) {
          own.push_back(text);
          for (const auto& l : blocks[b].links) {
            if (card.url.empty() && !l.url.empty() && !l.url.starts_with("mailto:")) card.url = l.url;
          }
        }
      }
      if (own.empty()) continue;
      card.information = static_cast<int>(own.size() + prices.size());
      // The product: its first line, under a short brand line in capitals
      // the name below it ("LINDT" over "Dark chocolate 300 g"), before a colon its
      // description ("Pocket Planner: Keeps your lists ...").
      std::string title = own.front();
      std::size_t used = 1;
      const bool brand = std::none_of(title.begin(), title.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
                         std::none_of(title.begin(), title.end(), [](char c) { return c >= '0' && c <= '9'; });
      if (brand && count_words(title) <= 3 && own.size() > 1 && count_words(own[1]) <= 8 &&
          !ends_with_punctuation(own[1])) {
        title += " " + own[1];
        used = 2;
      }
      std::string rest;
      if (const auto colon = title.find(": "); colon != std::string::npos && count_words(title.substr(0, colon)) <= 6) {
        rest = title.substr(colon + 2);
        title.resize(colon);
      }
      // Its key line: the lines that describe it in words; sizes, units and
      // discounts ("300-g-Tafel", "33% billiger") say less than its price.
      for (std::size_t k = used; k < own.size(); ++k) {
        if (std::any_of(own[k].begin(), own[k].end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
        if (!rest.empty()) rest += ends_with_punctuation(rest) ? " " : ", ";
        rest += own[k];
      }
      while (!title.empty() && (title.back() == '*' || title.back() == ' ')) title.pop_back();
      card.title = title + " \xE2\x80\x94 " + prices.back();
      card.rest = std::move(rest);
      const int id = static_cast<int>(m_cards.size());
      for (std::size_t b : card.blocks) m_card_of[b] = id;
      m_cards.push_back(std::move(card));
    }
    if (m_cards.size() < 2) {
      m_cards.clear();
      std::fill(m_card_of.begin(), m_card_of.end(), -1);
      return;
    }
    // The cards with the most to say first; among equals, in issue order.
    std::vector<std::size_t> by_information(m_cards.size());
    for (std::size_t k = 0; k < by_information.size(); ++k) by_information[k] = k;
    std::stable_sort(by_information.begin(), by_information.end(), [&](std::size_t a, std::size_t b) {
      return m_cards[a].information > m_cards[b].information;
    });
    for (std::size_t k = 0; k < by_information.size(); ++k) m_cards[by_information[k]].order = static_cast<int>(k) + 1;
  }

  // A short numbered list item followed by prose: the title of a story in
  // a plain-text issue.
  bool is_item_title(std::size_t i) const {
    const Block& b = m_doc.blocks[i];
    if (b.kind != BlockKind::list_item || m_facts[i].words > 15 || ends_with_punctuation(b.text)) return false;
    int seen = 0;
    for (std::size_t j = i + 1; j < m_doc.blocks.size() && j <= i + k_title_reach && seen < 2; ++j) {
      const Block& n = m_doc.blocks[j];
      if (n.kind == BlockKind::image) continue;
      if (n.kind != BlockKind::paragraph) return false;
      // "If ordering by phone, make sure that you are" over "talking to
      // the bank ...": the line goes on below, it titles nothing.
      if (seen == 0 && continues_in_lower_case(n.text)) return false;
      if (m_facts[j].words >= 12) return true;
      ++seen;  // a byline ("By A. Writer") may stand between
    }
    return false;
  }

  // "The Wolf and the Lamb" over a paragraph of the story: a short line in
  // title case (most of its words capitalised), without a stop, over a
  // paragraph of at least 20 words that starts with a capital: the title
  // of a story in an issue without headings (plain text). Where an issue
  // has headings, such lines are captions, prices and bylines.
  bool is_title_paragraph(std::size_t i) const {
    if (m_has_headings) return false;
    const Block& b = m_doc.blocks[i];
    const int words = m_facts[i].words;
    if (b.kind != BlockKind::paragraph || words < 2 || words > 10 || ends_with_punctuation(b.text) ||
        b.text.find('\n') != std::string::npos || is_dateline(m_facts[i].folded, words)) {
      return false;
    }
    int capitals = 0;
    for (auto w : split_words(b.text)) {
      std::size_t at = 0;
      const char32_t c = next_code_point(w, at);
      capitals += is_word_code_point(c) && !is_lower_letter(c) ? 1 : 0;
    }
    if (capitals * 2 < words + 1) return false;
    for (std::size_t j = i + 1; j < m_doc.blocks.size() && j <= i + 2; ++j) {
      const Block& n = m_doc.blocks[j];
      if (n.kind == BlockKind::image) continue;
      std::size_t at = n.text.find_first_not_of(" \n");
      return n.kind == BlockKind::paragraph && m_facts[j].words >= 20 && at != std::string::npos &&
             !is_lower_letter(next_code_point(n.text, at));
    }
    return false;
  }

  // Entries' titles over their record fields (record_header), where at
  // least two of an entry's labels head another entry's fields too: the
  // entries of one digest share their labels ("Risk:", "Affected:"), a
  // headline with a colon or two in it has labels of its own.
  std::vector<std::optional<std::string>> record_titles() const {
    std::vector<std::optional<RecordHeader>> headers(m_doc.blocks.size());
    std::map<std::string, int> entries_of;  // label -> entries it heads a field of
    for (std::size_t i = 0; i < m_doc.blocks.size(); ++i) {
      if (m_facts[i].words > 45 || m_facts[i].words < 5) continue;
      headers[i] = record_header(m_doc.blocks[i].text);
      if (!headers[i]) continue;
      std::vector<std::string> labels = headers[i]->labels;
      std::sort(labels.begin(), labels.end());
      labels.erase(std::unique(labels.begin(), labels.end()), labels.end());
      for (auto& l : labels) ++entries_of[l];
    }
    std::vector<std::optional<std::string>> titles(m_doc.blocks.size());
    for (std::size_t i = 0; i < headers.size(); ++i) {
      if (!headers[i]) continue;
      int shared = 0;
      for (const auto& l : headers[i]->labels) shared += entries_of[l] >= 2 ? 1 : 0;
      if (shared >= 2) titles[i] = std::move(headers[i]->title);
    }
    return titles;
  }
  const std::vector<std::optional<std::string>> m_record_titles = record_titles();

  // A teaser's headline (teaser_headline), or an entry's title over its
  // record fields (record_titles), over a paragraph of at least 20 words:
  // the title of the story below it.
  std::optional<std::string> teaser_title(std::size_t i) const {
    const Block& b = m_doc.blocks[i];
    if (m_facts[i].words > 45) return std::nullopt;
    auto headline =
        b.text.find('\n') != std::string::npos && m_facts[i].words <= 25 ? teaser_headline(b.text) : std::nullopt;
    if (!headline) headline = m_record_titles[i];
    if (!headline) return std::nullopt;
    for (std::size_t j = i + 1; j < m_doc.blocks.size() && j <= i + 2; ++j) {
      const Block& n = m_doc.blocks[j];
      if (n.kind == BlockKind::image) continue;
      if (n.kind == BlockKind::paragraph && m_facts[j].words >= 20) return headline;
      return std::nullopt;
    }
    return std::nullopt;
  }

  // The block that names the issue, when half or more of its words (not
  // counting numbers: "#120", "14/2025") are words of the sender's name: a
  // headline that repeats the subject ("Node.js 19 released") is a story's.
  bool masthead(std::size_t i) const {
    // The name block, or a short line at the top, above any prose.
    if (m_outline.name_block != i) {
      if (i >= 12 || m_facts[i].words > 12) return false;
      for (std::size_t j = 0; j < i; ++j) {
        if (m_facts[j].words > 12) return false;
      }
    }
    int words = 0;
    int sender = 0;
    for (auto w : split_words(m_facts[i].folded)) {
      if (std::none_of(w.begin(), w.end(), [](char c) { return !(c >= '0' && c <= '9') && c != '#' && c != '/'; })) {
        continue;
      }
      ++words;
      sender += std::binary_search(m_source_words.begin(), m_source_words.end(), w) ? 1 : 0;
    }
    return sender > 0 && sender * 2 >= words;
  }

  void build_sections() {
    auto& sections = m_outline.sections;
    sections.emplace_back();
    // How many heading-like lines of each rank the issue has: a rank that
    // three or more of them share is the one its stories are titled at.
    std::vector<int> titles_of_rank(k_item_rank + 1, 0);
    for (std::size_t i = 0; i < m_doc.blocks.size(); ++i) {
      const int rank = m_facts[i].rank;
      if (m_facts[i].heading_like && m_card_of[i] < 0 && rank >= 0 && rank <= k_item_rank) ++titles_of_rank[rank];
    }
    for (std::size_t i = 0; i < m_doc.blocks.size(); ++i) {
      const Block& b = m_doc.blocks[i];
      if (b.kind == BlockKind::image) continue;
      if (b.kind == BlockKind::separator) {
        if (!sections.back().blocks.empty() || !sections.back().title.empty()) sections.emplace_back();
        continue;
      }
      // A bold lead-in ("For example, here are the one-liners for his big
      // investments:") reads as text, not as a section title.
      std::string_view line = b.text;
      while (!line.empty() && (line.back() == ' ' || line.back() == '\n')) line.remove_suffix(1);
      const int words = m_facts[i].words;
      bool lead_in = !line.empty() && ((line.back() == ':' && words > 4) || line.back() == ',');
      const auto teaser = m_card_of[i] < 0 ? teaser_title(i) : std::nullopt;
      bool title_line = (m_facts[i].heading_like || teaser || is_item_title(i) || is_title_paragraph(i)) && !lead_in &&
                        m_card_of[i] < 0;
      if (!title_line) {
        sections.back().blocks.push_back(i);
        sections.back().words += words;
        continue;
      }
      // The issue's masthead ("Pixel Forge", "Der Wirtschaftsbrief",
      // "Dev Links #120"): a heading that only names the issue, or a short
      // one at the top above any prose, mostly in words of its sender's
      // name, titles no story; what follows it is the issue's opening
      // (masthead-intro.html).
      if (masthead(i)) continue;
      const int rank = m_facts[i].heading_like ? m_facts[i].rank : k_item_rank;
      std::string text = teaser ? *teaser : clean_title(fold_spacing(b.text));
      std::string url;
      if (!b.links.empty() && count_words(b.links.front().text) * 2 >= words) url = b.links.front().url;
      OutlineSection& cur = sections.back();
      if (!cur.title.empty() && cur.blocks.empty()) {
        // Two headings in a row make one section. A label above a title
        // ("WORLD" over "Tour de headlines") gives way to the title; a
        // subtitle under a title is the section's first sentence; equals
        // are read together ("Number of the week: 300 million"). A headline
        // of the rank that titles the issue's other stories, under the first
        // heading of the issue before any text, is no subtitle: the issue's
        // masthead or a label over its first story ("Il Faro di Porto Lungo"
        // over "Il consiglio comunale vieta i nuovi cartelloni luminosi sul
        // lungomare") gives way to it (masthead-first-story.html).
        const bool story_title =
            rank > cur.rank && titles_of_rank[rank] >= 3 && !ends_with_punctuation(text) &&
            std::all_of(sections.begin(), sections.end(), [](const OutlineSection& x) { return x.words == 0; }) &&
            std::count_if(sections.begin(), sections.end(), [](const OutlineSection& x) { return !x.title.empty(); }) ==
                1;
        if (rank == cur.rank) {
          cur.title += ": " + text;
          if (cur.url.empty()) cur.url = url;
          continue;
        } else if (rank < cur.rank || story_title) {
          cur.title = text;
          cur.rank = rank;
          cur.url = url;
          continue;
        } else if (ends_with_punctuation(text) || (count_words(text) >= 6 && rank <= k_label_rank)) {
          cur.blocks.push_back(i);
          cur.words += count_words(text);
          continue;
        }
        // A lower-ranked title under an empty one ("I. FRONT AND CENTER" over
        // "1. Advanced log processing") opens its own section.
      }
      if (!cur.blocks.empty() || !cur.title.empty()) sections.emplace_back();
      OutlineSection& sec = sections.back();
      sec.title = text;
      sec.rank = rank;
      sec.url = url;
    }
    if (sections.size() > 1 && sections.front().blocks.empty() && sections.front().title.empty()) {
      sections.erase(sections.begin());
    }
  }

  std::size_t add_story(std::size_t section, Story story) {
    story.section = section;
    const std::size_t id = m_outline.stories.size();
    m_outline.sections[section].stories.push_back(id);
    m_outline.stories.push_back(std::move(story));
    return id;
  }

  void add_passage(std::size_t block, std::size_t section, std::optional<std::size_t> story, std::string text,
                   bool continues) {
    if (story) {
      Story& s = m_outline.stories[*story];
      if (s.blocks.empty() || s.blocks.back() != block) s.blocks.push_back(block);
      s.words += count_words(text);
    }
    m_outline.passages.push_back({block, section, story, std::move(text), continues});
  }

  void build_stories() {
    for (std::size_t si = 0; si < m_outline.sections.size(); ++si) {
      OutlineSection& sec = m_outline.sections[si];
      std::vector<std::string> texts;
      std::size_t link_items = 0;
      std::size_t others = 0;
      std::size_t cards = 0;
      for (auto bi : sec.blocks) {
        texts.push_back(strip_leading_symbols(fold_spacing(m_doc.blocks[bi].text)));
        if (m_card_of[bi] >= 0) {
          cards += m_cards[m_card_of[bi]].blocks.front() == bi ? 1 : 0;
        } else if (link_item_title(m_doc.blocks[bi], texts.back(), m_facts[bi].words)) {
          ++link_items;
        } else if (!is_byline(m_doc.blocks[bi], texts.back(), m_facts[bi].words)) {
          ++others;
        }
      }
      const bool link_list = link_items >= 2 && link_items >= others;
      std::size_t titled_blocks = 0;
      std::size_t lead_in_blocks = 0;
      for (std::size_t k = 0; k < sec.blocks.size(); ++k) {
        if (m_card_of[sec.blocks[k]] >= 0) continue;
        if (first_line_title(m_doc.blocks[sec.blocks[k]].text)) ++titled_blocks;
        if (lead_sentence_title(texts[k])) ++lead_in_blocks;
      }
      // Paragraphs that open with a short headline sentence ("Harbour to
      // reopen. The port authority ...", "Watch mode. An experimental ...")
      // are stories when the section is built of them.
      const bool lead_ins = lead_in_blocks >= 2 && lead_in_blocks * 2 >= sec.blocks.size();
      // Headlines over their addresses and descriptions ("Title (4 minute
      // read) [https://...] Description."): the section lists their items.
      std::size_t url_items = 0;
      for (std::size_t k = 0; k < sec.blocks.size(); ++k) {
        if (m_card_of[sec.blocks[k]] < 0 && headline_then_url(texts[k])) ++url_items;
      }
      // A run of three or more short list items without a full stop is a
      // list of headlines: a table of contents names the issue's stories
      // better than anything else in it.
      std::vector<bool> headline(sec.blocks.size(), false);
      for (std::size_t k = 0; k < sec.blocks.size();) {
        std::size_t e = k;
        while (e < sec.blocks.size() && m_card_of[sec.blocks[e]] < 0 &&
               m_doc.blocks[sec.blocks[e]].kind == BlockKind::list_item && m_facts[sec.blocks[e]].words >= 2 &&
               m_facts[sec.blocks[e]].words <= 12 && !ends_with_punctuation(texts[e])) {
          ++e;
        }
        if (e - k >= 3) {
          std::fill(headline.begin() + static_cast<std::ptrdiff_t>(k), headline.begin() + static_cast<std::ptrdiff_t>(e),
                    true);
        }
        k = std::max(e, k + 1);
      }
      // A section is a story of its own unless it only groups stories ("In
      // brief", "What else I'm reading") or has no text at all (a market
      // table's "S&P").
      sec.groups_items = link_list || titled_blocks >= 2 || url_items >= 2;
      std::optional<std::size_t> own;
      if (!sec.title.empty() && sec.words > 0 && !sec.groups_items) {
        Story s;
        s.title = sec.title;
        s.url = sec.url;
        s.rank = sec.rank;
        own = add_story(si, std::move(s));
      }
      // A titled run of links without prose ("Elsewhere", "What we're
      // reading") is a list of links: a story that lists, whose entries are
      // link items of their own.
      if (link_list && !sec.title.empty()) {
        Story s;
        s.title = sec.title;
        s.url = sec.url;
        s.rank = sec.rank;
        s.role = StoryRole::link_list;
        s.blocks = sec.blocks;
        add_story(si, std::move(s));
      }
      int caps_titles = 0;
      for (std::size_t k = 0; k < sec.blocks.size(); ++k) caps_titles += caps_title(texts[k]) ? 1 : 0;
      int order = 1;
      for (std::size_t k = 0; k < sec.blocks.size(); ++k) {
        const std::size_t bi = sec.blocks[k];
        const Block& b = m_doc.blocks[bi];
        const std::string& text = texts[k];
        if (m_card_of[bi] >= 0) {
          // A product card: one item, its other lines its key line.
          const Card& card = m_cards[m_card_of[bi]];
          if (card.blocks.front() != bi) continue;
          Story s;
          s.title = card.title;
          s.url = card.url;
          s.order = card.order;
          order = std::max(order, card.order + 1);
          s.role = StoryRole::link_item;
          const std::size_t id = add_story(si, std::move(s));
          add_passage(bi, si, id, card.rest, true);
          m_outline.passages.back().describes = true;
          Story& added = m_outline.stories[id];
          added.blocks = card.blocks;
          added.words += count_words(card.title);
          continue;
        }
        std::optional<std::string> title = link_list ? link_item_title(b, text, m_facts[bi].words) : std::nullopt;
        bool link_title = title.has_value();
        std::string url_line;
        if (!title) {
          if (auto over = headline_over_url(b.text)) {
            title = over->first;
            url_line = over->second;
            link_title = true;
          }
        }
        std::string url_rest;
        bool url_item = false;
        if (!title) {
          if (auto item = headline_then_url(text)) {
            title = std::move(item->title);
            url_line = std::move(item->url);
            url_rest = std::move(item->rest);
            link_title = url_item = true;
          }
        }
        if (!title) title = first_line_title(b.text);
        // A bullet of a feature list ("Offline maps. The app now keeps
        // ...") is titled by its opening words, whatever the section holds.
        if (!title && (lead_ins || b.kind == BlockKind::list_item)) title = lead_sentence_title(text);
        // Two words in capitals ("LADDER RECALL The maker of ...") title a
        // story where another block of the section has such a title of
        // three or more (caps-titles-two-words.txt).
        if (!title) title = caps_title(text, caps_titles > 0 ? 2 : 3);
        // The linked subject of a sentence ("Tidewatch is a new app that
        // ...") titles the story and stays in its sentence.
        bool subject = false;
        if (!title && !link_list) subject = (title = linked_subject(b, text, m_facts[bi].words)).has_value();
        if (!title && headline[k]) {
          title = text;
          link_title = true;
        }
        if (title) {
          Story s;
          s.title = clean_title(*title);
          for (const auto& l : b.links) {
            if (count_words(l.text) > 0 && title->find(fold_spacing(l.text)) != std::string::npos) {
              s.url = l.url;
              break;
            }
          }
          if (s.url.empty() && link_list && !b.links.empty()) s.url = b.links.front().url;
          if (!url_line.empty()) {
            // The block's link for that line, cleaned of its tracking, else the line.
            s.url = url_line;
            for (const auto& l : b.links) {
              std::string_view written = l.text;
              if ((written.starts_with("<") && written.ends_with(">")) ||
                  (written.starts_with("[") && written.ends_with("]"))) {
                written = written.substr(1, written.size() - 2);
              }
              if (written == url_line) s.url = l.url;
            }
          }
          // The author's or source's name under a link item: "— Jane Roe".
          if (link_list && k + 1 < sec.blocks.size() &&
              is_byline(m_doc.blocks[sec.blocks[k + 1]], texts[k + 1], m_facts[sec.blocks[k + 1]].words) &&
              !link_item_title(m_doc.blocks[sec.blocks[k + 1]], texts[k + 1], m_facts[sec.blocks[k + 1]].words)) {
            s.title += " — " + texts[k + 1];
          }
          s.order = order++;
          s.role = link_title ? StoryRole::link_item : StoryRole::brief;
          s.blocks.push_back(bi);
          const std::size_t id = add_story(si, std::move(s));
          std::string rest = subject             ? text
                             : url_item          ? std::move(url_rest)
                             : !url_line.empty() ? std::string()
                             : text.size() > title->size() && text.starts_with(*title)
                                 ? strip_leading_separators(text.substr(title->size()))
                                 : std::string();
          // After a headline sentence ("Harbour to reopen. The port
          // authority ...") the rest is prose of its own, and so is a
          // description that opens as a sentence ("Version control history —
          // Did you know ..."); one that goes on in lower case ("— an
          // executor in 2 KB of RAM.") completes the title.
          bool description = false;
          if (rest.starts_with(". ")) {
            rest = rest.substr(2);
          } else if (!rest.empty() && !subject) {
            std::size_t at = 0;
            description = is_lower_letter(next_code_point(rest, at));
          }
          add_passage(bi, si, id, std::move(rest), description);
          continue;
        }
        if (link_list && is_byline(b, text, m_facts[bi].words)) continue;
        // "talking to the bank ..." under "If you order by phone, make
        // sure that you are": the block goes on with a sentence begun above.
        bool continued = false;
        if (bi > 0 && continues_in_lower_case(b.text)) {
          std::string_view above = m_doc.blocks[bi - 1].text;
          while (!above.empty() && (above.back() == ' ' || above.back() == '\n')) above.remove_suffix(1);
          continued = !above.empty() && std::isalnum(static_cast<unsigned char>(above.back())) != 0;
        }
        add_passage(bi, si, own, b.text, continued);
      }
    }
  }

  // Topics. The story rank is the highest heading rank that titles at
  // least two sections with text: an issue's title is often its only <h1>
  // over <h2> stories, while other issues title stories with <h1> and put
  // bold subheads under them. A section titled below the story rank
  // continues the topic before it; one titled at or above it, or a heading
  // over a list of items ("IN BRIEF"), starts a new one.
  void group_topics() {
    std::map<int, int> titled;
    for (const auto& sec : m_outline.sections) {
      if (!sec.title.empty() && sec.words > 0) ++titled[sec.rank];
    }
    int story_rank = k_item_rank;
    for (auto [rank, n] : titled) {
      if (n >= 2) {
        story_rank = rank;
        break;
      }
    }
    int topic = -1;
    for (auto& sec : m_outline.sections) {
      const bool continues = topic >= 0 && !sec.title.empty() && sec.rank > story_rank && !sec.groups_items;
      if (!continues) ++topic;
      sec.topic = topic;
    }
  }

  // A table of contents line ("Harbour traffic fell last week") for a
  // section below ("HARBOUR TRAFFIC FELL 12% LAST WEEK"): the section's
  // story says it with its text, the line is a duplicate.
  void mark_duplicates() {
    const TitleIndex titles(m_outline.sections);
    std::size_t steps = 0;
    for (auto& s : m_outline.stories) {
      if (s.order == 0) continue;
      const std::string folded = fold_for_match(s.title);
      s.duplicate = titles.repeated_by(distinct_folded_words(folded), s.section + 1, 6, steps).has_value();
    }
    // A list of three or more headlines of which at least half repeat a
    // title below is the issue's table of contents: its other lines name
    // the sections below in other words ("Quick news nuggets" over "6
    // PIECES OF NEWS"), and are duplicates too (toc-short-lines.html).
    for (auto& sec : m_outline.sections) {
      std::size_t entries = 0;
      std::size_t repeated = 0;
      for (std::size_t id : sec.stories) {
        const Story& s = m_outline.stories[id];
        if (s.order == 0 || s.role != StoryRole::link_item) continue;
        ++entries;
        repeated += s.duplicate ? 1 : 0;
      }
      if (entries < 3 || repeated * 2 < entries) continue;
      for (std::size_t id : sec.stories) {
        Story& s = m_outline.stories[id];
        if (s.order != 0 && s.role == StoryRole::link_item) s.duplicate = true;
      }
    }
  }

  // The first topic with prose that has at least three quarters of the
  // words of the longest of the first three (counting no list of links or
  // titled paragraphs) is the main story; a section's
  // own story with prose of 60 words or more is a story, shorter ones are
  // briefs.
  void assign_roles() {
    std::vector<int> topic_words;
    for (const auto& sec : m_outline.sections) {
      if (static_cast<std::size_t>(sec.topic) >= topic_words.size()) topic_words.resize(sec.topic + 1, 0);
      if (!sec.groups_items) topic_words[sec.topic] += sec.words;  // a list of links is no lead story
    }
    for (auto& s : m_outline.stories) {
      if (s.order == 0 && s.role != StoryRole::link_list) s.role = s.words >= 60 ? StoryRole::story : StoryRole::brief;
    }
    int longest = 0;
    for (std::size_t t = 0; t < topic_words.size() && t < 3; ++t) longest = std::max(longest, topic_words[t]);
    for (std::size_t t = 0; t < topic_words.size() && t < 3; ++t) {
      if (topic_words[t] == 0 || topic_words[t] * 4 < longest * 3) continue;
      for (auto& s : m_outline.stories) {
        if (m_outline.sections[s.section].topic == static_cast<int>(t) && s.order == 0 &&
            s.role != StoryRole::link_list) {
          s.role = StoryRole::main_story;
          return;
        }
      }
      return;
    }
  }

  // The first short block that only names the issue, and the first that
  // only dates it, among the first blocks.
  void find_name_and_date() {
    for (std::size_t i = 0; i < m_doc.blocks.size() && i < 12; ++i) {
      const BlockFacts& f = m_facts[i];
      if (f.words == 0 || f.words > 12) continue;
      if (!m_outline.name_block && m_name.named_by(f.folded)) m_outline.name_block = i;
      if (!m_outline.date_block && is_dateline(f.folded, f.words) && !m_name.named_by(f.folded)) {
        m_outline.date_block = i;
      }
    }
  }
};

}  // namespace

IssueName::IssueName(std::string_view title, std::string_view source)
    : m_folded(fold_for_match(std::string(title) + " " + std::string(source))) {
  for (auto w : split_words(m_folded)) m_words.push_back(w);
  std::sort(m_words.begin(), m_words.end());
}

bool IssueName::named_by(std::string_view folded) const {
  std::size_t words = 0;
  std::size_t common = 0;
  for (auto w : split_words(folded)) {
    ++words;
    common += std::binary_search(m_words.begin(), m_words.end(), w) ? 1 : 0;
  }
  return words >= 2 && common * 4 >= words * 3;
}

std::vector<std::string> distinct_words(std::string_view text) {
  const std::string folded = fold_for_match(text);
  const std::vector<std::string_view> words = distinct_folded_words(folded);
  return {words.begin(), words.end()};
}

std::vector<std::string_view> distinct_folded_words(std::string_view folded) {
  std::vector<std::string_view> out = split_words(folded);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

TitleIndex::TitleIndex(const std::vector<OutlineSection>& sections) : m_sizes(sections.size(), 0) {
  for (std::size_t i = 0; i < sections.size(); ++i) {
    if (sections[i].title.empty()) continue;
    const auto words = distinct_words(sections[i].title);
    for (const auto& w : words) m_postings[w].push_back(i);
    m_sizes[i] = words.size();
  }
}

std::optional<std::size_t> TitleIndex::repeated_by(const std::vector<std::string_view>& words, std::size_t from,
                                                   int tenths, std::size_t& steps) const {
  std::vector<std::size_t> hits;
  for (const auto& w : words) {
    auto it = m_postings.find(w);
    if (it == m_postings.end() || it->second.size() > k_max_titles_per_word) continue;
    for (std::size_t id : it->second) {
      ++steps;
      if (id >= from) hits.push_back(id);
    }
  }
  std::sort(hits.begin(), hits.end());
  for (std::size_t i = 0; i < hits.size();) {
    std::size_t e = i;
    while (e < hits.size() && hits[e] == hits[i]) ++e;
    const std::size_t common = e - i;
    if (common >= 3 && common * 10 >= static_cast<std::size_t>(tenths) * std::min(words.size(), m_sizes[hits[i]])) {
      return hits[i];
    }
    i = e;
  }
  return std::nullopt;
}

bool is_dateline(std::string_view folded, int words) {
  static const RE2 re(R"((\b(?:19|20)\d\d\b|\b\d{1,2}:\d\d\b|^by ))", RE2::Quiet);
  return words <= 12 && RE2::PartialMatch(re2::StringPiece(folded.data(), folded.size()), re);
}

Outline build_outline(const Document& doc, const std::vector<BlockFacts>& facts, std::string_view title,
                      std::string_view source) {
  return Builder(doc, facts, title, source).run();
}

}  // namespace distill::transform
