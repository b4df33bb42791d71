#!/usr/bin/env python3
"""Check each seed document's publication date against the gold file.

    check-published.py [--bin .build/release/parley] [--seeds seeds] [--gold ../shared/eval/seeds.gold.json]
    check-published.py --file extraction.json [--gold ...]

Runs `parley extract SEEDS` (or reads a dump with a "documents" list), matches documents to the gold's
by file name and compares `published` (the ISO date, or year-month / year at coarser precision).
Prints one line per document; exit 0 when all agree, 1 when one differs or is missing, 2 on a usage error.
Standard library only.
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build/release/parley"))
    ap.add_argument("--seeds", default=os.path.join(ROOT, "seeds"))
    ap.add_argument("--gold", default=os.environ.get("PARLEY_SHARED", os.path.join(ROOT, "../shared")) + "/eval/seeds.gold.json")
    ap.add_argument("--file", help="an extraction dump instead of running the binary")
    args = ap.parse_args()

    try:
        gold = json.load(open(args.gold, encoding="utf-8"))
        if args.file:
            dump = json.load(open(args.file, encoding="utf-8"))
        else:
            out = subprocess.run([args.bin, "extract", args.seeds], check=True, capture_output=True, timeout=300).stdout
            dump = json.loads(out)
    except (OSError, ValueError, subprocess.SubprocessError) as e:
        print(f"cannot read the extraction or the gold: {e}")
        return 2

    got = {(d.get("file") or "").rsplit("/", 1)[-1]: d.get("published") for d in dump.get("documents", [])}
    bad = 0
    for g in gold["documents"]:
        name = g["file"]
        want = g.get("published")
        have = got.get(name, "(document missing)")
        ok = have == want
        bad += not ok
        print(f"{'ok  ' if ok else 'DIFF'} {name}: extracted {have}, gold {want}")
    print(f"published dates: {len(gold['documents']) - bad}/{len(gold['documents'])} agree with the gold")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
