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

# ====================================================================== h07 (NBC News-like story)
doc(H7, "Trump administration ready to give air cover to European troops in Ukraine, but no boots on the ground, officials say",
    "NBC News", "Dana Ellison, Mark Ortega and Priya Natarajan", "2025-12-04",
    ["Skip to Content", "NBC News Logo", "Politics", "U.S. News", "World", "Business", "Health", "Share & Save", "Search", "WORLD",
     "Secretary of State Marco Rubio at NATO headquarters in Brussels on Wednesday.Virginia Mayo / AP file",
     "Dec. 4, 2025, 6:12 PM EST / Updated Dec. 4, 2025, 9:40 PM EST",
     "This story has been updated with additional information.",
     "Dana Ellison is a Pentagon correspondent for NBC News.",
     "Mark Ortega is a White House reporter for NBC News.",
     "Priya Natarajan is a producer for NBC News in London.",
     "Sponsored Stories"],
    published_note="Time stamp \"Dec. 4, 2025, 6:12 PM EST\" (a Thursday); \"on Thursday\" is the same day, \"Tuesday\" 2 December, "
                   "\"Wednesday\" 3 December.",
    outlet_note="Logo line, bios and \"she told NBC News\" / \"NBC News has reached out to ...\".",
    boilerplate_note="Menus, the section label \"WORLD\", the photo caption with its credit, the time stamp, the update note, the three "
                     "author bios and \"Sponsored Stories\". The byline line (\"By ...\") and the bio name lines are the authors and not "
                     "listed. The deck (\"Washington's offer comes as ...\"), the subhead \"Senators want a say\" and the line \"NBC News has "
                     "reached out to the Russian Embassy in Washington for comment.\" are article text (the last two without a claim).")

claim(H7, "U.S. officials", "indirect",
      "Trump administration ready to give air cover to European troops in Ukraine, but no boots on the ground", "say",
      ["us_backstop", "reassurance_force"], "support", proposal_stances={"us_backstop": "support", "reassurance_force": "neutral"},
      note="Headline \"..., officials say\"; the officials are the lede's three U.S. officials. No US ground troops: neutral toward the force.")
claim(H7, "a bipartisan pair of senators", "indirect", "a vote on any security guarantee for Kyiv", "demands",
      ["senate_treaty_vote"], "support", note="Deck; the pair is Bracken and Ruiz-Hart, unnamed here (group speaker).")
claim(H7, "U.S. officials", "indirect",
      "The Trump administration is prepared to provide U.S. air power and intelligence to back up a European force in Ukraine after a "
      "ceasefire, but will not put American troops on the ground", "according to", ["us_backstop", "reassurance_force"], "support",
      proposal_stances={"us_backstop": "support", "reassurance_force": "neutral"}, statement="s07-a",
      note="\"according to three U.S. officials and a person familiar with the discussions\": one record per source, same text (seeds decision 6).")
claim(H7, "a person familiar with the discussions", "indirect",
      "The Trump administration is prepared to provide U.S. air power and intelligence to back up a European force in Ukraine after a "
      "ceasefire, but will not put American troops on the ground", "according to", ["us_backstop", "reassurance_force"], "support",
      proposal_stances={"us_backstop": "support", "reassurance_force": "neutral"}, statement="s07-a")
claim(H7, "U.S. officials", "indirect",
      "The offer, which has not been made public, was conveyed to British and French national security advisers during a call Tuesday",
      "said", ["us_backstop"], "neutral", note="Speaker \"two of the officials\" after the clause; a report of a fact: neutral.")
claim(H7, "U.S. officials", "indirect",
      "It would include surveillance flights, missile defense support and a commitment to respond if the European troops came under attack",
      "said", ["us_backstop"], "support")
claim(H7, "U.S. officials", "direct", "The president has been clear that Europe has to take the lead on the ground,", "said",
      ["reassurance_force", "us_backstop"], "support", statement="s07-b", note="Speaker \"one of the officials\".")
claim(H7, "U.S. officials", "direct", "What he is willing to do is make sure they are not alone in the air.", None, ["us_backstop"],
      "support", statement="s07-b", note="Continuation quote, cue null.")
claim(H7, "Donald Trump", "indirect", "Europe has to take the lead on the ground", "has been clear", ["reassurance_force"], "support",
      reported_by="U.S. officials", note="Relayed inside the official's quote (devset decision 6, heldout decision 3).")
claim(H7, "U.S. officials", "indirect",
      "the offer would take effect only once a ceasefire was in place and the European force had deployed", "said", ["us_backstop"],
      "neutral", note="Sequencing of the offer, not a position: neutral.")
claim(H7, "Karoline Leavitt", "partial", "wants a peace that lasts", "said", [], None, statement="s07-c",
      note="\"said in a statement that President Donald Trump “...” and that “...”\": the first clause's unquoted part is a bare subject, the "
           "second is wholly quoted: two partials, no indirect record. \"The White House did not deny the report\" is not a claim.")
claim(H7, "Karoline Leavitt", "partial", "all options that don't involve American boots on the ground are on the table.", "said",
      ["us_backstop"], "support", statement="s07-c")
claim(H7, "JD Vance", "indirect", "any U.S. role would come with strings attached", "signaled", ["us_backstop"], "conditional")
claim(H7, "JD Vance", "indirect",
      "would have to \"pay for its own security for once\" and commit at least 3.5% of its economic output to defense before Washington signed anything",
      "said", ["us_backstop"], "conditional", statement="s07-d",
      note="\"Europe, he said, would have to ...\": the part after the verb (trainset B).")
claim(H7, "JD Vance", "partial", "pay for its own security for once", "said", ["us_backstop"], "conditional", statement="s07-d")
claim(H7, "JD Vance", "direct", "We're not going to write a blank check,", "said", ["us_backstop"], "conditional", statement="s07-e")
claim(H7, "JD Vance", "direct", "We're going to write a very specific check, and the Europeans are going to co-sign it.", None,
      ["us_backstop"], "conditional", statement="s07-e", note="Continuation quote, cue null.")
claim(H7, "two European diplomats briefed on those conversations", "indirect",
      "Special envoy Steve Witkoff, who met Russian President Vladimir Putin in Moscow last week, has told European counterparts that the "
      "Kremlin could live with a European presence as long as it is not branded as a NATO mission", "according to",
      ["reassurance_force"], "neutral",
      note="Relayed statement (heldout decision 3): the diplomats' claim over the whole clause, Witkoff's over its content.")
claim(H7, "Steve Witkoff", "indirect",
      "the Kremlin could live with a European presence as long as it is not branded as a NATO mission", "has told",
      ["reassurance_force"], "neutral", reported_by="two European diplomats briefed on those conversations",
      note="Witkoff reports Moscow's supposed position; his own stance is not given: neutral. Russia gets no claim (its public line is the opposite).")
claim(H7, "Yuri Ushakov", "indirect", "\"any foreign contingent, under any flag\" would be unacceptable to Russia", "told",
      ["reassurance_force"], "oppose", statement="s07-f", note="\"Moscow's public line is different.\" has no verb of saying.")
claim(H7, "Yuri Ushakov", "partial", "any foreign contingent, under any flag", "told", ["reassurance_force"], "oppose",
      statement="s07-f")
claim(H7, "Marco Rubio", "direct", "We're talking to our allies about a lot of things,", "said", ["us_backstop"], "neutral",
      statement="s07-g", note="\"was careful not to confirm it\" is not a claim (trainset B).")
claim(H7, "Marco Rubio", "direct",
      "What I can tell you is that the 20-point framework is still the basis, and the security piece is part of it.", None,
      ["us_peace_plan", "security_guarantees"], "support", statement="s07-g", note="Continuation quote, cue null.")
claim(H7, "Pete Hegseth", "indirect", "U.S. ground troops will not be deployed to Ukraine", "has said repeatedly",
      ["reassurance_force"], "neutral",
      note="Own troops ruled out: neutral (devset decision 3). \"A Pentagon spokesperson referred questions to the White House\" is not a claim.")
claim(H7, "a senior defense official", "indirect",
      "the Pentagon had drawn up options ranging from a few dozen aircraft based in Poland to a larger package that includes Patriot batteries",
      "said", ["us_backstop"], "neutral", statement="s07-h",
      note="Relative clause between speaker and verb; one verb, two that-clauses (devset decision 5).")
claim(H7, "a senior defense official", "indirect", "no decision had been made", "said", ["us_backstop"], "neutral",
      statement="s07-h")
claim(H7, "Tom Bracken", "indirect",
      "any security guarantee for Ukraine \"that could commit American forces to combat\" must be submitted to the Senate as a treaty",
      "wrote", ["senate_treaty_vote"], "support", statement="s07-i",
      note="A letter by two senators: one record per senator (seeds decision 4; the letter's authors speak, trainset A decision 2).")
claim(H7, "Tom Bracken", "partial", "that could commit American forces to combat", "wrote", ["senate_treaty_vote"], "support",
      statement="s07-i")
claim(H7, "Elena Ruiz-Hart", "indirect",
      "any security guarantee for Ukraine \"that could commit American forces to combat\" must be submitted to the Senate as a treaty",
      "wrote", ["senate_treaty_vote"], "support", statement="s07-i")
claim(H7, "Elena Ruiz-Hart", "partial", "that could commit American forces to combat", "wrote", ["senate_treaty_vote"], "support",
      statement="s07-i")
claim(H7, "Tom Bracken", "direct", "The Constitution doesn't have an asterisk for Ukraine,", "said", ["senate_treaty_vote"], "support",
      statement="s07-j")
claim(H7, "Tom Bracken", "direct", "If we are going to promise to fight for someone, the Senate votes on it. Period.", None,
      ["senate_treaty_vote"], "support", statement="s07-j", note="Continuation quote, cue null.")
claim(H7, "Elena Ruiz-Hart", "indirect", "she supported helping Europe secure a ceasefire", "said", ["reassurance_force"], "support",
      note="Relative clause \"a member of the Armed Services Committee\" between speaker and verb.")
claim(H7, "Elena Ruiz-Hart", "indirect", "a guarantee made by executive order \"can be undone by the next tweet.\"", "warned",
      ["senate_treaty_vote"], "support", statement="s07-k")
claim(H7, "Elena Ruiz-Hart", "partial", "can be undone by the next tweet.", "warned", ["senate_treaty_vote"], "support",
      statement="s07-k")
claim(H7, "Elena Ruiz-Hart", "direct", "We've been here before. Budapest Memorandum. Words on paper,", "told", ["senate_treaty_vote"],
      "support", statement="s07-l")
claim(H7, "Elena Ruiz-Hart", "direct", "This time it has to be something the Russians actually believe.", None, ["security_guarantees"],
      "conditional", statement="s07-l", note="Continuation quote, cue null.")
claim(H7, "Dale Ferris", "indirect", "the letter as \"grandstanding\"", "dismissed", ["senate_treaty_vote"], "oppose",
      statement="s07-m", note="\"Not all Republicans agree.\" is narration (no content clause).")
claim(H7, "Dale Ferris", "partial", "grandstanding", "dismissed", ["senate_treaty_vote"], "oppose", statement="s07-m")
claim(H7, "Dale Ferris", "partial", "providing support, not signing a treaty.", "argued", ["senate_treaty_vote"], "oppose",
      note="\"argued that the administration was “...”\": subject + copula, partial only.")
claim(H7, "Volodymyr Zelenskyy", "indirect", "the reported offer \"an important signal\"", "called", ["us_backstop"], "support",
      statement="s07-n")
claim(H7, "Volodymyr Zelenskyy", "partial", "an important signal", "called", ["us_backstop"], "support", statement="s07-n")
claim(H7, "Volodymyr Zelenskyy", "indirect",
      "Ukraine needed guarantees \"that work on the first day, not after a month of consultations.\"", "said",
      ["security_guarantees"], "support", statement="s07-o")
claim(H7, "Volodymyr Zelenskyy", "partial", "that work on the first day, not after a month of consultations.", "said",
      ["security_guarantees"], "support", statement="s07-o")
claim(H7, "Dmitry Peskov", "partial", "not received any proposals", "said", ["us_backstop"], "neutral",
      note="\"said Thursday that Moscow had “...”\": bare subject, partial only. \"declined to comment on what he called “leaks in the "
           "American press.”\" has no content (declined to comment), and \"what he called\" is a naming idiom: no record.")
claim(H7, "Russia", "indirect", "to accept without a broader settlement", "refused", ["ceasefire_30day"], "conditional",
      note="Relative clause \"a 30-day ceasefire that ... Moscow has so far refused to accept without a broader settlement\" (like the "
           "seeds' \"refused to accept\"). \"Kyiv has backed\" is advocacy: Ukraine is a supporter without a claim.")

bp_actors += [dict(name="Virginia Mayo", type="person", docs=[H7], where="photo credit"),
              dict(name="Associated Press", type="organization", docs=[H7], where="photo credit (\"AP file\")")]
bp_events += [dict(doc=H7, date="2025-12-03", text="Secretary of State Marco Rubio at NATO headquarters in Brussels on Wednesday.",
                   actors=["Marco Rubio"], where="photo caption")]

event(H7, "2025-12-02", "was conveyed to British and French national security advisers during a call Tuesday", ["United States"])
event(H7, "2025-12-04", "Vice President JD Vance, speaking to reporters at the Capitol on Thursday", ["JD Vance"])
event(H7, "2025-11", "who met Russian President Vladimir Putin in Moscow last week", ["Steve Witkoff", "Vladimir Putin"],
      date_note="The week before Thursday 4 December 2025 (24-28 November); month precision.")
event(H7, "2025-12-03", "Yuri Ushakov, a foreign policy aide to Putin, told Russian state television Wednesday", ["Yuri Ushakov"])
event(H7, "2025-12-04", "In a letter to Rubio and Hegseth on Thursday", ["Tom Bracken", "Elena Ruiz-Hart"])
event(H7, "2025-12", "Russian and Ukrainian negotiators are expected to meet in Geneva next week", ["Russia", "Ukraine"],
      date_note="The week of 8 December 2025.")

A("Trump administration", "organization", ["The Trump administration", "the administration"], "United States", [], H7)
A("U.S. officials", "group", ["three U.S. officials", "two of the officials", "the officials", "The officials", "one of the officials",
                              "officials"], "United States", [], H7,
  note="h07: the headline's \"officials\" and the lede's \"three U.S. officials\" with their later references are one group.")
A("a person familiar with the discussions", "anonymous", [], None, [], H7)
A("Donald Trump", "person", ["President Donald Trump", "The president", "the president"], "United States",
  ["President of the United States"], H7)
A("White House", "organization", ["The White House", "the White House"], "United States", [], H7)
A("Karoline Leavitt", "person", ["Press secretary Karoline Leavitt"], "United States", ["White House press secretary"], H7)
A("JD Vance", "person", ["Vice President JD Vance", "Vance"], "United States", ["Vice President of the United States"], H7)
A("Europe", "group", [], None, [], H7)
A("United States", "country", ["Washington", "U.S."], None, [], H7)
A("Steve Witkoff", "person", ["Special envoy Steve Witkoff"], "United States", ["special envoy"], H7)
A("Vladimir Putin", "person", ["Russian President Vladimir Putin", "Putin"], "Russia", ["President of Russia"], H7)
A("two European diplomats briefed on those conversations", "group", [], None, [], H7)
A("Russia", "country", ["Moscow", "the Kremlin"], None, [], H7)
A("Yuri Ushakov", "person", [], "Russia", ["foreign policy aide to Putin"], H7)
A("Marco Rubio", "person", ["Secretary of State Marco Rubio", "Rubio"], "United States", ["Secretary of State of the United States"], H7)
A("NATO", "organization", [], None, [], H7)
A("Pete Hegseth", "person", ["Defense Secretary Pete Hegseth", "Hegseth"], "United States", ["Defense Secretary"], H7)
A("Pentagon", "organization", ["the Pentagon"], "United States", [], H7)
A("a Pentagon spokesperson", "anonymous", ["A Pentagon spokesperson"], "United States", [], H7)
A("a senior defense official", "anonymous", ["A senior defense official"], "United States", [], H7)
A("Poland", "country", [], None, [], H7)
A("a bipartisan pair of senators", "group", [], "United States", [], H7)
A("Tom Bracken", "person", ["Bracken"], "United States", ["Senator (R-Mo.)"], H7)
A("Elena Ruiz-Hart", "person", ["Ruiz-Hart"], "United States", ["Senator (D-Ariz.)", "member of the Armed Services Committee"], H7)
A("Dale Ferris", "person", ["Sen. Dale Ferris"], "United States", ["Senator (R-Okla.)"], H7)
A("United States Senate", "organization", ["the Senate"], "United States", [], H7)
A("Senate Armed Services Committee", "organization", ["the Armed Services Committee"], "United States", [], H7)
A("Republicans", "group", [], "United States", [], H7)
A("NBC News", "organization", [], "United States", [], H7)
A("Volodymyr Zelenskyy", "person", ["Ukrainian President Volodymyr Zelenskyy"], "Ukraine", ["President of Ukraine"], H7)
A("Ukraine", "country", ["Kyiv"], None, [], H7)
A("Dmitry Peskov", "person", ["Kremlin spokesman Dmitry Peskov"], "Russia", ["Kremlin spokesman"], H7)
A("Russian Embassy in Washington", "organization", ["the Russian Embassy in Washington"], "Russia", [], H7)
A("Dana Ellison", "person", [], None, ["Pentagon correspondent for NBC News"], H7, note="Byline.")
A("Mark Ortega", "person", [], None, ["White House reporter for NBC News"], H7, note="Byline.")
A("Priya Natarajan", "person", [], None, ["producer for NBC News in London"], H7, note="Byline.")

P("us_backstop", aliases=["air cover", "U.S. air power and intelligence"],
  proponents=["Trump administration", "United States"],
  supporters=["Trump administration", "United States", "U.S. officials", "a person familiar with the discussions", "Karoline Leavitt",
              "Volodymyr Zelenskyy"],
  conditional=["JD Vance"],
  figures=[fig(H7, "a few dozen aircraft", None, "aircraft", note="smallest Pentagon option"),
           fig(H7, "at least 3.5% of its economic output", 3.5, "percent of GDP",
               note="Vance's condition for Europe's defense spending; lower bound")],
  stance_note="h07: the offer is the administration's (proponent), reported by officials.")
P("reassurance_force", aliases=["European force", "European presence"],
  supporters=["Donald Trump", "Elena Ruiz-Hart"], opponents=["Yuri Ushakov", "Russia"],
  stance_note="h07: Russia through Ushakov's \"unacceptable to Russia\" (no claim of its own).")
P("security_guarantees", aliases=["security guarantee"], supporters=["Marco Rubio", "Volodymyr Zelenskyy"],
  conditional=["Elena Ruiz-Hart"])
P("us_peace_plan", aliases=["20-point framework"], supporters=["Marco Rubio"])
P("senate_treaty_vote", "Submission of any U.S. security guarantee for Ukraine to the Senate as a treaty",
  aliases=["submitted to the Senate as a treaty", "a vote on any security guarantee"],
  proponents=["Tom Bracken", "Elena Ruiz-Hart"],
  supporters=["Tom Bracken", "Elena Ruiz-Hart", "a bipartisan pair of senators"], opponents=["Dale Ferris"],
  part_of="security_guarantees", stance_note="New in this set (h07).")
P("ceasefire_30day", supporters=["Ukraine"], conditional=["Russia"], figures=[fig(H7, "30-day", 30, "days")])

# ====================================================================== write
finish()
