#pragma once
// What distill says on stderr: errors, warnings, information and progress.
// stdout carries the product (the effective config, status, explain); this
// carries everything about how the run goes.
//
//   distill: error: /home/me/.config/distill/distill.conf:12: unknown key ...
//   distill: warning: message 1204 could not be decoded: ...
//   distill: ingest INBOX: 120 new messages
//
// -q shows only warnings and errors, -v adds verbose() lines (per-stage
// counts and timings), -vv adds trace() lines (protocol traffic, with
// credentials masked by the caller). With set_timestamps(true), which the
// daemon uses so its log can be read later, each line starts with the local
// time ("2026-11-28 07:00:01 distill: ...").
//
// Progress overwrites a single line only when stderr is a terminal; anywhere
// else (cron, a log file, a pipe) only its finishing line is printed.

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

namespace distill::app::log {

// -1 quiet, 0 normal, 1 verbose, 2 trace.
void set_verbosity(int level);
int verbosity();
void set_timestamps(bool on);

// Where the lines go, and whether that is a terminal. Defaults to std::cerr
// and isatty(2); tests pass a stringstream.
void set_output(std::ostream& out, bool is_terminal);
void reset_output();

void error(std::string_view message);    // "distill: error: MESSAGE", always
void warning(std::string_view message);  // "distill: warning: MESSAGE", always
void info(std::string_view message);     // "distill: MESSAGE", unless -q
void verbose(std::string_view message);  // "distill: MESSAGE", with -v
void trace(std::string_view message);    // "distill: MESSAGE", with -vv

// A counter for one stage, e.g. Progress p("ingest INBOX"); p.update(n, total);
// On a terminal each update() redraws "distill: ingest INBOX: 40/120" (at
// most ten times a second); finish() replaces it with the result line. Lines
// logged meanwhile clear the progress line and redraw it below themselves.
// One Progress is shown at a time; it is hidden with -q.
class Progress {
 public:
  explicit Progress(std::string label);
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;
  ~Progress();  // clears the line if finish() was not called

  // Redraws "LABEL: DONE[/TOTAL][, DETAIL]" (at most ten times a second).
  void update(std::size_t done, std::optional<std::size_t> total = std::nullopt, std::string_view detail = {});
  // Prints "distill: LABEL: RESULT" as a plain line (unless -q).
  void finish(std::string_view result);

 private:
  std::string m_label;
  bool m_finished = false;
};

}  // namespace distill::app::log
