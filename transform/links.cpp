#include "transform/links.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "transform/charset.hpp"

namespace distill::transform {
namespace {

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string percent_decode(std::string_view s, bool plus_is_space) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && hex_value(s[i + 1]) >= 0 && hex_value(s[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
      i += 2;
    } else if (plus_is_space && s[i] == '+') {
      out += ' ';
    } else {
      out += s[i];
    }
  }
  return out;
}

bool starts_with_http(std::string_view s) {
  const std::string l = lower(s.substr(0, 8));
  return l.rfind("http://", 0) == 0 || l.rfind("https://", 0) == 0;
}

std::string base64_decode(std::string_view s) {
  std::string out;
  unsigned acc = 0;
  int bits = 0;
  for (char c : s) {
    int v = -1;
    if (c >= 'A' && c <= 'Z') v = c - 'A';
    else if (c >= 'a' && c <= 'z') v = c - 'a' + 26;
    else if (c >= '0' && c <= '9') v = c - '0' + 52;
    else if (c == '+' || c == '-') v = 62;
    else if (c == '/' || c == '_') v = 63;
    else if (c == '=') break;
    else return {};
    acc = (acc << 6) | static_cast<unsigned>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((acc >> bits) & 0xFF);
    }
  }
  return out;
}

// Parameter names that carry a redirect's target.
constexpr std::array<std::string_view, 22> k_target_params = {
    "url", "u", "q", "target", "redirect", "redirect_url", "redirect_uri", "redirecturl", "dest",
    "destination", "link", "goto", "to", "r", "out", "href", "l", "rurl", "lp", "next", "uri", "data"};

constexpr std::array<std::string_view, 41> k_tracking_params = {
    "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid",
    "igshid", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "__hssc", "__hstc", "__hsfp", "hsctatracking",
    "mkt_tok", "vero_id", "vero_conv", "oly_anon_id", "oly_enc_id", "_openstat", "wickedid",
    "rb_clickid", "s_cid", "ml_subscriber", "ml_subscriber_hash", "ck_subscriber_id", "ss_source",
    "ss_campaign_id", "ss_email_id", "_bta_tid", "_bta_c", "trk_contact", "trk_msg", "trk_module",
    "trk_sid", "sc_channel", "cmpid"};

struct Param {
  std::string_view raw;   // "name=value" as written
  std::string name;       // decoded, lower case
  std::string value;      // decoded
};

struct SplitUrl {
  std::string_view base;      // up to '?'
  std::string_view query;     // without '?'
  std::string_view fragment;  // with '#', or empty
  bool has_query = false;
};

SplitUrl split_url(std::string_view url) {
  SplitUrl s;
  std::string_view rest = url;
  if (auto hash = rest.find('#'); hash != std::string_view::npos) {
    s.fragment = rest.substr(hash);
    rest = rest.substr(0, hash);
  }
  if (auto q = rest.find('?'); q != std::string_view::npos) {
    s.base = rest.substr(0, q);
    s.query = rest.substr(q + 1);
    s.has_query = true;
  } else {
    s.base = rest;
  }
  return s;
}

std::vector<Param> parse_query(std::string_view query) {
  std::vector<Param> params;
  std::size_t start = 0;
  while (start <= query.size()) {
    std::size_t amp = query.find('&', start);
    if (amp == std::string_view::npos) amp = query.size();
    const std::string_view raw = query.substr(start, amp - start);
    if (!raw.empty()) {
      const std::size_t eq = raw.find('=');
      Param p;
      p.raw = raw;
      p.name = lower(percent_decode(raw.substr(0, eq), true));
      if (eq != std::string_view::npos) p.value = percent_decode(raw.substr(eq + 1), true);
      params.push_back(std::move(p));
    }
    start = amp + 1;
  }
  return params;
}

bool is_share_link(std::string_view base) {
  const std::string l = lower(base);
  return l.find("share") != std::string::npos || l.find("/intent/") != std::string::npos ||
         l.find("pinterest.com/pin/create") != std::string::npos;
}

// The target a redirect carries, or empty.
std::string redirect_target(std::string_view url) {
  const SplitUrl s = split_url(url);
  if (is_share_link(s.base)) return {};
  if (s.has_query) {
    for (const Param& p : parse_query(s.query)) {
      if (std::find(k_target_params.begin(), k_target_params.end(), p.name) == k_target_params.end()) continue;
      std::string v = p.value;
      // Doubly encoded targets ("https%253A%252F%252F") come out of one decode still encoded.
      if (!starts_with_http(v) && lower(v.substr(0, 12)).rfind("http%3a", 0) == 0) v = percent_decode(v, false);
      if (starts_with_http(v)) return v;
      if (v.rfind("aHR0c", 0) == 0) {
        std::string decoded = base64_decode(v);
        if (starts_with_http(decoded)) return decoded;
      }
    }
  }
  // "https://click.example.com/x/https%3A%2F%2Fexample.org%2Fa"
  const std::string lbase = lower(s.base);
  const std::size_t scheme_end = lbase.find("://");
  for (const char* marker : {"/https%3a%2f%2f", "/http%3a%2f%2f"}) {
    const std::size_t at = lbase.find(marker, scheme_end == std::string::npos ? 0 : scheme_end + 3);
    if (at != std::string::npos) {
      std::string target = percent_decode(url.substr(at + 1), false);
      return target;
    }
  }
  return {};
}

// A decoded target whose bytes are not UTF-8 ("%E3%80" cut short) gets its
// 8-bit bytes percent-encoded again: a URL is text everywhere it goes.
std::string reencode_if_invalid(std::string target) {
  if (is_valid_utf8(target)) return target;
  static constexpr char k_hex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : target) {
    const auto b = static_cast<unsigned char>(c);
    if (b < 0x80) {
      out += c;
    } else {
      out += '%';
      out += k_hex[b >> 4];
      out += k_hex[b & 0x0F];
    }
  }
  return out;
}

std::string strip_blanks(std::string_view url) {
  std::string out;
  out.reserve(url.size());
  for (char c : url) {
    if (c == '\r' || c == '\n' || c == '\t') continue;
    out += c;
  }
  std::size_t b = out.find_first_not_of(' ');
  if (b == std::string::npos) return {};
  std::size_t e = out.find_last_not_of(' ');
  return out.substr(b, e - b + 1);
}

}  // namespace

bool is_tracking_parameter(std::string_view name) {
  const std::string l = lower(name);
  if (l.rfind("utm_", 0) == 0) return true;
  return std::find(k_tracking_params.begin(), k_tracking_params.end(), l) != k_tracking_params.end();
}

std::string clean_url(std::string_view url_in, int* params_removed) {
  std::string url = strip_blanks(url_in);
  for (int hop = 0; hop < 4; ++hop) {
    std::string target = redirect_target(url);
    if (target.empty() || target == url) break;
    url = strip_blanks(reencode_if_invalid(std::move(target)));
  }
  const SplitUrl s = split_url(url);
  if (!s.has_query) return url;
  std::string query;
  int removed = 0;
  for (const Param& p : parse_query(s.query)) {
    if (is_tracking_parameter(p.name)) {
      ++removed;
      continue;
    }
    if (!query.empty()) query += '&';
    query += p.raw;
  }
  if (params_removed) *params_removed += removed;
  if (removed == 0) return url;
  std::string out(s.base);
  if (!query.empty()) out += "?" + query;
  out += s.fragment;
  return out;
}

}  // namespace distill::transform
