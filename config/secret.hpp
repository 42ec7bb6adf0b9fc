#pragma once
// Resolving a Secret (password_env, password_command, token_command) into
// the value, at the moment an adapter needs it. Nothing here logs or keeps
// the value, and no error text contains it: errors name the key and section
// the secret came from ("password_command for [imap] exited with status 1").

#include <stdexcept>
#include <string>

#include "config/settings.hpp"

namespace distill::config {

// A secret that could not be had. A runtime failure (exit 1), not a config
// error: the config itself was valid.
class SecretError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Kind::env: the variable's value; unset or empty throws SecretError.
// Kind::command: runs `/bin/sh -c REFERENCE` with stdin and stderr inherited
// (so `pass` or `gpg` can ask and complain), and returns the first line of
// its standard output without the line end. A command that cannot start,
// exits non-zero, dies of a signal or prints nothing throws SecretError.
// Kind::none: returns an empty string.
std::string resolve_secret(const Secret& secret);

// "password_command for [imap]", for messages.
std::string describe(const Secret& secret);

}  // namespace distill::config
