#pragma once
// The wall clock, read in whole seconds: the `now` that the stages, the
// daemon and the archive take as a value.

#include <chrono>

namespace distill::app {

inline std::chrono::sys_seconds wall_now() {
  return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
}

}  // namespace distill::app
