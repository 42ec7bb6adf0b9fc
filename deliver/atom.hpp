#pragma once
// Atom 1.0 feeds (RFC 4287) of the archive: the rendering only, a pure
// function of values; app/ gathers the entries from the store and writes the
// files (write_file_atomically). Every text is escaped as XML character data
// with control characters dropped, so the document is well-formed whatever
// a newsletter held; entry content is HTML we rendered ourselves
// (issue_fragment, or a digest's HTML part), carried as type="html".

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace distill::deliver {

struct FeedEntry {
  std::string id;                          // an IRI that stays the same on every write (see tag_uri)
  std::string title;
  std::chrono::sys_seconds updated{};
  std::string author;                      // the newsletter's source name
  std::string link;                        // the web version; empty, or not http(s): none
  std::string content_html;                // HTML rendered by distill
  bool operator==(const FeedEntry&) const = default;
};

struct Feed {
  std::string id;
  std::string title;
  std::chrono::sys_seconds updated{};      // used when there are no entries; else the newest entry's
  std::vector<FeedEntry> entries;          // in the order given (newest first)
  bool operator==(const Feed&) const = default;
};

// The whole feed document, UTF-8, starting with the XML declaration.
std::string render_atom(const Feed& feed);

// A tag: URI (RFC 4151) for a message: "tag:DOMAIN,DATE:LOCAL" from a
// Message-ID "LOCAL@DOMAIN" (without <>) and the message's date (its day;
// 2000-01-01 without one), so the same message gets the same id on every
// write. A Message-ID without a usable domain gives
// "tag:distill.invalid,2000-01-01:" + `fallback`.
std::string tag_uri(std::string_view message_id, std::optional<std::chrono::sys_seconds> date,
                    std::string_view fallback);

// What is inside <body> of an HTML document distill rendered (a digest's
// HTML part), for a feed entry's content: a feed reader shows a fragment,
// not a page with its own head and styles. The whole text when it has no
// body element.
std::string html_body(std::string_view document);

// "2026-11-03T07:00:00Z".
std::string rfc3339(std::chrono::sys_seconds t);

}  // namespace distill::deliver
