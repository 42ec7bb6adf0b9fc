// ingest/imap_connection: one IMAP session, against the scripted server on
// 127.0.0.1 (tests/support/scripted_imap_server.hpp), and imap_quote.

#include "ingest/imap_connection.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/support/scripted_imap_server.hpp"

using namespace distill;
using distill::test::ScriptedServer;

namespace {

std::string answer(const std::string& command) {
  if (command == "CAPABILITY") return "* CAPABILITY IMAP4rev1 Move uidplus\r\n";
  if (command == "EXAMINE \"INBOX\"") return "* 3 EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n";
  if (command == "EXAMINE \"Gone\"") return "{TAG} NO [NONEXISTENT] no such mailbox\r\n";
  if (command == "UID SEARCH ALL") return "* BYE shutting down\r\n";
  return "";
}

}  // namespace

TEST_CASE("imap_connection logs in, reads the capabilities, and hands over each command's untagged responses",
          "[ingest]") {
  ScriptedServer server(answer);
  ingest::ImapConnection connection(distill::test::scripted_login(server), "scripted");
  CHECK(connection.has_capability("MOVE"));  // any case
  CHECK(connection.has_capability("UIDPLUS"));
  CHECK_FALSE(connection.has_capability("CONDSTORE"));

  std::vector<std::string> seen;
  const auto done = connection.command("EXAMINE \"INBOX\"", [&](ingest::ImapResponse& r) {
    seen.push_back(r.data.empty() ? r.status + " [" + r.code + "]" : r.data[0].text + " " + r.data[1].text);
  });
  CHECK(seen == std::vector<std::string>{"3 EXISTS", "OK [UIDVALIDITY 7]"});
  CHECK(done.kind == ingest::ImapResponse::Kind::tagged);
  CHECK(done.status == "OK");

  // Each command goes out once, with its own tag, after the login.
  const auto commands = server.commands();
  CHECK(std::count(commands.begin(), commands.end(), "EXAMINE \"INBOX\"") == 1);
}

TEST_CASE("imap_connection names the command and the server's words when it says NO or BYE", "[ingest]") {
  ScriptedServer server(answer);
  ingest::ImapConnection connection(distill::test::scripted_login(server), "scripted");
  CHECK_THROWS_WITH(connection.command("EXAMINE \"Gone\""),
                    Catch::Contains("scripted") && Catch::Contains("failed: NO no such mailbox"));
  // accept_no: the NO is the answer, not an error.
  CHECK(connection.command("EXAMINE \"Gone\"", {}, /*accept_no=*/true).status == "NO");

  CHECK_THROWS_WITH(connection.command("UID SEARCH ALL"),
                    Catch::Contains("the server closed the session: BYE shutting down"));
}

TEST_CASE("imap_connection says it cannot connect when nothing listens", "[ingest]") {
  ingest::ImapOptions o;
  {
    ScriptedServer closed(answer);  // a port that was free a moment ago
    o = distill::test::scripted_login(closed);
  }
  CHECK_THROWS_AS(ingest::ImapConnection(o, "nobody home"), ingest::ConnectError);
}

TEST_CASE("imap_quote quotes a mailbox name and refuses one that would end the command", "[ingest]") {
  CHECK(ingest::imap_quote("INBOX") == "\"INBOX\"");
  CHECK(ingest::imap_quote("Lists/\"Quoted\" \\ back") == "\"Lists/\\\"Quoted\\\" \\\\ back\"");
  CHECK_THROWS_AS(ingest::imap_quote("INBOX\r\nA1 DELETE INBOX"), ingest::Error);
  CHECK_THROWS_AS(ingest::imap_quote(std::string("IN\0BOX", 6)), ingest::Error);
}
