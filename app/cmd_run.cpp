// `distill run`: ingest, process and deliver, once.

#include "app/archive.hpp"
#include "app/cli.hpp"
#include "app/curl_global.hpp"
#include "app/deliver_command.hpp"
#include "app/stage_ingest.hpp"
#include "app/log.hpp"
#include "app/stage_process.hpp"
#include "app/run.hpp"
#include "app/signals.hpp"

namespace distill::app {

ExitStatus ingest_and_process(const config::Settings& settings, const std::function<bool()>& should_stop) {
  // Pull what is new from the mailbox (or local source) into the store.
  const bool all_fetched = ingest_once(settings, imap_options(settings.imap));
  if (should_stop && should_stop()) return ExitStatus::interrupted;

  // Decode, clean and summarize what was stored; a message that fails is
  // marked failed and reported, and does not hold back the digest.
  auto store = store::Store::open(settings.store_path);
  ProcessRequest request;
  request.now = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
  request.warn = [](const std::string& line) { log::warning(line); };
  request.verbose = [](const std::string& line) { log::verbose(line); };
  request.should_stop = should_stop;
  const auto report = process_pending(settings, store, request);
  log_report(report, settings.jobs);
  return all_fetched ? ExitStatus::ok : ExitStatus::failure;
}

ExitStatus cmd_run(const Invocation& inv) {
  po::options_description options("run options");
  add_jobs_option(options);
  po::variables_map vars;
  if (auto done = parse_command_line(inv, options, vars)) return *done;
  auto settings = load_settings(inv);
  apply_jobs_option(vars, settings);
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
