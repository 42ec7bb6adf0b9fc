#pragma once
// When the daemon sends the next digest.

#include <chrono>
#include <optional>

#include "config/schedule.hpp"

namespace distill::app {

// The first scheduled time after the last digest sent, or after `started`
// when none was ever sent. A time already in the past is due at once, and
// only once: a schedule missed while the machine slept (or distill was
// stopped) sends one digest on wake-up, not one per missed slot, because the
// next slot is computed from that send.
std::chrono::sys_seconds next_delivery(const config::Schedule& schedule,
                                       std::optional<std::chrono::sys_seconds> last_sent,
                                       std::chrono::sys_seconds started);

}  // namespace distill::app
