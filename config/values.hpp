#pragma once
// Parsers for the small value syntaxes of distill.conf: sizes (20M), durations
// (15m), dates (2026-11-01) and booleans (yes/no). Each returns nullopt for
// text it does not accept; the caller knows the file, line and key and says
// what was expected (see the k_expected_* texts). The format_* functions
// print a value back in the form the parser reads, for `check-config`.

#include <chrono>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace distill::config {

// "20M", "512K", "1G", "4096" (bytes). K, M and G are powers of 1024;
// lower case and a trailing B ("20MB") are accepted too.
std::optional<std::uint64_t> parse_byte_size(std::string_view text);
std::string format_byte_size(std::uint64_t bytes);  // 20971520 -> "20M"
inline constexpr std::string_view k_expected_byte_size = "a size like 20M, 512K or a number of bytes";

// "30s", "15m", "1h", "2d", or a sum of them such as "1h30m". Zero is not a
// duration: a poll interval of 0 would spin.
std::optional<std::chrono::seconds> parse_duration(std::string_view text);
std::string format_duration(std::chrono::seconds duration);  // 5400s -> "1h30m"
inline constexpr std::string_view k_expected_duration = "a duration like 30s, 15m, 1h or 1h30m";

// YYYY-MM-DD, a real calendar date.
std::optional<std::chrono::sys_days> parse_date(std::string_view text);
std::string format_date(std::chrono::sys_days day);
inline constexpr std::string_view k_expected_date = "a date as YYYY-MM-DD";

// yes, no, true, false.
std::optional<bool> parse_bool(std::string_view text);
inline constexpr std::string_view k_expected_bool = "yes, no, true or false";

// A digest's reading time in whole minutes: "15 min", "15min", "15 minutes",
// or a duration as parse_duration reads it ("15m", "1h", "1h30m"), from 1
// minute to 24 hours; "none" is 0 (no budget).
std::optional<int> parse_reading_time(std::string_view text);
std::string format_reading_time(int minutes);  // 15 -> "15 min", 0 -> "none"
inline constexpr std::string_view k_expected_reading_time =
    "a reading time from 1 min to 24h like 15 min, 10m or 1h, or none";

// A decimal integer within [low, high].
std::optional<long long> parse_integer(std::string_view text, long long low, long long high);

// `text` when it is one of `words` (an enumerated value: "required", "off").
std::optional<std::string> parse_word(std::string_view text, std::initializer_list<std::string_view> words);

// `text` without leading and trailing blanks and line ends.
std::string trim(std::string_view text);

}  // namespace distill::config
