#!/usr/bin/env python3
"""Source of heldout.gold.json. Edit here, then run: python3 build_gold.py (writes heldout.gold.json).

Annotated by hand from the article texts only (the extractor was never run on them); conventions of
/work/shared/eval/seeds.gold.notes.md and Benchmarks/devset/README.md, plus the decisions in README.md here."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

H1 = "h01_bbc_starmer_troops.txt"
H2 = "h02_dw_bundeswehr_debate.txt"
H3 = "h03_tass_lavrov_contingent.txt"
H4 = "h04_nyt_coalition_limits.txt"
H5 = "h05_lemonde_paris_guarantees.txt"

documents, claims, events = [], [], []
bp_actors, bp_claims, bp_events = [], [], []
_actors = {}     # name -> record, merged across articles
_props = {}      # id -> record, merged across articles


def doc(file, title, outlet, author, published, boilerplate, **extra):
    documents.append(dict(file=file, title=title, outlet=outlet, author=author,
                          published=published, boilerplate=boilerplate, **extra))


def A(name, type_, aliases, country, roles, doc_, **extra):
    """Declare (or extend) an actor seen in doc_. Aliases and roles are merged across articles."""
    a = _actors.setdefault(name, dict(name=name, type=type_, aliases=[], country=country, roles=[], docs=[]))
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


_counter = {}


def claim(doc_, speaker, kind, text, cue, props, stance, **extra):
    n = _counter[doc_] = _counter.get(doc_, 0) + 1
    cid = f"c{doc_[1:3]}-{n:02d}"
    claims.append(dict(id=cid, doc=doc_, speaker=speaker, kind=kind, text=text, cue=cue,
                       proposals=props, stance=stance, **extra))
    return cid


def event(doc_, date, text, actors_, **extra):
    events.append(dict(doc=doc_, date=date, text=text, actors=actors_, **extra))


def P(id_, name=None, aliases=(), proponents=(), supporters=(), opponents=(), conditional=(), figures=(), **extra):
    """Declare (or extend) a proposal; lists are merged across articles."""
    p = _props.setdefault(id_, dict(id=id_, name=name, aliases=[], proponents=[], supporters=[], opponents=[],
                                    conditional=[], figures=[]))
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


def finish():
    gold = {
        "version": 1,
        "documents": documents,
        "actors": list(_actors.values()),
        "claims": claims,
        "proposals": list(_props.values()),
        "events": events,
        "boilerplate_mentions": {"note": "Actors/claims/events found only in page furniture; not scored.",
                                 "actors": bp_actors, "claims": bp_claims, "events": bp_events},
    }
    with open(os.path.join(HERE, "heldout.gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote heldout.gold.json: {len(documents)} docs, {len(gold['actors'])} actors, {len(claims)} claims, "
          f"{len(gold['proposals'])} proposals, {len(events)} events")


def fig(doc_, text, value, unit, **extra):
    return dict(doc=doc_, text=text, value=value, unit=unit, **extra)


# Proposals reused from the seeds (/work/shared/eval/seeds.gold.json) and the devset (Benchmarks/devset/devset.gold.json):
# same ids and canonical names where the proposal is the same.
P("reassurance_force", "European reassurance force for Ukraine",
  stance_note="Same thread as the seeds' peacekeeping_force and the devset's reassurance_force (devset id kept).")
P("us_backstop", "U.S. security backstop for the European reassurance force", part_of="reassurance_force")
P("air_reassurance_force", "Air reassurance force (based outside Ukraine, working with the Ukrainian Air Force)",
  part_of="reassurance_force")
P("demarcation_line_troops", "Stationing troops along the demarcation line to monitor ceasefire compliance",
  part_of="reassurance_force")
P("ceasefire_30day", "30-day ceasefire")
P("security_guarantees", "Western security guarantees for Ukraine")
P("nato_membership", "NATO membership for Ukraine")
P("us_peace_plan", "U.S.-brokered 20-point peace framework")
P("army_cap", "Cap on the size of Ukraine's armed forces", part_of="us_peace_plan")
P("un_mandate", "UN Security Council mandate for the monitoring mission")

# ====================================================================== h01 (BBC News-like article)
doc(H1, "UK troops could be in Ukraine 'within weeks' of ceasefire, Starmer says", "BBC", "Helen Marsh", "2026-02-24",
    ["Skip to content", "Home", "News", "Sport", "Weather", "iPlayer", "Sounds", "Europe", "Ukraine war",
     "24 February 2026", "Share", "Save", "Diplomatic correspondent", "Reporting from Kyiv", "Getty Images",
     "Sir Keir Starmer laid a wreath in Kyiv on the fourth anniversary of the full-scale invasion",
     "Analysis box", "Helen Marsh, Diplomatic correspondent",
     "Related", "Zelensky: 'We will not trade land for a ceasefire'", "What is the coalition of the willing?",
     "Russia launches largest drone attack of the year", "More on this story", "Ukraine war: The latest",
     "Copyright 2026 BBC. All rights reserved. The BBC is not responsible for the content of external sites. Read about our approach to external linking."],
    published_note="Date line \"24 February 2026\" (a Tuesday); \"on Tuesday\" and the fourth anniversary of 24 Feb 2022 agree.",
    outlet_note="\"told the BBC\" (twice) and the copyright footer.",
    boilerplate_note="Menus, date/share widgets, the role and location lines under the byline, the image credit and caption, the "
                     "label and byline of the analysis box (its two paragraphs are article text by the author: narration, no claims), "
                     "related links and footer. The byline line \"Helen Marsh\" is the author and not listed.")

claim(H1, "Keir Starmer", "indirect", "UK troops could be in Ukraine 'within weeks' of ceasefire", "says",
      ["reassurance_force"], "support", statement="s01-a", note="Headline attribution.")
claim(H1, "Keir Starmer", "partial", "within weeks", "says", ["reassurance_force"], "support", statement="s01-a",
      note="Headline fragment in single quotes; the text also occurs (double-quoted) in the lede, which has its own record.")
claim(H1, "Keir Starmer", "indirect", "British troops could be deployed to Ukraine \"within weeks\" of a ceasefire being agreed",
      "said", ["reassurance_force"], "support", statement="s01-b",
      note="Speaker after the clause (\"..., Sir Keir Starmer has said\").")
claim(H1, "Keir Starmer", "partial", "within weeks", "said", ["reassurance_force"], "support", statement="s01-b")
claim(H1, "Keir Starmer", "indirect",
      "the UK-led \"multinational force Ukraine\" was ready to deploy as soon as the fighting stopped", "said",
      ["reassurance_force"], "support",
      note="Speaker \"the prime minister\". \"multinational force Ukraine\" names the force: not a partial quote.")
claim(H1, "Keir Starmer", "direct",
      "The planning is done. The headquarters is ready. What we need now is a ceasefire that Russia actually keeps,", "said",
      ["reassurance_force"], "support", note="Three-sentence quote, pronoun speaker \"he\".")
claim(H1, "officials", "indirect", "The force would be made up of several thousand troops from about a dozen countries", "say",
      ["reassurance_force"], "neutral", note="Trailing \"officials say\". The next sentence (its role) has no verb of saying: narration.")
claim(H1, "John Healey", "indirect", "the UK would contribute \"up to 7,000\" personnel, the largest single contingent", "told",
      ["reassurance_force"], "support", statement="s01-c")
claim(H1, "John Healey", "partial", "up to 7,000", "told", ["reassurance_force"], "support", statement="s01-c")
claim(H1, "John Healey", "indirect", "British forces would not go in without what he called a US \"backstop\"", "said",
      ["reassurance_force", "us_backstop"], "conditional",
      proposal_stances={"reassurance_force": "conditional", "us_backstop": "support"},
      note="Pronoun speaker. \"what he called a US “backstop”\" is an embedded idiom naming the proposal: neither a separate claim nor a partial.")
claim(H1, "John Healey", "direct", "We are not asking America to put soldiers on the ground,", "said", ["us_backstop"], "support",
      statement="s01-d", note="\"Mr Healey said\" between the two passages.")
claim(H1, "John Healey", "direct",
      "We are asking it to make sure that Putin knows an attack on our troops would not go unanswered.", None,
      ["us_backstop"], "support", statement="s01-d", note="Continuation quote, cue null.")
claim(H1, "Volodymyr Zelenskyy", "indirect", "the commitment", "welcomed", ["reassurance_force"], "support")
claim(H1, "Volodymyr Zelenskyy", "partial", "not just words on paper but people on the ground", "said",
      ["reassurance_force"], "support",
      note="\"Ukraine, he said, needed “...”\": the unquoted part is only subject + verb, so partial only (devset decision 4).")
claim(H1, "Volodymyr Zelenskyy", "indirect", "for Ukraine to be invited to join Nato", "renewed his call", ["nato_membership"],
      "support", statement="s01-e", note="\"renewed his call for\": a call is a speech act (like \"urged\").")
claim(H1, "Volodymyr Zelenskyy", "partial", "the cheapest security guarantee for everyone", "described", ["nato_membership"],
      "support", statement="s01-e", note="\"which he described as “...”\": relative clause, partial only.")
claim(H1, "US officials", "indirect", "they support the European effort", "said", ["reassurance_force"], "support",
      note="\"but have stopped short of promising air cover\" is a non-statement, not a claim.")
claim(H1, "a White House spokesperson", "indirect",
      "the president \"wants the killing to stop\" and was \"focused on getting a deal done\"", "told", [], None,
      statement="s01-f", note="\"but did not say whether ...\" has no content: not a claim.")
claim(H1, "a White House spokesperson", "partial", "wants the killing to stop", "told", [], None, statement="s01-f")
claim(H1, "a White House spokesperson", "partial", "focused on getting a deal done", "told", [], None, statement="s01-f")
claim(H1, "Russia", "indirect", "it will not accept any Western troops in Ukraine", "said", ["reassurance_force"], "oppose")
claim(H1, "Dmitry Peskov", "indirect", "the plan \"a provocation\"", "called", ["reassurance_force"], "oppose", statement="s01-g")
claim(H1, "Dmitry Peskov", "partial", "a provocation", "called", ["reassurance_force"], "oppose", statement="s01-g")
claim(H1, "Dmitry Peskov", "indirect", "foreign soldiers would be treated as \"legitimate targets\"", "said",
      ["reassurance_force"], "oppose", statement="s01-h")
claim(H1, "Dmitry Peskov", "partial", "legitimate targets", "said", ["reassurance_force"], "oppose", statement="s01-h")
claim(H1, "Diplomats in Kyiv", "indirect", "Moscow's objection is the main reason several countries remain hesitant", "say",
      ["reassurance_force"], "neutral")
claim(H1, "a European ambassador", "partial", "more flags than soldiers", "said", ["reassurance_force"], "neutral",
      note="\"the coalition had\" adds only a subject + verb: partial only.")
claim(H1, "a European ambassador", "direct", "Everybody wants to be in the photo. Fewer want to be in the convoy,", "said",
      ["reassurance_force"], "neutral")
claim(H1, "Ukraine", "indirect", "it would accept an unconditional ceasefire", "said", ["ceasefire_30day"], "support",
      note="Speaker \"Kyiv\"; the sentence before is about the 30-day truce.")
claim(H1, "Russia", "indirect", "any pause in fighting must be tied to a wider settlement", "says", ["ceasefire_30day"],
      "conditional", note="Speaker \"Moscow\".")
claim(H1, "Keir Starmer", "indirect", "the UK would not \"pull the plug\" if talks dragged on", "insisted",
      ["reassurance_force"], "support", statement="s01-i")
claim(H1, "Keir Starmer", "partial", "pull the plug", "insisted", ["reassurance_force"], "support", statement="s01-i")

bp_claims += [dict(doc=H1, speaker="Volodymyr Zelenskyy", kind="direct", text="We will not trade land for a ceasefire",
                   where="related link headline")]
bp_events += [dict(doc=H1, date="2026-02-24", text="Sir Keir Starmer laid a wreath in Kyiv on the fourth anniversary of the full-scale invasion",
                   actors=["Keir Starmer"], where="photo caption")]

event(H1, "2026-02-24", "as he marked the fourth anniversary of Russia's full-scale invasion with a visit to Kyiv", ["Keir Starmer"])
event(H1, "2022-02-24", "Russia's full-scale invasion", ["Russia"], date_note="Fourth anniversary on 2026-02-24.")
event(H1, "2026-02-24", "Speaking alongside President Volodymyr Zelensky on Tuesday", ["Keir Starmer", "Volodymyr Zelenskyy"])
event(H1, "2026-02-23", "Defence Secretary John Healey told the BBC on Monday", ["John Healey"])
event(H1, "2025", "the \"coalition of the willing\" was launched last year", ["Coalition of the Willing"])
event(H1, "2026-02-24", "On Tuesday, Kremlin spokesman Dmitry Peskov called the plan", ["Dmitry Peskov"])
event(H1, "2026-02-19", "Last Thursday, Ukrainian and Russian delegations met in Geneva for a third round of talks",
      ["Ukraine", "Russia"], date_note="Thursday before Tuesday 2026-02-24.")

A("Keir Starmer", "person", ["Starmer", "Sir Keir Starmer", "Sir Keir"], "United Kingdom", ["Prime Minister of the United Kingdom"], H1)
A("Volodymyr Zelenskyy", "person", ["Zelensky", "President Volodymyr Zelensky", "Mr Zelensky"], "Ukraine", ["President of Ukraine"], H1,
  note="Canonical spelling of the seeds; the BBC and NYT pages spell \"Zelensky\".")
A("John Healey", "person", ["Defence Secretary John Healey", "Mr Healey"], "United Kingdom", ["Defence Secretary"], H1)
A("Dmitry Peskov", "person", ["Kremlin spokesman Dmitry Peskov"], "Russia", ["Kremlin spokesman"], H1)
A("Vladimir Putin", "person", ["Putin"], "Russia", [], H1)
A("officials", "group", [], None, [], H1)
A("US officials", "group", [], "United States", [], H1)
A("a White House spokesperson", "anonymous", [], "United States", [], H1)
A("Diplomats in Kyiv", "group", [], None, [], H1)
A("a European ambassador", "anonymous", ["One European ambassador", "the ambassador"], None, [], H1)
A("United Kingdom", "country", ["UK"], None, [], H1)
A("United States", "country", ["US", "Washington", "America"], None, [], H1)
A("Russia", "country", ["Moscow"], None, [], H1)
A("Ukraine", "country", ["Kyiv"], None, [], H1)
A("NATO", "organization", ["Nato"], None, [], H1)
A("Coalition of the Willing", "organization", ["coalition of the willing", "the coalition"], None, [], H1)
A("BBC", "organization", ["the BBC"], "United Kingdom", [], H1)
A("Helen Marsh", "person", [], None, ["Diplomatic correspondent"], H1, note="Byline.")

P("reassurance_force", aliases=["multinational force Ukraine", "European force"],
  supporters=["Keir Starmer", "United Kingdom", "Volodymyr Zelenskyy", "US officials"],
  proponents=["United Kingdom"], opponents=["Russia", "Dmitry Peskov"], conditional=["John Healey"],
  figures=[fig(H1, "several thousand troops", None, "troops"),
           fig(H1, "up to 7,000", 7000, "personnel", note="UK contingent; upper bound")])
P("us_backstop", aliases=["backstop"], supporters=["John Healey"])
P("nato_membership", aliases=["join Nato"], supporters=["Volodymyr Zelenskyy"])
P("ceasefire_30day", aliases=["30-day truce"], supporters=["Ukraine"], conditional=["Russia"],
  figures=[fig(H1, "30-day", 30, "days")])

# ====================================================================== write
finish()
