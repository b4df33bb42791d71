#!/usr/bin/env python3
"""Search answers of two builds, compared byte for byte: status, body and the headers a
search answer sets (ETag, Link, Content-Type), for a fixed list of queries (several terms,
accents, stop words, punctuation, no hits, `type` facets, limits, errors) and for the pages
their `next_cursor`s lead to. For CPU work on the search path, where the answers must not
change.

    python3 Benchmarks/searchdiff.py OLD_BINARY NEW_BINARY     # exit 1 on any difference
    python3 Benchmarks/searchdiff.py --dump out.json BINARY    # one build's answers

Each binary is started on 127.0.0.1 (a free high port, the repository's seeds) and stopped
by PID; its resource bundle must sit next to it, as in .build/release.
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import bench  # noqa: E402

QUERIES = [
    "peace", "peace+plan", "troops", "peacekeepers", "peacekeeping", "ceasefire", "Macron", "macron",
    "MACRON+troops", "Zelenskyy", "Zelensky", "zelenskyy%27s", "Europe%27s+allies", "%C3%89lys%C3%A9e",
    "Scholz+Carney+Albanese", "coalition+of+the+willing", "the+and+of", "%21%21%21", "x", "xyzzy",
    "xyzzy+peace", "peace+xyzzy", "peace+peace+peace", "%22peace+plan%22", "30-day+truce", "2025",
    "28-point", "security+guarantees+for+Ukraine", "Russia+Putin+Lavrov", "air+reassurance+force",
    "Le+Monde", "NATO", "nato+countries", "Kyiv", "Ukraine", "ukraine+russia+france+uk+turkey",
    "demarcation", "long-range+weapons", "reassur", "deployed", "deploying", "deploy", "said",
    "%E2%80%9Cpeace%E2%80%9D", "caf%C3%A9", "na%C3%AFve", "%F0%9F%98%80+peace", "a%5Cb+peace",
    "%3Cmark%3E+peace", "Stubb%20Finland", "troops&type=claim", "troops&type=document,actor",
    "peace&type=proposal", "Macron&type=actor", "peace&limit=1", "peace&limit=2", "troops&limit=5",
    "Ukraine&limit=1000", "ceasefire&limit=3&type=claim", "peace&limit=0", "peace&type=bogus",
    "peace&cursor=nonsense", "", "peace&q=war", "peace&page=2",
]


def answers(binary, port):
    root = os.path.dirname(HERE)
    argv = [binary, "serve", "--host", "127.0.0.1", "--port", str(port), "--threads", "1", "--access-log", "off"]
    bench.OUT = os.environ.get("TMPDIR", "/tmp")
    s = bench.Server("searchdiff", argv, port, root).start("/healthz")
    out = {}
    try:
        for q in QUERIES:
            target = f"/v1/search?q={q}"
            pages = 0
            while target and pages < 6:
                status, fields, body = bench.fetch(port, target)
                h = {k.lower(): v for k, v in fields if k.lower() in ("etag", "link", "content-type")}
                out[target] = [status, h, body.decode("utf-8", "replace")]
                pages += 1
                target = None
                if status == 200:
                    cursor = json.loads(body).get("next_cursor")
                    if cursor:
                        target = f"/v1/search?q={q}&cursor={cursor}"
    finally:
        s.stop()
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binaries", nargs="+")
    ap.add_argument("--dump", default=None)
    ap.add_argument("--port", type=int, default=28500)
    args = ap.parse_args()
    runs = [answers(os.path.abspath(b), bench.free_port(args.port + 7 * i)) for i, b in enumerate(args.binaries)]
    if args.dump:
        with open(args.dump, "w") as f:
            json.dump(runs[0], f, indent=1, ensure_ascii=False)
    if len(runs) < 2:
        print(f"{len(runs[0])} answers")
        return
    a, b = runs[0], runs[1]
    bad = [t for t in sorted(set(a) | set(b)) if a.get(t) != b.get(t)]
    for t in bad:
        print(f"DIFFERENT {t}\n  old: {a.get(t)}\n  new: {b.get(t)}")
    print(f"{len(a)} answers, {len(bad)} different")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
