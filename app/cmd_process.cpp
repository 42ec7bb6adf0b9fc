#include <chrono>

#include "app/cli.hpp"
#include "app/log.hpp"
#include "app/process.hpp"

namespace distill::app {

ExitStatus cmd_process(const Invocation& inv) {
  po::options_description options("process options");
  po::variables_map vars;
  if (auto done = parse_command_line(inv, options, vars)) return *done;
  config::Settings settings = load_settings(inv);

  auto store = store::Store::open(settings.store_path);
  ProcessRequest request;
  request.now = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
  request.warn = [](const std::string& line) { log::warning(line); };
  request.verbose = [](const std::string& line) { log::verbose(line); };
  ProcessReport report = process_pending(settings, store, request);

  log::info("process: " + std::to_string(report.processed) + " summarized, " + std::to_string(report.skipped) +
            " skipped, " + std::to_string(report.failed) + " failed");
  return report.failed > 0 ? ExitStatus::failure : ExitStatus::ok;
}

}  // namespace distill::app
