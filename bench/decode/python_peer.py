#!/usr/bin/env python3
"""The decode benchmark's peer: Python's standard email package on the same files.

Parses each message with email.policy.default and extracts its text parts
(get_content() of every text/plain and text/html leaf that is not an
attachment), the work a Python newsletter tool would start from. It does not
convert HTML to text: distill's side does that too and still has to win.
Prints one line in the same key=value format as distill_bench_decode
(seconds are the thread's CPU time there as here).

Usage: python_peer.py [--passes N] DIR
"""
import email
import os
import resource
import sys
import time
from email import policy


def main(argv):
    passes = 3
    args = argv[1:]
    if args[:1] == ["--passes"]:
        passes, args = int(args[1]), args[2:]
    files = sorted(os.path.join(args[0], f) for f in os.listdir(args[0]) if f.endswith(".eml"))
    messages = [open(f, "rb").read() for f in files]
    total = sum(len(m) for m in messages)
    chars = 0
    start = time.perf_counter()
    cpu_start = time.thread_time()
    for _ in range(passes):
        for raw in messages:
            msg = email.message_from_bytes(raw, policy=policy.default)
            for part in msg.walk():
                if part.is_multipart() or part.get_content_maintype() != "text":
                    continue
                if part.get_content_disposition() == "attachment":
                    continue
                chars += len(part.get_content())
    wall = time.perf_counter() - start
    seconds = time.thread_time() - cpu_start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    mb = total * passes / 1e6
    n = len(messages) * passes
    print(f"messages={n} mb={mb:.2f} seconds={seconds:.3f} mb_per_s={mb / seconds:.1f} "
          f"wall_mb_per_s={mb / wall:.1f} msgs_per_s={n / seconds:.0f} peak_rss_mib={rss:.1f} chars={chars}")


if __name__ == "__main__":
    main(sys.argv)
