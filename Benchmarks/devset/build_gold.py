#!/usr/bin/env python3
"""Source of devset.gold.json. Edit here, then run: python3 build_gold.py (writes devset.gold.json)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

D1 = "d01_merz_reassurance_force.txt"
D2 = "d02_kremlin_buffer_zone.txt"
D3 = "d03_guarantees_analysis.txt"
D4 = "d04_monitoring_explainer.txt"
D5 = "d05_politico_sanctions_relief.txt"
D6 = "d06_kyivpost_army_cap.txt"

documents, actors, claims, proposals, events = [], [], [], [], []
bp_actors, bp_claims, bp_events = [], [], []


def doc(file, title, outlet, author, published, boilerplate, **extra):
    documents.append(dict(file=file, title=title, outlet=outlet, author=author,
                          published=published, boilerplate=boilerplate, **extra))


def actor(name, type_, aliases, country, roles, docs, **extra):
    actors.append(dict(name=name, type=type_, aliases=aliases, country=country,
                       roles=roles, docs=docs, **extra))


_counter = {}


def claim(doc_, speaker, kind, text, cue, props, stance, **extra):
    n = _counter[doc_] = _counter.get(doc_, 0) + 1
    cid = f"c{doc_[1:3]}-{n:02d}"
    claims.append(dict(id=cid, doc=doc_, speaker=speaker, kind=kind, text=text, cue=cue,
                       proposals=props, stance=stance, **extra))
    return cid


def event(doc_, date, text, actors_, **extra):
    events.append(dict(doc=doc_, date=date, text=text, actors=actors_, **extra))


def proposal(id_, name, aliases, proponents, supporters, opponents, conditional, figures, **extra):
    proposals.append(dict(id=id_, name=name, aliases=aliases, proponents=proponents,
                          supporters=supporters, opponents=opponents, conditional=conditional,
                          figures=figures, **extra))


def fig(doc_, text, value, unit, **extra):
    return dict(doc=doc_, text=text, value=value, unit=unit, **extra)


# ====================================================================== d01 (Reuters-like)
doc(D1, "Germany ready to put troops in Ukraine reassurance force if U.S. backs it, Merz says",
    "Reuters", "Katrin Vogel and Piotr Nowicki", "2026-02-10",
    ["World", "Europe", "Business", "Markets", "Sustainability",
     "February 10, 2026 4:12 PM GMT+1 Updated 2 hours ago",
     "German Chancellor Friedrich Merz attends a news conference at the Chancellery in Berlin, Germany, February 10, 2026. REUTERS/Lena Hartmann",
     "Advertisement · Scroll to continue",
     "(Reporting by Katrin Vogel in Berlin and Piotr Nowicki in Warsaw; Additional reporting by Anna Kerr in Moscow; Editing by Tom Harrow)",
     "Our Standards: The Thomson Reuters Trust Principles."],
    published_note="Timestamp line and dateline \"Feb 10 (Reuters)\"; \"on Tuesday\" = 2026-02-10.",
    outlet_note="Dateline \"(Reuters)\", \"told Reuters\", trust-principles footer.",
    boilerplate_note="Section menu, timestamp line, photo caption, ad marker, reporting/editing credit line and standards footer. The byline line \"By Katrin Vogel and Piotr Nowicki\" is the author and not listed.")

c = claim(D1, "Friedrich Merz", "indirect", "Germany ready to put troops in Ukraine reassurance force if U.S. backs it", "says",
          ["reassurance_force", "us_backstop"], "conditional", note="Headline attribution.",
          proposal_stances={"reassurance_force": "conditional", "us_backstop": "support"})
claim(D1, "Friedrich Merz", "indirect",
      "Germany is prepared to contribute soldiers to a European reassurance force for Ukraine once a ceasefire is in place, but only if the United States provides a security backstop",
      "said", ["reassurance_force", "us_backstop"], "conditional",
      proposal_stances={"reassurance_force": "conditional", "us_backstop": "support"})
claim(D1, "Friedrich Merz", "direct",
      "Germany will not stand aside. If there is a ceasefire and if Washington is in, we are in,", "told",
      ["reassurance_force", "us_backstop"], "conditional",
      proposal_stances={"reassurance_force": "conditional", "us_backstop": "support"})
claim(D1, "two European diplomats", "indirect", "the first rotation could be closer to 10,000 to 20,000", "said",
      ["reassurance_force"], "neutral")
claim(D1, "Friedrich Merz", "indirect",
      "a German contribution would need approval from the Bundestag and would focus on air defence and logistics rather than front-line positions",
      "said", ["reassurance_force"], "conditional")
claim(D1, "Donald Tusk", "indirect", "sending Polish soldiers into Ukraine", "ruled out", ["reassurance_force"], "neutral",
      note="Rules out Poland's own participation, not the force (Poland offers to be its logistical hub): neutral toward the proposal, see README decision 3.")
claim(D1, "Donald Tusk", "indirect",
      "Poland would instead serve as the \"logistical hub\" of the mission and keep its own army at full strength on NATO's eastern flank",
      "said", ["reassurance_force"], "support", statement="s01-a", note="Speaker given as \"He\".")
claim(D1, "Donald Tusk", "partial", "logistical hub", "said", ["reassurance_force"], "support", statement="s01-a")
claim(D1, "Donald Tusk", "direct",
      "Our task is to protect the border of the alliance. Nobody in Europe should expect Polish boots in Kherson or Zaporizhzhia,",
      "said", ["reassurance_force"], "neutral", note="Rules out Polish troops in Ukraine; see the \"ruled out\" claim.")
claim(D1, "Russia", "indirect", "the plan", "dismissed", ["reassurance_force"], "oppose", note="Speaker \"The Kremlin\".")
claim(D1, "Dmitry Peskov", "indirect",
      "Any deployment of troops from NATO countries to Ukraine, under whatever flag, would be \"absolutely unacceptable\" to Moscow",
      "told", ["reassurance_force"], "oppose", statement="s01-b", note="Speaker after the clause (\"..., spokesman Dmitry Peskov told reporters\").")
claim(D1, "Dmitry Peskov", "partial", "absolutely unacceptable", "told", ["reassurance_force"], "oppose", statement="s01-b")
claim(D1, "Dmitry Peskov", "direct", "Such a contingent would be a legitimate target. Nothing has changed in our position,",
      "said", ["reassurance_force"], "oppose", note="Inverted attribution \"said Peskov\".")
claim(D1, "two European diplomats", "indirect",
      "the question of a U.S. backstop, such as air cover or intelligence support, remained the main obstacle", "told",
      ["us_backstop", "reassurance_force"], "neutral")
claim(D1, "a European diplomat", "indirect", "Washington had so far signalled only \"moral support\" for the force", "said",
      ["reassurance_force", "us_backstop"], "neutral", statement="s01-c", note="Speaker \"One of them\" (one of the two diplomats).")
claim(D1, "a European diplomat", "partial", "moral support", "said", ["reassurance_force", "us_backstop"], "neutral", statement="s01-c")
claim(D1, "United States", "indirect", "only \"moral support\" for the force", "signalled", ["reassurance_force"], "support",
      reported_by="a European diplomat", note="Relayed statement (seeds decision 6): Washington's signal as reported by the diplomat.")
claim(D1, "a European diplomat", "direct", "Without an American safety net, half of the countries in the room will quietly drop out,",
      "said", ["us_backstop"], "support", note="Speaker \"the diplomat\".")
claim(D1, "a U.S. State Department spokesperson", "indirect",
      "Washington welcomed European efforts to take more responsibility for Ukraine's security and would \"continue to consult closely with allies\" on the details",
      "said", ["reassurance_force"], "support", statement="s01-d")
claim(D1, "a U.S. State Department spokesperson", "partial", "continue to consult closely with allies", "said",
      ["reassurance_force"], "support", statement="s01-d")
claim(D1, "Ukrainian Foreign Ministry", "indirect", "it welcomed Merz's remarks", "said", ["reassurance_force"], "support")
claim(D1, "Ukraine", "indirect", "only a credible foreign presence can stop Russia from regrouping after a ceasefire", "argued",
      ["reassurance_force"], "support", note="Speaker \"Kyiv\".")
claim(D1, "Friedrich Merz", "indirect",
      "any agreement which left Ukraine without strong armed forces would invite a new war within a few years", "warned", [], None)
claim(D1, "Germany", "indirect", "11.5 billion euros in military aid for 2026", "pledged", [], None,
      note="Speaker \"Merz's government\". Commissive speech act, included like the seeds' \"pledged to help secure\" (borderline).")

bp_actors += [dict(name="Lena Hartmann", type="person", docs=[D1], where="photo credit"),
              dict(name="Anna Kerr", type="person", docs=[D1], where="reporting credit"),
              dict(name="Tom Harrow", type="person", docs=[D1], where="editing credit"),
              dict(name="Thomson Reuters", type="organization", docs=[D1], where="standards footer")]

event(D1, "2026-02-10", "Merz told reporters in Berlin after talks with Polish Prime Minister Donald Tusk",
      ["Friedrich Merz", "Donald Tusk"])
event(D1, "2026-02-10", "The Kremlin dismissed the plan within hours.", ["Russia"])
event(D1, "2025", "championed by France and Britain since early last year", ["France", "United Kingdom"],
      date_note="\"early last year\" = early 2025.")
event(D1, "2025", "Germany last year became Ukraine's largest military donor in Europe", ["Germany", "Ukraine"])

# ====================================================================== d02 (AP-like)
doc(D2, "Kremlin rejects demilitarized buffer zone as Rubio presses for 30-day ceasefire",
    "Associated Press", "DARIA MELNYK and JAMES O’CONNELL", "2026-03-03",
    ["Associated Press", "Updated 6:48 PM GMT+2, March 3, 2026", "Share", "Copy", "Link copied", "Email", "Facebook", "X",
     "Reddit", "___", "Associated Press writer Illia Novikov in Kyiv contributed to this report.",
     "Follow AP’s coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine"],
    published_note="Timestamp \"March 3, 2026\"; \"on Tuesday\" (2026-03-03 is a Tuesday).",
    outlet_note="\"Associated Press\" under the byline and the \"(AP)\" dateline.",
    boilerplate_note="\"Share\" occurs twice and is listed once. The byline line is the author and not listed; the outlet line under it is.")

claim(D2, "Russia", "indirect", "demilitarized buffer zone", "rejects", ["buffer_zone"], "oppose",
      note="Headline with a verb of rejecting; speaker \"Kremlin\". \"Rubio presses for\" is advocacy, not a claim.")
claim(D2, "Russia", "indirect", "a proposal to create a demilitarized buffer zone along the front line in Ukraine", "rejected",
      ["buffer_zone"], "oppose")
claim(D2, "Russia", "indirect", "it a Western attempt to freeze the war on terms favorable to Kyiv", "calling", ["buffer_zone"], "oppose")
claim(D2, "Dmitry Peskov", "indirect",
      "the idea of a zone “15 kilometers on each side” of the line of contact, monitored by foreign observers, did not address what Moscow calls the root causes of the conflict",
      "said", ["buffer_zone"], "oppose", statement="s02-a",
      note="\"what Moscow calls\" is an embedded idiom, not a separate claim.")
claim(D2, "Dmitry Peskov", "partial", "15 kilometers on each side", "said", ["buffer_zone"], "oppose", statement="s02-a")
claim(D2, "Dmitry Peskov", "direct",
      "We have studied these ideas. They are not serious, and they ignore the realities on the ground,", "told",
      ["buffer_zone"], "oppose", note="Quote spanning two sentences, speaker after.")
claim(D2, "Dmitry Peskov", "indirect",
      "Russia would only discuss a ceasefire “as part of a comprehensive settlement,” not as a separate step", "said",
      ["ceasefire_30day"], "conditional", statement="s02-b", note="Speaker \"He\".")
claim(D2, "Dmitry Peskov", "partial", "as part of a comprehensive settlement,", "said", ["ceasefire_30day"], "conditional",
      statement="s02-b")
claim(D2, "Marco Rubio", "indirect",
      "both sides to accept a 30-day ceasefire first and negotiate the details of a buffer zone afterward", "urged",
      ["ceasefire_30day", "buffer_zone"], "support", proposal_stances={"ceasefire_30day": "support", "buffer_zone": "neutral"})
claim(D2, "Marco Rubio", "direct", "The fastest way to stop the killing is to stop shooting,", "said", ["ceasefire_30day"],
      "support", statement="s02-c")
claim(D2, "Marco Rubio", "direct", "Thirty days. Then we talk about lines on a map.", None, ["ceasefire_30day", "buffer_zone"],
      "support", statement="s02-c", proposal_stances={"ceasefire_30day": "support", "buffer_zone": "neutral"},
      note="Second quoted passage after the attribution, no verb of its own: separate direct record, cue null (README decision 1).")
claim(D2, "Marco Rubio", "indirect",
      "the United States was “not going to impose” a settlement on Ukraine but would keep up pressure on Moscow", "added",
      [], None, statement="s02-d", note="Speaker \"He\".")
claim(D2, "Marco Rubio", "partial", "not going to impose", "added", [], None, statement="s02-d")
claim(D2, "Andrii Sybiha", "indirect", "Kyiv was ready for an immediate and full ceasefire, including in the air and at sea",
      "said", ["ceasefire_30day"], "support")
claim(D2, "Andrii Sybiha", "indirect", "Russia of stalling", "accused", ["ceasefire_30day"], "support")
claim(D2, "Andrii Sybiha", "direct", "Ukraine said yes to a ceasefire a year ago,", "told", ["ceasefire_30day"], "support",
      statement="s02-e")
claim(D2, "Andrii Sybiha", "direct", "Russia keeps saying no, and then it asks for more time.", None, ["ceasefire_30day"], "support",
      statement="s02-e", note="Continuation quote, cue null.")
claim(D2, "Andrii Sybiha", "indirect", "any buffer zone must not become a new border", "insisted", ["buffer_zone"], "conditional")
claim(D2, "Andrii Sybiha", "direct",
      "We will never recognize the occupation of our land, not in a buffer zone and not anywhere else,", "said",
      ["buffer_zone"], "conditional", note="Speaker \"he\".")
claim(D2, "military analysts", "indirect", "a 30-kilometer strip would require tens of thousands of personnel to monitor", "say",
      ["buffer_zone"], "neutral")
claim(D2, "Olena Kravets", "indirect", "the mission would need “at least 5,000 observers” and drones along its full length",
      "estimated", ["buffer_zone"], "neutral", statement="s02-f")
claim(D2, "Olena Kravets", "partial", "at least 5,000 observers", "estimated", ["buffer_zone"], "neutral", statement="s02-f")
claim(D2, "Olena Kravets", "direct", "A line on a map is easy,", "said", ["buffer_zone"], "neutral", statement="s02-g")
claim(D2, "Olena Kravets", "direct", "Watching it every day for years is the hard part.", None, ["buffer_zone"], "neutral",
      statement="s02-g", note="Continuation quote, cue null.")
claim(D2, "Russian officials", "indirect",
      "Ukraine withdraw from the four regions Moscow claims to have annexed before any ceasefire", "demanded",
      ["ceasefire_30day"], "conditional", note="\"Moscow claims to have annexed\" is an embedded idiom, not a separate claim.")
claim(D2, "Ukraine", "indirect", "that demand", "rejected", [], None, note="Rejects Russia's precondition, not a proposal of this set.")
claim(D2, "Ukrainian Air Force", "indirect",
      "Russia launched 143 drones and two ballistic missiles overnight, mostly at energy facilities in the Odesa and Kharkiv regions",
      "said", [], None, note="Speaker \"Ukraine’s air force\".")

bp_actors += [dict(name="Illia Novikov", type="person", docs=[D2], where="contributor line")]

event(D2, "2026-03-03", "The Kremlin on Tuesday rejected a proposal to create a demilitarized buffer zone", ["Russia"])
event(D2, "2026-02", "The buffer zone plan was put forward last week by Ukrainian and European officials",
      ["Ukrainian and European officials"],
      date_note="\"last week\" before Tuesday 2026-03-03 = 23 Feb - 1 Mar; month precision, mostly February.")
event(D2, "2026-03-03", "U.S. Secretary of State Marco Rubio, speaking in Brussels on Tuesday", ["Marco Rubio"])
event(D2, "2025", "Ukraine said yes to a ceasefire a year ago", ["Ukraine"], date_note="Inside Sybiha's quote; \"a year ago\".")
event(D2, "2026-03-03", "Fighting continued on Tuesday.", [])
event(D2, "2026-03-03", "Russia launched 143 drones and two ballistic missiles overnight", ["Russia"],
      date_note="overnight into Tuesday")

# ====================================================================== d03 (Guardian-like analysis)
doc(D3, "‘Article 5 in all but name’: can Europe’s promise to Ukraine be believed?", "The Guardian", "Ruth Ashby", "2026-04-14",
    ["Skip to main content", "Skip to navigation", "News", "Opinion", "Sport", "Culture", "Lifestyle", "Ukraine", "Analysis",
     "Tue 14 Apr 2026 07.00 BST",
     "Giorgia Meloni with Volodymyr Zelenskyy in Rome last month. Photograph: Remo Casilli/Reuters",
     "Read more:", "Kremlin rejects buffer zone plan as fighting intensifies",
     "Sign up to This is Europe", "Free weekly newsletter",
     "The most pressing stories and debates for Europeans – from identity to economics to the environment",
     "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.",
     "after newsletter promotion", "Ruth Ashby is the Guardian’s diplomatic editor"],
    published_note="Dateline \"Tue 14 Apr 2026\".",
    outlet_note="\"He told the Guardian\" and the bio line.",
    boilerplate_note="The standfirst (line after the headline) is article text. The byline line \"Ruth Ashby Diplomatic editor\" is the author and not listed. \"Ukraine\" and \"Analysis\" are section/kicker labels.")

claim(D3, "Giorgia Meloni", "partial", "Article 5 in all but name", None, ["article5_guarantee"], "support",
      note="Headline fragment; the body gives the same words to Meloni (seeds decision 5, like doc 002's ‘has no say’).")
claim(D3, "Giorgia Meloni", "indirect", "the idea of an “Article 5-like” guarantee for Ukraine", "floated",
      ["article5_guarantee"], "support", note="\"Article 5-like\" names the proposal: not a partial quote.")
claim(D3, "Giorgia Meloni", "partial", "Article 5 in all but name", "describing", ["article5_guarantee"], "support",
      note="\"describing the plan as\" adds nothing: partial only.")
claim(D3, "Giorgia Meloni", "indirect",
      "should commit in a binding treaty to come to Ukraine’s aid if it is attacked again, without making Kyiv a member of the alliance",
      "argued", ["article5_guarantee"], "support",
      note="\"Allies, she argued, should commit ...\": the parenthetical splits the clause; text is the contiguous part after the cue (README decision 2).")
claim(D3, "Giorgia Meloni", "direct", "It is not Nato, but it must be just as credible as Nato. Otherwise it is only paper,", "said",
      ["article5_guarantee"], "support")
claim(D3, "Italy", "indirect", "sending its own troops to Ukraine", "ruled out", ["reassurance_force"], "neutral",
      note="Own participation ruled out; neutral toward the force (README decision 3).")
claim(D3, "Giorgia Meloni", "indirect", "this had not changed", "signalled", ["reassurance_force"], "neutral")
claim(D3, "Giorgia Meloni", "indirect", "Rome would help with training and naval patrols in the Black Sea", "said",
      ["reassurance_force"], "neutral", statement="s03-a", note="\"..., she said, but “...”\": split clause.")
claim(D3, "Giorgia Meloni", "partial", "not with soldiers on Ukrainian soil", "said", ["reassurance_force"], "neutral",
      statement="s03-a")
claim(D3, "Mark Rutte", "partial", "not on the table in the current negotiations", "said", ["nato_membership"], "oppose",
      note="\"membership for Ukraine was\" adds nothing beyond the subject: partial only (seeds decision 2).")
claim(D3, "Mark Rutte", "indirect", "the alliance’s door remained open in the long run", "insisted", ["nato_membership"], "support")
claim(D3, "Mark Rutte", "indirect", "any guarantee would be judged by one test", "told", ["article5_guarantee"], "neutral",
      statement="s03-b")
claim(D3, "Mark Rutte", "direct", "Will Putin believe it?", "told", ["article5_guarantee"], "neutral", statement="s03-b",
      note="Quote after a colon in the same sentence as the reported clause.")
claim(D3, "Russia", "indirect",
      "any guarantee that involves Nato states acting together amounts to Nato membership by the back door", "According to",
      ["article5_guarantee", "nato_membership"], "oppose", note="Speaker \"the Kremlin\".")
claim(D3, "Sergei Lavrov", "partial", "unacceptable in any form", "told", ["article5_guarantee"], "oppose",
      note="\"such schemes were\" adds nothing: partial only.")
claim(D3, "a senior EU official", "direct",
      "We keep writing ‘guarantee’ when we mean ‘commitment to consult’. Everyone in the room knows the difference,", "said",
      ["article5_guarantee"], "neutral", note="Single quotes inside name words, not nested statements.")
claim(D3, "Hanna Lindqvist", "indirect",
      "a treaty backed by European troops on the ground would be more credible than a paper pledge", "argued",
      ["article5_guarantee", "reassurance_force"], "support")
claim(D3, "Hanna Lindqvist", "direct", "Deterrence is about what is physically there on the day,", "said",
      ["reassurance_force"], "support")
claim(D3, "Marcus Feld", "indirect",
      "the Article 5-like model risked repeating the Budapest memorandum of 1994, when Ukraine gave up nuclear weapons in exchange for assurances",
      "said", ["article5_guarantee"], "oppose")
claim(D3, "Marcus Feld", "direct", "Kyiv has heard the word ‘assurances’ before. It remembers what they were worth,", "said",
      ["article5_guarantee"], "oppose")
claim(D3, "Volodymyr Zelenskyy", "indirect", "the Italian idea", "welcomed", ["article5_guarantee"], "support")
claim(D3, "Volodymyr Zelenskyy", "indirect", "it cannot be a substitute for Nato in the long run", "says",
      ["article5_guarantee", "nato_membership"], "conditional",
      proposal_stances={"article5_guarantee": "conditional", "nato_membership": "support"})
claim(D3, "Volodymyr Zelenskyy", "direct",
      "He told me, ‘You will have a guarantee as strong as Article 5.’ I said: then write it down and ratify it.", "recalled",
      ["article5_guarantee"], "conditional", note="Outer quote of a nested quote; introduced by \"recalled ...:\".")
claim(D3, "a European leader", "direct", "You will have a guarantee as strong as Article 5.", "told", ["article5_guarantee"],
      "support", reported_by="Volodymyr Zelenskyy", note="Nested quote inside Zelenskyy's quote.")
claim(D3, "United States", "indirect", "it would “look favourably” on a European arrangement", "said", ["article5_guarantee"],
      "support", statement="s03-c", note="Speaker \"Washington\".")
claim(D3, "United States", "partial", "look favourably", "said", ["article5_guarantee"], "support", statement="s03-c")

bp_actors += [dict(name="Remo Casilli", type="person", docs=[D3], where="photo credit"),
              dict(name="Reuters", type="organization", docs=[D3], where="photo credit (scored actor elsewhere)")]

event(D3, "2025", "When Giorgia Meloni first floated the idea of an “Article 5-like” guarantee for Ukraine", ["Giorgia Meloni"],
      date_note="\"A year on\" from April 2026.")
event(D3, "2026-04-13", "Meloni returned to it in Rome on Monday", ["Giorgia Meloni"])
event(D3, "2026-04", "Speaking in Brussels last week", ["Mark Rutte"], date_note="6-12 April 2026.")
event(D3, "2026-02", "told a press conference in February", ["Sergei Lavrov"])
event(D3, "1994", "the Budapest memorandum of 1994, when Ukraine gave up nuclear weapons in exchange for assurances", ["Ukraine"])
event(D3, "2026-04-12", "In a video address on Sunday", ["Volodymyr Zelenskyy"])

# ====================================================================== d04-d06 are appended below (ARTICLES_4_6)
import importlib.util
_more = os.path.join(HERE, "gold_d04_d06.py")
if os.path.exists(_more):
    exec(open(_more, encoding="utf-8").read())

# ====================================================================== actors
A_ = actor
A_("Friedrich Merz", "person", ["Merz", "German Chancellor Friedrich Merz", "Chancellor Friedrich Merz"], "Germany",
   ["Chancellor of Germany"], [D1])
A_("Donald Tusk", "person", ["Tusk", "Polish Prime Minister Donald Tusk"], "Poland", ["Prime Minister of Poland"], [D1])
A_("Germany", "country", ["Merz's government"], None, [], [D1])
A_("Poland", "country", [], None, [], [D1])
A_("France", "country", [], None, [], [D1])
A_("United Kingdom", "country", ["Britain"], None, [], [D1])
A_("United States", "country", ["U.S.", "the United States", "Washington"], None, [], [D1, D2, D3])
A_("Russia", "country", ["Moscow", "Kremlin", "the Kremlin"], None, [], [D1, D2, D3])
A_("Ukraine", "country", ["Kyiv"], None, [], [D1, D2, D3])
A_("Dmitry Peskov", "person", ["Peskov", "spokesman Dmitry Peskov", "Kremlin spokesman Dmitry Peskov"], "Russia",
   ["Kremlin spokesman"], [D1, D2])
A_("NATO", "organization", ["Nato", "the alliance"], None, [], [D1, D3])
A_("two European diplomats", "group", [], None, [], [D1])
A_("a European diplomat", "anonymous", ["the diplomat", "One of them"], None, [], [D1],
   note="One of the two European diplomats.")
A_("a U.S. State Department spokesperson", "anonymous", [], "United States", [], [D1])
A_("Ukrainian Foreign Ministry", "organization", ["Ukraine's foreign ministry"], "Ukraine", [], [D1])
A_("military planners", "group", ["Military planners in several capitals"], None, [], [D1])
A_("Bundestag", "organization", [], "Germany", [], [D1])
A_("Reuters", "organization", [], None, [], [D1])
A_("Katrin Vogel", "person", [], None, [], [D1], note="Byline.")
A_("Piotr Nowicki", "person", [], None, [], [D1], note="Byline.")
A_("Marco Rubio", "person", ["Rubio", "U.S. Secretary of State Marco Rubio"], "United States",
   ["Secretary of State of the United States"], [D2])
A_("Andrii Sybiha", "person", ["Sybiha", "Ukrainian Foreign Minister Andrii Sybiha"], "Ukraine", ["Foreign Minister of Ukraine"],
   [D2])
A_("Ukrainian and European officials", "group", [], None, [], [D2])
A_("military analysts", "group", [], None, [], [D2])
A_("Olena Kravets", "person", ["Kravets"], "Ukraine", ["security analyst at the Kyiv-based Center for Defense Strategies"], [D2])
A_("Center for Defense Strategies", "organization", [], "Ukraine", [], [D2])
A_("Russian officials", "group", [], "Russia", [], [D2])
A_("Ukrainian Air Force", "organization", ["Ukraine’s air force"], "Ukraine", [], [D2])
A_("Associated Press", "organization", ["AP"], None, [], [D2], note="Named in the dateline \"MOSCOW (AP)\".")
A_("Daria Melnyk", "person", [], None, [], [D2], note="Byline (upper case in the text).")
A_("James O’Connell", "person", [], None, [], [D2], note="Byline (upper case in the text).")
A_("Giorgia Meloni", "person", ["Meloni", "the Italian prime minister"], "Italy", ["Prime Minister of Italy"], [D3])
A_("Italy", "country", ["Rome"], None, [], [D3])
A_("Mark Rutte", "person", ["Rutte"], None, ["Nato’s secretary general"], [D3])
A_("Vladimir Putin", "person", ["Putin"], "Russia", [], [D3])
A_("Sergei Lavrov", "person", ["Lavrov"], "Russia", ["Russia’s foreign minister"], [D3])
A_("a senior EU official", "anonymous", ["the official"], None, [], [D3])
A_("analysts", "group", [], None, [], [D3])
A_("Hanna Lindqvist", "person", ["Lindqvist"], None, ["senior fellow at the Nordic Institute for Security Studies"], [D3])
A_("Nordic Institute for Security Studies", "organization", [], None, [], [D3])
A_("Marcus Feld", "person", ["Feld"], "United Kingdom", ["former British defence official", "at the Atlantic Policy Forum"], [D3])
A_("Atlantic Policy Forum", "organization", [], None, [], [D3])
A_("Volodymyr Zelenskyy", "person", ["Zelenskyy"], "Ukraine", [], [D3])
A_("a European leader", "anonymous", [], None, [], [D3], note="Speaker of the nested quote in Zelenskyy's quote.")
A_("Europe", "group", [], None, [], [D3])
A_("The Guardian", "organization", ["the Guardian"], "United Kingdom", [], [D3])
A_("Ruth Ashby", "person", [], None, ["diplomatic editor"], [D3], note="Byline.")

# ====================================================================== proposals
proposal("reassurance_force", "European reassurance force for Ukraine",
         ["European reassurance force", "reassurance force", "European troops on the ground"],
         ["France", "United Kingdom"],
         ["France", "United Kingdom", "Donald Tusk", "Poland", "Ukraine", "Ukrainian Foreign Ministry", "United States",
          "a U.S. State Department spokesperson", "Hanna Lindqvist"],
         ["Russia", "Dmitry Peskov"],
         ["Friedrich Merz", "Germany"],
         [fig(D1, "up to 30,000 troops", 30000, "troops", note="upper bound discussed by planners"),
          fig(D1, "10,000 to 20,000", 10000, "troops", value_max=20000, note="first rotation; range, value = lower bound")],
         stance_note="Tusk/Poland and Italy/Meloni rule out their own troops but do not oppose the force (README decision 3): "
                     "Poland is a supporter (logistical hub); Italy is neutral.")
proposal("us_backstop", "U.S. security backstop for the European reassurance force",
         ["U.S. backstop", "security backstop", "American safety net"],
         ["Friedrich Merz"], ["Friedrich Merz", "Germany", "a European diplomat"], [], [], [], part_of="reassurance_force")
proposal("buffer_zone", "Demilitarized buffer zone along the front line",
         ["demilitarized buffer zone", "buffer zone", "buffer zone plan", "30-kilometer strip"],
         ["Ukrainian and European officials"], ["Ukrainian and European officials"],
         ["Russia", "Dmitry Peskov"], ["Andrii Sybiha"],
         [fig(D2, "15 kilometers on each side", 15, "km", note="per side"),
          fig(D2, "30-kilometer", 30, "km", note="total width"),
          fig(D2, "at least 5,000 observers", 5000, "observers", note="lower bound"),
          fig(D2, "tens of thousands of personnel", None, "personnel")])
proposal("ceasefire_30day", "30-day ceasefire", ["30-day ceasefire"],
         ["Marco Rubio"], ["Marco Rubio", "Andrii Sybiha", "Ukraine"], [],
         ["Russia", "Dmitry Peskov", "Russian officials"],
         [fig(D2, "30-day", 30, "days"), fig(D2, "Thirty days", 30, "days")])
proposal("article5_guarantee", "Article 5-like security guarantee for Ukraine",
         ["Article 5-like", "Article 5-like model", "Italian idea", "Article 5 in all but name"],
         ["Giorgia Meloni", "Italy"],
         ["Giorgia Meloni", "Italy", "Hanna Lindqvist", "United States", "a European leader"],
         ["Russia", "Sergei Lavrov", "Marcus Feld"], ["Volodymyr Zelenskyy"], [])
proposal("nato_membership", "NATO membership for Ukraine", ["Nato membership", "membership for Ukraine"],
         [], ["Volodymyr Zelenskyy"], ["Russia"], ["Mark Rutte"], [])

try:
    _after_all()  # defined in gold_d04_d06.py: extends actors/proposals
except NameError:
    pass

gold = {
    "version": 1,
    "documents": documents,
    "actors": actors,
    "claims": claims,
    "proposals": proposals,
    "events": events,
    "boilerplate_mentions": {"note": "Actors/claims/events found only in page furniture; not scored.",
                             "actors": bp_actors, "claims": bp_claims, "events": bp_events},
}
with open(os.path.join(HERE, "devset.gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(f"wrote devset.gold.json: {len(documents)} docs, {len(actors)} actors, {len(claims)} claims, "
      f"{len(proposals)} proposals, {len(events)} events")
