#include "config/values.hpp"

#include <charconv>
#include <cstdio>
#include <limits>

namespace distill::config {

namespace {

// Reads the leading decimal digits of `text` into `value`; returns how many
// characters were read, 0 on no digits or overflow.
std::size_t read_number(std::string_view text, std::uint64_t& value) {
  const auto* begin = text.data();
  auto [end, ec] = std::from_chars(begin, begin + text.size(), value);
  if (ec != std::errc{}) return 0;
  return static_cast<std::size_t>(end - begin);
}

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

std::optional<std::uint64_t> parse_byte_size(std::string_view text) {
  std::uint64_t number = 0;
  std::size_t used = read_number(text, number);
  if (used == 0) return std::nullopt;
  std::string_view unit = text.substr(used);
  std::uint64_t factor = 1;
  if (!unit.empty()) {
    switch (lower(unit.front())) {
      case 'k': factor = 1024; break;
      case 'm': factor = 1024 * 1024; break;
      case 'g': factor = 1024 * 1024 * 1024; break;
      default: break;
    }
    if (factor != 1) unit.remove_prefix(1);
  }
  if (unit == "b" || unit == "B") unit = {};
  if (!unit.empty()) return std::nullopt;
  if (number > std::numeric_limits<std::uint64_t>::max() / factor) return std::nullopt;
  return number * factor;
}

std::string format_byte_size(std::uint64_t bytes) {
  constexpr std::uint64_t k = 1024;
  if (bytes != 0 && bytes % (k * k * k) == 0) return std::to_string(bytes / (k * k * k)) + "G";
  if (bytes != 0 && bytes % (k * k) == 0) return std::to_string(bytes / (k * k)) + "M";
  if (bytes != 0 && bytes % k == 0) return std::to_string(bytes / k) + "K";
  return std::to_string(bytes);
}

std::optional<std::chrono::seconds> parse_duration(std::string_view text) {
  if (text.empty()) return std::nullopt;
  std::uint64_t total = 0;
  char last_unit = 0;
  while (!text.empty()) {
    std::uint64_t number = 0;
    std::size_t used = read_number(text, number);
    if (used == 0 || used == text.size()) return std::nullopt;  // a number needs its unit
    char unit = lower(text[used]);
    std::uint64_t factor = 0;
    switch (unit) {
      case 'd': factor = 86400; break;
      case 'h': factor = 3600; break;
      case 'm': factor = 60; break;
      case 's': factor = 1; break;
      default: return std::nullopt;
    }
    // Units go from large to small, each at most once: "1h30m", not "30m1h".
    if (last_unit != 0 && std::string_view("dhms").find(unit) <= std::string_view("dhms").find(last_unit)) {
      return std::nullopt;
    }
    last_unit = unit;
    if (number > 100u * 365 * 86400 / factor) return std::nullopt;  // a century is plenty
    total += number * factor;
    text.remove_prefix(used + 1);
  }
  if (total == 0) return std::nullopt;
  return std::chrono::seconds{static_cast<std::chrono::seconds::rep>(total)};
}

std::string format_duration(std::chrono::seconds duration) {
  auto left = duration.count();
  if (left <= 0) return "0s";
  std::string out;
  for (auto [unit, size] : {std::pair{'d', 86400LL}, {'h', 3600LL}, {'m', 60LL}, {'s', 1LL}}) {
    if (left >= size) {
      out += std::to_string(left / size);
      out += unit;
      left %= size;
    }
  }
  return out;
}

std::optional<std::chrono::sys_days> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  std::uint64_t y = 0, m = 0, d = 0;
  if (read_number(text.substr(0, 4), y) != 4 || read_number(text.substr(5, 2), m) != 2 ||
      read_number(text.substr(8, 2), d) != 2) {
    return std::nullopt;
  }
  std::chrono::year_month_day ymd{std::chrono::year{static_cast<int>(y)}, std::chrono::month{static_cast<unsigned>(m)},
                                  std::chrono::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return std::nullopt;
  return std::chrono::sys_days{ymd};
}

std::string format_date(std::chrono::sys_days day) {
  std::chrono::year_month_day ymd{day};
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buffer;
}

std::optional<bool> parse_bool(std::string_view text) {
  if (text == "yes" || text == "true") return true;
  if (text == "no" || text == "false") return false;
  return std::nullopt;
}

std::optional<long long> parse_integer(std::string_view text, long long low, long long high) {
  long long value = 0;
  const auto* end = text.data() + text.size();
  auto [stop, ec] = std::from_chars(text.data(), end, value);
  if (text.empty() || ec != std::errc{} || stop != end || value < low || value > high) return std::nullopt;
  return value;
}

std::optional<std::string> parse_word(std::string_view text, std::initializer_list<std::string_view> words) {
  for (std::string_view word : words) {
    if (text == word) return std::string(word);
  }
  return std::nullopt;
}

std::string trim(std::string_view text) {
  auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

std::optional<int> parse_reading_time(std::string_view text) {
  if (text == "none") return 0;
  std::string compact;
  for (char c : text) {
    if (c != ' ') compact += lower(c);
  }
  for (std::string_view word : {"minutes", "minute", "mins", "min"}) {
    if (compact.ends_with(word) && compact.size() > word.size() &&
        compact[compact.size() - word.size() - 1] >= '0' && compact[compact.size() - word.size() - 1] <= '9') {
      compact.resize(compact.size() - word.size());
      compact += 'm';
      break;
    }
  }
  const auto duration = parse_duration(compact);
  if (!duration || duration->count() % 60 != 0 || *duration > std::chrono::hours{24}) return std::nullopt;
  return static_cast<int>(duration->count() / 60);
}

std::string format_reading_time(int minutes) { return minutes <= 0 ? "none" : std::to_string(minutes) + " min"; }

}  // namespace distill::config
