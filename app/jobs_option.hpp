#pragma once
// `--jobs N`, the one option of the commands that process (process, run,
// daemon): how many messages are processed at once; wins over [store] jobs.

#include <optional>

#include "app/cli.hpp"
#include "config/settings.hpp"

namespace distill::app {

// Parses the command line of such a command (`--jobs` and `--help`) and
// loads the settings into `settings` with --jobs applied. Returns the status
// to exit with at once (after --help or a bad option), else nullopt. Throws
// UsageError for a --jobs out of range, config::Error for a bad config.
std::optional<ExitStatus> load_with_jobs_option(const Invocation& inv, config::Settings& settings);

}  // namespace distill::app
