// Tests transform/charset.cpp.

#include "transform/charset.hpp"

#include <catch2/catch.hpp>

using namespace distill::transform;

TEST_CASE("to_utf8 converts the charsets mail uses", "[transform]") {
  CHECK(to_utf8("caf\xe9", "iso-8859-1") == "café");
  CHECK(to_utf8("\x93hi\x94 \x80", "us-ascii") == "“hi” €");
  CHECK(to_utf8("\x93hi\x94", "") == "“hi”");
  CHECK(to_utf8("\x81", "windows-1252") == "\xc2\x81");
  CHECK(to_utf8("\xa4", "iso-8859-15") == "€");
  CHECK(to_utf8("\xe8", "windows-1250") == "č");
  CHECK(to_utf8("\xf0\xd2\xc9\xd7\xc5\xd4", "koi8-r") == "Привет");
  CHECK(to_utf8("\xc4\xe3\xba\xc3", "gb2312") == "你好");
  CHECK(to_utf8("\x81\x30\x81\x30", "gb2312") == "\u0080");  // gb18030 four-byte form under a gb2312 label
  CHECK(to_utf8("\xa7\x41", "big5") == "你");
  CHECK(to_utf8("\x93\xfa\x96\x7b", "shift_jis") == "日本");
  CHECK(to_utf8("\xc6\xfc\xcb\xdc", "euc-jp") == "日本");
  CHECK(to_utf8("\x1b$BF|K\\\x1b(B", "iso-2022-jp") == "日本");
  CHECK(to_utf8("\x1b$B-b\x1b(B", "ISO-2022-JP") == "№");
  CHECK(to_utf8("\xc7\xd1\xb1\xb9", "ks_c_5601-1987") == "한국");
  CHECK(to_utf8("\xc7\xd1\xb1\xb9", "euc-kr") == "한국");
  CHECK(to_utf8("+AKM-1", "utf-7") == "£1");
  CHECK(to_utf8("plain", "\"UTF-8\"") == "plain");
}

TEST_CASE("to_utf8 replaces what it cannot read and never throws", "[transform]") {
  std::vector<std::string> warnings;
  CHECK(to_utf8("a\xff" "b\xc3", "utf-8", &warnings) == "a\xef\xbf\xbd" "b\xef\xbf\xbd");
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0] == "charset \"utf-8\": 2 invalid byte sequence(s) replaced with U+FFFD");
  warnings.clear();
  CHECK(to_utf8("caf\xe9", "x-no-such-charset", &warnings) == "café");
  CHECK(warnings.at(0) == "charset \"x-no-such-charset\" unknown: read as windows-1252");
  CHECK(to_utf8("\xc4\xe3\xff", "gbk") == "你\xef\xbf\xbd");
  CHECK(to_utf8("\x1b$B", "iso-2022-jp").empty());
  CHECK(to_utf8("", "shift_jis").empty());
}

TEST_CASE("to_utf8 gives valid UTF-8 whatever iconv lets through", "[transform]") {
  // glibc reads the label "utf-8@" as UTF-8 and passes a 5-byte form
  // (F9 B1 A5 B9 AC) that RFC 3629 forbids; a fuzzer found it in an HTML part.
  std::vector<std::string> warnings;
  const std::string out = to_utf8("a\xf9\xb1\xa5\xb9\xac" "b", "utf-8@", &warnings);
  CHECK(is_valid_utf8(out));
  CHECK(out.front() == 'a');
  CHECK(out.back() == 'b');
  CHECK(out.find("\xef\xbf\xbd") != std::string::npos);
  CHECK_FALSE(warnings.empty());
}

TEST_CASE("utf-8 helpers", "[transform]") {
  CHECK(is_valid_utf8("héllo €"));
  CHECK_FALSE(is_valid_utf8("\xc0\xaf"));          // overlong
  CHECK_FALSE(is_valid_utf8("\xed\xa0\x80"));      // surrogate
  CHECK_FALSE(is_valid_utf8("\xf4\x90\x80\x80"));  // past U+10FFFF
  int replaced = 0;
  CHECK(sanitize_utf8("a\xe2\x82z", &replaced) == "a\xef\xbf\xbdz");
  CHECK(replaced == 1);
  CHECK(canonical_charset("ks_c_5601-1987") == "CP949");
  CHECK(canonical_charset("cp1251") == "WINDOWS-1251");
  CHECK(canonical_charset("ISO_8859-2") == "ISO-8859-2");
}
