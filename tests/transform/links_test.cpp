// Tests transform/links.cpp.

#include "transform/links.hpp"

#include "transform/charset.hpp"

#include <catch2/catch.hpp>

using namespace distill::transform;

TEST_CASE("clean_url removes tracking parameters", "[transform]") {
  int removed = 0;
  CHECK(clean_url("https://example.com/a?utm_source=x&id=1&UTM_Medium=y#frag", &removed) ==
        "https://example.com/a?id=1#frag");
  CHECK(removed == 2);
  CHECK(clean_url("https://example.com/?fbclid=1&gclid=2&mc_cid=3&mc_eid=4&_hsenc=5&mkt_tok=6", &removed) ==
        "https://example.com/");
  CHECK(removed == 8);
  CHECK(clean_url("  https://example.com/a\r\n?b=1 ") == "https://example.com/a?b=1");
  CHECK(clean_url("https://example.com/a?ref=home") == "https://example.com/a?ref=home");
  CHECK(clean_url("mailto:a@b.c?subject=hi") == "mailto:a@b.c?subject=hi");
  CHECK(clean_url("not a url") == "not a url");
  CHECK(clean_url("") == "");
}

TEST_CASE("clean_url unwraps redirects that carry their target", "[transform]") {
  CHECK(clean_url("https://click.example/c?url=https%3A%2F%2Fnews.example%2Fa%3Fx%3D1%26utm_source%3Dn&u=9") ==
        "https://news.example/a?x=1");
  CHECK(clean_url("https://www.google.com/url?q=https://example.net/p&sa=D") == "https://example.net/p");
  CHECK(clean_url("https://t.example/r?u=aHR0cHM6Ly9leGFtcGxlLmNvbS9iYXNlNjQ=") == "https://example.com/base64");
  CHECK(clean_url("https://links.example/ls/click/https%3A%2F%2Fexample.org%2Fpath") == "https://example.org/path");
  // Share links keep their parameter: it is the content being shared.
  CHECK(clean_url("https://twitter.com/intent/tweet?url=https%3A%2F%2Fexample.com") ==
        "https://twitter.com/intent/tweet?url=https%3A%2F%2Fexample.com");
  CHECK(clean_url("https://www.facebook.com/sharer/sharer.php?u=https://example.com") ==
        "https://www.facebook.com/sharer/sharer.php?u=https://example.com");
  // A redirect whose target is not in the URL stays as it is.
  CHECK(clean_url("https://substack.com/redirect/562094bd?j=eyJ1") == "https://substack.com/redirect/562094bd?j=eyJ1");
}

namespace {

std::string base64url(std::string_view in) {
  static const char* k = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  std::string out;
  unsigned acc = 0;
  int bits = 0;
  for (unsigned char c : in) {
    acc = (acc << 8) | c;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += k[(acc >> bits) & 0x3F];
    }
  }
  if (bits > 0) out += k[(acc << (6 - bits)) & 0x3F];
  return out;
}

}  // namespace

TEST_CASE("clean_url decodes the target that a mailing service wrote into the path", "[transform]") {
  const std::string target = "https://news.example.org/2026/harbour-reopens?id=7";
  SECTION("a base64 path segment") {
    CHECK(clean_url("https://click.mailer.example/abc123/def456/" + base64url(target)) == target);
    CHECK(clean_url("https://click.mailer.example/abc123/" + base64url(target) + "/open") == target);
  }
  SECTION("a signed JSON token in the path or a parameter") {
    const std::string token = base64url(R"({"e":")" + target + R"(","p":42,"s":17,"c":"post"})");
    CHECK(clean_url("https://letters.example.com/redirect/2/" + token + ".AbCdEf-signature") == target);
    CHECK(clean_url("https://letters.example.com/redirect/abcd-1234?j=" + token) == target);
    // Two URLs in one token: which one is the target is not evident.
    const std::string two = base64url(R"({"a":"https://a.example/","b":"https://b.example/"})");
    CHECK(clean_url("https://letters.example.com/redirect/2/" + two) == "https://letters.example.com/redirect/2/" + two);
  }
  SECTION("a percent-encoded segment with the service's own segments after it") {
    CHECK(clean_url("https://abcd.r.eu-west-1.track.example/L0/https:%2F%2Fnews.example.org%2Fa%3Fid=7/1/0100abc/"
                    "XyZ=") == "https://news.example.org/a?id=7");
  }
  SECTION("a whole URL at the end of the path, its tracking parameters removed") {
    int removed = 0;
    CHECK(clean_url("https://links.mailer.example/ls/click/https://news.example.org/a?utm_source=letter", &removed) ==
          "https://news.example.org/a");
    CHECK(removed == 1);
  }
  SECTION("opaque redirects stay as they are") {
    for (const std::string url :
         {"https://example.us7.list-manage.com/track/click?u=0a1b2c3d4e&id=5f6a7b8c9d&e=1234abcd",
          "https://u1234567.ct.mail-service.example/ls/click?upn=u001.AbCdEf-2BGhIjKl",
          "https://link.mail.letters.example/ss/c/u001.Qx9kTzYv/4a1/h0/AbC"}) {
      CHECK(clean_url(url) == url);
    }
  }
}

TEST_CASE("clean_url keeps an unwrapped target valid UTF-8", "[transform]") {
  // A percent-encoded (or base64) target cut inside a multi-byte character:
  // its bytes go back to percent escapes instead of into the link as they are.
  CHECK(clean_url("https://click.example/c?url=https%3A%2F%2Fnews.example%2F%E3%80") ==
        "https://news.example/%E3%80");
  // A base64 target cut the same way is either re-encoded or left wrapped;
  // either way the link is valid UTF-8.
  CHECK(is_valid_utf8(clean_url("https://t.example/r?u=aHR0cHM6Ly9hLmIv4w==")));
  // A whole character decodes as before.
  CHECK(clean_url("https://click.example/c?url=https%3A%2F%2Fnews.example%2Fcaf%C3%A9") ==
        "https://news.example/caf\xc3\xa9");
}

TEST_CASE("link_campaign reads whom a link was tagged for, past a redirect", "[transform]") {
  CHECK(link_campaign("https://tool.example/?utm_source=gridweekly&utm_medium=email&utm_campaign=may-issue") ==
        "gridweekly may-issue");
  CHECK(link_campaign("https://tool.example/start?ref=gridweekly") == "gridweekly");
  CHECK(link_campaign("https://broker.example/open?aff=gridweekly&id=3") == "gridweekly");
  // The wrapper's own parameters are the mailing service's; the target's count.
  CHECK(link_campaign("https://click.esp.example/c?utm_source=esp&url=https%3A%2F%2Ftool.example%2F%3Fref%3Dgrid") ==
        "grid");
  CHECK(link_campaign("https://news.example/story?id=12") == "");
  CHECK(link_campaign("https://news.example/story?ref=") == "");
  CHECK(link_campaign("not a url") == "");
}
