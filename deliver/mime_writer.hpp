#pragma once
// Writing MIME: the building blocks of the digest message, quoted-printable
// bodies, RFC 2047 header words, RFC 5322 dates and addresses, and header
// values that cannot break out of their line. Pure functions of their
// arguments. Only encoding lives here; reading MIME (a digest read back from
// the store included) is transform/mime.hpp's.
//
// Everything here treats its input as hostile: text that came from a
// newsletter (its subject, its sender's name) ends up in our headers, and a
// CR or LF in it must never start a new header.

#include <chrono>
#include <string>
#include <string_view>

namespace distill::deliver {

// Quoted-printable (RFC 2045 6.7) of UTF-8 text. Line breaks in `text` (LF or
// CRLF) become CRLF hard breaks; lines are soft-broken to at most 76
// characters; trailing blanks, '=', control bytes and 8-bit bytes are
// escaped, and so are a leading '.' and "From " so the part survives SMTP and
// mbox untouched. The output never contains "=_", which the digest's MIME
// boundary relies on.
std::string encode_quoted_printable(std::string_view text);
// The same appended to `out`, and its size in bytes without making it, so
// that a message of megabytes can be put together at its final size.
void append_quoted_printable(std::string_view text, std::string& out);
std::size_t quoted_printable_size(std::string_view text);

// A header value with every CR, LF and other control character replaced by a
// space and runs of blanks folded: the value stays on its own header line.
std::string sanitize_header_value(std::string_view value);

// An unstructured header value (Subject) ready to follow "Name: ": sanitized,
// left as is when it is printable ASCII that fits on a line and holds no
// "=?", else encoded as RFC 2047 UTF-8 B-words of at most 75 characters,
// folded with CRLF SP between words.
// Multi-byte characters are never split across two words.
std::string encode_header_text(std::string_view value);

// The addr-spec of "Name <addr>" or of a bare "addr", trimmed; empty when
// there is none.
std::string address_spec(std::string_view mailbox);

// A mailbox for From:/To:. The display name is quoted (or RFC 2047 encoded
// when not ASCII); the addr-spec is kept as is. Throws deliver::Error when
// the address is empty or contains characters an address cannot have.
std::string format_mailbox(std::string_view mailbox);

// "Fri, 24 Jan 2025 07:00:00 +0100": `at` shown at the given offset from UTC.
std::string format_rfc5322_date(std::chrono::sys_seconds at, std::chrono::seconds utc_offset);

}  // namespace distill::deliver
