#pragma once
// Sources of newsletters: IMAP (libcurl), a Maildir, an mbox file or a
// directory of .eml files. A source hands RawMessages to a MessageSink that
// app/ implements over the store, so ingest/ never sees SQLite.

#include <stdexcept>
#include <string>

namespace distill::ingest {

// A run-stopping failure of a source: connection, TLS, login, a missing
// mailbox, a dropped connection. The text names the server and the mailbox.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace distill::ingest
