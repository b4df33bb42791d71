#!/usr/bin/env python3
"""Copies a folder of articles with their curly double quotation marks in another typography:
guillemets («...», as in French, Russian and Italian outlets' English pages), reversed guillemets
(»...«, Danish/German), or low-high marks („...“, German). The words are unchanged, so an extractor
should score on the copy as on the original. CI checks the guillemet copy of the seeds.

    python3 scripts/requote.py SRC_DIR DST_DIR [--style guillemets|reversed|low-high]
"""
import argparse
import os

STYLES = {"guillemets": ("«", "»"), "reversed": ("»", "«"), "low-high": ("„", "“")}

ap = argparse.ArgumentParser()
ap.add_argument("src")
ap.add_argument("dst")
ap.add_argument("--style", choices=sorted(STYLES), default="guillemets")
args = ap.parse_args()
open_mark, close_mark = STYLES[args.style]
os.makedirs(args.dst, exist_ok=True)
for name in sorted(os.listdir(args.src)):
    if not name.endswith(".txt"):
        continue
    with open(os.path.join(args.src, name), encoding="utf-8") as f:
        text = f.read()
    # one pass, so a mark written for one side is never rewritten as the other
    text = "".join(open_mark if ch == "“" else close_mark if ch == "”" else ch for ch in text)
    with open(os.path.join(args.dst, name), "w", encoding="utf-8") as f:
        f.write(text)
