// `distill daemon`: ingest and process every [digest] poll, deliver at
// [digest] schedule, until SIGINT, SIGTERM or SIGHUP.
//
// Waiting is done in steps of at most a second against the wall clock, not
// one long sleep: after a suspend the clock has jumped, the next step sees a
// delivery that is past due and sends it once. A signal only sets a flag
// (app/signals.hpp); the loop stops between stages and between messages,
// never inside a batch, and a network wait gives up within a second, so a
// stalled server does not hold the stop.

#include <csignal>
#include <ctime>
#include <filesystem>
#include <thread>

#include "app/archive.hpp"
#include "app/cli.hpp"
#include "app/clock.hpp"
#include "app/curl_global.hpp"
#include "app/ingest_and_process.hpp"
#include "app/jobs_option.hpp"
#include "app/log.hpp"
#include "app/next_delivery.hpp"
#include "app/signals.hpp"
#include "app/stage_deliver.hpp"

namespace distill::app {

namespace {

bool should_stop() { return stop_requested(); }

// Sleeps until `until` or a stop signal; returns false when asked to stop.
bool wait_until(std::chrono::sys_seconds until) {
  while (!should_stop()) {
    const auto now = std::chrono::system_clock::now();
    if (now >= until) return true;
    std::this_thread::sleep_for(std::min<std::chrono::system_clock::duration>(until - now, std::chrono::seconds{1}));
  }
  return false;
}

std::string format_local(std::chrono::sys_seconds at) {
  const std::time_t t = at.time_since_epoch().count();
  std::tm local{};
  localtime_r(&t, &local);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%d %H:%M", &local);
  return text;
}

std::optional<std::chrono::sys_seconds> last_digest_sent(const config::Settings& settings) {
  if (!std::filesystem::exists(settings.store_path)) return std::nullopt;
  auto store = store::Store::open(settings.store_path, store::Store::Mode::read_only);
  return store.last_digest_sent();
}

}  // namespace

ExitStatus cmd_daemon(const Invocation& inv) {
  config::Settings settings;
  if (auto done = load_with_jobs_option(inv, settings)) return *done;
  config::require(settings, config::Need::imap, inv.command);
  config::require(settings, config::Need::smtp, inv.command);
  const auto schedule = config::parse_schedule(settings.digest.schedule);
  log::set_timestamps(true);

  StopSignals signals;
  CurlGlobal curl;

  const auto started = wall_now();
  auto due = next_delivery(schedule, last_digest_sent(settings), started);
  log::info("daemon: ingest every " + std::to_string(settings.digest.poll.count()) + "s, next digest at " +
            format_local(due));
  auto next_poll = started;
  while (!should_stop()) {
    if (!wait_until(std::min(next_poll, due))) break;
    const auto now = wall_now();
    // A failing stage (server down, bad message) is logged and tried again
    // at the next poll; the daemon only stops when told to.
    if (now >= next_poll) {
      next_poll = now + settings.digest.poll;
      try {
        (void)ingest_and_process(settings, should_stop);
        (void)update_archive(settings);  // the new issues into the feeds; logs its own failure
      } catch (const std::exception& e) {
        if (!should_stop()) log::error(describe_exception(e));
      }
    }
    if (should_stop()) break;
    if (now >= due) {
      try {
        deliver_now(settings);
        due = next_delivery(schedule, wall_now(), started);
        (void)update_archive(settings);  // logs its own failure
      } catch (const std::exception& e) {
        // The digest stays pending with its error; resend at the next poll.
        if (!should_stop()) log::error(describe_exception(e));
        due = now + settings.digest.poll;
      }
      log::info("daemon: next digest at " + format_local(due));
    }
  }
  // SIGTERM and SIGHUP are a service manager's stop: a normal end.
  const int signal = stop_signal();
  log::info(std::string("daemon: stopping on ") + signal_name(signal));
  return signal == SIGINT ? ExitStatus::interrupted : ExitStatus::ok;
}

}  // namespace distill::app
