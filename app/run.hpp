#pragma once
// The stages that `run` does once and `daemon` does on a schedule.

#include <chrono>
#include <functional>
#include <optional>

#include "app/cli.hpp"
#include "config/schedule.hpp"
#include "config/settings.hpp"

namespace distill::app {

// `--jobs N` for the commands that process (process, run, daemon): how many
// messages are processed at once; wins over [store] jobs.
void add_jobs_option(po::options_description& options);
void apply_jobs_option(const po::variables_map& vars, config::Settings& settings);

// Ingest then process. `should_stop` (may be empty) is checked between
// messages and stages; returns interrupted when it said stop. A message
// that could not be fetched does not hold back the others: they are
// processed, and failure is returned after. A source that cannot be reached
// at all throws.
ExitStatus ingest_and_process(const config::Settings& settings, const std::function<bool()>& should_stop);

// When the daemon sends next: the first scheduled time after the last
// digest sent, or after `started` when none was ever sent. A time already in
// the past is due at once, and only once: a schedule missed while the machine
// slept (or distill was stopped) sends one digest on wake-up, not one per
// missed slot, because the next slot is computed from that send.
std::chrono::sys_seconds next_delivery(const config::Schedule& schedule,
                                       std::optional<std::chrono::sys_seconds> last_sent,
                                       std::chrono::sys_seconds started);

}  // namespace distill::app
