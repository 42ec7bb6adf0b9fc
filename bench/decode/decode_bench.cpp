// Decode benchmark: MIME decode + HTML (or text) to Document over every file
// given, single-threaded, the files read into memory first. Prints one
// line of key=value pairs: messages, megabytes (of message bytes), seconds,
// MB/s, msgs/s, peak RSS in MiB, and the blocks made (so the work cannot be
// optimised away).
//
// Usage: distill_bench_decode [--passes N] FILE|DIR...

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "transform/html_document.hpp"
#include "transform/mime.hpp"

namespace fs = std::filesystem;

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
    std::cerr << "usage: distill_bench_decode [--passes N] FILE|DIR...\n";
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

  std::size_t blocks = 0;
  const auto start = std::chrono::steady_clock::now();
  for (int pass = 0; pass < passes; ++pass) {
    for (const std::string& m : messages) {
      const distill::transform::Message message = distill::transform::decode_message(m);
      blocks += distill::transform::message_to_document(message).blocks.size();
    }
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  const double mb = static_cast<double>(bytes) * passes / 1e6;
  const double msgs = static_cast<double>(messages.size()) * passes;
  std::printf("messages=%.0f mb=%.2f seconds=%.3f mb_per_s=%.1f msgs_per_s=%.0f peak_rss_mib=%.1f blocks=%zu\n", msgs,
              mb, seconds, mb / seconds, msgs / seconds, usage.ru_maxrss / 1024.0, blocks);
  return 0;
}
