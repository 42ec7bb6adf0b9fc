#pragma once
// When the daemon sends a digest: `[digest] schedule`. Three spellings are
// accepted and all become one cron-like Schedule:
//   daily HH:MM            every day at that local time
//   weekly DAY HH:MM       DAY is mon..sun (or monday..sunday)
//   MIN HOUR DOM MON DOW   a 5-field cron expression: *, N, N-M, */S, N-M/S,
//                          N/S and lists (1,15); month and weekday names
//                          (jan, mon); weekday 0 and 7 are Sunday
// As in cron, when both day-of-month and day-of-week are restricted (neither
// starts with *), a day matches if either does.
//
// Times are local wall-clock times. The pure next_run() works on
// local_seconds; the sys_seconds overload converts through the C library's
// time zone (TZ), which is the only impure part.

#include <bitset>
#include <chrono>
#include <stdexcept>
#include <string>
#include <string_view>

namespace distill::config {

struct Schedule {
  std::bitset<60> minutes;
  std::bitset<24> hours;
  std::bitset<32> days_of_month;  // bits 1..31
  std::bitset<13> months;         // bits 1..12
  std::bitset<7> days_of_week;    // bit 0 is Sunday
  bool any_day_of_month = true;   // the field started with *
  bool any_day_of_week = true;
  bool operator==(const Schedule&) const = default;
};

// What is wrong with a schedule, without the text itself, e.g.
// "hour 25 is out of range 0-23".
class ScheduleError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

inline constexpr std::string_view k_expected_schedule =
    "'daily HH:MM', 'weekly DAY HH:MM' or a cron expression 'MIN HOUR DAY MONTH WEEKDAY'";

// Throws ScheduleError for text that is none of the three forms, for values
// out of range, and for a schedule that can never fire (e.g. "0 0 30 2 *").
Schedule parse_schedule(std::string_view text);

// The first minute strictly after `now` that the schedule matches.
std::chrono::local_seconds next_run(const Schedule& schedule, std::chrono::local_seconds now);

// The same in the process's local time zone: the first matching wall-clock
// minute whose instant is after `now`. A local time skipped by a DST change
// fires at the instant the C library maps it to (02:30 -> 03:30 on most
// systems); a repeated local time fires once.
std::chrono::sys_seconds next_run(const Schedule& schedule, std::chrono::sys_seconds now);

}  // namespace distill::config
