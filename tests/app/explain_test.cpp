// `distill explain` run as a user runs it: the binary, a saved email, no
// config and no store.

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_distill.hpp"

using distill::test::read_text;
using distill::test::run_distill;
using distill::test::TempDir;
using distill::test::write_text;
using nlohmann::json;

namespace {

const std::string k_fixture = std::string(DISTILL_FIXTURES_DIR) + "/clean/weekly-sponsor.eml";

std::vector<json> json_lines(const std::string& out) {
  std::vector<json> lines;
  std::size_t start = 0;
  while (start < out.size()) {
    auto end = out.find('\n', start);
    if (end == std::string::npos) end = out.size();
    if (end > start) lines.push_back(json::parse(out.substr(start, end - start)));
    start = end + 1;
  }
  return lines;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("explain --json gives the cleaned text, every removal with its reason, and the summary", "[app]") {
  TempDir home;
  auto r = run_distill({"explain", "--json", k_fixture}, {"HOME=" + home.path().string()});
  INFO(r.err);
  REQUIRE(r.status == 0);
  auto lines = json_lines(r.out);
  REQUIRE(lines.size() == 1);
  const json& e = lines.front();
  const json expected = json::parse(read_text(std::string(DISTILL_FIXTURES_DIR) + "/clean/weekly-sponsor.expected.json"));

  CHECK(e.at("file") == k_fixture);
  CHECK(e.at("from") == "The Harbour Weekly <news@harbour-weekly.example>");
  CHECK(e.at("subject") == "Harbour reopens after the storm");
  CHECK(e.at("date") == "2025-03-07T07:00:00Z");
  CHECK(e.at("message_id") == "weekly-12@harbour-weekly.example");
  CHECK(e.at("source") == "The Harbour Weekly");

  std::vector<std::string> reasons;
  for (const auto& removed : e.at("removed")) {
    CHECK_FALSE(removed.at("text").get<std::string>().empty());
    reasons.push_back(removed.at("reason"));
  }
  CHECK(reasons == expected.at("removed_reasons").get<std::vector<std::string>>());

  const std::string text = e.at("text");
  for (const auto& gone : expected.at("text_lacks")) CHECK_FALSE(contains(text, gone));
  for (const auto& kept : expected.at("text_has")) CHECK(contains(text, kept));

  const json& summary = e.at("summary");
  CHECK_FALSE(summary.at("lede").get<std::string>().empty());
  CHECK_FALSE(summary.at("points").empty());
  REQUIRE_FALSE(summary.at("items").empty());
  CHECK(summary.at("items").at(0).contains("title"));
  CHECK(summary.at("items").at(0).contains("url"));
  std::string said = summary.at("lede").get<std::string>();
  for (const auto& p : summary.at("points")) said += " " + p.get<std::string>();
  for (const auto& i : summary.at("items")) said += " " + i.at("title").get<std::string>() + " " + i.at("blurb").get<std::string>();
  for (const auto& want : expected.at("summary_has")) CHECK(contains(said, want));
  for (const auto& never : expected.at("summary_lacks")) CHECK_FALSE(contains(said, never));
}

TEST_CASE("explain without --json prints a readable report", "[app]") {
  TempDir home;
  auto r = run_distill({"explain", k_fixture}, {"HOME=" + home.path().string()});
  REQUIRE(r.status == 0);
  CHECK(contains(r.out, "Subject: Harbour reopens after the storm"));
  CHECK(contains(r.out, "\nSummary\n"));
  CHECK(contains(r.out, "- [sponsor: \"brought to you by\"] Brought to you by Acme Boats"));
  CHECK(contains(r.out, "    The city harbour reopened on Thursday"));
  CHECK(r.err.empty());
}

TEST_CASE("explain reports a bad file in its own line and explains the others", "[app]") {
  TempDir home;
  const std::string missing = (home.path() / "missing.eml").string();
  auto r = run_distill({"explain", "--json", missing, k_fixture}, {"HOME=" + home.path().string()});
  CHECK(r.status == 1);
  auto lines = json_lines(r.out);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].at("file") == missing);
  CHECK(contains(lines[0].at("error").get<std::string>(), "cannot read"));
  CHECK(lines[1].at("file") == k_fixture);
  CHECK(lines[1].contains("summary"));

  auto text = run_distill({"explain", missing}, {"HOME=" + home.path().string()});
  CHECK(text.status == 1);
  CHECK(contains(text.err, "distill: error: cannot read '" + missing + "'"));
}

TEST_CASE("explain applies a configured source's rules", "[app]") {
  TempDir home;
  write_text(home / "distill.conf",
             "[source.harbour]\n"
             "from = *@harbour-weekly.example\n"
             "drop = ^Mayor Ana Ruiz\n"
             "keep = (?i)^brought to you by\n");
  const std::string config = (home / "distill.conf").string();

  SECTION("matched by sender") {
    auto r = run_distill({"--config", config, "explain", "--json", k_fixture}, {"HOME=" + home.path().string()});
    INFO(r.err);
    REQUIRE(r.status == 0);
    json e = json_lines(r.out).at(0);
    CHECK(e.at("source") == "The Harbour Weekly");  // titled as process titles it: the sender's name
    bool dropped = false;
    for (const auto& removed : e.at("removed")) {
      if (contains(removed.at("text"), "Mayor Ana Ruiz")) dropped = removed.at("reason") == "source rule drop #1";
    }
    CHECK(dropped);
    CHECK(contains(e.at("text"), "Brought to you by Acme Boats"));  // keep wins
  }
  SECTION("named with --source") {
    auto r = run_distill({"--config", config, "explain", "--source", "harbour", "--json", k_fixture},
                         {"HOME=" + home.path().string()});
    REQUIRE(r.status == 0);
    CHECK(json_lines(r.out).at(0).at("source") == "The Harbour Weekly");
  }
  SECTION("an unknown --source is a usage error") {
    auto r = run_distill({"--config", config, "explain", "--source", "nope", k_fixture}, {"HOME=" + home.path().string()});
    CHECK(r.status == 2);
    CHECK(contains(r.err, "no [source.nope]"));
  }
}

TEST_CASE("explain without a file is a usage error", "[app]") {
  TempDir home;
  auto r = run_distill({"explain"}, {"HOME=" + home.path().string()});
  CHECK(r.status == 2);
  CHECK(contains(r.err, "explain: no FILE given"));
}
