"""The command line the benchmarks' message generators share."""
import argparse


def parse(doc, argv):
    """OUT_DIR [--count N] [--seed S] from argv (sys.argv); doc's first line is the help's description."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("out", metavar="OUT_DIR", help="directory to write the messages into")
    parser.add_argument("--count", type=int, default=300, help="how many messages (default 300)")
    parser.add_argument("--seed", type=int, default=42, help="random seed (default 42)")
    return parser.parse_args(argv[1:])
