#pragma once
// The line scanner: reads distill.conf line by line the way Boost's
// parse_config_file does (cut at '#', trim, `[section]` or `key = value`),
// to know the line of each option (Boost reports none) and to report what
// Boost would only call an "invalid line" without saying where. The loader
// (config/config.cpp) pairs each entry found here with the option Boost
// returns for it.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace distill::config {

// One `key = value`, from the file or the command line.
struct Entry {
  std::string section;         // "imap", "source.big-technology"
  std::string key;
  std::string value;
  std::string where;           // "FILE:12", or "command line"
  int line = 0;                // 0 on the command line
  std::filesystem::path base;  // relative paths are resolved against this
  bool comment_cut = false;    // a '#' on the line ended the value
};

// A section header and where it was (the first header, or the command line).
struct SectionSeen {
  std::string name;
  std::string where;
};

struct LineScan {
  std::vector<Entry> entries;        // in file order
  std::vector<SectionSeen> sections; // in file order, empty ones too
  std::vector<std::string> problems; // "FILE:LINE: what is wrong"
};

// Scans `text`, the contents of `file` (named in the problems), whose
// relative paths resolve against `base`. Entries of a section whose header
// was bad are left out: the header is the problem reported.
LineScan scan_lines(std::string_view text, const std::filesystem::path& file, const std::filesystem::path& base);

}  // namespace distill::config
