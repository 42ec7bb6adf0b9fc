// ingest/header_facts: the facts kept beside a message's bytes, read from
// its header block alone.

#include "ingest/header_facts.hpp"

#include <catch2/catch.hpp>
#include <chrono>
#include <string>

using distill::ingest::header_facts;
using distill::ingest::HeaderFacts;

TEST_CASE("header_facts reads Message-ID, sender, List-Id, Subject and Date from the header", "[ingest]") {
  const std::string message =
      "Return-Path: <bounce@mail.example.org>\r\n"
      "From: \"Harbour Notes\" <Editor@Harbour-Notes.Example.org>\r\n"
      "To: reader@example.net\r\n"
      "Subject: =?UTF-8?Q?Tide_tables_=E2=80=94_week_12?=\r\n"
      "Message-ID: <issue-12.abc@harbour-notes.example.org>\r\n"
      "List-Id: Harbour Notes <weekly.harbour-notes.example.org>\r\n"
      "Date: Tue, 03 Mar 2026 07:15:00 +0100\r\n"
      "\r\n"
      "Subject: not a header, this is the body\r\n";
  const HeaderFacts facts = header_facts(message);
  CHECK(facts.message_id == "issue-12.abc@harbour-notes.example.org");
  CHECK(facts.from == "editor@harbour-notes.example.org");  // the address only, lower case
  CHECK(facts.list_id == "weekly.harbour-notes.example.org");
  CHECK(facts.subject == "Tide tables \xE2\x80\x94 week 12");
  REQUIRE(facts.date);
  using namespace std::chrono;
  CHECK(*facts.date == sys_days{year{2026} / March / 3} + hours{6} + minutes{15});  // 07:15 at +01:00
}

TEST_CASE("header_facts leaves out what a message does not have or cannot say", "[ingest]") {
  const HeaderFacts facts = header_facts("From: nobody\nSubject: plain\nDate: sometime soon\n\nbody\n");
  CHECK(facts.subject == "plain");
  CHECK(facts.message_id.empty());
  CHECK(facts.list_id.empty());
  CHECK_FALSE(facts.date);

  CHECK(header_facts("") == HeaderFacts{});
  CHECK(header_facts("no header here, just text without a colon") == HeaderFacts{});
}

TEST_CASE("header_facts stops at the blank line: a field in the body is not a header", "[ingest]") {
  const HeaderFacts facts =
      header_facts("Subject: big\r\nMessage-ID: <big@example.org>\r\n\r\nFrom: late@example.org\r\nmore body\r\n");
  CHECK(facts.subject == "big");
  CHECK(facts.message_id == "big@example.org");
  CHECK(facts.from.empty());  // the "From:" line is in the body
}
