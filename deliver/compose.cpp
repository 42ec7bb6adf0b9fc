#include "deliver/compose.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <set>

#include "deliver/digest_layout.hpp"
#include "deliver/mime_writer.hpp"
#include "deliver/sink.hpp"
#include "transform/ascii.hpp"
#include "transform/mime.hpp"

namespace distill::deliver {

using namespace digest;

namespace {

std::size_t display_width(std::string_view s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string compact_stamp(std::chrono::sys_seconds at) {
  const auto day = std::chrono::floor<std::chrono::days>(at);
  const std::chrono::year_month_day ymd(day);
  const std::chrono::hh_mm_ss hms(at - day);
  std::array<char, 32> buf{};
  std::snprintf(buf.data(), buf.size(), "%04d%02u%02uT%02d%02d%02dZ", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                static_cast<int>(hms.seconds().count()));
  return buf.data();
}

// The line before a part of the message and the part's headers; its body,
// quoted-printable, follows.
std::string part_head(std::string_view boundary, std::string_view subtype) {
  return "\r\n--" + std::string(boundary) + "\r\nContent-Type: text/" + std::string(subtype) +
         "; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n";
}

std::string domain_of(const std::string& from) {
  const auto spec = address_spec(from);
  const auto at = spec.rfind('@');
  return at == std::string::npos || at + 1 == spec.size() ? std::string("localhost") : spec.substr(at + 1);
}

}  // namespace

std::string plain_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto u = static_cast<unsigned char>(text[i]);
    // C0 controls, DEL, and the C1 range encoded in UTF-8 (C2 80..9F).
    bool blank = u < 0x20 || u == 0x7F || u == ' ';
    if (u == 0xC2 && i + 1 < text.size()) {
      const auto next = static_cast<unsigned char>(text[i + 1]);
      if (next >= 0x80 && next <= 0x9F) {
        blank = true;
        ++i;
      }
    }
    if (blank) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += text[i];
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

bool is_linkable(std::string_view url) {
  for (char c : url) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u == 0x7F) return false;
  }
  const std::string lower = transform::ascii_lower(url.substr(0, 8));
  return (lower.starts_with("https://") && url.size() > 8) || (lower.starts_with("http://") && url.size() > 7) ||
         (lower.starts_with("mailto:") && url.size() > 7);
}

std::vector<std::string> wrap(std::string_view text, std::size_t width, std::string_view first_indent,
                              std::string_view indent) {
  std::vector<std::string> lines;
  std::string current(first_indent);
  std::size_t current_width = display_width(first_indent);
  bool has_word = false;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t')) ++i;
    if (i >= text.size()) break;
    auto end = i;
    while (end < text.size() && text[end] != ' ' && text[end] != '\n' && text[end] != '\t') ++end;
    const auto word = text.substr(i, end - i);
    const auto word_width = display_width(word);
    if (has_word && current_width + 1 + word_width > width) {
      lines.push_back(current);
      current = std::string(indent);
      current_width = display_width(indent);
      has_word = false;
    }
    if (has_word) {
      current += ' ';
      ++current_width;
    }
    current += word;
    current_width += word_width;
    has_word = true;
    i = end;
  }
  if (has_word || lines.empty()) lines.push_back(current);
  return lines;
}

std::string describe_removed(const Summary& summary) {
  static const std::map<std::string, std::string, std::less<>> k_nouns = {
      {"sponsor", "sponsor block"},   {"ad", "ad"},
      {"promo", "promo"},             {"footer", "footer"},
      {"header", "header"},           {"preheader", "preheader"},
      {"chrome", "boilerplate line"}, {"orphan", "orphaned heading"},
      {"jobs", "job ad"},             {"social", "social block"},
      {"template", "template block"}, {"source", "source-rule block"}};
  // Order: what a reader would notice first, trackers last.
  static const std::vector<std::string> k_order = {"sponsor", "ad", "promo"};
  std::vector<std::string> parts;
  long long trackers = 0;
  auto describe = [&](const std::string& kind, int count) {
    if (count <= 0) return;
    if (kind.find("track") != std::string::npos) {
      trackers += count;
      return;
    }
    const auto it = k_nouns.find(kind);
    const auto noun = plain_text(it == k_nouns.end() ? kind : it->second);
    parts.push_back(count == 1 ? noun : plural(count, noun));
  };
  for (const auto& kind : k_order) {
    if (const auto it = summary.removed_counts.find(kind); it != summary.removed_counts.end()) {
      describe(kind, it->second);
    }
  }
  for (const auto& [kind, count] : summary.removed_counts) {
    if (std::find(k_order.begin(), k_order.end(), kind) == k_order.end()) describe(kind, count);
  }
  if (trackers > 0) parts.push_back(plural(trackers, "tracker"));
  if (parts.empty() && summary.blocks_removed > 0) parts.push_back(plural(summary.blocks_removed, "block"));
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : ", ") + p;
  return out;
}

namespace {

// The subject for `template_text` naming `issues` (a Summary or IssueFacts
// each) and `more_issues` more, of the sources `more_sources` (names),
// before any encoding.
template <class Issue>
std::string subject_of(const std::string& template_text, const std::vector<const Issue*>& issues,
                       std::chrono::sys_seconds now, std::chrono::seconds utc_offset, std::size_t more_issues = 0,
                       const std::vector<std::string>& more_sources = {}) {
  std::string sources;
  std::vector<std::string> seen;
  const auto add = [&](const std::string& name) {
    if (std::find(seen.begin(), seen.end(), name) != seen.end()) return;
    seen.push_back(name);
    sources += (sources.empty() ? "" : ", ") + name;
  };
  for (const Issue* s : issues) add(source_name(*s));
  for (const auto& name : more_sources) add(name);
  const std::map<std::string, std::string, std::less<>> values = {
      {"{date}", day_text(now, utc_offset)},
      {"{count}", std::to_string(issues.size() + more_issues)},
      {"{sources}", sources}};
  std::string out;
  std::size_t i = 0;
  while (i < template_text.size()) {
    bool replaced = false;
    if (template_text[i] == '{') {
      for (const auto& [key, value] : values) {
        if (std::string_view(template_text).substr(i).starts_with(key)) {
          out += value;
          i += key.size();
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out += template_text[i++];
  }
  return plain_text(out);
}

}  // namespace

std::string render_subject(const std::string& template_text, const std::vector<const Summary*>& summaries,
                           std::chrono::sys_seconds now, std::chrono::seconds utc_offset) {
  return subject_of(template_text, summaries, now, utc_offset);
}

std::string cut_text(std::string_view text, std::size_t max_chars) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // inside a code point
    if (chars == max_chars) {
      std::size_t keep = i;
      // Room for the ellipsis: drop the last code point kept.
      while (keep > 0 && (static_cast<unsigned char>(text[--keep]) & 0xC0) == 0x80) {
      }
      return std::string(text.substr(0, keep)) + "…";
    }
    ++chars;
  }
  return std::string(text);
}

Summary bound_summary(Summary s) {
  s.source = cut_text(s.source, k_max_source_chars);
  s.title = cut_text(s.title, k_max_title_chars);
  s.lede = cut_text(s.lede, k_max_lede_chars);
  if (s.web_url.size() > k_max_url) s.web_url.clear();
  if (s.points.size() > k_max_points) s.points.resize(k_max_points);
  for (auto& p : s.points) p = cut_text(p, k_max_point_chars);
  if (s.items.size() > k_max_items) s.items.resize(k_max_items);
  for (auto& item : s.items) {
    item.title = cut_text(item.title, k_max_title_chars);
    item.blurb = cut_text(item.blurb, k_max_blurb_chars);
    if (item.url.size() > k_max_url) item.url.clear();
  }
  return s;
}

transform::Digest compose_digest(std::size_t count, const ReadSummary& read, const ComposeOptions& options) {
  if (options.to.empty()) throw Error("the digest has no recipient (set [smtp] to)");
  const auto from = format_mailbox(options.from);
  std::string to;
  for (const auto& r : options.to) to += (to.empty() ? "" : ",\r\n ") + format_mailbox(r);

  transform::Digest d;
  d.period_start = options.period_start;
  d.period_end = options.now;
  const auto priority_of_input = [&](std::size_t input) {
    if (options.priority) return options.priority(input);
    return input < options.priorities.size() ? options.priorities[input] : Priority::normal;
  };
  const auto window = std::min(count, std::max<std::size_t>(options.window, 1));
  Issues all(window, read, options.max_items);
  std::vector<Priority> priority;
  priority.reserve(all.size());
  for (std::size_t i = 0; i < all.size(); ++i) priority.push_back(priority_of_input(all.input_index(i)));

  Fnv id_hash;
  id_hash.add(compact_stamp(options.now));
  const auto add_to_id = [&](const Summary& s) {
    id_hash.add(s.source);
    id_hash.add(s.title);
    id_hash.add(s.date ? std::to_string(s.date->time_since_epoch().count()) : "");
  };
  for (std::size_t i = 0; i < all.size(); ++i) add_to_id(*all.summary(i));  // the titles read again, in digest order
  // The issues after the window, read once each in the order given: counted.
  Rest rest;
  {
    std::set<std::string_view> window_sources;
    std::size_t subject_chars = 0;  // of the names {sources} gives so far
    for (std::size_t i = 0; i < all.size(); ++i) {
      if (window_sources.insert(all[i].source).second && priority[i] != Priority::mute) {
        subject_chars += display_width(source_name(all[i])) + 2;
      }
    }
    for (std::size_t input = window; input < count; ++input) {
      const auto s = with_valid_utf8(bound_summary(read(input)));
      add_to_id(s);
      rest.words_in += s.words_in;
      rest.words_kept += s.words_kept;
      const auto hash = source_hash(s.source);
      if (!window_sources.contains(s.source)) rest.new_sources.insert(hash);
      const auto name = source_name(s);
      const auto named = [&](const std::vector<std::string>& names) {
        return std::find(names.begin(), names.end(), name) != names.end();
      };
      if (priority_of_input(input) == Priority::mute) {
        ++rest.muted;
        if (rest.muted_names.size() < k_max_rest_muted_names && !named(rest.muted_names)) {
          rest.muted_names.push_back(name);
        }
        continue;
      }
      ++rest.told;
      rest.told_sources.insert(hash);
      // {sources} is cut with the subject: names past its length are not kept.
      if (subject_chars <= k_max_subject_chars && !window_sources.contains(s.source) && !named(rest.subject_names)) {
        subject_chars += display_width(name) + 2;
        rest.subject_names.push_back(name);
      }
    }
  }
  d.message_id = "digest." + compact_stamp(options.now) + "." + id_hash.hex() + "@" + domain_of(options.from);

  std::vector<const IssueFacts*> told;  // what the subject names: not the muted sources
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (priority[i] != Priority::mute) told.push_back(&all[i]);
  }
  d.subject = cut_text(
      subject_of(options.subject_template, told, options.now, options.utc_offset, rest.told, rest.subject_names),
      k_max_subject_chars);
  told.clear();
  told.shrink_to_fit();

  const auto t = totals_of(all, rest);
  const auto footer = "distill · " + plural(static_cast<long long>(all.size() + rest.size()), "issue") + " from " +
                      plural(static_cast<long long>(t.sources), "source") + " · " + with_thousands(t.words_in) +
                      " words in, " + with_thousands(t.words_kept) + " out · Message-ID <" + d.message_id + ">";
  auto layout = lay_out(all, priority, options);
  layout.rest = std::move(rest);
  for (auto& g : layout.groups) {  // moved: rendering reads no group's "why" lines
    d.merged.insert(d.merged.end(), std::make_move_iterator(g.why.begin()), std::make_move_iterator(g.why.end()));
    std::vector<std::string>().swap(g.why);
  }
  d.text = render_text(d, all, t, layout, footer, options.max_items);
  d.html = render_html(d, all, t, layout, footer, options.max_items);

  Fnv boundary_hash = id_hash;
  boundary_hash.add(d.text);
  boundary_hash.add(d.html);
  // "=_" cannot occur in quoted-printable output, so the parts cannot contain
  // the boundary whatever the newsletters said.
  const auto boundary = "=_distill_" + boundary_hash.hex();

  std::string m;
  m += "Date: " + format_rfc5322_date(options.now, options.utc_offset) + "\r\n";
  m += "From: " + from + "\r\n";
  m += "To: " + to + "\r\n";
  m += "Subject: " + encode_header_text(d.subject) + "\r\n";
  m += "Message-ID: <" + d.message_id + ">\r\n";
  m += "MIME-Version: 1.0\r\n";
  m += std::string(k_digest_header) + ": " + std::to_string(all.size() + layout.rest.size()) + " issues; " +
       compact_stamp(options.now) + "\r\n";
  m += "Auto-Submitted: auto-generated\r\n";
  m += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n";
  m += "\r\nThis is a multi-part message in MIME format.\r\n";
  // The parts are encoded straight into the message, made at its final
  // size: with no budget it is megabytes, and growing it (or encoding each
  // part apart first) would hold it about twice.
  const auto plain_head = part_head(boundary, "plain");
  const auto html_head = part_head(boundary, "html");
  const auto end = "\r\n--" + boundary + "--\r\n";
  m.reserve(m.size() + plain_head.size() + quoted_printable_size(d.text) + html_head.size() +
            quoted_printable_size(d.html) + end.size());
  m += plain_head;
  append_quoted_printable(d.text, m);
  m += html_head;
  append_quoted_printable(d.html, m);
  m += end;
  d.mime = std::move(m);
  return d;
}

transform::Digest compose_digest(std::vector<Summary> summaries, const ComposeOptions& options) {
  auto d = compose_digest(
      summaries.size(), [&](std::size_t i) { return summaries[i]; }, options);
  // The summaries as the digest carries them: in its order, cut to the
  // bounds, as valid UTF-8 (as Issues reads them).
  std::map<std::string, std::size_t> first_seen;
  for (std::size_t i = 0; i < summaries.size(); ++i) {
    summaries[i] = with_valid_utf8(bound_summary(std::move(summaries[i])));
    first_seen.emplace(summaries[i].source, i);
  }
  std::vector<std::size_t> order(summaries.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return first_seen.at(summaries[a].source) < first_seen.at(summaries[b].source);
  });
  d.summaries.reserve(summaries.size());
  for (const auto i : order) d.summaries.push_back(std::move(summaries[i]));
  return d;
}

std::string extract_part(const std::string& mime, std::string_view subtype) {
  const std::string content_type = "text/" + std::string(subtype);
  for (auto& part : transform::decode_mime(mime).parts) {
    if (part.content_type == content_type) return std::move(part.text);
  }
  return {};
}

}  // namespace distill::deliver
