#!/usr/bin/env python3
"""Document metadata against a gold file: title, outlet, author, published, and how much
of each article survives cleaning (word count). score.py does not look at these.

    score-metadata.py --gold GOLD.json --file EXTRACTION.json [--min title=0.9 ...] [--show]

Prints one row per document (mismatches marked), then accuracy per field; exit status 1
when a --min is not met. Titles and authors compare after folding quotes and spaces."""
import argparse, json, os, sys, unicodedata

def fold(s):
    if s is None:
        return None
    s = unicodedata.normalize("NFC", s)
    for a, b in (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("\u00a0", " ")):
        s = s.replace(a, b)
    return " ".join(s.split()).lower()

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", required=True)
    ap.add_argument("--file", required=True)
    ap.add_argument("--min", action="append", default=[], help="field=value, e.g. published=1.0")
    ap.add_argument("--show", action="store_true", help="print every document, not only mismatches")
    a = ap.parse_args()
    gold = json.load(open(a.gold))
    out = json.load(open(a.file))
    by_file = {os.path.basename(d["file"]): d for d in out["documents"]}
    fields = ["title", "outlet", "author", "published"]
    right = {f: 0 for f in fields}
    n = 0
    for g in gold["documents"]:
        name = os.path.basename(g["file"])
        d = by_file.get(name)
        if d is None:
            print(f"{name}: missing from the extraction"); n += 1; continue
        n += 1
        row = []
        for f in fields:
            ok = fold(g.get(f)) == fold(d.get(f))
            right[f] += ok
            if not ok or a.show:
                row.append(f"{'' if ok else '✗ '}{f}: gold {g.get(f)!r} / got {d.get(f)!r}")
        if row:
            print(f"{name} ({d.get('word_count')} words)")
            for r in row:
                print("   " + r)
    acc = {f: round(right[f] / n, 3) if n else 0.0 for f in fields}
    print("metadata " + ", ".join(f"{f} {acc[f]}" for f in fields) + f" ({n} documents)")
    failed = False
    for m in a.min:
        k, v = m.split("=")
        if acc.get(k, 0.0) < float(v):
            print(f"below minimum: {k} {acc.get(k)} < {v}"); failed = True
    sys.exit(1 if failed else 0)

if __name__ == "__main__":
    main()
