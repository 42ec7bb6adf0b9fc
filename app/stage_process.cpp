// The process stage on every core. One thread, the caller's, owns the Store:
// it reads the messages, hands them to a pool of workers that only
// transform (process_message, no SQLite), and writes what comes back to the
// store in message order, one transaction per batch.
//
// Template learning reads a sender's earlier issues, so a sequential run
// processes issue N of a sender knowing issues 1..N-1. Here too: a sender
// has at most one issue at the workers at a time, and the history an issue
// is sent with is what the store held before the run plus what this run
// made of the sender's earlier issues (kept in memory until written). The
// summaries are the same whatever the number of workers.
//
// The platform template reads other senders' issues from the store. So that
// it too sees the same whatever the workers' timing, the run goes batch by
// batch: the messages of batch B go to the workers only once batch B-1 is
// written, so every lookup of batch B sees exactly batches 0..B-1 (and what
// the store held before the run). The workers idle only for the tail of a
// batch, a message or two of 64.
//
// Memory stays bounded: at most `window` messages are read and not yet in
// the batch to write (at the workers, waiting for their sender, or waiting
// for an earlier message to come back), and a batch is at most k_batch
// results.

#include "app/stage_process.hpp"

#include <time.h>
#include <algorithm>

#include <chrono>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

#include "app/clock.hpp"
#include "app/log.hpp"
#include "app/process_message.hpp"
#include "app/work_queue.hpp"
#include "transform/clean.hpp"

namespace distill::app {

namespace {

// Results written per transaction: enough that the commit is a small part of
// a message's cost, few enough that an interrupted run loses little work.
constexpr std::size_t k_batch = 64;

std::string describe(const store::StoredMessage& m) {
  std::string s = "message " + std::to_string(m.id);
  if (!m.info.subject.empty()) s += " (\"" + m.info.subject + "\")";
  return s;
}

using Blocks = std::shared_ptr<const std::vector<std::string>>;  // block texts, or their template keys

struct Job {
  std::size_t seq = 0;  // position in the run: results are written in this order
  store::StoredMessage stored;
  std::vector<Blocks> history;  // template keys of the sender's earlier issues, newest first
};

struct Outcome {
  enum class Kind { processed, skipped, failed };
  std::size_t seq = 0;
  std::int64_t id = 0;
  std::string sender;  // the stored From address: the key of its history
  std::string label;   // "message 12 ("Subject")"
  Kind kind = Kind::failed;
  std::string reason;  // skipped: why; failed: the error
  std::vector<std::string> warnings;
  store::ProcessedRows rows;  // the summary, the block texts (history), the archived issue: serialized here
  std::vector<std::uint64_t> platform_keys;  // recorded for the platform template
  Blocks keys;                               // the template keys of the issue's blocks, for later issues of this run
};

// How many other senders' issues share each platform key, asked of the
// store by the workers. They share one read-only connection of their own
// (the writer's connection belongs to the calling thread), one question at
// a time; it sees what the writer has committed so far.
class PlatformLookup {
 public:
  explicit PlatformLookup(const std::filesystem::path& path) {
    try {
      m_store.emplace(store::Store::open(path, store::Store::Mode::read_only));
    } catch (const std::exception&) {
      // A store that cannot be read a second time (in memory, say): no
      // platform template for this run; everything else goes on.
    }
  }
  PlatformSenders operator()(const std::string& sender, const std::vector<std::uint64_t>& keys) {
    if (!m_store || keys.empty()) return {};
    std::lock_guard lock(m_mutex);
    return m_store->platform_senders(sender, keys);
  }

 private:
  std::mutex m_mutex;
  std::optional<store::Store> m_store;
};

Outcome run_job(const Job& job, const MessageRules& rules, PlatformLookup& platform) {
  Outcome out;
  out.seq = job.seq;
  out.id = job.stored.id;
  out.sender = job.stored.info.from;
  out.label = describe(job.stored);
  try {
    MessageRequest request;
    request.history = [&](const transform::Message&) {
      SenderHistory history;
      history.reserve(job.history.size());
      for (const auto& blocks : job.history) history.push_back(*blocks);
      return history;
    };
    request.platform_senders = [&](const std::vector<std::uint64_t>& keys) {
      return platform(job.stored.info.from, keys);
    };
    ProcessedMessage done = process_message(job.stored.raw.bytes, rules, request);
    out.warnings = std::move(done.message.warnings);
    if (done.skipped) {
      out.kind = Outcome::Kind::skipped;
      out.reason = *done.skipped;
      return out;
    }
    out.kind = Outcome::Kind::processed;
    out.rows = store::Store::prepare_processed(done.source_title, done.summary, transform::history_entry(done.document),
                                               done.cleaned);
    out.platform_keys = std::move(done.platform_keys);
    out.keys = std::make_shared<const std::vector<std::string>>(std::move(done.template_keys));
  } catch (const std::exception& e) {
    out.kind = Outcome::Kind::failed;
    out.reason = e.what();
  }
  return out;
}

// The workers: each takes jobs until the queue is closed. The destructor
// stops them (dropping jobs not started) and waits for them.
class Workers {
 public:
  Workers(int count, const MessageRules& rules, PlatformLookup& platform) {
    for (int i = 0; i < count; ++i) {
      m_threads.emplace_back([this, &rules, &platform] {
        while (auto job = m_jobs.pop()) m_done.push(run_job(*job, rules, platform));
      });
    }
  }
  Workers(const Workers&) = delete;
  Workers& operator=(const Workers&) = delete;
  ~Workers() {
    m_jobs.close(true);
    for (auto& t : m_threads) t.join();
  }
  void give(Job job) { m_jobs.push(std::move(job)); }
  Outcome take() { return *m_done.pop(); }  // m_done is never closed

 private:
  WorkQueue<Job> m_jobs;
  WorkQueue<Outcome> m_done;
  std::vector<std::thread> m_threads;
};

// The newest issues of each sender seen in this run, written or not: the
// history the next issue of that sender is processed with.
class HistoryCache {
 public:
  explicit HistoryCache(store::Store& store) : m_store(store) {}

  std::vector<Blocks> of(const std::string& sender, std::int64_t id) {
    auto it = m_senders.find(sender);
    if (it == m_senders.end()) {
      // Loaded once per sender: later issues of it in this run add to it.
      std::deque<Blocks> loaded;
      for (auto& blocks : m_store.sender_history(sender, id, k_history_issues)) {
        loaded.push_back(std::make_shared<const std::vector<std::string>>(transform::template_keys(blocks)));
      }
      it = m_senders.emplace(sender, std::move(loaded)).first;
    }
    return std::vector<Blocks>(it->second.begin(), it->second.end());
  }

  void add(const std::string& sender, Blocks blocks) {
    auto& issues = m_senders[sender];
    issues.push_front(std::move(blocks));
    if (issues.size() > static_cast<std::size_t>(k_history_issues)) issues.pop_back();
  }

  // Forgets, when many are kept, the senders whose issues are all in the
  // store: call it when every result that came back is written, and keep
  // the `busy` senders (an issue at the workers adds to theirs). A later
  // issue of a forgotten sender loads its history again.
  void forget_written(const std::set<std::string>& busy) {
    if (m_senders.size() <= k_max_senders) return;
    std::erase_if(m_senders, [&](const auto& entry) { return !busy.contains(entry.first); });
  }

 private:
  static constexpr std::size_t k_max_senders = 256;
  store::Store& m_store;
  std::map<std::string, std::deque<Blocks>> m_senders;
};

// CPU time of the calling thread: what writing costs apart from waiting
// for the disk or for other processes on a busy machine.
std::chrono::duration<double> thread_cpu_time() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return std::chrono::seconds(ts.tv_sec) + std::chrono::nanoseconds(ts.tv_nsec);
}

int worker_count(int configured) {
  if (configured > 0) return configured;
  return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

}  // namespace

void IngestFeed::stored() {
  {
    std::lock_guard lock(m_mutex);
    ++m_batches;
  }
  m_changed.notify_all();
}

void IngestFeed::finished() {
  {
    std::lock_guard lock(m_mutex);
    m_finished = true;
  }
  m_changed.notify_all();
}

std::uint64_t IngestFeed::batches() const {
  std::lock_guard lock(m_mutex);
  return m_batches;
}

std::pair<std::uint64_t, bool> IngestFeed::wait(std::uint64_t seen) const {
  std::unique_lock lock(m_mutex);
  m_changed.wait(lock, [&] { return m_batches != seen || m_finished; });
  return {m_batches, m_finished};
}

ProcessReport process_pending(const config::Settings& settings, store::Store& store, const ProcessRequest& request) {
  ProcessReport report;
  const MessageRules rules(settings);
  // Counted before listing: a batch stored after the count is listed later.
  std::uint64_t seen = request.ingest ? request.ingest->batches() : 0;
  std::vector<std::int64_t> ids = store.message_ids(store::MessageStatus::fresh);
  if (ids.empty() && !request.ingest) return report;
  bool ingest_running = request.ingest != nullptr;
  // Lists what ingest stored since the last look, after what is listed.
  auto list_stored = [&](std::uint64_t batches) {
    seen = batches;
    for (std::int64_t id : store.message_ids(store::MessageStatus::fresh, ids.empty() ? 0 : ids.back())) {
      ids.push_back(id);
    }
  };

  const int jobs = ingest_running ? worker_count(settings.jobs)
                                  : std::min<int>(worker_count(settings.jobs), static_cast<int>(ids.size()));
  const std::size_t window = std::max<std::size_t>(32, 8 * static_cast<std::size_t>(jobs));
  HistoryCache history(store);
  PlatformLookup platform(store.path());
  Workers workers(jobs, rules, platform);

  std::size_t next = 0;       // the next message to read
  std::size_t in_flight = 0;  // given to the workers, not back yet
  std::size_t held = 0;       // read and not yet in the batch to write
  std::set<std::string> busy;                                // senders with an issue at the workers
  std::map<std::string, std::deque<Job>> waiting;            // issues whose sender is busy, in order
  std::map<std::size_t, Outcome> finished;                   // back, waiting for an earlier one
  std::size_t next_to_write = 0;
  std::vector<Outcome> batch;

  auto give = [&](Job job) {
    busy.insert(job.stored.info.from);
    job.history = history.of(job.stored.info.from, job.stored.id);
    workers.give(std::move(job));
    ++in_flight;
  };

  auto write = [&] {
    if (batch.empty()) return;
    const auto started = std::chrono::steady_clock::now();
    const auto started_cpu = thread_cpu_time();
    auto tx = store.begin();
    for (const auto& o : batch) {
      switch (o.kind) {
        case Outcome::Kind::processed:
          store.write_processed(o.id, o.rows, request.now);
          store.record_platform_keys(o.sender, o.platform_keys, request.now);
          break;
        case Outcome::Kind::skipped: store.mark_skipped(o.id, o.reason); break;
        case Outcome::Kind::failed: store.mark_failed(o.id, o.reason); break;
      }
    }
    // Last, so that the index is written once a batch (Store::index_processed).
    for (const auto& o : batch) {
      if (o.kind == Outcome::Kind::processed) store.index_processed(o.id, o.rows);
    }
    tx.commit();
    report.write_time += std::chrono::steady_clock::now() - started;
    report.write_cpu += thread_cpu_time() - started_cpu;
    ++report.transactions;
    for (auto& o : batch) {
      switch (o.kind) {
        case Outcome::Kind::processed: ++report.processed; break;
        case Outcome::Kind::skipped: ++report.skipped; break;
        case Outcome::Kind::failed:
          ++report.failed;
          report.failures.push_back(o.label + ": " + o.reason);
          if (request.warn) request.warn(report.failures.back());
          break;
      }
    }
    batch.clear();
    if (finished.empty()) history.forget_written(busy);
  };

  bool stopping = false;
  for (;;) {
    if (ingest_running && next == ids.size()) {
      if (const std::uint64_t batches = request.ingest->batches(); batches != seen) list_stored(batches);
    }
    // Read while the window has room; an issue whose sender is at the
    // workers waits for it.
    const std::size_t batch_end = (next_to_write / k_batch + 1) * k_batch;  // the batch being completed
    while (!stopping && next < ids.size() && next < batch_end && held < window) {
      if (request.should_stop && request.should_stop()) {
        stopping = true;
        break;
      }
      Job job{next, store.message(ids[next]), {}};
      ++next;
      ++held;
      if (busy.contains(job.stored.info.from)) {
        waiting[job.stored.info.from].push_back(std::move(job));
      } else {
        give(std::move(job));
      }
    }
    if (in_flight == 0) {
      // Nothing waits either (a sender waits only behind one in flight):
      // done, unless ingest may still store more.
      if (!ingest_running || stopping) break;
      const auto [batches, ingest_done] = request.ingest->wait(seen);
      if (ingest_done) ingest_running = false;
      list_stored(batches);
      continue;
    }

    Outcome done = workers.take();
    --in_flight;
    if (request.verbose) {
      for (const auto& w : done.warnings) request.verbose(done.label + ": " + w);
      if (done.kind == Outcome::Kind::skipped) request.verbose(done.label + ": skipped, " + done.reason);
    }
    if (done.kind == Outcome::Kind::processed) history.add(done.sender, done.keys);
    busy.erase(done.sender);
    if (auto w = waiting.find(done.sender); w != waiting.end()) {
      Job job = std::move(w->second.front());
      w->second.pop_front();
      if (w->second.empty()) waiting.erase(w);
      give(std::move(job));
    }

    // Write in message order, a batch at a time.
    finished.emplace(done.seq, std::move(done));
    for (auto it = finished.begin(); it != finished.end() && it->first == next_to_write; it = finished.erase(it)) {
      batch.push_back(std::move(it->second));
      ++next_to_write;
      --held;
    }
    if (batch.size() >= k_batch) write();
  }
  write();
  return report;
}

namespace {

// "process: 12 summarized, 1 skipped, 0 failed", and with -v the workers
// and what writing to the store cost.
void log_report(const ProcessReport& report, int jobs) {
  log::info("process: " + std::to_string(report.processed) + " summarized, " + std::to_string(report.skipped) +
            " skipped, " + std::to_string(report.failed) + " failed");
  const int written = report.processed + report.skipped + report.failed;
  if (written == 0) return;
  char line[200];
  std::snprintf(line, sizeof line,
                "process: %d workers; store writes %.3f s in %d transactions, %.3f ms per message (%.3f ms CPU)",
                worker_count(jobs), report.write_time.count(), report.transactions,
                1000 * report.write_time.count() / written, 1000 * report.write_cpu.count() / written);
  log::verbose(line);
}

}  // namespace

ProcessReport process_now(const config::Settings& settings, const std::function<bool()>& should_stop) {
  auto store = store::Store::open(settings.store_path);
  return process_now(settings, store, should_stop, nullptr);
}

ProcessReport process_now(const config::Settings& settings, store::Store& store,
                          const std::function<bool()>& should_stop, const IngestFeed* ingest) {
  ProcessRequest request;
  request.ingest = ingest;
  request.now = wall_now();
  request.warn = [](const std::string& line) { log::warning(line); };
  request.verbose = [](const std::string& line) { log::verbose(line); };
  request.should_stop = should_stop;
  const auto report = process_pending(settings, store, request);
  log_report(report, settings.jobs);
  return report;
}

}  // namespace distill::app
