#pragma once
// MIME decoding: the bytes of one RFC 5322 message in, a Message out.
//
// The structure walk is our own rather than mimetic's. mimetic 0.9.8 (the
// library the design started from) was measured on the cases this stage must
// survive and gets several wrong without saying so: it matches a boundary
// anywhere in a line, not only at its start, so a body line containing
// "--boundary" splits a part in two; a multipart without a boundary
// parameter splits at every "--" and loses text; a 1 MB header line takes a
// second (its header buffer grows 128 bytes at a time); nesting is
// unbounded recursion; and it reports no malformation at all, while
// Message::warnings must say what was lost. Splitting at boundaries is the
// small part of MIME; the rest (transfer decodings, headers, charsets) had
// to be written here anyway because mimetic does not decode RFC 2047 or
// convert charsets, and its codecs never report an error.
//
// How the parts are read, in short:
// - a header block ends at the first empty line; a line that is not a field
//   starts the body (warning), as in Python's email package and mail clients;
// - a boundary is recognised only at the start of a line, followed by "--"
//   or blanks only; a missing closing boundary ends the part at the end of
//   its parent (warning); a multipart whose boundary never occurs is read as
//   text/plain so that its text is not lost (warning);
// - nesting deeper than 40 levels and more than 10,000 parts are not walked
//   (warning), so time and memory stay linear in the input;
// - quoted-printable and base64 are decoded leniently; malformed escapes,
//   stray characters and a truncated base64 tail are reported;
// - text parts are converted to UTF-8 (see charset.hpp), NUL bytes dropped,
//   CRLF and CR turned into LF. An HTML part without a charset parameter
//   takes the charset its <meta> declares;
// - Message::text_body is what a client shows: a format=flowed part is
//   unwrapped (RFC 3676), several inline text parts are joined by a blank
//   line. MimePart::text is the part as sent.

#include <string>
#include <string_view>
#include <vector>

#include "transform/message.hpp"

namespace distill::transform {

// One leaf part of the MIME tree, for callers that want more than the two
// bodies a mail client shows (tests against a reference decoder, `explain`).
struct MimePart {
  // IMAP-style part number: "" for a single-part message, "1", "2.1", ...
  // A message/rfc822 part's inner message takes the part's own number (as
  // Python's email package walks it).
  std::string path;
  std::string content_type;       // lower case, "text/plain" when not declared
  std::string charset;            // declared, lower case; empty if none
  std::string filename;           // decoded (RFC 2231 / RFC 2047); empty if none
  std::string disposition;        // "inline", "attachment", or empty
  std::string transfer_encoding;  // lower case; empty if none
  std::size_t decoded_size = 0;   // bytes after transfer decoding
  std::string text;               // text/* parts only: UTF-8 with LF line ends
  bool operator==(const MimePart&) const = default;
};

struct DecodedMessage {
  Message message;
  std::vector<MimePart> parts;  // leaves, depth first
};

// Decodes a whole message. Never throws for bad input (std::bad_alloc
// aside): whatever is malformed is read as well as it can be and described
// in message.warnings.
DecodedMessage decode_mime(std::string_view bytes);

// The same, without the part list: the Message the rest of the pipeline uses.
Message decode_message(std::string_view bytes);

// Content-Transfer-Encoding decoders, lenient like mail clients. Each
// returns the decoded bytes and counts what it had to skip or guess.
struct TransferStats {
  int malformed = 0;       // QP: "=" not followed by two hex digits (kept literally);
                           // base64: characters outside the alphabet (skipped)
  bool truncated = false;  // base64: a final group of 1 character (its bits dropped)
};
std::string decode_quoted_printable(std::string_view encoded, TransferStats* stats = nullptr);
std::string decode_base64(std::string_view encoded, TransferStats* stats = nullptr);

}  // namespace distill::transform
