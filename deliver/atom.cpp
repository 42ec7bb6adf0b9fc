#include "deliver/atom.hpp"

#include <algorithm>
#include <cstdio>

#include "deliver/compose.hpp"
#include "transform/ascii.hpp"

namespace distill::deliver {

namespace {

// Character data for XML 1.0: plain_text drops the control characters XML
// forbids (and folds line breaks, which a title or a name has no use for).
std::string xml_text(std::string_view text) { return escape_html(plain_text(text)); }

// Content keeps its line breaks; only the other control characters go.
std::string xml_content(std::string_view text) {
  std::string kept;
  kept.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto u = static_cast<unsigned char>(text[i]);
    if (u == '\n' || u == '\t') {
      kept += text[i];
    } else if (u == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
      ++i;  // a C1 control
    } else if (u >= 0x20 && u != 0x7F) {
      kept += text[i];
    }
  }
  return escape_html(kept);
}

bool is_domain(std::string_view domain) {
  if (domain.empty() || domain.front() == '.' || domain.back() == '.' || domain.find('.') == std::string_view::npos) {
    return false;
  }
  return std::all_of(domain.begin(), domain.end(), [](char c) {
    return transform::is_ascii_alnum(c) || c == '-' || c == '.';
  });
}

// The specific part of a tag URI: pchar, '/' and '?' stay, the rest is
// percent-encoded.
std::string tag_specific(std::string_view text) {
  static const char* const k_hex = "0123456789ABCDEF";
  std::string out;
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    const bool keep = transform::is_ascii_alnum(c) || std::string_view("-._~!$&'()*+,;=:@/?").find(c) != std::string_view::npos;
    if (keep) {
      out += c;
    } else {
      out += '%';
      out += k_hex[u >> 4];
      out += k_hex[u & 15];
    }
  }
  return out;
}

}  // namespace

std::string rfc3339(std::chrono::sys_seconds t) {
  const auto day = std::chrono::floor<std::chrono::days>(t);
  const std::chrono::year_month_day ymd{day};
  const std::chrono::hh_mm_ss hms{t - day};
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02ld:%02ld:%02ldZ", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                static_cast<long>(hms.hours().count()), static_cast<long>(hms.minutes().count()),
                static_cast<long>(hms.seconds().count()));
  return buffer;
}

std::string html_body(std::string_view document) {
  const auto open = document.find("<body");
  if (open == std::string_view::npos) return std::string(document);
  const auto start = document.find('>', open);
  const auto end = document.rfind("</body>");
  if (start == std::string_view::npos || end == std::string_view::npos || end < start) return std::string(document);
  return std::string(document.substr(start + 1, end - start - 1));
}

std::string tag_uri(std::string_view message_id, std::optional<std::chrono::sys_seconds> date,
                    std::string_view fallback) {
  const std::string day = date ? rfc3339(*date).substr(0, 10) : std::string("2000-01-01");
  const auto at = message_id.rfind('@');
  if (at != std::string_view::npos && at > 0 && is_domain(message_id.substr(at + 1))) {
    const std::string domain = transform::ascii_lower(message_id.substr(at + 1));
    return "tag:" + domain + "," + day + ":" + tag_specific(message_id.substr(0, at));
  }
  return "tag:distill.invalid,2000-01-01:" + tag_specific(fallback);
}

std::string render_atom(const Feed& feed) {
  auto updated = feed.updated;
  for (const auto& e : feed.entries) updated = std::max(updated, e.updated);
  std::string o = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n";
  o += "  <id>" + xml_text(feed.id) + "</id>\n";
  o += "  <title type=\"text\">" + xml_text(feed.title) + "</title>\n";
  o += "  <updated>" + rfc3339(updated) + "</updated>\n";
  o += "  <author><name>distill</name></author>\n";
  o += "  <generator>distill</generator>\n";
  for (const auto& e : feed.entries) {
    o += "  <entry>\n";
    o += "    <id>" + xml_text(e.id) + "</id>\n";
    o += "    <title type=\"text\">" + xml_text(e.title.empty() ? "(no subject)" : e.title) + "</title>\n";
    o += "    <updated>" + rfc3339(e.updated) + "</updated>\n";
    if (!plain_text(e.author).empty()) o += "    <author><name>" + xml_text(e.author) + "</name></author>\n";
    if (is_linkable(e.link) && !e.link.starts_with("mailto:")) {
      o += "    <link rel=\"alternate\" type=\"text/html\" href=\"" + xml_text(e.link) + "\"/>\n";
    }
    o += "    <content type=\"html\">" + xml_content(e.content_html) + "</content>\n";
    o += "  </entry>\n";
  }
  o += "</feed>\n";
  return o;
}

}  // namespace distill::deliver
