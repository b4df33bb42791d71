#!/usr/bin/env python3
"""Check a gold file (devset, heldout, trainset) against its article files.

    python3 Benchmarks/goldtools/check_gold.py --gold Benchmarks/heldout/heldout.gold.json
        [--articles DIR (default: articles/ beside the gold)] [--words 350-1150]

Verifies that every title, boilerplate line, claim text, cue, event text and figure text is exact text of its
file; that speakers, reported_by, event actors, proposal sides and part_of resolve to gold actors/proposals;
that actor docs mention the actor; and basic field values. Prints each problem and a final count.
Exit status 0 when there are no problems.
"""
import argparse, json, os, re, sys, unicodedata
from collections import Counter

QUOTES_OPEN = "“\"‘'"
QUOTES_CLOSE = "”\"’'"
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("’", "'").replace("‘", "'").casefold()
    return re.sub(r"\s+", " ", s).strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", required=True)
    ap.add_argument("--articles", default=None, help="default: the articles/ folder beside the gold file")
    ap.add_argument("--words", default="350-1150", help="plausible article length in words, MIN-MAX")
    a = ap.parse_args()
    a.articles = a.articles or os.path.join(os.path.dirname(os.path.abspath(a.gold)), "articles")
    min_words, max_words = (int(x) for x in a.words.split("-"))
    g = json.load(open(a.gold, encoding="utf-8"))
    problems = []
    P = problems.append

    texts, lines, body = {}, {}, {}
    for d in g["documents"]:
        path = os.path.join(a.articles, d["file"])
        if not os.path.exists(path):
            P(f"document file missing: {d['file']}")
            continue
        t = open(path, encoding="utf-8").read()
        texts[d["file"]] = t
        lines[d["file"]] = t.split("\n")
        bp = set(d.get("boilerplate", []))
        body[d["file"]] = "\n".join(l for l in lines[d["file"]] if l not in bp)
        if d.get("title") is not None and d["title"] not in lines[d["file"]]:
            P(f"{d['file']}: title is not a line of the file: {d['title']!r}")
        for b in d.get("boilerplate", []):
            if b not in lines[d["file"]]:
                P(f"{d['file']}: boilerplate is not a line of the file: {b!r}")
        if len(set(d.get("boilerplate", []))) != len(d.get("boilerplate", [])):
            P(f"{d['file']}: duplicate boilerplate lines")
        if d.get("title") in bp:
            P(f"{d['file']}: title listed as boilerplate")
        if d.get("published") is not None and not DATE_RE.match(d["published"]):
            P(f"{d['file']}: bad published {d['published']!r}")
        for k in ("file", "title", "outlet", "author", "published", "boilerplate"):
            if k not in d:
                P(f"{d['file']}: document lacks {k}")
        wc = len(body[d["file"]].split())
        if not min_words <= wc <= max_words:
            P(f"{d['file']}: article text has {wc} words (expected {min_words}-{max_words})")
    files = set(texts)

    names = Counter(x["name"] for x in g["actors"])
    for n, k in names.items():
        if k > 1:
            P(f"actor name duplicated: {n}")
    actor = {x["name"]: x for x in g["actors"]}
    surface = {}
    for x in g["actors"]:
        if x["type"] not in {"person", "country", "organization", "group", "anonymous"}:
            P(f"actor {x['name']}: bad type {x['type']}")
        for s in [x["name"]] + x.get("aliases", []):
            f = fold(re.sub(r"^the\s+", "", s, flags=re.I))
            if f in surface and surface[f] != x["name"]:
                P(f"surface form {s!r} used by both {surface[f]} and {x['name']}")
            surface[f] = x["name"]
        if x.get("country") is not None and x["country"] not in actor:
            P(f"actor {x['name']}: country {x['country']} is not an actor")
        for dfile in x.get("docs", []):
            if dfile not in files:
                P(f"actor {x['name']}: unknown doc {dfile}")
                continue
            forms = [x["name"]] + x.get("aliases", [])
            if not any(fold(s) in fold(body[dfile]) for s in forms):
                P(f"actor {x['name']}: no surface form found in the article text of {dfile}")
        for s in x.get("aliases", []):
            if not any(s in texts[f] for f in x.get("docs", []) if f in texts):
                P(f"actor {x['name']}: alias {s!r} not found verbatim in its docs")

    prop = {p["id"]: p for p in g["proposals"]}
    if len(prop) != len(g["proposals"]):
        P("duplicate proposal ids")

    seen = {}
    stmt = {}
    speaker_docs = Counter()
    for c in g["claims"]:
        cid = c.get("id", "?")
        t = texts.get(c["doc"])
        if t is None:
            P(f"{cid}: unknown doc {c['doc']}")
            continue
        if c["speaker"] not in actor:
            P(f"{cid}: speaker {c['speaker']!r} is not an actor")
        elif c["doc"] not in actor[c["speaker"]]["docs"]:
            P(f"{cid}: doc not in docs of speaker {c['speaker']}")
        if c["kind"] not in {"direct", "partial", "indirect"}:
            P(f"{cid}: bad kind {c['kind']}")
        if c["text"] not in t:
            P(f"{cid}: text not in file: {c['text'][:80]!r}")
        elif c["text"] not in body[c["doc"]] and c["text"] not in (g_title := next(d["title"] or "" for d in g["documents"] if d["file"] == c["doc"])):
            P(f"{cid}: text occurs only in boilerplate")
        elif c["kind"] in ("direct", "partial"):
            ok = False
            for m in re.finditer(re.escape(c["text"]), t):
                before = t[m.start() - 1] if m.start() else ""
                after = t[m.end()] if m.end() < len(t) else ""
                # A quote that runs on into the next paragraph has no closing mark at the end of this one: the
                # next paragraph opens with a quotation mark instead (multi-paragraph quotes).
                runs_on = t[m.end():m.end() + 3] in ("\n\n" + q for q in QUOTES_OPEN)
                if before in QUOTES_OPEN and (after in QUOTES_CLOSE or runs_on):
                    ok = True
            if not ok:
                P(f"{cid}: {c['kind']} text is not enclosed in quotation marks: {c['text'][:60]!r}")
        if c.get("cue") is not None and c["cue"] not in t:
            P(f"{cid}: cue {c['cue']!r} not in file")
        for pid in c.get("proposals", []):
            if pid not in prop:
                P(f"{cid}: unknown proposal {pid}")
        if c.get("stance") not in {"support", "oppose", "conditional", "neutral", None}:
            P(f"{cid}: bad stance {c.get('stance')}")
        if bool(c.get("proposals")) != (c.get("stance") is not None):
            P(f"{cid}: stance must be null exactly when there are no proposals")
        for pid, st in (c.get("proposal_stances") or {}).items():
            if pid not in c.get("proposals", []):
                P(f"{cid}: proposal_stances names {pid} not in proposals")
        if c.get("reported_by") and c["reported_by"] not in actor:
            P(f"{cid}: reported_by {c['reported_by']} is not an actor")
        key = (c["doc"], fold(c["speaker"]), c["text"])
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > t.count(c["text"]):
            P(f"{cid}: duplicate claim (more records than occurrences of the text)")
        if c.get("statement"):
            stmt.setdefault(c["statement"], []).append(c)
    for sid, cs in stmt.items():
        if len({c["doc"] for c in cs}) != 1:
            P(f"statement {sid} spans documents")
        if len(cs) < 2:
            P(f"statement {sid} has a single record")

    for p in g["proposals"]:
        for side in ("proponents", "supporters", "opponents", "conditional"):
            for n in p.get(side, []):
                if n not in actor:
                    P(f"proposal {p['id']}: {side} {n!r} is not an actor")
        if p.get("part_of") and p["part_of"] not in prop:
            P(f"proposal {p['id']}: part_of {p['part_of']} unknown")
        for f in p.get("figures", []):
            if f["doc"] not in texts or f["text"] not in texts[f["doc"]]:
                P(f"proposal {p['id']}: figure text not in file: {f['text']!r}")
        for s in p.get("aliases", []):
            if not any(fold(s) in fold(t) for t in texts.values()):
                P(f"proposal {p['id']}: alias {s!r} not found in any article")
        if set(p.get("supporters", [])) & set(p.get("opponents", [])):
            P(f"proposal {p['id']}: actor both supporter and opponent")

    for e in g["events"]:
        if e["doc"] not in texts or e["text"] not in texts[e["doc"]]:
            P(f"event text not in file: {e['text'][:60]!r}")
        if not DATE_RE.match(e["date"]):
            P(f"event bad date {e['date']}")
        for n in e.get("actors", []):
            if n not in actor:
                P(f"event actor {n!r} is not an actor")

    for p in problems:
        print("PROBLEM:", p)
    kinds = Counter(c["kind"] for c in g["claims"])
    print(f"{len(g['documents'])} documents, {len(g['actors'])} actors, {len(g['claims'])} claims "
          f"({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}), {len(g['proposals'])} proposals, "
          f"{len(g['events'])} events")
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
