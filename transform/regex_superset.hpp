#pragma once
// A cheaper pattern that matches wherever a pattern matches, for an
// RE2::Set that only picks which patterns to run on their own: the
// vocabulary's set and the markers' set. RE2 compiles a Unicode letter or
// number class (\pL, \pN) byte by byte, for every repetition of it; reading
// any character beyond ASCII there, with the ASCII letters or digits, is
// much cheaper to compile and to run, and never fewer characters.

#include <string>
#include <string_view>

namespace distill::transform {

// `pattern` with each \pL and \pN, alone or inside a bracket expression,
// widened to the ASCII letters (or digits) and every character beyond
// ASCII. A pattern where that would narrow what it matches (a Unicode class
// in a negated bracket expression, \P, \p{...}) comes back unchanged.
std::string widened_to_ascii_letters(std::string_view pattern);

// `pattern` with each counted repetition {m,n} whose n is at least
// `min_bound` left open: {m,} (or * for {0,n}). A DFA reading X{0,40} must
// tell apart every count of X read so far, one state each, beside every
// other pattern of a set; X* is one state. Braces inside a bracket
// expression or escaped stay as written.
std::string with_open_repeats(std::string_view pattern, int min_bound);

// `pattern` with each "ß" outside a bracket expression matching "ss" too:
// Swiss German writes "Grüsse" and "abschliessen" where Germany and
// Austria write "Grüße" and "abschließen", and a phrase written one way
// must find the other. Not only for sets: the pattern's own RE2 reads it
// too.
std::string with_ss_for_eszett(std::string_view pattern);

}  // namespace distill::transform
