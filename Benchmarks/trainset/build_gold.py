#!/usr/bin/env python3
"""Build trainset.gold.json from the annotators' gold sources: python3 build_gold.py

Each source module (gold_a.py: t01-t04, gold_b.py: t05-t08, gold_c.py: t09-t12, gold_d.py: t13-t16, gold_e.py: t17-t20; all but gold_a optional) defines module-level lists
    DOCUMENTS, ACTORS, CLAIMS, PROPOSALS, EVENTS
whose items are already in the gold format of /work/shared/eval/GOLD-FORMAT.md, and optionally a dict
    BOILERPLATE_MENTIONS = {"actors": [...], "claims": [...], "events": [...]}.
An actor may appear several times (one record per article); records with the same name are merged here
(aliases, roles and docs united, in order). Proposals with the same id are merged the same way (aliases, the
four stance sides and figures united; the first non-empty name and the first value of any other field kept).
Conflicting actor types or countries are errors: the annotators must agree on them."""
import importlib, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

SOURCES = ["gold_a", "gold_b", "gold_c", "gold_d", "gold_e"]
ACTOR_LISTS = ("aliases", "roles", "docs", "boilerplate_docs")
PROPOSAL_LISTS = ("aliases", "proponents", "supporters", "opponents", "conditional", "figures", "stances")


def merge_into(table, key, rec, lists, strict=()):
    cur = table.get(rec[key])
    if cur is None:
        cur = table[rec[key]] = {k: (list(v) if k in lists else v) for k, v in rec.items()}
        return
    for k, v in rec.items():
        if k in lists:
            for item in v:
                if item not in cur.setdefault(k, []):
                    cur[k].append(item)
        elif k in strict:
            if cur.get(k) is None:
                cur[k] = v
            elif v is not None and v != cur[k]:
                raise SystemExit(f"conflict for {rec[key]!r}: {k} = {cur[k]!r} vs {v!r}")
        elif k in ("note", "stance_note"):
            if v and v not in (cur.get(k) or ""):
                cur[k] = (cur[k] + " " + v) if cur.get(k) else v
        elif not cur.get(k):
            cur[k] = v


def main():
    documents, claims, events = [], [], []
    actors, proposals = {}, {}
    bp = {"actors": [], "claims": [], "events": []}
    used = []
    for name in SOURCES:
        try:
            m = importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name == name:
                continue
            raise
        used.append(name)
        documents += m.DOCUMENTS
        claims += m.CLAIMS
        events += m.EVENTS
        for a in m.ACTORS:
            merge_into(actors, "name", a, ACTOR_LISTS, strict=("type", "country"))
        for p in m.PROPOSALS:
            merge_into(proposals, "id", p, PROPOSAL_LISTS)
        for k, v in (getattr(m, "BOILERPLATE_MENTIONS", None) or {}).items():
            if k in bp:
                bp[k] += v
    files = [d["file"] for d in documents]
    if len(set(files)) != len(files):
        raise SystemExit("a document is defined twice")
    ids = [c["id"] for c in claims if "id" in c]
    if len(set(ids)) != len(ids):
        raise SystemExit("duplicate claim ids")
    for p in proposals.values():
        for k in ("name", "aliases", "proponents", "supporters", "opponents", "conditional", "figures"):
            p.setdefault(k, [] if k != "name" else None)
    gold = {
        "version": 1,
        "documents": sorted(documents, key=lambda d: d["file"]),
        "actors": list(actors.values()),
        "claims": claims,
        "proposals": list(proposals.values()),
        "events": events,
        "boilerplate_mentions": {"note": "Actors/claims/events found only in page furniture; not scored.", **bp},
    }
    with open(os.path.join(HERE, "trainset.gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote trainset.gold.json from {', '.join(used)}: {len(documents)} docs, {len(actors)} actors, "
          f"{len(claims)} claims, {len(proposals)} proposals, {len(events)} events")


if __name__ == "__main__":
    main()
