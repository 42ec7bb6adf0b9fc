#include "transform/stopwords.hpp"

#include <algorithm>
#include <string>
#include <unordered_set>

#include <libstemmer.h>

#include "transform/words.hpp"

namespace distill::transform {

namespace {

// After the Snowball project's English and German stop word lists, plus the
// words newsletters use as glue ("today", "week", "also", "just", "via").
const std::unordered_set<std::string_view>& english() {
  static const std::unordered_set<std::string_view> words = {
      "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
      "are", "aren't", "as", "at", "be", "because", "been", "before", "being", "below", "between",
      "both", "but", "by", "can", "can't", "cannot", "could", "couldn't", "did", "didn't", "do",
      "does", "doesn't", "doing", "don't", "down", "during", "each", "even", "ever", "every",
      "few", "for", "from", "further", "get", "gets", "got", "had", "hadn't", "has", "hasn't",
      "have", "haven't", "having", "he", "he'd", "he'll", "he's", "her", "here", "here's", "hers",
      "herself", "him", "himself", "his", "how", "how's", "i", "i'd", "i'll", "i'm", "i've", "if",
      "in", "into", "is", "isn't", "it", "it's", "its", "itself", "just", "let's", "like", "made",
      "make", "many", "may", "me", "might", "more", "most", "much", "must", "mustn't", "my",
      "myself", "new", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or",
      "other", "ought", "our", "ours", "ourselves", "out", "over", "own", "really", "said", "same",
      "say", "says", "shan't", "she", "she'd", "she'll", "she's", "should", "shouldn't", "so",
      "some", "still", "such", "than", "that", "that's", "the", "their", "theirs", "them",
      "themselves", "then", "there", "there's", "these", "they", "they'd", "they'll", "they're",
      "they've", "this", "those", "through", "to", "today", "too", "under", "until", "up", "us",
      "use", "used", "very", "via", "was", "wasn't", "way", "we", "we'd", "we'll", "we're",
      "we've", "week", "well", "were", "weren't", "what", "what's", "when", "when's", "where",
      "where's", "which", "while", "who", "who's", "whom", "why", "why's", "will", "with",
      "won't", "would", "wouldn't", "yet", "you", "you'd", "you'll", "you're", "you've", "your",
      "yours", "yourself", "yourselves"};
  return words;
}

const std::unordered_set<std::string_view>& german() {
  static const std::unordered_set<std::string_view> words = {
      "aber", "alle", "allem", "allen", "aller", "alles", "als", "also", "am", "an", "ander",
      "andere", "anderem", "anderen", "anderer", "anderes", "auch", "auf", "aus", "bei", "beim",
      "bin", "bis", "bist", "da", "damit", "dann", "das", "dass", "daß", "dein", "deine", "deinem",
      "deinen", "deiner", "dem", "den", "denn", "der", "des", "dessen", "deshalb", "dich", "die",
      "dies", "diese", "diesem", "diesen", "dieser", "dieses", "dir", "doch", "dort", "du",
      "durch", "ein", "eine", "einem", "einen", "einer", "eines", "einig", "einige", "einmal",
      "er", "es", "etwas", "euch", "euer", "eure", "für", "gegen", "gibt", "hab", "habe", "haben",
      "hat", "hatte", "hätte", "heute", "hier", "hin", "hinter", "ich", "ihm", "ihn", "ihnen",
      "ihr", "ihre", "ihrem", "ihren", "ihrer", "im", "in", "indem", "ins", "ist", "ja", "jede",
      "jedem", "jeden", "jeder", "jedes", "jetzt", "kann", "kein", "keine", "können", "könnt",
      "man", "manche", "mehr", "mein", "meine", "meinem", "meinen", "meiner", "mich", "mir",
      "mit", "muss", "musste", "nach", "nicht", "nichts", "noch", "nun", "nur", "ob", "oder",
      "ohne", "schon", "sehr", "sein", "seine", "seinem", "seinen", "seiner", "sich", "sie",
      "sind", "so", "solche", "soll", "sollte", "sondern", "sonst", "über", "um", "und", "uns",
      "unser", "unsere", "unter", "viel", "vom", "von", "vor", "wann", "war", "waren", "warum",
      "was", "weil", "welche", "wenn", "wer", "werde", "werden", "wie", "wieder", "will", "wir",
      "wird", "wirst", "wo", "wollen", "wurde", "würde", "zu", "zum", "zur", "zwar", "zwischen"};
  return words;
}

}  // namespace

bool is_stopword(std::string_view word, std::string_view language) {
  if (language == "en") return english().contains(word);
  if (language == "de") return german().contains(word);
  return false;
}

std::string detect_language(std::string_view text) {
  // Words that are common in one language and rare in the other.
  static const std::unordered_set<std::string_view> en = {"the", "and", "of", "to", "is", "that", "for",
                                                          "with", "you", "this", "are", "it", "on"};
  static const std::unordered_set<std::string_view> de = {"der", "die", "und", "das", "ist", "nicht",
                                                          "mit", "sie", "ich", "du", "auf", "für", "ein"};
  int n_en = 0;
  int n_de = 0;
  std::string folded = fold_for_match(text.substr(0, std::min<std::size_t>(text.size(), 4000)));
  for (auto w : split_words(folded)) {
    n_en += en.contains(w);
    n_de += de.contains(w);
  }
  return n_de > n_en ? "de" : "en";
}

Stemmer::Stemmer(std::string_view language) {
  if (language == "en") {
    m_stemmer = sb_stemmer_new("english", "UTF_8");
  } else if (language == "de") {
    m_stemmer = sb_stemmer_new("german", "UTF_8");
  }
}

Stemmer::~Stemmer() { sb_stemmer_delete(m_stemmer); }

std::string Stemmer::stem(std::string_view word) {
  if (!m_stemmer) return std::string(word);
  const sb_symbol* s =
      sb_stemmer_stem(m_stemmer, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
  if (!s) return std::string(word);
  return std::string(reinterpret_cast<const char*>(s), static_cast<std::size_t>(sb_stemmer_length(m_stemmer)));
}

}  // namespace distill::transform
