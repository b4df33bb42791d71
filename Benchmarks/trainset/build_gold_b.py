#!/usr/bin/env python3
"""Private builder for annotator B: writes trainset_b.gold.json from gold_b.py alone, so t05-t08 can be checked
before the lead merges gold_a and gold_b with the shared build_gold.py.
    python3 build_gold_b.py && python3 check_gold_b.py
    python3 /work/shared/eval/score.py --gold trainset_b.gold.json --file <(python3 selfdump_b.py)"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gold_b as g

gold = {"version": 1, "documents": g.DOCUMENTS, "actors": g.ACTORS, "claims": g.CLAIMS,
        "proposals": g.PROPOSALS, "events": g.EVENTS, "boilerplate_mentions": g.BOILERPLATE_MENTIONS}
with open(os.path.join(HERE, "trainset_b.gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(f"wrote trainset_b.gold.json: {len(g.DOCUMENTS)} docs, {len(g.ACTORS)} actors, {len(g.CLAIMS)} claims, "
      f"{len(g.PROPOSALS)} proposals, {len(g.EVENTS)} events")
