#pragma once
// The archive's steps that follow a run: retention ([store] keep_days) and
// the Atom feeds ([feed] dir). `feed` and `prune` call them on their own;
// `run` and `daemon` call update_archive() after processing and delivery.

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "config/settings.hpp"
#include "store/store.hpp"

namespace distill::app {

struct FeedReport {
  std::vector<std::string> files;  // the feed files written, digests.atom first
  int issues = 0;                  // entries in issues.atom
  int digests = 0;                 // entries in digests.atom
};

// Writes digests.atom, issues.atom and source-NAME.atom into [feed] dir
// (created when missing), each with at most [feed] max_entries entries,
// newest first, each file replaced whole. Throws on a store or file error.
FeedReport write_feeds(const config::Settings& settings, store::Store& store, std::chrono::sys_seconds now);

struct PruneReport {
  std::vector<store::PruneCandidate> messages;  // what was (or, dry run, would be) pruned
  std::int64_t message_bytes = 0;               // their original size
  std::int64_t freed_bytes = 0;                 // how much the store file shrank; 0 on a dry run
};

// Applies [store] keep_days (`keep_days` days before `now`): see
// Store::prune_candidates for what goes. A dry run changes nothing.
PruneReport prune_archive(store::Store& store, int keep_days, std::chrono::sys_seconds now, bool dry_run);

// After a run: prune when keep_days is set, write the feeds when [feed] dir
// is. Logs what it did; a failure is logged as an error and returns false,
// so a run that delivered still reports it without losing the digest.
bool update_archive(const config::Settings& settings);

// "1.2 MB", "340 KB", "12 bytes", for the log.
std::string describe_bytes(std::int64_t bytes);

}  // namespace distill::app
