#!/usr/bin/env python3
"""Source of heldout2.gold.json. Edit here, then run: python3 build_gold.py (writes heldout2.gold.json).

Second held-out set (h06-h09). Annotated by hand from the article texts only (the extractor was never run on them);
conventions of /work/shared/eval/seeds.gold.notes.md, Benchmarks/devset/README.md, Benchmarks/heldout/README.md and
Benchmarks/trainset/README.md, plus the decisions in README.md here. Actor names and proposal ids reuse those of the
seeds/devset/heldout/trainset golds where the actor or proposal is the same (same type and country)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "goldtools"))
from gold_builder import GoldBuilder, boilerplate_mentions  # noqa: E402

H6 = "h06_independent_healey_standby.txt"
H7 = "h07_nbc_backstop_senators.txt"
H8 = "h08_euractiv_council_mission.txt"
H9 = "h09_france24_macron_observers.txt"

_g = GoldBuilder()
documents, claims, events, _actors, _props = _g.documents, _g.claims, _g.events, _g.actors, _g.proposals
doc, A, claim, event, P, fig = _g.doc, _g.A, _g.claim, _g.event, _g.P, GoldBuilder.fig
bp_actors, bp_claims, bp_events = [], [], []


def finish():
    _g.write(os.path.join(HERE, "heldout2.gold.json"), dict(boilerplate_mentions(), actors=bp_actors, claims=bp_claims, events=bp_events))


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
P("us_peace_plan", "U.S.-brokered 20-point peace framework", aliases=["20-point framework"], supporters=["Marco Rubio"])
P("senate_treaty_vote", "Submission of any U.S. security guarantee for Ukraine to the Senate as a treaty",
  aliases=["submitted to the Senate as a treaty", "a vote on any security guarantee"],
  proponents=["Tom Bracken", "Elena Ruiz-Hart"],
  supporters=["Tom Bracken", "Elena Ruiz-Hart", "a bipartisan pair of senators"], opponents=["Dale Ferris"],
  part_of="security_guarantees", stance_note="New in this set (h07).")
P("ceasefire_30day", supporters=["Ukraine"], conditional=["Russia"], figures=[fig(H7, "30-day", 30, "days")])

# ====================================================================== h08 (Euractiv-like story)
doc(H8, "EU ministers back moving Ukraine training mission in-country after ceasefire, Hungary and Slovakia balk", "Euractiv",
    "Nikolaus Hahn", "2026-03-16",
    ["Euractiv", "Politics", "Economy", "Global Europe", "Defence & Security", "Energy & Environment", "Tech", "Subscribe", "Log in",
     "Mar 16, 2026 18:04", "5 min. read",
     "Content-Type: News Based on facts, either observed and verified directly by the reporter, or reported and verified from knowledgeable sources.",
     "Read more with Euractiv", "Kallas: EU must be ready to 'own' Ukraine's security guarantees",
     "[Edited by Marta Kowal]", "Orbán vows to block 'every euro' for Ukraine troops mission", "Subscribe to our newsletters"],
    published_note="Time stamp \"Mar 16, 2026 18:04\" and \"on Monday (16 March)\" in the lede.",
    outlet_note="Masthead, \"seen by Euractiv\" and the \"Read more with Euractiv\" boxes.",
    boilerplate_note="Menus, the section label (\"Defence & Security\" occurs twice), the outlet line under the byline (\"Euractiv\" occurs twice), "
                     "time stamp, reading time, the Content-Type label, the two \"Read more with Euractiv\" boxes and their headlines, "
                     "the editor tag and the newsletter box. The subheads (\"Berlin ready, Warsaw wants more\", \"Parliament pushes, Moscow "
                     "warns\") are article text. The byline line \"Nikolaus Hahn\" is the author and not listed.")

claim(H8, "diplomats", "indirect",
      "A large majority of EU foreign ministers on Monday (16 March) backed plans to move the bloc's training mission for Ukrainian "
      "soldiers onto Ukrainian soil once a ceasefire is in place, but Hungary and Slovakia blocked a formal decision", "said",
      ["eu_training_mission"], "neutral",
      note="Lede with a trailing \", diplomats said\". The headline verbs \"back\" and \"balk\" are not verbs of saying (trainset A decision 6). "
           "The EEAS proposal \"seen by Euractiv\" is a document: figures only.")
claim(H8, "Kaja Kallas", "direct",
      "We have trained more than 80,000 Ukrainian soldiers outside Ukraine. The next step is to do it where they are,", "told",
      ["eu_training_mission"], "support", statement="s08-a")
claim(H8, "Kaja Kallas", "direct", "This is not a combat mission, and nobody should pretend it is.", None, ["eu_training_mission"],
      "support", statement="s08-a", note="Continuation quote, cue null.")
claim(H8, "Kaja Kallas", "indirect", "24 of the 27 member states supported the idea in principle", "said", ["eu_training_mission"],
      "support", statement="s08-b", note="One verb, two that-clauses (the first without \"that\").")
claim(H8, "Kaja Kallas", "indirect", "she hoped to have a legal text ready \"before the summer\"", "said", ["eu_training_mission"],
      "support", statement="s08-b")
claim(H8, "Kaja Kallas", "partial", "before the summer", "said", ["eu_training_mission"], "support", statement="s08-b")
claim(H8, "Peter Szijjarto", "indirect", "Budapest would veto any mission that \"brings European soldiers closer to the front line\"",
      "said", ["eu_training_mission"], "oppose", statement="s08-c",
      note="Euractiv spells \"Péter Szijjártó\": an alias of the heldout's \"Peter Szijjarto\".")
claim(H8, "Peter Szijjarto", "partial", "brings European soldiers closer to the front line", "said", ["eu_training_mission"], "oppose",
      statement="s08-c")
claim(H8, "Peter Szijjarto", "indirect", "the plan as \"a path to war dressed up as training\"", "dismissed", ["eu_training_mission"],
      "oppose", statement="s08-d")
claim(H8, "Peter Szijjarto", "partial", "a path to war dressed up as training", "dismissed", ["eu_training_mission"], "oppose",
      statement="s08-d")
claim(H8, "Juraj Blanár", "partial", "pay for escalation", "said", ["eu_training_mission"], "oppose",
      note="\"said Bratislava would not “...”\": subject + modal, partial only.")
claim(H8, "Juraj Blanár", "indirect", "EPF money be spent only on non-lethal aid", "demanded", ["eu_training_mission"], "oppose")
claim(H8, "Austria", "indirect", "it would not contribute trainers but would not stand in the way of the others", "said",
      ["eu_training_mission"], "neutral",
      note="Relative clause between speaker and verb; own trainers ruled out without opposing: neutral (devset decision 3).")
claim(H8, "Johann Wadephul", "indirect", "Berlin was ready to send instructors \"as soon as the guns fall silent\"", "said",
      ["eu_training_mission"], "support", statement="s08-e",
      note="The subhead \"Berlin ready, Warsaw wants more\" has no verb of saying: no claim.")
claim(H8, "Johann Wadephul", "partial", "as soon as the guns fall silent", "said", ["eu_training_mission"], "support",
      statement="s08-e")
claim(H8, "Johann Wadephul", "indirect",
      "the mission must be coordinated with the reassurance force planned by the coalition of the willing to avoid \"two headquarters "
      "doing the same job\"", "argued", ["eu_training_mission", "reassurance_force"], "support",
      proposal_stances={"eu_training_mission": "support", "reassurance_force": "neutral"}, statement="s08-f")
claim(H8, "Johann Wadephul", "partial", "two headquarters doing the same job", "argued", ["eu_training_mission", "reassurance_force"],
      "support", proposal_stances={"eu_training_mission": "support", "reassurance_force": "neutral"}, statement="s08-f")
claim(H8, "Radosław Sikorski", "indirect",
      "the training mission could become the \"nucleus\" of a broader European presence in Ukraine", "suggesting",
      ["eu_training_mission", "reassurance_force"], "support", statement="s08-g",
      note="\"went further\" has no content. \"nucleus\" is his own evaluative word, not a name: partial (devset decision 4).")
claim(H8, "Radosław Sikorski", "partial", "nucleus", "suggesting", ["eu_training_mission", "reassurance_force"], "support",
      statement="s08-g")
claim(H8, "two EU diplomats", "indirect",
      "European Council President António Costa is exploring whether the mission could be launched by a group of willing member "
      "states under Article 44 of the EU treaty, which would sidestep the need for unanimity", "According to",
      ["article44_launch"], "neutral",
      note="\"is exploring\" is an activity, not a verb of saying: Costa gets no relayed claim and no stance.")
claim(H8, "António Costa", "partial", "must be concrete, credible and long-term", "said", ["security_guarantees"], "support",
      note="\"Costa, who chairs ..., said in a statement that the Union's commitments to Ukraine “...”\": subject + modal, partial only.")
claim(H8, "Ursula von der Leyen", "partial", "is in itself a security guarantee", "told", ["eu_membership"], "support",
      statement="s08-h", note="\"told MEPs ... that EU membership “...” and that ...\": the first clause's frame is a bare subject, partial only.")
claim(H8, "Ursula von der Leyen", "indirect", "the Commission would present a defence-industrial package for Ukraine in April", "told",
      [], None, statement="s08-h")
claim(H8, "an EU diplomat", "partial", "expected and priced in", "said", ["eu_training_mission"], "neutral",
      note="\"said the Hungarian veto was “...”\": subject + copula, partial only.")
claim(H8, "an EU diplomat", "indirect", "work on the legal basis would continue at ambassador level", "adding",
      ["eu_training_mission"], "neutral")
claim(H8, "a senior EU official", "indirect", "without a ceasefire \"all of this remains theoretical\"", "acknowledged",
      ["eu_training_mission"], "neutral", statement="s08-i",
      note="The fronted condition is content outside the quote: indirect + partial.")
claim(H8, "a senior EU official", "partial", "all of this remains theoretical", "acknowledged", ["eu_training_mission"], "neutral",
      statement="s08-i")
claim(H8, "Henrik Dahlberg", "indirect", "the Council to \"stop letting one capital hold the other 26 hostage\"", "urged",
      ["eu_training_mission"], "support", statement="s08-j",
      note="Relative clause between speaker and verb. \"have backed the mission\" (EPP, Renew) is advocacy: stances only. The subhead "
           "\"Parliament pushes, Moscow warns\" has no content: no claim.")
claim(H8, "Henrik Dahlberg", "partial", "stop letting one capital hold the other 26 hostage", "urged", ["eu_training_mission"],
      "support", statement="s08-j")
claim(H8, "Ioana Petrescu", "indirect", "the plan \"mission creep by another name\"", "called", ["eu_training_mission"], "oppose",
      statement="s08-k", note="\"The Left group took the opposite view.\" has no verb of saying: the group is an opponent without a claim.")
claim(H8, "Ioana Petrescu", "partial", "mission creep by another name", "called", ["eu_training_mission"], "oppose", statement="s08-k")
claim(H8, "Ioana Petrescu", "indirect", "it could drag the EU into the war", "warned", ["eu_training_mission"], "oppose")
claim(H8, "Andrii Sybiha", "partial", "strong majority", "welcomed", ["eu_training_mission"], "support",
      note="\"welcomed the “strong majority”\": the frame adds only an article, partial only.")
claim(H8, "Andrii Sybiha", "partial", "will not let one or two vetoes decide our security", "wrote", ["eu_training_mission"], "support",
      note="\"wrote on X that Ukraine “...”\": bare subject, partial only.")
claim(H8, "Dmitry Peskov", "indirect",
      "any EU military personnel in Ukraine, \"regardless of what they are called\", would be treated as a NATO presence", "said",
      ["eu_training_mission"], "oppose", statement="s08-l",
      note="The quoted parenthetical sits inside the clause, so the indirect text spans it. \"Moscow was quick to respond.\" is not a claim.")
claim(H8, "Dmitry Peskov", "partial", "regardless of what they are called", "said", ["eu_training_mission"], "oppose", statement="s08-l")
claim(H8, "Maria Zakharova", "indirect", "Brussels of \"militarising a peace that does not yet exist\"", "accused",
      ["eu_training_mission"], "oppose", statement="s08-m")
claim(H8, "Maria Zakharova", "partial", "militarising a peace that does not yet exist", "accused", ["eu_training_mission"], "oppose",
      statement="s08-m")

bp_actors += [dict(name="Marta Kowal", type="person", docs=[H8], where="editor tag"),
              dict(name="Viktor Orbán", type="person", docs=[H8], where="related link headline")]
bp_claims += [dict(doc=H8, speaker="Kaja Kallas", kind="indirect", text="EU must be ready to 'own' Ukraine's security guarantees",
                   cue=None, where="related link headline (\"Kallas: ...\")"),
              dict(doc=H8, speaker="Viktor Orbán", kind="indirect", text="to block 'every euro' for Ukraine troops mission", cue="vows",
                   where="related link headline")]

event(H8, "2026-03-16", "A large majority of EU foreign ministers on Monday (16 March) backed plans", ["EU foreign ministers"])
event(H8, "2026-03-16", "told reporters after the Foreign Affairs Council", ["Kaja Kallas", "Council of the European Union"])
event(H8, "2026-03", "who chairs a summit of EU leaders next week", ["António Costa", "European Council"],
      date_note="The week of 23 March 2026.")
event(H8, "2026-03", "Commission President Ursula von der Leyen told MEPs in Strasbourg last week", ["Ursula von der Leyen"],
      date_note="The week of 9 March 2026.")
event(H8, "2026-04", "the Commission would present a defence-industrial package for Ukraine in April", ["European Commission"])
event(H8, "2026-02", "US-brokered talks on a 30-day ceasefire have been stalled since February.", ["United States"])

A("diplomats", "group", [], None, [], H8)
A("EU foreign ministers", "group", [], None, [], H8)
A("European Union", "organization", ["EU", "the Union", "Brussels", "the bloc"], None, [], H8,
  note="h08: \"Brussels\" in Zakharova's accusation stands for the EU.")
A("Hungary", "country", ["Budapest"], None, [], H8)
A("Slovakia", "country", ["Bratislava"], None, [], H8)
A("European External Action Service", "organization", ["EEAS"], None, [], H8)
A("Euractiv", "organization", [], None, [], H8)
A("Kaja Kallas", "person", ["EU foreign policy chief Kaja Kallas", "Kallas"], None, ["EU foreign policy chief"], H8)
A("Council of the European Union", "organization", ["Foreign Affairs Council", "the Council"], None, [], H8,
  note="h08: the Foreign Affairs Council is the Council in its foreign ministers' formation.")
A("Peter Szijjarto", "person", ["Hungary's Foreign Minister Péter Szijjártó", "Péter Szijjártó"], None, ["Hungarian Foreign Minister"], H8)
A("Juraj Blanár", "person", ["Slovakia's Juraj Blanár"], "Slovakia", [], H8)
A("Austria", "country", [], None, [], H8)
A("Johann Wadephul", "person", ["German Foreign Minister Johann Wadephul"], "Germany", ["Foreign Minister of Germany"], H8)
A("Germany", "country", ["Berlin"], None, [], H8)
A("Poland", "country", ["Warsaw"], None, [], H8)
A("Coalition of the Willing", "organization", ["coalition of the willing"], None, [], H8)
A("Radosław Sikorski", "person", ["Poland's Radosław Sikorski"], "Poland", [], H8)
A("two EU diplomats", "group", [], None, [], H8)
A("António Costa", "person", ["European Council President António Costa", "Costa"], None, ["President of the European Council"], H8)
A("European Council", "organization", [], None, [], H8)
A("Ursula von der Leyen", "person", ["Commission President Ursula von der Leyen"], None, ["President of the European Commission"], H8)
A("European Commission", "organization", ["the Commission"], None, [], H8)
A("an EU diplomat", "anonymous", ["An EU diplomat"], None, [], H8)
A("a senior EU official", "anonymous", ["A senior EU official"], None, [], H8)
A("European Parliament", "organization", ["Parliament"], None, [], H8)
A("European People's Party", "organization", ["EPP"], None, [], H8)
A("Renew Europe", "organization", ["Renew group"], None, [], H8)
A("The Left group", "organization", [], None, [], H8, note="The Left in the European Parliament (not Germany's Left party).")
A("Henrik Dahlberg", "person", [], None, ["Swedish EPP lawmaker"], H8)
A("Ioana Petrescu", "person", [], None, ["co-chair of The Left group"], H8)
A("Ukraine", "country", ["Kyiv"], None, [], H8)
A("Andrii Sybiha", "person", ["Foreign Minister Andrii Sybiha"], "Ukraine", ["Foreign Minister of Ukraine"], H8)
A("Russia", "country", ["Moscow"], None, [], H8)
A("Dmitry Peskov", "person", ["Kremlin spokesman Dmitry Peskov"], "Russia", ["Kremlin spokesman"], H8)
A("Maria Zakharova", "person", ["Russian foreign ministry spokeswoman Maria Zakharova"], "Russia", [], H8)
A("NATO", "organization", [], None, [], H8)
A("United States", "country", ["US"], None, [], H8)
A("Nikolaus Hahn", "person", [], None, [], H8, note="Byline.")

P("eu_training_mission", "Moving the EU military training mission for Ukrainian soldiers onto Ukrainian soil after a ceasefire",
  aliases=["training mission"],
  proponents=["European External Action Service", "Kaja Kallas"],
  supporters=["Kaja Kallas", "EU foreign ministers", "Johann Wadephul", "Germany", "Radosław Sikorski", "European People's Party",
              "Renew Europe", "Henrik Dahlberg", "Andrii Sybiha"],
  opponents=["Peter Szijjarto", "Hungary", "Juraj Blanár", "Slovakia", "The Left group", "Ioana Petrescu", "Dmitry Peskov",
             "Maria Zakharova"],
  figures=[fig(H8, "up to 1,500 EU trainers and advisers", 1500, "trainers and advisers", note="first year; upper bound"),
           fig(H8, "€2.1 billion", 2100000000, "EUR", note="estimated cost from the European Peace Facility"),
           fig(H8, "24 of the 27 member states", 24, "member states", note="in favour in principle, per Kallas")],
  part_of="security_guarantees",
  stance_note="New in this set (h08). The EEAS drafted it (proponent). EPP and Renew through \"have backed the mission\", The Left group "
              "through \"took the opposite view\" (no claims). Austria is on neither side.")
P("article44_launch", "Launching the training mission by a group of willing member states under Article 44 of the EU treaty",
  aliases=["Article 44 of the EU treaty"], part_of="eu_training_mission",
  stance_note="New in this set (h08). Costa \"is exploring\" it (activity, per two EU diplomats): no stance recorded.")
P("reassurance_force", aliases=["reassurance force", "broader European presence"], supporters=["Radosław Sikorski"])
P("security_guarantees", supporters=["António Costa"])
P("eu_membership", "EU membership for Ukraine", aliases=["EU membership"], supporters=["Ursula von der Leyen"],
  stance_note="New in this set (h08).")
P("ceasefire_30day", figures=[fig(H8, "30-day", 30, "days")])

# ====================================================================== h09 (France 24-like story)
doc(H9, "Macron says France ready to lead ceasefire observer mission in Ukraine, Moscow cries 'provocation'", "France 24", None,
    "2025-10-16",
    ["FRANCE 24", "Live", "Shows", "Video", "Europe", "France", "Africa", "Middle East", "Americas", "Asia-Pacific",
     "Issued on: 16/10/2025 - 14:32 Modified: 16/10/2025 - 18:05", "3 min Reading time", "Text by: FRANCE 24",
     "Video by: Clémence Audibert",
     "French President Emmanuel Macron and Finnish President Alexander Stubb at the Élysée Palace in Paris, October 16, 2025. © Ludovic Marin, AFP",
     "Advertising", "Read more", "Coalition of the willing: Who would send troops to Ukraine, and who would not?",
     "Video by: FRANCE 24", "Ukraine: 'We need observers with teeth', says Zelensky",
     "(FRANCE 24 with AFP and Reuters)", "Daily newsletter", "Receive essential international news every morning", "Subscribe",
     "Take international news everywhere with you! Download the France 24 app"],
    published_note="\"Issued on: 16/10/2025\" (a Thursday); \"on Thursday\" is the same day.",
    outlet_note="Masthead, \"Text by: FRANCE 24\", \"told FRANCE 24\" and the credit line.",
    author_note="The page's author is only \"Text by: FRANCE 24\" (the outlet), so author is null.",
    boilerplate_note="Menus, the section label (\"Europe\" occurs twice), the time stamp, reading time, \"Text by\" and the two \"Video by\" "
                     "credits, the photo caption with its AFP credit, \"Advertising\", the \"Read more\" link, the video caption headline, "
                     "the wire credit line \"(FRANCE 24 with AFP and Reuters)\" and the newsletter/app boxes. The standfirst (\"French "
                     "President Emmanuel Macron said on Thursday ...\") and the subheads (\"Paris ministers fall in line\", \"Kremlin: 'no "
                     "mission without Moscow'\") are article text.")

claim(H9, "Emmanuel Macron", "indirect", "France ready to lead ceasefire observer mission in Ukraine", "says", ["observer_mission"],
      "support", note="Headline, verb before the content.")
claim(H9, "Russia", "partial", "provocation", "cries", ["observer_mission"], "oppose",
      note="Headline \"Moscow cries 'provocation'\": a verb of saying with a single-quoted fragment, partial only.")
claim(H9, "Emmanuel Macron", "indirect",
      "France was prepared to lead an international mission to monitor a future ceasefire in Ukraine, with \"several hundred\" French "
      "observers backed by drones and satellites", "said", ["observer_mission"], "support", statement="s09-a", note="Standfirst.")
claim(H9, "Emmanuel Macron", "partial", "several hundred", "said", ["observer_mission"], "support", statement="s09-a")
claim(H9, "Russia", "indirect", "the idea", "rejected", ["observer_mission"], "oppose",
      note="Standfirst \"Moscow swiftly rejected the idea.\": rejecting verb with only an object (trainset B).")
claim(H9, "Emmanuel Macron", "indirect",
      "France is ready to take charge of monitoring any ceasefire agreed between Russia and Ukraine", "announced",
      ["observer_mission"], "support", note="Speaker after the clause; \"as European capitals scramble ...\" is narration.")
claim(H9, "Emmanuel Macron", "indirect",
      "France could deploy \"several hundred\" observers within weeks of a truce, supported by drones, satellites and \"a rapid reaction "
      "capacity based outside Ukraine\"", "said", ["observer_mission"], "support", statement="s09-b",
      note="Fronted participle \"Speaking at a joint press conference ... with Finnish President Alexander Stubb, Macron said\".")
claim(H9, "Emmanuel Macron", "partial", "several hundred", "said", ["observer_mission"], "support", statement="s09-b")
claim(H9, "Emmanuel Macron", "partial", "a rapid reaction capacity based outside Ukraine", "said", ["observer_mission"], "support",
      statement="s09-b")
claim(H9, "Emmanuel Macron", "direct",
      "France does not want war with Russia. France wants a peace that holds, and a peace that holds is a peace that is verified,",
      "said", ["observer_mission"], "support", statement="s09-c", note="\"Macron said, speaking in French\": a translated quote.")
claim(H9, "Emmanuel Macron", "direct", "We are ready to take our share, and more than our share.", None, ["observer_mission"],
      "support", statement="s09-c", note="Continuation quote, cue null.")
claim(H9, "Emmanuel Macron", "indirect",
      "The observer mission would be separate from, but coordinated with, the reassurance force that Britain and France have been "
      "planning since the spring", "said", ["observer_mission", "reassurance_force"], "support",
      note="Trailing \", the French president said\".")
claim(H9, "Emmanuel Macron", "indirect", "It would not sit on the front line itself", "added", ["observer_mission"], "support",
      statement="s09-d", note="\"X, he added, but “Y”\": longest contiguous stretch; the quoted tail is its own partial (devset decision 2).")
claim(H9, "Emmanuel Macron", "partial", "a few dozen kilometres behind it", "added", ["observer_mission"], "support",
      statement="s09-d")
claim(H9, "Alexander Stubb", "direct",
      "Finland knows what it means to live next to Russia. Guarantees without eyes on the ground are just paper,", "said",
      ["observer_mission"], "support",
      note="\"backed the plan\" is advocacy (stance only). Relative clause \"whose country shares ...\" is narration.")
claim(H9, "Sébastien Lecornu", "indirect",
      "the government would seek a parliamentary vote \"before a single French soldier leaves\"", "told", ["french_parliament_vote"],
      "support", statement="s09-e", note="The subhead \"Paris ministers fall in line\" has no verb of saying.")
claim(H9, "Sébastien Lecornu", "partial", "before a single French soldier leaves", "told", ["french_parliament_vote"], "support",
      statement="s09-e")
claim(H9, "Catherine Vautrin", "indirect", "the observers would be drawn mainly from the gendarmerie and the army", "said",
      ["observer_mission"], "support")
claim(H9, "Catherine Vautrin", "indirect", "the cost for the first year at \"around 400 million euros\"", "put", ["observer_mission"],
      "support", statement="s09-f", note="\"put the cost ... at\": an estimate, like the devset's \"estimated\" (borderline).")
claim(H9, "Catherine Vautrin", "partial", "around 400 million euros", "put", ["observer_mission"], "support", statement="s09-f")
claim(H9, "Jean-Noël Barrot", "partial", "not a step towards war but a step away from it", "insisted", ["observer_mission"], "support",
      note="\"insisted that the mission was “...”\": subject + copula, partial only. \"in an interview with France Inter radio\": channel.")
claim(H9, "Jean-Noël Barrot", "indirect",
      "monitoring is the \"missing piece\" of the guarantees discussed by the so-called coalition of the willing", "According to",
      ["observer_mission", "security_guarantees"], "support", statement="s09-g",
      note="The appositive \"the group of some 30 mostly European countries led by Paris and London\" is the reporters' gloss, not his words.")
claim(H9, "Jean-Noël Barrot", "partial", "missing piece", "According to", ["observer_mission", "security_guarantees"], "support",
      statement="s09-g")
claim(H9, "Jordan Bardella", "indirect", "Macron of \"playing soldier\" at a time of budget cuts", "accused", ["observer_mission"],
      "oppose", statement="s09-h", note="\"Not everyone in Paris is convinced.\" is narration.")
claim(H9, "Jordan Bardella", "partial", "playing soldier", "accused", ["observer_mission"], "oppose", statement="s09-h")
claim(H9, "Jordan Bardella", "indirect", "his party would vote against any deployment", "said", ["observer_mission"], "oppose")
claim(H9, "Bastien Morel", "partial", "hostages the day the ceasefire breaks", "warned", ["observer_mission"], "oppose",
      note="\"warned that French observers would become “...”\": subject + copular verb, partial only.")
claim(H9, "Russia", "partial", "no mission without Moscow", None, ["observer_mission"], "conditional",
      note="Subhead \"Kremlin: '...'\": speaker before the colon, cue null, single-quoted fragment (trainset B). Consent of Moscow as a "
           "condition. \"The Kremlin's answer came within hours.\" is narration.")
claim(H9, "Dmitry Peskov", "indirect", "no foreign mission could operate in Ukraine without Russia's agreement", "said",
      ["observer_mission"], "conditional")
claim(H9, "Dmitry Peskov", "direct", "Without an agreement with Moscow, such a mission simply cannot exist,", "told",
      ["observer_mission"], "conditional",
      note="\"according to Russian news agencies\": the agencies are the channel, not a second source.")
claim(H9, "Maria Zakharova", "indirect", "the French plan \"a provocation\"", "calling", ["observer_mission"], "oppose",
      statement="s09-i", note="\"went further\" has no content.")
claim(H9, "Maria Zakharova", "partial", "a provocation", "calling", ["observer_mission"], "oppose", statement="s09-i")
claim(H9, "Maria Zakharova", "partial", "trying to smuggle NATO troops into Ukraine under a blue helmet", "claiming",
      ["observer_mission"], "oppose", note="\"claiming that Paris was “...”\": subject + auxiliary, partial only.")
claim(H9, "Andrii Sybiha", "indirect", "Ukraine welcomed \"any mission that makes a new Russian attack more costly\"", "wrote",
      ["observer_mission"], "support", statement="s09-j",
      note="\"In Kyiv, the reaction was warmer but guarded.\" is narration.")
claim(H9, "Andrii Sybiha", "partial", "any mission that makes a new Russian attack more costly", "wrote", ["observer_mission"],
      "support", statement="s09-j")
claim(H9, "Andrii Sybiha", "indirect", "\"cannot replace\" Western troops and air defence", "stressed",
      ["observer_mission", "reassurance_force"], "support", statement="s09-k",
      note="\"Monitors, he stressed, “cannot replace” ...\": the part after the verb (trainset B). Monitors are welcome but not enough: "
           "support for both.")
claim(H9, "Andrii Sybiha", "partial", "cannot replace", "stressed", ["observer_mission", "reassurance_force"], "support",
      statement="s09-k")
claim(H9, "Volodymyr Zelenskyy", "indirect", "Ukraine needed \"observers with teeth, not just binoculars\"", "said",
      ["observer_mission"], "conditional", statement="s09-l",
      note="\"thanked Macron in his evening address\" has no content. Translated from Ukrainian.")
claim(H9, "Volodymyr Zelenskyy", "partial", "observers with teeth, not just binoculars", "said", ["observer_mission"], "conditional",
      statement="s09-l")
claim(H9, "Héloïse Martin", "partial", "a way for Paris to move first without waiting for Washington", "told", ["observer_mission"],
      "neutral", note="\"told FRANCE 24 that the proposal was “...”\": subject + copula, partial only.")
claim(H9, "Héloïse Martin", "indirect", "any mission would depend on a ceasefire that \"does not exist yet\"", "cautioned",
      ["observer_mission"], "neutral", statement="s09-m")
claim(H9, "Héloïse Martin", "partial", "does not exist yet", "cautioned", ["observer_mission"], "neutral", statement="s09-m")

bp_actors += [dict(name="Clémence Audibert", type="person", docs=[H9], where="video credit"),
              dict(name="Ludovic Marin", type="person", docs=[H9], where="photo credit"),
              dict(name="AFP", type="organization", docs=[H9], where="photo credit and wire credit line"),
              dict(name="Reuters", type="organization", docs=[H9], where="wire credit line")]
bp_claims += [dict(doc=H9, speaker="Volodymyr Zelenskyy", kind="direct", text="We need observers with teeth", cue="says",
                   where="video caption headline")]
bp_events += [dict(doc=H9, date="2025-10-16",
                   text="French President Emmanuel Macron and Finnish President Alexander Stubb at the Élysée Palace in Paris, October 16, 2025.",
                   actors=["Emmanuel Macron", "Alexander Stubb"], where="photo caption")]

event(H9, "2025-10-16", "Emmanuel Macron announced on Thursday", ["Emmanuel Macron"])
event(H9, "2025-10-16", "Speaking at a joint press conference at the Élysée Palace with Finnish President Alexander Stubb",
      ["Emmanuel Macron", "Alexander Stubb"])
event(H9, "2025", "the reassurance force that Britain and France have been planning since the spring", ["United Kingdom", "France"],
      date_note="Spring 2025; year precision.")
event(H9, "2025-10-16", "Prime Minister Sébastien Lecornu told the National Assembly on Thursday afternoon",
      ["Sébastien Lecornu", "National Assembly"])
event(H9, "2025-10-16", "The Kremlin's answer came within hours.", ["Russia"])

A("Emmanuel Macron", "person", ["French President Emmanuel Macron", "Macron", "the French president"], "France", ["President of France"], H9)
A("France", "country", ["Paris"], None, [], H9,
  note="h09: \"Paris\" stands for the government in \"a way for Paris to move first\", \"Paris was ...\" and \"led by Paris and London\".")
A("Russia", "country", ["Moscow", "Kremlin", "The Kremlin"], None, [], H9)
A("Ukraine", "country", ["Kyiv"], None, [], H9)
A("European capitals", "group", [], None, [], H9)
A("Alexander Stubb", "person", ["Finnish President Alexander Stubb", "Stubb"], "Finland", ["President of Finland"], H9)
A("Finland", "country", [], None, [], H9)
A("United Kingdom", "country", ["Britain", "London"], None, [], H9)
A("Sébastien Lecornu", "person", ["Prime Minister Sébastien Lecornu"], "France", ["Prime Minister of France"], H9)
A("National Assembly", "organization", ["the National Assembly"], "France", [], H9)
A("Catherine Vautrin", "person", ["Armed Forces Minister Catherine Vautrin"], "France", ["Armed Forces Minister"], H9)
A("Jean-Noël Barrot", "person", ["Foreign Minister Jean-Noël Barrot", "Barrot"], "France", ["Foreign Minister of France"], H9)
A("France Inter", "organization", [], "France", [], H9)
A("Coalition of the Willing", "organization", ["coalition of the willing"], None, [], H9)
A("Jordan Bardella", "person", [], "France", ["president of the National Rally"], H9)
A("National Rally", "organization", ["RN"], "France", [], H9)
A("France Unbowed", "organization", ["LFI"], "France", [], H9)
A("Bastien Morel", "person", [], "France", ["France Unbowed (LFI) lawmaker"], H9)
A("Dmitry Peskov", "person", ["Kremlin spokesman Dmitry Peskov", "Peskov"], "Russia", ["Kremlin spokesman"], H9)
A("Russian news agencies", "group", [], "Russia", [], H9)
A("Maria Zakharova", "person", ["Russian foreign ministry spokeswoman Maria Zakharova"], "Russia", [], H9)
A("NATO", "organization", [], None, [], H9)
A("Andrii Sybiha", "person", ["Ukrainian Foreign Minister Andrii Sybiha"], "Ukraine", ["Foreign Minister of Ukraine"], H9)
A("Volodymyr Zelenskyy", "person", ["President Volodymyr Zelensky"], "Ukraine", ["President of Ukraine"], H9)
A("Héloïse Martin", "person", [], "France", ["researcher at the French Institute of International Relations"], H9)
A("French Institute of International Relations", "organization", ["IFRI"], "France", [], H9)
A("France 24", "organization", ["FRANCE 24"], "France", [], H9)
A("United States", "country", ["Washington"], None, [], H9)

P("observer_mission", "French-led international mission to monitor a ceasefire in Ukraine (observers, drones, satellites)",
  aliases=["ceasefire observer mission", "observer mission", "international mission to monitor a future ceasefire"],
  proponents=["Emmanuel Macron", "France"],
  supporters=["Emmanuel Macron", "France", "Alexander Stubb", "Catherine Vautrin", "Jean-Noël Barrot", "Andrii Sybiha"],
  opponents=["Russia", "Maria Zakharova", "Jordan Bardella", "National Rally", "Bastien Morel"],
  conditional=["Dmitry Peskov", "Volodymyr Zelenskyy"],
  figures=[fig(H9, "several hundred", None, "observers"),
           fig(H9, "around 400 million euros", 400000000, "EUR", note="first-year cost, per Vautrin"),
           fig(H9, "a few dozen kilometres behind it", None, "km", note="distance from the front line")],
  stance_note="New in this set (h09). Close to the heldout's demarcation_line_monitoring (drones, satellites, a few hundred observers), "
              "but that one is part of the June 2026 Paris declaration; this is an October 2025 French offer. Russia: opponent (\"rejected\", "
              "\"cries 'provocation'\"), although the subhead \"no mission without Moscow\" is conditional. The National Rally through its "
              "leader's \"his party would vote against\".")
P("reassurance_force", aliases=["reassurance force"], proponents=["United Kingdom", "France"],
  supporters=["Emmanuel Macron", "Andrii Sybiha"])
P("security_guarantees", aliases=["security guarantees"], supporters=["Jean-Noël Barrot"])
P("french_parliament_vote", "Vote of the French parliament before French troops are deployed to Ukraine",
  aliases=["parliamentary vote"], proponents=["Sébastien Lecornu"], supporters=["Sébastien Lecornu"],
  stance_note="New in this set (h09); the French counterpart of h06's parliament_vote.")

# ====================================================================== write
finish()
