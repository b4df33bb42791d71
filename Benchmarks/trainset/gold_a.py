"""Gold source for t01-t04 (annotator A). Read by build_gold.py, which merges it with gold_b.py (t05-t08).

Structure shared with gold_b.py: module-level lists DOCUMENTS, ACTORS, CLAIMS, PROPOSALS, EVENTS whose items are
records in the gold format of /work/shared/eval/GOLD-FORMAT.md (with the seeds' optional extensions), plus the
optional dict BOILERPLATE_MENTIONS. ACTORS holds one record per actor per article (build_gold.py merges records
with the same name); PROPOSALS may hold several records with the same id (merged likewise).

Annotated by hand from the article texts only (the extractor was never run on them), following
/work/shared/eval/seeds.gold.notes.md and the decisions of Benchmarks/heldout/README.md; see README.md here."""

DOCUMENTS, ACTORS, CLAIMS, PROPOSALS, EVENTS = [], [], [], [], []
BOILERPLATE_MENTIONS = {"actors": [], "claims": [], "events": []}

T1 = "t01_ft_reassurance_force_costs.txt"
T2 = "t02_cnn_ceasefire_live.txt"
T3 = "t03_euronews_guarantees_vote.txt"
T4 = "t04_rferl_baltic_contingent.txt"

_n = {}


def doc(file, title, outlet, author, published, boilerplate, **extra):
    DOCUMENTS.append(dict(file=file, title=title, outlet=outlet, author=author, published=published,
                          boilerplate=boilerplate, **extra))


def A(doc_, name, type_, aliases=(), country=None, roles=(), **extra):
    ACTORS.append(dict(name=name, type=type_, aliases=list(aliases), country=country, roles=list(roles),
                       docs=[doc_], **extra))


def claim(doc_, speaker, kind, text, cue, props, stance, **extra):
    n = _n[doc_] = _n.get(doc_, 0) + 1
    cid = f"c{doc_[1:3]}a-{n:02d}"
    CLAIMS.append(dict(id=cid, doc=doc_, speaker=speaker, kind=kind, text=text, cue=cue, proposals=list(props),
                       stance=stance, **extra))
    return cid


def event(doc_, date, text, actors, **extra):
    EVENTS.append(dict(doc=doc_, date=date, text=text, actors=list(actors), **extra))


def fig(doc_, text, value, unit, **extra):
    return dict(doc=doc_, text=text, value=value, unit=unit, **extra)


# Proposal catalogue: ids and canonical names reused from Benchmarks/heldout/build_gold.py (which reuses the seeds'
# and the devset's), so the same proposal has the same id in every set. gold_b.py uses the same ids. A proposal is
# written to the gold only when an article of this set mentions it (first P() call of that id takes name/part_of here).
CATALOGUE = {
    "reassurance_force": ("European reassurance force for Ukraine", None),
    "us_backstop": ("U.S. security backstop for the European reassurance force", "reassurance_force"),
    "air_reassurance_force": ("Air reassurance force (based outside Ukraine, working with the Ukrainian Air Force)",
                              "reassurance_force"),
    "ceasefire_30day": ("30-day ceasefire", None),
    "security_guarantees": ("Western security guarantees for Ukraine", None),
    "nato_membership": ("NATO membership for Ukraine", None),
    "us_peace_plan": ("U.S.-brokered 20-point peace framework", None),
    "army_cap": ("Cap on the size of Ukraine's armed forces", "us_peace_plan"),
}
_declared = set()


def P(id_, name=None, aliases=(), proponents=(), supporters=(), opponents=(), conditional=(), figures=(), **extra):
    if id_ not in _declared:
        _declared.add(id_)
        cat_name, part_of = CATALOGUE.get(id_, (None, None))
        name = name or cat_name
        if part_of and "part_of" not in extra:
            extra["part_of"] = part_of
        assert name, f"new proposal {id_} needs a name"
    PROPOSALS.append(dict(id=id_, name=name, aliases=list(aliases), proponents=list(proponents),
                          supporters=list(supporters), opponents=list(opponents), conditional=list(conditional),
                          figures=list(figures), **extra))


# ====================================================================== t01 (Financial Times-like analysis)
doc(T1, "Europe's Ukraine force runs into the arithmetic of deterrence", "Financial Times",
    "Henry Aldous and Claire Benedetti", "2026-01-14",
    ["Subscribe to unlock this article", "Try unlimited access", "Only €1 for 4 weeks",
     "Then €75 per month. Complete digital access to quality FT journalism on any device. Cancel anytime during your trial.",
     "Published January 14 2026", "Save", "Print this page", "Unlock the Editor's Digest for free",
     "Roula Khalaf, Editor of the FT, selects her favourite stories in this weekly newsletter.",
     "Recommended", "Ukraine's allies divided over who pays for postwar army",
     "Kremlin rejects 'any Nato-flavoured' mission in Ukraine", "The FT View: Europe cannot outsource its own security",
     "Copyright The Financial Times Limited 2026. All rights reserved.", "Reuse this content", "Comments"],
    published_note="\"Published January 14 2026\" (a Wednesday): \"on Wednesday\" is the same day, \"on Tuesday\" the 13th.",
    outlet_note="Paywall furniture (\"quality FT journalism\", \"Editor of the FT\") and the copyright line.",
    boilerplate_note="Paywall offer, date/save/print widgets, newsletter promo, the Recommended box with three related links, footer. "
                     "The standfirst under the headline is article text (no claim in it); the byline line is the author and not listed.")

c = claim(T1, "three people familiar with the discussions", "partial",
          "fewer than the politicians hoped and more than the treasuries want", "according to", ["reassurance_force"], "neutral",
          note="\"The answer, according to X, is \"...\"\": the unquoted frame adds nothing, so only the partial.")
claim(T1, "three people familiar with the discussions", "indirect",
      "A planning document circulated before the meeting envisages a first contingent of between 12,000 and 15,000 troops, "
      "based well behind any future ceasefire line and organised around training hubs in central and western Ukraine",
      "said", ["reassurance_force"], "neutral", note="Speaker after the clause: \"the people said\" refers back to the three people.")
claim(T1, "John Healey", "indirect", "the numbers were \"credible and sustainable\"", "insisted", ["reassurance_force"], "support",
      statement="t01-healey-1")
claim(T1, "John Healey", "partial", "credible and sustainable", "insisted", ["reassurance_force"], "support", statement="t01-healey-1")
claim(T1, "John Healey", "direct", "This is not a tripwire and it is not a token,", "said", ["reassurance_force"], "support",
      note="Pronoun speaker \"he\".")
claim(T1, "John Healey", "direct", "It is a force designed to make a second invasion more expensive than the first.", None,
      ["reassurance_force"], "support", note="Quote continued after \"he said after the meeting.\": second record, no cue.")
claim(T1, "United Kingdom", "indirect", "it would provide up to 5,000 of the troops", "said", ["reassurance_force"], "support",
      note="\"The UK has said\".")
claim(T1, "France", "indirect", "a comparable share", "offering", ["reassurance_force"], "support",
      note="\"with France offering a comparable share\": commissive, included like the heldout's \"offered jets but not soldiers\".")
claim(T1, "officials in Berlin", "indirect",
      "a force of that size would be too small to deter a determined attack and too large to sustain for the decade that Kyiv wants",
      "argue", ["reassurance_force"], "oppose")
claim(T1, "Germany", "indirect", "logistics, air defence and money, but not combat troops on Ukrainian soil", "offered",
      ["reassurance_force"], "neutral", note="Commissive (\"has so far offered\"); own troops withheld = neutral.")
claim(T1, "Friedrich Merz", "indirect", "any German contribution would depend on \"a clear American commitment to stand behind it\"",
      "told", ["reassurance_force", "us_backstop"], "conditional",
      proposal_stances={"reassurance_force": "conditional", "us_backstop": "support"}, statement="t01-merz")
claim(T1, "Friedrich Merz", "partial", "a clear American commitment to stand behind it", "told", ["reassurance_force", "us_backstop"],
      "conditional", proposal_stances={"reassurance_force": "conditional", "us_backstop": "support"}, statement="t01-merz")
claim(T1, "Trump administration", "indirect", "it is willing to share intelligence and provide airlift", "signalled", ["us_backstop"],
      "neutral", note="Offers help short of the air cover the planners want: neutral. \"has stopped short of promising\" is narration.")
claim(T1, "a senior US official", "indirect",
      "Washington would \"support the Europeans doing this\" but would not place American troops in Ukraine", "said",
      ["reassurance_force"], "support", statement="t01-us-official")
claim(T1, "a senior US official", "partial", "support the Europeans doing this", "said", ["reassurance_force"], "support",
      statement="t01-us-official")
claim(T1, "Emmanuel Macron", "indirect", "Europe must be prepared to put soldiers on the ground", "argued", ["reassurance_force"],
      "support", note="\"has argued since early 2024\".")
claim(T1, "advisers to Emmanuel Macron", "indirect",
      "the force would be the first test of the \"strategic autonomy\" the French president has championed", "say",
      ["reassurance_force"], "support", note="\"strategic autonomy\" names a doctrine: not a partial quote.")
claim(T1, "a diplomat at the Élysée", "indirect",
      "France was ready to lead the maritime component in the Black Sea and to deploy \"several thousand\" troops of its own", "said",
      ["reassurance_force"], "support", statement="t01-elysee")
claim(T1, "a diplomat at the Élysée", "partial", "several thousand", "said", ["reassurance_force"], "support", statement="t01-elysee")
claim(T1, "Dmitry Peskov", "indirect",
      "the presence of any troops from Nato countries in Ukraine was \"absolutely unacceptable\" and would make them \"legitimate targets\"",
      "said", ["reassurance_force"], "oppose", statement="t01-peskov")
claim(T1, "Dmitry Peskov", "partial", "absolutely unacceptable", "said", ["reassurance_force"], "oppose", statement="t01-peskov")
claim(T1, "Dmitry Peskov", "partial", "legitimate targets", "said", ["reassurance_force"], "oppose", statement="t01-peskov")
claim(T1, "Russian Foreign Ministry", "indirect", "the plan as an attempt to freeze the conflict on terms favourable to the west",
      "described", ["reassurance_force"], "oppose", note="\"has repeatedly described X as Y\": a verb of saying with its own content.")
claim(T1, "Ukrainian officials", "indirect", "they would prefer a smaller force with American backing to a larger one without it",
      "say", ["reassurance_force", "us_backstop"], "conditional",
      proposal_stances={"reassurance_force": "conditional", "us_backstop": "support"})
claim(T1, "Volodymyr Zelenskyy", "indirect", "no foreign contingent can substitute for a well-funded Ukrainian army", "made clear",
      ["reassurance_force"], "neutral", note="\"has made clear\".")
claim(T1, "Volodymyr Zelenskyy", "direct", "The first line of defence will always be our own soldiers,", "told",
      ["reassurance_force"], "neutral")
claim(T1, "Volodymyr Zelenskyy", "direct", "Partners can make that line stronger. They cannot replace it.", None,
      ["reassurance_force"], "neutral", note="New quote after \"Zelenskyy told reporters in Kyiv.\": no cue of its own.")
claim(T1, "Fabrice Morel", "indirect",
      "the coalition's credibility would rest less on the size of the force than on the rules under which it could fire", "said",
      ["reassurance_force"], "neutral", note="Person introduced by appositive; reported speech with \"that\".")
claim(T1, "Fabrice Morel", "direct",
      "Twelve thousand soldiers with robust rules of engagement are worth more than thirty thousand who must phone home before they shoot,",
      "said", ["reassurance_force"], "neutral", note="Pronoun speaker \"he\".")
claim(T1, "two people briefed on internal discussions", "indirect",
      "ministers had asked for options that would allow British units to rotate out after two years", "said",
      ["reassurance_force"], "neutral")
claim(T1, "John Healey", "direct", "If there is a ceasefire on Monday,", "said", ["reassurance_force"], "support",
      note="Quote interrupted by \"he said\" and continued: two records.")
claim(T1, "John Healey", "direct", "we can begin moving on Tuesday.", None, ["reassurance_force"], "support")
# Not claims: the question "Will the coalition be ready in time?"; "Healey's answer is that it already is" (no content of its
# own); "Analysts caution against reading too much into the headline figures" (advice with no proposition); "The Treasury ...
# is said to be alarmed" (no identifiable source); "has stopped short of promising the air cover" (narration).

BOILERPLATE_MENTIONS["actors"] += [dict(name="Financial Times", type="organization", docs=[T1], where="paywall, footer, related link"),
                                   dict(name="Roula Khalaf", type="person", docs=[T1], where="newsletter promo")]
BOILERPLATE_MENTIONS["claims"] += [dict(doc=T1, speaker="Russia", kind="indirect", text="'any Nato-flavoured' mission in Ukraine",
                                        cue="rejects", where="related link (speaker \"Kremlin\")")]

event(T1, "2026-01-13", "When the defence chiefs of the so-called coalition of the willing met at Northwood on Tuesday",
      ["Coalition of the Willing"])
event(T1, "2026-01", "chancellor Friedrich Merz told the Bundestag last week", ["Friedrich Merz", "Bundestag"],
      date_note="\"last week\" from 14 January: 5-9 January; month precision.")
event(T1, "2026-01-14", "Kremlin spokesman Dmitry Peskov said on Wednesday", ["Dmitry Peskov"])
event(T1, "2024", "Emmanuel Macron has argued since early 2024", ["Emmanuel Macron"])

A(T1, "Henry Aldous", "person", note="Byline.")
A(T1, "Claire Benedetti", "person", note="Byline.")
A(T1, "Coalition of the Willing", "organization", ["coalition of the willing", "coalition"])
A(T1, "three people familiar with the discussions", "anonymous", ["the people"])
A(T1, "John Healey", "person", ["Healey", "British defence secretary John Healey"], "United Kingdom",
  ["Defence Secretary of the United Kingdom"])
A(T1, "United Kingdom", "country", ["UK"])
A(T1, "France", "country")
A(T1, "officials in Berlin", "group", ["Officials in Berlin"], "Germany")
A(T1, "Germany", "country")
A(T1, "Ukraine", "country", ["Kyiv"], note="Kyiv stands for the government in \"the decade that Kyiv wants\".")
A(T1, "Friedrich Merz", "person", ["chancellor Friedrich Merz"], "Germany", ["Chancellor of Germany"])
A(T1, "Bundestag", "organization", [], "Germany")
A(T1, "Trump administration", "organization", ["The Trump administration"], "United States")
A(T1, "United States", "country", ["Washington"])
A(T1, "a senior US official", "anonymous", ["A senior US official"], "United States")
A(T1, "Emmanuel Macron", "person", ["the French president"], "France", ["President of France"])
A(T1, "advisers to Emmanuel Macron", "group", ["his advisers"], "France")
A(T1, "a diplomat at the Élysée", "anonymous", ["A diplomat at the Élysée"], "France")
A(T1, "Russia", "country", ["Moscow"])
A(T1, "Dmitry Peskov", "person", ["Kremlin spokesman Dmitry Peskov"], "Russia", ["Kremlin spokesman"])
A(T1, "Russian Foreign Ministry", "organization", ["Russia's foreign ministry"], "Russia")
A(T1, "NATO", "organization", ["Nato"])
A(T1, "Ukrainian officials", "group", [], "Ukraine")
A(T1, "Volodymyr Zelenskyy", "person", ["President Volodymyr Zelenskyy", "Zelenskyy"], "Ukraine", ["President of Ukraine"])
A(T1, "analysts", "group", ["Analysts"])
A(T1, "Fabrice Morel", "person", [], "France", ["senior fellow at the Institut Montaigne"])
A(T1, "Institut Montaigne", "organization", [], "France")
A(T1, "HM Treasury", "organization", ["The Treasury"], "United Kingdom")
A(T1, "two people briefed on internal discussions", "anonymous")

P("reassurance_force", aliases=["Europe's Ukraine force"],
  proponents=["United Kingdom", "France", "Coalition of the Willing"],
  supporters=["John Healey", "United Kingdom", "France", "a senior US official", "Emmanuel Macron", "advisers to Emmanuel Macron",
              "a diplomat at the Élysée"],
  opponents=["officials in Berlin", "Dmitry Peskov", "Russian Foreign Ministry", "Russia"],
  conditional=["Friedrich Merz", "Germany", "Ukrainian officials"],
  figures=[fig(T1, "between 12,000 and 15,000 troops", 12000, "troops", value_max=15000, note="first contingent; range"),
           fig(T1, "up to 5,000 of the troops", 5000, "troops", note="UK share"),
           fig(T1, "several thousand", None, "troops", note="French share, vague"),
           fig(T1, "more than £2bn a year", 2000000000, "GBP per year", note="estimated UK cost; lower bound")],
  stance_note="t01: Germany conditional through Merz (\"any German contribution would depend on\"); Russia through Peskov and its ministry.")
P("us_backstop", aliases=["backstop"], supporters=["Friedrich Merz", "Ukrainian officials"])

# ====================================================================== t02 (CNN-like live-style story)
doc(T2, "Russia will not accept European troops as part of any ceasefire deal, Kremlin says", "CNN",
    "Daria Halloran, Ben Whitcombe and Marta Sokil", "2026-03-03",
    ["CNN", "World", "Europe", "Ukraine-Russia war", "Live TV", "Updated 9:42 AM EST, Tue March 3, 2026", "Video Ad Feedback",
     "Video: What would a 'reassurance force' in Ukraine actually look like?", "02:41 - Source: CNN",
     "Video: Zelensky says Ukraine \"will not be forced\" into bad deal", "01:58 - Source: CNN",
     "CNN's Tomas Brennan, Yulia Kostenko and Priya Ramesh contributed reporting.",
     "Related", "Map: Where the front lines stand in Ukraine", "Analysis: Europe's troops plan hinges on one word: 'backstop'"],
    published_note="\"Updated 9:42 AM EST, Tue March 3, 2026\"; \"Tuesday\" is that day, \"Monday\" the 2nd.",
    outlet_note="Masthead, byline \"..., CNN\", \"Source: CNN\", and \"told CNN\" in the text.",
    boilerplate_note="Navigation, timestamp, video players and captions, the contributed-reporting credit, related links. "
                     "Section subheads (\"What is on the table\", \"London says it is ready\"...) are article text.")

claim(T2, "Russia", "indirect", "Russia will not accept European troops as part of any ceasefire deal", "says", ["reassurance_force"],
      "oppose", note="Headline \"..., Kremlin says\"; Kremlin is an alias of Russia.")
claim(T2, "Russia", "indirect", "Russia will not accept European troops in Ukraine as part of any ceasefire arrangement", "said",
      ["reassurance_force"], "oppose", note="Speaker after the clause: \"the Kremlin said Tuesday\".")
claim(T2, "Dmitry Peskov", "direct", "There can be no talk of any foreign contingents,", "told", ["reassurance_force"], "oppose")
claim(T2, "Dmitry Peskov", "direct", "This is our principled position, and it has not changed.", None, ["reassurance_force"], "oppose",
      note="Second quote after the attribution: no cue.")
claim(T2, "Dmitry Peskov", "indirect", "Moscow was still \"studying\" the American ceasefire proposal", "said", ["ceasefire_30day"],
      "neutral", statement="t02-peskov-studying", note="\"but gave no indication of when it would respond\" is narration.")
claim(T2, "Dmitry Peskov", "partial", "studying", "said", ["ceasefire_30day"], "neutral", statement="t02-peskov-studying")
claim(T2, "Ukraine", "indirect", "it is ready to sign", "said", ["ceasefire_30day"], "support", note="\"Ukraine has said\".")
claim(T2, "Andrii Sybiha", "direct",
      "We said yes to the ceasefire three weeks ago. The question is no longer Ukraine. The question is Russia,", "wrote",
      ["ceasefire_30day"], "support", note="Multi-sentence quote; speaker after (\"wrote on X\").")
claim(T2, "European officials", "indirect",
      "the truce must be followed by \"real guarantees\", not just promises, and that any reassurance force would deploy only once "
      "a ceasefire held", "said", ["ceasefire_30day", "security_guarantees", "reassurance_force"], "conditional",
      proposal_stances={"ceasefire_30day": "conditional", "security_guarantees": "support", "reassurance_force": "conditional"},
      statement="t02-eu-officials", note="Two that-clauses under one verb: the longest contiguous stretch.")
claim(T2, "European officials", "partial", "real guarantees", "said", ["security_guarantees"], "support", statement="t02-eu-officials")
claim(T2, "diplomats", "indirect", "the talks in Geneva are expected to last at least two days", "say", ["ceasefire_30day"], "neutral",
      note="Reported speech without \"that\".")
claim(T2, "United Kingdom", "indirect", "it is ready", "says", ["reassurance_force"], "support",
      note="Subhead \"London says it is ready\"; London stands for the government.")
claim(T2, "a spokeswoman for the Ministry of Defence", "indirect",
      "British planning for a deployment was \"well advanced\" and that the UK would be able to commit troops "
      "\"within days of a political decision.\"", "said", ["reassurance_force"], "support", statement="t02-mod")
claim(T2, "a spokeswoman for the Ministry of Defence", "partial", "well advanced", "said", ["reassurance_force"], "support",
      statement="t02-mod")
claim(T2, "a spokeswoman for the Ministry of Defence", "partial", "within days of a political decision.", "said",
      ["reassurance_force"], "support", statement="t02-mod")
claim(T2, "Keir Starmer", "indirect", "it did not", "said", ["reassurance_force"], "support",
      note="\"Asked whether the Kremlin's statement changed anything, ... said it did not\": short, but a reply with content.")
claim(T2, "Keir Starmer", "direct", "Russia does not get a veto over where Ukraine's friends stand,", "said", ["reassurance_force"],
      "support")
claim(T2, "Keir Starmer", "direct", "If there is peace, we will help keep it.", None, ["reassurance_force"], "support")
claim(T2, "a senior European diplomat involved in the planning", "indirect",
      "the force could number around 10,000 troops in its first phase, drawn from as many as 12 countries", "According to",
      ["reassurance_force"], "neutral", note="\"According to X, ...\" at the start of the sentence.")
claim(T2, "White House", "indirect", "to commit US troops to any mission on the ground", "refused", ["reassurance_force"], "neutral",
      note="Borderline, included like the heldout's \"refused to send soldiers\". Own troops ruled out = neutral.")
claim(T2, "Karoline Leavitt", "direct", "The President has been very clear. American boots won't be on the ground in Ukraine,", "told",
      ["reassurance_force"], "neutral", note="Own troops ruled out: neutral.")
claim(T2, "Karoline Leavitt", "direct",
      "But we support our European friends taking the lead, and we'll be there to make sure the peace holds.", None,
      ["reassurance_force", "us_backstop"], "support")
claim(T2, "two officials familiar with the administration's thinking", "indirect",
      "the US was considering intelligence sharing and air surveillance as its contribution, but no formal offer had been made", "told",
      ["us_backstop"], "neutral", note="\"told CNN\": CNN is the channel.")
claim(T2, "Volodymyr Zelenskyy", "indirect", "a ceasefire without security guarantees would only give Russia time to regroup", "said",
      ["ceasefire_30day", "security_guarantees"], "conditional",
      proposal_stances={"ceasefire_30day": "conditional", "security_guarantees": "support"},
      note="Subject separated from the verb by \"speaking in Kharkiv on Monday\".")
claim(T2, "Volodymyr Zelenskyy", "indirect", "Ukraine would not agree to any limit on the size of its army", "said", ["army_cap"],
      "oppose", note="Pronoun speaker \"He\". The rest of the sentence (\"a reference to ...\") is the reporter's gloss.")
claim(T2, "Oksana Lytvyn", "direct", "The Kremlin is buying time,", "said", ["ceasefire_30day"], "neutral",
      note="\"said X\" inversion, person introduced by appositive.")
claim(T2, "Oksana Lytvyn", "direct", "Every week of talks is another week of offensives in Donetsk.", None, ["ceasefire_30day"],
      "neutral")
claim(T2, "a Western official briefed on the Geneva preparations", "indirect",
      "the gap between the two sides was \"narrower than it looks.\"", "said", ["ceasefire_30day"], "neutral", statement="t02-western")
claim(T2, "a Western official briefed on the Geneva preparations", "partial", "narrower than it looks.", "said", ["ceasefire_30day"],
      "neutral", statement="t02-western")
# Not claims: "The comments are the clearest rejection yet ..." (reporter's framing), "The US proposal ... calls for" (a document's
# content), "She declined to say ...", "Leavitt did not elaborate ...", the question "Is a truce this month still possible?", the
# attitudes "Some analysts are doubtful." and "Others are more hopeful."

BOILERPLATE_MENTIONS["actors"] += [dict(name=n, type="person", docs=[T2], where="contributed-reporting credit")
                                   for n in ("Tomas Brennan", "Yulia Kostenko", "Priya Ramesh")]
BOILERPLATE_MENTIONS["claims"] += [dict(doc=T2, speaker="Volodymyr Zelenskyy", kind="indirect",
                                        text="Ukraine \"will not be forced\" into bad deal", cue="says", where="video caption"),
                                   dict(doc=T2, speaker="Volodymyr Zelenskyy", kind="partial", text="will not be forced", cue="says",
                                        where="video caption")]

event(T2, "2026-03-03", "the Kremlin said Tuesday", ["Russia"])
event(T2, "2026-03-03", "US and Ukrainian negotiators were due to resume talks in Geneva", ["United States", "Ukraine"])
event(T2, "2026-02", "first presented to Kyiv last month", ["United States", "Ukraine"])
event(T2, "2026-02", "We said yes to the ceasefire three weeks ago", ["Ukraine"],
      date_note="three weeks before 2 March: about 9 February; month precision.")
event(T2, "2026-03-02", "wrote on X on Monday evening", ["Andrii Sybiha"])
event(T2, "2026-03-02", "press secretary Karoline Leavitt told reporters Monday", ["Karoline Leavitt"])
event(T2, "2026-03-02", "speaking in Kharkiv on Monday", ["Volodymyr Zelenskyy"])

A(T2, "Daria Halloran", "person", note="Byline.")
A(T2, "Ben Whitcombe", "person", note="Byline.")
A(T2, "Marta Sokil", "person", note="Byline.")
A(T2, "CNN", "organization", [], "United States")
A(T2, "Russia", "country", ["Kremlin", "Moscow"])
A(T2, "Dmitry Peskov", "person", ["Kremlin spokesman Dmitry Peskov", "Peskov"], "Russia", ["Kremlin spokesman"])
A(T2, "United States", "country", ["US", "Washington"])
A(T2, "Ukraine", "country", ["Kyiv"])
A(T2, "United Kingdom", "country", ["London", "UK"])
A(T2, "France", "country")
A(T2, "Andrii Sybiha", "person", ["Ukrainian Foreign Minister Andrii Sybiha"], "Ukraine", ["Foreign Minister of Ukraine"])
A(T2, "European officials", "group")
A(T2, "diplomats", "group", ["Diplomats"])
A(T2, "a spokeswoman for the Ministry of Defence", "anonymous", ["A spokeswoman for the Ministry of Defence"], "United Kingdom")
A(T2, "British Ministry of Defence", "organization", ["Ministry of Defence"], "United Kingdom")
A(T2, "Keir Starmer", "person", ["Prime Minister Keir Starmer", "Starmer"], "United Kingdom", ["Prime Minister of the United Kingdom"])
A(T2, "a senior European diplomat involved in the planning", "anonymous")
A(T2, "White House", "organization", ["The White House"], "United States")
A(T2, "Karoline Leavitt", "person", ["press secretary Karoline Leavitt", "Leavitt"], "United States", ["White House press secretary"])
A(T2, "two officials familiar with the administration's thinking", "anonymous", ["Two officials familiar with the administration's thinking"],
  "United States")
A(T2, "Volodymyr Zelenskyy", "person", ["Ukrainian President Volodymyr Zelensky", "Zelensky"], "Ukraine", ["President of Ukraine"])
A(T2, "analysts", "group", ["Some analysts"])
A(T2, "Oksana Lytvyn", "person", [], "Ukraine", ["political analyst at the Razumkov Centre"])
A(T2, "Razumkov Centre", "organization", [], "Ukraine")
A(T2, "a Western official briefed on the Geneva preparations", "anonymous", ["A Western official briefed on the Geneva preparations"])

P("reassurance_force", aliases=["reassurance force"], proponents=["United Kingdom", "France"],
  supporters=["United Kingdom", "a spokeswoman for the Ministry of Defence", "Keir Starmer", "Karoline Leavitt"],
  opponents=["Russia", "Dmitry Peskov"], conditional=["European officials"],
  figures=[fig(T2, "several thousand European troops", None, "troops"),
           fig(T2, "around 10,000 troops", 10000, "troops", note="first phase"),
           fig(T2, "as many as 12 countries", 12, "countries", note="upper bound")])
P("ceasefire_30day", aliases=["proposed 30-day truce", "American ceasefire proposal", "US proposal", "30-day halt to fighting", "truce"],
  proponents=["United States"], supporters=["Ukraine", "Andrii Sybiha"],
  conditional=["European officials", "Volodymyr Zelenskyy"],
  figures=[fig(T2, "30-day halt", 30, "days")],
  stance_note="t02: Russia (Peskov \"studying\") is neutral: no side.")
P("security_guarantees", aliases=["security guarantees", "real guarantees"], supporters=["European officials", "Volodymyr Zelenskyy"])
P("us_backstop", supporters=["Karoline Leavitt"])
P("us_peace_plan", aliases=["US plan"], proponents=["United States"])
P("army_cap", aliases=["any limit on the size of its army"], opponents=["Volodymyr Zelenskyy", "Ukraine"],
  figures=[fig(T2, "600,000", 600000, "troops", note="cap in an earlier draft of the US plan")])

# ====================================================================== t03 (Euronews-like short report)
doc(T3, "Dutch MPs back troops for Ukraine mission — but only with a US safety net", "Euronews", "Sanne Vermeulen", "2026-04-16",
    ["euronews.", "My Europe", "World", "Business", "Travel", "Next", "Culture", "Video", "Published on 16/04/2026 - 19:05 GMT+2",
     "Share this article", "Comments", "READ MORE", "Poland rules out sending troops but offers logistics hub",
     "What are Western security guarantees for Ukraine?", "Watch: Dutch soldiers train Ukrainian engineers in Germany"],
    published_note="\"Published on 16/04/2026\" (a Thursday): the vote \"on Thursday\" is the same day.",
    outlet_note="\"euronews.\" masthead and \"told Euronews\" in the text.",
    boilerplate_note="Masthead, menu, timestamp, share/comments widgets, READ MORE links. The byline line is the author and not listed.")

claim(T3, "Joris Baumann", "partial", "cannot ask others to guarantee a peace that we ourselves are not willing to defend.", "told",
      ["reassurance_force"], "support", note="\"told lawmakers that the Netherlands \"...\"\": the unquoted subject adds nothing: only the partial.")
claim(T3, "Joris Baumann", "direct", "Our soldiers will not be on the front line. They will help train, protect and rebuild,", "added",
      ["reassurance_force"], "support", note="Pronoun speaker \"he\"; translated quote (\"speaking in Dutch\").")
claim(T3, "Dutch government", "indirect",
      "The government wants the Dutch contingent to be based in western Ukraine and focused on air defence and engineering units",
      "according to", ["reassurance_force"], "support",
      note="\"according to a letter sent to parliament\": a letter is a document, so the claim is its author's, the government's.")
claim(T3, "Femke Hoekstra", "direct", "Without the Americans, this is a gamble with Dutch lives,", "said",
      ["reassurance_force", "us_backstop"], "conditional",
      proposal_stances={"reassurance_force": "conditional", "us_backstop": "support"}, note="\"said X\" inversion with appositive.")
claim(T3, "Femke Hoekstra", "indirect",
      "her party would \"look very carefully\" at any American offer before the final vote, which is expected in the autumn", "said",
      ["reassurance_force"], "conditional", statement="t03-hoekstra")
claim(T3, "Femke Hoekstra", "partial", "look very carefully", "said", ["reassurance_force"], "conditional", statement="t03-hoekstra")
claim(T3, "Geert Wilders", "partial", "madness", "called", ["reassurance_force"], "oppose",
      note="\"called the plan \"madness\"\": only the partial.")
claim(T3, "Geert Wilders", "direct", "We are sending our boys into a war that is not ours,", "wrote", ["reassurance_force"], "oppose",
      note="Translated quote.")
claim(T3, "Geert Wilders", "direct", "Not one Dutch soldier to Ukraine.", None, ["reassurance_force"], "oppose",
      note="Quote continued after the attribution: no cue.")
claim(T3, "Martin Kuipers", "indirect",
      "the PVV would try to block funding for the mission when the defence budget is debated in June", "told", ["reassurance_force"],
      "oppose", note="Reported speech without \"that\"; Euronews is the channel.")
claim(T3, "Russian embassy in The Hague", "indirect",
      "any foreign military presence in Ukraine would be considered \"a direct threat\" to Russia's security", "said",
      ["reassurance_force"], "oppose", statement="t03-embassy")
claim(T3, "Russian embassy in The Hague", "partial", "a direct threat", "said", ["reassurance_force"], "oppose", statement="t03-embassy")
claim(T3, "Ukrainian Foreign Ministry", "indirect",
      "the decision showed that Europe was \"ready to take responsibility for its own security.\"", "said", ["reassurance_force"],
      "support", statement="t03-mfa")
claim(T3, "Ukrainian Foreign Ministry", "partial", "ready to take responsibility for its own security.", "said", ["reassurance_force"],
      "support", statement="t03-mfa")
claim(T3, "Ukraine", "indirect", "the vote", "welcomed", ["reassurance_force"], "support",
      note="\"Kyiv welcomed the vote.\": welcoming verb with only an object, a claim as in the heldout (\"welcomed the commitment\").")
claim(T3, "Mark Rutte", "indirect", "he was \"proud\" of his country", "said", ["reassurance_force"], "support", statement="t03-rutte")
claim(T3, "Mark Rutte", "partial", "proud", "said", ["reassurance_force"], "support", statement="t03-rutte")
claim(T3, "Mark Rutte", "indirect", "the mission would not be a NATO operation", "stressed", ["reassurance_force"], "neutral")
claim(T3, "Mark Rutte", "direct",
      "This is a coalition of nations acting on their own. NATO's role is to make sure that our eastern flank stays strong,", "said",
      ["reassurance_force"], "neutral")
claim(T3, "analysts in The Hague", "indirect", "the US condition could become a problem", "say", ["reassurance_force", "us_backstop"],
      "neutral")
claim(T3, "United States", "indirect", "it will not send ground troops", "said", ["reassurance_force"], "neutral",
      note="\"Washington has said\". Own troops ruled out = neutral. \"has not yet spelled out\" is no claim.")
claim(T3, "NOS", "indirect",
      "at least three other coalition members — Belgium, Denmark and Norway — have attached similar conditions to their own offers",
      "According to", ["reassurance_force"], "conditional", note="The three countries get conditional stances (no claims of their own).")
claim(T3, "officials", "indirect", "leaders there could agree on a command structure and on the first list of units", "say",
      ["reassurance_force"], "neutral")
# Not claims: the headline (\"back\" is a stance, not a verb of saying), "The motion ... attaches a clear condition" and "what it
# calls \"credible support\"" (a document's content / noun-phrase idiom), "Moscow was quick to respond." (no content),
# "has not yet spelled out".

BOILERPLATE_MENTIONS["actors"] += [dict(name="Poland", type="country", docs=[T3], where="READ MORE link")]
BOILERPLATE_MENTIONS["claims"] += [dict(doc=T3, speaker="Poland", kind="indirect", text="sending troops", cue="rules out",
                                        where="READ MORE link")]

event(T3, "2026-04-16", "The Dutch House of Representatives on Thursday approved in principle a contribution of up to 800 soldiers",
      ["Dutch House of Representatives", "Netherlands"])
event(T3, "2026-04", "a letter sent to parliament last week", ["Dutch government", "Dutch House of Representatives"])
event(T3, "2026", "the final vote, which is expected in the autumn", ["Dutch House of Representatives"],
      date_note="\"in the autumn\": year precision.")
event(T3, "2026-06", "when the defence budget is debated in June", ["Dutch House of Representatives"])
event(T3, "2026-05", "is expected to meet again in Paris in early May", ["Coalition of the Willing"])

A(T3, "Sanne Vermeulen", "person", note="Byline.")
A(T3, "Euronews", "organization")
A(T3, "Dutch House of Representatives", "organization", ["The Dutch House of Representatives", "Dutch MPs", "lawmakers", "parliament"],
  "Netherlands")
A(T3, "Netherlands", "country", ["the Netherlands"])
A(T3, "Joris Baumann", "person", ["Defence Minister Joris Baumann", "Baumann"], "Netherlands", ["Defence Minister of the Netherlands"])
A(T3, "Dutch government", "organization", ["The government"], "Netherlands")
A(T3, "United States", "country", ["the United States", "Washington", "US"])
A(T3, "Femke Hoekstra", "person", ["Christian Democrat MP Femke Hoekstra", "Hoekstra"], "Netherlands", ["Christian Democrat MP"])
A(T3, "Geert Wilders", "person", ["Far-right leader Geert Wilders", "Wilders"], "Netherlands", ["leader of the Party for Freedom"])
A(T3, "Party for Freedom", "organization", ["PVV"], "Netherlands")
A(T3, "Martin Kuipers", "person", [], "Netherlands", ["defence spokesman of the PVV"])
A(T3, "Russia", "country", ["Moscow"])
A(T3, "Russian embassy in The Hague", "organization", ["The Russian embassy in The Hague"], "Russia")
A(T3, "Ukraine", "country", ["Kyiv"])
A(T3, "Ukrainian Foreign Ministry", "organization", ["The Ukrainian foreign ministry"], "Ukraine")
A(T3, "Europe", "group")
A(T3, "Mark Rutte", "person", ["NATO Secretary General Mark Rutte", "Rutte"], "Netherlands",
  ["Secretary General of NATO", "former Dutch prime minister"])
A(T3, "NATO", "organization")
A(T3, "analysts in The Hague", "group", ["Analysts in The Hague"], "Netherlands")
A(T3, "NOS", "organization", ["Dutch public broadcaster NOS"], "Netherlands")
A(T3, "Belgium", "country")
A(T3, "Denmark", "country")
A(T3, "Norway", "country")
A(T3, "Coalition of the Willing", "organization", ["coalition of the willing"])
A(T3, "France", "country")
A(T3, "United Kingdom", "country", ["UK"])
A(T3, "officials", "group", ["Officials"])

P("reassurance_force", aliases=["European force", "Ukraine mission"],
  proponents=["France", "United Kingdom", "Coalition of the Willing"],
  supporters=["Joris Baumann", "Dutch government", "Netherlands", "Ukrainian Foreign Ministry", "Ukraine", "Mark Rutte"],
  opponents=["Geert Wilders", "Party for Freedom", "Martin Kuipers", "Russian embassy in The Hague", "Russia"],
  conditional=["Dutch House of Representatives", "Femke Hoekstra", "Belgium", "Denmark", "Norway"],
  figures=[fig(T3, "up to 800 soldiers", 800, "soldiers", note="Dutch contribution")],
  stance_note="t03: the Dutch government/minister support; the House's motion makes it conditional on US support. "
              "NOS only reports the conditions of Belgium, Denmark and Norway: its claim is conditional, NOS itself takes no side.")
P("us_backstop", aliases=["US safety net", "credible support"], supporters=["Dutch House of Representatives", "Femke Hoekstra"])

# ====================================================================== t04 (RFE/RL-like long piece)
doc(T4, "Baltics Ready To Send Troops To Ukraine 'The Day After' A Cease-Fire, Estonian Premier Says",
    "Radio Free Europe/Radio Liberty", "Kristjan Aavik and Olena Hrytsenko", "2026-05-20",
    ["Radio Free Europe/Radio Liberty", "Ukraine", "Russia", "Baltic States", "Europe", "May 20, 2026 17:40 GMT", "Share", "Print",
     "Estonian Prime Minister Kristen Michal speaks to reporters in Tallinn on May 19.",
     "RFE/RL's Ukrainian Service and Estonian correspondent Liis Kuusk contributed to this report.",
     "Copyright (c) 2026. RFE/RL, Inc. Used with the permission of Radio Free Europe/Radio Liberty, 1201 Connecticut Ave NW, Ste 400, Washington DC 20036.",
     "Tags", "Estonia", "coalition of the willing", "security guarantees", "Kristen Michal"],
    published_note="\"May 20, 2026 17:40 GMT\" (a Wednesday); the interview of May 19 and \"next month\" (June) agree.",
    outlet_note="Masthead, copyright footer and \"RFE/RL\" throughout the text.",
    boilerplate_note="Masthead and section menu (\"Ukraine\", \"Russia\", \"Europe\" lines also recur as tags), timestamp, share/print, "
                     "the photo caption (printed twice, one entry), the contribution credit, copyright footer, tags. Subheads "
                     "(\"Small Armies, Big Risks\", \"Waiting For Washington\", \"A Question Of Numbers\") are article text.")

BC = ["reassurance_force", "baltic_contingent"]
claim(T4, "Kristen Michal", "indirect", "Baltics Ready To Send Troops To Ukraine 'The Day After' A Cease-Fire", "Says", BC, "support",
      statement="t04-head", note="Headline \"..., Estonian Premier Says\".")
claim(T4, "Kristen Michal", "partial", "The Day After", "Says", BC, "support", statement="t04-head")
claim(T4, "Kristen Michal", "indirect",
      "Estonia, Latvia, and Lithuania are prepared to send troops to Ukraine \"the day after\" a cease-fire takes effect", "says", BC,
      "support", statement="t04-lede", note="Speaker after the clause, present tense \"says\".")
claim(T4, "Kristen Michal", "partial", "the day after", "says", BC, "support", statement="t04-lede")
claim(T4, "Kristen Michal", "indirect",
      "the three Baltic states had agreed on a joint contingent of up to 1,000 soldiers that would serve under the multinational force "
      "being planned by the so-called coalition of the willing", "said", BC, "support")
claim(T4, "Kristen Michal", "direct", "We have learned one lesson from our own history,", "said", ["reassurance_force"], "support",
      note="Pronoun speaker \"he\"; the lesson is the argument for troops that follows.")
claim(T4, "Kristen Michal", "direct", "Guarantees on paper are worth nothing.", None, ["reassurance_force"], "support",
      statement="t04-michal-multi", note="Quote continued after \"he said.\" and running on into the next paragraph (no closing mark).")
claim(T4, "Kristen Michal", "direct",
      "If Europe wants peace in Ukraine to last, European soldiers must be there to show that we are serious. "
      "Small countries cannot wait for big countries to decide.", None, BC, "support", statement="t04-michal-multi",
      note="Second paragraph of the same quote: no attribution of its own.")
claim(T4, "Kristen Michal", "indirect", "would be formally presented at a coalition meeting in Rome next month", "said", BC, "support",
      note="Relative clause \"The pledge, which Michal said would be ...\".")
claim(T4, "governments on NATO's eastern flank", "indirect", "Russia will only respect a settlement backed by force", "argued",
      ["reassurance_force"], "support")
claim(T4, "United Kingdom", "indirect", "to lead the force", "offered", ["reassurance_force"], "support",
      note="\"Britain and France have offered to lead the force\": one claim per country; commissive, like the heldout's \"offered jets\".")
claim(T4, "France", "indirect", "to lead the force", "offered", ["reassurance_force"], "support")
claim(T4, "Nordic and Baltic states", "indirect", "they are ready to join", "said", ["reassurance_force"], "support",
      note="\"the Nordic and Baltic states have said\": one group actor (no separate surface form for the Nordic states alone).")
claim(T4, "several larger allies", "indirect", "putting their own soldiers on the ground", "ruled out", ["reassurance_force"], "neutral",
      note="\"several larger allies, including Italy and Spain\": one group claim (seeds decision 4). Own troops ruled out = neutral.")
claim(T4, "critics in Estonia", "indirect",
      "sending even a few hundred of them abroad would weaken the country's own defenses at a time when Russia is rebuilding its "
      "forces along the border", "say", BC, "oppose", note="\"critics at home say\", no \"that\".")
claim(T4, "Urmas Kivi", "direct", "Every soldier we send to Ukraine is a soldier we do not have in Narva,", "said", BC, "oppose",
      note="\"said X\" inversion, appositive.")
claim(T4, "Lithuanian Defense Ministry", "indirect",
      "its contribution would be \"limited in size but not in ambition\" and would likely consist of engineers and air-defense specialists",
      "said", BC, "support", statement="t04-lt-mod", note="Lowercase ministry \"The Lithuanian defense ministry\".")
claim(T4, "Lithuanian Defense Ministry", "partial", "limited in size but not in ambition", "said", BC, "support", statement="t04-lt-mod")
claim(T4, "Gitanas Nauseda", "indirect", "the Baltic offer was \"a down payment\" on Ukraine's eventual membership in NATO", "said",
      ["baltic_contingent", "nato_membership"], "support", statement="t04-nauseda",
      note="Pronoun speaker \"he\" after the newly introduced president. \"went further\" is not a claim.")
claim(T4, "Gitanas Nauseda", "partial", "a down payment", "said", ["baltic_contingent", "nato_membership"], "support",
      statement="t04-nauseda")
claim(T4, "Gitanas Nauseda", "partial", "the only guarantee that has ever worked.", "called", ["nato_membership"], "support",
      note="\"which he called \"...\"\": a predication with content (unlike naming idioms such as \"what he called a backstop\").")
claim(T4, "Latvian officials", "indirect",
      "Riga is ready to provide a logistics unit and staff officers, but a final decision rests with parliament, which is expected to "
      "vote in June", "According to", BC, "support")
claim(T4, "two officials briefed on the talks", "indirect",
      "US envoys had assured the coalition that Washington would provide early-warning intelligence and \"air-domain support\" from "
      "bases outside Ukraine, but had refused to put those commitments in writing", "told", ["us_backstop"], "neutral",
      statement="t04-envoys", note="RFE/RL is the channel.")
claim(T4, "US envoys", "indirect",
      "Washington would provide early-warning intelligence and \"air-domain support\" from bases outside Ukraine", "assured",
      ["us_backstop"], "support", statement="t04-envoys", reported_by="two officials briefed on the talks")
claim(T4, "US envoys", "partial", "air-domain support", "assured", ["us_backstop"], "support", statement="t04-envoys",
      reported_by="two officials briefed on the talks")
claim(T4, "two officials briefed on the talks", "direct",
      "We are being asked to jump, and told that someone will probably catch us,", "said", ["us_backstop"], "neutral",
      note="Speaker \"one of the officials\": recorded as an alias of the two officials. \"speaking on condition of anonymity\" is no claim.")
claim(T4, "a State Department spokesperson", "indirect",
      "the United States \"fully supports\" European efforts to secure a just and lasting peace and would \"continue to coordinate "
      "closely\" with allies", "said", ["reassurance_force"], "support", statement="t04-state",
      note="\"but declined to provide details\" is not a claim.")
claim(T4, "a State Department spokesperson", "partial", "fully supports", "said", ["reassurance_force"], "support", statement="t04-state")
claim(T4, "a State Department spokesperson", "partial", "continue to coordinate closely", "said", ["reassurance_force"], "support",
      statement="t04-state")
claim(T4, "Western diplomats", "indirect", "the ambiguity is deliberate", "say", ["us_backstop"], "neutral")
claim(T4, "Western diplomats", "indirect",
      "does not want to tie its hands while negotiations with Moscow over a broader peace framework continue", "say",
      ["us_backstop", "us_peace_plan"], "neutral",
      note="\"Washington, they say, does not want ...\": attribution inside the clause; the longest contiguous stretch.")
claim(T4, "Russian officials", "indirect", "they regard any Western contingent as unacceptable", "made it clear", ["reassurance_force"],
      "oppose")
claim(T4, "Maria Zakharova", "indirect",
      "the Baltic states, \"which have built their whole foreign policy on Russophobia,\" were trying to drag Europe into a direct war "
      "with Russia", "said", BC, "oppose", statement="t04-zakharova")
claim(T4, "Maria Zakharova", "partial", "which have built their whole foreign policy on Russophobia,", "said", BC, "oppose",
      statement="t04-zakharova")
claim(T4, "Maria Zakharova", "indirect",
      "must address what Moscow calls \"the root causes\" of the conflict, including NATO's eastward expansion", "said",
      ["nato_membership"], "oppose",
      note="\"Any settlement, she said, must address ...\": attribution inside the clause. \"what Moscow calls\" is a naming idiom, "
           "not a partial quote. NATO's eastward expansion as a root cause = opposition to Ukraine in NATO.")
claim(T4, "Dmitry Peskov", "direct", "Troops from NATO countries in Ukraine, under any flag, are a red line for us,", "told",
      ["reassurance_force"], "oppose", note="\"was blunter\" is not a claim.")
claim(T4, "two European diplomats familiar with the figures", "indirect", "So far, offers add up to fewer than 15,000", "according to",
      ["reassurance_force"], "neutral")
claim(T4, "Priit Lepik", "indirect", "the answer is not necessarily a smaller force but a different one", "says", ["reassurance_force"],
      "neutral", note="Appositive introduction, present tense.")
claim(T4, "Priit Lepik", "direct", "You can compensate for fewer boots with more drones, more air defense, and clearer rules,", "told",
      ["reassurance_force"], "neutral")
claim(T4, "Priit Lepik", "direct", "What you cannot compensate for is doubt about whether anyone will come to help.", None,
      ["reassurance_force"], "neutral")
claim(T4, "Priit Lepik", "indirect", "the Baltic pledge is as much a message to Washington as to Moscow", "In his view",
      ["baltic_contingent"], "neutral", note="Borderline, included like the heldout's \"in his words\".")
claim(T4, "Ukrainian officials", "indirect", "the offer", "welcomed", ["baltic_contingent"], "support",
      note="Welcoming verb with only an object: a claim, as in the heldout (\"welcomed the commitment\").")
claim(T4, "Ukrainian officials", "indirect", "no foreign force can replace their own army", "insisting", ["reassurance_force"], "neutral")
claim(T4, "Vitaliy Kravets", "indirect", "Kyiv was \"deeply grateful\" to its Baltic neighbors", "told", ["baltic_contingent"],
      "support", statement="t04-kravets")
claim(T4, "Vitaliy Kravets", "partial", "deeply grateful", "told", ["baltic_contingent"], "support", statement="t04-kravets")
claim(T4, "Vitaliy Kravets", "direct", "They know better than anyone what is at stake,", "said", ["baltic_contingent"], "support")
# Not claims: "Michal ... went further" / "Nauseda went further", "was blunter", the document "seen by RFE/RL" (a document's content:
# only its figure is kept), the question "What happens if the numbers never add up?", "declined to provide details",
# "speaking on condition of anonymity ...", subheads.

BOILERPLATE_MENTIONS["actors"] += [dict(name="Liis Kuusk", type="person", docs=[T4], where="contribution credit"),
                                   dict(name="RFE/RL's Ukrainian Service", type="organization", docs=[T4], where="contribution credit")]

event(T4, "2026-05-19", "Speaking to RFE/RL in Tallinn on May 19", ["Kristen Michal"])
event(T4, "2026-06", "a coalition meeting in Rome next month", ["Coalition of the Willing"])
event(T4, "2026-05-18", "In an interview with Lithuanian public radio LRT on May 18", ["Gitanas Nauseda", "LRT"])
event(T4, "2026-06", "which is expected to vote in June", ["Latvia"])
event(T4, "2025-03", "since it was formed in March 2025", ["Coalition of the Willing"])
event(T4, "2026-05-14", "Russian Foreign Ministry spokeswoman Maria Zakharova said on May 14", ["Maria Zakharova"])
event(T4, "2026-07", "The next test comes in July, when NATO leaders meet in Ankara", ["NATO"])

A(T4, "Kristjan Aavik", "person", note="Byline.")
A(T4, "Olena Hrytsenko", "person", note="Byline.")
A(T4, "Radio Free Europe/Radio Liberty", "organization", ["RFE/RL"], "United States")
A(T4, "Kristen Michal", "person", ["Estonian Prime Minister Kristen Michal", "Michal", "Estonian Premier"], "Estonia",
  ["Prime Minister of Estonia"])
A(T4, "Estonia", "country")
A(T4, "Latvia", "country", ["Riga"])
A(T4, "Lithuania", "country")
A(T4, "Baltic states", "group", ["the three Baltic states", "Baltics"])
A(T4, "Coalition of the Willing", "organization", ["coalition of the willing", "coalition"])
A(T4, "Europe", "group")
A(T4, "NATO", "organization")
A(T4, "governments on NATO's eastern flank", "group", ["governments"])
A(T4, "Russia", "country", ["Moscow"])
A(T4, "United Kingdom", "country", ["Britain"])
A(T4, "France", "country")
A(T4, "Nordic and Baltic states", "group", ["the Nordic and Baltic states"])
A(T4, "several larger allies", "group")
A(T4, "Italy", "country")
A(T4, "Spain", "country")
A(T4, "critics in Estonia", "group", ["critics at home"], "Estonia")
A(T4, "Urmas Kivi", "person", [], "Estonia", ["lawmaker from the opposition Conservative People's Party"])
A(T4, "Conservative People's Party", "organization", [], "Estonia")
A(T4, "Lithuanian Defense Ministry", "organization", ["The Lithuanian defense ministry"], "Lithuania")
A(T4, "Gitanas Nauseda", "person", ["Lithuanian President Gitanas Nauseda", "Nauseda"], "Lithuania", ["President of Lithuania"])
A(T4, "LRT", "organization", ["Lithuanian public radio LRT"], "Lithuania")
A(T4, "Latvian officials", "group", [], "Latvia")
A(T4, "United States", "country", ["the United States", "Washington"])
A(T4, "US envoys", "group", [], "United States")
A(T4, "two officials briefed on the talks", "anonymous", ["Two officials briefed on the talks", "one of the officials"])
A(T4, "a State Department spokesperson", "anonymous", ["A State Department spokesperson"], "United States")
A(T4, "State Department", "organization", [], "United States")
A(T4, "Western diplomats", "group")
A(T4, "Russian officials", "group", [], "Russia")
A(T4, "Maria Zakharova", "person", ["Russian Foreign Ministry spokeswoman Maria Zakharova"], "Russia",
  ["Russian Foreign Ministry spokeswoman"])
A(T4, "Russian Foreign Ministry", "organization", [], "Russia")
A(T4, "Dmitry Peskov", "person", ["Kremlin spokesman Dmitry Peskov"], "Russia", ["Kremlin spokesman"])
A(T4, "two European diplomats familiar with the figures", "anonymous")
A(T4, "Priit Lepik", "person", ["Lepik"], "Estonia", ["senior researcher at the International Centre for Defence and Security"])
A(T4, "International Centre for Defence and Security", "organization", [], "Estonia")
A(T4, "Ukrainian officials", "group", [], "Ukraine")
A(T4, "Vitaliy Kravets", "person", [], "Ukraine", ["Ambassador of Ukraine to Estonia"])
A(T4, "Ukraine", "country", ["Kyiv"])

P("reassurance_force", aliases=["multinational force", "Western contingent"],
  proponents=["Coalition of the Willing", "United Kingdom", "France"],
  supporters=["Kristen Michal", "Estonia", "Latvia", "Lithuania", "Baltic states", "Nordic and Baltic states", "governments on NATO's eastern flank",
              "United Kingdom", "France", "Lithuanian Defense Ministry", "Latvian officials", "a State Department spokesperson",
              "Ukrainian officials"],
  opponents=["critics in Estonia", "Urmas Kivi", "Russian officials", "Maria Zakharova", "Dmitry Peskov", "Russia"],
  figures=[fig(T4, "at least 25,000 troops", 25000, "troops", note="needed for a credible force, per a planning document; lower bound"),
           fig(T4, "fewer than 15,000", 15000, "troops", note="offers so far; upper bound")],
  stance_note="t04: \"several larger allies, including Italy and Spain\" rule out their own soldiers: neutral, no side.")
P("baltic_contingent", "Joint Baltic contingent (Estonia, Latvia, Lithuania) for the reassurance force",
  aliases=["joint contingent", "Baltic offer", "Baltic pledge"], part_of="reassurance_force",
  proponents=["Estonia", "Latvia", "Lithuania", "Kristen Michal"],
  supporters=["Kristen Michal", "Lithuanian Defense Ministry", "Gitanas Nauseda", "Latvian officials", "Ukrainian officials",
              "Vitaliy Kravets"],
  opponents=["critics in Estonia", "Urmas Kivi", "Maria Zakharova"],
  figures=[fig(T4, "up to 1,000 soldiers", 1000, "soldiers"),
           fig(T4, "a few hundred", None, "soldiers", note="the Estonian share, as the critics put it")],
  stance_note="New in this set.")
P("us_backstop", aliases=["air-domain support"], supporters=["US envoys"])
P("nato_membership", aliases=["membership in NATO"], supporters=["Gitanas Nauseda"], opponents=["Maria Zakharova"])
P("us_peace_plan", aliases=["broader peace framework"], proponents=["United States"])
