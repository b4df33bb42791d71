#!/usr/bin/env python3
"""Source of heldout.gold.json. Edit here, then run: python3 build_gold.py (writes heldout.gold.json).

Annotated by hand from the article texts only (the extractor was never run on them); conventions of
/work/shared/eval/seeds.gold.notes.md and Benchmarks/devset/README.md, plus the decisions in README.md here."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "goldtools"))
from gold_builder import GoldBuilder, boilerplate_mentions  # noqa: E402

H1 = "h01_bbc_starmer_troops.txt"
H2 = "h02_dw_bundeswehr_debate.txt"
H3 = "h03_tass_lavrov_contingent.txt"
H4 = "h04_nyt_coalition_limits.txt"
H5 = "h05_lemonde_paris_guarantees.txt"

_g = GoldBuilder()
documents, claims, events, _actors, _props = _g.documents, _g.claims, _g.events, _g.actors, _g.proposals
doc, A, claim, event, P, fig = _g.doc, _g.A, _g.claim, _g.event, _g.P, GoldBuilder.fig
bp_actors, bp_claims, bp_events = [], [], []


def finish():
    _g.write(os.path.join(HERE, "heldout.gold.json"), dict(boilerplate_mentions(), actors=bp_actors, claims=bp_claims, events=bp_events))


# Proposals reused from the seeds (/work/shared/eval/seeds.gold.json) and the devset (Benchmarks/devset/devset.gold.json):
# same ids and canonical names where the proposal is the same.
P("reassurance_force", "European reassurance force for Ukraine",
  stance_note="Same thread as the seeds' peacekeeping_force and the devset's reassurance_force (devset id kept).")
P("us_backstop", "U.S. security backstop for the European reassurance force", part_of="reassurance_force")
P("air_reassurance_force", "Air reassurance force (based outside Ukraine, working with the Ukrainian Air Force)",
  part_of="reassurance_force")
P("ceasefire_30day", "30-day ceasefire")
P("security_guarantees", "Western security guarantees for Ukraine")
P("nato_membership", "NATO membership for Ukraine")
P("us_peace_plan", "U.S.-brokered 20-point peace framework")
P("army_cap", "Cap on the size of Ukraine's armed forces", part_of="us_peace_plan")
P("un_mandate", "UN Security Council mandate for the monitoring mission", part_of="demarcation_line_monitoring",
  stance_note="Devset id and name; there the mission was the OSCE one, here it is the monitoring of the demarcation line (h05).")

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

# ====================================================================== h02 (Deutsche Welle-like article)
doc(H2, "Germany: Pistorius says Bundeswehr could lead air mission over Ukraine", "DW", "Elena Berg", "2026-03-12",
    ["Skip to content", "Skip to main menu", "Skip to more DW sites", "Politics", "Germany", "Ukraine",
     "03/12/2026", "March 12, 2026", "https://p.dw.com/p/4xQr7",
     "German Defense Minister Boris Pistorius visited Eurofighter crews in Rostock-Laage on WednesdayImage: Jens Büttner/dpa/picture alliance",
     "Advertisement", "Edited by: Thomas Reinhardt", "Send us your feedback", "Your feedback",
     "Skip next section Explore more", "Explore more",
     "Ukraine: Zelenskyy urges allies to speed up air defense deliveries",
     "Russia's war in Ukraine: What we know about the peace talks", "Skip next section DW's Top Story"],
    published_note="Date lines \"03/12/2026\" / \"March 12, 2026\" (a Thursday); \"on Thursday\" = same day, \"on Tuesday\" = 10 March.",
    outlet_note="Shown only by the furniture (\"Skip to more DW sites\", p.dw.com short link, \"DW's Top Story\"), like the seeds' Kyiv Independent pages.",
    boilerplate_note="\"Advertisement\" occurs twice and is listed once. The standfirst (\"Germany's defense minister has said ...\") and the "
                     "subheads (\"Chancellor Merz backs the idea\", \"What do Germans think?\" ...) are article text. The byline line "
                     "\"Elena Berg\" is the author and not listed.")

claim(H2, "Boris Pistorius", "indirect", "Bundeswehr could lead air mission over Ukraine", "says", ["air_reassurance_force"],
      "support", note="Headline attribution with the verb before the content.")
claim(H2, "Boris Pistorius", "indirect", "German jets could help police Ukraine's skies after a ceasefire", "said",
      ["air_reassurance_force"], "support", note="Standfirst; speaker \"Germany's defense minister\".")
claim(H2, "opposition", "indirect", "it a dangerous gamble", "calls", ["air_reassurance_force"], "oppose",
      note="Standfirst; speaker \"The opposition\". \"most Germans are skeptical\" is an attitude, not a claim.")
claim(H2, "Boris Pistorius", "indirect",
      "the Bundeswehr was prepared to lead an air policing mission over western Ukraine once a ceasefire takes hold", "said",
      ["air_reassurance_force"], "support",
      note="\"the clearest sign yet that Berlin wants ...\" is the reporter's commentary, not Germany's claim.")
claim(H2, "Boris Pistorius", "direct", "We will not,", "told", ["air_reassurance_force", "reassurance_force"], "support",
      statement="s02-a", proposal_stances={"air_reassurance_force": "support", "reassurance_force": "neutral"},
      note="Quote interrupted by the attribution (\"“We will not,” Pistorius told lawmakers in the Bundestag, “send ...”\"): two records.")
claim(H2, "Boris Pistorius", "direct",
      "send German infantry to the front line. But we can protect the skies, and we should.", None,
      ["air_reassurance_force", "reassurance_force"], "support", statement="s02-a",
      proposal_stances={"air_reassurance_force": "support", "reassurance_force": "neutral"},
      note="Continuation of the interrupted quote, cue null. Ruling out German infantry is neutral toward the force (devset decision 3).")
claim(H2, "Boris Pistorius", "indirect",
      "up to 20 Eurofighter jets and around 1,000 support personnel could be stationed in Poland and Romania and fly patrols from there",
      "said", ["air_reassurance_force"], "support", note="Speaker \"The Social Democrat\"; reported speech without \"that\".")
claim(H2, "Boris Pistorius", "partial", "not on the agenda,", "added", ["reassurance_force"], "neutral",
      note="\"A deployment inside Ukraine itself was “...”\": subject + copula, partial only. Own troops inside Ukraine ruled out: neutral.")
claim(H2, "a government spokesman", "indirect", "this position had not changed", "said", ["reassurance_force", "us_backstop"],
      "conditional", statement="s02-b", proposal_stances={"reassurance_force": "conditional", "us_backstop": "support"},
      note="\"this position\" = Merz tying any German contribution to a US security guarantee. One verb, two that-clauses: two records.")
claim(H2, "a government spokesman", "indirect", "the air mission \"would not depend on American ground troops.\"", "said",
      ["air_reassurance_force"], "support", statement="s02-b")
claim(H2, "a government spokesman", "partial", "would not depend on American ground troops.", "said",
      ["air_reassurance_force"], "support", statement="s02-b")
claim(H2, "Johann Wadephul", "indirect", "Germany and Poland would coordinate closely", "said", ["air_reassurance_force"], "support")
claim(H2, "Johann Wadephul", "partial", "defensive from the first day to the last.", "According to", ["air_reassurance_force"],
      "support", note="\"According to Wadephul, the mission would be “...”\": subject + copula, partial only.")
claim(H2, "German Defense Ministry", "indirect", "planning was at an early stage", "said", ["air_reassurance_force"], "neutral",
      statement="s02-c", note="Speaker \"The defense ministry\" (lowercase). First clause without \"that\", second with it.")
claim(H2, "German Defense Ministry", "indirect", "no decision would be taken before a ceasefire", "said",
      ["air_reassurance_force"], "neutral", statement="s02-c")
claim(H2, "opposition", "indirect", "escalation", "warns", ["air_reassurance_force"], "oppose",
      note="Subhead \"Opposition warns of escalation\": a verb of saying with content, like the devset's headline \"Kremlin rejects ...\" (borderline).")
claim(H2, "Alternative for Germany", "indirect", "the plan", "rejected", ["air_reassurance_force"], "oppose")
claim(H2, "Alice Weidel", "indirect", "the government of \"sleepwalking into a war with a nuclear power.\"", "accused",
      ["air_reassurance_force"], "oppose", statement="s02-d")
claim(H2, "Alice Weidel", "partial", "sleepwalking into a war with a nuclear power.", "accused", ["air_reassurance_force"], "oppose",
      statement="s02-d")
claim(H2, "Alice Weidel", "direct", "Not a single German soldier belongs in Ukraine, not on the ground and not in the air,", "said",
      ["air_reassurance_force", "reassurance_force"], "oppose")
claim(H2, "The Greens", "indirect", "they would support a mandate if it had a clear legal basis", "said", ["air_reassurance_force"],
      "conditional", note="\"The Left party also voiced opposition\" has no content clause: not a claim, but the Left is an opponent.")
claim(H2, "Sara Nanni", "direct", "We are open to it, but only with a UN or EU framework,", "said", ["air_reassurance_force"],
      "conditional", note="Inverted \"said Green defense expert Sara Nanni\".")
claim(H2, "Russia", "indirect", "Berlin against what it called \"militarist adventures.\"", "warned", ["air_reassurance_force"],
      "oppose", statement="s02-e", note="\"what it called\" introduces Russia's own evaluative words, so the fragment is a partial (not a name).")
claim(H2, "Russia", "partial", "militarist adventures.", "warned", ["air_reassurance_force"], "oppose", statement="s02-e")
claim(H2, "Sergei Nechayev", "indirect", "any German aircraft over Ukraine would be considered \"a party to the conflict.\"", "said",
      ["air_reassurance_force"], "oppose", statement="s02-f")
claim(H2, "Sergei Nechayev", "partial", "a party to the conflict.", "said", ["air_reassurance_force"], "oppose", statement="s02-f")
claim(H2, "Analysts in Berlin", "indirect",
      "the air-only model is designed to square Germany's political constraints with pressure from allies", "say",
      ["air_reassurance_force"], "neutral")
claim(H2, "Jana Puglierin", "direct", "It is the most Germany can offer without a bruising domestic fight,", "said",
      ["air_reassurance_force"], "neutral")
claim(H2, "Steve Witkoff", "indirect", "he still hoped for an agreement \"this spring\"", "said", ["ceasefire_30day"], "support",
      statement="s02-g", note="\"but he gave no details\" has no content.")
claim(H2, "Steve Witkoff", "partial", "this spring", "said", ["ceasefire_30day"], "support", statement="s02-g")

bp_actors += [dict(name="Jens Büttner", type="person", docs=[H2], where="photo credit"),
              dict(name="dpa", type="organization", docs=[H2], where="photo credit"),
              dict(name="Thomas Reinhardt", type="person", docs=[H2], where="editor line"),
              dict(name="DW", type="organization", docs=[H2], where="site furniture (the outlet)")]
bp_claims += [dict(doc=H2, speaker="Volodymyr Zelenskyy", kind="indirect", text="allies to speed up air defense deliveries",
                   cue="urges", where="related link headline")]
bp_events += [dict(doc=H2, date="2026-03-11", text="German Defense Minister Boris Pistorius visited Eurofighter crews in Rostock-Laage on Wednesday",
                   actors=["Boris Pistorius"], where="photo caption")]

event(H2, "2026-03-12", "German Defense Minister Boris Pistorius on Thursday said", ["Boris Pistorius"])
event(H2, "2026-03-12", "A government spokesman said on Thursday", ["a government spokesman"])
event(H2, "2026-03", "A survey by the pollster Infratest dimap for broadcaster ARD, published last week",
      ["Infratest dimap", "ARD"], date_note="Week of 2-8 March 2026.")
event(H2, "2026-02", "Talks on a 30-day ceasefire stalled in Geneva last month.", [])
event(H2, "2026-03-10", "US envoy Steve Witkoff said on Tuesday", ["Steve Witkoff"])

A("Boris Pistorius", "person", ["Pistorius", "German Defense Minister Boris Pistorius", "Germany's defense minister",
                                "The Social Democrat"], "Germany", ["Defense Minister of Germany"], H2)
A("Germany", "country", ["Berlin"], None, [], H2)
A("Bundeswehr", "organization", [], "Germany", [], H2)
A("Bundestag", "organization", [], "Germany", [], H2)
A("Friedrich Merz", "person", ["Chancellor Friedrich Merz", "Chancellor Merz"], "Germany", ["Chancellor of Germany"], H2)
A("a government spokesman", "anonymous", ["A government spokesman"], "Germany", [], H2)
A("Johann Wadephul", "person", ["Foreign Minister Johann Wadephul", "Wadephul"], "Germany", ["Foreign Minister of Germany"], H2)
A("Poland", "country", [], None, [], H2)
A("German Defense Ministry", "organization", ["The defense ministry"], "Germany", [], H2)
A("opposition", "group", ["The opposition", "Opposition"], "Germany", [], H2)
A("Alternative for Germany", "organization", ["AfD"], "Germany", [], H2)
A("Alice Weidel", "person", ["Co-leader Alice Weidel", "Weidel"], "Germany", ["co-leader of the AfD"], H2)
A("Left party", "organization", ["The Left party"], "Germany", [], H2)
A("The Greens", "organization", ["the Greens"], "Germany", [], H2)
A("Sara Nanni", "person", ["Green defense expert Sara Nanni"], "Germany", ["Green defense expert"], H2)
A("Infratest dimap", "organization", ["the pollster Infratest dimap"], "Germany", [], H2)
A("ARD", "organization", [], "Germany", [], H2)
A("Russia", "country", [], None, [], H2)
A("Sergei Nechayev", "person", ["Russian Ambassador to Germany Sergei Nechayev"], "Russia", ["Russian Ambassador to Germany"], H2)
A("Analysts in Berlin", "group", [], None, [], H2)
A("Jana Puglierin", "person", [], None, ["of the European Council on Foreign Relations"], H2)
A("European Council on Foreign Relations", "organization", [], None, [], H2)
A("Steve Witkoff", "person", ["US envoy Steve Witkoff"], "United States", ["US envoy"], H2)
A("United States", "country", ["US"], None, [], H2)
A("Ukraine", "country", [], None, [], H2)
A("Coalition of the Willing", "organization", ["coalition of the willing"], None, [], H2)
A("United Nations", "organization", ["UN"], None, [], H2)
A("European Union", "organization", ["EU"], None, [], H2)
A("Elena Berg", "person", [], None, [], H2, note="Byline.")

P("air_reassurance_force", aliases=["air policing mission", "air mission", "air-only model"],
  proponents=["Boris Pistorius", "Germany"],
  supporters=["Boris Pistorius", "Germany", "Friedrich Merz", "a government spokesman", "Johann Wadephul"],
  opponents=["opposition", "Alternative for Germany", "Alice Weidel", "Left party", "Russia", "Sergei Nechayev"],
  conditional=["The Greens", "Sara Nanni"],
  figures=[fig(H2, "up to 20 Eurofighter jets", 20, "jets", note="upper bound"),
           fig(H2, "around 1,000 support personnel", 1000, "personnel")],
  stance_note="h02: Merz is a supporter through the subhead \"Chancellor Merz backs the idea\" (advocacy, no claim); the Left party "
              "through \"voiced opposition\" (no content clause).")
P("reassurance_force", conditional=["Friedrich Merz", "a government spokesman"], opponents=["Alice Weidel"],
  figures=[fig(H2, "54% of respondents", 54, "percent", note="opposed to German troops in a peacekeeping mission (survey)"),
           fig(H2, "38% were in favor", 38, "percent", note="in favour (survey)")])
P("us_backstop", aliases=["US security guarantee"], supporters=["Friedrich Merz", "a government spokesman"])
P("ceasefire_30day", supporters=["Steve Witkoff"], figures=[fig(H2, "30-day", 30, "days")])

# ====================================================================== h03 (TASS-like Russian state media report)
doc(H3, "Any Western contingent in Ukraine will be legitimate target for Russian forces — Lavrov", "TASS", None, "2026-04-07",
    ["TASS", "Russian News Agency", "Russian Politics & Diplomacy", "Military Operation in Ukraine", "World",
     "Business & Economy", "© Alexander Shcherbak/TASS", "Tags", "Ukraine crisis", "Sergey Lavrov", "Read also",
     "Putin holds phone talks with Egyptian president", "Zakharova: EU plans to seize Russian assets are theft"],
    published_note="Dateline \"MOSCOW, April 7. /TASS/.\"; the year is not printed. 2026 because the coalition of the willing, "
                   "the Washington 30-day ceasefire proposal and Yvette Cooper as Foreign Secretary (from September 2025) are all current; "
                   "\"on Tuesday\" fits 7 April 2026 (a Tuesday).",
    outlet_note="Dateline \"/TASS/\" and masthead.",
    boilerplate_note="Masthead, section menu, photo credit, tags (the tag line \"Sergey Lavrov\" is furniture), \"Read also\" links. "
                     "The standfirst, the subheads and the closing background paragraph on the \"special military operation\" are article text. No byline.")

claim(H3, "Sergei Lavrov", "indirect", "Any Western contingent in Ukraine will be legitimate target for Russian forces", None,
      ["reassurance_force"], "oppose", note="Headline attributed with a dash (\"— Lavrov\"), no verb: cue null.")
claim(H3, "Sergei Lavrov", "indirect",
      "the so-called coalition of the willing is trying to \"freeze the conflict in order to rearm the Kiev regime\"", "According to",
      ["reassurance_force"], "oppose", statement="s03-a", note="Standfirst; speaker \"the Russian top diplomat\".")
claim(H3, "Sergei Lavrov", "partial", "freeze the conflict in order to rearm the Kiev regime", "According to",
      ["reassurance_force"], "oppose", statement="s03-a")
claim(H3, "Sergei Lavrov", "indirect",
      "Any military contingents of Western countries deployed on Ukrainian territory, whatever they are called, will become a legitimate target for the Russian Armed Forces",
      "said", ["reassurance_force"], "oppose", note="Speaker after the clause.")
claim(H3, "Sergei Lavrov", "direct",
      "We have said this many times, and I will repeat it: the presence of NATO troops in Ukraine under any flag is unacceptable for us. It would not be a peacekeeping mission, it would be an occupation,",
      "stressed", ["reassurance_force"], "oppose", note="Speaker \"the minister\" after the quote.")
claim(H3, "Sergei Lavrov", "indirect",
      "the so-called coalition of the willing led by London and Paris is trying to \"freeze the conflict in order to rearm the Kiev regime.\"",
      "According to", ["reassurance_force"], "oppose", statement="s03-b")
claim(H3, "Sergei Lavrov", "partial", "freeze the conflict in order to rearm the Kiev regime.", "According to",
      ["reassurance_force"], "oppose", statement="s03-b")
claim(H3, "Sergei Lavrov", "indirect", "European capitals had \"learned nothing\" from the failure of the Minsk agreements", "noted",
      [], None, statement="s03-c", note="General criticism, not about a proposal.")
claim(H3, "Sergei Lavrov", "partial", "learned nothing", "noted", [], None, statement="s03-c")
claim(H3, "Sergei Lavrov", "indirect",
      "Moscow remained open to a political and diplomatic settlement, but only one that would address the root causes of the conflict",
      "said", [], None)
claim(H3, "Sergei Lavrov", "indirect",
      "must include Ukraine's neutral, non-aligned and nuclear-free status and the \"recognition of the new territorial realities.\"",
      "in his words", ["nato_membership"], "oppose", statement="s03-d",
      note="\"Such a settlement, in his words, must include ...\": longest contiguous stretch after the parenthetical (devset decision 2). "
           "A neutral, non-aligned status excludes NATO membership.")
claim(H3, "Sergei Lavrov", "partial", "recognition of the new territorial realities.", "in his words", ["nato_membership"], "oppose",
      statement="s03-d")
claim(H3, "Dmitry Peskov", "indirect",
      "Russia viewed the European plans for a so-called reassurance force \"extremely negatively.\"", "told",
      ["reassurance_force"], "oppose", statement="s03-e")
claim(H3, "Dmitry Peskov", "partial", "extremely negatively.", "told", ["reassurance_force"], "oppose", statement="s03-e")
claim(H3, "Dmitry Peskov", "direct", "This is not a path to peace, it is a path to escalation,", "said", ["reassurance_force"], "oppose")
claim(H3, "Dmitry Peskov", "direct", "Let us not get ahead of ourselves,", "said", ["us_backstop"], "neutral",
      note="Pronoun speaker (\"the Kremlin spokesman\" in the sentence before). \"declined to speculate\" has no content; the unsourced "
           "\"reports that the United States might provide air support\" are not a claim.")
claim(H3, "Dmitry Medvedev", "indirect", "the deployment of British and French troops would mean \"a direct war with NATO.\"", "wrote",
      ["reassurance_force"], "oppose", statement="s03-f", note="Written statement (Telegram): \"wrote\" counts as a verb of saying.")
claim(H3, "Dmitry Medvedev", "partial", "a direct war with NATO.", "wrote", ["reassurance_force"], "oppose", statement="s03-f")
claim(H3, "Maria Zakharova", "indirect",
      "the 30-day ceasefire proposed by Washington in its current form would only give the Ukrainian army \"a respite to regroup.\"",
      "said", ["ceasefire_30day"], "oppose", statement="s03-g")
claim(H3, "Maria Zakharova", "partial", "a respite to regroup.", "said", ["ceasefire_30day"], "oppose", statement="s03-g")
claim(H3, "Maria Zakharova", "indirect", "Russia was ready to discuss a ceasefire as part of a comprehensive agreement", "added",
      ["ceasefire_30day"], "conditional", note="Speaker \"The diplomat\" (title change).")
claim(H3, "Vladimir Putin", "indirect", "Russia was not against a truce in principle", "said", ["ceasefire_30day"], "conditional",
      statement="s03-h", note="One verb, two that-clauses; the second is wholly quoted, so it is a partial.")
claim(H3, "Vladimir Putin", "partial", "there are nuances.", "said", ["ceasefire_30day"], "conditional", statement="s03-h")
claim(H3, "Vladimir Putin", "indirect",
      "a ceasefire requires reliable control mechanisms and a halt to Western arms deliveries to Kiev", "According to",
      ["ceasefire_30day"], "conditional", note="Speaker \"the head of state\".")
claim(H3, "Yvette Cooper", "indirect",
      "Russia \"does not have a veto\" over the deployment of allied forces to Ukraine at the invitation of a sovereign government",
      "said", ["reassurance_force"], "support", statement="s03-i",
      note="\"..., the UK Foreign Office reported\": the Foreign Office is the channel of Cooper's statement (like \"told The Times\"), not a second source.")
claim(H3, "Yvette Cooper", "partial", "does not have a veto", "said", ["reassurance_force"], "support", statement="s03-i")
claim(H3, "Robert Fico", "indirect", "Slovakia would not send a single soldier to Ukraine", "said", ["reassurance_force"], "neutral",
      note="Rules out Slovakia's own troops (devset decision 3). \"European politicians have expressed doubts about the mission\" has no content clause: not a claim.")
claim(H3, "Peter Szijjarto", "indirect", "the idea \"madness.\"", "called", ["reassurance_force"], "oppose", statement="s03-j")
claim(H3, "Peter Szijjarto", "partial", "madness.", "called", ["reassurance_force"], "oppose", statement="s03-j")
claim(H3, "Vladimir Putin", "indirect",
      "the goal of the operation is to protect people who have been subjected to abuse and genocide by the Kiev regime for eight years",
      "said", [], None, note="Background paragraph of the report (article text).")

bp_actors += [dict(name="Alexander Shcherbak", type="person", docs=[H3], where="photo credit")]
bp_claims += [dict(doc=H3, speaker="Maria Zakharova", kind="indirect", text="EU plans to seize Russian assets are theft", cue=None,
                   where="\"Read also\" link headline")]

event(H3, "2026-04-07",
      "Russian Foreign Minister Sergey Lavrov said at a news conference following talks with his Egyptian counterpart on Tuesday",
      ["Sergei Lavrov"])
event(H3, "2026-04-06", "Dmitry Medvedev wrote on his Telegram channel on Monday", ["Dmitry Medvedev"])
event(H3, "2026-04-03", "Maria Zakharova said on April 3", ["Maria Zakharova"])
event(H3, "2026-04-06", "British Foreign Secretary Yvette Cooper said on Monday", ["Yvette Cooper"])
event(H3, "2022-02-24", "Russia began its special military operation in Ukraine on February 24, 2022.", ["Russia"])

A("Sergei Lavrov", "person", ["Russian Foreign Minister Sergey Lavrov", "Sergey Lavrov", "Lavrov", "the Russian top diplomat",
                              "the minister"], "Russia", ["Russian Foreign Minister"], H3,
  note="Canonical spelling of the devset; TASS writes \"Sergey\".")
A("Russia", "country", ["Moscow"], None, [], H3)
A("Russian Armed Forces", "organization", ["the Russian Armed Forces"], "Russia", [], H3)
A("Coalition of the Willing", "organization", ["coalition of the willing"], None, [], H3)
A("United Kingdom", "country", ["London"], None, [], H3)
A("France", "country", ["Paris"], None, [], H3)
A("Ukraine", "country", ["Kiev", "Kiev regime"], None, [], H3)
A("Armed Forces of Ukraine", "organization", ["Ukrainian army"], "Ukraine", [], H3)
A("NATO", "organization", [], None, [], H3)
A("European capitals", "group", [], None, [], H3)
A("Dmitry Peskov", "person", ["Kremlin Spokesman Dmitry Peskov", "Peskov", "the Kremlin spokesman"], "Russia", ["Kremlin spokesman"], H3)
A("Dmitry Medvedev", "person", ["Deputy Chairman of the Russian Security Council Dmitry Medvedev"], "Russia",
  ["Deputy Chairman of the Russian Security Council"], H3)
A("Russian Security Council", "organization", [], "Russia", [], H3)
A("Maria Zakharova", "person", ["Russian Foreign Ministry Spokeswoman Maria Zakharova", "The diplomat"], "Russia",
  ["Russian Foreign Ministry Spokeswoman"], H3)
A("Vladimir Putin", "person", ["Russian President Vladimir Putin", "the head of state"], "Russia", ["President of Russia"], H3)
A("United States", "country", ["the United States", "Washington"], None, [], H3)
A("Yvette Cooper", "person", ["British Foreign Secretary Yvette Cooper"], "United Kingdom", ["British Foreign Secretary"], H3)
A("UK Foreign Office", "organization", ["the UK Foreign Office"], "United Kingdom", [], H3)
A("European politicians", "group", ["a number of European politicians"], None, [], H3)
A("Robert Fico", "person", ["Slovak Prime Minister Robert Fico"], "Slovakia", ["Slovak Prime Minister"], H3)
A("Slovakia", "country", [], None, [], H3)
A("Peter Szijjarto", "person", ["Hungarian Foreign Minister Peter Szijjarto"], None, ["Hungarian Foreign Minister"], H3)
A("TASS", "organization", [], "Russia", [], H3)

P("reassurance_force", aliases=["Western contingent", "military contingents of Western countries"],
  proponents=["United Kingdom", "France"],
  supporters=["Yvette Cooper"],
  opponents=["Sergei Lavrov", "Dmitry Medvedev", "Peter Szijjarto"],
  stance_note="h03: Fico rules out Slovak soldiers only (neutral).")
P("nato_membership", opponents=["Sergei Lavrov"])
P("us_backstop", aliases=["air support for a European mission"])
P("ceasefire_30day", proponents=["United States"], supporters=["United States"], conditional=["Maria Zakharova", "Vladimir Putin"],
  figures=[fig(H3, "30-day", 30, "days")],
  stance_note="h03: Zakharova rejects it \"in its current form\" but would discuss a ceasefire within a comprehensive agreement: conditional.")

# ====================================================================== h04 (New York Times-like news analysis)
doc(H4, "Europe Promised Ukraine a Force. It Is Still Looking for the Soldiers.", "The New York Times",
    "Adam Keller and Sophie Duval", "2026-05-14",
    ["Skip to contentSkip to site index", "Europe", "Today’s Paper", "Advertisement", "SKIP ADVERTISEMENT", "News Analysis",
     "Soldiers of the French Army during an exercise in Mourmelon-le-Grand, France, in April.Credit...Benoit Tessier/Reuters",
     "Reporting from Paris and Brussels", "May 14, 2026", "Leer en español",
     "Adam Keller is the Times’s Paris bureau chief. Sophie Duval covers the European Union from Brussels.",
     "A version of this article appears in print on May 15, 2026, Section A, Page 9 of the New York edition with the headline: Europe’s Force for Ukraine Is Still Missing Its Soldiers.",
     "Order Reprints | Today’s Paper | Subscribe", "Related Content", "Macron Says Europe Must ‘Think Beyond’ NATO",
     "Russian Drones Strike Kharkiv as Talks Stall"],
    published_note="Date line \"May 14, 2026\" (a Thursday; print edition May 15). \"on Monday\" = 11 May, \"On Tuesday\" = 12 May, "
                   "\"on Wednesday\" = 13 May, \"last week\" = 4-10 May.",
    outlet_note="\"In an interview with The New York Times\", \"seen by The Times\", the bio and print lines.",
    boilerplate_note="Kicker \"News Analysis\", caption with credit, dateline, language link, bio, print line, reprint bar, related links. "
                     "The standfirst is article text (narration). The byline line \"By Adam Keller and Sophie Duval\" is the author and not listed.")

claim(H4, "Emmanuel Macron", "indirect", "sending European troops to Ukraine", "suggested", ["reassurance_force"], "support",
      note="\"he was rebuked by much of the continent\" has no content and no identifiable source: not a claim.")
claim(H4, "diplomats", "indirect", "is the soldiers to fill it", "say", ["reassurance_force"], "neutral",
      note="\"What is missing, diplomats say, is the soldiers to fill it.\": longest contiguous stretch of the split clause (devset decision 2).")
claim(H4, "European officials", "indirect",
      "“about 10,000,” most of them based well away from the front line, and of an air mission flown largely from Poland and Romania",
      "speak of", ["reassurance_force", "air_reassurance_force"], "neutral", statement="s04-a")
claim(H4, "European officials", "partial", "about 10,000,", "speak of", ["reassurance_force"], "neutral", statement="s04-a")
claim(H4, "Élise Moreau", "direct",
      "We went from a deterrence force to a reassurance force, and now some capitals would like a reassurance presence,", "said",
      ["reassurance_force"], "neutral", statement="s04-b", note="Inverted \"said Élise Moreau, a former French defense official ...\" (appositive).")
claim(H4, "Élise Moreau", "direct", "Each word is a little smaller than the last.", None, ["reassurance_force"], "neutral",
      statement="s04-b", note="Continuation quote, cue null.")
claim(H4, "Emmanuel Macron", "indirect", "that reading", "rejects", ["reassurance_force"], "support", note="Speaker \"Mr. Macron\".")
claim(H4, "Emmanuel Macron", "indirect", "the coalition had never been more united", "said", ["reassurance_force"], "support",
      statement="s04-c", note="Speaker \"the French president\"; one verb, two clauses (the second with \"that\").")
claim(H4, "Emmanuel Macron", "indirect",
      "France was ready to send “several thousand” soldiers the day a ceasefire was signed", "said", ["reassurance_force"], "support",
      statement="s04-c")
claim(H4, "Emmanuel Macron", "partial", "several thousand", "said", ["reassurance_force"], "support", statement="s04-c")
claim(H4, "Emmanuel Macron", "direct", "The question is not whether Europe is ready,", "said", ["reassurance_force"], "support",
      statement="s04-d")
claim(H4, "Emmanuel Macron", "direct", "The question is whether Russia wants peace. So far, it does not.", None,
      ["reassurance_force"], "support", statement="s04-d", note="Continuation quote, cue null.")
claim(H4, "Italy", "indirect", "they will not send ground troops", "said", ["reassurance_force"], "neutral",
      note="\"Italy and Poland have said\": one claim per country (seeds decision 4); own troops ruled out (devset decision 3).")
claim(H4, "Poland", "indirect", "they will not send ground troops", "said", ["reassurance_force"], "neutral")
claim(H4, "Germany", "indirect", "jets but not soldiers", "offered", ["air_reassurance_force", "reassurance_force"], "support",
      proposal_stances={"air_reassurance_force": "support", "reassurance_force": "neutral"},
      note="Commissive, like the devset's Turkey \"has offered to host\".")
claim(H4, "a senior French official", "partial", "said yes to everything except a number.", "according to",
      ["reassurance_force"], "neutral",
      note="\"Spain, according to ..., has “...”\": the unquoted part is subject + auxiliary, partial only. Spain's \"yes\" is the "
           "official's characterisation inside the quote, not a separate Spanish claim.")
claim(H4, "Donald Trump", "indirect", "the United States will not put American troops in Ukraine", "said", ["reassurance_force"],
      "neutral", note="Own troops ruled out.")
claim(H4, "Donald Trump", "indirect", "some form of air support", "hinted", ["us_backstop"], "support", note="Pronoun speaker.")
claim(H4, "two officials briefed on the conversations", "indirect",
      "His special envoy, Steve Witkoff, has told European counterparts that security guarantees would come “after the deal, not before,”",
      "said", ["security_guarantees"], "neutral",
      note="Trailing attribution of a relayed statement (seeds decision 6): the officials' claim covers the whole clause.")
claim(H4, "Steve Witkoff", "indirect", "security guarantees would come “after the deal, not before,”", "told",
      ["security_guarantees"], "conditional", statement="s04-e", reported_by="two officials briefed on the conversations")
claim(H4, "Steve Witkoff", "partial", "after the deal, not before,", "told", ["security_guarantees"], "conditional",
      statement="s04-e", reported_by="two officials briefed on the conversations")
claim(H4, "John Healey", "direct", "Without the United States, this does not work,", "told", ["us_backstop", "reassurance_force"],
      "support", proposal_stances={"us_backstop": "support", "reassurance_force": "conditional"},
      note="Pronoun speaker. \"according to notes seen by The Times\": notes are a document and the Times the channel, not a second source. "
           "\"A spokeswoman ... declined to comment\" has no content.")
claim(H4, "Kaja Kallas", "indirect",
      "Europe should fund and train a Ukrainian army large enough to deter Russia on its own", "argued", ["security_guarantees"],
      "support", note="Appositive introduction (\"Kaja Kallas, the European Union’s foreign policy chief, argued\"). "
                      "\"Some in Europe think ...\" is an attitude, not a claim.")
claim(H4, "Kaja Kallas", "direct", "The best security guarantee for Ukraine is the Ukrainian army,", "said",
      ["security_guarantees"], "support")
claim(H4, "Volodymyr Zelenskyy", "indirect", "every offer", "welcomed", ["reassurance_force"], "support")
claim(H4, "Volodymyr Zelenskyy", "indirect", "none is a substitute for membership in NATO", "insisting", ["nato_membership"],
      "support")
claim(H4, "Volodymyr Zelenskyy", "indirect", "a European force without American backing would be “a symbol, not a shield.”", "told",
      ["reassurance_force", "us_backstop"], "conditional", statement="s04-f",
      proposal_stances={"reassurance_force": "conditional", "us_backstop": "support"},
      note="The subject carries a condition, so both records (devset decision 4).")
claim(H4, "Volodymyr Zelenskyy", "partial", "a symbol, not a shield.", "told", ["reassurance_force", "us_backstop"], "conditional",
      statement="s04-f", proposal_stances={"reassurance_force": "conditional", "us_backstop": "support"})
claim(H4, "Dmitry Peskov", "indirect", "Moscow would regard any foreign contingent as “a target.”", "said", ["reassurance_force"],
      "oppose", statement="s04-g", note="Appositive \"Dmitry Peskov, Mr. Putin’s spokesman, said\". \"The Kremlin ... has not moved\" has no content.")
claim(H4, "Dmitry Peskov", "partial", "a target.", "said", ["reassurance_force"], "oppose", statement="s04-g")
claim(H4, "a senior European military officer", "direct", "We have a skeleton,", "said", ["reassurance_force"], "neutral",
      statement="s04-h")
claim(H4, "a senior European military officer", "direct", "We are waiting for the muscles.", None, ["reassurance_force"], "neutral",
      statement="s04-h", note="Continuation quote, cue null.")

bp_actors += [dict(name="Benoit Tessier", type="person", docs=[H4], where="photo credit"),
              dict(name="Reuters", type="organization", docs=[H4], where="photo credit"),
              dict(name="French Army", type="organization", docs=[H4], where="photo caption")]
bp_claims += [dict(doc=H4, speaker="Emmanuel Macron", kind="indirect", text="Europe Must ‘Think Beyond’ NATO", cue="Says",
                   where="related link headline")]
bp_events += [dict(doc=H4, date="2026-04", text="Soldiers of the French Army during an exercise in Mourmelon-le-Grand, France, in April.",
                   actors=["French Army"], where="photo caption")]

event(H4, "2025", "A year after the “coalition of the willing” was born", ["Coalition of the Willing"])
event(H4, "2024", "first suggested sending European troops to Ukraine, in early 2024", ["Emmanuel Macron"])
event(H4, "2025", "The plan drawn up in Paris and London last spring", ["France", "United Kingdom"],
      date_note="\"last spring\" from May 2026 = spring 2025.")
event(H4, "2026-05-11", "In an interview with The New York Times on Monday", ["Emmanuel Macron", "The New York Times"])
event(H4, "2026-02", "he told a closed meeting of NATO defense ministers in February", ["John Healey"])
event(H4, "2026-05", "argued last week", ["Kaja Kallas"], date_note="4-10 May 2026.")
event(H4, "2026-05-12", "On Tuesday, he told reporters in Kyiv", ["Volodymyr Zelenskyy"])
event(H4, "2026-05-13", "said on Wednesday that Moscow would regard any foreign contingent", ["Dmitry Peskov"])

A("Emmanuel Macron", "person", ["President Emmanuel Macron of France", "Mr. Macron", "the French president", "Macron"], "France",
  ["President of France"], H4)
A("France", "country", ["Paris"], None, [], H4)
A("United Kingdom", "country", ["London", "Britain"], None, [], H4)
A("Ukraine", "country", [], None, [], H4)
A("Coalition of the Willing", "organization", ["coalition of the willing", "the coalition"], None, [], H4)
A("diplomats", "group", [], None, [], H4)
A("European officials", "group", [], None, [], H4)
A("Élise Moreau", "person", [], "France", ["former French defense official", "at the Institut Montaigne in Paris"], H4)
A("Institut Montaigne", "organization", ["the Institut Montaigne"], "France", [], H4)
A("The New York Times", "organization", ["The Times", "New York Times"], "United States", [], H4)
A("Europe", "group", [], None, [], H4)
A("Russia", "country", ["Moscow", "The Kremlin"], None, [], H4)
A("Italy", "country", [], None, [], H4)
A("Poland", "country", [], None, [], H4)
A("Germany", "country", [], None, [], H4)
A("Spain", "country", [], None, [], H4)
A("a senior French official", "anonymous", [], "France", [], H4)
A("United States", "country", ["Washington", "the United States"], None, [], H4)
A("Donald Trump", "person", ["President Trump"], "United States", ["President of the United States"], H4)
A("Steve Witkoff", "person", [], "United States", ["special envoy"], H4)
A("two officials briefed on the conversations", "group", [], None, [], H4)
A("John Healey", "person", ["Britain’s defense secretary"], "United Kingdom", [], H4)
A("NATO", "organization", [], None, [], H4)
A("British Ministry of Defence", "organization", [], "United Kingdom", [], H4)
A("a spokeswoman for the British Ministry of Defence", "anonymous", [], "United Kingdom", [], H4)
A("Kaja Kallas", "person", [], None, ["the European Union’s foreign policy chief"], H4)
A("European Union", "organization", [], None, [], H4)
A("Volodymyr Zelenskyy", "person", ["President Volodymyr Zelensky of Ukraine"], "Ukraine", [], H4)
A("Dmitry Peskov", "person", [], "Russia", ["Mr. Putin’s spokesman"], H4)
A("Vladimir Putin", "person", ["Mr. Putin"], "Russia", [], H4)
A("a senior European military officer", "anonymous", [], None, [], H4)
A("Adam Keller", "person", [], None, ["Paris bureau chief"], H4, note="Byline.")
A("Sophie Duval", "person", [], None, [], H4, note="Byline.")

P("reassurance_force", aliases=["European troops", "foreign contingent"],
  proponents=["Emmanuel Macron", "France"], supporters=["Emmanuel Macron", "France"],
  figures=[fig(H4, "as many as 25,000 soldiers", 25000, "troops", note="plan of spring 2025; upper bound"),
           fig(H4, "about 10,000", 10000, "troops", note="current planning, per European officials"),
           fig(H4, "“several thousand” soldiers", None, "troops", note="French contingent"),
           fig(H4, "about 200 officers", 200, "officers", note="headquarters staff")],
  stance_note="h04: Italy, Poland, Spain and Trump/US rule out or do not commit their own troops: neutral.")
P("air_reassurance_force", supporters=["Germany"])
P("us_backstop", aliases=["American backing"], supporters=["Donald Trump", "Volodymyr Zelenskyy"])
P("security_guarantees", aliases=["security guarantees", "security guarantee"], supporters=["Kaja Kallas"],
  conditional=["Steve Witkoff"])
P("nato_membership", aliases=["membership in NATO"])

# ====================================================================== h05 (Le Monde in English-like article)
doc(H5, "Ukraine: 'Europe will not wait for Moscow's permission,' says Barrot after coalition meeting in Paris", "Le Monde",
    "Philippe Ricard and Anne-Laure Vidal", "2026-06-23",
    ["Le Monde", "International", "Ukraine", "Subscribers only", "Share", "Save",
     "Published today at 6:15 am (Paris), updated at 9:40 am", "Reading time 3 min.", "Lire en français",
     "French Foreign Minister Jean-Noël Barrot at the Quai d'Orsay in Paris, on June 22, 2026. LUDOVIC MARIN / AFP",
     "Philippe Ricard and Anne-Laure Vidal",
     "Translation of an original article published in French on lemonde.fr; the publisher may only be liable for the English version.",
     "Read more", "In Ukraine, drones now fly further than the front line",
     "Analysis: Why the 'coalition of the willing' still needs Washington"],
    published_note="\"Published today\" gives no date. The meeting was \"on Monday, June 22\" (2026-06-22 is a Monday; the caption "
                   "dates it 2026), Moscow replied \"within hours\", and the piece went out at 6:15 am: the morning after, 2026-06-23.",
    outlet_note="Masthead line, \"told Le Monde\", lemonde.fr translation note.",
    boilerplate_note="\"Subscribers only\" occurs three times and is listed once. The closing signature line repeats the byline and is "
                     "furniture; the line \"By Philippe Ricard and Anne-Laure Vidal\" is the author and not listed. The standfirst and "
                     "subheads are article text.")

claim(H5, "Jean-Noël Barrot", "direct", "Europe will not wait for Moscow's permission,", "says", ["paris_declaration"], "support",
      note="Headline: a whole quoted sentence in single quotes, \"says Barrot\" inverted.")
claim(H5, "Russia", "indirect", "a 'hostile' initiative", "denounced", ["paris_declaration"], "oppose", statement="s05-a",
      note="Standfirst; speaker \"Moscow\".")
claim(H5, "Russia", "partial", "hostile", "denounced", ["paris_declaration"], "oppose", statement="s05-a",
      note="One evaluative word in single quotes: partial (devset decision 4).")
claim(H5, "Jean-Noël Barrot", "direct", "Europe will not wait for Moscow's permission to protect a sovereign country,", "said",
      ["paris_declaration", "reassurance_force"], "support", statement="s05-b",
      note="\"what French diplomats describe as the most detailed text yet\" is a noun-phrase idiom (devset decision 7); what \"The "
           "declaration commits signatories to\" is a document's content, not a claim (devset decision 8).")
claim(H5, "Jean-Noël Barrot", "direct",
      "If a ceasefire is signed, we will be there. Not to fight, but so that the war never starts again.", None,
      ["paris_declaration", "reassurance_force"], "support", statement="s05-b", note="Continuation quote, cue null.")
claim(H5, "a French diplomat", "indirect",
      "the monitoring of the line would rely mainly on drones and satellites, with \"a few hundred\" observers on the ground", "said",
      ["demarcation_line_monitoring"], "neutral", statement="s05-c")
claim(H5, "a French diplomat", "partial", "a few hundred", "said", ["demarcation_line_monitoring"], "neutral", statement="s05-c")
claim(H5, "diplomats", "indirect", "would number between 8,000 and 12,000 troops in its first phase", "say", ["reassurance_force"],
      "neutral", note="\"The multinational force itself, diplomats say, would number ...\": longest contiguous stretch (devset decision 2).")
claim(H5, "Italy", "indirect", "to send soldiers", "refused", ["reassurance_force"], "neutral",
      note="Relative clause \"which has always refused to send soldiers\" (like the seeds' \"refused to accept\"); own troops: neutral.")
claim(H5, "Italy", "indirect", "it would contribute to the monitoring only under a UN mandate", "said",
      ["demarcation_line_monitoring", "un_mandate"], "conditional",
      proposal_stances={"demarcation_line_monitoring": "conditional", "un_mandate": "support"})
claim(H5, "Italian Foreign Ministry", "direct", "Without the United Nations, Italy cannot participate,", "said",
      ["demarcation_line_monitoring", "un_mandate"], "conditional",
      proposal_stances={"demarcation_line_monitoring": "conditional", "un_mandate": "support"},
      note="Speaker \"the Italian foreign ministry\" (lowercase) after the quote.")
claim(H5, "Poland", "indirect", "it would act as a logistics base and would not deploy troops", "confirmed", ["reassurance_force"],
      "support", note="Logistics base for the force, own troops ruled out: supporter (devset decision 3, Tusk's \"logistical hub\").")
claim(H5, "Marco Rubio", "indirect",
      "\"supports what Europe is doing,\" and would take part in monitoring the ceasefire \"with the means that are uniquely American\"",
      "said", ["paris_declaration", "demarcation_line_monitoring"], "support", statement="s05-d",
      note="\"Washington, he said, “...”\": split clause, longest stretch after the cue. \"understood by several participants to mean\" is not a verb of saying.")
claim(H5, "Marco Rubio", "partial", "supports what Europe is doing,", "said", ["paris_declaration"], "support", statement="s05-d")
claim(H5, "Marco Rubio", "partial", "with the means that are uniquely American", "said", ["demarcation_line_monitoring"], "support",
      statement="s05-d")
claim(H5, "Andrii Sybiha", "direct",
      "It's good. But a guarantee is what happens on the day after an attack, not what is written the day before,", "told",
      ["paris_declaration"], "conditional", note="\"For the Ukrainians, the text is a step forward but not a guarantee\" is the reporters' framing.")
claim(H5, "Andrii Sybiha", "indirect",
      "Kyiv still considered the 800,000-strong army agreed with Washington in the US peace plan as a \"red line\" that it would not renegotiate",
      "said", ["army_cap"], "conditional", statement="s05-e",
      note="Accepts the 800,000 ceiling agreed in the plan and nothing lower: conditional.")
claim(H5, "Andrii Sybiha", "partial", "red line", "said", ["army_cap"], "conditional", statement="s05-e")
claim(H5, "Russian Foreign Ministry", "indirect",
      "the Paris declaration \"a hostile initiative aimed at prolonging the war,\"", "called", ["paris_declaration"], "oppose",
      statement="s05-f", note="Speaker \"The Russian foreign ministry\" (lowercase).")
claim(H5, "Russian Foreign Ministry", "partial", "a hostile initiative aimed at prolonging the war,", "called",
      ["paris_declaration"], "oppose", statement="s05-f")
claim(H5, "Russian Foreign Ministry", "indirect", "Russia would regard any foreign military presence as a threat", "said",
      ["reassurance_force"], "oppose")
claim(H5, "Dmitry Peskov", "indirect", "a ceasefire was possible only after a \"full settlement.\"", "repeated",
      ["ceasefire_30day"], "conditional", statement="s05-g")
claim(H5, "Dmitry Peskov", "partial", "full settlement.", "repeated", ["ceasefire_30day"], "conditional", statement="s05-g")
claim(H5, "United Nations", "indirect", "civilian casualties have risen by a third", "according to", [], None,
      note="\"Since then, according to the United Nations, ...\".")
claim(H5, "a European ambassador", "direct", "We have a text, we have a headquarters, we do not have a ceasefire,", "summed up",
      ["paris_declaration"], "neutral", note="\"Some diplomats are more doubtful\" is an attitude, not a claim.")
claim(H5, "a senior German official", "direct", "nobody knows what happens if the Russians test us.", "warned",
      ["us_backstop"], "support",
      note="\"And without American soldiers, a senior German official warned, “...”\": the quote is a whole clause after the cue, "
           "so direct; the fronted \"without American soldiers\" is the reporters' bridge.")
claim(H5, "Emmanuel Macron", "indirect", "the idea of sending troops", "launched", ["reassurance_force"], "support",
      note="Relative clause \"who launched the idea of sending troops in February 2024\", like the seeds' \"floated the idea\".")

bp_actors += [dict(name="Ludovic Marin", type="person", docs=[H5], where="photo credit"),
              dict(name="AFP", type="organization", docs=[H5], where="photo credit")]
bp_events += [dict(doc=H5, date="2026-06-22", text="French Foreign Minister Jean-Noël Barrot at the Quai d'Orsay in Paris, on June 22, 2026.",
                   actors=["Jean-Noël Barrot"], where="photo caption")]

event(H5, "2026-06-22", "The 'coalition of the willing' approved on Monday a declaration on security guarantees for Kyiv",
      ["Coalition of the Willing"])
event(H5, "2026-06-22", "Thirty-four countries gathered in Paris on Monday, June 22", ["Coalition of the Willing"])
event(H5, "2026-06-22", "Moscow's reply came within hours.", ["Russia"])
event(H5, "2026-06-03", "On June 3, Russian and Ukrainian negotiators had failed, in Istanbul, to agree even on a 30-day truce.",
      ["Russia", "Ukraine"])
event(H5, "2024-02", "who launched the idea of sending troops in February 2024", ["Emmanuel Macron"])

A("Jean-Noël Barrot", "person", ["Barrot", "Foreign Minister Jean-Noël Barrot", "French Foreign Minister Jean-Noël Barrot"], "France",
  ["Foreign Minister of France"], H5)
A("Coalition of the Willing", "organization", ["coalition of the willing"], None, [], H5)
A("Russia", "country", ["Moscow"], None, [], H5)
A("Ukraine", "country", ["Kyiv"], None, [], H5)
A("Europe", "group", [], None, [], H5)
A("French diplomats", "group", [], "France", [], H5)
A("a French diplomat", "anonymous", ["A French diplomat"], "France", [], H5)
A("diplomats", "group", ["Some diplomats"], None, [], H5)
A("Italy", "country", ["Rome"], None, [], H5)
A("Italian Foreign Ministry", "organization", ["the Italian foreign ministry"], "Italy", [], H5)
A("United Nations", "organization", ["the United Nations", "UN"], None, [], H5)
A("Poland", "country", [], None, [], H5)
A("United States", "country", ["The United States", "Washington", "US"], None, [], H5)
A("Marco Rubio", "person", ["Secretary of State Marco Rubio"], "United States", ["Secretary of State of the United States"], H5)
A("Andrii Sybiha", "person", ["Ukrainian Foreign Minister Andrii Sybiha"], "Ukraine", ["Foreign Minister of Ukraine"], H5)
A("Le Monde", "organization", [], "France", [], H5)
A("Russian Foreign Ministry", "organization", ["The Russian foreign ministry"], "Russia", [], H5)
A("Dmitry Peskov", "person", ["Kremlin spokesman Dmitry Peskov"], "Russia", ["Kremlin spokesman"], H5)
A("a European ambassador", "anonymous", [], None, [], H5)
A("a senior German official", "anonymous", [], None, [], H5)
A("Emmanuel Macron", "person", [], "France", [], H5)
A("Philippe Ricard", "person", [], None, [], H5, note="Byline.")
A("Anne-Laure Vidal", "person", [], None, [], H5, note="Byline.")

P("paris_declaration", "Paris declaration of the coalition of the willing on security guarantees for Ukraine",
  aliases=["Paris declaration", "declaration on security guarantees"],
  proponents=["Coalition of the Willing"],
  supporters=["Coalition of the Willing", "Jean-Noël Barrot", "Marco Rubio", "United States"],
  opponents=["Russia", "Russian Foreign Ministry"], conditional=["Andrii Sybiha"], part_of="security_guarantees",
  stance_note="The coalition adopted it (activity, no claim): proponent. The US via Rubio's \"Washington ... supports\".")
P("demarcation_line_monitoring", "Monitoring of a future ceasefire (demarcation) line in Ukraine",
  aliases=["monitoring of a future demarcation line", "monitoring of the line"],
  supporters=["Marco Rubio"], conditional=["Italy", "Italian Foreign Ministry"], part_of="paris_declaration",
  figures=[fig(H5, "a few hundred", None, "observers")],
  stance_note="New in this set. Related to the seeds' demarcation_line_troops (troops on the line) and the devset's osce_monitoring "
              "(an OSCE mission), but neither: monitoring by drones, satellites and observers under the Paris declaration.")
P("un_mandate", aliases=["UN mandate"], supporters=["Italy", "Italian Foreign Ministry"])
P("reassurance_force", aliases=["multinational force"],
  supporters=["Jean-Noël Barrot", "Poland", "Emmanuel Macron"], opponents=["Russian Foreign Ministry"],
  figures=[fig(H5, "between 8,000 and 12,000 troops", 8000, "troops", value_max=12000, note="first phase; range, value = lower bound")])
P("ceasefire_30day", conditional=["Dmitry Peskov"], figures=[fig(H5, "30-day", 30, "days")])
P("army_cap", aliases=["800,000-strong army"], conditional=["Andrii Sybiha"],
  figures=[fig(H5, "800,000-strong army", 800000, "troops", note="level agreed with Washington in the US peace plan")])
P("us_peace_plan", aliases=["US peace plan"])
P("us_backstop", supporters=["a senior German official"])

# ====================================================================== write
finish()
