#include "deliver/sink.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string_view>
#include <system_error>

#include "transform/ascii.hpp"

namespace distill::deliver {

namespace {

// Keeps only characters that are safe in a file name.
std::string file_safe(std::string_view s) {
  std::string out;
  for (char c : s) {
    const bool ok = transform::is_ascii_alnum(c) || c == '.' || c == '-' || c == '_';
    out += ok ? c : '_';
  }
  return out;
}

}  // namespace

// A digest holds people's mail: only its owner may read it (0600),
// whatever the umask.
void write_file_atomically(const std::filesystem::path& path, const std::string& bytes) {
  auto tmp = path;
  tmp += ".tmp";
  {
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) throw Error("cannot write \"" + tmp.string() + "\": " + std::strerror(errno));
    std::string_view left = bytes;
    while (!left.empty()) {
      const ssize_t n = ::write(fd, left.data(), left.size());
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        const int err = errno;
        ::close(fd);
        throw Error("cannot write \"" + tmp.string() + "\": " + std::strerror(err));
      }
      left.remove_prefix(static_cast<std::size_t>(n));
    }
    // An older file of that name keeps its mode through O_TRUNC.
    if (::fchmod(fd, 0600) != 0 || ::close(fd) != 0) {
      throw Error("cannot write \"" + tmp.string() + "\": " + std::strerror(errno));
    }
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) throw Error("cannot rename \"" + tmp.string() + "\" to \"" + path.string() + "\": " + ec.message());
}

FileSink::FileSink(std::filesystem::path dir) : m_dir(std::move(dir)) {}

std::string FileSink::send(const transform::Digest& digest, const Envelope&) {
  std::error_code ec;
  const bool created = std::filesystem::create_directories(m_dir, ec);
  if (ec) throw Error("cannot create \"" + m_dir.string() + "\": " + ec.message());
  if (created) std::filesystem::permissions(m_dir, std::filesystem::perms::owner_all, ec);
  // The Message-ID's local part ("digest.<stamp>.<hash>") names the files:
  // the same digest written twice lands on the same names.
  auto id = digest.message_id.substr(0, digest.message_id.find('@'));
  const auto base = m_dir / file_safe(id.empty() ? std::string("digest") : id);
  m_written.clear();
  auto eml = base;
  eml += ".eml";
  write_file_atomically(eml, digest.mime);
  m_written.push_back(eml);
  if (!digest.html.empty()) {
    auto html = base;
    html += ".html";
    write_file_atomically(html, digest.html);
    m_written.push_back(html);
  }
  std::string where;
  for (const auto& p : m_written) where += (where.empty() ? "" : ", ") + p.string();
  return where;
}

std::string FileSink::describe() const { return "file:" + m_dir.string(); }

std::unique_ptr<Sink> make_sink(SmtpOptions options, const std::filesystem::path& base_dir) {
  const std::string_view url = options.url;
  if (url.starts_with("file:")) {
    std::filesystem::path dir(std::string(url.substr(5)));
    if (dir.empty()) throw Error("smtp url \"" + options.url + "\" names no directory");
    if (dir.is_relative()) dir = base_dir / dir;
    return std::make_unique<FileSink>(dir.lexically_normal());
  }
  if (url.starts_with("smtp://") || url.starts_with("smtps://")) {
    return std::make_unique<SmtpSink>(std::move(options));
  }
  throw Error("smtp url \"" + options.url + "\" is not smtps://, smtp:// or file:DIR");
}

}  // namespace distill::deliver
