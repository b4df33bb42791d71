#!/usr/bin/env python3
"""Gold source for training articles t05-t08 (annotator B).

Exposes module-level lists DOCUMENTS, ACTORS, CLAIMS, PROPOSALS, EVENTS (final gold JSON shape of
/work/shared/eval/GOLD-FORMAT.md) and BOILERPLATE_MENTIONS, for the shared build_gold.py to merge with gold_a.
Annotated by hand from the article texts only (the extractor was never run on them), following the conventions of
/work/shared/eval/seeds.gold.notes.md, Benchmarks/devset/README.md and Benchmarks/heldout/README.md.
Actor names and proposal ids reuse the seeds/devset/heldout ones where the actor or proposal is the same.

Decisions specific to t05-t08 (beyond the seeds/devset/heldout conventions):
- Headlines with the speaker before or after a colon ("Starmer: ...", "...: Fidan") are claims with cue null; a headline
  fragment in single quotes is a partial. Decks/standfirsts and subheadings are article text; bylines are not boilerplate.
- Interrupted reported speech ("A smaller option, diplomats say, would ...", "Ukraine, he said, would ..."): the text is
  the part after the verb. A quote continued after "X said." is a second direct record with cue null, linked by statement.
- Rejecting/welcoming verbs with only an object ("rejected the plan", "dismiss the announcement", "welcomed the statement")
  are claims with the object as text, as in heldout ("welcomed the commitment").
- Refusing to contribute troops while respecting allies' plans (Fidan, t07) is neutral toward reassurance_force; refusing
  and arguing against it (Meloni, t05) is oppose; contributing only from outside Ukraine (Poland, t05) is conditional.
- Words relayed by another speaker (Washington's "sees value", t07) get a claim with reported_by (seeds decision 6).
- New proposals: black_sea_mine_clearing and istanbul_talks (t07). Stances from the author's narration only (Labour
  backbenchers t06, the United States on NATO membership t08) are in the proposal lists with a stance_note, no claim.
- Not claims: questions in the author's voice, "X was careful not to predict", "declined to name them", "Moscow says no"
  (a subheading with no content), the "Key points" bullets (no verb; only their quoted "up to 10,000" is a partial)."""

T5 = "t05_wapo_backstop_first.txt"
T6 = "t06_sky_politics_live.txt"
T7 = "t07_anadolu_fidan_istanbul.txt"
T8 = "t08_kyiv_guarantees_rejected.txt"

import os, sys  # noqa: E402
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "goldtools"))
from gold_builder import GoldBuilder, boilerplate_mentions  # noqa: E402
_g = GoldBuilder()
DOCUMENTS, CLAIMS, EVENTS, _actors, _props = _g.documents, _g.claims, _g.events, _g.actors, _g.proposals
doc, A, claim, event, P, fig = _g.doc, _g.A, _g.claim, _g.event, _g.P, GoldBuilder.fig
BOILERPLATE_MENTIONS = boilerplate_mentions()
_bp = BOILERPLATE_MENTIONS


# Proposals reused from the seeds / devset / heldout: same ids and canonical names.
P("reassurance_force", "European reassurance force for Ukraine",
  stance_note="Same thread as the seeds' peacekeeping_force and the devset/heldout reassurance_force (devset id kept).")
P("us_backstop", "U.S. security backstop for the European reassurance force", part_of="reassurance_force")
P("air_reassurance_force", "Air reassurance force (based outside Ukraine, working with the Ukrainian Air Force)",
  part_of="reassurance_force")
P("ceasefire_30day", "30-day ceasefire")
P("security_guarantees", "Western security guarantees for Ukraine")
P("nato_membership", "NATO membership for Ukraine")
P("us_peace_plan", "U.S.-brokered 20-point peace framework")
P("army_cap", "Cap on the size of Ukraine's armed forces", part_of="us_peace_plan")

# ====================================================================== t05 (Washington Post-like)
doc(T5, "Europe readies troops for Ukraine but wants a U.S. backstop first, officials say", "The Washington Post",
    "Claire Dunmore", "2026-03-10",
    ["Democracy Dies in Darkness", "World", "Europe", "March 10, 2026 at 6:00 a.m. EDT", "Listen to this article",
     "7 min", "Share", "Comment", "Add to your saved stories", "Save", "Advertisement",
     "Ellen Rowe contributed reporting from Paris. Anna Kovalenko in Kyiv contributed to this report.",
     "This article has been updated to include comments from the Kremlin.",
     "Claire Dunmore is a London correspondent for The Washington Post covering British politics and European security.",
     "Comments", "Popular articles on Washington Post"],
    published_note="Date line \"March 10, 2026\" (a Tuesday); \"said Monday\", \"said Friday\", \"on Sunday\" resolve against it.",
    outlet_note="Masthead slogan, \"a statement to The Washington Post\" and the author bio.",
    boilerplate_note="Slogan, section menus, date line, audio/share/save widgets, the repeated \"Advertisement\" slots, the "
                     "contributor line, the update note, the author bio and the footer. The deck under the headline is article "
                     "text (narration and a question, no claims). \"By Claire Dunmore\" is the byline: author, not listed.")

claim(T5, "officials", "indirect", "Europe readies troops for Ukraine but wants a U.S. backstop first", "say",
      ["reassurance_force", "us_backstop"], "neutral", note="Headline attribution; the officials of the lede.")
claim(T5, "officials", "indirect",
      "European governments have drawn up detailed plans to send as many as 25,000 troops to Ukraine once a ceasefire takes "
      "hold, but several of them will not commit soldiers until the United States spells out how it would respond to a "
      "Russian attack on the force", "according to", ["reassurance_force", "us_backstop"], "neutral",
      note="\"according to officials from four countries involved in the planning\" after the clause.")
claim(T5, "a senior European defense official", "direct",
      "Nobody is going to send a battalion into Ukraine on a promise made over the phone,", "said",
      ["reassurance_force"], "conditional", statement="s05-a", note="Inverted \"said a senior ...\" with a long description.")
claim(T5, "a senior European defense official", "direct",
      "We need it in writing, and we need to know what the Americans will actually do.", None,
      ["us_backstop"], "support", statement="s05-a", note="Continuation quote, cue null.")
claim(T5, "officials", "indirect",
      "The force, which British officials call the Multinational Force Ukraine, would be based away from the front line and "
      "would focus on training, air policing and securing Black Sea ports", "said", ["reassurance_force"], "neutral",
      note="Trailing \"the officials said\". \"British officials call\" only names the force: not a claim of its own.")
claim(T5, "John Healey", "indirect", "the planning was “as advanced as it can be without a ceasefire.”", "said",
      ["reassurance_force"], "support", statement="s05-b")
claim(T5, "John Healey", "partial", "as advanced as it can be without a ceasefire.", "said",
      ["reassurance_force"], "support", statement="s05-b")
claim(T5, "John Healey", "indirect",
      "London would provide the largest contingent and that France had agreed to lead the air component", "added",
      ["reassurance_force", "air_reassurance_force"], "support", note="Pronoun speaker \"He\"; one verb, two that-clauses.")
claim(T5, "John Healey", "direct", "We have done our part,", "told", ["reassurance_force"], "support", statement="s05-c")
claim(T5, "John Healey", "direct", "The question now is not whether Europe is serious. It is whether Moscow is.", None,
      ["reassurance_force"], "support", statement="s05-c", note="Two-sentence continuation quote.")
claim(T5, "Emmanuel Macron", "indirect", "the idea of Western troops in Ukraine", "floated", ["reassurance_force"], "support",
      note="Seeds decision 10: \"floated the idea\" is kept as a (borderline) claim.")
claim(T5, "Emmanuel Macron", "indirect",
      "would “not be a force of interposition” and would never be deployed along the line of contact", "said",
      ["reassurance_force"], "conditional", statement="s05-d",
      note="\"The European contribution, he said in an interview ..., would ...\": subject before the interrupting "
           "attribution; the text is the part after the verb. Limits on the mission: conditional.")
claim(T5, "Emmanuel Macron", "partial", "not be a force of interposition", "said", ["reassurance_force"], "conditional",
      statement="s05-d")
claim(T5, "Marco Rubio", "indirect",
      "the administration supported “a strong and sovereign Ukraine” but that American ground troops were “not on the table.”",
      "said", ["reassurance_force"], "neutral", statement="s05-e",
      note="Rules out U.S. ground troops, not the European force; no stance on the backstop itself.")
claim(T5, "Marco Rubio", "partial", "a strong and sovereign Ukraine", "said", ["reassurance_force"], "neutral",
      statement="s05-e")
claim(T5, "Marco Rubio", "partial", "not on the table.", "said", ["reassurance_force"], "neutral", statement="s05-e")
claim(T5, "a senior administration official familiar with the talks", "indirect",
      "the White House was considering intelligence sharing, air defense and a standing commitment to provide logistics, "
      "but had not agreed to any formal guarantee", "said", ["us_backstop"], "neutral")
claim(T5, "a senior administration official familiar with the talks", "partial", "serious but unfinished.", "described",
      ["us_backstop"], "neutral", note="\"The official described the discussions as “...”\": partial only.")
claim(T5, "Andrii Sybiha", "direct",
      "Every week that we talk about guarantees is a week Russia uses to prepare the next offensive,", "said",
      ["security_guarantees"], "support", note="Speaker after the quote, introduced with title and name.")
claim(T5, "Andrii Sybiha", "indirect",
      "would accept foreign troops “in any format our partners are ready for,” but a force without American support would be "
      "“a target, not a deterrent.”", "said", ["reassurance_force", "us_backstop"], "support", statement="s05-f",
      note="\"Ukraine, he said, would ...\": pronoun speaker, interrupted clause.")
claim(T5, "Andrii Sybiha", "partial", "in any format our partners are ready for,", "said", ["reassurance_force"], "support",
      statement="s05-f")
claim(T5, "Andrii Sybiha", "partial", "a target, not a deterrent.", "said", ["us_backstop"], "support", statement="s05-f")
claim(T5, "Russia", "indirect", "the plan", "rejected", ["reassurance_force"], "oppose",
      note="\"Russia has rejected the plan outright\": rejecting verb with an object (as t06 \"dismiss the announcement\").")
claim(T5, "Russia", "indirect", "it will not accept troops from NATO countries on Ukrainian territory under any flag", "said",
      ["reassurance_force"], "oppose", note="Speaker \"The Kremlin\" (\"has repeatedly said\").")
claim(T5, "Dmitry Peskov", "indirect", "such a deployment would mean “direct involvement of NATO in the conflict,”", "said",
      ["reassurance_force"], "oppose", statement="s05-g")
claim(T5, "Dmitry Peskov", "partial", "direct involvement of NATO in the conflict,", "said", ["reassurance_force"], "oppose",
      statement="s05-g")
claim(T5, "Sergei Lavrov", "indirect", "foreign soldiers would be considered legitimate targets", "warned",
      ["reassurance_force"], "oppose")
claim(T5, "Giorgia Meloni", "indirect", "Italy will not send troops", "said", ["reassurance_force"], "oppose",
      note="Clause before \"Prime Minister Giorgia Meloni has said\".")
claim(T5, "Giorgia Meloni", "indirect", "a European force risks splitting the West from Washington", "arguing",
      ["reassurance_force"], "oppose")
claim(T5, "Poland", "indirect", "it would provide logistical support from its own territory but no soldiers inside Ukraine",
      "said", ["reassurance_force"], "conditional")
claim(T5, "diplomats", "indirect",
      "would involve about 10,000 troops, mostly British and French, with others rotating in for training missions", "say",
      ["reassurance_force"], "neutral", note="\"A smaller option, diplomats say, would ...\": text after the verb.")
claim(T5, "analysts", "indirect",
      "the hesitation reflected the memory of earlier missions that lacked clear rules of engagement", "said",
      ["reassurance_force"], "neutral")
claim(T5, "Camille Roux", "direct", "Europeans remember Srebrenica,", "said", ["reassurance_force"], "neutral",
      statement="s05-h", note="Person introduced by appositive after the quote.")
claim(T5, "Camille Roux", "direct",
      "They will not put troops somewhere they cannot defend them, and without the Americans, they cannot defend them.", None,
      ["reassurance_force", "us_backstop"], "conditional", statement="s05-h",
      proposal_stances={"reassurance_force": "conditional", "us_backstop": "support"})
claim(T5, "others", "indirect", "Europe should move without waiting", "argue", ["reassurance_force"], "support",
      note="Vague group speaker \"Others\"; borderline, kept because \"argue\" has content.")
claim(T5, "Kristen Michal", "indirect",
      "his country was prepared to send a company of troops regardless of the American position", "told",
      ["reassurance_force"], "support")
claim(T5, "two diplomats involved in preparing the meeting", "indirect",
      "the draft statement commits members to the force but leaves the size of each national contribution blank",
      "According to", ["reassurance_force"], "neutral")
claim(T5, "John Healey", "direct", "I am confident that when the moment comes, our American friends will be there,", "said",
      ["us_backstop"], "support", statement="s05-i", note="Pronoun speaker \"he\" after the quote.")
claim(T5, "John Healey", "direct", "They always have been.", None, ["us_backstop"], "support", statement="s05-i")

_bp["actors"] += [dict(name="Ellen Rowe", type="person", docs=[T5], where="contributor line"),
                  dict(name="Anna Kovalenko", type="person", docs=[T5], where="contributor line")]

event(T5, "2026-03-09", "British Defence Secretary John Healey said Monday", ["John Healey"])
event(T5, "2026-01", "Its headquarters in Kyiv has been operating in skeleton form since January.", [])
event(T5, "2024", "who first floated the idea of Western troops in Ukraine two years ago", ["Emmanuel Macron"],
      date_note="Two years before March 2026; the seeds date it February 2024, but this text gives the year only.")
event(T5, "2026-03", "he said in an interview with French television last week", ["Emmanuel Macron"],
      date_note="\"last week\": month precision.")
event(T5, "2026-02", "Secretary of State Marco Rubio said last month", ["Marco Rubio"])
event(T5, "2026-03-06", "Kremlin spokesman Dmitry Peskov said Friday", ["Dmitry Peskov"])
event(T5, "2026-03-08", "told reporters in Tallinn on Sunday", ["Kristen Michal"])
event(T5, "2025", "that Britain and France convened last year", ["United Kingdom", "France", "Coalition of the Willing"])
event(T5, "2026-03", "is due to meet again in Paris next week", ["Coalition of the Willing"],
      date_note="Planned meeting the week after 10 March: month precision.")

A("Claire Dunmore", "person", [], None, [], T5, note="Byline.")
A("officials", "group", ["officials from four countries involved in the planning", "the officials"], None, [], T5,
  note="t05: the headline's \"officials\" are the lede's officials from four countries.")
A("a senior European defense official", "anonymous", [], None, [], T5)
A("British officials", "group", [], "United Kingdom", [], T5)
A("John Healey", "person", ["British Defence Secretary John Healey", "Healey"], "United Kingdom", ["Defence Secretary"], T5)
A("United Kingdom", "country", ["London", "Britain"], None, [], T5)
A("France", "country", [], None, [], T5)
A("Europe", "group", [], None, [], T5)
A("Russia", "country", ["Moscow", "The Kremlin", "Kremlin"], None, [], T5)
A("Ukraine", "country", ["Kyiv"], None, [], T5)
A("United States", "country", ["the United States", "Washington", "U.S."], None, [], T5)
A("Emmanuel Macron", "person", ["French President Emmanuel Macron"], "France", ["President of France"], T5)
A("Marco Rubio", "person", ["Secretary of State Marco Rubio"], "United States", ["Secretary of State of the United States"], T5)
A("White House", "organization", ["the White House"], "United States", [], T5)
A("a senior administration official familiar with the talks", "anonymous", ["The official"], "United States", [], T5)
A("Andrii Sybiha", "person", ["Ukrainian Foreign Minister Andrii Sybiha"], "Ukraine", ["Foreign Minister of Ukraine"], T5)
A("The Washington Post", "organization", [], "United States", [], T5)
A("NATO", "organization", [], None, [], T5)
A("Dmitry Peskov", "person", ["Kremlin spokesman Dmitry Peskov"], "Russia", ["Kremlin spokesman"], T5)
A("Sergei Lavrov", "person", ["Russian Foreign Minister Sergei Lavrov"], "Russia", ["Foreign Minister of Russia"], T5)
A("Italy", "country", [], None, [], T5)
A("Giorgia Meloni", "person", ["Prime Minister Giorgia Meloni"], "Italy", ["Prime Minister of Italy"], T5)
A("Western nations", "group", ["the West"], None, [], T5)
A("Poland", "country", [], None, [], T5)
A("diplomats", "group", [], None, [], T5)
A("analysts", "group", ["Analysts"], None, [], T5)
A("Camille Roux", "person", [], "France", ["senior fellow at the European Council on Foreign Relations"], T5)
A("European Council on Foreign Relations", "organization", [], None, [], T5)
A("others", "group", ["Others"], None, [], T5)
A("Estonia", "country", [], None, [], T5)
A("Kristen Michal", "person", [], "Estonia", ["Prime Minister of Estonia"], T5)
A("Coalition of the Willing", "organization", ["coalition of the willing"], None, [], T5)
A("two diplomats involved in preparing the meeting", "group", [], None, [], T5)

P("reassurance_force", aliases=["Multinational Force Ukraine", "a European force"],
  proponents=["United Kingdom", "France", "Emmanuel Macron"],
  supporters=["John Healey", "United Kingdom", "France", "Andrii Sybiha", "Ukraine", "others", "Kristen Michal", "Estonia",
              "Coalition of the Willing"],
  opponents=["Russia", "Dmitry Peskov", "Sergei Lavrov", "Giorgia Meloni", "Italy"],
  conditional=["a senior European defense official", "Emmanuel Macron", "Poland", "Camille Roux"],
  figures=[fig(T5, "as many as 25,000 troops", 25000, "troops", note="upper option"),
           fig(T5, "about 10,000 troops", 10000, "troops", note="smaller option"),
           fig(T5, "a company of troops", None, "troops", note="Estonia's offer")])
P("us_backstop", aliases=["U.S. backstop"],
  supporters=["a senior European defense official", "Andrii Sybiha", "John Healey", "Camille Roux"])
P("air_reassurance_force", aliases=["air component"], supporters=["France", "John Healey"])
P("security_guarantees", supporters=["Andrii Sybiha"])

# ====================================================================== t06 (Sky News-like, UK politics)
doc(T6, "Starmer: UK will put troops in Ukraine 'the moment the guns fall silent'", "Sky News", "Tom Ashworth", "2026-01-15",
    ["Sky News", "Home", "UK", "Politics", "World", "Ukraine", "Politics live", "Political correspondent @TomAshworthSky",
     "Thursday 15 January 2026 14:32, UK", "Image: Sir Keir Starmer at Prime Minister's Questions on Wednesday. Pic: PA",
     "Why you can trust Sky News", "Read more:", "Zelenskyy hails 'historic' security guarantees deal",
     "What is the coalition of the willing?", "Politics live: Follow the latest updates", "Read more from Sky News:",
     "Ukraine war latest: Russian drones hit Odesa port", "Reform overtakes Labour in new poll", "Related Topics",
     "Keir Starmer", "Russia", "Follow Sky News on WhatsApp"],
    published_note="Time stamp \"Thursday 15 January 2026 14:32, UK\".",
    outlet_note="Masthead line, \"he told Sky News\" and the Sky furniture.",
    boilerplate_note="Menus, role/handle line under the byline, time stamp, image caption and credit, trust link, both "
                     "\"Read more\" blocks with their links, the live-page link and the topic tags. The standfirst (deck) and "
                     "the \"Key points\" bullets and the \"Moscow responds\" subheading are article text. \"Tom Ashworth\" "
                     "is the byline: author, not listed.")

claim(T6, "Keir Starmer", "indirect", "UK will put troops in Ukraine 'the moment the guns fall silent'", None,
      ["reassurance_force"], "support", statement="s06-a", note="Headline \"Starmer: ...\": speaker before a colon, no verb.")
claim(T6, "Keir Starmer", "partial", "the moment the guns fall silent", None, ["reassurance_force"], "support",
      statement="s06-a", note="Headline fragment (single quotes).")
claim(T6, "Keir Starmer", "indirect", "British forces would lead a multinational force", "told", ["reassurance_force"],
      "support", note="Standfirst; speaker \"The prime minister\".")
claim(T6, "opposition leaders", "indirect", "who would protect them", "questioned", ["reassurance_force"], "conditional",
      note="Standfirst; indirect question, borderline, kept because it summarises Badenoch's and Farage's objections.")
claim(T6, "Keir Starmer", "indirect", "British troops will be deployed to Ukraine \"the moment the guns fall silent\"", "said",
      ["reassurance_force"], "support", statement="s06-b")
claim(T6, "Keir Starmer", "partial", "the moment the guns fall silent", "said", ["reassurance_force"], "support",
      statement="s06-b")
claim(T6, "Keir Starmer", "indirect",
      "the UK would lead the force alongside France and that around a dozen countries had now committed personnel", "told",
      ["reassurance_force"], "support", note="Reported speech without \"that\" for the first clause.")
claim(T6, "Keir Starmer", "direct",
      "This is not a gesture. This is a plan, and it is backed by the largest increase in defence spending since the Cold War,",
      "said", ["reassurance_force"], "support", note="Pronoun speaker \"he\".")
claim(T6, "Keir Starmer", "direct", "We will not let the security of our continent be decided in Moscow.", "added",
      ["reassurance_force"], "support", note="\"He added: “...”\".")
claim(T6, "Keir Starmer", "partial", "up to 10,000", None, ["reassurance_force"], "support",
      note="Quoted fragment in the \"Key points from the statement\" bullets: Starmer's words, no verb (seeds decision 5). "
           "The other bullets are the author's summary without a verb of saying: not claims.")
claim(T6, "Kemi Badenoch", "indirect", "her party supported the principle of helping Ukraine", "said", ["reassurance_force"],
      "conditional")
claim(T6, "Kemi Badenoch", "partial", "writing cheques the armed forces cannot cash", "accused", ["reassurance_force"],
      "conditional", note="\"accused the government of “...”\": the unquoted part adds no content, so partial only.")
claim(T6, "Nigel Farage", "indirect", "he would vote against any deployment without an American guarantee", "saying",
      ["reassurance_force", "us_backstop"], "conditional",
      proposal_stances={"reassurance_force": "conditional", "us_backstop": "support"})
claim(T6, "Nigel Farage", "direct", "I'm not sending British lads to be sitting ducks,", "told", ["reassurance_force"],
      "conditional", note="Separate paragraph, pronoun speaker \"he\".")
claim(T6, "Ed Davey", "indirect", "ministers to publish the rules of engagement before the vote", "urged",
      ["reassurance_force"], "support", note="\"backed the plan\" is advocacy, not a claim (seeds decision 3).")
claim(T6, "John Healey", "indirect",
      "the force would \"not be peacekeepers in blue helmets\" but \"a deterrent with teeth\"", "told",
      ["reassurance_force"], "support", statement="s06-c", note="Reported speech without \"that\".")
claim(T6, "John Healey", "partial", "not be peacekeepers in blue helmets", "told", ["reassurance_force"], "support",
      statement="s06-c")
claim(T6, "John Healey", "partial", "a deterrent with teeth", "told", ["reassurance_force"], "support", statement="s06-c")
claim(T6, "a Downing Street source", "indirect",
      "the government expected the coalition of the willing to sign off on the plan at a meeting in Paris later this month",
      "said", ["reassurance_force"], "support")
claim(T6, "Russia", "indirect", "the announcement", "dismiss", ["reassurance_force"], "oppose",
      note="\"The Kremlin was quick to dismiss the announcement\": rejecting verb with an object (like heldout's \"welcomed the commitment\").")
claim(T6, "Dmitry Peskov", "indirect", "British troops in Ukraine would be \"a legitimate target for our armed forces\"", "said",
      ["reassurance_force"], "oppose", statement="s06-d")
claim(T6, "Dmitry Peskov", "partial", "a legitimate target for our armed forces", "said", ["reassurance_force"], "oppose",
      statement="s06-d")
claim(T6, "Dmitry Peskov", "indirect", "London of trying to \"sabotage\" peace talks", "accused", ["reassurance_force"],
      "oppose", statement="s06-e")
claim(T6, "Dmitry Peskov", "partial", "sabotage", "accused", ["reassurance_force"], "oppose", statement="s06-e")
claim(T6, "Dmitry Medvedev", "indirect", "the plan was \"a declaration of war by other means\"", "wrote",
      ["reassurance_force"], "oppose", statement="s06-f", note="Person introduced by two appositives.")
claim(T6, "Dmitry Medvedev", "partial", "a declaration of war by other means", "wrote", ["reassurance_force"], "oppose",
      statement="s06-f")
claim(T6, "Ukrainian Foreign Ministry", "indirect", "the statement", "welcomed", ["reassurance_force"], "support",
      note="Lowercase ministry: \"Ukraine's foreign ministry\".")
claim(T6, "Ukrainian Foreign Ministry", "indirect", "the UK had \"once again shown leadership\"", "saying",
      ["reassurance_force"], "support", statement="s06-g")
claim(T6, "Ukrainian Foreign Ministry", "partial", "once again shown leadership", "saying", ["reassurance_force"], "support",
      statement="s06-g")
claim(T6, "Volodymyr Zelenskyy", "indirect",
      "security guarantees must be \"legally binding and backed by real capabilities, not just declarations\"", "said",
      ["security_guarantees"], "support", statement="s06-h")
claim(T6, "Volodymyr Zelenskyy", "partial", "legally binding and backed by real capabilities, not just declarations", "said",
      ["security_guarantees"], "support", statement="s06-h")
claim(T6, "State Department", "indirect",
      "it \"continues to support efforts by European partners to take greater responsibility for their own security\"", "said",
      ["us_backstop"], "neutral", statement="s06-i", note="Non-answer on air cover: neutral.")
claim(T6, "State Department", "partial",
      "continues to support efforts by European partners to take greater responsibility for their own security", "said",
      ["us_backstop"], "neutral", statement="s06-i")
claim(T6, "defence analysts", "indirect",
      "The deployment would be the largest of British troops to continental Europe since the end of the Cold War",
      "according to", ["reassurance_force"], "neutral")
claim(T6, "defence analysts", "indirect",
      "the army, which has shrunk to around 70,000 regular soldiers, could struggle to sustain a rotation of that size for "
      "more than a year", "warned", ["reassurance_force"], "neutral", note="Speaker \"Some of them\" = the defence analysts.")

_bp["claims"] += [dict(doc=T6, speaker="Volodymyr Zelenskyy", kind="partial", text="historic", where="related link headline")]
_bp["actors"] += [dict(name="PA", type="organization", docs=[T6], where="photo credit")]
_bp["events"] += [dict(doc=T6, date="2026-01-14", text="Sir Keir Starmer at Prime Minister's Questions on Wednesday",
                       actors=["Keir Starmer"], where="photo caption")]

event(T6, "2026-01-15", "as he set out the government's plans for a multinational force in a statement to the Commons",
      ["Keir Starmer"])
event(T6, "2026-01-14", "Asked on Wednesday whether Washington would provide air cover for a European force",
      ["State Department"])
event(T6, "2026-01", "at a meeting in Paris later this month", ["Coalition of the Willing"],
      date_note="\"later this month\": month precision.")

A("Tom Ashworth", "person", [], None, [], T6, note="Byline.")
A("Keir Starmer", "person", ["Starmer", "Sir Keir Starmer"], "United Kingdom", ["Prime Minister of the United Kingdom"], T6)
A("United Kingdom", "country", ["UK", "London"], None, [], T6)
A("France", "country", [], None, [], T6)
A("Russia", "country", ["Moscow", "The Kremlin"], None, [], T6)
A("opposition leaders", "group", [], "United Kingdom", [], T6)
A("Royal Air Force", "organization", ["RAF"], "United Kingdom", [], T6)
A("Kemi Badenoch", "person", ["Conservative leader Kemi Badenoch"], "United Kingdom", ["Conservative leader"], T6)
A("Nigel Farage", "person", ["Reform UK leader Nigel Farage"], "United Kingdom", ["Reform UK leader"], T6)
A("Reform UK", "organization", [], "United Kingdom", [], T6)
A("Sky News", "organization", [], "United Kingdom", [], T6)
A("Ed Davey", "person", ["Sir Ed Davey", "Liberal Democrat leader Sir Ed Davey"], "United Kingdom", ["Liberal Democrat leader"], T6)
A("John Healey", "person", ["Defence Secretary John Healey"], "United Kingdom", ["Defence Secretary"], T6)
A("Labour backbenchers", "group", [], "United Kingdom", [], T6)
A("a Downing Street source", "anonymous", ["A Downing Street source"], "United Kingdom", [], T6)
A("Coalition of the Willing", "organization", ["coalition of the willing"], None, [], T6)
A("Dmitry Peskov", "person", ["Spokesman Dmitry Peskov"], "Russia", ["Kremlin spokesman"], T6)
A("Dmitry Medvedev", "person", ["Former Russian president Dmitry Medvedev"], "Russia",
  ["Former Russian president", "deputy chairman of Russia's Security Council"], T6)
A("Russian Security Council", "organization", ["Russia's Security Council"], "Russia", [], T6)
A("Ukraine", "country", [], None, [], T6)
A("Ukrainian Foreign Ministry", "organization", ["Ukraine's foreign ministry"], "Ukraine", [], T6)
A("Volodymyr Zelenskyy", "person", ["President Volodymyr Zelenskyy"], "Ukraine", ["President of Ukraine"], T6)
A("United States", "country", ["US", "Washington"], None, [], T6)
A("State Department", "organization", ["the State Department"], "United States", [], T6)
A("defence analysts", "group", ["Some of them"], None, [], T6)

P("reassurance_force", aliases=["multinational force", "UK-led force"],
  proponents=["United Kingdom", "Keir Starmer"],
  supporters=["Keir Starmer", "United Kingdom", "John Healey", "Ed Davey", "a Downing Street source",
              "Ukrainian Foreign Ministry", "Labour backbenchers"],
  opponents=["Russia", "Dmitry Peskov", "Dmitry Medvedev"],
  conditional=["Kemi Badenoch", "Nigel Farage", "opposition leaders"],
  stance_note="t06: Labour backbenchers \"are largely supportive\" (author's narration, no claim record).",
  figures=[fig(T6, "up to 10,000", 10000, "troops", note="first phase")])
P("us_backstop", aliases=["American guarantee", "air cover"], supporters=["Nigel Farage"])
P("air_reassurance_force", supporters=["Keir Starmer"],
  stance_note="t06: the \"RAF jets would patrol Ukrainian skies\" bullet of Starmer's statement (no claim record).")
P("security_guarantees", aliases=["security guarantees"], supporters=["Volodymyr Zelenskyy"])

# ====================================================================== t07 (Anadolu Agency-like wire)
doc(T7, "Türkiye ready to host talks, lead Black Sea mine-clearing after ceasefire: Fidan", "Anadolu Agency", "Burak Yilmaz",
    "2026-04-14",
    ["Anadolu Ajansı", "Anadolu Agency", "Politics, Europe, Russia-Ukraine War",
     "Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting "
     "System (HAS), and in summarized form. Please contact us for subscription options.",
     "Related topics", "Share this news"],
    published_note="Byline line \"|14.04.2026 - Update : 14.04.2026\" (a Tuesday; \"on Tuesday\" agrees).",
    outlet_note="Masthead and subscription footer; \"who spoke to Anadolu\".",
    boilerplate_note="Masthead (two lines), category line, subscription notice, related/share footer. The byline line "
                     "(author + date) is not listed, as bylines are not in the seeds; the summary line under the headline and "
                     "the \"ISTANBUL\" dateline are article text; the two subheadings are article text.")

claim(T7, "Hakan Fidan", "indirect", "Türkiye ready to host talks, lead Black Sea mine-clearing after ceasefire", None,
      ["istanbul_talks", "black_sea_mine_clearing"], "support", note="Headline \"...: Fidan\": speaker after a colon, no verb.")
claim(T7, "Hakan Fidan", "indirect",
      "Ankara will not send ground troops to Ukraine but could lead maritime mission to secure shipping lanes", "says",
      ["black_sea_mine_clearing", "reassurance_force"], "support",
      proposal_stances={"black_sea_mine_clearing": "support", "reassurance_force": "neutral"},
      note="Summary line, \"..., says Turkish foreign minister\". Not taking part is not opposing the force: he says Türkiye "
           "respects its allies' decisions, so neutral toward reassurance_force.")
claim(T7, "Hakan Fidan", "indirect",
      "Türkiye is ready to host a new round of peace talks between Russia and Ukraine and to contribute to security in the "
      "Black Sea once a ceasefire is reached", "said", ["istanbul_talks", "black_sea_mine_clearing"], "support")
claim(T7, "Hakan Fidan", "indirect",
      "Ankara would \"not send ground troops to Ukraine under any circumstances\" but could lead a multinational mission to "
      "clear mines from Black Sea shipping lanes", "said", ["black_sea_mine_clearing", "reassurance_force"], "support",
      proposal_stances={"black_sea_mine_clearing": "support", "reassurance_force": "neutral"}, statement="s07-a")
claim(T7, "Hakan Fidan", "partial", "not send ground troops to Ukraine under any circumstances", "said",
      ["reassurance_force"], "neutral", statement="s07-a")
claim(T7, "Hakan Fidan", "direct",
      "Türkiye will not be a party that sends soldiers to the front. But we are ready to take responsibility in the Black "
      "Sea, where we have the experience and the capacity,", "said", ["black_sea_mine_clearing"], "support")
claim(T7, "Hakan Fidan", "indirect",
      "the mission, which Türkiye has been discussing with Romania and Bulgaria since last year, would be open to other NATO "
      "allies", "said", ["black_sea_mine_clearing"], "support", note="Pronoun speaker \"He\".")
claim(T7, "Hakan Fidan", "indirect",
      "the European \"coalition of the willing\" had its own plans for a force on land, and Türkiye respected its allies' "
      "decisions", "said", ["reassurance_force"], "neutral",
      note="Reported speech without \"that\"; \"coalition of the willing\" in quotes is a name, not a partial quote.")
claim(T7, "Hakan Fidan", "indirect",
      "he had discussed the issue with US Secretary of State Marco Rubio by phone on Monday, and that Washington \"sees value\" "
      "in a Turkish role at sea", "said", ["black_sea_mine_clearing"], "support")
claim(T7, "United States", "partial", "sees value", None, ["black_sea_mine_clearing"], "support", reported_by="Hakan Fidan",
      note="Washington's view relayed by Fidan (seeds decision 6).")
claim(T7, "Andrii Sybiha", "partial", "balanced and constructive", "thanked", [], None,
      note="\"thanked Türkiye for its “...” role\"; about Türkiye's mediation in general, no proposal.")
claim(T7, "Andrii Sybiha", "indirect", "Kyiv supported the idea of a Black Sea mission", "said", ["black_sea_mine_clearing"],
      "support")
claim(T7, "Andrii Sybiha", "direct", "Security in the Black Sea is security for all of Europe,", "said",
      ["black_sea_mine_clearing"], "support", note="Speaker \"the Ukrainian minister\".")
claim(T7, "Andrii Sybiha", "indirect", "the free passage of grain ships must be guaranteed in any settlement", "adding", [],
      None)
claim(T7, "Recep Tayyip Erdogan", "partial", "Istanbul remains the address for peace", None, ["istanbul_talks"], "support",
      note="Subheading \"Erdogan: '...'\".")
claim(T7, "Recep Tayyip Erdogan", "indirect", "Istanbul \"remains the address for peace\"", "said", ["istanbul_talks"],
      "support", statement="s07-b")
claim(T7, "Recep Tayyip Erdogan", "partial", "remains the address for peace", "said", ["istanbul_talks"], "support",
      statement="s07-b")
claim(T7, "Recep Tayyip Erdogan", "indirect",
      "both sides to return to the negotiating table \"without preconditions.\"", "called on", ["istanbul_talks"], "support",
      statement="s07-c")
claim(T7, "Recep Tayyip Erdogan", "partial", "without preconditions.", "called on", ["istanbul_talks"], "support",
      statement="s07-c")
claim(T7, "Recep Tayyip Erdogan", "direct",
      "We have shown before that we can bring the parties together. A just and lasting peace is possible, and Türkiye will "
      "continue to do its part,", "said", ["istanbul_talks"], "support")
claim(T7, "Recep Tayyip Erdogan", "indirect",
      "security guarantees for Ukraine should be discussed \"together with Russia's security concerns,\"", "said",
      ["security_guarantees"], "conditional", statement="s07-d")
claim(T7, "Recep Tayyip Erdogan", "partial", "together with Russia's security concerns,", "said", ["security_guarantees"],
      "conditional", statement="s07-d")
claim(T7, "Sergei Ryabkov", "indirect",
      "Russia \"appreciates Türkiye's mediation\" but would regard any foreign military presence in Ukraine, including at sea, "
      "as \"unacceptable.\"", "told", ["reassurance_force", "black_sea_mine_clearing", "istanbul_talks"], "oppose",
      proposal_stances={"reassurance_force": "oppose", "black_sea_mine_clearing": "oppose", "istanbul_talks": "support"},
      statement="s07-e")
claim(T7, "Sergei Ryabkov", "partial", "appreciates Türkiye's mediation", "told", ["istanbul_talks"], "support",
      statement="s07-e")
claim(T7, "Sergei Ryabkov", "partial", "unacceptable.", "told", ["reassurance_force", "black_sea_mine_clearing"], "oppose",
      statement="s07-e")
claim(T7, "diplomatic sources", "indirect",
      "technical delegations from Russia and Ukraine could meet in Istanbul as early as next month", "According to",
      ["istanbul_talks"], "neutral", note="Anonymous plural source with a long description.")
claim(T7, "diplomatic sources", "indirect",
      "the talks would focus on a possible 30-day ceasefire at sea and an exchange of prisoners of war", "said",
      ["istanbul_talks", "ceasefire_30day"], "neutral", note="Speaker \"The sources\".")

event(T7, "2026-04-14", "Turkish Foreign Minister Hakan Fidan said on Tuesday", ["Hakan Fidan"])
event(T7, "2026-04-14", "Speaking at a joint press conference with his Ukrainian counterpart Andrii Sybiha in Istanbul",
      ["Hakan Fidan", "Andrii Sybiha"])
event(T7, "2025", "which Türkiye has been discussing with Romania and Bulgaria since last year", ["Turkey", "Romania", "Bulgaria"])
event(T7, "2026-04-13", "he had discussed the issue with US Secretary of State Marco Rubio by phone on Monday",
      ["Hakan Fidan", "Marco Rubio"])
event(T7, "2026-04-14", "Earlier on Tuesday, President Recep Tayyip Erdogan said", ["Recep Tayyip Erdogan"])
event(T7, "2026-05", "could meet in Istanbul as early as next month", ["Russia", "Ukraine"],
      date_note="\"next month\" after April 2026: month precision.")
event(T7, "1936", "the 1936 Montreux Convention", [])
event(T7, "2022", "hosted direct talks between Russian and Ukrainian delegations in Istanbul in 2022", ["Turkey"])
event(T7, "2025", "and again in 2025", ["Turkey"])
event(T7, "2022-07", "brokered by Türkiye and the UN in July 2022", ["Turkey", "United Nations"])
event(T7, "2023-07", "before Russia withdrew from it a year later", ["Russia"], date_note="A year after July 2022.")

A("Burak Yilmaz", "person", [], None, [], T7, note="Byline.")
A("Turkey", "country", ["Türkiye", "Ankara"], None, [], T7, note="Canonical name of the seeds; Anadolu spells Türkiye.")
A("Hakan Fidan", "person", ["Turkish Foreign Minister Hakan Fidan", "Fidan", "Turkish foreign minister"], "Turkey",
  ["Foreign Minister of Turkey"], T7)
A("Russia", "country", [], None, [], T7)
A("Ukraine", "country", ["Kyiv"], None, [], T7)
A("Andrii Sybiha", "person", ["Sybiha", "the Ukrainian minister"], "Ukraine", ["Foreign Minister of Ukraine"], T7)
A("Romania", "country", [], None, [], T7)
A("Bulgaria", "country", [], None, [], T7)
A("NATO", "organization", [], None, [], T7)
A("Coalition of the Willing", "organization", ["coalition of the willing"], None, [], T7)
A("United States", "country", ["Washington"], None, [], T7)
A("Marco Rubio", "person", ["US Secretary of State Marco Rubio"], "United States", ["Secretary of State of the United States"], T7)
A("Europe", "group", [], None, [], T7)
A("Recep Tayyip Erdogan", "person", ["Erdogan", "President Recep Tayyip Erdogan"], "Turkey", ["President of Turkey"], T7)
A("Sergei Ryabkov", "person", ["Russian Deputy Foreign Minister Sergei Ryabkov"], "Russia", ["Deputy Foreign Minister of Russia"], T7)
A("diplomatic sources", "group", ["The sources"], None, [], T7)
A("Anadolu Agency", "organization", ["Anadolu"], "Turkey", [], T7)
A("United Nations", "organization", ["UN"], None, [], T7)

P("black_sea_mine_clearing", "Turkish-led multinational mine-clearing mission for Black Sea shipping lanes",
  aliases=["Black Sea mission", "Black Sea mine-clearing", "multinational mission to clear mines from Black Sea shipping lanes"],
  proponents=["Turkey", "Hakan Fidan"],
  supporters=["Hakan Fidan", "Turkey", "Andrii Sybiha", "Ukraine", "United States"],
  opponents=["Sergei Ryabkov", "Russia"],
  stance_note="New in t07. Ukraine via \"Kyiv supported the idea\"; the United States via Fidan's relayed \"sees value\". "
              "Ryabkov's \"any foreign military presence in Ukraine, including at sea\" covers it.")
P("istanbul_talks", "Türkiye-hosted Russia-Ukraine peace talks in Istanbul",
  aliases=["new round of peace talks"],
  proponents=["Turkey", "Recep Tayyip Erdogan", "Hakan Fidan"],
  supporters=["Recep Tayyip Erdogan", "Hakan Fidan", "Turkey", "Sergei Ryabkov"],
  stance_note="New in t07. Ryabkov \"appreciates Türkiye's mediation\": support for the talks while opposing any presence.")
P("ceasefire_30day", aliases=["30-day ceasefire at sea"],
  figures=[fig(T7, "30-day ceasefire at sea", 30, "days", note="a maritime variant discussed for the Istanbul talks")])
P("security_guarantees", conditional=["Recep Tayyip Erdogan"])
P("reassurance_force", aliases=["a force on land"], opponents=["Sergei Ryabkov"],
  stance_note="t07: Fidan rules out Turkish ground troops but respects allies' plans (neutral, not listed).")

# ====================================================================== t08 (Kyiv Independent-like news feed)
doc(T8, "Russia rejects 'any foreign troops' as 26 countries pledge forces for Ukraine", "The Kyiv Independent",
    "Daria Shevchenko", "2025-09-05",
    ["Kyiv Independent", "Ukraine War", "Europe", "Business", "Opinion", "Support us",
     "News Feed, Ukraine, Russia, War, Security guarantees", "3 min read",
     "Photo: President Volodymyr Zelensky and French President Emmanuel Macron at a press conference in Paris on Sept. 4, 2025. "
     "(Ludovic Marin / AFP via Getty Images)",
     "Avatar", "News Editor", "September 5, 2025 11:42 AM",
     "Read also: Zelensky, Macron meet in Paris as coalition of the willing firms up troop pledges",
     "Show More", "Independent journalism costs money. Become a member to support the Kyiv Independent.", "Become a member",
     "Daria Shevchenko is a news editor at the Kyiv Independent. She previously worked at Ukrainska Pravda and Hromadske.",
     "Read more"],
    published_note="Time stamp \"September 5, 2025 11:42 AM\"; the Paris meeting was \"on Sept. 4\".",
    outlet_note="Masthead, membership banner, author bio and \"told the Kyiv Independent\" (twice). Outlet name as in the seeds.",
    boilerplate_note="Menus, tag line, read time, photo caption with credit, the Avatar/News Editor/time-stamp template, the "
                     "inline \"Read also\" link, Show More, membership banner, author bio. The two subheadings (\"The military "
                     "view\", \"Moscow says no\") are article text. \"Daria Shevchenko\" (byline) is the author, not listed.")

claim(T8, "Russia", "partial", "any foreign troops", "rejects", ["reassurance_force"], "oppose",
      note="Headline; the quoted fragment echoes Zakharova's words, attributed to Russia.")
claim(T8, "Volodymyr Zelenskyy", "indirect",
      "Twenty-six countries have formally committed to deploying troops to Ukraine or providing support on land, at sea or in "
      "the air once hostilities end", "said", ["reassurance_force"], "support", note="Speaker after the clause.")
claim(T8, "Volodymyr Zelenskyy", "direct",
      "For the first time, we are talking not about intentions but about numbers, about specific countries and specific tasks,",
      "told", ["reassurance_force"], "support", statement="s08-a")
claim(T8, "Volodymyr Zelenskyy", "direct",
      "This is the first serious step. But the guarantees must work from the first day of the ceasefire, not from the first "
      "day of the next war.", None, ["security_guarantees"], "support", statement="s08-a",
      note="Continuation after \"Zelensky told journalists.\": cue null.")
claim(T8, "Volodymyr Zelenskyy", "indirect",
      "the United States is expected to finalize its part of the security guarantees within days, including air defense and "
      "intelligence support", "According to", ["us_backstop", "security_guarantees"], "support",
      note="\"According to the Ukrainian president\".")
claim(T8, "Andriy Yermak", "indirect",
      "the guarantees package would be documented in \"a legally binding form\" and that Kyiv expected the parliaments of "
      "partner states to ratify it", "said", ["security_guarantees"], "support", statement="s08-b",
      note="Person introduced by appositive.")
claim(T8, "Andriy Yermak", "partial", "a legally binding form", "said", ["security_guarantees"], "support", statement="s08-b")
claim(T8, "Andrii Sybiha", "indirect",
      "Ukraine's \"strongest security guarantee\" remained its own army, which \"no foreign contingent can replace.\"", "wrote",
      ["security_guarantees"], "neutral", statement="s08-c")
claim(T8, "Andrii Sybiha", "partial", "strongest security guarantee", "wrote", ["security_guarantees"], "neutral",
      statement="s08-c")
claim(T8, "Andrii Sybiha", "partial", "no foreign contingent can replace.", "wrote", ["security_guarantees"], "neutral",
      statement="s08-c")
claim(T8, "Andrii Sybiha", "direct", "We will not accept any limits on the size of our army. That is a red line,", "said",
      ["army_cap"], "oppose")
claim(T8, "Volodymyr Zelenskyy", "indirect", "Ukraine still sees NATO membership as the best guarantee", "reiterated",
      ["nato_membership"], "support",
      note="\"even though several allies, including the United States, oppose it\" is the author's narration, not Zelensky's.")
claim(T8, "Oleksandr Syrskyi", "indirect",
      "Foreign troops would take over training and the protection of critical infrastructure in the rear, freeing up Ukrainian "
      "brigades for the front", "said", ["reassurance_force"], "support", note="Speaker after the clause, no \"that\".")
claim(T8, "Oleksandr Syrskyi", "direct", "The front line will be held by Ukrainians. That is not a question,", "said",
      ["reassurance_force"], "support", statement="s08-d", note="Pronoun speaker \"he\".")
claim(T8, "Oleksandr Syrskyi", "direct", "What we need from partners is the rear, the sky and the sea.", None,
      ["reassurance_force", "air_reassurance_force"], "support", statement="s08-d")
claim(T8, "Kyrylo Budanov", "indirect", "Russia will test any mission that arrives without clear rules of engagement", "warned",
      ["reassurance_force"], "conditional",
      note="Clause before \"he warned\"; \"he\" is Budanov, introduced in the previous sentence.")
claim(T8, "Kyrylo Budanov", "indirect", "Moscow \"has already prepared provocations\" for such a scenario", "adding",
      ["reassurance_force"], "neutral", statement="s08-e")
claim(T8, "Kyrylo Budanov", "partial", "has already prepared provocations", "adding", ["reassurance_force"], "neutral",
      statement="s08-e")
claim(T8, "a senior European diplomat", "indirect",
      "at least 10 countries were ready to send ground troops, while others would contribute air policing or naval assets",
      "told", ["reassurance_force", "air_reassurance_force"], "neutral",
      note="\"The diplomat declined to name them\": no content, not a claim.")
claim(T8, "Maria Zakharova", "indirect", "Russia would not accept \"any foreign troops on Ukrainian soil under any flag,\"",
      "said", ["reassurance_force"], "oppose", statement="s08-f")
claim(T8, "Maria Zakharova", "partial", "any foreign troops on Ukrainian soil under any flag,", "said", ["reassurance_force"],
      "oppose", statement="s08-f")
claim(T8, "Maria Zakharova", "indirect", "the Paris pledges \"a threat to European security, not a guarantee.\"", "calling",
      ["reassurance_force"], "oppose", statement="s08-g")
claim(T8, "Maria Zakharova", "partial", "a threat to European security, not a guarantee.", "calling", ["reassurance_force"],
      "oppose", statement="s08-g")
claim(T8, "Yuri Ushakov", "indirect",
      "guarantees for Ukraine could only be agreed \"with Russia's participation\" and that the question of Western troops was "
      "\"not up for discussion.\"", "told", ["security_guarantees", "reassurance_force"], "conditional",
      proposal_stances={"security_guarantees": "conditional", "reassurance_force": "oppose"}, statement="s08-h")
claim(T8, "Yuri Ushakov", "partial", "with Russia's participation", "told", ["security_guarantees"], "conditional",
      statement="s08-h")
claim(T8, "Yuri Ushakov", "partial", "not up for discussion.", "told", ["reassurance_force"], "oppose", statement="s08-h")
claim(T8, "Russian officials", "indirect", "NATO's expansion toward Ukraine was one of the root causes of the war", "said",
      ["nato_membership"], "oppose")
claim(T8, "British Ministry of Defence", "indirect",
      "The next meeting of the coalition's military planners is scheduled for Sept. 12 in London", "according to",
      ["reassurance_force"], "neutral")

_bp["actors"] += [dict(name="Emmanuel Macron", type="person", docs=[T8], where="photo caption, related link"),
                  dict(name="Ludovic Marin", type="person", docs=[T8], where="photo credit"),
                  dict(name="AFP", type="organization", docs=[T8], where="photo credit"),
                  dict(name="Getty Images", type="organization", docs=[T8], where="photo credit"),
                  dict(name="Hromadske", type="organization", docs=[T8], where="author bio")]
_bp["events"] += [dict(doc=T8, date="2025-09-04", text="at a press conference in Paris on Sept. 4, 2025",
                       actors=["Volodymyr Zelenskyy", "Emmanuel Macron"], where="photo caption")]

event(T8, "2025-09-04",
      "President Volodymyr Zelensky said on Sept. 4 after a meeting of the coalition of the willing in Paris",
      ["Volodymyr Zelenskyy", "Coalition of the Willing"])
event(T8, "2025-08-28",
      "Russia launched one of its largest combined drone and missile attacks on Kyiv, killing 23 people", ["Russia"],
      date_note="\"a week after\" the Paris meeting of 4 Sept. 2025 (a Thursday): 28 Aug.")
event(T8, "2025-09-12", "The next meeting of the coalition's military planners is scheduled for Sept. 12 in London",
      ["Coalition of the Willing"])

A("Daria Shevchenko", "person", [], None, [], T8, note="Byline.")
A("Russia", "country", ["Moscow"], None, [], T8)
A("Volodymyr Zelenskyy", "person", ["President Volodymyr Zelensky", "Zelensky", "the Ukrainian president"], "Ukraine",
  ["President of Ukraine"], T8)
A("Coalition of the Willing", "organization", ["coalition of the willing"], None, [], T8)
A("United States", "country", ["the United States", "U.S."], None, [], T8)
A("Andriy Yermak", "person", [], "Ukraine", ["head of the Presidential Office"], T8)
A("Office of the President of Ukraine", "organization", ["Presidential Office"], "Ukraine", [], T8)
A("Ukraine", "country", ["Kyiv"], None, [], T8)
A("Andrii Sybiha", "person", ["Foreign Minister Andrii Sybiha", "Sybiha"], "Ukraine", ["Foreign Minister of Ukraine"], T8)
A("NATO", "organization", [], None, [], T8)
A("Oleksandr Syrskyi", "person", ["Commander-in-Chief Oleksandr Syrskyi"], "Ukraine", ["Commander-in-Chief"], T8)
A("The Kyiv Independent", "organization", ["Kyiv Independent"], "Ukraine", [], T8)
A("Kyrylo Budanov", "person", ["Military intelligence chief Kyrylo Budanov", "Budanov"], "Ukraine",
  ["Military intelligence chief"], T8)
A("Ukrainska Pravda", "organization", [], "Ukraine", [], T8)
A("a senior European diplomat", "anonymous",
  ["A senior European diplomat familiar with the Paris discussions", "The diplomat"], None, [], T8)
A("Maria Zakharova", "person", ["Russian Foreign Ministry spokeswoman Maria Zakharova"], "Russia",
  ["Russian Foreign Ministry spokeswoman"], T8)
A("Russian Foreign Ministry", "organization", [], "Russia", [], T8)
A("Yuri Ushakov", "person", ["Kremlin aide Yuri Ushakov"], "Russia", ["Kremlin aide"], T8)
A("Russian officials", "group", [], "Russia", [], T8)
A("British Ministry of Defence", "organization", ["U.K. Defense Ministry"], "United Kingdom", [], T8)

P("reassurance_force", aliases=["Paris pledges", "foreign troops"],
  proponents=["Coalition of the Willing"],
  supporters=["Volodymyr Zelenskyy", "Oleksandr Syrskyi"],
  opponents=["Maria Zakharova", "Yuri Ushakov"], conditional=["Kyrylo Budanov"],
  figures=[fig(T8, "Twenty-six countries", 26, "countries", note="countries committed to troops or support"),
           fig(T8, "26 countries pledge forces", 26, "countries", note="headline"),
           fig(T8, "at least 10 countries", 10, "countries", note="ready to send ground troops")])
P("security_guarantees", aliases=["security guarantees", "guarantees package"],
  supporters=["Volodymyr Zelenskyy", "Andriy Yermak"], conditional=["Yuri Ushakov"])
P("us_backstop", supporters=["Volodymyr Zelenskyy"],
  stance_note="t08: the U.S. \"part of the security guarantees ... including air defense and intelligence support\".")
P("army_cap", aliases=["limits on the size of our army", "a cap that appeared in early drafts of the U.S. peace plan"],
  opponents=["Andrii Sybiha"])
P("us_peace_plan", aliases=["U.S. peace plan"],
  stance_note="t08: mentioned only as the source of the army cap (\"early drafts of the U.S. peace plan\"); no stance.")
P("nato_membership", aliases=["NATO membership"], supporters=["Volodymyr Zelenskyy"],
  opponents=["Russian officials", "United States"],
  stance_note="t08: the United States as opponent comes from the author's narration (\"several allies, including the United "
              "States, oppose it\"), with no claim record.")
P("air_reassurance_force", supporters=["Oleksandr Syrskyi"])
# ====================================================================== export
ACTORS = list(_actors.values())
# Drop the shared declarations of proposals these four articles never mention (e.g. us_peace_plan).
_used = {pid for c in CLAIMS for pid in c["proposals"]}
PROPOSALS = [p for p in _props.values() if p["id"] in _used or p["figures"] or p["proponents"] or p["supporters"]
             or p["opponents"] or p["conditional"]]
_parents = {p.get("part_of") for p in PROPOSALS}
PROPOSALS = [p for p in _props.values() if p in PROPOSALS or p["id"] in _parents]   # keep parents for part_of
