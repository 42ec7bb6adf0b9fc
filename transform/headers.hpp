#pragma once
// Header decoding for RFC 5322 / MIME messages: unfolding, RFC 2047
// encoded words, RFC 2231 parameters, addresses, dates and ids. Every
// function takes the raw field value as it appears after "Name:" (folded or
// not, 8-bit or not) and returns UTF-8. None throws for bad input: what
// cannot be parsed is left readable (an encoded word that does not decode
// stays as written) or comes back empty.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "transform/message.hpp"

namespace distill::transform {

// One header field as it appeared: the name as written and the raw value
// after the colon, still folded and still encoded.
struct HeaderField {
  std::string name;
  std::string value;
  bool operator==(const HeaderField&) const = default;
};

// Parses a header block (everything before the first empty line) into its
// fields. A line that is neither a field nor a continuation ends the block:
// `*body_start` (when given) is then the offset of that line, which belongs
// to the body, as mail clients read a message whose blank line is missing.
// Otherwise it is the offset just past the empty line (or the end).
std::vector<HeaderField> parse_header_block(std::string_view bytes, std::size_t* body_start = nullptr,
                                            bool* separator_missing = nullptr);

// The value of the first field named `name` (case-insensitive), or nullptr.
const std::string* find_header(const std::vector<HeaderField>& fields, std::string_view name);

// Removes folding (CRLF or LF followed by a space or tab: the line break
// goes, the blank stays) and trims the ends.
std::string unfold_header(std::string_view value);

// Decodes unstructured header text (Subject, display names): unfolds, reads
// raw 8-bit bytes as UTF-8 when valid and windows-1252 otherwise, and
// decodes RFC 2047 encoded words (B and Q, any charset; whitespace between
// adjacent encoded words dropped; adjacent words in one charset joined
// before conversion, so a multi-byte character split across two words
// survives). A malformed or undecodable word stays as written.
std::string decode_rfc2047(std::string_view value);

// A Content-Type or Content-Disposition value: lower-cased type and subtype
// (subtype empty for a disposition) and its parameters with lower-cased
// names, RFC 2231 continuations joined and charsets converted to UTF-8,
// quoted strings unquoted, RFC 2047 words in values decoded.
struct MediaType {
  std::string type;
  std::string subtype;
  std::vector<std::pair<std::string, std::string>> params;
  // The parameter's value, or empty when absent.
  std::string param(std::string_view name) const;
  bool has_param(std::string_view name) const;
  std::string mime_type() const { return subtype.empty() ? type : type + "/" + subtype; }
};

// Parses "type/subtype; a=b; c*=utf-8''x%20y". A value without a slash
// gives that value as the type and an empty subtype.
MediaType parse_media_type(std::string_view value);

// Parses an address list (From, To, Cc): mailboxes with or without display
// name, quoted names, comments ("joe@x (Joe)" names Joe), groups (their
// members are listed, the group name is dropped), and the common breakage of
// an unquoted comma in a display name ("Doe, John <j@x>"). Display names are
// RFC 2047 decoded, also inside quotes.
std::vector<Address> parse_address_list(std::string_view value);

// "Name <addr>", quoting the name when it holds RFC 5322 specials; just the
// address when there is no name.
std::string format_address(const Address& address);

// Parses an RFC 5322 date-time, including the obsolete forms: two- and
// three-digit years, missing seconds or day name, alphabetic and military
// zones, comments, and asctime/ISO 8601 layouts some senders use. A missing
// or unknown zone is taken as UTC. Returns nullopt when no valid date is
// found.
std::optional<std::chrono::sys_seconds> parse_date(std::string_view value);

// The id inside the first <...> of a Message-ID (or List-Id) value, or the
// trimmed value without comments when there are no angle brackets.
std::string parse_message_id(std::string_view value);

}  // namespace distill::transform
