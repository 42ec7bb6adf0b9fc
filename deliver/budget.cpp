#include "deliver/budget.hpp"

#include <algorithm>
#include <tuple>

namespace distill::deliver {

std::vector<std::size_t> rank_issues(std::vector<IssueRank> issues) {
  const auto shared = [](const IssueRank& r) { return r.newsletters >= 2 ? r.newsletters : 0; };
  std::stable_sort(issues.begin(), issues.end(), [&](const IssueRank& a, const IssueRank& b) {
    return std::tuple(-static_cast<long long>(shared(a)), static_cast<int>(a.priority), a.nth_of_source,
                      a.source_order, a.issue) <
           std::tuple(-static_cast<long long>(shared(b)), static_cast<int>(b.priority), b.nth_of_source,
                      b.source_order, b.issue);
  });
  std::vector<std::size_t> order;
  order.reserve(issues.size());
  for (const auto& r : issues) order.push_back(r.issue);
  return order;
}

BudgetPlan fit_budget(const std::vector<std::size_t>& ranked, const std::vector<int>& words, int budget_words,
                      int words_used) {
  BudgetPlan plan;
  plan.words = words_used;
  for (const auto issue : ranked) {
    const int cost = words.at(issue);
    const bool fits = budget_words <= 0 ? plan.full.size() < k_max_full_issues
                                        : plan.full.empty() || plan.words + cost <= budget_words;
    if (fits) {
      plan.full.push_back(issue);
      plan.words += cost;
    } else if (plan.listed.size() < k_max_rest_titles) {
      plan.listed.push_back(issue);
    } else {
      plan.unlisted.push_back(issue);
    }
  }
  return plan;
}

}  // namespace distill::deliver
