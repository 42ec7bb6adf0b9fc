#pragma once
// Reading the hand-made table fixtures of tests/fixtures (one row a line,
// fields separated by '|', blank lines and '#' comments skipped).

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace distill::test {

inline std::vector<std::vector<std::string>> read_fixture_table(const std::filesystem::path& relative) {
  std::ifstream in(std::filesystem::path(DISTILL_FIXTURES_DIR) / relative);
  std::vector<std::vector<std::string>> rows;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::stringstream ss(line);
    std::string field;
    while (std::getline(ss, field, '|')) fields.push_back(field);
    rows.push_back(fields);
  }
  return rows;
}

}  // namespace distill::test
