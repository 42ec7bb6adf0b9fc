// How summarize() chooses, from the issue's outline (transform/outline.hpp):
//
// 1. Sentences. Each passage of the outline is split into sentences; a
//    sentence may be quoted when it reads as a statement (not a dateline,
//    an address, a message header (quoted as its subject only), a credit
//    line, a call to action, a sign-off, a sentence
//    that opens with a greeting however long ("Hi friends, this week we
//    look at ...": the letter's opening) or the issue talking about itself, as the cue phrases of the
//    issue's detected language and English say: transform/cues.hpp; nor a
//    short line without a stop that is mostly its links' text, a button).
//    Each gets a Lead-N position prior within its topic, a TF-IDF
//    centrality (Snowball-stemmed, stop words of the issue's language
//    removed) and a specificity (the share of names and numbers: what a
//    reader looks for in a digest) and the shares and sums it gives (a
//    story's result: "17 percent", "$310,000", "6,1 Milliarden Euro",
//    more than a year or a date that sets its scene); the sentence a
//    one-word line with a colon announces ("Therefore:") weighs more. A line of a short label
//    and a code ("Promo code: HARBOUR25") may be a point however short.
// 2. The lede is the best of the main topic's opening sentences and
//    paragraph leads that states something: no greeting, no question. A
//    short untitled opening before three titled stories or more introduces
//    them: it is no main topic, and none of its sentences is quoted.
// 3. Within the budget (max_share of the kept words, between min_words, or
//    a title and a sentence for each story of a short roundup, and
//    max_words): each topic's lead story title (in a long issue, up to
//    k_long_title_share of the words the lede leaves; never a heading that
//    names the issue's contents); then sentences by score,
//    each as the blurb of its listed story or else as a key point, a
//    topic's score halving with each sentence it gave (in a short roundup,
//    the lede counts as one; in a long issue, the lede's story weighs four
//    fifths for its other sentences) and no sentence too
//    similar to one already chosen (a point after the first needs a name
//    or a number, and in a long issue every point and blurb a name or a
//    number the summary has not given yet; a story's first sentence that
//    names nothing gives way to its second when that one does); then the
//    other stories' titles, round by round; then
//    more sentences while the budget lasts, a sentence too long for what
//    is left quoted up to a semicolon when that head names someone or
//    something or gives a figure. A title without prose under it is listed
//    only at the end, unless it is a review's closing verdict ("Overall:
//    A"), and so is a list entry told in one long sentence (a headline ends
//    without a full stop). A roundup of 400 words or more gets the share
//    of any long issue: after its best sentence, its items' titles come
//    before more sentences.
// 4. A short issue (under 300 words) tells its lede and three more
//    sentences, chosen by the same rules, over the budget if need be but
//    within four fifths of the issue's words.
//
// Work: every step is linear in the issue, except choosing, which weighs a
// bounded pool of the best candidates against each other.

#include "transform/summarize.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include <re2/re2.h>

#include "transform/ascii.hpp"
#include "transform/block_facts.hpp"
#include "transform/charset.hpp"
#include "transform/clean.hpp"
#include "transform/cues.hpp"
#include "transform/mail_header.hpp"
#include "transform/outline.hpp"
#include "transform/sentences.hpp"
#include "transform/stopwords.hpp"
#include "transform/words.hpp"

namespace distill::transform {

namespace {

using Vec = std::vector<std::pair<int, float>>;  // term id -> weight, sorted by id

double dot(const Vec& a, const Vec& b) {
  double s = 0;
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].first < b[j].first) {
      ++i;
    } else if (a[i].first > b[j].first) {
      ++j;
    } else {
      s += static_cast<double>(a[i].second) * b[j].second;
      ++i;
      ++j;
    }
  }
  return s;
}


// Choosing weighs every candidate against the others: it considers the best
// this many sentences by score, so that its work is bounded whatever the
// size of the issue (a summary takes a few dozen).
constexpr std::size_t k_max_candidates = 400;

// An issue of fewer words than this is short: the scored length rule
// (a summary within 15% of the kept words) binds longer ones only. Its
// summary tells at least k_short_issue_sentences sentences besides the
// lede, each of at most k_short_issue_extra words over the budget when
// the budget has no room left, as long as the summary stays within
// k_short_issue_max_share of the issue: shorter than what it sums up
// (Summarizer::tell_short_issue).
constexpr int k_short_issue_words = 300;
constexpr int k_short_issue_sentences = 3;
constexpr double k_short_issue_extra = 45;
constexpr double k_short_issue_max_share = 0.8;

// A short roundup's stories average at most this many words; its summary
// may give each story this many words (a title and a sentence), up to this
// share of the issue (Summarizer::min_words).
constexpr double k_short_story_words = 70;
constexpr double k_roundup_story_words = 30;
constexpr double k_roundup_max_share = 0.6;

// An issue of this many words or more is long: the scored length rule
// binds it, and its summary stays within max_share of its words whatever
// its shape (Summarizer::long_roundup).
constexpr int k_long_issue_words = 400;
// In a long issue, the weight of the lede's story for its other sentences
// (Summarizer::choose_sentences).
constexpr double k_long_lede_story = 0.8;
// In a long issue, the share of the words the lede leaves that the
// stories' titles may take before sentences are told
// (Summarizer::choose_items_and_points).
constexpr double k_long_title_share = 0.7;

// A sentence's score gains this much for each share or sum it gives, up
// to k_quantities_counted of them (Summarizer::sentence_score).
constexpr double k_quantity_weight = 0.08;
constexpr int k_quantities_counted = 2;

// An untitled opening of at most this many words before three titled
// stories or more introduces them (Summarizer::find_intro).
constexpr int k_intro_words = 45;

struct Sentence {
  std::string text;
  std::string folded;  // fold_for_match(text)
  // Where each word of `folded` (split_words) starts and ends in it, split
  // once for every pass that reads them.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> folded_words;
  int section = 0;
  int passage = 0;    // index into Outline::passages
  int index = 0;      // position in its block
  int rank = 0;       // position among the usable sentences of its story
  int words = 0;
  bool dangling = false;  // opens with a pronoun or connective ("It", "But"): needs context
  // The description after an item's title on the same line ("Async on a
  // microcontroller — an executor in 2 KB of RAM."): its subject is the
  // title, so it is that item's blurb or nothing, never a point or the lede.
  bool fragment = false;
  bool describes = false;  // a line of a product card (Passage::describes)
  // Follows a line of one word that ends in a colon ("Therefore:",
  // "Deshalb:"): the line announces it as the point the text draws.
  bool announced = false;
  // A line of a short label and a code ("Your code: SPRING24", "Booking
  // reference: K7Q2ZX"): what the reader has to type or quote, a point
  // however short it is, never the lede.
  bool code = false;
  // A short sentence that gives a price ("Was $320, now $240."): what the
  // reader of an offer looks for, the blurb of the item above it.
  bool price = false;
  double specific = 0;    // share of names and numbers, 0..1 (see word_shape)
  int quantities = 0;     // shares and sums it gives (quantities())
  bool usable = false;  // may be a lede, point or blurb
  Vec vec;
  double norm = 0;
};

struct ItemDraft {
  Item item;
  int section = 0;
  int order = 0;               // 0 for a section's own item, 1.. for items inside it
  std::vector<int> sentences;  // candidates for its blurb
  bool chosen = false;
  bool duplicate = false;      // a table-of-contents line for a section below
  bool list = false;           // a list of links: its entries are items, its title is a label
  bool heads_items = false;    // a section's own item over product cards
};

// What choosing needs of an outline section: its topic, its words and
// the sentences read from it.
struct Section {
  int story = 0;  // OutlineSection::topic
  int words = 0;
  std::vector<int> sentences;
};

// A sentence a reader can take as a statement: mostly words of letters (not
// a timestamp "8:30 PM ∙ Mar 30, 2023" or a price list), no URL, not a
// lead-in ending in ':'. `words_of`: split_words(folded).
bool reads_as_prose(std::string_view folded, const std::vector<std::string_view>& words_of) {
  if (folded.empty() || folded.back() == ':') return false;
  // An underline or a rule ("ISO 9001 TODAY ========= Disney would ..."):
  // a heading of a plain-text issue glued to the text under it.
  for (std::string_view rule : {"====", "----", "____", "****", "~~~~", "####"}) {
    if (folded.find(rule) != std::string_view::npos) return false;
  }
  if (folded.find("://") != std::string_view::npos || folded.find("www.") != std::string_view::npos) return false;
  int words = 0;
  int alpha = 0;
  for (auto w : words_of) {
    ++words;
    // Two characters that are not digits make a word of letters.
    int letters = 0;
    for (std::size_t i = 0; i < w.size() && letters < 2;) {
      const auto byte = static_cast<unsigned char>(w[i]);
      const char32_t c = byte < 0x80 ? (++i, byte) : next_code_point(w, i);
      if (!(c >= '0' && c <= '9')) ++letters;
    }
    if (letters >= 2) ++alpha;
  }
  return alpha >= 4 && alpha * 10 >= words * 6;
}

// Two counts over a sentence's words, in one pass. `specific`: how much of
// it is names and numbers, i.e. words with a digit, and capitalised words
// other than the first ("Halden Marine agreed to pay a $12 million penalty
// to settle a port authority claim"); facts a reader wants from a digest
// are mostly these, and a sentence without any ("It's immediate, elegant
// and affordable.") rarely carries one; 0..1. `lower`: words in lower case;
// a statement has some, a list of names ("—Jane Roe, John Doe, Max
// Mustermann") has none. Where every noun is capitalised (German,
// `nouns_capitalized`), a capital tells no name from a noun ("Die Fähre, der
// Hafen und die Werft ..."): only digits and capitals inside a word
// ("NFC-Karte", "ADAC") count there (capitalized-nouns-de.html).
struct WordShape {
  double specific = 0;
  int lower = 0;
};

// `text_words`: split_words of the text. `named`, when given, collects
// the words that count as specific.
WordShape word_shape(const std::vector<std::string_view>& text_words, bool nouns_capitalized,
                     std::vector<std::string_view>* named = nullptr) {
  WordShape shape;
  int words = 0;
  int specific = 0;
  for (auto w : text_words) {
    bool first = words++ == 0;
    bool digit = std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
    std::size_t i = 0;
    char32_t c = next_code_point(w, i);
    bool lower = is_lower_letter(c);
    bool capital = !lower && is_word_code_point(c) && !(c >= '0' && c <= '9');
    bool inner_capital = std::any_of(w.begin() + static_cast<std::ptrdiff_t>(i), w.end(),
                                     [](char ch) { return ch >= 'A' && ch <= 'Z'; });
    if (digit || inner_capital || (capital && !first && w != "I" && !nouns_capitalized)) {
      ++specific;
      if (named) named->push_back(w);
    }
    if (lower && w.size() >= 3) ++shape.lower;
  }
  shape.specific = words == 0 ? 0.0 : std::min(1.0, 2.5 * specific / words);
  return shape;
}

// Whether `t` ends with a full stop, '!', '?' or an ellipsis, before any
// closing quotes and brackets.
bool ends_sentence(std::string_view t) {
  while (!t.empty() && (t.back() == ' ' || t.back() == '"' || t.back() == '\'' || t.back() == ')' || t.back() == ']')) {
    t.remove_suffix(1);
  }
  if (t.ends_with("\xE2\x80\x9D") || t.ends_with("\xE2\x80\x99")) return ends_sentence(t.substr(0, t.size() - 3));
  return t.ends_with(".") || t.ends_with("!") || t.ends_with("?") || t.ends_with("\xE2\x80\xA6");
}

// "... a new low-cost mobile service https://example.org/mobile": a
// plain-text sentence that ends in its link says what it says without it.
// Drops the address (bare or in angle brackets) and a colon or dash before
// it, when words remain.
void strip_trailing_address(std::string& t) {
  std::size_t end = t.find_last_not_of(" \n");
  if (end == std::string::npos) return;
  const std::size_t gap = t.find_last_of(" \n", end);
  if (gap == std::string::npos) return;
  std::string_view last = std::string_view(t).substr(gap + 1, end - gap);
  if (last.starts_with("<") && last.ends_with(">")) last = last.substr(1, last.size() - 2);
  if (!is_web_address(last)) return;
  std::size_t cut = t.find_last_not_of(" \n:-", gap);
  if (cut == std::string::npos || count_words(std::string_view(t).substr(0, cut + 1)) < 3) return;
  t.resize(cut + 1);
}

// "Label: CODE": a label of one to three words, a colon, then one token of
// 4 to 16 letters and digits with at least one of each and no lower-case
// letter ("Promo code: HARBOUR25", "Ihr Gutscheincode*: AB12CD"). A
// version ("Version: 2.4.1") or a phone number has no letter; a word
// ("Note: Closed") has lower-case letters.
bool is_code_line(std::string_view t) {
  const std::size_t colon = t.find(':');
  if (colon == std::string_view::npos || t.find(':', colon + 1) != std::string_view::npos) return false;
  const int label = count_words(t.substr(0, colon));
  if (label < 1 || label > 3) return false;
  std::string_view value = t.substr(colon + 1);
  while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
  while (!value.empty() && (value.back() == ' ' || value.back() == '.')) value.remove_suffix(1);
  if (value.size() < 4 || value.size() > 16) return false;
  bool digit = false;
  bool letter = false;
  for (char c : value) {
    if (c >= '0' && c <= '9') {
      digit = true;
    } else if (c >= 'A' && c <= 'Z') {
      letter = true;
    } else if (c != '-') {
      return false;
    }
  }
  return digit && letter;
}

// A short sentence that gives a price: an amount with a currency sign or
// code next to it, in any of the languages' number formats ("$240",
// "119,00 €", "R$ 1.299,90", "CHF 12.50").
bool states_price(std::string_view t) {
  // A word says what the price is ("now", "statt", "nur"): an amount alone
  // ("$22,311.05") is a row of a table.
  bool word = false;
  const std::string folded = fold_for_match(t);
  for (auto w : split_words(folded)) {
    int letters = 0;
    for (std::size_t i = 0; i < w.size();) {
      const char32_t c = next_code_point(w, i);
      letters += is_word_code_point(c) && !(c >= '0' && c <= '9') ? 1 : 0;
    }
    if (letters >= 2 && w != "eur" && w != "euro" && w != "euros" && w != "usd" && w != "chf" && w != "gbp")
      word = true;
  }
  if (!word) return false;
  static const RE2 re(
      R"((?i)(?:(?:€|\$|£|¥|₹|\b(?:eur|usd|chf|gbp)\b)\s?\d)|(?:\d(?:[.,]\d{2}|[.,]-)?\s?(?:€|£|¥|\b(?:eur|euro|euros|usd|chf|gbp)\b)))",
      RE2::Quiet);
  return RE2::PartialMatch(re2::StringPiece(t.data(), t.size()), re);
}

// How many quantities a sentence gives: a share ("47 percent", "31 %",
// "15 Prozent", "12 per cento") or a sum ("$310,000", "6,1 Milliarden
// Euro", "R$ 1.299", "40 million"), in the seven languages' words for
// them. A figure of that kind is what a story found or costs, the fact a
// reader of a digest looks for; a year, a date or a count of things in the
// same sentence ("In 2013 ...", "on 2 September") mostly sets the scene
// (quantity-sentences.html).
int quantities(std::string_view t) {
  static const RE2 re(
      R"((?i)((?:[$€£¥₹]|R\$|(?:^|[^\pL\pN])(?:eur|usd|chf|gbp)\s)\s?\d|\d(?:[\d.,]*\d)?\s?(?:%|‰|€|£|(?:percent|per cent|pct|prozent|pour cent|por ciento|per cento|procent|por cento|euros?|dollars?|pounds|francs|million|millions|billion|billions|millionen|milliarden|mio|mrd|milliards?|millones|millón|milioni|miliardi|miljoen|miljard|milhões|milhão|bilhões|bilhão)(?:[^\pL\pN]|$))))",
      RE2::Quiet);
  re2::StringPiece in(t.data(), t.size());
  int n = 0;
  re2::StringPiece m;
  while (n < 8 && RE2::FindAndConsume(&in, re, &m)) ++n;
  return n;
}

// The length of a numbered list's marker at the start of a title ("2. ",
// "4a. ", "7) "), marker and space; 0 when the title opens otherwise.
std::size_t list_marker(std::string_view title) {
  std::size_t i = 0;
  while (i < title.size() && i < 2 && is_ascii_digit(title[i])) ++i;
  if (i == 0) return 0;
  if (i < title.size() && title[i] >= 'a' && title[i] <= 'z') ++i;
  if (i + 1 >= title.size() || (title[i] != '.' && title[i] != ')') || title[i + 1] != ' ') return 0;
  return i + 2;
}

bool ends_with_question(std::string_view t) {
  while (!t.empty() && (t.back() == ' ' || t.back() == '"' || t.back() == '\'' || t.back() == ')')) t.remove_suffix(1);
  if (t.ends_with("\xE2\x80\x9D") || t.ends_with("\xE2\x80\x99")) return ends_with_question(t.substr(0, t.size() - 3));
  return t.ends_with("?");
}

// Whether most of a sentence's distinct words (folded, sorted) are words of
// `title`: it says little the title does not.
bool restates_title(const std::vector<std::string_view>& words, std::string_view title) {
  const auto title_words = distinct_words(title);
  std::size_t common = 0;
  for (const auto& w : words) common += std::binary_search(title_words.begin(), title_words.end(), w) ? 1 : 0;
  return common * 2 > words.size();
}

class Summarizer {
 public:
  Summarizer(const CleanResult& cleaned, const Outline& outline, const SummarizeOptions& options)
      : m_cleaned(cleaned),
        m_outline(outline),
        m_options(options),
        m_doc(cleaned.kept),
        m_issue_name(options.title, options.source),
        m_language(options.language.empty() ? detect_language(document_text(m_doc)) : options.language),
        m_cues(m_language) {}

  const SummarizeWork& work() const { return m_work; }

  Summary run() {
    Summary s;
    s.source = m_options.source;
    s.title = m_options.title;
    s.date = m_options.date;
    count(s);
    read_outline();
    rank_sentences();
    vectorize();
    for (const auto& d : m_items) m_stories += !d.list && !d.duplicate && has_prose(d) ? 1 : 0;
    m_short_roundup = m_stories >= 3 && s.words_kept <= k_short_story_words * m_stories;
    m_budget = std::max<double>(min_words(s.words_kept),
                                std::min<double>(m_options.max_words, m_options.max_share * s.words_kept));
    m_work.sentences = m_sentences.size();
    m_words_kept = s.words_kept;
    choose_lede(s);
    choose_items_and_points(s);
    fallback(s);
    return s;
  }

 private:
  const CleanResult& m_cleaned;
  const Outline& m_outline;
  const SummarizeOptions& m_options;
  const Document& m_doc;
  const IssueName m_issue_name;
  const std::string m_source = fold_for_match(m_options.source);  // the sender's name, folded

  bool opens_with_source(std::string_view folded) const {
    return count_words(m_source) >= 2 && folded.starts_with(m_source) &&
           (folded.size() == m_source.size() || folded[m_source.size()] == ' ');
  }
  const std::string m_language;  // of the issue: its stop words, stemmer and cue phrases
  const Cues m_cues;
  std::vector<Section> m_sections;
  std::vector<double> m_story_weight;
  std::vector<Sentence> m_sentences;
  std::vector<ItemDraft> m_items;
  std::vector<double> m_centroid;  // by term id
  double m_centroid_norm = 0;
  double m_budget = 0;
  double m_used = 0;
  mutable SummarizeWork m_work;
  int m_main = -1;            // main story
  int m_lede_story = -1;      // the story the lede is from
  // Three stories or more of a paragraph or two each (min_words).
  bool m_short_roundup = false;
  std::vector<bool> m_taken;  // sentence used in lede, points or a blurb
  std::vector<int> m_chosen;  // sentences in lede, points and blurbs, for redundancy

  void count(Summary& s) {
    for (const auto& b : m_doc.blocks) s.words_kept += count_words(b.text);
    s.words_in = s.words_kept;
    for (const auto& r : m_cleaned.removed) {
      s.words_in += count_words(r.block.text);
      ++s.removed_counts[std::string(removal_kind_name(r.kind))];
      // A "view in browser" line links to the issue's web version, in any
      // language the vocabulary knows.
      if (s.web_url.empty() && r.category == Category::view_online && !r.block.links.empty()) {
        s.web_url = r.block.links.front().url;
      }
    }
    s.blocks_removed = static_cast<int>(m_cleaned.removed.size());
    if (m_doc.tracking_pixels > 0) s.removed_counts["tracking pixel"] = m_doc.tracking_pixels;
    if (m_doc.tracking_params_removed > 0) s.removed_counts["tracking parameter"] = m_doc.tracking_params_removed;
  }

  // `description`: `text` completes an item's title ("Async on a
  // microcontroller — an executor in 2 KB of RAM.") or a line above it; its
  // first sentence is a fragment.
  // `describes`: every sentence of it is one.
  void add_sentences(int section, const std::string& text, std::vector<int>* collect, bool description = false,
                     bool describes = false) {
    int index = 0;
    for (auto& t : split_sentences(text)) {
      strip_trailing_address(t);
      // A message's header is weighed as the message it heads (its names
      // and date say that it is one) and quoted as its subject.
      const auto header = message_header(t);
      Sentence s;
      s.folded = fold_for_match(t);
      const std::string& folded = s.folded;
      const auto folded_words = split_words(folded);
      // Folding ASCII text changes its case and spacing, never where a word
      // starts or ends: its words are the folded ones, counted already.
      const bool eight_bit = has_8bit(t);
      s.words = eight_bit ? count_words(t) : static_cast<int>(folded_words.size());
      if (s.words == 0) continue;
      s.text = std::move(t);
      s.section = section;
      s.index = index++;
      s.folded_words.reserve(folded_words.size());
      for (auto w : folded_words) {
        s.folded_words.emplace_back(static_cast<std::uint32_t>(w.data() - folded.data()),
                                    static_cast<std::uint32_t>(w.size()));
      }
      // Folded to the same length (no run of spaces, no backtick), ASCII
      // text has its words where the folded text has them.
      std::vector<std::string_view> text_words;
      if (!eight_bit && folded.size() == s.text.size() && s.text.find('`') == std::string::npos) {
        text_words.reserve(folded_words.size());
        for (auto w : folded_words)
          text_words.push_back(std::string_view(s.text).substr(w.data() - folded.data(), w.size()));
      } else {
        text_words = split_words(s.text);
      }
      const WordShape shape = word_shape(text_words, m_language == "de");
      // The cue phrases are read in one pass, only for a sentence that
      // could be usable.
      std::optional<CueSet> cues;
      s.usable = s.words >= 5 && s.words <= 55 && shape.lower >= 1 && reads_as_prose(folded, folded_words) &&
                 !is_dateline(folded, s.words) && !(header && header->empty());
      if (s.usable) {
        cues = m_cues.read(folded, s.words);
        s.usable = !cues->is(Cue::self_reference) && !cues->is(Cue::credit) && !cues->is(Cue::call_to_action) &&
                   !cues->is(Cue::sign_off) && !cues->is(Cue::greeting);
      }
      // A line without a stop that names the issue, or opens with its
      // sender's name ("THE CIVIC GAZETTE Tuesday briefing"), is its masthead.
      if (s.usable && !ends_sentence(s.text) && (m_issue_name.named_by(folded) || opens_with_source(folded))) {
        s.usable = false;
      }
      if (!s.usable && s.words <= 6 && is_code_line(s.text)) s.usable = s.code = true;
      // "Was $320, now $240.", "Statt 149,00 € jetzt 119,00 €": the price of
      // the item it stands under, that item's blurb or nothing
      // (price-sentences.html).
      const bool price = !s.usable && collect && s.words <= 8 && states_price(s.text);
      if (price) s.usable = s.price = true;
      // Only a usable sentence is ever scored, and only a score reads it.
      s.dangling = s.usable && (cues ? cues->is(Cue::dangling) : m_cues.is(Cue::dangling, folded, s.words));
      s.fragment = (description && s.index == 0) || describes || price;
      s.describes = describes;
      s.specific = shape.specific;
      s.quantities = s.usable ? quantities(s.text) : 0;
      if (header && !header->empty()) {
        s.text = *header;
        s.words = count_words(s.text);
      }
      int id = static_cast<int>(m_sentences.size());
      m_sentences.push_back(std::move(s));
      m_sections[section].sentences.push_back(id);
      if (collect) collect->push_back(id);
    }
  }

  // A short line without a stop that is mostly the text of its links ("Lees
  // het hele artikel PLUS", "Zum Artikel →"): a button under a story, in
  // any language, whatever its words; it says nothing the story does not
  // (link-label-nl.html).
  bool link_label(const Passage& p) const {
    if (p.continues || p.block >= m_doc.blocks.size()) return false;
    const Block& block = m_doc.blocks[p.block];
    const int words = count_words_up_to(block.text, 8);  // a paragraph is not counted to its end
    if (words == 0 || words > 8 || ends_sentence(block.text)) return false;
    int linked = 0;
    for (const auto& link : block.links) linked += count_words(link.text);
    return linked * 2 >= words;
  }

  // Sections, stories and sentences from the outline: each passage's
  // sentences in issue order, collected for its story's blurb. A topic
  // weighs its words, mildly discounted by position.
  void read_outline() {
    for (const auto& sec : m_outline.sections) {
      m_sections.push_back({sec.topic, sec.words, {}});
      if (static_cast<std::size_t>(sec.topic) >= m_story_weight.size()) m_story_weight.resize(sec.topic + 1, 0.0);
      m_story_weight[sec.topic] += sec.words;
    }
    for (const auto& story : m_outline.stories) {
      ItemDraft d;
      d.item.title = story.title;
      d.item.url = story.url;
      d.section = static_cast<int>(story.section);
      d.order = story.order;
      d.duplicate = story.duplicate;
      d.list = story.role == StoryRole::link_list;
      m_items.push_back(std::move(d));
    }
    // A briefing that numbers its stories ("1. Fuel duty frozen", "4a.
    // Graduiertenkolleg verlängert"): the numbers order the issue and say
    // nothing, and in a summary's list they would only take its words. Three
    // numbered titles or more make the numbering evident; a single "1. Mai"
    // may be a date (numbered-titles.html).
    const auto numbered = std::count_if(m_items.begin(), m_items.end(),
                                        [](const ItemDraft& d) { return list_marker(d.item.title) > 0; });
    if (numbered >= 3) {
      for (auto& d : m_items) {
        const std::size_t marker = list_marker(d.item.title);
        if (marker > 0 && count_words(d.item.title) > 1) d.item.title.erase(0, marker);
      }
    }
    bool announce = false;
    for (const auto& p : m_outline.passages) {
      if (p.describes && p.story) {
        for (std::size_t id : m_outline.sections[p.section].stories) {
          if (m_items[id].order == 0 && !m_items[id].list) m_items[id].heads_items = true;
        }
      }
      std::vector<int>* collect = p.story ? &m_items[*p.story].sentences : nullptr;
      const std::size_t first = m_sentences.size();
      add_sentences(static_cast<int>(p.section), p.text, collect, p.continues, p.describes);
      const bool label = link_label(p);
      for (std::size_t k = first; k < m_sentences.size(); ++k) {
        m_sentences[k].passage = static_cast<int>(&p - m_outline.passages.data());
        if (label) m_sentences[k].usable = false;
      }
      if (announce && first < m_sentences.size()) m_sentences[first].announced = true;
      announce = !p.text.empty() && p.text.back() == ':' && count_words(p.text) == 1;
    }
    double max_w = 1;
    for (std::size_t i = 0; i < m_story_weight.size(); ++i) {
      m_story_weight[i] /= 1.0 + 0.1 * static_cast<double>(i);
      max_w = std::max(max_w, m_story_weight[i]);
    }
    for (auto& w : m_story_weight) w /= max_w;
  }

  // A table of contents ("Here's what we're serving today: The harbour
  // reopens") repeats the titles of other sections: its lines are no
  // sentences to pick. A story's first sentence may repeat its own title
  // and go on ("OBRAS EN EL MUELLE NORTE" over "Las obras del muelle norte
  // empiezan el martes 10 y durarán nueve semanas."): that one states the
  // news, unless most of its words are the title's (toc-own-title-es.txt).
  // Then each usable sentence gets its rank in its story.
  void rank_sentences() {
    const TitleIndex titles(m_outline.sections);
    for (auto& sent : m_sentences) {
      if (!sent.usable || sent.words > 15) continue;
      const auto words = distinct_folded_words(sent.folded);
      const auto own = static_cast<std::size_t>(sent.section);
      auto repeated = titles.repeated_by(words, 0, 7, m_work.comparisons);
      if (repeated == own && !restates_title(words, m_outline.sections[own].title)) {
        repeated = titles.repeated_by(words, own + 1, 7, m_work.comparisons);
      }
      if (repeated) sent.usable = false;
    }
    drop_overviews();
    std::vector<int> next(m_story_weight.size(), 0);
    for (auto& sent : m_sentences) {
      if (sent.usable) sent.rank = next[m_sections[sent.section].story]++;
    }
  }

  // An issue of three or more titled stories often opens with a sentence
  // that names what they are about ("Esta semana: obras en el muelle, el
  // ferri cada dos horas y la regata de verano."): a table of contents in
  // prose, which says less than any of the stories. A sentence of the
  // untitled opening, before the first titled section, that shares a word
  // (stemmed, no stop word) with the titles of two or more sections is no
  // sentence to pick (overview-opening-fr.html).
  void drop_overviews() {
    const auto& sections = m_outline.sections;
    std::size_t first_titled = sections.size();
    int titled = 0;
    for (std::size_t i = 0; i < sections.size(); ++i) {
      if (sections[i].title.empty() || sections[i].words == 0) continue;
      first_titled = std::min(first_titled, i);
      ++titled;
    }
    if (titled < 3) return;
    Stemmer stemmer(m_language);
    auto stems = [&](std::string_view folded) {
      std::vector<std::string> out;
      for (auto w : split_words(folded)) {
        if (w.size() >= 3 && !is_stopword(w, m_language)) out.push_back(stemmer.stem(w));
      }
      std::sort(out.begin(), out.end());
      out.erase(std::unique(out.begin(), out.end()), out.end());
      return out;
    };
    std::unordered_map<std::string, std::vector<std::size_t>> titles_of;  // stem -> sections whose title has it
    for (std::size_t i = first_titled; i < sections.size(); ++i) {
      for (auto& st : stems(fold_for_match(sections[i].title))) titles_of[st].push_back(i);
    }
    // How many titles each sentence names; a paragraph that names two or
    // more in one sentence is an overview, and so are its other sentences
    // that name one ("Außerdem: Worauf Sie beim Frühjahrscheck achten
    // sollten.").
    std::vector<std::pair<std::size_t, int>> naming;  // sentence, titles named
    std::unordered_set<int> overview_passages;
    for (std::size_t k = 0; k < m_sentences.size(); ++k) {
      const Sentence& sent = m_sentences[k];
      if (!sent.usable || static_cast<std::size_t>(sent.section) >= first_titled) continue;
      std::vector<std::size_t> named;
      for (const auto& st : stems(sent.folded)) {
        auto it = titles_of.find(st);
        if (it != titles_of.end()) named.insert(named.end(), it->second.begin(), it->second.end());
      }
      std::sort(named.begin(), named.end());
      const int titles = static_cast<int>(std::unique(named.begin(), named.end()) - named.begin());
      if (titles == 0) continue;
      naming.emplace_back(k, titles);
      if (titles >= 2) overview_passages.insert(sent.passage);
    }
    for (auto [k, titles] : naming) {
      if (titles >= 2 || overview_passages.contains(m_sentences[k].passage)) m_sentences[k].usable = false;
    }
  }

  void vectorize() {
    const std::string& language = m_language;
    Stemmer stemmer(language);
    // Each distinct word is looked up and stemmed once: -1 for stop words.
    std::unordered_map<std::string_view, int> word_ids;
    std::unordered_map<std::string, int> stem_ids;
    std::vector<int> df;
    // Term frequencies by sorting each sentence's term ids: linear in the
    // words, however long a sentence is.
    std::vector<std::vector<std::pair<int, int>>> tfs(m_sentences.size());
    std::vector<int> terms;
    for (std::size_t k = 0; k < m_sentences.size(); ++k) {
      terms.clear();
      const std::string_view folded = m_sentences[k].folded;
      for (auto [at, size] : m_sentences[k].folded_words) {
        const std::string_view w = folded.substr(at, size);
        auto found = word_ids.find(w);
        if (found == word_ids.end()) {
          int id = -1;
          if (w.size() >= 2 && !is_stopword(w, language)) {
            auto [it, added] = stem_ids.emplace(stemmer.stem(w), static_cast<int>(stem_ids.size()));
            if (added) df.push_back(0);
            id = it->second;
          }
          found = word_ids.emplace(w, id).first;
        }
        if (found->second >= 0) terms.push_back(found->second);
      }
      std::sort(terms.begin(), terms.end());
      auto& tf = tfs[k];
      for (std::size_t i = 0; i < terms.size();) {
        std::size_t e = i;
        while (e < terms.size() && terms[e] == terms[i]) ++e;
        tf.emplace_back(terms[i], static_cast<int>(e - i));
        ++df[terms[i]];
        i = e;
      }
    }
    const double n = static_cast<double>(std::max<std::size_t>(m_sentences.size(), 1));
    m_centroid.assign(stem_ids.size(), 0.0);
    // Each term's idf, and 1 + log(tf) for the small counts, computed once.
    std::vector<double> idf(df.size());
    for (std::size_t term = 0; term < df.size(); ++term) idf[term] = std::log((n + 1) / (df[term] + 0.5));
    std::array<double, 16> tf_weight{};
    for (std::size_t tf = 1; tf < tf_weight.size(); ++tf) tf_weight[tf] = 1 + std::log(static_cast<double>(tf));
    for (std::size_t k = 0; k < m_sentences.size(); ++k) {
      Vec v;
      for (auto [term, tf] : tfs[k]) {
        const double tf_w = static_cast<std::size_t>(tf) < tf_weight.size() ? tf_weight[static_cast<std::size_t>(tf)]
                                                                            : 1 + std::log(static_cast<double>(tf));
        double w = tf_w * idf[term];
        v.emplace_back(term, static_cast<float>(w));
        m_centroid[term] += w;
      }
      m_sentences[k].norm = std::sqrt(dot(v, v));
      m_sentences[k].vec = std::move(v);
    }
    double sum = 0;
    for (double c : m_centroid) sum += static_cast<double>(static_cast<float>(c)) * static_cast<float>(c);
    m_centroid_norm = std::sqrt(sum);
    m_taken.assign(m_sentences.size(), false);
  }

  double centrality(int id) const {
    const Sentence& s = m_sentences[id];
    if (s.norm <= 0 || m_centroid_norm <= 0) return 0.0;
    double d = 0;
    for (auto [term, w] : s.vec) d += static_cast<double>(w) * static_cast<float>(m_centroid[term]);
    return d / (s.norm * m_centroid_norm);
  }

  double similarity(int a, int b) const {
    const Sentence& x = m_sentences[a];
    const Sentence& y = m_sentences[b];
    return (x.norm > 0 && y.norm > 0) ? dot(x.vec, y.vec) / (x.norm * y.norm) : 0.0;
  }

  bool redundant(int id) const {
    return std::any_of(m_chosen.begin(), m_chosen.end(), [&](int c) {
      ++m_work.comparisons;
      return similarity(id, c) > 0.5;
    });
  }

  // Position prior: the lead sentence of a paragraph, early paragraphs.
  // Position prior: Lead-N within the story, paragraph leads a little ahead.
  double prior(const Sentence& s) const {
    double lead = 1.0 / (1.0 + 0.25 * s.rank);
    return lead * (s.index == 0 ? 1.0 : 0.8) * (s.dangling ? 0.6 : 1.0);
  }

  bool fits(int words) const { return m_used + words <= m_budget; }

  // The budget's floor: min_words, or for a short roundup (three stories
  // or more of a paragraph or two each, k_short_story_words on average) a
  // title and a sentence for each story, within k_roundup_max_share of the
  // issue: the floor alone would list every title but tell two of the
  // stories (short-roundup-de.html).
  double min_words(int words_kept) const {
    double floor = m_options.min_words;
    if (m_short_roundup) {
      double cap = k_roundup_max_share * words_kept;
      if (long_roundup(words_kept)) cap = std::min(cap, std::max(floor, m_options.max_share * words_kept));
      floor = std::max(floor, std::min(k_roundup_story_words * m_stories, cap));
    }
    return floor;
  }

  // A roundup of k_long_issue_words or more (a weekly of many short linked
  // items) is read in its summary, not in full: it gets max_share of its
  // words like any long issue, not a title and a sentence for every item.
  // Its titles name the news, so after each section's lead item and the
  // best sentence, the other items are listed before more sentences are
  // told (long-roundup.html).
  bool long_roundup(int words_kept) const { return m_short_roundup && words_kept >= k_long_issue_words; }

  bool long_issue() const { return m_words_kept >= k_long_issue_words; }

  // What the summary has named so far: the names and figures (the words
  // word_shape counts as specific, folded) of its lede, points, blurbs and
  // titles.
  std::vector<std::string> named_in(std::string_view text) const {
    std::vector<std::string_view> named;
    word_shape(split_words(text), m_language == "de", &named);
    std::vector<std::string> out;
    out.reserve(named.size());
    for (auto w : named) out.push_back(fold_for_match(w));
    return out;
  }
  void say(std::string_view text) {
    for (auto& w : named_in(text)) m_said.insert(std::move(w));
  }
  bool says_new(std::string_view text) const {
    for (const auto& w : named_in(text)) {
      if (!m_said.contains(w)) return true;
    }
    return false;
  }
  std::unordered_set<std::string> m_said;

  void take(int id) {
    say(m_sentences[id].text);
    m_taken[id] = true;
    m_chosen.push_back(id);
    m_used += m_sentences[id].words;
  }

  // An issue of three or more titled stories often opens, untitled, with a
  // sentence or two that say what the stories below tell ("die Europäische
  // Zentralbank hat den Leitzins gesenkt, und die Autobranche kämpft mit
  // vollen Höfen. Das und mehr heute."): an introduction, in other words
  // than the stories' titles. The stories state the news it announces, so
  // it is no main story and none of its sentences is quoted
  // (intro-teaser-de.html). An untitled opening of more than two sentences
  // or k_intro_words words tells a story of its own.
  void find_intro(const std::vector<int>& story_words, const std::vector<bool>& has_prose) {
    const auto& sections = m_outline.sections;
    if (sections.empty() || !sections.front().title.empty()) return;
    const int opening = m_sections.front().story;
    std::vector<bool> titled(story_words.size(), false);
    for (std::size_t i = 0; i < sections.size(); ++i) {
      if (!sections[i].title.empty() && m_sections[i].story != opening) titled[m_sections[i].story] = true;
    }
    int stories = 0;
    for (std::size_t i = 0; i < titled.size(); ++i) stories += titled[i] && has_prose[i] ? 1 : 0;
    int sentences = 0;
    for (const auto& sec : m_sections) {
      if (sec.story != opening) continue;
      for (int id : sec.sentences) sentences += m_sentences[id].usable ? 1 : 0;
    }
    if (stories < 3 || sentences > 2 || story_words[opening] > k_intro_words) return;
    m_intro = opening;
    for (const auto& sec : m_sections) {
      if (sec.story != opening) continue;
      for (int id : sec.sentences) m_sentences[id].usable = false;
    }
  }
  int m_intro = -1;  // the story that is the issue's introduction, if any

  // The main story: among the first three stories with prose, the first
  // that has at least three quarters of the words of the longest of them.
  // News puts its lead story first, after at most a short greeting or a
  // market table.
  void choose_lede(Summary& s) {
    std::vector<int> story_words(m_story_weight.size(), 0);
    std::vector<bool> has_prose(m_story_weight.size(), false);
    for (const auto& sec : m_sections) {
      story_words[sec.story] += sec.words;
      // A product card's lines describe their product: no lede comes from them.
      for (int id : sec.sentences) {
        // A line without a stop ("BOLETÍN DEL PUERTO Viernes, 6 de junio")
        // names or dates the issue, a greeting or a question states
        // nothing: no lede comes from a story of only those.
        const Sentence& sent = m_sentences[id];
        has_prose[sec.story] = has_prose[sec.story] ||
                               (sent.usable && !sent.describes && ends_sentence(sent.text) &&
                                !m_cues.is(Cue::greeting, sent.folded, sent.words) && !ends_with_question(sent.text));
      }
    }
    find_intro(story_words, has_prose);
    std::vector<int> candidates;
    for (std::size_t i = 0; i < story_words.size() && candidates.size() < 3; ++i) {
      if (has_prose[i] && static_cast<int>(i) != m_intro) candidates.push_back(static_cast<int>(i));
    }
    int longest = 0;
    for (int c : candidates) longest = std::max(longest, story_words[c]);
    for (int c : candidates) {
      if (story_words[c] * 4 >= longest * 3) {
        m_main = c;
        break;
      }
    }
    if (m_main < 0) return;
    // The lede: of the main story's first four sentences and the leads of
    // its next two paragraphs, the one that says most (position, names and
    // numbers, centrality): a story often opens with a hook ("Two headlines
    // this week almost perfectly captured the weird moment ...") and states
    // the news right after it, or gives a paragraph of background first and
    // states the news in the next one. A paragraph lead's position counts
    // the paragraphs before it, not their sentences
    // (lede-second-paragraph-it.html). A short one takes the sentence after
    // it along.
    // A line without a stop ("Field Notes — Issue 48: The quiet season")
    // names the issue rather than saying something: a lede only when the
    // story has nothing else.
    std::vector<int> opening;
    std::vector<int> place;  // its place among the candidates, or for a paragraph lead among their paragraphs
    for (const bool stated : {true, false}) {
      int paragraphs = 0;  // the paragraphs the candidates so far come from
      for (const auto& sec : m_sections) {
        if (sec.story != m_main || opening.size() == 6) continue;
        for (int id : sec.sentences) {
          const Sentence& sent = m_sentences[id];
          if (!sent.usable || sent.fragment || sent.code || sent.words > 45 || (stated && !ends_sentence(sent.text))) {
            continue;
          }
          if (m_cues.is(Cue::greeting, sent.folded, sent.words)) continue;
          // A question asks; the lede states.
          if (ends_with_question(sent.text)) continue;
          if (opening.size() >= 4 && sent.index != 0) continue;
          const int k = static_cast<int>(opening.size());
          place.push_back(sent.index == 0 ? std::min(k, paragraphs) : k);
          if (sent.index == 0 || k == 0) ++paragraphs;
          opening.push_back(id);
          if (opening.size() == 6) break;
        }
      }
      if (!opening.empty()) break;
      place.clear();
    }
    const std::size_t head = std::min<std::size_t>(opening.size(), 4);  // the opening sentences, then paragraph leads
    if (opening.empty()) return;
    std::size_t best = 0;
    double best_score = -1;
    for (std::size_t k = 0; k < opening.size(); ++k) {
      const Sentence& sent = m_sentences[opening[k]];
      double sc =
          1.0 / (1.0 + 0.35 * static_cast<double>(place[k])) + 0.6 * sent.specific + 0.3 * centrality(opening[k]);
      if (sc > best_score) {
        best_score = sc;
        best = k;
      }
    }
    std::vector<int> lede = {opening[best]};
    const auto usable = std::count_if(m_sentences.begin(), m_sentences.end(), [](const Sentence& x) { return x.usable; });
    const int pair = best + 1 < head ? m_sentences[opening[best]].words + m_sentences[opening[best + 1]].words : 0;
    if (m_sentences[opening[best]].words < 12 && pair > 0 && pair <= std::min(40.0, 0.4 * m_budget) && usable >= 3) {
      lede.push_back(opening[best + 1]);  // leaves the rest for a point
    }
    m_lede_story = m_sections[m_sentences[lede.front()].section].story;
    for (int id : lede) {
      if (!s.lede.empty()) s.lede += ' ';
      s.lede += m_sentences[id].text;
      take(id);
    }
  }

  // How much a sentence is worth as a point or blurb: its story's weight
  // times its position prior, its centrality, its names and numbers and
  // the shares and sums it gives: of a story's sentences, the one with its
  // result ("Over seven years, those eligible were 17 percent less likely
  // ...") comes before the one that sets the scene ("When the region began
  // offering the vaccine in 2013, ...").
  double sentence_score(int id) const {
    const Sentence& sent = m_sentences[id];
    double story = std::sqrt(m_story_weight[m_sections[sent.section].story]);
    double sc = story * (0.45 * prior(sent) + 0.25 * centrality(id) + 0.5 * sent.specific +
                         k_quantity_weight * std::min(sent.quantities, k_quantities_counted));
    if (sent.text.find('?') != std::string::npos) sc *= 0.5;
    if (sent.announced) sc *= 2.5;  // the point the text draws
    return sc;
  }

  bool has_prose(const ItemDraft& d) const {
    return std::any_of(d.sentences.begin(), d.sentences.end(), [&](int id) { return m_sentences[id].usable; });
  }

  // A review's closing line of a label and its value ("Overall: A",
  // "Verdict: worth it"), a heading with no statement after it: it states
  // the review's result, so it is listed like a story with prose. Only the
  // issue's last heading: earlier ones of that shape label a field.
  bool closing_verdict(const ItemDraft& d) const {
    const std::string& t = d.item.title;
    const std::size_t colon = t.find(": ");
    if (colon == std::string::npos || t.find(':', colon + 1) != std::string::npos) return false;
    const int label = count_words(std::string_view(t).substr(0, colon));
    const int value = count_words(std::string_view(t).substr(colon + 2));
    if (label < 1 || label > 2 || value < 1 || value > 3) return false;
    for (const ItemDraft* later = &d + 1; later != m_items.data() + m_items.size(); ++later) {
      if (has_prose(*later)) return false;
    }
    return true;
  }

  bool add_title(ItemDraft& d) {
    if (d.chosen || d.duplicate || d.list) return false;
    std::string key = fold_for_match(d.item.title);
    int words = count_words(d.item.title);
    // A section's title over a grid of items ("Offers from Monday, 3.3.")
    // heads what they say.
    bool prose = d.heads_items || has_prose(d) || closing_verdict(d);
    // "Contents", "In this issue", "Sommaire", "Quote of the day": a heading
    // that names the issue's own parts heads no story (contents-heading.txt,
    // column-label-sign-off.html); nor does a closing line the outline read
    // as a heading ("Einen schönen Abend wünscht Ihnen" over the editor's name).
    // The title is read with a stop at its end: a signature line has none,
    // and neither has a job listing's title ("Senior Editor, Data Desk,
    // Berlin") or a headline that names a job ("A poetry editor leaves the
    // jury").
    if (!d.heads_items && (m_cues.is(Cue::self_reference, key, words) || m_cues.is(Cue::sign_off, key + ".", words))) {
      return false;
    }
    if (m_titles.contains(key) || !fits(words) || (d.order == 0 && !prose && (!m_bare_titles || words < 3))) {
      return false;
    }
    m_titles.insert(key);
    say(d.item.title);
    m_used += words;
    d.chosen = true;
    return true;
  }
  std::unordered_set<std::string> m_titles;
  // A list entry told in one sentence ("Jane Roe looks back on ten years of
  // running the night ferry, and on what she would change."): a headline
  // ends without a full stop, and one this long costs the words of a point.
  // It is listed with the titles without prose, after every story had its
  // turn, so that the short titles of later stories fit.
  static bool sentence_title(std::string_view title) {
    while (!title.empty() && (title.back() == ' ' || title.back() == '"' || title.back() == ')')) {
      title.remove_suffix(1);
    }
    if (title.ends_with("\xE2\x80\x9D")) title.remove_suffix(3);
    return title.ends_with(".") && !title.ends_with("..") && count_words(title) > 12;
  }
  // Whether a section's title without prose under it may be listed ("On
  // sale today: The Last Hero (Paperback)"): only with the words left when
  // everything with prose had its turn.
  bool m_bare_titles = false;

  // Items in rounds, in issue order: round 0 is each story's lead item, then
  // the others by their place in their section (first items of lists and
  // subheads, then second items, ...), so that a long list early in the
  // issue does not crowd out the stories after it.
  // Stops once the summary has `limit` words.
  void choose_titles(int first_round, int last_round, double limit = std::numeric_limits<double>::max()) {
    int last_story = -1;
    std::vector<int> round(m_items.size(), 0);
    for (std::size_t i = 0; i < m_items.size(); ++i) {
      if (m_items[i].list) continue;
      int story = m_sections[m_items[i].section].story;
      round[i] = story != last_story ? 0 : std::max(1, m_items[i].order);
      last_story = story;
    }
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < m_items.size(); ++i) {
      if (!m_items[i].list && round[i] >= first_round && round[i] <= last_round) order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return round[a] < round[b]; });
    for (std::size_t i : order) {
      if (m_used > m_budget || m_used > limit) break;
      if (!m_bare_titles && sentence_title(m_items[i].item.title)) continue;
      add_title(m_items[i]);
    }
  }

  // A story's first sentence that names no one and gives no figure ("Grill
  // makers love big numbers.") sets the scene; its second sentence, when it
  // names someone or something or gives a figure ("The winner was the
  // Weyland Classic at $449."), tells the news in its place
  // (second-sentence-names.html). -1 when `id` is no such first sentence.
  int names_for_first(int id) const {
    const Sentence& first = m_sentences[id];
    if (first.rank != 0 || first.specific > 0 || first.fragment || first.code || first.price) return -1;
    const int story = m_sections[first.section].story;
    for (std::size_t k = static_cast<std::size_t>(id) + 1; k < m_sentences.size(); ++k) {
      const Sentence& next = m_sentences[k];
      if (m_sections[next.section].story != story) return -1;
      if (!next.usable) continue;
      if (m_taken[k] || next.specific <= 0 || next.fragment || next.code || next.words > 45 ||
          ends_with_question(next.text)) {
        return -1;
      }
      return static_cast<int>(k);
    }
    return -1;
  }

  // Sentences by score, each where it fits: the blurb of its item when that
  // item is listed and has none yet, else a key point while there are fewer
  // than `points`. A story's score halves with each sentence it gave, and a
  // sentence too similar to one already chosen is skipped. Stops at `limit`
  // words in all.
  void choose_sentences(double limit, int max_take = std::numeric_limits<int>::max()) {
    int taken = 0;
    std::vector<int> item_of(m_sentences.size(), -1);
    for (std::size_t i = 0; i < m_items.size(); ++i) {
      for (int id : m_items[i].sentences) item_of[id] = static_cast<int>(i);
    }
    // The pool: the best k_max_candidates sentences by score, in issue
    // order. A sentence below them would only be reached after as many
    // others were taken or skipped, far beyond any summary's length.
    std::vector<int> pool;
    std::vector<double> score;
    for (std::size_t k = 0; k < m_sentences.size(); ++k) {
      const Sentence& sent = m_sentences[k];
      if (!sent.usable || m_taken[k] || sent.words > 45) continue;
      const double sc = sentence_score(static_cast<int>(k));
      if (sc > 0) pool.push_back(static_cast<int>(k));
    }
    std::vector<double> by_id;
    if (pool.size() > k_max_candidates) {
      by_id.assign(m_sentences.size(), 0.0);
      for (int id : pool) by_id[id] = sentence_score(id);
      auto better = [&](int a, int b) { return by_id[a] != by_id[b] ? by_id[a] > by_id[b] : a < b; };
      std::nth_element(pool.begin(), pool.begin() + k_max_candidates, pool.end(), better);
      pool.resize(k_max_candidates);
      std::sort(pool.begin(), pool.end());
    }
    // In a short roundup the lede counts as the first sentence its story
    // gave: the other stories' news comes before that story's details
    // (short-roundup-lede-es.html). In a long issue the lede's story
    // weighs k_long_lede_story for its other sentences: the lede told its
    // news, and another story's first figure comes before that story's
    // second one of about the same worth (long-issue-lede-story.html).
    for (int id : pool) {
      const bool told = m_short_roundup && m_sections[m_sentences[id].section].story == m_lede_story;
      const bool lede_story = long_issue() && m_sections[m_sentences[id].section].story == m_lede_story;
      score.push_back((by_id.empty() ? sentence_score(id) : by_id[id]) *
                      (told ? 0.5 : lede_story ? k_long_lede_story : 1.0));
    }
    for (;;) {
      std::ptrdiff_t at = -1;
      for (std::size_t k = 0; k < pool.size(); ++k) {
        ++m_work.candidates;
        if (score[k] > 0 && (at < 0 || score[k] > score[static_cast<std::size_t>(at)])) at = static_cast<std::ptrdiff_t>(k);
      }
      if (at < 0) break;
      score[static_cast<std::size_t>(at)] = -1;
      int best = pool[static_cast<std::size_t>(at)];
      if (const int second = names_for_first(best); second >= 0) {
        best = second;
        for (std::size_t k = 0; k < pool.size(); ++k) {
          if (pool[k] == second) score[k] = -1;
        }
      }
      const Sentence& sent = m_sentences[best];
      // A sentence longer than the room the whole budget has left may be
      // quoted up to a semicolon, when that head names someone or something
      // or gives a figure: the clause after it is the detail a full summary
      // leaves out, and its words go to a story not told yet (clause-cut.html).
      std::string head;
      if (m_used + sent.words > limit && limit >= m_budget && !sent.fragment) {
        head = head_clause(sent.text, static_cast<int>(limit - m_used));
        if (!head.empty() && word_shape(split_words(head), m_language == "de").specific <= 0) head.clear();
      }
      const int words = head.empty() ? sent.words : count_words(head);
      // What does not fit is not compared with what was chosen.
      if (m_used + words > limit || redundant(best)) continue;
      const int item = item_of[best];
      bool as_blurb = false;
      bool as_point = false;
      if (sent.fragment) {
        // A description goes with its title: the item is listed for it.
        if (item < 0 || sent.words > 40 || !m_items[item].item.blurb.empty()) continue;
        ItemDraft& d = m_items[item];
        if (!d.chosen && (m_used + sent.words + count_words(d.item.title) > limit || !add_title(d))) continue;
        as_blurb = true;
      } else {
        // The best sentence is the first key point: a summary has one. A
        // later point names someone or something or gives a figure: the
        // words of a point that names nothing ("Last week, the flow
        // flipped.") list another story or tell one that does instead
        // (roundup-vague-points.html, vague-points-short.html).
        as_blurb =
            item >= 0 && m_items[item].chosen && m_items[item].item.blurb.empty() && words <= 40 && !m_points.empty();
        as_point = !as_blurb && static_cast<int>(m_points.size()) < m_options.points &&
                   (m_points.empty() || sent.specific > 0);
      }
      if (!as_blurb && !as_point) continue;
      // In a long issue, a point or a blurb names someone or something or
      // gives a figure the summary has not named yet: one that names
      // nothing, or only what the lede, a title or a point named already,
      // leaves its words to a story not told yet (long-issue-new-names.html).
      if (long_issue() && !says_new(head.empty() ? sent.text : head)) continue;
      if (!head.empty()) {
        m_sentences[best].text = std::move(head);
        m_sentences[best].words = words;
      }
      if (as_blurb) {
        m_items[item].item.blurb = sent.text;
      } else {
        m_points.push_back(best);
      }
      take(best);
      ++taken;
      int story = m_sections[sent.section].story;
      for (std::size_t k = 0; k < pool.size(); ++k) {
        if (score[k] > 0 && m_sections[m_sentences[pool[k]].section].story == story) score[k] *= 0.5;
      }
      if (taken >= max_take) break;
    }
  }
  std::vector<int> m_points;

  // A key point when none was chosen: the best sentence that still fits,
  // or when none does, the shortest one. Every summary has a lede and a
  // point, even one that goes a few words over its budget for it.
  void choose_first_point() {
    int best = -1;
    int shortest = -1;
    for (std::size_t k = 0; k < m_sentences.size(); ++k) {
      const Sentence& sent = m_sentences[k];
      ++m_work.candidates;
      if (!sent.usable || sent.fragment || m_taken[k] || redundant(static_cast<int>(k))) continue;
      if (shortest < 0 || sent.words < m_sentences[shortest].words) shortest = static_cast<int>(k);
      if (!fits(sent.words) || sent.words > 45) continue;
      if (best < 0 || sentence_score(static_cast<int>(k)) > sentence_score(best)) best = static_cast<int>(k);
    }
    if (best < 0) best = shortest;
    if (best < 0 || m_options.points < 1) return;
    m_points.push_back(best);
    take(best);
  }

  int m_words_kept = 0;  // the cleaned issue's words
  int m_stories = 0;     // items with prose of their own (a short roundup has three or more)

  // Sentences told besides the lede: points and blurbs.
  int told() const {
    int n = static_cast<int>(m_points.size());
    for (const auto& d : m_items) n += d.chosen && !d.item.blurb.empty() ? 1 : 0;
    return n;
  }

  // A short issue's summary (under k_short_issue_words) tells its lede and
  // k_short_issue_sentences more sentences: a floor of words leaves a
  // short issue of long sentences, after its lede and its stories' titles,
  // room for one more at most, and the news of its second and third
  // stories is in their sentences (short-issue-sentences.html). Each is
  // the best that is left, as a point or its story's blurb, by the same
  // rules as within the budget, and may go up to k_short_issue_extra words
  // over it, never taking the summary past k_short_issue_max_share of the
  // issue's words.
  void tell_short_issue() {
    if (m_words_kept >= k_short_issue_words) return;
    while (told() < k_short_issue_sentences) {
      const double before = m_used;
      const double limit = std::min(std::max(m_used, m_budget) + k_short_issue_extra,
                                    std::max(m_budget, k_short_issue_max_share * m_words_kept));
      choose_sentences(limit, 1);
      if (m_used == before) break;
    }
  }

  void choose_items_and_points(Summary& s) {
    // Each story's lead item first: titles are short and name the news.
    // In a long issue of many stories, their titles alone would take the
    // words the lede leaves: they take k_long_title_share of them, and a
    // story's sentence with its figure comes before the last titles
    // (long-briefing-titles.html).
    const bool capped = long_issue() && !long_roundup(m_words_kept);
    choose_titles(
        0, 0,
        capped ? m_used + k_long_title_share * std::max(0.0, m_budget - m_used) : std::numeric_limits<double>::max());
    // A long roundup: its best sentence, then the titles of the other items.
    if (long_roundup(m_words_kept)) {
      choose_sentences(m_budget, 1);
      choose_titles(1, std::numeric_limits<int>::max());
    }
    // Sentences next, leaving a share for the titles of the issue's lists.
    int rounds = 0;
    for (const auto& d : m_items) rounds = std::max(rounds, d.order);
    const bool lists = std::any_of(m_items.begin(), m_items.end(), [](const ItemDraft& d) { return d.order > 0; });
    choose_sentences(m_used + (lists ? 0.6 : 1.0) * std::max(0.0, m_budget - m_used));
    choose_titles(1, std::max(rounds, 1));
    choose_sentences(m_budget);
    m_bare_titles = true;
    choose_titles(0, std::max(rounds, 1));
    tell_short_issue();
    if (m_points.empty()) choose_first_point();
    std::sort(m_points.begin(), m_points.end());
    for (int id : m_points) s.points.push_back(m_sentences[id].text);
    for (const auto& d : m_items) {
      if (d.chosen) s.items.push_back(d.item);
    }
  }

  // An issue without a usable sentence (a list of links, a single line):
  // the lede is its first sentence of any kind, or its first item, block or
  // title; the point is the next thing there is.
  void fallback(Summary& s) {
    if (!s.lede.empty() && (!s.points.empty() || m_options.points < 1)) return;
    // Lines that state something first; a greeting, a sign-off, a credit,
    // a call to action or a listed item's title only when nothing else is
    // there.
    std::vector<std::string> lines;
    std::vector<std::string> last_resort;
    auto add = [&](std::string line, bool listed) {
      const std::string folded = fold_for_match(line);
      const int words = count_words(line);
      const bool nothing = listed || m_cues.is(Cue::greeting, folded, words) ||
                           m_cues.is(Cue::sign_off, folded, words) || m_cues.is(Cue::credit, folded, words) ||
                           m_cues.is(Cue::call_to_action, folded, words);
      (nothing ? last_resort : lines).push_back(std::move(line));
    };
    for (const auto& sent : m_sentences) {
      if (!m_taken[&sent - m_sentences.data()]) add(sent.text, false);
    }
    for (const auto& d : m_items) add(d.item.title, d.chosen);
    for (const auto& b : m_doc.blocks) {
      if (count_words(b.text) > 0) add(fold_spacing(b.text), false);
    }
    lines.insert(lines.end(), last_resort.begin(), last_resort.end());
    auto next_line = [&](const std::string& not_this) -> std::string {
      for (const auto& l : lines) {
        if (l != not_this && count_words(l) > 0) return l;
      }
      return {};
    };
    if (s.lede.empty()) s.lede = next_line({});
    if (s.lede.empty()) s.lede = s.title;
    if (s.points.empty() && m_options.points > 0) {
      std::string point = next_line(s.lede);
      if (!point.empty()) s.points.push_back(point);
    }
  }
};

}  // namespace

Summary summarize(const CleanResult& cleaned, const SummarizeOptions& options, SummarizeWork* work) {
  const Outline outline = build_outline(cleaned.kept, block_facts(cleaned.kept), options.title, options.source);
  return summarize(cleaned, outline, options, work);
}

Summary summarize(const CleanResult& cleaned, const Outline& outline, const SummarizeOptions& options,
                  SummarizeWork* work) {
  Summarizer summarizer(cleaned, outline, options);
  Summary s = summarizer.run();
  if (work) *work = summarizer.work();
  return s;
}

int summary_words(const Summary& s) {
  int n = count_words(s.lede);
  for (const auto& p : s.points) n += count_words(p);
  for (const auto& item : s.items) n += count_words(item.title) + count_words(item.blurb);
  return n;
}

}  // namespace distill::transform
