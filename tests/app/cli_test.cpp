#include <catch2/catch.hpp>

#include "app/cli.hpp"

TEST_CASE("every command in the table has a name and a summary", "[app]") {
  for (const auto& c : distill::app::commands()) {
    CHECK(std::string(c.name).size() > 0);
    CHECK(std::string(c.summary).size() > 0);
  }
}
