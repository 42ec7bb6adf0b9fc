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
#include "tests/support/scripted_imap_server.hpp"

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

namespace {

// INBOX (UIDVALIDITY 7) with one issue of each of `count` senders; while
// `failing`, the server ends the session on any FETCH of a message's bytes
// past UID 20, as a server going down in the middle of a run does.
struct FailingMailbox {
  std::uint32_t count = 40;
  std::atomic<bool> failing{true};
  std::string answer(const std::string& command) const {
    if (command == "CAPABILITY") return "* CAPABILITY IMAP4rev1\r\n";
    if (command.rfind("EXAMINE", 0) == 0) {
      return "* " + std::to_string(count) + " EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n* OK [UIDNEXT " +
             std::to_string(count + 1) + "] ok\r\n";
    }
    if (command.rfind("UID SEARCH UID ", 0) == 0) {
      const std::uint32_t from = static_cast<std::uint32_t>(std::stoul(command.substr(15)));
      std::string out = "* SEARCH";
      for (std::uint32_t u = std::max<std::uint32_t>(from, 1); u <= count; ++u) out += " " + std::to_string(u);
      return out + "\r\n";
    }
    if (command.rfind("UID FETCH ", 0) == 0) {
      const std::string set = command.substr(10, command.find(' ', 10) - 10);
      const bool bodies = command.find("BODY.PEEK[]") != std::string::npos;
      std::vector<std::uint32_t> uids;
      for (std::size_t start = 0; start < set.size();) {
        std::size_t end = set.find(',', start);
        if (end == std::string::npos) end = set.size();
        const std::string range = set.substr(start, end - start);
        const std::size_t colon = range.find(':');
        const auto lo = static_cast<std::uint32_t>(std::stoul(range.substr(0, colon)));
        const auto hi =
            colon == std::string::npos ? lo : static_cast<std::uint32_t>(std::stoul(range.substr(colon + 1)));
        for (std::uint32_t u = lo; u <= hi && u <= count; ++u) uids.push_back(u);
        start = end + 1;
      }
      if (bodies && failing) {
        for (std::uint32_t u : uids) {
          if (u > 20) return "* BYE Internal error occurred. Refer to server log\r\n";
        }
      }
      std::string out;
      for (std::uint32_t u : uids) {
        const std::string bytes = letter(static_cast<int>(u), 1);
        out += "* " + std::to_string(u) + " FETCH (UID " + std::to_string(u) + " RFC822.SIZE " +
               std::to_string(bytes.size());
        if (bodies) {
          out +=
              " INTERNALDATE \"02-Nov-2026 07:00:00 +0000\" BODY[] {" + std::to_string(bytes.size()) + "}\r\n" + bytes;
        }
        out += ")\r\n";
      }
      return out;
    }
    return "";
  }
};

}  // namespace

TEST_CASE("a server failing while ingest and process overlap leaves each message stored and processed once", "[app]") {
  FailingMailbox mailbox;
  distill::test::ScriptedServer server([&](const std::string& command) { return mailbox.answer(command); });
  TempDir dir;
  config::Settings settings;
  settings.store_path = (dir / "distill.db").string();
  settings.imap.url = server.url();
  settings.imap.user = "reader";
  settings.imap.tls = config::TlsMode::off;
  settings.imap.mailboxes = {"INBOX"};
  settings.imap.batch = 4;
  settings.jobs = 2;

  // The first 20 are stored and processed; the rest are not fetched.
  CHECK(app::ingest_and_process(settings, {}) == app::ExitStatus::failure);
  {
    auto store = store::Store::open(settings.store_path, store::Store::Mode::read_only);
    CHECK(store.message_ids(store::MessageStatus::processed).size() == 20);
    CHECK(store.message_ids(store::MessageStatus::fresh).empty());
  }
  // The server is back: the next run fetches and processes the rest, once.
  mailbox.failing = false;
  CHECK(app::ingest_and_process(settings, {}) == app::ExitStatus::ok);
  auto store = store::Store::open(settings.store_path, store::Store::Mode::read_only);
  CHECK(store.message_ids(store::MessageStatus::processed).size() == 40);
  std::set<std::string> titles;
  for (const auto& s : store.undigested_summaries()) titles.insert(s.summary.title);
  CHECK(titles.size() == 40);
}
