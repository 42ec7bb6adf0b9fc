// libFuzzer target for HTML to Document (and, on the same bytes, plain text
// to Document and URL cleaning): any bytes must convert without crashing,
// hanging or reading out of bounds, and every block text and link (its text
// and its URL) must be valid UTF-8.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "transform/charset.hpp"
#include "transform/html_document.hpp"
#include "transform/links.hpp"
#include "transform/text_document.hpp"

namespace {

void require(bool ok) {
  if (!ok) std::abort();
}

void check(const distill::transform::Document& d) {
  for (const auto& b : d.blocks) {
    require(distill::transform::is_valid_utf8(b.text));
    for (const auto& l : b.links) {
      require(distill::transform::is_valid_utf8(l.text) && distill::transform::is_valid_utf8(l.url));
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace distill::transform;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  check(html_to_document(bytes));
  check(text_to_document(bytes, size % 2 == 1));
  int removed = 0;
  (void)clean_url(bytes, &removed);
  require(removed >= 0);
  return 0;
}
