#pragma once
// The few header facts ingest keeps beside a message's bytes (Message-ID,
// sender address, List-Id, Subject, Date), read from the header block alone:
// ingest runs over thousands of messages and must not MIME-decode bodies.
// Full decoding is transform/'s job, later, in `process`.

#include <string_view>

#include "ingest/source.hpp"

namespace distill::ingest {

// Reads the header block of `message` (up to the first empty line). Never
// throws: a missing or unreadable field is left empty.
HeaderFacts header_facts(std::string_view message);

}  // namespace distill::ingest
