#pragma once
// The process stage, as one function that `process`, `run` and `daemon`
// call: every stored message not processed yet is decoded, matched to a
// configured source, checked against [digest] include, cleaned and
// summarized, and its Summary stored. A message that fails is marked failed
// with its error and the others go on; nothing is deleted.

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "app/process_message.hpp"
#include "config/settings.hpp"
#include "store/store.hpp"
#include "transform/message.hpp"

namespace distill::app {

struct ProcessReport {
  int processed = 0;
  int skipped = 0;
  int failed = 0;
  std::vector<std::string> failures;  // "message 12 (Subject): what went wrong"
  std::chrono::duration<double> write_time{};  // spent writing results to the store
  std::chrono::duration<double> write_cpu{};   // of it, on the writing thread's CPU
  int transactions = 0;                         // that wrote them
};

// What a concurrent ingest has committed so far: `run` processes the
// messages of each batch ingest stores while ingest fetches the next.
// Ingest calls stored() after each committed batch and finished() when it
// ends, however it ends; process_pending waits on it for more.
class IngestFeed {
 public:
  void stored();
  void finished();
  // How many batches were stored so far.
  std::uint64_t batches() const;
  // Waits until more than `seen` batches were stored or ingest finished;
  // returns the number stored and whether ingest finished.
  std::pair<std::uint64_t, bool> wait(std::uint64_t seen) const;

 private:
  mutable std::mutex m_mutex;
  mutable std::condition_variable m_changed;
  std::uint64_t m_batches = 0;
  bool m_finished = false;
};

struct ProcessRequest {
  std::chrono::sys_seconds now{};
  std::function<void(const std::string&)> warn;     // per-message problems; may be empty
  std::function<void(const std::string&)> verbose;  // per-message decisions; may be empty
  std::function<bool()> should_stop;                // checked between messages; may be empty
  // When set, ingest is still storing messages: those it commits are
  // processed too, and process_pending returns once ingest finished and
  // every message it stored is written.
  const IngestFeed* ingest = nullptr;
};

// Every message not processed yet, `settings.jobs` at a time (0: one per
// core), each sender's issues one after the other; results are written in
// message order, a batch per transaction. The summaries are those of a
// sequential run, also when they are taken while ingest still stores
// (request.ingest): the messages are taken in the same order, in the same
// batches, and a partial batch is written only once ingest finished.
ProcessReport process_pending(const config::Settings& settings, store::Store& store, const ProcessRequest& request);

// The stage as the commands run it: opens the store, processes every
// pending message with per-message problems as warnings and decisions as -v
// lines, and logs "process: 12 summarized, 1 skipped, 0 failed" (with -v the
// workers and what writing to the store cost). `should_stop` may be empty.
ProcessReport process_now(const config::Settings& settings, const std::function<bool()>& should_stop);
// The same on an open store, taking what `ingest` (may be null) stores
// while it runs.
ProcessReport process_now(const config::Settings& settings, store::Store& store,
                          const std::function<bool()>& should_stop, const IngestFeed* ingest);

}  // namespace distill::app
