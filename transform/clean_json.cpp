#include "transform/clean_json.hpp"

#include <array>
#include <string_view>
#include <utility>

#include "transform/json_text.hpp"

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
  for (const auto& link : b.links) {
    nlohmann::json l = {{"text", link.text}, {"url", link.url}};
    if (!link.campaign.empty()) l["campaign"] = link.campaign;
    links.push_back(std::move(l));
  }
  return {{"kind", kind_name(b.kind)}, {"level", b.level}, {"text", b.text}, {"links", links}};
}

Block block_from(const nlohmann::json& j) {
  Block b;
  b.kind = kind_from(j.value("kind", "paragraph"));
  b.level = j.value("level", 0);
  b.text = j.value("text", "");
  if (j.contains("links")) {
    for (const auto& link : j.at("links"))
      b.links.push_back({link.value("text", ""), link.value("url", ""), link.value("campaign", "")});
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
    nlohmann::json entry = {{"block", block_json(r.block)},
                            {"reason", r.reason},
                            {"kind", std::string(removal_kind_name(r.kind))},
                            {"evidence", r.evidence}};
    if (r.category) entry["category"] = std::string(category_name(*r.category));
    removed.push_back(std::move(entry));
  }
  return {{"kept", kept},
          {"removed", removed},
          {"tracking_pixels", cleaned.kept.tracking_pixels},
          {"tracking_params_removed", cleaned.kept.tracking_params_removed}};
}

namespace {

// block_json(b).dump() appended to `out`; false when a text is not UTF-8.
bool append_block_json(std::string& out, const Block& b) {
  out.append("{\"kind\":");
  if (!append_json_string(out, kind_name(b.kind))) return false;
  out.append(",\"level\":");
  out.append(std::to_string(b.level));
  out.append(",\"links\":[");
  for (std::size_t i = 0; i < b.links.size(); ++i) {
    if (i > 0) out.push_back(',');
    out.append("{\"text\":");
    if (!append_json_string(out, b.links[i].text)) return false;
    out.append(",\"url\":");
    if (!append_json_string(out, b.links[i].url)) return false;
    out.push_back('}');
  }
  out.append("],\"text\":");
  if (!append_json_string(out, b.text)) return false;
  out.push_back('}');
  return true;
}

bool append_clean_json(std::string& out, const CleanResult& cleaned) {
  out.append("{\"kept\":[");
  for (std::size_t i = 0; i < cleaned.kept.blocks.size(); ++i) {
    if (i > 0) out.push_back(',');
    if (!append_block_json(out, cleaned.kept.blocks[i])) return false;
  }
  out.append("],\"removed\":[");
  for (std::size_t i = 0; i < cleaned.removed.size(); ++i) {
    const RemovedBlock& r = cleaned.removed[i];
    if (i > 0) out.push_back(',');
    out.append("{\"block\":");
    if (!append_block_json(out, r.block)) return false;
    if (r.category) {
      out.append(",\"category\":");
      if (!append_json_string(out, category_name(*r.category))) return false;
    }
    out.append(",\"evidence\":");
    if (!append_json_string(out, r.evidence)) return false;
    out.append(",\"kind\":");
    if (!append_json_string(out, removal_kind_name(r.kind))) return false;
    out.append(",\"reason\":");
    if (!append_json_string(out, r.reason)) return false;
    out.push_back('}');
  }
  out.append("],\"tracking_params_removed\":");
  out.append(std::to_string(cleaned.kept.tracking_params_removed));
  out.append(",\"tracking_pixels\":");
  out.append(std::to_string(cleaned.kept.tracking_pixels));
  out.push_back('}');
  return true;
}

}  // namespace

std::string to_json_text(const CleanResult& cleaned) {
  std::string out;
  if (!append_clean_json(out, cleaned)) return to_json(cleaned).dump();
  return out;
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
      removed.category = category_from_name(r.value("category", ""));
      cleaned.removed.push_back(std::move(removed));
    }
  }
  cleaned.kept.tracking_pixels = j.value("tracking_pixels", 0);
  cleaned.kept.tracking_params_removed = j.value("tracking_params_removed", 0);
  return cleaned;
}

}  // namespace distill::transform
