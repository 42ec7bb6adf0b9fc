// `distill process`: decode, clean and summarize what was ingested.

#include "app/cli.hpp"
#include "app/jobs_option.hpp"
#include "app/stage_process.hpp"

namespace distill::app {

ExitStatus cmd_process(const Invocation& inv) {
  config::Settings settings;
  if (auto done = load_with_jobs_option(inv, settings)) return *done;
  return process_now(settings, {}).failed > 0 ? ExitStatus::failure : ExitStatus::ok;
}

}  // namespace distill::app
