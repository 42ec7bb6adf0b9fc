#include "deliver/story_groups.hpp"

#include <catch2/catch.hpp>

#include <deque>
#include <fstream>

#include <nlohmann/json.hpp>

#include "transform/summary_json.hpp"

using namespace distill;
using deliver::k_lead;
using deliver::StoryRef;
using deliver::StoryText;

namespace {

std::vector<transform::Summary> overlap() {
  std::ifstream in(std::string(DISTILL_FIXTURES_DIR) + "/deliver/overlap.json");
  REQUIRE(in);
  std::vector<transform::Summary> out;
  for (const auto& s : nlohmann::json::parse(in)) out.push_back(transform::summary_from_json(s));
  return out;
}

// Every story of the summaries: each lead and each item.
std::vector<StoryText> stories_of(const std::vector<transform::Summary>& summaries) {
  std::vector<StoryText> out;
  for (std::size_t i = 0; i < summaries.size(); ++i) {
    const auto& s = summaries[i];
    out.push_back({{i, k_lead}, s.source, s.title, s.lede, {}});
    for (std::size_t k = 0; k < s.items.size(); ++k) {
      out.push_back({{i, static_cast<int>(k)}, s.source, s.items[k].title, s.items[k].blurb, s.items[k].url});
    }
  }
  return out;
}

// A story of its own issue; its texts live as long as the test program
// (StoryText only views them).
StoryText story(std::string source, std::string title, std::string text = {}, std::string url = {}) {
  static std::size_t issue = 100;
  static std::deque<std::string> texts;
  for (auto* s : {&source, &title, &text, &url}) texts.push_back(std::move(*s));
  const auto at = texts.end() - 4;
  return {{issue++, 0}, at[0], at[1], at[2], at[3]};
}

}  // namespace

TEST_CASE("group_stories finds one story in three newsletters through its link, redirect and AMP page",
          "[deliver]") {
  const auto groups = deliver::group_stories(stories_of(overlap()));
  // The rover story (issues 0, 1, 2) and the rate decision (3, 4).
  REQUIRE(groups.size() == 2);

  const auto& rover = groups[0];
  CHECK(rover.members == std::vector<StoryRef>{{0, 0}, {1, 0}, {2, 0}});
  CHECK(rover.newsletters == 3);
  REQUIRE(rover.why.size() == 2);
  CHECK(rover.why[0] ==
        "\"Rover finds the strongest hint yet of ancient Martian chemistry\" (The Science Desk) and \"Perseverance "
        "team reports organic molecules in Jezero crater rocks\" (Orbit Weekly): same link "
        "spacenews.example.com/2026/11/perseverance-organics");
  CHECK(rover.why[1].starts_with("\"NASA: organics in Jezero samples\" (Tech Brief) and"));

  // Two differently worded headlines of one decision, with links of their own.
  const auto& rates = groups[1];
  CHECK(rates.members == std::vector<StoryRef>{{3, 0}, {4, 0}});
  REQUIRE(rates.why.size() == 1);
  CHECK(rates.why[0].find("near-identical text, similarity 0.") != std::string::npos);
  CHECK(rates.why[0].find("4.25") != std::string::npos);
}

TEST_CASE("group_stories does not merge different stories that share a topic word", "[deliver]") {
  const auto all = overlap();
  const auto groups = deliver::group_stories(stories_of(all));
  for (const auto& g : groups) {
    for (const auto& m : g.members) {
      INFO(all[m.issue].source << " item " << m.item);
      // "Mars colony simulation", "Mars sample return", "Mortgage rates",
      // "Rates on savings accounts" and the issues' leads stay alone.
      CHECK(m.item == 0);
    }
  }
  const auto mars = deliver::text_similarity(
      story("Orbit Weekly", "Mars colony simulation in the Utah desert ends after a year",
            "Four volunteers walked out of the habitat on Sunday."),
      story("The Science Desk", "Mars sample return loses its budget line again",
            "Congress moved the money to lunar landers."));
  CHECK(mars.similarity < 0.25);
  CHECK_FALSE(mars.near_identical());
  const auto rates = deliver::text_similarity(
      story("The Morning Ledger", "Mortgage rates climb for a third week"),
      story("Market Minute", "Rates on savings accounts start to slip", "Online banks cut first."));
  CHECK(rates.similarity < 0.25);
}

TEST_CASE("group_stories measures near-identical text with names and numbers weighted", "[deliver]") {
  // Rewordings of one headline: the same names and figures.
  const auto a = deliver::text_similarity(
      story("A", "Perseverance rover finds organic molecules in Jezero crater"),
      story("B", "Perseverance finds organic molecules in Jezero Crater, NASA says"));
  CHECK(a.near_identical());
  const auto b = deliver::text_similarity(
      story("A", "Harbor Bridge reopens to traffic after three years of repairs"),
      story("B", "After three years of repairs, the Harbor Bridge reopens to traffic"));
  CHECK(b.near_identical());
  // Same words but another figure: a different story.
  const auto c = deliver::text_similarity(story("A", "Central bank raises its rate to 4.5%"),
                                          story("B", "Central bank cuts its rate to 3.75%"));
  CHECK_FALSE(c.near_identical());
  // A newsletter's own name, dates and issue numbers are no evidence.
  const auto d = deliver::text_similarity(story("Daily Brief", "Daily Brief #212 — Monday, December 1"),
                                          story("Daily Brief", "Daily Brief #213 — Tuesday, December 2"));
  CHECK(d.similarity == 0);
}

TEST_CASE("group_stories never puts two stories of one issue together", "[deliver]") {
  std::vector<StoryText> stories = {
      {{0, 0}, "Letter A", "Ship rescued off the cape", "", "https://news.example.com/ship-rescue"},
      {{0, 1}, "Letter A", "Crew of rescued ship speaks", "", "https://news.example.com/ship-rescue"},
      {{1, 0}, "Letter B", "A rescue at sea", "", "https://news.example.com/ship-rescue"},
  };
  // One issue gives the link for two stories: it is not a story's own link.
  CHECK(deliver::group_stories(stories).empty());

  stories = {
      {{0, 0}, "Letter A", "Harbor Bridge reopens to traffic after three years of repairs", "", ""},
      {{0, 1}, "Letter A", "Harbor Bridge reopens to traffic after three years of repair", "", ""},
      {{1, 0}, "Letter B", "After three years of repairs, the Harbor Bridge reopens to traffic", "", ""},
  };
  const auto groups = deliver::group_stories(stories);
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].members.size() == 2);
  CHECK(groups[0].newsletters == 2);
}

TEST_CASE("group_stories reads stories one at a time: views valid only until the next read suffice", "[deliver]") {
  const auto summaries = overlap();
  const auto stories = stories_of(summaries);
  // Every story copied into one buffer that the next read overwrites, as a
  // reader of the store that keeps only the story it read last.
  struct Buffer {
    std::string source, title, text, url;
  } buffer;
  std::size_t reads = 0;
  const auto groups = deliver::group_stories(stories.size(), [&](std::size_t k) {
    ++reads;
    const auto& s = stories[k];
    buffer = {std::string(s.source), std::string(s.title), std::string(s.text), std::string(s.url)};
    buffer.title += std::string(64, ' ');  // no small-string buffer: a stale view would read freed memory
    buffer.title.resize(s.title.size());
    return StoryText{s.ref, buffer.source, buffer.title, buffer.text, buffer.url};
  });
  const auto expected = deliver::group_stories(stories);
  REQUIRE(groups.size() == expected.size());
  CHECK(!groups.empty());
  for (std::size_t g = 0; g < groups.size(); ++g) {
    CHECK(groups[g].members == expected[g].members);
    CHECK(groups[g].why == expected[g].why);
    CHECK(groups[g].newsletters == expected[g].newsletters);
  }
  CHECK(reads >= stories.size());
}

TEST_CASE("group_stories finds the same groups when its band keys and candidate pairs are taken in parts",
          "[deliver]") {
  const auto summaries = overlap();
  auto stories = stories_of(summaries);
  // Rewordings that only their text joins, beside the fixture's links.
  const std::vector<std::pair<std::string, std::string>> rewordings = {
      {"Perseverance rover finds organic molecules in Jezero crater",
       "Perseverance finds organic molecules in Jezero Crater, NASA says"},
      {"Harbor Bridge reopens to traffic after three years of repairs",
       "After three years of repairs, the Harbor Bridge reopens to traffic"},
  };
  for (const auto& [one, other] : rewordings) {
    stories.push_back(story("Letter A", one));
    stories.push_back(story("Letter B", other));
  }
  const auto at = [&](std::size_t k) { return stories[k]; };
  const auto expected = deliver::group_stories(stories.size(), at);
  std::size_t by_text = 0;
  for (const auto& g : expected) {
    for (const auto& why : g.why) by_text += why.find("near-identical text") != std::string::npos ? 1 : 0;
  }
  CHECK(by_text >= rewordings.size());
  // One band a pass, five (the last pass one band), and all sixteen at
  // once; the candidate pairs of one story at a time, of a few, and all.
  const std::vector<deliver::GroupingBounds> bounds = {
      {1, 1}, {5 * stories.size(), 8}, {16 * stories.size(), 1}, {1, stories.size() * stories.size()}};
  for (const auto& bound : bounds) {
    INFO(bound.band_keys << " band keys, " << bound.candidates << " candidates");
    const auto groups = deliver::group_stories(stories.size(), at, bound);
    REQUIRE(groups.size() == expected.size());
    for (std::size_t g = 0; g < groups.size(); ++g) {
      CHECK(groups[g].members == expected[g].members);
      CHECK(groups[g].why == expected[g].why);
      CHECK(groups[g].newsletters == expected[g].newsletters);
    }
  }
}
