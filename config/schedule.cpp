#include "config/schedule.hpp"

#include <array>
#include <charconv>
#include <ctime>
#include <vector>

#include "transform/ascii.hpp"

namespace distill::config {

namespace {

using namespace std::chrono;

constexpr std::array<std::string_view, 7> k_weekdays = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
constexpr std::array<std::string_view, 7> k_weekday_names = {"sunday",   "monday", "tuesday", "wednesday",
                                                             "thursday", "friday", "saturday"};
constexpr std::array<std::string_view, 12> k_months = {"jan", "feb", "mar", "apr", "may", "jun",
                                                       "jul", "aug", "sep", "oct", "nov", "dec"};

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    std::size_t end = text.find(separator, start);
    parts.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

std::vector<std::string_view> split_whitespace(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    std::size_t start = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\t') ++i;
    if (i > start) words.push_back(text.substr(start, i - start));
  }
  return words;
}

bool parse_int(std::string_view text, int& value) {
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  return !text.empty() && ec == std::errc{} && end == text.data() + text.size();
}

// One cron field: its name for messages, its range, the names it accepts
// (index + offset is the value).
struct Field {
  const char* name;
  int low;
  int high;
  const std::string_view* names = nullptr;
  int name_count = 0;
  int name_offset = 0;
};

int field_value(const Field& field, std::string_view text) {
  int value = 0;
  if (!parse_int(text, value)) {
    std::string word = transform::ascii_lower(text);
    for (int i = 0; i < field.name_count; ++i) {
      if (word == field.names[i]) return i + field.name_offset;
    }
    throw ScheduleError("'" + std::string(text) + "' is not a " + field.name);
  }
  if (value < field.low || value > field.high) {
    throw ScheduleError(std::string(field.name) + " " + std::to_string(value) + " is out of range " +
                        std::to_string(field.low) + "-" + std::to_string(field.high));
  }
  return value;
}

// Sets the bits a field selects, e.g. "1-5", "*/15", "0,30", "mon-fri".
template <std::size_t N>
void parse_field(const Field& field, std::string_view text, std::bitset<N>& bits) {
  for (std::string_view element : split(text, ',')) {
    int step = 1;
    bool has_step = false;
    if (auto slash = element.find('/'); slash != std::string_view::npos) {
      if (!parse_int(element.substr(slash + 1), step) || step < 1) {
        throw ScheduleError("bad step '" + std::string(element.substr(slash + 1)) + "' in " + field.name + " field");
      }
      element = element.substr(0, slash);
      has_step = true;
    }
    int first = field.low;
    int last = field.high;
    if (element == "*") {
    } else if (auto dash = element.find('-'); dash != std::string_view::npos) {
      first = field_value(field, element.substr(0, dash));
      last = field_value(field, element.substr(dash + 1));
      if (last < first) {
        throw ScheduleError("range '" + std::string(element) + "' in " + field.name + " field runs backwards");
      }
    } else {
      first = field_value(field, element);
      if (!has_step) last = first;  // "N/S" means N, N+S, ... up to the end
    }
    for (int v = first; v <= last; v += step) bits.set(static_cast<std::size_t>(v));
  }
}

void set_time(Schedule& s, std::string_view hhmm) {
  auto colon = hhmm.find(':');
  int hour = 0;
  int minute = 0;
  if (colon == std::string_view::npos || colon == 0 || colon > 2 || hhmm.size() - colon != 3 ||
      !parse_int(hhmm.substr(0, colon), hour) || !parse_int(hhmm.substr(colon + 1), minute)) {
    throw ScheduleError("'" + std::string(hhmm) + "' is not a time HH:MM");
  }
  if (hour > 23) throw ScheduleError("hour " + std::to_string(hour) + " is out of range 0-23");
  if (minute > 59) throw ScheduleError("minute " + std::to_string(minute) + " is out of range 0-59");
  s.hours.set(static_cast<std::size_t>(hour));
  s.minutes.set(static_cast<std::size_t>(minute));
}

Schedule every_day() {
  Schedule s;
  for (unsigned d = 1; d <= 31; ++d) s.days_of_month.set(d);
  for (unsigned m = 1; m <= 12; ++m) s.months.set(m);
  s.days_of_week.set();
  return s;
}

constexpr std::array<unsigned, 13> k_max_days = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

bool can_fire(const Schedule& s) {
  if (s.minutes.none() || s.hours.none() || s.months.none()) return false;
  if (!s.any_day_of_month && !s.any_day_of_week) return true;  // either field may match
  if (s.days_of_week.none()) return false;
  for (unsigned m = 1; m <= 12; ++m) {
    if (!s.months.test(m)) continue;
    for (unsigned d = 1; d <= k_max_days[m]; ++d) {
      if (s.days_of_month.test(d)) return true;
    }
  }
  return false;
}

bool day_matches(const Schedule& s, local_days day) {
  year_month_day ymd{day};
  if (!s.months.test(static_cast<unsigned>(ymd.month()))) return false;
  bool dom = s.days_of_month.test(static_cast<unsigned>(ymd.day()));
  bool dow = s.days_of_week.test(weekday{day}.c_encoding());
  return (s.any_day_of_month || s.any_day_of_week) ? (dom && dow) : (dom || dow);
}

}  // namespace

Schedule parse_schedule(std::string_view text) {
  std::vector<std::string_view> words = split_whitespace(text);
  if (words.empty()) throw ScheduleError("the schedule is empty");
  std::string first = transform::ascii_lower(words[0]);

  if (first == "daily") {
    if (words.size() != 2) throw ScheduleError("'daily' takes one time, e.g. 'daily 07:00'");
    Schedule s = every_day();
    set_time(s, words[1]);
    return s;
  }
  if (first == "weekly") {
    if (words.size() != 3) throw ScheduleError("'weekly' takes a day and a time, e.g. 'weekly mon 07:00'");
    Schedule s = every_day();
    std::string day = transform::ascii_lower(words[1]);
    s.days_of_week.reset();
    for (std::size_t i = 0; i < k_weekdays.size(); ++i) {
      if (day == k_weekdays[i] || day == k_weekday_names[i]) s.days_of_week.set(i);
    }
    if (s.days_of_week.none()) throw ScheduleError("'" + std::string(words[1]) + "' is not a day (mon..sun)");
    s.any_day_of_week = false;
    set_time(s, words[2]);
    return s;
  }
  if (words.size() != 5) {
    throw ScheduleError("a cron expression has 5 fields, this has " + std::to_string(words.size()));
  }

  static const Field minute{"minute", 0, 59};
  static const Field hour{"hour", 0, 23};
  static const Field day_of_month{"day of month", 1, 31};
  static const Field month{"month", 1, 12, k_months.data(), 12, 1};
  static const Field day_of_week{"weekday", 0, 7, k_weekdays.data(), 7, 0};
  Schedule s;
  parse_field(minute, words[0], s.minutes);
  parse_field(hour, words[1], s.hours);
  parse_field(day_of_month, words[2], s.days_of_month);
  parse_field(month, words[3], s.months);
  std::bitset<8> weekdays;
  parse_field(day_of_week, words[4], weekdays);
  for (std::size_t i = 0; i < 7; ++i) s.days_of_week[i] = weekdays[i];
  if (weekdays[7]) s.days_of_week.set(0);  // 7 is Sunday too
  s.any_day_of_month = words[2].starts_with('*');
  s.any_day_of_week = words[4].starts_with('*');
  if (!can_fire(s)) throw ScheduleError("the schedule never fires: no month it allows has such a day");
  return s;
}

local_seconds next_run(const Schedule& s, local_seconds now) {
  local_seconds start = floor<minutes>(now) + minutes{1};
  local_days day = floor<days>(start);
  auto first_minute = duration_cast<minutes>(start - day).count();
  // The longest gap between matching days is a 29 February on a given
  // weekday: 28 years. can_fire() rules out schedules that never match.
  for (int i = 0; i < 366 * 29; ++i, day += days{1}, first_minute = 0) {
    if (!day_matches(s, day)) continue;
    for (auto m = first_minute; m < 24 * 60; ++m) {
      if (s.hours.test(static_cast<std::size_t>(m / 60)) && s.minutes.test(static_cast<std::size_t>(m % 60))) {
        return day + minutes{m};
      }
    }
  }
  throw std::logic_error("next_run: a schedule that passed parse_schedule never fires");
}

sys_seconds next_run(const Schedule& s, sys_seconds now) {
  std::time_t t = system_clock::to_time_t(now);
  std::tm tm{};
  localtime_r(&t, &tm);
  local_seconds local = local_days{year{tm.tm_year + 1900} / (tm.tm_mon + 1) / tm.tm_mday} + hours{tm.tm_hour} +
                        minutes{tm.tm_min} + seconds{tm.tm_sec};
  for (int attempt = 0; attempt < 1000; ++attempt) {
    local = next_run(s, local);
    year_month_day ymd{floor<days>(local)};
    hh_mm_ss time{local - floor<days>(local)};
    std::tm want{};
    want.tm_year = static_cast<int>(ymd.year()) - 1900;
    want.tm_mon = static_cast<int>(static_cast<unsigned>(ymd.month())) - 1;
    want.tm_mday = static_cast<int>(static_cast<unsigned>(ymd.day()));
    want.tm_hour = static_cast<int>(time.hours().count());
    want.tm_min = static_cast<int>(time.minutes().count());
    want.tm_isdst = -1;
    sys_seconds at{seconds{std::mktime(&want)}};
    if (at > now) return at;  // not the earlier copy of a repeated hour
  }
  throw std::logic_error("next_run: no future instant for the schedule");
}

}  // namespace distill::config
