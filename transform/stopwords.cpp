#include "transform/stopwords.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>
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

// After the Snowball project's French, Spanish, Italian, Dutch and
// Portuguese stop word lists: articles, pronouns, prepositions,
// conjunctions and the forms of the common auxiliaries.
const std::unordered_set<std::string_view>& french() {
  static const std::unordered_set<std::string_view> words = {
      "au", "aux", "avec", "ce", "ces", "cette", "dans", "de", "des", "du", "elle", "elles", "en", "et", "eux",
      "il", "ils", "je", "la", "le", "les", "leur", "leurs", "lui", "ma", "mais", "me", "même", "mes", "moi",
      "mon", "ne", "nos", "notre", "nous", "on", "ou", "où", "par", "pas", "pour", "qu", "que", "qui", "sa",
      "se", "ses", "son", "sur", "ta", "te", "tes", "toi", "ton", "tu", "un", "une", "vos", "votre", "vous",
      "c'est", "d'un", "d'une", "l'", "d'", "qu'", "n'", "s'", "j'", "été", "être", "est", "sont", "sera",
      "était", "ont", "avait", "avoir", "ai", "as", "a", "avons", "avez", "fait", "faire", "plus", "très",
      "aussi", "ainsi", "alors", "comme", "si", "tout", "tous", "toute", "toutes", "cela", "ça", "ceci",
      "y", "donc", "car", "ni", "dont", "entre", "sans", "sous", "chez", "vers", "depuis", "encore", "déjà"};
  return words;
}

const std::unordered_set<std::string_view>& spanish() {
  static const std::unordered_set<std::string_view> words = {
      "a", "al", "algo", "algunos", "ante", "antes", "como", "con", "contra", "cual", "cuando", "de", "del",
      "desde", "donde", "durante", "e", "el", "él", "ella", "ellas", "ellos", "en", "entre", "era", "es",
      "esa", "ese", "eso", "esta", "está", "están", "estas", "este", "esto", "estos", "fue", "fueron", "ha",
      "han", "hasta", "hay", "la", "las", "le", "les", "lo", "los", "más", "me", "mi", "mis", "mucho", "muy",
      "nada", "ni", "no", "nos", "nosotros", "o", "otra", "otro", "otros", "para", "pero", "poco", "por",
      "porque", "que", "qué", "quien", "se", "sea", "ser", "si", "sí", "sin", "sobre", "son", "su", "sus",
      "también", "te", "tiene", "tienen", "todo", "todos", "tu", "tus", "un", "una", "uno", "unos", "usted",
      "y", "ya", "yo", "hoy", "así", "cada", "sido", "puede", "pueden", "hacer"};
  return words;
}

const std::unordered_set<std::string_view>& italian() {
  static const std::unordered_set<std::string_view> words = {
      "a", "ad", "agli", "ai", "al", "alla", "alle", "allo", "anche", "c'è", "che", "chi", "ci", "come",
      "con", "contro", "cui", "da", "dagli", "dai", "dal", "dalla", "dalle", "degli", "dei", "del", "della",
      "delle", "dello", "di", "dove", "e", "è", "ed", "era", "essere", "gli", "ha", "hanno", "ho", "i", "il",
      "in", "io", "l'", "la", "le", "lei", "lo", "loro", "lui", "ma", "mi", "mio", "molto", "ne", "negli",
      "nei", "nel", "nella", "nelle", "noi", "non", "nostro", "o", "per", "perché", "più", "quale", "quando",
      "quella", "quello", "questa", "questi", "questo", "se", "si", "sia", "sono", "su", "sua", "sue", "sui",
      "sul", "sulla", "suo", "suoi", "tra", "tu", "tutti", "tutto", "un", "una", "uno", "vi", "voi", "stato",
      "stata", "già", "ancora", "così", "dell'", "all'", "un'", "fare", "fa", "può"};
  return words;
}

const std::unordered_set<std::string_view>& dutch() {
  static const std::unordered_set<std::string_view> words = {
      "aan", "al", "alles", "als", "altijd", "andere", "ben", "bij", "daar", "dan", "dat", "de", "der", "deze",
      "die", "dit", "doch", "doen", "door", "dus", "een", "eens", "en", "er", "ge", "geen", "geweest", "haar",
      "had", "heb", "hebben", "heeft", "hem", "het", "hier", "hij", "hoe", "hun", "iemand", "iets", "ik",
      "in", "is", "ja", "je", "jij", "jouw", "jullie", "kan", "kon", "kunnen", "maar", "me", "meer", "men",
      "met", "mij", "mijn", "moet", "na", "naar", "niet", "niets", "nog", "nu", "of", "om", "omdat", "ons",
      "onze", "ook", "op", "over", "reeds", "te", "tegen", "toch", "toen", "tot", "u", "uit", "uw", "van",
      "veel", "voor", "want", "waren", "was", "wat", "we", "wel", "werd", "wezen", "wie", "wij", "wil",
      "worden", "wordt", "zal", "ze", "zei", "zelf", "zich", "zij", "zijn", "zo", "zonder", "zou"};
  return words;
}

const std::unordered_set<std::string_view>& portuguese() {
  static const std::unordered_set<std::string_view> words = {
      "a", "à", "ao", "aos", "as", "às", "até", "com", "como", "da", "das", "de", "dela", "dele", "deles",
      "depois", "do", "dos", "e", "é", "ela", "elas", "ele", "eles", "em", "entre", "era", "essa", "esse",
      "esta", "está", "estão", "este", "eu", "foi", "foram", "há", "isso", "isto", "já", "lhe", "mais", "mas",
      "me", "mesmo", "meu", "minha", "muito", "na", "nas", "não", "nem", "no", "nos", "nós", "num", "numa",
      "o", "os", "ou", "para", "pela", "pelas", "pelo", "pelos", "por", "quando", "que", "quem", "se", "sem",
      "ser", "seu", "seus", "só", "sua", "suas", "são", "também", "te", "tem", "têm", "um", "uma", "você",
      "vocês", "sobre", "ainda", "cada", "pode", "podem", "ter", "fazer"};
  return words;
}

}  // namespace

bool is_stopword(std::string_view word, std::string_view language) {
  if (language == "en") return english().contains(word);
  if (language == "de") return german().contains(word);
  if (language == "fr") return french().contains(word);
  if (language == "es") return spanish().contains(word);
  if (language == "it") return italian().contains(word);
  if (language == "nl") return dutch().contains(word);
  if (language == "pt") return portuguese().contains(word);
  return false;
}

std::string detect_language(std::string_view text) {
  // Per language, frequent words that the other six rarely use; the
  // language with the most of them in the first 4000 bytes wins, English
  // on a tie.
  struct Markers {
    std::string_view code;
    std::unordered_set<std::string_view> words;
  };
  static const Markers k_markers[] = {
      {"en", {"the", "and", "of", "to", "is", "that", "for", "with", "you", "this", "are", "it", "on", "was", "have"}},
      {"de", {"der", "die", "und", "das", "ist", "nicht", "mit", "sie", "ich", "du", "auf", "für", "ein", "eine", "wir",
              "auch"}},
      {"fr", {"le", "les", "des", "est", "et", "dans", "pour", "qui", "sur", "pas", "du", "au", "avec", "vous", "nous",
              "ce", "sont", "une"}},
      {"es", {"el", "los", "las", "y", "es", "por", "para", "su", "más", "lo", "como", "pero", "está", "muy", "sus",
              "hay"}},
      {"it", {"il", "di", "che", "è", "gli", "della", "sono", "non", "anche", "nel", "alla", "questo", "delle", "ha",
              "ci", "per"}},
      {"nl", {"het", "een", "van", "dat", "op", "te", "niet", "zijn", "voor", "ook", "wordt", "bij", "naar", "deze",
              "jullie", "uw"}},
      {"pt", {"os", "da", "do", "das", "dos", "não", "uma", "em", "com", "mais", "ao", "você", "seu", "sua", "são",
              "também", "é"}},
  };
  // Each marker word with the languages it marks ("du" marks two), so that
  // a word of the text is looked up once.
  static const std::unordered_map<std::string_view, unsigned> k_languages_of = [] {
    std::unordered_map<std::string_view, unsigned> m;
    for (std::size_t l = 0; l < std::size(k_markers); ++l) {
      for (std::string_view w : k_markers[l].words) m[w] |= 1u << l;
    }
    return m;
  }();
  int counts[std::size(k_markers)] = {};
  std::string folded = fold_for_match(text.substr(0, std::min<std::size_t>(text.size(), 4000)));
  for (auto w : split_words(folded)) {
    const auto found = k_languages_of.find(w);
    if (found == k_languages_of.end()) continue;
    for (std::size_t l = 0; l < std::size(k_markers); ++l) counts[l] += (found->second >> l) & 1u;
  }
  std::size_t best = 0;
  for (std::size_t l = 1; l < std::size(k_markers); ++l) {
    if (counts[l] > counts[best]) best = l;
  }
  return std::string(k_markers[best].code);
}

Stemmer::Stemmer(std::string_view language) {
  if (language == "en") {
    m_stemmer = sb_stemmer_new("english", "UTF_8");
  } else if (language == "de") {
    m_stemmer = sb_stemmer_new("german", "UTF_8");
  } else if (language == "fr") {
    m_stemmer = sb_stemmer_new("french", "UTF_8");
  } else if (language == "es") {
    m_stemmer = sb_stemmer_new("spanish", "UTF_8");
  } else if (language == "it") {
    m_stemmer = sb_stemmer_new("italian", "UTF_8");
  } else if (language == "nl") {
    m_stemmer = sb_stemmer_new("dutch", "UTF_8");
  } else if (language == "pt") {
    m_stemmer = sb_stemmer_new("portuguese", "UTF_8");
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
