#pragma once
// Cue phrases of sentences that state no news, by language: what the
// summarizer must not take as a lede, a point or a blurb. A greeting ("Hola
// a todos,"), a sign-off ("Herzliche Grüße, dein Team", "Merci de votre
// fidélité"), a photo credit ("Foto: Jan de Vries") or a chart's caption
// ("Grafiek: de vrachtprijs sinds januari"), a call to action
// ("Lees meer op onze site", "Clique aqui"), the issue talking about itself
// ("Nesta edição") and openings that lean on the sentence before ("Mais
// ...", "Però ..."). Every cue has phrases for English, German, French,
// Spanish, Italian, Dutch and Portuguese; a sentence is read with the
// table of the language and the English one (many newsletters in
// other languages print English buttons and credits).
//
// Phrases match folded text (fold_for_match: lower case, ASCII quotes, one
// space) at the start of a sentence, except credit and self-reference
// phrases, which may stand anywhere in it.

#include <string_view>

namespace distill::transform {

class Cues;

enum class Cue {
  greeting,        // "Hello!", "Liebe Leserinnen und Leser,": addresses the reader
  sign_off,        // "Best regards", "Bis nächste Woche", "Thank you for reading", "Einen schönen Tag
                   // wünscht Ihnen", "Bon week-end", a signature line
                   // ("Jane Roe, Managing Editor, Harbour Gazette"): ends the issue
  credit,          // "Photo by ...", "Crédit photo :", "© ...": who made a picture; "CHART: ...",
                   // "Abbildung 3:": what a picture shows
  call_to_action,  // "Read more here", "Jetzt mehr erfahren": sends the reader elsewhere
  self_reference,  // "In this issue", "Dans ce numéro": the issue talking about itself; "Quote of the
                   // day", "Zitat des Tages" standing alone: the label of one of its recurring columns
  dangling,        // "But ...", "Aber ...", "Mais ...": needs the sentence before it
};

// The cues one folded sentence shows, all found in one pass over it
// (Cues::read): what a reader asking about several cues of the same
// sentence reads, instead of matching it once per cue.
class CueSet {
 public:
  // The same answer as Cues::is(cue, folded, words) for the sentence read.
  bool is(Cue cue) const;

 private:
  friend class Cues;
  unsigned m_cells = 0;  // one bit per cell of the cue table the sentence matches
  int m_words = 0;
};

class Cues {
 public:
  // `language`: "en", "de", "fr", "es", "it", "nl" or "pt"; any other code
  // reads with the English table alone.
  explicit Cues(std::string_view language);

  // Whether the folded sentence `folded` of `words` words shows `cue`.
  // Sign-offs and calls to action are short: a long sentence that opens
  // like one ("Read the court's ruling and you will see that ...") is a
  // statement. A self-introduction ("Voici ...") or a reading time ("Lesezeit:
  // 4 Minuten") is one in at most 8 words.
  bool is(Cue cue, std::string_view folded, int words) const;

  // Every cue of the folded sentence `folded` of `words` words at once: one
  // pass of all the cue phrases over it.
  CueSet read(std::string_view folded, int words) const;

 private:
  int m_language = 0;  // index into the tables
};

}  // namespace distill::transform
