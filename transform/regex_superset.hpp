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

}  // namespace distill::transform
