#pragma once
// The first two stages as `run` does them once and `daemon` every poll.

#include <functional>

#include "app/cli.hpp"
#include "config/settings.hpp"

namespace distill::app {

// Ingest then process. `should_stop` (may be empty) is checked between
// messages and stages; returns interrupted when it said stop. A message
// that could not be fetched does not hold back the others: they are
// processed, and failure is returned after. A source that cannot be reached
// at all throws.
ExitStatus ingest_and_process(const config::Settings& settings, const std::function<bool()>& should_stop);

}  // namespace distill::app
