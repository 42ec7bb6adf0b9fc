// `distill run`: ingest, process and deliver, once.

#include "app/cli.hpp"
#include "app/curl_global.hpp"
#include "app/deliver_command.hpp"
#include "app/log.hpp"
#include "app/process.hpp"
#include "app/run.hpp"

namespace distill::app {

ExitStatus ingest_and_process(const Invocation& inv, const config::Settings& settings,
                              const std::function<bool()>& should_stop) {
  // Pull what is new from the mailbox (or local source) into the store.
  // TODO(deliver): call the ingest stage's function once app/ has one; the
  // command is called meanwhile.
  Invocation ingest = inv;
  ingest.command = "ingest";
  ingest.args.clear();
  if (auto status = cmd_ingest(ingest); status != ExitStatus::ok) return status;
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
  log::info("process: " + std::to_string(report.processed) + " summarized, " + std::to_string(report.skipped) +
            " skipped, " + std::to_string(report.failed) + " failed");
  return ExitStatus::ok;
}

ExitStatus cmd_run(const Invocation& inv) {
  po::options_description options("run options");
  po::variables_map vars;
  if (auto done = parse_command_line(inv, options, vars)) return *done;
  const auto settings = load_settings(inv);
  config::require(settings, config::Need::smtp, inv.command);
  CurlGlobal curl;

  if (auto status = ingest_and_process(inv, settings, {}); status != ExitStatus::ok) return status;
  // Send what was processed, after any digest an earlier run left pending.
  deliver_now(settings);
  return ExitStatus::ok;
}

}  // namespace distill::app
