// transform/rules: a [source.NAME]'s drop, drop_after, drop_before and keep
// patterns, compiled once and matched against a block's folded text.

#include "transform/rules.hpp"

#include <string>

#include <catch2/catch.hpp>

using namespace distill::transform;

TEST_CASE("match_rules says which list matched, by its position in the list", "[transform]") {
  SourceRules rules;
  rules.drop = {"(?i)use code \\w+", "(?i)sponsored"};
  rules.drop_after = {"(?i)^thanks for reading"};
  rules.drop_before = {"^Top stories$"};
  rules.keep = {"(?i)^number of the week"};
  rules.compile();
  REQUIRE(rules.compiled);
  REQUIRE(rules.has_patterns());

  const RuleMatch sponsored = match_rules(*rules.compiled, "This issue is SPONSORED by Acme");
  CHECK(sponsored.drop == 1);
  CHECK(sponsored.keep == -1);
  CHECK(match_rules(*rules.compiled, "Use code SAVE for 20% off").drop == 0);
  CHECK(match_rules(*rules.compiled, "Thanks for reading, see you").drop_after == 0);
  SECTION("patterns are unanchored and case-sensitive unless they say otherwise") {
    CHECK(match_rules(*rules.compiled, "Top stories").drop_before == 0);
    CHECK(match_rules(*rules.compiled, "top stories").drop_before == -1);
    CHECK(match_rules(*rules.compiled, "So, thanks for reading").drop_after == -1);
  }
  CHECK(match_rules(*rules.compiled, "Number of the week: 42").keep == 0);
  const RuleMatch none = match_rules(*rules.compiled, "An ordinary paragraph of news.");
  CHECK((none.drop == -1 && none.drop_after == -1 && none.drop_before == -1 && none.keep == -1));
}

TEST_CASE("a bad pattern is a RuleError naming the list, the position and the pattern", "[transform]") {
  SourceRules rules;
  rules.drop_after = {"fine", "(?i)^thanks ("};
  try {
    rules.compile();
    FAIL("compile accepted an unbalanced parenthesis");
  } catch (const RuleError& e) {
    const std::string what = e.what();
    CHECK(what.find("drop_after #2") != std::string::npos);
    CHECK(what.find("(?i)^thanks (") != std::string::npos);
  }
  SECTION("compiled_rules compiles on the fly and throws the same way") {
    SourceRules uncompiled;
    uncompiled.keep = {"[a-"};
    CHECK_THROWS_AS(compiled_rules(uncompiled), RuleError);
  }
}

TEST_CASE("rules without patterns have none to match", "[transform]") {
  SourceRules rules;
  CHECK_FALSE(rules.has_patterns());
  rules.keep = {"x"};
  CHECK(rules.has_patterns());
}
