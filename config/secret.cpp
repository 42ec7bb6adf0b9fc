#include "config/secret.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

extern char** environ;

namespace distill::config {

namespace {

// Both ends of a pipe, closed on scope exit.
struct Pipe {
  int fds[2] = {-1, -1};
  ~Pipe() {
    for (int fd : fds) {
      if (fd >= 0) ::close(fd);
    }
  }
  void close_end(int i) {
    ::close(fds[i]);
    fds[i] = -1;
  }
};

std::string run_command(const Secret& secret) {
  Pipe out;
  if (::pipe2(out.fds, O_CLOEXEC) != 0) {
    throw SecretError("cannot run " + describe(secret) + ": " + std::strerror(errno));
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out.fds[1], STDOUT_FILENO);
  // What the command says on stderr may hold the secret (a password given
  // inside the command, a tool that echoes it): only its exit status is
  // shown.
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  std::string command = secret.reference;
  char sh[] = "sh";
  char dash_c[] = "-c";
  char* argv[] = {sh, dash_c, command.data(), nullptr};
  pid_t pid = 0;
  int rc = posix_spawn(&pid, "/bin/sh", &actions, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) throw SecretError("cannot run " + describe(secret) + ": " + std::strerror(rc));
  out.close_end(1);

  // Read everything, so the command never dies of SIGPIPE, but keep only the
  // first line.
  std::string first_line;
  bool line_done = false;
  char buffer[4096];
  while (true) {
    ssize_t n = ::read(out.fds[0], buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    for (ssize_t i = 0; i < n && !line_done; ++i) {
      if (buffer[i] == '\n') {
        line_done = true;
      } else {
        first_line.push_back(buffer[i]);
      }
    }
  }
  std::memset(buffer, 0, sizeof buffer);
  if (!first_line.empty() && first_line.back() == '\r') first_line.pop_back();

  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) throw SecretError("cannot wait for " + describe(secret) + ": " + std::strerror(errno));
  }
  if (WIFSIGNALED(status)) {
    throw SecretError(describe(secret) + " was killed by signal " + std::to_string(WTERMSIG(status)));
  }
  if (WEXITSTATUS(status) != 0) {
    throw SecretError(describe(secret) + " exited with status " + std::to_string(WEXITSTATUS(status)));
  }
  if (first_line.empty()) throw SecretError(describe(secret) + " printed nothing");
  return first_line;
}

}  // namespace

std::string describe(const Secret& secret) { return secret.key + " for [" + secret.section + "]"; }

std::string resolve_secret(const Secret& secret) {
  switch (secret.kind) {
    case Secret::Kind::none:
      return {};
    case Secret::Kind::env: {
      const char* value = std::getenv(secret.reference.c_str());
      if (value == nullptr) {
        throw SecretError(describe(secret) + ": environment variable '" + secret.reference + "' is not set");
      }
      if (*value == '\0') {
        throw SecretError(describe(secret) + ": environment variable '" + secret.reference + "' is empty");
      }
      return value;
    }
    case Secret::Kind::command:
      return run_command(secret);
  }
  return {};
}

}  // namespace distill::config
