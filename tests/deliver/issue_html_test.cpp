#include <catch2/catch.hpp>

#include "deliver/issue_html.hpp"

using namespace distill;
using transform::BlockKind;

namespace {

transform::CleanResult hostile_issue() {
  transform::CleanResult c;
  c.kept.blocks = {
      {BlockKind::heading, 1, "Big <script>alert(1)</script> savings", {}},
      {BlockKind::paragraph, 0, "Read the full report or click here.",
       {{"the full report", "https://news.example.com/report?a=1&b=\"><script>"},
        {"click here", "javascript:alert(4)"}}},
      {BlockKind::list_item, 0, "one <img src=x onerror=alert(2)>", {}},
      {BlockKind::list_item, 0, "two", {}},
      {BlockKind::image, 0, "", {{"", "https://track.example.com/pixel.gif"}}},
      {BlockKind::quote, 0, "line one\nline two", {}},
  };
  return c;
}

}  // namespace

TEST_CASE("issue html renders the cleaned blocks and escapes everything from the newsletter", "[deliver]") {
  transform::Summary s;
  s.title = "Deals <b>now</b>";
  s.source = "Evil Corp";
  const auto html = deliver::issue_fragment(s, hostile_issue());
  CHECK(html.find("<h2>Big &lt;script&gt;alert(1)&lt;/script&gt; savings</h2>") != std::string::npos);
  CHECK(html.find("<a href=\"https://news.example.com/report?a=1&amp;b=&quot;&gt;&lt;script&gt;\">"
                  "the full report</a>") != std::string::npos);
  CHECK(html.find("javascript:") == std::string::npos);
  CHECK(html.find("click here") != std::string::npos);  // the text stays, without the link
  CHECK(html.find("<ul>\n<li>one &lt;img src=x onerror=alert(2)&gt;</li>\n<li>two</li>\n</ul>") != std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("pixel.gif") == std::string::npos);
  CHECK(html.find("<blockquote>line one<br>line two</blockquote>") != std::string::npos);
  CHECK(html.find("<script") == std::string::npos);

  const auto page = deliver::issue_page(s, hostile_issue());
  CHECK(page.starts_with("<!DOCTYPE html>"));
  CHECK(page.find("<title>Deals &lt;b&gt;now&lt;/b&gt;</title>") != std::string::npos);
  CHECK(page.find("default-src 'none'") != std::string::npos);
  CHECK(page.find("<script") == std::string::npos);
}

TEST_CASE("issue html falls back to the summary when the cleaned text is gone", "[deliver]") {
  transform::Summary s;
  s.lede = "The hangar reopened.";
  s.points = {"Airships are back."};
  s.items = {{"Timetable", "https://news.example.com/t", "When they fly."}, {"Bad", "javascript:x", ""}};
  const auto html = deliver::issue_fragment(s, std::nullopt);
  CHECK(html.find("<p>The hangar reopened.</p>") != std::string::npos);
  CHECK(html.find("<li>Airships are back.</li>") != std::string::npos);
  CHECK(html.find("<a href=\"https://news.example.com/t\">Timetable</a> — When they fly.") != std::string::npos);
  CHECK(html.find("javascript:") == std::string::npos);
}
