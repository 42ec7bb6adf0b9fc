// libFuzzer target for composing a digest: Summaries built from the input
// (any texts, URLs, dates and counts, as a store or a bug could hand them
// over) must compose into a message that is 7-bit MIME with lines of at most
// 998 characters, that transform's own decoder reads back to the same
// subject, text and HTML, whose HTML has no tag but the composer's own, and
// whose every text is valid UTF-8.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include <fuzzer/FuzzedDataProvider.h>

#include "deliver/compose.hpp"
#include "deliver/mime_writer.hpp"
#include "transform/charset.hpp"
#include "transform/mime.hpp"

namespace {

void require(bool ok) {
  if (!ok) std::abort();
}

// Whether every '<' in `html` opens (or closes) one of the composer's tags.
bool only_our_tags(std::string_view html) {
  static constexpr std::string_view k_tags[] = {"!DOCTYPE", "html", "head", "meta", "title", "style", "body",
                                                "table", "tr", "td", "h1", "h2", "p", "ul", "ol", "li", "a",
                                                "br", "span"};
  for (std::size_t at = html.find('<'); at != std::string_view::npos; at = html.find('<', at + 1)) {
    std::string_view rest = html.substr(at + 1);
    if (rest.starts_with("/")) rest.remove_prefix(1);
    bool ours = false;
    for (const std::string_view tag : k_tags) {
      if (rest.starts_with(tag) && rest.size() > tag.size() &&
          (rest[tag.size()] == '>' || rest[tag.size()] == ' ')) {
        ours = true;
      }
    }
    if (!ours) return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace distill;
  FuzzedDataProvider in(data, size);
  deliver::ComposeOptions options;
  options.from = "distill <digest@example.com>";
  options.to = {"me@example.com"};
  options.subject_template = "Digest {date}: {count} from {sources}";
  options.now = std::chrono::sys_seconds{std::chrono::seconds{in.ConsumeIntegralInRange<long long>(0, 4102444800)}};
  options.utc_offset = std::chrono::seconds{in.ConsumeIntegralInRange(-14 * 3600, 14 * 3600)};
  options.budget_minutes = in.ConsumeIntegralInRange(0, 2);
  std::vector<transform::Summary> summaries(in.ConsumeIntegralInRange(0, 4));
  for (std::size_t i = 0; i < summaries.size(); ++i) {
    options.priorities.push_back(static_cast<deliver::Priority>(in.ConsumeIntegralInRange(0, 3)));
  }
  for (auto& s : summaries) {
    s.source = in.ConsumeRandomLengthString(300);
    s.title = in.ConsumeRandomLengthString(200);
    if (in.ConsumeBool()) {
      s.date = std::chrono::sys_seconds{std::chrono::seconds{in.ConsumeIntegralInRange<long long>(0, 4102444800)}};
    }
    s.web_url = in.ConsumeRandomLengthString(100);
    s.lede = in.ConsumeRandomLengthString(600);
    for (int n = in.ConsumeIntegralInRange(0, 4); n > 0; --n) s.points.push_back(in.ConsumeRandomLengthString(300));
    for (int n = in.ConsumeIntegralInRange(0, 4); n > 0; --n) {
      s.items.push_back({in.ConsumeRandomLengthString(100), in.ConsumeRandomLengthString(100),
                         in.ConsumeRandomLengthString(200)});
    }
    s.words_in = in.ConsumeIntegralInRange(0, 1000000);
    s.words_kept = in.ConsumeIntegralInRange(0, s.words_in);
    s.blocks_removed = in.ConsumeIntegralInRange(0, 1000);
    for (int n = in.ConsumeIntegralInRange(0, 3); n > 0; --n) {
      s.removed_counts[in.ConsumeRandomLengthString(20)] = in.ConsumeIntegralInRange(0, 1000);
    }
  }
  const transform::Digest d = deliver::compose_digest(std::move(summaries), options);
  require(transform::is_valid_utf8(d.subject) && transform::is_valid_utf8(d.text) &&
          transform::is_valid_utf8(d.html));
  std::size_t line = 0;
  for (const char c : d.mime) {
    require(static_cast<unsigned char>(c) < 0x80 && c != '\0');
    if (c != '\r') line = c == '\n' ? 0 : line + 1;
    require(line <= 998);
  }
  require(only_our_tags(d.html));
  const transform::Message back = transform::decode_mime(d.mime).message;
  require(back.subject == deliver::sanitize_header_value(d.subject));
  require(back.text_body == d.text);
  require(back.html_body == d.html);
  return 0;
}
