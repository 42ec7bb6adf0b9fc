// `distill run`: ingest, process and deliver, once.

#include "app/archive.hpp"
#include "app/cli.hpp"
#include "app/curl_global.hpp"
#include "app/ingest_and_process.hpp"
#include "app/jobs_option.hpp"
#include "app/signals.hpp"
#include "app/stage_deliver.hpp"

namespace distill::app {

ExitStatus cmd_run(const Invocation& inv) {
  config::Settings settings;
  if (auto done = load_with_jobs_option(inv, settings)) return *done;
  config::require(settings, config::Need::imap, inv.command);
  config::require(settings, config::Need::smtp, inv.command);
  CurlGlobal curl;

  return stoppable(inv.command, [&] {
    const ExitStatus status = ingest_and_process(settings, stop_requested);
    if (status == ExitStatus::interrupted) return status;
    // Send what was processed, after any digest an earlier run left pending;
    // a message that failed to arrive is fetched again by the next run.
    const bool refused = !deliver_now(settings).refused.empty();
    // Prune what keep_days lets go, then write the feeds of what is left.
    if (!update_archive(settings) || refused) return ExitStatus::failure;
    return status;
  });
}

}  // namespace distill::app
