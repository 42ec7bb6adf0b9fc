#pragma once
// What an SMTP server says, as libcurl's debug callback hands it over: the
// reply lines since our last command, the last reply of the session, and
// the protocol trace with every credential masked. The server is a
// stranger: its lines end up in error messages and on the terminal, so
// control characters in them are shown as '?' and bytes that are not UTF-8
// as U+FFFD.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace distill::deliver {

class SmtpConversation {
 public:
  // `trace` (may be empty) gets each protocol line: "< " and the server's
  // line, "> " and ours with AUTH arguments and answers to 334 challenges
  // masked as "****".
  explicit SmtpConversation(std::function<void(const std::string&)> trace = {});

  // Bytes the server sent (one or more lines, CRLF or LF ended).
  void heard(std::string_view bytes);
  // A command we sent: starts a new exchange.
  void said(std::string_view bytes);

  // The server's lines since the last command, in order, without line ends.
  const std::vector<std::string>& replies() const { return m_replies; }
  // The last line the server sent in the whole session; empty before any.
  const std::string& last_reply() const { return m_last_reply; }
  // The last 4xx/5xx final reply, unless a later command went through: what
  // the QUIT after a failure must not hide. Empty when nothing failed.
  const std::string& failure() const { return m_failure; }
  // The verb of the command `failure` answered ("MAIL", "DATA").
  const std::string& failed_command() const { return m_failed_command; }

 private:
  std::function<void(const std::string&)> m_trace;
  std::vector<std::string> m_replies;
  std::string m_last_reply;
  std::string m_command;  // verb of the last command sent
  std::string m_failure;
  std::string m_failed_command;
  bool m_after_auth_challenge = false;
};

}  // namespace distill::deliver
