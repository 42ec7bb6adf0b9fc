// The archive's queries: the cleaned issues, full-text search (SQLite FTS5),
// the recent issues and digests the feeds are made of, and retention.

#include <filesystem>

#include <nlohmann/json.hpp>

#include "store/statement.hpp"
#include "store/store.hpp"
#include "transform/clean.hpp"
#include "transform/clean_json.hpp"
#include "transform/json_text.hpp"
#include "transform/summary_json.hpp"

namespace distill::store {

namespace {

// The columns issue_row() reads, for a query over summaries s, messages m
// and (left joined) issues i.
constexpr const char* k_issue_columns =
    "SELECT m.id, m.message_id, m.from_addr, m.list_id, m.subject, m.date, s.source, s.summary, s.created_at, "
    "m.pruned_at, i.cleaned FROM summaries s JOIN messages m ON m.id = s.message "
    "LEFT JOIN issues i ON i.message = s.message ";

ArchivedIssue issue_row(const Statement& s) {
  ArchivedIssue issue;
  issue.message = s.integer(0);
  issue.info = {s.text(1), s.text(2), s.text(3), s.text(4), s.time(5)};
  issue.source = s.text(6);
  issue.summary = transform::summary_from_json(nlohmann::json::parse(s.text(7)));
  issue.processed = s.time(8).value_or(TimePoint{});
  issue.pruned = s.time(9);
  if (!s.is_null(10)) issue.cleaned = transform::clean_result_from_json(nlohmann::json::parse(s.text(10)));
  return issue;
}

// What FTS5 said about a query, in the user's terms.
std::string describe_query_problem(std::string message) {
  if (message.starts_with("fts5: ")) message.erase(0, 6);
  if (message == "syntax error near \"\"") return "syntax error at the end of the query";
  if (message.starts_with("no such column: ")) {
    return "unknown field \"" + message.substr(16) + "\" (a query may name title, source or text)";
  }
  return message;
}

std::int64_t file_bytes(sqlite3* db) {
  Statement count(db, "PRAGMA page_count", "read page count");
  count.step();
  Statement size(db, "PRAGMA page_size", "read page size");
  size.step();
  return count.integer(0) * size.integer(0);
}

}  // namespace

ProcessedRows Store::prepare_processed(const std::string& source, const transform::Summary& summary,
                                       const std::vector<std::string>& block_texts,
                                       const transform::CleanResult& cleaned) {
  ProcessedRows rows;
  rows.source = source;
  rows.summary = transform::to_json(summary).dump();
  rows.title = summary.title;
  rows.blocks = transform::to_json_text(block_texts);
  rows.cleaned = transform::to_json_text(cleaned);
  rows.text = transform::document_text(cleaned.kept);
  return rows;
}

void Store::write_processed(std::int64_t id, const ProcessedRows& rows, TimePoint now) {
  store_summary(id, rows.source, rows.summary, rows.blocks, now);
  store_issue(id, rows.cleaned);
}

void Store::index_processed(std::int64_t id, const ProcessedRows& rows) {
  unindex_issue(id);
  cached("INSERT INTO issue_search (rowid, title, source, text) VALUES (?1, ?2, ?3, ?4)", "index prepared issue")
      .bind(1, id)
      .bind(2, rows.title)
      .bind(3, rows.source)
      .bind(4, rows.text)
      .run();
}

void Store::store_issue(std::int64_t id, const std::string& cleaned_json) {
  cached("INSERT INTO issues (message, cleaned) VALUES (?1, ?2) ON CONFLICT(message) DO UPDATE SET cleaned = ?2",
         "store cleaned issue")
      .bind(1, id)
      .bind(2, cleaned_json)
      .run();
}

void Store::unindex_issue(std::int64_t id) {
  cached("DELETE FROM issue_search WHERE rowid = ?1", "unindex issue").bind(1, id).run();
}

void Store::archive_issue(std::int64_t id, const transform::CleanResult& cleaned) {
  store_issue(id, transform::to_json_text(cleaned));
  unindex_issue(id);
  cached(
      "INSERT INTO issue_search (rowid, title, source, text) "
      "SELECT s.message, coalesce(json_extract(s.summary, '$.title'), ''), s.source, ?2 "
      "FROM summaries s WHERE s.message = ?1",
      "index issue")
      .bind(1, id)
      .bind(2, transform::document_text(cleaned.kept))
      .run();
}

std::vector<SearchHit> Store::search(const SearchQuery& query) {
  Statement s(m_db,
              "SELECT m.id, coalesce(m.date, m.ingested_at), s.source, f.title, "
              "snippet(issue_search, -1, '[', ']', '...', 16) "
              "FROM issue_search f JOIN messages m ON m.id = f.rowid JOIN summaries s ON s.message = f.rowid "
              "WHERE issue_search MATCH ?1 AND (?2 = '' OR s.source = ?2 COLLATE NOCASE) "
              "AND (?3 IS NULL OR coalesce(m.date, m.ingested_at) >= ?3) "
              "ORDER BY coalesce(m.date, m.ingested_at) DESC, m.id DESC LIMIT ?4",
              "search the archive");
  s.bind(1, query.match).bind(2, query.source).bind(3, query.since).bind(4, static_cast<std::int64_t>(query.limit));
  std::vector<SearchHit> hits;
  try {
    while (s.step()) hits.push_back({s.integer(0), s.time(1), s.text(2), s.text(3), s.text(4)});
  } catch (const Error&) {
    // The statement itself is fixed, so an SQLITE_ERROR here is the query's.
    if ((sqlite3_extended_errcode(m_db) & 0xff) != SQLITE_ERROR) throw;
    throw QueryError("cannot read search query \"" + query.match + "\": " +
                     describe_query_problem(sqlite3_errmsg(m_db)));
  }
  return hits;
}

std::optional<ArchivedIssue> Store::issue(std::int64_t id) {
  Statement s(m_db, std::string(k_issue_columns) + "WHERE m.id = ?1 AND m.status = 'processed'", "read issue");
  s.bind(1, id);
  if (!s.step()) return std::nullopt;
  return issue_row(s);
}

std::optional<std::string> Store::original(std::int64_t id) {
  Statement s(m_db,
              "SELECT b.raw, m.pruned_at FROM messages m JOIN message_bytes b ON b.message = m.id WHERE m.id = ?1",
              "read original message");
  s.bind(1, id);
  if (!s.step()) throw Error("no message " + std::to_string(id) + " in the store");
  if (!s.is_null(1)) return std::nullopt;
  return s.text(0);
}

std::vector<ArchivedIssue> Store::recent_issues(int limit, std::string_view source) {
  Statement s(m_db,
              std::string(k_issue_columns) +
                  "WHERE m.status = 'processed' AND (?2 = '' OR s.source = ?2) "
                  "ORDER BY coalesce(m.date, m.ingested_at) DESC, m.id DESC LIMIT ?1",
              "list recent issues");
  // A std::string, not the view: an empty view may have no data, and SQLite
  // binds a null pointer as NULL, which equals nothing.
  s.bind(1, static_cast<std::int64_t>(limit)).bind(2, std::string(source));
  std::vector<ArchivedIssue> out;
  while (s.step()) out.push_back(issue_row(s));
  return out;
}

std::vector<std::string> Store::issue_sources() {
  Statement s(m_db,
              "SELECT DISTINCT s.source FROM summaries s JOIN messages m ON m.id = s.message "
              "WHERE m.status = 'processed' ORDER BY s.source",
              "list issue sources");
  std::vector<std::string> out;
  while (s.step()) out.push_back(s.text(0));
  return out;
}

std::vector<DigestRecord> Store::sent_digests(int limit) {
  Statement s(m_db,
              "SELECT id, message_id, subject, attempts, last_error, mime, created_at, sent_at FROM digests "
              "WHERE status = 'sent' ORDER BY sent_at DESC, id DESC LIMIT ?1",
              "list sent digests");
  s.bind(1, static_cast<std::int64_t>(limit));
  std::vector<DigestRecord> out;
  while (s.step()) {
    DigestRecord d;
    d.id = s.integer(0);
    d.message_id = s.text(1);
    d.subject = s.text(2);
    d.status = DigestStatus::sent;
    d.attempts = static_cast<int>(s.integer(3));
    d.last_error = s.text(4);
    d.mime = s.text(5);
    d.created = s.time(6).value_or(TimePoint{});
    d.sent = s.time(7);
    out.push_back(std::move(d));
  }
  return out;
}

std::vector<PruneCandidate> Store::prune_candidates(TimePoint cutoff) {
  Statement s(m_db,
              "SELECT m.id, m.subject, m.date, m.size FROM messages m "
              "WHERE m.pruned_at IS NULL AND coalesce(m.date, m.ingested_at) < ?1 AND m.status != 'new' "
              "AND NOT EXISTS (SELECT 1 FROM digest_items i JOIN digests d ON d.id = i.digest "
              "                WHERE i.message = m.id AND d.status = 'pending') "
              "AND NOT (m.status = 'processed' AND NOT EXISTS (SELECT 1 FROM digest_items i WHERE i.message = m.id)) "
              "ORDER BY m.id",
              "list messages to prune");
  s.bind(1, std::optional<TimePoint>(cutoff));
  std::vector<PruneCandidate> out;
  while (s.step()) out.push_back({s.integer(0), s.text(1), s.time(2), s.integer(3)});
  return out;
}

void Store::prune(const std::vector<std::int64_t>& ids, TimePoint now) {
  Transaction tx = begin();
  for (auto id : ids) {
    Statement(m_db, "UPDATE messages SET pruned_at = ?2 WHERE id = ?1", "prune message")
        .bind(1, id)
        .bind(2, std::optional<TimePoint>(now))
        .run();
    Statement(m_db, "UPDATE message_bytes SET raw = zeroblob(0) WHERE message = ?1", "drop message bytes")
        .bind(1, id)
        .run();
    Statement(m_db, "DELETE FROM issues WHERE message = ?1", "prune cleaned issue").bind(1, id).run();
    Statement(m_db, "DELETE FROM issue_search WHERE rowid = ?1", "unindex pruned issue").bind(1, id).run();
    Statement(m_db,
              "INSERT INTO issue_search (rowid, title, source, text) "
              "SELECT message, title, source, text FROM summary_text WHERE message = ?1",
              "index pruned issue by its summary")
        .bind(1, id)
        .run();
  }
  tx.commit();
}

std::int64_t Store::reclaim_space() {
  const std::int64_t before = file_bytes(m_db);
  std::int64_t mode = 0;
  {
    Statement s(m_db, "PRAGMA auto_vacuum", "read auto_vacuum");
    s.step();
    mode = s.integer(0);
  }
  if (mode != 2) {  // 2: incremental
    // auto_vacuum can only be switched on for a file that VACUUM rebuilds.
    exec(m_db, "PRAGMA auto_vacuum = INCREMENTAL", "turn on incremental vacuum");
    exec(m_db, "VACUUM", "vacuum store");
  } else {
    exec(m_db, "PRAGMA incremental_vacuum", "vacuum store");
  }
  exec(m_db, "PRAGMA wal_checkpoint(TRUNCATE)", "checkpoint store");
  return before - file_bytes(m_db);
}

}  // namespace distill::store
