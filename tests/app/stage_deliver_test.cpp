#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <regex>
#include <set>
#include <stdexcept>
#include <utility>

#include "app/server_actions.hpp"
#include "app/stage_deliver.hpp"
#include "deliver/compose.hpp"
#include "deliver/sink.hpp"
#include "store/store.hpp"
#include "tests/support/temp_dir.hpp"

namespace fs = std::filesystem;
using namespace distill;
using namespace std::chrono_literals;

namespace {

using distill::test::TempDir;

const std::chrono::sys_seconds k_now{std::chrono::sys_days{std::chrono::January / 24 / 2025} + 6h};

// Stores one processed issue per title.
void add_issues(store::Store& s, const std::vector<std::string>& titles) {
  static std::uint32_t uid = 0;
  for (const auto& title : titles) {
    ++uid;
    store::IncomingMessage m;
    m.raw.mailbox = "INBOX";
    m.raw.uidvalidity = transform::UidValidity{1};
    m.raw.uid = transform::Uid{uid};
    m.raw.bytes = "Subject: " + title + "\r\n\r\nbody " + std::to_string(uid);
    m.info.message_id = "issue-" + std::to_string(uid) + "@news.example";
    m.info.from = "news@example.com";
    m.info.subject = title;
    REQUIRE(s.add_message(m, k_now - 1h) == store::AddResult::added);
    const auto id = s.message_ids(store::MessageStatus::fresh).back();
    transform::Summary sum;
    sum.source = "Example News";
    sum.title = title;
    sum.lede = "What happened in " + title + ".";
    sum.points = {"A point."};
    s.mark_processed(id, "example", sum, {}, k_now - 30min);
  }
}

// The MIME of a digest the call sent, as the store recorded it before
// sending (the report keeps no digest's bytes), and its text part.
std::string sent_mime(store::Store& s, const app::SentDigest& sent) {
  for (const auto& d : s.sent_digests(1000)) {
    if (d.id == sent.record) return d.mime;
  }
  FAIL("digest " << sent.record << " is not among the sent ones");
  return {};
}

std::string sent_text(store::Store& s, const app::SentDigest& sent) {
  return deliver::extract_part(sent_mime(s, sent), "plain");
}

config::Settings settings_for(const fs::path& out_dir) {
  config::Settings s;
  s.smtp.url = "file:" + out_dir.string();
  s.smtp.from = "distill <digest@example.com>";
  s.smtp.to = {"me@example.com"};
  return s;
}

// A sink that refuses the first `failures` sends, and records every attempt.
class FlakySink : public deliver::Sink {
 public:
  explicit FlakySink(int failures) : m_failures(failures) {}
  std::string send(const transform::Digest& digest, const deliver::Envelope& envelope) override {
    attempts.push_back(digest.mime);
    envelopes.push_back(envelope);
    if (m_failures-- > 0) throw deliver::Error("smtp test: 550 5.7.1 relaying denied");
    return "250 ok";
  }
  std::string describe() const override { return "flaky"; }
  std::vector<std::string> attempts;
  std::vector<deliver::Envelope> envelopes;

 private:
  int m_failures;
};

}  // namespace

TEST_CASE("deliver_pending sends one digest and a second call sends nothing", "[app]") {
  TempDir dir;
  auto s = store::Store::open(dir.path() / "distill.db");
  add_issues(s, {"Issue A", "Issue B"});
  const auto settings = settings_for(dir.path() / "out");

  app::DeliverRequest request;
  request.now = k_now;
  auto report = app::deliver_pending(settings, s, request);
  REQUIRE(report.sent.size() == 1);
  CHECK(report.issues == 2);
  CHECK_FALSE(s.pending_digest());
  CHECK(s.last_digest_sent() == k_now);

  const auto eml =
      dir.path() / "out" / (report.sent[0].message_id.substr(0, report.sent[0].message_id.find('@')) + ".eml");
  REQUIRE(fs::exists(eml));
  std::ifstream in(eml, std::ios::binary);
  const std::string written((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(written == sent_mime(s, report.sent[0]));
  CHECK(report.sent[0].bytes == written.size());
  CHECK(fs::exists(fs::path(eml).replace_extension(".html")));

  request.now = k_now + 1h;
  CHECK(app::deliver_pending(settings, s, request).sent.empty());
  CHECK(std::distance(fs::directory_iterator(dir.path() / "out"), fs::directory_iterator()) == 2);
}

TEST_CASE("deliver_pending splits a digest over the size limit and sends every issue once", "[app]") {
  TempDir dir;
  auto s = store::Store::open(dir.path() / "distill.db");
  // Issues of thirty long items each, in words drawn at random so that no
  // two stories read alike: in full, about 8 MB of digest.
  std::mt19937 rng(7);
  const auto words = [&](int n) {
    static const std::vector<std::string> k_words = {"harbour", "ferry", "council", "bridge", "tide",  "market",
                                                     "festival", "rail", "budget", "school", "storm", "museum",
                                                     "library", "port",  "garden", "river",  "energy", "stadium"};
    std::string out;
    for (int i = 0; i < n; ++i) out += (out.empty() ? "" : " ") + k_words[rng() % k_words.size()] + std::to_string(rng() % 1000);
    return out;
  };
  const int issues = 200;
  for (int n = 0; n < issues; ++n) add_issues(s, {"Issue " + std::to_string(n)});
  for (const auto id : s.message_ids(store::MessageStatus::processed)) {
    transform::Summary sum;
    sum.source = "Example News";
    sum.title = "Issue " + std::to_string(id);
    sum.lede = words(60) + ".";
    for (int k = 0; k < 30; ++k) {
      transform::Item item;
      item.title = words(20);
      item.blurb = words(30) + ".";
      item.url = "https://news.example.com/" + std::to_string(id) + "/" + std::to_string(k);
      sum.items.push_back(item);
    }
    s.mark_processed(id, "example", sum, {}, k_now - 30min);
  }
  auto settings = settings_for(dir.path() / "out");
  settings.digest.budget_minutes = 0;
  settings.digest.max_items = 30;

  app::DeliverRequest request;
  request.now = k_now;
  const auto report = app::deliver_pending(settings, s, request);
  REQUIRE(report.sent.size() > 1);
  std::set<std::string> titles;
  std::size_t carried = 0;
  for (const auto& sent : report.sent) {
    CHECK(sent.bytes <= app::k_digest_max_bytes);
    CHECK(sent_mime(s, sent).size() == sent.bytes);
    // Each issue's section: "12. EXAMPLE NEWS · Issue 34 [1]".
    const std::regex section("EXAMPLE NEWS · (Issue [0-9]+)");
    const auto text = sent_text(s, sent);
    for (std::sregex_iterator it(text.begin(), text.end(), section), end; it != end; ++it) {
      CHECK(titles.insert((*it)[1]).second);
    }
    carried += sent.issues;
    CHECK(s.digest_messages(sent.record).size() == sent.issues);
  }
  CHECK(carried == static_cast<std::size_t>(issues));
  CHECK(titles.size() == static_cast<std::size_t>(issues));
  CHECK(report.issues == static_cast<std::size_t>(issues));
}

TEST_CASE("deliver_pending counts the issues after the window and marks every issue sent once", "[app]") {
  TempDir dir;
  auto s = store::Store::open(dir.path() / "distill.db");
  std::vector<std::string> titles;
  for (int n = 0; n < 30; ++n) titles.push_back("Backlog " + std::to_string(n));
  add_issues(s, titles);
  auto settings = settings_for(dir.path() / "out");
  settings.digest.budget_minutes = 1;

  app::DeliverRequest request;
  request.now = k_now;
  request.window = 10;
  auto report = app::deliver_pending(settings, s, request);
  REQUIRE(report.sent.size() == 1);
  CHECK(report.issues == 30);
  CHECK(report.sent[0].issues == 30);
  const auto text = sent_text(s, report.sent[0]);
  INFO(text);
  CHECK(text.find("30 issues from 1 source · ") != std::string::npos);
  CHECK(text.find("Backlog 9\n") != std::string::npos);
  CHECK(text.find("Backlog 10\n") == std::string::npos);
  CHECK(std::regex_search(text, std::regex("…and 20 more issues from 1\\s+newsletter not listed here")));
  CHECK(s.undigested_count() == 0);

  // Nothing is sent twice: the next digest carries only what came since.
  add_issues(s, {"Later 1", "Later 2"});
  request.now = k_now + 1h;
  report = app::deliver_pending(settings, s, request);
  REQUIRE(report.sent.size() == 1);
  CHECK(report.sent[0].issues == 2);
  CHECK(sent_text(s, report.sent[0]).find("Backlog") == std::string::npos);
  CHECK(sent_text(s, report.sent[0]).find("Later 2") != std::string::npos);
  request.now = k_now + 2h;
  CHECK(app::deliver_pending(settings, s, request).sent.empty());
}

TEST_CASE("deliver_pending with no budget shows every issue in full, at most k_max_full_issues a digest", "[app]") {
  TempDir dir;
  auto s = store::Store::open(dir.path() / "distill.db");
  std::vector<std::string> titles;
  const auto issues = deliver::k_max_full_issues + 3;
  for (std::size_t n = 0; n < issues; ++n) titles.push_back("Brief " + std::to_string(n));
  add_issues(s, titles);
  auto settings = settings_for(dir.path() / "out");
  settings.digest.budget_minutes = 0;

  app::DeliverRequest request;
  request.now = k_now;
  const auto report = app::deliver_pending(settings, s, request);
  REQUIRE(report.sent.size() == 2);
  CHECK(report.sent[0].issues == deliver::k_max_full_issues);
  CHECK(report.sent[1].issues == 3);
  std::set<std::string> shown;
  const std::regex section("EXAMPLE NEWS · (Brief [0-9]+)");
  for (const auto& sent : report.sent) {
    const auto text = sent_text(s, sent);
    CHECK(text.find("beyond the") == std::string::npos);
    for (std::sregex_iterator it(text.begin(), text.end(), section), end; it != end; ++it) {
      CHECK(shown.insert((*it)[1]).second);
    }
  }
  CHECK(shown.size() == issues);
  CHECK(s.undigested_count() == 0);
}

TEST_CASE("deliver_pending keeps a failed digest pending and resends the same bytes", "[app]") {
  TempDir dir;
  auto s = store::Store::open(dir.path() / "distill.db");
  add_issues(s, {"Issue A"});
  const auto settings = settings_for(dir.path() / "out");
  FlakySink sink(1);
  app::DeliverRequest request;
  request.now = k_now;
  request.sink = &sink;

  CHECK_THROWS_WITH(app::deliver_pending(settings, s, request), Catch::Contains("550 5.7.1 relaying denied"));
  auto pending = s.pending_digest();
  REQUIRE(pending);
  CHECK(pending->attempts == 1);
  CHECK(pending->last_error.find("550 5.7.1") != std::string::npos);
  CHECK(s.undigested_summaries().empty());  // carried by the pending digest

  // A new issue arrives before the retry: it goes into a second digest after
  // the pending one, which is resent unchanged.
  add_issues(s, {"Issue B"});
  request.now = k_now + 15min;
  const auto report = app::deliver_pending(settings, s, request);
  REQUIRE(report.sent.size() == 2);
  CHECK(report.sent[0].resent);
  CHECK(report.sent[0].message_id == pending->message_id);
  REQUIRE(sink.attempts.size() == 3);
  CHECK(sink.attempts[1] == sink.attempts[0]);
  CHECK(sink.attempts[2] != sink.attempts[0]);
  CHECK(sink.envelopes[0] == deliver::Envelope{"digest@example.com", {"me@example.com"}});
  CHECK_FALSE(s.pending_digest());

  request.now = k_now + 30min;
  CHECK(app::deliver_pending(settings, s, request).sent.empty());
  CHECK(sink.attempts.size() == 3);
}

TEST_CASE("deliver_pending in dry-run mode changes nothing", "[app]") {
  TempDir dir;
  auto s = store::Store::open(dir.path() / "distill.db");
  add_issues(s, {"Issue A"});
  FlakySink sink(0);
  app::DeliverRequest request;
  request.now = k_now;
  request.dry_run = true;
  request.sink = &sink;
  const auto report = app::deliver_pending(settings_for(dir.path() / "out"), s, request);
  REQUIRE(report.preview);
  CHECK(report.preview->text.find("Issue A") != std::string::npos);
  CHECK(sink.attempts.empty());
  CHECK_FALSE(s.pending_digest());
  CHECK(s.undigested_summaries().size() == 1);
  CHECK_FALSE(fs::exists(dir.path() / "out"));
}

TEST_CASE("deliver_pending sends an empty period only with send_empty", "[app]") {
  TempDir dir;
  auto s = store::Store::open(dir.path() / "distill.db");
  auto settings = settings_for(dir.path() / "out");
  FlakySink sink(0);
  app::DeliverRequest request;
  request.now = k_now;
  request.sink = &sink;
  CHECK(app::deliver_pending(settings, s, request).sent.empty());
  CHECK(sink.attempts.empty());

  settings.digest.send_empty = true;
  const auto report = app::deliver_pending(settings, s, request);
  REQUIRE(report.sent.size() == 1);
  CHECK(sent_text(s, report.sent[0]).find("Nothing new since the last digest.") != std::string::npos);
}

TEST_CASE("deliver_pending runs the server-side actions for the messages it sent", "[app]") {
  TempDir dir;
  auto s = store::Store::open(dir.path() / "distill.db");
  add_issues(s, {"Issue A", "Issue B"});
  auto settings = settings_for(dir.path() / "out");
  // A local source: nothing to do on a server, so every action is done at once.
  settings.imap.url = "dir:" + dir.path().string();
  settings.imap.after = "seen";
  FlakySink sink(0);
  app::DeliverRequest request;
  request.now = k_now;
  request.sink = &sink;
  request.after_sent = app::server_actions(settings);
  REQUIRE(request.after_sent);
  REQUIRE(app::deliver_pending(settings, s, request).sent.size() == 1);
  CHECK(s.pending_actions().empty());

  // Without `after`, the actions stay undone (and nothing is attempted).
  add_issues(s, {"Issue C"});
  settings.imap.after = "none";
  request.after_sent = app::server_actions(settings);
  CHECK_FALSE(request.after_sent);
  REQUIRE(app::deliver_pending(settings, s, request).sent.size() == 1);
  CHECK(s.pending_actions().size() == 1);
}

namespace {

// A sink that runs `during` while it sends, then fails as `fail` says:
// nothing, a refusal for good of a digest that holds POISON, or an
// exception no sink throws, standing for the process killed after the
// bytes went out and before they were marked sent.
class HookSink : public deliver::Sink {
 public:
  enum class Fail { none, poison, killed };
  explicit HookSink(Fail how = Fail::none) : fail(how) {}
  std::string send(const transform::Digest& digest, const deliver::Envelope&) override {
    attempts.push_back(digest.mime);
    if (during) std::exchange(during, nullptr)();
    if (fail == Fail::killed) throw std::runtime_error("killed");
    if (fail == Fail::poison && digest.text.find("POISON") != std::string::npos) {
      throw deliver::Error("554 refused", deliver::Error::Kind::refused, "554 5.7.1 content refused");
    }
    return "250 ok";
  }
  std::string describe() const override { return "hook"; }
  Fail fail;
  std::function<void()> during;
  std::vector<std::string> attempts;
};

// The titles of the issues digest `record` carries, in id order.
std::vector<std::string> carried_titles(store::Store& s, std::int64_t record) {
  std::vector<std::string> out;
  for (const auto id : s.digest_messages(record)) out.push_back(s.summary(id)->title);
  return out;
}

}  // namespace

TEST_CASE("deliver_pending never marks sent an issue processed while its digest goes out", "[app]") {
  TempDir dir;
  auto s = store::Store::open(dir.path() / "distill.db");
  // An older message still waits for processing; two newer are processed.
  store::IncomingMessage late;
  late.raw.mailbox = "INBOX";
  late.raw.uidvalidity = transform::UidValidity{1};
  late.raw.uid = transform::Uid{900000};
  late.raw.bytes = "Subject: Late\r\n\r\nlate body";
  late.info.message_id = "late@news.example";
  REQUIRE(s.add_message(late, k_now - 2h) == store::AddResult::added);
  const auto late_id = s.message_ids(store::MessageStatus::fresh).back();
  add_issues(s, {"Issue A", "Issue B"});
  const auto settings = settings_for(dir.path() / "out");
  HookSink sink;
  // While the digest is sent, the older message is processed (its id is
  // below those the digest carries) and a new one arrives.
  sink.during = [&] {
    transform::Summary sum;
    sum.source = "Example News";
    sum.title = "Late issue";
    s.mark_processed(late_id, "example", sum, {}, k_now);
    add_issues(s, {"Issue C"});
  };
  app::DeliverRequest request;
  request.now = k_now;
  request.sink = &sink;
  auto report = app::deliver_pending(settings, s, request);
  REQUIRE(report.sent.size() == 1);
  CHECK(report.sent[0].issues == 2);
  CHECK(carried_titles(s, report.sent[0].record) == std::vector<std::string>{"Issue A", "Issue B"});
  CHECK(sent_text(s, report.sent[0]).find("Late issue") == std::string::npos);
  CHECK(s.undigested_count() == 2);

  // They go out in the next digest, and nothing goes out twice.
  request.now = k_now + 1h;
  report = app::deliver_pending(settings, s, request);
  REQUIRE(report.sent.size() == 1);
  CHECK(carried_titles(s, report.sent[0].record) == std::vector<std::string>{"Late issue", "Issue C"});
  CHECK(sent_text(s, report.sent[0]).find("Issue A") == std::string::npos);
  request.now = k_now + 2h;
  CHECK(app::deliver_pending(settings, s, request).sent.empty());
}

TEST_CASE("deliver_pending after a run killed between send and mark resends that digest with its issues only",
          "[app]") {
  TempDir dir;
  const auto path = dir.path() / "distill.db";
  const auto settings = settings_for(dir.path() / "out");
  std::string first_bytes;
  std::int64_t first_record = 0;
  {
    auto s = store::Store::open(path);
    add_issues(s, {"Issue A", "Issue B"});
    HookSink killed(HookSink::Fail::killed);
    app::DeliverRequest request;
    request.now = k_now;
    request.sink = &killed;
    CHECK_THROWS_WITH(app::deliver_pending(settings, s, request), "killed");
    REQUIRE(killed.attempts.size() == 1);
    first_bytes = killed.attempts[0];
    const auto pending = s.pending_digest();
    REQUIRE(pending);
    CHECK(pending->issues == 2);
    first_record = pending->id;
  }
  // The next run, another process: an issue came in meanwhile.
  auto s = store::Store::open(path);
  add_issues(s, {"Issue C"});
  HookSink sink;
  app::DeliverRequest request;
  request.now = k_now + 1h;
  request.sink = &sink;
  const auto report = app::deliver_pending(settings, s, request);
  REQUIRE(report.sent.size() == 2);
  CHECK(report.sent[0].resent);
  CHECK(report.sent[0].record == first_record);
  CHECK(report.sent[0].issues == 2);
  REQUIRE(sink.attempts.size() == 2);
  CHECK(sink.attempts[0] == first_bytes);
  CHECK(carried_titles(s, first_record) == std::vector<std::string>{"Issue A", "Issue B"});
  CHECK(carried_titles(s, report.sent[1].record) == std::vector<std::string>{"Issue C"});
  CHECK(s.undigested_count() == 0);
  CHECK_FALSE(s.pending_digest());
}

TEST_CASE("deliver_pending sends the others of a digest refused for good and leaves the culprit alone", "[app]") {
  TempDir dir;
  auto s = store::Store::open(dir.path() / "distill.db");
  add_issues(s, {"Alpha", "Bravo", "POISON pill", "Delta", "Echo"});
  const auto settings = settings_for(dir.path() / "out");
  HookSink sink(HookSink::Fail::poison);
  app::DeliverRequest request;
  request.now = k_now;
  request.sink = &sink;
  const auto report = app::deliver_pending(settings, s, request);
  std::vector<std::string> delivered;
  std::size_t issues = 0;
  for (const auto& sent : report.sent) {
    for (auto& title : carried_titles(s, sent.record)) delivered.push_back(title);
    issues += sent.issues;
  }
  std::sort(delivered.begin(), delivered.end());
  CHECK(delivered == std::vector<std::string>{"Alpha", "Bravo", "Delta", "Echo"});
  CHECK(issues == 4);
  CHECK(report.issues == 4);
  REQUIRE_FALSE(report.refused.empty());
  CHECK(report.refused.front().issues == 5);
  CHECK(report.refused.back().issues == 1);
  CHECK(s.undigested_count() == 0);
  CHECK_FALSE(s.pending_digest());

  // A later issue goes out alone; the culprit never again.
  add_issues(s, {"Foxtrot"});
  request.now = k_now + 1h;
  const auto later = app::deliver_pending(settings, s, request);
  REQUIRE(later.sent.size() == 1);
  CHECK(carried_titles(s, later.sent[0].record) == std::vector<std::string>{"Foxtrot"});
  CHECK(later.refused.empty());
}

TEST_CASE("deliver_pending reads a backlog past the window a chunk at a time and marks each issue sent once", "[app]") {
  TempDir dir;
  auto s = store::Store::open(dir.path() / "distill.db");
  std::vector<std::string> titles;
  for (int n = 0; n < 9000; ++n) titles.push_back("Backlog " + std::to_string(n));
  {
    auto tx = s.begin();
    add_issues(s, titles);
    tx.commit();
  }
  auto settings = settings_for(dir.path() / "out");
  settings.digest.budget_minutes = 1;
  HookSink sink;
  app::DeliverRequest request;
  request.now = k_now;
  request.sink = &sink;
  request.window = 10;
  const auto report = app::deliver_pending(settings, s, request);
  REQUIRE(report.sent.size() == 1);
  CHECK(report.sent[0].issues == 9000);
  CHECK(sent_text(s, report.sent[0]).find("9000 issues from 1 source") != std::string::npos);
  const auto carried = s.digest_messages(report.sent[0].record);
  CHECK(carried.size() == 9000);
  CHECK(std::adjacent_find(carried.begin(), carried.end()) == carried.end());
  CHECK(s.undigested_count() == 0);
}

TEST_CASE("priority_of finds a summary's source by the section it matched, or an older summary by its title",
          "[app]") {
  config::Settings settings;
  settings.sources.resize(3);
  settings.sources[0].name = "ledger";
  settings.sources[0].display_name = "The Morning Ledger";
  settings.sources[0].priority = config::SourcePriority::high;
  settings.sources[1].name = "deals";
  settings.sources[1].mute = true;
  settings.sources[2].name = "notes";
  settings.sources[2].priority = config::SourcePriority::low;

  transform::Summary s;
  s.source = "Maya from Field Notes";  // the sender's name: the title says nothing of the section
  s.source_key = "notes";
  CHECK(app::priority_of(settings, s) == deliver::Priority::low);
  s.source_key = "deals";
  CHECK(app::priority_of(settings, s) == deliver::Priority::mute);
  s.source_key = "";  // stored before the section was recorded: known by `name`, else NAME
  s.source = "The Morning Ledger";
  CHECK(app::priority_of(settings, s) == deliver::Priority::high);
  s.source = "deals";
  CHECK(app::priority_of(settings, s) == deliver::Priority::mute);
  s.source = "Someone Else";
  CHECK(app::priority_of(settings, s) == deliver::Priority::normal);
}
