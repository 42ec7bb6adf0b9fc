#!/usr/bin/python3
"""Reads Atom files the way a feed reader does and checks what a reader would
trust: feedparser parses each with no bozo error (a well-formed document), and
the HTML of every entry holds no script, no element that loads or runs
anything, no event handler attribute and no javascript: URL.

Prints one JSON object: {FILE: {"title", "entries": [{"id", "title",
"author", "link", "content"}]}}; exits 1 with the problems on stderr.
Run with Debian's interpreter (python3-feedparser)."""

import html.parser
import json
import sys

import feedparser

FORBIDDEN_TAGS = {"script", "style", "iframe", "object", "embed", "img", "link", "meta", "form", "base"}


class Inspector(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []

    def handle_starttag(self, tag, attrs):
        if tag in FORBIDDEN_TAGS:
            self.problems.append("element <%s>" % tag)
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append("attribute %s on <%s>" % (name, tag))
            if value and value.strip().lower().startswith(("javascript:", "data:", "vbscript:")):
                self.problems.append("%s=%r on <%s>" % (name, value, tag))


def main(paths):
    report, problems = {}, []
    for path in paths:
        # sanitize_html=False: check the content as distill wrote it, not as
        # feedparser would clean it.
        parsed = feedparser.parse(path, sanitize_html=False)
        if parsed.bozo:
            problems.append("%s: not well-formed: %s" % (path, parsed.bozo_exception))
        if parsed.version != "atom10":
            problems.append("%s: read as %r, not Atom 1.0" % (path, parsed.version))
        entries = []
        for entry in parsed.entries:
            content = entry.content[0].value if entry.get("content") else ""
            inspector = Inspector()
            inspector.feed(content)
            inspector.close()
            for problem in inspector.problems:
                problems.append("%s: entry %s: %s" % (path, entry.get("id"), problem))
            entries.append({"id": entry.get("id", ""), "title": entry.get("title", ""),
                            "author": entry.get("author", ""), "link": entry.get("link", ""),
                            "updated": entry.get("updated", ""), "content": content})
        report[path] = {"title": parsed.feed.get("title", ""), "entries": entries}
    print(json.dumps(report))
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
