// config/suggest: what an error about an unknown section or key adds.

#include "config/suggest.hpp"

#include <catch2/catch.hpp>

using namespace distill::config;

TEST_CASE("suggest names the nearest section, or how sections are written", "[config]") {
  CHECK(suggest_section("fed") == "did you mean [feed]?");
  CHECK(suggest_section("stroe") == "did you mean [store]?");  // two letters swapped: one edit
  CHECK(suggest_section("sources") == "a source section is written [source.NAME]");
  CHECK(suggest_section("network") ==
        "expected [store], [imap], [smtp], [digest], [feed] or [source.NAME]");
}

TEST_CASE("suggest names the nearest key, the section a key belongs in, or the section's keys", "[config]") {
  CHECK(suggest_key("mailbx", "imap") == "did you mean 'mailbox'?");
  CHECK(suggest_key("mailbxo", "imap") == "did you mean 'mailbox'?");
  CHECK(suggest_key("drop-after", "source") == "did you mean 'drop_after'?");
  CHECK(suggest_key("schedule", "imap") == "'schedule' belongs in [digest]");
  CHECK(suggest_key("keep", "digest") == "'keep' belongs in [source.NAME]");
  CHECK(suggest_key("frobnicate", "store") == "expected one of path, jobs, keep_days");
}

TEST_CASE("suggest says where a key found before any section belongs", "[config]") {
  CHECK(suggest_home("url") == "put it under [imap] or [smtp]");
  CHECK(suggest_home("user") == "put it under [imap] or [smtp]");
  CHECK(suggest_home("drop") == "put it under [source.NAME]");
  CHECK(suggest_home("frobnicate") ==
        "expected a section first: [store], [imap], [smtp], [digest], [feed] or [source.NAME]");
}
