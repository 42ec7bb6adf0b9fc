#include <catch2/catch.hpp>

#include <filesystem>
#include <random>

#include "app/process.hpp"
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
