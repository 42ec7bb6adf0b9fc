#pragma once
// What the tests over the shared corpus (real newsletters and MIME test
// messages kept beside the checkout, not in it) have in common: where it
// is, reading its files, and the text normalisation its annotations assume.

#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

namespace distill::test {

// ../shared/corpus beside the checkout, or $DISTILL_CORPUS_DIR. Tests that
// find nothing there WARN that they were skipped and return: a user's clone
// has no corpus, and its test suite must pass all the same.
inline std::filesystem::path corpus_dir() {
  if (const char* env = std::getenv("DISTILL_CORPUS_DIR")) return env;
  return std::filesystem::path(DISTILL_SOURCE_DIR) / ".." / "shared" / "corpus";
}

inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

// The corpus's own normalisation without NFC: whitespace (with NBSP and the
// other Unicode spaces) folded to one space, zero-width fillers dropped, so
// that a snippet matches however the text was wrapped.
inline std::string normalize(std::string_view s) {
  static const char* const k_invisible[] = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u034f", "\u00ad",
                                            "\u180e", "\u2007", "\u2028", "\u2029"};
  std::string t(s);
  for (const char* inv : k_invisible) {
    const bool is_space = std::string_view(inv) == "\u2007" || std::string_view(inv) == "\u2028" ||
                          std::string_view(inv) == "\u2029";
    for (std::size_t p; (p = t.find(inv)) != std::string::npos;) t.replace(p, std::strlen(inv), is_space ? " " : "");
  }
  for (std::size_t p; (p = t.find("\u00a0")) != std::string::npos;) t.replace(p, 2, " ");
  std::string out;
  bool blank = false;
  for (char c : t) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      blank = true;
      continue;
    }
    if (blank && !out.empty()) out += ' ';
    blank = false;
    out += c;
  }
  return out;
}

}  // namespace distill::test
