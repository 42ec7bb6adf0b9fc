#include "transform/links.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include <nlohmann/json.hpp>

#include "transform/ascii.hpp"
#include "transform/charset.hpp"
#include "transform/mime.hpp"

namespace distill::transform {
namespace {

std::string percent_decode(std::string_view s, bool plus_is_space) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && hex_digit_value(s[i + 1]) >= 0 && hex_digit_value(s[i + 2]) >= 0) {
      out += static_cast<char>(hex_digit_value(s[i + 1]) * 16 + hex_digit_value(s[i + 2]));
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
  const std::string l = ascii_lower(s.substr(0, 8));
  return l.rfind("http://", 0) == 0 || l.rfind("https://", 0) == 0;
}

// A token in the standard or the URL-safe base64 alphabet, decoded; empty
// when it holds anything else.
std::string base64_decode(std::string_view s) {
  std::string standard(s);
  for (char& c : standard) {
    if (c == '-') c = '+';
    else if (c == '_') c = '/';
  }
  TransferStats stats;
  std::string out = decode_base64(standard, &stats);
  return stats.malformed == 0 ? out : std::string();
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
      p.name = ascii_lower(percent_decode(raw.substr(0, eq), true));
      if (eq != std::string_view::npos) p.value = percent_decode(raw.substr(eq + 1), true);
      params.push_back(std::move(p));
    }
    start = amp + 1;
  }
  return params;
}

bool is_share_link(std::string_view base) {
  const std::string l = ascii_lower(base);
  return l.find("share") != std::string::npos || l.find("/intent/") != std::string::npos ||
         l.find("pinterest.com/pin/create") != std::string::npos;
}

// The http(s) URL that a base64 token evidently encodes, or empty: the
// token decodes to a URL ("aHR0cHM6Ly9..."), or to a JSON object
// ("eyJ...") with a URL among its values, as mailing services sign their
// redirect tokens ("eyJ...payload.signature": the part before the dot).
std::string base64_target(std::string_view token) {
  if (auto dot = token.find('.'); dot != std::string_view::npos) token = token.substr(0, dot);
  if (token.starts_with("aHR0c")) {
    std::string decoded = base64_decode(token);
    const bool clean = !decoded.empty() && std::all_of(decoded.begin(), decoded.end(), [](char c) {
      return static_cast<unsigned char>(c) > 0x20 && static_cast<unsigned char>(c) < 0x7F;
    });
    return clean && starts_with_http(decoded) ? decoded : std::string();
  }
  if (!token.starts_with("eyJ")) return {};
  const nlohmann::json j = nlohmann::json::parse(base64_decode(token), nullptr, false);
  if (!j.is_object()) return {};
  std::string found;
  for (const auto& [key, value] : j.items()) {
    if (!value.is_string() || !starts_with_http(value.get_ref<const std::string&>())) continue;
    // Two URLs in one token: no evident target.
    if (!found.empty()) return {};
    found = value.get<std::string>();
  }
  return found;
}

// The target a redirect carries, or empty.
std::string redirect_target(std::string_view url) {
  const SplitUrl s = split_url(url);
  if (is_share_link(s.base)) return {};
  if (s.has_query) {
    for (const Param& p : parse_query(s.query)) {
      const bool target_name =
          std::find(k_target_params.begin(), k_target_params.end(), p.name) != k_target_params.end();
      std::string v = p.value;
      if (target_name) {
        // Doubly encoded targets ("https%253A%252F%252F") come out of one decode still encoded.
        if (!starts_with_http(v) && ascii_lower(v.substr(0, 12)).rfind("http%3a", 0) == 0) v = percent_decode(v, false);
        if (starts_with_http(v)) return v;
      }
      // A base64 value says what it is whatever the parameter's name.
      if (std::string decoded = base64_target(v); !decoded.empty()) return decoded;
    }
  }
  const std::string lbase = ascii_lower(s.base);
  const std::size_t scheme_end = lbase.find("://");
  const std::size_t path = scheme_end == std::string::npos ? std::string::npos : lbase.find('/', scheme_end + 3);
  if (path == std::string::npos) return {};
  // "https://click.example.com/x/https%3A%2F%2Fexample.org%2Fa" or
  // ".../L0/https:%2F%2Fexample.org%2Fa/1/0100.../": the target encoded
  // into one path segment, which a literal '/' ends.
  for (const char* marker : {"/https%3a%2f%2f", "/http%3a%2f%2f", "/https:%2f%2f", "/http:%2f%2f"}) {
    const std::size_t at = lbase.find(marker, path);
    if (at == std::string::npos) continue;
    const std::size_t end = lbase.find('/', at + 1);
    if (end == std::string::npos) return percent_decode(url.substr(at + 1), false);
    return percent_decode(url.substr(at + 1, end - at - 1), false);
  }
  // ".../click/https://example.org/a": a whole URL written into the path.
  for (const char* marker : {"/https://", "/http://"}) {
    const std::size_t at = lbase.find(marker, path);
    if (at != std::string::npos) return std::string(url.substr(at + 1));
  }
  // A path segment in base64: ".../aHR0cHM6Ly9leGFtcGxlLm9yZy9h" or a
  // signed JSON token ".../redirect/2/eyJlIjoi...".
  for (std::size_t at = path; at < s.base.size();) {
    const std::size_t end = std::min(s.base.find('/', at + 1), s.base.size());
    const std::string segment = percent_decode(s.base.substr(at + 1, end - at - 1), false);
    if (std::string decoded = base64_target(segment); !decoded.empty()) return decoded;
    at = end;
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

// `url_in` past the redirects it evidently wraps (up to four hops).
std::string followed_url(std::string_view url_in) {
  std::string url = strip_blanks(url_in);
  for (int hop = 0; hop < 4; ++hop) {
    std::string target = redirect_target(url);
    if (target.empty() || target == url) break;
    url = strip_blanks(reencode_if_invalid(std::move(target)));
  }
  return url;
}

}  // namespace

bool is_tracking_parameter(std::string_view name) {
  const std::string l = ascii_lower(name);
  if (l.rfind("utm_", 0) == 0) return true;
  return std::find(k_tracking_params.begin(), k_tracking_params.end(), l) != k_tracking_params.end();
}

std::string link_campaign(std::string_view url_in) {
  static constexpr std::string_view k_campaign_params[] = {"utm_source", "utm_campaign", "ref",    "ref_src",
                                                           "via",        "source",       "aff",    "aff_id",
                                                           "affiliate",  "partner",      "referrer"};
  const std::string url = followed_url(url_in);
  const SplitUrl s = split_url(url);
  std::string out;
  if (!s.has_query) return out;
  for (const Param& p : parse_query(s.query)) {
    if (p.value.empty() || std::find(std::begin(k_campaign_params), std::end(k_campaign_params), p.name) ==
                               std::end(k_campaign_params))
      continue;
    if (!out.empty()) out += ' ';
    out += p.value;
  }
  return out;
}

std::string clean_url(std::string_view url_in, int* params_removed) {
  const std::string url = followed_url(url_in);
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
