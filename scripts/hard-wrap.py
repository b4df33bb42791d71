#!/usr/bin/env python3
"""Copies a folder of articles hard-wrapped, as `fmt -w WIDTH` or `lynx -dump` would save them:
every line longer than WIDTH is cut into lines of at most WIDTH characters at spaces.
CI extracts the wrapped seeds to check that hard-wrapped articles score like the originals.

    python3 scripts/hard-wrap.py SRC_DIR DST_DIR [--width 72] [--crlf]
"""
import argparse
import os
import textwrap


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("src")
    ap.add_argument("dst")
    ap.add_argument("--width", type=int, default=72)
    ap.add_argument("--crlf", action="store_true", help="end lines with CR LF")
    args = ap.parse_args()
    os.makedirs(args.dst, exist_ok=True)
    names = sorted(n for n in os.listdir(args.src) if n.endswith(".txt"))
    for name in names:
        with open(os.path.join(args.src, name), encoding="utf-8") as f:
            text = f.read()
        out = []
        for line in text.split("\n"):
            if len(line) > args.width:
                out.extend(textwrap.wrap(line, args.width, break_on_hyphens=False, break_long_words=False) or [""])
            else:
                out.append(line)
        with open(os.path.join(args.dst, name), "w", encoding="utf-8", newline="") as f:
            f.write(("\r\n" if args.crlf else "\n").join(out))
    print(f"{len(names)} articles wrapped at {args.width} into {args.dst}")


if __name__ == "__main__":
    main()
