#!/usr/bin/env python3
"""Source of heldout3.gold.json. Edit here, then run: python3 build_gold.py (writes heldout3.gold.json).

Third held-out set (h10-h13). Annotated by hand from the article texts only (the extractor was never run on them);
conventions of /work/shared/eval/seeds.gold.notes.md, Benchmarks/devset/README.md, Benchmarks/heldout/README.md,
Benchmarks/heldout2/README.md and Benchmarks/trainset/README.md, plus the decisions in README.md here. Actor names and
proposal ids reuse those of the seeds/devset/heldout/heldout2/trainset golds where the actor or proposal is the same
(same type and country)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "goldtools"))
from gold_builder import GoldBuilder, boilerplate_mentions  # noqa: E402

H10 = "h10_yle_finland_contingent.txt"
H11 = "h11_thehill_backstop_war_powers.txt"
H12 = "h12_notesfrompoland_engineers_row.txt"
H13 = "h13_kyodo_japan_monitoring_staff.txt"

_g = GoldBuilder()
documents, claims, events, _actors, _props = _g.documents, _g.claims, _g.events, _g.actors, _g.proposals
doc, A, claim, event, P, fig = _g.doc, _g.A, _g.claim, _g.event, _g.P, GoldBuilder.fig
bp_actors, bp_claims, bp_events = [], [], []


def finish():
    _g.write(os.path.join(HERE, "heldout3.gold.json"), dict(boilerplate_mentions(), actors=bp_actors, claims=bp_claims, events=bp_events))


# Proposals reused from the earlier golds: same ids and canonical names where the proposal is the same.
P("reassurance_force", "European reassurance force for Ukraine",
  stance_note="Same thread as the seeds' peacekeeping_force and the devset/heldout/heldout2/trainset reassurance_force (id kept).")
P("us_backstop", "U.S. security backstop for the European reassurance force", part_of="reassurance_force")
P("security_guarantees", "Western security guarantees for Ukraine")

# ====================================================================== h10 (Yle News-like story)
doc(H10, "Finland ready to send up to 300 soldiers to Ukraine reassurance force, Häkkänen says", "Yle", "Tuomas Hirvonen",
    "2026-01-22",
    ["Yle", "News", "Uutiset", "Svenska Yle", "Yle Areena", "Menu", "Search", "News in English", "Finland", "Politics", "Ukraine",
     "Defence Minister Antti Häkkänen (NCP) at the House of Parliament on Thursday. Image: Silja Viitala / Yle",
     "22.1.2026 15:48", "Updated 22.1.2026 18:05",
     "Sources: Yle, STT", "Read more:",
     "Stubb: Finland will not send troops to Ukraine without a ceasefire",
     "Poll: Most Finns back Ukraine aid but are split on sending troops",
     "Listen to Yle News' All Points North podcast on Yle Areena, Spotify or wherever you get your podcasts.",
     "Users with an Yle ID can leave comments on our news stories. You can create your ID via this link.",
     "Yle News", "Follow Yle News on X, Instagram and Facebook"],
    published_note="Time stamp \"22.1.2026 15:48\" (Finnish day.month.year; a Thursday); \"on Thursday\" is the same day, \"Tuesday\" "
                   "20 January.",
    outlet_note="Masthead \"Yle\" / \"Yle News\", \"told Yle\" and the \"Sources: Yle, STT\" line.",
    boilerplate_note="Menus and section labels, the photo caption with its credit (\"Image: ... / Yle\"), the two time stamp lines, the "
                     "sources line, the \"Read more:\" links, the podcast and comments boxes and the follow line. The standfirst (\"The "
                     "government will ask Parliament ...\") and the subheads (\"Stubb: 'American support is the key'\", \"Opposition wants "
                     "conditions\", \"Moscow: 'combatants, not peacekeepers'\", \"Modest numbers, clear signal\") are article text. The "
                     "byline line \"Tuomas Hirvonen\" is the author and not listed.")

claim(H10, "Antti Häkkänen", "indirect", "Finland ready to send up to 300 soldiers to Ukraine reassurance force", "says",
      ["finnish_contingent", "reassurance_force"], "support", note="Headline \"..., Häkkänen says\".")
claim(H10, "Social Democratic Party of Finland", "indirect", "it wants proof of American backing first", "says",
      ["finnish_contingent", "us_backstop"], "conditional",
      proposal_stances={"finnish_contingent": "conditional", "us_backstop": "support"},
      note="Standfirst, speaker \"the opposition SDP\". \"The government will ask Parliament ...\" is narration.")
claim(H10, "Antti Häkkänen", "indirect",
      "Finland is prepared to send up to 300 soldiers to a European reassurance force in Ukraine for an initial period of 12 months",
      "said", ["finnish_contingent", "reassurance_force"], "support", note="Speaker after the clause (\", Defence Minister ... said on Thursday\").")
claim(H10, "Antti Häkkänen", "indirect", "the contingent would consist mainly of engineers, air defence specialists and trainers",
      "said", ["finnish_contingent"], "support", statement="s10-a",
      note="Fronted participle \"Speaking to reporters ...\"; one verb, two that-clauses (the first without \"that\"), devset decision 5.")
claim(H10, "Antti Häkkänen", "indirect", "it would not deploy \"a single day before a ceasefire is in force\"", "said",
      ["finnish_contingent"], "support", statement="s10-a",
      note="A sequencing condition of the proposer's own plan, not a condition on supporting it: support.")
claim(H10, "Antti Häkkänen", "partial", "a single day before a ceasefire is in force", "said", ["finnish_contingent"], "support",
      statement="s10-a")
claim(H10, "Antti Häkkänen", "direct",
      "Finland will not watch from the sidelines. We have the skills Ukraine needs, and we learned them by living next to Russia,",
      "said", ["finnish_contingent"], "support")
claim(H10, "Antti Häkkänen", "direct", "But this is not a combat mission,", "added", ["finnish_contingent"], "support",
      statement="s10-b", note="Quote opening the paragraph, \"he added\" between the two passages.")
claim(H10, "Antti Häkkänen", "direct", "Our soldiers will go to help secure a peace, not to fight a war.", None, ["finnish_contingent"],
      "support", statement="s10-b", note="Continuation quote, cue null.")
claim(H10, "Antti Häkkänen", "indirect", "he expected the proposal to reach the chamber \"in February at the latest\"", "said",
      ["finnish_contingent"], "support", statement="s10-c",
      note="The plenary vote is required by the Crisis Management Act (narration), so it is not a separate proposal here.")
claim(H10, "Antti Häkkänen", "partial", "in February at the latest", "said", ["finnish_contingent"], "support", statement="s10-c")
claim(H10, "Petteri Orpo", "partial", "a concrete expression of our solidarity and of our own security interest", "writing",
      ["finnish_contingent"], "support",
      note="\"backed the plan in a post on X\" is advocacy (stance only); \"writing that a Finnish contribution would be “...”\": bare "
           "subject + modal + copula, partial only.")
claim(H10, "Alexander Stubb", "partial", "American support is the key", None, ["finnish_contingent", "us_backstop"], "conditional",
      proposal_stances={"finnish_contingent": "conditional", "us_backstop": "support"},
      note="Subhead \"Stubb: '...'\": speaker before a colon, cue null, single-quoted fragment (heldout2 decision 5).")
claim(H10, "Alexander Stubb", "indirect",
      "Finland's participation depended on the United States providing what he called \"a credible backstop\": air defence, "
      "intelligence and a readiness to respond if the force came under attack", "said",
      ["finnish_contingent", "us_backstop"], "conditional",
      proposal_stances={"finnish_contingent": "conditional", "us_backstop": "support"},
      note="\"struck a more cautious tone\" has no content. \"what he called “a credible backstop”\" is a naming idiom: no partial "
           "(devset decision 7, heldout2 decision 6).")
claim(H10, "Alexander Stubb", "direct",
      "Europeans must carry most of the weight, and that is fair. But without the Americans behind us, a few thousand European "
      "soldiers would be a symbol and nothing more,", "said", ["reassurance_force", "us_backstop"], "conditional",
      proposal_stances={"reassurance_force": "conditional", "us_backstop": "support"})
claim(H10, "Alexander Stubb", "indirect", "he raised the issue with US President Donald Trump in a phone call on Tuesday",
      "According to", ["us_backstop"], "neutral",
      note="\"According to Stubb, he ...\": the source is the speaker himself. \"The White House has not commented on the call.\" is not a claim.")
claim(H10, "Social Democratic Party of Finland", "indirect",
      "they supported the principle of a Finnish contribution but would only vote for it if the government could show that "
      "Washington had committed to backing the force", "said", ["finnish_contingent", "us_backstop"], "conditional",
      proposal_stances={"finnish_contingent": "conditional", "us_backstop": "support"},
      note="Speaker \"The Social Democrats (SDP)\" with an appositive. One clause with two coordinated predicates: one record.")
claim(H10, "Antti Lindtman", "direct",
      "We are not against helping Ukraine. We are against sending Finnish soldiers on a promise,", "told", ["finnish_contingent"],
      "conditional", note="\"told Yle\": the outlet is the channel.")
claim(H10, "Antti Lindtman", "indirect", "the government had \"rushed\" the announcement to please its European partners", "said",
      ["finnish_contingent"], "conditional", statement="s10-d", note="Pronoun speaker; one-word partial (devset decision 4).")
claim(H10, "Antti Lindtman", "partial", "rushed", "said", ["finnish_contingent"], "conditional", statement="s10-d")
claim(H10, "Ville Rantanen", "partial", "study the proposal carefully", "say", ["finnish_contingent"], "neutral", statement="s10-e",
      note="\"would only say that the group would “...” and that the safety of Finnish soldiers “...”\": both frames are bare subjects "
           "(+ modal), two partials and no indirect record (like heldout2's Leavitt). \"has been quieter\" is narration.")
claim(H10, "Ville Rantanen", "partial", "comes first", "say", ["finnish_contingent"], "neutral", statement="s10-e")
claim(H10, "Left Alliance", "indirect", "the plan", "rejected", ["finnish_contingent"], "oppose",
      note="\"The Left Alliance rejected the plan outright.\": rejecting verb with only an object (heldout2 \"rejected the idea\").")
claim(H10, "Aino Rautio", "direct",
      "This is how wars begin: with a small contingent that nobody is later allowed to bring home,", "said", ["finnish_contingent"],
      "oppose", note="\"said in a statement\", speaker after the quote.")
claim(H10, "Aino Rautio", "indirect", "her party would vote against the deployment", "adding", ["finnish_contingent"], "oppose")
claim(H10, "Russia", "partial", "combatants, not peacekeepers", None, ["finnish_contingent", "reassurance_force"], "oppose",
      note="Subhead \"Moscow: '...'\": speaker before a colon, cue null.")
claim(H10, "Dmitry Peskov", "indirect", "Finnish soldiers in Ukraine would be treated as \"foreign combatants, not peacekeepers\"",
      "told", ["finnish_contingent", "reassurance_force"], "oppose", statement="s10-f",
      note="The frame has a predicate of its own (\"would be treated as\"): indirect + partial, like heldout2's \"would be seen as\".")
claim(H10, "Dmitry Peskov", "partial", "foreign combatants, not peacekeepers", "told", ["finnish_contingent", "reassurance_force"],
      "oppose", statement="s10-f")
claim(H10, "Russian embassy in Helsinki", "partial", "once again choosing confrontation", "wrote", ["finnish_contingent"], "oppose",
      statement="s10-g", note="\"wrote on Telegram that Finland was “...” and that ...\": the first frame is subject + auxiliary, partial only.")
claim(H10, "Russian embassy in Helsinki", "indirect",
      "NATO membership had made the country \"a frontline state by its own choice\"", "wrote", ["finnish_contingent"], "oppose",
      statement="s10-g")
claim(H10, "Russian embassy in Helsinki", "partial", "a frontline state by its own choice", "wrote", ["finnish_contingent"], "oppose",
      statement="s10-g")
claim(H10, "Volodymyr Zelenskyy", "direct",
      "Finland knows the price of freedom better than most. Three hundred Finnish soldiers are worth more than a thousand declarations,",
      "wrote", ["finnish_contingent"], "support",
      note="Pronoun speaker (\"he wrote\"). \"thanked Finland in a message on Telegram\" has no content (heldout2 decision 6).")
claim(H10, "analysts", "indirect", "the numbers are modest but the signal matters", "say", ["finnish_contingent"], "neutral",
      note="Group speaker \"Analysts\". The subhead \"Modest numbers, clear signal\" has no verb of saying.")
claim(H10, "Sanna Leppänen", "indirect",
      "300 soldiers would make Finland \"one of the larger contributors per head of population\"", "said", ["finnish_contingent"],
      "neutral", statement="s10-h")
claim(H10, "Sanna Leppänen", "partial", "one of the larger contributors per head of population", "said", ["finnish_contingent"],
      "neutral", statement="s10-h")
claim(H10, "Sanna Leppänen", "indirect", "the government had not yet explained how long it was ready to stay", "warned",
      ["finnish_contingent"], "neutral")
claim(H10, "Sanna Leppänen", "direct", "Twelve months is a planning figure, not an exit strategy,", "said", ["finnish_contingent"],
      "neutral", statement="s10-i")
claim(H10, "Sanna Leppänen", "direct", "If the ceasefire holds, nobody will want to be the first to leave.", None,
      ["finnish_contingent"], "neutral", statement="s10-i", note="Continuation quote, cue null.")

bp_actors += [dict(name="Silja Viitala", type="person", docs=[H10], where="photo credit"),
              dict(name="STT", type="organization", docs=[H10], where="sources line (Finnish News Agency)")]
bp_claims += [dict(doc=H10, speaker="Alexander Stubb", kind="indirect", text="Finland will not send troops to Ukraine without a ceasefire",
                   cue=None, where="related link headline (\"Stubb: ...\")")]
bp_events += [dict(doc=H10, date="2026-01-22", text="Defence Minister Antti Häkkänen (NCP) at the House of Parliament on Thursday.",
                   actors=["Antti Häkkänen"], where="photo caption")]

event(H10, "2026-01-22", "Antti Häkkänen (NCP) said on Thursday", ["Antti Häkkänen"])
event(H10, "2026-01-22", "after a meeting of the ministerial committee on foreign and security policy",
      ["Ministerial Committee on Foreign and Security Policy"])
event(H10, "2026-01-22", "At a press conference at the Presidential Palace", ["Alexander Stubb"])
event(H10, "2026-01-20", "he raised the issue with US President Donald Trump in a phone call on Tuesday", ["Alexander Stubb", "Donald Trump"])
event(H10, "2026-02-05", "is due to hold a meeting of defence ministers in Helsinki on 5 February", ["Coalition of the Willing"])
event(H10, "2026-01", "US-mediated talks between Russia and Ukraine on a ceasefire resumed in Abu Dhabi last week.",
      ["United States", "Russia", "Ukraine"], date_note="The week of 12-16 January 2026; month precision.")

A("Antti Häkkänen", "person", ["Defence Minister Antti Häkkänen", "Häkkänen"], "Finland", ["Defence Minister of Finland"], H10,
  note="Yle adds the party abbreviation in parentheses (\"(NCP)\").")
A("National Coalition Party", "organization", ["NCP"], "Finland", [], H10)
A("Finland", "country", [], None, [], H10,
  note="h10: \"Helsinki\" is only a place (meeting venue, the Russian embassy's seat), not an alias.")
A("Ukraine", "country", [], None, [], H10)
A("Parliament of Finland", "organization", ["Parliament"], "Finland", [], H10)
A("Foreign Affairs Committee of the Parliament of Finland", "organization", ["Parliament's Foreign Affairs Committee"], "Finland", [], H10)
A("Finnish government", "organization", ["the government"], "Finland", [], H10)
A("Ministerial Committee on Foreign and Security Policy", "organization",
  ["the ministerial committee on foreign and security policy"], "Finland", [], H10)
A("Petteri Orpo", "person", ["Prime Minister Petteri Orpo"], "Finland", ["Prime Minister of Finland"], H10)
A("Alexander Stubb", "person", ["President Alexander Stubb", "Stubb"], "Finland", ["President of Finland"], H10)
A("United States", "country", ["Washington", "US"], None, [], H10)
A("Donald Trump", "person", ["US President Donald Trump"], "United States", ["President of the United States"], H10)
A("White House", "organization", ["The White House"], "United States", [], H10)
A("Social Democratic Party of Finland", "organization", ["The Social Democrats", "SDP", "the opposition SDP"], "Finland", [], H10)
A("Antti Lindtman", "person", ["SDP chair Antti Lindtman"], "Finland", ["SDP chair"], H10)
A("Yle", "organization", ["Yle News"], "Finland", [], H10)
A("Finns Party", "organization", ["The Finns Party"], "Finland", [], H10)
A("Ville Rantanen", "person", [], "Finland", ["parliamentary group chair of the Finns Party"], H10)
A("Left Alliance", "organization", ["The Left Alliance"], "Finland", [], H10)
A("Aino Rautio", "person", ["Left Alliance MP Aino Rautio"], "Finland", ["Left Alliance MP"], H10)
A("Russia", "country", ["Moscow"], None, [], H10)
A("Dmitry Peskov", "person", ["Kremlin spokesman Dmitry Peskov"], "Russia", ["Kremlin spokesman"], H10)
A("Russian embassy in Helsinki", "organization", ["The Russian embassy in Helsinki"], "Russia", [], H10)
A("NATO", "organization", [], None, [], H10)
A("Volodymyr Zelenskyy", "person", ["Ukrainian President Volodymyr Zelensky"], "Ukraine", ["President of Ukraine"], H10,
  boilerplate_docs=[H13], note="Yle spells \"Zelensky\" (heldout decision 1). In h13 he occurs only in a related-coverage headline "
  "(\"Zelenskyy\"), hence boilerplate_docs (seeds extension).")
A("analysts", "group", ["Analysts"], None, [], H10)
A("Sanna Leppänen", "person", [], "Finland", ["senior research fellow at the Finnish Institute of International Affairs"], H10)
A("Finnish Institute of International Affairs", "organization", [], "Finland", [], H10)
A("Coalition of the Willing", "organization", ["coalition of the willing"], None, [], H10)
A("United Kingdom", "country", ["UK"], None, [], H10)
A("France", "country", [], None, [], H10)
A("Tuomas Hirvonen", "person", [], None, [], H10, note="Byline.")

P("finnish_contingent", "Finnish contingent of up to 300 soldiers for the reassurance force (initially 12 months, after a ceasefire)",
  aliases=["Finnish contribution", "the contingent"], part_of="reassurance_force",
  proponents=["Antti Häkkänen", "Finnish government"],
  supporters=["Antti Häkkänen", "Finnish government", "Petteri Orpo", "Volodymyr Zelenskyy"],
  opponents=["Left Alliance", "Aino Rautio", "Russia", "Dmitry Peskov", "Russian embassy in Helsinki"],
  conditional=["Alexander Stubb", "Social Democratic Party of Finland", "Antti Lindtman"],
  figures=[fig(H10, "up to 300 soldiers", 300, "soldiers", note="upper bound"),
           fig(H10, "an initial period of 12 months", 12, "months")],
  stance_note="New in this set (h10). Orpo through \"backed the plan\" and his partial. The Finns Party (\"study the proposal carefully\") "
              "is on neither side.")
P("reassurance_force", aliases=["European reassurance force", "reassurance force"],
  supporters=["Antti Häkkänen"], opponents=["Russia", "Dmitry Peskov"], conditional=["Alexander Stubb"])
P("us_backstop", aliases=["backstop", "American backing"],
  supporters=["Alexander Stubb", "Social Democratic Party of Finland"],
  stance_note="h10: Stubb and the SDP make the Finnish contingent depend on it (support for the backstop, conditional on the contingent).")

# ====================================================================== h11 (The Hill-like story)
doc(H11, "Senate GOP splits over Pentagon plan to back Europe's Ukraine force", "The Hill", "Jordan Pike", "2026-05-06",
    ["The Hill", "Skip to content", "News", "Policy", "Defense", "Congress", "Senate", "International", "Opinion", "Hill.TV",
     "Newsletters", "Share", "Post", "Email",
     "Sen. Roger Wicker (R-Miss.) speaks to reporters at the Capitol on Tuesday, May 5, 2026. (Allison Reyes/The Hill)",
     "Tags", "Pete Hegseth", "Roger Wicker", "Wade Hollister", "Jeanne Shaheen", "Ukraine",
     "Copyright 2026 Nexstar Media, Inc. All Rights Reserved. This material may not be published, broadcast, rewritten, or redistributed.",
     "Most Popular", "Thune: Senate won't be rushed on Ukraine war powers vote",
     "Trump says Europe is 'finally paying its fair share' on Ukraine",
     "5 takeaways from Hegseth's testy Armed Services hearing",
     "THE HILL MORNING REPORT",
     "Sign up for The Hill's Morning Report, the day's biggest political stories in your inbox.", "Subscribe"],
    published_note="Byline stamp \"05/06/26 4:18 PM ET\" (US month/day/year: 6 May 2026, a Wednesday); \"on Tuesday\" is 5 May, as in "
                   "the caption.",
    author_note="The byline line \"by Jordan Pike - 05/06/26 4:18 PM ET\" also carries the time stamp; like other byline lines it "
                "is the author and not listed as boilerplate.",
    outlet_note="Masthead, \"told The Hill\", the copyright line and the Morning Report box.",
    boilerplate_note="Menus (\"Defense\" occurs twice: menu and section label), the share widgets, the photo "
                     "caption with its credit, the tag list (\"Tags\" and the five tag lines), the copyright line, the \"Most Popular\" "
                     "headlines and the newsletter box. \"Not every Republican is on board.\" and \"Moscow reacted sharply.\" are "
                     "article text without a claim.")

claim(H11, "several GOP senators", "indirect", "it could drag the U.S. into a war with Russia", "warning", ["us_backstop"], "oppose",
      note="Lede \"with several GOP senators warning that ...\". The headline verb \"splits\" is not a verb of saying.")
claim(H11, "Pete Hegseth", "indirect",
      "the plan, which would cost an estimated $4.2 billion in its first year, was \"the cheapest insurance policy America will ever buy.\"",
      "told", ["us_backstop"], "support", statement="s11-a",
      note="The subject carries a relative clause with content (the cost), so the frame is more than a bare subject: indirect + partial.")
claim(H11, "Pete Hegseth", "partial", "the cheapest insurance policy America will ever buy.", "told", ["us_backstop"], "support",
      statement="s11-a")
claim(H11, "Pete Hegseth", "direct",
      "Europe provides the troops. We provide the air cover and the intelligence. Not one American soldier sets foot in Ukraine,",
      "said", ["us_backstop", "reassurance_force"], "support",
      note="US ground troops ruled out, but the European force is affirmed: support for both.")
claim(H11, "a Senate aide familiar with the briefing", "indirect",
      "two squadrons of F-35s and two Patriot batteries would be based in Poland and Romania for at least three years", "according to",
      ["us_backstop"], "neutral", note="Fronted \"Under the plan,\" left out; a description of the plan: neutral.")
claim(H11, "a Senate aide familiar with the briefing", "indirect",
      "The aircraft would respond only if the European force, currently planned at around 25,000 troops, came under Russian attack",
      "said", ["us_backstop"], "neutral", note="Speaker \"the aide\" after the clause.")
claim(H11, "Roger Wicker", "indirect", "he backed the plan and would include the money in this year's defense authorization bill", "said",
      ["us_backstop"], "support", note="\"said he backed\": the backing is reported through a verb of saying, so it is a claim.")
claim(H11, "Roger Wicker", "direct",
      "If we want Putin to stop at the ceasefire line, he has to know that the line is watched from the air,", "told", ["us_backstop"],
      "support", statement="s11-b", note="\"told The Hill in an interview\": the outlet is the channel.")
claim(H11, "Roger Wicker", "direct", "Deterrence is cheaper than war. It always has been.", None, ["us_backstop"], "support",
      statement="s11-b", note="Continuation quote, cue null.")
claim(H11, "Wade Hollister", "indirect", "the plan amounted to \"an Article 5 guarantee through the back door\"", "said",
      ["us_backstop"], "oppose", statement="s11-c",
      note="Relative clause \"a frequent critic of aid to Kyiv\" between speaker and verb. \"Article 5\" here is inside his fragment.")
claim(H11, "Wade Hollister", "partial", "an Article 5 guarantee through the back door", "said", ["us_backstop"], "oppose",
      statement="s11-c")
claim(H11, "Wade Hollister", "indirect",
      "to force a vote on a war powers resolution that would bar U.S. forces from defending the European troops without congressional approval",
      "vowed", ["war_powers_resolution"], "support",
      note="Commissive (devset decision 8, like \"pledged\"); the relative clause describes the resolution and stays in the text.")
claim(H11, "Wade Hollister", "direct",
      "If the administration wants to put American pilots on the hook, it should come here and ask for an authorization,", "said",
      ["war_powers_resolution"], "support", statement="s11-d", note="\"Hollister said in a floor speech\" between the passages.")
claim(H11, "Wade Hollister", "direct", "That is what the Constitution says.", None, ["war_powers_resolution"], "support",
      statement="s11-d",
      note="Continuation quote, cue null. The quote runs on into the next paragraph (no closing mark, the next paragraph opens with one).")
claim(H11, "Wade Hollister", "direct", "Anything else is a blank check written in somebody else's blood.", None,
      ["war_powers_resolution", "us_backstop"], "support",
      proposal_stances={"war_powers_resolution": "support", "us_backstop": "oppose"}, statement="s11-d",
      note="Second paragraph of the same quote, cue null.")
claim(H11, "John Thune", "indirect", "he had \"not made any decisions\" about floor time for the resolution", "told",
      ["war_powers_resolution"], "neutral", statement="s11-e",
      note="\"about floor time for the resolution\" is content outside the quote: indirect + partial.")
claim(H11, "John Thune", "partial", "not made any decisions", "told", ["war_powers_resolution"], "neutral", statement="s11-e")
claim(H11, "Democrats", "indirect", "the plan", "welcomed", ["us_backstop"], "support",
      note="\"Democrats, who have long pushed ..., largely welcomed the plan.\": object only, like heldout2's \"welcomed the British commitment\".")
claim(H11, "Jeanne Shaheen", "partial", "overdue", "wrote", ["us_backstop"], "support", statement="s11-f",
      note="\"wrote on X that the backstop was “...” and that Europe “...”\": two bare-subject frames, two partials.")
claim(H11, "Jeanne Shaheen", "partial", "has done its part.", "wrote", ["us_backstop"], "support", statement="s11-f")
claim(H11, "Karoline Leavitt", "partial", "will not ask permission to keep Americans safe,", "said", ["war_powers_resolution"], "oppose",
      note="\"said the president “...”\": bare subject, partial only.")
claim(H11, "Karoline Leavitt", "indirect", "the resolution \"a political stunt.\"", "calling", ["war_powers_resolution"], "oppose",
      statement="s11-g")
claim(H11, "Karoline Leavitt", "partial", "a political stunt.", "calling", ["war_powers_resolution"], "oppose", statement="s11-g")
claim(H11, "a senior administration official", "indirect",
      "the White House had told European allies that the offer would lapse if Europe's force fell \"meaningfully short\" of 25,000 troops",
      "said", ["us_backstop"], "conditional", statement="s11-h",
      note="Relayed statement (heldout decision 3): the official's claim covers the whole clause, the White House's its content. "
           "\"who spoke on condition of anonymity ...\" is a relative clause.")
claim(H11, "a senior administration official", "partial", "meaningfully short", "said", ["us_backstop"], "conditional",
      statement="s11-h")
claim(H11, "White House", "indirect", "the offer would lapse if Europe's force fell \"meaningfully short\" of 25,000 troops",
      "had told", ["us_backstop"], "conditional", reported_by="a senior administration official")
claim(H11, "United Kingdom", "indirect", "the largest contingents", "pledged", ["reassurance_force"], "support",
      note="\"Britain and France have pledged the largest contingents\": a commissive with an object; one record per country (seeds "
           "decision 4). \"several smaller allies have yet to name numbers\" has no content.")
claim(H11, "France", "indirect", "the largest contingents", "pledged", ["reassurance_force"], "support")
claim(H11, "Rachel Voigt", "partial", "a political number, not a military one.", "said", ["reassurance_force"], "neutral",
      note="\"said the 25,000 figure was “...”\": subject + copula, partial only.")
claim(H11, "Rachel Voigt", "indirect",
      "is whether Europe can keep that many troops in Ukraine for three years without breaking its armies", "said",
      ["reassurance_force"], "neutral", note="\"The real question, she said, is ...\": the part after the verb (trainset B).")
claim(H11, "Rachel Voigt", "direct",
      "Rotation is the killer. For every soldier on the ground you need two more at home, either recovering or training,", "said",
      ["reassurance_force"], "neutral")
claim(H11, "Olha Stefanishyna", "partial", "make a renewed Russian offensive far less likely", "said", ["us_backstop"], "support",
      note="\"said in a statement that the plan would “...”\": bare subject + modal, partial only.")
claim(H11, "Olha Stefanishyna", "indirect", "Congress to approve the funding \"without delay.\"", "urged", ["us_backstop"], "support",
      statement="s11-i")
claim(H11, "Olha Stefanishyna", "partial", "without delay.", "urged", ["us_backstop"], "support", statement="s11-i")
claim(H11, "Russian Embassy in Washington", "partial", "a direct threat to Russian security", "said", ["us_backstop"], "oppose",
      statement="s11-j", note="\"said in a post on Telegram that the deployment would be “...” and that Moscow “...”\": two partials.")
claim(H11, "Russian Embassy in Washington", "partial", "will respond accordingly.", "said", ["us_backstop"], "oppose",
      statement="s11-j")
claim(H11, "Mike Johnson", "indirect", "he hopes to bring the defense authorization bill to the floor in June", "has said",
      ["us_backstop"], "neutral", note="Scheduling of the bill that would carry the money: neutral.")

bp_actors += [dict(name="Allison Reyes", type="person", docs=[H11], where="photo credit"),
              dict(name="Nexstar Media", type="organization", docs=[H11], where="copyright line")]
bp_claims += [dict(doc=H11, speaker="John Thune", kind="indirect", text="Senate won't be rushed on Ukraine war powers vote", cue=None,
                   where="Most Popular headline (\"Thune: ...\")"),
              dict(doc=H11, speaker="Donald Trump", kind="indirect", text="Europe is 'finally paying its fair share' on Ukraine",
                   cue="says", where="Most Popular headline"),
              dict(doc=H11, speaker="Donald Trump", kind="partial", text="finally paying its fair share", cue="says",
                   where="Most Popular headline")]
bp_events += [dict(doc=H11, date="2026-05-05",
                   text="Sen. Roger Wicker (R-Miss.) speaks to reporters at the Capitol on Tuesday, May 5, 2026.",
                   actors=["Roger Wicker"], where="photo caption")]

event(H11, "2026-05-05", "Defense Secretary Pete Hegseth told the Senate Armed Services Committee on Tuesday",
      ["Pete Hegseth", "Senate Armed Services Committee"])
event(H11, "2026-06", "bring the defense authorization bill to the floor in June", ["Mike Johnson"])
event(H11, "2026-05", "could come up for a vote as early as next week", ["United States Senate"],
      date_note="The week of 11 May 2026; month precision.")

A("Republicans", "group", ["Senate Republicans", "Senate GOP", "Republican"], "United States", [], H11,
  note="h11: \"Senate GOP\" (headline), \"Senate Republicans\" and \"every Republican\".")
A("Pentagon", "organization", [], "United States", [], H11)
A("several GOP senators", "group", [], "United States", [], H11)
A("United States", "country", ["U.S.", "America"], None, [], H11)
A("Russia", "country", ["Moscow"], None, [], H11)
A("Poland", "country", [], None, [], H11)
A("Romania", "country", [], None, [], H11)
A("Ukraine", "country", ["Kyiv"], None, [], H11)
A("Europe", "group", [], None, [], H11)
A("Pete Hegseth", "person", ["Defense Secretary Pete Hegseth", "Hegseth"], "United States", ["Defense Secretary"], H11)
A("Senate Armed Services Committee", "organization", [], "United States", [], H11)
A("a Senate aide familiar with the briefing", "anonymous", ["the aide"], "United States", [], H11)
A("Roger Wicker", "person", ["Senate Armed Services Committee Chair Roger Wicker", "Sen. Roger Wicker", "Wicker"], "United States",
  ["Senator (R-Miss.)", "Chair of the Senate Armed Services Committee"], H11)
A("Vladimir Putin", "person", ["Putin"], "Russia", ["President of Russia"], H11)
A("The Hill", "organization", [], "United States", [], H11)
A("Wade Hollister", "person", ["Sen. Wade Hollister", "Hollister"], "United States", ["Senator (R-Mont.)"], H11)
A("United States Congress", "organization", ["Congress"], "United States", [], H11)
A("United States Senate", "organization", ["Senate"], "United States", [], H11)
A("John Thune", "person", ["Senate Majority Leader John Thune"], "United States", ["Senate Majority Leader (R-S.D.)"], H11)
A("Democrats", "group", [], "United States", [], H11)
A("Trump administration", "organization", ["the administration"], "United States", [], H11)
A("Jeanne Shaheen", "person", ["Sen. Jeanne Shaheen"], "United States",
  ["Senator (D-N.H.)", "top Democrat on the Foreign Relations Committee"], H11)
A("Senate Foreign Relations Committee", "organization", ["the Foreign Relations Committee"], "United States", [], H11)
A("Karoline Leavitt", "person", ["White House press secretary Karoline Leavitt"], "United States", ["White House press secretary"], H11)
A("Donald Trump", "person", ["the president"], "United States", ["President of the United States"], H11)
A("a senior administration official", "anonymous", ["A senior administration official"], "United States", [], H11)
A("White House", "organization", ["the White House"], "United States", [], H11)
A("European allies", "group", [], None, [], H11)
A("European capitals", "group", [], None, [], H11)
A("United Kingdom", "country", ["Britain"], None, [], H11)
A("France", "country", [], None, [], H11)
A("several smaller allies", "group", [], None, [], H11)
A("Rachel Voigt", "person", [], "United States", ["senior fellow at the Center for Strategic and International Studies"], H11)
A("Center for Strategic and International Studies", "organization", [], "United States", [], H11)
A("Olha Stefanishyna", "person", [], "Ukraine", ["Ambassador of Ukraine to the United States"], H11)
A("Russian Embassy in Washington", "organization", ["The Russian Embassy in Washington"], "Russia", [], H11)
A("Mike Johnson", "person", ["House Speaker Mike Johnson"], "United States", ["Speaker of the House (R-La.)"], H11)
A("Jordan Pike", "person", [], None, [], H11, note="Byline (\"by Jordan Pike - ...\").")

P("us_backstop", aliases=["air cover", "Pentagon plan"],
  proponents=["Pentagon", "Pete Hegseth"],
  supporters=["Pete Hegseth", "Roger Wicker", "Democrats", "Jeanne Shaheen", "Olha Stefanishyna"],
  opponents=["several GOP senators", "Wade Hollister", "Russian Embassy in Washington"],
  conditional=["a senior administration official", "White House"],
  figures=[fig(H11, "an estimated $4.2 billion in its first year", 4200000000, "USD", note="first-year cost, per Hegseth"),
           fig(H11, "two squadrons of F-35s", 2, "squadrons"),
           fig(H11, "two Patriot batteries", 2, "batteries"),
           fig(H11, "at least three years", 3, "years", note="basing period; lower bound")],
  stance_note="h11: the Pentagon's plan (proponent), presented by Hegseth. The White House makes it conditional on the size of the "
              "European force (relayed by an official). Moscow only through the embassy.")
P("reassurance_force", aliases=["European force", "Europe's Ukraine force"],
  supporters=["Pete Hegseth", "United Kingdom", "France"],
  figures=[fig(H11, "around 25,000 troops", 25000, "troops", note="planned size of the European force")],
  stance_note="h11: Britain and France through \"have pledged the largest contingents\".")
P("war_powers_resolution", "War powers resolution barring U.S. forces from defending the European force in Ukraine without congressional approval",
  aliases=["war powers resolution"], proponents=["Wade Hollister"], supporters=["Wade Hollister"], opponents=["Karoline Leavitt"],
  stance_note="New in this set (h11); close to heldout2's senate_treaty_vote (a say for Congress) but a different instrument and "
              "object (US forces defending the European troops, not a guarantee treaty). Thune is neutral.")

# ====================================================================== h12 (Notes from Poland-like story)
doc(H12, "Polish president rejects defence minister’s idea of sending army engineers to Ukraine", "Notes from Poland",
    "Marta Ziółkowska", "2025-11-18",
    ["Notes from Poland", "News", "Politics", "Society", "Business", "Culture", "Podcast", "Support us", "November 18, 2025",
     "Main image credit: Piotr Malecki/KPRP (under public domain)",
     "Tags: Karol Nawrocki, Władysław Kosiniak-Kamysz, military, Ukraine, war in Ukraine",
     "Notes from Poland is run by a small editorial team and published by an independent, non-profit foundation that is funded "
     "through donations from our readers. We cannot do what we do without your support.",
     "Support us on Patronite",
     "Marta Ziółkowska is deputy editor of Notes from Poland. She has previously reported for Polish and British media on defence "
     "and foreign policy.",
     "Related articles", "Poland to be logistics hub for Ukraine reassurance force, says Tusk",
     "Nawrocki vetoes bill on aid for Ukrainian refugees"],
    published_note="Date line \"November 18, 2025\" (a Tuesday); \"on Tuesday\" is the same day, \"on Monday\" 17 November.",
    outlet_note="Masthead, \"told Notes from Poland\", the support appeal and the author bio.",
    boilerplate_note="Masthead and menus (\"Politics\" occurs twice: menu and category label), the date line, the main image credit, the "
                     "tag line, the donation appeal and its button, the author bio and the related articles. The subhead \"The "
                     "opposition smells blood\" is article text without a claim. The byline line \"Marta Ziółkowska\" is the author "
                     "and not listed.")

claim(H12, "Karol Nawrocki", "indirect", "defence minister’s idea of sending army engineers to Ukraine", "rejects",
      ["polish_engineers"], "oppose", note="Headline with a verb of rejecting and its object (devset decision 9).")
claim(H12, "Karol Nawrocki", "indirect", "sending Polish soldiers to Ukraine as part of a future reassurance force", "ruled out",
      ["reassurance_force", "polish_engineers"], "neutral",
      proposal_stances={"reassurance_force": "neutral", "polish_engineers": "oppose"},
      note="Own troops ruled out: neutral toward the force (devset decision 3), opposition to the engineers idea. \"publicly rebuking the "
           "defence minister\" has no content.")
claim(H12, "Władysław Kosiniak-Kamysz", "indirect", "army engineers could help rebuild infrastructure in the west of the country",
      "suggested", ["polish_engineers"], "support", note="Pronoun speaker inside the lede's time clause (\"after he suggested that\").")
claim(H12, "Karol Nawrocki", "direct",
      "Not a single Polish soldier will cross into Ukraine as long as I am the commander-in-chief of the armed forces,", "said",
      ["reassurance_force", "polish_engineers"], "neutral",
      proposal_stances={"reassurance_force": "neutral", "polish_engineers": "oppose"}, statement="s12-a")
claim(H12, "Karol Nawrocki", "direct", "Poland’s role is to be the shield of NATO’s eastern flank, not to weaken it.", None,
      ["reassurance_force", "polish_engineers"], "neutral",
      proposal_stances={"reassurance_force": "neutral", "polish_engineers": "oppose"}, statement="s12-a",
      note="Continuation quote, cue null.")
claim(H12, "Władysław Kosiniak-Kamysz", "indirect",
      "Poland could send “a few hundred” engineers and sappers to western Ukraine once a ceasefire was in place, to repair bridges and "
      "railways used to supply the force", "told", ["polish_engineers"], "support", statement="s12-b",
      note="\"had told broadcaster Polsat News on Monday\": the broadcaster is the channel.")
claim(H12, "Władysław Kosiniak-Kamysz", "partial", "a few hundred", "told", ["polish_engineers"], "support", statement="s12-b")
claim(H12, "Władysław Kosiniak-Kamysz", "partial", "far from any front line", "stressed", ["polish_engineers"], "support",
      note="\"He stressed that they would operate “...”\": pronoun subject + modal + verb with no content of its own, partial only.")
claim(H12, "Władysław Kosiniak-Kamysz", "partial", "one of many options", "wrote", ["polish_engineers"], "neutral", statement="s12-c",
      note="\"appeared to backtrack\" has no content. \"wrote on X that the idea had been “...” and that “...”\": two partials.")
claim(H12, "Władysław Kosiniak-Kamysz", "partial", "the decision belongs to the president and the government together", "wrote",
      ["polish_engineers"], "neutral", statement="s12-c")
claim(H12, "Donald Tusk", "indirect",
      "would “do what it has always said it would do”: serve as the logistics hub for the coalition, through Rzeszów airport and the "
      "rail junctions on the Ukrainian border", "told", ["poland_logistics_hub"], "support", statement="s12-d",
      note="\"Poland, he told reporters before a cabinet meeting, would ...\": the part after the verb (trainset B). \"sought to play down "
           "the dispute\" has no content; \"has always said\" inside the fragment is not a claim.")
claim(H12, "Donald Tusk", "partial", "do what it has always said it would do", "told", ["poland_logistics_hub"], "support",
      statement="s12-d")
claim(H12, "Donald Tusk", "direct", "There is no dispute about soldiers. There is no Polish contingent and there will not be one,",
      "said", ["reassurance_force", "polish_engineers"], "neutral",
      proposal_stances={"reassurance_force": "neutral", "polish_engineers": "oppose"}, statement="s12-e")
claim(H12, "Donald Tusk", "direct", "But without Poland, nobody will get anything into Ukraine.", None, ["poland_logistics_hub"],
      "support", statement="s12-e", note="Continuation quote, cue null.")
claim(H12, "Polish Ministry of National Defence", "indirect",
      "the hub would handle up to 40 trains a week and employ around 2,000 Polish troops on Polish soil", "according to",
      ["poland_logistics_hub"], "support", note="Fronted \"Under plans discussed by the coalition of the willing,\" left out.")
claim(H12, "Law and Justice", "indirect", "the government of “chaos” in security policy", "accused", ["polish_engineers"], "oppose",
      statement="s12-f", note="Relative clause between speaker and verb. The subhead \"The opposition smells blood\" has no verb of saying.")
claim(H12, "Law and Justice", "partial", "chaos", "accused", ["polish_engineers"], "oppose", statement="s12-f")
claim(H12, "Mariusz Błaszczak", "indirect",
      "the defence minister had “exposed Polish soldiers to Russian propaganda” and should resign", "said", ["polish_engineers"], "oppose",
      statement="s12-g", note="A second predicate (\"and should resign\") outside the quote: indirect + partial.")
claim(H12, "Mariusz Błaszczak", "partial", "exposed Polish soldiers to Russian propaganda", "said", ["polish_engineers"], "oppose",
      statement="s12-g")
claim(H12, "Confederation", "indirect", "a Sejm resolution that would bar any deployment of Polish troops to Ukraine", "demanding",
      ["sejm_troop_ban"], "support", note="\"went further, demanding ...\": \"went further\" has no content; the demand is the claim (object only).")
claim(H12, "Krzysztof Bosak", "direct", "Poles do not want to die for Kyiv or for Brussels,", "said",
      ["sejm_troop_ban", "polish_engineers"], "support", proposal_stances={"sejm_troop_ban": "support", "polish_engineers": "oppose"},
      note="Inverted \"said Krzysztof Bosak\" after the quote, with an appositive.")
claim(H12, "Radosław Sikorski", "partial", "a storm in a teacup", "said", ["polish_engineers"], "neutral", statement="s12-h",
      note="\"said the row was “...” and that allies knew ...\": the first frame is subject + copula, partial only; the second has content.")
claim(H12, "Radosław Sikorski", "indirect", "allies knew Poland’s position “very well”", "said", ["polish_engineers"], "neutral",
      statement="s12-h")
claim(H12, "Radosław Sikorski", "partial", "very well", "said", ["polish_engineers"], "neutral", statement="s12-h")
claim(H12, "a Western diplomat in Warsaw", "indirect", "some allies had quietly hoped that Poland would contribute at least a small unit",
      "According to", ["reassurance_force"], "neutral",
      note="The allies' hope is an attitude relayed by the diplomat: no claim for \"some allies\". \"Allies are not so sure.\" is narration.")
claim(H12, "a Western diplomat in Warsaw", "direct",
      "Everyone understands Polish history. But it is hard to ask the French and the British to go in if the biggest army on the "
      "eastern flank stays at home,", "said", ["reassurance_force"], "support",
      note="Speaker \"the diplomat\". Argues for a Polish share in the force: support.")
claim(H12, "Maria Zakharova", "indirect", "the row showed that Warsaw “understands very well what awaits foreign soldiers in Ukraine”",
      "said", ["reassurance_force"], "oppose", statement="s12-i",
      note="\"Moscow was quick to seize on the dispute.\" is narration. The frame has its own predicate (\"the row showed that\").")
claim(H12, "Maria Zakharova", "partial", "understands very well what awaits foreign soldiers in Ukraine", "said", ["reassurance_force"],
      "oppose", statement="s12-i")
claim(H12, "Ukrainian embassy in Warsaw", "indirect", "Kyiv “respects every decision of our Polish friends” and was grateful for the hub",
      "said", ["poland_logistics_hub"], "support", statement="s12-j", note="\"In a statement, ... said\".")
claim(H12, "Ukrainian embassy in Warsaw", "partial", "respects every decision of our Polish friends", "said", ["poland_logistics_hub"],
      "support", statement="s12-j")
claim(H12, "Agnieszka Lis", "indirect", "the president had turned a technical question into a constitutional one", "said",
      ["polish_engineers"], "neutral")
claim(H12, "Agnieszka Lis", "direct", "Under the constitution, the president must sign off on any deployment of troops abroad,", "told",
      ["polish_engineers"], "neutral", statement="s12-k", note="\"told Notes from Poland\": the outlet is the channel.")
claim(H12, "Agnieszka Lis", "direct", "So when he says ‘not a single soldier’, it is not just rhetoric. It is a veto.", None,
      ["polish_engineers"], "neutral", statement="s12-k",
      note="Continuation quote, cue null. ‘not a single soldier’ inside it mentions the president's words (a paraphrase of his quote): "
           "not a nested statement (devset decision 4).")

bp_actors += [dict(name="Piotr Malecki", type="person", docs=[H12], where="photo credit"),
              dict(name="KPRP", type="organization", docs=[H12], where="photo credit (Chancellery of the President of Poland)"),
              dict(name="Patronite", type="organization", docs=[H12], where="donation button")]
bp_claims += [dict(doc=H12, speaker="Donald Tusk", kind="indirect", text="Poland to be logistics hub for Ukraine reassurance force",
                   cue="says", where="related article headline")]

event(H12, "2025-11-18", "Nawrocki said on Tuesday during a visit to a military base in Orzysz", ["Karol Nawrocki"])
event(H12, "2025-11-17", "had told broadcaster Polsat News on Monday", ["Władysław Kosiniak-Kamysz", "Polsat News"])
event(H12, "2025-11-18", "On Tuesday, Kosiniak-Kamysz appeared to backtrack.", ["Władysław Kosiniak-Kamysz"])
event(H12, "2025-08", "since the president took office in August", ["Karol Nawrocki"])
event(H12, "2025-10", "A poll conducted by IBRiS for Rzeczpospolita in October", ["IBRiS", "Rzeczpospolita"])

A("Karol Nawrocki", "person", ["President Karol Nawrocki", "Nawrocki", "Polish president"], "Poland",
  ["President of Poland", "commander-in-chief of the armed forces"], H12,
  note="h12: \"the president\" (Lis) is him too, but that surface form is Trump's in h11 (one surface form per actor in a gold file).")
A("Władysław Kosiniak-Kamysz", "person",
  ["Deputy prime minister and defence minister Władysław Kosiniak-Kamysz", "Kosiniak-Kamysz", "the defence minister"], "Poland",
  ["Deputy Prime Minister of Poland", "Minister of National Defence of Poland"], H12)
A("Polsat News", "organization", [], "Poland", [], H12)
A("Poland", "country", ["Warsaw"], None, [], H12,
  note="h12: \"Warsaw\" stands for the government in Zakharova's words; \"in Warsaw\" after the diplomat and the embassy is a place.")
A("Ukraine", "country", ["Kyiv"], None, [], H12)
A("NATO", "organization", [], None, [], H12)
A("Donald Tusk", "person", ["Prime Minister Donald Tusk", "Tusk"], "Poland", ["Prime Minister of Poland"], H12)
A("Coalition of the Willing", "organization", ["coalition of the willing", "the coalition"], None, [], H12)
A("Polish Ministry of National Defence", "organization", ["the defence ministry"], "Poland", [], H12)
A("Law and Justice", "organization", ["PiS"], "Poland", [], H12)
A("Mariusz Błaszczak", "person", [], "Poland", ["parliamentary caucus chief of Law and Justice"], H12)
A("Confederation", "organization", ["Konfederacja", "The far-right Confederation"], "Poland", [], H12)
A("Krzysztof Bosak", "person", [], "Poland", ["one of the leaders of Confederation", "deputy speaker of the Sejm"], H12)
A("Sejm", "organization", [], "Poland", [], H12)
A("IBRiS", "organization", [], "Poland", [], H12)
A("Rzeczpospolita", "organization", [], "Poland", [], H12)
A("Radosław Sikorski", "person", ["Foreign Minister Radosław Sikorski"], "Poland", ["Foreign Minister of Poland"], H12)
A("allies", "group", ["Allies", "some allies"], None, [], H12)
A("a Western diplomat in Warsaw", "anonymous", ["the diplomat"], None, [], H12)
A("Russia", "country", ["Moscow"], None, [], H12)
A("Maria Zakharova", "person", ["Russian foreign ministry spokeswoman Maria Zakharova"], "Russia",
  ["Russian Foreign Ministry spokeswoman"], H12)
A("Ukrainian embassy in Warsaw", "organization", ["the Ukrainian embassy in Warsaw"], "Ukraine", [], H12)
A("Agnieszka Lis", "person", [], "Poland", ["analyst at the Centre for Eastern Studies (OSW)"], H12)
A("Centre for Eastern Studies", "organization", ["OSW"], "Poland", [], H12)
A("Notes from Poland", "organization", [], "Poland", [], H12)
A("Marta Ziółkowska", "person", [], None, ["deputy editor of Notes from Poland"], H12, note="Byline; the bio line is furniture.")

P("polish_engineers", "Sending a few hundred Polish army engineers and sappers to western Ukraine after a ceasefire",
  aliases=["army engineers"], part_of="reassurance_force",
  proponents=["Władysław Kosiniak-Kamysz"], supporters=["Władysław Kosiniak-Kamysz"],
  opponents=["Karol Nawrocki", "Donald Tusk", "Law and Justice", "Mariusz Błaszczak", "Krzysztof Bosak"],
  figures=[fig(H12, "a few hundred", None, "engineers and sappers")],
  stance_note="New in this set (h12). Kosiniak-Kamysz floated it, then called it \"one of many options\" (neutral claims, he stays "
              "its proponent). Sikorski and Lis are neutral.")
P("poland_logistics_hub", "Polish logistics hub (Rzeszów airport and border rail junctions) for the reassurance force",
  aliases=["logistics hub", "the hub"], part_of="reassurance_force",
  proponents=["Donald Tusk", "Poland"], supporters=["Donald Tusk", "Polish Ministry of National Defence", "Ukrainian embassy in Warsaw"],
  figures=[fig(H12, "up to 40 trains a week", 40, "trains per week", note="upper bound"),
           fig(H12, "around 2,000 Polish troops on Polish soil", 2000, "troops")],
  stance_note="Reused from the trainset (same hub, same id).")
P("reassurance_force", aliases=["reassurance force"], supporters=["a Western diplomat in Warsaw"], opponents=["Maria Zakharova"],
  stance_note="h12: Nawrocki and Tusk rule out Polish troops (neutral, devset decision 3).")
P("sejm_troop_ban", "Sejm resolution barring any deployment of Polish troops to Ukraine",
  aliases=["Sejm resolution"], proponents=["Confederation"], supporters=["Confederation", "Krzysztof Bosak"],
  stance_note="New in this set (h12).")

# ====================================================================== h13 (Kyodo News-like wire story)
doc(H13, "Japan eyes sending SDF officers to Ukraine ceasefire monitoring HQ", "Kyodo News", None, "2026-07-09",
    ["KYODO NEWS", "HOME", "Japan", "Politics", "World", "Business", "Sports", "Asia-Pacific",
     "KYODO NEWS - Jul 9, 2026 - 19:47 | World, All",
     "Photo taken July 8, 2026, shows Prime Minister Sanae Takaichi speaking at a press conference at the prime minister's office in Tokyo. (Kyodo)",
     "Related coverage:", "Japan, Ukraine agree to boost cooperation on drone technology",
     "Takaichi pledges continued support for Ukraine in call with Zelenskyy",
     "G7 foreign ministers to meet in Rome as Ukraine truce talks stall",
     "Kyodo News Digital Archives", "FOLLOW US ON", "Facebook", "X",
     "© Kyodo News. All rights reserved. No reproduction or republication without written permission."],
    published_note="Stamp \"KYODO NEWS - Jul 9, 2026 - 19:47\" (a Thursday); \"Thursday\" is the same day, \"Wednesday\" 8 July, as in "
                   "the caption.",
    outlet_note="Only the furniture names the outlet (masthead, stamp, \"(Kyodo)\" credit, copyright line); the wire style (\"TOKYO - \") "
                "agrees. The outlet is not an actor of the article text (it is in boilerplate_mentions).",
    author_note="A wire story without a byline: author null.",
    boilerplate_note="Masthead and menus, the stamp line, the photo caption with its \"(Kyodo)\" credit, the related coverage links, the "
                     "archive and follow lines and the copyright line. The dateline \"TOKYO - \" opens the first paragraph and is article text.")

claim(H13, "government sources", "indirect",
      "Japan is considering sending a small number of Self-Defense Forces officers to the headquarters of an international mission that "
      "would monitor a future ceasefire in Ukraine", "said", ["japan_sdf_dispatch"], "neutral",
      note="Lede with the source after the clause (\", government sources said Thursday, in what would be ...\"); the \"in what would be\" "
           "tail is the reporters' framing. The headline verb \"eyes\" is not a verb of saying.")
claim(H13, "government sources", "indirect",
      "The officers, expected to number around 10, would work as liaison and planning staff at the mission's headquarters in Poland and "
      "would not enter Ukraine", "said", ["japan_sdf_dispatch"], "neutral", note="Speaker \"the sources\" after the clause.")
claim(H13, "Sanae Takaichi", "indirect", "Japan \"cannot stand by\" as Europe builds a security framework for Ukraine", "told",
      ["security_guarantees"], "support", statement="s13-a",
      note="\"told a press conference Wednesday\". The \"security framework for Ukraine\" is the guarantees thread; she does not name the dispatch.")
claim(H13, "Sanae Takaichi", "partial", "cannot stand by", "told", ["security_guarantees"], "support", statement="s13-a")
claim(H13, "Sanae Takaichi", "indirect", "the outcome of the war would affect security in East Asia", "arguing", [], None)
claim(H13, "Sanae Takaichi", "direct",
      "What happens in Ukraine will not stay in Ukraine. If force is allowed to change borders in Europe, the same lesson will be learned "
      "in our region,", "said", [], None)
claim(H13, "Minoru Kihara", "indirect", "no decision had been made", "said", ["japan_sdf_dispatch"], "neutral", statement="s13-b",
      note="\"said ... that X, but that Y\": one record per that-clause (devset decision 5).")
claim(H13, "Minoru Kihara", "indirect", "the government was studying \"what Japan can do within the framework of the law.\"", "said",
      ["japan_sdf_dispatch"], "neutral", statement="s13-b")
claim(H13, "Minoru Kihara", "partial", "what Japan can do within the framework of the law.", "said", ["japan_sdf_dispatch"], "neutral",
      statement="s13-b")
claim(H13, "Japanese government officials", "indirect", "Russia's consent is unlikely", "acknowledge", ["japan_sdf_dispatch"], "neutral",
      note="Present-tense group attribution \"Government officials acknowledge that\".")
claim(H13, "a senior Foreign Ministry official", "indirect",
      "the government was looking at whether the mission could instead be treated as an \"internationally coordinated operation for "
      "peace and security,\"", "said", ["japan_sdf_dispatch"], "neutral",
      note="The quoted words name a legal category (explained by the appositive \"a category added to the law in 2015\"): a name, not a "
           "partial (seeds decision 2). The appositive is the reporters' gloss and stays out of the text.")
claim(H13, "Shinjiro Koizumi", "partial", "unarmed staff, not troops,", "said", ["japan_sdf_dispatch"], "support",
      note="\"said the officers would be “...”\": subject + modal + copula, partial only.")
claim(H13, "Shinjiro Koizumi", "indirect", "Japan would also consider providing satellite imagery to the mission", "adding",
      ["demarcation_line_monitoring"], "support")
claim(H13, "Constitutional Democratic Party of Japan", "indirect",
      "it would demand that the plan be debated in the Diet before any decision is made", "said", ["japan_sdf_dispatch"], "conditional",
      note="A procedural condition on the dispatch: conditional.")
claim(H13, "Yoshihiko Noda", "partial", "must not decide this over the heads of the people.", "told", ["japan_sdf_dispatch"],
      "conditional", note="\"told reporters the government “...”\": bare subject, partial only.")
claim(H13, "Japanese Communist Party", "indirect", "the plan as \"a step toward the SDF fighting abroad.\"", "rejected",
      ["japan_sdf_dispatch"], "oppose", statement="s13-c", note="\"rejected X as “...”\", like \"dismissed X as\".")
claim(H13, "Japanese Communist Party", "partial", "a step toward the SDF fighting abroad.", "rejected", ["japan_sdf_dispatch"], "oppose",
      statement="s13-c")
claim(H13, "Maria Zakharova", "indirect", "Tokyo against \"joining NATO's adventure in Ukraine,\"", "warned", ["japan_sdf_dispatch"],
      "oppose", statement="s13-d",
      note="\"Russia, which has no peace treaty ..., responded angrily.\" has no content. \"warned X against “...”\": addressee outside the quote.")
claim(H13, "Maria Zakharova", "partial", "joining NATO's adventure in Ukraine,", "warned", ["japan_sdf_dispatch"], "oppose",
      statement="s13-d")
claim(H13, "Maria Zakharova", "indirect", "any Japanese personnel near the conflict would be \"a legitimate concern\" for Moscow", "saying",
      ["japan_sdf_dispatch"], "oppose", statement="s13-e", note="\"for Moscow\" is content outside the quote: indirect + partial.")
claim(H13, "Maria Zakharova", "partial", "a legitimate concern", "saying", ["japan_sdf_dispatch"], "oppose", statement="s13-e")
claim(H13, "Maria Zakharova", "direct", "Japan should think about its own territorial problems before lecturing others about Ukraine,",
      "told", ["japan_sdf_dispatch"], "oppose",
      note="\"according to the TASS news agency\": the agency is the channel, not a second source (heldout2 decision 1).")
claim(H13, "a Chinese Foreign Ministry spokesperson", "indirect", "China hoped \"all parties will do more to cool the situation, not less.\"",
      "said", ["japan_sdf_dispatch"], "neutral", statement="s13-f",
      note="The participle clause \"asked about the report at a regular briefing in Beijing\" sits between speaker and verb.")
claim(H13, "a Chinese Foreign Ministry spokesperson", "partial", "all parties will do more to cool the situation, not less.", "said",
      ["japan_sdf_dispatch"], "neutral", statement="s13-f")
claim(H13, "Andrii Sybiha", "indirect", "the report", "welcomed", ["japan_sdf_dispatch"], "support",
      note="Object only, like heldout2's \"welcomed the British commitment\".")
claim(H13, "Andrii Sybiha", "indirect", "Japanese participation would send \"a powerful signal from Asia\" that aggression does not pay",
      "writing", ["japan_sdf_dispatch"], "support", statement="s13-g")
claim(H13, "Andrii Sybiha", "partial", "a powerful signal from Asia", "writing", ["japan_sdf_dispatch"], "support", statement="s13-g")
claim(H13, "Keiko Arai", "partial", "symbolically big, militarily small.", "said", ["japan_sdf_dispatch"], "neutral",
      note="\"said the dispatch would be “...”\": subject + modal + copula, partial only.")
claim(H13, "Keiko Arai", "indirect", "is whether Tokyo is ready to be part of a guarantee that could one day be tested", "said",
      ["security_guarantees"], "neutral", note="\"The bigger question, she said, is ...\": the part after the verb (trainset B).")
claim(H13, "Keiko Arai", "direct",
      "Sending ten officers to Poland is easy. Explaining to the public what Japan would do if Russia broke the ceasefire is not,",
      "said", ["japan_sdf_dispatch"], "neutral")
claim(H13, "government sources", "indirect", "The government plans to decide on the dispatch before the end of August", "said",
      ["japan_sdf_dispatch"], "neutral", note="Last paragraph, \", the sources said\".")

bp_actors += [dict(name="Kyodo News", type="organization", docs=[H13], where="masthead, stamp, photo credit and copyright line"),
              dict(name="G7 foreign ministers", type="group", docs=[H13], where="related coverage headline")]
bp_claims += [dict(doc=H13, speaker="Sanae Takaichi", kind="indirect", text="continued support for Ukraine", cue="pledges",
                   where="related coverage headline")]
bp_events += [dict(doc=H13, date="2026-07-08",
                   text="Photo taken July 8, 2026, shows Prime Minister Sanae Takaichi speaking at a press conference at the prime minister's office in Tokyo.",
                   actors=["Sanae Takaichi"], where="photo caption")]

event(H13, "2026-06", "agreed by the so-called coalition of the willing in Paris in June", ["Coalition of the Willing"])
event(H13, "2026-07-08", "Prime Minister Sanae Takaichi told a press conference Wednesday", ["Sanae Takaichi"])
event(H13, "2026-07-09", "Chief Cabinet Secretary Minoru Kihara said at a separate press conference Thursday", ["Minoru Kihara"])
event(H13, "2015", "a category added to the law in 2015", ["Japan"])
event(H13, "2026-07", "with his counterparts from the Group of Seven industrialized nations at a meeting in Rome next week",
      ["Toshimitsu Motegi", "Group of Seven"], date_note="The week of 13 July 2026; month precision.")
event(H13, "2022-02", "since Russia launched its full-scale invasion in February 2022", ["Russia", "Ukraine"])
event(H13, "2026-08", "The government plans to decide on the dispatch before the end of August", ["Japan"],
      date_note="A deadline (by the end of August 2026); month precision.")

A("Japan", "country", ["Tokyo"], None, [], H13,
  note="h13: \"Tokyo\" stands for the government in Zakharova's and Arai's words; \"TOKYO - \" is the dateline.")
A("Self-Defense Forces", "organization", ["SDF"], "Japan", [], H13)
A("government sources", "group", ["the sources"], "Japan", [], H13)
A("Ukraine", "country", [], None, [], H13)
A("Russia", "country", ["Moscow"], None, [], H13)
A("Poland", "country", [], None, [], H13)
A("Coalition of the Willing", "organization", ["coalition of the willing"], None, [], H13)
A("Sanae Takaichi", "person", ["Prime Minister Sanae Takaichi", "Takaichi"], "Japan", ["Prime Minister of Japan"], H13)
A("Europe", "group", [], None, [], H13)
A("Minoru Kihara", "person", ["Chief Cabinet Secretary Minoru Kihara"], "Japan", ["Chief Cabinet Secretary"], H13)
A("United Nations", "organization", ["U.N."], None, [], H13)
A("Japanese government officials", "group", ["Government officials"], "Japan", [], H13)
A("a senior Foreign Ministry official", "anonymous", ["A senior Foreign Ministry official"], "Japan", [], H13)
A("Shinjiro Koizumi", "person", ["Defense Minister Shinjiro Koizumi"], "Japan", ["Defense Minister of Japan"], H13)
A("Toshimitsu Motegi", "person", ["Foreign Minister Toshimitsu Motegi"], "Japan", ["Foreign Minister of Japan"], H13)
A("Group of Seven", "organization", ["Group of Seven industrialized nations"], None, [], H13)
A("Constitutional Democratic Party of Japan", "organization", ["The main opposition Constitutional Democratic Party of Japan"],
  "Japan", [], H13)
A("Yoshihiko Noda", "person", [], "Japan", ["leader of the Constitutional Democratic Party of Japan"], H13)
A("National Diet", "organization", ["Diet"], "Japan", [], H13)
A("Japanese Communist Party", "organization", ["The Japanese Communist Party"], "Japan", [], H13)
A("Maria Zakharova", "person", ["Russian Foreign Ministry spokeswoman Maria Zakharova", "Zakharova"], "Russia",
  ["Russian Foreign Ministry spokeswoman"], H13)
A("NATO", "organization", [], None, [], H13)
A("TASS", "organization", ["the TASS news agency"], "Russia", [], H13)
A("a Chinese Foreign Ministry spokesperson", "anonymous", ["A Chinese Foreign Ministry spokesperson"], "China", [], H13)
A("China", "country", [], None, [], H13)
A("Andrii Sybiha", "person", ["Ukrainian Foreign Minister Andrii Sybiha"], "Ukraine", ["Foreign Minister of Ukraine"], H13)
A("Keiko Arai", "person", [], "Japan", ["professor of international security at Keio University"], H13)
A("Keio University", "organization", [], "Japan", [], H13)

P("japan_sdf_dispatch", "Dispatch of around 10 Japanese Self-Defense Forces officers to the headquarters of the ceasefire monitoring mission (in Poland)",
  aliases=["the dispatch"], part_of="demarcation_line_monitoring",
  proponents=["Japan"], supporters=["Shinjiro Koizumi", "Andrii Sybiha"],
  opponents=["Japanese Communist Party", "Maria Zakharova"],
  conditional=["Constitutional Democratic Party of Japan", "Yoshihiko Noda"],
  figures=[fig(H13, "around 10", 10, "officers")],
  stance_note="New in this set (h13). Japan (the government) is considering it (proponent, per government sources); Kihara, the "
              "Foreign Ministry official, the Chinese spokesperson and Arai are neutral.")
P("demarcation_line_monitoring", "Monitoring of a future ceasefire (demarcation) line in Ukraine",
  aliases=["international mission that would monitor a future ceasefire in Ukraine"], supporters=["Shinjiro Koizumi"],
  figures=[fig(H13, "several hundred observers", None, "observers")],
  stance_note="Reused from the heldout/trainset: the mission \"agreed by the so-called coalition of the willing in Paris in June\" "
              "(2026) with drones, satellites and several hundred observers is the Paris declaration's ceasefire-line monitoring. Its "
              "part_of (paris_declaration) is not repeated here because the declaration itself is not discussed.")
P("security_guarantees", aliases=["security framework for Ukraine"], supporters=["Sanae Takaichi"])

# ====================================================================== write
finish()
