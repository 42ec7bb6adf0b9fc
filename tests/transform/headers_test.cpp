// Tests transform/headers.cpp.

#include "transform/headers.hpp"

#include <filesystem>

#include <catch2/catch.hpp>

#include "tests/support/corpus.hpp"
#include "transform/charset.hpp"

using namespace distill::transform;

namespace {
long long epoch(std::string_view date) {
  const auto t = parse_date(date);
  return t ? t->time_since_epoch().count() : -1;
}
}  // namespace

TEST_CASE("decode_rfc2047 decodes encoded words", "[transform]") {
  CHECK(decode_rfc2047("=?UTF-8?B?Q2Fmw6kg4oCTIHdlZWtseQ==?=") == "Café – weekly");
  CHECK(decode_rfc2047("=?iso-8859-1?q?caf=E9_cr=E8me?=") == "café crème");
  SECTION("adjacent words are joined, whitespace between them dropped") {
    CHECK(decode_rfc2047("=?utf-8?q?a?= =?utf-8?q?b?=\r\n =?utf-8?q?c?= d") == "abc d");
  }
  SECTION("a character split across two words survives") {
    CHECK(decode_rfc2047("=?utf-8?B?4oC=?= =?utf-8?B?kw==?=") == "–");
  }
  SECTION("mixed charsets") {
    CHECK(decode_rfc2047("=?koi8-r?B?8NLJ18XU?= and =?iso-8859-2?Q?=B1?=") == "Привет and ą");
  }
  SECTION("broken words stay readable") {
    CHECK(decode_rfc2047("=?utf-8?Q?unterminated") == "=?utf-8?Q?unterminated");
    CHECK(decode_rfc2047("=?x-unknown-cs?Q?plain?=") == "plain");
    CHECK(decode_rfc2047("=?utf-8?X?bad?=") == "=?utf-8?X?bad?=");
  }
  SECTION("raw 8-bit headers") {
    CHECK(decode_rfc2047("Caf\xc3\xa9") == "Café");
    CHECK(decode_rfc2047("Caf\xe9") == "Café");
  }
}

TEST_CASE("parse_media_type reads RFC 2231 parameters", "[transform]") {
  const MediaType t = parse_media_type(
      "Text/HTML; charset=\"UTF-8\" (comment); name*0*=utf-8''%E2%82%AC; name*1=\" rate.txt\";\r\n format=flowed");
  CHECK(t.type == "text");
  CHECK(t.subtype == "html");
  CHECK(t.param("charset") == "UTF-8");
  CHECK(t.param("name") == "€ rate.txt");
  CHECK(t.param("format") == "flowed");
  CHECK(parse_media_type("attachment; filename*=iso-8859-1'en'%E9t%E9.pdf").param("filename") == "été.pdf");
  CHECK(parse_media_type("attachment; filename=\"=?utf-8?B?w6l0w6k=?=.pdf\"").param("filename") == "été.pdf");
  CHECK(parse_media_type("multipart/mixed; boundary=\"a;b\"").param("boundary") == "a;b");
}

TEST_CASE("parse_address_list reads names, groups and breakage", "[transform]") {
  using A = Address;
  CHECK(parse_address_list("Joe Doe <joe@example.com>") == std::vector<A>{{"Joe Doe", "joe@example.com"}});
  CHECK(parse_address_list("\"Doe, Joe\" <joe@example.com>, b@example.com") ==
        std::vector<A>{{"Doe, Joe", "joe@example.com"}, {"", "b@example.com"}});
  CHECK(parse_address_list("joe@example.com (Joe Doe)") == std::vector<A>{{"Joe Doe", "joe@example.com"}});
  CHECK(parse_address_list("Doe, Joe <joe@example.com>") == std::vector<A>{{"Doe, Joe", "joe@example.com"}});
  CHECK(parse_address_list("=?utf-8?q?Caf=C3=A9?= <a@b.c>") == std::vector<A>{{"Café", "a@b.c"}});
  CHECK(parse_address_list("\"=?utf-8?q?Caf=C3=A9?=\" <a@b.c>") == std::vector<A>{{"Café", "a@b.c"}});
  CHECK(parse_address_list("friends: a@b.c, C <c@d.e>;, z@y.x") ==
        std::vector<A>{{"", "a@b.c"}, {"C", "c@d.e"}, {"", "z@y.x"}});
  CHECK(parse_address_list("undisclosed-recipients:;").empty());
  CHECK(parse_address_list("<@route.example:joe@example.com>") == std::vector<A>{{"", "joe@example.com"}});
  CHECK(parse_address_list("").empty());
  CHECK(format_address({"Doe, Joe", "joe@example.com"}) == "\"Doe, Joe\" <joe@example.com>");
  CHECK(format_address({"", "joe@example.com"}) == "joe@example.com");
}

TEST_CASE("header decoding gives valid UTF-8 for cut sequences and bad bytes", "[transform]") {
  // An encoded word, an RFC 2231 value and a raw address that end inside a
  // multi-byte character.
  const std::string subject = decode_rfc2047("=?utf-8?q?cr=C3?= =?utf-8?B?4w==?= &#8475555555555555;");
  CHECK(is_valid_utf8(subject));
  CHECK(subject.find("&#8475555555555555;") != std::string::npos);  // no references in headers
  const std::string name =
      parse_media_type("attachment; filename*=utf-8''caf%C3; x*0*=utf-8''%E3; x*1*=%80").param("filename");
  CHECK(is_valid_utf8(name));
  CHECK(name.starts_with("caf"));
  CHECK(is_valid_utf8(parse_media_type("attachment; x*0*=utf-8''%E3; x*1*=%80").param("x")));
  const MediaType odd = parse_media_type("\xff\nz/\xe3; n\xe9=1");  // found by the headers fuzz target
  CHECK((is_valid_utf8(odd.type) && is_valid_utf8(odd.subtype)));
  REQUIRE(odd.params.size() == 1);
  CHECK(is_valid_utf8(odd.params[0].first));
  const auto to = parse_address_list("\xe3\x80 <j\xe3@example.com>, caf\xe9@example.org");
  REQUIRE(to.size() == 2);
  for (const Address& a : to) CHECK((is_valid_utf8(a.name) && is_valid_utf8(a.address)));
  CHECK(to[1].address == "caf\xc3\xa9@example.org");  // undeclared 8-bit read as windows-1252
}

TEST_CASE("parse_date reads RFC 5322 dates, obsolete forms included", "[transform]") {
  CHECK(epoch("Fri, 04 May 2001 14:05:44 -0400") == 988999544);
  CHECK(epoch("4 May 2001 18:05:44 GMT") == 988999544);
  CHECK(epoch("Fri, 4 May 01 14:05:44 EDT") == 988999544);
  CHECK(epoch("Fri, 04 May 2001 14:05 -0400") == 988999500);
  CHECK(epoch("Friday, 04-May-2001 18:05:44 UT") == 988999544);
  CHECK(epoch("Fri, 04 May 2001 14:05:44 -0400 (EDT)") == 988999544);
  CHECK(epoch("Wed, 20 Sep 1995 00:19:00 (EDT) -0400") == 811570740);
  CHECK(epoch("Fri May  4 18:05:44 2001") == 988999544);
  CHECK(epoch("2001-05-04T18:05:44Z") == 988999544);
  CHECK(epoch("Fri, 04 May 101 18:05:44 +0000") == 988999544);  // three-digit year: 1900 + 101
  CHECK(epoch("Fri, 04 May 2001 18:05:44 Z") == 988999544);     // military zone
  CHECK(epoch("Sat, 29 Feb 2020 12:00:00 +0000") == 1582977600);
  CHECK(epoch("Mon, 30 Feb 2020 12:00:00 +0000") == -1);
  CHECK(epoch("not a date") == -1);
  CHECK(epoch("") == -1);
}

TEST_CASE("parse_header_block unfolds and finds the body", "[transform]") {
  std::size_t body = 0;
  bool missing = false;
  const auto fields = parse_header_block("From x\nSubject: a\n b\nX: 1\r\n\r\nbody", &body, &missing);
  REQUIRE(fields.size() == 2);
  CHECK(unfold_header(fields[0].value) == "a b");
  CHECK(body == 29);
  CHECK_FALSE(missing);
  parse_header_block("Subject: a\nthis is body text\n", &body, &missing);
  CHECK(missing);
  CHECK(body == 11);
  CHECK(parse_message_id(" <a@b> (comment)") == "a@b");
  CHECK(parse_message_id("Name <list.example.com>") == "list.example.com");
}

TEST_CASE("header decoding gives valid UTF-8 for every input the fuzzer found", "[transform]") {
  // tests/fixtures/fuzz/headers: field values that once made the fuzz
  // target fail, kept byte for byte.
  int checked = 0;
  const auto dir = std::filesystem::path(DISTILL_FIXTURES_DIR) / "fuzz" / "headers";
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    INFO("fixture " << entry.path().filename().string());
    const std::string value = distill::test::read_file(entry.path());
    CHECK(is_valid_utf8(decode_rfc2047(value)));
    const MediaType t = parse_media_type(value);
    CHECK((is_valid_utf8(t.type) && is_valid_utf8(t.subtype)));
    for (const auto& [name, v] : t.params) CHECK((is_valid_utf8(name) && is_valid_utf8(v)));
    for (const Address& a : parse_address_list(value)) CHECK((is_valid_utf8(a.name) && is_valid_utf8(a.address)));
    ++checked;
  }
  CHECK(checked >= 1);
}
