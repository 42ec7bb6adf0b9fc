#include "transform/headers.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <map>

#include "transform/ascii.hpp"
#include "transform/charset.hpp"
#include "transform/mime.hpp"

namespace distill::transform {
namespace {

bool is_wsp(char c) { return c == ' ' || c == '\t'; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Header bytes outside encoded words: RFC 6532 allows UTF-8; anything else
// 8-bit is read the way mail clients read undeclared bytes.
std::string raw_header_to_utf8(std::string_view s) {
  if (!has_8bit(s) || is_valid_utf8(s)) return std::string(s);
  return to_utf8(s, "windows-1252");
}

// Control characters have no business in a decoded header value.
void clean_controls(std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '\0') continue;
    out += (c == '\r' || c == '\n' || c == '\t') ? ' ' : c;
  }
  s = std::move(out);
}

struct EncodedWord {
  std::string charset;
  std::string bytes;
  std::size_t end = 0;  // offset just past "?="
};

// Parses "=?charset?E?text?=" at s[pos]; nullopt when it is not one.
std::optional<EncodedWord> parse_encoded_word(std::string_view s, std::size_t pos) {
  if (pos + 1 >= s.size() || s[pos] != '=' || s[pos + 1] != '?') return std::nullopt;
  std::size_t q1 = pos + 2;
  std::size_t q2 = q1;
  while (q2 < s.size() && s[q2] != '?' && !is_space(s[q2]) && q2 - q1 < 64) ++q2;
  if (q2 >= s.size() || s[q2] != '?' || q2 == q1) return std::nullopt;
  if (q2 + 2 >= s.size() || s[q2 + 2] != '?') return std::nullopt;
  const char enc = ascii_lower(s[q2 + 1]);
  if (enc != 'b' && enc != 'q') return std::nullopt;
  const std::size_t text_start = q2 + 3;
  std::size_t text_end = text_start;
  // The encoded text has no '?'; senders that put blanks in it are read anyway.
  while (text_end < s.size() && s[text_end] != '?' && text_end - text_start < 2000) ++text_end;
  if (text_end + 1 >= s.size() || s[text_end] != '?' || s[text_end + 1] != '=') return std::nullopt;

  EncodedWord w;
  w.charset = std::string(s.substr(q1, q2 - q1));
  w.end = text_end + 2;
  const std::string_view text = s.substr(text_start, text_end - text_start);
  if (enc == 'q') {
    for (std::size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      if (c == '_') {
        w.bytes += ' ';
      } else if (c == '=' && i + 2 < text.size() + 0 && hex_digit_value(text[i + 1]) >= 0 &&
                 hex_digit_value(text[i + 2]) >= 0) {
        w.bytes += static_cast<char>(hex_digit_value(text[i + 1]) * 16 + hex_digit_value(text[i + 2]));
        i += 2;
      } else {
        w.bytes += c;
      }
    }
  } else {
    w.bytes = decode_base64(text);
  }
  return w;
}

}  // namespace

std::vector<HeaderField> parse_header_block(std::string_view bytes, std::size_t* body_start,
                                            bool* separator_missing) {
  std::vector<HeaderField> fields;
  std::size_t pos = 0;
  std::size_t start_of_body = bytes.size();
  bool missing = false;
  // An mbox "From " line in front of the header is not a field.
  if (bytes.substr(0, 5) == "From ") {
    const std::size_t nl = bytes.find('\n');
    pos = nl == std::string_view::npos ? bytes.size() : nl + 1;
  }
  while (pos < bytes.size()) {
    std::size_t nl = bytes.find('\n', pos);
    const std::size_t next = nl == std::string_view::npos ? bytes.size() : nl + 1;
    std::string_view line = bytes.substr(pos, (nl == std::string_view::npos ? bytes.size() : nl) - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      start_of_body = next;
      break;
    }
    if (is_wsp(line.front())) {
      if (!fields.empty()) {
        fields.back().value += '\n';
        fields.back().value += line;
      } else if (!trim_ascii_space(line).empty()) {
        missing = true;  // a continuation with nothing to continue: body text
        start_of_body = pos;
        break;
      }
      pos = next;
      continue;
    }
    const std::size_t colon = line.find(':');
    bool is_field = colon != std::string_view::npos && colon > 0;
    std::string_view name;
    if (is_field) {
      name = line.substr(0, colon);
      while (!name.empty() && is_wsp(name.back())) name.remove_suffix(1);
      is_field = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
        return static_cast<unsigned char>(c) > 32 && static_cast<unsigned char>(c) < 127;
      });
    }
    if (!is_field) {
      missing = true;
      start_of_body = pos;
      break;
    }
    fields.push_back({std::string(name), std::string(line.substr(colon + 1))});
    pos = next;
  }
  if (body_start) *body_start = std::min(start_of_body, bytes.size());
  if (separator_missing) *separator_missing = missing;
  return fields;
}

const std::string* find_header(const std::vector<HeaderField>& fields, std::string_view name) {
  for (const HeaderField& f : fields) {
    if (iequals_ascii(f.name, name)) return &f.value;
  }
  return nullptr;
}

std::string unfold_header(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  for (std::size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    if (c == '\r' && i + 1 < value.size() && value[i + 1] == '\n') continue;
    if (c == '\n') continue;
    out += c;
  }
  return std::string(trim_ascii_space(out));
}

std::string decode_rfc2047(std::string_view value) {
  const std::string s = raw_header_to_utf8(unfold_header(value));
  if (s.find("=?") == std::string::npos) {
    std::string out = s;
    clean_controls(out);
    return out;
  }
  std::string out;
  out.reserve(s.size());
  std::string pending_charset;
  std::string pending_bytes;
  bool have_pending = false;
  std::string blanks;  // whitespace after an encoded word, dropped if another follows
  const auto flush = [&] {
    if (have_pending) out += to_utf8(pending_bytes, pending_charset);
    pending_bytes.clear();
    have_pending = false;
  };
  std::size_t i = 0;
  while (i < s.size()) {
    if (s[i] == '=' && i + 1 < s.size() && s[i + 1] == '?') {
      if (auto w = parse_encoded_word(s, i)) {
        blanks.clear();
        if (have_pending && !iequals_ascii(pending_charset, w->charset)) flush();
        if (!have_pending) {
          pending_charset = w->charset;
          have_pending = true;
        }
        pending_bytes += w->bytes;
        i = w->end;
        continue;
      }
    }
    if (have_pending && is_wsp(s[i])) {
      blanks += s[i++];
      continue;
    }
    flush();
    out += blanks;
    blanks.clear();
    out += s[i++];
  }
  flush();
  out += blanks;
  clean_controls(out);
  return out;
}

// ---------------------------------------------------------------------------
// Content-Type / Content-Disposition

namespace {

// Removes RFC 5322 comments outside quoted strings.
std::string strip_comments(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  int depth = 0;
  bool quoted = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (quoted) {
      out += c;
      if (c == '\\' && i + 1 < s.size()) {
        out += s[++i];
      } else if (c == '"') {
        quoted = false;
      }
      continue;
    }
    if (depth > 0) {
      if (c == '\\') {
        ++i;
      } else if (c == '(') {
        ++depth;
      } else if (c == ')') {
        --depth;
      }
      continue;
    }
    if (c == '"') {
      quoted = true;
      out += c;
    } else if (c == '(') {
      depth = 1;
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

std::string unquote(std::string_view v) {
  v = trim_ascii_space(v);
  if (v.empty() || v.front() != '"') return std::string(v);
  std::string out;
  for (std::size_t i = 1; i < v.size(); ++i) {
    if (v[i] == '\\' && i + 1 < v.size()) {
      out += v[++i];
    } else if (v[i] == '"') {
      break;
    } else {
      out += v[i];
    }
  }
  return out;
}

std::string percent_decode(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() + 0 && hex_digit_value(s[i + 1]) >= 0 && hex_digit_value(s[i + 2]) >= 0) {
      out += static_cast<char>(hex_digit_value(s[i + 1]) * 16 + hex_digit_value(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

// Splits at `sep` outside quoted strings.
std::vector<std::string_view> split_outside_quotes(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  bool quoted = false;
  std::size_t start = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (quoted && c == '\\') {
      ++i;
    } else if (c == '"') {
      quoted = !quoted;
    } else if (c == sep && !quoted) {
      parts.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  parts.push_back(s.substr(start));
  return parts;
}

}  // namespace

std::string MediaType::param(std::string_view name) const {
  for (const auto& [k, v] : params) {
    if (iequals_ascii(k, name)) return v;
  }
  return {};
}

bool MediaType::has_param(std::string_view name) const {
  return std::any_of(params.begin(), params.end(), [&](const auto& p) { return iequals_ascii(p.first, name); });
}

MediaType parse_media_type(std::string_view value) {
  MediaType mt;
  const std::string s = strip_comments(unfold_header(value));
  const std::vector<std::string_view> pieces = split_outside_quotes(s, ';');
  std::string_view full = trim_ascii_space(pieces.front());
  // "text/plain charset=x" (a missing semicolon) is met in the wild.
  if (auto sp = full.find_first_of(" \t"); sp != std::string_view::npos) full = full.substr(0, sp);
  if (auto slash = full.find('/'); slash != std::string_view::npos) {
    mt.type = raw_header_to_utf8(ascii_lower(trim_ascii_space(full.substr(0, slash))));
    mt.subtype = raw_header_to_utf8(ascii_lower(trim_ascii_space(full.substr(slash + 1))));
  } else {
    mt.type = raw_header_to_utf8(ascii_lower(full));
  }

  struct Section {
    std::string value;
    bool encoded = false;
  };
  std::map<std::string, std::map<int, Section>> continued;  // RFC 2231 name*N[*]
  std::vector<std::string> order;
  std::vector<std::pair<std::string, std::string>> plain;
  std::vector<std::string_view> raw_params(pieces.begin() + 1, pieces.end());
  if (std::string_view head = trim_ascii_space(pieces.front()); head.find_first_of(" \t") != std::string_view::npos) {
    raw_params.insert(raw_params.begin(), head.substr(head.find_first_of(" \t")));
  }
  for (std::string_view piece : raw_params) {
    const std::size_t eq = piece.find('=');
    if (eq == std::string_view::npos) continue;
    std::string name = raw_header_to_utf8(ascii_lower(trim_ascii_space(piece.substr(0, eq))));
    std::string_view raw_value = trim_ascii_space(piece.substr(eq + 1));
    if (name.empty()) continue;
    const std::size_t star = name.find('*');
    if (star == std::string::npos) {
      plain.emplace_back(name, unquote(raw_value));
      continue;
    }
    const std::string base = name.substr(0, star);
    std::string_view rest = std::string_view(name).substr(star + 1);
    Section sec;
    int index = 0;
    if (rest.empty()) {
      sec.encoded = true;  // name*=charset'lang'value
    } else {
      std::size_t digits = 0;
      while (digits < rest.size() && std::isdigit(static_cast<unsigned char>(rest[digits]))) ++digits;
      if (digits == 0 || digits > 4) continue;
      index = std::stoi(std::string(rest.substr(0, digits)));
      sec.encoded = rest.substr(digits) == "*";
    }
    sec.value = unquote(raw_value);
    if (!continued.count(base)) order.push_back(base);
    continued[base].emplace(index, std::move(sec));
  }
  for (const std::string& base : order) {
    const auto& sections = continued[base];
    std::string charset;
    std::string bytes;
    bool first = true;
    for (const auto& [index, sec] : sections) {
      std::string_view v = sec.value;
      if (first && sec.encoded) {
        // charset'language'value
        const std::size_t q1 = v.find('\'');
        const std::size_t q2 = q1 == std::string_view::npos ? q1 : v.find('\'', q1 + 1);
        if (q2 != std::string_view::npos) {
          charset = std::string(v.substr(0, q1));
          v = v.substr(q2 + 1);
        }
      }
      first = false;
      bytes += sec.encoded ? percent_decode(v) : std::string(v);
    }
    std::string decoded = charset.empty() ? raw_header_to_utf8(bytes) : to_utf8(bytes, charset);
    mt.params.emplace_back(base, std::move(decoded));
  }
  for (auto& [name, v] : plain) {
    if (mt.has_param(name)) continue;  // the RFC 2231 form wins, and the first of duplicates
    mt.params.emplace_back(name, v.find("=?") != std::string::npos ? decode_rfc2047(v) : raw_header_to_utf8(v));
  }
  return mt;
}

// ---------------------------------------------------------------------------
// Addresses

namespace {

struct RawMailbox {
  std::string phrase;   // display name as written (quotes removed), still encoded
  std::string comment;  // first comment's text
  std::string angle;    // inside <...>
  std::string bare;     // addr-spec without angle brackets
  bool has_angle = false;
  bool empty() const { return phrase.empty() && angle.empty() && bare.empty() && !has_angle; }
};

void append_word(std::string& to, std::string_view word, bool space_before) {
  if (space_before && !to.empty() && to.back() != ' ') to += ' ';
  to += word;
}

std::string collapse_blanks(std::string_view s) {
  std::string out;
  bool blank = false;
  for (char c : trim_ascii_space(s)) {
    if (is_space(c)) {
      blank = true;
      continue;
    }
    if (blank && !out.empty()) out += ' ';
    blank = false;
    out += c;
  }
  return out;
}

// Drops an obsolete source route ("@a,@b:user@host").
std::string strip_route(std::string_view a) {
  a = trim_ascii_space(a);
  if (!a.empty() && a.front() == '@') {
    if (auto colon = a.find(':'); colon != std::string_view::npos) a = a.substr(colon + 1);
  }
  std::string out;
  for (char c : a) {
    if (!is_space(c)) out += c;
  }
  return out;
}

}  // namespace

std::vector<Address> parse_address_list(std::string_view value) {
  const std::string s = unfold_header(value);
  std::vector<RawMailbox> boxes;
  RawMailbox cur;
  bool blank_before = false;
  const auto finish = [&] {
    if (!cur.empty()) boxes.push_back(std::move(cur));
    cur = RawMailbox{};
  };
  for (std::size_t i = 0; i < s.size();) {
    const char c = s[i];
    if (is_space(c)) {
      blank_before = true;
      ++i;
      continue;
    }
    if (c == '"') {
      std::string q;
      ++i;
      while (i < s.size() && s[i] != '"') {
        if (s[i] == '\\' && i + 1 < s.size()) ++i;
        q += s[i++];
      }
      ++i;
      if (cur.has_angle) continue;  // text after <...> is noise
      // A quoted local part glued to "@host" belongs to an addr-spec.
      if (i < s.size() && s[i] == '@') {
        append_word(cur.bare, "\"" + q + "\"", false);
      } else {
        append_word(cur.phrase, q, blank_before || !cur.phrase.empty());
      }
      blank_before = false;
      continue;
    }
    if (c == '(') {
      int depth = 1;
      std::string text;
      ++i;
      while (i < s.size() && depth > 0) {
        if (s[i] == '\\' && i + 1 < s.size()) {
          text += s[i + 1];
          i += 2;
          continue;
        }
        if (s[i] == '(') ++depth;
        if (s[i] == ')' && --depth == 0) break;
        text += s[i++];
      }
      ++i;
      if (cur.comment.empty()) cur.comment = collapse_blanks(text);
      blank_before = true;
      continue;
    }
    if (c == '<') {
      const std::size_t close = s.find('>', i + 1);
      const std::size_t end = close == std::string::npos ? s.size() : close;
      if (!cur.has_angle) {
        cur.angle = strip_route(std::string_view(s).substr(i + 1, end - i - 1));
        cur.has_angle = true;
        cur.bare.clear();  // words before the angle were a display name, not an address
      }
      i = close == std::string::npos ? s.size() : close + 1;
      blank_before = false;
      continue;
    }
    if (c == ',') {
      finish();
      ++i;
      blank_before = false;
      continue;
    }
    if (c == ':' && !cur.has_angle) {
      cur = RawMailbox{};  // "group name:" starts a group; the name is not an address
      ++i;
      blank_before = false;
      continue;
    }
    if (c == ';') {
      finish();
      ++i;
      continue;
    }
    // An atom (or a run of atoms and dots and @).
    std::size_t j = i;
    while (j < s.size() && !is_space(s[j]) && std::strchr("\"(),:;<>", s[j]) == nullptr) ++j;
    if (j == i) {
      ++i;
      continue;
    }
    const std::string_view word = std::string_view(s).substr(i, j - i);
    if (!cur.has_angle) {
      // Until an angle address shows up, words may be either; keep both readings.
      append_word(cur.phrase, word, blank_before && !cur.phrase.empty());
      if (!cur.bare.empty() && blank_before && word.front() != '@' && cur.bare.back() != '@' &&
          cur.bare.back() != '.' && word.front() != '.') {
        cur.bare += ' ';
      }
      cur.bare += word;
    }
    blank_before = false;
    i = j;
  }
  finish();

  // "Doe, John <j@x>": a part without address followed by a named mailbox is
  // the first half of an unquoted display name.
  std::vector<RawMailbox> merged;
  for (std::size_t k = 0; k < boxes.size(); ++k) {
    RawMailbox& b = boxes[k];
    const bool looks_like_address = b.has_angle || b.bare.find('@') != std::string::npos;
    if (!looks_like_address && k + 1 < boxes.size() && boxes[k + 1].has_angle) {
      RawMailbox& next = boxes[k + 1];
      next.phrase = b.phrase + (next.phrase.empty() ? "" : ", " + next.phrase);
      continue;
    }
    merged.push_back(std::move(b));
  }

  std::vector<Address> out;
  for (RawMailbox& b : merged) {
    // The address is UTF-8 like every other decoded value (RFC 6532 allows
    // it; other 8-bit bytes are read as windows-1252).
    b.angle = raw_header_to_utf8(b.angle);
    b.bare = raw_header_to_utf8(b.bare);
    Address a;
    if (b.has_angle) {
      a.address = b.angle;
      a.name = decode_rfc2047(b.phrase);
    } else {
      a.address = strip_route(b.bare.find(' ') == std::string::npos ? b.bare : b.bare);
      if (a.address.find('@') == std::string::npos && b.bare.find(' ') != std::string::npos) {
        // Words without any address: keep them as a name.
        a.name = decode_rfc2047(b.phrase);
        a.address.clear();
      }
    }
    if (a.name.empty() && !b.comment.empty()) a.name = decode_rfc2047(b.comment);
    if (a.name.empty() && a.address.empty()) continue;
    out.push_back(std::move(a));
  }
  return out;
}

std::string format_address(const Address& address) {
  if (address.name.empty()) return address.address;
  const bool needs_quotes = address.name.find_first_of("()<>[]:;@\\,.\"") != std::string::npos;
  std::string out;
  if (needs_quotes) {
    out += '"';
    for (char c : address.name) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += '"';
  } else {
    out = address.name;
  }
  return out + " <" + address.address + ">";
}

// ---------------------------------------------------------------------------
// Dates

namespace {

int month_from_name(std::string_view w) {
  static constexpr std::array<const char*, 12> k_months = {"jan", "feb", "mar", "apr", "may", "jun",
                                                           "jul", "aug", "sep", "oct", "nov", "dec"};
  if (w.size() < 3) return 0;
  const std::string l = ascii_lower(w.substr(0, 3));
  for (std::size_t i = 0; i < k_months.size(); ++i) {
    if (l == k_months[i]) return static_cast<int>(i) + 1;
  }
  return 0;
}

bool is_day_name(std::string_view w) {
  static constexpr std::array<const char*, 7> k_days = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
  if (w.size() < 3) return false;
  const std::string l = ascii_lower(w.substr(0, 3));
  return std::any_of(k_days.begin(), k_days.end(), [&](const char* d) { return l == d; });
}

// Offset in minutes east of UTC for an alphabetic zone; nullopt if unknown.
std::optional<int> zone_from_name(std::string_view w) {
  const std::string l = ascii_lower(w);
  struct Z {
    const char* name;
    int minutes;
  };
  static constexpr Z k_zones[] = {
      {"ut", 0},       {"utc", 0},      {"gmt", 0},      {"z", 0},       {"est", -300},
      {"edt", -240},   {"cst", -360},   {"cdt", -300},   {"mst", -420},  {"mdt", -360},
      {"pst", -480},   {"pdt", -420},   {"bst", 60},     {"cet", 60},    {"cest", 120},
      {"met", 60},     {"mest", 120},   {"eet", 120},    {"eest", 180},  {"wet", 0},
      {"west", 60},    {"jst", 540},    {"kst", 540},    {"hkt", 480},   {"sgt", 480},
      {"aest", 600},   {"aedt", 660},   {"nzst", 720},   {"nzdt", 780},  {"akst", -540},
      {"akdt", -480},  {"hst", -600},   {"msk", 180},
  };
  for (const Z& z : k_zones) {
    if (l == z.name) return z.minutes;
  }
  // RFC 5322 §4.3: military zones are too often wrong to trust; read as +0000.
  if (l.size() == 1 && l[0] >= 'a' && l[0] <= 'z' && l[0] != 'j') return 0;
  return std::nullopt;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
long long days_from_civil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long long>(doe) - 719468;
}

int days_in_month(int y, int m) {
  static constexpr int k_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return k_days[m - 1];
}

bool all_digits(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int to_int(std::string_view w) {
  int v = 0;
  for (char c : w.substr(0, 9)) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

std::optional<std::chrono::sys_seconds> parse_date(std::string_view value) {
  std::string s = strip_comments(unfold_header(value));
  if (s.size() > 256) s.resize(256);
  // ISO 8601 "2001-05-04T14:05:44Z" / "2001-05-04 14:05:44 +0000": make it look like the rest.
  if (s.size() >= 10 && all_digits(std::string_view(s).substr(0, 4)) && s[4] == '-' && s[7] == '-') {
    s[4] = ' ';
    s[7] = ' ';
    if (s.size() > 10 && (s[10] == 'T' || s[10] == 't')) s[10] = ' ';
    // Year-first: reorder to "day month year" by reading the tokens below with
    // the month as a number.
    std::string_view v = s;
    const int y = to_int(v.substr(0, 4));
    const int mo = to_int(v.substr(5, 2));
    const int d = all_digits(v.substr(8, 2)) ? to_int(v.substr(8, 2)) : 0;
    static constexpr std::array<const char*, 12> k_names = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (mo >= 1 && mo <= 12) {
      std::string rest = s.size() > 10 ? s.substr(10) : std::string();
      if (!rest.empty() && (rest.back() == 'Z' || rest.back() == 'z')) {
        rest.back() = ' ';
        rest += "+0000";
      }
      s = std::to_string(d) + " " + k_names[mo - 1] + " " + std::to_string(y) + " " + rest;
    }
  }
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ',') s[i] = ' ';
    // "04-May-2001"
    if (s[i] == '-' && i > 0 && i + 1 < s.size() &&
        ((std::isdigit(static_cast<unsigned char>(s[i - 1])) && std::isalpha(static_cast<unsigned char>(s[i + 1]))) ||
         (std::isalpha(static_cast<unsigned char>(s[i - 1])) && std::isdigit(static_cast<unsigned char>(s[i + 1]))))) {
      s[i] = ' ';
    }
  }
  std::vector<std::string_view> tokens;
  {
    std::string_view v = s;
    std::size_t i = 0;
    while (i < v.size()) {
      while (i < v.size() && is_space(v[i])) ++i;
      std::size_t j = i;
      while (j < v.size() && !is_space(v[j])) ++j;
      if (j > i) tokens.push_back(v.substr(i, j - i));
      i = j;
    }
  }
  int day = -1, month = 0, year = -1, hour = -1, minute = 0, second = 0;
  std::optional<int> zone;
  std::vector<std::string_view> numbers;
  for (std::string_view t : tokens) {
    if (hour < 0 && t.find(':') != std::string_view::npos) {
      // hh:mm[:ss], possibly glued to a zone ("14:05:44-0400") or with fractions.
      std::size_t zpos = t.find_first_of("+-", 1);
      std::string_view time = t.substr(0, zpos);
      std::vector<std::string_view> hms;
      std::size_t a = 0;
      while (a <= time.size()) {
        const std::size_t b = time.find(':', a);
        hms.push_back(time.substr(a, (b == std::string_view::npos ? time.size() : b) - a));
        if (b == std::string_view::npos) break;
        a = b + 1;
      }
      if (hms.size() >= 2 && all_digits(hms[0]) && all_digits(hms[1])) {
        hour = to_int(hms[0]);
        minute = to_int(hms[1]);
        if (hms.size() >= 3) {
          std::string_view sec = hms[2].substr(0, hms[2].find('.'));
          second = all_digits(sec) ? to_int(sec) : 0;
        }
        if (zpos != std::string_view::npos) t = t.substr(zpos);
        else continue;
      } else {
        continue;
      }
    }
    if ((t.front() == '+' || t.front() == '-') && t.size() >= 3) {
      std::string digits;
      for (char c : t.substr(1)) {
        if (is_ascii_digit(c)) digits += c;
      }
      if (digits.size() == 4 || digits.size() == 2) {
        const int hh = to_int(std::string_view(digits).substr(0, 2));
        const int mm = digits.size() == 4 ? to_int(std::string_view(digits).substr(2, 2)) : 0;
        if (hh <= 23 && mm <= 59) zone = (t.front() == '-' ? -1 : 1) * (hh * 60 + mm);
      }
      continue;
    }
    if (all_digits(t)) {
      numbers.push_back(t);
      continue;
    }
    if (int m = month_from_name(t); m != 0 && month == 0 && !is_day_name(t)) {
      month = m;
      // "04-May-2001" style
      continue;
    }
    if (is_day_name(t)) continue;
    if (!zone) {
      std::string_view z = t;
      // "GMT+0200", "UTC-5"
      if (auto pm = z.find_first_of("+-"); pm != std::string_view::npos && pm > 0) z = z.substr(0, pm);
      if (auto zm = zone_from_name(z)) zone = zm;
    }
  }
  // Numbers: day and year, in whichever order they came.
  for (std::string_view n : numbers) {
    const int v = to_int(n);
    if (day < 0 && n.size() <= 2 && v >= 1 && v <= 31 && (year >= 0 || numbers.size() >= 2 || month)) {
      day = v;
    } else if (year < 0) {
      year = v;
      if (n.size() <= 2) year += v < 50 ? 2000 : 1900;  // RFC 5322 §4.3
      else if (n.size() == 3) year += 1900;
    }
  }
  if (day < 0 || month == 0 || year < 0 || hour < 0) return std::nullopt;
  if (year < 1900 || year > 9999 || day > days_in_month(year, month) || hour > 23 || minute > 59 ||
      second > 60) {
    return std::nullopt;
  }
  const long long days = days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
  const long long secs = days * 86400 + hour * 3600 + minute * 60 + second - zone.value_or(0) * 60LL;
  return std::chrono::sys_seconds{std::chrono::seconds{secs}};
}

std::string parse_message_id(std::string_view value) {
  const std::string s = unfold_header(value);
  const std::size_t open = s.find('<');
  if (open != std::string::npos) {
    const std::size_t close = s.find('>', open + 1);
    std::string id = s.substr(open + 1, (close == std::string::npos ? s.size() : close) - open - 1);
    std::string out;
    for (char c : id) {
      if (!is_space(c)) out += c;
    }
    return raw_header_to_utf8(out);
  }
  std::string out = std::string(trim_ascii_space(strip_comments(s)));
  if (auto sp = out.find_first_of(" \t"); sp != std::string::npos) out.resize(sp);
  return raw_header_to_utf8(out);
}

}  // namespace distill::transform
