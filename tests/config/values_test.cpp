#include "config/values.hpp"

#include <catch2/catch.hpp>

using namespace distill::config;
using namespace std::chrono;

TEST_CASE("values reads sizes with K, M and G as powers of 1024", "[config]") {
  CHECK(parse_byte_size("4096") == 4096u);
  CHECK(parse_byte_size("512K") == 512u * 1024);
  CHECK(parse_byte_size("20M") == 20u * 1024 * 1024);
  CHECK(parse_byte_size("20mb") == 20u * 1024 * 1024);
  CHECK(parse_byte_size("1G") == 1024u * 1024 * 1024);
  CHECK(parse_byte_size("100B") == 100u);
  CHECK_FALSE(parse_byte_size(""));
  CHECK_FALSE(parse_byte_size("M"));
  CHECK_FALSE(parse_byte_size("20 M"));
  CHECK_FALSE(parse_byte_size("20T"));
  CHECK_FALSE(parse_byte_size("-1"));
  CHECK_FALSE(parse_byte_size("99999999999999999999"));
  CHECK(format_byte_size(20u * 1024 * 1024) == "20M");
  CHECK(format_byte_size(1536) == "1536");
  CHECK(format_byte_size(2048) == "2K");
}

TEST_CASE("values reads durations as sums of d, h, m and s", "[config]") {
  CHECK(parse_duration("30s") == seconds{30});
  CHECK(parse_duration("15m") == minutes{15});
  CHECK(parse_duration("1h") == hours{1});
  CHECK(parse_duration("1h30m") == minutes{90});
  CHECK(parse_duration("2d") == hours{48});
  CHECK_FALSE(parse_duration("15"));
  CHECK_FALSE(parse_duration("0m"));
  CHECK_FALSE(parse_duration("30m1h"));
  CHECK_FALSE(parse_duration("1h1h"));
  CHECK_FALSE(parse_duration("15 m"));
  CHECK_FALSE(parse_duration(""));
  CHECK(format_duration(minutes{15}) == "15m");
  CHECK(format_duration(seconds{5400}) == "1h30m");
  CHECK(format_duration(seconds{90061}) == "1d1h1m1s");
}

TEST_CASE("values reads real calendar dates and yes/no", "[config]") {
  CHECK(parse_date("2026-11-01") == sys_days{year{2026} / 11 / 1});
  CHECK(parse_date("2028-02-29"));
  CHECK_FALSE(parse_date("2026-02-29"));
  CHECK_FALSE(parse_date("2026-1-01"));
  CHECK_FALSE(parse_date("01.11.2026"));
  CHECK(format_date(sys_days{year{2026} / 1 / 5}) == "2026-01-05");
  CHECK(parse_bool("yes") == true);
  CHECK(parse_bool("true") == true);
  CHECK(parse_bool("no") == false);
  CHECK(parse_bool("false") == false);
  CHECK_FALSE(parse_bool("1"));
  CHECK(parse_integer("20", 1, 20) == 20);
  CHECK_FALSE(parse_integer("21", 1, 20));
  CHECK_FALSE(parse_integer("4x", 1, 20));
}
