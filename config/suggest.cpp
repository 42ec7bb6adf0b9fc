#include "config/suggest.hpp"

#include <algorithm>
#include <optional>
#include <vector>

#include "config/keys.hpp"

namespace distill::config {

namespace {

// Optimal string alignment distance: edits, with a swap of two neighbours
// counting as one ("mailbxo" is one away from "mailbox").
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

// The candidate nearest to `word`, if it is near enough to be a typo.
std::optional<std::string_view> nearest(std::string_view word, const std::vector<std::string_view>& candidates) {
  std::size_t limit = word.size() <= 4 ? 1 : 2;
  std::optional<std::string_view> best;
  std::size_t best_distance = limit + 1;
  for (auto candidate : candidates) {
    std::size_t distance = edit_distance(word, candidate);
    if (distance < best_distance) {
      best = candidate;
      best_distance = distance;
    }
  }
  return best;
}

std::string join(const std::vector<std::string_view>& words, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += separator;
    out += words[i];
  }
  return out;
}

std::string section_name(std::string_view kind) {
  return kind == "source" ? std::string("[source.NAME]") : "[" + std::string(kind) + "]";
}

}  // namespace

std::string suggest_section(std::string_view name) {
  std::vector<std::string_view> names(fixed_sections().begin(), fixed_sections().end());
  if (auto near = nearest(name, names)) return "did you mean [" + std::string(*near) + "]?";
  if (name.starts_with("source")) return "a source section is written [source.NAME]";
  return "expected " + std::string(k_section_list);
}

std::string suggest_key(std::string_view key, std::string_view kind) {
  std::vector<std::string_view> keys;
  for (const auto& k : known_keys()) {
    if (k.section == kind) keys.push_back(k.key);
  }
  if (auto near = nearest(key, keys)) return "did you mean '" + std::string(*near) + "'?";
  for (const auto& k : known_keys()) {
    if (k.key == key && k.section != kind) return "'" + std::string(key) + "' belongs in " + section_name(k.section);
  }
  return keys.size() == 1 ? "expected '" + std::string(keys.front()) + "'" : "expected one of " + join(keys, ", ");
}

std::string suggest_home(std::string_view key) {
  std::vector<std::string_view> homes;
  for (const auto& k : known_keys()) {
    if (k.key == key && std::find(homes.begin(), homes.end(), k.section) == homes.end()) homes.push_back(k.section);
  }
  if (homes.empty()) return "expected a section first: " + std::string(k_section_list);
  std::string out = "put it under ";
  for (std::size_t i = 0; i < homes.size(); ++i) {
    if (i > 0) out += i + 1 == homes.size() ? " or " : ", ";
    out += section_name(homes[i]);
  }
  return out;
}

}  // namespace distill::config
