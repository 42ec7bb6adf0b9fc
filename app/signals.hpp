#pragma once
// Stop requests from signals, for the commands that talk to servers (ingest,
// deliver, run, daemon). SIGINT, SIGTERM and SIGHUP only set a flag; every
// network wait looks at it at least once a second (through
// stop_requested(), which the IMAP and SMTP options carry), so a command
// stops within a few seconds even while a server stalls, between steps and
// never inside a store transaction. A digest being sent then stays pending
// with its Message-ID and goes out with the next run.

#include <functional>
#include <string>

#include "app/cli.hpp"

namespace distill::app {

// Installs the handlers for its lifetime (the previous ones come back after).
class StopSignals {
 public:
  StopSignals();
  ~StopSignals();
  StopSignals(const StopSignals&) = delete;
  StopSignals& operator=(const StopSignals&) = delete;
};

// Whether a stop signal came (false when no StopSignals is alive).
bool stop_requested();
// The signal that asked to stop, 0 when none did.
int stop_signal();
// "SIGTERM" for a signal number.
const char* signal_name(int signal);
// The exit status of a command stopped by `signal`: 128 + its number (130
// for SIGINT, 143 for SIGTERM, 129 for SIGHUP), as shells report it.
ExitStatus stopped_status(int signal);

// Logs that `command` stopped on the signal that came, and returns
// stopped_status() for it.
ExitStatus report_stop(const std::string& command);

// Runs `body` with StopSignals installed; when a stop signal came (whether
// `body` returned or failed because of it) reports the stop instead.
ExitStatus stoppable(const std::string& command, const std::function<ExitStatus()>& body);

}  // namespace distill::app
