"""The declarations a hand-written gold source is made of (doc, A, claim, event, P, fig), shared by
Benchmarks/heldout/build_gold.py and Benchmarks/trainset/gold_b.py. Actors and proposals declared
again in another article are merged (aliases, roles, docs, sides); claim ids count per document."""


import json
import os

BOILERPLATE_NOTE = "Actors/claims/events found only in page furniture; not scored."


def boilerplate_mentions():
    """The furniture-only mentions a gold source collects (kept out of the scored arrays)."""
    return {"note": BOILERPLATE_NOTE, "actors": [], "claims": [], "events": []}


class GoldBuilder:
    def __init__(self):
        self.documents, self.claims, self.events = [], [], []
        self.actors = {}      # name -> record, merged across articles
        self.proposals = {}   # id -> record, merged across articles
        self._counter = {}

    def doc(self, file, title, outlet, author, published, boilerplate, **extra):
        self.documents.append(dict(file=file, title=title, outlet=outlet, author=author,
                                   published=published, boilerplate=boilerplate, **extra))

    def A(self, name, type_, aliases, country, roles, doc_, **extra):
        """Declare (or extend) an actor seen in doc_. Aliases and roles are merged across articles."""
        a = self.actors.setdefault(name, dict(name=name, type=type_, aliases=[], country=country, roles=[], docs=[]))
        assert a["type"] == type_, name
        for s in aliases:
            if s not in a["aliases"]:
                a["aliases"].append(s)
        for r in roles:
            if r not in a["roles"]:
                a["roles"].append(r)
        if doc_ not in a["docs"]:
            a["docs"].append(doc_)
        for k, v in extra.items():
            a[k] = (a[k] + " " + v) if k == "note" and k in a else v

    def claim(self, doc_, speaker, kind, text, cue, props, stance, **extra):
        n = self._counter[doc_] = self._counter.get(doc_, 0) + 1
        cid = f"c{doc_[1:3]}-{n:02d}"
        self.claims.append(dict(id=cid, doc=doc_, speaker=speaker, kind=kind, text=text, cue=cue,
                                proposals=props, stance=stance, **extra))
        return cid

    def event(self, doc_, date, text, actors_, **extra):
        self.events.append(dict(doc=doc_, date=date, text=text, actors=actors_, **extra))

    def P(self, id_, name=None, aliases=(), proponents=(), supporters=(), opponents=(), conditional=(), figures=(), **extra):
        """Declare (or extend) a proposal; lists are merged across articles."""
        p = self.proposals.setdefault(id_, dict(id=id_, name=name, aliases=[], proponents=[], supporters=[],
                                                opponents=[], conditional=[], figures=[]))
        if name:
            p["name"] = name
        for key, vals in (("aliases", aliases), ("proponents", proponents), ("supporters", supporters),
                          ("opponents", opponents), ("conditional", conditional)):
            for v in vals:
                if v not in p[key]:
                    p[key].append(v)
        p["figures"].extend(figures)
        for k, v in extra.items():
            p[k] = (p[k] + " " + v) if k == "stance_note" and k in p else v

    @staticmethod
    def fig(doc_, text, value, unit, **extra):
        return dict(doc=doc_, text=text, value=value, unit=unit, **extra)

    def write(self, path, boilerplate):
        """Write the gold file (a single-source set such as heldout, heldout2) and print its counts."""
        present = {d["file"] for d in self.documents}
        assert all(c["doc"] in present for c in self.claims)
        gold = {
            "version": 1,
            "documents": self.documents,
            "actors": list(self.actors.values()),
            "claims": self.claims,
            "proposals": list(self.proposals.values()),
            "events": self.events,
            "boilerplate_mentions": boilerplate,
        }
        with open(path, "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        name = os.path.basename(path)
        print(f"wrote {name}: {len(self.documents)} docs, {len(gold['actors'])} actors, {len(self.claims)} claims, "
              f"{len(gold['proposals'])} proposals, {len(self.events)} events")
