#include "ingest/source.hpp"

#include "ingest/imap_source.hpp"
#include "ingest/local_source.hpp"

namespace distill::ingest {

AfterAction parse_after_action(std::string_view text) {
  AfterAction action;
  if (text.empty() || text == "none") return action;
  if (text == "seen") {
    action.kind = AfterAction::Kind::seen;
    return action;
  }
  if (text.starts_with("move:") && text.size() > 5) {
    action.kind = AfterAction::Kind::move;
    action.folder = std::string(text.substr(5));
    return action;
  }
  throw Error("after = \"" + std::string(text) + "\": expected none, seen or move:FOLDER");
}

std::unique_ptr<Source> make_source(const ImapOptions& options) {
  const std::string& url = options.url;
  if (url.starts_with("imaps://") || url.starts_with("imap://")) return std::make_unique<ImapSource>(options);
  auto local = [&](LocalSource::Kind kind, std::size_t prefix) {
    return std::make_unique<LocalSource>(kind, url.substr(prefix), options.max_size, options.batch_size);
  };
  if (url.starts_with("maildir:")) return local(LocalSource::Kind::maildir, 8);
  if (url.starts_with("mbox:")) return local(LocalSource::Kind::mbox, 5);
  if (url.starts_with("dir:")) return local(LocalSource::Kind::directory, 4);
  throw Error("url \"" + url + "\": expected imaps://, imap://, maildir:PATH, mbox:PATH or dir:PATH");
}

}  // namespace distill::ingest
