// transform/clean_json: the JSON form of a CleanResult that the archive
// keeps; the text written directly is the json tree's dump().

#include "transform/clean_json.hpp"

#include <catch2/catch.hpp>

using namespace distill::transform;

namespace {

CleanResult sample() {
  CleanResult r;
  r.kept.blocks.push_back({BlockKind::heading, 2, "Caf\xC3\xA9 \"news\"", {}});
  Block p{BlockKind::paragraph, 0, "Text\twith\\escapes\x01", {}};
  p.links.push_back({"read", "https://example.org/a?b=1&c=\"2\""});
  p.links.push_back({"", ""});
  r.kept.blocks.push_back(p);
  r.kept.tracking_pixels = 3;
  r.kept.tracking_params_removed = 12;
  r.removed.push_back({Block{BlockKind::list_item, 1, "Unsubscribe", {{"here", "https://x.example/u"}}},
                       "footer: \"unsubscribe\"", RemovalKind::footer, "\"unsubscribe\"", {}});
  r.removed.push_back({Block{BlockKind::paragraph, 0, "Im Browser ansehen", {{"", "https://x.example/w"}}},
                       "chrome: \"im browser ansehen\"", RemovalKind::chrome, "\"im browser ansehen\"",
                       Category::view_online});
  return r;
}

}  // namespace

TEST_CASE("to_json_text of a CleanResult is to_json's dump() and reads back the same", "[transform]") {
  const CleanResult r = sample();
  CHECK(to_json_text(r) == to_json(r).dump());
  CHECK(to_json_text(CleanResult{}) == to_json(CleanResult{}).dump());
  CHECK(clean_result_from_json(nlohmann::json::parse(to_json_text(r))) == r);
}

TEST_CASE("to_json_text of a CleanResult with text that is not UTF-8 throws as dump() does", "[transform]") {
  CleanResult r = sample();
  r.removed[0].evidence = "caf\xE9";
  CHECK_THROWS_AS(to_json_text(r), nlohmann::json::exception);
}
