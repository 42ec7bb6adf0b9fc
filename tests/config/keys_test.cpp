// config/keys: the key table, and what is made of it.

#include "config/keys.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

namespace fs = std::filesystem;
using namespace distill::config;

namespace {

const fs::path k_source = DISTILL_SOURCE_DIR;

}  // namespace

TEST_CASE("keys are all documented in config/example.conf", "[config]") {
  // Each key must appear in example.conf under its section, set or as a
  // commented-out `# key = ...` line: the example is the reference.
  std::ifstream in(k_source / "config/example.conf");
  std::set<std::pair<std::string, std::string>> documented;
  std::string section;
  for (std::string line; std::getline(in, line);) {
    if (line.starts_with("[")) {
      section = line.substr(1, line.find(']') - 1);
      if (section.starts_with("source.")) section = "source";
      continue;
    }
    std::string text = line.starts_with("# ") ? line.substr(2) : line;
    auto equals = text.find(" = ");
    if (equals != std::string::npos && text.find(' ') == equals) documented.insert({section, text.substr(0, equals)});
  }
  for (const auto& key : known_keys()) {
    INFO("[" << key.section << "] " << key.key);
    CHECK(documented.contains({std::string(key.section), std::string(key.key)}));
  }
}

TEST_CASE("keys are found by their section's kind, [source.NAME] being 'source'", "[config]") {
  CHECK(section_kind("source.field-notes") == "source");
  CHECK(section_kind("imap") == "imap");
  REQUIRE(find_key("imap", "mailbox") != nullptr);
  CHECK(find_key("imap", "mailbox")->repeatable);
  CHECK_FALSE(find_key("imap", "url")->repeatable);
  CHECK(find_key("source", "drop") != nullptr);
  CHECK(find_key("imap", "drop") == nullptr);
  CHECK(find_key("digest", "mailbox") == nullptr);

  CHECK(is_secret_key("password_command"));
  CHECK(is_secret_key("token_command"));
  CHECK_FALSE(is_secret_key("password"));  // a secret in plain text is not a key at all
}

TEST_CASE("keys of the fixed sections are all on the command line, with their defaults in the help", "[config]") {
  const auto options = command_line_options();
  for (const auto& key : known_keys()) {
    const std::string name = std::string(key.section) + "." + std::string(key.key);
    INFO(name);
    const auto* option = options.find_nothrow(name, /*approx=*/false);
    if (key.section == "source") {
      CHECK(option == nullptr);  // [source.NAME] keys are file-only
      continue;
    }
    REQUIRE(option != nullptr);
    if (!key.default_text.empty()) {
      CHECK(option->description().find("[default: " + std::string(key.default_text) + "]") != std::string::npos);
    }
  }
}
