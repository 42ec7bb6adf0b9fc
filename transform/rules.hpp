#pragma once
// Per-source cleaning rules: the [source.NAME] drop, drop_after, drop_before
// and keep patterns of the config, as transform/ sees them. config/ parses
// and validates the file; app/ copies a config::SourceSettings into a
// SourceRules, so transform/ depends on no config code.

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace distill::transform {

// A pattern that RE2 does not accept. what() names the list, the 1-based
// position in it, the pattern and RE2's reason, e.g.
// `drop_after #2 "(?i)^thanks (": missing ): (?i)^thanks (`.
class RuleError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct CompiledRules;  // RE2 objects; defined in rules.cpp

// Patterns are RE2 syntax, matched (unanchored, so use ^ and $ as needed)
// against each block's text with whitespace folded to single spaces and
// typographic quotes and apostrophes read as ASCII ' and ", case kept: write
// (?i) for case-insensitive matching. What each list does, in clean():
//   drop         every block that matches is removed;
//   drop_after   the first block that matches and every block after it are removed;
//   drop_before  every block before the first block that matches is removed
//                (the matching block itself stays);
//   keep         a block that matches is never removed, by any rule or heuristic.
struct SourceRules {
  std::string name;
  std::vector<std::string> drop;
  std::vector<std::string> drop_after;
  std::vector<std::string> drop_before;
  std::vector<std::string> keep;

  // Compiles every pattern once so that cleaning many messages of one source
  // reuses them. Throws RuleError on the first bad pattern. clean() compiles
  // on the fly (and throws the same way) when this was not called.
  void compile();
  std::shared_ptr<const CompiledRules> compiled;

  bool has_patterns() const {
    return !drop.empty() || !drop_after.empty() || !drop_before.empty() || !keep.empty();
  }
};

// The compiled patterns of `rules`: `rules.compiled` when set, else a fresh
// compilation. Throws RuleError.
std::shared_ptr<const CompiledRules> compiled_rules(const SourceRules& rules);

// Which lists of `compiled` match `text` (text already normalised as
// described above). Indices are 0-based positions in the list.
struct RuleMatch {
  int drop = -1;
  int drop_after = -1;
  int drop_before = -1;
  int keep = -1;
};
RuleMatch match_rules(const CompiledRules& compiled, std::string_view text);

}  // namespace distill::transform
