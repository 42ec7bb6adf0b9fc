#include "transform/mime.hpp"

#include <algorithm>
#include <cstring>
#include <deque>
#include <iterator>
#include <memory>
#include <unordered_map>
#include <unordered_set>

#include <mimetic/mimetic.h>

#include "transform/ascii.hpp"
#include "transform/charset.hpp"
#include "transform/headers.hpp"
#include "transform/text_document.hpp"

namespace distill::transform {
namespace {

// Limits of the walk (ours) and of what mimetic is allowed to build.
constexpr int k_max_depth = 40;                       // nesting levels walked
constexpr std::size_t k_max_parts = 10000;            // parts mimetic may create
constexpr std::size_t k_max_rfc822 = 200;             // message/rfc822 declarations mimetic may descend into
constexpr std::size_t k_max_header_line = 64 * 1024;  // longer field lines are held aside

// Marks a Content-Type field the guard took away from mimetic.
constexpr std::string_view k_flattened_field = "X-Distill-Flattened-Content-Type";
constexpr char k_held_mark = '\x1b';

bool is_blank(char c) { return c == ' ' || c == '\t'; }
bool is_nl(char c) { return c == '\r' || c == '\n'; }

struct Base64Table {
  signed char v[256];
  constexpr Base64Table() : v{} {
    for (int i = 0; i < 256; ++i) v[i] = -1;
    const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < 64; ++i) v[static_cast<unsigned char>(alphabet[i])] = static_cast<signed char>(i);
  }
};
constexpr Base64Table k_base64;

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (ascii_lower(s[i]) != prefix[i]) return false;
  }
  return true;
}

// How mimetic reads a header line: a name of printable characters without
// ':', optional blanks, ':'. Returns the offset just past the colon, or 0.
std::size_t field_colon(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && line[i] > 32 && line[i] < 127 && line[i] != ':') ++i;
  if (i == 0) return 0;
  while (i < line.size() && is_blank(line[i])) ++i;
  return i < line.size() && line[i] == ':' ? i + 1 : 0;
}

// An input iterator over bytes. Handed an input iterator, mimetic uses its
// line-based parser, which looks for a boundary only at the start of a
// line (with a random-access iterator it searches the boundary anywhere,
// so a body line "see --xyz here" would split the part), and whose
// boundary step can be refined (BoundaryParser below).
class LineInput {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;
  LineInput() = default;
  explicit LineInput(const char* p) : m_p(p) {}
  reference operator*() const { return *m_p; }
  LineInput& operator++() {
    ++m_p;
    return *this;
  }
  LineInput operator++(int) {
    LineInput old = *this;
    ++m_p;
    return old;
  }
  bool operator==(const LineInput& o) const { return m_p == o.m_p; }
  bool operator!=(const LineInput& o) const { return m_p != o.m_p; }
  const char* get() const { return m_p; }

 private:
  const char* m_p = nullptr;
};

// Finds the next of two bytes in [p, end) for a p that only moves forward:
// memchr for each, the found place of each kept until p passes it, so a
// byte that is rare (or absent) is not searched for again at every step.
class NextOfTwo {
 public:
  NextOfTwo(const char* end, char a, char b) : m_end(end), m_a(a), m_b(b) {}

  const char* next(const char* p) {
    if (!m_at_a || m_at_a < p) m_at_a = find(p, m_a);
    if (!m_at_b || m_at_b < p) m_at_b = find(p, m_b);
    return std::min(m_at_a, m_at_b);
  }

 private:
  const char* find(const char* p, char c) const {
    const void* at = std::memchr(p, c, static_cast<std::size_t>(m_end - p));
    return at ? static_cast<const char*>(at) : m_end;
  }

  const char* m_end;
  char m_a, m_b;
  const char* m_at_a = nullptr;
  const char* m_at_b = nullptr;
};

// What the boundary step learned about one multipart while mimetic read it,
// for the walk to report.
struct MultipartNote {
  enum class Unsplit { no, no_boundary, reused };
  Unsplit unsplit = Unsplit::no;  // not split: no boundary parameter, or an enclosing one's
  bool closed = false;            // its closing delimiter was read
  bool repaired = false;          // closed where an enclosing multipart's delimiter appears
  bool too_deep = false;          // its parts were not read (nesting limit)
};

struct ParseNotes {
  std::unordered_map<const mimetic::MimeEntity*, MultipartNote> multiparts;
  bool too_many_parts = false;
  // Entities whose header ended at a line that is not a field, without the empty line.
  std::unordered_set<const mimetic::MimeEntity*> unseparated;
};

// mimetic's own parser for an input iterator, with its boundary step made
// strict and the malformations it mishandles repaired. mimetic builds the
// tree: it reads every header, pushes a part at each delimiter, descends
// into multiparts and message/rfc822, and fills bodies, preambles and
// epilogues. copy_until_boundary (virtual in mimetic: the step that copies
// lines until the next delimiter) is refined here; mimetic's version runs
// first and every line it stops at is judged again:
// - a delimiter is "--boundary" then only blanks, or "--boundary--" then
//   anything (RFC 2046 5.1.1, as mail clients read it); mimetic takes any
//   line that starts with "--boundary", so "--boundary-2" or
//   "--boundary text" is given back to the body;
// - a delimiter of an enclosing multipart (the inner closing delimiter is
//   missing): mimetic ends the inner multipart there but then also ends
//   every enclosing one ("HigherLevelBoundary" is never reset), and the rest
//   of the message is lost. Here the inner multipart is closed as if its
//   closing delimiter stood just before that line, which is left unread for
//   its own multipart;
// - a multipart without a boundary parameter (mimetic would split at every
//   line starting with "--") or with the boundary of an enclosing multipart
//   (RFC 2046 forbids it) is not split: its body stays its preamble, up to
//   the enclosing multipart's next delimiter;
//   The boundary parameter is read with RFC 2231 (boundary*=), which
//   mimetic does not do;
// - a delimiter line that mimetic's header reader already took for the
//   first body line (a part without header or empty line) is read again;
// - past 40 levels of multiparts, or after 10,000 parts, mimetic is told
//   (its ignore mask) to skip child parts, so recursion and memory stay
//   bounded;
// - the line break before a delimiter belongs to the delimiter: mimetic
//   drops it except when its 4 KB line buffer was flushed just before the
//   delimiter line; it is dropped here in every case.
class BoundaryParser : public mimetic::IteratorParser<LineInput, std::input_iterator_tag> {
  using Base = mimetic::IteratorParser<LineInput, std::input_iterator_tag>;

 public:
  BoundaryParser(mimetic::MimeEntity& root, ParseNotes& notes, std::size_t& parts, bool newline_added)
      : Base(root), m_notes(notes), m_parts(parts), m_newline_added(newline_added) {}

  void parse(std::string_view input) {
    m_begin = input.data();
    run(LineInput(input.data()), LineInput(input.data() + input.size()));
  }

 protected:
  void copy_until_boundary(mimetic::ParsingElem pe) override {
    // mimetic pushes a multipart's boundary before reading its preamble and
    // erases it when the multipart ends: keep m_open in step.
    while (m_open.size() > m_boundaryList.size()) m_open.pop_back();
    if (pe == pePreamble && m_open.size() < m_boundaryList.size()) open_multipart();
    m_iMask = m_notes.too_many_parts || (!m_open.empty() && m_open.back()->too_deep) ? mimetic::imChildParts
                                                                                      : mimetic::imNone;
    const bool unsplit = !m_open.empty() && m_open.back()->unsplit != MultipartNote::Unsplit::no;
    std::string* dest = destination(pe);
    if (dest && pe == peBody && !dest->empty() && !reclaim_first_line(*dest, unsplit) &&
        !m_entityStack.top()->header().empty()) {
      m_notes.unseparated.insert(m_entityStack.top());
    }
    const char* const call_start = m_bit.get();
    const std::size_t call_before = dest ? dest->size() : 0;
    for (;;) {
      const char* const start = m_bit.get();
      const std::size_t before = dest ? dest->size() : 0;
      m_lastBoundary = NoBoundary;  // mimetic leaves it as it was when it reaches the end
      copy_lines_until_boundary(dest);
      // mimetic appended a prefix of [start, ...) to dest: [start, kept).
      const char* const kept = start + (dest ? dest->size() - before : 0);
      if (m_lastBoundary == NoBoundary) {
        // End of input. A line break the guard added after a last line
        // starting with "--" is not part of the text.
        if (m_newline_added && dest && dest->size() > call_before && m_bit == m_eit && dest->back() == '\n') {
          dest->pop_back();
        }
        return;
      }
      // mimetic stopped after a line it takes for a delimiter, and its line break.
      const char* const after = m_bit.get();
      const char* le = after - 1;
      if (le - 1 >= start && is_nl(le[-1])) --le;
      const char* ls = le;
      while (ls > start && !is_nl(ls[-1])) --ls;
      const Match match = judge(std::string_view(ls, static_cast<std::size_t>(le - ls)), unsplit ? 1 : 0);
      if (match.level < 0) {
        // Not a delimiter: the line is text of the part being read.
        if (dest && after > kept) onBlock(kept, static_cast<int>(after - kept), pe);
        continue;
      }
      if (dest) {
        // dest holds [call_start, kept); it must end before the delimiter
        // line and the line break in front of it.
        const char* end = ls;
        if (end - call_start >= 2 && is_nl(end[-1]) && is_nl(end[-2]) && end[-1] != end[-2]) {
          end -= 2;
        } else if (end - call_start >= 1 && is_nl(end[-1])) {
          end -= 1;
        }
        if (kept > end) dest->resize(dest->size() - std::min(dest->size(), static_cast<std::size_t>(kept - end)));
      }
      if (match.level == 0) {
        m_lastBoundary = match.closing ? ClosingBoundary : Boundary;
        if (match.closing) {
          m_open.back()->closed = true;
        } else if (++m_parts > k_max_parts) {
          m_notes.too_many_parts = true;
          m_iMask = mimetic::imChildParts;
        }
        return;
      }
      // A delimiter of an enclosing multipart: the current one ends here,
      // as if closed, and the line is read again by its owner.
      if (!unsplit) m_open.back()->repaired = true;
      m_bit = LineInput(ls);
      m_lastBoundary = ClosingBoundary;
      return;
    }
  }

 private:
  // mimetic's own copy_until_boundary, the same bytes to `dest` (null: read
  // past them), the same stop and the same m_lastBoundary, a line at a time
  // rather than a byte at a time. mimetic copies through a buffer of 4,096
  // bytes; a line that fills it alone is cut where the buffer was flushed,
  // and only the cut's last piece is read as a possible delimiter. That is
  // kept, so the same input stops at the same line.
  void copy_lines_until_boundary(std::string* dest) {
    constexpr std::ptrdiff_t k_flush_at = 4096 - 2 - 1;  // mimetic's blksz - 2 - nlsz
    const char* const begin = m_bit.get();
    const char* const end = m_eit.get();
    const char* buffer = begin;       // where mimetic's buffer starts
    const char* buffer_line = begin;  // where the line starts in its buffer
    const char* line = begin;         // where the line starts
    const char* cur = begin;
    NextOfTwo line_break(end, '\n', '\r');
    while (cur != end) {
      const char* const nl = line_break.next(cur);
      // mimetic checks for a full buffer before reading each byte, up to
      // the line break's first byte.
      const char* const last_check = nl != end ? nl : end - 1;
      while (buffer + k_flush_at <= last_check) {
        const char* const at = std::max(buffer + k_flush_at, cur);
        if (buffer_line == buffer) {
          buffer = buffer_line = at;  // a line as long as the buffer: flushed in part
        } else {
          buffer = buffer_line;  // the lines before this one flushed
        }
      }
      if (nl == end) break;
      const char* after = nl + 1;
      if (after != end && *after == (*nl == '\r' ? '\n' : '\r')) ++after;
      if (nl > line && nl - buffer_line >= 2 && buffer_line[0] == '-' && buffer_line[1] == '-' &&
          isBoundary(std::string(buffer_line, static_cast<std::size_t>(nl - buffer_line))) != NoBoundary) {
        // The line break before the delimiter line is not the part's, if
        // it is still in the buffer.
        const char* kept = buffer_line;
        if (kept - buffer >= 2) {
          const char a = kept[-1];
          const char b = kept[-2];
          if (isnl(a, b)) {
            kept -= 2;
          } else if (isnl(a)) {
            kept -= 1;
          }
        } else if (kept - buffer == 1 && isnl(buffer[0])) {
          kept -= 1;
        }
        if (dest) dest->append(begin, static_cast<std::size_t>(kept - begin));
        m_bit = LineInput(after);
        return;
      }
      cur = line = buffer_line = after;
    }
    if (dest) dest->append(begin, static_cast<std::size_t>(end - begin));
    m_bit = m_eit;
  }

  struct Match {
    int level = -1;  // 0: the current multipart's, 1: its parent's, ...; -1: no delimiter
    bool closing = false;
  };

  // The first multipart (innermost first, from `first`) whose delimiter the line is.
  Match judge(std::string_view line, int first) const {
    int level = 0;
    for (const std::string& delimiter : m_boundaryList) {
      if (level >= first && delimiter.size() > 2 && line.substr(0, delimiter.size()) == delimiter) {
        const std::string_view rest = line.substr(delimiter.size());
        if (rest.substr(0, 2) == "--") return {level, true};
        if (std::all_of(rest.begin(), rest.end(), is_blank)) return {level, false};
      }
      ++level;
    }
    return {};
  }

  // mimetic's header reader puts a line that is not a field into the body
  // before this step runs, so a delimiter there (a part with no header and
  // no empty line, "--b" right after "--b") would be text: it is put back
  // to be read as a delimiter.
  bool reclaim_first_line(std::string& dest, bool unsplit) {
    if (dest.empty() || dest[0] != '-' || m_boundaryList.empty()) return false;
    const char* const start = m_bit.get();
    if (dest.size() > static_cast<std::size_t>(start - m_begin)) return false;
    const char* const ls = start - dest.size();
    if ((ls > m_begin && !is_nl(ls[-1])) || std::memcmp(ls, dest.data(), dest.size()) != 0) return false;
    const char* le = start;
    while (le != m_eit.get() && !is_nl(*le)) ++le;
    if (judge(std::string_view(ls, static_cast<std::size_t>(le - ls)), unsplit ? 1 : 0).level < 0) return false;
    dest.clear();
    m_bit = LineInput(ls);
    return true;
  }

  void open_multipart() {
    const mimetic::MimeEntity* me = m_entityStack.top();
    MultipartNote& note = m_notes.multiparts[me];
    // mimetic reads the boundary parameter without RFC 2231 (boundary*=):
    // the delimiter is ours.
    for (const mimetic::Field& f : me->header()) {
      if (ascii_lower(f.name()) == "content-type") {
        m_boundaryList.front() = "--" + parse_media_type(f.value()).param("boundary");
        break;
      }
    }
    const std::string& delimiter = m_boundaryList.front();
    if (delimiter.size() <= 2) {
      note.unsplit = MultipartNote::Unsplit::no_boundary;
    } else if (std::find(std::next(m_boundaryList.begin()), m_boundaryList.end(), delimiter) != m_boundaryList.end()) {
      note.unsplit = MultipartNote::Unsplit::reused;
    }
    note.too_deep = m_open.size() >= static_cast<std::size_t>(k_max_depth);
    m_open.push_back(&note);
  }

  std::string* destination(mimetic::ParsingElem pe) {
    mimetic::MimeEntity* me = m_entityStack.top();
    if (pe == pePreamble) return &me->body().preamble();
    if (pe == peEpilogue) return &me->body().epilogue();
    if (pe == peBody) return &me->body();
    return nullptr;
  }

  ParseNotes& m_notes;
  std::size_t& m_parts;
  bool m_newline_added;
  const char* m_begin = nullptr;
  std::vector<MultipartNote*> m_open;  // one per entry of m_boundaryList, innermost last
};

// One mimetic parse of one message (the whole input, or a message/rfc822
// body we had to decode or mimetic did not descend into) with what the
// guards changed on the way in.
struct Parsed {
  std::string guarded;            // the input as handed to mimetic, when a guard changed it
  std::vector<std::string> held;  // values of over-long field lines, held aside
  mimetic::MimeEntity root;
  ParseNotes notes;

  // `s`, or its restored copy in `scratch` when it holds a token.
  const std::string& restored(const std::string& s, std::string& scratch) const {
    if (held.empty() || s.find(k_held_mark) == std::string::npos) return s;
    scratch = restore(s);
    return scratch;
  }

  // Puts held values back where their tokens ended up (a field value, or a
  // body when the long line was not a field after all).
  std::string restore(std::string s) const {
    if (held.empty() || s.find(k_held_mark) == std::string::npos) return s;
    std::string out;
    std::size_t pos = 0;
    while (pos < s.size()) {
      const std::size_t a = s.find(k_held_mark, pos);
      const std::size_t b = a == std::string::npos ? a : s.find(k_held_mark, a + 1);
      if (b == std::string::npos) break;
      const std::string_view token = std::string_view(s).substr(a + 1, b - a - 1);
      std::size_t index = 0;
      bool ok = token.size() > 5 && token.substr(0, 5) == "held:";
      for (std::size_t i = 5; ok && i < token.size(); ++i) {
        ok = is_ascii_digit(token[i]);
        index = index * 10 + static_cast<std::size_t>(token[i] - '0');
      }
      out.append(s, pos, a - pos);
      if (ok && index < held.size()) {
        out += held[index];
        pos = b + 1;
      } else {
        out += k_held_mark;
        pos = a + 1;
      }
    }
    out.append(s, std::min(pos, s.size()), std::string::npos);
    return out;
  }
};

// One node of the MIME tree while decoding: a mimetic entity and what we
// read from it.
struct Entity {
  const mimetic::MimeEntity* me = nullptr;
  std::vector<HeaderField> headers;  // as mimetic read them (unfolded), held values restored
  MediaType type;                    // type/subtype as mimetic read them; parameters RFC 2231 decoded
  std::string disposition;
  std::string transfer_encoding;
  std::vector<Entity> children;
  std::string path;
  int part_index = -1;  // index into DecodedMessage::parts for leaves
};

class Parser {
 public:
  explicit Parser(DecodedMessage& out) : m_out(out) {}

  // Parses `bytes` with mimetic, after the guards below, and walks the tree.
  Entity parse_message(std::string_view bytes, const std::string& path, int depth) {
    const Parsed& p = parse_guarded(bytes, path);
    return walk(p.root, p, path, depth, false);
  }

  void warn(std::string w) {
    if (m_out.message.warnings.size() < 100) m_out.message.warnings.push_back(std::move(w));
  }

 private:
  static std::string where(const std::string& path) { return path.empty() ? "" : "part " + path + ": "; }

  // The guards on the bytes handed to mimetic. One pass over the lines,
  // changing a copy only when needed:
  // - an mbox "From " line in front of the header: mimetic would take it
  //   for the first body line; it is dropped;
  // - a field line longer than 64 KB: mimetic grows its header buffers 128
  //   bytes at a time (a 1 MB Subject took 3 s); the value is held aside and
  //   a short token parsed in its place, put back afterwards;
  // - more than 200 message/rfc822 declarations: mimetic descends into each
  //   by recursion, without a limit and without a step BoundaryParser could
  //   stop (a stack overflow on hostile input); the rest are renamed and
  //   read as text/plain;
  // - a header that runs to the end of the input: mimetic adds a field when
  //   the next line starts, so the last one would be lost; the header is ended;
  // - a last line starting with "--" without a line break: mimetic judges a
  //   line at its line break only, so a closing delimiter there would be
  //   text; a line break is added (and taken off the text again if the line
  //   was not a delimiter).
  const Parsed& parse_guarded(std::string_view bytes, const std::string& path) {
    auto p = std::make_unique<Parsed>();
    struct Edit {
      std::size_t from, to;
      std::string with;
    };
    std::vector<Edit> edits;
    std::size_t rfc822 = 0;
    bool empty_line = false;
    bool last_is_field = false;
    std::size_t last_line = 0;
    std::size_t pos = 0;
    const std::size_t n = bytes.size();
    const char* const data = bytes.data();
    if (bytes.substr(0, 5) == "From ") {
      std::size_t le = 0;
      while (le < n && !is_nl(data[le])) ++le;
      std::size_t next = le;
      if (next < n) next += (data[next] == '\r' && next + 1 < n && data[next + 1] == '\n') ? 2 : 1;
      edits.push_back({0, next, ""});
      pos = next;
    }
    NextOfTwo line_break(data + n, '\n', '\r');
    while (pos < n) {
      const char* const eol = line_break.next(data + pos);
      const std::size_t le = static_cast<std::size_t>(eol - data);
      std::size_t next = le;
      if (next < n) next += (data[next] == '\r' && next + 1 < n && data[next + 1] == '\n') ? 2 : 1;
      const std::string_view line = bytes.substr(pos, le - pos);
      last_line = pos;
      if (line.empty()) {
        empty_line = true;
      } else if (!empty_line) {
        last_is_field = field_colon(line) > 0 || is_blank(line[0]);
      }
      if (!line.empty() && (line[0] == 'c' || line[0] == 'C') && starts_with_ci(line, "content-type")) {
        const std::size_t colon = field_colon(line);
        if (colon >= 13 && trim_ascii_space(line.substr(12, colon - 13)).empty()) {
          // The value with its continuation lines.
          std::size_t vend = next;
          while (vend < n && is_blank(data[vend])) {
            while (vend < n && !is_nl(data[vend])) ++vend;
            if (vend < n) vend += (data[vend] == '\r' && vend + 1 < n && data[vend + 1] == '\n') ? 2 : 1;
          }
          const std::string v = ascii_lower(trim_ascii_space(bytes.substr(pos + colon, std::min<std::size_t>(vend - pos - colon, 200))));
          if (v.rfind("message/rfc822", 0) == 0 && ++rfc822 > k_max_rfc822) {
            if (rfc822 == k_max_rfc822 + 1) {
              warn(where(path) + "more than " + std::to_string(k_max_rfc822) +
                   " message/rfc822 parts: the rest read as text/plain");
            }
            edits.push_back({pos, pos + 12, std::string(k_flattened_field)});
          }
        }
      }
      if (line.size() > k_max_header_line) {
        std::size_t keep = field_colon(line);
        if (keep == 0 && is_blank(line[0])) keep = 1;  // a continuation line
        if (keep > 0) {
          while (keep < line.size() && is_blank(line[keep])) ++keep;
          edits.push_back({pos + keep, le,
                           std::string(1, k_held_mark) + "held:" + std::to_string(p->held.size()) + k_held_mark});
          p->held.emplace_back(line.substr(keep));
        }
      }
      pos = next;
    }
    bool newline_added = false;
    if (!empty_line && last_is_field) {
      edits.push_back({n, n, (n > 0 && !is_nl(data[n - 1])) ? "\n\n" : "\n"});
    } else if (n > 0 && !is_nl(data[n - 1]) && bytes.substr(last_line, 2) == "--") {
      edits.push_back({n, n, "\n"});
      newline_added = true;
    }

    std::string_view input = bytes;
    if (!edits.empty()) {
      std::stable_sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.from < b.from; });
      std::string& out = p->guarded;
      out.reserve(n + 64);
      std::size_t copied = 0;
      for (const Edit& e : edits) {
        if (e.from < copied) continue;
        out.append(bytes.substr(copied, e.from - copied));
        out.append(e.with);
        copied = e.to;
      }
      out.append(bytes.substr(std::min(copied, n)));
      input = out;
    }
    BoundaryParser parser(p->root, p->notes, m_parts, newline_added);
    parser.parse(input);
    m_parsed.push_back(std::move(p));
    return *m_parsed.back();
  }

  static std::string transfer_encoding_of(const mimetic::MimeEntity& me) {
    std::string v = ascii_lower(trim_ascii_space(std::string(me.header().contentTransferEncoding().mechanism())));
    if (auto sp = v.find_first_of(" \t;("); sp != std::string::npos) v.resize(sp);
    return v;
  }

  Entity walk(const mimetic::MimeEntity& me, const Parsed& p, const std::string& path, int depth,
              bool default_rfc822) {
    Entity e;
    e.me = &me;
    e.path = path;
    const mimetic::Header& h = me.header();
    e.headers.reserve(h.size());
    for (const mimetic::Field& f : h) e.headers.push_back({std::string(f.name()), p.restore(f.value())});

    if (p.notes.unseparated.count(&me) > 0) {
      warn(where(path) + "header block not ended by an empty line: the rest is read as body");
    }
    if (h.hasField("Content-Type")) {
      const mimetic::ContentType& ct = h.contentType();
      e.type.type = ascii_lower(std::string(ct.type()));
      e.type.subtype = ascii_lower(std::string(ct.subtype()));
      // Parameters: ours, for RFC 2231 continuations and charsets.
      e.type.params = parse_media_type(*find_header(e.headers, "Content-Type")).params;
      if (e.type.type.empty() || e.type.subtype.empty()) {
        warn(where(path) + "Content-Type \"" + unfold_header(*find_header(e.headers, "Content-Type")).substr(0, 80) +
             "\" not understood: read as text/plain");
        e.type = MediaType{"text", "plain", std::move(e.type.params)};
      }
    } else if (find_header(e.headers, k_flattened_field)) {
      e.type = MediaType{"text", "plain", {}};
    } else {
      e.type = default_rfc822 ? MediaType{"message", "rfc822", {}} : MediaType{"text", "plain", {}};
    }
    if (h.hasField("Content-Disposition")) e.disposition = ascii_lower(std::string(h.contentDisposition().type()));
    if (h.hasField("Content-Transfer-Encoding")) e.transfer_encoding = transfer_encoding_of(me);

    const bool is_message = e.type.type == "message" &&
                            (e.type.subtype == "rfc822" || e.type.subtype == "global" || e.type.subtype == "news");
    if (e.type.type == "multipart" || is_message) {
      if (depth >= k_max_depth) {
        warn(where(path) + "MIME nesting deeper than " + std::to_string(k_max_depth) +
             " levels: inner parts skipped");
        return e;
      }
    }
    if (e.type.type == "multipart") {
      walk_multipart(e, p, depth);
      return e;
    }
    if (is_message) {
      walk_message(e, p, depth);
      return e;
    }
    std::string scratch;
    add_leaf(e, p.restored(me.body(), scratch));
    return e;
  }

  void walk_multipart(Entity& e, const Parsed& p, int depth) {
    const mimetic::MimeEntity& me = *e.me;
    const std::string label = e.type.mime_type();
    const std::string boundary = e.type.param("boundary");
    const auto found = p.notes.multiparts.find(&me);
    const MultipartNote note = found == p.notes.multiparts.end() ? MultipartNote{} : found->second;
    const mimetic::MimeEntityList& parts = me.body().parts();
    if (note.unsplit != MultipartNote::Unsplit::no || parts.empty()) {
      // Not split: keep what mimetic read as its preamble (all of it) as text.
      if (note.unsplit == MultipartNote::Unsplit::no_boundary) {
        warn(where(e.path) + label + " without boundary parameter: read as text/plain");
      } else if (note.unsplit == MultipartNote::Unsplit::reused) {
        warn(where(e.path) + label + ": boundary \"" + boundary.substr(0, 70) +
             "\" is already an enclosing multipart's: read as text/plain");
      } else {
        warn(where(e.path) + label + ": boundary \"" + boundary.substr(0, 70) + "\" not found: read as text/plain");
      }
      e.type = MediaType{"text", "plain", {}};
      add_leaf(e, p.restore(me.body().preamble() + me.body().epilogue()));
      return;
    }
    if (note.repaired) {
      warn(where(e.path) + label + ": closing boundary missing: closed where the enclosing multipart's next delimiter is");
    } else if (!note.closed && !note.too_deep) {
      warn(where(e.path) + label + ": closing boundary missing");
    }
    if (p.notes.too_many_parts && !m_too_many_reported) {
      warn("more than " + std::to_string(k_max_parts) + " parts: the rest skipped");
      m_too_many_reported = true;
    }
    const bool digest = e.type.subtype == "digest";
    for (const mimetic::MimeEntity* child : parts) {
      const std::string child_path = e.path.empty() ? std::to_string(e.children.size() + 1)
                                                    : e.path + "." + std::to_string(e.children.size() + 1);
      e.children.push_back(walk(*child, p, child_path, depth + 1, digest));
    }
  }

  // mimetic descends into message/rfc822 only, and reads the body as a
  // message before any transfer decoding. message/global and message/news,
  // a digest's undeclared parts (RFC 2046 5.1.5: message/rfc822) and an
  // encoded message/rfc822 (not allowed, but sent) are parsed again here.
  void walk_message(Entity& e, const Parsed& p, int depth) {
    const mimetic::MimeEntity& me = *e.me;
    const mimetic::MimeEntityList& parts = me.body().parts();
    const std::string& cte = e.transfer_encoding;
    const bool encoded = cte == "base64" || cte == "quoted-printable";
    if (!parts.empty() && !encoded) {
      e.children.push_back(walk(*parts.front(), p, e.path, depth + 1, false));
      return;
    }
    std::string inner;
    if (!parts.empty()) {
      // mimetic parsed the encoded text as a message: put it back together.
      const mimetic::MimeEntity& child = *parts.front();
      for (const mimetic::Field& f : child.header()) inner += std::string(f.name()) + ": " + f.value() + "\r\n";
      if (!inner.empty()) inner += "\r\n";
      inner += child.body();
    } else {
      inner = me.body();
    }
    inner = p.restore(std::move(inner));
    if (encoded) {
      TransferStats stats;
      inner = cte == "base64" ? decode_base64(inner, &stats) : decode_quoted_printable(inner, &stats);
    }
    m_arena.push_back(std::move(inner));
    e.children.push_back(parse_message(m_arena.back(), e.path, depth + 1));
  }

  void add_leaf(Entity& e, const std::string& raw) {
    MimePart part;
    part.path = e.path;
    part.content_type = e.type.mime_type();
    part.charset = ascii_lower(e.type.param("charset"));
    part.disposition = e.disposition;
    part.transfer_encoding = e.transfer_encoding;
    if (const std::string* cd = find_header(e.headers, "Content-Disposition")) {
      part.filename = parse_media_type(*cd).param("filename");
    }
    if (part.filename.empty()) part.filename = e.type.param("name");

    const std::string& cte = part.transfer_encoding;
    std::string decoded;
    std::string_view bytes = raw;
    TransferStats stats;
    if (cte == "base64") {
      decoded = decode_base64(raw, &stats);
      bytes = decoded;
      if (stats.truncated) warn(where(e.path) + "base64 truncated: the last incomplete group dropped");
      if (stats.malformed > 0) {
        warn(where(e.path) + "base64: " + std::to_string(stats.malformed) + " invalid character(s) skipped");
      }
    } else if (cte == "quoted-printable") {
      decoded = decode_quoted_printable(raw, &stats);
      bytes = decoded;
      if (stats.malformed > 0) {
        warn(where(e.path) + "quoted-printable: " + std::to_string(stats.malformed) +
             " malformed escape(s) kept as written");
      }
    } else {
      if (!cte.empty() && cte != "7bit" && cte != "8bit" && cte != "binary") {
        warn(where(e.path) + "Content-Transfer-Encoding \"" + cte.substr(0, 40) + "\" unknown: body kept as is");
      }
    }
    part.decoded_size = bytes.size();

    if (e.type.type == "text") {
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
    const std::string head = ascii_lower(html.substr(0, 4096));
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
    NextOfTwo cr_or_nul(s.data() + s.size(), '\r', '\0');
    std::size_t i = 0;
    while (i < s.size()) {
      const std::size_t run_end = static_cast<std::size_t>(cr_or_nul.next(s.data() + i) - s.data());
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
  std::deque<std::unique_ptr<Parsed>> m_parsed;
  std::deque<std::string> m_arena;
  std::size_t m_parts = 0;  // parts mimetic created, over every parse of this message
  bool m_too_many_reported = false;
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
    if (e->type.subtype == "plain" && ascii_lower(e->type.param("format")) == "flowed") {
      t = decode_format_flowed(t, ascii_lower(e->type.param("delsp")) == "yes");
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
  if (const std::string* v = find_header(h, "Precedence")) m.precedence = ascii_lower(decode_rfc2047(*v));
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
      if (p + 2 < end + 0 && hex_digit_value(p[1]) >= 0 && hex_digit_value(p[2]) >= 0) {
        *o++ = static_cast<char>(hex_digit_value(p[1]) * 16 + hex_digit_value(p[2]));
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
  const std::size_t size = in.size();
  for (std::size_t i = 0; i < size;) {
    // Four alphabet characters at the start of a group, as almost all of a
    // body is, make three bytes in one step.
    if (n == 0 && i + 4 <= size) {
      const signed char a = k_base64.v[static_cast<unsigned char>(in[i])];
      const signed char b = k_base64.v[static_cast<unsigned char>(in[i + 1])];
      const signed char c = k_base64.v[static_cast<unsigned char>(in[i + 2])];
      const signed char d = k_base64.v[static_cast<unsigned char>(in[i + 3])];
      if ((a | b | c | d) >= 0) {
        const unsigned group = (static_cast<unsigned>(a) << 18) | (static_cast<unsigned>(b) << 12) |
                               (static_cast<unsigned>(c) << 6) | static_cast<unsigned>(d);
        *o++ = static_cast<char>(group >> 16);
        *o++ = static_cast<char>(group >> 8);
        *o++ = static_cast<char>(group);
        i += 4;
        continue;
      }
    }
    const char ch = in[i++];
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
  // Lines of nothing but blanks in front of the header: mail clients skip
  // them, mimetic would read the first one as the end of an empty header.
  while (!bytes.empty() && (bytes.front() == ' ' || bytes.front() == '\t')) {
    const std::size_t end = bytes.find_first_not_of(" \t\r");
    if (end == std::string_view::npos || bytes[end] != '\n') break;
    bytes.remove_prefix(end + 1);
  }
  const Entity root = parser.parse_message(bytes, "", 0);
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
