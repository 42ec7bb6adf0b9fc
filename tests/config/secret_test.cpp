#include "config/secret.hpp"

#include <catch2/catch.hpp>
#include <unistd.h>

#include <cstdlib>

using namespace distill::config;

namespace {

Secret command(const std::string& line) { return {Secret::Kind::command, line, "password_command", "imap"}; }

std::string error_of(const Secret& secret) {
  try {
    resolve_secret(secret);
  } catch (const SecretError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("secret reads an environment variable", "[config]") {
  ::setenv("DISTILL_TEST_SECRET", "s3cret value", 1);
  ::setenv("DISTILL_TEST_EMPTY", "", 1);
  ::unsetenv("DISTILL_TEST_UNSET");
  CHECK(resolve_secret({Secret::Kind::env, "DISTILL_TEST_SECRET", "password_env", "smtp"}) == "s3cret value");
  CHECK(error_of({Secret::Kind::env, "DISTILL_TEST_UNSET", "password_env", "smtp"}) ==
        "password_env for [smtp]: environment variable 'DISTILL_TEST_UNSET' is not set");
  CHECK(error_of({Secret::Kind::env, "DISTILL_TEST_EMPTY", "password_env", "smtp"}) ==
        "password_env for [smtp]: environment variable 'DISTILL_TEST_EMPTY' is empty");
  CHECK(resolve_secret({}).empty());
}

TEST_CASE("secret takes the first line a command prints", "[config]") {
  CHECK(resolve_secret(command("printf 'hunter2\\nsecond line\\n'")) == "hunter2");
  CHECK(resolve_secret(command("printf 'crlf\\r\\n'")) == "crlf");
  CHECK(resolve_secret(command("printf 'no newline'")) == "no newline");
  CHECK(resolve_secret(command("head -c 100000 /dev/zero | tr '\\\\0' x; echo")).size() == 100000);
}

TEST_CASE("secret errors name the key, never the value", "[config]") {
  CHECK(error_of(command("echo hunter2; exit 1")) == "password_command for [imap] exited with status 1");
  CHECK(error_of(command("true")) == "password_command for [imap] printed nothing");
  CHECK(error_of(command("kill -TERM $$")) == "password_command for [imap] was killed by signal 15");
  CHECK(error_of({Secret::Kind::command, "exit 3", "token_command", "imap"}) ==
        "token_command for [imap] exited with status 3");
}

TEST_CASE("secret shows only a command's exit status, never what it wrote to stderr", "[config]") {
  // Capture this process's stderr while the command runs.
  char path[] = "/tmp/distill-secret-stderr-XXXXXX";
  const int capture = ::mkstemp(path);
  REQUIRE(capture >= 0);
  const int saved = ::dup(STDERR_FILENO);
  ::dup2(capture, STDERR_FILENO);
  const auto error = error_of(command("echo 'usage: vault --password=hunter2' >&2; exit 3"));
  ::dup2(saved, STDERR_FILENO);
  ::close(saved);
  char buffer[256] = {};
  const auto n = ::pread(capture, buffer, sizeof buffer - 1, 0);
  ::close(capture);
  ::unlink(path);
  CHECK(error == "password_command for [imap] exited with status 3");
  CHECK(n == 0);
  CHECK(std::string(buffer).find("hunter2") == std::string::npos);
}
