#include "app/next_delivery.hpp"

namespace distill::app {

std::chrono::sys_seconds next_delivery(const config::Schedule& schedule,
                                       std::optional<std::chrono::sys_seconds> last_sent,
                                       std::chrono::sys_seconds started) {
  return config::next_run(schedule, last_sent.value_or(started));
}

}  // namespace distill::app
