// Ingest and process at once: ingest waits on the server, process on the
// CPU, so process takes each batch ingest commits while ingest fetches the
// next. Each stage writes through its own connection to the one store;
// SQLite runs their transactions one after the other. What is processed,
// in which order and in which batches, is what a run of ingest and then
// process would do (see process_pending), and each stage's transactions
// are what they are when run alone: a crash or a lost connection leaves
// every message either stored or not, and processed or fresh, as then.

#include "app/ingest_and_process.hpp"

#include <atomic>
#include <exception>
#include <thread>

#include "app/stage_ingest.hpp"
#include "app/stage_process.hpp"

namespace distill::app {

ExitStatus ingest_and_process(const config::Settings& settings, const std::function<bool()>& should_stop) {
  ingest::ImapOptions source_options = imap_options(settings.imap);  // the secret, before anything starts
  auto store = store::Store::open(settings.store_path);
  auto ingest_store = store.another_writer();

  // Pull what is new from the mailbox (or local source) into the store, on
  // a thread of its own. It stops when asked, or when process stopped on
  // an error of its own.
  std::atomic<bool> ingest_failed{false};
  std::atomic<bool> abandoned{false};
  const auto asked_to_stop = source_options.should_stop;
  source_options.should_stop = [&] { return abandoned.load() || (asked_to_stop && asked_to_stop()); };
  IngestFeed feed;
  bool all_fetched = false;
  std::exception_ptr ingest_error;
  std::thread ingest([&] {
    try {
      all_fetched = ingest_once(ingest_store, source_options, [&] { feed.stored(); });
    } catch (...) {
      ingest_error = std::current_exception();
      ingest_failed = true;
    }
    feed.finished();
  });
  struct Join {
    std::thread& thread;
    std::atomic<bool>& abandoned;
    ~Join() {
      abandoned = true;
      if (thread.joinable()) thread.join();
    }
  } join{ingest, abandoned};

  // Decode, clean and summarize what is stored; a message that fails is
  // marked failed and reported, and does not hold back the digest. A
  // source that cannot be read at all stops it as a signal would.
  auto stop = [&] { return ingest_failed.load() || (should_stop && should_stop()); };
  (void)process_now(settings, store, stop, &feed);
  ingest.join();
  if (ingest_error) std::rethrow_exception(ingest_error);
  if (should_stop && should_stop()) return ExitStatus::interrupted;
  return all_fetched ? ExitStatus::ok : ExitStatus::failure;
}

}  // namespace distill::app
