// libFuzzer target for header decoding: the bytes, as one field value, go
// through RFC 2047 words, RFC 2231 parameters, address lists, dates and
// ids, and as a header block through the field parser. Nothing may crash,
// hang or throw, everything decoded must be valid UTF-8, and a decoded
// unstructured value or display name must stay on one line.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "transform/charset.hpp"
#include "transform/headers.hpp"

namespace {

void require(bool ok) {
  if (!ok) std::abort();
}

bool one_line(const std::string& s) {
  return distill::transform::is_valid_utf8(s) && s.find_first_of(std::string("\r\n\0", 3)) == std::string::npos;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace distill::transform;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  require(one_line(decode_rfc2047(bytes)));
  const MediaType type = parse_media_type(bytes);
  require(is_valid_utf8(type.type) && is_valid_utf8(type.subtype));
  for (const auto& [name, value] : type.params) require(is_valid_utf8(name) && is_valid_utf8(value));
  for (const Address& a : parse_address_list(bytes)) {
    require(one_line(a.name) && is_valid_utf8(a.address));
    require(is_valid_utf8(format_address(a)));
  }
  (void)parse_date(bytes);
  require(is_valid_utf8(parse_message_id(bytes)));
  std::size_t body = 0;
  bool missing = false;
  for (const HeaderField& f : parse_header_block(bytes, &body, &missing)) {
    require(one_line(decode_rfc2047(f.value)));
    (void)parse_address_list(f.value);
  }
  require(body <= size);
  return 0;
}
