#include "ingest/local_source.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <istream>
#include <system_error>

#include "ingest/header_facts.hpp"
#include "transform/ascii.hpp"

namespace distill::ingest {

namespace {

namespace fs = std::filesystem;

constexpr std::uint64_t k_batch_bytes = 16u * 1024 * 1024;

std::string header_block(const std::string& bytes) {
  auto crlf = bytes.find("\r\n\r\n");
  auto lf = bytes.find("\n\n");
  auto end = std::min(crlf == std::string::npos ? bytes.size() : crlf + 4, lf == std::string::npos ? bytes.size() : lf + 2);
  return bytes.substr(0, end);
}

// The files of a Maildir (cur/ and new/) or of a directory (*.eml), in name
// order so runs are repeatable.
std::vector<fs::path> message_files(LocalSource::Kind kind, const fs::path& root) {
  std::vector<fs::path> files;
  std::error_code ec;
  auto add_dir = [&](const fs::path& dir, bool eml_only) {
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
      if (!it->is_regular_file(ec)) continue;
      auto name = it->path().filename().string();
      if (name.starts_with(".")) continue;
      if (eml_only) {
        if (!transform::iequals_ascii(it->path().extension().string(), ".eml")) continue;
      }
      files.push_back(it->path());
    }
    if (ec) throw Error("cannot read \"" + dir.string() + "\": " + ec.message());
  };
  if (kind == LocalSource::Kind::maildir) {
    if (!fs::is_directory(root / "cur", ec) && !fs::is_directory(root / "new", ec)) {
      throw Error("\"" + root.string() + "\" is not a Maildir (no cur/ or new/)");
    }
    for (const char* sub : {"cur", "new"}) {
      if (fs::is_directory(root / sub, ec)) add_dir(root / sub, false);
    }
  } else {
    if (!fs::is_directory(root, ec)) throw Error("\"" + root.string() + "\" is not a directory");
    add_dir(root, true);
  }
  std::sort(files.begin(), files.end());
  return files;
}

class Batcher {
 public:
  Batcher(MessageSink& sink, std::string mailbox, std::uint64_t max_size, int batch_size, const ProgressFn& progress)
      : m_sink(sink), m_mailbox(std::move(mailbox)), m_max_size(max_size),
        m_batch_size(static_cast<std::size_t>(std::max(1, batch_size))), m_progress(progress) {
    m_summary.mailbox = m_mailbox;
  }

  void add(std::string&& bytes) {
    FetchedMessage m;
    m.raw.mailbox = m_mailbox;
    m_summary.bytes += bytes.size();
    if (bytes.size() > m_max_size) {
      m.skipped = true;
      m.reason = "message of " + std::to_string(bytes.size()) + " bytes is above max_size (" +
                 std::to_string(m_max_size) + " bytes)";
      m.raw.bytes = header_block(bytes);
    } else {
      m.raw.bytes = std::move(bytes);
    }
    m.facts = header_facts(m.raw.bytes);
    m_bytes += m.raw.bytes.size();
    m_batch.push_back(std::move(m));
    ++m_seen;
    if (m_batch.size() >= m_batch_size || m_bytes >= k_batch_bytes) flush();
  }

  void fail() { ++m_summary.failed; }

  MailboxSummary finish() {
    flush();
    if (m_seen == 0) m_sink.store_batch(m_mailbox, UidValidity{}, Uid{}, {});
    return m_summary;
  }

 private:
  void flush() {
    if (m_batch.empty()) return;
    BatchResult r = m_sink.store_batch(m_mailbox, UidValidity{}, Uid{}, m_batch);
    m_summary.added += r.added;
    m_summary.skipped += r.skipped;
    m_summary.duplicates += r.duplicates;
    m_batch.clear();
    m_bytes = 0;
    if (m_progress) m_progress(Progress{m_mailbox, m_seen, 0, m_summary.bytes});
  }

  MessageSink& m_sink;
  std::string m_mailbox;
  std::uint64_t m_max_size;
  std::size_t m_batch_size;
  const ProgressFn& m_progress;
  MailboxSummary m_summary;
  std::vector<FetchedMessage> m_batch;
  std::uint64_t m_bytes = 0;
  std::int64_t m_seen = 0;
};

}  // namespace

LocalSource::LocalSource(Kind kind, std::filesystem::path path, std::uint64_t max_size, int batch_size)
    : m_kind(kind), m_path(std::move(path)), m_max_size(max_size), m_batch_size(batch_size) {}

std::string LocalSource::name() const {
  switch (m_kind) {
    case Kind::maildir: return "maildir:" + m_path.string();
    case Kind::mbox: return "mbox:" + m_path.string();
    case Kind::directory: return "dir:" + m_path.string();
  }
  return m_path.string();
}

std::vector<MailboxSummary> LocalSource::sync(MessageSink& sink, const ProgressFn& progress) {
  Batcher batcher(sink, name(), m_max_size, m_batch_size, progress);
  if (m_kind == Kind::mbox) {
    std::ifstream in(m_path, std::ios::binary);
    if (!in) throw Error("cannot open mbox \"" + m_path.string() + "\"");
    read_mbox(in, [&](std::string&& bytes) { batcher.add(std::move(bytes)); });
    if (in.bad()) throw Error("cannot read mbox \"" + m_path.string() + "\"");
  } else {
    for (const auto& file : message_files(m_kind, m_path)) {
      std::error_code ec;
      auto size = fs::file_size(file, ec);
      std::ifstream in(file, std::ios::binary);
      std::string bytes(ec ? 0 : static_cast<std::size_t>(size), '\0');
      if (ec || !in || !in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()))) {
        batcher.fail();  // vanished or unreadable: count it and go on
        continue;
      }
      batcher.add(std::move(bytes));
    }
  }
  return {batcher.finish()};
}

namespace {

// "From sender Mon Nov  2 07:00:00 2026": a separator has a time in it, which
// tells it from a body line that merely starts with "From " after an empty
// line (a writer that does not quote them leaves those in).
bool is_separator(const std::string& line) {
  if (!line.starts_with("From ")) return false;
  for (std::size_t i = 5; i + 5 <= line.size(); ++i) {
    auto d = [&](std::size_t k) { return std::isdigit(static_cast<unsigned char>(line[k])) != 0; };
    if (d(i) && d(i + 1) && line[i + 2] == ':' && d(i + 3) && d(i + 4)) return true;
  }
  return false;
}

}  // namespace

void read_mbox(std::istream& in, const std::function<void(std::string&&)>& on_message) {
  std::string line, current;
  bool in_message = false, previous_blank = true;
  auto emit = [&] {
    if (!in_message) return;
    // The empty line before the next "From " separator belongs to the mbox.
    if (current.ends_with("\r\n\r\n")) {
      current.resize(current.size() - 2);
    } else if (current.ends_with("\n\n")) {
      current.pop_back();
    }
    on_message(std::move(current));
    current.clear();
  };
  while (std::getline(in, line)) {
    bool had_newline = !in.eof();
    if (previous_blank && is_separator(line)) {
      emit();
      in_message = true;
      previous_blank = false;
      continue;
    }
    // mboxrd: ">From ", ">>From " ... lose one '>'.
    std::size_t quotes = 0;
    while (quotes < line.size() && line[quotes] == '>') ++quotes;
    if (quotes > 0 && line.compare(quotes, 5, "From ") == 0) line.erase(0, 1);
    previous_blank = line.empty() || line == "\r";
    if (in_message) {
      current += line;
      if (had_newline) current += '\n';
    }
  }
  emit();
}

}  // namespace distill::ingest
