#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "deliver/mime_writer.hpp"
#include "deliver/sink.hpp"
#include "transform/headers.hpp"
#include "transform/mime.hpp"

using namespace distill::deliver;
using distill::transform::decode_rfc2047;
using namespace std::chrono_literals;

namespace {

std::vector<std::string> crlf_lines(const std::string& s) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < s.size()) {
    auto end = s.find("\r\n", start);
    if (end == std::string::npos) end = s.size();
    lines.push_back(s.substr(start, end - start));
    start = end + 2;
  }
  return lines;
}

}  // namespace

TEST_CASE("quoted-printable keeps lines short and round-trips UTF-8 text", "[deliver]") {
  const std::string text =
      "Zürich café — ✓ a line that is long enough to need a soft break somewhere in the middle of it, "
      "surely\n.leading dot\nFrom the start\nequals = sign and trailing space \n=_ boundary-like\n";
  const auto qp = encode_quoted_printable(text);
  for (const auto& line : crlf_lines(qp)) {
    CHECK(line.size() <= 76);
    CHECK_FALSE(line.starts_with("."));
    CHECK_FALSE(line.starts_with("From "));
    CHECK((line.empty() || line.back() != ' '));
  }
  CHECK(qp.find("=_") == std::string::npos);
  CHECK(qp.find('\n') == qp.find("\r\n") + 1);  // every line break is CRLF
  CHECK(std::all_of(qp.begin(), qp.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }));
  // A blank at the end of a line is escaped, so that no transport strips it.
  CHECK(qp.find("trailing space=20\r\n") != std::string::npos);

  // Read back with transform's decoder: the same text, with CRLF line ends
  // (that decoder also drops a blank before a line break, as transport
  // padding, even an escaped one).
  std::string crlf_text;
  for (char c : text) crlf_text += c == '\n' ? std::string("\r\n") : std::string(1, c);
  const auto padded = crlf_text.find("space \r\n");
  REQUIRE(padded != std::string::npos);
  crlf_text.erase(padded + 5, 1);
  CHECK(distill::transform::decode_quoted_printable(qp) == crlf_text);
}

TEST_CASE("quoted-printable appended to a message is the same bytes, of the size told beforehand", "[deliver]") {
  for (const std::string& text :
       {std::string(), std::string("one line"), std::string("ends in a break\n"), std::string("\r\n\n"),
        std::string("Zürich café — ✓ ") + std::string(200, 'x') + " trailing \nFrom here\r\n.dot =_ x",
        std::string(300, '=') + "\n" + std::string(100, ' ')}) {
    INFO(text);
    const auto qp = encode_quoted_printable(text);
    CHECK(quoted_printable_size(text) == qp.size());
    std::string message = "Header: x\r\n\r\n";
    append_quoted_printable(text, message);
    CHECK(message == "Header: x\r\n\r\n" + qp);
  }
}

TEST_CASE("header text stays on one line and non-ASCII becomes RFC 2047 words", "[deliver]") {
  CHECK(sanitize_header_value("Deals\r\nBcc: victim@example.org") == "Deals Bcc: victim@example.org");
  CHECK(encode_header_text("Plain ASCII subject") == "Plain ASCII subject");
  CHECK(encode_header_text("Evil\r\nBcc: x@y") == "Evil Bcc: x@y");

  const std::string long_subject = "Newsletter digest for Fri 24 Jan 2025 — Café Weekly, Zürich Notes, ✓ more and more";
  const auto encoded = encode_header_text(long_subject);
  REQUIRE(encoded.starts_with("=?UTF-8?B?"));
  const auto lines = crlf_lines(encoded);
  CHECK(lines.size() > 1);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    auto word = lines[i];
    if (i > 0) {
      REQUIRE(word.starts_with(" "));
      word = word.substr(1);
    }
    CHECK(word.size() <= 75);
    CHECK(word.starts_with("=?UTF-8?B?"));
    CHECK(word.ends_with("?="));
  }
}

TEST_CASE("header text a reader would decode, or too long for a line, is encoded", "[deliver]") {
  // A subject that merely looks like an encoded word must reach the reader
  // as written, and a 2,000-character ASCII subject must not make a header
  // line longer than 998 characters.
  const auto looks_encoded = encode_header_text("Issue =?utf-8?q?x?= of the week");
  CHECK(looks_encoded.starts_with("=?UTF-8?B?"));
  CHECK(decode_rfc2047(looks_encoded) == "Issue =?utf-8?q?x?= of the week");
  const std::string long_ascii(2000, 'a');
  const auto folded = encode_header_text(long_ascii);
  for (const auto& line : crlf_lines(folded)) CHECK(line.size() <= 76);
  CHECK(decode_rfc2047(folded) == long_ascii);
}

TEST_CASE("mailboxes are quoted or encoded and bad addresses are refused", "[deliver]") {
  CHECK(address_spec("distill <me@example.com>") == "me@example.com");
  CHECK(address_spec(" me@example.com ") == "me@example.com");
  CHECK(format_mailbox("distill <me@example.com>") == "\"distill\" <me@example.com>");
  CHECK(format_mailbox("me@example.com") == "me@example.com");
  CHECK(format_mailbox("Zoë <z@example.com>").starts_with("=?UTF-8?B?"));
  CHECK_THROWS_AS(format_mailbox("nobody"), Error);
  CHECK_THROWS_AS(format_mailbox("x <a b@example.com>"), Error);
  CHECK_THROWS_AS(format_mailbox(""), Error);
}

TEST_CASE("dates are RFC 5322 in the given offset", "[deliver]") {
  const std::chrono::sys_seconds at{std::chrono::sys_days{std::chrono::January / 24 / 2025} + 6h};
  CHECK(format_rfc5322_date(at, 0s) == "Fri, 24 Jan 2025 06:00:00 +0000");
  CHECK(format_rfc5322_date(at, 1h) == "Fri, 24 Jan 2025 07:00:00 +0100");
  CHECK(format_rfc5322_date(at, -(7h + 30min)) == "Thu, 23 Jan 2025 22:30:00 -0730");
}
