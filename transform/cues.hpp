#pragma once
// Cue phrases of sentences that state no news, by language: what the
// summarizer must not take as a lede, a point or a blurb. A greeting ("Hola
// a todos,"), a sign-off ("Herzliche Grüße, dein Team", "Merci de votre
// fidélité"), a photo credit ("Foto: Jan de Vries"), a call to action
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

enum class Cue {
  greeting,        // "Hello!", "Liebe Leserinnen und Leser,": addresses the reader
  sign_off,        // "Best regards", "Bis nächste Woche", "Thank you for reading", a signature line
                   // ("Jane Roe, Managing Editor, Harbour Gazette"): ends the issue
  credit,          // "Photo by ...", "Crédit photo :", "© ...": who made a picture
  call_to_action,  // "Read more here", "Jetzt mehr erfahren": sends the reader elsewhere
  self_reference,  // "In this issue", "Dans ce numéro": the issue talking about itself
  dangling,        // "But ...", "Aber ...", "Mais ...": needs the sentence before it
};

class Cues {
 public:
  // `language`: "en", "de", "fr", "es", "it", "nl" or "pt"; any other code
  // reads with the English table alone.
  explicit Cues(std::string_view language);

  // Whether the folded sentence `folded` of `words` words shows `cue`.
  // Sign-offs and calls to action are short: a long sentence that opens
  // like one ("Read the court's ruling and you will see that ...") is a
  // statement. A self-introduction ("Voici ...") is one in at most 8 words.
  bool is(Cue cue, std::string_view folded, int words) const;

 private:
  int m_language = 0;  // index into the tables
};

}  // namespace distill::transform
