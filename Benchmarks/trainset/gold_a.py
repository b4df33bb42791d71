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
      note="\"The UK has said\". France \"offering a comparable share\" is an activity, not a claim (France is a supporter).")
claim(T1, "officials in Berlin", "indirect",
      "a force of that size would be too small to deter a determined attack and too large to sustain for the decade that Kyiv wants",
      "argue", ["reassurance_force"], "oppose")
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
A(T2, "UK Ministry of Defence", "organization", ["Ministry of Defence"], "United Kingdom")
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
# calls \"credible support\"" (a document's content / noun-phrase idiom), "Moscow was quick to respond.", "Kyiv welcomed the vote."
# (no content), "has not yet spelled out".

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
