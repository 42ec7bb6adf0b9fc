// libFuzzer target for the IMAP response parser: any bytes, fed in pieces
// whose sizes come from the input itself, must either parse or throw
// ProtocolError; never crash, hang or read out of bounds. The same bytes fed
// whole must give the same responses as fed in pieces.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "ingest/imap_parser.hpp"

namespace {

std::vector<distill::ingest::ImapResponse> parse(std::string_view bytes, std::size_t piece, bool& failed) {
  distill::ingest::ResponseParser parser(1 << 20);
  std::vector<distill::ingest::ImapResponse> out;
  try {
    for (std::size_t i = 0; i < bytes.size(); i += piece) {
      parser.feed(bytes.substr(i, piece));
      while (auto r = parser.next()) out.push_back(std::move(*r));
    }
  } catch (const distill::ingest::ProtocolError&) {
    failed = true;
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::size_t piece = 1 + data[0] % 64;
  std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  bool failed_pieces = false, failed_whole = false;
  auto in_pieces = parse(bytes, piece, failed_pieces);
  auto whole = parse(bytes, bytes.size() + 1, failed_whole);
  // A stream that fails whole may still have yielded its first responses
  // in pieces; every response it gave must be the same.
  if (!failed_pieces && !failed_whole && in_pieces != whole) std::abort();
  return 0;
}
