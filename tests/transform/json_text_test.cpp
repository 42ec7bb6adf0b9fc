// transform/json_text: JSON written directly is the text nlohmann::json's
// dump() writes for the same values, escapes and all.

#include "transform/json_text.hpp"

#include <algorithm>
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

TEST_CASE("append_json_string escapes a byte wherever it stands among eight it skips at once", "[transform]") {
  // Text is passed over eight bytes at a time: each escaped byte at every
  // place in and across those eight, in ASCII and beside UTF-8, alone and
  // two together.
  for (const char escaped : {'"', '\\', '\n', '\x01', '\x1f', '\0'}) {
    for (std::size_t at = 0; at < 20; ++at) {
      for (const std::string& around :
           {std::string(24, 'a'), std::string("\xC3\xBC\xE2\x9C\x93 z \xF0\x9F\x98\x80 y x w")}) {
        // Between characters only: inside one, the text is no UTF-8.
        const auto between = [](const std::string& t, std::size_t i) {
          return i >= t.size() || (static_cast<unsigned char>(t[i]) & 0xC0) != 0x80;
        };
        std::string s = around;
        if (!between(s, at)) continue;
        s.insert(std::min(at, s.size()), 1, escaped);
        CHECK(written(s) == nlohmann::json(s).dump());
        if (!between(s, at + 3)) continue;
        s.insert(std::min(at + 3, s.size()), 1, escaped);
        CHECK(written(s) == nlohmann::json(s).dump());
      }
    }
  }
  // Bytes just above the ones escaped, and UTF-8 bytes, are kept.
  const std::string kept = " !#$%&'()*+,-./[]^_`{|}~\x7f ok \xC2\xA0\xC3\xBF";
  CHECK(written(kept) == nlohmann::json(kept).dump());
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
