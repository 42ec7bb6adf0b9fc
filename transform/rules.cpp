#include "transform/rules.hpp"

#include <re2/re2.h>

namespace distill::transform {

struct CompiledRules {
  std::vector<std::unique_ptr<RE2>> drop;
  std::vector<std::unique_ptr<RE2>> drop_after;
  std::vector<std::unique_ptr<RE2>> drop_before;
  std::vector<std::unique_ptr<RE2>> keep;
};

namespace {

std::vector<std::unique_ptr<RE2>> compile_list(const char* list, const std::vector<std::string>& patterns) {
  std::vector<std::unique_ptr<RE2>> out;
  RE2::Options options;
  options.set_log_errors(false);
  for (std::size_t i = 0; i < patterns.size(); ++i) {
    auto re = std::make_unique<RE2>(patterns[i], options);
    if (!re->ok()) {
      throw RuleError(std::string(list) + " #" + std::to_string(i + 1) + " \"" + patterns[i] +
                      "\": " + re->error());
    }
    out.push_back(std::move(re));
  }
  return out;
}

int first_match(const std::vector<std::unique_ptr<RE2>>& list, std::string_view text) {
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *list[i])) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

std::shared_ptr<const CompiledRules> compiled_rules(const SourceRules& rules) {
  if (rules.compiled) return rules.compiled;
  auto c = std::make_shared<CompiledRules>();
  c->drop = compile_list("drop", rules.drop);
  c->drop_after = compile_list("drop_after", rules.drop_after);
  c->drop_before = compile_list("drop_before", rules.drop_before);
  c->keep = compile_list("keep", rules.keep);
  return c;
}

void SourceRules::compile() {
  compiled.reset();
  compiled = compiled_rules(*this);
}

RuleMatch match_rules(const CompiledRules& compiled, std::string_view text) {
  return {first_match(compiled.drop, text), first_match(compiled.drop_after, text),
          first_match(compiled.drop_before, text), first_match(compiled.keep, text)};
}

}  // namespace distill::transform
