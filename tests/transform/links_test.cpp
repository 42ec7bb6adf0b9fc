// Tests transform/links.cpp.

#include "transform/links.hpp"

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

TEST_CASE("clean_url keeps an unwrapped target valid UTF-8", "[transform]") {
  // A percent-encoded (or base64) target cut inside a multi-byte character:
  // its bytes go back to percent escapes instead of into the link as they are.
  CHECK(clean_url("https://click.example/c?url=https%3A%2F%2Fnews.example%2F%E3%80") ==
        "https://news.example/%E3%80");
  CHECK(clean_url("https://t.example/r?u=aHR0cHM6Ly9hLmIv4w==") == "https://a.b/%E3");
  // A whole character decodes as before.
  CHECK(clean_url("https://click.example/c?url=https%3A%2F%2Fnews.example%2Fcaf%C3%A9") ==
        "https://news.example/caf\xc3\xa9");
}
