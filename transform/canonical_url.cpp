#include "transform/canonical_url.hpp"

#include <algorithm>
#include <vector>

#include "transform/ascii.hpp"
#include "transform/links.hpp"

namespace distill::transform {

namespace {

struct Parts {
  std::string host;
  std::string path;   // from the first '/', may be empty
  std::string query;  // without '?'
};

// Splits an http(s) URL; nullopt-like empty host for anything else.
Parts split(std::string_view url) {
  Parts p;
  const auto scheme = ascii_lower(url.substr(0, 8));
  const std::size_t start = scheme.starts_with("https://") ? 8 : scheme.starts_with("http://") ? 7 : 0;
  if (start == 0) return p;
  std::string_view rest = url.substr(start);
  rest = rest.substr(0, rest.find('#'));
  const auto query_at = rest.find('?');
  if (query_at != std::string_view::npos) {
    p.query = std::string(rest.substr(query_at + 1));
    rest = rest.substr(0, query_at);
  }
  const auto path_at = rest.find('/');
  std::string_view authority = rest.substr(0, path_at);
  if (path_at != std::string_view::npos) p.path = std::string(rest.substr(path_at));
  if (const auto at = authority.rfind('@'); at != std::string_view::npos) authority.remove_prefix(at + 1);
  if (const auto colon = authority.rfind(':');
      colon != std::string_view::npos && authority.find(']') == std::string_view::npos) {
    authority = authority.substr(0, colon);  // the port: 80 and 443 are the default, others rare for articles
  }
  p.host = ascii_lower(authority);
  while (p.host.ends_with('.')) p.host.pop_back();
  return p;
}

// "www-example-org.cdn.ampproject.org/c/s/www.example.org/a" caches
// "example.org/a": the path after /c/ (or /v/), an "s/" for https.
bool unwrap_amp_cache(Parts& p) {
  if (!p.host.ends_with(".cdn.ampproject.org")) return false;
  std::string_view path = p.path;
  if (!(path.starts_with("/c/") || path.starts_with("/v/"))) return false;
  path.remove_prefix(3);
  if (path.starts_with("s/")) path.remove_prefix(2);
  const auto slash = path.find('/');
  p.host = ascii_lower(path.substr(0, slash));
  p.path = slash == std::string_view::npos ? std::string() : std::string(path.substr(slash));
  return !p.host.empty();
}

void strip_host_prefixes(std::string& host) {
  for (bool changed = true; changed;) {
    changed = false;
    for (std::string_view prefix : {"www.", "m.", "mobile.", "amp."}) {
      // Never down to a bare top-level domain ("m.example" stays).
      if (host.starts_with(prefix) && host.find('.', prefix.size()) != std::string::npos) {
        host.erase(0, prefix.size());
        changed = true;
      }
    }
  }
}

std::string fold_path(std::string path) {
  while (path.ends_with('/')) path.pop_back();
  if (path == "/amp" || path.ends_with("/amp")) path.resize(path.size() - 4);
  if (path.starts_with("/amp/")) path.erase(0, 4);
  // "story.amp.html" -> "story.html", "story.amp" -> "story"
  if (const auto at = path.rfind(".amp"); at != std::string::npos && path.find('/', at) == std::string::npos) {
    const auto after = at + 4;
    if (after == path.size() || path[after] == '.') path.erase(at, 4);
  }
  while (path.ends_with('/')) path.pop_back();
  return path;
}

std::string fold_query(std::string_view query) {
  std::vector<std::string> params;
  std::size_t start = 0;
  while (start <= query.size()) {
    auto end = query.find('&', start);
    if (end == std::string_view::npos) end = query.size();
    const std::string param(query.substr(start, end - start));
    const auto name = ascii_lower(param.substr(0, param.find('=')));
    const auto value = param.find('=') == std::string::npos ? std::string() : ascii_lower(param.substr(param.find('=') + 1));
    const bool amp = name == "amp" || ((name == "outputtype" || name == "output") && value == "amp");
    if (!param.empty() && !amp) params.push_back(param);
    start = end + 1;
  }
  std::sort(params.begin(), params.end());
  std::string out;
  for (const auto& p : params) out += (out.empty() ? "" : "&") + p;
  return out;
}

}  // namespace

std::string canonical_story_link(std::string_view url) {
  auto p = split(clean_url(url));
  if (p.host.empty()) return {};
  unwrap_amp_cache(p);
  strip_host_prefixes(p.host);
  const auto path = fold_path(p.path);
  const auto query = fold_query(p.query);
  if (path.empty() && query.empty()) return {};
  return p.host + path + (query.empty() ? "" : "?" + query);
}

}  // namespace distill::transform
