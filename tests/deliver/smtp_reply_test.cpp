// Tests deliver/smtp_reply.cpp: what the server says and what the trace
// shows, without a server.

#include "deliver/smtp_reply.hpp"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

using distill::deliver::SmtpConversation;

TEST_CASE("SmtpConversation keeps the server's lines since our last command", "[deliver]") {
  std::vector<std::string> trace;
  SmtpConversation c([&](const std::string& line) { trace.push_back(line); });
  c.heard("220 mx.example ESMTP\r\n");
  c.said("EHLO me\r\n");
  c.heard("250-mx.example\r\n250 AUTH PLAIN\r\n");
  CHECK(c.replies() == std::vector<std::string>{"250-mx.example", "250 AUTH PLAIN"});
  c.said("MAIL FROM:<me@example.com>\r\n");
  CHECK(c.replies().empty());
  c.heard("550 5.7.1 refused\r\n");
  CHECK(c.last_reply() == "550 5.7.1 refused");
  CHECK(trace == std::vector<std::string>{"< 220 mx.example ESMTP", "> EHLO me", "< 250-mx.example",
                                          "< 250 AUTH PLAIN", "> MAIL FROM:<me@example.com>",
                                          "< 550 5.7.1 refused"});
}

TEST_CASE("SmtpConversation masks credentials in the trace", "[deliver]") {
  std::vector<std::string> trace;
  SmtpConversation c([&](const std::string& line) { trace.push_back(line); });
  c.said("AUTH PLAIN AHVzZXIAc2VjcmV0\r\n");
  c.heard("334 VXNlcm5hbWU6\r\n");
  c.said("c2VjcmV0\r\n");
  c.heard("235 ok\r\n");
  c.said("QUIT\r\n");
  CHECK(trace == std::vector<std::string>{"> AUTH PLAIN ****", "< 334 VXNlcm5hbWU6", "> ****", "< 235 ok", "> QUIT"});
}

TEST_CASE("SmtpConversation masks a lower-case auth command's argument too", "[deliver]") {
  std::vector<std::string> trace;
  SmtpConversation c([&](const std::string& line) { trace.push_back(line); });
  c.heard("334 VXNlcm5hbWU6\r\n");
  c.said("auth login dXNlcg==\r\n");
  c.said("auth \r\n");
  CHECK(trace == std::vector<std::string>{"< 334 VXNlcm5hbWU6", "> auth login ****", "> auth  ****"});
}

TEST_CASE("SmtpConversation shows a hostile reply as one printable line", "[deliver]") {
  // A terminal escape sequence, a bare CR and bytes that are not UTF-8 from
  // the server: the error message that quotes the reply must not carry them.
  SmtpConversation c;
  c.heard("550 \x1b]0;owned\x07 no\rX-Fake: 1 \xe3\x80\r\n");
  REQUIRE(c.replies().size() == 1);
  CHECK(c.last_reply() == "550 ?]0;owned? no?X-Fake: 1 \xef\xbf\xbd");
}
