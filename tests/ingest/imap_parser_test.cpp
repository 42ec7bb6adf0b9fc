#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "ingest/imap_parser.hpp"

using distill::ingest::fetch_item;
using distill::ingest::ImapResponse;
using distill::ingest::ImapValue;
using distill::ingest::ProtocolError;
using distill::ingest::ResponseParser;

namespace {

// Responses recorded from Dovecot 2.3 (tests/fixtures/ingest/*.txt).
std::string fixture(const std::string& name) {
  std::ifstream in(std::string(DISTILL_FIXTURES_DIR) + "/ingest/" + name, std::ios::binary);
  REQUIRE(in);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Feeds `bytes` in pieces of `piece` bytes and collects every response.
std::vector<ImapResponse> parse_all(const std::string& bytes, std::size_t piece) {
  ResponseParser parser;
  std::vector<ImapResponse> out;
  for (std::size_t i = 0; i < bytes.size(); i += piece) {
    parser.feed(std::string_view(bytes).substr(i, piece));
    while (auto r = parser.next()) out.push_back(std::move(*r));
  }
  CHECK_FALSE(parser.has_partial());
  return out;
}

const std::string k_body1 =
    "From: News <news@example.com>\r\nTo: me@example.com\r\nSubject: Weekly issue 1\r\n"
    "Message-ID: <issue1@example.com>\r\nDate: Mon, 02 Nov 2026 07:00:00 +0000\r\n"
    "List-Id: Weekly <weekly.example.com>\r\n\r\nHello reader.\r\n"
    "d5 OK UID FETCH completed (a line that looks like our tag)\r\n* 3 EXISTS\r\n"
    ") \"unbalanced\" {12}\r\nend\r\n";

}  // namespace

TEST_CASE("imap parser reads EXAMINE's status responses and their codes", "[ingest]") {
  auto rs = parse_all(fixture("examine.txt"), 1 << 20);
  REQUIRE(rs.size() == 8);
  CHECK(rs[0].data[0].is_atom("FLAGS"));
  CHECK(rs[0].data[1].list.size() == 5);
  CHECK(rs[0].data[1].list[0].text == "\\Answered");
  CHECK(rs[2].data[0].number() == 2u);
  CHECK(rs[2].data[1].is_atom("EXISTS"));
  CHECK(rs[5].status == "OK");
  CHECK(rs[5].code == "UIDVALIDITY 1795870260");
  CHECK(rs[5].text == "UIDs valid");
  CHECK(rs[7].kind == ImapResponse::Kind::tagged);
  CHECK(rs[7].tag == "d2");
  CHECK(rs[7].code == "READ-ONLY");
}

TEST_CASE("imap parser takes a literal's bytes as they are, tag-like and untagged-like lines included", "[ingest]") {
  std::string bytes = fixture("fetch.txt");
  // Every piece size: literals and CRLFs split at every possible place.
  for (std::size_t piece : {std::size_t{1}, std::size_t{2}, std::size_t{7}, std::size_t{64}, bytes.size()}) {
    CAPTURE(piece);
    auto rs = parse_all(bytes, piece);
    REQUIRE(rs.size() == 3);
    REQUIRE(rs[0].data.size() == 3);
    CHECK(rs[0].data[1].is_atom("FETCH"));
    const ImapValue& items = rs[0].data[2];
    CHECK(fetch_item(items, "UID")->number() == 1u);
    CHECK(fetch_item(items, "RFC822.SIZE")->number() == 302u);
    CHECK(fetch_item(items, "INTERNALDATE")->text == "28-Nov-2026 12:51:00 +0000");
    CHECK(fetch_item(items, "BODY[]")->text == k_body1);
    const std::string& body2 = fetch_item(rs[1].data[2], "BODY[]")->text;
    CHECK(body2.size() == 207);
    CHECK(body2.find("Caf\xe9 cr\xe8me \xff\xfe bytes") != std::string::npos);
    CHECK(rs[2].tag == "d5");
    CHECK(rs[2].status == "OK");
  }
}

TEST_CASE("imap parser splits a recording at every byte into the same responses", "[ingest]") {
  std::string bytes = fixture("fetch.txt");
  auto whole = parse_all(bytes, bytes.size());
  for (std::size_t cut = 1; cut < bytes.size(); ++cut) {
    ResponseParser parser;
    std::vector<ImapResponse> out;
    parser.feed(std::string_view(bytes).substr(0, cut));
    while (auto r = parser.next()) out.push_back(std::move(*r));
    parser.feed(std::string_view(bytes).substr(cut));
    while (auto r = parser.next()) out.push_back(std::move(*r));
    REQUIRE(out == whole);
  }
}

TEST_CASE("imap parser waits on a response cut in the middle and says so", "[ingest]") {
  std::string bytes = fixture("fetch.txt");
  ResponseParser parser;
  parser.feed(std::string_view(bytes).substr(0, 200));  // inside the first literal
  CHECK_FALSE(parser.next().has_value());
  CHECK(parser.has_partial());
}

TEST_CASE("imap parser reads NO, BYE, SEARCH and CAPABILITY", "[ingest]") {
  auto missing = parse_all(fixture("examine_missing.txt"), 5);
  REQUIRE(missing.size() == 2);
  CHECK(missing[0].code == "CLOSED");
  CHECK(missing[1].status == "NO");
  CHECK(missing[1].text.starts_with("Mailbox doesn't exist: Nonexistent"));

  auto search = parse_all(fixture("search.txt"), 3);
  REQUIRE(search.size() == 2);
  REQUIRE(search[0].data.size() == 3);
  CHECK(search[0].data[0].is_atom("SEARCH"));
  CHECK(search[0].data[2].number() == 2u);

  auto caps = parse_all(fixture("capability.txt"), 11);
  REQUIRE(caps.size() == 2);
  bool has_move = false;
  for (const auto& v : caps[0].data) has_move = has_move || v.is_atom("MOVE");
  CHECK(has_move);

  auto bye = parse_all(fixture("logout.txt"), 4);
  REQUIRE(bye.size() == 2);
  CHECK(bye[0].status == "BYE");
  CHECK(bye[0].text == "Logging out");
}

TEST_CASE("imap parser reads nested lists, NIL, quoted strings with escapes and section atoms", "[ingest]") {
  std::string bytes =
      "* 4 FETCH (UID 9 ENVELOPE (\"Mon, 2 Nov 2026 07:00:00 +0000\" \"say \\\"hi\\\" \\\\ there\" "
      "((\"News\" NIL \"news\" \"example.com\")) NIL) BODY[HEADER.FIELDS (FROM SUBJECT)] {5}\r\nab\r\nc"
      " FLAGS (\\Seen))\r\n+ go ahead\r\n";
  auto rs = parse_all(bytes, 3);
  REQUIRE(rs.size() == 2);
  const ImapValue& items = rs[0].data[2];
  const ImapValue* env = fetch_item(items, "ENVELOPE");
  REQUIRE(env != nullptr);
  REQUIRE(env->list.size() == 4);
  CHECK(env->list[1].text == "say \"hi\" \\ there");
  CHECK(env->list[2].list[0].list[1].kind == ImapValue::Kind::nil);
  CHECK(env->list[3].kind == ImapValue::Kind::nil);
  CHECK(fetch_item(items, "BODY[HEADER.FIELDS (FROM SUBJECT)]")->text == "ab\r\nc");
  CHECK(fetch_item(items, "FLAGS")->list[0].text == "\\Seen");
  CHECK(rs[1].kind == ImapResponse::Kind::continuation);
  CHECK(rs[1].text == "go ahead");
}

TEST_CASE("imap parser takes a literal of a megabyte arriving in small reads", "[ingest]") {
  std::string body(1 << 20, 'x');
  for (std::size_t i = 0; i < body.size(); i += 1000) body[i] = '\n';
  std::string bytes = "* 1 FETCH (UID 1 BODY[] {" + std::to_string(body.size()) + "}\r\n" + body + ")\r\nd1 OK done\r\n";
  auto rs = parse_all(bytes, 16 * 1024);
  REQUIRE(rs.size() == 2);
  CHECK(fetch_item(rs[0].data[2], "BODY[]")->text == body);
}

TEST_CASE("imap parser rejects bytes that are not IMAP", "[ingest]") {
  for (std::string bad : std::vector<std::string>{"d1 MAYBE done\r\n", "* 1 FETCH (UID {x}\r\n)\r\n", "* 1 FETCH (UID 1\r\n",
                          "* 1 FETCH (A \"open\r\n", "* OK [CODE without end\r\n", " \r\n"}) {
    CAPTURE(bad);
    ResponseParser parser;
    parser.feed(bad);
    CHECK_THROWS_AS(parser.next(), ProtocolError);
  }
  ResponseParser deep;
  deep.feed("* X " + std::string(1000, '(') + "\r\n");
  CHECK_THROWS_AS(deep.next(), ProtocolError);
}
