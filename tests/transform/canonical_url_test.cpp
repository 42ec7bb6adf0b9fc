#include "transform/canonical_url.hpp"

#include <catch2/catch.hpp>

using distill::transform::canonical_story_link;

TEST_CASE("canonical_story_link folds the addresses of one article to one", "[transform]") {
  const std::string article = "news.example.com/2026/11/rover-finds-ice";
  for (const char* url : {
           "https://news.example.com/2026/11/rover-finds-ice",
           "http://news.example.com/2026/11/rover-finds-ice/",
           "https://www.news.example.com/2026/11/rover-finds-ice",
           "https://m.news.example.com/2026/11/rover-finds-ice",
           "https://amp.news.example.com/2026/11/rover-finds-ice",
           "HTTPS://News.Example.COM:443/2026/11/rover-finds-ice#comments",
           "https://news.example.com/2026/11/rover-finds-ice/amp/",
           "https://news.example.com/amp/2026/11/rover-finds-ice",
           "https://news.example.com/2026/11/rover-finds-ice?amp=1",
           "https://news.example.com/2026/11/rover-finds-ice?outputType=amp",
           "https://news-example-com.cdn.ampproject.org/c/s/news.example.com/2026/11/rover-finds-ice",
           "https://news.example.com/2026/11/rover-finds-ice?utm_source=letter&utm_medium=email&mc_cid=1",
           // A click-tracking redirect that carries its target.
           "https://click.mailer.example.net/track?u=https%3A%2F%2Fwww.news.example.com%2F2026%2F11%2Frover-finds-ice",
       }) {
    INFO(url);
    CHECK(canonical_story_link(url) == article);
  }
  CHECK(canonical_story_link("https://news.example.com/2026/11/rover-finds-ice.amp.html") ==
        "news.example.com/2026/11/rover-finds-ice.html");
}

TEST_CASE("canonical_story_link keeps what tells two articles apart", "[transform]") {
  CHECK(canonical_story_link("https://news.example.com/story?id=12") !=
        canonical_story_link("https://news.example.com/story?id=13"));
  CHECK(canonical_story_link("https://news.example.com/story?b=2&a=1") ==
        canonical_story_link("https://news.example.com/story?a=1&b=2"));
  CHECK(canonical_story_link("https://news.example.com/a/Story") != canonical_story_link("https://news.example.com/a/story"));
  CHECK(canonical_story_link("https://one.example.com/a") != canonical_story_link("https://two.example.com/a"));
  // A redirect whose target is not in it stays itself.
  CHECK(canonical_story_link("https://click.mailer.example.net/c/8f2a") == "click.mailer.example.net/c/8f2a");
}

TEST_CASE("canonical_story_link gives nothing for a link no story owns", "[transform]") {
  CHECK(canonical_story_link("https://www.example.com/").empty());  // a front page
  CHECK(canonical_story_link("https://example.com").empty());
  CHECK(canonical_story_link("https://example.com/?utm_source=x").empty());
  CHECK(canonical_story_link("mailto:editor@example.com").empty());
  CHECK(canonical_story_link("").empty());
  CHECK(canonical_story_link("not a link").empty());
}
