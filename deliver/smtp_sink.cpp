#include <array>
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

  const auto rc = curl_easy_perform(h);
  if (rc != CURLE_OK) {
    std::string message = "smtp " + m_options.url + ": sending <" + digest.message_id + "> failed: " +
                          curl_easy_strerror(rc);
    if (error[0] != '\0' && std::string_view(error.data()) != curl_easy_strerror(rc)) {
      message += " (" + chomp(error.data()) + ")";
    }
    std::string said;
    for (const auto& line : conversation.replies()) said += (said.empty() ? "" : " / ") + line;
    if (said.empty()) said = conversation.last_reply();
    if (!said.empty()) message += "; server said: " + said;
    throw Error(message);
  }
  return conversation.last_reply().empty() ? std::string("accepted") : conversation.last_reply();
}

}  // namespace distill::deliver
