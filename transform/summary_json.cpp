#include "transform/summary_json.hpp"

namespace distill::transform {

nlohmann::json to_json(const Summary& s) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& item : s.items) {
    items.push_back({{"title", item.title}, {"url", item.url}, {"blurb", item.blurb}});
  }
  nlohmann::json j = {
      {"source", s.source},
      {"title", s.title},
      {"web_url", s.web_url},
      {"lede", s.lede},
      {"points", s.points},
      {"items", items},
      {"words_in", s.words_in},
      {"words_kept", s.words_kept},
      {"blocks_removed", s.blocks_removed},
      {"removed_counts", s.removed_counts},
  };
  j["date"] = s.date ? nlohmann::json(s.date->time_since_epoch().count()) : nlohmann::json(nullptr);
  return j;
}

Summary summary_from_json(const nlohmann::json& j) {
  Summary s;
  s.source = j.value("source", "");
  s.title = j.value("title", "");
  s.web_url = j.value("web_url", "");
  s.lede = j.value("lede", "");
  s.points = j.value("points", std::vector<std::string>{});
  if (j.contains("items")) {
    for (const auto& item : j.at("items")) {
      s.items.push_back({item.value("title", ""), item.value("url", ""), item.value("blurb", "")});
    }
  }
  s.words_in = j.value("words_in", 0);
  s.words_kept = j.value("words_kept", 0);
  s.blocks_removed = j.value("blocks_removed", 0);
  s.removed_counts = j.value("removed_counts", std::map<std::string, int>{});
  if (j.contains("date") && !j.at("date").is_null()) {
    s.date = std::chrono::sys_seconds{std::chrono::seconds{j.at("date").get<long long>()}};
  }
  return s;
}

}  // namespace distill::transform
