#include "transform/charset.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <string>
#include <unordered_map>
#include <utility>

#include <iconv.h>

#include "transform/ascii.hpp"

namespace distill::transform {
namespace {

std::string normalize_label(std::string_view label) {
  std::string s;
  for (char c : label) {
    if (c == '"' || c == '\'' || c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    s += ascii_lower(c);
  }
  // RFC 2231 allows a language suffix on a charset ("utf-8*en").
  if (auto star = s.find('*'); star != std::string::npos) s.resize(star);
  return s;
}

struct Alias {
  const char* label;
  const char* iconv_name;
};

// Labels as they occur in mail, mapped the way mail clients and the WHATWG
// Encoding standard read them. Anything else goes to iconv as written.
constexpr Alias k_aliases[] = {
    {"", "WINDOWS-1252"},
    {"us-ascii", "WINDOWS-1252"},
    {"ascii", "WINDOWS-1252"},
    {"ansi_x3.4-1968", "WINDOWS-1252"},
    {"us", "WINDOWS-1252"},
    {"iso-8859-1", "WINDOWS-1252"},
    {"iso8859-1", "WINDOWS-1252"},
    {"iso_8859-1", "WINDOWS-1252"},
    {"iso_8859-1:1987", "WINDOWS-1252"},
    {"iso-ir-100", "WINDOWS-1252"},
    {"latin1", "WINDOWS-1252"},
    {"latin-1", "WINDOWS-1252"},
    {"l1", "WINDOWS-1252"},
    {"cp819", "WINDOWS-1252"},
    {"ibm819", "WINDOWS-1252"},
    {"8859_1", "WINDOWS-1252"},
    {"windows-1252", "WINDOWS-1252"},
    {"cp1252", "WINDOWS-1252"},
    {"x-cp1252", "WINDOWS-1252"},
    {"unknown-8bit", "WINDOWS-1252"},
    {"x-unknown", "WINDOWS-1252"},
    {"unknown", "WINDOWS-1252"},
    {"default", "WINDOWS-1252"},
    {"utf-8", "UTF-8"},
    {"utf8", "UTF-8"},
    {"x-utf8", "UTF-8"},
    {"unicode-1-1-utf-8", "UTF-8"},
    {"unicode-1-1-utf-7", "UTF-7"},
    {"utf-7", "UTF-7"},
    {"iso-8859-9", "WINDOWS-1254"},
    {"iso8859-9", "WINDOWS-1254"},
    {"latin5", "WINDOWS-1254"},
    {"iso-8859-11", "CP874"},
    {"tis-620", "CP874"},
    {"windows-874", "CP874"},
    {"iso-8859-8-i", "ISO-8859-8"},
    {"iso-8859-6-i", "ISO-8859-6"},
    {"ks_c_5601-1987", "CP949"},
    {"ks_c_5601-1989", "CP949"},
    {"ks_c_5601", "CP949"},
    {"ksc5601", "CP949"},
    {"ksc_5601", "CP949"},
    {"euc-kr", "CP949"},
    {"euckr", "CP949"},
    {"korean", "CP949"},
    {"csksc56011987", "CP949"},
    {"iso-ir-149", "CP949"},
    {"windows-949", "CP949"},
    {"x-windows-949", "CP949"},
    {"cp949", "CP949"},
    {"uhc", "CP949"},
    {"gb2312", "GB18030"},
    {"gb_2312", "GB18030"},
    {"gb_2312-80", "GB18030"},
    {"csgb2312", "GB18030"},
    {"chinese", "GB18030"},
    {"euc-cn", "GB18030"},
    {"x-euc-cn", "GB18030"},
    {"gbk", "GB18030"},
    {"x-gbk", "GB18030"},
    {"cp936", "GB18030"},
    {"ms936", "GB18030"},
    {"windows-936", "GB18030"},
    {"gb18030", "GB18030"},
    {"big5", "BIG5-HKSCS"},
    {"big-5", "BIG5-HKSCS"},
    {"cn-big5", "BIG5-HKSCS"},
    {"x-x-big5", "BIG5-HKSCS"},
    {"csbig5", "BIG5-HKSCS"},
    {"big5-hkscs", "BIG5-HKSCS"},
    {"cp950", "BIG5-HKSCS"},
    {"shift_jis", "CP932"},
    {"shift-jis", "CP932"},
    {"sjis", "CP932"},
    {"x-sjis", "CP932"},
    {"ms_kanji", "CP932"},
    {"csshiftjis", "CP932"},
    {"windows-31j", "CP932"},
    {"cp932", "CP932"},
    {"ms932", "CP932"},
    {"euc-jp", "EUC-JP-MS"},
    {"x-euc-jp", "EUC-JP-MS"},
    {"eucjp", "EUC-JP-MS"},
    {"cseucpkdfmtjapanese", "EUC-JP-MS"},
    {"iso-2022-jp", "ISO-2022-JP"},
    {"csiso2022jp", "ISO-2022-JP"},
    {"iso2022jp", "ISO-2022-JP"},
    {"iso-2022-jp-2", "ISO-2022-JP-2"},
    {"iso-2022-kr", "ISO-2022-KR"},
    {"koi8-r", "KOI8-R"},
    {"koi8r", "KOI8-R"},
    {"cskoi8r", "KOI8-R"},
    {"koi", "KOI8-R"},
    {"koi8", "KOI8-R"},
    {"koi8-u", "KOI8-U"},
    {"koi8-ru", "KOI8-RU"},
    {"x-mac-cyrillic", "MAC-CYRILLIC"},
    {"x-mac-roman", "MACINTOSH"},
    {"macintosh", "MACINTOSH"},
};

// windows-1252 0x80..0x9F; the five bytes it leaves undefined keep their
// latin-1 (C1 control) value, as browsers do.
constexpr char16_t k_cp1252_high[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

std::string cp1252_to_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  std::size_t i = 0;
  while (i < bytes.size()) {
    // A run of ASCII, most of any text, is copied in one piece.
    std::size_t ascii = i;
    while (ascii < bytes.size() && static_cast<unsigned char>(bytes[ascii]) < 0x80) ++ascii;
    out.append(bytes.substr(i, ascii - i));
    if (ascii == bytes.size()) break;
    const auto c = static_cast<unsigned char>(bytes[ascii]);
    i = ascii + 1;
    if (c < 0xA0) {
      append_utf8(out, k_cp1252_high[c - 0x80]);
    } else {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

// Length of the well-formed UTF-8 sequence at s[i], or 0 if ill-formed
// (RFC 3629 table: no overlongs, no surrogates, nothing past U+10FFFF).
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  const std::size_t left = s.size() - i;
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return left >= 2 && (b(i + 1) & 0xC0) == 0x80 ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (left < 3) return 0;
    const unsigned char c1 = b(i + 1);
    if (c == 0xE0 && (c1 < 0xA0 || c1 > 0xBF)) return 0;
    if (c == 0xED && (c1 < 0x80 || c1 > 0x9F)) return 0;
    if ((c1 & 0xC0) != 0x80 || (b(i + 2) & 0xC0) != 0x80) return 0;
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (left < 4) return 0;
    const unsigned char c1 = b(i + 1);
    if (c == 0xF0 && (c1 < 0x90 || c1 > 0xBF)) return 0;
    if (c == 0xF4 && (c1 < 0x80 || c1 > 0x8F)) return 0;
    if ((c1 & 0xC0) != 0x80 || (b(i + 2) & 0xC0) != 0x80 || (b(i + 3) & 0xC0) != 0x80) return 0;
    return 4;
  }
  return 0;
}

// Number of bytes an ill-formed sequence starting at s[i] spans: the lead
// byte plus the continuation bytes that could still have belonged to it
// (the "maximal subpart" rule of Unicode §3.9, simplified).
std::size_t ill_formed_length(std::string_view s, std::size_t i) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  std::size_t want = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 1;
  std::size_t n = 1;
  while (n < want && i + n < s.size() && (static_cast<unsigned char>(s[i + n]) & 0xC0) == 0x80) ++n;
  // A lone continuation byte or an invalid lead byte is one replacement.
  return want == 1 ? 1 : std::min(n, want - 1);
}

// iconv descriptors are costly to open (~10 µs each, more for CJK tables):
// keep one per charset and thread. Failed opens are remembered too.
class IconvCache {
 public:
  IconvCache() = default;
  IconvCache(const IconvCache&) = delete;
  IconvCache& operator=(const IconvCache&) = delete;
  ~IconvCache() {
    for (auto& [name, cd] : m_open) {
      if (cd != reinterpret_cast<iconv_t>(-1)) iconv_close(cd);
    }
  }
  iconv_t get(const std::string& name) {
    if (auto it = m_open.find(name); it != m_open.end()) return it->second;
    if (m_open.size() > 64) return iconv_open("UTF-8", name.c_str());  // caller closes
    iconv_t cd = iconv_open("UTF-8", name.c_str());
    m_open.emplace(name, cd);
    return cd;
  }
  bool owns(const std::string& name) const { return m_open.count(name) != 0; }

 private:
  std::unordered_map<std::string, iconv_t> m_open;
};

IconvCache& iconv_cache() {
  thread_local IconvCache cache;
  return cache;
}

// Returns false when iconv has no such charset.
bool convert_with_iconv(std::string_view bytes, const std::string& name, std::string& out,
                        CharsetStats& stats) {
  IconvCache& cache = iconv_cache();
  iconv_t cd = cache.get(name);
  if (cd == reinterpret_cast<iconv_t>(-1)) return false;
  const bool owned = cache.owns(name);
  iconv(cd, nullptr, nullptr, nullptr, nullptr);

  out.clear();
  out.resize(bytes.size() * 2 + 16);
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  std::size_t written = 0;
  const auto grow = [&] { out.resize(out.size() * 2); };
  bool flushing = false;
  while (true) {
    char* outp = out.data() + written;
    std::size_t out_left = out.size() - written;
    std::size_t r = flushing ? iconv(cd, nullptr, nullptr, &outp, &out_left)
                             : iconv(cd, &in, &in_left, &outp, &out_left);
    written = static_cast<std::size_t>(outp - out.data());
    if (r != static_cast<std::size_t>(-1)) {
      if (flushing) break;
      flushing = true;  // emit whatever a stateful decoder still holds
      continue;
    }
    if (errno == E2BIG) {
      grow();
      continue;
    }
    if (flushing) break;
    // EILSEQ: an invalid sequence; EINVAL: an incomplete one at the end.
    const bool at_end = errno == EINVAL;
    if (out.size() - written < 4) grow();
    std::string fffd;
    append_utf8(fffd, 0xFFFD);
    std::memcpy(out.data() + written, fffd.data(), fffd.size());
    written += fffd.size();
    ++stats.replaced;
    if (at_end || in_left == 0) {
      in_left = 0;
      flushing = true;
      continue;
    }
    ++in;
    --in_left;
    if (in_left == 0) flushing = true;
  }
  out.resize(written);
  if (!owned) iconv_close(cd);
  return true;
}

// ISO-2022-JP as mail clients read it (WHATWG and CP50221): glibc's
// ISO-2022-JP converters reject the NEC and IBM extensions (row 13: ①, №,
// ㈱ ...) that Japanese mailers use all the time, so the escape sequences are
// undone here into EUC-JP, which iconv's EUC-JP-MS converts with the
// extensions. JIS X 0213 planes are read as JIS X 0208, their common subset.
std::string iso2022jp_to_eucjp(std::string_view in) {
  enum class Mode { ascii, jis0208, katakana, jis0212 };
  Mode mode = Mode::ascii;
  std::string out;
  out.reserve(in.size());
  for (std::size_t i = 0; i < in.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(in[i]);
    if (c == 0x1B && i + 2 < in.size()) {
      const std::string_view esc = in.substr(i + 1, 3);
      if (esc.substr(0, 2) == "(B" || esc.substr(0, 2) == "(J" || esc.substr(0, 2) == "(H") {
        mode = Mode::ascii;
        i += 2;
        continue;
      }
      if (esc.substr(0, 2) == "(I") {
        mode = Mode::katakana;
        i += 2;
        continue;
      }
      if (esc.substr(0, 2) == "$@" || esc.substr(0, 2) == "$B") {
        mode = Mode::jis0208;
        i += 2;
        continue;
      }
      if (esc == "$(D") {
        mode = Mode::jis0212;
        i += 3;
        continue;
      }
      if (esc == "$(O" || esc == "$(Q") {
        mode = Mode::jis0208;
        i += 3;
        continue;
      }
    }
    if (c == 0x0E) {  // SO: half-width katakana
      mode = Mode::katakana;
      continue;
    }
    if (c == 0x0F) {  // SI
      mode = Mode::ascii;
      continue;
    }
    if (c == '\n' || c == '\r' || c < 0x21 || c > 0x7E || mode == Mode::ascii) {
      out += static_cast<char>(c);
      continue;
    }
    if (mode == Mode::katakana) {
      out += static_cast<char>(0x8E);
      out += static_cast<char>(c | 0x80);
      continue;
    }
    if (i + 1 < in.size() && static_cast<unsigned char>(in[i + 1]) >= 0x21 &&
        static_cast<unsigned char>(in[i + 1]) <= 0x7E) {
      if (mode == Mode::jis0212) out += static_cast<char>(0x8F);
      out += static_cast<char>(c | 0x80);
      out += static_cast<char>(static_cast<unsigned char>(in[i + 1]) | 0x80);
      ++i;
    } else {
      out += static_cast<char>(0xFF);  // half a character: invalid in EUC-JP, replaced below
    }
  }
  return out;
}

}  // namespace

void append_utf8(std::string& out, char32_t cp) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool has_8bit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

bool is_valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    // ASCII, most of any text, eight bytes at a time.
    while (i + 8 <= s.size()) {
      std::uint64_t eight;
      std::memcpy(&eight, s.data() + i, 8);
      if (eight & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i == s.size()) break;
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const std::size_t n = utf8_sequence_length(s, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

std::string sanitize_utf8(std::string_view s, int* replaced) {
  std::string out;
  out.reserve(s.size());
  int count = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    // Copy ASCII runs in one go: most text is mostly ASCII.
    std::size_t j = i;
    while (j < s.size() && static_cast<unsigned char>(s[j]) < 0x80) ++j;
    out.append(s.data() + i, j - i);
    i = j;
    if (i >= s.size()) break;
    const std::size_t n = utf8_sequence_length(s, i);
    if (n == 0) {
      append_utf8(out, 0xFFFD);
      ++count;
      i += ill_formed_length(s, i);
    } else {
      out.append(s.data() + i, n);
      i += n;
    }
  }
  if (replaced) *replaced = count;
  return out;
}

std::string canonical_charset(std::string_view label) {
  const std::string key = normalize_label(label);
  for (const Alias& a : k_aliases) {
    if (key == a.label) return a.iconv_name;
  }
  // "windows-1250", "cp1251", "x-cp1250", "iso-8859-15", "iso_8859-2" ...
  std::string upper = ascii_upper(key);
  for (const char* prefix : {"X-CP125", "CP125"}) {
    if (upper.rfind(prefix, 0) == 0 && upper.size() == std::strlen(prefix) + 1) {
      return "WINDOWS-125" + upper.substr(upper.size() - 1);
    }
  }
  if (upper.rfind("ISO_8859-", 0) == 0) upper[3] = '-';
  if (upper.rfind("ISO8859-", 0) == 0) upper = "ISO-" + upper.substr(3);
  return upper;
}

std::string to_utf8(std::string_view bytes, std::string_view charset, CharsetStats& stats) {
  const std::string name = canonical_charset(charset);
  if (!has_8bit(bytes) && name != "UTF-7" && name != "ISO-2022-JP" && name != "ISO-2022-JP-3" &&
      name != "ISO-2022-JP-2" && name != "ISO-2022-KR" && name.rfind("UTF-16", 0) != 0 &&
      name.rfind("UTF-32", 0) != 0 && name.rfind("UCS", 0) != 0) {
    return std::string(bytes);  // ASCII-compatible charsets leave ASCII as it is
  }
  if (name == "UTF-8") return sanitize_utf8(bytes, &stats.replaced);
  if (name == "WINDOWS-1252") return cp1252_to_utf8(bytes);
  std::string out;
  // iconv's output is checked once more: glibc takes a label such as
  // "utf-8@" for UTF-8 and then lets through what RFC 3629 forbids
  // (5-byte forms), and nothing invalid may leave this function.
  const auto checked = [&stats](std::string text) {
    if (is_valid_utf8(text)) return text;
    int replaced = 0;
    text = sanitize_utf8(text, &replaced);
    stats.replaced += replaced;
    return text;
  };
  if (name == "ISO-2022-JP") {
    convert_with_iconv(iso2022jp_to_eucjp(bytes), "EUC-JP-MS", out, stats);
    return checked(std::move(out));
  }
  if (convert_with_iconv(bytes, name, out, stats)) return checked(std::move(out));
  stats.unknown_charset = true;
  if (is_valid_utf8(bytes)) return std::string(bytes);
  return cp1252_to_utf8(bytes);
}

std::string to_utf8(std::string_view bytes, std::string_view charset,
                    std::vector<std::string>* warnings) {
  CharsetStats stats;
  std::string out = to_utf8(bytes, charset, stats);
  if (warnings) {
    const std::string label(charset.substr(0, 64));
    if (stats.unknown_charset) {
      warnings->push_back("charset \"" + label + "\" unknown: read as " +
                          (is_valid_utf8(bytes) ? "utf-8" : "windows-1252"));
    }
    if (stats.replaced > 0) {
      warnings->push_back("charset \"" + label + "\": " + std::to_string(stats.replaced) +
                          " invalid byte sequence(s) replaced with U+FFFD");
    }
  }
  return out;
}

}  // namespace distill::transform
