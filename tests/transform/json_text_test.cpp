// transform/json_text: JSON written directly is the text nlohmann::json's
// dump() writes for the same values, escapes and all.

#include "transform/json_text.hpp"

#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace distill::transform;

namespace {

std::string written(std::string_view s) {
  std::string out;
  REQUIRE(append_json_string(out, s));
  return out;
}

}  // namespace

TEST_CASE("append_json_string writes what dump() writes for every byte it escapes or keeps", "[transform]") {
  std::string all;
  for (int c = 1; c < 0x80; ++c) all.push_back(static_cast<char>(c));
  all += "Ünïcödé ✓ 😀";
  all.push_back('\0');
  for (const std::string& s : {std::string(), std::string("plain"), std::string("\"quoted\" \\ back/slash"),
                               std::string("tab\tnew\nline\r\x0b\x1f\x7f"), all}) {
    CHECK(written(s) == nlohmann::json(s).dump());
  }
}

TEST_CASE("append_json_string refuses text that is not UTF-8 and leaves the output alone", "[transform]") {
  std::string out = "[";
  CHECK_FALSE(append_json_string(out, "caf\xE9"));
  CHECK_FALSE(append_json_string(out, "\xED\xA0\x80"));  // a surrogate
  CHECK(out == "[");
}

TEST_CASE("to_json_text of strings is dump() of their json array, and throws as dump() does", "[transform]") {
  const std::vector<std::string> none;
  const std::vector<std::string> some = {"First block.", "Zweiter \"Block\"\n", ""};
  CHECK(to_json_text(none) == nlohmann::json(none).dump());
  CHECK(to_json_text(some) == nlohmann::json(some).dump());
  CHECK_THROWS_AS(to_json_text(std::vector<std::string>{"ok", "caf\xE9"}), nlohmann::json::exception);
}
