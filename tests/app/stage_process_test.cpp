#include <catch2/catch.hpp>

#include <filesystem>
#include <random>

#include <sqlite3.h>

#include "app/stage_process.hpp"
#include "store/store.hpp"
#include "tests/app/run_distill.hpp"

namespace fs = std::filesystem;
using namespace distill;

namespace {

struct TempStore {
  fs::path dir;
  store::Store store;
  static fs::path make_dir() {
    std::random_device rd;
    auto d = fs::temp_directory_path() / ("distill-process-" + std::to_string(rd()));
    fs::create_directories(d);
    return d;
  }
  TempStore() : dir(make_dir()), store(store::Store::open(dir / "distill.db")) {}
  ~TempStore() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
  std::int64_t add(const std::string& bytes, const std::string& from) {
    store::IncomingMessage m;
    m.raw.mailbox = "test";
    m.raw.bytes = bytes;
    m.info.from = from;
    if (auto at = bytes.find("Subject: "); at != std::string::npos) {
      m.info.subject = bytes.substr(at + 9, bytes.find("\r\n", at) - at - 9);
    }
    store.add_message(m, store::TimePoint{});
    return store.message_ids(store::MessageStatus::fresh).back();
  }
};

const std::string k_newsletter =
    "From: Weekly Widgets <news@widgets.example>\r\n"
    "To: reader@example.com\r\n"
    "Subject: Widgets weekly #12\r\n"
    "Date: Fri, 24 Jan 2025 07:00:00 +0000\r\n"
    "Message-ID: <w12@widgets.example>\r\n"
    "List-Unsubscribe: <https://widgets.example/unsub>\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "\r\n"
    "The widget market grew by 12 percent this quarter, led by small makers.\r\n"
    "\r\n"
    "Analysts expect the growth to continue as costs fall across the industry.\r\n"
    "\r\n"
    "Unsubscribe: https://widgets.example/unsub\r\n";

const std::string k_personal =
    "From: Aunt May <may@example.org>\r\n"
    "Subject: Dinner on Sunday?\r\n"
    "Message-ID: <p1@example.org>\r\n"
    "\r\n"
    "Are you free for dinner on Sunday?\r\n";

const std::string k_own_digest =
    "From: distill <me@example.com>\r\n"
    "Subject: Newsletter digest\r\n"
    "Message-ID: <d1@distill>\r\n"
    "X-Distill-Digest: 1\r\n"
    "List-Unsubscribe: <https://x.example/unsub>\r\n"
    "\r\n"
    "A digest. Unsubscribe here.\r\n";

}  // namespace

TEST_CASE("process summarizes newsletters and records why others are skipped", "[app]") {
  TempStore t;
  auto newsletter = t.add(k_newsletter, "news@widgets.example");
  auto personal = t.add(k_personal, "may@example.org");
  auto digest = t.add(k_own_digest, "me@example.com");

  config::Settings settings;
  auto report = app::process_pending(settings, t.store, {});
  CHECK(report.processed == 1);
  CHECK(report.skipped == 2);
  CHECK(report.failed == 0);

  CHECK(t.store.message(newsletter).status == store::MessageStatus::processed);
  CHECK(t.store.message(personal).status == store::MessageStatus::skipped);
  CHECK(t.store.message(personal).error == "not a newsletter");
  CHECK(t.store.message(digest).status == store::MessageStatus::skipped);

  auto summaries = t.store.undigested_summaries();
  REQUIRE(summaries.size() == 1);
  CHECK(summaries[0].source == "Weekly Widgets");
  CHECK(summaries[0].summary.title == "Widgets weekly #12");
  CHECK_THAT(summaries[0].summary.lede, Catch::Contains("widget market grew"));

  // Nothing is left to do on a second pass.
  auto again = app::process_pending(settings, t.store, {});
  CHECK(again.processed + again.skipped + again.failed == 0);
}

TEST_CASE("process uses the configured source and takes all with include = all", "[app]") {
  TempStore t;
  auto personal = t.add(k_personal, "may@example.org");
  config::Settings settings;
  settings.digest.include = "all";
  config::SourceSettings family;
  family.name = "family";
  family.display_name = "The family";
  family.from = {"*@EXAMPLE.org"};
  settings.sources.push_back(family);

  auto report = app::process_pending(settings, t.store, {});
  CHECK(report.processed == 1);
  auto summaries = t.store.undigested_summaries();
  REQUIRE(summaries.size() == 1);
  CHECK(summaries[0].source == "The family");  // the source's name, not the sender's "Aunt May"
  CHECK(t.store.message(personal).status == store::MessageStatus::processed);
}

TEST_CASE("process marks a message failed and goes on with the others", "[app]") {
  TempStore t;
  config::Settings settings;
  config::SourceSettings bad;
  bad.name = "bad";
  bad.from = {"*@widgets.example"};
  bad.drop = {"(unclosed"};  // what a config that skipped validation could hold
  settings.sources.push_back(bad);
  auto broken = t.add(k_newsletter, "news@widgets.example");
  auto personal = t.add(k_personal, "may@example.org");

  std::vector<std::string> warnings;
  app::ProcessRequest request;
  request.warn = [&](const std::string& w) { warnings.push_back(w); };
  auto report = app::process_pending(settings, t.store, request);
  CHECK(report.failed == 1);
  CHECK(report.skipped == 1);
  CHECK(t.store.message(broken).status == store::MessageStatus::failed);
  CHECK_THAT(t.store.message(broken).error, Catch::Contains("(unclosed"));
  CHECK(t.store.message(personal).status == store::MessageStatus::skipped);
  REQUIRE(warnings.size() == 1);
  CHECK_THAT(warnings[0], Catch::StartsWith("message " + std::to_string(broken) + " (\"Widgets weekly #12\")"));
}

TEST_CASE("a second distill on a store in use stops with a clear error and changes nothing", "[app]") {
  distill::test::TempDir dir;
  auto db = dir / "distill.db";
  distill::test::write_text(dir / "distill.conf", "[store]\npath = distill.db\n");
  distill::test::write_text(dir / "a.eml", k_newsletter);

  auto holder = store::Store::open(db);  // as a running daemon would
  auto r = distill::test::run_distill({"--config", (dir / "distill.conf").string(), "ingest", "--from",
                                       dir.path().string()});
  CHECK(r.status == 1);
  CHECK(r.err == "distill: error: another distill is running on " + db.string() + "\n");
  CHECK(holder.status().fresh == 0);
}

TEST_CASE("a source matches when every match key it gives matches", "[app]") {
  config::Settings settings;
  config::SourceSettings big;
  big.name = "big-technology";
  big.from = {"*@substack.com"};
  big.list_id = {"bigtechnology.substack.com"};
  settings.sources.push_back(big);
  config::SourceSettings by_subject;
  by_subject.name = "weekly";
  by_subject.subject = {"(?i)^widgets weekly"};
  settings.sources.push_back(by_subject);

  transform::Message m;
  m.from.address = "bigtechnology@substack.com";
  m.list_id = "bigtechnology.substack.com";
  REQUIRE(app::match_source(settings, m) != nullptr);
  CHECK(app::match_source(settings, m)->name == "big-technology");

  m.list_id = "otherletter.substack.com";  // same host, another newsletter
  CHECK(app::match_source(settings, m) == nullptr);

  m.subject = "Widgets Weekly #3";
  REQUIRE(app::match_source(settings, m) != nullptr);
  CHECK(app::match_source(settings, m)->name == "weekly");
}

namespace {

// Issue `n` of weekly letter `sender`: a paragraph about who writes it that
// every issue repeats (only template learning removes it) and stories of
// its own.
std::string weekly_issue(const std::string& sender, int n) {
  static const char* const places[] = {"harbour", "orchard", "library", "foundry", "meadow", "viaduct"};
  static const char* const news[] = {"reopened the ferry landing", "planted a hundred pear trees",
                                     "opened a reading room for children", "cast a bell for the chapel",
                                     "let the hay grow for the bees", "painted every arch in green"};
  static const char* const crowds[] = {"fishermen", "beekeepers", "students", "welders", "walkers", "painters"};
  const std::string number = std::to_string(n);
  const std::string place = places[(n - 1) % 6];
  return "From: " + sender + " Weekly <letters@" + sender + ".example>\r\n"
         "Subject: " + sender + " weekly #" + number + "\r\n"
         "Message-ID: <" + number + "@" + sender + ".example>\r\n"
         "List-Unsubscribe: <https://" + sender + ".example/unsub>\r\n"
         "Content-Type: text/plain; charset=utf-8\r\n"
         "\r\n"
         "This letter about " + sender + " is put together on a narrow boat moored near the old mill, "
         "by two editors who take turns at the one table.\r\n"
         "\r\n"
         "The " + place + " committee " + news[(n - 1) % 6] + " this week, after a long season of arguing "
         "about who would pay for it.\r\n"
         "\r\n"
         "The " + crowds[(n - 1) % 6] + " of the " + place + " expect busier weekends now, and said so "
         "loudly at the " + sender + " meeting.\r\n";
}

// Several issues of three senders, interleaved, and a message that is not a
// newsletter among them.
void add_weeklies(TempStore& t) {
  for (int n = 1; n <= 6; ++n) {
    for (const std::string sender : {"otter", "heron", "kestrel"}) {
      if (sender == "kestrel" && n % 2 == 0) continue;
      t.add(weekly_issue(sender, n), "letters@" + sender + ".example");
    }
    if (n == 3) t.add(k_personal, "may@example.org");
  }
}

}  // namespace

TEST_CASE("process gives the same summaries with one worker and with several", "[app]") {
  TempStore one_worker;
  TempStore two_workers;
  add_weeklies(one_worker);
  add_weeklies(two_workers);

  config::Settings settings;
  settings.jobs = 1;
  auto one = app::process_pending(settings, one_worker.store, {});
  settings.jobs = 2;
  auto two = app::process_pending(settings, two_workers.store, {});
  CHECK(one.processed == 15);
  CHECK(one.skipped == 1);
  CHECK(two.processed == one.processed);
  CHECK(two.skipped == one.skipped);

  auto expected = one_worker.store.undigested_summaries();
  auto got = two_workers.store.undigested_summaries();
  REQUIRE(expected.size() == 15);
  REQUIRE(got.size() == expected.size());
  int template_removals = 0;
  for (std::size_t i = 0; i < expected.size(); ++i) {
    INFO(expected[i].summary.title);
    CHECK(got[i].message == expected[i].message);
    CHECK(got[i].source == expected[i].source);
    CHECK(got[i].summary == expected[i].summary);
    template_removals += expected[i].summary.removed_counts.count("template");
  }
  // The later issues of each sender lost their repeated paragraph to what
  // the earlier ones had in common: history reached them in both runs.
  CHECK(template_removals == 12);
}

namespace {

// Issue `n` of a one-person letter on a shared mailing platform: a story of
// its own and the platform's footer line, the same under every sender.
std::string platform_issue(int sender, int n) {
  static const char* const things[] = {"kettle", "bicycle", "lantern", "canoe", "loom", "telescope", "sundial"};
  static const char* const verbs[] = {"mended", "rebuilt", "painted", "measured", "restored", "sold"};
  const std::string who = "writer" + std::to_string(sender);
  const std::string number = std::to_string(n);
  return "From: " + who + " <" + who + "@letters.example>\r\n"
         "Subject: Notes from " + who + " #" + number + "\r\n"
         "Message-ID: <" + number + "@" + who + ".example>\r\n"
         "List-Unsubscribe: <https://" + who + ".example/unsub>\r\n"
         "Content-Type: text/plain; charset=utf-8\r\n"
         "\r\n"
         "This week " + who + " " + verbs[(sender + n) % 6] + " an old " + things[(sender * 3 + n) % 7] +
         " found at the market, which took " + std::to_string(sender + n) + " evenings and most of the patience "
         "there was.\r\n"
         "\r\n"
         "Typeset by Inkwell Post, the letter press of small writers, at 4 Quay Lane.\r\n";
}

}  // namespace

TEST_CASE("process gives the same platform template with one worker and with several", "[app]") {
  // Enough issues of enough senders that results are written in several
  // batches while the workers go on: what a lookup of the platform template
  // sees must not depend on how fast the workers were.
  std::vector<std::string> summaries[3];
  int platform_removals = 0;
  for (int run = 0; run < 3; ++run) {
    TempStore t;
    // One issue per sender: no sender's own history can remove the footer.
    for (int sender = 1; sender <= 150; ++sender) {
      t.add(platform_issue(sender, 1), "writer" + std::to_string(sender) + "@letters.example");
    }
    config::Settings settings;
    settings.jobs = run + 1;
    const auto report = app::process_pending(settings, t.store, {});
    CHECK(report.processed == 150);
    CHECK(report.transactions >= 3);
    for (const auto& s : t.store.undigested_summaries()) {
      std::string removed;
      for (const auto& [kind, count] : s.summary.removed_counts) removed += kind + "=" + std::to_string(count) + " ";
      summaries[run].push_back(s.summary.title + ": " + s.summary.lede + " | " + removed);
      if (run == 0) platform_removals += s.summary.removed_counts.count("template");
    }
  }
  REQUIRE(summaries[0].size() == 150);
  CHECK(summaries[1] == summaries[0]);
  CHECK(summaries[2] == summaries[0]);
  // The footer line went from the issues processed after three other
  // senders' issues with it were in the store: all but the first batch.
  CHECK(platform_removals >= 50);
}

TEST_CASE("process writes a batch's search index as one segment", "[app]") {
  // FTS5 writes out what it has indexed when a savepoint or a statement
  // that may fail halfway begins (recording platform keys is one): indexed
  // between them, each issue would be a segment of its own.
  TempStore t;
  for (int sender = 1; sender <= 12; ++sender) {
    t.add(platform_issue(sender, 1), "writer" + std::to_string(sender) + "@letters.example");
  }
  config::Settings settings;
  settings.jobs = 1;
  const auto report = app::process_pending(settings, t.store, {});
  REQUIRE(report.processed == 12);
  REQUIRE(report.transactions == 1);
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2((t.dir / "distill.db").c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  sqlite3_stmt* s = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, "SELECT count(DISTINCT segid) FROM issue_search_idx", -1, &s, nullptr) == SQLITE_OK);
  REQUIRE(sqlite3_step(s) == SQLITE_ROW);
  CHECK(sqlite3_column_int(s, 0) == 1);
  sqlite3_finalize(s);
  sqlite3_close(db);
  // And search finds every issue.
  store::SearchQuery q;
  q.match = "market";
  CHECK(t.store.search(q).size() == 12);
}

TEST_CASE("process --jobs sets how many messages are processed at once, and is checked", "[app]") {
  distill::test::TempDir dir;
  distill::test::write_text(dir / "distill.conf", "[store]\npath = distill.db\njobs = 3\n");
  distill::test::write_text(dir / "a.eml", k_newsletter);
  const std::string conf = (dir / "distill.conf").string();
  auto ingested = distill::test::run_distill({"--config", conf, "ingest", "--from", dir.path().string()});
  REQUIRE(ingested.status == 0);

  auto bad = distill::test::run_distill({"--config", conf, "process", "--jobs", "-2"});
  CHECK(bad.status == 2);
  CHECK_THAT(bad.err, Catch::Contains("--jobs -2: expected 0 (one per core) to 256"));

  auto r = distill::test::run_distill({"--config", conf, "process", "--jobs", "2"});
  INFO(r.err);
  CHECK(r.status == 0);
  CHECK_THAT(r.err, Catch::Contains("process: 1 summarized, 0 skipped, 0 failed"));
}
