#pragma once
// Charsets to UTF-8: every string that leaves transform/ is UTF-8, whatever
// the sender declared. Mail clients decide how a label is read, not the
// label's standard: us-ascii, iso-8859-1 and an undeclared 8-bit body are
// read as windows-1252 (so 0x92 becomes ’ and 0x80 €), gb2312 as gb18030,
// ks_c_5601-1987 as cp949, shift_jis as cp932, as the WHATWG Encoding
// standard maps them. Conversion goes through glibc's iconv except for
// UTF-8 and windows-1252, which are done here (they are most of the mail and
// worth a fast path).

#include <string>
#include <string_view>
#include <vector>

namespace distill::transform {

// How a conversion went: `replaced` counts bytes (or sequences) that could
// not be read and became U+FFFD; `unknown_charset` is set when the label
// named nothing iconv knows, and the bytes were read as UTF-8 if valid,
// else as windows-1252.
struct CharsetStats {
  int replaced = 0;
  bool unknown_charset = false;
};

// The name iconv is asked for, after aliases and mail-client mapping:
// "WINDOWS-1252" for "us-ascii", "CP949" for "ks_c_5601-1987", "UTF-8" for
// "utf8", and the upper-cased label itself for anything not in the table.
// An empty label gives "WINDOWS-1252".
std::string canonical_charset(std::string_view label);

// Converts `bytes`, declared as `charset`, to UTF-8. Never throws for bad
// input: invalid or incomplete sequences become U+FFFD; an unknown charset
// reads the bytes as UTF-8 when they are valid UTF-8, else as windows-1252.
// With `warnings`, appends one line when bytes were replaced or the charset
// was unknown, e.g. `charset "x-foo" unknown: read as windows-1252`.
std::string to_utf8(std::string_view bytes, std::string_view charset,
                    std::vector<std::string>* warnings = nullptr);

// The same, reporting what happened as numbers instead of text.
std::string to_utf8(std::string_view bytes, std::string_view charset, CharsetStats& stats);

// Whether `s` is well-formed UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
bool is_valid_utf8(std::string_view s);

// Whether `s` has any byte >= 0x80.
bool has_8bit(std::string_view s);

// Copies `s`, replacing each maximal ill-formed subsequence with U+FFFD.
// Returns the number of replacements through `replaced` when given.
std::string sanitize_utf8(std::string_view s, int* replaced = nullptr);

// Appends the UTF-8 encoding of code point `cp` (U+FFFD for invalid ones).
void append_utf8(std::string& out, char32_t cp);

}  // namespace distill::transform
