#include "ingest/header_facts.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <string>

namespace distill::ingest {

namespace {

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The text inside the first <...>, or the trimmed value without brackets.
std::string angle_content(std::string_view value) {
  auto open = value.find('<');
  if (open != std::string_view::npos) {
    auto close = value.find('>', open + 1);
    if (close != std::string_view::npos) return std::string(trim(value.substr(open + 1, close - open - 1)));
  }
  return std::string(trim(value));
}

// The addr-spec of the first mailbox of a From value: inside <...> when
// there, else the first word holding an '@'.
std::string sender_address(std::string_view value) {
  auto open = value.rfind('<');
  if (open != std::string_view::npos) {
    auto close = value.find('>', open + 1);
    if (close != std::string_view::npos) return lower(trim(value.substr(open + 1, close - open - 1)));
  }
  std::size_t i = 0;
  while (i < value.size()) {
    while (i < value.size() && (std::isspace(static_cast<unsigned char>(value[i])) || value[i] == ',')) ++i;
    std::size_t start = i;
    while (i < value.size() && !std::isspace(static_cast<unsigned char>(value[i])) && value[i] != ',') ++i;
    auto word = value.substr(start, i - start);
    if (word.find('@') != std::string_view::npos) return lower(word);
  }
  return {};
}

int month_index(std::string_view name) {
  static constexpr std::array<std::string_view, 12> months = {"jan", "feb", "mar", "apr", "may", "jun",
                                                              "jul", "aug", "sep", "oct", "nov", "dec"};
  for (std::size_t i = 0; i < months.size(); ++i) {
    if (iequals(name.substr(0, 3), months[i])) return static_cast<int>(i) + 1;
  }
  return 0;
}

// RFC 5322 date-time: [day-name ","] day month year hour ":" minute [":" second] zone.
std::optional<std::chrono::sys_seconds> parse_date(std::string_view value) {
  // Tokenize on spaces and commas; drop a leading day name.
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < value.size()) {
    while (i < value.size() && (std::isspace(static_cast<unsigned char>(value[i])) || value[i] == ',')) ++i;
    std::size_t start = i;
    while (i < value.size() && !std::isspace(static_cast<unsigned char>(value[i])) && value[i] != ',') ++i;
    if (i > start) words.push_back(value.substr(start, i - start));
  }
  if (!words.empty() && std::isalpha(static_cast<unsigned char>(words[0][0]))) words.erase(words.begin());
  if (words.size() < 4) return std::nullopt;
  auto number = [](std::string_view s, int& out) {
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && p == s.data() + s.size();
  };
  int day = 0, year = 0, hour = 0, minute = 0, second = 0;
  int month = month_index(words[1]);
  if (!number(words[0], day) || month == 0 || !number(words[2], year)) return std::nullopt;
  if (year < 50) year += 2000;
  else if (year < 1000) year += 1900;
  auto time = words[3];
  auto c1 = time.find(':');
  if (c1 == std::string_view::npos || !number(time.substr(0, c1), hour)) return std::nullopt;
  auto rest = time.substr(c1 + 1);
  auto c2 = rest.find(':');
  if (!number(rest.substr(0, c2), minute)) return std::nullopt;
  if (c2 != std::string_view::npos && !number(rest.substr(c2 + 1), second)) return std::nullopt;
  int offset_minutes = 0;
  if (words.size() > 4 && (words[4][0] == '+' || words[4][0] == '-') && words[4].size() == 5) {
    int hhmm = 0;
    if (number(words[4].substr(1), hhmm)) {
      offset_minutes = (hhmm / 100) * 60 + hhmm % 100;
      if (words[4][0] == '-') offset_minutes = -offset_minutes;
    }
  }
  using namespace std::chrono;
  year_month_day ymd{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                     std::chrono::day{static_cast<unsigned>(day)}};
  if (!ymd.ok() || hour > 23 || minute > 59 || second > 60) return std::nullopt;
  return sys_days{ymd} + hours{hour} + minutes{minute} + seconds{second} - minutes{offset_minutes};
}

}  // namespace

HeaderFacts header_facts(std::string_view message) {
  HeaderFacts facts;
  bool have_id = false, have_from = false, have_list = false, have_subject = false, have_date = false;
  std::size_t pos = 0;
  while (pos < message.size()) {
    // One field: its first line plus continuation lines (starting with a blank).
    std::size_t end = pos;
    while (true) {
      auto nl = message.find('\n', end);
      if (nl == std::string_view::npos) {
        end = message.size();
        break;
      }
      end = nl + 1;
      if (end >= message.size() || (message[end] != ' ' && message[end] != '\t')) break;
    }
    auto field = message.substr(pos, end - pos);
    pos = end;
    if (trim(field).empty()) break;  // the empty line that ends the header
    auto colon = field.find(':');
    if (colon == std::string_view::npos) continue;
    auto name = trim(field.substr(0, colon));
    std::string value;
    for (char c : field.substr(colon + 1)) {
      if (c != '\r' && c != '\n') value.push_back(c);
    }
    auto v = trim(value);
    if (!have_id && iequals(name, "Message-ID")) {
      facts.message_id = angle_content(v);
      have_id = true;
    } else if (!have_from && iequals(name, "From")) {
      facts.from = sender_address(v);
      have_from = true;
    } else if (!have_list && iequals(name, "List-Id")) {
      facts.list_id = angle_content(v);
      have_list = true;
    } else if (!have_subject && iequals(name, "Subject")) {
      facts.subject = std::string(v);
      have_subject = true;
    } else if (!have_date && iequals(name, "Date")) {
      facts.date = parse_date(v);
      have_date = true;
    }
  }
  return facts;
}

}  // namespace distill::ingest
