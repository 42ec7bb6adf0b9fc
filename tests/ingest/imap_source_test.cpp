// Integration tests of the IMAP source against the real Dovecot that
// tests/servers/start.sh runs on 127.0.0.1 (IMAPS, a certificate made at test
// time, verification on), writing into a real store in a temp dir. Each test
// works in a mailbox of its own, seeded by writing files straight into the
// Maildir as the notes on the harness describe.

#include <catch2/catch.hpp>

#include "tests/support/temp_dir.hpp"
#include "tests/servers/servers_env.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "app/stage_ingest.hpp"
#include "ingest/imap_connection.hpp"
#include "ingest/imap_source.hpp"
#include "store/store.hpp"

namespace fs = std::filesystem;
using namespace distill;

namespace {

using distill::test::server_env;

using distill::test::TempDir;

void chown_nobody(const fs::path& p) { REQUIRE(::chown(p.c_str(), 65534, 65534) == 0); }

// A Maildir++ folder of the test Maildir, created empty (or emptied).
fs::path make_folder(const std::map<std::string, std::string>& env, const std::string& name) {
  fs::path dir = fs::path(env.at("MAILDIR")) / ("." + name);
  fs::remove_all(dir);
  for (const char* sub : {"", "cur", "new", "tmp"}) {
    fs::create_directories(dir / sub);
    chown_nobody(dir / sub);
  }
  return dir;
}

std::string newsletter(const std::string& id, std::size_t body_lines = 20) {
  std::string m = "From: Weekly News <news@weekly.example>\r\nTo: test@example.com\r\nSubject: Issue " + id +
                  "\r\nMessage-ID: <" + id + "@weekly.example>\r\nDate: Mon, 02 Nov 2026 07:00:00 +0000\r\n"
                  "List-Id: Weekly <weekly.example>\r\n\r\n";
  for (std::size_t i = 0; i < body_lines; ++i) m += "Line " + std::to_string(i) + " of issue " + id + ".\r\n";
  m += "d9 OK a line that looks like a tagged response\r\n* 9 EXPUNGE\r\n";
  return m;
}

// Writes messages straight into FOLDER/cur, in order (Dovecot numbers them by name).
void add_messages(const fs::path& folder, const std::vector<std::string>& messages) {
  static int counter = 0;
  for (const auto& m : messages) {
    ++counter;
    std::string name = std::to_string(1790000000 + counter) + ".M" + std::to_string(counter) + "P" +
                       std::to_string(::getpid()) + ".test,S=" + std::to_string(m.size()) + ":2,";
    fs::path p = folder / "cur" / name;
    std::ofstream(p, std::ios::binary) << m;
    chown_nobody(p);
  }
}

std::vector<std::string> issues(const std::string& prefix, int from, int to) {
  std::vector<std::string> out;
  for (int i = from; i <= to; ++i) out.push_back(newsletter(prefix + "-" + std::to_string(i)));
  return out;
}

ingest::ImapOptions imaps_options(const std::map<std::string, std::string>& env, const std::string& mailbox) {
  ingest::ImapOptions o;
  o.url = "imaps://127.0.0.1:" + env.at("IMAPS_PORT");
  o.user = env.at("MAIL_USER");
  o.password = env.at("MAIL_PASSWORD");
  o.ca_file = env.at("CA_FILE");
  o.mailboxes = {mailbox};
  o.timeout = std::chrono::seconds(10);
  return o;
}

struct Harness {
  std::map<std::string, std::string> env = server_env();
  TempDir tmp;
  store::Store store = store::Store::open(tmp.path() / "distill.db");

  ingest::MailboxSummary sync(const ingest::ImapOptions& options, const ingest::ProgressFn& progress = {}) {
    app::StoreSink sink(store);
    ingest::ImapSource source(options);
    auto summaries = source.sync(sink, progress);
    REQUIRE(summaries.size() == 1);
    return summaries[0];
  }

  std::vector<std::string> stored_ids() {
    std::vector<std::string> ids;
    for (auto status : {store::MessageStatus::fresh, store::MessageStatus::skipped}) {
      for (auto id : store.message_ids(status)) ids.push_back(store.message(id).info.message_id);
    }
    return ids;
  }

  void ctl(const std::string& command) {
    std::string cmd = std::string(DISTILL_SOURCE_DIR) + "/tests/servers/ctl.sh " + command + " " +
                      env.at("DISTILL_IT_DIR");
    REQUIRE(std::system(cmd.c_str()) == 0);
  }
};

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const ingest::Error& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("imap source syncs a mailbox, then only what is new, read-only", "[integration][ingest]") {
  Harness h;
  fs::path folder = make_folder(h.env, "it-incremental");
  add_messages(folder, issues("inc", 1, 5));
  auto options = imaps_options(h.env, "it-incremental");
  options.batch_size = 2;

  auto first = h.sync(options);
  CHECK(first.added == 5);
  CHECK(first.duplicates == 0);
  auto state = h.store.mailbox("it-incremental");
  REQUIRE(state.has_value());
  CHECK(state->last_uid.value == 5);
  auto stored = h.store.message(h.store.message_ids(store::MessageStatus::fresh).front());
  CHECK(stored.info.message_id == "inc-1@weekly.example");
  CHECK(stored.info.from == "news@weekly.example");
  CHECK(stored.info.list_id == "weekly.example");
  CHECK(stored.raw.bytes == newsletter("inc-1"));
  CHECK(stored.raw.uid.value == 1);

  add_messages(folder, issues("inc", 6, 8));
  auto second = h.sync(options);
  CHECK(second.added == 3);
  CHECK(second.duplicates == 0);
  CHECK(h.store.mailbox("it-incremental")->last_uid.value == 8);

  auto third = h.sync(options);
  CHECK(third.added == 0);
  CHECK(third.duplicates == 0);
  CHECK(h.stored_ids().size() == 8);

  // EXAMINE and BODY.PEEK: no message got \Seen (no S in the Maildir flags).
  for (const auto& f : fs::directory_iterator(folder / "cur")) {
    auto name = f.path().filename().string();
    CHECK(name.substr(name.find(":2,")).find('S') == std::string::npos);
  }
}

TEST_CASE("imap source re-syncs a recreated mailbox without duplicates", "[integration][ingest]") {
  Harness h;
  fs::path folder = make_folder(h.env, "it-uidvalidity");
  add_messages(folder, issues("uv", 1, 4));
  auto options = imaps_options(h.env, "it-uidvalidity");
  CHECK(h.sync(options).added == 4);
  auto before = h.store.mailbox("it-uidvalidity")->uidvalidity;

  // Recreated (over IMAP, as a user would): the same four messages and one
  // more, under a new UIDVALIDITY.
  {
    ingest::ImapConnection conn(options, "test");
    conn.command("DELETE \"it-uidvalidity\"");
    conn.command("CREATE \"it-uidvalidity\"");
  }
  add_messages(folder, issues("uv", 1, 5));
  auto after = h.sync(options);
  CHECK(after.uidvalidity_changed);
  CHECK(after.added == 1);
  CHECK(after.duplicates == 4);
  CHECK(h.store.mailbox("it-uidvalidity")->uidvalidity != before);
  CHECK(h.stored_ids().size() == 5);
}

TEST_CASE("imap source resumes after Dovecot was killed mid-sync, every message exactly once",
          "[integration][ingest]") {
  Harness h;
  fs::path folder = make_folder(h.env, "it-killed");
  add_messages(folder, issues("kill", 1, 300));
  auto options = imaps_options(h.env, "it-killed");
  options.batch_size = 50;

  bool killed = false;
  std::string error = error_of([&] {
    h.sync(options, [&](const ingest::Progress& p) {
      if (!killed && p.messages >= 100) {
        killed = true;
        h.ctl("kill-imap");
      }
    });
  });
  REQUIRE(killed);
  CHECK(error.find("imaps://127.0.0.1:" + h.env.at("IMAPS_PORT")) != std::string::npos);
  CHECK(error.find("mailbox \"it-killed\": UID FETCH") != std::string::npos);
  CHECK(error.find("failed: connection") != std::string::npos);
  auto committed = h.stored_ids().size();
  CHECK(committed >= 100);
  CHECK(committed < 300);
  CHECK(h.store.mailbox("it-killed")->last_uid.value == committed);

  h.ctl("restart-imap");
  auto rerun = h.sync(options);
  CHECK(rerun.added == static_cast<std::int64_t>(300 - committed));
  CHECK(rerun.duplicates == 0);
  auto ids = h.stored_ids();
  CHECK(ids.size() == 300);
  CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == 300);
}

TEST_CASE("imap source records messages above max_size as skipped with the reason", "[integration][ingest]") {
  Harness h;
  fs::path folder = make_folder(h.env, "it-maxsize");
  add_messages(folder, {newsletter("size-1"), newsletter("size-2", 5000), newsletter("size-3")});
  auto options = imaps_options(h.env, "it-maxsize");
  options.max_size = 10000;
  auto s = h.sync(options);
  CHECK(s.added == 2);
  CHECK(s.skipped == 1);
  auto skipped = h.store.message_ids(store::MessageStatus::skipped);
  REQUIRE(skipped.size() == 1);
  auto m = h.store.message(skipped[0]);
  CHECK(m.info.message_id == "size-2@weekly.example");
  CHECK(m.error.find("above max_size") != std::string::npos);
}

TEST_CASE("imap source fails with the server and the mailbox named", "[integration][ingest]") {
  Harness h;
  make_folder(h.env, "it-errors");
  auto options = imaps_options(h.env, "it-errors");

  SECTION("wrong password") {
    options.password = "wrong";
    auto e = error_of([&] { h.sync(options); });
    CHECK(e.find("login failed for user \"test\"") != std::string::npos);
    CHECK(e.find("mailbox \"it-errors\"") != std::string::npos);
    CHECK(e.find("wrong") == std::string::npos);
  }
  SECTION("a certificate from another CA") {
    options.ca_file = h.env.at("WRONG_CA_FILE");
    CHECK(error_of([&] { h.sync(options); }).find("TLS certificate verification failed") != std::string::npos);
  }
  SECTION("imap:// needs STARTTLS and the server offers none") {
    options.url = "imap://127.0.0.1:" + h.env.at("IMAP_PLAIN_PORT");
    CHECK(error_of([&] { h.sync(options); }).find("does not offer STARTTLS") != std::string::npos);
  }
  SECTION("imap:// with STARTTLS works") {
    options.url = "imap://127.0.0.1:" + h.env.at("IMAP_PORT");
    CHECK(h.sync(options).added == 0);
  }
  SECTION("connection refused") {
    options.url = "imaps://127.0.0.1:1";
    auto e = error_of([&] { h.sync(options); });
    CHECK(e.find("imaps://127.0.0.1:1, mailbox \"it-errors\": cannot connect") != std::string::npos);
  }
  SECTION("a mailbox that does not exist: reported, and the others are still read") {
    options.mailboxes = {"it-no-such-box", "it-errors"};
    app::StoreSink sink(h.store);
    const auto summaries = ingest::ImapSource(options).sync(sink, {});
    REQUIRE(summaries.size() == 2);
    CHECK(summaries[0].error.find("mailbox \"it-no-such-box\": EXAMINE \"it-no-such-box\" failed: NO") !=
          std::string::npos);
    CHECK(summaries[1].error.empty());
    CHECK(h.store.mailbox("it-errors"));
  }
  CHECK(h.stored_ids().empty());
}

TEST_CASE("imap actions mark seen or move delivered messages", "[integration][ingest]") {
  Harness h;
  fs::path folder = make_folder(h.env, "it-actions");
  fs::remove_all(fs::path(h.env.at("MAILDIR")) / ".it-archive");
  add_messages(folder, issues("act", 1, 4));
  auto options = imaps_options(h.env, "it-actions");
  REQUIRE(h.sync(options).added == 4);
  auto state = *h.store.mailbox("it-actions");
  auto target = [&](std::int64_t id, std::uint32_t uid) {
    return ingest::ActionTarget{id, "it-actions", state.uidvalidity, ingest::Uid{uid}};
  };
  auto count_files = [](const fs::path& dir) {
    std::size_t n = 0;
    for (const char* sub : {"cur", "new"}) {
      if (fs::exists(dir / sub)) n += static_cast<std::size_t>(std::distance(fs::directory_iterator(dir / sub), {}));
    }
    return n;
  };

  options.after = ingest::parse_after_action("seen");
  auto done = ingest::apply_actions(options, {target(1, 1)});
  CHECK(done == std::vector<std::int64_t>{1});

  options.after = ingest::parse_after_action("move:it-archive");
  done = ingest::apply_actions(options, {target(2, 2), target(3, 3),
                                         ingest::ActionTarget{4, "it-actions", ingest::UidValidity{1}, ingest::Uid{4}}});
  CHECK(done.size() == 3);
  CHECK(count_files(folder) == 2);  // 2 and 3 moved; 4 named under an old UIDVALIDITY stays
  CHECK(count_files(fs::path(h.env.at("MAILDIR")) / ".it-archive") == 2);
  bool seen = false;
  for (const auto& f : fs::directory_iterator(folder / "cur")) {
    auto name = f.path().filename().string();
    if (name.substr(name.find(":2,")).find('S') != std::string::npos) seen = true;
  }
  CHECK(seen);
}

TEST_CASE("imap source syncs a mailbox of 2,000 messages", "[integration][ingest]") {
  Harness h;
  fs::path folder = make_folder(h.env, "it-2000");
  add_messages(folder, issues("big", 1, 2000));
  auto s = h.sync(imaps_options(h.env, "it-2000"));
  CHECK(s.added == 2000);
  CHECK(s.failed == 0);
  auto ids = h.stored_ids();
  CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == 2000);
  CHECK(h.store.mailbox("it-2000")->last_uid.value == 2000);
}
