#pragma once
// Sentence splitting for English and German newsletter prose. The
// summarizer picks sentences, so a wrong split shows up in the digest as a
// half sentence ("Dr." / "Smith said ...") or as two stories glued together.

#include <string>
#include <string_view>
#include <vector>

namespace distill::transform {

// Splits `text` into sentences, in order, each trimmed and with runs of
// whitespace (line breaks included) folded to one space. Never returns an
// empty sentence; the concatenation keeps every word of `text`.
//
// A sentence ends at '.', '!', '?' or an ellipsis (with any closing quotes
// and brackets that follow) when whitespace and a sentence start follow:
// an upper-case letter, a digit, an opening quote or bracket. Not a boundary:
//   - known abbreviations and titles: Dr. Mr. St. vs. z.B. bzw. Nr. ...
//   - initials and dotted acronyms (J. R. R. Tolkien, U.S., e.g., i.e.),
//     unless a typical sentence opener follows ("... in the U.S. The ...");
//   - decimals, versions, times and URLs (no whitespace after the dot);
//   - a list number at the start of a line ("1. Advanced Log Processing")
//     and German ordinal dates ("am 24. Januar");
//   - a lower-case continuation ("Wait... what?", "'Really?' she asked");
//   - after an ellipsis, anything but a capital or an opening quote ("the
//     codes... $4.5m left").
// A line break ends a sentence when the next line starts with something other
// than a lower-case letter (headlines, list lines, "<br>" separated lines);
// otherwise it is a wrapped line and reads as a space. In hard-wrapped plain
// text (three or more lines of nearly the same width, 50 characters or more)
// a line that ends without a stop or colon also wraps when the next line's
// first word would not have fitted on it ("... worked for a large\nUS
// bank ..."), unless the next line is a list line ("2) ...", "- ...").
std::vector<std::string> split_sentences(std::string_view text);

// The head of a sentence too long for the room a summary has left: its
// clauses up to a semicolon, which joins two statements in every language
// ("El pleno aprobó reservar 250.000 euros para los más votados; la votación
// se hace en la web municipal." -> "El pleno aprobó reservar 250.000 euros
// para los más votados."). The longest such head of at least
// `min_words` and at most `max_words` words, outside brackets, ended with a
// full stop; empty when there is none.
std::string head_clause(std::string_view sentence, int max_words, int min_words = 8);

}  // namespace distill::transform
