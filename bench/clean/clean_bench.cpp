// Clean benchmark: over every message given, single-threaded, the files read
// into memory first, times
//   decode     MIME decode + HTML/text to Document (decode_message,
//              message_to_document), for reference;
//   clean      clean() + summarize() on those Documents: the stage this
//              benchmark is about;
// and prints one line of key=value pairs: messages, megabytes of raw message
// bytes, seconds and MB/s of each stage and of both together (pipeline),
// peak RSS in MiB, and counts of the work done (blocks removed, summary
// words) so that none of it can be optimised away. Seconds are the thread's
// CPU time, which a busy shared machine does not inflate; the wall-clock
// MB/s of clean + summarize is printed too (clean_wall_mb_per_s).
//
// Usage: distill_bench_clean [--passes N] FILE|DIR...

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "transform/clean.hpp"
#include "transform/html_document.hpp"
#include "transform/mime.hpp"
#include "transform/summarize.hpp"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

}  // namespace

int main(int argc, char** argv) {
  int passes = 3;
  std::vector<fs::path> files;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--passes" && i + 1 < argc) {
      passes = std::max(1, std::atoi(argv[++i]));
    } else if (fs::is_directory(arg)) {
      for (const auto& e : fs::directory_iterator(arg)) {
        if (e.path().extension() == ".eml") files.push_back(e.path());
      }
    } else {
      files.emplace_back(arg);
    }
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) {
    std::cerr << "usage: distill_bench_clean [--passes N] FILE|DIR...\n";
    return 2;
  }
  std::vector<std::string> messages;
  std::size_t bytes = 0;
  for (const fs::path& p : files) {
    std::ifstream f(p, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    messages.push_back(ss.str());
    bytes += messages.back().size();
  }

  double decode_seconds = 0;
  double clean_seconds = 0;
  double clean_wall_seconds = 0;
  std::size_t removed = 0;
  std::size_t summary_words = 0;
  for (int pass = 0; pass < passes; ++pass) {
    for (const std::string& m : messages) {
      const double c0 = cpu_seconds();
      const distill::transform::Message message = distill::transform::decode_message(m);
      const distill::transform::Document document = distill::transform::message_to_document(message);
      const double c1 = cpu_seconds();
      const auto w1 = Clock::now();
      const distill::transform::CleanResult cleaned = distill::transform::clean(document);
      distill::transform::SummarizeOptions options;
      options.title = message.subject;
      const distill::transform::Summary summary = distill::transform::summarize(cleaned, options);
      const auto w2 = Clock::now();
      const double c2 = cpu_seconds();
      decode_seconds += c1 - c0;
      clean_seconds += c2 - c1;
      clean_wall_seconds += std::chrono::duration<double>(w2 - w1).count();
      removed += cleaned.removed.size();
      summary_words += static_cast<std::size_t>(distill::transform::summary_words(summary));
    }
  }

  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  const double mb = static_cast<double>(bytes) * passes / 1e6;
  const double msgs = static_cast<double>(messages.size()) * passes;
  std::printf(
      "messages=%.0f mb=%.2f clean_seconds=%.3f clean_mb_per_s=%.1f clean_wall_mb_per_s=%.1f decode_seconds=%.3f "
      "decode_mb_per_s=%.1f pipeline_mb_per_s=%.1f msgs_per_s=%.0f peak_rss_mib=%.1f removed=%zu summary_words=%zu\n",
      msgs, mb, clean_seconds, mb / clean_seconds, mb / clean_wall_seconds, decode_seconds, mb / decode_seconds,
      mb / (clean_seconds + decode_seconds), msgs / (clean_seconds + decode_seconds), usage.ru_maxrss / 1024.0,
      removed, summary_words);
  return 0;
}
