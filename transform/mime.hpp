#pragma once
// MIME decoding: the bytes of one RFC 5322 message in, a Message out.
//
// mimetic 0.9.8 reads the structure: its parser (fed through an input
// iterator, so that it judges lines, not substrings) reads every header,
// starts a part at each delimiter line, descends into multiparts and
// message/rfc822, and fills each entity's body, preamble and epilogue. It was
// measured on the cases this stage must survive and gets several wrong
// without saying so, so mime.cpp keeps guards around it:
// - its boundary step (copy_until_boundary, virtual in mimetic) is refined:
//   a delimiter is "--boundary" followed by blanks only, or "--boundary--"
//   followed by anything; mimetic takes any line starting with "--boundary";
// - a multipart whose closing delimiter is missing, followed by an enclosing
//   multipart's delimiter: mimetic ends every enclosing multipart there and
//   loses the rest of the message; it is closed at that line instead (the
//   missing closing delimiter supplied) and the repair is a warning;
// - a multipart without a boundary parameter (mimetic splits at every "--"),
//   or reusing an enclosing multipart's boundary, is not split: its body is
//   read as text/plain, with a warning; the boundary parameter is read with
//   RFC 2231 (boundary*=), which mimetic does not do;
// - mimetic recurses once per level and creates a part per delimiter without
//   limit: past 40 levels of multiparts, after 10,000 parts, and past 200
//   message/rfc822 declarations, parts are skipped (warning);
// - a header line over 64 KB is held aside while mimetic parses (its header
//   buffer grows 128 bytes at a time: a 1 MB line took seconds), an mbox
//   "From " line is dropped, a header that runs to the end of the input and a
//   final delimiter without a line break are ended so mimetic reads them;
// - mimetic drops the line break before a delimiter except when its 4 KB
//   line buffer was flushed just there; it is dropped in every case.
//
// What mimetic does not do is done here:
// - headers: RFC 2047 encoded words, RFC 2231 parameters, addresses, dates
//   (see headers.hpp); a line that is not a field starts the body, as in
//   mimetic and Python's email package;
// - quoted-printable and base64 are decoded leniently here; malformed
//   escapes, stray characters and a truncated base64 tail are reported
//   (mimetic's codecs never report an error);
// - text parts are converted to UTF-8 (see charset.hpp), NUL bytes dropped,
//   CRLF and CR turned into LF. An HTML part without a charset parameter
//   takes the charset its <meta> declares;
// - the walk over mimetic's tree (nesting deeper than 40 levels is not
//   walked), message/global, message/news, a digest's undeclared parts and
//   an encoded message/rfc822 parsed again, and the choice of bodies:
//   Message::text_body is what a client shows: a format=flowed part is
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
