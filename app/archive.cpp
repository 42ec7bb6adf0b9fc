#include "app/archive.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <set>

#include "app/cli.hpp"
#include "app/clock.hpp"
#include "app/log.hpp"
#include "deliver/atom.hpp"
#include "deliver/compose.hpp"
#include "deliver/issue_html.hpp"
#include "deliver/sink.hpp"
#include "transform/ascii.hpp"

namespace distill::app {

namespace {

// A file name for a source's feed: lower-case letters and digits, runs of
// anything else as one '-'.
std::string slug(const std::string& name) {
  std::string out;
  for (char c : name) {
    if (transform::is_ascii_alnum(c)) {
      out += transform::ascii_lower(c);
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "source" : out;
}

deliver::FeedEntry issue_entry(const store::ArchivedIssue& issue) {
  deliver::FeedEntry e;
  e.id = deliver::tag_uri(issue.info.message_id, issue.info.date, "message/" + std::to_string(issue.message));
  e.title = issue.summary.title.empty() ? issue.info.subject : issue.summary.title;
  e.updated = issue.info.date.value_or(issue.processed);
  e.author = issue.source;
  e.link = issue.summary.web_url;
  e.content_html = deliver::issue_fragment(issue.summary, issue.cleaned);
  return e;
}

deliver::Feed issues_feed(std::string id, std::string title, const std::vector<store::ArchivedIssue>& issues,
                          std::chrono::sys_seconds now) {
  deliver::Feed feed{std::move(id), std::move(title), now, {}};
  for (const auto& issue : issues) feed.entries.push_back(issue_entry(issue));
  return feed;
}

}  // namespace

FeedReport write_feeds(const config::Settings& settings, store::Store& store, std::chrono::sys_seconds now) {
  const std::filesystem::path dir = settings.feed.dir;
  const int max = settings.feed.max_entries;
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) throw std::runtime_error("cannot create feed folder \"" + dir.string() + "\": " + ec.message());
  FeedReport report;
  auto write = [&](const std::string& name, const deliver::Feed& feed) {
    deliver::write_file_atomically(dir / name, deliver::render_atom(feed));
    report.files.push_back((dir / name).string());
  };

  // The digests as sent: their HTML part is what the mail showed.
  deliver::Feed digests{"tag:distill.invalid,2026-01-01:feed/digests", "distill: digests", now, {}};
  for (const auto& d : store.sent_digests(max)) {
    deliver::FeedEntry e;
    e.id = deliver::tag_uri(d.message_id, d.sent, "digest/" + std::to_string(d.id));
    e.title = d.subject;
    e.updated = d.sent.value_or(d.created);
    e.author = "distill";
    e.content_html = deliver::html_body(deliver::extract_part(d.mime, "html"));
    digests.entries.push_back(std::move(e));
  }
  report.digests = static_cast<int>(digests.entries.size());
  write("digests.atom", digests);

  const auto issues = store.recent_issues(max);
  report.issues = static_cast<int>(issues.size());
  write("issues.atom", issues_feed("tag:distill.invalid,2026-01-01:feed/issues", "distill: all issues", issues, now));

  std::set<std::string> names;
  for (const auto& source : store.issue_sources()) {
    std::string name = slug(source);
    for (int n = 2; names.contains(name); ++n) name = slug(source) + "-" + std::to_string(n);
    names.insert(name);
    write("source-" + name + ".atom", issues_feed("tag:distill.invalid,2026-01-01:feed/source/" + name,
                                                  source, store.recent_issues(max, source), now));
  }
  return report;
}

PruneReport prune_archive(store::Store& store, int keep_days, std::chrono::sys_seconds now, bool dry_run) {
  PruneReport report;
  report.messages = store.prune_candidates(now - std::chrono::days{keep_days});
  for (const auto& m : report.messages) report.message_bytes += m.bytes;
  if (dry_run || report.messages.empty()) return report;
  std::vector<std::int64_t> ids;
  for (const auto& m : report.messages) ids.push_back(m.message);
  store.prune(ids, now);
  report.freed_bytes = store.reclaim_space();
  return report;
}

std::string describe_bytes(std::int64_t bytes) {
  char buffer[32];
  if (bytes >= 1024 * 1024) {
    std::snprintf(buffer, sizeof buffer, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
  } else if (bytes >= 1024) {
    std::snprintf(buffer, sizeof buffer, "%.1f KB", static_cast<double>(bytes) / 1024.0);
  } else {
    std::snprintf(buffer, sizeof buffer, "%lld bytes", static_cast<long long>(bytes));
  }
  return buffer;
}

bool update_archive(const config::Settings& settings) {
  if (settings.keep_days == 0 && settings.feed.dir.empty()) return true;
  try {
    auto store = store::Store::open(settings.store_path);
    const auto now = wall_now();
    // Prune first, so the feeds show what the store now holds.
    if (settings.keep_days > 0) {
      const auto pruned = prune_archive(store, settings.keep_days, now, false);
      if (!pruned.messages.empty()) {
        log::info("prune: " + std::to_string(pruned.messages.size()) + " messages older than " +
                  std::to_string(settings.keep_days) + " days, " +
                  describe_bytes(std::max<std::int64_t>(pruned.freed_bytes, 0)) + " freed");
      }
    }
    if (!settings.feed.dir.empty()) {
      const auto feeds = write_feeds(settings, store, now);
      log::verbose("feed: " + std::to_string(feeds.files.size()) + " feeds written to " + settings.feed.dir);
    }
    return true;
  } catch (const std::exception& e) {
    log::error("archive: " + describe_exception(e));
    return false;
  }
}

}  // namespace distill::app
