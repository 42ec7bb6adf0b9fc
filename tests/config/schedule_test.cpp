#include "config/schedule.hpp"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>

using namespace distill::config;
using namespace std::chrono;

namespace {

local_seconds at(int y, unsigned m, unsigned d, int hh, int mm) {
  return local_days{year{y} / month{m} / day{d}} + hours{hh} + minutes{mm};
}

std::string error_of(const std::string& text) {
  try {
    parse_schedule(text);
  } catch (const ScheduleError& e) {
    return e.what();
  }
  return "";
}

// Sets TZ for the life of the object.
class ScopedTimeZone {
 public:
  explicit ScopedTimeZone(const char* tz) {
    if (const char* old = std::getenv("TZ")) m_old = old;
    ::setenv("TZ", tz, 1);
    ::tzset();
  }
  ~ScopedTimeZone() {
    if (m_old) {
      ::setenv("TZ", m_old->c_str(), 1);
    } else {
      ::unsetenv("TZ");
    }
    ::tzset();
  }

 private:
  std::optional<std::string> m_old;
};

}  // namespace

TEST_CASE("schedule daily fires at its time, today or tomorrow", "[config]") {
  Schedule s = parse_schedule("daily 07:00");
  CHECK(next_run(s, at(2026, 11, 28, 6, 59)) == at(2026, 11, 28, 7, 0));
  CHECK(next_run(s, at(2026, 11, 28, 7, 0)) == at(2026, 11, 29, 7, 0));  // strictly after now
  CHECK(next_run(s, at(2026, 11, 28, 7, 0) + seconds{30}) == at(2026, 11, 29, 7, 0));
  CHECK(next_run(s, at(2026, 12, 31, 23, 0)) == at(2027, 1, 1, 7, 0));
  CHECK(parse_schedule("DAILY 7:05") == parse_schedule("daily 07:05"));
}

TEST_CASE("schedule weekly fires on its weekday", "[config]") {
  Schedule s = parse_schedule("weekly mon 07:00");
  CHECK(next_run(s, at(2026, 11, 28, 12, 0)) == at(2026, 11, 30, 7, 0));  // a Saturday -> Monday
  CHECK(next_run(s, at(2026, 11, 30, 7, 0)) == at(2026, 12, 7, 7, 0));
  CHECK(parse_schedule("weekly Sunday 18:30") == parse_schedule("30 18 * * sun"));
  CHECK(parse_schedule("weekly mon 07:00") == parse_schedule("0 7 * * 1"));
}

TEST_CASE("schedule reads 5-field cron expressions", "[config]") {
  Schedule s = parse_schedule("*/15 9-17 * * mon-fri");
  CHECK(next_run(s, at(2026, 11, 27, 17, 45)) == at(2026, 11, 30, 9, 0));  // Friday evening -> Monday
  CHECK(next_run(s, at(2026, 11, 30, 9, 7)) == at(2026, 11, 30, 9, 15));

  CHECK(parse_schedule("0 0 * * 7") == parse_schedule("0 0 * * 0"));  // both Sunday
  CHECK(next_run(parse_schedule("0 12 1,15 * *"), at(2026, 11, 2, 0, 0)) == at(2026, 11, 15, 12, 0));
  CHECK(next_run(parse_schedule("0 6 * jan,jul *"), at(2026, 2, 1, 0, 0)) == at(2026, 7, 1, 6, 0));
  CHECK(next_run(parse_schedule("30 5/6 * * *"), at(2026, 1, 1, 6, 0)) == at(2026, 1, 1, 11, 30));
  // Day of month and weekday both restricted: either one matching is enough.
  Schedule either = parse_schedule("0 8 13 * fri");
  CHECK(next_run(either, at(2026, 11, 1, 0, 0)) == at(2026, 11, 6, 8, 0));   // a Friday
  CHECK(next_run(either, at(2026, 11, 10, 0, 0)) == at(2026, 11, 13, 8, 0));  // the 13th (also a Friday)
  CHECK(next_run(either, at(2026, 12, 11, 9, 0)) == at(2026, 12, 13, 8, 0));  // the 13th, a Sunday
  // The 29th of February waits for a leap year.
  CHECK(next_run(parse_schedule("0 0 29 2 *"), at(2026, 3, 1, 0, 0)) == at(2028, 2, 29, 0, 0));
}

TEST_CASE("schedule says what is wrong with a bad one", "[config]") {
  CHECK(error_of("") == "the schedule is empty");
  CHECK(error_of("daily") == "'daily' takes one time, e.g. 'daily 07:00'");
  CHECK(error_of("daily 24:00") == "hour 24 is out of range 0-23");
  CHECK(error_of("daily 07:60") == "minute 60 is out of range 0-59");
  CHECK(error_of("daily 7am") == "'7am' is not a time HH:MM");
  CHECK(error_of("weekly 07:00") == "'weekly' takes a day and a time, e.g. 'weekly mon 07:00'");
  CHECK(error_of("weekly someday 07:00") == "'someday' is not a day (mon..sun)");
  CHECK(error_of("0 7 * *") == "a cron expression has 5 fields, this has 4");
  CHECK(error_of("61 * * * *") == "minute 61 is out of range 0-59");
  CHECK(error_of("0 7 * foo *") == "'foo' is not a month");
  CHECK(error_of("0 7 * * 1-8") == "weekday 8 is out of range 0-7");
  CHECK(error_of("*/0 * * * *") == "bad step '0' in minute field");
  CHECK(error_of("0 17-9 * * *") == "range '17-9' in hour field runs backwards");
  CHECK(error_of("0 0 30 2 *") == "the schedule never fires: no month it allows has such a day");
  CHECK(error_of("0 0 31 4,6 *") == "the schedule never fires: no month it allows has such a day");
  CHECK(error_of("0 0 31 4 mon").empty());  // either field: Mondays in April
}

TEST_CASE("schedule converts local wall-clock time to instants in the process's zone", "[config]") {
  {
    ScopedTimeZone utc("UTC0");
    sys_seconds now = sys_days{year{2026} / 11 / 28} + hours{6};
    CHECK(next_run(parse_schedule("daily 07:00"), now) == sys_days{year{2026} / 11 / 28} + hours{7});
  }
  {
    ScopedTimeZone cet("CET-1");  // UTC+1, no DST rule
    sys_seconds now = sys_days{year{2026} / 11 / 28} + hours{6};  // 07:00 local
    CHECK(next_run(parse_schedule("daily 07:00"), now) == sys_days{year{2026} / 11 / 29} + hours{6});
  }
}
