#pragma once
// Printing the effective config, for `check-config`.

#include <string>

#include "config/settings.hpp"

namespace distill::config {

// The effective config as INI that parse_settings() reads back: every key
// with its value or default, unset keys as `# key =`, secrets by their source
// (`password_command = pass show mail`), never resolved.
std::string format_settings(const Settings& settings);

}  // namespace distill::config
