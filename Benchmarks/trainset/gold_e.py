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
     "Defence Minister Bill Blair speaks to reporters on Parliament Hill in Ottawa on Thursday. (Marc Deslauriers/The Canadian Press)",
     "Social Sharing", "WATCH | What a Canadian role in a Ukraine force could look like:",
     "Why Canada is weighing a role in a European force in Ukraine", "2 days ago", "Duration 2:14",
     "With files from Reuters and Jonah Pelletier", "CBC's Journalistic Standards and Practices|About CBC News",
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

_bp["actors"] += [dict(name="Marc Deslauriers", type="person", docs=[T17], where="photo credit"),
                  dict(name="The Canadian Press", type="organization", docs=[T17], where="photo credit"),
                  dict(name="Jonah Pelletier", type="person", docs=[T17], where="files line"),
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

# ====================================================================== t18 (The Telegraph-like)
P("uk_contingent_cap", "Cap of 5,000 troops and three years on the British contingent of the reassurance force",
  part_of="reassurance_force")

doc(T18, "Britain will cap its Ukraine force at 5,000 troops, Healey tells allies", "The Telegraph", "Danielle Okafor",
    "2025-11-03",
    ["The Telegraph", "Menu", "News", "Sport", "Money", "Business", "Opinion", "World news", "Ukraine",
     "3 November 2025 6:12pm GMT", "Related Topics", "Ukraine, Russia, Royal Navy, John Healey, Keir Starmer",
     "Gift this article free",
     "British soldiers take part in an exercise in Estonia. Planners expect any UK contingent to be drawn largely from units "
     "already rotating through the Baltics Credit: Tom Averill/PA",
     "Advertisement", "Join the conversation", "Comments 214",
     "The Telegraph values your comments but kindly requests all posts are on topic, constructive and respectful. Please "
     "review our commenting policy.",
     "More stories", "Healey: Ukraine ceasefire could come 'within months'",
     "Putin's drone war on Europe's airports is only just beginning"],
    published_note="Only the furniture line \"3 November 2025 6:12pm GMT\" (a Monday) gives the date; \"on Monday\" (Downing "
                   "Street) and \"On Sunday\" (Merz) resolve against it.",
    outlet_note="Masthead line \"The Telegraph\", \"seen by The Telegraph\" and the comments policy.",
    boilerplate_note="Navigation, the date line, the topic tags, the gift button, the caption with credit, the ad slot, the "
                     "comments block and \"More stories\". The standfirst (deck) and the subheads \"Berlin shifts\" and "
                     "\"Tory doubts\" are article text. The byline line \"Danielle Okafor, Defence Editor\" is the author.")

claim(T18, "John Healey", "indirect", "Britain will cap its Ukraine force at 5,000 troops", "tells",
      ["uk_contingent_cap", "reassurance_force"], "support", note="Headline \"..., Healey tells allies\".")
claim(T18, "John Healey", "indirect", "the deployment will not be open-ended", "insists", ["uk_contingent_cap"], "support",
      note="Deck, speaker by title only (\"Defence Secretary insists\"). \"as Berlin softens its opposition\" is narration.")
claim(T18, "John Healey", "indirect",
      "Britain will send no more than 5,000 troops to a multinational force in Ukraine and will withdraw them after three "
      "years unless allies agree otherwise", "has told", ["uk_contingent_cap", "reassurance_force"], "support",
      note="Speaker after the clause (\"..., John Healey has told his European counterparts\").")
claim(T18, "John Healey", "indirect", "the British contingent would be \"substantial but finite\"", "said",
      ["uk_contingent_cap"], "support", statement="s18-a",
      note="\"in a letter ..., seen by The Telegraph, in which he said\": the letter's author is the speaker; \"set out the cap\" "
           "is not a verb of saying with content.")
claim(T18, "John Healey", "partial", "substantial but finite", "said", ["uk_contingent_cap"], "support", statement="s18-a")
claim(T18, "John Healey", "direct", "We will do our share, and we will do it properly,", "wrote", ["reassurance_force"],
      "support", statement="s18-b")
claim(T18, "John Healey", "direct", "But no one should imagine this is a permanent garrison.", None, ["uk_contingent_cap"],
      "support", statement="s18-b", note="Continuation after \"Mr Healey wrote.\": cue null.")
claim(T18, "Downing Street", "indirect",
      "the cap reflected \"a realistic assessment of what the Army can sustain\" while continuing to meet its commitments to "
      "Nato in Estonia", "said", ["uk_contingent_cap"], "support", statement="s18-c",
      note="Metonym speaker at sentence start; \"said on Monday the cap ...\" (no \"that\").")
claim(T18, "Downing Street", "partial", "a realistic assessment of what the Army can sustain", "said", ["uk_contingent_cap"],
      "support", statement="s18-c")
claim(T18, "a French diplomat", "indirect",
      "France had \"always understood\" that London faced manpower constraints and would welcome any contribution \"that "
      "arrives on time\"", "said", ["uk_contingent_cap", "reassurance_force"], "neutral", statement="s18-d",
      proposal_stances={"uk_contingent_cap": "neutral", "reassurance_force": "support"},
      note="\"Officials in the Élysée declined to comment\" is not a claim. Paris \"has pushed for\" is advocacy (proponent only).")
claim(T18, "a French diplomat", "partial", "always understood", "said", ["uk_contingent_cap"], "neutral", statement="s18-d")
claim(T18, "a French diplomat", "partial", "that arrives on time", "said", ["reassurance_force"], "support", statement="s18-d")
claim(T18, "two officials involved in the talks", "indirect",
      "Military planners in London and Paris have concluded that the force would need at least 25,000 personnel in its first year",
      "according to", ["reassurance_force"], "support", statement="s18-e",
      note="The officials relay the planners (seeds decision 6): their claim spans the whole clause.")
claim(T18, "Military planners in London and Paris", "indirect", "the force would need at least 25,000 personnel in its first year",
      "concluded", ["reassurance_force"], "support", statement="s18-e", reported_by="two officials involved in the talks",
      note="Borderline cue \"have concluded that\" (a reported finding), included.")
claim(T18, "Friedrich Merz", "indirect", "German troops on Ukrainian soil", "ruled out", ["reassurance_force"], "neutral",
      note="Summer 2025 position: own troops ruled out = neutral (devset decision 3). Changes in November (next records).")
claim(T18, "Friedrich Merz", "indirect", "the question did not arise while the war continued", "saying", ["reassurance_force"],
      "neutral")
claim(T18, "Friedrich Merz", "indirect",
      "Germany could back a contribution \"if the Americans are part of the guarantee and the Bundestag gives its consent\"",
      "told", ["reassurance_force", "us_backstop"], "conditional", statement="s18-f",
      proposal_stances={"reassurance_force": "conditional", "us_backstop": "support"},
      note="Speaker \"the chancellor\"; \"told the ARD broadcaster\": ARD is the channel. Modal \"could back\" + \"if\".")
claim(T18, "Friedrich Merz", "partial", "if the Americans are part of the guarantee and the Bundestag gives its consent", "told",
      ["reassurance_force"], "conditional", statement="s18-f")
claim(T18, "Sabine Hollerith", "indirect",
      "the committee stood ready to hold hearings \"within a fortnight\" of a formal request from the government", "said",
      ["reassurance_force"], "neutral", statement="s18-g",
      note="Speaker introduced as \"The Bundestag's defence committee chair, Sabine Hollerith, said\".")
claim(T18, "Sabine Hollerith", "partial", "within a fortnight", "said", ["reassurance_force"], "neutral", statement="s18-g")
claim(T18, "Sabine Hollerith", "indirect", "a majority would be hard to find without a clear American commitment", "warned",
      ["reassurance_force", "us_backstop"], "neutral", note="Pronoun speaker \"She warned, though, that\"; a forecast: neutral.")
claim(T18, "Sabine Hollerith", "indirect", "her own party would insist on a mandate limited to one year at a time", "said",
      ["reassurance_force"], "conditional")
claim(T18, "Alternative for Germany", "indirect", "the idea", "dismissed", ["reassurance_force"], "oppose",
      note="\"The Alternative für Deutschland dismissed the idea outright.\"")
claim(T18, "Tino Chrupalla", "indirect", "sending German soldiers to Ukraine would make Germany \"a target\"", "said",
      ["reassurance_force"], "oppose", statement="s18-h")
claim(T18, "Tino Chrupalla", "partial", "a target", "said", ["reassurance_force"], "oppose", statement="s18-h")
claim(T18, "some Conservatives", "indirect", "the Army was too small to police a ceasefire on its own", "had warned",
      ["uk_contingent_cap"], "support",
      note="Relative clause \"some Conservatives, who had warned that\"; \"greeted with relief\" gives their support of the cap.")
claim(T18, "James Cartlidge", "indirect", "the Government had finally \"put a number on it\"", "said", ["uk_contingent_cap"],
      "neutral", statement="s18-i")
claim(T18, "James Cartlidge", "partial", "put a number on it", "said", ["uk_contingent_cap"], "neutral", statement="s18-i")
claim(T18, "James Cartlidge", "indirect",
      "5,000 troops without American air cover would be \"a tripwire with nothing behind it\"", "argued",
      ["us_backstop", "reassurance_force"], "support", statement="s18-i",
      proposal_stances={"us_backstop": "support", "reassurance_force": "conditional"})
claim(T18, "James Cartlidge", "partial", "a tripwire with nothing behind it", "argued", ["us_backstop"], "support",
      statement="s18-i")
claim(T18, "James Cartlidge", "direct", "If the White House is not in, the whole thing is a gamble with British lives,", "said",
      ["reassurance_force", "us_backstop"], "conditional",
      proposal_stances={"reassurance_force": "conditional", "us_backstop": "support"}, note="Pronoun speaker \"he said\".")
claim(T18, "Nigel Farage", "indirect", "his party would vote against any deployment", "said", ["reassurance_force"], "oppose",
      note="\"Reform UK went further.\" is not a claim.")
claim(T18, "Nigel Farage", "partial", "vanity dressed up as strategy", "describing", ["reassurance_force"], "oppose",
      note="\"describing the plan as “...”\": partial only.")
claim(T18, "a US official", "indirect",
      "the administration was \"prepared to help from the air and from space\" as long as no American soldiers were stationed in "
      "Ukraine", "said", ["us_backstop"], "conditional", statement="s18-j",
      note="\"Washington has still not said whether\" is not a claim. \"as long as\": conditional.")
claim(T18, "a US official", "partial", "prepared to help from the air and from space", "said", ["us_backstop"], "support",
      statement="s18-j")
claim(T18, "Russia", "indirect", "the whole exercise", "poured cold water on", ["reassurance_force"], "oppose",
      note="\"Moscow, predictably, poured cold water on the whole exercise.\": an idiom of rejection with an object.")
claim(T18, "Maria Zakharova", "indirect",
      "the number of British soldiers was \"irrelevant\", because any Western troops in Ukraine would be \"legitimate targets\"",
      "said", ["reassurance_force"], "oppose", statement="s18-k", note="Appositive title after the name.")
claim(T18, "Maria Zakharova", "partial", "irrelevant", "said", ["uk_contingent_cap"], "neutral", statement="s18-k")
claim(T18, "Maria Zakharova", "partial", "legitimate targets", "said", ["reassurance_force"], "oppose", statement="s18-k")
claim(T18, "Rustem Umerov", "indirect", "5,000 troops would be \"a beginning, not an end\"", "said",
      ["reassurance_force", "uk_contingent_cap"], "support", statement="s18-l",
      proposal_stances={"reassurance_force": "support", "uk_contingent_cap": "neutral"},
      note="\"thanked Britain but said that\": the one-word object of \"thanked\" is not recorded.")
claim(T18, "Rustem Umerov", "partial", "a beginning, not an end", "said", ["reassurance_force"], "support", statement="s18-l")
claim(T18, "Ukrainian officials", "indirect", "Kyiv hoped the cap could be revisited \"once the first rotation is in place\"",
      "said", ["uk_contingent_cap"], "oppose", statement="s18-m",
      note="\"One of them said\": the group named before speaks. \"have privately pressed London to raise its offer\" is "
           "advocacy (stance only).")
claim(T18, "Ukrainian officials", "partial", "once the first rotation is in place", "said", ["uk_contingent_cap"], "oppose",
      statement="s18-m")
claim(T18, "Malcolm Pryce", "partial", "a very British compromise", "said", ["uk_contingent_cap"], "neutral",
      note="\"said the letter was “...”\": bare subject + copula, partial only (gold_d decision 2).")
claim(T18, "Malcolm Pryce", "direct", "It keeps the Treasury happy and it keeps the French on side, just about,", "said",
      ["uk_contingent_cap"], "neutral", statement="s18-n")
claim(T18, "Malcolm Pryce", "direct", "Whether it keeps the Russians out is another matter.", None, ["uk_contingent_cap"],
      "neutral", statement="s18-n")

_bp["actors"] += [dict(name="Tom Averill", type="person", docs=[T18], where="photo credit"),
                  dict(name="PA", type="organization", docs=[T18], where="photo credit")]
_bp["claims"] += [dict(doc=T18, speaker="John Healey", kind="partial", text="within months", cue=None,
                       where="\"More stories\" headline \"Healey: Ukraine ceasefire could come 'within months'\"")]

event(T18, "2025-11-03", "Downing Street said on Monday", ["Downing Street"])
event(T18, "2025-11-02", "On Sunday, however, the chancellor told the ARD broadcaster", ["Friedrich Merz"])
event(T18, "2025", "In the summer, Friedrich Merz ruled out German troops on Ukrainian soil", ["Friedrich Merz"],
      date_note="\"In the summer\" of the publication year: year precision (as t03's \"in the autumn\").")
event(T18, "2025", "the 10,000 that some officers had floated in the spring", [], date_note="Year precision.")

A("The Telegraph", "organization", [], "United Kingdom", [], T18)
A("Danielle Okafor", "person", [], "United Kingdom", ["Defence Editor of The Telegraph"], T18)
A("John Healey", "person", ["Healey", "Mr Healey", "The Defence Secretary", "Defence Secretary"], "United Kingdom",
  ["Defence Secretary"], T18)
A("United Kingdom", "country", ["Britain", "London"], None, [], T18)
A("Coalition of the Willing", "organization", ["coalition of the willing"], None, [], T18)
A("Downing Street", "organization", [], "United Kingdom", [], T18)
A("NATO", "organization", ["Nato"], None, [], T18)
A("France", "country", ["Paris"], None, [], T18)
A("a French diplomat", "anonymous", ["A French diplomat"], "France", [], T18)
A("two officials involved in the talks", "anonymous", [], None, [], T18)
A("Military planners in London and Paris", "group", [], None, [], T18)
A("Germany", "country", ["Berlin"], None, [], T18)
A("Netherlands", "country", ["the Netherlands"], None, [], T18)
A("Friedrich Merz", "person", ["the chancellor"], "Germany", ["Chancellor of Germany"], T18)
A("ARD", "organization", ["the ARD broadcaster"], "Germany", [], T18)
A("Bundestag", "organization", ["the Bundestag"], "Germany", [], T18)
A("Sabine Hollerith", "person", [], "Germany", ["chair of the Bundestag's defence committee"], T18)
A("Alternative for Germany", "organization", ["The Alternative für Deutschland", "Alternative für Deutschland"], "Germany", [],
  T18)
A("Tino Chrupalla", "person", ["Chrupalla"], "Germany", ["co-leader of the AfD"], T18)
A("some Conservatives", "group", [], "United Kingdom", [], T18)
A("James Cartlidge", "person", [], "United Kingdom", ["shadow defence secretary"], T18)
A("Reform UK", "organization", [], "United Kingdom", [], T18)
A("Nigel Farage", "person", ["Farage"], "United Kingdom", [], T18)
A("United States", "country", ["Washington"], None, [], T18)
A("a US official", "anonymous", ["A US official"], "United States", [], T18)
A("White House", "organization", ["the White House"], "United States", [], T18)
A("Russia", "country", ["Moscow"], None, [], T18)
A("Maria Zakharova", "person", [], "Russia", ["Russian foreign ministry spokeswoman"], T18)
A("Ukraine", "country", ["Kyiv"], None, [], T18)
A("Rustem Umerov", "person", [], "Ukraine", ["Secretary of Ukraine's National Security and Defense Council"], T18)
A("Ukrainian officials", "group", [], "Ukraine", [], T18)
A("Malcolm Pryce", "person", ["Prof Malcolm Pryce"], "United Kingdom",
  ["professor at the University of Exeter's Strategy and Security Institute"], T18)
A("University of Exeter", "organization", ["the University of Exeter's Strategy and Security Institute"], "United Kingdom", [],
  T18)
A("HM Treasury", "organization", ["the Treasury"], "United Kingdom", [], T18)

P("uk_contingent_cap", aliases=["the cap", "cap its Ukraine force at 5,000 troops"],
  proponents=["John Healey", "United Kingdom"], supporters=["Downing Street", "some Conservatives"],
  opponents=["Ukrainian officials"],
  figures=[fig(T18, "no more than 5,000 troops", 5000, "troops"), fig(T18, "after three years", 3, "years")],
  stance_note="t18: Ukraine's officials want the cap revisited (oppose); Umerov, Cartlidge, the French diplomat, Zakharova "
              "and Pryce are neutral on the cap itself.")
P("reassurance_force", aliases=["a multinational force in Ukraine", "the whole exercise"],
  proponents=["France"],
  supporters=["John Healey", "Military planners in London and Paris", "two officials involved in the talks",
              "a French diplomat", "Rustem Umerov"],
  opponents=["Alternative for Germany", "Tino Chrupalla", "Nigel Farage", "Reform UK", "Russia", "Maria Zakharova"],
  conditional=["Friedrich Merz", "Sabine Hollerith", "James Cartlidge"],
  figures=[fig(T18, "at least 25,000 personnel in its first year", 25000, "personnel"),
           fig(T18, "the 10,000 that some officers had floated in the spring", 10000, "troops"),
           fig(T18, "a mandate limited to one year at a time", 1, "years")],
  stances=[dict(actor="Friedrich Merz", stance="neutral", doc=T18, date="2025",
                note="summer 2025: ruled out German troops"),
           dict(actor="Friedrich Merz", stance="conditional", doc=T18, date="2025-11-02",
                note="could back a contribution if the US is in and the Bundestag consents")],
  stance_note="t18: Merz moves from ruling out German troops (summer 2025) to conditional support (2 Nov 2025).")
P("us_backstop", aliases=["the so-called backstop", "American air cover", "a clear American commitment"],
  supporters=["Friedrich Merz", "James Cartlidge"], conditional=["a US official"])

# ====================================================================== t19 (Ukrainska Pravda English-like)
P("poland_logistics_hub", "Polish logistics hub (Rzeszów airport and border rail junctions) for the reassurance force",
  part_of="reassurance_force")

doc(T19, "Poland ready to host logistics hub for Ukraine reassurance force, but rules out troops again", "Ukrainska Pravda",
    "Oleksandra Marchenko", "2026-04-14",
    ["UKRAINSKA PRAVDA", "Support UP or become our patron!", "Ukr Rus Eng", "News", "Articles", "Opinions", "All news",
     "Polish Defence Minister Władysław Kosiniak-Kamysz. Photo: Getty Images", "Tags: Poland, peacekeepers, Sybiha",
     "Advertisement:", "Read more:",
     "Zelensky: Ukraine and partners agreed on the \"air component\" of guarantees", "Reader's comment"],
    published_note="Byline line \"Oleksandra Marchenko — Tuesday, 14 April 2026, 18:42\"; \"on Tuesday\" is the same day and "
                   "\"on Monday\" 13 April.",
    outlet_note="Masthead \"UKRAINSKA PRAVDA\", \"told Ukrainska Pravda\", \"told UP\", the patron appeal.",
    boilerplate_note="Masthead, the patron appeal (twice, one line listed once), language switch, navigation, photo caption, "
                     "tags, ad label, \"Read more\" link, comments. The byline/date line is the author and date (not listed). "
                     "The UP labels \"Source:\", \"Details:\", \"Quote:\", \"Background:\" belong to the article text.")

claim(T19, "Poland", "indirect", "troops again", "rules out", ["reassurance_force"], "neutral",
      note="Headline rejecting verb with an object; \"Poland ready to host\" has no verb of saying. Own troops ruled out = neutral.")
claim(T19, "Władysław Kosiniak-Kamysz", "indirect",
      "Poland is prepared to turn its airport in Rzeszów and several railway junctions near the Ukrainian border into a "
      "logistics hub for the multinational reassurance force, but it will not send Polish soldiers to Ukraine", "has said",
      ["poland_logistics_hub", "reassurance_force"], "support",
      proposal_stances={"poland_logistics_hub": "support", "reassurance_force": "neutral"},
      note="Speaker after the clause. The next line \"Source: ... as reported by Polish Radio\" names the occasion and the "
           "channel; it is not a claim.")
claim(T19, "Władysław Kosiniak-Kamysz", "indirect",
      "Poland \"stands ready to be the backbone of the rear\" of the force, with up to 2,000 Polish personnel working on the "
      "Polish side of the border to move equipment, fuel and ammunition", "said", ["poland_logistics_hub"], "support",
      statement="s19-a", note="\"Details: The minister said that\".")
claim(T19, "Władysław Kosiniak-Kamysz", "partial", "stands ready to be the backbone of the rear", "said",
      ["poland_logistics_hub"], "support", statement="s19-a")
claim(T19, "Władysław Kosiniak-Kamysz", "indirect", "no Polish units would cross into Ukraine", "stressed",
      ["reassurance_force"], "neutral", statement="s19-b", note="Pronoun speaker \"He stressed that ... and that ...\": two records.")
claim(T19, "Władysław Kosiniak-Kamysz", "indirect",
      "this position had not changed since the start of the discussions on the force in 2025", "stressed",
      ["reassurance_force"], "neutral", statement="s19-b")
claim(T19, "Władysław Kosiniak-Kamysz", "direct",
      "Our soldiers guard NATO's eastern border. That is our contribution and it is not a small one. But everything that passes "
      "through Poland to the reassurance force – we will make sure it arrives.", None, ["poland_logistics_hub"], "support",
      note="UP \"Quote:\" paragraph: no verb, speaker from the paragraphs before; cue null.")
claim(T19, "Władysław Kosiniak-Kamysz", "indirect",
      "the hub would work only if the coalition agreed on a single command and if the United States kept its forces in Poland "
      "at the current level", "added", ["poland_logistics_hub"], "conditional", note="Two \"if\" conditions after \"only\".")
claim(T19, "Officials in Warsaw", "indirect",
      "the offer was discussed with British and French planners at a meeting in Paris on Monday", "say",
      ["poland_logistics_hub"], "neutral", statement="s19-c", note="One verb, two that-clauses.")
claim(T19, "Officials in Warsaw", "indirect", "the coalition is expected to give an answer by the end of May", "say",
      ["poland_logistics_hub"], "neutral", statement="s19-c")
claim(T19, "Karol Nawrocki", "indirect", "whether Poland should take on any role in the mission", "had earlier questioned",
      ["poland_logistics_hub", "reassurance_force"], "oppose",
      note="Relative clause \"who had earlier questioned whether\": earlier scepticism (undated), then a shift.")
claim(T19, "Karol Nawrocki", "indirect", "he would not block the hub", "signalled", ["poland_logistics_hub"], "support",
      note="Acquiescence recorded as support; the spokesperson adds the condition.")
claim(T19, "a spokesperson for the Polish president", "indirect",
      "Nawrocki would back the plan \"provided that the costs are shared fairly by all members of the coalition\"", "told",
      ["poland_logistics_hub"], "conditional", statement="s19-d")
claim(T19, "Karol Nawrocki", "indirect",
      "would back the plan \"provided that the costs are shared fairly by all members of the coalition\"", "told",
      ["poland_logistics_hub"], "conditional", statement="s19-d", reported_by="a spokesperson for the Polish president",
      note="Relayed by the spokesperson (seeds decision 6); the subject is outside the span.")
claim(T19, "Karol Nawrocki", "partial", "provided that the costs are shared fairly by all members of the coalition", "told",
      ["poland_logistics_hub"], "conditional", statement="s19-d", reported_by="a spokesperson for the Polish president")
claim(T19, "Law and Justice", "indirect", "the initiative", "poured cold water on", ["poland_logistics_hub"], "oppose")
claim(T19, "Law and Justice", "indirect", "Poland \"must not become a target\"", "said", ["poland_logistics_hub"], "oppose",
      statement="s19-e", note="\"Its parliamentary group said in a statement\": the party's group speaks for the party.")
claim(T19, "Law and Justice", "partial", "must not become a target", "said", ["poland_logistics_hub"], "oppose",
      statement="s19-e")
claim(T19, "Law and Justice", "indirect", "a vote in the Sejm before any agreement is signed", "demanded",
      ["poland_logistics_hub"], "conditional", statement="s19-e")
claim(T19, "Ukrainian Foreign Ministry", "indirect", "the Polish decision", "welcomed", ["poland_logistics_hub"], "support",
      note="\"The reaction in Kyiv was quick.\" is narration.")
claim(T19, "Ukrainian Foreign Ministry", "indirect",
      "it \"strengthens the credibility of the security guarantees\" that partners are working on", "said",
      ["poland_logistics_hub", "security_guarantees"], "support", statement="s19-f")
claim(T19, "Ukrainian Foreign Ministry", "partial", "strengthens the credibility of the security guarantees", "said",
      ["poland_logistics_hub", "security_guarantees"], "support", statement="s19-f")
claim(T19, "Andrii Sybiha", "indirect", "the hub \"will save time, money and lives\"", "wrote", ["poland_logistics_hub"],
      "support", statement="s19-g")
claim(T19, "Andrii Sybiha", "partial", "will save time, money and lives", "wrote", ["poland_logistics_hub"], "support",
      statement="s19-g")
claim(T19, "Andrii Sybiha", "indirect", "he had thanked his Polish counterpart Radosław Sikorski during a phone call", "said",
      [], None, note="Pronoun speaker; no proposal.")
claim(T19, "Verkhovna Rada", "indirect",
      "the partners to finalise the plans for the reassurance force before any ceasefire is signed, so that foreign troops "
      "could deploy \"in the first days, not months\"", "calling on", ["reassurance_force"], "support", statement="s19-h",
      note="Institution speaker (\"The Rada adopted a statement on Tuesday calling on\"); \"also weighed in\" has no content.")
claim(T19, "Verkhovna Rada", "partial", "in the first days, not months", "calling on", ["reassurance_force"], "support",
      statement="s19-h")
claim(T19, "Oleh Dziuba", "indirect", "Kyiv would prefer Polish soldiers on the ground but accepted Warsaw's reasons", "told",
      ["reassurance_force", "poland_logistics_hub"], "support",
      note="Long appositive between name and verb; \"told UP\": UP is the channel.")
claim(T19, "Oleh Dziuba", "direct",
      "We understand the Poles. They carry a heavy burden on the border already. A hub in Rzeszów is not a symbolic gesture – "
      "it is what will keep the force alive.", None, ["poland_logistics_hub"], "support", note="\"Quote:\" paragraph; cue null.")
claim(T19, "Donald Tusk", "indirect",
      "Poland would not send troops to Ukraine but would provide logistical support to the countries that did", "said",
      ["reassurance_force", "poland_logistics_hub"], "neutral",
      proposal_stances={"reassurance_force": "neutral", "poland_logistics_hub": "support"}, note="Background, March 2025.")
claim(T19, "United Kingdom", "indirect",
      "the reassurance force would be deployed after a ceasefire and would be based away from the contact line", "have said",
      ["reassurance_force"], "support", statement="s19-i", note="\"The UK and France have said\": one claim per country.")
claim(T19, "France", "indirect",
      "the reassurance force would be deployed after a ceasefire and would be based away from the contact line", "have said",
      ["reassurance_force"], "support", statement="s19-i")
claim(T19, "Germany", "indirect", "a contribution", "ruled out", ["reassurance_force"], "neutral",
      note="Relative clause \"which long ruled out a contribution\".")
claim(T19, "Germany", "indirect", "it could send air defence units if the United States provides a backstop", "said",
      ["reassurance_force", "us_backstop"], "conditional",
      proposal_stances={"reassurance_force": "conditional", "us_backstop": "support"})
claim(T19, "Russia", "indirect", "any presence of Western troops in Ukraine", "rejected", ["reassurance_force"], "oppose",
      note="\"Russia has repeatedly rejected\".")
claim(T19, "Dmitry Peskov", "indirect", "the hub would be \"a legitimate concern\" for Russia", "said",
      ["poland_logistics_hub"], "oppose", statement="s19-j")
claim(T19, "Dmitry Peskov", "partial", "a legitimate concern", "said", ["poland_logistics_hub"], "oppose", statement="s19-j")
claim(T19, "Dmitry Peskov", "indirect", "Moscow would regard Rzeszów as part of \"the infrastructure of the war\"", "said",
      ["poland_logistics_hub"], "oppose", statement="s19-j")
claim(T19, "Dmitry Peskov", "partial", "the infrastructure of the war", "said", ["poland_logistics_hub"], "oppose",
      statement="s19-j")

_bp["actors"] += [dict(name="Getty Images", type="organization", docs=[T19], where="photo credit")]
_bp["claims"] += [dict(doc=T19, speaker="Volodymyr Zelenskyy", kind="indirect",
                       text="Ukraine and partners agreed on the \"air component\" of guarantees", cue=None,
                       where="\"Read more\" headline \"Zelensky: ...\"")]

event(T19, "2026-04-14", "at a press conference in Warsaw on Tuesday", ["Władysław Kosiniak-Kamysz"])
event(T19, "2026-04-13", "at a meeting in Paris on Monday", ["Poland", "United Kingdom", "France"])
event(T19, "2026-05", "the coalition is expected to give an answer by the end of May", ["Coalition of the Willing"])
event(T19, "2026-04-14", "signalled on Tuesday that he would not block the hub", ["Karol Nawrocki"])
event(T19, "2026-04-14", "The Rada adopted a statement on Tuesday", ["Verkhovna Rada"])
event(T19, "2025-03", "In March 2025, Prime Minister Donald Tusk said", ["Donald Tusk"])
event(T19, "2026-01", "said in January that it could send air defence units", ["Germany"])
event(T19, "2026-04-13", "Kremlin spokesman Dmitry Peskov said on Monday", ["Dmitry Peskov"])

A("Ukrainska Pravda", "organization", ["UKRAINSKA PRAVDA", "UP"], "Ukraine", [], T19)
A("Oleksandra Marchenko", "person", [], "Ukraine", [], T19)
A("Poland", "country", ["Warsaw"], None, [], T19)
A("Władysław Kosiniak-Kamysz", "person", ["Polish Defence Minister Władysław Kosiniak-Kamysz", "Kosiniak-Kamysz"], "Poland",
  ["Defence Minister of Poland"], T19)
A("Polish Radio", "organization", [], "Poland", [], T19)
A("NATO", "organization", [], None, [], T19)
A("Coalition of the Willing", "organization", ["the coalition"], None, [], T19)
A("United States", "country", [], None, [], T19)
A("Officials in Warsaw", "group", [], "Poland", [], T19)
A("Karol Nawrocki", "person", ["Polish President Karol Nawrocki", "Nawrocki"], "Poland", ["President of Poland"], T19)
A("a spokesperson for the Polish president", "anonymous", ["A spokesperson for the president"], "Poland", [], T19)
A("Law and Justice", "organization", ["The opposition Law and Justice party"], "Poland", [], T19)
A("Sejm", "organization", ["the Sejm"], "Poland", [], T19)
A("Ukraine", "country", ["Kyiv"], None, [], T19)
A("Ukrainian Foreign Ministry", "organization", ["The Ministry of Foreign Affairs of Ukraine"], "Ukraine", [], T19)
A("Andrii Sybiha", "person", ["Ukraine's Foreign Minister Andrii Sybiha"], "Ukraine", ["Foreign Minister of Ukraine"], T19)
A("Radosław Sikorski", "person", ["his Polish counterpart Radosław Sikorski"], "Poland", ["Foreign Minister of Poland"], T19)
A("Verkhovna Rada", "organization", ["The Verkhovna Rada", "The Rada"], "Ukraine", [], T19)
A("Oleh Dziuba", "person", [], "Ukraine",
  ["MP from the Servant of the People party", "deputy head of the Rada's national security committee"], T19)
A("Servant of the People", "organization", ["the Servant of the People party"], "Ukraine", [], T19)
A("Donald Tusk", "person", ["Prime Minister Donald Tusk"], "Poland", ["Prime Minister of Poland"], T19)
A("United Kingdom", "country", ["The UK"], None, [], T19)
A("France", "country", [], None, [], T19)
A("Germany", "country", [], None, [], T19)
A("Russia", "country", ["Moscow"], None, [], T19)
A("Dmitry Peskov", "person", ["Kremlin spokesman Dmitry Peskov"], "Russia", ["Kremlin spokesman"], T19)

P("poland_logistics_hub", aliases=["logistics hub", "the hub", "A hub in Rzeszów", "the Polish decision", "the initiative"],
  proponents=["Poland", "Władysław Kosiniak-Kamysz"],
  supporters=["Ukrainian Foreign Ministry", "Andrii Sybiha", "Oleh Dziuba", "Donald Tusk"],
  opponents=["Law and Justice", "Dmitry Peskov"],
  conditional=["Karol Nawrocki", "a spokesperson for the Polish president"],
  figures=[fig(T19, "up to 2,000 Polish personnel", 2000, "personnel")],
  stances=[dict(actor="Karol Nawrocki", stance="oppose", doc=T19, date=None, note="\"had earlier questioned\" (undated)"),
           dict(actor="Karol Nawrocki", stance="conditional", doc=T19, date="2026-04-14",
                note="would not block; would back it provided that costs are shared"),
           dict(actor="Donald Tusk", stance="support", doc=T19, date="2025-03", note="logistical support, no troops")],
  stance_note="t19: Kosiniak-Kamysz's own conditions (single command, US forces in Poland) are recorded on his added claim; "
              "he stays a proponent. Law and Justice demands a Sejm vote (conditional claim) but is an opponent overall.")
P("reassurance_force", aliases=["multinational reassurance force", "the mission"],
  proponents=["United Kingdom", "France"], supporters=["Verkhovna Rada", "Oleh Dziuba"],
  opponents=["Russia"], conditional=["Germany"],
  stances=[dict(actor="Germany", stance="neutral", doc=T19, date=None, note="long ruled out a contribution"),
           dict(actor="Germany", stance="conditional", doc=T19, date="2026-01", note="air defence units if the US backstops")])
P("us_backstop", aliases=["a backstop"], supporters=["Germany"])
P("security_guarantees", supporters=["Ukrainian Foreign Ministry"])

# ====================================================================== t20 (Axios-like)
P("us_cost_sharing", "European reimbursement of the cost of U.S. support for the force (paid backstop)", part_of="us_backstop")
P("senate_treaty_vote", "Submission of any U.S. security guarantee for Ukraine to the Senate as a treaty",
  part_of="security_guarantees")
P("us_rapid_reinforcement", "U.S. commitment to rapid reinforcement of Ukraine if Russia attacks again", part_of="us_backstop")

doc(T20, "Scoop: U.S. offers Europe an air-only backstop for Ukraine force — with a bill attached", "Axios", "Hannah Voss",
    "2026-09-29",
    ["Axios", "Newsletters", "Local", "Pro", "Search", "Sep 29, 2026 - World", "Illustration: Maya Orton/Axios",
     "Go deeper: Europe's Ukraine force is running into a manpower wall", "Axios Pro: Defense",
     "Get more news that matters about Washington", "Sign up for Axios AM"],
    published_note="\"Sep 29, 2026 - World\" (a Tuesday): \"said Tuesday\" is that day, \"on Monday\"/\"Monday\" 28 Sep, "
                   "\"on Sunday\" 27 Sep.",
    outlet_note="Masthead \"Axios\", \"tell Axios\", the illustration credit and newsletter lines.",
    boilerplate_note="Masthead, navigation, date/section line, illustration credit, the \"Go deeper\" link, the Pro and "
                     "newsletter lines. The Axios labels (\"Why it matters:\", \"Driving the news:\", \"Between the lines:\", "
                     "\"What they're saying:\", \"On the Hill:\", \"The other side:\", \"Zoom in:\", \"Zoom out:\", "
                     "\"What's next:\") and the bullet lines are article text. The author line \"Hannah Voss\" is not listed.")

claim(T20, "United States", "indirect", "Europe an air-only backstop for Ukraine force", "offers", ["us_backstop"], "support",
      note="Headline commissive after \"Scoop:\"; \"— with a bill attached\" is the writer's gloss, left out.")
claim(T20, "two U.S. officials", "indirect",
      "The Trump administration has told European allies it is prepared to provide air defense, intelligence and satellite "
      "coverage for a reassurance force in Ukraine, but only if Europe covers part of the cost", "tell",
      ["us_backstop", "us_cost_sharing"], "conditional", statement="s20-a",
      proposal_stances={"us_backstop": "conditional", "us_cost_sharing": "support"},
      note="Axios lede with the source at the end (\"two U.S. officials tell Axios\"): the officials relay the administration.")
claim(T20, "Trump administration", "indirect",
      "it is prepared to provide air defense, intelligence and satellite coverage for a reassurance force in Ukraine, but only "
      "if Europe covers part of the cost", "has told", ["us_backstop", "us_cost_sharing"], "conditional", statement="s20-a",
      reported_by="two U.S. officials", proposal_stances={"us_backstop": "conditional", "us_cost_sharing": "support"},
      note="The offerer attaches the condition: conditional on the backstop, proponent of cost sharing.")
claim(T20, "two officials who were in the room", "indirect",
      "Secretary of State Marco Rubio told European foreign ministers at a dinner in New York on Monday that the U.S. would "
      "\"stand behind the force from the sky,\"", "according to", ["us_backstop"], "support", statement="s20-b",
      note="\"Why it matters:\" is the writer's analysis: no claim.")
claim(T20, "Marco Rubio", "indirect", "the U.S. would \"stand behind the force from the sky,\"", "told", ["us_backstop"],
      "support", statement="s20-b", reported_by="two officials who were in the room")
claim(T20, "Marco Rubio", "partial", "stand behind the force from the sky,", "told", ["us_backstop"], "support",
      statement="s20-b", reported_by="two officials who were in the room")
claim(T20, "Marco Rubio", "indirect",
      "no American ground troops would deploy and Europe would have to lead the mission on the ground", "said",
      ["reassurance_force"], "neutral",
      note="Bullet; the reported clause has a second subject (\"and Europe would have to lead\"): one record. Own troops ruled "
           "out = neutral.")
claim(T20, "two officials who were in the room", "indirect",
      "He also told the ministers the administration expects Europe to reimburse roughly a third of the cost of U.S. support",
      "said", ["us_cost_sharing"], "support", statement="s20-c",
      note="\"one of the officials said\": the group named before speaks (gold_a decision 4).")
claim(T20, "Marco Rubio", "indirect",
      "the administration expects Europe to reimburse roughly a third of the cost of U.S. support", "told", ["us_cost_sharing"],
      "support", statement="s20-c", reported_by="two officials who were in the room", note="Pronoun speaker \"He\".")
claim(T20, "JD Vance", "indirect", "a U.S. backstop as \"a blank check for Europe,\"", "dismissed", ["us_backstop"], "oppose",
      statement="s20-d", note="Relative clause \"who in February dismissed\" (February 2026): the earlier stance.")
claim(T20, "JD Vance", "partial", "a blank check for Europe,", "dismissed", ["us_backstop"], "oppose", statement="s20-d")
claim(T20, "JD Vance", "indirect",
      "he could support the arrangement \"as long as Europe is paying its share and not a single American soldier is in "
      "Ukraine.\"", "told", ["us_backstop", "us_cost_sharing"], "conditional", statement="s20-e",
      proposal_stances={"us_backstop": "conditional", "us_cost_sharing": "support"},
      note="\"has come around — with conditions\" is narration. \"told Fox News\": channel.")
claim(T20, "JD Vance", "partial",
      "as long as Europe is paying its share and not a single American soldier is in Ukraine.", "told",
      ["us_backstop", "us_cost_sharing"], "conditional", statement="s20-e",
      proposal_stances={"us_backstop": "conditional", "us_cost_sharing": "support"})
claim(T20, "JD Vance", "direct",
      "The president has been very clear. We'll help, but we're not going to be Europe's insurance company for free,", "said",
      ["us_cost_sharing", "us_backstop"], "support",
      proposal_stances={"us_cost_sharing": "support", "us_backstop": "conditional"})
claim(T20, "European officials", "indirect", "the shift", "welcomed", ["us_backstop"], "support",
      note="\"but bristled at the bill\" is an attitude, not a claim.")
claim(T20, "a senior European diplomat", "direct", "We asked for a backstop, not an invoice,", "told",
      ["us_backstop", "us_cost_sharing"], "oppose", proposal_stances={"us_backstop": "support", "us_cost_sharing": "oppose"})
claim(T20, "France", "indirect",
      "France \"welcomes the American commitment\" and is ready to discuss \"a fair sharing of the burden.\"", "said",
      ["us_backstop", "us_cost_sharing"], "support", statement="s20-f",
      proposal_stances={"us_backstop": "support", "us_cost_sharing": "conditional"},
      note="\"The Élysée said in a statement that\": metonym of France (gold_c). \"is ready to discuss\" a fair sharing: "
           "conditional on the cost split.")
claim(T20, "France", "partial", "welcomes the American commitment", "said", ["us_backstop"], "support", statement="s20-f")
claim(T20, "France", "partial", "a fair sharing of the burden.", "said", ["us_cost_sharing"], "conditional", statement="s20-f")
claim(T20, "a German official", "indirect",
      "Germany's finance ministry has warned privately that Berlin could pay its part only if the costs are spread across all "
      "coalition members", "said", ["us_cost_sharing"], "conditional", statement="s20-g",
      note="Bullet with the source at the end: the official relays the ministry.")
claim(T20, "German finance ministry", "indirect",
      "Berlin could pay its part only if the costs are spread across all coalition members", "has warned", ["us_cost_sharing"],
      "conditional", statement="s20-g", reported_by="a German official")
claim(T20, "Keir Starmer's spokesperson", "indirect",
      "London saw the U.S. offer as \"the missing piece\" and would work with allies \"to land it quickly.\"", "said",
      ["us_backstop"], "support", statement="s20-h", note="Speaker \"British Prime Minister Keir Starmer's spokesperson\".")
claim(T20, "Keir Starmer's spokesperson", "partial", "the missing piece", "said", ["us_backstop"], "support",
      statement="s20-h")
claim(T20, "Keir Starmer's spokesperson", "partial", "to land it quickly.", "said", ["us_backstop"], "support",
      statement="s20-h")
claim(T20, "Dale Hargrove", "indirect",
      "he would back the plan provided that any guarantee is put to the Senate as a treaty", "told",
      ["us_backstop", "senate_treaty_vote"], "conditional",
      proposal_stances={"us_backstop": "conditional", "senate_treaty_vote": "support"},
      note="\"Sen. Dale Hargrove (R-Ind.), a member of ..., told Axios\"; \"provided that\".")
claim(T20, "Marisa Quintero", "indirect", "she supported the backstop", "said", ["us_backstop"], "support")
claim(T20, "Marisa Quintero", "partial", "a shakedown of our closest allies.", "called", ["us_cost_sharing"], "oppose",
      note="\"called the reimbursement demand “...”\": partial only.")
claim(T20, "Russia", "indirect", "the idea", "rejected", ["us_backstop"], "oppose",
      note="\"The other side: Moscow rejected the idea out of hand.\"")
claim(T20, "Dmitry Peskov", "indirect",
      "an American air umbrella over a European force would make the U.S. \"a direct participant\" in the war", "said",
      ["us_backstop"], "oppose", statement="s20-i")
claim(T20, "Dmitry Peskov", "partial", "a direct participant", "said", ["us_backstop"], "oppose", statement="s20-i")
claim(T20, "Sergei Lavrov", "indirect", "Russia will not accept any Western military presence in Ukraine", "said",
      ["reassurance_force"], "oppose", note="\"has said repeatedly that\".")
claim(T20, "Volodymyr Zelenskyy", "indirect", "air cover alone \"will not stop tanks\"", "said", ["us_backstop"],
      "conditional", statement="s20-j",
      note="\"Kyiv, for its part, is pushing for more.\" is advocacy (stance only). Air cover judged insufficient on its own: "
           "conditional.")
claim(T20, "Volodymyr Zelenskyy", "partial", "will not stop tanks", "said", ["us_backstop"], "conditional", statement="s20-j")
claim(T20, "Volodymyr Zelenskyy", "indirect", "Washington to commit to rapid reinforcement if Russia attacks again", "urged",
      ["us_rapid_reinforcement"], "support", statement="s20-j")
claim(T20, "Ukrainian officials", "indirect", "they were nonetheless relieved that the U.S. had moved at all", "told",
      ["us_backstop"], "support")
claim(T20, "Defense officials in London and Paris", "indirect",
      "the force cannot deploy without an American commitment", "have said", ["reassurance_force", "us_backstop"],
      "conditional", proposal_stances={"reassurance_force": "conditional", "us_backstop": "support"},
      note="\"The coalition of the willing has spent most of 2026 planning\" is narration (figure only).")
claim(T20, "one U.S. official", "indirect",
      "the administration hoped to have \"a signed framework\" before the end of the year", "said", ["us_backstop"],
      "support", statement="s20-k", note="\"officials expect a first agreement\" (What's next) has no verb of saying.")
claim(T20, "one U.S. official", "partial", "a signed framework", "said", ["us_backstop"], "support", statement="s20-k")

_bp["actors"] += [dict(name="Maya Orton", type="person", docs=[T20], where="illustration credit")]
_bp["claims"] += []

event(T20, "2026-09-28", "at a dinner in New York on Monday", ["Marco Rubio"])
event(T20, "2026-02", "who in February dismissed a U.S. backstop", ["JD Vance"])
event(T20, "2026-09-27", "Vance told Fox News on Sunday", ["JD Vance"])
event(T20, "2026-09-29", "Kremlin spokesman Dmitry Peskov said Tuesday", ["Dmitry Peskov"])
event(T20, "2026-09-28", "said in his nightly address Monday", ["Volodymyr Zelenskyy"])
event(T20, "2026-10-08", "Allied defense ministers meet in Brussels on Oct. 8", [])
event(T20, "2026", "before the end of the year", ["Trump administration"], date_note="Target date: year precision.")

A("Axios", "organization", [], "United States", [], T20)
A("Hannah Voss", "person", [], None, [], T20)
A("United States", "country", ["U.S.", "Washington"], None, [], T20)
A("Trump administration", "organization", ["The Trump administration", "the administration"], "United States", [], T20)
A("European allies", "group", [], None, [], T20)
A("two U.S. officials", "anonymous", [], "United States", [], T20)
A("Marco Rubio", "person", ["Secretary of State Marco Rubio", "Rubio"], "United States", ["Secretary of State"], T20)
A("two officials who were in the room", "anonymous", [], None, [], T20)
A("State Department", "organization", ["The State Department"], "United States", [], T20)
A("JD Vance", "person", ["Vice President JD Vance", "Vance"], "United States", ["Vice President of the United States"], T20)
A("Fox News", "organization", [], "United States", [], T20)
A("Donald Trump", "person", ["The president"], "United States", ["President of the United States"], T20,
  note="t20: only inside Vance's quote.")
A("European officials", "group", [], None, [], T20)
A("a senior European diplomat", "anonymous", [], None, [], T20)
A("France", "country", ["The Élysée"], None, [], T20)
A("Germany", "country", ["Berlin"], None, [], T20)
A("German finance ministry", "organization", ["Germany's finance ministry"], "Germany", [], T20)
A("a German official", "anonymous", [], "Germany", [], T20)
A("Keir Starmer's spokesperson", "anonymous", ["British Prime Minister Keir Starmer's spokesperson"], "United Kingdom", [],
  T20)
A("Keir Starmer", "person", [], "United Kingdom", ["Prime Minister of the United Kingdom"], T20)
A("United Kingdom", "country", ["London", "the U.K."], None, [], T20)
A("Dale Hargrove", "person", ["Sen. Dale Hargrove"], "United States", ["Republican senator from Indiana"], T20)
A("Senate Armed Services Committee", "organization", ["the Armed Services Committee"], "United States", [], T20)
A("United States Senate", "organization", ["the Senate"], "United States", [], T20)
A("Marisa Quintero", "person", ["Sen. Marisa Quintero"], "United States", ["Democratic senator from Connecticut"], T20)
A("Russia", "country", ["Moscow"], None, [], T20)
A("Dmitry Peskov", "person", ["Kremlin spokesman Dmitry Peskov"], "Russia", ["Kremlin spokesman"], T20)
A("Sergei Lavrov", "person", ["Russian Foreign Minister Sergei Lavrov"], "Russia", ["Foreign Minister of Russia"], T20)
A("Ukraine", "country", ["Kyiv"], None, [], T20)
A("Volodymyr Zelenskyy", "person", ["Ukrainian President Volodymyr Zelensky", "Zelensky"], "Ukraine", ["President of Ukraine"],
  T20)
A("Ukrainian officials", "group", [], "Ukraine", [], T20)
A("Coalition of the Willing", "organization", ["The coalition of the willing"], None, [], T20)
A("Defense officials in London and Paris", "group", [], None, [], T20)
A("one U.S. official", "anonymous", ["One U.S. official"], "United States", [], T20)

P("us_backstop", aliases=["an air-only backstop for Ukraine force", "the backstop", "the arrangement", "the U.S. offer",
                          "an American air umbrella", "air cover"],
  proponents=["United States", "Trump administration", "Marco Rubio"],
  supporters=["European officials", "France", "Keir Starmer's spokesperson", "Marisa Quintero", "Ukrainian officials",
              "Defense officials in London and Paris", "a senior European diplomat", "one U.S. official"],
  opponents=["Russia", "Dmitry Peskov"],
  conditional=["JD Vance", "Dale Hargrove", "Volodymyr Zelenskyy", "two U.S. officials"],
  stances=[dict(actor="JD Vance", stance="oppose", doc=T20, date="2026-02", note="\"a blank check for Europe\""),
           dict(actor="JD Vance", stance="conditional", doc=T20, date="2026-09-27",
                note="as long as Europe pays its share and no US soldier is in Ukraine")],
  stance_note="t20: the administration offers the backstop only if Europe pays part of it (proponent with a condition); "
              "Vance moves from opposition (February 2026) to conditional support.")
P("us_cost_sharing", aliases=["the reimbursement demand", "the cost split", "the bill"],
  proponents=["Trump administration", "Marco Rubio"], supporters=["JD Vance"],
  opponents=["a senior European diplomat", "Marisa Quintero"],
  conditional=["France", "German finance ministry", "a German official"],
  figures=[fig(T20, "roughly a third of the cost of U.S. support", 0.33, "share")])
P("senate_treaty_vote", supporters=["Dale Hargrove"])
P("us_rapid_reinforcement", aliases=["rapid reinforcement"], proponents=["Volodymyr Zelenskyy"])
P("reassurance_force", aliases=["a reassurance force in Ukraine", "the European force"],
  proponents=["Coalition of the Willing", "United Kingdom", "France"], opponents=["Sergei Lavrov"],
  conditional=["Defense officials in London and Paris"],
  figures=[fig(T20, "a force of roughly 25,000 troops", 25000, "troops")])

# ====================================================================== module-level lists
ACTORS = list(_actors.values())
_used = {pid for c in CLAIMS for pid in c["proposals"]}
PROPOSALS = [p for p in _props.values() if p["id"] in _used or p["figures"] or p["proponents"] or p["supporters"]
             or p["opponents"] or p["conditional"]]
_parents = {p.get("part_of") for p in PROPOSALS}
PROPOSALS = [p for p in _props.values() if p in PROPOSALS or p["id"] in _parents]   # keep parents for part_of
