#include <catch2/catch.hpp>

#include "deliver/atom.hpp"

using namespace distill;

namespace {

std::chrono::sys_seconds at(int d, int h) {
  return std::chrono::sys_days{std::chrono::November / d / 2026} + std::chrono::hours{h};
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("atom writes a feed with the entries in order and the newest date as the feed's", "[deliver]") {
  deliver::Feed feed{"tag:distill.invalid,2026-01-01:feed/issues", "distill: all issues", at(1, 0), {}};
  feed.entries.push_back({"tag:news.example.com,2026-11-03:b", "Second", at(3, 7), "Airships Weekly",
                          "https://news.example.com/b", "<p>Two</p>"});
  feed.entries.push_back({"tag:news.example.com,2026-11-02:a", "First", at(2, 7), "Airships Weekly", "", "<p>One</p>"});
  const auto xml = deliver::render_atom(feed);
  CHECK(xml.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
  CHECK(xml.find("<updated>2026-11-03T07:00:00Z</updated>") < xml.find("<entry>"));
  CHECK(count(xml, "<entry>") == 2);
  CHECK(xml.find("Second") < xml.find("First"));
  CHECK(xml.find("<content type=\"html\">&lt;p&gt;Two&lt;/p&gt;</content>") != std::string::npos);
  CHECK(count(xml, "rel=\"alternate\"") == 1);  // only the entry with a web link
  CHECK(xml.find("<author><name>Airships Weekly</name></author>") != std::string::npos);
}

TEST_CASE("atom escapes what a newsletter controls and drops characters XML forbids", "[deliver]") {
  deliver::Feed feed{"tag:x", "t", at(1, 0), {}};
  feed.entries.push_back({"tag:x,2026-11-01:a", "<b>Deals</b> & \x01more\x1b", at(1, 0), "Evil \"Corp\"",
                          "javascript:alert(1)", "<p>ok</p>\x0b"});
  const auto xml = deliver::render_atom(feed);
  CHECK(xml.find("&lt;b&gt;Deals&lt;/b&gt; &amp; more") != std::string::npos);
  CHECK(xml.find("Evil &quot;Corp&quot;") != std::string::npos);
  CHECK(xml.find("javascript:") == std::string::npos);
  CHECK(xml.find('\x01') == std::string::npos);
  CHECK(xml.find('\x0b') == std::string::npos);
  CHECK(xml.find('\x1b') == std::string::npos);
}

TEST_CASE("atom ids are tag: URIs made from the Message-ID and the date", "[deliver]") {
  CHECK(deliver::tag_uri("abc.123@Mail.News.example.com", at(3, 7), "message/1") ==
        "tag:mail.news.example.com,2026-11-03:abc.123");
  CHECK(deliver::tag_uri("a b<c>@news.example.com", std::nullopt, "message/1") ==
        "tag:news.example.com,2000-01-01:a%20b%3Cc%3E");
  CHECK(deliver::tag_uri("no-domain", at(3, 7), "message/12") == "tag:distill.invalid,2000-01-01:message/12");
  CHECK(deliver::tag_uri("", at(3, 7), "message/12") == "tag:distill.invalid,2000-01-01:message/12");
  CHECK(deliver::rfc3339(at(3, 7) + std::chrono::seconds{62}) == "2026-11-03T07:01:02Z");
}

TEST_CASE("atom takes a digest's body for an entry, without its head and styles", "[deliver]") {
  CHECK(deliver::html_body("<!DOCTYPE html>\n<html><head><style>p{}</style></head>\n<body style=\"x\">\n<p>Hi</p>\n"
                           "</body>\n</html>\n") == "\n<p>Hi</p>\n");
  CHECK(deliver::html_body("<p>no body</p>") == "<p>no body</p>");
}
