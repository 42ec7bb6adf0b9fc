// libFuzzer target for cleaning and summarizing: a Document built from the
// input (any blocks, kinds, levels, texts and links, as valid UTF-8 the way
// the decoders hand them over) and a template history must clean and
// summarize without crashing, and within libFuzzer's -timeout: a quadratic
// step over a long issue shows up as a timeout. The summary must be valid
// UTF-8 and keep its point limit.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include <fuzzer/FuzzedDataProvider.h>

#include "transform/charset.hpp"
#include "transform/clean.hpp"
#include "transform/summarize.hpp"

namespace {

void require(bool ok) {
  if (!ok) std::abort();
}

std::string text(FuzzedDataProvider& in, std::size_t max) {
  return distill::transform::sanitize_utf8(in.ConsumeRandomLengthString(max));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace distill::transform;
  FuzzedDataProvider in(data, size);
  SummarizeOptions options;
  options.points = in.ConsumeIntegralInRange(0, 8);
  options.language = in.PickValueInArray({"", "en", "de", "fr"});
  options.title = text(in, 200);
  std::vector<std::vector<std::string>> history(in.ConsumeIntegralInRange(0, 3));
  for (auto& issue : history) {
    for (int n = in.ConsumeIntegralInRange(0, 8); n > 0; --n) issue.push_back(text(in, 300));
  }
  Document doc;
  doc.tracking_pixels = in.ConsumeIntegralInRange(0, 100);
  doc.tracking_params_removed = in.ConsumeIntegralInRange(0, 100);
  while (in.remaining_bytes() > 0) {
    Block b;
    b.kind = static_cast<BlockKind>(in.ConsumeIntegralInRange(0, 5));
    b.level = in.ConsumeIntegralInRange(0, 7);
    b.text = text(in, 4000);
    for (int n = in.ConsumeIntegralInRange(0, 3); n > 0; --n) {
      Link l;
      l.text = text(in, 100);
      l.url = in.ConsumeBool() ? "https://example.com/" + text(in, 100) : text(in, 100);
      b.links.push_back(std::move(l));
    }
    doc.blocks.push_back(std::move(b));
  }
  const CleanResult cleaned = clean(doc, {}, history);
  const Summary s = summarize(cleaned, options);
  require(is_valid_utf8(s.lede) && is_valid_utf8(s.title) && is_valid_utf8(s.web_url));
  require(static_cast<int>(s.points.size()) <= options.points);
  for (const auto& p : s.points) require(is_valid_utf8(p));
  for (const auto& item : s.items) {
    require(is_valid_utf8(item.title) && is_valid_utf8(item.url) && is_valid_utf8(item.blurb));
  }
  require(s.words_kept >= 0 && s.words_kept <= s.words_in);
  return 0;
}
