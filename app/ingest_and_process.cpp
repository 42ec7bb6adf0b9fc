#include "app/ingest_and_process.hpp"

#include "app/stage_ingest.hpp"
#include "app/stage_process.hpp"

namespace distill::app {

ExitStatus ingest_and_process(const config::Settings& settings, const std::function<bool()>& should_stop) {
  // Pull what is new from the mailbox (or local source) into the store.
  const bool all_fetched = ingest_once(settings, imap_options(settings.imap));
  if (should_stop && should_stop()) return ExitStatus::interrupted;

  // Decode, clean and summarize what was stored; a message that fails is
  // marked failed and reported, and does not hold back the digest.
  (void)process_now(settings, should_stop);
  return all_fetched ? ExitStatus::ok : ExitStatus::failure;
}

}  // namespace distill::app
