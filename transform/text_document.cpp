#include "transform/text_document.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "transform/ascii.hpp"
#include "transform/charset.hpp"
#include "transform/links.hpp"

namespace distill::transform {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(start, nl - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    if (nl == text.size()) break;
    start = nl + 1;
  }
  return lines;
}

std::size_t indent_of(std::string_view line) {
  std::size_t n = 0;
  for (char c : line) {
    if (c == ' ') ++n;
    else if (c == '\t') n += 4;
    else break;
  }
  return n;
}

// Whether the line is only a rule: three or more of one of - = * _ ~ #
// (blanks between allowed), or of dashes ending in an arrow ("-----~->",
// "-----_->", as list hosts closed their boxes). Returns the character, or 0.
char rule_char(std::string_view line) {
  line = trim_ascii_space(line);
  if (line.size() > 4 && line.ends_with("->") && line.front() == '-') {
    line.remove_suffix(2);
    while (!line.empty() && (line.back() == '~' || line.back() == '_')) line.remove_suffix(1);
  }
  if (line.size() < 3) return 0;
  const char c = line.front();
  if (std::string_view("-=*_~#").find(c) == std::string_view::npos) return 0;
  std::size_t count = 0;
  for (char x : line) {
    if (x == c) ++count;
    else if (x != ' ') return 0;
  }
  return count >= 3 ? c : 0;
}

// The label of a line framed by rules: "---- ADVERTISEMENT ----", "=== EDITOR'S
// PICK ===", "------ List Host Sponsor -----~->". A run of three or more of
// one rule character, a few words, and three or more rule characters (or
// arrow ends) after them; two a side for a short label in capitals. Empty
// when the line is no such frame.
std::string_view framed_label(std::string_view line) {
  line = trim_ascii_space(line);
  if (line.empty() || std::string_view("-=*_~#").find(line.front()) == std::string_view::npos) return {};
  const char c = line.front();
  std::size_t open = 0;
  while (open < line.size() && line[open] == c) ++open;
  std::size_t close = line.size();
  while (close > open && std::string_view("-=*_~#<>").find(line[close - 1]) != std::string_view::npos) --close;
  if (open < 2 || line.size() - close < 2) return {};
  const std::string_view label = trim_ascii_space(line.substr(open, close - open));
  if (label.empty() || label.size() > 60) return {};
  int words = 0;
  bool letter = false;
  bool lower = false;
  for (std::size_t k = 0; k < label.size(); ++k) {
    if (label[k] != ' ' && (k == 0 || label[k - 1] == ' ')) ++words;
    if (std::isalpha(static_cast<unsigned char>(label[k])) || static_cast<unsigned char>(label[k]) >= 0x80)
      letter = true;
    lower = lower || std::islower(static_cast<unsigned char>(label[k]));
  }
  // Two rule characters a side ("-- ADVERTISEMENT --") frame a short label
  // in capitals only: "-- see below --" is an aside.
  if ((open < 3 || line.size() - close < 3) && (lower || words > 3)) return {};
  return letter && words <= 6 ? label : std::string_view();
}

// Length of an arrow bullet (">> ", ">>> ") at the margin of `line` when
// `next` goes on its text indented and without an arrow, or 0.
std::size_t arrow_marker(std::string_view line, std::string_view next) {
  std::size_t n = 0;
  while (n < line.size() && line[n] == '>') ++n;
  if (n < 2 || n > 3 || n + 1 >= line.size() || line[n] != ' ' || trim_ascii_space(line.substr(n)).empty()) return 0;
  const std::string_view rest = trim_ascii_space(next);
  if (rest.empty() || rest.front() == '>' || indent_of(next) < 2) return 0;
  return n + 1;
}

// Whether `t` is a space and then the name of a month, written the way a
// day of the month comes before it in German ("1. November", "24. Januar
// 2007"): a hard-wrapped sentence that goes on with a date, or a dated
// line, and no numbered item (its number is the day).
bool starts_with_month(std::string_view t) {
  static constexpr std::array<std::string_view, 13> k_months = {
      "Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
      "Oktober", "November", "Dezember"};
  if (t.empty() || t.front() != ' ') return false;
  t.remove_prefix(1);
  return std::any_of(k_months.begin(), k_months.end(), [&](std::string_view m) {
    if (!t.starts_with(m)) return false;
    if (t.size() == m.size()) return true;
    const unsigned char after = static_cast<unsigned char>(t[m.size()]);
    return after < 0x80 && std::isalpha(after) == 0;  // "Mai", not "Mailand"
  });
}

// Length of a list marker at the start of a trimmed line ("* ", "1. ",
// "a) ", "(a) ", "(12) "), or 0.
std::size_t list_marker(std::string_view t) {
  if (t.size() < 2) return 0;
  for (std::string_view bullet : {"* ", "- ", "+ ", "o ", "\u2022 ", "\u00b7 ", "\u25aa ", "\u2013 "}) {
    if (t.substr(0, bullet.size()) == bullet && t.size() > bullet.size()) return bullet.size();
  }
  // "(a) ", "(iv) ", "(12) ": a letter, a short roman numeral or a number in parentheses.
  if (t.front() == '(') {
    std::size_t close = t.find(')');
    if (close == std::string_view::npos || close < 2 || close > 4 || close + 2 >= t.size()) return 0;
    if (t[close + 1] != ' ' && t[close + 1] != '\t') return 0;
    const std::string_view label = t.substr(1, close - 1);
    const bool digits = std::all_of(label.begin(), label.end(), [](char c) { return is_ascii_digit(c); });
    // "(c) 2024 ..." is a copyright notice, not an item.
    const bool copyright = (label == "c" || label == "C") && std::isdigit(static_cast<unsigned char>(t[close + 2]));
    const bool letter = label.size() == 1 && std::isalpha(static_cast<unsigned char>(label[0])) && !copyright;
    const bool roman = std::all_of(label.begin(), label.end(), [](char c) { return c == 'i' || c == 'v' || c == 'x'; });
    return digits || letter || roman ? close + 2 : 0;
  }
  std::size_t i = 0;
  while (i < t.size() && i < 3 && is_ascii_digit(t[i])) ++i;
  if (i == 0 && t.size() >= 3 && is_ascii_alpha(t[0]) && t[1] == ')') i = 1;
  if (i == 0 || i >= t.size()) return 0;
  if (t[i] == '.' && i <= 2 && starts_with_month(t.substr(i + 1))) return 0;  // "1. November", a date
  if ((t[i] == '.' || t[i] == ')') && i + 1 < t.size() && (t[i + 1] == ' ' || t[i + 1] == '\t')) return i + 2;
  return 0;
}

// Characters in a UTF-8 line (continuation bytes not counted).
std::size_t width_of(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xc0) != 0x80; }));
}

// The width the text is wrapped at: the 90th percentile of its lines'
// widths, so that a few overlong lines (addresses) do not count.
std::size_t wrap_width(const std::vector<std::string>& lines) {
  std::vector<std::size_t> widths;
  for (const std::string& l : lines) {
    if (!trim_ascii_space(l).empty()) widths.push_back(width_of(l));
  }
  if (widths.empty()) return 0;
  const std::size_t at = widths.size() * 9 / 10;
  std::nth_element(widths.begin(), widths.begin() + static_cast<std::ptrdiff_t>(at), widths.end());
  return widths[at];
}

// Whether a trimmed line is a record's field, "Platforms: Linux",
// "BugTraq ID: 5363": a capitalised label of up to three words and a colon.
bool is_field_line(std::string_view t) {
  if (t.empty() || !std::isupper(static_cast<unsigned char>(t.front()))) return false;
  const std::size_t colon = t.find(':');
  if (colon == std::string_view::npos || colon == 0 || (colon + 1 < t.size() && t[colon + 1] != ' ')) return false;
  const std::string_view label = t.substr(0, colon);
  return std::count(label.begin(), label.end(), ' ') <= 2;
}

// Whether a trimmed line ends a sentence or a lead-in: '.', '!', '?', ':'.
bool ends_clause(std::string_view t) {
  return !t.empty() && (t.back() == '.' || t.back() == '!' || t.back() == '?' || t.back() == ':');
}

// Whether `line` was broken only because `next`'s first word did not fit
// on it: the two together run past the wrap width. A field line below is
// a line of its own, however long the line above.
bool wrapped_before(std::string_view line, std::string_view next, std::size_t width) {
  if (is_field_line(next)) return false;
  const std::size_t word = std::min(next.find_first_of(" \t"), next.size());
  return width_of(line) + 1 + width_of(next.substr(0, word)) + 2 > width;
}

bool is_caps_heading(std::string_view t) {
  if (t.size() < 4 || t.size() > 80) return false;
  int upper = 0;
  for (unsigned char c : t) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++upper;
  }
  if (upper < 3) return false;
  const char last = t.back();
  return last != ',' && last != ';';
}

// URLs written in the text: "http://", "https://", "ftp://" and "www." starts.
std::vector<Link> find_urls(std::string_view text, int& removed) {
  std::vector<Link> links;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t best = std::string_view::npos;
    for (std::string_view scheme : {"http://", "https://", "ftp://", "www."}) {
      std::size_t at = pos;
      while ((at = text.find(scheme, at)) != std::string_view::npos) {
        // "www." only at a word start.
        if (scheme == "www." && at > 0 && (std::isalnum(static_cast<unsigned char>(text[at - 1])) || text[at - 1] == '/' || text[at - 1] == '.')) {
          at += scheme.size();
          continue;
        }
        break;
      }
      if (at != std::string_view::npos) best = std::min(best, at);
    }
    if (best == std::string_view::npos) break;
    std::size_t end = best;
    while (end < text.size() && !is_blank(text[end]) && text[end] != '\n' && text[end] != '<' && text[end] != '>' &&
           text[end] != '"' && static_cast<unsigned char>(text[end]) >= 0x21) {
      ++end;
    }
    std::string_view url = text.substr(best, end - best);
    // Sentence punctuation after a URL is not part of it.
    while (!url.empty() && std::string_view(".,;:!?'\"*").find(url.back()) != std::string_view::npos) url.remove_suffix(1);
    if (!url.empty() && url.back() == ')' && std::count(url.begin(), url.end(), '(') < std::count(url.begin(), url.end(), ')')) {
      url.remove_suffix(1);
    }
    if (url.size() > 8) {
      std::string target = url.substr(0, 4) == "www." ? "http://" + std::string(url) : std::string(url);
      links.push_back(Link{std::string(url), clean_url(target, &removed), link_campaign(target)});
    }
    pos = best + std::max<std::size_t>(url.size(), 1);
  }
  return links;
}

class TextBuilder {
 public:
  void paragraph_line(std::string_view line, BlockKind kind, int level) {
    if (!m_lines.empty() && (kind != m_kind || level != m_level)) flush();
    m_kind = kind;
    m_level = level;
    m_lines.push_back(std::string(trim_ascii_space(line)));
  }
  void add(BlockKind kind, int level, std::string_view text) {
    flush();
    m_kind = kind;
    m_level = level;
    m_lines.push_back(std::string(trim_ascii_space(text)));
    flush();
  }
  void separator(int level = 0) {
    flush();
    if (!m_doc.blocks.empty() && m_doc.blocks.back().kind != BlockKind::separator) {
      m_doc.blocks.push_back(Block{BlockKind::separator, level, "", {}});
    } else if (!m_doc.blocks.empty()) {
      m_doc.blocks.back().level = std::max(m_doc.blocks.back().level, level);
    }
  }
  void flush() {
    std::string text;
    for (const std::string& l : m_lines) {
      if (l.empty()) continue;
      if (!text.empty()) text += ' ';
      text += l;
    }
    m_lines.clear();
    if (text.empty()) return;
    Block b{m_kind, m_level, std::move(text), {}};
    b.links = find_urls(b.text, m_doc.tracking_params_removed);
    m_doc.blocks.push_back(std::move(b));
  }
  bool open() const { return !m_lines.empty(); }
  BlockKind kind() const { return m_kind; }
  int level() const { return m_level; }
  Document finish() {
    flush();
    while (!m_doc.blocks.empty() && m_doc.blocks.back().kind == BlockKind::separator) m_doc.blocks.pop_back();
    return std::move(m_doc);
  }

 private:
  Document m_doc;
  std::vector<std::string> m_lines;
  BlockKind m_kind = BlockKind::paragraph;
  int m_level = 0;
};

// Drops PGP clear-signing armour and mboxrd escapes.
std::vector<std::string> strip_transport(const std::vector<std::string_view>& lines) {
  std::vector<std::string> out;
  out.reserve(lines.size());
  bool in_signature = false;
  bool in_armour_header = false;
  for (std::string_view line : lines) {
    if (line.rfind("-----BEGIN PGP SIGNED MESSAGE-----", 0) == 0) {
      in_armour_header = true;
      continue;
    }
    if (in_armour_header) {
      if (trim_ascii_space(line).empty()) in_armour_header = false;
      continue;  // "Hash: SHA1" and the blank line after it
    }
    if (line.rfind("-----BEGIN PGP SIGNATURE-----", 0) == 0) {
      in_signature = true;
      continue;
    }
    if (in_signature) {
      if (line.rfind("-----END PGP SIGNATURE-----", 0) == 0) in_signature = false;
      continue;
    }
    if (line.rfind("- ", 0) == 0 && line.size() > 2 && line[2] == '-') line.remove_prefix(2);  // dash-escaped
    if (line.rfind(">From ", 0) == 0) line.remove_prefix(1);                                  // mboxrd
    out.emplace_back(line);
  }
  return out;
}

// A box drawn with corners and side bars, as plain-text issues framed an
// offer or a notice:
//
//   +------------------------------+
//   |  TITLE                       |
//   |  a line of copy, and another |
//   +------------------------------+
//
// The corners' lines become rules and the bars go, so the box reads as the
// lines it holds, set off by rules like any other section. A table's
// border has a corner between its columns ("+----+----+") and stays.
bool is_box_edge(std::string_view t) {
  if (t.size() < 5 || t.front() != '+' || t.back() != '+') return false;
  const char c = t[1];
  if (c != '-' && c != '=') return false;
  return t.substr(1, t.size() - 2).find_first_not_of(c) == std::string_view::npos;
}

bool is_box_side(std::string_view t) { return t.size() >= 2 && t.front() == '|' && t.back() == '|'; }

void unframe_boxes(std::vector<std::string>& lines) {
  for (std::size_t top = 0; top < lines.size(); ++top) {
    if (!is_box_edge(trim_ascii_space(lines[top]))) continue;
    std::size_t bottom = top + 1;
    while (bottom < lines.size() && is_box_side(trim_ascii_space(lines[bottom]))) ++bottom;
    if (bottom == top + 1 || bottom == lines.size() || !is_box_edge(trim_ascii_space(lines[bottom]))) continue;
    lines[top] = lines[bottom] = "---";
    for (std::size_t k = top + 1; k < bottom; ++k) {
      const std::string_view t = trim_ascii_space(lines[k]);
      lines[k] = std::string(trim_ascii_space(t.substr(1, t.size() - 2)));
    }
    top = bottom;
  }
}

}  // namespace

std::string decode_format_flowed(std::string_view text, bool delsp) {
  std::string out;
  out.reserve(text.size());
  std::string current;
  int current_depth = -1;
  bool open = false;
  const auto end_line = [&] {
    if (!open) return;
    for (int i = 0; i < current_depth; ++i) out += "> ";
    out += current;
    out += '\n';
    current.clear();
    open = false;
  };
  std::vector<std::string_view> lines = split_lines(text);
  if (!lines.empty() && lines.back().empty() && !text.empty() && text.back() == '\n') lines.pop_back();
  for (std::string_view line : lines) {
    int depth = 0;
    while (!line.empty() && line.front() == '>') {
      ++depth;
      line.remove_prefix(1);
    }
    if (!line.empty() && line.front() == ' ') line.remove_prefix(1);  // space-stuffing
    if (open && depth != current_depth) end_line();
    current_depth = depth;
    open = true;
    const bool soft = !line.empty() && line.back() == ' ' && line != "-- ";
    if (soft) {
      current += delsp ? line.substr(0, line.size() - 1) : line;
    } else {
      current += line;
      end_line();
    }
  }
  end_line();
  if (!out.empty() && (text.empty() || text.back() != '\n')) out.pop_back();  // no line end was there
  return out;
}

Document text_to_document(std::string_view text_in, bool format_flowed) {
  std::string storage;
  std::string_view text = text_in;
  if (!is_valid_utf8(text)) {
    storage = sanitize_utf8(text);
    text = storage;
  }
  std::string flowed;
  if (format_flowed) {
    flowed = decode_format_flowed(text, false);
    text = flowed;
  }
  std::vector<std::string> lines = strip_transport(split_lines(text));
  unframe_boxes(lines);
  const std::size_t width = wrap_width(lines);
  TextBuilder b;
  std::size_t item_indent = 0;
  bool in_item = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = lines[i];
    // An arrow bullet of a list mail (">> FREE hosting with ...") whose
    // wrapped lines stand indented under it without an arrow: quoted text
    // carries its '>' on every line, so this is a list item.
    if (const std::size_t marker = arrow_marker(line, i + 1 < lines.size() ? lines[i + 1] : std::string_view())) {
      b.flush();
      b.paragraph_line(trim_ascii_space(line.substr(marker)), BlockKind::list_item, 1);
      item_indent = 0;
      in_item = true;
      continue;
    }
    // Quoted text.
    if (!line.empty() && line.front() == '>') {
      int depth = 0;
      while (!line.empty() && (line.front() == '>' || line.front() == ' ')) {
        depth += line.front() == '>';
        line.remove_prefix(1);
      }
      in_item = false;
      if (trim_ascii_space(line).empty()) {
        b.flush();
      } else {
        b.paragraph_line(line, BlockKind::quote, depth);
      }
      continue;
    }
    const std::string_view t = trim_ascii_space(line);
    if (t.empty()) {
      b.flush();
      in_item = false;
      continue;
    }
    const std::string_view next = i + 1 < lines.size() ? trim_ascii_space(lines[i + 1]) : std::string_view();
    const char under = rule_char(next);
    const bool underlined = (under == '=' || under == '-' || under == '~') && !rule_char(t);
    // A list item ends where a heading starts, even without a blank line:
    // a line underlined to about its own length (a longer rule after a
    // wrapped item's last line is a separator below the item).
    if (in_item && underlined && !list_marker(t) && next.size() * 3 >= t.size() * 2 && next.size() <= t.size() + 4) {
      b.flush();
      in_item = false;
    }
    // "Title\n=====": an underlined heading.
    if (underlined && !b.open()) {
      const char u = under;
      b.add(BlockKind::heading, u == '=' ? 1 : u == '-' ? 2 : 3, t);
      ++i;
      in_item = false;
      continue;
    }
    if (rule_char(t)) {
      b.separator();
      in_item = false;
      continue;
    }
    // A label framed by rules heads what follows, set off from what came
    // before: the box of an ad under "---- ADVERTISEMENT ----", a section
    // under "=== NEW RELEASES ===".
    if (const std::string_view label = framed_label(t); !label.empty()) {
      b.separator();
      b.add(BlockKind::heading, 2, label);
      in_item = false;
      continue;
    }
    // The signature delimiter: the sender's signature follows.
    if (t == "--") {
      b.separator(1);
      in_item = false;
      continue;
    }
    // Markdown heading.
    if (t.front() == '#') {
      std::size_t n = 0;
      while (n < t.size() && t[n] == '#') ++n;
      if (n <= 6 && n < t.size() && t[n] == ' ' && !trim_ascii_space(t.substr(n)).empty()) {
        b.add(BlockKind::heading, static_cast<int>(n), trim_ascii_space(t.substr(n)));
        in_item = false;
        continue;
      }
    }
    // "o " is a bullet, and a word of Portuguese, Spanish and Italian ("em
    // todo\no país"): inside a paragraph it goes on the paragraph.
    const bool word_o = t.starts_with("o ") && b.open() && !in_item;
    // "dalle 9 alle\n17. Gli esami ...": a number that ends a sentence of a
    // hard-wrapped paragraph, at the start of the next line, is no list
    // marker: the line above goes on (its last word is no stop, and the
    // number did not fit on it) (wrapped-number.txt).
    const bool wrapped_number = b.open() && !in_item && i > 0 && is_ascii_digit(t.front()) &&
                                !ends_clause(trim_ascii_space(lines[i - 1])) && wrapped_before(lines[i - 1], t, width);
    if (const std::size_t marker = word_o || wrapped_number ? 0 : list_marker(t)) {
      const std::size_t indent = indent_of(line);
      const int level = in_item && indent > item_indent + 1 ? 2 : 1;
      b.flush();
      b.paragraph_line(t.substr(marker), BlockKind::list_item, level);
      if (level == 1) item_indent = indent;
      in_item = true;
      continue;
    }
    // A hard-wrapped item goes on: on lines indented deeper than its bullet
    // (at its text column or further), or, in a list whose bullets stand at
    // the margin, on a line whose first word did not fit on the line above
    // (a short line above is a title with its own lines below, "1. Tool\n
    // by Maker\nPlatforms: Linux", or a question above its answer).
    if (in_item && b.open() &&
        (indent_of(line) > item_indent || (item_indent == 0 && wrapped_before(lines[i - 1], t, width)))) {
      b.paragraph_line(t, BlockKind::list_item, b.level());  // continuation of the item
      continue;
    }
    if (in_item) {
      b.flush();
      in_item = false;
    }
    // A short line in capitals, standing alone.
    const bool prev_blank = i == 0 || trim_ascii_space(lines[i - 1]).empty();
    const bool next_blank = i + 1 >= lines.size() || next.empty() || rule_char(next);
    if (prev_blank && next_blank && is_caps_heading(t)) {
      b.add(BlockKind::heading, 2, t);
      continue;
    }
    b.paragraph_line(t, BlockKind::paragraph, 0);
  }
  return b.finish();
}

}  // namespace distill::transform
