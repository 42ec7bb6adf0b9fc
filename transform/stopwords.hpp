#pragma once
// Stop words, language detection and stemming for the seven languages the
// summarizer ranks sentences in: English, German, French, Spanish, Italian,
// Dutch and Portuguese. Other languages get no stop words and no stemming:
// ranking still works on raw word overlap, only less well.

#include <memory>
#include <string>
#include <string_view>

struct sb_stemmer;

namespace distill::transform {

// True when `word` (folded with fold_for_match) is a stop word of
// `language` ("en", "de", "fr", "es", "it", "nl", "pt"); false for every
// word of other languages.
bool is_stopword(std::string_view word, std::string_view language);

// The language of `text` of those seven whose frequent words it uses most
// ("en", "de", "fr", "es", "it", "nl" or "pt"); "en" when none stands out.
std::string detect_language(std::string_view text);

// A Snowball stemmer (libstemmer) for one language; words of a language
// libstemmer does not know come back unchanged. Not thread-safe: one per
// thread or per call.
class Stemmer {
 public:
  explicit Stemmer(std::string_view language);
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  // Stem of a folded (lower-case) word.
  std::string stem(std::string_view word);

 private:
  sb_stemmer* m_stemmer = nullptr;
};

}  // namespace distill::transform
