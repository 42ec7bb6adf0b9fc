#include "transform/clean_json.hpp"

#include <array>
#include <string_view>
#include <utility>

namespace distill::transform {

namespace {

constexpr std::array<std::pair<BlockKind, std::string_view>, 6> k_kind_names = {{
    {BlockKind::heading, "heading"},
    {BlockKind::paragraph, "paragraph"},
    {BlockKind::list_item, "list_item"},
    {BlockKind::quote, "quote"},
    {BlockKind::image, "image"},
    {BlockKind::separator, "separator"},
}};

std::string_view kind_name(BlockKind kind) {
  for (const auto& [k, name] : k_kind_names) {
    if (k == kind) return name;
  }
  return "paragraph";
}

BlockKind kind_from(std::string_view name) {
  for (const auto& [k, n] : k_kind_names) {
    if (n == name) return k;
  }
  return BlockKind::paragraph;
}

nlohmann::json block_json(const Block& b) {
  nlohmann::json links = nlohmann::json::array();
  for (const auto& link : b.links) links.push_back({{"text", link.text}, {"url", link.url}});
  return {{"kind", kind_name(b.kind)}, {"level", b.level}, {"text", b.text}, {"links", links}};
}

Block block_from(const nlohmann::json& j) {
  Block b;
  b.kind = kind_from(j.value("kind", "paragraph"));
  b.level = j.value("level", 0);
  b.text = j.value("text", "");
  if (j.contains("links")) {
    for (const auto& link : j.at("links")) b.links.push_back({link.value("text", ""), link.value("url", "")});
  }
  return b;
}

RemovalKind removal_kind_from(std::string_view name) {
  for (int k = 0; k <= static_cast<int>(RemovalKind::empty); ++k) {
    if (removal_kind_name(static_cast<RemovalKind>(k)) == name) return static_cast<RemovalKind>(k);
  }
  return RemovalKind::source;
}

}  // namespace

nlohmann::json to_json(const CleanResult& cleaned) {
  nlohmann::json kept = nlohmann::json::array();
  for (const auto& b : cleaned.kept.blocks) kept.push_back(block_json(b));
  nlohmann::json removed = nlohmann::json::array();
  for (const auto& r : cleaned.removed) {
    removed.push_back({{"block", block_json(r.block)},
                       {"reason", r.reason},
                       {"kind", std::string(removal_kind_name(r.kind))},
                       {"evidence", r.evidence}});
  }
  return {{"kept", kept},
          {"removed", removed},
          {"tracking_pixels", cleaned.kept.tracking_pixels},
          {"tracking_params_removed", cleaned.kept.tracking_params_removed}};
}

CleanResult clean_result_from_json(const nlohmann::json& j) {
  CleanResult cleaned;
  if (j.contains("kept")) {
    for (const auto& b : j.at("kept")) cleaned.kept.blocks.push_back(block_from(b));
  }
  if (j.contains("removed")) {
    for (const auto& r : j.at("removed")) {
      RemovedBlock removed;
      removed.block = block_from(r.value("block", nlohmann::json::object()));
      removed.reason = r.value("reason", "");
      removed.kind = removal_kind_from(r.value("kind", "source"));
      removed.evidence = r.value("evidence", "");
      cleaned.removed.push_back(std::move(removed));
    }
  }
  cleaned.kept.tracking_pixels = j.value("tracking_pixels", 0);
  cleaned.kept.tracking_params_removed = j.value("tracking_params_removed", 0);
  return cleaned;
}

}  // namespace distill::transform
