// transform/summary_json: the JSON form of a Summary that the store keeps
// and `explain --json` prints; what is written reads back the same.

#include "transform/summary_json.hpp"

#include <chrono>

#include <catch2/catch.hpp>

using namespace distill::transform;

TEST_CASE("a Summary survives to_json and summary_from_json unchanged", "[transform]") {
  Summary s;
  s.source = "Field Notes";
  s.title = "Issue 48: \"The quiet season\"";
  s.date = std::chrono::sys_seconds{std::chrono::sys_days{std::chrono::January / 22 / 2025}} + std::chrono::hours{19};
  s.web_url = "https://example.org/48";
  s.lede = "Four barrels caught 2,300 litres.";
  s.points = {"The beds are mulched.", "Ünïcödé stays as it is ✓"};
  s.items = {{"A field guide to winter birds", "https://birds.example.org/guide", "One sentence."},
             {"An item without a link", "", ""}};
  s.words_in = 199;
  s.words_kept = 137;
  s.blocks_removed = 3;
  s.removed_counts = {{"footer", 2}, {"sponsor", 1}, {"tracking pixel", 4}};

  const nlohmann::json j = to_json(s);
  CHECK(j.at("lede") == s.lede);
  CHECK(j.at("points").size() == 2);
  CHECK(j.at("items").at(0).at("url") == "https://birds.example.org/guide");
  CHECK(summary_from_json(nlohmann::json::parse(j.dump())) == s);
}

TEST_CASE("summary_from_json gives defaults for missing keys and throws on a wrong type", "[transform]") {
  const Summary empty = summary_from_json(nlohmann::json::object());
  CHECK(empty == Summary{});
  CHECK_THROWS_AS(summary_from_json(nlohmann::json{{"points", "not a list"}}), nlohmann::json::exception);
}
