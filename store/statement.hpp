#pragma once
// The prepared-statement wrapper and error helpers the store's .cpp files
// share. Internal to store/: nothing outside it includes this.

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "store/store.hpp"

namespace distill::store {

struct StatementFinalize {
  void operator()(sqlite3_stmt* s) const noexcept { sqlite3_finalize(s); }
};
using StatementHandle = std::unique_ptr<sqlite3_stmt, StatementFinalize>;

// A statement kept for the next use (Store::cached) is handed back reset,
// with its bindings cleared, instead of finalized.
struct StatementRelease {
  bool keep = false;
  void operator()(sqlite3_stmt* s) const noexcept {
    if (!keep) {
      sqlite3_finalize(s);
      return;
    }
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
  }
};

// The statements a Store keeps, by their SQL text.
struct StatementCache {
  std::unordered_map<std::string, StatementHandle> statements;
};

// Errors name the store file: a user with two stores (or a test and a
// daemon) must know which one failed.
inline std::string file_of(sqlite3* db) {
  const char* name = sqlite3_db_filename(db, "main");
  return name && *name ? name : "(store)";
}

[[noreturn]] inline void fail(sqlite3* db, std::string_view what) {
  throw Error("store " + file_of(db) + ": " + std::string(what) + ": " + sqlite3_errmsg(db));
}

// A prepared statement with positional binding. `what` names the statement's
// purpose in errors ("store message", "read mailbox").
class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql, std::string_view what) : m_db(db), m_what(what) {
    m_stmt.reset(prepare(db, sql, what));
  }
  // A kept statement, lent: reset for its next use when this goes.
  Statement(sqlite3* db, sqlite3_stmt* kept, std::string_view what)
      : m_db(db), m_what(what), m_stmt(kept, StatementRelease{true}) {}

  static sqlite3_stmt* prepare(sqlite3* db, std::string_view sql, std::string_view what) {
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &raw, nullptr) != SQLITE_OK) {
      fail(db, what);
    }
    return raw;
  }

  Statement& bind(int i, std::int64_t v) {
    check(sqlite3_bind_int64(m_stmt.get(), i, v));
    return *this;
  }
  Statement& bind(int i, std::string_view v) {
    check(sqlite3_bind_text(m_stmt.get(), i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT));
    return *this;
  }
  Statement& bind_blob(int i, std::string_view v) {
    check(sqlite3_bind_blob64(m_stmt.get(), i, v.data(), v.size(), SQLITE_TRANSIENT));
    return *this;
  }
  Statement& bind(int i, std::optional<TimePoint> t) {
    if (t) return bind(i, static_cast<std::int64_t>(t->time_since_epoch().count()));
    check(sqlite3_bind_null(m_stmt.get(), i));
    return *this;
  }

  // Returns true while there is a row.
  bool step() {
    int rc = sqlite3_step(m_stmt.get());
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    fail(m_db, m_what);
  }
  void run() {
    while (step()) {
    }
  }
  // Makes the statement ready to bind and step again.
  void reset() { sqlite3_reset(m_stmt.get()); }

  std::int64_t integer(int col) const { return sqlite3_column_int64(m_stmt.get(), col); }
  bool is_null(int col) const { return sqlite3_column_type(m_stmt.get(), col) == SQLITE_NULL; }
  std::string text(int col) const {
    const auto* p = sqlite3_column_blob(m_stmt.get(), col);
    int n = sqlite3_column_bytes(m_stmt.get(), col);
    return p ? std::string(static_cast<const char*>(p), static_cast<std::size_t>(n)) : std::string();
  }
  std::optional<TimePoint> time(int col) const {
    if (is_null(col)) return std::nullopt;
    return TimePoint{std::chrono::seconds{integer(col)}};
  }

 private:
  void check(int rc) {
    if (rc != SQLITE_OK) fail(m_db, m_what);
  }
  sqlite3* m_db;
  std::string m_what;
  std::unique_ptr<sqlite3_stmt, StatementRelease> m_stmt;
};

inline void exec(sqlite3* db, const char* sql, std::string_view what) {
  char* message = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
    std::string text = message ? message : sqlite3_errmsg(db);
    sqlite3_free(message);
    throw Error("store " + file_of(db) + ": " + std::string(what) + ": " + text);
  }
}

}  // namespace distill::store
