#include "app/jobs_option.hpp"

#include <string>

namespace distill::app {

std::optional<ExitStatus> load_with_jobs_option(const Invocation& inv, config::Settings& settings) {
  po::options_description options(inv.command + " options");
  options.add_options()("jobs,j", po::value<int>()->value_name("N"),
                        "messages processed at once, one thread each; 0 = one per core "
                        "[default: [store] jobs, else 0]");
  po::variables_map vars;
  if (auto done = parse_command_line(inv, options, vars)) return done;
  settings = load_settings(inv);
  if (!vars.count("jobs")) return std::nullopt;
  const int jobs = vars["jobs"].as<int>();
  if (jobs < 0 || jobs > 256) {
    throw UsageError("--jobs " + std::to_string(jobs) + ": expected 0 (one per core) to 256");
  }
  settings.jobs = jobs;
  return std::nullopt;
}

}  // namespace distill::app
