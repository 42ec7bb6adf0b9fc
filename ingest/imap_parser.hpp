#pragma once
// An incremental parser for IMAP4rev1 server responses (RFC 3501 section 7 and
// the formal syntax in section 9), for the byte stream that libcurl's
// connect-only mode hands over after login.
//
// Bytes are fed as they arrive, in pieces of any size; complete responses come
// out one at a time. A literal {n} is taken as exactly n bytes, whatever they
// contain: CR, LF, NUL, 8-bit bytes, lines that look like tagged or untagged
// responses. That is the whole reason this parser exists: libcurl 7.88's own
// FETCH handling reads message bodies line by line and can be fooled by them.
//
// The parser keeps only the response being assembled; a response is handed
// out as soon as its last byte is in, so memory is bounded by the largest
// single response (one message for a FETCH), not by the mailbox.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/source.hpp"

namespace distill::ingest {

// The server sent something that is not IMAP: the stream cannot be trusted
// any more and the connection must be dropped.
class ProtocolError : public Error {
 public:
  using Error::Error;
};

// One token of a response: an atom (numbers, flags and section names such as
// BODY[HEADER.FIELDS (FROM)] included), a string (quoted or literal, bytes
// exactly as sent), NIL, or a parenthesized list.
struct ImapValue {
  enum class Kind { atom, string, nil, list };
  Kind kind = Kind::atom;
  std::string text;             // atom or string
  std::vector<ImapValue> list;  // list
  bool operator==(const ImapValue&) const = default;

  bool is_atom(std::string_view name) const;  // case-insensitive
  // The value as an unsigned number; nullopt when it is not an atom of digits
  // or does not fit in 64 bits.
  std::optional<std::uint64_t> number() const;
};

struct ImapResponse {
  enum class Kind { untagged, tagged, continuation };
  Kind kind = Kind::untagged;
  std::string tag;     // tagged only, e.g. "d7"
  std::string status;  // OK, NO, BAD, BYE or PREAUTH (upper case); empty for data responses
  std::string code;    // the response code inside [...], e.g. "UIDVALIDITY 1794001234"; may be empty
  std::string text;    // the human-readable text of a status or continuation response
  // A data response's tokens: {"SEARCH", "3", "7"}, {"12", "FETCH", (...)},
  // {"CAPABILITY", "IMAP4rev1", ...}.
  std::vector<ImapValue> data;
  bool operator==(const ImapResponse&) const = default;
};

class ResponseParser {
 public:
  // `max_literal` bounds a single literal; a larger one is a ProtocolError
  // (a server announcing 3 GB for a message we asked RFC822.SIZE of is lying).
  explicit ResponseParser(std::size_t max_literal = std::size_t{1} << 31);

  // Appends received bytes.
  void feed(std::string_view bytes);
  // The next complete response, or nullopt when more bytes are needed.
  // Throws ProtocolError when the bytes cannot be IMAP.
  std::optional<ImapResponse> next();
  // Whether bytes of an incomplete response are buffered (a connection that
  // closes now was cut in the middle of a response).
  bool has_partial() const { return m_start < m_buf.size(); }

 private:
  std::string m_buf;
  std::size_t m_start = 0;  // first byte not yet consumed
  std::size_t m_need = 0;   // do not try again before m_buf holds this many bytes
  std::size_t m_max_literal;
};

// For a FETCH response's list: the value that follows `name` (e.g. "UID",
// "RFC822.SIZE", "BODY[]"), or nullptr when it is not there.
const ImapValue* fetch_item(const ImapValue& fetch_list, std::string_view name);
ImapValue* fetch_item(ImapValue& fetch_list, std::string_view name);

}  // namespace distill::ingest
