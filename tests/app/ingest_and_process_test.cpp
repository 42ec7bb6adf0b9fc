// `run`'s first two stages at once: process takes what ingest commits while
// ingest still fetches. What it makes must be what ingest and then process
// make, and a stop in the middle must lose or repeat no message.

#include <catch2/catch.hpp>

#include <atomic>
#include <filesystem>
#include <set>

#include "app/ingest_and_process.hpp"
#include "app/stage_ingest.hpp"
#include "app/stage_process.hpp"
#include "run_distill.hpp"
#include "store/store.hpp"

namespace fs = std::filesystem;
using namespace distill;
using distill::test::TempDir;
using distill::test::write_text;

namespace {

// Issue `n` of a one-person letter on a shared mailing platform: its own
// story, a line the sender repeats in every issue, and the platform's
// footer line, the same under every sender.
std::string letter(int sender, int n) {
  static const char* const things[] = {"kettle", "bicycle", "lantern", "canoe", "loom", "telescope", "sundial"};
  const std::string who = "writer" + std::to_string(sender);
  const std::string number = std::to_string(n);
  return "From: " + who + " <" + who + "@letters.example>\r\n" + "Subject: Notes from " + who + " #" + number + "\r\n" +
         "Message-ID: <" + number + "@" + who + ".example>\r\n" + "List-Unsubscribe: <https://" + who +
         ".example/unsub>\r\n" + "Content-Type: text/plain; charset=utf-8\r\n" + "\r\n" + "This week " + who +
         " looked at an old " + things[(sender * 3 + n) % 7] + " for " + std::to_string(sender * 7 + n) +
         " evenings and wrote down what was learned from it.\r\n\r\n" + "Letters from " + who +
         " come every Friday from the workshop by the canal, as they have for years.\r\n\r\n" +
         "Typeset by Inkwell Post, the letter press of small writers, at 4 Quay Lane.\r\n";
}

// A folder source of 100 senders' first issues and 40 senders' second, and
// settings that ingest it five messages a batch into `dir`/distill.db.
config::Settings mailbox_in(const TempDir& dir) {
  const fs::path inbox = dir / "inbox";
  fs::create_directories(inbox);
  int file = 0;
  for (int n = 1; n <= 2; ++n) {
    for (int sender = 1; sender <= (n == 1 ? 100 : 40); ++sender) {
      char name[32];
      std::snprintf(name, sizeof name, "%04d.eml", ++file);
      write_text(inbox / name, letter(sender, n));
    }
  }
  config::Settings settings;
  settings.store_path = (dir / "distill.db").string();
  settings.imap.url = "dir:" + inbox.string();
  settings.imap.batch = 5;
  settings.jobs = 2;
  return settings;
}

std::vector<std::string> summaries_of(const config::Settings& settings) {
  auto store = store::Store::open(settings.store_path, store::Store::Mode::read_only);
  std::vector<std::string> out;
  for (const auto& s : store.undigested_summaries()) {
    std::string removed;
    for (const auto& [kind, count] : s.summary.removed_counts) removed += kind + "=" + std::to_string(count) + " ";
    out.push_back(std::to_string(s.message) + " " + s.summary.title + ": " + s.summary.lede + " | " + removed);
  }
  return out;
}

}  // namespace

TEST_CASE("ingest and process at once give what ingest and then process give", "[app]") {
  TempDir one_after_other;
  TempDir at_once;
  const auto sequential = mailbox_in(one_after_other);
  const auto overlapped = mailbox_in(at_once);

  REQUIRE(app::ingest_once(sequential, app::imap_options(sequential.imap)));
  const auto report = app::process_now(sequential, {});
  CHECK(report.processed == 140);
  CHECK(app::ingest_and_process(overlapped, {}) == app::ExitStatus::ok);

  const auto expected = summaries_of(sequential);
  REQUIRE(expected.size() == 140);
  CHECK(summaries_of(overlapped) == expected);
  // Both the sender's history and the platform template reached them.
  int template_removals = 0;
  for (const auto& line : expected) template_removals += line.find("template=") != std::string::npos;
  CHECK(template_removals >= 40);
}

TEST_CASE("a run stopped while ingest and process overlap loses and repeats no message", "[app]") {
  TempDir dir;
  const auto settings = mailbox_in(dir);
  std::atomic<int> checks{0};
  // Process stops after some messages; ingest goes on to the end, as it
  // would if process had failed after it.
  CHECK(app::ingest_and_process(settings, [&] { return ++checks > 30; }) == app::ExitStatus::interrupted);
  {
    auto store = store::Store::open(settings.store_path, store::Store::Mode::read_only);
    const auto processed = store.message_ids(store::MessageStatus::processed).size();
    const auto fresh = store.message_ids(store::MessageStatus::fresh).size();
    CHECK(processed > 0);
    CHECK(processed < 140);
    CHECK(processed + fresh == 140);
    CHECK(store.undigested_summaries().size() == processed);
  }
  // The next run takes up what is left, once each.
  CHECK(app::ingest_and_process(settings, {}) == app::ExitStatus::ok);
  auto store = store::Store::open(settings.store_path, store::Store::Mode::read_only);
  CHECK(store.message_ids(store::MessageStatus::processed).size() == 140);
  std::set<std::int64_t> messages;
  for (const auto& s : store.undigested_summaries()) messages.insert(s.message);
  CHECK(messages.size() == 140);
}
