// status end to end: a store made with the store API, read by the binary.

#include <catch2/catch.hpp>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "store/store.hpp"
#include "tests/app/run_distill.hpp"

namespace fs = std::filesystem;
using distill::test::run_distill;
using distill::test::TempDir;
namespace store = distill::store;
using distill::transform::Uid;
using distill::transform::UidValidity;

namespace {

store::IncomingMessage message(const std::string& mailbox, std::uint32_t uid) {
  store::IncomingMessage m;
  m.raw.mailbox = mailbox;
  m.raw.uidvalidity = UidValidity{7};
  m.raw.uid = Uid{uid};
  m.raw.bytes = "Message-ID: <" + std::to_string(uid) + "@" + mailbox + ">\r\n\r\nbody\r\n";
  m.info.message_id = std::to_string(uid) + "@" + mailbox;
  return m;
}

}  // namespace

TEST_CASE("status reads a store that does not exist yet as empty", "[app]") {
  TempDir dir;
  std::string path = (dir / "state/distill.db").string();
  auto r = run_distill({"--store.path", path, "status", "--json"}, {"HOME=" + dir.path().string()});
  CHECK(r.status == 0);
  CHECK(r.out ==
        "{\"mailboxes\":[],\"messages\":{\"new\":0,\"processed\":0,\"failed\":0,\"skipped\":0},"
        "\"digests\":{\"pending\":0,\"sent\":0,\"refused\":0},\"fetch_failures\":[]}\n");
  CHECK_FALSE(fs::exists(path));  // status creates nothing
}

TEST_CASE("status counts messages per stage and digests", "[app]") {
  TempDir dir;
  fs::path path = dir / "distill.db";
  store::TimePoint now{std::chrono::seconds{1'800'000'000}};  // 2027-01-15 08:00 UTC
  {
    auto s = store::Store::open(path);
    auto batch = s.begin();
    for (std::uint32_t uid = 1; uid <= 4; ++uid) s.add_message(message("INBOX", uid), now);
    s.add_message(message("News", 9), now);
    s.set_mailbox("INBOX", UidValidity{7}, Uid{4}, now);
    s.set_mailbox("News", UidValidity{3}, Uid{9}, now);
    batch.commit();
    auto fresh = s.message_ids(store::MessageStatus::fresh);
    REQUIRE(fresh.size() == 5);
    s.mark_processed(fresh[0], "news", {}, {}, now);
    s.mark_processed(fresh[1], "news", {}, {}, now);
    s.mark_failed(fresh[2], "bad MIME");
    s.mark_skipped(fresh[3], "not a newsletter");
    auto sent = s.create_digest("d1@distill", "Digest", "mime", {fresh[0]}, now);
    s.mark_digest_sent(sent, now);
    s.create_digest("d2@distill", "Digest", "mime", {fresh[1]}, now);
  }

  auto json = run_distill({"--store.path", path.string(), "status", "--json"}, {"HOME=" + dir.path().string()});
  CHECK(json.status == 0);
  CHECK(json.err.empty());
  CHECK(json.out ==
        "{\"mailboxes\":[{\"name\":\"INBOX\",\"uidvalidity\":7,\"last_uid\":4,\"messages\":4},"
        "{\"name\":\"News\",\"uidvalidity\":3,\"last_uid\":9,\"messages\":1}],"
        "\"messages\":{\"new\":1,\"processed\":2,\"failed\":1,\"skipped\":1},"
        "\"digests\":{\"pending\":1,\"sent\":1,\"refused\":0},\"fetch_failures\":[]}\n");

  auto text = run_distill({"--store.path", path.string(), "status"}, {"HOME=" + dir.path().string()});
  CHECK(text.status == 0);
  CHECK(text.out == "store: " + path.string() +
                        "\n"
                        "mailboxes:\n"
                        "  INBOX: 4 messages, uidvalidity 7, last uid 4, last sync 2027-01-15 08:00\n"
                        "  News: 1 messages, uidvalidity 3, last uid 9, last sync 2027-01-15 08:00\n"
                        "messages: 1 new, 2 processed, 1 failed, 1 skipped\n"
                        "digests: 1 pending, 1 sent, last sent 2027-01-15 08:00\n");
}

TEST_CASE("status names a digest refused for good and a message the server would not give", "[app]") {
  TempDir dir;
  fs::path path = dir / "distill.db";
  store::TimePoint now{std::chrono::seconds{1'800'000'000}};  // 2027-01-15 08:00 UTC
  {
    auto s = store::Store::open(path);
    s.add_message(message("INBOX", 1), now);
    const auto id = s.message_ids(store::MessageStatus::fresh).at(0);
    s.mark_processed(id, "news", {}, {}, now);
    const auto digest = s.create_digest("d1@distill", "Digest", "mime", {id}, now);
    s.refuse_digest(digest, "552 5.3.4 message too big", now);
    for (int i = 0; i < 3; ++i) s.record_fetch_failure("INBOX", UidValidity{7}, Uid{5}, "BYE internal error");
    s.give_up_fetch("INBOX", UidValidity{7}, Uid{5});
    s.record_fetch_failure("INBOX", UidValidity{7}, Uid{6}, "BYE internal error");
  }
  auto text = run_distill({"--store.path", path.string(), "status"}, {"HOME=" + dir.path().string()});
  CHECK(text.status == 0);
  CHECK(text.out.find("digests: 0 pending, 0 sent, 1 refused by the server\n"
                      "  refused 2027-01-15 08:00: <d1@distill>: 552 5.3.4 message too big "
                      "(its issue is left out of digests)\n") != std::string::npos);
  CHECK(text.out.find("fetch: INBOX uid 5: skipped after 3 failed attempts: BYE internal error\n") !=
        std::string::npos);
  CHECK(text.out.find("fetch: INBOX uid 6: 1 failed attempt, asked for again next run: BYE internal error\n") !=
        std::string::npos);
}

TEST_CASE("status reads a store in a folder it may not write to", "[app]") {
  TempDir dir;
  fs::path folder = dir / "ro";
  fs::create_directories(folder);
  fs::path path = folder / "distill.db";
  {
    auto s = store::Store::open(path);
    s.add_message(message("INBOX", 1), store::TimePoint{std::chrono::seconds{1'800'000'000}});
  }
  REQUIRE_FALSE(fs::exists(path.string() + "-shm"));  // the last writer removed it
  fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec);
  // root writes anywhere; an immutable folder stops it too.
  const bool immutable = ::access(folder.c_str(), W_OK) == 0 &&
                         std::system(("chattr +i '" + folder.string() + "' 2>/dev/null").c_str()) == 0;
  if (::access(folder.c_str(), W_OK) == 0 && !immutable) {
    WARN("cannot make a folder read-only here; not tested");
    return;
  }
  auto r = run_distill({"--store.path", path.string(), "status"}, {"HOME=" + dir.path().string()});
  if (immutable) std::system(("chattr -i '" + folder.string() + "'").c_str());
  fs::permissions(folder, fs::perms::owner_all);
  INFO(r.err);
  CHECK(r.status == 0);
  CHECK(r.out.find("messages: 1 new, 0 processed") != std::string::npos);
}
