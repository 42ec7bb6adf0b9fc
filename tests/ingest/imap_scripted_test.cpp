// Unit tests of the IMAP source against a scripted server on 127.0.0.1: the
// answers a real Dovecot cannot be made to give (a message listed but not
// given) and the login it does not offer here (XOAUTH2). Plain imap:// with
// `tls = off`, since only what happens after login is under test.

#include <catch2/catch.hpp>

#include <charconv>
#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "ingest/imap_source.hpp"
#include "tests/support/scripted_imap_server.hpp"

using namespace distill;
using distill::test::ScriptedServer;

namespace {

// "1:3,5" -> {1, 2, 3, 5}
std::set<std::uint32_t> uid_set(const std::string& text) {
  std::set<std::uint32_t> uids;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(',', start);
    if (end == std::string::npos) end = text.size();
    std::string range = text.substr(start, end - start);
    std::uint32_t lo = 0, hi = 0;
    std::size_t colon = range.find(':');
    std::from_chars(range.data(), range.data() + (colon == std::string::npos ? range.size() : colon), lo);
    hi = lo;
    if (colon != std::string::npos) std::from_chars(range.data() + colon + 1, range.data() + range.size(), hi);
    for (std::uint32_t u = lo; u <= hi; ++u) uids.insert(u);
    start = end + 1;
  }
  return uids;
}

std::string message(std::uint32_t uid) {
  return "From: Weekly <news@weekly.example>\r\nSubject: Issue " + std::to_string(uid) + "\r\nMessage-ID: <" +
         std::to_string(uid) + "@weekly.example>\r\n\r\nIssue " + std::to_string(uid) + ".\r\n";
}

// A mailbox INBOX (UIDVALIDITY 7) holding UIDs 1..count; `withheld` are
// listed and sized but their bytes are not given.
struct Mailbox {
  std::uint32_t count = 3;
  std::set<std::uint32_t> withheld;
  // A FETCH of their bytes makes the server give up the session (BYE), as
  // Dovecot does for a message file it cannot read.
  std::set<std::uint32_t> unreadable;
  std::string capabilities = "IMAP4rev1";

  std::string answer(const std::string& command) const {
    if (command == "CAPABILITY") return "* CAPABILITY " + capabilities + "\r\n";
    if (command.rfind("EXAMINE", 0) == 0) {
      return "* " + std::to_string(count) + " EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n* OK [UIDNEXT " +
             std::to_string(count + 1) + "] ok\r\n";
    }
    if (command.rfind("UID SEARCH UID ", 0) == 0) {
      std::uint32_t from = 0;
      std::string rest = command.substr(15);
      std::from_chars(rest.data(), rest.data() + rest.size(), from);
      std::string out = "* SEARCH";
      for (std::uint32_t u = std::max<std::uint32_t>(from, 1); u <= count; ++u) out += " " + std::to_string(u);
      return out + "\r\n";
    }
    if (command.rfind("UID FETCH ", 0) == 0) {
      std::string set = command.substr(10, command.find(' ', 10) - 10);
      const bool bodies = command.find("BODY.PEEK[]") != std::string::npos;
      std::string out;
      for (std::uint32_t u : uid_set(set)) {
        if (bodies && unreadable.count(u)) return "* BYE Internal error occurred. Refer to server log\r\n";
      }
      for (std::uint32_t u : uid_set(set)) {
        if (u < 1 || u > count) continue;
        const std::string bytes = message(u);
        out += "* " + std::to_string(u) + " FETCH (UID " + std::to_string(u) + " RFC822.SIZE " +
               std::to_string(bytes.size());
        if (bodies && !withheld.count(u)) {
          out += " INTERNALDATE \"02-Nov-2026 07:00:00 +0000\" BODY[] {" + std::to_string(bytes.size()) + "}\r\n" +
                 bytes;
        }
        out += ")\r\n";
      }
      return out;
    }
    return "";
  }
};

// Records what the source stores, as the store would: by Message-ID, with
// the cursor of each batch.
struct RecordingSink : ingest::MessageSink {
  std::optional<ingest::Cursor> stored_cursor;
  std::vector<std::string> stored;  // Message-IDs, in order; a duplicate is not added
  std::int64_t duplicates = 0;

  std::optional<ingest::Cursor> cursor(std::string_view) override { return stored_cursor; }
  ingest::BatchResult store_batch(std::string_view, ingest::UidValidity uidvalidity, ingest::Uid last_uid,
                                  const std::vector<ingest::FetchedMessage>& messages) override {
    ingest::BatchResult result;
    for (const auto& m : messages) {
      if (std::find(stored.begin(), stored.end(), m.facts.message_id) != stored.end()) {
        ++result.duplicates;
      } else {
        stored.push_back(m.facts.message_id);
        ++result.added;
      }
    }
    stored_cursor = ingest::Cursor{uidvalidity, last_uid};
    return result;
  }
  void reset(std::string_view, ingest::UidValidity) override { stored_cursor.reset(); }
};

// A sink that keeps a cursor per mailbox and counts failed fetches per
// mailbox and UID, as the store does.
struct CountingSink : ingest::MessageSink {
  std::map<std::string, ingest::Cursor, std::less<>> cursors;
  std::map<std::string, std::vector<std::string>, std::less<>> stored;  // Message-IDs per mailbox
  std::map<std::pair<std::string, std::uint32_t>, int> attempts;
  std::set<std::pair<std::string, std::uint32_t>> given_up;

  std::optional<ingest::Cursor> cursor(std::string_view mailbox) override {
    auto it = cursors.find(mailbox);
    if (it == cursors.end()) return std::nullopt;
    return it->second;
  }
  ingest::BatchResult store_batch(std::string_view mailbox, ingest::UidValidity uidvalidity, ingest::Uid last_uid,
                                  const std::vector<ingest::FetchedMessage>& messages) override {
    ingest::BatchResult result;
    auto& list = stored[std::string(mailbox)];
    for (const auto& m : messages) {
      if (std::find(list.begin(), list.end(), m.facts.message_id) != list.end()) {
        ++result.duplicates;
      } else {
        list.push_back(m.facts.message_id);
        ++result.added;
      }
    }
    cursors[std::string(mailbox)] = ingest::Cursor{uidvalidity, last_uid};
    return result;
  }
  void reset(std::string_view mailbox, ingest::UidValidity) override { cursors.erase(std::string(mailbox)); }
  int fetch_failed(std::string_view mailbox, ingest::UidValidity, ingest::Uid uid, const std::string&) override {
    return ++attempts[{std::string(mailbox), uid.value}];
  }
  void fetch_given_up(std::string_view mailbox, ingest::UidValidity, ingest::Uid uid) override {
    given_up.insert({std::string(mailbox), uid.value});
  }
};

ingest::ImapOptions options_for(const ScriptedServer& server) {
  ingest::ImapOptions o = distill::test::scripted_login(server);
  o.mailboxes = {"INBOX"};
  o.batch_size = 2;
  return o;
}

}  // namespace

TEST_CASE("imap source asks again next time for a message the server listed but did not give", "[ingest]") {
  Mailbox mailbox;
  mailbox.count = 5;
  mailbox.withheld = {2};
  std::mutex mutex;
  ScriptedServer server([&](const std::string& command) {
    std::lock_guard lock(mutex);
    return mailbox.answer(command);
  });
  RecordingSink sink;

  ingest::ImapSource source(options_for(server));
  auto first = source.sync(sink, {});
  REQUIRE(first.size() == 1);
  CHECK(first[0].failed == 1);
  CHECK(first[0].added == 4);  // the others are not held back
  CHECK(sink.stored == std::vector<std::string>{"1@weekly.example", "3@weekly.example", "4@weekly.example",
                                                "5@weekly.example"});
  REQUIRE(sink.stored_cursor);
  CHECK(sink.stored_cursor->last_uid.value == 1);  // never past the one not given

  {
    std::lock_guard lock(mutex);
    mailbox.withheld.clear();
  }
  auto second = source.sync(sink, {});
  REQUIRE(second.size() == 1);
  CHECK(second[0].failed == 0);
  CHECK(second[0].added == 1);
  CHECK(second[0].duplicates == 3);  // fetched again, stored once
  CHECK(sink.stored.size() == 5);
  CHECK(sink.stored.back() == "2@weekly.example");
  CHECK(sink.stored_cursor->last_uid.value == 5);
}

TEST_CASE("imap source logs in with XOAUTH2 when a bearer token is configured", "[ingest]") {
  Mailbox mailbox;
  mailbox.count = 1;
  mailbox.capabilities = "IMAP4rev1 AUTH=XOAUTH2 SASL-IR";
  ScriptedServer server([&](const std::string& command) { return mailbox.answer(command); });
  RecordingSink sink;

  ingest::ImapOptions options = options_for(server);
  options.password.clear();
  options.bearer_token = "ya29.token";
  ingest::ImapSource source(options);
  auto summaries = source.sync(sink, {});
  REQUIRE(summaries.size() == 1);
  CHECK(summaries[0].added == 1);

  // SASL XOAUTH2: base64 of "user=reader\x01auth=Bearer ya29.token\x01\x01".
  const std::string expected = "AUTHENTICATE XOAUTH2 dXNlcj1yZWFkZXIBYXV0aD1CZWFyZXIgeWEyOS50b2tlbgEB";
  const auto commands = server.commands();
  CHECK(std::find(commands.begin(), commands.end(), expected) != commands.end());
  for (const auto& c : commands) CHECK(c.rfind("LOGIN", 0) != 0);
}

TEST_CASE("imap source narrows a FETCH the server answers with BYE down to the message, and goes on",
          "[ingest]") {
  Mailbox mailbox;
  mailbox.count = 5;
  mailbox.unreadable = {3};
  ScriptedServer server([&](const std::string& command) { return mailbox.answer(command); });
  CountingSink sink;
  auto options = options_for(server);
  options.batch_size = 5;  // all five in one FETCH
  options.mailboxes = {"INBOX", "News"};

  ingest::ImapSource source(options);
  auto first = source.sync(sink, {});
  REQUIRE(first.size() == 2);
  for (const auto& summary : first) {
    INFO(summary.mailbox);
    CHECK(summary.error.empty());
    CHECK(summary.added == 4);
    CHECK(summary.failed == 1);
    REQUIRE(summary.failures.size() == 1);
    CHECK_THAT(summary.failures[0], Catch::StartsWith("uid 3 (attempt 1 of 3): ") && Catch::Contains("BYE") &&
                                        Catch::Contains("Internal error occurred"));
    CHECK(sink.cursors.at(summary.mailbox).last_uid.value == 2);  // never past the one not given
  }
  CHECK(sink.stored["INBOX"] ==
        std::vector<std::string>{"1@weekly.example", "2@weekly.example", "4@weekly.example", "5@weekly.example"});

  // Asked for again a bounded number of times, then skipped for good.
  auto second = source.sync(sink, {});
  CHECK(second[0].failed == 1);
  CHECK(second[0].given_up == 0);
  CHECK(second[0].duplicates == 2);
  CHECK(sink.cursors.at("INBOX").last_uid.value == 2);
  auto third = source.sync(sink, {});
  CHECK(third[0].given_up == 1);
  CHECK_THAT(third[0].failures.at(0), Catch::Contains("attempt 3 of 3") && Catch::Contains("skipped"));
  CHECK(sink.given_up.count({"INBOX", 3}) == 1);
  CHECK(sink.cursors.at("INBOX").last_uid.value == 5);
  auto fourth = source.sync(sink, {});
  CHECK(fourth[0].failed == 0);
  CHECK(sink.attempts[{"INBOX", 3}] == 3);
}

TEST_CASE("imap source never sends a mailbox name that would end the command", "[ingest]") {
  Mailbox mailbox;
  ScriptedServer server([&](const std::string& command) { return mailbox.answer(command); });
  RecordingSink sink;
  auto options = options_for(server);
  options.mailboxes = {"INBOX\r\nd9 CREATE injected", "INBOX"};
  ingest::ImapSource source(options);
  auto summaries = source.sync(sink, {});
  REQUIRE(summaries.size() == 2);
  CHECK_THAT(summaries[0].error, Catch::Contains("line break"));
  CHECK(summaries[1].error.empty());
  CHECK(summaries[1].added == 3);
  for (const auto& c : server.commands()) CHECK(c.find("CREATE") == std::string::npos);
}
