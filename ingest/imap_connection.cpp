#include "ingest/imap_connection.hpp"

#include <poll.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <functional>
#include <string>

#include <curl/curl.h>

#include "transform/ascii.hpp"

namespace distill::ingest {

namespace {

constexpr std::size_t k_recv_chunk = 256 * 1024;

// A command as errors show it: its first line, cut at 60 characters. No
// command here carries a credential: libcurl did the login.
std::string describe(std::string_view command) {
  auto nl = command.find('\r');
  std::string head(command.substr(0, nl));
  if (head.size() > 60) head = head.substr(0, 60) + "...";
  return head;
}

// A failure of the stream itself, before the command it belongs to is named.
struct TransportError {
  std::string what;
  bool waited_out = false;  // no answer in time, or a stop request
};

int on_progress(void* userdata, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
  const auto* should_stop = static_cast<const std::function<bool()>*>(userdata);
  return *should_stop && (*should_stop)() ? 1 : 0;
}

}  // namespace

void ImapConnection::CurlCleanup::operator()(void* c) const noexcept { curl_easy_cleanup(static_cast<CURL*>(c)); }

std::string imap_quote(std::string_view text) {
  // A quoted string cannot hold these, and a line break would end the
  // command: refuse rather than send a second command to the server.
  if (text.find_first_of(std::string_view("\r\n\0", 3)) != std::string_view::npos) {
    throw Error("a mailbox name holds a line break or NUL, which IMAP cannot carry");
  }
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

ImapConnection::ImapConnection(const ImapOptions& options, std::string context)
    : m_curl(curl_easy_init()),
      m_context(std::move(context)),
      m_timeout(options.timeout),
      m_should_stop(options.should_stop) {
  CURL* curl = static_cast<CURL*>(m_curl.get());
  if (curl == nullptr) throw Error(m_context + ": cannot initialise libcurl");
  char errbuf[CURL_ERROR_SIZE] = {0};
  // The URL names the server only: a mailbox in it would make libcurl SELECT
  // (read-write) it during connect.
  std::string url = options.url;
  auto scheme_end = url.find("://");
  auto path = url.find('/', scheme_end == std::string::npos ? 0 : scheme_end + 3);
  if (path != std::string::npos) url.erase(path);
  url += "/";
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_CONNECT_ONLY, 1L);
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errbuf);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, static_cast<long>(options.timeout.count()));
  curl_easy_setopt(curl, CURLOPT_USE_SSL, options.tls_required ? static_cast<long>(CURLUSESSL_ALL)
                                                               : static_cast<long>(CURLUSESSL_NONE));
  if (!options.ca_file.empty()) curl_easy_setopt(curl, CURLOPT_CAINFO, options.ca_file.c_str());
  curl_easy_setopt(curl, CURLOPT_USERNAME, options.user.c_str());
  if (!options.bearer_token.empty()) {
    curl_easy_setopt(curl, CURLOPT_XOAUTH2_BEARER, options.bearer_token.c_str());
    curl_easy_setopt(curl, CURLOPT_LOGIN_OPTIONS, "AUTH=XOAUTH2");
  } else {
    curl_easy_setopt(curl, CURLOPT_PASSWORD, options.password.c_str());
  }
  // The greeting and login are libcurl's: a stop request ends them too.
  curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
  curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, on_progress);
  curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &m_should_stop);
  CURLcode rc = curl_easy_perform(curl);
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
  curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 1L);
  if (rc != CURLE_OK) {
    std::string what;
    switch (rc) {
      case CURLE_LOGIN_DENIED: what = "login failed for user \"" + options.user + "\""; break;
      case CURLE_PEER_FAILED_VERIFICATION: what = "TLS certificate verification failed"; break;
      case CURLE_USE_SSL_FAILED: what = "the server does not offer STARTTLS, and TLS is required"; break;
      case CURLE_COULDNT_CONNECT: what = "cannot connect"; break;
      case CURLE_ABORTED_BY_CALLBACK: what = "stopped: distill was asked to stop"; break;
      default: what = "connection failed"; break;
    }
    what += ": ";
    what += curl_easy_strerror(rc);
    if (errbuf[0] != '\0') {
      what += " (";
      what += errbuf;
      what += ")";
    }
    throw ConnectError(m_context + ": " + what);
  }
  m_recv_buf.resize(k_recv_chunk);
  command("CAPABILITY", [this](ImapResponse& r) {
    if (!r.data.empty() && r.data[0].is_atom("CAPABILITY")) {
      for (std::size_t i = 1; i < r.data.size(); ++i) m_capabilities.insert(transform::ascii_upper(r.data[i].text));
    }
  });
}

ImapConnection::~ImapConnection() = default;

bool ImapConnection::has_capability(std::string_view name) const {
  return m_capabilities.count(transform::ascii_upper(name)) > 0;
}

void ImapConnection::wait_socket(bool for_write) {
  curl_socket_t sock = CURL_SOCKET_BAD;
  curl_easy_getinfo(static_cast<CURL*>(m_curl.get()), CURLINFO_ACTIVESOCKET, &sock);
  if (sock == CURL_SOCKET_BAD) throw TransportError{"connection closed"};
  pollfd pfd{};
  pfd.fd = sock;
  pfd.events = for_write ? POLLOUT : POLLIN;
  // In slices of at most a second, so that a stop request (SIGTERM) is
  // seen while a server stalls.
  const auto deadline = std::chrono::steady_clock::now() + m_timeout;
  while (true) {
    if (m_should_stop && m_should_stop()) throw TransportError{"stopped: distill was asked to stop", true};
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      throw TransportError{"no answer from the server in " + std::to_string(m_timeout.count()) + " s", true};
    }
    const int n = ::poll(&pfd, 1, static_cast<int>(std::min<std::int64_t>(left.count(), 1000)));
    if (n != 0) return;
  }
}

void ImapConnection::send_all(std::string_view bytes) {
  CURL* curl = static_cast<CURL*>(m_curl.get());
  while (!bytes.empty()) {
    size_t sent = 0;
    CURLcode rc = curl_easy_send(curl, bytes.data(), bytes.size(), &sent);
    if (rc == CURLE_AGAIN) {
      wait_socket(true);
      continue;
    }
    if (rc != CURLE_OK) throw TransportError{std::string("sending failed: ") + curl_easy_strerror(rc)};
    bytes.remove_prefix(sent);
  }
}

ImapResponse ImapConnection::read_response() {
  CURL* curl = static_cast<CURL*>(m_curl.get());
  while (true) {
    if (auto r = m_parser.next()) return std::move(*r);
    size_t got = 0;
    CURLcode rc = curl_easy_recv(curl, m_recv_buf.data(), m_recv_buf.size(), &got);
    if (rc == CURLE_AGAIN) {
      wait_socket(false);
      continue;
    }
    if (rc != CURLE_OK) throw TransportError{std::string("connection lost: ") + curl_easy_strerror(rc)};
    if (got == 0) {
      throw TransportError{m_parser.has_partial() ? "connection closed by the server in the middle of a response"
                                                  : "connection closed by the server"};
    }
    m_parser.feed(std::string_view(m_recv_buf.data(), got));
  }
}

ImapResponse ImapConnection::command(std::string_view command, const UntaggedFn& on_untagged, bool accept_no) {
  std::string tag = "d" + std::to_string(++m_tag);
  std::string line = tag + " " + std::string(command) + "\r\n";
  auto next = [&] {
    try {
      return read_response();
    } catch (const TransportError& e) {
      if (e.waited_out) throw WaitError(m_context + ": " + describe(command) + " failed: " + e.what);
      throw Error(m_context + ": " + describe(command) + " failed: " + e.what);
    } catch (const ProtocolError& e) {
      throw ProtocolError(m_context + ": " + describe(command) + " failed: " + e.what());
    }
  };
  try {
    send_all(line);
  } catch (const TransportError& e) {
    if (e.waited_out) throw WaitError(m_context + ": " + describe(command) + " failed: " + e.what);
    throw Error(m_context + ": " + describe(command) + " failed: " + e.what);
  }
  while (true) {
    ImapResponse r = next();
    if (r.kind == ImapResponse::Kind::tagged) {
      if (r.tag != tag) throw ProtocolError(m_context + ": response for unknown tag '" + r.tag + "'");
      if (r.status == "OK" || (accept_no && r.status == "NO")) return r;
      throw Error(m_context + ": " + describe(command) + " failed: " + r.status + " " + r.text);
    }
    if (r.kind == ImapResponse::Kind::untagged && r.status == "BYE") {
      throw Error(m_context + ": " + describe(command) + " failed: the server closed the session: BYE " + r.text);
    }
    if (r.kind == ImapResponse::Kind::continuation) {
      throw ProtocolError(m_context + ": unexpected continuation request after " + describe(command));
    }
    if (on_untagged) on_untagged(r);
  }
}

}  // namespace distill::ingest
