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
