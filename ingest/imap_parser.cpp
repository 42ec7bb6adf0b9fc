#include "ingest/imap_parser.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cstring>
#include <utility>

#include "transform/ascii.hpp"

namespace distill::ingest {

namespace {

using transform::iequals_ascii;

// The status words of a response (RFC 3501 7.1), matched without case.
constexpr std::array<std::string_view, 5> k_statuses = {"OK", "NO", "BAD", "BYE", "PREAUTH"};

// Thrown inside a parse attempt when the buffer ends before the response
// does; `need` is the buffer size worth waiting for (0: any more byte).
struct NeedMore {
  std::size_t need = 0;
};

constexpr int k_max_depth = 64;

// One attempt at parsing a whole response from `pos`. Every read checks the
// end of the buffer and throws NeedMore there, so a response cut anywhere
// (inside a literal, between a literal and its closing paren, in a CRLF) is
// simply retried when more bytes arrive.
class Attempt {
 public:
  Attempt(const std::string& buf, std::size_t pos, std::size_t max_literal)
      : m_buf(buf), m_pos(pos), m_max_literal(max_literal) {}

  std::size_t pos() const { return m_pos; }

  ImapResponse response() {
    ImapResponse r;
    char first = peek();
    if (first == '+') {
      r.kind = ImapResponse::Kind::continuation;
      ++m_pos;
      if (peek() == ' ') ++m_pos;
      r.text = rest_of_line();
      return r;
    }
    if (first == '*') {
      r.kind = ImapResponse::Kind::untagged;
      ++m_pos;
    } else {
      r.kind = ImapResponse::Kind::tagged;
      r.tag = word();
      if (r.tag.empty()) fail("a response that starts with neither '*', '+' nor a tag");
    }
    expect(' ');
    std::string first_word = word();
    if (first_word.empty()) fail("an empty response");
    auto status = std::find_if(k_statuses.begin(), k_statuses.end(),
                               [&](std::string_view s) { return iequals_ascii(first_word, s); });
    if (status != k_statuses.end()) {
      r.status = std::string(*status);
      resp_text(r);
      return r;
    }
    if (r.kind == ImapResponse::Kind::tagged) fail("tagged response with status '" + first_word + "'");
    // The first word may be the start of a bracketed atom; re-read it as a value.
    r.data.push_back(atom_value(std::move(first_word)));
    while (true) {
      char c = peek();
      if (c == ' ') {
        ++m_pos;
        continue;
      }
      if (c == '\r' || c == '\n') {
        end_of_line();
        return r;
      }
      r.data.push_back(value(0));
    }
  }

 private:
  [[noreturn]] void fail(const std::string& what) const { throw ProtocolError("malformed IMAP response: " + what); }

  char peek() const {
    if (m_pos >= m_buf.size()) throw NeedMore{};
    return m_buf[m_pos];
  }

  void expect(char c) {
    if (peek() != c) fail(std::string("expected '") + c + "'");
    ++m_pos;
  }

  void end_of_line() {
    if (peek() == '\r') {
      ++m_pos;
      if (peek() != '\n') fail("CR without LF");
    }
    ++m_pos;
  }

  std::string rest_of_line() {
    auto end = m_buf.find('\n', m_pos);
    if (end == std::string::npos) throw NeedMore{};
    std::size_t stop = end;
    if (stop > m_pos && m_buf[stop - 1] == '\r') --stop;
    std::string text = m_buf.substr(m_pos, stop - m_pos);
    m_pos = end + 1;
    return text;
  }

  // resp-text = ["[" resp-text-code "]" SP] text
  void resp_text(ImapResponse& r) {
    if (peek() == ' ') ++m_pos;
    if (peek() == '[') {
      auto line_end = m_buf.find('\n', m_pos);
      if (line_end == std::string::npos) throw NeedMore{};
      auto close = m_buf.find(']', m_pos);
      if (close == std::string::npos || close > line_end) fail("response code without ']'");
      r.code = m_buf.substr(m_pos + 1, close - m_pos - 1);
      m_pos = close + 1;
      if (peek() == ' ') ++m_pos;
    }
    r.text = rest_of_line();
  }

  static bool is_atom_end(char c) { return c == ' ' || c == '(' || c == ')' || c == '\r' || c == '\n'; }

  // Atom characters up to a delimiter; a '[' takes everything up to its
  // matching ']' (section specs hold spaces and parens).
  std::string word() {
    std::size_t start = m_pos;
    int brackets = 0;
    while (true) {
      char c = peek();
      if (brackets > 0) {
        if (c == '[') ++brackets;
        if (c == ']') --brackets;
        if (c == '\r' || c == '\n') fail("'[' without ']'");
      } else if (c == '[') {
        ++brackets;
      } else if (is_atom_end(c) || c == '"' || c == '{') {
        break;
      }
      ++m_pos;
    }
    return m_buf.substr(start, m_pos - start);
  }

  static ImapValue atom_value(std::string text) {
    ImapValue v;
    if (iequals_ascii(text, "NIL")) {
      v.kind = ImapValue::Kind::nil;
    } else {
      v.kind = ImapValue::Kind::atom;
      v.text = std::move(text);
    }
    return v;
  }

  ImapValue value(int depth) {
    if (depth > k_max_depth) fail("lists nested too deep");
    char c = peek();
    if (c == '(') {
      ++m_pos;
      ImapValue v;
      v.kind = ImapValue::Kind::list;
      while (true) {
        char d = peek();
        if (d == ')') {
          ++m_pos;
          return v;
        }
        if (d == ' ') {
          ++m_pos;
          continue;
        }
        if (d == '\r' || d == '\n') fail("line ends inside a list");
        v.list.push_back(value(depth + 1));
      }
    }
    if (c == '"') return quoted();
    if (c == '{') return literal();
    if (c == '~' && m_pos + 1 < m_buf.size() && m_buf[m_pos + 1] == '{') {
      ++m_pos;
      return literal();
    }
    std::string text = word();
    if (text.empty()) fail(std::string("unexpected '") + c + "'");
    return atom_value(std::move(text));
  }

  ImapValue quoted() {
    ++m_pos;
    ImapValue v;
    v.kind = ImapValue::Kind::string;
    while (true) {
      char c = peek();
      ++m_pos;
      if (c == '"') return v;
      if (c == '\\') {
        c = peek();
        ++m_pos;
      } else if (c == '\r' || c == '\n') {
        fail("line ends inside a quoted string");
      }
      v.text.push_back(c);
    }
  }

  // literal = "{" number ["+"] "}" CRLF *CHAR8
  ImapValue literal() {
    ++m_pos;
    std::size_t start = m_pos;
    while (std::isdigit(static_cast<unsigned char>(peek()))) ++m_pos;
    std::uint64_t size = 0;
    auto [ptr, ec] = std::from_chars(m_buf.data() + start, m_buf.data() + m_pos, size);
    if (ec != std::errc() || m_pos == start) fail("bad literal size");
    if (peek() == '+') ++m_pos;
    expect('}');
    end_of_line();
    if (size > m_max_literal) fail("literal of " + std::to_string(size) + " bytes is too large");
    auto n = static_cast<std::size_t>(size);
    if (m_buf.size() - m_pos < n) throw NeedMore{m_pos + n};
    ImapValue v;
    v.kind = ImapValue::Kind::string;
    v.text.assign(m_buf, m_pos, n);
    m_pos += n;
    return v;
  }

  const std::string& m_buf;
  std::size_t m_pos;
  std::size_t m_max_literal;
};

}  // namespace

bool ImapValue::is_atom(std::string_view name) const { return kind == Kind::atom && iequals_ascii(text, name); }

std::optional<std::uint64_t> ImapValue::number() const {
  if (kind != Kind::atom || text.empty()) return std::nullopt;
  std::uint64_t n = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc() || ptr != text.data() + text.size()) return std::nullopt;
  return n;
}

ResponseParser::ResponseParser(std::size_t max_literal) : m_max_literal(max_literal) {}

void ResponseParser::feed(std::string_view bytes) {
  // Drop what was consumed before growing, so the buffer holds at most one
  // response plus one read.
  if (m_start > 0 && (m_start == m_buf.size() || m_start > m_buf.size() / 2)) {
    m_buf.erase(0, m_start);
    if (m_need >= m_start) {
      m_need -= m_start;
    } else {
      m_need = 0;
    }
    m_start = 0;
  }
  m_buf.append(bytes);
}

std::optional<ImapResponse> ResponseParser::next() {
  if (m_start >= m_buf.size() || m_buf.size() < m_need) return std::nullopt;
  Attempt attempt(m_buf, m_start, m_max_literal);
  try {
    ImapResponse r = attempt.response();
    m_start = attempt.pos();
    m_need = 0;
    return r;
  } catch (const NeedMore& more) {
    m_need = more.need > 0 ? more.need : m_buf.size() + 1;
    // Reserve once for a big literal instead of growing by doubling.
    if (more.need > m_buf.capacity()) m_buf.reserve(more.need + 64 * 1024);
    return std::nullopt;
  }
}

const ImapValue* fetch_item(const ImapValue& fetch_list, std::string_view name) {
  const auto& items = fetch_list.list;
  for (std::size_t i = 0; i + 1 < items.size(); i += 2) {
    if (items[i].is_atom(name)) return &items[i + 1];
  }
  return nullptr;
}

ImapValue* fetch_item(ImapValue& fetch_list, std::string_view name) {
  return const_cast<ImapValue*>(fetch_item(static_cast<const ImapValue&>(fetch_list), name));
}

}  // namespace distill::ingest
