#pragma once
// What every C++ benchmark in bench/ shares: its command line
// ([--passes N] FILE|DIR..., a directory meaning its *.eml files), the
// messages read into memory before anything is timed, the thread's CPU
// clock (which a busy shared machine does not inflate) and the peak RSS.

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace distill::bench {

struct Input {
  int passes = 3;
  std::vector<std::string> messages;
  std::size_t bytes = 0;  // of one pass

  double megabytes() const { return static_cast<double>(bytes) * passes / 1e6; }
  double message_count() const { return static_cast<double>(messages.size()) * passes; }
};

// Reads the command line and the files; on a usage error prints `usage` and
// exits with status 2.
inline Input read_input(int argc, char** argv, const char* usage) {
  namespace fs = std::filesystem;
  Input input;
  std::vector<fs::path> files;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--passes" && i + 1 < argc) {
      input.passes = std::max(1, std::atoi(argv[++i]));
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
    std::cerr << "usage: " << usage << '\n';
    std::exit(2);
  }
  for (const fs::path& p : files) {
    std::ifstream f(p, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    input.messages.push_back(ss.str());
    input.bytes += input.messages.back().size();
  }
  return input;
}

inline double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

inline double peak_rss_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

}  // namespace distill::bench
