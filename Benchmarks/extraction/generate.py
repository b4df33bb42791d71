#!/usr/bin/env python3
"""Make a large corpus for the extraction benchmark by recombining the seeds' sentences.

    generate.py [--seeds ../../seeds] [--out /tmp/parley-bench] [--mb 50] [--seed 1]

Each generated article takes a headline and 10-40 paragraphs drawn from the seeds' lines,
with people's names, countries and dates swapped for others, so the extractor sees the
genre's shapes with varied names. Deterministic for a given --seed.
"""
import argparse
import os
import random
import re

PEOPLE = [("Emmanuel Macron", "Macron"), ("Keir Starmer", "Starmer"), ("Alexander Stubb", "Stubb"),
          ("Vladimir Putin", "Putin"), ("Sergei Lavrov", "Lavrov"), ("Anthony Albanese", "Albanese")]
OTHERS = [("Giorgia Meloni", "Meloni"), ("Friedrich Merz", "Merz"), ("Donald Tusk", "Tusk"), ("Mette Frederiksen", "Frederiksen"),
          ("Pedro Sanchez", "Sanchez"), ("Ulf Kristersson", "Kristersson"), ("Jonas Gahr Store", "Store"),
          ("Kaja Kallas", "Kallas"), ("Mark Rutte", "Rutte"), ("Antonio Costa", "Costa"), ("Dick Schoof", "Schoof"),
          ("Bart De Wever", "De Wever"), ("Petteri Orpo", "Orpo"), ("Gitanas Nauseda", "Nauseda")]
COUNTRIES = ["Britain", "France", "Germany", "Poland", "Italy", "Spain", "Sweden", "Norway", "Denmark", "Finland",
             "the Netherlands", "Belgium", "Canada", "Australia", "Turkey", "Estonia", "Latvia", "Lithuania"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", default=os.path.join(here, "..", "..", "seeds"))
    ap.add_argument("--out", default="/tmp/parley-bench")
    ap.add_argument("--mb", type=float, default=50)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    heads, paras = [], []
    for name in sorted(os.listdir(args.seeds)):
        if not name.endswith(".txt"):
            continue
        lines = [l.strip() for l in open(os.path.join(args.seeds, name), encoding="utf-8").read().split("\n")]
        lines = [l for l in lines if l]
        for l in lines:
            words = len(l.split())
            if 5 <= words <= 25 and not l.endswith("."):
                heads.append(l)
            elif words >= 12:
                paras.append(l)
    os.makedirs(args.out, exist_ok=True)
    target = int(args.mb * 1024 * 1024)
    total, n = 0, 0

    def vary(text):
        for full, short in PEOPLE:
            if full in text or re.search(r"\b%s\b" % short, text):
                of, os_ = rnd.choice(OTHERS)
                text = text.replace(full, of)
                text = re.sub(r"\b%s\b" % short, os_, text)
        text = re.sub(r"\b(March|November|December|February|August) (\d{1,2})\b",
                      lambda m: "%s %d" % (rnd.choice(MONTHS), rnd.randint(1, 28)), text)
        text = re.sub(r"\b(Saturday|Sunday|Thursday)\b", lambda m: rnd.choice(WEEKDAYS), text)
        text = re.sub(r"\b(2024|2025)\b", lambda m: str(rnd.choice([2023, 2024, 2025, 2026])), text)
        if rnd.random() < 0.3:
            text = re.sub(r"\b(Britain|Poland|Finland)\b", lambda m: rnd.choice(COUNTRIES), text)
        return text

    while total < target:
        body = [vary(rnd.choice(heads)), ""]
        for _ in range(rnd.randint(10, 40)):
            body.append(vary(rnd.choice(paras)))
            body.append("")
        text = "\n".join(body)
        path = os.path.join(args.out, "bench_%06d.txt" % n)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        total += len(text.encode("utf-8"))
        n += 1
    print("wrote %d files, %.1f MB to %s" % (n, total / 1048576, args.out))


if __name__ == "__main__":
    main()
