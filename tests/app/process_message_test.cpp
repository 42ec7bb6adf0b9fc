// One message through the process stage: `process` stores, and `explain`
// shows, what the same function makes of it.

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "app/process_message.hpp"
#include "store/store.hpp"
#include "tests/app/run_distill.hpp"
#include "transform/clean.hpp"
#include "transform/summarize.hpp"
#include "transform/summary_json.hpp"

using namespace distill;
using distill::test::run_distill;
using distill::test::TempDir;
using distill::test::write_text;
using nlohmann::json;

namespace {

// Issue `n` of a weekly from one sender: its own stories, and a paragraph
// about the kitchen it is written in that every issue repeats and no
// built-in rule knows.
std::string lantern_issue(int n, const std::string& subject) {
  static const char* const stories[] = {
      "The river council voted to reopen the ferry crossing after a winter of repairs to the landing stages.",
      "A bakery on the high street now opens at five, and the queue for its rye loaves reaches the bridge.",
      "Volunteers counted forty kinds of moth in the churchyard, twice as many as the survey of a decade ago."};
  static const char* const follow_ups[] = {
      "Boat builders along the estuary expect orders to rise as visitors come back to the old quays.",
      "Its owner learned the recipe from her grandmother and still weighs the flour by hand every night.",
      "The county museum wants the records for an exhibition about the insects of old gardens."};
  const std::string number = std::to_string(n);
  return "From: The Lantern <letters@lantern.example>\r\n"
         "To: reader@example.com\r\n"
         "Subject: " + subject + "\r\n"
         "Date: Fri, 0" + number + " Mar 2025 07:00:00 +0000\r\n"
         "Message-ID: <issue-" + number + "@lantern.example>\r\n"
         "List-Unsubscribe: <https://lantern.example/unsub>\r\n"
         "Content-Type: text/plain; charset=utf-8\r\n"
         "\r\n"
         "The Lantern is written at a kitchen table in a small terraced house, between the kettle and a "
         "stack of library books that are always overdue.\r\n"
         "\r\n" + stories[(n - 1) % 3] + "\r\n"
         "\r\n" + follow_ups[(n - 1) % 3] + "\r\n"
         "\r\n"
         "Unsubscribe: https://lantern.example/unsub\r\n";
}

json summary_json_line(const std::string& out) { return json::parse(out.substr(0, out.find('\n'))); }

}  // namespace

TEST_CASE("process_message titles the issue by its source and cleans with the history it is given", "[app]") {
  config::Settings settings;
  config::SourceSettings lantern;
  lantern.name = "lantern";
  lantern.from = {"*@lantern.example"};
  settings.sources.push_back(lantern);
  const app::MessageRules rules(settings);

  const std::string third = lantern_issue(3, "The Lantern #3");
  app::MessageRequest request;
  auto alone = app::process_message(third, rules, request);
  REQUIRE(alone.cleaned_and_summarized);
  CHECK(alone.source == &settings.sources.front());
  CHECK(alone.source_title == "The Lantern");  // the sender's name: the source gives none of its own
  CHECK(alone.summary.removed_counts.count("template") == 0);

  // With two earlier issues that share the kitchen paragraph, it is template.
  std::vector<std::vector<std::string>> earlier;
  for (int n : {2, 1}) {
    auto issue = app::process_message(lantern_issue(n, "The Lantern #" + std::to_string(n)), rules, {});
    earlier.push_back(transform::template_keys(transform::history_entry(issue.document)));
  }
  request.history = [&](const transform::Message& m) {
    CHECK(m.from.address == "letters@lantern.example");
    return earlier;
  };
  auto with_history = app::process_message(third, rules, request);
  CHECK(with_history.summary.removed_counts["template"] == 1);
}

TEST_CASE("process_message gives the outline its summary was chosen from", "[app]") {
  config::Settings settings;
  const app::MessageRules rules(settings);
  auto done = app::process_message(lantern_issue(1, "The Lantern #1"), rules, {});
  REQUIRE(done.cleaned_and_summarized);
  const auto outline = transform::build_outline(done.cleaned.kept, transform::block_facts(done.cleaned.kept),
                                                done.message.subject, done.source_title);
  CHECK(done.outline == outline);
  transform::SummarizeOptions options;
  options.points = settings.digest.points;
  options.source = done.source_title;
  options.title = done.message.subject;
  options.date = done.message.date;
  CHECK(done.summary == transform::summarize(done.cleaned, outline, options));
  CHECK_FALSE(done.outline.passages.empty());
}

TEST_CASE("a message that is not digested is only cleaned when asked to go past the decision", "[app]") {
  config::Settings settings;
  const app::MessageRules rules(settings);
  const std::string personal =
      "From: Aunt May <may@example.org>\r\nSubject: Dinner on Sunday?\r\n\r\nAre you free for dinner on Sunday?\r\n";
  auto stopped = app::process_message(personal, rules, {});
  CHECK(stopped.skipped == "not a newsletter");
  CHECK_FALSE(stopped.cleaned_and_summarized);

  app::MessageRequest past;
  past.past_skip = true;
  auto shown = app::process_message(personal, rules, past);
  CHECK(shown.skipped == "not a newsletter");
  REQUIRE(shown.cleaned_and_summarized);
  CHECK_THAT(shown.summary.lede, Catch::Contains("dinner on Sunday"));
}

TEST_CASE("explain shows for a stored issue the summary that process stored, history and odd subject alike",
          "[app]") {
  TempDir dir;
  std::filesystem::create_directories(dir / "in");
  // The third issue's Subject carries a NUL byte.
  write_text(dir / "in" / "1.eml", lantern_issue(1, "The Lantern #1"));
  write_text(dir / "in" / "2.eml", lantern_issue(2, "The Lantern #2"));
  write_text(dir / "in" / "3.eml", lantern_issue(3, std::string("The Lantern", 11) + '\0' + " #3"));
  write_text(dir / "distill.conf",
             "[store]\npath = " + (dir / "distill.db").string() + "\n[imap]\nurl = dir:" + (dir / "in").string() +
                 "\n[source.lantern]\nfrom = *@lantern.example\n");
  const std::vector<std::string> env = {"HOME=" + dir.path().string()};
  const std::string conf = (dir / "distill.conf").string();

  auto ingested = run_distill({"--config", conf, "ingest"}, env);
  INFO(ingested.err);
  REQUIRE(ingested.status == 0);
  auto processed = run_distill({"--config", conf, "process"}, env);
  INFO(processed.err);
  REQUIRE(processed.status == 0);

  auto store = store::Store::open(dir / "distill.db", store::Store::Mode::read_only);
  auto stored = store.undigested_summaries();
  REQUIRE(stored.size() == 3);
  // What process stored for the last issue: its kitchen paragraph went as template.
  CHECK(stored[2].summary.removed_counts.at("template") == 1);

  for (int n = 1; n <= 3; ++n) {
    auto explained = run_distill({"--config", conf, "explain", "--json", (dir / "in" / (std::to_string(n) + ".eml")).string()}, env);
    INFO(explained.err);
    REQUIRE(explained.status == 0);
    const json e = summary_json_line(explained.out);
    CHECK(e.at("source") == stored[n - 1].source);
    CHECK(e.at("skipped").is_null());
    CHECK(e.at("summary") == transform::to_json(stored[n - 1].summary));
  }

  // Without a config there is no store: the same issue has no history.
  auto bare = run_distill({"explain", "--json", (dir / "in" / "3.eml").string()}, {"HOME=" + (dir / "in").string()});
  REQUIRE(bare.status == 0);
  CHECK_FALSE(summary_json_line(bare.out).at("summary").at("removed_counts").contains("template"));
}
