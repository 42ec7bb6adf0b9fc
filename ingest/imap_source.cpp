#include "ingest/imap_source.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <map>
#include <memory>
#include <optional>
#include <utility>

#include "ingest/header_facts.hpp"
#include "ingest/imap_connection.hpp"

namespace distill::ingest {

namespace {

// A batch also stops at this many bytes, so a mailbox of big messages does
// not hold batch_size of them in memory at once.
constexpr std::uint64_t k_batch_bytes = 16u * 1024 * 1024;

// The server part of the URL, for messages: scheme://host[:port], no user, no path.
std::string server_name(const std::string& url) {
  auto scheme_end = url.find("://");
  if (scheme_end == std::string::npos) return url;
  auto host_start = scheme_end + 3;
  auto at = url.find('@', host_start);
  auto slash = url.find('/', host_start);
  if (at != std::string::npos && (slash == std::string::npos || at < slash)) host_start = at + 1;
  return url.substr(0, scheme_end + 3) + url.substr(host_start, slash == std::string::npos ? std::string::npos
                                                                                            : slash - host_start);
}

std::string mailbox_context(const std::string& server, const std::string& mailbox) {
  return server + ", mailbox \"" + mailbox + "\"";
}

std::string imap_date(std::chrono::sys_days day) {
  static constexpr std::array<const char*, 12> months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  std::chrono::year_month_day ymd{day};
  return std::to_string(static_cast<unsigned>(ymd.day())) + "-" + months[static_cast<unsigned>(ymd.month()) - 1] +
         "-" + std::to_string(static_cast<int>(ymd.year()));
}

std::string size_text(std::uint64_t bytes) {
  return std::to_string(bytes) + " bytes";
}

struct MailboxStatus {
  UidValidity uidvalidity;
  std::uint32_t uidnext = 0;
  std::uint32_t exists = 0;
};

MailboxStatus open_mailbox(ImapConnection& conn, const std::string& verb, const std::string& mailbox) {
  MailboxStatus st;
  bool have_uidvalidity = false;
  conn.command(verb + " " + imap_quote(mailbox), [&](ImapResponse& r) {
    if (r.status == "OK" && !r.code.empty()) {
      auto space = r.code.find(' ');
      std::string name = r.code.substr(0, space);
      std::uint32_t value = 0;
      if (space != std::string::npos) {
        std::from_chars(r.code.data() + space + 1, r.code.data() + r.code.size(), value);
      }
      if (name == "UIDVALIDITY") {
        st.uidvalidity = UidValidity{value};
        have_uidvalidity = true;
      } else if (name == "UIDNEXT") {
        st.uidnext = value;
      }
    } else if (r.data.size() >= 2 && r.data[1].is_atom("EXISTS")) {
      st.exists = static_cast<std::uint32_t>(r.data[0].number().value_or(0));
    }
  });
  if (!have_uidvalidity) throw Error(conn.context() + ": " + verb + " gave no UIDVALIDITY");
  return st;
}

// UID SEARCH for the UIDs above `last` (and SINCE on a first run).
std::vector<std::uint32_t> new_uids(ImapConnection& conn, std::uint32_t last,
                                    std::optional<std::chrono::sys_days> since) {
  std::string query = "UID SEARCH UID " + std::to_string(last + 1) + ":*";
  if (since) query += " SINCE " + imap_date(*since);
  std::vector<std::uint32_t> uids;
  conn.command(query, [&](ImapResponse& r) {
    if (r.data.empty() || !r.data[0].is_atom("SEARCH")) return;
    for (std::size_t i = 1; i < r.data.size(); ++i) {
      auto n = r.data[i].number();
      // `n:*` matches the highest UID even when it is below n.
      if (n && *n > last && *n <= UINT32_MAX) uids.push_back(static_cast<std::uint32_t>(*n));
    }
  });
  std::sort(uids.begin(), uids.end());
  uids.erase(std::unique(uids.begin(), uids.end()), uids.end());
  return uids;
}

std::map<std::uint32_t, std::uint64_t> message_sizes(ImapConnection& conn, const std::vector<std::uint32_t>& uids) {
  std::map<std::uint32_t, std::uint64_t> sizes;
  for (std::size_t i = 0; i < uids.size(); i += 5000) {
    std::vector<std::uint32_t> chunk(uids.begin() + static_cast<std::ptrdiff_t>(i),
                                     uids.begin() + static_cast<std::ptrdiff_t>(std::min(uids.size(), i + 5000)));
    conn.command("UID FETCH " + uid_set(chunk) + " (UID RFC822.SIZE)", [&](ImapResponse& r) {
      if (r.data.size() < 3 || !r.data[1].is_atom("FETCH")) return;
      const ImapValue* uid = fetch_item(r.data[2], "UID");
      const ImapValue* size = fetch_item(r.data[2], "RFC822.SIZE");
      if (uid && size && uid->number() && size->number()) {
        sizes[static_cast<std::uint32_t>(*uid->number())] = *size->number();
      }
    });
  }
  return sizes;
}

class ImapSync {
 public:
  ImapSync(const ImapOptions& options, std::unique_ptr<ImapConnection> conn, MessageSink& sink,
           const ProgressFn& progress, std::string server)
      : m_options(options),
        m_conn(std::move(conn)),
        m_sink(sink),
        m_progress(progress),
        m_server(std::move(server)) {}

  // Syncs `mailbox`; a failure of the mailbox as a whole goes into the
  // summary, and the next mailbox starts on a fresh connection.
  MailboxSummary sync_or_report(const std::string& mailbox) {
    MailboxSummary summary;
    summary.mailbox = mailbox;
    try {
      sync_mailbox(mailbox, summary);
    } catch (const ConnectError&) {
      throw;  // the server is gone: the run stops, what was stored stays
    } catch (const Error& e) {
      summary.error = e.what();
      m_conn.reset();
    }
    return summary;
  }

 private:
  ImapConnection& conn(const std::string& mailbox) {
    if (!m_conn) m_conn = std::make_unique<ImapConnection>(m_options, mailbox_context(m_server, mailbox));
    return *m_conn;
  }

  // A new session on `mailbox` after the server closed the last one (BYE
  // on a message it cannot read). Throws when the mailbox changed meanwhile.
  void reopen(const std::string& mailbox, UidValidity uidvalidity) {
    m_conn.reset();
    MailboxStatus st = open_mailbox(conn(mailbox), "EXAMINE", mailbox);
    if (st.uidvalidity != uidvalidity) throw Error(m_conn->context() + ": UIDVALIDITY changed during the sync");
  }

  void sync_mailbox(const std::string& mailbox, MailboxSummary& summary) {
    conn(mailbox).set_context(mailbox_context(m_server, mailbox));
    MailboxStatus st = open_mailbox(*m_conn, "EXAMINE", mailbox);

    std::optional<Cursor> cursor = m_sink.cursor(mailbox);
    std::uint32_t last = 0;
    std::optional<std::chrono::sys_days> since = m_options.since;
    if (cursor && cursor->uidvalidity == st.uidvalidity) {
      last = cursor->last_uid.value;
      since.reset();
    } else if (cursor) {
      // The mailbox was recreated or renumbered: its UIDs mean nothing now.
      m_sink.reset(mailbox, st.uidvalidity);
      summary.uidvalidity_changed = true;
      since.reset();
    }

    std::vector<std::uint32_t> uids;
    if (st.exists > 0 && (st.uidnext == 0 || st.uidnext > last + 1)) uids = new_uids(*m_conn, last, since);
    if (uids.empty()) {
      // Nothing new: still record that the mailbox was looked at, under its UIDVALIDITY.
      m_sink.store_batch(mailbox, st.uidvalidity, Uid{last}, {});
      report(summary, 0, 0);
      return;
    }
    std::map<std::uint32_t, std::string> unsized;
    auto sizes = sizes_narrowing(mailbox, st.uidvalidity, uids, unsized);
    std::erase_if(uids, [&](std::uint32_t uid) { return unsized.count(uid) > 0; });
    auto total = static_cast<std::int64_t>(uids.size());
    report(summary, 0, total);

    std::int64_t done = 0;
    std::size_t i = 0;
    // The first UID the server failed to give: the cursor never passes it,
    // so it is asked for again next time; what follows it is still stored
    // now, and comes back next time as a duplicate the store drops.
    std::optional<std::uint32_t> first_failed;
    std::uint32_t passed = last;  // the highest UID given up on: the final cursor may pass it
    count_failures(mailbox, st.uidvalidity, unsized, summary, first_failed, passed);
    if (uids.empty()) {
      m_sink.store_batch(mailbox, st.uidvalidity, Uid{first_failed ? *first_failed - 1 : passed}, {});
      return;
    }
    while (i < uids.size()) {
      // One batch: up to batch_size UIDs, cut early at k_batch_bytes.
      std::vector<std::uint32_t> small, big;
      std::uint64_t batch_bytes = 0;
      std::size_t start = i;
      while (i < uids.size() && i - start < static_cast<std::size_t>(std::max(1, m_options.batch_size))) {
        auto it = sizes.find(uids[i]);
        std::uint64_t size = it == sizes.end() ? 0 : it->second;
        if (size > m_options.max_size) {
          big.push_back(uids[i]);
        } else {
          if (!small.empty() && batch_bytes + size > k_batch_bytes) break;
          small.push_back(uids[i]);
          batch_bytes += size;
        }
        ++i;
      }
      std::vector<FetchedMessage> messages;
      messages.reserve(i - start);
      std::map<std::uint32_t, std::string> failed;
      if (!small.empty()) fetch_narrowing(mailbox, st.uidvalidity, small, false, messages, failed);
      if (!big.empty()) fetch_narrowing(mailbox, st.uidvalidity, big, true, messages, failed);
      count_failures(mailbox, st.uidvalidity, failed, summary, first_failed, passed);
      const std::uint32_t reached = i == uids.size() ? std::max(uids[i - 1], passed) : uids[i - 1];
      const Uid batch_cursor{first_failed ? *first_failed - 1 : reached};
      BatchResult result = m_sink.store_batch(mailbox, st.uidvalidity, batch_cursor, messages);
      summary.added += result.added;
      summary.skipped += result.skipped;
      summary.duplicates += result.duplicates;
      for (const auto& m : messages) summary.bytes += m.raw.bytes.size();
      done += static_cast<std::int64_t>(i - start);
      report(summary, done, total);
    }
  }

  // Counts and reports the messages the server would not give; those not
  // given up on yet keep the cursor below them (`first_failed`).
  void count_failures(const std::string& mailbox, UidValidity uidvalidity,
                      const std::map<std::uint32_t, std::string>& failed, MailboxSummary& summary,
                      std::optional<std::uint32_t>& first_failed, std::uint32_t& passed) {
    for (const auto& [uid, reply] : failed) {
      ++summary.failed;
      const int attempts = m_sink.fetch_failed(mailbox, uidvalidity, Uid{uid}, reply);
      std::string line = "uid " + std::to_string(uid) + " (attempt " + std::to_string(attempts) + " of " +
                         std::to_string(k_max_fetch_attempts) + "): " + reply;
      if (attempts >= k_max_fetch_attempts) {
        // It never comes: let the cursor pass it rather than hold it for good.
        m_sink.fetch_given_up(mailbox, uidvalidity, Uid{uid});
        ++summary.given_up;
        passed = std::max(passed, uid);
        line += "; skipped from now on";
      } else if (!first_failed || uid < *first_failed) {
        first_failed = uid;
      }
      summary.failures.push_back(std::move(line));
    }
  }

  // fetch(), and when the server fails the whole command (a BYE for one
  // unreadable message, a NO), the same again one message at a time on a
  // fresh session, so that only the messages that fail are left out.
  void fetch_narrowing(const std::string& mailbox, UidValidity uidvalidity, const std::vector<std::uint32_t>& uids,
                       bool header_only, std::vector<FetchedMessage>& out,
                       std::map<std::uint32_t, std::string>& failed) {
    const std::size_t before = out.size();
    try {
      fetch(mailbox, uidvalidity, uids, header_only, out, failed);
      return;
    } catch (const ProtocolError&) {
      throw;  // the stream is out of step: nothing to narrow down
    } catch (const WaitError&) {
      throw;  // a stalled server, or a stop request: asking message by message would only wait longer
    } catch (const Error& e) {
      out.resize(before);
      reopen_after(e, mailbox, uidvalidity);
      if (uids.size() == 1) {
        failed[uids.front()] = e.what();
        return;
      }
    }
    for (auto uid : uids) fetch_narrowing(mailbox, uidvalidity, {uid}, header_only, out, failed);
  }

  // reopen() after `failure`; when the server cannot be reached any more,
  // the run stops with what the failing command said.
  void reopen_after(const Error& failure, const std::string& mailbox, UidValidity uidvalidity) {
    try {
      reopen(mailbox, uidvalidity);
    } catch (const ConnectError&) {
      throw ConnectError(failure.what());
    }
  }

  // message_sizes(), narrowed down like fetch_narrowing() when the server
  // fails the command (Dovecot reads a message file it cannot open for its
  // size too): the UIDs it fails for go into `failed`.
  std::map<std::uint32_t, std::uint64_t> sizes_narrowing(const std::string& mailbox, UidValidity uidvalidity,
                                                         const std::vector<std::uint32_t>& uids,
                                                         std::map<std::uint32_t, std::string>& failed) {
    try {
      return message_sizes(*m_conn, uids);
    } catch (const ProtocolError&) {
      throw;
    } catch (const WaitError&) {
      throw;
    } catch (const Error& e) {
      reopen_after(e, mailbox, uidvalidity);
      if (uids.size() == 1) {
        failed[uids.front()] = e.what();
        return {};
      }
    }
    std::map<std::uint32_t, std::uint64_t> sizes;
    for (auto uid : uids) sizes.merge(sizes_narrowing(mailbox, uidvalidity, {uid}, failed));
    return sizes;
  }

  void report(const MailboxSummary& summary, std::int64_t done, std::int64_t total) {
    if (!m_progress) return;
    Progress p;
    p.mailbox = summary.mailbox;
    p.messages = done;
    p.total = total;
    p.bytes = summary.bytes;
    m_progress(p);
  }

  void fetch(const std::string& mailbox, UidValidity uidvalidity, const std::vector<std::uint32_t>& uids,
             bool header_only, std::vector<FetchedMessage>& out, std::map<std::uint32_t, std::string>& failed) {
    std::string section = header_only ? "BODY[HEADER]" : "BODY[]";
    std::string cmd = "UID FETCH " + uid_set(uids) + " (UID RFC822.SIZE INTERNALDATE BODY.PEEK[" +
                      (header_only ? "HEADER" : "") + "])";
    std::size_t before = out.size();
    m_conn->command(cmd, [&](ImapResponse& r) {
      if (r.data.size() < 3 || !r.data[1].is_atom("FETCH") || r.data[2].kind != ImapValue::Kind::list) return;
      ImapValue& items = r.data[2];
      const ImapValue* uid = fetch_item(items, "UID");
      if (uid == nullptr || !uid->number()) return;  // an unsolicited flag update
      auto uid_value = static_cast<std::uint32_t>(*uid->number());
      if (!std::binary_search(uids.begin(), uids.end(), uid_value)) return;
      ImapValue* body = fetch_item(items, section);
      if (body == nullptr || body->kind != ImapValue::Kind::string) {
        // The server listed the message but did not give its bytes: the
        // cursor stays below it (see sync_mailbox) so the next sync asks again.
        failed[uid_value] = "the server listed the message but did not give its bytes";
        return;
      }
      FetchedMessage m;
      m.raw.mailbox = mailbox;
      m.raw.uidvalidity = uidvalidity;
      m.raw.uid = Uid{uid_value};
      m.raw.bytes = std::move(body->text);
      if (const ImapValue* date = fetch_item(items, "INTERNALDATE")) m.raw.internal_date = parse_internal_date(date->text);
      m.facts = header_facts(m.raw.bytes);
      if (header_only) {
        const ImapValue* size = fetch_item(items, "RFC822.SIZE");
        m.skipped = true;
        m.reason = "message of " + size_text(size && size->number() ? *size->number() : 0) +
                   " is above max_size (" + size_text(m_options.max_size) + ")";
      }
      out.push_back(std::move(m));
    });
    // Keep the batch in UID order whatever order the server answered in.
    std::sort(out.begin() + static_cast<std::ptrdiff_t>(before), out.end(),
              [](const FetchedMessage& a, const FetchedMessage& b) { return a.raw.uid < b.raw.uid; });
  }

  const ImapOptions& m_options;
  std::unique_ptr<ImapConnection> m_conn;
  MessageSink& m_sink;
  const ProgressFn& m_progress;
  std::string m_server;
};

}  // namespace

std::string uid_set(const std::vector<std::uint32_t>& sorted_uids) {
  std::string out;
  std::size_t i = 0;
  while (i < sorted_uids.size()) {
    std::size_t j = i;
    while (j + 1 < sorted_uids.size() && sorted_uids[j + 1] == sorted_uids[j] + 1) ++j;
    if (!out.empty()) out += ',';
    out += std::to_string(sorted_uids[i]);
    if (j > i) out += ":" + std::to_string(sorted_uids[j]);
    i = j + 1;
  }
  return out;
}

std::optional<std::chrono::sys_seconds> parse_internal_date(std::string_view text) {
  // dd-Mon-yyyy hh:mm:ss +zzzz (day may have a leading space)
  static constexpr std::array<std::string_view, 12> months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  int day = 0, year = 0, hh = 0, mm = 0, ss = 0, zone = 0;
  auto num = [](std::string_view s, int& out) {
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && p == s.data() + s.size();
  };
  auto d1 = text.find('-');
  if (d1 == std::string_view::npos) return std::nullopt;
  if (!num(text.substr(0, d1), day)) return std::nullopt;
  auto mon = text.substr(d1 + 1, 3);
  unsigned month = 0;
  for (unsigned k = 0; k < months.size(); ++k) {
    if (months[k] == mon) month = k + 1;
  }
  auto rest = text.substr(d1 + 5);  // yyyy hh:mm:ss +zzzz
  if (month == 0 || rest.size() < 19 || !num(rest.substr(0, 4), year) || !num(rest.substr(5, 2), hh) ||
      !num(rest.substr(8, 2), mm) || !num(rest.substr(11, 2), ss) || !num(rest.substr(15, 4), zone)) {
    return std::nullopt;
  }
  int offset = (zone / 100) * 60 + zone % 100;
  if (rest[14] == '-') offset = -offset;
  using namespace std::chrono;
  year_month_day ymd{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{static_cast<unsigned>(day)}};
  if (!ymd.ok()) return std::nullopt;
  return sys_days{ymd} + hours{hh} + minutes{mm} + seconds{ss} - minutes{offset};
}

ImapSource::ImapSource(ImapOptions options) : m_options(std::move(options)) {}

std::vector<MailboxSummary> ImapSource::sync(MessageSink& sink, const ProgressFn& progress) {
  std::string server = server_name(m_options.url);
  std::string first = m_options.mailboxes.empty() ? std::string("INBOX") : m_options.mailboxes.front();
  // A server that cannot be reached at all stops the run here.
  auto conn = std::make_unique<ImapConnection>(m_options, mailbox_context(server, first));
  ImapSync sync(m_options, std::move(conn), sink, progress, server);
  std::vector<MailboxSummary> summaries;
  for (const auto& mailbox : m_options.mailboxes) {
    if (m_options.should_stop && m_options.should_stop()) break;
    summaries.push_back(sync.sync_or_report(mailbox));
  }
  return summaries;
}

std::vector<std::int64_t> apply_actions(const ImapOptions& options, const std::vector<ActionTarget>& targets) {
  std::vector<std::int64_t> done;
  bool is_imap = options.url.starts_with("imap://") || options.url.starts_with("imaps://");
  if (options.after.kind == AfterAction::Kind::none || !is_imap || targets.empty()) {
    for (const auto& t : targets) done.push_back(t.message);
    return done;
  }
  std::map<std::string, std::vector<const ActionTarget*>> by_mailbox;
  for (const auto& t : targets) by_mailbox[t.mailbox].push_back(&t);

  std::string server = server_name(options.url);
  ImapConnection conn(options, mailbox_context(server, by_mailbox.begin()->first));
  for (auto& [mailbox, list] : by_mailbox) {
    conn.set_context(mailbox_context(server, mailbox));
    MailboxStatus st = open_mailbox(conn, "SELECT", mailbox);
    std::vector<std::uint32_t> uids;
    for (const ActionTarget* t : list) {
      if (t->uidvalidity == st.uidvalidity) uids.push_back(t->uid.value);
    }
    std::sort(uids.begin(), uids.end());
    uids.erase(std::unique(uids.begin(), uids.end()), uids.end());
    for (std::size_t i = 0; i < uids.size(); i += 500) {
      std::vector<std::uint32_t> chunk(uids.begin() + static_cast<std::ptrdiff_t>(i),
                                       uids.begin() + static_cast<std::ptrdiff_t>(std::min(uids.size(), i + 500)));
      std::string set = uid_set(chunk);
      if (options.after.kind == AfterAction::Kind::seen) {
        conn.command("UID STORE " + set + " +FLAGS.SILENT (\\Seen)");
        continue;
      }
      std::string folder = imap_quote(options.after.folder);
      bool has_move = conn.has_capability("MOVE");
      std::string transfer = (has_move ? "UID MOVE " : "UID COPY ") + set + " " + folder;
      ImapResponse r = conn.command(transfer, {}, true);
      if (r.status == "NO" && r.code.starts_with("TRYCREATE")) {
        conn.command("CREATE " + folder);
        r = conn.command(transfer, {}, true);
      }
      if (r.status != "OK") throw Error(conn.context() + ": " + transfer + " failed: NO " + r.text);
      if (!has_move) {
        conn.command("UID STORE " + set + " +FLAGS.SILENT (\\Deleted)");
        conn.command(conn.has_capability("UIDPLUS") ? "UID EXPUNGE " + set : std::string("EXPUNGE"));
      }
    }
    for (const ActionTarget* t : list) done.push_back(t->message);
  }
  return done;
}

}  // namespace distill::ingest
