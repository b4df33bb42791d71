#!/usr/bin/env python3
"""Gold source for training articles t17-t20 (annotator E).

Exposes module-level lists DOCUMENTS, ACTORS, CLAIMS, PROPOSALS, EVENTS (final gold JSON shape of
/work/shared/eval/GOLD-FORMAT.md) and BOILERPLATE_MENTIONS, for the shared build_gold.py to merge with gold_a..gold_d.
Annotated by hand from the article texts only (the extractor was never run on them), following the conventions of
/work/shared/eval/seeds.gold.notes.md, Benchmarks/devset/README.md, Benchmarks/heldout/README.md and the trainset README
(annotators A-D). Actor names and proposal ids reuse the existing ones where the actor or proposal is the same.

Decisions specific to t17-t20 are listed in Benchmarks/trainset/README.md (section "Annotator E")."""

T17 = "t17_cbc_canada_reassurance_force.txt"
T18 = "t18_telegraph_troop_cap.txt"
T19 = "t19_pravda_poland_logistics.txt"
T20 = "t20_axios_backstop_bullets.txt"

import os, sys  # noqa: E402
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "goldtools"))
from gold_builder import GoldBuilder, boilerplate_mentions  # noqa: E402
_g = GoldBuilder()
DOCUMENTS, CLAIMS, EVENTS, _actors, _props = _g.documents, _g.claims, _g.events, _g.actors, _g.proposals
doc, A, claim, event, P, fig = _g.doc, _g.A, _g.claim, _g.event, _g.P, GoldBuilder.fig
BOILERPLATE_MENTIONS = boilerplate_mentions()
_bp = BOILERPLATE_MENTIONS

# Proposals reused from the seeds / devset / heldout / trainset: same ids and canonical names.
P("reassurance_force", "European reassurance force for Ukraine")
P("us_backstop", "U.S. security backstop for the European reassurance force", part_of="reassurance_force")
P("security_guarantees", "Western security guarantees for Ukraine")
P("un_mandate", "UN Security Council mandate for the monitoring mission")

# ====================================================================== t17 (CBC News-like)
doc(T17, "Canada open to joining Ukraine reassurance force, but only with U.S. cover, Blair says", "CBC News", "Evan Dumont",
    "2025-03-20",
    ["Skip to Main Content", "CBC Menu", "Search", "Sign In", "Quick Links", "News", "Sports", "Radio", "Politics",
     "Posted: Mar 20, 2025 4:12 PM EDT | Last Updated: March 20, 2025",
     "Defence Minister Bill Blair speaks to reporters on Parliament Hill in Ottawa on Thursday. (Adrian Wyld/The Canadian Press)",
     "Social Sharing", "WATCH | What a Canadian role in a Ukraine force could look like:",
     "Why Canada is weighing a role in a European force in Ukraine", "2 days ago", "Duration 2:14",
     "With files from Reuters and Catherine Cullen", "CBC's Journalistic Standards and Practices|About CBC News",
     "Corrections and clarifications|Submit a news tip|Report error", "ABOUT THE AUTHOR",
     "Evan Dumont is a senior reporter with CBC News in Ottawa. He covers defence and foreign affairs.",
     "Related Stories", "Ottawa extends military training mission for Ukrainian troops until 2026",
     "Starmer says coalition of the willing will move to 'operational phase'"],
    published_note="\"Posted: Mar 20, 2025\" (a Thursday): \"said Thursday\", \"on Wednesday\", \"said Monday\" resolve against it.",
    outlet_note="\"CBC News\" in the byline line, the standards links and the bio.",
    boilerplate_note="Navigation, the posted/updated line, the photo caption with credit, Social Sharing, the WATCH video "
                     "block (title, age, duration), the files line, standards links, the author bio, Related Stories. The deck "
                     "under the headline and the subheads (\"Allies wait on Washington\", \"Kyiv welcomes offer\") are article "
                     "text. The byline line \"Evan Dumont · CBC News\" is the author (seeds decision 1), not listed.")

claim(T17, "Bill Blair", "indirect", "Canada open to joining Ukraine reassurance force, but only with U.S. cover", "says",
      ["reassurance_force", "us_backstop"], "conditional",
      proposal_stances={"reassurance_force": "conditional", "us_backstop": "support"}, note="Headline \"..., Blair says\".")
claim(T17, "Bill Blair", "indirect", "decision on troops is weeks away", "says", ["reassurance_force"], "neutral",
      note="Deck; speaker by title only (\"Defence minister\").")
claim(T17, "Bill Blair", "indirect",
      "Canada is prepared to send soldiers to a European-led reassurance force in Ukraine, but only if the United States agrees "
      "to back the mission with air power and intelligence", "said", ["reassurance_force", "us_backstop"], "conditional",
      proposal_stances={"reassurance_force": "conditional", "us_backstop": "support"},
      note="Modal stance \"is prepared to\" + \"only if\": conditional. Speaker after the clause (\"..., Defence Minister Bill Blair said Thursday\").")
claim(T17, "Bill Blair", "indirect",
      "Ottawa had told its allies it \"stands ready to contribute\" to the force once a ceasefire is signed", "said",
      ["reassurance_force"], "support", statement="s17-a",
      note="\"Speaking to reporters on Parliament Hill, Blair said\"; the relayed Canadian message gets its own record.")
claim(T17, "Bill Blair", "partial", "stands ready to contribute", "said", ["reassurance_force"], "support", statement="s17-a")
claim(T17, "Canada", "indirect", "it \"stands ready to contribute\" to the force once a ceasefire is signed", "told",
      ["reassurance_force"], "support", statement="s17-a", reported_by="Bill Blair", note="Speaker \"Ottawa\".")
claim(T17, "Bill Blair", "direct",
      "We are not going to put Canadian men and women into a place where they cannot be protected,", "said",
      ["reassurance_force"], "conditional", statement="s17-b")
claim(T17, "Bill Blair", "direct", "That protection, frankly, has to include the Americans.", None, ["us_backstop"], "support",
      statement="s17-b", note="Continuation after \"he said.\": cue null.")
claim(T17, "two government sources", "indirect",
      "Officials at National Defence have drawn up options ranging from a few hundred trainers to a battle group of roughly 1,200",
      "according to", ["reassurance_force"], "neutral",
      note="\"The minister would not say how many troops\" is not a claim (declining). The sources are the speaker.")
claim(T17, "Mark Carney", "indirect", "Canada would \"play its part\" in any mission to secure a peace", "said",
      ["reassurance_force"], "support", statement="s17-c",
      note="\"Prime Minister Mark Carney, who met ... on Wednesday, said\": relative clause between speaker and verb.")
claim(T17, "Mark Carney", "partial", "play its part", "said", ["reassurance_force"], "support", statement="s17-c")
claim(T17, "Mark Carney", "indirect",
      "Canada and Britain shared the view that a force without American support would be \"a bluff that Moscow would call.\"",
      "told", ["us_backstop", "reassurance_force"], "support", statement="s17-d",
      proposal_stances={"us_backstop": "support", "reassurance_force": "conditional"},
      note="The clause has a compound subject (Canada and Britain) but the speaker is Carney alone: no UK claim.")
claim(T17, "Mark Carney", "partial", "a bluff that Moscow would call.", "told", ["us_backstop"], "support", statement="s17-d")
claim(T17, "Military planners in London and Paris", "indirect",
      "a force of 10,000 to 30,000 troops would be stationed away from the front line, mostly around Ukrainian cities, ports "
      "and power plants", "told", ["reassurance_force"], "support",
      note="Long group speaker at sentence start (\"have told allies that\").")
claim(T17, "Officials in Ottawa", "indirect",
      "the plan would see European countries provide most of the ground troops and Canada contribute specialized units, such "
      "as engineers, medical teams or air-defence operators", "say", ["reassurance_force"], "support",
      note="Reported clause with a second subject (\"and Canada contribute\"): one record, the whole clause.")
claim(T17, "Greg Lindqvist", "indirect", "the government had been \"vague to the point of being evasive\" about the cost", "said",
      ["reassurance_force"], "neutral", statement="s17-e", note="Speaker introduced by title + appositive name.")
claim(T17, "Greg Lindqvist", "partial", "vague to the point of being evasive", "said", ["reassurance_force"], "neutral",
      statement="s17-e")
claim(T17, "Greg Lindqvist", "direct",
      "Canadians deserve to know what this will cost, how long it will last and who will be in charge,", "said",
      ["reassurance_force"], "neutral")
claim(T17, "Greg Lindqvist", "indirect",
      "his party would support a deployment as long as Parliament was given a vote before any troops leave", "said",
      ["reassurance_force"], "conditional", note="\"as long as\": conditional.")
claim(T17, "Josée Lacroix", "indirect", "the mission should operate under a United Nations mandate", "said",
      ["reassurance_force", "un_mandate"], "conditional",
      proposal_stances={"reassurance_force": "conditional", "un_mandate": "support"},
      note="\"The NDP took a different line.\" has no content: not a claim.")
claim(T17, "Josée Lacroix", "partial", "a NATO force by another name.", "warned", ["reassurance_force"], "oppose",
      note="\"warned against “...”\": the frame adds nothing, partial only (devset decision 4).")
claim(T17, "Russia", "indirect", "the idea", "rejected", ["reassurance_force"], "oppose",
      note="\"Moscow has rejected the idea outright.\" Rejecting verb with an object (devset decision 9).")
claim(T17, "Dmitry Peskov", "indirect", "any foreign troops in Ukraine would be treated as \"a party to the conflict.\"", "said",
      ["reassurance_force"], "oppose", statement="s17-f")
claim(T17, "Dmitry Peskov", "partial", "a party to the conflict.", "said", ["reassurance_force"], "oppose", statement="s17-f")
claim(T17, "Pavel Gromov", "partial", "reckless.", "calling", ["reassurance_force"], "oppose",
      note="\"went further in a post on X, calling the Canadian comments “reckless.”\": \"went further\" is not a claim; "
           "\"calling X “...”\" gives a partial only.")
claim(T17, "Ukraine", "indirect", "offer", "welcomes", ["reassurance_force"], "support",
      note="Subhead \"Kyiv welcomes offer\" (t02's claim subhead).")
claim(T17, "Nadiia Kostenko", "indirect", "the minister's remarks", "welcomed", ["reassurance_force"], "support")
claim(T17, "Nadiia Kostenko", "indirect", "Canadian troops had been training Ukrainian soldiers for years", "said", [], None)
claim(T17, "Nadiia Kostenko", "direct", "Canada knows our army better than almost anyone,", "told", ["reassurance_force"],
      "support", statement="s17-g", note="Pronoun speaker \"she\".")
claim(T17, "Nadiia Kostenko", "direct", "Its presence would send a signal that no piece of paper can.", None,
      ["reassurance_force"], "support", statement="s17-g")
claim(T17, "Volodymyr Zelenskyy", "indirect",
      "a foreign contingent is the only guarantee his country would trust after a ceasefire", "said",
      ["reassurance_force", "security_guarantees"], "support", note="\"has said repeatedly that\".")
claim(T17, "Stéfanie Gagnon", "indirect", "she doubted Washington would commit anything beyond intelligence sharing", "said",
      ["us_backstop"], "neutral")
claim(T17, "Stéfanie Gagnon", "direct", "The Americans have signalled they want Europe to carry this,", "said",
      ["us_backstop"], "neutral", statement="s17-h")
claim(T17, "Stéfanie Gagnon", "direct",
      "If Canada makes its offer conditional on U.S. air cover, it may end up offering nothing at all.", None,
      ["us_backstop", "reassurance_force"], "neutral", statement="s17-h")
claim(T17, "White House", "indirect", "sending American ground troops", "ruled out", ["reassurance_force"], "neutral",
      note="Ruling out one's own troops is neutral (devset decision 3). \"has not said whether\" is not a claim.")
claim(T17, "Bill Blair", "indirect", "he expected Canada's decision \"within weeks, not months,\"", "said",
      ["reassurance_force"], "neutral", statement="s17-i", note="One verb, two that-clauses: two records.")
claim(T17, "Bill Blair", "partial", "within weeks, not months,", "said", ["reassurance_force"], "neutral", statement="s17-i")
claim(T17, "Bill Blair", "indirect",
      "cabinet would look at the options after allied defence chiefs meet in Paris next week", "said",
      ["reassurance_force"], "neutral", statement="s17-i")

_bp["actors"] += [dict(name="Adrian Wyld", type="person", docs=[T17], where="photo credit"),
                  dict(name="The Canadian Press", type="organization", docs=[T17], where="photo credit"),
                  dict(name="Catherine Cullen", type="person", docs=[T17], where="files line"),
                  dict(name="Reuters", type="organization", docs=[T17], where="files line")]
_bp["claims"] += [dict(doc=T17, speaker="Keir Starmer", kind="indirect",
                       text="coalition of the willing will move to 'operational phase'", cue="says",
                       where="related link")]

event(T17, "2025-03-20", "Defence Minister Bill Blair said Thursday", ["Bill Blair"])
event(T17, "2025-03-19", "met British Prime Minister Keir Starmer and French President Emmanuel Macron in London on Wednesday",
      ["Mark Carney", "Keir Starmer", "Emmanuel Macron"])
event(T17, "2025-03-17", "Kremlin spokesperson Dmitry Peskov said Monday", ["Dmitry Peskov"])
event(T17, "2025-03", "after allied defence chiefs meet in Paris next week", [], date_note="\"next week\": month precision.")

A("CBC News", "organization", [], "Canada", [], T17)
A("Evan Dumont", "person", [], None, [], T17)
A("Canada", "country", ["Ottawa"], None, [], T17)
A("Bill Blair", "person", ["Defence Minister Bill Blair", "Blair", "Defence minister"], "Canada",
  ["Defence Minister of Canada"], T17)
A("United States", "country", ["Washington", "the Americans"], None, [], T17)
A("two government sources", "anonymous", [], "Canada", [], T17)
A("Mark Carney", "person", ["Prime Minister Mark Carney", "Carney"], "Canada", ["Prime Minister of Canada"], T17)
A("Keir Starmer", "person", ["British Prime Minister Keir Starmer"], "United Kingdom", ["Prime Minister of the United Kingdom"], T17)
A("Emmanuel Macron", "person", ["French President Emmanuel Macron"], "France", ["President of France"], T17)
A("United Kingdom", "country", ["Britain"], None, [], T17)
A("Russia", "country", ["Moscow"], None, [], T17)
A("Military planners in London and Paris", "group", [], None, [], T17)
A("Officials in Ottawa", "group", [], "Canada", [], T17)
A("Greg Lindqvist", "person", ["Lindqvist"], "Canada", ["Conservative defence critic"], T17)
A("Josée Lacroix", "person", [], "Canada", ["NDP foreign affairs critic"], T17)
A("New Democratic Party", "organization", ["The NDP"], "Canada", [], T17)
A("Dmitry Peskov", "person", ["Kremlin spokesperson Dmitry Peskov"], "Russia", ["Kremlin spokesman"], T17)
A("Pavel Gromov", "person", [], "Russia", ["Russian ambassador to Canada"], T17)
A("Ukraine", "country", ["Kyiv"], None, [], T17)
A("Nadiia Kostenko", "person", [], "Ukraine", ["Ukrainian ambassador to Canada"], T17)
A("Volodymyr Zelenskyy", "person", ["Ukrainian President Volodymyr Zelenskyy"], "Ukraine", ["President of Ukraine"], T17)
A("Stéfanie Gagnon", "person", [], "Canada", ["defence analyst at the University of Ottawa"], T17)
A("University of Ottawa", "organization", [], "Canada", [], T17)
A("White House", "organization", ["The White House"], "United States", [], T17)
A("Canadian Armed Forces", "organization", ["The Canadian Armed Forces"], "Canada", [], T17)
A("NATO", "organization", [], None, [], T17)
A("United Nations", "organization", [], None, [], T17)

P("reassurance_force", aliases=["Ukraine reassurance force", "European-led reassurance force", "the force", "the mission"],
  proponents=["United Kingdom", "France"],
  supporters=["Canada", "Mark Carney", "Military planners in London and Paris", "Officials in Ottawa", "Ukraine",
              "Nadiia Kostenko", "Volodymyr Zelenskyy"],
  opponents=["Russia", "Dmitry Peskov", "Pavel Gromov"],
  conditional=["Bill Blair", "Greg Lindqvist", "Josée Lacroix"],
  figures=[fig(T17, "a force of 10,000 to 30,000 troops", 10000, "troops", note="Range 10,000-30,000; lower bound."),
           fig(T17, "a battle group of roughly 1,200", 1200, "troops"),
           fig(T17, "a few hundred trainers", None, "troops")],
  stance_note="t17: Canada conditional on U.S. air power (Blair), while its relayed \"stands ready\" message is support. "
              "Lacroix's \"NATO force by another name\" partial is oppose; her UN-mandate condition makes her conditional.")
P("us_backstop", aliases=["U.S. cover", "American support", "U.S. air cover"],
  supporters=["Bill Blair", "Mark Carney"])
P("un_mandate", aliases=["a United Nations mandate"], supporters=["Josée Lacroix"],
  stance_note="t17: reused for a UN mandate of the force itself (the devset's is for a monitoring mission).")
P("security_guarantees", supporters=["Volodymyr Zelenskyy"])

# ====================================================================== module-level lists
ACTORS = list(_actors.values())
_used = {pid for c in CLAIMS for pid in c["proposals"]}
PROPOSALS = [p for p in _props.values() if p["id"] in _used or p["figures"] or p["proponents"] or p["supporters"]
             or p["opponents"] or p["conditional"]]
_parents = {p.get("part_of") for p in PROPOSALS}
PROPOSALS = [p for p in _props.values() if p in PROPOSALS or p["id"] in _parents]   # keep parents for part_of
