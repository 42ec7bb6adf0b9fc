#include "app/signals.hpp"

#include <atomic>
#include <csignal>
#include <exception>
#include <iterator>

#include "app/log.hpp"

namespace distill::app {

namespace {

std::atomic<int> g_stop_signal{0};

extern "C" void on_stop_signal(int signal) { g_stop_signal.store(signal); }

constexpr int k_stop_signals[] = {SIGINT, SIGTERM, SIGHUP};
struct sigaction g_previous[std::size(k_stop_signals)];

}  // namespace

StopSignals::StopSignals() {
  g_stop_signal.store(0);
  struct sigaction action {};
  action.sa_handler = on_stop_signal;
  sigemptyset(&action.sa_mask);
  for (std::size_t i = 0; i < std::size(k_stop_signals); ++i) sigaction(k_stop_signals[i], &action, &g_previous[i]);
}

StopSignals::~StopSignals() {
  for (std::size_t i = 0; i < std::size(k_stop_signals); ++i) sigaction(k_stop_signals[i], &g_previous[i], nullptr);
}

bool stop_requested() { return g_stop_signal.load() != 0; }

int stop_signal() { return g_stop_signal.load(); }

const char* signal_name(int signal) {
  switch (signal) {
    case SIGINT: return "SIGINT";
    case SIGTERM: return "SIGTERM";
    case SIGHUP: return "SIGHUP";
    default: return "a signal";
  }
}

ExitStatus stopped_status(int signal) { return static_cast<ExitStatus>(128 + signal); }

ExitStatus report_stop(const std::string& command) {
  log::info(command + ": stopped on " + signal_name(stop_signal()) +
            "; what was stored stays stored, a digest not sent stays pending");
  return stopped_status(stop_signal());
}

ExitStatus stoppable(const std::string& command, const std::function<ExitStatus()>& body) {
  StopSignals signals;
  ExitStatus status = ExitStatus::ok;
  try {
    status = body();
  } catch (const std::exception&) {
    if (stop_requested()) return report_stop(command);
    throw;
  }
  return stop_requested() ? report_stop(command) : status;
}

}  // namespace distill::app
