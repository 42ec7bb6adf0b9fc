#include "ingest/header_facts.hpp"

#include <string>

#include "transform/ascii.hpp"
#include "transform/headers.hpp"

namespace distill::ingest {

HeaderFacts header_facts(std::string_view message) {
  // Only the header block is parsed: transform's header functions, no MIME
  // walk and no body decoding.
  auto fields = transform::parse_header_block(message);
  HeaderFacts facts;
  if (const auto* v = transform::find_header(fields, "Message-ID")) facts.message_id = transform::parse_message_id(*v);
  if (const auto* v = transform::find_header(fields, "From")) {
    auto addresses = transform::parse_address_list(*v);
    if (!addresses.empty()) {
      facts.from = transform::ascii_lower(addresses.front().address);
    }
  }
  if (const auto* v = transform::find_header(fields, "List-Id")) facts.list_id = transform::parse_message_id(*v);
  if (const auto* v = transform::find_header(fields, "Subject")) facts.subject = transform::decode_rfc2047(*v);
  if (const auto* v = transform::find_header(fields, "Date")) facts.date = transform::parse_date(*v);
  return facts;
}

}  // namespace distill::ingest
