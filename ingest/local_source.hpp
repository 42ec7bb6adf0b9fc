#pragma once
// Local sources, for imports and the demo: a Maildir (what mbsync or getmail
// keep in sync), an mbox file, or a directory of .eml files. They have no
// UIDs: every run reads everything and the sink's dedupe (Message-ID and a
// digest of the body, or of the bytes without one) keeps each message once.

#include <filesystem>
#include <functional>
#include <istream>
#include <string>
#include <vector>

#include "ingest/source.hpp"

namespace distill::ingest {

class LocalSource : public Source {
 public:
  enum class Kind { maildir, mbox, directory };
  // `batch_size` messages (and at most 16 MB) per transaction; messages above
  // `max_size` bytes are stored as skipped (headers only) with the reason.
  LocalSource(Kind kind, std::filesystem::path path, std::uint64_t max_size = 20u * 1024 * 1024,
              int batch_size = 200);
  // One summary, named after the source ("maildir:PATH"). Throws Error when
  // the path cannot be read; a single unreadable message file is counted as
  // failed and the run goes on.
  std::vector<MailboxSummary> sync(MessageSink& sink, const ProgressFn& progress) override;

  std::string name() const;

 private:
  Kind m_kind;
  std::filesystem::path m_path;
  std::uint64_t m_max_size;
  int m_batch_size;
};

// Splits an mbox (mboxrd or mboxo): messages start at "From " lines (with a
// time in them, as every mbox writer puts one) at the
// start of the file or after an empty line; ">From " quoting is undone.
// Calls `on_message` for each message's bytes, reading the file as a stream.
void read_mbox(std::istream& in, const std::function<void(std::string&&)>& on_message);

}  // namespace distill::ingest
