#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cctype>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <cstring>
#include <memory>
#include <string_view>

#include <curl/curl.h>

#include "deliver/sink.hpp"
#include "deliver/smtp_reply.hpp"

namespace distill::deliver {

namespace {

struct CurlCleanup {
  void operator()(CURL* c) const noexcept { curl_easy_cleanup(c); }
};
using CurlHandle = std::unique_ptr<CURL, CurlCleanup>;
struct SlistCleanup {
  void operator()(curl_slist* l) const noexcept { curl_slist_free_all(l); }
};
using Slist = std::unique_ptr<curl_slist, SlistCleanup>;

struct Upload {
  std::string_view data;
  std::size_t offset = 0;
};

std::size_t read_upload(char* buffer, std::size_t size, std::size_t nitems, void* userdata) {
  auto* up = static_cast<Upload*>(userdata);
  const auto n = std::min(size * nitems, up->data.size() - up->offset);
  std::memcpy(buffer, up->data.data() + up->offset, n);
  up->offset += n;
  return n;
}

// Whether the failing reply refuses the message itself, for good: a 5xx
// answer to its content (after DATA) or to its size (552 to MAIL FROM with
// SIZE=). A 5xx to RCPT or AUTH is about the configuration, which the user
// can fix, and the same digest then goes through.
bool refuses_message(const SmtpConversation& c) {
  const std::string& failure = c.failure();
  if (failure.empty() || failure[0] != '5') return false;
  if (c.failed_command() == "DATA") return true;
  return c.failed_command() == "MAIL" && (failure.starts_with("552") || failure.find("5.3.4") != std::string::npos);
}

// The transfer's socket, shut down from a watcher thread on a stop
// request: libcurl does not look at its progress callback while it waits
// for the reply to the end of DATA, nor for the QUIT's, so a server that
// stalls there would hold a stop for minutes.
struct Stop {
  const std::function<bool()>* should_stop = nullptr;
  std::atomic<bool> stopped{false};
  std::mutex mutex;
  curl_socket_t socket = CURL_SOCKET_BAD;  // guarded by mutex

  void shut() {
    std::lock_guard lock(mutex);
    if (socket != CURL_SOCKET_BAD) ::shutdown(socket, SHUT_RDWR);
  }
};

curl_socket_t on_open_socket(void* userdata, curlsocktype, curl_sockaddr* address) {
  auto* stop = static_cast<Stop*>(userdata);
  const curl_socket_t fd = ::socket(address->family, address->socktype | SOCK_CLOEXEC, address->protocol);
  std::lock_guard lock(stop->mutex);
  stop->socket = fd < 0 ? CURL_SOCKET_BAD : fd;
  return stop->socket;
}

int on_close_socket(void* userdata, curl_socket_t fd) {
  auto* stop = static_cast<Stop*>(userdata);
  std::lock_guard lock(stop->mutex);
  if (stop->socket == fd) stop->socket = CURL_SOCKET_BAD;
  return ::close(fd);
}

// Watches for a stop request while a send runs; shuts the socket down when
// one comes, so that every wait of libcurl ends at once.
class StopWatcher {
 public:
  explicit StopWatcher(Stop& stop) : m_stop(stop) {
    if (!m_stop.should_stop || !*m_stop.should_stop) return;
    m_thread = std::thread([this] {
      std::unique_lock lock(m_mutex);
      while (!m_done) {
        if ((*m_stop.should_stop)()) {
          m_stop.stopped = true;
          m_stop.shut();
          return;
        }
        m_wake.wait_for(lock, std::chrono::milliseconds(200));
      }
    });
  }
  ~StopWatcher() {
    {
      std::lock_guard lock(m_mutex);
      m_done = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable()) m_thread.join();
  }
  StopWatcher(const StopWatcher&) = delete;
  StopWatcher& operator=(const StopWatcher&) = delete;

 private:
  Stop& m_stop;
  std::mutex m_mutex;
  std::condition_variable m_wake;
  bool m_done = false;
  std::thread m_thread;
};

// libcurl calls this at least once a second, also while it waits for a
// server that says nothing: a stop request ends the transfer there.
int on_progress(void* userdata, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
  auto* stop = static_cast<Stop*>(userdata);
  if (stop->should_stop && *stop->should_stop && (*stop->should_stop)()) {
    stop->stopped = true;
    return 1;
  }
  return 0;
}

std::string chomp(std::string_view s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
  return std::string(s);
}

int on_debug(CURL*, curl_infotype type, char* data, std::size_t size, void* userdata) {
  auto* c = static_cast<SmtpConversation*>(userdata);
  if (type == CURLINFO_HEADER_IN) c->heard(std::string_view(data, size));
  if (type == CURLINFO_HEADER_OUT) c->said(std::string_view(data, size));
  return 0;
}

}  // namespace

SmtpSink::SmtpSink(SmtpOptions options) : m_options(std::move(options)) {}

std::string SmtpSink::describe() const { return m_options.url; }

std::string SmtpSink::send(const transform::Digest& digest, const Envelope& envelope) {
  if (envelope.to.empty()) throw Error("smtp " + m_options.url + ": no recipients");
  CurlHandle curl(curl_easy_init());
  if (!curl) throw Error("smtp " + m_options.url + ": curl_easy_init failed");
  CURL* h = curl.get();

  Slist recipients;
  for (const auto& r : envelope.to) {
    auto* grown = curl_slist_append(recipients.get(), ("<" + r + ">").c_str());
    if (!grown) throw Error("smtp " + m_options.url + ": out of memory");
    (void)recipients.release();
    recipients.reset(grown);
  }
  const auto mail_from = "<" + envelope.from + ">";
  Upload upload{digest.mime};
  SmtpConversation conversation(m_options.trace);
  std::array<char, CURL_ERROR_SIZE> error{};

  curl_easy_setopt(h, CURLOPT_URL, m_options.url.c_str());
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(h, CURLOPT_ERRORBUFFER, error.data());
  curl_easy_setopt(h, CURLOPT_MAIL_FROM, mail_from.c_str());
  curl_easy_setopt(h, CURLOPT_MAIL_RCPT, recipients.get());
  curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(h, CURLOPT_READFUNCTION, read_upload);
  curl_easy_setopt(h, CURLOPT_READDATA, &upload);
  curl_easy_setopt(h, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(digest.mime.size()));
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
  if (m_options.url.starts_with("smtp://") && m_options.require_tls) {
    curl_easy_setopt(h, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
  }
  if (!m_options.ca_file.empty()) curl_easy_setopt(h, CURLOPT_CAINFO, m_options.ca_file.c_str());
  if (!m_options.user.empty()) {
    curl_easy_setopt(h, CURLOPT_USERNAME, m_options.user.c_str());
    curl_easy_setopt(h, CURLOPT_PASSWORD, m_options.password.c_str());
  }
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, static_cast<long>(m_options.timeout.count()));
  // A server that stops answering mid-transfer: give up after `timeout`
  // below 1 byte/s rather than hang the run.
  curl_easy_setopt(h, CURLOPT_LOW_SPEED_LIMIT, 1L);
  curl_easy_setopt(h, CURLOPT_LOW_SPEED_TIME, static_cast<long>(m_options.timeout.count()));
  curl_easy_setopt(h, CURLOPT_VERBOSE, 1L);
  curl_easy_setopt(h, CURLOPT_DEBUGFUNCTION, on_debug);
  curl_easy_setopt(h, CURLOPT_DEBUGDATA, &conversation);
  Stop stop;
  stop.should_stop = &m_options.should_stop;
  curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
  curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, on_progress);
  curl_easy_setopt(h, CURLOPT_XFERINFODATA, &stop);
  curl_easy_setopt(h, CURLOPT_OPENSOCKETFUNCTION, on_open_socket);
  curl_easy_setopt(h, CURLOPT_OPENSOCKETDATA, &stop);
  curl_easy_setopt(h, CURLOPT_CLOSESOCKETFUNCTION, on_close_socket);
  curl_easy_setopt(h, CURLOPT_CLOSESOCKETDATA, &stop);

  CURLcode rc;
  {
    StopWatcher watcher(stop);
    rc = curl_easy_perform(h);
  }
  if (rc != CURLE_OK) {
    // libcurl keeps the session and says QUIT when the handle goes; to a
    // server that stalls (or on a stop request) that would wait again. The
    // send failed: no need to say goodbye.
    stop.shut();
    const std::string prefix = "smtp " + m_options.url + ": sending <" + digest.message_id + "> ";
    if (stop.stopped) throw Error(prefix + "stopped: distill was asked to stop", Error::Kind::transient, "");
    std::string message = prefix + "failed: " + curl_easy_strerror(rc);
    if (error[0] != '\0' && std::string_view(error.data()) != curl_easy_strerror(rc)) {
      message += " (" + chomp(error.data()) + ")";
    }
    // The reply that failed the transfer, not the "221 Bye" to the QUIT
    // libcurl sends after it.
    std::string said = conversation.failure();
    if (said.empty()) {
      for (const auto& line : conversation.replies()) said += (said.empty() ? "" : " / ") + line;
    }
    if (said.empty()) said = conversation.last_reply();
    if (!said.empty()) message += "; server said: " + said;
    throw Error(message, refuses_message(conversation) ? Error::Kind::refused : Error::Kind::transient,
                conversation.failure());
  }
  return conversation.last_reply().empty() ? std::string("accepted") : conversation.last_reply();
}

}  // namespace distill::deliver
