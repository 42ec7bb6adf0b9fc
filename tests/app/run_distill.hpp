#pragma once
// Runs the distill binary the way a user does, in a clean environment, and
// captures what the user would see: stdout, stderr and the exit status.

#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "tests/support/temp_dir.hpp"

namespace distill::test {

struct RunResult {
  int status = -1;
  std::string out;
  std::string err;
};

inline std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

inline void write_text(const std::filesystem::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

// Waits until `file` (a child's stderr) contains `text`, up to 20 s.
inline bool wait_for(const std::filesystem::path& file, const std::string& text) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (std::chrono::steady_clock::now() < deadline) {
    if (read_text(file).find(text) != std::string::npos) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return false;
}

inline std::string shell_quote(const std::string& word) {
  std::string quoted = "'";
  for (char c : word) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

// Runs DISTILL_BINARY with `args` in `cwd`, with an environment of only
// PATH, TZ=UTC and `env` ("NAME=value"), so the user's HOME and XDG
// variables never leak in. Give HOME in `env` when the test needs one.
inline RunResult run_distill(const std::vector<std::string>& args, const std::vector<std::string>& env = {},
                             const std::filesystem::path& cwd = DISTILL_SOURCE_DIR) {
  TempDir dir;
  std::string command = "cd " + shell_quote(cwd.string()) + " && env -i PATH=/usr/bin:/bin TZ=UTC";
  for (const auto& e : env) command += " " + shell_quote(e);
  command += " " + shell_quote(DISTILL_BINARY);
  for (const auto& a : args) command += " " + shell_quote(a);
  command += " </dev/null >" + shell_quote((dir / "out").string()) + " 2>" + shell_quote((dir / "err").string());
  int raw = std::system(command.c_str());
  RunResult result;
  result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  result.out = read_text(dir / "out");
  result.err = read_text(dir / "err");
  return result;
}

}  // namespace distill::test
