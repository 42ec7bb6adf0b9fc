#include "transform/mime.hpp"

#include <algorithm>
#include <cstring>
#include <deque>
#include <memory>
#include <optional>

#include "transform/charset.hpp"
#include "transform/headers.hpp"
#include "transform/text_document.hpp"

namespace distill::transform {
namespace {

constexpr int k_max_depth = 40;
constexpr std::size_t k_max_parts = 10000;

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

struct Base64Table {
  signed char v[256];
  constexpr Base64Table() : v{} {
    for (int i = 0; i < 256; ++i) v[i] = -1;
    const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < 64; ++i) v[static_cast<unsigned char>(alphabet[i])] = static_cast<signed char>(i);
  }
};
constexpr Base64Table k_base64;

bool is_blank_or_eol(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_blank_or_eol(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_blank_or_eol(s.back())) s.remove_suffix(1);
  return s;
}

// One node of the MIME tree while decoding; views point into the input or
// into the parser's arena.
struct Entity {
  std::vector<HeaderField> headers;
  MediaType type;
  bool type_declared = false;
  std::string_view body;
  std::vector<Entity> children;
  std::string path;
  std::string disposition;
  int part_index = -1;  // index into DecodedMessage::parts for leaves
};

class Parser {
 public:
  explicit Parser(DecodedMessage& out) : m_out(out) {}

  Entity parse(std::string_view bytes, const std::string& path, int depth, bool default_rfc822) {
    Entity e;
    e.path = path;
    std::size_t body_start = 0;
    bool separator_missing = false;
    e.headers = parse_header_block(bytes, &body_start, &separator_missing);
    if (separator_missing && !e.headers.empty()) {
      warn(where(path) + "header block not ended by an empty line: the rest is read as body");
    }
    e.body = bytes.substr(body_start);

    if (const std::string* ct = find_header(e.headers, "Content-Type")) {
      e.type = parse_media_type(*ct);
      e.type_declared = !e.type.type.empty() && !e.type.subtype.empty();
      if (!e.type_declared) {
        warn(where(path) + "Content-Type \"" + unfold_header(*ct).substr(0, 80) +
             "\" not understood: read as text/plain");
      }
    }
    if (!e.type_declared) {
      MediaType fallback;
      fallback.type = default_rfc822 ? "message" : "text";
      fallback.subtype = default_rfc822 ? "rfc822" : "plain";
      fallback.params = std::move(e.type.params);
      e.type = std::move(fallback);
    }
    if (const std::string* cd = find_header(e.headers, "Content-Disposition")) {
      e.disposition = parse_media_type(*cd).type;
    }

    if (e.type.type == "multipart") {
      if (depth >= k_max_depth) {
        warn(where(path) + "MIME nesting deeper than " + std::to_string(k_max_depth) +
             " levels: inner parts skipped");
        return e;
      }
      parse_multipart(e, depth);
      if (!e.children.empty() || e.type.type != "multipart") return e;
      return e;
    }
    if (e.type.type == "message" && (e.type.subtype == "rfc822" || e.type.subtype == "global" ||
                                     e.type.subtype == "news")) {
      if (depth >= k_max_depth) {
        warn(where(path) + "MIME nesting deeper than " + std::to_string(k_max_depth) +
             " levels: inner message skipped");
        return e;
      }
      std::string_view inner = e.body;
      const std::string cte = transfer_encoding(e);
      if (cte == "base64" || cte == "quoted-printable") {
        // Not allowed by RFC 2046, but sent; decode before reading the message.
        TransferStats stats;
        m_arena.push_back(cte == "base64" ? decode_base64(inner, &stats) : decode_quoted_printable(inner, &stats));
        inner = m_arena.back();
      }
      e.children.push_back(parse(inner, path, depth + 1, false));
      return e;
    }
    add_leaf(e);
    return e;
  }

  void warn(std::string w) {
    if (m_out.message.warnings.size() < 100) m_out.message.warnings.push_back(std::move(w));
  }

 private:
  static std::string where(const std::string& path) { return path.empty() ? "" : "part " + path + ": "; }

  static std::string transfer_encoding(const Entity& e) {
    const std::string* cte = find_header(e.headers, "Content-Transfer-Encoding");
    if (!cte) return {};
    std::string v = lower(trim(unfold_header(*cte)));
    if (auto sp = v.find_first_of(" \t;("); sp != std::string::npos) v.resize(sp);
    return v;
  }

  void parse_multipart(Entity& e, int depth) {
    const std::string boundary = e.type.param("boundary");
    const std::string label = e.type.mime_type();
    if (boundary.empty()) {
      warn(where(e.path) + label + " without boundary parameter: read as text/plain");
      demote_to_text(e);
      return;
    }
    const std::string delimiter = "--" + boundary;
    std::string_view body = e.body;

    struct Cut {
      std::size_t line_start;  // where the delimiter line starts
      std::size_t next;        // first byte after the delimiter line
      bool closing;
    };
    std::vector<Cut> cuts;
    std::size_t pos = 0;
    bool closed = false;
    while (pos < body.size()) {
      const std::size_t hit = body.find(delimiter, pos);
      if (hit == std::string_view::npos) break;
      pos = hit + delimiter.size();
      if (hit != 0 && body[hit - 1] != '\n' && body[hit - 1] != '\r') continue;
      std::size_t k = hit + delimiter.size();
      bool closing = false;
      if (body.substr(k, 2) == "--") {
        closing = true;
        k += 2;
      }
      std::size_t eol = k;
      while (eol < body.size() && (body[eol] == ' ' || body[eol] == '\t')) ++eol;
      if (eol < body.size() && body[eol] != '\r' && body[eol] != '\n') {
        // "--boundaryX": another boundary that starts like ours, or text.
        if (!closing) continue;
        // "--boundary--junk" still closes, as mail clients read it.
      }
      std::size_t next = body.find('\n', eol);
      next = next == std::string_view::npos ? body.size() : next + 1;
      cuts.push_back({hit, next, closing});
      if (closing) {
        closed = true;
        break;
      }
      if (cuts.size() > k_max_parts) break;
    }

    if (cuts.empty()) {
      warn(where(e.path) + label + ": boundary \"" + boundary.substr(0, 70) +
           "\" not found: read as text/plain");
      demote_to_text(e);
      return;
    }
    if (!closed) warn(where(e.path) + label + ": closing boundary missing");
    if (cuts.size() > k_max_parts) {
      warn(where(e.path) + label + ": more than " + std::to_string(k_max_parts) +
           " parts: the rest skipped");
      cuts.resize(k_max_parts);
    }

    const bool digest = e.type.subtype == "digest";
    for (std::size_t i = 0; i < cuts.size(); ++i) {
      if (cuts[i].closing) break;
      const std::size_t start = cuts[i].next;
      std::size_t end = i + 1 < cuts.size() ? cuts[i + 1].line_start : body.size();
      // The line break before a delimiter belongs to the delimiter.
      if (i + 1 < cuts.size() && end > start) {
        if (body[end - 1] == '\n') --end;
        if (end > start && body[end - 1] == '\r') --end;
      }
      const std::string child_path = e.path.empty() ? std::to_string(e.children.size() + 1)
                                                    : e.path + "." + std::to_string(e.children.size() + 1);
      if (m_entities++ > k_max_parts) {
        warn(where(e.path) + "too many parts: the rest skipped");
        break;
      }
      e.children.push_back(parse(body.substr(start, end - start), child_path, depth + 1, digest));
    }
  }

  // A multipart we cannot split: keep its body as text rather than lose it.
  void demote_to_text(Entity& e) {
    e.type = MediaType{"text", "plain", {}};
    e.type_declared = false;
    add_leaf(e);
  }

  void add_leaf(Entity& e) {
    MimePart part;
    part.path = e.path;
    part.content_type = e.type.mime_type();
    part.charset = lower(e.type.param("charset"));
    part.disposition = e.disposition;
    part.transfer_encoding = transfer_encoding(e);
    if (const std::string* cd = find_header(e.headers, "Content-Disposition")) {
      part.filename = parse_media_type(*cd).param("filename");
    }
    if (part.filename.empty()) part.filename = e.type.param("name");

    const bool is_text = e.type.type == "text";
    const std::string& cte = part.transfer_encoding;
    std::string decoded;
    std::string_view bytes = e.body;
    TransferStats stats;
    if (cte == "base64") {
      decoded = decode_base64(bytes, &stats);
      bytes = decoded;
      if (stats.truncated) warn(where(e.path) + "base64 truncated: the last incomplete group dropped");
      if (stats.malformed > 0) {
        warn(where(e.path) + "base64: " + std::to_string(stats.malformed) + " invalid character(s) skipped");
      }
    } else if (cte == "quoted-printable") {
      decoded = decode_quoted_printable(bytes, &stats);
      bytes = decoded;
      if (stats.malformed > 0) {
        warn(where(e.path) + "quoted-printable: " + std::to_string(stats.malformed) +
             " malformed escape(s) kept as written");
      }
    } else if (!cte.empty() && cte != "7bit" && cte != "8bit" && cte != "binary") {
      warn(where(e.path) + "Content-Transfer-Encoding \"" + cte.substr(0, 40) + "\" unknown: body kept as is");
    }
    part.decoded_size = bytes.size();

    if (is_text) {
      std::string charset = part.charset;
      if (charset.empty() && e.type.subtype == "html") charset = sniff_html_charset(bytes);
      std::string utf8;
      if (charset.empty() && has_8bit(bytes) && is_valid_utf8(bytes)) {
        utf8 = std::string(bytes);  // undeclared but plainly UTF-8
      } else {
        std::vector<std::string> charset_warnings;
        utf8 = to_utf8(bytes, charset, &charset_warnings);
        for (std::string& w : charset_warnings) warn(where(e.path) + w);
      }
      part.text = normalize_text(utf8, e.path);
    }
    e.part_index = static_cast<int>(m_out.parts.size());
    m_out.parts.push_back(std::move(part));
  }

  // <meta charset="x"> or <meta http-equiv="Content-Type" content="...; charset=x">
  // within the first 4 KB.
  static std::string sniff_html_charset(std::string_view html) {
    const std::string head = lower(html.substr(0, 4096));
    std::size_t pos = 0;
    while ((pos = head.find("<meta", pos)) != std::string::npos) {
      const std::size_t end = head.find('>', pos);
      const std::string_view tag = std::string_view(head).substr(pos, end == std::string::npos ? std::string::npos : end - pos);
      pos += 5;
      const std::size_t cs = tag.find("charset");
      if (cs == std::string_view::npos) continue;
      std::size_t k = cs + 7;
      while (k < tag.size() && (tag[k] == ' ' || tag[k] == '=' || tag[k] == '"' || tag[k] == '\'')) ++k;
      std::size_t j = k;
      while (j < tag.size() && (std::isalnum(static_cast<unsigned char>(tag[j])) || tag[j] == '-' || tag[j] == '_' ||
                                tag[j] == '.' || tag[j] == ':')) {
        ++j;
      }
      if (j > k) return std::string(tag.substr(k, j - k));
    }
    return {};
  }

  std::string normalize_text(std::string_view s, const std::string& path) {
    std::string out;
    out.reserve(s.size());
    std::size_t nuls = 0;
    // Copy the runs between CRs and NULs in one go: appending byte by byte
    // was the most expensive step of leaf decoding.
    std::size_t i = 0;
    while (i < s.size()) {
      std::size_t run_end = i;
      while (run_end < s.size() && s[run_end] != '\r' && s[run_end] != '\0') ++run_end;
      out.append(s.data() + i, run_end - i);
      if (run_end == s.size()) break;
      if (s[run_end] == '\r') {
        out += '\n';
        i = run_end + 1;
        if (i < s.size() && s[i] == '\n') ++i;
      } else {
        ++nuls;
        i = run_end + 1;
      }
    }
    if (nuls > 0) warn(where(path) + std::to_string(nuls) + " NUL byte(s) dropped");
    return out;
  }

  DecodedMessage& m_out;
  std::deque<std::string> m_arena;
  std::size_t m_entities = 0;
};

bool is_attachment(const Entity& e) {
  return e.disposition == "attachment";
}

// The leaves a mail client shows as the body, in reading order: the best
// alternative of a multipart/alternative (the last one that has the wanted
// kind), the root of a multipart/related, the signed part of
// multipart/signed, every inline part of mixed/digest/report, and forwarded
// messages inline.
void collect_body(const Entity& e, bool want_html, std::vector<const Entity*>& out) {
  if (is_attachment(e)) return;
  if (e.type.type == "multipart") {
    const std::string& sub = e.type.subtype;
    if (sub == "alternative") {
      for (auto it = e.children.rbegin(); it != e.children.rend(); ++it) {
        std::vector<const Entity*> found;
        collect_body(*it, want_html, found);
        if (!found.empty()) {
          out.insert(out.end(), found.begin(), found.end());
          return;
        }
      }
      return;
    }
    if (sub == "related" && !e.children.empty()) {
      const std::string start = e.type.param("start");
      const Entity* root = &e.children.front();
      if (!start.empty()) {
        for (const Entity& c : e.children) {
          const std::string* id = find_header(c.headers, "Content-ID");
          if (id && parse_message_id(*id) == parse_message_id(start)) root = &c;
        }
      }
      collect_body(*root, want_html, out);
      return;
    }
    if (sub == "signed" && !e.children.empty()) {
      collect_body(e.children.front(), want_html, out);
      return;
    }
    if (sub == "encrypted") return;
    for (const Entity& c : e.children) collect_body(c, want_html, out);
    return;
  }
  if (e.type.type == "message") {
    for (const Entity& c : e.children) collect_body(c, want_html, out);
    return;
  }
  if (e.part_index < 0 || e.type.type != "text") return;
  if (want_html ? e.type.subtype == "html" : e.type.subtype == "plain") out.push_back(&e);
}

std::string join_bodies(const std::vector<const Entity*>& leaves, const DecodedMessage& d) {
  std::string out;
  for (const Entity* e : leaves) {
    std::string t = d.parts[static_cast<std::size_t>(e->part_index)].text;
    if (e->type.subtype == "plain" && lower(e->type.param("format")) == "flowed") {
      t = decode_format_flowed(t, lower(e->type.param("delsp")) == "yes");
    }
    if (t.empty()) continue;
    if (!out.empty()) out += out.back() == '\n' ? "\n" : "\n\n";
    out += t;
  }
  return out;
}

void read_headers(const std::vector<HeaderField>& h, Message& m) {
  if (const std::string* v = find_header(h, "From")) {
    std::vector<Address> from = parse_address_list(*v);
    if (!from.empty()) m.from = std::move(from.front());
  }
  if (const std::string* v = find_header(h, "To")) m.to = parse_address_list(*v);
  if (const std::string* v = find_header(h, "Subject")) m.subject = decode_rfc2047(*v);
  if (const std::string* v = find_header(h, "Date")) {
    m.date = parse_date(*v);
    if (!m.date) m.warnings.push_back("Date \"" + decode_rfc2047(*v).substr(0, 80) + "\" not understood");
  }
  if (const std::string* v = find_header(h, "Message-ID")) m.message_id = parse_message_id(*v);
  if (const std::string* v = find_header(h, "List-Id")) m.list_id = parse_message_id(*v);
  if (const std::string* v = find_header(h, "List-Unsubscribe")) m.list_unsubscribe = decode_rfc2047(*v);
  if (const std::string* v = find_header(h, "List-Unsubscribe-Post")) {
    m.list_unsubscribe_post = decode_rfc2047(*v);
  }
  if (const std::string* v = find_header(h, "Precedence")) m.precedence = lower(decode_rfc2047(*v));
  if (const std::string* v = find_header(h, "X-Distill-Digest")) m.digest_marker = decode_rfc2047(*v);
}

}  // namespace

std::string decode_quoted_printable(std::string_view in, TransferStats* stats) {
  std::string out;
  out.resize(in.size());
  char* o = out.data();
  const char* p = in.data();
  const char* const end = p + in.size();
  int malformed = 0;
  while (p < end) {
    // Copy the plain run up to the next '=' or line end in one go.
    const char* q = p;
    while (q < end && *q != '=' && *q != '\n' && *q != '\r') ++q;
    std::memcpy(o, p, static_cast<std::size_t>(q - p));
    o += q - p;
    p = q;
    if (p >= end) break;
    if (*p == '=') {
      if (p + 2 < end + 0 && hex_value(p[1]) >= 0 && hex_value(p[2]) >= 0) {
        *o++ = static_cast<char>(hex_value(p[1]) * 16 + hex_value(p[2]));
        p += 3;
        continue;
      }
      // Soft line break: "=" then optional blanks then the line end (or the end).
      const char* k = p + 1;
      while (k < end && (*k == ' ' || *k == '\t')) ++k;
      if (k >= end) {
        p = end;
        continue;
      }
      if (*k == '\n' || *k == '\r') {
        if (*k == '\r' && k + 1 < end && k[1] == '\n') ++k;
        p = k + 1;
        continue;
      }
      ++malformed;
      *o++ = '=';
      ++p;
      continue;
    }
    // A hard line break: trailing blanks before it are transport padding.
    while (o > out.data() && (o[-1] == ' ' || o[-1] == '\t')) --o;
    if (*p == '\r' && p + 1 < end && p[1] == '\n') {
      *o++ = '\r';
      *o++ = '\n';
      p += 2;
    } else {
      *o++ = *p++;
    }
  }
  out.resize(static_cast<std::size_t>(o - out.data()));
  if (stats) stats->malformed += malformed;
  return out;
}

std::string decode_base64(std::string_view in, TransferStats* stats) {
  std::string out;
  out.resize(in.size() / 4 * 3 + 3);
  char* o = out.data();
  unsigned acc = 0;
  int n = 0;  // characters in the current group
  int malformed = 0;
  bool padded = false;
  for (char ch : in) {
    const signed char v = k_base64.v[static_cast<unsigned char>(ch)];
    if (v >= 0) {
      acc = (acc << 6) | static_cast<unsigned>(v);
      if (++n == 4) {
        *o++ = static_cast<char>(acc >> 16);
        *o++ = static_cast<char>(acc >> 8);
        *o++ = static_cast<char>(acc);
        acc = 0;
        n = 0;
      }
      continue;
    }
    if (ch == '=') {
      // End of a group. Encoders that concatenate base64 chunks start over.
      if (n == 2) *o++ = static_cast<char>(acc >> 4);
      if (n == 3) {
        *o++ = static_cast<char>(acc >> 10);
        *o++ = static_cast<char>(acc >> 2);
      }
      if (n == 1) ++malformed;
      padded = padded || n >= 2;
      acc = 0;
      n = 0;
      continue;
    }
    if (ch == '\n' || ch == '\r' || ch == ' ' || ch == '\t') continue;
    ++malformed;
  }
  bool truncated = false;
  if (n == 2) {
    *o++ = static_cast<char>(acc >> 4);
    truncated = true;
  } else if (n == 3) {
    *o++ = static_cast<char>(acc >> 10);
    *o++ = static_cast<char>(acc >> 2);
    truncated = true;
  } else if (n == 1) {
    truncated = true;
  }
  (void)padded;
  out.resize(static_cast<std::size_t>(o - out.data()));
  if (stats) {
    stats->malformed += malformed;
    stats->truncated = stats->truncated || truncated;
  }
  return out;
}

DecodedMessage decode_mime(std::string_view bytes) {
  DecodedMessage d;
  Parser parser(d);
  // A UTF-8 byte order mark in front of the header (editors add one to saved
  // .eml files) would make the first field unreadable.
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  const Entity root = parser.parse(bytes, "", 0, false);
  read_headers(root.headers, d.message);
  if (!find_header(root.headers, "From")) d.message.warnings.push_back("no From header");

  std::vector<const Entity*> html;
  std::vector<const Entity*> text;
  collect_body(root, true, html);
  collect_body(root, false, text);
  d.message.html_body = join_bodies(html, d);
  d.message.text_body = join_bodies(text, d);
  if (d.message.html_body.empty() && d.message.text_body.empty()) {
    d.message.warnings.push_back("no text or HTML body");
  }
  return d;
}

Message decode_message(std::string_view bytes) {
  try {
    return decode_mime(bytes).message;
  } catch (const std::bad_alloc&) {
    throw;
  } catch (const std::exception& e) {
    // Nothing above throws by design; this is the promise's last guard.
    Message m;
    m.warnings.push_back(std::string("decode failed: ") + e.what());
    return m;
  }
}

}  // namespace distill::transform
