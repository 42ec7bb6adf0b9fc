#pragma once
// Where a composed digest goes: an SMTP server (libcurl) or a directory.
// A sink takes the digest's MIME bytes exactly as composed (and as recorded
// in the store), so a retry sends the same bytes with the same Message-ID.

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "transform/summary.hpp"

namespace distill::deliver {

// A failed send, with the server's reply (as SmtpConversation shows it).
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The SMTP envelope: bare addr-specs ("me@example.com"), no display names.
struct Envelope {
  std::string from;
  std::vector<std::string> to;
  bool operator==(const Envelope&) const = default;
};

class Sink {
 public:
  virtual ~Sink() = default;
  // Sends `digest.mime` (and, for a file sink, writes `digest.html` beside it
  // when it is not empty). Returns where it went, for the log: the files
  // written, or the server's final reply. Throws deliver::Error with the
  // server's reply or the OS error; nothing is retried here.
  virtual std::string send(const transform::Digest& digest, const Envelope& envelope) = 0;
  // "file:DIR" or the SMTP URL, for messages.
  virtual std::string describe() const = 0;
};

// Writes DIR/<Message-ID local part>.eml (+ .html), creating DIR: the same
// digest written twice lands on the same names.
// Files are written to a temporary name and renamed, so a reader never sees
// half a digest.
class FileSink : public Sink {
 public:
  explicit FileSink(std::filesystem::path dir);
  std::string send(const transform::Digest& digest, const Envelope& envelope) override;
  std::string describe() const override;
  // The paths the last send wrote (.eml first), empty before any send.
  const std::vector<std::filesystem::path>& written() const { return m_written; }

 private:
  std::filesystem::path m_dir;
  std::vector<std::filesystem::path> m_written;
};

struct SmtpOptions {
  std::string url;        // smtps://host[:port] or smtp://host[:port]
  std::string user;       // empty: no AUTH
  std::string password;   // resolved secret; never logged
  std::string ca_file;    // extra CA to trust; empty: the system store
  bool require_tls = true;  // smtp:// must upgrade with STARTTLS unless false
  std::chrono::seconds timeout{60};
  // Called with each protocol line (direction "<" from the server, ">" to
  // it) with AUTH payloads masked; may be empty.
  std::function<void(const std::string&)> trace;
};

// Sends over SMTP with libcurl: MAIL FROM, RCPT TO for every recipient, DATA
// with the digest's bytes. Certificates are always verified. Needs
// curl_global_init done by the program (app/).
class SmtpSink : public Sink {
 public:
  explicit SmtpSink(SmtpOptions options);
  std::string send(const transform::Digest& digest, const Envelope& envelope) override;
  std::string describe() const override;

 private:
  SmtpOptions m_options;
};

// A sink for `url`: "file:DIR" makes a FileSink (DIR relative to
// `base_dir` unless absolute), smtp:// and smtps:// an SmtpSink. Throws
// deliver::Error for any other scheme.
std::unique_ptr<Sink> make_sink(SmtpOptions options, const std::filesystem::path& base_dir);

}  // namespace distill::deliver
