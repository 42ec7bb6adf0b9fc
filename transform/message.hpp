#pragma once
// The mail value types: RawMessage as it came from a source, Message once
// MIME, headers and charsets are decoded. Declared here so every folder can
// use them without depending sideways (see ARCHITECTURE.md).

#include <chrono>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace distill::transform {

// IMAP UIDs and UIDVALIDITY values are both 32-bit integers; distinct types
// keep them from being swapped.
struct Uid {
  std::uint32_t value = 0;
  auto operator<=>(const Uid&) const = default;
};
struct UidValidity {
  std::uint32_t value = 0;
  auto operator<=>(const UidValidity&) const = default;
};

// One message as fetched: where it came from and its bytes, untouched.
// For local sources (Maildir, mbox, directory) `mailbox` names the source
// and uidvalidity/uid are 0.
struct RawMessage {
  std::string mailbox;
  UidValidity uidvalidity;
  Uid uid;
  std::string bytes;
  std::optional<std::chrono::sys_seconds> internal_date;
  bool operator==(const RawMessage&) const = default;
};

struct Address {
  std::string name;     // display name, decoded to UTF-8; may be empty
  std::string address;  // addr-spec, e.g. "news@example.com"; may be empty
  bool operator==(const Address&) const = default;
};

// A decoded message. Every string is UTF-8. Problems met while decoding
// (bad charset, truncated base64, missing boundary) are in `warnings`; decode
// never throws for bad input.
struct Message {
  Address from;
  std::vector<Address> to;
  std::string subject;
  std::optional<std::chrono::sys_seconds> date;
  std::string message_id;            // without angle brackets; empty if none
  std::string list_id;               // the id inside <...>, e.g. "news.example.com"
  std::string list_unsubscribe;      // raw header value, decoded
  std::string list_unsubscribe_post;
  std::string precedence;            // "bulk", "list", ... lower case
  std::string digest_marker;         // value of X-Distill-Digest: set on our own digests
  std::string text_body;             // the text/plain body a mail client would show
  std::string html_body;             // the text/html body a mail client would show
  std::vector<std::string> warnings;
  bool operator==(const Message&) const = default;
};

}  // namespace distill::transform
