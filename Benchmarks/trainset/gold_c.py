#!/usr/bin/env python3
"""Gold source for training articles t09-t12 (annotator C).

Exposes module-level lists DOCUMENTS, ACTORS, CLAIMS, PROPOSALS, EVENTS (final gold JSON shape of
/work/shared/eval/GOLD-FORMAT.md) and BOILERPLATE_MENTIONS, for the shared build_gold.py to merge with gold_a/gold_b.
Annotated by hand from the article texts only (the extractor was never run on them), following the conventions of
/work/shared/eval/seeds.gold.notes.md, Benchmarks/devset/README.md, Benchmarks/heldout/README.md and the decisions of
annotators A and B (Benchmarks/trainset/README.md, gold_b.py). Actor names and proposal ids reuse the existing ones.

Decisions specific to t09-t12 are listed in the README section "Annotator C"; the notes on records say where a choice
was borderline."""

T9 = "t09_reuters_cap_air_cover.txt"
T10 = "t10_ap_monitoring_mission.txt"
T11 = "t11_guardian_healey_commons.txt"
T12 = "t12_politico_guarantees_fund.txt"

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
P("air_reassurance_force", "Air reassurance force (based outside Ukraine, working with the Ukrainian Air Force)",
  part_of="reassurance_force")
P("demarcation_line_troops", "Stationing troops along the demarcation line to monitor ceasefire compliance",
  part_of="reassurance_force",
  stance_note="The seeds give part_of peacekeeping_force, the seeds' id of the reassurance_force thread.")
P("ceasefire_30day", "30-day ceasefire")
P("security_guarantees", "Western security guarantees for Ukraine")
P("article5_guarantee", "Article 5-like security guarantee for Ukraine", part_of="security_guarantees")
P("nato_membership", "NATO membership for Ukraine")
P("us_peace_plan", "U.S.-brokered 20-point peace framework")
P("army_cap", "Cap on the size of Ukraine's armed forces", part_of="us_peace_plan")
P("black_sea_mine_clearing", "Turkish-led multinational mine-clearing mission for Black Sea shipping lanes")
P("sanctions_relief", "Easing of sanctions on Russia as part of a peace deal", part_of="us_peace_plan")
P("demarcation_line_monitoring", "Monitoring of a future ceasefire (demarcation) line in Ukraine")
P("buffer_zone", "Demilitarized buffer zone along the front line")

# ====================================================================== t09 (Reuters-like wire story)
doc(T9, "Britain, France set 15,000 cap for Ukraine force, want US air cover first - sources", "Reuters",
    "Alistair Penrose and Juliette Marchand", "2026-02-03",
    ["Skip to main content", "Exclusive news, data and analytics for financial market professionals", "Reuters home",
     "World", "Business", "Markets", "Sustainability", "Legal", "Breakingviews", "Europe",
     "February 3, 2026 1:47 PM GMT", "Updated 2 hours ago",
     "Item 1 of 2 British Prime Minister Keir Starmer and French President Emmanuel Macron attend a meeting of the coalition "
     "of the willing in London, Britain, January 28, 2026. REUTERS/Maya Thornbury/Pool/File Photo",
     "[1/2]British Prime Minister Keir Starmer and French President Emmanuel Macron attend a meeting of the coalition of the "
     "willing in London, Britain, January 28, 2026. REUTERS/Maya Thornbury/Pool/File Photo Purchase Licensing Rights, opens new tab",
     "Summary",
     "The Reuters Daily Briefing newsletter provides all the news you need to start your day. Sign up here.",
     "Reporting by Alistair Penrose in London and Juliette Marchand in Paris; Additional reporting by Pavel Orlov in Moscow "
     "and Hannah Keyes in Washington; Writing by Alistair Penrose; Editing by Rosalind Marsh",
     "Our Standards: The Thomson Reuters Trust Principles., opens new tab", "Suggested Topics:", "Ukraine", "Russia",
     "Share", "X", "Facebook", "Linkedin", "Email", "Link", "Purchase Licensing Rights", "Read Next",
     "Russian drones strike Odesa port overnight, Ukraine says",
     "NATO allies split over spending target ahead of summit"],
    published_note="Time stamp \"February 3, 2026 1:47 PM GMT\" and dateline \"Feb 3\" (a Tuesday): \"on Tuesday\" is the "
                   "same day, \"on Monday\" 2 Feb., \"last week\" and \"last month\" January.",
    outlet_note="Dateline \"(Reuters)\", \"told Reuters\" and the Reuters furniture.",
    boilerplate_note="Menus, time stamps, the two copies of the photo caption, the \"Summary\" label, the newsletter "
                     "\"Sign up here.\" box, the reporting/editing tail, the Trust Principles line, topic tags, share widgets "
                     "and the \"Read Next\" links. The four summary bullets and the two upper-case subheads are article text "
                     "(the subhead \"KREMLIN SAYS NO\" has no content, like gold_b's \"Moscow says no\"). \"By ...\" is "
                     "the byline: author, not listed.")

claim(T9, "officials", "indirect", "Britain, France set 15,000 cap for Ukraine force, want US air cover first", None,
      ["reassurance_force", "us_backstop"], "neutral",
      note="Reuters headline \"... - sources\": no verb; the sources are the lede's three officials.")
claim(T9, "officials", "indirect", "UK, France agree cap on first rotation", "say", ["reassurance_force"], "neutral",
      note="Summary bullet.")
claim(T9, "Russia", "indirect", "foreign troops would be 'legitimate targets'", "says", ["reassurance_force"], "oppose",
      statement="s09-a", note="Summary bullet \"Kremlin says ...\".")
claim(T9, "Russia", "partial", "legitimate targets", "says", ["reassurance_force"], "oppose", statement="s09-a")
claim(T9, "officials", "indirect",
      "Britain and France have agreed to cap the first rotation of a European reassurance force for Ukraine at about 15,000 "
      "troops and will not deploy it unless the United States commits to providing air cover", "told",
      ["reassurance_force", "us_backstop"], "neutral",
      note="\"three officials familiar with the talks told Reuters\" after the clause; Reuters is the channel.")
claim(T9, "officials", "indirect",
      "The plan, which military planners from both countries finalised at a meeting in Northwood last week, would keep the "
      "bulk of the force west of the Dnipro river, far from the front line", "said", ["reassurance_force"], "neutral",
      note="Trailing \"the officials said, speaking on condition of anonymity\". \"military planners ... finalised\" is an "
           "activity, not a claim.")
claim(T9, "officials", "direct", "We are not going to put 15,000 people into Ukraine and hope for the best,", "said",
      ["reassurance_force"], "conditional", statement="s09-b", note="\"one of the officials said\" (alias, as in A's t04).")
claim(T9, "officials", "direct", "The American piece has to be nailed down before a single battalion moves.", None,
      ["us_backstop"], "support", statement="s09-b", note="Continuation quote, cue null.")
claim(T9, "Downing Street", "indirect",
      "planning was \"well advanced\" and that Britain stood ready to lead the force \"once the guns fall silent\"", "said",
      ["reassurance_force"], "support", statement="s09-c",
      note="\"British Prime Minister Keir Starmer's office said in a statement\": the office is the speaker (an "
           "organization), aliased to its surface form. \"It declined to comment on numbers\" is not a claim.")
claim(T9, "Downing Street", "partial", "well advanced", "said", ["reassurance_force"], "support", statement="s09-c")
claim(T9, "Downing Street", "partial", "once the guns fall silent", "said", ["reassurance_force"], "support",
      statement="s09-c")
claim(T9, "Emmanuel Macron", "indirect",
      "the mission would be \"a force of reassurance, not a force of interposition\"", "said", ["reassurance_force"],
      "support", statement="s09-d",
      note="\"Macron, speaking to reporters in Toulon, said\": participial phrase between speaker and verb. Describes the "
           "force he proposes: support (the limit itself is the separate \"ruled out\" claim).")
claim(T9, "Emmanuel Macron", "partial", "a force of reassurance, not a force of interposition", "said",
      ["reassurance_force"], "support", statement="s09-d")
claim(T9, "Emmanuel Macron", "indirect", "deploying French soldiers along the line of contact", "ruled out",
      ["demarcation_line_troops"], "oppose")
claim(T9, "Emmanuel Macron", "indirect",
      "France would contribute \"several thousand\" troops as well as fighter jets based in Poland and Romania", "added",
      ["reassurance_force", "air_reassurance_force"], "support", statement="s09-e", note="Pronoun speaker \"He\".")
claim(T9, "Emmanuel Macron", "partial", "several thousand", "added", ["reassurance_force"], "support", statement="s09-e")
claim(T9, "United States", "indirect", "intelligence sharing and logistics", "offered", ["us_backstop"], "neutral",
      note="Commissive (A decision 3): \"Washington has so far offered ... but has stopped short of a formal security "
           "commitment\".")
claim(T9, "Marco Rubio", "indirect",
      "the administration would \"support Europe's effort\" but that any American role would be \"in the background, not on "
      "the ground\"", "told", ["reassurance_force", "us_backstop"], "support", statement="s09-f",
      proposal_stances={"reassurance_force": "support", "us_backstop": "neutral"})
claim(T9, "Marco Rubio", "partial", "support Europe's effort", "told", ["reassurance_force"], "support", statement="s09-f")
claim(T9, "Marco Rubio", "partial", "in the background, not on the ground", "told", ["us_backstop"], "neutral",
      statement="s09-f")
claim(T9, "a State Department spokesperson", "indirect",
      "talks with European partners on the appropriate U.S. contribution were continuing", "said", ["us_backstop"], "neutral")
claim(T9, "Russia", "indirect", "the plan", "rejected", ["reassurance_force"], "oppose",
      note="\"The Kremlin rejected the plan.\": rejecting verb with an object (gold_b).")
claim(T9, "Dmitry Peskov", "direct",
      "Any appearance of military contingents from NATO countries on Ukrainian territory is unacceptable to us, whatever "
      "they call themselves,", "told", ["reassurance_force"], "oppose", note="Speaker after the quote (\"told reporters\").")
claim(T9, "Dmitry Peskov", "indirect", "such troops would be \"legitimate targets\" for the Russian army", "said",
      ["reassurance_force"], "oppose", statement="s09-g", note="Pronoun speaker \"He\" at the start of a paragraph.")
claim(T9, "Dmitry Peskov", "partial", "legitimate targets", "said", ["reassurance_force"], "oppose", statement="s09-g")
claim(T9, "Sergei Lavrov", "indirect", "the reassurance force as \"NATO occupation in disguise\"", "dismissed",
      ["reassurance_force"], "oppose", statement="s09-h", note="\"in remarks broadcast by state television\".")
claim(T9, "Sergei Lavrov", "partial", "NATO occupation in disguise", "dismissed", ["reassurance_force"], "oppose",
      statement="s09-h")
claim(T9, "Sergei Lavrov", "indirect",
      "Moscow would discuss only security guarantees that also addressed Russia's own security concerns", "said",
      ["security_guarantees"], "conditional")
claim(T9, "Andrii Sybiha", "indirect", "the cap as \"a realistic starting point\"", "welcomed", ["reassurance_force"],
      "support", statement="s09-i")
claim(T9, "Andrii Sybiha", "partial", "a realistic starting point", "welcomed", ["reassurance_force"], "support",
      statement="s09-i")
claim(T9, "Andrii Sybiha", "indirect", "partners to move faster", "urged", ["reassurance_force"], "support")
claim(T9, "Andrii Sybiha", "direct", "Every month of delay costs us lives,", "wrote", ["reassurance_force"], "support",
      note="\"he wrote on X\".")
claim(T9, "Volodymyr Zelenskyy", "indirect",
      "the force should eventually be \"at least 25,000 strong\" to deter Russia", "told", ["reassurance_force"], "support",
      statement="s09-j",
      note="\"Zelenskyy, who met ..., told lawmakers\" (relative clause between speaker and verb); \"according to a "
           "transcript released by his office\" is the source document, so Zelenskyy stays the speaker.")
claim(T9, "Volodymyr Zelenskyy", "partial", "at least 25,000 strong", "told", ["reassurance_force"], "support",
      statement="s09-j")
claim(T9, "Ukraine", "indirect",
      "a clause in an earlier draft of the U.S. peace plan that would have capped its armed forces at 600,000 troops",
      "rejected", ["army_cap"], "oppose")
for _c in ("Germany", "Italy", "Poland"):
    claim(T9, _c, "indirect", "they will not send ground troops into Ukraine", "said", ["reassurance_force"], "neutral",
          note="\"Germany, Italy and Poland have said\": one claim per country (seeds decision 4); own troops ruled out = "
               "neutral.")
claim(T9, "Friedrich Merz", "indirect",
      "the Bundeswehr could help with air defence and training \"from German and Polish soil\", but that deploying soldiers "
      "inside Ukraine was not on the agenda while the fighting continued", "said", ["reassurance_force"], "conditional",
      statement="s09-k", note="Help only from outside Ukraine: conditional (as Poland in gold_b).")
claim(T9, "Friedrich Merz", "partial", "from German and Polish soil", "said", ["reassurance_force"], "conditional",
      statement="s09-k")
claim(T9, "Giorgia Meloni", "indirect",
      "a European force without U.S. participation would be \"ineffective and dangerous\"", "argued",
      ["reassurance_force"], "oppose", statement="s09-l",
      note="Relative clause \"who has long argued that ...\". \"has instead pushed for an Article 5-style guarantee\" is "
           "advocacy, not a claim (seeds decision 3): only a stance.")
claim(T9, "Giorgia Meloni", "partial", "ineffective and dangerous", "argued", ["reassurance_force"], "oppose",
      statement="s09-l")
claim(T9, "diplomats", "indirect",
      "the Netherlands, the Baltic states and the Nordic countries were likely to provide most of the remaining contingents, "
      "while Turkey has signalled it could lead a naval mission to clear mines in the Black Sea", "said",
      ["reassurance_force", "black_sea_mine_clearing"], "neutral")
claim(T9, "Turkey", "indirect", "it could lead a naval mission to clear mines in the Black Sea", "signalled",
      ["black_sea_mine_clearing"], "support", reported_by="diplomats",
      note="Relayed inside the diplomats' clause (seeds decision 6).")
claim(T9, "Fiona Kettering", "direct", "The numbers add up on paper,", "said", ["reassurance_force"], "neutral",
      statement="s09-m", note="Inverted \"said Fiona Kettering, a senior research fellow at ...\".")
claim(T9, "Fiona Kettering", "direct",
      "What does not add up yet is the politics. Without Washington, this is a training mission with a very large price tag.",
      None, ["reassurance_force", "us_backstop"], "conditional", statement="s09-m",
      proposal_stances={"reassurance_force": "conditional", "us_backstop": "support"})
claim(T9, "John Healey", "indirect",
      "he expected that meeting to \"sign off the command structure\" for the force, which would be headquartered in Paris "
      "with a forward cell in Kyiv", "said", ["reassurance_force"], "support", statement="s09-n")
claim(T9, "John Healey", "partial", "sign off the command structure", "said", ["reassurance_force"], "support",
      statement="s09-n")

_bp["actors"] += [dict(name="Maya Thornbury", type="person", docs=[T9], where="photo credit"),
                  dict(name="Pavel Orlov", type="person", docs=[T9], where="reporting tail"),
                  dict(name="Hannah Keyes", type="person", docs=[T9], where="reporting tail"),
                  dict(name="Rosalind Marsh", type="person", docs=[T9], where="reporting tail"),
                  dict(name="Thomson Reuters", type="organization", docs=[T9], where="Trust Principles line")]
_bp["claims"] += [dict(doc=T9, speaker="Ukraine", kind="indirect", text="Russian drones strike Odesa port overnight",
                       cue="says", proposals=[], stance=None, where="Read Next link")]
_bp["events"] += [dict(doc=T9, date="2026-01-28",
                       text="attend a meeting of the coalition of the willing in London, Britain, January 28, 2026",
                       actors=["Keir Starmer", "Emmanuel Macron", "Coalition of the Willing"], where="photo caption")]

event(T9, "2026-02-03", "three officials familiar with the talks told Reuters on Tuesday", ["officials"])
event(T9, "2026-01", "military planners from both countries finalised at a meeting in Northwood last week",
      ["United Kingdom", "France"], date_note="\"last week\" before Tuesday 3 Feb.: month precision (26-30 Jan.).")
event(T9, "2026-01", "U.S. Secretary of State Marco Rubio told Reuters last month", ["Marco Rubio"])
event(T9, "2026-01-28", "who met Starmer and Macron in London on Jan. 28",
      ["Volodymyr Zelenskyy", "Keir Starmer", "Emmanuel Macron"])
event(T9, "2026-02-02", "told lawmakers in Kyiv on Monday", ["Volodymyr Zelenskyy"])
event(T9, "2026-01", "German Chancellor Friedrich Merz said last week", ["Friedrich Merz"])
event(T9, "2026-02-12", "is due to meet at defence minister level in Paris on Feb. 12", ["Coalition of the Willing"])
event(T9, "2026-02-02", "British Defence Secretary John Healey said on Monday", ["John Healey"])

A("Alistair Penrose", "person", [], None, [], T9, note="Byline.")
A("Juliette Marchand", "person", [], None, [], T9, note="Byline.")
A("Reuters", "organization", [], None, [], T9)
A("United Kingdom", "country", ["Britain", "UK"], None, [], T9)
A("France", "country", [], None, [], T9)
A("officials", "group", ["three officials familiar with the talks"], None, [], T9,
  note="t09: the Reuters \"sources\" of the headline and \"one of the officials\" are the lede's three officials (those two "
       "forms are already aliases of other actors, so they are not listed here).")
A("United States", "country", ["the United States", "Washington", "U.S.", "US"], None, [], T9)
A("Downing Street", "organization", ["British Prime Minister Keir Starmer's office"], "United Kingdom", [], T9)
A("Keir Starmer", "person", ["British Prime Minister Keir Starmer", "Starmer"], "United Kingdom",
  ["Prime Minister of the United Kingdom"], T9)
A("Emmanuel Macron", "person", ["French President Emmanuel Macron", "Macron"], "France", ["President of France"], T9)
A("Marco Rubio", "person", ["U.S. Secretary of State Marco Rubio"], "United States", ["Secretary of State of the United States"], T9)
A("Europe", "group", [], None, [], T9)
A("a State Department spokesperson", "anonymous", ["A State Department spokesperson"], "United States", [], T9)
A("Russia", "country", ["The Kremlin", "Kremlin", "Moscow"], None, [], T9)
A("Dmitry Peskov", "person", ["Kremlin spokesman Dmitry Peskov"], "Russia", ["Kremlin spokesman"], T9)
A("NATO", "organization", [], None, [], T9)
A("Russian Armed Forces", "organization", ["the Russian army"], "Russia", [], T9)
A("Sergei Lavrov", "person", ["Russian Foreign Minister Sergei Lavrov"], "Russia", ["Foreign Minister of Russia"], T9)
A("Andrii Sybiha", "person", [], "Ukraine", ["Foreign Minister of Ukraine"], T9)
A("Ukraine", "country", ["Kyiv"], None, [], T9)
A("Volodymyr Zelenskyy", "person", ["President Volodymyr Zelenskyy"], "Ukraine", ["President of Ukraine"], T9)
A("Germany", "country", [], None, [], T9)
A("Italy", "country", [], None, [], T9)
A("Poland", "country", [], None, [], T9)
A("Friedrich Merz", "person", ["German Chancellor Friedrich Merz"], "Germany", ["Chancellor of Germany"], T9)
A("Bundeswehr", "organization", [], "Germany", [], T9)
A("Giorgia Meloni", "person", ["Italian Prime Minister Giorgia Meloni"], "Italy", ["Prime Minister of Italy"], T9)
A("diplomats", "group", ["Diplomats"], None, [], T9)
A("Netherlands", "country", ["the Netherlands"], None, [], T9)
A("Baltic states", "group", ["the Baltic states"], None, [], T9)
A("Nordic countries", "group", ["the Nordic countries"], None, [], T9)
A("Turkey", "country", [], None, [], T9)
A("Fiona Kettering", "person", [], "United Kingdom", ["senior research fellow at the Royal United Services Institute"], T9)
A("Royal United Services Institute", "organization", [], "United Kingdom", [], T9)
A("Coalition of the Willing", "organization", ["coalition of the willing"], None, [], T9)
A("John Healey", "person", ["British Defence Secretary John Healey"], "United Kingdom", ["Defence Secretary"], T9)

P("reassurance_force", aliases=["European reassurance force", "reassurance force", "Ukraine force"],
  proponents=["United Kingdom", "France"],
  supporters=["Downing Street", "Emmanuel Macron", "Marco Rubio", "Andrii Sybiha", "Volodymyr Zelenskyy", "John Healey"],
  opponents=["Russia", "Dmitry Peskov", "Sergei Lavrov", "Giorgia Meloni"],
  conditional=["officials", "Friedrich Merz", "Fiona Kettering"],
  figures=[fig(T9, "15,000 cap", 15000, "troops", note="headline"),
           fig(T9, "about 15,000 troops", 15000, "troops", note="cap on the first rotation"),
           fig(T9, "\"several thousand\" troops", None, "troops", note="France's contribution"),
           fig(T9, "at least 25,000 strong", 25000, "troops", note="Zelenskyy's eventual size, a lower bound"),
           fig(T9, "about 30 countries", 30, "countries", note="members of the coalition of the willing")])
P("us_backstop", aliases=["US air cover", "air cover"],
  supporters=["officials", "Fiona Kettering"],
  stance_note="t09: the United States (offered intelligence and logistics, no formal commitment) and Rubio are neutral "
              "on the backstop itself.")
P("air_reassurance_force", aliases=["fighter jets based in Poland and Romania"], supporters=["Emmanuel Macron"])
P("demarcation_line_troops", aliases=["deploying French soldiers along the line of contact"], opponents=["Emmanuel Macron"])
P("security_guarantees", conditional=["Sergei Lavrov"])
P("army_cap", opponents=["Ukraine"], figures=[fig(T9, "600,000 troops", 600000, "troops")])
P("us_peace_plan", aliases=["U.S. peace plan"])
P("article5_guarantee", aliases=["Article 5-style guarantee"], supporters=["Giorgia Meloni"],
  stance_note="t09: Meloni \"has instead pushed for\" it: advocacy from narration, no claim.")
P("black_sea_mine_clearing", aliases=["naval mission to clear mines in the Black Sea"], proponents=["Turkey"],
  supporters=["Turkey"])

# ====================================================================== t10 (AP News-like story)
P("osce_monitoring", "OSCE-led ceasefire monitoring mission", part_of="demarcation_line_monitoring",
  stance_note="t10: the devset's OSCE plan; here the OSCE is one possible source of the observers of the monitoring plan.")
P("un_mandate", "UN Security Council mandate for the monitoring mission", part_of="demarcation_line_monitoring")

doc(T10, "Zelenskyy says Ukraine will accept ceasefire monitors but not a buffer zone on its land", "Associated Press",
    "OKSANA BILYK and THOMAS REARDON", "2026-06-17",
    ["AP News", "World", "U.S.", "Politics", "Sports", "Entertainment", "Business", "Science", "Fact Check", "Oddities",
     "Be Well", "Newsletters", "Photography", "Updated 5:38 PM GMT+3, June 17, 2026", "Share", "Copy", "Link copied",
     "Email", "Facebook", "X", "Reddit", "LinkedIn", "Pinterest", "Flipboard", "Print", "ADVERTISEMENT",
     "FILE - Ukrainian President Volodymyr Zelenskyy, right, and NATO Secretary-General Mark Rutte attend a news conference "
     "in Kyiv, Ukraine, Wednesday, June 17, 2026. (AP Photo/Yurii Dmytrenko)",
     "FILE - Russian Foreign Ministry spokeswoman Maria Zakharova speaks during a briefing in Moscow, Russia, on March 4, "
     "2026. (AP Photo, File)",
     "___",
     "Associated Press writers Irina Volkova in Moscow and Mark Delacroix in Brussels contributed to this report.",
     "Follow AP’s coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine",
     "OKSANA BILYK", "Bilyk is an Associated Press reporter based in Kyiv, covering the war in Ukraine.",
     "THOMAS REARDON", "Reardon covers European security and NATO for The Associated Press from Brussels.", "Read More"],
    published_note="Time stamp \"Updated 5:38 PM GMT+3, June 17, 2026\" (a Wednesday); \"said Wednesday\" is the same day, "
                   "\"Tuesday\" 16 June, \"last week\" and \"next week\" month precision.",
    outlet_note="Masthead \"AP News\", dateline \"(AP)\", \"told The Associated Press\" and the bios.",
    boilerplate_note="Section menu, time stamp, share widgets, the repeated \"ADVERTISEMENT\" slots, the two \"FILE -\" photo "
                     "captions, the \"___\" rules, the contributor line, the \"Follow AP's coverage\" line, the author names "
                     "and bios at the foot and \"Read More\". The byline line \"By  OKSANA BILYK and THOMAS REARDON\" is "
                     "the author, not listed.")

claim(T10, "Volodymyr Zelenskyy", "indirect", "Ukraine will accept ceasefire monitors but not a buffer zone on its land",
      "says", ["demarcation_line_monitoring", "buffer_zone"], "support", note="Headline \"Zelenskyy says ...\".",
      proposal_stances={"demarcation_line_monitoring": "support", "buffer_zone": "oppose"})
claim(T10, "Volodymyr Zelenskyy", "indirect",
      "his country would accept international monitors along a future ceasefire line but would never agree to a "
      "demilitarized buffer zone carved out of Ukrainian territory", "said", ["demarcation_line_monitoring", "buffer_zone"],
      "support", proposal_stances={"demarcation_line_monitoring": "support", "buffer_zone": "oppose"},
      note="AP style \"said Wednesday\" (no \"on\"); the participle \"pushing back against a key Russian demand\" is the "
           "author's framing, not a second claim.")
claim(T10, "Volodymyr Zelenskyy", "direct",
      "We are ready for observers. We are ready for drones, satellites, whatever is needed to make sure a ceasefire holds,",
      "told", ["demarcation_line_monitoring"], "support", statement="s10-a", note="Curly quotes; two sentences.")
claim(T10, "Volodymyr Zelenskyy", "direct",
      "But we will not withdraw our troops from our own land so that Russia can call it a buffer.", None, ["buffer_zone"],
      "oppose", statement="s10-a", note="Continuation quote after the attribution, cue null.")
claim(T10, "Russia", "indirect",
      "Ukrainian forces pull back to create a 20-kilometer (12-mile) strip along the front line as a condition for any truce",
      "demanded", ["buffer_zone"], "support", statement="s10-b",
      note="\"Moscow has demanded that ..., according to Russian officials\": Moscow's demand relayed by Russian officials; "
           "one claim per source with the same text (seeds decision 6).")
claim(T10, "Russian officials", "indirect",
      "Ukrainian forces pull back to create a 20-kilometer (12-mile) strip along the front line as a condition for any truce",
      "according to", ["buffer_zone"], "support", statement="s10-b")
claim(T10, "Dmitry Peskov", "indirect",
      "the zone was “a basic guarantee of security for the residents of our regions” and that Russia would not sign a "
      "ceasefire without it", "said", ["buffer_zone"], "support", statement="s10-c")
claim(T10, "Dmitry Peskov", "partial", "a basic guarantee of security for the residents of our regions", "said",
      ["buffer_zone"], "support", statement="s10-c")
claim(T10, "Mark Rutte", "indirect", "the alliance backed “a robust monitoring mechanism”", "said",
      ["demarcation_line_monitoring"], "support", statement="s10-d",
      note="\"Rutte, who arrived in Kyiv on an unannounced visit, said\": relative clause between speaker and verb.")
claim(T10, "Mark Rutte", "partial", "a robust monitoring mechanism", "said", ["demarcation_line_monitoring"], "support",
      statement="s10-d")
claim(T10, "Mark Rutte", "indirect", "NATO as an organization would not deploy troops to Ukraine", "stressed",
      ["reassurance_force"], "neutral", note="Own (NATO) troops ruled out = neutral.")
claim(T10, "Mark Rutte", "indirect",
      "Individual allies could decide to send forces as part of a European reassurance mission", "noted",
      ["reassurance_force"], "neutral", note="Clause before \"he noted\".")
claim(T10, "two officials familiar with the document", "indirect",
      "The monitoring plan, drafted by European and U.S. officials in recent weeks, would rely on drones, satellite imagery "
      "and several hundred unarmed observers", "told", ["demarcation_line_monitoring"], "neutral",
      note="\"told The Associated Press\": AP is the channel. \"They spoke on condition of anonymity\" is not a claim.")
claim(T10, "two officials familiar with the document", "indirect",
      "the observers could come from the Organization for Security and Co-operation in Europe, which ran a monitoring "
      "mission in eastern Ukraine from 2014 until Russia’s full-scale invasion in February 2022", "said",
      ["demarcation_line_monitoring", "osce_monitoring"], "neutral",
      note="\"One of the officials said\": aliased to the pair (not listed as an alias because \"one of the officials\" "
           "already names A's t04 actor).")
claim(T10, "Steve Witkoff", "indirect", "monitoring is “the easy part” and that the real sticking point remains territory",
      "said", ["demarcation_line_monitoring"], "neutral", statement="s10-e",
      note="\"Witkoff, who is expected to host ..., has said that ...\".")
claim(T10, "Steve Witkoff", "partial", "the easy part", "said", ["demarcation_line_monitoring"], "neutral",
      statement="s10-e")
claim(T10, "Maria Zakharova", "indirect", "monitors from NATO countries would be “observers in name only”", "said",
      ["demarcation_line_monitoring"], "oppose", statement="s10-f",
      note="\"Russia's Foreign Ministry took a harder line.\" is the author's framing; the claims are Zakharova's.")
claim(T10, "Maria Zakharova", "partial", "observers in name only", "said", ["demarcation_line_monitoring"], "oppose",
      statement="s10-f")
claim(T10, "Maria Zakharova", "indirect",
      "any mission must include Russian participants and be approved by the U.N. Security Council", "insisted",
      ["demarcation_line_monitoring", "un_mandate"], "conditional",
      proposal_stances={"demarcation_line_monitoring": "conditional", "un_mandate": "support"})
claim(T10, "Maria Zakharova", "direct",
      "Without a mandate from the Security Council, any so-called monitoring mission is simply a reconnaissance operation "
      "for the Kyiv regime,", "told", ["demarcation_line_monitoring", "un_mandate"], "conditional",
      proposal_stances={"demarcation_line_monitoring": "conditional", "un_mandate": "support"})
claim(T10, "Emmanuel Macron", "indirect",
      "the coalition of the willing had “everything ready” to deploy within 30 days of a ceasefire", "told",
      ["reassurance_force"], "support", statement="s10-g")
claim(T10, "Emmanuel Macron", "partial", "everything ready", "told", ["reassurance_force"], "support", statement="s10-g")
claim(T10, "Emmanuel Macron", "indirect", "the monitors and the reassurance force were “two sides of the same coin.”",
      "adding", ["reassurance_force", "demarcation_line_monitoring"], "support", statement="s10-h")
claim(T10, "Emmanuel Macron", "partial", "two sides of the same coin.", "adding",
      ["reassurance_force", "demarcation_line_monitoring"], "support", statement="s10-h")
claim(T10, "Donald Tusk", "indirect", "his country would host the force’s logistics hub in Rzeszów", "said",
      ["reassurance_force"], "conditional", note="Support from Polish territory only (as Poland in gold_b).")
claim(T10, "Donald Tusk", "indirect", "Polish soldiers would not be stationed in Ukraine", "repeated",
      ["reassurance_force"], "neutral", note="Own troops ruled out = neutral.")
claim(T10, "Viktor Orbán", "indirect", "Europe was “sleepwalking into a war with Russia”", "wrote", ["reassurance_force"],
      "oppose", statement="s10-i", note="\"wrote on Facebook\"; appositive \"a frequent critic ...\" between name and verb.")
claim(T10, "Viktor Orbán", "partial", "sleepwalking into a war with Russia", "wrote", ["reassurance_force"], "oppose",
      statement="s10-i")
claim(T10, "Viktor Orbán", "indirect", "sanctions on Moscow to be eased instead", "called for", ["sanctions_relief"],
      "support")
claim(T10, "the regional governor", "indirect",
      "Russian drones and missiles struck the northeastern city of Kharkiv overnight, killing three people and wounding 14",
      "said", [], None, note="Clause before \"the regional governor said on Telegram\"; no proposal.")
claim(T10, "Ukrainian Air Force", "indirect", "it had intercepted 41 of the 58 drones launched overnight", "said", [], None)
claim(T10, "Russian Defense Ministry", "indirect",
      "its air defenses shot down 23 Ukrainian drones over the Belgorod and Kursk regions", "said", [], None)
claim(T10, "analysts", "indirect", "the buffer zone demand was likely to be the hardest issue in Geneva", "said",
      ["buffer_zone"], "neutral")
claim(T10, "Halyna Dovzhenko", "direct",
      "Moscow wants to win at the negotiating table what it could not take on the battlefield,", "said", ["buffer_zone"],
      "oppose", statement="s10-j", note="Inverted \"said Halyna Dovzhenko, a researcher at ...\".")
claim(T10, "Halyna Dovzhenko", "direct",
      "A buffer zone on Ukrainian land only would be a reward for aggression. A zone on both sides, with monitors, is a "
      "different conversation.", None, ["buffer_zone"], "conditional", statement="s10-j")
claim(T10, "JD Vance", "indirect", "“every option has to be on the table” if it brings the war to an end", "said",
      ["buffer_zone"], "neutral", statement="s10-k",
      note="\"The White House has not publicly commented\" is not a claim; Vance's general remark is linked to the buffer "
           "zone by the \"But\" of the text.")
claim(T10, "JD Vance", "partial", "every option has to be on the table", "said", ["buffer_zone"], "neutral",
      statement="s10-k")
claim(T10, "Volodymyr Zelenskyy", "indirect",
      "Rustem Umerov, the secretary of Ukraine’s National Security and Defense Council, would lead the Ukrainian delegation "
      "in Geneva", "said", [], None)
claim(T10, "Volodymyr Zelenskyy", "indirect",
      "Kyiv would present its own proposal for a monitoring mission “with partners, not with the aggressor.”", "said",
      ["demarcation_line_monitoring"], "support", statement="s10-l", note="Second that-clause of one \"said\".")
claim(T10, "Volodymyr Zelenskyy", "partial", "with partners, not with the aggressor.", "said",
      ["demarcation_line_monitoring"], "support", statement="s10-l")

_bp["actors"] += [dict(name="Yurii Dmytrenko", type="person", docs=[T10], where="photo credit"),
                  dict(name="Irina Volkova", type="person", docs=[T10], where="contributor line"),
                  dict(name="Mark Delacroix", type="person", docs=[T10], where="contributor line")]
_bp["events"] += [dict(doc=T10, date="2026-03-04", text="speaks during a briefing in Moscow, Russia, on March 4, 2026",
                       actors=["Maria Zakharova"], where="FILE photo caption")]

event(T10, "2026-06-17", "Ukrainian President Volodymyr Zelenskyy said Wednesday", ["Volodymyr Zelenskyy"])
event(T10, "2026-06-17", "after meeting NATO Secretary-General Mark Rutte", ["Volodymyr Zelenskyy", "Mark Rutte"])
event(T10, "2026-06-16", "Kremlin spokesman Dmitry Peskov said Tuesday", ["Dmitry Peskov"])
event(T10, "2026-06-17", "who arrived in Kyiv on an unannounced visit", ["Mark Rutte"])
event(T10, "2014", "which ran a monitoring mission in eastern Ukraine from 2014", ["OSCE"])
event(T10, "2022-02", "Russia’s full-scale invasion in February 2022", ["Russia"])
event(T10, "2026-06", "who is expected to host Russian and Ukrainian negotiators in Geneva next week", ["Steve Witkoff"],
      date_note="\"next week\" after Wednesday 17 June: 22-26 June, month precision.")
event(T10, "2026-06-16", "French President Emmanuel Macron told a news conference in Paris on Tuesday", ["Emmanuel Macron"])
event(T10, "2026-06-17", "Russian drones and missiles struck the northeastern city of Kharkiv overnight", ["Russia"],
      date_note="The night before the Wednesday story.")
event(T10, "2026-06", "Vice President JD Vance said in an interview with Fox News last week", ["JD Vance"])

A("Oksana Bilyk", "person", ["OKSANA BILYK"], None, [], T10, note="Byline.")
A("Thomas Reardon", "person", ["THOMAS REARDON"], None, [], T10, note="Byline.")
A("Associated Press", "organization", ["The Associated Press", "AP"], None, [], T10)
A("Volodymyr Zelenskyy", "person", ["Ukrainian President Volodymyr Zelenskyy", "Zelenskyy"], "Ukraine",
  ["President of Ukraine"], T10)
A("Ukraine", "country", ["Kyiv", "Kyiv regime"], None, [], T10)
A("Russia", "country", ["Moscow"], None, [], T10)
A("United States", "country", ["U.S."], None, [], T10)
A("Mark Rutte", "person", ["NATO Secretary-General Mark Rutte", "Rutte"], "Netherlands", ["Secretary General of NATO"], T10)
A("NATO", "organization", ["the alliance"], None, [], T10)
A("Russian officials", "group", [], "Russia", [], T10)
A("Dmitry Peskov", "person", ["Kremlin spokesman Dmitry Peskov"], "Russia", ["Kremlin spokesman"], T10)
A("two officials familiar with the document", "anonymous", [], None, [], T10)
A("OSCE", "organization", ["Organization for Security and Co-operation in Europe"], None, [], T10)
A("Steve Witkoff", "person", ["U.S. special envoy Steve Witkoff"], "United States", ["U.S. special envoy"], T10)
A("Russian Foreign Ministry", "organization", ["Russia’s Foreign Ministry"], "Russia", [], T10)
A("Maria Zakharova", "person", ["Spokeswoman Maria Zakharova", "Zakharova"], "Russia",
  ["Russian Foreign Ministry spokeswoman"], T10)
A("UN Security Council", "organization", ["U.N. Security Council", "Security Council"], None, [], T10)
A("Emmanuel Macron", "person", ["French President Emmanuel Macron"], "France", ["President of France"], T10)
A("Coalition of the Willing", "organization", ["coalition of the willing"], None, [], T10)
A("Donald Tusk", "person", ["Polish Prime Minister Donald Tusk"], "Poland", ["Prime Minister of Poland"], T10)
A("Viktor Orbán", "person", ["Hungarian Prime Minister Viktor Orbán"], "Hungary", ["Prime Minister of Hungary"], T10)
A("Europe", "group", [], None, [], T10)
A("the regional governor", "anonymous", [], "Ukraine", ["regional governor (Kharkiv)"], T10,
  note="t10: an office holder not named by the text.")
A("Ukrainian Air Force", "organization", ["Ukraine’s air force"], "Ukraine", [], T10)
A("Russian Defense Ministry", "organization", ["Russia’s Defense Ministry"], "Russia", [], T10)
A("analysts", "group", ["Analysts"], None, [], T10)
A("Halyna Dovzhenko", "person", [], "Ukraine", ["researcher at the Kyiv Institute for Strategic Assessment"], T10)
A("Kyiv Institute for Strategic Assessment", "organization", [], "Ukraine", [], T10)
A("White House", "organization", ["The White House"], "United States", [], T10)
A("JD Vance", "person", ["Vice President JD Vance"], "United States", ["Vice President of the United States"], T10)
A("Fox News", "organization", [], "United States", [], T10)
A("Rustem Umerov", "person", [], "Ukraine", ["secretary of Ukraine’s National Security and Defense Council"], T10)

P("demarcation_line_monitoring",
  aliases=["ceasefire monitors", "international monitors", "monitoring plan", "robust monitoring mechanism",
           "monitoring mission"],
  supporters=["Volodymyr Zelenskyy", "Ukraine", "Mark Rutte", "NATO", "Emmanuel Macron"],
  conditional=["Maria Zakharova"],
  stance_note="t10: Zakharova dismisses NATO monitors (an oppose claim) but her standing position is conditional (Russian "
              "participants and a UN mandate).",
  figures=[fig(T10, "several hundred unarmed observers", None, "observers")])
P("buffer_zone", aliases=["buffer zone", "demilitarized buffer zone", "buffer zone demand"],
  proponents=["Russia"], supporters=["Russia", "Russian officials", "Dmitry Peskov"],
  opponents=["Volodymyr Zelenskyy"], conditional=["Halyna Dovzhenko"],
  figures=[fig(T10, "a 20-kilometer (12-mile) strip", 20, "km")])
P("osce_monitoring", aliases=["Organization for Security and Co-operation in Europe"],
  stance_note="t10: only a neutral mention by the officials.")
P("un_mandate", aliases=["a mandate from the Security Council"], supporters=["Maria Zakharova"])
P("reassurance_force", aliases=["European reassurance mission", "postwar force"],
  supporters=["Emmanuel Macron", "Coalition of the Willing"], opponents=["Viktor Orbán"], conditional=["Donald Tusk"],
  figures=[fig(T10, "within 30 days of a ceasefire", 30, "days", note="time to deploy")])
P("sanctions_relief", aliases=["sanctions on Moscow to be eased"], supporters=["Viktor Orbán"])

# ====================================================================== t11 (Guardian-like news story)
doc(T11, "UK could send up to 7,500 troops to Ukraine after ceasefire, Healey tells MPs", "The Guardian",
    "Harriet Lomax", "2026-09-15",
    ["Skip to main content", "Skip to navigation", "Print subscriptions", "Sign in", "Search jobs",
     "The Guardian - Back to home", "News", "Opinion", "Sport", "Culture", "Lifestyle", "Show more", "UK", "World",
     "Climate crisis", "Ukraine", "Environment", "Science", "Global development", "Football", "Tech", "Business",
     "Obituaries", "This article is more than 1 month old",
     "John Healey making his statement in the House of Commons on Tuesday. Photograph: Jessica Tanner/UK Parliament/AFP/"
     "Getty Images",
     "Tue 15 Sep 2026 18.42 BST", "Share", "skip past newsletter promotion", "Sign up to First Edition",
     "Our morning email breaks down the key stories of the day, telling you what’s happening and why it matters",
     "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties. "
     "For more information see our Privacy Policy. We use Google reCaptcha to protect our website and the Google Privacy "
     "Policy and Terms of Service apply.",
     "after newsletter promotion", "Explore more on these topics", "Russia", "John Healey", "Ministry of Defence", "Nato",
     "Conservatives", "Reform UK", "news", "Reuse this content", "Most viewed",
     "Reform UK overtakes Labour in Welsh Senedd poll"],
    published_note="Time stamp \"Tue 15 Sep 2026 18.42 BST\"; \"on Tuesday\" is the same day, \"Monday evening\" 14 Sept. "
                   "(\"This article is more than 1 month old\" is the archive banner of a later capture.)",
    outlet_note="\"The Guardian - Back to home\" masthead and the Guardian furniture (the outlet is not named in the text).",
    boilerplate_note="Skip links, menus, the section label, the archive banner, the photo caption and credit, the time "
                     "stamp, the newsletter promotion block, the topic tags, share/reuse widgets and \"Most viewed\". The "
                     "standfirst under the headline is article text (two claims). \"Harriet Lomax Political correspondent\" "
                     "is the byline line: author, not listed. Tag lines equal to body words (\"John Healey\", \"Nato\") are "
                     "furniture only as whole lines.")

claim(T11, "John Healey", "indirect", "UK could send up to 7,500 troops to Ukraine after ceasefire", "tells",
      ["reassurance_force"], "support", note="Headline \"..., Healey tells MPs\".")
claim(T11, "John Healey", "indirect", "deployment depends on US backing", "says", ["reassurance_force", "us_backstop"],
      "conditional", proposal_stances={"reassurance_force": "conditional", "us_backstop": "support"},
      note="Standfirst \"Defence secretary says ...\" (title only, no name).")
claim(T11, "Russia", "partial", "direct confrontation", "warns", ["reassurance_force"], "oppose",
      note="Standfirst \"Kremlin warns of ‘direct confrontation’\": single-quoted fragment, the frame adds nothing. "
           "\"Tories and Reform attack cost\" has no content and is not a claim.")
claim(T11, "John Healey", "indirect",
      "Britain could send up to 7,500 troops to Ukraine as part of a multinational reassurance force once a ceasefire is "
      "agreed", "told", ["reassurance_force"], "support",
      note="Clause before \"the defence secretary has told MPs\" (title-only reference).")
claim(T11, "John Healey", "indirect",
      "the British contingent would be drawn from two brigades and would be based “well away from the frontline”, focusing "
      "on training Ukrainian forces, protecting critical infrastructure and helping to secure Ukraine’s skies and the Black "
      "Sea", "said", ["reassurance_force"], "support", statement="s11-a")
claim(T11, "John Healey", "partial", "well away from the frontline", "said", ["reassurance_force"], "support",
      statement="s11-a")
claim(T11, "John Healey", "direct",
      "This is not a force to fight Russia. It is a force to make sure that Russia does not try again,", "told",
      ["reassurance_force"], "support", statement="s11-b", note="Pronoun speaker \"he told the Commons\".")
claim(T11, "John Healey", "direct",
      "No British soldier will be sent without a ceasefire in place and without the United States standing behind this "
      "mission.", None, ["reassurance_force", "us_backstop"], "conditional", statement="s11-b",
      proposal_stances={"reassurance_force": "conditional", "us_backstop": "support"})
claim(T11, "John Healey", "indirect",
      "the first year would cost “in the region of £1.2bn”, to be met from the defence budget and Treasury reserves", "said",
      ["reassurance_force"], "neutral", statement="s11-c")
claim(T11, "John Healey", "partial", "in the region of £1.2bn", "said", ["reassurance_force"], "neutral",
      statement="s11-c")
claim(T11, "ministers", "indirect", "a US “backstop” is a precondition for sending troops", "insisted",
      ["us_backstop", "reassurance_force"], "support",
      proposal_stances={"us_backstop": "support", "reassurance_force": "conditional"},
      note="\"backstop\" in quotes names the proposal: not a partial (heldout convention).")
claim(T11, "John Healey", "indirect",
      "he had received assurances from the Pentagon that Washington would provide intelligence, air defence and “enablers”",
      "said", ["us_backstop"], "support",
      note="The quoted jargon word \"enablers\" is treated as a term, not a partial.")
claim(T11, "Pentagon", "indirect", "Washington would provide intelligence, air defence and “enablers”", "assurances",
      ["us_backstop"], "support", reported_by="John Healey",
      note="Relayed assurance (A decision 5); the noun \"assurances\" is the cue.")
claim(T11, "John Healey", "indirect", "the details were still being finalised", "acknowledged", ["us_backstop"], "neutral",
      note="Pronoun speaker \"he acknowledged\".")
claim(T11, "Kemi Badenoch", "indirect", "her party supported Ukraine “without hesitation”", "said", [], None,
      statement="s11-d", note="Apposition \"Kemi Badenoch, the Conservative leader, said\"; support for Ukraine in general, no proposal.")
claim(T11, "Kemi Badenoch", "partial", "without hesitation", "said", [], None, statement="s11-d")
claim(T11, "Kemi Badenoch", "indirect", "the government of “writing blank cheques” for a mission whose mandate remained unclear",
      "accused", ["reassurance_force"], "conditional", statement="s11-e",
      note="Criticism of the terms (money, mandate), not of the mission itself: conditional.")
claim(T11, "Kemi Badenoch", "partial", "writing blank cheques", "accused", ["reassurance_force"], "conditional",
      statement="s11-e")
claim(T11, "Kemi Badenoch", "direct",
      "The prime minister has promised troops before he has promised the money, the equipment or the exit strategy,", "said",
      ["reassurance_force"], "conditional", statement="s11-f", note="Pronoun speaker \"she said\".")
claim(T11, "Kemi Badenoch", "direct", "Our armed forces deserve better than a press release.", None, ["reassurance_force"],
      "conditional", statement="s11-f")
claim(T11, "James Cartlidge", "indirect", "ministers to publish the rules of engagement before any vote", "urged",
      ["reassurance_force"], "conditional", note="\"and asked whether ...\" is a question: not a claim.")
claim(T11, "John Healey", "indirect", "they would “always have the right to defend themselves”", "replied",
      ["reassurance_force"], "neutral", statement="s11-g")
claim(T11, "John Healey", "partial", "always have the right to defend themselves", "replied", ["reassurance_force"],
      "neutral", statement="s11-g")
claim(T11, "Nigel Farage", "indirect", "the plan “reckless”", "calling", ["reassurance_force"], "oppose",
      statement="s11-h", note="\"went further\" has no content (A decision 6); \"calling the plan ...\" is the claim.")
claim(T11, "Nigel Farage", "partial", "reckless", "calling", ["reassurance_force"], "oppose", statement="s11-h")
claim(T11, "Nigel Farage", "indirect", "British troops should not be sent “anywhere near Russia’s border”", "arguing",
      ["reassurance_force"], "oppose", statement="s11-i")
claim(T11, "Nigel Farage", "partial", "anywhere near Russia’s border", "arguing", ["reassurance_force"], "oppose",
      statement="s11-i")
claim(T11, "Nigel Farage", "indirect", "Reform would vote against any motion authorising the deployment", "said",
      ["reassurance_force"], "oppose", note="Pronoun speaker \"He said\".")
claim(T11, "Ed Davey", "indirect", "the statement", "welcomed", ["reassurance_force"], "support",
      note="Welcoming verb with an object (gold_b).")
claim(T11, "Ed Davey", "indirect", "his party would back the deployment", "said", ["reassurance_force"], "support")
claim(T11, "Ed Davey", "indirect", "a binding Commons vote before any troops left the UK", "called for",
      ["reassurance_force"], "conditional")
claim(T11, "a Labour backbencher", "indirect", "colleagues were “worried we are walking into a commitment with no end date”", "said",
      ["reassurance_force"], "neutral", statement="s11-j",
      note="\"One backbencher, who asked not to be named, said\": one of \"some MPs\" on Labour's benches. A worry without a demand: "
           "neutral. \"some MPs voiced unease\" is an attitude, not a claim.")
claim(T11, "a Labour backbencher", "partial", "worried we are walking into a commitment with no end date", "said",
      ["reassurance_force"], "neutral", statement="s11-j")
claim(T11, "Dmitry Peskov", "indirect",
      "British troops in Ukraine would be “a step towards direct confrontation between Russia and Nato”", "told",
      ["reassurance_force"], "oppose", statement="s11-k", note="\"In Moscow, the reaction was hostile.\" is narration.")
claim(T11, "Dmitry Peskov", "partial", "a step towards direct confrontation between Russia and Nato", "told",
      ["reassurance_force"], "oppose", statement="s11-k")
claim(T11, "Dmitry Peskov", "direct", "We have said many times that we consider any such contingents legitimate targets,",
      "said", ["reassurance_force"], "oppose", note="Pronoun speaker; a quote paragraph of its own.")
claim(T11, "Russian embassy in London", "indirect", "the British plan was “a provocation that makes peace less likely”",
      "said", ["reassurance_force"], "oppose", statement="s11-l", note="\"said in a post on Telegram\".")
claim(T11, "Russian embassy in London", "partial", "a provocation that makes peace less likely", "said",
      ["reassurance_force"], "oppose", statement="s11-l")
claim(T11, "Andrii Sybiha", "indirect", "Britain for a “serious, concrete commitment”", "thanked", ["reassurance_force"],
      "support", statement="s11-m", note="Thanking verb with an object, like \"welcomed\"; borderline.")
claim(T11, "Andrii Sybiha", "partial", "serious, concrete commitment", "thanked", ["reassurance_force"], "support",
      statement="s11-m")
claim(T11, "Andrii Sybiha", "indirect", "he hoped other allies would now put numbers on the table", "said",
      ["reassurance_force"], "support")
claim(T11, "a Downing Street spokesperson", "indirect",
      "Keir Starmer had spoken to Donald Trump on Monday evening and that the two leaders had agreed their teams would “keep "
      "working closely” on security guarantees for Ukraine", "said", ["security_guarantees"], "support", statement="s11-n")
claim(T11, "a Downing Street spokesperson", "partial", "keep working closely", "said", ["security_guarantees"], "support",
      statement="s11-n")
claim(T11, "France", "indirect",
      "France was prepared to contribute a similar number of troops and would command the force’s air component, which "
      "would operate from bases in Poland and Romania", "said", ["reassurance_force", "air_reassurance_force"], "support",
      note="Metonym \"the Élysée said\" (an alias of France, like Kremlin for Russia).")
claim(T11, "Rebecca Thorne", "indirect", "the 7,500 figure was “credible but stretching”", "said", ["reassurance_force"],
      "neutral", statement="s11-o")
claim(T11, "Rebecca Thorne", "partial", "credible but stretching", "said", ["reassurance_force"], "neutral",
      statement="s11-o")
claim(T11, "Rebecca Thorne", "direct",
      "It means the army would have very little left for Nato’s eastern flank for at least two years,", "said",
      ["reassurance_force"], "neutral", statement="s11-p", note="Pronoun speaker \"she said\".")
claim(T11, "Rebecca Thorne", "direct", "That is a choice ministers can make, but they should be honest about it.", None,
      ["reassurance_force"], "neutral", statement="s11-p")
claim(T11, "ministers", "indirect", "there will be a Commons vote before any deployment", "said", ["reassurance_force"],
      "neutral", note="\"but no date has been set\" is narration.")

_bp["actors"] += [dict(name="Jessica Tanner", type="person", docs=[T11], where="photo credit"),
                  dict(name="Getty Images", type="organization", docs=[T11], where="photo credit"),
                  dict(name="AFP", type="organization", docs=[T11], where="photo credit"),
                  dict(name="The Guardian", type="organization", docs=[T11], where="masthead"),
                  dict(name="British Ministry of Defence", type="organization", docs=[T11], where="topic tag")]
_bp["events"] += [dict(doc=T11, date="2026-09-15",
                       text="John Healey making his statement in the House of Commons on Tuesday",
                       actors=["John Healey"], where="photo caption")]

event(T11, "2026-09-15", "he told the Commons on Tuesday", ["John Healey"])
event(T11, "2026-09-14", "Keir Starmer had spoken to Donald Trump on Monday evening", ["Keir Starmer", "Donald Trump"])

A("Harriet Lomax", "person", [], None, ["Political correspondent"], T11, note="Byline.")
A("United Kingdom", "country", ["Britain", "UK"], None, [], T11)
A("Ukraine", "country", [], None, [], T11)
A("Russia", "country", ["Kremlin", "Moscow"], None, [], T11)
A("John Healey", "person", ["Healey", "the defence secretary", "Defence secretary"], "United Kingdom",
  ["Defence Secretary"], T11)
A("United States", "country", ["the United States", "US", "Washington"], None, [], T11)
A("ministers", "group", ["Ministers"], "United Kingdom", [], T11, note="t11: UK government ministers.")
A("Pentagon", "organization", ["the Pentagon"], "United States", [], T11)
A("Kemi Badenoch", "person", [], "United Kingdom", ["Conservative leader"], T11)
A("Conservative Party", "organization", ["Tories"], "United Kingdom", [], T11)
A("James Cartlidge", "person", [], "United Kingdom", ["shadow defence secretary"], T11)
A("Nigel Farage", "person", [], "United Kingdom", ["Reform UK leader"], T11)
A("Reform UK", "organization", ["Reform"], "United Kingdom", [], T11)
A("Ed Davey", "person", [], "United Kingdom", ["Liberal Democrat leader"], T11)
A("a Labour backbencher", "anonymous", ["One backbencher"], "United Kingdom", [], T11,
  note="t11: \"One backbencher, who asked not to be named\" among the Labour MPs.")
A("Dmitry Peskov", "person", [], "Russia", ["Vladimir Putin’s spokesperson"], T11)
A("Vladimir Putin", "person", [], "Russia", ["President of Russia"], T11)
A("NATO", "organization", ["Nato"], None, [], T11)
A("Russian embassy in London", "organization", ["The Russian embassy in London"], "Russia", [], T11)
A("Andrii Sybiha", "person", [], "Ukraine", ["Foreign Minister of Ukraine"], T11)
A("a Downing Street spokesperson", "anonymous", ["A Downing Street spokesperson"], "United Kingdom", [], T11)
A("Keir Starmer", "person", [], "United Kingdom", ["Prime Minister of the United Kingdom"], T11)
A("Donald Trump", "person", [], "United States", ["President of the United States"], T11)
A("France", "country", ["Élysée"], None, [], T11)
A("Poland", "country", [], None, [], T11)
A("Romania", "country", [], None, [], T11)
A("Rebecca Thorne", "person", [], "United Kingdom", ["defence analyst at King’s College London"], T11)
A("King’s College London", "organization", [], "United Kingdom", [], T11)

P("reassurance_force", aliases=["multinational reassurance force"],
  proponents=["United Kingdom"],
  supporters=["John Healey", "United Kingdom", "Ed Davey", "Andrii Sybiha", "France"],
  opponents=["Russia", "Nigel Farage", "Dmitry Peskov", "Russian embassy in London"],
  conditional=["Kemi Badenoch", "James Cartlidge", "ministers"],
  figures=[fig(T11, "up to 7,500 troops", 7500, "troops", note="British contingent (headline and lede)"),
           fig(T11, "the 7,500 figure", 7500, "troops"),
           fig(T11, "two brigades", 2, "brigades"),
           fig(T11, "£1.2bn", 1.2e9, "GBP", note="first-year cost"),
           fig(T11, "a similar number of troops", None, "troops", note="France's offer")])
P("us_backstop", aliases=["US backing", "backstop"], supporters=["John Healey", "ministers", "Pentagon"])
P("air_reassurance_force", aliases=["the force’s air component"], supporters=["France"])
P("security_guarantees", aliases=["security guarantees for Ukraine"], supporters=["a Downing Street spokesperson"])

# ====================================================================== t12 (POLITICO Europe-like story)
P("eu_guarantees_facility", "EU-funded Ukraine Security Guarantees Facility (paying for the reassurance force)",
  part_of="security_guarantees",
  stance_note="t12: new. A Commission plan to finance the deployment, logistics and air defense of the reassurance force "
              "from windfall profits on immobilized Russian assets and national contributions.")

doc(T12, "Orbán threatens to sink EU’s €20B plan to bankroll Ukraine peace force", "POLITICO Europe",
    "Lena Hartwig and Matteo Rinaldi", "2026-10-20",
    ["POLITICO", "Europe Edition", "Newsletters", "Podcasts", "Poll of Polls", "Policy news", "Events", "Ukraine",
     "EU foreign policy chief Kaja Kallas has championed the plan since the summer. | Lucien Moreau/AFP via Getty Images",
     "October 20, 2026 4:02 pm CET", "Listen", "Share",
     "Sign up for Brussels Playbook, POLITICO’s essential morning briefing on the EU — delivered to your inbox every weekday.",
     "This article has been updated.", "Ana Suárez contributed reporting.", "Related Tags", "Hungary", "Viktor Orbán",
     "Kaja Kallas", "Ursula von der Leyen", "Security and defense", "Read this next",
     "Kallas: EU must be ready to act without Washington on Ukraine",
     "Playbook: Capitals brace for Orbán’s veto season"],
    published_note="Time stamp \"October 20, 2026 4:02 pm CET\" (a Tuesday); \"on Tuesday\" is the same day.",
    outlet_note="\"POLITICO\" masthead, \"seen by POLITICO\", \"told POLITICO\" and the Playbook box; the outlet's "
                "European edition (as the devset's d05).",
    boilerplate_note="Masthead and menus, the photo caption and credit, the time stamp, listen/share widgets, the Brussels "
                     "Playbook signup box, the update note, the contributor line, the related tags and the \"Read this "
                     "next\" links. The deck under the headline is article text (\"Budapest says no\" has no content: not a "
                     "claim, as gold_b's \"Moscow says no\"). \"By Lena Hartwig and Matteo Rinaldi\" is the byline: author, "
                     "not listed.")

claim(T12, "Viktor Orbán", "indirect", "to sink EU’s €20B plan to bankroll Ukraine peace force", "threatens",
      ["eu_guarantees_facility"], "oppose", note="Headline; a threat is a commissive with content (A decision 3).")
claim(T12, "Ursula von der Leyen", "indirect",
      "the facility would show that Europe was ready to “put its money where its mouth is.”", "said",
      ["eu_guarantees_facility"], "support", statement="s12-a",
      note="The Commission's plan itself is described from \"a draft seen by POLITICO\": a document, not a claim.")
claim(T12, "Ursula von der Leyen", "partial", "put its money where its mouth is.", "said", ["eu_guarantees_facility"],
      "support", statement="s12-a")
claim(T12, "Ursula von der Leyen", "direct", "Security guarantees that exist only on paper are not guarantees,", "told",
      ["eu_guarantees_facility", "security_guarantees"], "support", statement="s12-b",
      note="Pronoun speaker \"she told reporters at the Berlaymont\" (the Berlaymont is a place here).")
claim(T12, "Ursula von der Leyen", "direct", "This is how Europe makes them real.", None,
      ["eu_guarantees_facility", "security_guarantees"], "support", statement="s12-b")
claim(T12, "Hungary", "indirect", "it will veto the plan", "signaled", ["eu_guarantees_facility"], "oppose",
      note="The relative clause \"which needs the backing of all 27 capitals ...\" is the author's explanation.")
claim(T12, "Viktor Orbán", "direct", "Hungary will not pay for a war mission,", "wrote", ["eu_guarantees_facility"],
      "oppose", note="\"Orbán wrote on X on Tuesday\".")
claim(T12, "Viktor Orbán", "indirect", "the facility “a blank cheque for escalation.”", "calling",
      ["eu_guarantees_facility"], "oppose", statement="s12-c")
claim(T12, "Viktor Orbán", "partial", "a blank cheque for escalation.", "calling", ["eu_guarantees_facility"], "oppose",
      statement="s12-c")
claim(T12, "Peter Szijjarto", "indirect",
      "Budapest would not allow “a single forint” to be spent on foreign troops in Ukraine", "told",
      ["eu_guarantees_facility", "reassurance_force"], "oppose", statement="s12-d",
      note="\"His foreign minister, Péter Szijjártó, told Hungarian state media\": possessive title before the name.")
claim(T12, "Peter Szijjarto", "partial", "a single forint", "told", ["eu_guarantees_facility", "reassurance_force"],
      "oppose", statement="s12-d")
claim(T12, "Peter Szijjarto", "indirect",
      "Hungary’s long-standing demand that sanctions on Russia be eased as part of any peace deal", "repeated",
      ["sanctions_relief"], "support", note="\"repeated Hungary's ... demand\": repeating verb with an object.")
claim(T12, "three EU diplomats", "indirect", "Hungary was not the only holdout", "said", ["eu_guarantees_facility"],
      "neutral", note="\"Three EU diplomats, granted anonymity to speak candidly about ..., said\".")
claim(T12, "three EU diplomats", "indirect", "Slovakia’s Robert Fico has privately raised similar objections", "said",
      ["eu_guarantees_facility"], "neutral",
      note="\"one of them said\" (resolved to the three diplomats). Fico's \"raised similar objections\" has no content of "
           "its own: no Fico claim, only a stance (stance_note). The Belgian clause after \"while\" is the author's.")
claim(T12, "a senior EU diplomat", "direct", "Everybody is hiding behind Orbán,", "said", ["eu_guarantees_facility"],
      "support", statement="s12-e", note="Inverted \"said a senior EU diplomat\".")
claim(T12, "a senior EU diplomat", "direct", "He says out loud what two or three others are thinking.", None,
      ["eu_guarantees_facility"], "support", statement="s12-e")
claim(T12, "Kaja Kallas", "indirect", "the EU had options", "insisted", ["eu_guarantees_facility"], "support",
      note="\"Kallas, the bloc's top diplomat, insisted\".")
claim(T12, "Kaja Kallas", "indirect",
      "If unanimity proves impossible, the facility could be set up among willing countries outside the EU treaties", "told",
      ["eu_guarantees_facility"], "support", note="Clause before \"she told POLITICO in an interview\".")
claim(T12, "Kaja Kallas", "direct", "We did it with the ammunition initiative. We can do it again,", "said",
      ["eu_guarantees_facility"], "support", statement="s12-f")
claim(T12, "Kaja Kallas", "direct", "Nobody gets a veto over Ukraine’s security.", None, ["eu_guarantees_facility"],
      "support", statement="s12-f")
claim(T12, "a diplomat from a Nordic country", "direct",
      "If Budapest wants to sit this out, let it sit this out. One capital cannot decide whether Ukraine is safe.", None,
      ["eu_guarantees_facility"], "support",
      note="\"... was blunter:\" + quote: the quote is a claim, but \"was blunter\" is not a verb of saying (A decision 6), "
           "so cue null.")
claim(T12, "a senior Commission official", "indirect",
      "the facility had been designed to “work with or without” a U.S. backstop", "said",
      ["eu_guarantees_facility", "us_backstop"], "support", statement="s12-g",
      proposal_stances={"eu_guarantees_facility": "support", "us_backstop": "neutral"},
      note="\"A senior Commission official, who was granted anonymity because ..., said\".")
claim(T12, "a senior Commission official", "partial", "work with or without", "said",
      ["eu_guarantees_facility", "us_backstop"], "support", statement="s12-g",
      proposal_stances={"eu_guarantees_facility": "support", "us_backstop": "neutral"})
claim(T12, "a senior Commission official", "indirect", "several capitals wanted clarity from Washington first",
      "acknowledged", ["eu_guarantees_facility", "us_backstop"], "neutral")
claim(T12, "a German government spokesperson", "indirect",
      "the federal government backed the facility “in principle” but wanted to see the legal text before committing any "
      "money", "said", ["eu_guarantees_facility"], "conditional", statement="s12-h",
      note="\"Berlin is among them.\" is narration; the claim is the spokesperson's.")
claim(T12, "a German government spokesperson", "partial", "in principle", "said", ["eu_guarantees_facility"],
      "conditional", statement="s12-h")
claim(T12, "Italian Prime Minister's Office", "indirect", "Italy would “evaluate the proposal carefully,”", "said",
      ["eu_guarantees_facility"], "neutral", statement="s12-i",
      note="\"Giorgia Meloni's office said\". \"a formula diplomats read as skepticism\" is interpretation, not a claim.")
claim(T12, "Italian Prime Minister's Office", "partial", "evaluate the proposal carefully,", "said",
      ["eu_guarantees_facility"], "neutral", statement="s12-i")
claim(T12, "France", "indirect", "the plan", "welcomed", ["eu_guarantees_facility"], "support",
      note="\"France, which together with the U.K. leads the coalition of the willing, welcomed the plan.\"")
claim(T12, "an Elysée official", "indirect", "Paris had pushed for “European money for a European force” for months",
      "said", ["eu_guarantees_facility", "reassurance_force"], "support", statement="s12-j")
claim(T12, "an Elysée official", "partial", "European money for a European force", "said",
      ["eu_guarantees_facility", "reassurance_force"], "support", statement="s12-j")
claim(T12, "Dmitry Peskov", "indirect", "any use of the frozen assets “theft, pure and simple”", "called",
      ["eu_guarantees_facility"], "oppose", statement="s12-k", note="\"The Kremlin reacted with predictable fury.\" is narration.")
claim(T12, "Dmitry Peskov", "partial", "theft, pure and simple", "called", ["eu_guarantees_facility"], "oppose",
      statement="s12-k")
claim(T12, "Dmitry Peskov", "indirect", "Russia would respond “in a way that will be painful for the Europeans.”",
      "warned", ["eu_guarantees_facility"], "oppose", statement="s12-l")
claim(T12, "Dmitry Peskov", "partial", "in a way that will be painful for the Europeans.", "warned",
      ["eu_guarantees_facility"], "oppose", statement="s12-l")
claim(T12, "Ukraine", "indirect", "the plan", "welcomed", ["eu_guarantees_facility"], "support",
      note="Passive \"In Kyiv, the plan was welcomed.\": agent implied by the metonym; borderline, kept like the brief's "
           "passive \"it was agreed\".")
claim(T12, "Volodymyr Zelenskyy", "indirect",
      "the facility would be “the strongest signal yet that Europe is serious about the day after.”", "said",
      ["eu_guarantees_facility"], "support", statement="s12-m",
      note="\"Zelenskyy, speaking by video link to EU ambassadors, said\".")
claim(T12, "Volodymyr Zelenskyy", "partial", "the strongest signal yet that Europe is serious about the day after.", "said",
      ["eu_guarantees_facility"], "support", statement="s12-m")
claim(T12, "Volodymyr Zelenskyy", "indirect", "capitals not to let “one or two governments” hold up the money", "urged",
      ["eu_guarantees_facility"], "support", statement="s12-n", note="Pronoun speaker \"He urged\".")
claim(T12, "Volodymyr Zelenskyy", "partial", "one or two governments", "urged", ["eu_guarantees_facility"], "support",
      statement="s12-n")
claim(T12, "two diplomats", "indirect",
      "the most likely outcome was a statement welcoming the Commission’s work and asking it to come back with legal options "
      "by December, effectively buying time until after a planned coalition meeting in Paris", "said",
      ["eu_guarantees_facility"], "neutral")
claim(T12, "two diplomats", "direct", "It will be kicked down the road, like everything Orbán doesn’t like.", None,
      ["eu_guarantees_facility"], "neutral",
      note="\"One of them put it more bluntly:\" (one of the two diplomats); no verb of saying with content: cue null.")

_bp["actors"] += [dict(name="Lucien Moreau", type="person", docs=[T12], where="photo credit"),
                  dict(name="AFP", type="organization", docs=[T12], where="photo credit"),
                  dict(name="Getty Images", type="organization", docs=[T12], where="photo credit"),
                  dict(name="Ana Suárez", type="person", docs=[T12], where="contributor line")]
_bp["claims"] += [dict(doc=T12, speaker="Kaja Kallas", kind="indirect",
                       text="EU must be ready to act without Washington on Ukraine", cue=None,
                       proposals=["us_backstop"], stance="neutral", where="Read this next link (\"Kallas: ...\")")]

event(T12, "2026-10-20", "The Commission on Tuesday unveiled a €20 billion “Ukraine Security Guarantees Facility”",
      ["European Commission"])
event(T12, "2026-10-20", "Orbán wrote on X on Tuesday", ["Viktor Orbán"])
event(T12, "2026-10-29", "EU leaders are expected to discuss the proposal at their summit in Brussels on Oct. 29",
      ["EU leaders"])
event(T12, "2026-12", "asking it to come back with legal options by December", ["European Commission"],
      date_note="Expected deadline (the likely summit outcome), month precision.")

A("Lena Hartwig", "person", [], None, [], T12, note="Byline.")
A("Matteo Rinaldi", "person", [], None, [], T12, note="Byline.")
A("POLITICO", "organization", [], None, [], T12)
A("European Commission", "organization", ["The European Commission", "The Commission", "Commission"], None, [], T12)
A("European Union", "organization", ["EU", "the bloc"], None, [], T12)
A("Viktor Orbán", "person", ["Orbán"], "Hungary", ["Prime Minister of Hungary"], T12)
A("Hungary", "country", ["Budapest"], None, [], T12)
A("Ursula von der Leyen", "person", ["Commission President Ursula von der Leyen"], None,
  ["President of the European Commission"], T12)
A("Europe", "group", [], None, [], T12)
A("Peter Szijjarto", "person", ["Péter Szijjártó"], None, ["Foreign Minister of Hungary"], T12,
  note="t12: the heldout's canonical spelling kept (country null there too); the text spells it with accents.")
A("Russia", "country", ["The Kremlin"], None, [], T12)
A("three EU diplomats", "group", ["Three EU diplomats"], None, [], T12)
A("Slovakia", "country", [], None, [], T12)
A("Robert Fico", "person", ["Slovakia’s Robert Fico"], "Slovakia", ["Prime Minister of Slovakia"], T12)
A("Belgium", "country", [], None, [], T12)
A("a senior EU diplomat", "anonymous", [], None, [], T12)
A("Kaja Kallas", "person", ["Kallas"], None, ["the bloc’s top diplomat"], T12)
A("a diplomat from a Nordic country", "anonymous", ["A diplomat from a Nordic country"], None, [], T12)
A("a senior Commission official", "anonymous", ["A senior Commission official"], None, [], T12)
A("United States", "country", ["Washington", "U.S."], None, [], T12)
A("Germany", "country", ["Berlin"], None, [], T12)
A("a German government spokesperson", "anonymous", ["A German government spokesperson"], "Germany", [], T12)
A("Italy", "country", ["Rome"], None, [], T12)
A("Giorgia Meloni", "person", [], "Italy", ["Prime Minister of Italy"], T12)
A("Italian Prime Minister's Office", "organization", ["Giorgia Meloni’s office"], "Italy", [], T12)
A("diplomats", "group", [], None, [], T12)
A("France", "country", ["Paris"], None, [], T12)
A("United Kingdom", "country", ["U.K."], None, [], T12)
A("Coalition of the Willing", "organization", ["coalition of the willing"], None, [], T12)
A("an Elysée official", "anonymous", ["An Elysée official"], "France", [], T12)
A("Dmitry Peskov", "person", ["Kremlin spokesman Dmitry Peskov"], "Russia", ["Kremlin spokesman"], T12)
A("Ukraine", "country", ["Kyiv"], None, [], T12)
A("Volodymyr Zelenskyy", "person", ["President Volodymyr Zelenskyy"], "Ukraine", ["President of Ukraine"], T12)
A("EU leaders", "group", [], None, [], T12)
A("two diplomats", "group", ["Two diplomats"], None, [], T12)

P("eu_guarantees_facility",
  aliases=["Ukraine Security Guarantees Facility", "€20B plan to bankroll Ukraine peace force", "the facility"],
  proponents=["European Commission", "Ursula von der Leyen"],
  supporters=["Ursula von der Leyen", "a senior EU diplomat", "Kaja Kallas", "a diplomat from a Nordic country",
              "a senior Commission official", "France", "an Elysée official", "Ukraine", "Volodymyr Zelenskyy"],
  opponents=["Viktor Orbán", "Hungary", "Peter Szijjarto", "Dmitry Peskov", "Robert Fico"],
  conditional=["a German government spokesperson", "Belgium"],
  stance_note="t12: Fico (\"privately raised similar objections\", relayed by a diplomat) and Belgium (\"wants legal "
              "guarantees before any windfall profits are touched\") come from narration without a claim of their own.",
  figures=[fig(T12, "€20 billion", 2e10, "EUR"), fig(T12, "€20B plan", 2e10, "EUR", note="headline"),
           fig(T12, "all 27 capitals", 27, "countries", note="unanimity needed")])
P("reassurance_force", aliases=["Ukraine peace force", "a future reassurance force in Ukraine"],
  proponents=["France", "United Kingdom", "Coalition of the Willing"], opponents=["Peter Szijjarto"],
  supporters=["an Elysée official"])
P("sanctions_relief", supporters=["Peter Szijjarto", "Hungary"],
  stance_note="t12: \"Hungary's long-standing demand\", repeated by Szijjarto.")
P("us_backstop", aliases=["a U.S. backstop"])

# ====================================================================== export
ACTORS = list(_actors.values())
_used = {pid for c in CLAIMS for pid in c["proposals"]}
PROPOSALS = [p for p in _props.values() if p["id"] in _used or p["figures"] or p["proponents"] or p["supporters"]
             or p["opponents"] or p["conditional"]]
_parents = {p.get("part_of") for p in PROPOSALS}
PROPOSALS = [p for p in _props.values() if p in PROPOSALS or p["id"] in _parents]   # keep parents for part_of
