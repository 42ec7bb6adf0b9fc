#include "transform/summary_json.hpp"

namespace distill::transform {

nlohmann::json to_json(const Summary& s) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& item : s.items) {
    items.push_back({{"title", item.title}, {"url", item.url}, {"blurb", item.blurb}});
  }
  nlohmann::json j = {
      {"source", s.source},
      {"source_key", s.source_key},
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
  s.source_key = j.value("source_key", "");
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

namespace {

const char* role_name(StoryRole role) {
  switch (role) {
    case StoryRole::main_story: return "main_story";
    case StoryRole::story: return "story";
    case StoryRole::brief: return "brief";
    case StoryRole::link_item: return "link_item";
    case StoryRole::link_list: return "link_list";
  }
  return "story";
}

nlohmann::json index_or_null(const std::optional<std::size_t>& i) { return i ? nlohmann::json(*i) : nlohmann::json(nullptr); }

}  // namespace

nlohmann::json to_json(const Outline& o) {
  nlohmann::json sections = nlohmann::json::array();
  for (const auto& sec : o.sections) {
    sections.push_back({{"title", sec.title},
                        {"rank", sec.rank},
                        {"topic", sec.topic},
                        {"blocks", sec.blocks},
                        {"stories", sec.stories}});
  }
  nlohmann::json stories = nlohmann::json::array();
  for (const auto& s : o.stories) {
    stories.push_back({{"title", s.title},
                       {"url", s.url},
                       {"role", role_name(s.role)},
                       {"rank", s.rank},
                       {"section", s.section},
                       {"order", s.order},
                       {"blocks", s.blocks},
                       {"words", s.words}});
  }
  return {{"title", o.title},
          {"name_block", index_or_null(o.name_block)},
          {"date_block", index_or_null(o.date_block)},
          {"sections", sections},
          {"stories", stories}};
}

}  // namespace distill::transform
