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
  // What the failure says about the digest. `transient`: the same bytes may
  // go through later (a 4xx reply, a dropped connection, a refused login or
  // recipient that the user can fix). `refused`: the server refused this
  // message for good (a 5xx reply to its content, or to its declared SIZE);
  // sending the same bytes again will fail again.
  enum class Kind { transient, refused };

  using std::runtime_error::runtime_error;
  Error(const std::string& what, Kind kind, std::string reply)
      : std::runtime_error(what), m_kind(kind), m_reply(std::move(reply)) {}
  Kind kind() const { return m_kind; }
  // The server's failing reply ("552 5.3.4 Message size exceeds fixed
  // limit"), empty when it gave none.
  const std::string& reply() const { return m_reply; }

 private:
  Kind m_kind = Kind::transient;
  std::string m_reply;
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

// Writes DIR/<Message-ID local part>.eml (+ .html), creating DIR (0700): the
// same digest written twice lands on the same names. The files are 0600:
// a digest holds people's mail.
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
  // Asked at least once a second while waiting for the server; true ends
  // the send with a transient Error. May be empty.
  std::function<bool()> should_stop;
};

// Sends over SMTP with libcurl: MAIL FROM (with SIZE= when the server
// announces the SIZE extension, so an oversized digest is refused before its
// bytes are sent), RCPT TO for every recipient, DATA with the digest's bytes.
// Certificates are always verified. A failure names the server's failing
// reply (not the QUIT that followed it) and says whether it was a refusal
// of the message itself (Error::Kind::refused). Needs curl_global_init done
// by the program (app/).
class SmtpSink : public Sink {
 public:
  explicit SmtpSink(SmtpOptions options);
  std::string send(const transform::Digest& digest, const Envelope& envelope) override;
  std::string describe() const override;

 private:
  SmtpOptions m_options;
};

// Writes `bytes` to PATH.tmp and renames it to `path`, so a reader sees the
// old file or the new one, never half of one; the file is 0600 whatever the
// umask (digests and feeds hold people's mail). Throws deliver::Error.
void write_file_atomically(const std::filesystem::path& path, const std::string& bytes);

// A sink for `url`: "file:DIR" makes a FileSink (DIR relative to
// `base_dir` unless absolute), smtp:// and smtps:// an SmtpSink. Throws
// deliver::Error for any other scheme.
std::unique_ptr<Sink> make_sink(SmtpOptions options, const std::filesystem::path& base_dir);

}  // namespace distill::deliver
