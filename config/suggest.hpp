#pragma once
// Typo suggestions: what an error about an unknown section or key adds so
// that the user can fix it, from the key table (config/keys.hpp). Each
// returns the text that follows "; " in the message.

#include <string>
#include <string_view>

namespace distill::config {

// For an unknown section NAME: "did you mean [feed]?", or how a source
// section is written, or the list of sections.
std::string suggest_section(std::string_view name);

// For an unknown `key` in a section of kind `kind` ("imap", "source"):
// "did you mean 'mailbox'?", else "'schedule' belongs in [digest]", else
// the keys the section has.
std::string suggest_key(std::string_view key, std::string_view kind);

// For a key that comes before any section: "put it under [imap] or
// [smtp]", or that a section must come first.
std::string suggest_home(std::string_view key);

}  // namespace distill::config
