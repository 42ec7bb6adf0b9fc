#include "app/log.hpp"

#include <unistd.h>

#include <chrono>
#include <ctime>
#include <iostream>
#include <mutex>

namespace distill::app::log {

namespace {

struct State {
  std::mutex mutex;
  int verbosity = 0;
  bool timestamps = false;
  std::ostream* out = &std::cerr;
  bool is_terminal = ::isatty(STDERR_FILENO) == 1;
  const Progress* active = nullptr;  // whose line is on screen
  std::string progress_text;         // what it shows, without the prefix
  std::chrono::steady_clock::time_point last_draw{};
};

State& state() {
  static State s;
  return s;
}

// "2026-11-28 07:00:01 " when timestamps are on.
std::string stamp(const State& s) {
  if (!s.timestamps) return {};
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  localtime_r(&now, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M:%S ", &tm);
  return buffer;
}

constexpr std::string_view k_clear_line = "\r\x1b[K";

void draw_progress(State& s) {
  *s.out << k_clear_line << stamp(s) << "distill: " << s.progress_text << std::flush;
}

// Writes one whole line; a progress line on screen is cleared first and
// drawn again below it.
void write_line(std::string_view prefix, std::string_view message) {
  State& s = state();
  std::lock_guard lock(s.mutex);
  bool redraw = s.active != nullptr && s.is_terminal;
  if (redraw) *s.out << k_clear_line;
  *s.out << stamp(s) << "distill: " << prefix << message << "\n";
  if (redraw) draw_progress(s);
  s.out->flush();
}

}  // namespace

void set_verbosity(int level) { state().verbosity = level; }
int verbosity() { return state().verbosity; }
void set_timestamps(bool on) { state().timestamps = on; }

void set_output(std::ostream& out, bool is_terminal) {
  state().out = &out;
  state().is_terminal = is_terminal;
}

void reset_output() { set_output(std::cerr, ::isatty(STDERR_FILENO) == 1); }

void error(std::string_view message) { write_line("error: ", message); }
void warning(std::string_view message) { write_line("warning: ", message); }

void info(std::string_view message) {
  if (verbosity() >= 0) write_line("", message);
}

void verbose(std::string_view message) {
  if (verbosity() >= 1) write_line("", message);
}

void trace(std::string_view message) {
  if (verbosity() >= 2) write_line("", message);
}

Progress::Progress(std::string label) : m_label(std::move(label)) {}

Progress::~Progress() {
  State& s = state();
  std::lock_guard lock(s.mutex);
  if (s.active == this) {
    *s.out << k_clear_line << std::flush;
    s.active = nullptr;
  }
}

void Progress::update(std::size_t done, std::optional<std::size_t> total, std::string_view detail) {
  State& s = state();
  if (m_finished || s.verbosity < 0 || !s.is_terminal) return;
  std::lock_guard lock(s.mutex);
  auto now = std::chrono::steady_clock::now();
  bool first = s.active != this;
  if (!first && now - s.last_draw < std::chrono::milliseconds(100)) return;
  s.active = this;
  s.last_draw = now;
  s.progress_text = m_label + ": " + std::to_string(done) + (total ? "/" + std::to_string(*total) : std::string());
  if (!detail.empty()) s.progress_text += ", " + std::string(detail);
  draw_progress(s);
}

void Progress::finish(std::string_view result) {
  m_finished = true;
  {
    State& s = state();
    std::lock_guard lock(s.mutex);
    if (s.active == this) {
      *s.out << k_clear_line;
      s.active = nullptr;
    }
  }
  info(m_label + ": " + std::string(result));
}

}  // namespace distill::app::log
