// How summarize() reads an issue:
//
// 1. Sections. A heading (or heading-like line, see is_heading_like) opens a
//    section; two headings in a row make one ("WORLD" over "Tour de
//    headlines"). In plain-text issues a short numbered line followed by
//    prose ("1. Advanced Log Processing") is a section title too.
// 2. Stories. The story rank is the highest heading rank that titles two
//    sections; a section titled below it continues the story before it ("A
//    hype-y road" under "Nikola founder's fraud trial gets rolling"). A
//    story weighs its words, mildly discounted by position.
// 3. Items. Every titled section with prose is an item. Inside a section,
//    link lists ("Headline [Source]", Cooperpress's "Title — description"
//    with the author's name under it), titled paragraphs ("Web Services
//    Center Now Available on OTN" over its description), paragraphs that
//    open with a short headline sentence ("Goldman Sachs to lay off
//    hundreds. ...") and lists of headlines (a table of contents) give one
//    item each.
// 4. Sentences get a Lead-N position prior within their story, a TF-IDF
//    centrality (Snowball-stemmed, stop words removed) and a specificity
//    (the share of names and numbers: what a reader looks for in a digest).
// 5. Choosing, within max_share of the kept words: the lede is the best of
//    the main story's opening sentences; then each story's lead item title;
//    then sentences by score, each as the blurb of its listed item or else
//    as a key point, a story's score halving with each sentence it gave and
//    no sentence too similar to one already chosen; then the other items'
//    titles, round by round; then more sentences while the budget lasts.

#include "transform/summarize.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include <re2/re2.h>

#include "transform/clean.hpp"
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


constexpr int k_item_rank = 8;   // numbered item titles of plain-text issues

struct Sentence {
  std::string text;
  std::string folded;  // fold_for_match(text)
  int section = 0;
  int index = 0;      // position in its block
  int rank = 0;       // position among the usable sentences of its story
  int words = 0;
  bool dangling = false;  // opens with a pronoun or connective ("It", "But"): needs context
  // The description after an item's title on the same line ("Async on a
  // microcontroller — an executor in 2 KB of RAM."): its subject is the
  // title, so it is that item's blurb or nothing, never a point or the lede.
  bool fragment = false;
  double specific = 0;    // share of names and numbers, 0..1 (see word_shape)
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
};

struct Section {
  std::string title;
  int rank = 0;
  std::string url;
  std::vector<std::size_t> blocks;  // body blocks, indices into kept.blocks
  int words = 0;
  int story = 0;
  bool groups_items = false;  // a link list or a list of titled paragraphs
  std::vector<int> sentences;
};

const RE2& greeting() {
  static const RE2 re(
      R"(^\W*(good (?:morning|afternoon|evening)|gm\b|hi\b|hello|hey\b|dear\b|welcome (?:to|back)|)"
      R"(guten (?:morgen|tag|abend)|hallo|liebe|lieber|moin|servus|herzlich willkommen))",
      RE2::Quiet);
  return re;
}

// A sentence a reader can take as a statement: mostly words of letters (not
// a timestamp "8:30 PM ∙ Mar 30, 2023" or a price list), no URL, not a
// lead-in ending in ':'.
bool reads_as_prose(std::string_view folded) {
  if (folded.empty() || folded.back() == ':') return false;
  // An underline or a rule ("ISO 9001 TODAY ========= Disney would ..."):
  // a heading of a plain-text issue glued to the text under it.
  for (std::string_view rule : {"====", "----", "____", "****", "~~~~", "####"}) {
    if (folded.find(rule) != std::string_view::npos) return false;
  }
  if (folded.find("http") != std::string_view::npos || folded.find("www.") != std::string_view::npos) return false;
  int words = 0;
  int alpha = 0;
  for (auto w : split_words(folded)) {
    ++words;
    int letters = 0;
    for (std::size_t i = 0; i < w.size();) {
      char32_t c = next_code_point(w, i);
      if (!(c >= '0' && c <= '9')) ++letters;
    }
    if (letters >= 2) ++alpha;
  }
  return alpha >= 4 && alpha * 10 >= words * 6;
}

// "Friday, July 12 2002 @ 07:41 AM EDT by Darwin_Sanoy": a date, time or
// byline line, not a statement.
bool is_dateline(std::string_view folded, int words) {
  static const RE2 re(R"((\b(?:19|20)\d\d\b|\b\d{1,2}:\d\d\b|^by ))", RE2::Quiet);
  return words <= 12 && RE2::PartialMatch(re2::StringPiece(folded.data(), folded.size()), re);
}

// The issue talking about itself ("This is the Milk Road, the email that
// ...", "Today's estimated read time: 3 minutes", "In this issue"): true of
// every issue, news of none.
bool is_self_reference(std::string_view folded) {
  static const RE2 intro(R"(^(?:this is|here is|welcome to|hier ist|willkommen (?:bei|zu|zum|im)) )", RE2::Quiet);
  if (count_words(folded) <= 8 && RE2::PartialMatch(re2::StringPiece(folded.data(), folded.size()), intro)) return true;
  static const RE2 re(
      R"(\b((?:this|our|today's|the) (?:\w+ ){0,2}(?:newsletter|email|e-mail)\b|read(?:ing)? time|)"
      R"(in this (?:issue|edition|email)|(?:today's|this week's) (?:issue|edition)|)"
      R"((?:diese[rnms]?|unser(?:e|em|en)?) (?:\w+ )?(?:ausgabe|newsletter)|lesezeit)\b)",
      RE2::Quiet);
  return RE2::PartialMatch(re2::StringPiece(folded.data(), folded.size()), re);
}

// Two counts over a sentence's words, in one pass. `specific`: how much of
// it is names and numbers, i.e. words with a digit, and capitalised words
// other than the first ("Nikola agreed to pay a $125 million penalty to
// settle an SEC fraud investigation"); facts a reader wants from a digest
// are mostly these, and a sentence without any ("It's immediate, elegant
// and affordable.") rarely carries one; 0..1. `lower`: words in lower case;
// a statement has some, a list of names ("—Max Knoblauch, Abby Rubenstein,
// Matty Merritt") has none.
struct WordShape {
  double specific = 0;
  int lower = 0;
};

WordShape word_shape(std::string_view text) {
  WordShape shape;
  int words = 0;
  int specific = 0;
  for (auto w : split_words(text)) {
    bool first = words++ == 0;
    bool digit = std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
    std::size_t i = 0;
    char32_t c = next_code_point(w, i);
    bool lower = is_lower_letter(c);
    bool capital = !lower && is_word_code_point(c) && !(c >= '0' && c <= '9');
    bool inner_capital = std::any_of(w.begin() + static_cast<std::ptrdiff_t>(i), w.end(),
                                     [](char ch) { return ch >= 'A' && ch <= 'Z'; });
    if (digit || (capital && !first && w != "I") || inner_capital) ++specific;
    if (lower && w.size() >= 3) ++shape.lower;
  }
  shape.specific = words == 0 ? 0.0 : std::min(1.0, 2.5 * specific / words);
  return shape;
}

const RE2& dangling_start() {
  static const RE2 re(
      R"(^(?:\(|(?:it|its|it's|this|that|these|those|they|them|he|she|his|her|but|and|so|also|still|however|)"
      R"(er|sie|es|das|dies|diese|aber|und|auch)\b))",
      RE2::Quiet);
  return re;
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
    if (c == ' ' || c == '-' || c == ':' || c == '\n' || c == '|') {
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

// "Title:" -> "Title"; a plain-text link list's "\"The Living Soil\" on
// worms: https://soil.example.org/living-soil" -> the words before the
// address, which is the item's link.
std::string clean_title(std::string title) {
  auto trim_end = [&] {
    while (!title.empty() && (title.back() == ':' || title.back() == ' ' || title.back() == '|' || title.back() == '-')) {
      title.pop_back();
    }
  };
  trim_end();
  const auto space = title.rfind(' ');
  if (space != std::string::npos) {
    const std::string_view last = std::string_view(title).substr(space + 1);
    if ((last.starts_with("http://") || last.starts_with("https://") || last.starts_with("www.")) &&
        count_words(std::string_view(title).substr(0, space)) >= 2) {
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
// short list item with its source linked ("Headline [Reuters]").
std::optional<std::string> link_item_title(const Block& b, const std::string& text) {
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
  int words = count_words(text);
  std::optional<std::string> title;
  if (link_words >= 3 && text.starts_with(link_text)) {
    title = link_text;
  } else if (words <= 20 && link_words * 10 >= words * 6) {
    title = text;
  } else if (b.kind == BlockKind::list_item && words <= 25) {
    title = text;
  }
  // Handles, bylines and dates ("Siqi Chen @blader", "Oct 11, 2022") are
  // not headlines.
  if (title && (count_words(*title) < 3 || title->find('@') != std::string::npos ||
                is_dateline(fold_for_match(*title), count_words(*title)))) {
    return std::nullopt;
  }
  return title;
}

// "Web Services Center Now Available on OTN\nThe OTN Web Services Center
// is ...": a short first line without punctuation over more text.
std::optional<std::string> first_line_title(const std::string& text) {
  auto nl = text.find('\n');
  if (nl == std::string::npos) return std::nullopt;
  std::string first = fold_spacing(text.substr(0, nl));
  int words = count_words(first);
  // A headline may shout ("WIN a €2,000 Online Gift Voucher!"), not end a sentence.
  if (words < 2 || words > 15 || (ends_with_punctuation(first) && first.back() != '!')) return std::nullopt;
  if (count_words(text.substr(nl + 1)) < 5) return std::nullopt;
  // Not the first line of a wrapped paragraph ("If ordering by telephone,
  // make sure that you are\ntalking to the bank."): the line must be a
  // sentence of its own.
  if (count_words(split_sentences(text).front()) > words) return std::nullopt;
  return first;
}

// "Goldman Sachs to lay off hundreds. The bank plans to reinstate ...": a
// first sentence of at most 8 words, without the final stop, over at least
// 12 more words in the same block.
std::optional<std::string> lead_sentence_title(const std::string& text) {
  // Most paragraphs open with a longer sentence: look before splitting.
  auto stop = text.find(". ");
  if (stop == std::string::npos || count_words(std::string_view(text).substr(0, stop)) > 8) return std::nullopt;
  auto sentences = split_sentences(text);
  if (sentences.size() < 2) return std::nullopt;
  std::string first = sentences.front();
  int words = count_words(first);
  if (words < 1 || words > 8 || count_words(text) - words < 12) return std::nullopt;
  if (first.back() != '.' || !text.starts_with(first)) return std::nullopt;
  first.pop_back();
  return first;
}

// "Claude Cowork is something genuinely new ...": a prose paragraph that
// opens with a link names its subject; the link text is an item title.
std::optional<std::string> linked_subject(const Block& b, const std::string& text) {
  if (b.kind != BlockKind::paragraph || count_words(text) < 20) return std::nullopt;
  for (const auto& l : b.links) {
    std::string t = fold_spacing(l.text);
    int words = count_words(t);
    if (words == 0) continue;
    if (words <= 6 && text.starts_with(t) && !l.url.starts_with("mailto:")) return t;
    break;
  }
  return std::nullopt;
}

// Whether `text` opens with a lower-case word, not a URL, a handle or a
// byline ("by Paktronix Systems"): the rest of a sentence that began above it.
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

// A byline under an item: "Russ Cox", "Liran Tal (Snyk)".
bool is_byline(const Block& b, const std::string& text) {
  int words = count_words(text);
  return b.kind == BlockKind::paragraph && words >= 1 && words <= 5 && !ends_with_punctuation(text) &&
         text.find('\n') == std::string::npos;
}

class Summarizer {
 public:
  Summarizer(const CleanResult& cleaned, const SummarizeOptions& options)
      : m_cleaned(cleaned), m_options(options), m_doc(cleaned.kept) {}

  Summary run() {
    Summary s;
    s.source = m_options.source;
    s.title = m_options.title;
    s.date = m_options.date;
    count(s);
    build_sections();
    build_items_and_sentences();
    group_stories();
    mark_duplicate_items();
    rank_sentences();
    vectorize();
    m_budget = std::max<double>(m_options.min_words, m_options.max_share * s.words_kept);
    choose_lede(s);
    choose_items_and_points(s);
    fallback(s);
    return s;
  }

 private:
  const CleanResult& m_cleaned;
  const SummarizeOptions& m_options;
  const Document& m_doc;
  std::vector<Section> m_sections;
  std::vector<double> m_story_weight;
  std::vector<Sentence> m_sentences;
  std::vector<ItemDraft> m_items;
  Vec m_centroid;
  double m_centroid_norm = 0;
  double m_budget = 0;
  double m_used = 0;
  int m_main = -1;            // main story
  std::vector<bool> m_taken;  // sentence used in lede, points or a blurb
  std::vector<int> m_chosen;  // sentences in lede, points and blurbs, for redundancy

  void count(Summary& s) {
    for (const auto& b : m_doc.blocks) s.words_kept += count_words(b.text);
    s.words_in = s.words_kept;
    for (const auto& r : m_cleaned.removed) {
      s.words_in += count_words(r.block.text);
      ++s.removed_counts[reason_kind(r.reason)];
      if (s.web_url.empty() && r.reason == "chrome: view in browser" && !r.block.links.empty()) {
        s.web_url = r.block.links.front().url;
      }
    }
    s.blocks_removed = static_cast<int>(m_cleaned.removed.size());
    if (m_doc.tracking_pixels > 0) s.removed_counts["tracking pixel"] = m_doc.tracking_pixels;
    if (m_doc.tracking_params_removed > 0) s.removed_counts["tracking parameter"] = m_doc.tracking_params_removed;
  }

  // A short numbered list item followed by prose: the title of a story in
  // a plain-text issue.
  bool is_item_title(std::size_t i) const {
    const Block& b = m_doc.blocks[i];
    if (b.kind != BlockKind::list_item || count_words(b.text) > 15 || ends_with_punctuation(b.text)) return false;
    int seen = 0;
    for (std::size_t j = i + 1; j < m_doc.blocks.size() && seen < 2; ++j) {
      const Block& n = m_doc.blocks[j];
      if (n.kind == BlockKind::image) continue;
      if (n.kind != BlockKind::paragraph) return false;
      // "If ordering by phone, make sure that you are" over "talking to
      // the bank ...": the line goes on below, it titles nothing.
      if (seen == 0 && continues_in_lower_case(n.text)) return false;
      if (count_words(n.text) >= 12) return true;
      ++seen;  // a byline ("By Anton Chuvakin") may stand between
    }
    return false;
  }

  void build_sections() {
    m_sections.emplace_back();
    for (std::size_t i = 0; i < m_doc.blocks.size(); ++i) {
      const Block& b = m_doc.blocks[i];
      if (b.kind == BlockKind::image) continue;
      if (b.kind == BlockKind::separator) {
        if (!m_sections.back().blocks.empty() || !m_sections.back().title.empty()) m_sections.emplace_back();
        continue;
      }
      // A bold lead-in ("For example, here are the 1-liners for his big
      // investments:") reads as text, not as a section title.
      std::string_view line = b.text;
      while (!line.empty() && (line.back() == ' ' || line.back() == '\n')) line.remove_suffix(1);
      bool lead_in = !line.empty() && ((line.back() == ':' && count_words(b.text) > 4) || line.back() == ',');
      bool title_line = (is_heading_like(b) || is_item_title(i)) && !lead_in;
      if (!title_line) {
        m_sections.back().blocks.push_back(i);
        m_sections.back().words += count_words(b.text);
        continue;
      }
      int rank = b.kind == BlockKind::heading ? b.level : b.kind == BlockKind::list_item ? k_item_rank : k_label_rank;
      std::string text = clean_title(fold_spacing(b.text));
      std::string url;
      if (!b.links.empty() && count_words(b.links.front().text) * 2 >= count_words(b.text)) url = b.links.front().url;
      Section& cur = m_sections.back();
      if (!cur.title.empty() && cur.blocks.empty()) {
        // Two headings in a row make one section. A label above a title
        // ("WORLD" over "Tour de headlines") gives way to the title; a
        // subtitle under a title is the section's first sentence; equals
        // are read together ("Number of The Week: 300 million").
        if (rank == cur.rank) {
          cur.title += ": " + text;
          if (cur.url.empty()) cur.url = url;
          continue;
        } else if (rank < cur.rank) {
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
        // "1. Advanced Log Processing") opens its own section.
      }
      if (!cur.blocks.empty() || !cur.title.empty()) m_sections.emplace_back();
      Section& sec = m_sections.back();
      sec.title = text;
      sec.rank = rank;
      sec.url = url;
    }
    if (m_sections.size() > 1 && m_sections.front().blocks.empty() && m_sections.front().title.empty()) {
      m_sections.erase(m_sections.begin());
    }
  }

  // Stories. The story rank is the highest heading rank that titles at
  // least two sections with text: an issue's title is often its only <h1>
  // over <h2> sections (Big Technology), while Morning Brew's stories are
  // <h1> with bold subheads under them. A section titled below the story
  // rank continues the story before it; one titled at or above it starts a
  // new one. A story weighs its words, mildly discounted by position.
  void group_stories() {
    std::map<int, int> titled;
    for (const auto& sec : m_sections) {
      if (!sec.title.empty() && sec.words > 0) ++titled[sec.rank];
    }
    int story_rank = k_item_rank;
    for (auto [rank, n] : titled) {
      if (n >= 2) {
        story_rank = rank;
        break;
      }
    }
    int story = -1;
    for (auto& sec : m_sections) {
      // A heading over a list of items ("IN BRIEF") is not a subhead.
      bool continues = story >= 0 && !sec.title.empty() && sec.rank > story_rank && !sec.groups_items;
      if (!continues) {
        ++story;
        m_story_weight.push_back(0);
      }
      sec.story = story;
      m_story_weight[story] += sec.words;
    }
    double max_w = 1;
    for (std::size_t i = 0; i < m_story_weight.size(); ++i) {
      m_story_weight[i] /= 1.0 + 0.1 * static_cast<double>(i);
      max_w = std::max(max_w, m_story_weight[i]);
    }
    for (auto& w : m_story_weight) w /= max_w;
  }

  // A line that only names the issue ("Field Notes — Issue 48: The quiet
  // season" for "Field Notes #48: The quiet season" from Field Notes): three
  // quarters of its words are in the issue's title and source name. The
  // digest shows both already.
  bool names_the_issue(std::string_view folded) {
    if (m_issue_name.empty()) {
      m_issue_name = fold_for_match(m_options.title + " " + m_options.source);
      for (auto w : split_words(m_issue_name)) m_issue_words.insert(w);
    }
    std::size_t words = 0;
    std::size_t common = 0;
    for (auto w : split_words(folded)) {
      ++words;
      common += m_issue_words.contains(w) ? 1 : 0;
    }
    return words >= 2 && common * 4 >= words * 3;
  }
  std::string m_issue_name;
  std::unordered_set<std::string_view> m_issue_words;

  // `description`: `text` completes an item's title ("Async on a
  // microcontroller — an executor in 2 KB of RAM.") or a line above it; its
  // first sentence is a fragment.
  void add_sentences(int section, const std::string& text, std::vector<int>* collect, bool description = false) {
    int index = 0;
    for (auto& t : split_sentences(text)) {
      Sentence s;
      s.words = count_words(t);
      if (s.words == 0) continue;
      s.text = std::move(t);
      s.section = section;
      s.index = index++;
      s.folded = fold_for_match(s.text);
      const std::string& folded = s.folded;
      const WordShape shape = word_shape(s.text);
      s.usable = s.words >= 5 && s.words <= 55 && shape.lower >= 1 && reads_as_prose(folded) &&
                 !is_dateline(folded, s.words) && !is_self_reference(folded);
      if (s.usable && !ends_sentence(s.text) && names_the_issue(folded)) s.usable = false;
      s.dangling = RE2::PartialMatch(folded, dangling_start());
      s.fragment = description && s.index == 0;
      s.specific = shape.specific;
      int id = static_cast<int>(m_sentences.size());
      m_sentences.push_back(std::move(s));
      m_sections[section].sentences.push_back(id);
      if (collect) collect->push_back(id);
    }
  }

  void build_items_and_sentences() {
    for (std::size_t si = 0; si < m_sections.size(); ++si) {
      Section& sec = m_sections[si];
      const int section = static_cast<int>(si);
      std::vector<std::string> texts;
      std::size_t link_items = 0;
      std::size_t others = 0;
      for (auto bi : sec.blocks) {
        texts.push_back(strip_leading_symbols(fold_spacing(m_doc.blocks[bi].text)));
        if (link_item_title(m_doc.blocks[bi], texts.back())) {
          ++link_items;
        } else if (!is_byline(m_doc.blocks[bi], texts.back())) {
          ++others;
        }
      }
      const bool link_list = link_items >= 2 && link_items >= others;
      std::size_t titled_blocks = 0;
      std::size_t lead_in_blocks = 0;
      for (std::size_t k = 0; k < sec.blocks.size(); ++k) {
        if (first_line_title(m_doc.blocks[sec.blocks[k]].text)) ++titled_blocks;
        if (lead_sentence_title(texts[k])) ++lead_in_blocks;
      }
      // Paragraphs that open with a short headline sentence ("Goldman Sachs
      // to lay off hundreds. The bank plans ...", "Watch mode. An
      // experimental ...") are items when the section is built of them.
      const bool lead_ins = lead_in_blocks >= 2 && lead_in_blocks * 2 >= sec.blocks.size();
      // A run of three or more short list items without a full stop is a
      // list of headlines: a table of contents ("This issue contains: ...
      // Cumulative Patch for Windows Media Player") names the issue's items
      // better than anything else in it.
      std::vector<bool> headline(sec.blocks.size(), false);
      for (std::size_t k = 0; k < sec.blocks.size();) {
        std::size_t e = k;
        while (e < sec.blocks.size() && m_doc.blocks[sec.blocks[e]].kind == BlockKind::list_item &&
               count_words(texts[e]) >= 2 && count_words(texts[e]) <= 12 && !ends_with_punctuation(texts[e])) {
          ++e;
        }
        if (e - k >= 3) std::fill(headline.begin() + static_cast<std::ptrdiff_t>(k), headline.begin() + static_cast<std::ptrdiff_t>(e), true);
        k = std::max(e, k + 1);
      }
      // A section is an item of its own unless it only groups items ("In
      // brief", "What Else I'm Reading") or has no text at all (a market
      // table's "S&P").
      sec.groups_items = link_list || titled_blocks >= 2;
      if (!sec.title.empty() && sec.words > 0 && !sec.groups_items) {
        ItemDraft d;
        d.item.title = sec.title;
        d.item.url = sec.url;
        d.section = section;
        m_items.push_back(std::move(d));
      }
      const std::size_t section_item =
          m_items.empty() || m_items.back().section != section ? std::string::npos : m_items.size() - 1;
      int order = 1;
      for (std::size_t k = 0; k < sec.blocks.size(); ++k) {
        const Block& b = m_doc.blocks[sec.blocks[k]];
        const std::string& text = texts[k];
        std::optional<std::string> title = link_list ? link_item_title(b, text) : std::nullopt;
        if (!title) title = first_line_title(b.text);
        if (!title && lead_ins) title = lead_sentence_title(text);
        // The linked subject of a sentence ("Claude Cowork is something
        // genuinely new ...") titles the item and stays in its sentence.
        bool subject = false;
        if (!title && !link_list) subject = (title = linked_subject(b, text)).has_value();
        if (!title && headline[k]) title = text;
        if (title) {
          ItemDraft d;
          d.item.title = clean_title(*title);
          for (const auto& l : b.links) {
            if (count_words(l.text) > 0 && title->find(fold_spacing(l.text)) != std::string::npos) {
              d.item.url = l.url;
              break;
            }
          }
          if (d.item.url.empty() && link_list && !b.links.empty()) d.item.url = b.links.front().url;
          // The author's or source's name under a link item: "— Russ Cox".
          if (link_list && k + 1 < sec.blocks.size() && is_byline(m_doc.blocks[sec.blocks[k + 1]], texts[k + 1]) &&
              !link_item_title(m_doc.blocks[sec.blocks[k + 1]], texts[k + 1])) {
            d.item.title += " — " + texts[k + 1];
          }
          d.section = section;
          d.order = order++;
          m_items.push_back(std::move(d));
          std::string rest = subject ? text
                             : text.size() > title->size() && text.starts_with(*title)
                                 ? strip_leading_separators(text.substr(title->size()))
                                 : std::string();
          // After a headline sentence ("Goldman Sachs to lay off hundreds.
          // The bank plans ...") the rest is prose of its own, and so is a
          // description that opens as a sentence ("Go's Version Control
          // History — Did you know ..."); one that goes on in lower case
          // ("— an executor in 2 KB of RAM.") completes the title.
          bool description = false;
          if (rest.starts_with(". ")) {
            rest = rest.substr(2);
          } else if (!rest.empty() && !subject) {
            std::size_t at = 0;
            description = is_lower_letter(next_code_point(rest, at));
          }
          add_sentences(section, rest, &m_items.back().sentences, description);
          continue;
        }
        if (link_list && is_byline(b, text)) continue;
        std::vector<int>* collect = section_item != std::string::npos ? &m_items[section_item].sentences : nullptr;
        // "talking to the bank ..." under "If you order by phone, make
        // sure that you are": the block goes on with a sentence begun above.
        bool continued = false;
        if (sec.blocks[k] > 0 && continues_in_lower_case(b.text)) {
          std::string_view above = m_doc.blocks[sec.blocks[k] - 1].text;
          while (!above.empty() && (above.back() == ' ' || above.back() == '\n')) above.remove_suffix(1);
          continued = !above.empty() && std::isalnum(static_cast<unsigned char>(above.back())) != 0;
        }
        add_sentences(section, b.text, collect, continued);
      }
    }
  }

  // A table of contents line ("Crypto assets saw a big outflow last week")
  // for a section below ("CRYPTO ASSETS SAW AN OUTFLOW OF $134M LAST WEEK"):
  // the section's item says it with its text, the line is a duplicate.
  void mark_duplicate_items() {
    auto words_of = [](const std::string& t) {
      std::unordered_set<std::string> w;
      std::string folded = fold_for_match(t);
      for (auto x : split_words(folded)) w.emplace(x);
      return w;
    };
    std::vector<std::unordered_set<std::string>> section_words(m_sections.size());
    for (std::size_t i = 0; i < m_sections.size(); ++i) {
      if (!m_sections[i].title.empty()) section_words[i] = words_of(m_sections[i].title);
    }
    for (auto& d : m_items) {
      if (d.order == 0) continue;
      auto mine = words_of(d.item.title);
      for (std::size_t i = static_cast<std::size_t>(d.section) + 1; i < m_sections.size(); ++i) {
        const auto& theirs = section_words[i];
        if (theirs.empty()) continue;
        std::size_t common = 0;
        for (const auto& w : mine) common += theirs.contains(w);
        if (common >= 3 && common * 10 >= 6 * std::min(mine.size(), theirs.size())) {
          d.duplicate = true;
          break;
        }
      }
    }
  }

  // A table of contents ("Here's what we're serving today: The SEC is
  // investigating Yuga Labs") repeats the titles below: its lines are no
  // sentences to pick. Then each usable sentence gets its rank in its story.
  void rank_sentences() {
    std::vector<std::unordered_set<std::string>> titles;
    for (const auto& sec : m_sections) {
      if (sec.title.empty()) continue;
      std::unordered_set<std::string> words;
      std::string folded = fold_for_match(sec.title);
      for (auto w : split_words(folded)) words.emplace(w);
      titles.push_back(std::move(words));
    }
    for (auto& sent : m_sentences) {
      if (!sent.usable || sent.words > 15) continue;
      std::unordered_set<std::string> words;
      for (auto w : split_words(sent.folded)) words.emplace(w);
      for (const auto& t : titles) {
        std::size_t common = 0;
        for (const auto& w : words) common += t.contains(w);
        if (common * 10 >= 7 * std::min(words.size(), t.size()) && common >= 3) {
          sent.usable = false;
          break;
        }
      }
    }
    std::vector<int> next(m_story_weight.size(), 0);
    for (auto& sent : m_sentences) {
      if (sent.usable) sent.rank = next[m_sections[sent.section].story]++;
    }
  }

  void vectorize() {
    std::string language = m_options.language.empty() ? detect_language(document_text(m_doc)) : m_options.language;
    Stemmer stemmer(language);
    // Each distinct word is looked up and stemmed once: -1 for stop words.
    std::unordered_map<std::string_view, int> word_ids;
    std::unordered_map<std::string, int> stem_ids;
    std::vector<int> df;
    std::vector<std::vector<std::pair<int, int>>> tfs(m_sentences.size());
    for (std::size_t k = 0; k < m_sentences.size(); ++k) {
      for (auto w : split_words(m_sentences[k].folded)) {
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
        const int term = found->second;
        if (term < 0) continue;
        auto& tf = tfs[k];
        auto at = std::find_if(tf.begin(), tf.end(), [&](const auto& p) { return p.first == term; });
        if (at != tf.end()) {
          ++at->second;
        } else {
          tf.emplace_back(term, 1);
          ++df[term];
        }
      }
    }
    const double n = static_cast<double>(std::max<std::size_t>(m_sentences.size(), 1));
    std::vector<double> centroid(stem_ids.size(), 0.0);
    for (std::size_t k = 0; k < m_sentences.size(); ++k) {
      Vec v;
      for (auto [term, tf] : tfs[k]) {
        double idf = std::log((n + 1) / (df[term] + 0.5));
        double w = (1 + std::log(static_cast<double>(tf))) * idf;
        v.emplace_back(term, static_cast<float>(w));
        centroid[term] += w;
      }
      std::sort(v.begin(), v.end());
      m_sentences[k].norm = std::sqrt(dot(v, v));
      m_sentences[k].vec = std::move(v);
    }
    for (std::size_t t = 0; t < centroid.size(); ++t) {
      if (centroid[t] > 0) m_centroid.emplace_back(static_cast<int>(t), static_cast<float>(centroid[t]));
    }
    m_centroid_norm = std::sqrt(dot(m_centroid, m_centroid));
    m_taken.assign(m_sentences.size(), false);
  }

  double centrality(int id) const {
    const Sentence& s = m_sentences[id];
    return (s.norm > 0 && m_centroid_norm > 0) ? dot(s.vec, m_centroid) / (s.norm * m_centroid_norm) : 0.0;
  }

  double similarity(int a, int b) const {
    const Sentence& x = m_sentences[a];
    const Sentence& y = m_sentences[b];
    return (x.norm > 0 && y.norm > 0) ? dot(x.vec, y.vec) / (x.norm * y.norm) : 0.0;
  }

  bool redundant(int id) const {
    return std::any_of(m_chosen.begin(), m_chosen.end(), [&](int c) { return similarity(id, c) > 0.5; });
  }

  // Position prior: the lead sentence of a paragraph, early paragraphs.
  // Position prior: Lead-N within the story, paragraph leads a little ahead.
  double prior(const Sentence& s) const {
    double lead = 1.0 / (1.0 + 0.25 * s.rank);
    return lead * (s.index == 0 ? 1.0 : 0.8) * (s.dangling ? 0.6 : 1.0);
  }

  bool fits(int words) const { return m_used + words <= m_budget; }

  void take(int id) {
    m_taken[id] = true;
    m_chosen.push_back(id);
    m_used += m_sentences[id].words;
  }

  // The main story: among the first three stories with prose, the first
  // that has at least three quarters of the words of the longest of them.
  // News puts its lead story first, after at most a short greeting or a
  // market table.
  void choose_lede(Summary& s) {
    std::vector<int> story_words(m_story_weight.size(), 0);
    std::vector<bool> has_prose(m_story_weight.size(), false);
    for (const auto& sec : m_sections) {
      story_words[sec.story] += sec.words;
      for (int id : sec.sentences) has_prose[sec.story] = has_prose[sec.story] || m_sentences[id].usable;
    }
    std::vector<int> candidates;
    for (std::size_t i = 0; i < story_words.size() && candidates.size() < 3; ++i) {
      if (has_prose[i]) candidates.push_back(static_cast<int>(i));
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
    // The lede: of the main story's first four sentences, the one that says
    // most (position, names and numbers, centrality): a story often opens
    // with a hook ("Two headlines this week almost perfectly captured the
    // weird moment ...") and states the news right after it. A short one
    // takes the sentence after it along.
    // A line without a stop ("Field Notes — Issue 48: The quiet season")
    // names the issue rather than saying something: a lede only when the
    // story has nothing else.
    std::vector<int> opening;
    for (const bool stated : {true, false}) {
      for (const auto& sec : m_sections) {
        if (sec.story != m_main || opening.size() == 4) continue;
        for (int id : sec.sentences) {
          const Sentence& sent = m_sentences[id];
          if (!sent.usable || sent.fragment || sent.words > 45 || (stated && !ends_sentence(sent.text))) continue;
          if (opening.empty() && sent.words < 12 && RE2::PartialMatch(sent.folded, greeting())) continue;
          opening.push_back(id);
          if (opening.size() == 4) break;
        }
      }
      if (!opening.empty()) break;
    }
    if (opening.empty()) return;
    std::size_t best = 0;
    double best_score = -1;
    for (std::size_t k = 0; k < opening.size(); ++k) {
      const Sentence& sent = m_sentences[opening[k]];
      double sc = 1.0 / (1.0 + 0.35 * static_cast<double>(k)) + 0.6 * sent.specific + 0.3 * centrality(opening[k]);
      if (sc > best_score) {
        best_score = sc;
        best = k;
      }
    }
    std::vector<int> lede = {opening[best]};
    const auto usable = std::count_if(m_sentences.begin(), m_sentences.end(), [](const Sentence& x) { return x.usable; });
    const int pair = best + 1 < opening.size() ? m_sentences[opening[best]].words + m_sentences[opening[best + 1]].words : 0;
    if (m_sentences[opening[best]].words < 12 && pair > 0 && pair <= std::min(40.0, 0.4 * m_budget) && usable >= 3) {
      lede.push_back(opening[best + 1]);  // leaves the rest for a point
    }
    for (int id : lede) {
      if (!s.lede.empty()) s.lede += ' ';
      s.lede += m_sentences[id].text;
      take(id);
    }
  }

  // How much a sentence is worth as a point or blurb: its story's weight
  // times its position prior, its centrality and its names and numbers.
  double sentence_score(int id) const {
    const Sentence& sent = m_sentences[id];
    double story = std::sqrt(m_story_weight[m_sections[sent.section].story]);
    double sc = story * (0.45 * prior(sent) + 0.25 * centrality(id) + 0.5 * sent.specific);
    if (sent.text.find('?') != std::string::npos) sc *= 0.5;
    return sc;
  }

  bool add_title(ItemDraft& d) {
    if (d.chosen || d.duplicate) return false;
    std::string key = fold_for_match(d.item.title);
    int words = count_words(d.item.title);
    bool prose = std::any_of(d.sentences.begin(), d.sentences.end(), [&](int id) { return m_sentences[id].usable; });
    if (m_titles.contains(key) || !fits(words) || (d.order == 0 && !prose)) return false;
    m_titles.insert(key);
    m_used += words;
    d.chosen = true;
    return true;
  }
  std::unordered_set<std::string> m_titles;

  // Items in rounds, in issue order: round 0 is each story's lead item, then
  // the others by their place in their section (first items of lists and
  // subheads, then second items, ...), so that a long list early in the
  // issue does not crowd out the stories after it.
  void choose_titles(int first_round, int last_round) {
    int last_story = -1;
    std::vector<int> round(m_items.size(), 0);
    for (std::size_t i = 0; i < m_items.size(); ++i) {
      int story = m_sections[m_items[i].section].story;
      round[i] = story != last_story ? 0 : std::max(1, m_items[i].order);
      last_story = story;
    }
    for (int r = first_round; r <= last_round; ++r) {
      for (std::size_t i = 0; i < m_items.size(); ++i) {
        if (round[i] == r) add_title(m_items[i]);
      }
    }
  }

  // Sentences by score, each where it fits: the blurb of its item when that
  // item is listed and has none yet, else a key point while there are fewer
  // than `points`. A story's score halves with each sentence it gave, and a
  // sentence too similar to one already chosen is skipped. Stops at `limit`
  // words in all.
  void choose_sentences(double limit) {
    std::vector<int> item_of(m_sentences.size(), -1);
    for (std::size_t i = 0; i < m_items.size(); ++i) {
      for (int id : m_items[i].sentences) item_of[id] = static_cast<int>(i);
    }
    std::vector<double> score(m_sentences.size(), -1);
    for (std::size_t k = 0; k < m_sentences.size(); ++k) {
      const Sentence& sent = m_sentences[k];
      if (sent.usable && !m_taken[k] && sent.words <= 45) score[k] = sentence_score(static_cast<int>(k));
    }
    for (;;) {
      int best = -1;
      for (std::size_t k = 0; k < score.size(); ++k) {
        if (score[k] > 0 && (best < 0 || score[k] > score[best])) best = static_cast<int>(k);
      }
      if (best < 0) break;
      score[best] = -1;
      const Sentence& sent = m_sentences[best];
      if (redundant(best) || m_used + sent.words > limit) continue;
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
        // The best sentence is the first key point: a summary has one.
        as_blurb = item >= 0 && m_items[item].chosen && m_items[item].item.blurb.empty() && sent.words <= 40 &&
                   !m_points.empty();
        as_point = !as_blurb && static_cast<int>(m_points.size()) < m_options.points;
      }
      if (!as_blurb && !as_point) continue;
      if (as_blurb) {
        m_items[item].item.blurb = sent.text;
      } else {
        m_points.push_back(best);
      }
      take(best);
      int story = m_sections[sent.section].story;
      for (std::size_t k = 0; k < score.size(); ++k) {
        if (score[k] > 0 && m_sections[m_sentences[k].section].story == story) score[k] *= 0.5;
      }
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

  void choose_items_and_points(Summary& s) {
    // Each story's lead item first: titles are short and name the news.
    choose_titles(0, 0);
    // Sentences next, leaving a share for the titles of the issue's lists.
    int rounds = 0;
    for (const auto& d : m_items) rounds = std::max(rounds, d.order);
    const bool lists = std::any_of(m_items.begin(), m_items.end(), [](const ItemDraft& d) { return d.order > 0; });
    choose_sentences(m_used + (lists ? 0.6 : 1.0) * std::max(0.0, m_budget - m_used));
    choose_titles(1, std::max(rounds, 1));
    choose_sentences(m_budget);
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
    std::vector<std::string> lines;
    for (const auto& sent : m_sentences) {
      if (!m_taken[&sent - m_sentences.data()]) lines.push_back(sent.text);
    }
    for (const auto& d : m_items) lines.push_back(d.item.title);
    for (const auto& b : m_doc.blocks) {
      if (count_words(b.text) > 0) lines.push_back(fold_spacing(b.text));
    }
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

Summary summarize(const CleanResult& cleaned, const SummarizeOptions& options) {
  return Summarizer(cleaned, options).run();
}

int summary_words(const Summary& s) {
  int n = count_words(s.lede);
  for (const auto& p : s.points) n += count_words(p);
  for (const auto& item : s.items) n += count_words(item.title) + count_words(item.blurb);
  return n;
}

}  // namespace distill::transform
