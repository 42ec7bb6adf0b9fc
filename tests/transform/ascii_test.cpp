// transform/ascii: the trimming and address checks the clean passes and
// the outline share for machine-readable bits of text.

#include "transform/ascii.hpp"

#include <catch2/catch.hpp>

using namespace distill::transform;

TEST_CASE("trim_trailing_spaces drops the spaces a folded line ends on, and only those", "[transform]") {
  CHECK(trim_trailing_spaces("read more  ") == "read more");
  CHECK(trim_trailing_spaces("  read more") == "  read more");
  CHECK(trim_trailing_spaces("read more\t") == "read more\t");
  CHECK(trim_trailing_spaces("   ").empty());
  CHECK(trim_trailing_spaces("").empty());
}

TEST_CASE("is_web_address knows a bare address by how mail prints one", "[transform]") {
  CHECK(is_web_address("https://example.org/issue/12"));
  CHECK(is_web_address("http://example.org"));
  CHECK(is_web_address("www.example.org"));
  CHECK_FALSE(is_web_address("httpd"));
  CHECK_FALSE(is_web_address("ftp://example.org/pub"));
  CHECK_FALSE(is_web_address("example.org"));
  CHECK_FALSE(is_web_address("wwwhat"));
}
