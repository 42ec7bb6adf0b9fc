#include "config/line_scan.hpp"

#include <algorithm>
#include <sstream>

#include "config/keys.hpp"
#include "config/suggest.hpp"
#include "config/values.hpp"

namespace distill::config {

namespace {

// A byte no text file holds: C0 controls but the tab, and DEL.
bool is_control(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return (byte < 0x20 && byte != '\t') || byte == 0x7f;
}

std::string hex_byte(char c) {
  static constexpr char digits[] = "0123456789ABCDEF";
  const auto byte = static_cast<unsigned char>(c);
  return std::string("0x") + digits[byte >> 4] + digits[byte & 0xf];
}

class Scanner {
 public:
  Scanner(const std::filesystem::path& file, const std::filesystem::path& base) : m_file(file.string()), m_base(base) {}

  LineScan scan(std::string_view text) {
    std::string section;
    bool section_ok = true;
    int line_number = 0;
    std::istringstream lines{std::string(text)};
    for (std::string raw; std::getline(lines, raw);) {
      ++line_number;
      std::string line = raw;
      bool comment_cut = false;
      if (auto hash = line.find('#'); hash != std::string::npos) {
        line.resize(hash);
        comment_cut = true;
      }
      line = trim(line);
      if (line.empty()) continue;
      if (auto bad = std::find_if(line.begin(), line.end(), is_control); bad != line.end()) {
        problem(line_number, "control character " + hex_byte(*bad) + " in the line; distill.conf is plain text");
        continue;
      }
      if (line.front() == '[' && line.back() == ']') {
        section = trim(line.substr(1, line.size() - 2));
        section_ok = check_section_header(line.substr(1, line.size() - 2), line_number);
        continue;
      }
      auto equals = line.find('=');
      if (equals == std::string::npos) {
        problem(line_number, "expected 'key = value' or '[section]'");
        continue;
      }
      std::string key = trim(line.substr(0, equals));
      std::string value = trim(line.substr(equals + 1));
      if (key.empty()) {
        problem(line_number, "no key before '='");
        continue;
      }
      if (key.find_first_of(" \t") != std::string::npos) {
        problem(line_number, "bad key '" + key + "'; keys have no spaces");
        continue;
      }
      if (section.empty()) {
        problem(line_number, "key '" + key + "' comes before any section; " + suggest_home(key));
        continue;
      }
      if (!section_ok) continue;  // the header was already reported
      m_out.entries.push_back(
          {section, key, value, at(line_number), line_number, m_base, comment_cut && !value.empty()});
    }
    return std::move(m_out);
  }

 private:
  std::string at(int line) const { return m_file + ":" + std::to_string(line); }

  void problem(int line, const std::string& what) { m_out.problems.push_back(at(line) + ": " + what); }

  bool check_section_header(std::string_view inside, int line_number) {
    std::string name(inside);
    if (name != trim(name) || name.empty()) {
      problem(line_number, "bad section header '[" + name + "]'; expected " + std::string(k_section_list));
      return false;
    }
    if (name.starts_with("source.")) {
      std::string source = name.substr(7);
      if (source.empty() || source.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                                     "0123456789-_.") != std::string::npos) {
        problem(line_number, "bad source name '" + source + "'; use letters, digits, '-', '_' and '.'");
        return false;
      }
      if (source.ends_with('.')) {  // Boost's parser would read [source.a.] as [source.a]
        problem(line_number, "bad source name '" + source + "'; it may not end with '.'");
        return false;
      }
    } else if (std::find(fixed_sections().begin(), fixed_sections().end(), name) == fixed_sections().end()) {
      problem(line_number, "unknown section [" + name + "]; " + suggest_section(name));
      return false;
    }
    for (const auto& seen : m_out.sections) {
      if (seen.name == name) {
        problem(line_number, "duplicate section [" + name + "]; it was first opened at line " +
                                 seen.where.substr(seen.where.rfind(':') + 1));
        return false;
      }
    }
    m_out.sections.push_back({name, at(line_number)});
    return true;
  }

  std::string m_file;
  std::filesystem::path m_base;
  LineScan m_out;
};

}  // namespace

LineScan scan_lines(std::string_view text, const std::filesystem::path& file, const std::filesystem::path& base) {
  return Scanner(file, base).scan(text);
}

}  // namespace distill::config
