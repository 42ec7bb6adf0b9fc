#pragma once
// One authenticated IMAP session. libcurl does what it does well (TCP, TLS
// with verification, STARTTLS, LOGIN / AUTHENTICATE PLAIN / XOAUTH2) in
// connect-only mode; after that the commands and their responses go through
// curl_easy_send/curl_easy_recv and our own ResponseParser, because libcurl
// 7.88's own FETCH handling truncates big responses and can be
// desynchronised by message content (see imap_parser.hpp).

#include <chrono>
#include <functional>
#include <memory>
#include <set>
#include <string>
#include <string_view>

#include "ingest/imap_parser.hpp"
#include "ingest/source.hpp"

namespace distill::ingest {

// The server did not answer within the timeout, or distill was asked to
// stop while it waited: nothing to gain from asking it again at once.
class WaitError : public Error {
 public:
  using Error::Error;
};

// The session could not be opened (connection, TLS, login): the server
// cannot be reached, and nothing else will work on it this run.
class ConnectError : public Error {
 public:
  using Error::Error;
};

class ImapConnection {
 public:
  // Connects to options.url (imaps://, or imap:// with STARTTLS unless
  // options.tls_required is false) and logs in. Throws Error with curl's words
  // (connection refused, certificate verification, login denied) prefixed by
  // `context`.
  ImapConnection(const ImapOptions& options, std::string context);
  ImapConnection(const ImapConnection&) = delete;
  ImapConnection& operator=(const ImapConnection&) = delete;
  ~ImapConnection();

  using UntaggedFn = std::function<void(ImapResponse&)>;
  // Sends `command` with a fresh tag and hands every untagged response to
  // `on_untagged` until the tagged one, which it returns when it is OK.
  // Throws Error "COMMAND failed: <server text>" on NO or BAD (unless
  // `accept_no`, which returns NO responses too), and on a dropped connection,
  // a timeout or an untagged BYE.
  ImapResponse command(std::string_view command, const UntaggedFn& on_untagged = {}, bool accept_no = false);

  // Capabilities after login (upper case), e.g. "MOVE", "UIDPLUS".
  bool has_capability(std::string_view name) const;
  const std::string& context() const { return m_context; }
  // What errors name from now on, e.g. `imaps://host:993, mailbox "INBOX"`.
  void set_context(std::string context) { m_context = std::move(context); }

 private:
  void send_all(std::string_view bytes);
  ImapResponse read_response();
  void wait_socket(bool for_write);

  struct CurlCleanup {
    void operator()(void* c) const noexcept;
  };
  std::unique_ptr<void, CurlCleanup> m_curl;
  std::string m_context;
  std::chrono::seconds m_timeout;
  std::function<bool()> m_should_stop;
  ResponseParser m_parser;
  std::string m_recv_buf;
  std::set<std::string, std::less<>> m_capabilities;
  unsigned m_tag = 0;
};

// An IMAP astring for a command line: a quoted string with \ and " escaped.
// Throws Error for text with CR, LF or NUL, which no quoted string can hold
// (config refuses such names at load time).
std::string imap_quote(std::string_view text);

}  // namespace distill::ingest
