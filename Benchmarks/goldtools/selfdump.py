#!/usr/bin/env python3
"""Print an extraction dump (score.py --file format) built from the gold itself, for a self-check:
    python3 /work/shared/eval/score.py --gold G.json --file <(python3 Benchmarks/goldtools/selfdump.py G.json)
Every metric must be 1.0."""
import json, os, sys
if len(sys.argv) != 2:
    sys.exit("usage: selfdump.py GOLD.json")
g = json.load(open(sys.argv[1], encoding="utf-8"))
docs = [{"id": f"d{i}", "file": d["file"], "title": d["title"]} for i, d in enumerate(g["documents"])]
did = {d["file"]: d["id"] for d in docs}
actors = [{"id": f"a{i}", "name": a["name"], "aliases": a["aliases"], "type": a["type"]} for i, a in enumerate(g["actors"])]
aid = {a["name"]: a["id"] for a in actors}
claims = [{"id": f"c{i}", "document_id": did[c["doc"]], "speaker_id": aid[c["speaker"]], "speaker_name": c["speaker"],
           "text": c["text"], "kind": c["kind"]} for i, c in enumerate(g["claims"])]
props = [{"id": f"p{i}", "name": p["name"], "aliases": p["aliases"],
          "proponent_ids": [aid[n] for n in p["proponents"]], "supporter_ids": [aid[n] for n in p["supporters"]],
          "opponent_ids": [aid[n] for n in p["opponents"]]} for i, p in enumerate(g["proposals"])]
json.dump({"documents": docs, "actors": actors, "claims": claims, "proposals": props}, sys.stdout, ensure_ascii=False)
