#include "deliver/mime_writer.hpp"

#include <array>
#include <cstdio>
#include <ctime>
#include <iterator>

#include <mimetic/mimetic.h>

#include "deliver/sink.hpp"
#include "transform/ascii.hpp"

namespace distill::deliver {

namespace {

constexpr std::string_view k_hex = "0123456789ABCDEF";
constexpr std::size_t k_qp_line = 76;

bool is_blank(char c) { return c == ' ' || c == '\t'; }

// mimetic's QP::Encoder switches the whole rest of the input to binary mode
// (every line break becomes =0A) at the first 8-bit byte, so UTF-8 text would
// arrive as one long soft-wrapped line; the text rules below are short enough
// to keep here.
void encode_qp_line(std::string_view line, std::string& out) {
  std::size_t col = 0;
  auto emit = [&](std::string_view piece) {
    if (col + piece.size() > k_qp_line - 1) {  // leave room for the soft break '='
      out += "=\r\n";
      col = 0;
    }
    out += piece;
    col += piece.size();
  };
  for (std::size_t i = 0; i < line.size(); ++i) {
    const auto c = static_cast<unsigned char>(line[i]);
    const bool last = i + 1 == line.size();
    const bool at_start = col == 0;
    bool escape = c == '=' || c >= 0x7F || (c < 0x20 && c != '\t') || (is_blank(line[i]) && last) ||
                  (at_start && c == '.') || (at_start && c == 'F' && line.substr(i).starts_with("From "));
    if (escape) {
      std::array<char, 3> enc = {'=', k_hex[c >> 4], k_hex[c & 0xF]};
      emit(std::string_view(enc.data(), enc.size()));
    } else {
      emit(std::string_view(&line[i], 1));
    }
  }
}

std::string base64(std::string_view bytes) {
  mimetic::Base64::Encoder encoder;  // 45 bytes make 60 characters: no line break
  std::string out;
  mimetic::encode(bytes.begin(), bytes.end(), encoder, std::back_inserter(out));
  return out;
}

bool is_printable_ascii(std::string_view s) {
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u >= 0x7F) return false;
  }
  return true;
}

// Length of the UTF-8 sequence that starts with `lead` (1 for a stray byte).
std::size_t utf8_length(unsigned char lead) {
  if (lead >= 0xF0 && lead < 0xF8) return 4;
  if (lead >= 0xE0) return lead < 0xF0 ? 3 : 1;
  if (lead >= 0xC0) return 2;
  return 1;
}

}  // namespace

namespace {

// Calls `encoded(line, has_break)` for each line of `text` in order, its
// line break (LF or CRLF) left out: quoted-printable encodes line by line.
template <class Encoded>
void for_each_qp_line(std::string_view text, Encoded encoded) {
  std::size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find('\n', start);
    const bool has_break = end != std::string_view::npos;
    if (!has_break) end = text.size();
    auto line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    encoded(line, has_break);
    if (!has_break) break;
    start = end + 1;
  }
}

}  // namespace

void append_quoted_printable(std::string_view text, std::string& out) {
  for_each_qp_line(text, [&](std::string_view line, bool has_break) {
    encode_qp_line(line, out);
    if (has_break) out += "\r\n";
  });
}

std::string encode_quoted_printable(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 4);
  append_quoted_printable(text, out);
  return out;
}

std::size_t quoted_printable_size(std::string_view text) {
  std::size_t size = 0;
  std::string line_out;  // one line's encoding at a time
  for_each_qp_line(text, [&](std::string_view line, bool has_break) {
    line_out.clear();
    encode_qp_line(line, line_out);
    size += line_out.size() + (has_break ? 2 : 0);
  });
  return size;
}

std::string sanitize_header_value(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  for (char c : value) {
    const auto u = static_cast<unsigned char>(c);
    const bool space = u < 0x20 || u == 0x7F;
    if (space || c == ' ') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string encode_header_text(std::string_view value) {
  const auto clean = sanitize_header_value(value);
  // Plain ASCII stays as it is unless a reader would decode it ("=?" looks
  // like an encoded word) or it would not fit on one line (998 characters
  // with the field name): then it is encoded and folded like any other text.
  if (is_printable_ascii(clean) && clean.find("=?") == std::string::npos && clean.size() <= 900) return clean;
  // "=?UTF-8?B?" + "?=" is 12 characters; 45 bytes of input give 60 of base64.
  constexpr std::size_t k_chunk = 45;
  std::string out;
  std::size_t i = 0;
  while (i < clean.size()) {
    std::size_t end = i;
    while (end < clean.size()) {
      const auto len = utf8_length(static_cast<unsigned char>(clean[end]));
      if (end + len - i > k_chunk) break;
      end += len;
    }
    if (end == i) end = std::min(clean.size(), i + 1);
    if (!out.empty()) out += "\r\n ";
    out += "=?UTF-8?B?" + base64(std::string_view(clean).substr(i, end - i)) + "?=";
    i = end;
  }
  return out;
}

std::string address_spec(std::string_view mailbox) {
  const auto open = mailbox.rfind('<');
  if (open != std::string_view::npos) {
    const auto close = mailbox.find('>', open);
    if (close == std::string_view::npos) return {};
    return std::string(transform::trim_ascii_space(mailbox.substr(open + 1, close - open - 1)));
  }
  return std::string(transform::trim_ascii_space(mailbox));
}

std::string format_mailbox(std::string_view mailbox) {
  const auto spec = address_spec(mailbox);
  if (spec.empty()) throw Error("address \"" + sanitize_header_value(mailbox) + "\" has no addr-spec");
  for (char c : spec) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u >= 0x7F || c == '<' || c == '>' || c == ',' || c == '"') {
      throw Error("address \"" + sanitize_header_value(mailbox) + "\" is not a valid addr-spec");
    }
  }
  if (spec.find('@') == std::string::npos) {
    throw Error("address \"" + sanitize_header_value(mailbox) + "\" has no domain");
  }
  const auto open = mailbox.rfind('<');
  std::string name = open == std::string_view::npos ? std::string() : sanitize_header_value(mailbox.substr(0, open));
  if (name.size() >= 2 && name.front() == '"' && name.back() == '"') name = name.substr(1, name.size() - 2);
  if (name.empty()) return spec;
  if (!is_printable_ascii(name)) return encode_header_text(name) + " <" + spec + ">";
  std::string quoted = "\"";
  for (char c : name) {
    if (c == '"' || c == '\\') quoted += '\\';
    quoted += c;
  }
  return quoted + "\" <" + spec + ">";
}

std::string format_rfc5322_date(std::chrono::sys_seconds at, std::chrono::seconds utc_offset) {
  static constexpr std::array<const char*, 7> k_days = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr std::array<const char*, 12> k_months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const auto local = at + utc_offset;
  const auto day = std::chrono::floor<std::chrono::days>(local);
  const std::chrono::year_month_day ymd(day);
  const std::chrono::hh_mm_ss hms(local - day);
  const std::chrono::weekday wd(day);
  const auto offset_minutes = std::chrono::duration_cast<std::chrono::minutes>(utc_offset).count();
  const auto abs_minutes = offset_minutes < 0 ? -offset_minutes : offset_minutes;
  std::array<char, 64> buf{};
  std::snprintf(buf.data(), buf.size(), "%s, %02u %s %04d %02d:%02d:%02d %c%02lld%02lld", k_days[wd.c_encoding()],
                static_cast<unsigned>(ymd.day()), k_months[static_cast<unsigned>(ymd.month()) - 1],
                static_cast<int>(ymd.year()), static_cast<int>(hms.hours().count()),
                static_cast<int>(hms.minutes().count()), static_cast<int>(hms.seconds().count()),
                offset_minutes < 0 ? '-' : '+', static_cast<long long>(abs_minutes / 60),
                static_cast<long long>(abs_minutes % 60));
  return buf.data();
}

}  // namespace distill::deliver
