// libFuzzer target for MIME decoding: any bytes must decode to a Message
// without crashing, hanging, throwing or reading out of bounds, every string
// in it valid UTF-8; the bodies must then convert to Documents the same way.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "transform/charset.hpp"
#include "transform/headers.hpp"
#include "transform/html_document.hpp"
#include "transform/mime.hpp"
#include "transform/text_document.hpp"

namespace {

void require(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace distill::transform;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const DecodedMessage d = decode_mime(bytes);
  const Message& m = d.message;
  require(is_valid_utf8(m.subject) && is_valid_utf8(m.from.name) && is_valid_utf8(m.text_body) &&
          is_valid_utf8(m.html_body) && is_valid_utf8(m.list_unsubscribe));
  for (const Address& a : m.to) require(is_valid_utf8(a.name));
  for (const MimePart& p : d.parts) require(is_valid_utf8(p.text) && is_valid_utf8(p.filename));
  (void)message_to_document(m);
  (void)text_to_document(m.text_body, true);
  // The header helpers on the raw bytes as one field value.
  (void)parse_date(bytes);
  (void)parse_address_list(bytes);
  require(is_valid_utf8(decode_rfc2047(bytes)));
  return 0;
}
