#!/usr/bin/env python3
"""Source of heldout2.gold.json. Edit here, then run: python3 build_gold.py (writes heldout2.gold.json).

Second held-out set (h06-h09). Annotated by hand from the article texts only (the extractor was never run on them);
conventions of /work/shared/eval/seeds.gold.notes.md, Benchmarks/devset/README.md, Benchmarks/heldout/README.md and
Benchmarks/trainset/README.md, plus the decisions in README.md here. Actor names and proposal ids reuse those of the
seeds/devset/heldout/trainset golds where the actor or proposal is the same (same type and country)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "goldtools"))
from gold_builder import GoldBuilder  # noqa: E402

H6 = "h06_independent_healey_standby.txt"
H7 = "h07_nbc_backstop_senators.txt"
H8 = "h08_euractiv_council_mission.txt"
H9 = "h09_france24_macron_observers.txt"

_g = GoldBuilder()
documents, claims, events, _actors, _props = _g.documents, _g.claims, _g.events, _g.actors, _g.proposals
doc, A, claim, event, P, fig = _g.doc, _g.A, _g.claim, _g.event, _g.P, GoldBuilder.fig
bp_actors, bp_claims, bp_events = [], [], []


def finish():
    present = {d["file"] for d in documents}
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
    assert all(c["doc"] in present for c in claims)
    with open(os.path.join(HERE, "heldout2.gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote heldout2.gold.json: {len(documents)} docs, {len(gold['actors'])} actors, {len(claims)} claims, "
          f"{len(gold['proposals'])} proposals, {len(events)} events")


# Proposals reused from the earlier golds: same ids and canonical names where the proposal is the same.
P("reassurance_force", "European reassurance force for Ukraine",
  stance_note="Same thread as the seeds' peacekeeping_force and the devset/heldout/trainset reassurance_force (id kept).")
P("us_backstop", "U.S. security backstop for the European reassurance force", part_of="reassurance_force")
P("air_reassurance_force", "Air reassurance force (based outside Ukraine, working with the Ukrainian Air Force)",
  part_of="reassurance_force")
P("ceasefire_30day", "30-day ceasefire")
P("security_guarantees", "Western security guarantees for Ukraine")

# ====================================================================== h06 (The Independent-like news story)
doc(H6, "Healey says British troops ready to deploy to Ukraine ‘the week a ceasefire is signed’", "The Independent",
    "Archie Whitcombe", "2026-09-15",
    ["Skip to main content", "The Independent", "Subscribe", "Sign in", "News", "UK", "Politics", "World", "Europe", "Ukraine",
     "Political Correspondent", "Tuesday 15 September 2026 17:42 BST", "Comments", "Bookmark",
     "Get our free View from Westminster email for expert analysis straight to your inbox",
     "Get our free View from Westminster email", "Email", "SIGN UP",
     "I would like to be emailed about offers, events and updates from The Independent. Read our Privacy notice",
     "Read More",
     "Zelensky says Ukraine will not accept ‘frozen conflict’ as Trump pushes for deal",
     "What is the coalition of the willing and who is in it?",
     "Putin says Western troops in Ukraine would be ‘legitimate targets’",
     "UK troops could spend years in Ukraine, military chiefs warn",
     "Sign up to our free Politics Explained newsletter for exclusive analysis",
     "Sign up to our free Politics Explained newsletter",
     "More about", "John Healey", "Russia", "Keir Starmer", "Kemi Badenoch",
     "Join our commenting forum",
     "Join thought-provoking conversations, follow other Independent readers and see their replies"],
    published_note="Time stamp \"Tuesday 15 September 2026 17:42 BST\"; \"on Tuesday\" is the same day.",
    outlet_note="Masthead line, \"told The Independent\" and the newsletter furniture.",
    boilerplate_note="Menus, role and time stamp lines under the byline, the two newsletter boxes (\"Get our free ... email\", "
                     "\"Sign up to our free ... newsletter\"), the \"Read More\" related links (listed once each; \"Read More\" occurs "
                     "twice), the \"More about\" tag list and the comments box. \"Ukraine\" and \"Comments\" occur twice and are listed "
                     "once. The standfirst (\"Defence secretary tells MPs ...\") is article text. The byline line \"Archie Whitcombe\" is "
                     "the author and not listed.")

claim(H6, "John Healey", "indirect", "British troops ready to deploy to Ukraine ‘the week a ceasefire is signed’", "says",
      ["reassurance_force"], "support", statement="s06-a", note="Headline attribution with the verb before the content.")
claim(H6, "John Healey", "partial", "the week a ceasefire is signed", "says", ["reassurance_force"], "support", statement="s06-a",
      note="Headline fragment in single quotes; the same words recur (double-quoted) in the lede, which has its own records.")
claim(H6, "John Healey", "indirect", "up to 5,000 personnel are on standby", "tells", ["reassurance_force"], "support",
      note="Standfirst; speaker \"Defence secretary\".")
claim(H6, "Russia", "partial", "consequences", "warns", ["reassurance_force"], "oppose",
      note="Standfirst \"the Kremlin warns of ‘consequences’\": the frame adds nothing, partial only. \"Tories demand to know who will "
           "protect them\" is an indirect question: not a claim.")
claim(H6, "John Healey", "indirect", "Britain could have troops on the ground in Ukraine “the week a ceasefire is signed”", "said",
      ["reassurance_force"], "support", statement="s06-b", note="Speaker after the clause (\", John Healey has said\").")
claim(H6, "John Healey", "partial", "the week a ceasefire is signed", "said", ["reassurance_force"], "support", statement="s06-b")
claim(H6, "John Healey", "indirect", "up to 5,000 personnel have been placed on standby for a European reassurance force",
      "confirmed", ["reassurance_force"], "support", note="\"as he confirmed that ...\": pronoun speaker.")
claim(H6, "John Healey", "indirect", "the UK-led Multinational Force Ukraine had finished its planning", "told",
      ["reassurance_force"], "support", statement="s06-c",
      note="\"The defence secretary told MPs on Tuesday that X and that Y\": one record per that-clause (devset decision 5).")
claim(H6, "John Healey", "indirect", "a headquarters in Kyiv could be stood up “within days”", "told", ["reassurance_force"],
      "support", statement="s06-c")
claim(H6, "John Healey", "partial", "within days", "told", ["reassurance_force"], "support", statement="s06-c")
claim(H6, "John Healey", "direct", "We are not waiting for permission from Moscow, and we are not waiting for the perfect deal,",
      "told", ["reassurance_force"], "support", statement="s06-d", note="\"Mr Healey told the Commons\" between the two passages.")
claim(H6, "John Healey", "direct", "We are waiting for the guns to fall silent.", None, ["reassurance_force"], "support",
      statement="s06-d", note="Continuation quote, cue null.")
claim(H6, "John Healey", "indirect",
      "the British contribution would include an armoured brigade, engineers and “several squadrons” of RAF Typhoons, which would "
      "fly from bases in Poland and Romania rather than from Ukrainian soil", "said",
      ["reassurance_force", "air_reassurance_force"], "support", statement="s06-e",
      note="Pronoun speaker. The Typhoons flown from Poland and Romania are the air_reassurance_force (heldout decision 7).")
claim(H6, "John Healey", "partial", "several squadrons", "said", ["air_reassurance_force"], "support", statement="s06-e")
claim(H6, "John Healey", "indirect", "the deployment still hinged on Washington", "made clear", ["reassurance_force", "us_backstop"],
      "conditional", proposal_stances={"reassurance_force": "conditional", "us_backstop": "support"})
claim(H6, "John Healey", "indirect",
      "British forces would go in only if the United States provided intelligence, air defence and a “backstop” in case Russian forces attacked",
      "said", ["reassurance_force", "us_backstop"], "conditional",
      proposal_stances={"reassurance_force": "conditional", "us_backstop": "support"},
      note="Clause before \", he said\". “backstop” names the proposal: not a partial (seeds decision 2).")
claim(H6, "John Healey", "partial", "not yet finished", "acknowledged", ["us_backstop"], "neutral",
      note="\"he acknowledged that talks with the Pentagon were “...”\": subject + copula, partial only.")
claim(H6, "United Kingdom", "indirect",
      "Sir Keir Starmer had discussed the force with Donald Trump in a phone call on Monday evening", "said",
      ["reassurance_force"], "neutral", note="Speaker \"Downing Street\" (metonym for the UK government, like the seeds' cities).")
claim(H6, "Prime Minister's official spokesperson", "indirect",
      "the two leaders had agreed that “a lasting peace needs strong guarantees”", "said", ["security_guarantees"], "support",
      statement="s06-f", note="\"but would not be drawn on whether ...\" has no content: not a claim.")
claim(H6, "Prime Minister's official spokesperson", "partial", "a lasting peace needs strong guarantees", "said",
      ["security_guarantees"], "support", statement="s06-f")
claim(H6, "Conservative Party", "indirect", "the government of asking soldiers to take risks without a plan", "accused",
      ["reassurance_force"], "conditional",
      note="Speaker \"The Conservatives\". Criticism of the commitment as made (on \"a phone call\"), not of the force as such: conditional.")
claim(H6, "Kemi Badenoch", "partial", "writing cheques that the army cannot cash", "said", ["reassurance_force"], "conditional",
      note="\"said the prime minister was “...”\": subject + copula, partial only.")
claim(H6, "Kemi Badenoch", "direct", "Nobody in this House wants Putin to win,", "said", ["reassurance_force"], "conditional",
      statement="s06-g")
claim(H6, "Kemi Badenoch", "direct",
      "But you do not send 5,000 British servicemen and women into a country at war on the strength of a phone call.", None,
      ["reassurance_force"], "conditional", statement="s06-g", note="Continuation quote, cue null.")
claim(H6, "Harriet Lowther", "indirect",
      "the army could sustain a deployment of that size for “six months at most” before rotations broke down", "arguing",
      ["reassurance_force"], "neutral", statement="s06-h",
      note="\"went further\" has no content (trainset A decision 6). A capacity assessment, no position: neutral.")
claim(H6, "Harriet Lowther", "partial", "six months at most", "arguing", ["reassurance_force"], "neutral", statement="s06-h")
claim(H6, "Liberal Democrats", "indirect", "MPs to be given a binding vote before any troops are sent", "called for",
      ["parliament_vote"], "support", note="\"backed the mission\" is advocacy without content (devset decision 8): a stance only.")
claim(H6, "Ed Davey", "partial", "of this scale must have the consent of parliament, not just the cabinet", "wrote",
      ["parliament_vote"], "support",
      note="\"wrote on X that a deployment “...”\": the unquoted part is a bare subject, partial only.")
claim(H6, "Dmitry Peskov", "indirect", "British soldiers in Ukraine would be seen as “participants in the conflict”", "told",
      ["reassurance_force"], "oppose", statement="s06-i")
claim(H6, "Dmitry Peskov", "partial", "participants in the conflict", "told", ["reassurance_force"], "oppose", statement="s06-i")
claim(H6, "Dmitry Peskov", "partial", "consequences", "warned", ["reassurance_force"], "oppose",
      note="\"warned of unspecified “consequences”\": partial only. Same words as the standfirst's Kremlin partial, different speaker.")
claim(H6, "Dmitry Peskov", "direct",
      "London keeps talking about peace while preparing to send troops. These are not the words of peace,", "said",
      ["reassurance_force"], "oppose", note="\"according to the state news agency RIA Novosti\": the agency is the channel, not a second source.")
claim(H6, "Maria Zakharova", "indirect", "the announcement as “theatre for a domestic audience”", "dismissed", ["reassurance_force"],
      "oppose", statement="s06-j")
claim(H6, "Maria Zakharova", "partial", "theatre for a domestic audience", "dismissed", ["reassurance_force"], "oppose",
      statement="s06-j")
claim(H6, "Volodymyr Zelenskyy", "indirect", "the British commitment", "welcomed", ["reassurance_force"], "support")
claim(H6, "Volodymyr Zelenskyy", "partial", "for not waiting for the others", "thanked", ["reassurance_force"], "support",
      note="\"thanked Mr Healey “...”\": thanking is a speech act; the frame is only the addressee, partial only (borderline).")
claim(H6, "Volodymyr Zelenskyy", "partial", "something you can touch, not something you read", "said", ["security_guarantees"],
      "support", note="\"said security guarantees had to be “...”\": subject + modal, partial only; speaker \"the Ukrainian president\".")
claim(H6, "a senior Ukrainian diplomat", "indirect", "France and the Nordic states were close to doing so", "told",
      ["reassurance_force"], "neutral", statement="s06-k",
      note="\"doing so\" = announcing contributions. \"Ukrainian officials hope ...\" is an attitude, not a claim.")
claim(H6, "a senior Ukrainian diplomat", "indirect", "Germany and Italy “still want to see the American signature first”", "told",
      ["reassurance_force", "us_backstop"], "neutral", statement="s06-k",
      note="The diplomat's own stance is neutral; Germany and Italy are listed as conditional through it (relayed, no claim of their own).")
claim(H6, "a senior Ukrainian diplomat", "partial", "still want to see the American signature first", "told",
      ["reassurance_force", "us_backstop"], "neutral", statement="s06-k")
claim(H6, "Fiona Garside", "partial", "politically significant but militarily thin", "said", ["reassurance_force"], "neutral",
      note="\"said the number was “...”\": partial only. \"Military analysts are divided\" is not a claim.")
claim(H6, "Fiona Garside", "direct", "It is a tripwire, not a shield,", "said", ["reassurance_force"], "neutral", statement="s06-l")
claim(H6, "Fiona Garside", "direct", "Its value depends entirely on who stands behind it.", None, ["reassurance_force", "us_backstop"],
      "neutral", statement="s06-l")
claim(H6, "Colin Ashdown", "indirect", "The deployment would “change the arithmetic in the Kremlin”", "argued",
      ["reassurance_force", "us_backstop"], "conditional",
      proposal_stances={"reassurance_force": "conditional", "us_backstop": "support"}, statement="s06-m",
      note="\"X, he argued, provided it came with American air power\": longest contiguous stretch (devset decision 2); the condition "
           "after the cue gives the conditional stance. \"was more upbeat\" is not a claim.")
claim(H6, "Colin Ashdown", "partial", "change the arithmetic in the Kremlin", "argued", ["reassurance_force"], "conditional",
      statement="s06-m")
claim(H6, "Russia", "indirect", "it must follow a settlement of what it calls the “root causes” of the war", "insists",
      ["ceasefire_30day"], "conditional",
      note="Speaker \"Moscow\". \"what it calls the “root causes”\" is a naming idiom, no partial. \"Kyiv has accepted the truce\" has no "
           "verb of saying: Ukraine is a supporter by narration only.")

bp_claims += [dict(doc=H6, speaker="Volodymyr Zelenskyy", kind="indirect",
                   text="Ukraine will not accept ‘frozen conflict’", cue="says", where="related link headline"),
              dict(doc=H6, speaker="Vladimir Putin", kind="indirect",
                   text="Western troops in Ukraine would be ‘legitimate targets’", cue="says", where="related link headline"),
              dict(doc=H6, speaker="military chiefs", kind="indirect", text="UK troops could spend years in Ukraine", cue="warn",
                   where="related link headline")]
bp_actors += [dict(name="Vladimir Putin", type="person", docs=[H6], where="related link headline (Putin occurs in the text only inside Badenoch's quote)"),
              dict(name="military chiefs", type="group", docs=[H6], where="related link headline")]

event(H6, "2026-09-15", "The defence secretary told MPs on Tuesday", ["John Healey"])
event(H6, "2026-09-14", "Sir Keir Starmer had discussed the force with Donald Trump in a phone call on Monday evening",
      ["Keir Starmer", "Donald Trump"])
event(H6, "2026-10", "a coalition summit in Rome next month", ["Coalition of the Willing"])
event(H6, "2026-09", "Talks between Russian and Ukrainian negotiators in Istanbul broke up last week without agreement on a 30-day ceasefire.",
      ["Russia", "Ukraine"], date_note="The week of 7-11 September 2026; month precision.")
event(H6, "2026-09-17", "Mr Healey is due to brief defence ministers from the coalition in Brussels on Thursday.",
      ["John Healey", "Coalition of the Willing"])

A("John Healey", "person", ["Healey", "Mr Healey", "Defence secretary", "The defence secretary"], "United Kingdom",
  ["Defence Secretary"], H6)
A("Keir Starmer", "person", ["Sir Keir Starmer", "the prime minister"], "United Kingdom", ["Prime Minister of the United Kingdom"], H6)
A("Donald Trump", "person", ["Trump", "the president"], "United States", ["President of the United States"], H6)
A("Prime Minister's official spokesperson", "anonymous", ["The prime minister’s official spokesperson"], "United Kingdom", [], H6)
A("United Kingdom", "country", ["Britain", "UK", "London", "Downing Street"], None, [], H6,
  note="h06: \"Downing Street\" stands for the government (like the seeds' London/Kyiv/Kremlin).")
A("United States", "country", ["Washington", "the United States"], None, [], H6)
A("Pentagon", "organization", ["the Pentagon"], "United States", [], H6)
A("House of Commons", "organization", ["the Commons"], "United Kingdom", [], H6)
A("Royal Air Force", "organization", ["RAF"], "United Kingdom", [], H6)
A("Russia", "country", ["Moscow", "the Kremlin", "Kremlin"], None, [], H6)
A("Russian Armed Forces", "organization", ["Russian forces"], "Russia", [], H6)
A("Ukraine", "country", ["Kyiv"], None, [], H6)
A("Poland", "country", [], None, [], H6)
A("Romania", "country", [], None, [], H6)
A("Conservative Party", "organization", ["The Conservatives", "Tories", "Conservative"], "United Kingdom", [], H6)
A("Kemi Badenoch", "person", [], "United Kingdom", ["Conservative leader"], H6)
A("Harriet Lowther", "person", [], "United Kingdom", ["shadow defence secretary"], H6)
A("Liberal Democrats", "organization", ["The Liberal Democrats"], "United Kingdom", [], H6)
A("Ed Davey", "person", ["Sir Ed Davey"], "United Kingdom", ["leader of the Liberal Democrats"], H6)
A("Dmitry Peskov", "person", ["Kremlin spokesman Dmitry Peskov", "Peskov"], "Russia", ["Kremlin spokesman"], H6)
A("RIA Novosti", "organization", ["the state news agency RIA Novosti"], "Russia", [], H6)
A("Maria Zakharova", "person", [], "Russia", ["Russian Foreign Ministry spokeswoman"], H6)
A("Volodymyr Zelenskyy", "person", ["Volodymyr Zelensky", "Zelensky", "the Ukrainian president"], "Ukraine", ["President of Ukraine"], H6,
  note="The Independent spells \"Zelensky\" (heldout decision 1).")
A("Ukrainian officials", "group", [], "Ukraine", [], H6)
A("a senior Ukrainian diplomat", "anonymous", ["One senior Ukrainian diplomat"], "Ukraine", [], H6)
A("The Independent", "organization", [], "United Kingdom", [], H6)
A("France", "country", [], None, [], H6)
A("Nordic states", "group", ["the Nordic states"], None, [], H6)
A("Germany", "country", [], None, [], H6)
A("Italy", "country", [], None, [], H6)
A("military analysts", "group", ["Military analysts"], None, [], H6)
A("Fiona Garside", "person", ["Dr Fiona Garside"], "United Kingdom", ["senior research fellow at the Royal United Services Institute"], H6)
A("Royal United Services Institute", "organization", [], "United Kingdom", [], H6)
A("Colin Ashdown", "person", [], "United Kingdom", ["retired major general"], H6)
A("Coalition of the Willing", "organization", ["the coalition"], None, [], H6)
A("Archie Whitcombe", "person", [], None, ["Political Correspondent"], H6, note="Byline.")

P("reassurance_force", aliases=["Multinational Force Ukraine", "European reassurance force"],
  proponents=["United Kingdom"],
  supporters=["John Healey", "United Kingdom", "Liberal Democrats", "Ed Davey", "Volodymyr Zelenskyy"],
  opponents=["Russia", "Dmitry Peskov", "Maria Zakharova"],
  conditional=["Conservative Party", "Kemi Badenoch", "Colin Ashdown", "Germany", "Italy"],
  figures=[fig(H6, "up to 5,000 personnel", 5000, "personnel", note="UK contingent; upper bound"),
           fig(H6, "six months at most", 6, "months", note="how long the army could sustain it, per Lowther; upper bound")],
  stance_note="h06: the Lib Dems and Davey through \"backed the mission\" (no claim); Germany and Italy relayed by a Ukrainian diplomat.")
P("air_reassurance_force", supporters=["John Healey", "United Kingdom"],
  figures=[fig(H6, "several squadrons", None, "squadrons", note="RAF Typhoons flown from Poland and Romania")])
P("us_backstop", aliases=["backstop"], supporters=["John Healey", "Colin Ashdown"])
P("security_guarantees", aliases=["strong guarantees", "security guarantees"],
  supporters=["Prime Minister's official spokesperson", "Volodymyr Zelenskyy"])
P("parliament_vote", "Binding vote of the UK parliament before troops are sent to Ukraine",
  aliases=["binding vote", "consent of parliament"], proponents=["Liberal Democrats"], supporters=["Liberal Democrats", "Ed Davey"],
  stance_note="New in this set (h06).")
P("ceasefire_30day", aliases=["30-day ceasefire", "the truce"], supporters=["Ukraine"], conditional=["Russia"],
  figures=[fig(H6, "30-day", 30, "days")],
  stance_note="h06: Ukraine through the narration \"Kyiv has accepted the truce\" (no claim).")

# ====================================================================== write
finish()
