#include <chrono>

#include "app/cli.hpp"
#include "app/log.hpp"
#include "app/stage_process.hpp"
#include "app/run.hpp"

namespace distill::app {

void add_jobs_option(po::options_description& options) {
  options.add_options()("jobs,j", po::value<int>()->value_name("N"),
                        "messages processed at once, one thread each; 0 = one per core "
                        "[default: [store] jobs, else 0]");
}

void apply_jobs_option(const po::variables_map& vars, config::Settings& settings) {
  if (!vars.count("jobs")) return;
  const int jobs = vars["jobs"].as<int>();
  if (jobs < 0 || jobs > 256) {
    throw UsageError("--jobs " + std::to_string(jobs) + ": expected 0 (one per core) to 256");
  }
  settings.jobs = jobs;
}

ExitStatus cmd_process(const Invocation& inv) {
  po::options_description options("process options");
  add_jobs_option(options);
  po::variables_map vars;
  if (auto done = parse_command_line(inv, options, vars)) return *done;
  config::Settings settings = load_settings(inv);
  apply_jobs_option(vars, settings);

  auto store = store::Store::open(settings.store_path);
  ProcessRequest request;
  request.now = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
  request.warn = [](const std::string& line) { log::warning(line); };
  request.verbose = [](const std::string& line) { log::verbose(line); };
  ProcessReport report = process_pending(settings, store, request);

  log_report(report, settings.jobs);
  return report.failed > 0 ? ExitStatus::failure : ExitStatus::ok;
}

}  // namespace distill::app
