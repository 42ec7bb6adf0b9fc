#include "transform/mail_header.hpp"

#include <algorithm>
#include <array>

#include "transform/ascii.hpp"

namespace distill::transform {

std::optional<std::string> message_header(std::string_view t) {
  if (t.find(':') == std::string_view::npos && t.find('@') == std::string_view::npos) return std::nullopt;
  const std::string lower = ascii_lower(t);
  auto field_at = [&](std::string_view field, std::size_t from) {
    for (std::size_t i = lower.find(field, from); i != std::string::npos; i = lower.find(field, i + 1)) {
      if (i == 0 || lower[i - 1] == ' ' || lower[i - 1] == '\n') return i;
    }
    return std::string::npos;
  };
  constexpr std::array<std::string_view, 7> k_fields = {
      "from:", "date:", "subject:", "to:", "reply-to:", "cc:", "message:"};
  int fields = 0;
  for (std::string_view field : k_fields) fields += field_at(field, 0) != std::string::npos ? 1 : 0;
  bool address = false;
  if (const std::size_t at = lower.find('@'); at != std::string::npos) {
    const std::size_t open = lower.rfind('<', at);
    const std::size_t close = lower.find('>', at);
    address = open != std::string::npos && close != std::string::npos &&
              lower.substr(open, close - open).find(' ') == std::string::npos;
  }
  if (fields < 2 && !address) return std::nullopt;
  const std::size_t subject = field_at("subject:", 0);
  if (subject == std::string::npos) return std::string();
  std::size_t begin = subject + 8;
  std::size_t end = t.size();
  for (std::string_view field : k_fields) end = std::min(end, field_at(field, begin));
  for (;;) {
    while (begin < end && (t[begin] == ' ' || t[begin] == '\n')) ++begin;
    const std::string_view rest = std::string_view(lower).substr(begin, end - begin);
    if (rest.starts_with("re:")) {
      begin += 3;
    } else if (rest.starts_with("fw:")) {
      begin += 3;
    } else if (rest.starts_with("fwd:")) {
      begin += 4;
    } else {
      break;
    }
  }
  while (end > begin && (t[end - 1] == ' ' || t[end - 1] == '\n')) --end;
  return std::string(t.substr(begin, end - begin));
}

}  // namespace distill::transform
