#include "deliver/smtp_reply.hpp"

#include "transform/ascii.hpp"
#include "transform/charset.hpp"

namespace distill::deliver {

namespace {

std::string_view chomp(std::string_view s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// A line fit for a message: valid UTF-8, no control characters (an escape
// sequence from the server must not reach the terminal).
std::string printable(std::string_view line) {
  std::string out = transform::is_valid_utf8(line) ? std::string(line) : transform::sanitize_utf8(line);
  for (char& c : out) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7F) c = '?';
  }
  return out;
}

std::string verb_of(std::string_view line) { return transform::ascii_upper(line.substr(0, line.find(' '))); }

}  // namespace

SmtpConversation::SmtpConversation(std::function<void(const std::string&)> trace) : m_trace(std::move(trace)) {}

void SmtpConversation::heard(std::string_view text) {
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const auto line = printable(chomp(text.substr(start, end - start)));
    if (!line.empty()) {
      m_replies.push_back(line);
      m_last_reply = line;
      // "552 text" ends a reply, "552-text" continues it.
      const bool final_line = line.size() < 4 || line[3] != '-';
      if (final_line && (line[0] == '4' || line[0] == '5')) {
        m_failure = line;
        m_failed_command = m_command;
      } else if (final_line && m_command != "QUIT") {
        m_failure.clear();  // e.g. EHLO refused, then HELO accepted
      }
      m_after_auth_challenge = line.starts_with("334");
      if (m_trace) m_trace("< " + line);
    }
    start = end + 1;
  }
}

void SmtpConversation::said(std::string_view text) {
  m_replies.clear();
  auto line = printable(chomp(text));
  if (!m_after_auth_challenge) m_command = verb_of(line);
  // AUTH arguments and answers to 334 challenges carry credentials.
  if (line.size() >= 5 && (line.compare(0, 5, "AUTH ") == 0 || line.compare(0, 5, "auth ") == 0)) {
    const auto space = line.find(' ', 5);
    line = line.substr(0, space == std::string::npos ? line.size() : space) + " ****";
  } else if (m_after_auth_challenge) {
    line = "****";
  }
  if (m_trace) m_trace("> " + line);
}

}  // namespace distill::deliver
