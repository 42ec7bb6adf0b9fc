#!/usr/bin/env python3
"""Writes the HTML body (or, without one, the text body) of every .eml in
CORPUS to OUTDIR/NAME.html or OUTDIR/NAME.txt, decoded to UTF-8 the way the
corpus annotations were made (Python's email package; us-ascii/latin-1
declared parts read as windows-1252). Input for the Readability peer."""
import email
import os
import sys
from email import policy

LATIN1 = {None, "", "us-ascii", "ascii", "iso-8859-1", "iso8859-1", "latin-1", "latin1"}


def decode(part):
    data = part.get_payload(decode=True) or b""
    cs = (part.get_content_charset() or "").lower() or None
    if cs in LATIN1:
        return data.decode("cp1252", errors="replace")
    try:
        return data.decode(cs or "utf-8", errors="replace")
    except LookupError:
        return data.decode("utf-8", errors="replace")


def main(corpus, outdir):
    for name in sorted(os.listdir(corpus)):
        if not name.endswith(".eml"):
            continue
        with open(os.path.join(corpus, name), "rb") as fh:
            msg = email.message_from_binary_file(fh, policy=policy.default)
        html = text = None
        for part in msg.walk():
            if part.is_multipart() or part.get_content_disposition() == "attachment":
                continue
            if part.get_content_type() == "text/html" and html is None:
                html = decode(part)
            elif part.get_content_type() == "text/plain" and text is None:
                text = decode(part)
        if html is not None:
            path, body = os.path.join(outdir, name + ".html"), html
        else:
            path, body = os.path.join(outdir, name + ".txt"), text or ""
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(body)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
