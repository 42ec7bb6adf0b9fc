#pragma once
// The process stage, as one function that `process`, `run` and `daemon`
// call: every stored message not processed yet is decoded, matched to a
// configured source, checked against [digest] include, cleaned and
// summarized, and its Summary stored. A message that fails is marked failed
// with its error and the others go on; nothing is deleted.

#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "config/settings.hpp"
#include "store/store.hpp"
#include "transform/message.hpp"

namespace distill::app {

struct ProcessReport {
  int processed = 0;
  int skipped = 0;
  int failed = 0;
  std::vector<std::string> failures;  // "message 12 (Subject): what went wrong"
};

struct ProcessRequest {
  std::chrono::sys_seconds now{};
  std::function<void(const std::string&)> warn;     // per-message problems; may be empty
  std::function<void(const std::string&)> verbose;  // per-message decisions; may be empty
  std::function<bool()> should_stop;                // checked between messages; may be empty
};

ProcessReport process_pending(const config::Settings& settings, store::Store& store, const ProcessRequest& request);

// The configured source a message belongs to: the first [source.NAME] all of
// whose given match keys match: one of its `from` globs the sender address,
// one of its `list_id` globs the List-Id, one of its `subject` patterns the
// subject. Keys a source leaves out don't count; a source without any match
// key matches nothing. nullptr if none matches.
const config::SourceSettings* match_source(const config::Settings& settings, const transform::Message& message);

}  // namespace distill::app
