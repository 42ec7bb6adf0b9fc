// Step 6 of clean() (clean.cpp): template learning from the mailbox.
//
// Blocks recurring in the sender's earlier issues, and blocks recurring in
// other senders' issues (the mailing platform's template; never headings or
// long paragraphs). Here too the keys under which the store records them:
// the template keys of an issue's blocks and their platform keys.

#include <algorithm>
#include <cctype>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "transform/block_facts.hpp"
#include "transform/clean_passes.hpp"
#include "transform/evidence.hpp"
#include "transform/markers.hpp"
#include "transform/vocabulary.hpp"
#include "transform/words.hpp"

namespace distill::transform {

namespace {

// A template key shorter than this is a recurring word, not boilerplate.
constexpr std::size_t k_min_template_key = 12;

}  // namespace

namespace clean_detail {

// Platform template: a block that recurs in the issues of several other
// senders is the mailing platform's (its footer, its badge), since
// publishers do not share news text. Headings and long blocks never go on
// this signal alone (platform_key gives them no key).
void Cleaner::mark_platform_template() {
  if (m_context.platform_senders.empty()) return;
  const bool given = m_context.block_platform_keys.size() == size();  // the caller's keys of these blocks
  for (std::size_t i = 0; i < size(); ++i) {
    if (!open(i) || m_info[i].heading_like || block(i).kind == BlockKind::image) continue;
    const std::uint64_t key = given ? m_context.block_platform_keys[i] : platform_key(block(i).text);
    if (key == 0) continue;
    auto it = m_context.platform_senders.find(key);
    if (it == m_context.platform_senders.end() || it->second < k_platform_min_senders) continue;
    remove(i, {RemovalKind::template_block, "recurs in " + std::to_string(it->second) + " other senders' issues"});
  }
}

void Cleaner::mark_templates() {
  if (m_history.empty()) return;
  // Each earlier issue counts once per key (template_keys holds each once).
  std::unordered_map<std::string_view, int> seen;
  for (const auto& issue : m_history) {
    for (const auto& key : issue) ++seen[key];
  }
  int need = m_history.size() >= 2 ? 2 : 1;
  int of = static_cast<int>(m_history.size());
  const bool given = m_context.block_keys.size() == size();  // the caller's keys of these blocks
  for (std::size_t i = 0; i < size(); ++i) {
    if (!open(i) || m_info[i].heading_like || block(i).kind == BlockKind::image) continue;
    const std::string own = given ? std::string() : template_key(block(i).text);
    const std::string& key = given ? m_context.block_keys[i] : own;
    if (key.size() < k_min_template_key) continue;  // too short to tell boilerplate from a recurring word
    auto it = seen.find(key);
    if (it == seen.end() || it->second < need) continue;
    remove(i, {RemovalKind::template_block,
               "recurs in " + std::to_string(it->second) + " of " + std::to_string(of) + " earlier issues"});
  }
}

}  // namespace clean_detail

namespace {

bool is_history_block(const Block& b) {
  return b.kind != BlockKind::image && b.kind != BlockKind::separator && has_words(b.text);
}

// Adds `key` to `keys` unless it is too short or there already.
void add_template_key(std::string key, std::vector<std::string>& keys, std::unordered_set<std::string>& seen) {
  if (key.size() < k_min_template_key || seen.contains(key)) return;
  seen.insert(key);
  keys.push_back(std::move(key));
}

}  // namespace

std::vector<std::string> history_entry(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& b : doc.blocks) {
    if (is_history_block(b)) out.push_back(b.text);
  }
  return out;
}

std::vector<std::string> template_keys(const std::vector<std::string>& block_texts) {
  std::vector<std::string> keys;
  std::unordered_set<std::string> seen;
  for (const auto& text : block_texts) add_template_key(template_key(text), keys, seen);
  return keys;
}

std::vector<std::string> block_template_keys(const Document& doc) {
  std::vector<std::string> keys(doc.blocks.size());
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    if (doc.blocks[i].kind != BlockKind::image) keys[i] = template_key(doc.blocks[i].text);
  }
  return keys;
}

std::vector<std::string> block_template_keys(const Document& doc, const std::vector<BlockFacts>& facts) {
  if (facts.size() != doc.blocks.size()) return block_template_keys(doc);
  std::vector<std::string> keys(doc.blocks.size());
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    if (doc.blocks[i].kind != BlockKind::image) keys[i] = template_key_of_folded(facts[i].folded);
  }
  return keys;
}

std::vector<std::string> template_keys(const Document& doc, const std::vector<std::string>& block_keys) {
  std::vector<std::string> keys;
  std::unordered_set<std::string> seen;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    if (is_history_block(doc.blocks[i])) add_template_key(block_keys[i], keys, seen);
  }
  return keys;
}

namespace {

// A token that names something the same platform footer says differently
// under each newsletter: an address, a URL, a domain.
bool is_address_like(std::string_view token) {
  if (token.find('@') != std::string_view::npos || token.find("://") != std::string_view::npos) return true;
  if (token.starts_with("www.")) return true;
  const std::size_t dot = token.find('.');
  return dot != std::string_view::npos && dot > 0 && dot + 1 < token.size() &&
         std::isalpha(static_cast<unsigned char>(token[dot + 1])) &&
         std::isalpha(static_cast<unsigned char>(token[dot - 1]));
}

bool starts_upper(std::string_view token) {
  std::size_t i = 0;
  while (i < token.size()) {
    const char32_t c = next_code_point(token, i);
    if (!is_word_code_point(c)) continue;
    return !(c >= '0' && c <= '9') && !is_lower_letter(c);
  }
  return false;
}

}  // namespace

std::uint64_t platform_key(std::string_view text) {
  const int words = count_words_up_to(text, 40);
  if (words < 6 || words > 40) return 0;
  std::string folded;
  bool sentence_start = true;
  std::size_t at = 0;
  while (at < text.size()) {
    while (at < text.size() && std::isspace(static_cast<unsigned char>(text[at]))) ++at;
    std::size_t end = at;
    while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end]))) ++end;
    if (end == at) break;
    const std::string_view token = text.substr(at, end - at);
    at = end;
    std::string key;
    if (is_address_like(token)) {
      key = "@";
    } else if (std::any_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      key = "0";
    } else if (!sentence_start && starts_upper(token)) {
      key = "N";
    } else {
      key = template_key(token);
    }
    const char last = token.back();
    sentence_start = last == '.' || last == '!' || last == '?' || last == ':';
    if (key.empty()) continue;
    // A name of several words folds to one N.
    if (key == "N" && folded.ends_with(" N")) continue;
    folded += ' ';
    folded += key;
  }
  // FNV-1a: stable across builds and machines, as the store keeps it.
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : folded) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h == 0 ? 1 : h;
}

std::vector<std::uint64_t> platform_keys(const Document& doc) {
  return platform_keys(block_platform_keys(doc, block_facts(doc)));
}

std::vector<std::uint64_t> block_platform_keys(const Document& doc, const std::vector<BlockFacts>& facts) {
  if (facts.size() != doc.blocks.size()) return block_platform_keys(doc, block_facts(doc));
  std::vector<std::uint64_t> keys(doc.blocks.size(), 0);
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    if (facts[i].heading_like || doc.blocks[i].kind == BlockKind::image) continue;
    // Folding only joins words: more than 40 folded ones are more than 40.
    if (facts[i].words <= 40) keys[i] = platform_key(doc.blocks[i].text);
  }
  return keys;
}

std::vector<std::uint64_t> platform_keys(const std::vector<std::uint64_t>& block_keys) {
  std::vector<std::uint64_t> keys;
  for (const std::uint64_t key : block_keys) {
    if (key != 0 && std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
  }
  return keys;
}

}  // namespace distill::transform
