#!/usr/bin/env python3
"""Gold source for training articles t13-t16 (annotator D).

Exposes module-level lists DOCUMENTS, ACTORS, CLAIMS, PROPOSALS, EVENTS (final gold JSON shape of
/work/shared/eval/GOLD-FORMAT.md) and BOILERPLATE_MENTIONS, for the shared build_gold.py to merge with gold_a..gold_c.
Annotated by hand from the article texts only (the extractor was never run on them), following the conventions of
/work/shared/eval/seeds.gold.notes.md, Benchmarks/devset/README.md, Benchmarks/heldout/README.md and the trainset README
(annotators A and B). Actor names and proposal ids reuse the existing ones where the actor or proposal is the same.

Decisions specific to t13-t16 are listed in Benchmarks/trainset/README.md (section "Annotator D")."""

T13 = "t13_aljazeera_turkey_truce_talks.txt"
T14 = "t14_ukrinform_guarantees_telegram.txt"
T15 = "t15_bloomberg_backstop_costs.txt"
T16 = "t16_moscowtimes_kremlin_troops.txt"

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
P("ceasefire_30day", "U.S.-backed 30-day ceasefire")
P("security_guarantees", "Western security guarantees for Ukraine")
P("nato_membership", "NATO membership for Ukraine")
P("us_peace_plan", "U.S.-brokered 20-point peace framework")
P("army_cap", "Cap on the size of Ukraine's armed forces", part_of="us_peace_plan")
P("istanbul_talks", "Türkiye-hosted Russia-Ukraine peace talks in Istanbul")
P("black_sea_mine_clearing", "Turkish-led multinational mine-clearing mission for Black Sea shipping lanes")
P("demarcation_line_monitoring", "Monitoring of a future ceasefire (demarcation) line in Ukraine")

# ====================================================================== t13 (Al Jazeera-like)
doc(T13, "Turkey offers to host truce talks as Russia rejects European troops plan", "Al Jazeera", None, "2026-03-12",
    ["Skip links", "Skip to Content", "Live", "Navigation menu", "News|Russia-Ukraine war",
     "Turkish Foreign Minister Hakan Fidan speaks during a news conference in Ankara, Turkey [File: Murat Kaya/AFP]",
     "Published On 12 Mar 2026", "12 Mar 2026", "Click here to share on social media", "share2", "Save",
     "Recommended Stories", "list of 4 items", "list 1 of 4", "Russia-Ukraine war: List of key events, day 1,478",
     "list 2 of 4", "Who is in Europe’s ‘coalition of the willing’ for Ukraine?", "list 3 of 4",
     "Photos: Kharkiv residents shelter underground as drone attacks intensify", "list 4 of 4",
     "Can Turkey broker peace between Russia and Ukraine?", "end of list",
     "Source: Al Jazeera and news agencies", "Follow Al Jazeera's coverage of the Russia-Ukraine war", "Advertisement"],
    published_note="\"Published On 12 Mar 2026\" (a Thursday); \"on Thursday\", \"on Wednesday\", \"on Tuesday\" resolve against it.",
    outlet_note="\"Source: Al Jazeera and news agencies\", \"told Al Jazeera\" and the coverage line.",
    boilerplate_note="Skip links, navigation, photo caption with credit, the date line and its repeat, share/save widgets, the "
                     "Recommended Stories list (interleaved in the body), the source line, the coverage promo and the ad slot. "
                     "The deck under the headline and the quoted subheads (‘Absolutely unacceptable’, ‘Far apart’) and "
                     "plain subheads (\"The European plan\") are article text. No byline.")

claim(T13, "Turkey", "indirect", "to host truce talks", "offers", ["istanbul_talks"], "support",
      note="Headline commissive (devset decision 8: \"has offered to host\").")
claim(T13, "Russia", "indirect", "European troops plan", "rejects", ["reassurance_force"], "oppose",
      note="Headline rejecting verb with an object (devset decision 9).")
claim(T13, "Ukraine", "indirect", "any ceasefire must come with binding security guarantees", "insists",
      ["security_guarantees", "ceasefire_30day"], "support",
      proposal_stances={"security_guarantees": "support", "ceasefire_30day": "conditional"}, note="Deck; speaker \"Kyiv\".")
claim(T13, "Turkey", "indirect", "to host a new round of direct talks between Russia and Ukraine on a ceasefire", "offered",
      ["istanbul_talks"], "support")
claim(T13, "Russia", "indirect", "a European plan to deploy troops to Ukraine once the fighting stops", "rejected",
      ["reassurance_force"], "oppose", note="Speaker \"Moscow\".")
claim(T13, "Hakan Fidan", "indirect",
      "Ankara was ready to welcome delegations from both countries in Istanbul \"within days, not weeks\"", "said",
      ["istanbul_talks"], "support", statement="s13-a", note="One verb, two that-clauses (devset decision 5).")
claim(T13, "Hakan Fidan", "partial", "within days, not weeks", "said", ["istanbul_talks"], "support", statement="s13-a")
claim(T13, "Hakan Fidan", "indirect",
      "a 30-day truce covering energy infrastructure and the Black Sea could be the first item on the agenda", "said",
      ["ceasefire_30day", "istanbul_talks"], "support", statement="s13-a")
claim(T13, "Hakan Fidan", "direct",
      "We are not asking anyone to give up their positions before they sit down. We are asking them to sit down,", "told",
      ["istanbul_talks"], "support", statement="s13-b")
claim(T13, "Hakan Fidan", "direct", "Türkiye has done this before, and we can do it again.", None, ["istanbul_talks"],
      "support", statement="s13-b", note="Continuation after \"Fidan told reporters in Ankara ...\": cue null.")
claim(T13, "Qatar", "indirect", "it would back the Turkish initiative", "said", ["istanbul_talks"], "support",
      note="\"Qatar, which has helped return ..., said\": relative clause between speaker and verb.")
claim(T13, "Majed al-Ansari", "indirect",
      "Doha was in contact with \"both Moscow and Kyiv\" and was prepared to host technical talks on prisoner exchanges in parallel",
      "said", ["istanbul_talks"], "support", statement="s13-c", note="Speaker introduced by appositive.")
claim(T13, "Majed al-Ansari", "partial", "both Moscow and Kyiv", "said", ["istanbul_talks"], "neutral", statement="s13-c")
claim(T13, "Dmitry Peskov", "indirect", "Moscow appreciated the efforts of \"our Turkish friends\"", "said",
      ["istanbul_talks"], "support", statement="s13-d", note="\"said Moscow ... but that ...\": two clauses, two records.")
claim(T13, "Dmitry Peskov", "partial", "our Turkish friends", "said", ["istanbul_talks"], "support", statement="s13-d")
claim(T13, "Dmitry Peskov", "indirect", "Russia's position on foreign troops had not changed", "said",
      ["reassurance_force"], "oppose", statement="s13-d")
claim(T13, "Dmitry Peskov", "direct",
      "Any appearance of military contingents of NATO countries on Ukrainian territory is absolutely unacceptable to us, "
      "whatever they call it – peacekeepers, a reassurance force or anything else,", "told", ["reassurance_force"], "oppose")
claim(T13, "Sergei Lavrov", "indirect",
      "Western governments of using talk of a ceasefire to \"buy time for the Kyiv regime to rearm\"", "accusing",
      ["ceasefire_30day"], "oppose", statement="s13-e", note="\"went further\" has no content; \"accusing\" is the cue.")
claim(T13, "Sergei Lavrov", "partial", "buy time for the Kyiv regime to rearm", "accusing", ["ceasefire_30day"], "oppose",
      statement="s13-e")
claim(T13, "Sergei Lavrov", "indirect",
      "the 30-day pause, first proposed by Washington last year, as \"a trap\" unless Western arms deliveries were halted for "
      "its duration", "dismissed", ["ceasefire_30day"], "conditional", statement="s13-f",
      note="Dismissal with an explicit condition (\"unless ...\"): conditional.")
claim(T13, "Sergei Lavrov", "partial", "a trap", "dismissed", ["ceasefire_30day"], "oppose", statement="s13-f")
claim(T13, "Dmitry Medvedev", "indirect",
      "European soldiers in Ukraine would be \"legitimate targets from the first day\"", "wrote", ["reassurance_force"],
      "oppose", statement="s13-g", note="\"wrote on Telegram\"; relative clause-like appositive before the verb.")
claim(T13, "Dmitry Medvedev", "partial", "legitimate targets from the first day", "wrote", ["reassurance_force"], "oppose",
      statement="s13-g")
claim(T13, "Ukraine", "indirect", "the offer", "welcomed", ["istanbul_talks"], "support",
      note="\"Kyiv, for its part, welcomed the offer.\"")
claim(T13, "Andrii Sybiha", "indirect", "Ukraine was \"ready for any format that brings a just peace closer\"", "wrote",
      ["istanbul_talks"], "support", statement="s13-h")
claim(T13, "Andrii Sybiha", "partial", "ready for any format that brings a just peace closer", "wrote", ["istanbul_talks"],
      "support", statement="s13-h")
claim(T13, "Andrii Sybiha", "indirect", "a truce without guarantees would only give Russia \"a pause to regroup\"", "warned",
      ["ceasefire_30day", "security_guarantees"], "conditional", statement="s13-i",
      proposal_stances={"ceasefire_30day": "conditional", "security_guarantees": "support"})
claim(T13, "Andrii Sybiha", "partial", "a pause to regroup", "warned", ["ceasefire_30day"], "conditional", statement="s13-i")
claim(T13, "Volodymyr Zelenskyy", "indirect",
      "Ukraine would agree to a full ceasefire on the day Russia stopped attacking its cities", "said", ["ceasefire_30day"],
      "conditional", note="Generic ceasefire next to the 30-day truce linked to ceasefire_30day (heldout decision 7).")
claim(T13, "Volodymyr Zelenskyy", "indirect",
      "European troops on the ground, backed by the United States, were the only reliable guarantee against a new invasion",
      "insisted", ["reassurance_force", "us_backstop"], "support", note="Pronoun speaker \"He\"; \"insisted, however, that\".")
claim(T13, "Volodymyr Zelenskyy", "direct",
      "Papers have been signed before. In 1994 we were given a memorandum, and in 2014 we were given a war,", "said",
      ["reassurance_force"], "support", note="Pronoun speaker; argues against paper-only guarantees.")
claim(T13, "Ukrainian Air Force", "indirect", "Overnight, Russia launched 126 drones and six missiles at Ukraine", "said", [],
      None, note="Clause before \"the Ukrainian air force said\".")
claim(T13, "European officials", "indirect",
      "the force would deploy only if Washington provided a \"backstop\", including air defence and intelligence sharing",
      "said", ["reassurance_force", "us_backstop"], "conditional",
      proposal_stances={"reassurance_force": "conditional", "us_backstop": "support"},
      note="\"have said repeatedly that\". \"backstop\" in quotes names the thing: not a partial (seeds decision 2).")
claim(T13, "Trump administration", "indirect", "sending American ground troops", "ruled out", ["reassurance_force"],
      "neutral", note="Ruling out one's own troops is neutral (devset decision 3).")
claim(T13, "Steve Witkoff", "indirect",
      "the United States was \"open to supporting our European partners from the air\"", "said", ["us_backstop"], "support",
      statement="s13-j")
claim(T13, "Steve Witkoff", "partial", "open to supporting our European partners from the air", "said", ["us_backstop"],
      "support", statement="s13-j")
claim(T13, "Turkey", "indirect", "it will not send ground troops to Ukraine", "said", ["reassurance_force"], "neutral",
      note="\"Turkey, which has NATO's second-largest army, has said\".")
claim(T13, "Turkey", "indirect", "to lead a mine-clearing mission in the Black Sea", "offered", ["black_sea_mine_clearing"],
      "support", note="Commissive.")
claim(T13, "a Turkish official", "indirect",
      "Ankara had shared a draft agenda with both sides that included \"a monitoring mechanism on the line of contact\" but no "
      "foreign troops", "told", ["demarcation_line_monitoring", "istanbul_talks"], "support", statement="s13-k",
      note="\"A Turkish official, who spoke on condition of anonymity ..., told Al Jazeera\".")
claim(T13, "a Turkish official", "partial", "a monitoring mechanism on the line of contact", "told",
      ["demarcation_line_monitoring"], "support", statement="s13-k")
claim(T13, "Recep Tayyip Erdogan", "indirect", "to \"spare no effort\" to end the war", "vowed", [], None, statement="s13-l",
      note="Commissive; no specific proposal.")
claim(T13, "Recep Tayyip Erdogan", "partial", "spare no effort", "vowed", [], None, statement="s13-l")
claim(T13, "Turkish presidency", "indirect", "Erdogan told Putin that a ceasefire \"would open the door to a lasting peace\"",
      "According to", ["ceasefire_30day"], "support", statement="s13-m",
      note="The presidency relays Erdogan (seeds decision 6): its claim spans the whole clause.")
claim(T13, "Recep Tayyip Erdogan", "indirect", "a ceasefire \"would open the door to a lasting peace\"", "told",
      ["ceasefire_30day"], "support", statement="s13-m", reported_by="Turkish presidency")
claim(T13, "Recep Tayyip Erdogan", "partial", "would open the door to a lasting peace", "told", ["ceasefire_30day"], "support",
      statement="s13-m", reported_by="Turkish presidency")
claim(T13, "Russia", "indirect",
      "Putin had stressed that any settlement must address \"the root causes of the crisis\"", "said", ["nato_membership"],
      "oppose", statement="s13-n", note="\"The Kremlin said in its own readout of the call that\": relays Putin.")
claim(T13, "Vladimir Putin", "indirect", "any settlement must address \"the root causes of the crisis\"", "stressed",
      ["nato_membership"], "oppose", statement="s13-n", reported_by="Russia",
      note="The text glosses the root causes as NATO's expansion and Kyiv's aspirations to join (t04 decision 7). "
           "\"a phrase Moscow uses to refer to\" is a naming idiom, not a claim.")
claim(T13, "Vladimir Putin", "partial", "the root causes of the crisis", "stressed", ["nato_membership"], "oppose",
      statement="s13-n", reported_by="Russia")
claim(T13, "Russian officials", "indirect", "any ceasefire should be monitored by unarmed observers from \"neutral\" countries",
      "argued", ["neutral_observer_mission"], "support", statement="s13-o")
claim(T13, "Russian officials", "partial", "neutral", "argued", ["neutral_observer_mission"], "support", statement="s13-o",
      note="One-word partial (devset decision 4).")
claim(T13, "Russian officials", "indirect", "states such as Turkey, India or Brazil could take part", "suggested",
      ["neutral_observer_mission"], "support")
claim(T13, "Ukraine", "indirect", "that idea", "rejected", ["neutral_observer_mission"], "oppose")
claim(T13, "Ukraine", "indirect", "observers without a mandate to act would not deter Moscow", "saying",
      ["neutral_observer_mission"], "oppose")
claim(T13, "Sinem Karaca", "indirect", "Turkey's value as a mediator lay in its ties with both sides", "said",
      ["istanbul_talks"], "support", note="Speaker introduced with a long appositive before \"said\".")
claim(T13, "Sinem Karaca", "direct", "Ankara is one of the few capitals that can still pick up the phone to both presidents,",
      "told", ["istanbul_talks"], "support", statement="s13-p")
claim(T13, "Sinem Karaca", "direct",
      "But the hard part is not the venue. It is what comes after the ceasefire, and on that question Moscow and the Europeans "
      "are still very far apart.", None, ["reassurance_force"], "neutral", statement="s13-p")
claim(T13, "Diplomats in Ankara", "indirect", "a first meeting of technical delegations could take place as early as next week",
      "said", ["istanbul_talks"], "neutral")

_bp["actors"] += [dict(name="Murat Kaya", type="person", docs=[T13], where="photo credit"),
                  dict(name="AFP", type="organization", docs=[T13], where="photo credit")]

event(T13, "2026-03-12", "Turkish Foreign Minister Hakan Fidan said on Thursday", ["Hakan Fidan"])
event(T13, "2026-03-11", "speaking in his nightly video address on Wednesday", ["Volodymyr Zelenskyy"])
event(T13, "2026-03-10", "who spoke by phone with Russian President Vladimir Putin on Tuesday",
      ["Recep Tayyip Erdogan", "Vladimir Putin"])
event(T13, "2025", "first proposed by Washington last year", ["United States"])
event(T13, "2026-03", "US special envoy Steve Witkoff said last week", ["Steve Witkoff"], date_note="\"last week\": month precision.")
event(T13, "2026-03-12", "Overnight, Russia launched 126 drones and six missiles at Ukraine", ["Russia"],
      date_note="The night before publication.")
event(T13, "1994", "In 1994 we were given a memorandum", ["Ukraine"])
event(T13, "2014", "in 2014 we were given a war", ["Ukraine"])

A("Al Jazeera", "organization", [], None, [], T13)
A("Turkey", "country", ["Ankara", "Türkiye"], None, [], T13)
A("Russia", "country", ["Moscow", "Kremlin", "The Kremlin"], None, [], T13)
A("Ukraine", "country", ["Kyiv", "Kyiv regime"], None, [], T13,
  note="t13: \"Kyiv regime\" (inside Lavrov's quote) as heldout's \"Kiev regime\".")
A("Western nations", "group", ["Western governments"], None, [], T13)
A("Hakan Fidan", "person", ["Turkish Foreign Minister Hakan Fidan", "Fidan"], "Turkey", ["Turkish Foreign Minister"], T13)
A("Qatar", "country", ["Doha"], None, [], T13)
A("Majed al-Ansari", "person", [], "Qatar", ["spokesman for Qatar's foreign ministry"], T13)
A("Dmitry Peskov", "person", ["Kremlin spokesman Dmitry Peskov", "Peskov"], "Russia", ["Kremlin spokesman"], T13)
A("Sergei Lavrov", "person", ["Foreign Minister Sergei Lavrov"], "Russia", ["Foreign Minister"], T13)
A("Dmitry Medvedev", "person", ["Former President Dmitry Medvedev"], "Russia",
  ["deputy chairman of Russia's Security Council"], T13)
A("Russian Security Council", "organization", ["Russia's Security Council"], "Russia", [], T13)
A("Andrii Sybiha", "person", ["Ukrainian Foreign Minister Andrii Sybiha"], "Ukraine", ["Foreign Minister of Ukraine"], T13)
A("Volodymyr Zelenskyy", "person", ["Ukrainian President Volodymyr Zelenskyy"], "Ukraine", ["President of Ukraine"], T13)
A("Ukrainian Air Force", "organization", ["the Ukrainian air force"], "Ukraine", [], T13)
A("Coalition of the Willing", "organization", ["coalition of the willing"], None, [], T13)
A("United Kingdom", "country", [], None, [], T13)
A("France", "country", [], None, [], T13)
A("European officials", "group", [], None, [], T13)
A("United States", "country", ["Washington"], None, [], T13)
A("Trump administration", "organization", ["The administration of US President Donald Trump"], "United States", [], T13)
A("Donald Trump", "person", ["US President Donald Trump"], "United States", ["President of the United States"], T13)
A("Steve Witkoff", "person", ["US special envoy Steve Witkoff"], "United States", ["US special envoy"], T13)
A("NATO", "organization", [], None, [], T13)
A("a Turkish official", "anonymous", [], "Turkey", [], T13)
A("Recep Tayyip Erdogan", "person", ["President Recep Tayyip Erdogan", "Erdogan"], "Turkey", ["President of Turkey"], T13)
A("Turkish presidency", "organization", ["the Turkish presidency"], "Turkey", [], T13)
A("Vladimir Putin", "person", ["Russian President Vladimir Putin", "Putin"], "Russia", ["President of Russia"], T13)
A("Russian officials", "group", [], "Russia", [], T13)
A("Sinem Karaca", "person", ["Karaca"], "Turkey", ["professor of international relations at Bilkent University"], T13)
A("Bilkent University", "organization", ["Ankara's Bilkent University"], "Turkey", [], T13)
A("Diplomats in Ankara", "group", [], None, [], T13)
A("India", "country", [], None, [], T13)
A("Brazil", "country", [], None, [], T13)

P("istanbul_talks", aliases=["truce talks", "a new round of direct talks between Russia and Ukraine on a ceasefire",
                             "the Turkish initiative"],
  proponents=["Turkey", "Hakan Fidan"],
  supporters=["Qatar", "Majed al-Ansari", "Ukraine", "Andrii Sybiha", "Dmitry Peskov", "Sinem Karaca", "a Turkish official"],
  stance_note="t13: Peskov's appreciation of the Turkish efforts is recorded as support for the talks, not for any outcome.")
P("ceasefire_30day", aliases=["30-day truce", "the 30-day pause"],
  proponents=["United States"], supporters=["Hakan Fidan", "Recep Tayyip Erdogan", "Turkish presidency"],
  opponents=[], conditional=["Sergei Lavrov", "Andrii Sybiha", "Volodymyr Zelenskyy", "Ukraine"],
  figures=[fig(T13, "a 30-day truce", 30, "days")],
  stance_note="t13: the United States as proponent comes from the narration (\"first proposed by Washington last year\"). "
              "Lavrov's dismissal carries an explicit condition (arms deliveries halted), so he is conditional.")
P("reassurance_force", aliases=["European troops plan", "a European plan to deploy troops to Ukraine once the fighting stops",
                                "military contingents of NATO countries", "European troops on the ground"],
  proponents=["Coalition of the Willing", "United Kingdom", "France"],
  supporters=["Volodymyr Zelenskyy"], opponents=["Russia", "Dmitry Peskov", "Dmitry Medvedev"],
  conditional=["European officials"],
  figures=[fig(T13, "between 15,000 and 20,000 troops", 15000, "troops", value_max=20000, note="range")],
  stance_note="t13: the UK and France as proponents come from the narration (\"led by the United Kingdom and France\").")
P("us_backstop", aliases=["backstop"], supporters=["Volodymyr Zelenskyy", "European officials", "Steve Witkoff"])
P("air_reassurance_force", aliases=["an air mission flown from neighbouring countries"],
  stance_note="t13: narration only, no stance.")
P("security_guarantees", aliases=["binding security guarantees"], supporters=["Ukraine", "Andrii Sybiha"])
P("black_sea_mine_clearing", aliases=["a mine-clearing mission in the Black Sea"], proponents=["Turkey"])
P("demarcation_line_monitoring", aliases=["a monitoring mechanism on the line of contact"],
  proponents=["Turkey"], supporters=["a Turkish official"])
P("neutral_observer_mission", "Unarmed ceasefire observers from \"neutral\" countries (Russia's alternative to Western troops)",
  aliases=["unarmed observers from \"neutral\" countries"],
  proponents=["Russian officials"], opponents=["Ukraine"], part_of="demarcation_line_monitoring")
P("nato_membership", opponents=["Vladimir Putin", "Russia"],
  stance_note="t13: Putin's \"root causes\", glossed in the text as NATO's expansion and Kyiv's aspirations to join.")
# ====================================================================== t14 (Ukrinform-like)
doc(T14, "Zelensky: Coalition partners to finalize contingent numbers before June summit", "Ukrinform", None, "2026-05-19",
    ["Ukrinform", "Ukrainian National News Agency", "Politics", "War", "Economy", "World", "Society", "19.05.2026 16:42",
     "2 144", "Read also: Sybiha, Kallas discuss EU role in security guarantees for Ukraine",
     "Read also: Zelensky, Stubb discuss peace efforts and next steps of Coalition of the Willing",
     "Read also: Russia attacked Ukraine with 93 drones overnight, 78 neutralized", "Photo: Office of the President",
     "Read also: Umerov: Ukraine and U.S. teams to hold new round of consultations in Miami", "Zelensky",
     "Coalition of the Willing", "Security guarantees",
     "If you have noticed an error, select the text and press Ctrl+Enter to inform the editors.",
     "When citing and using any materials on the Internet, open for search engines, hyperlinks not lower than the first "
     "paragraph to \"ukrinform.net\" are mandatory. Citing and using materials in offline media, mobile applications, "
     "SmartTV is allowed only with written permission from \"ukrinform.net\"."],
    published_note="Date line \"19.05.2026 16:42\" (DD.MM.YYYY, a Tuesday).",
    outlet_note="Masthead, \"Ukrinform reports\", \"As reported by Ukrinform\" and the citation notice.",
    boilerplate_note="Masthead and section menu, date line, view counter, the four interleaved \"Read also:\" links, the photo "
                     "credit, the three tag lines, the error-report line and the citation notice. No byline.")

claim(T14, "Volodymyr Zelenskyy", "indirect", "Coalition partners to finalize contingent numbers before June summit", None,
      ["reassurance_force"], "support", note="Headline \"Zelensky: ...\" (speaker before the colon, cue null).")
claim(T14, "Volodymyr Zelenskyy", "indirect",
      "Partners in the Coalition of the Willing have agreed to finalize the size and composition of the future multinational "
      "contingent in Ukraine before the coalition's summit in June", "said", ["reassurance_force"], "support",
      note="Ukrinform lede: the content comes first and the next sentence attributes it (\"... said this in a Telegram post\").")
claim(T14, "Volodymyr Zelenskyy", "direct",
      "We have agreed that by the summit every country will put specific numbers on the table – troops, aircraft, ships. Not "
      "declarations, but numbers. Ukraine needs a clear understanding of who will stand with us after the guns fall silent,",
      "wrote", ["reassurance_force"], "support")
claim(T14, "Volodymyr Zelenskyy", "indirect",
      "at least eight countries have already confirmed their readiness to send military personnel to Ukraine, and several more "
      "are ready to contribute air and naval components", "According to", ["reassurance_force", "air_reassurance_force"],
      "support", note="\"According to him\": pronoun speaker.")
claim(T14, "Volodymyr Zelenskyy", "indirect", "the partners discussed the role of the United States", "noted",
      ["us_backstop"], "neutral", note="Title-only speaker \"The head of state\".")
claim(T14, "Volodymyr Zelenskyy", "partial", "remains the key element that makes the entire architecture credible.",
      "In his words", ["us_backstop"], "support",
      note="\"In his words, Washington's participation \\\"...\\\"\": unquoted part is a bare subject, so partial only.")
claim(T14, "Ukrinform", "indirect",
      "the coalition's military planners met in Kyiv last week to prepare the deployment of a multinational coordination "
      "headquarters, which is expected to start working in the Ukrainian capital before the end of summer", "As reported by",
      ["kyiv_coordination_hq"], "neutral", note="The agency citing its own earlier report.")
claim(T14, "Andrii Sybiha", "indirect",
      "security guarantees must be legally binding and ratified by the parliaments of partner countries", "emphasized",
      ["security_guarantees"], "support", note="\"Sybiha, in turn, emphasized that\".")
claim(T14, "Andrii Sybiha", "direct",
      "Memoranda without mechanisms do not work. We have learned this lesson at too high a price. The guarantees must be "
      "binding, ratified and backed by real forces on the ground,", "wrote", ["security_guarantees", "reassurance_force"],
      "support", note="Title-only speaker \"the minister wrote on X\".")
claim(T14, "Andrii Sybiha", "indirect",
      "Ukraine will not accept any restrictions on the size of its Armed Forces, as was proposed in early drafts of the peace plan",
      "According to", ["army_cap"], "oppose")
claim(T14, "Andrii Sybiha", "indirect", "such demands \"an attempt to disarm the victim before the next attack.\"", "called",
      ["army_cap"], "oppose", statement="s14-a")
claim(T14, "Andrii Sybiha", "partial", "an attempt to disarm the victim before the next attack.", "called", ["army_cap"],
      "oppose", statement="s14-a")
claim(T14, "Rustem Umerov", "indirect",
      "Kyiv had handed over to its partners \"a detailed list of needs\" for the first 90 days after a ceasefire", "said",
      ["security_guarantees"], "support", statement="s14-b",
      note="\"Umerov, who heads the Ukrainian negotiating team, said that\": relative clause between speaker and verb.")
claim(T14, "Rustem Umerov", "partial", "a detailed list of needs", "said", ["security_guarantees"], "support",
      statement="s14-b")
claim(T14, "Rustem Umerov", "direct",
      "We are talking about air defense, intelligence, protection of energy infrastructure and the Black Sea corridor. Each "
      "element has an owner and a timeline,", "said", ["security_guarantees"], "support")
claim(T14, "Rustem Umerov", "indirect",
      "technical consultations with the American side would continue in Miami next week", "added", ["security_guarantees"],
      "neutral")
claim(T14, "Oleksandr Syrskyi", "indirect", "the partners' contingents would not be deployed on the line of contact", "stated",
      ["reassurance_force"], "support", note="Describes the mission's limits from the Ukrainian side, as in t08.")
claim(T14, "Oleksandr Syrskyi", "direct",
      "The front line is held by the Ukrainian army. The task of our partners is to strengthen the rear, train our brigades "
      "and protect the sky,", "said", ["reassurance_force", "air_reassurance_force"], "support")
claim(T14, "Kristen Michal", "indirect",
      "Tallinn was ready to send up to a company of troops \"as soon as the political decision is made.\"", "told",
      ["reassurance_force"], "support", statement="s14-c")
claim(T14, "Kristen Michal", "partial", "as soon as the political decision is made.", "told", ["reassurance_force"], "support",
      statement="s14-c")
claim(T14, "Kristen Michal", "indirect",
      "the Baltic states are coordinating their contributions so that \"there are no gaps and no duplication.\"", "According to",
      ["baltic_contingent"], "support", statement="s14-d")
claim(T14, "Kristen Michal", "partial", "there are no gaps and no duplication.", "According to", ["baltic_contingent"],
      "support", statement="s14-d")
claim(T14, "Dmitry Peskov", "indirect",
      "any foreign contingent in Ukraine would be \"a legitimate target for the Russian armed forces.\"", "stated",
      ["reassurance_force"], "oppose", statement="s14-e")
claim(T14, "Dmitry Peskov", "partial", "a legitimate target for the Russian armed forces.", "stated", ["reassurance_force"],
      "oppose", statement="s14-e")
claim(T14, "Maria Zakharova", "partial", "are aimed at prolonging the war.", "claimed", ["reassurance_force"], "oppose",
      note="\"claimed that the coalition's plans \\\"...\\\"\": the unquoted part is a bare subject, so partial only.")
claim(T14, "Ukrainian Foreign Ministry", "indirect",
      "these statements \"another attempt at intimidation that will not work.\"", "called", ["reassurance_force"], "support",
      statement="s14-f", note="Rejects Russia's threats against the contingent.")
claim(T14, "Ukrainian Foreign Ministry", "partial", "another attempt at intimidation that will not work.", "called",
      ["reassurance_force"], "support", statement="s14-f")
claim(T14, "Ukrinform", "indirect",
      "on May 12, Zelensky said that Ukraine expects the United States to formalize its participation in the security "
      "guarantees in a separate bilateral document", "As reported by", ["us_backstop", "security_guarantees"], "support",
      statement="s14-g", note="The agency relays Zelensky (seeds decision 6).")
claim(T14, "Volodymyr Zelenskyy", "indirect",
      "Ukraine expects the United States to formalize its participation in the security guarantees in a separate bilateral "
      "document", "said", ["us_backstop", "security_guarantees"], "support", statement="s14-g", reported_by="Ukrinform")
claim(T14, "Marco Rubio", "indirect",
      "Washington was prepared to support European partners with intelligence and air defense, but would not deploy American "
      "troops in Ukraine", "said", ["us_backstop", "reassurance_force"], "support",
      proposal_stances={"us_backstop": "support", "reassurance_force": "neutral"},
      note="Own ground troops ruled out: neutral toward the force.")

_bp["actors"] += [dict(name="Kaja Kallas", type="person", docs=[T14], where="related link"),
                  dict(name="Alexander Stubb", type="person", docs=[T14], where="related link"),
                  dict(name="Office of the President of Ukraine", type="organization", docs=[T14], where="photo credit")]
_bp["claims"] += [dict(doc=T14, speaker="Rustem Umerov", kind="indirect",
                       text="Ukraine and U.S. teams to hold new round of consultations in Miami", cue=None,
                       where="related link headline \"Umerov: ...\"")]

event(T14, "2026-05-19",
      "Zelensky said this in a Telegram post following a video call with British Prime Minister Keir Starmer and French "
      "President Emmanuel Macron", ["Volodymyr Zelenskyy", "Keir Starmer", "Emmanuel Macron"],
      date_note="No day given; the post is taken to be of the publication day.")
event(T14, "2026-06", "before the coalition's summit in June", ["Coalition of the Willing"])
event(T14, "2026-05", "the coalition's military planners met in Kyiv last week", ["Coalition of the Willing"],
      date_note="\"last week\": month precision.")
event(T14, "2026-05-12", "on May 12, Zelensky said", ["Volodymyr Zelenskyy"])
event(T14, "2026-05", "technical consultations with the American side would continue in Miami next week",
      ["Ukraine", "United States"], date_note="Planned; \"next week\" (25-31 May): month precision.")

A("Ukrinform", "organization", [], "Ukraine", [], T14)
A("Coalition of the Willing", "organization", [], None, [], T14)
A("Volodymyr Zelenskyy", "person", ["President of Ukraine Volodymyr Zelensky", "Zelensky", "The head of state"], "Ukraine",
  ["President of Ukraine"], T14)
A("Keir Starmer", "person", ["British Prime Minister Keir Starmer"], "United Kingdom", ["Prime Minister of the United Kingdom"],
  T14)
A("Emmanuel Macron", "person", ["French President Emmanuel Macron"], "France", ["President of France"], T14)
A("United States", "country", ["Washington", "the American side"], None, [], T14)
A("Andrii Sybiha", "person", ["Minister of Foreign Affairs of Ukraine Andrii Sybiha", "the minister", "Sybiha"], "Ukraine",
  ["Foreign Minister of Ukraine"], T14)
A("Armed Forces of Ukraine", "organization", ["Ukrainian army"], "Ukraine", [], T14)
A("Rustem Umerov", "person", ["Umerov"], "Ukraine",
  ["Secretary of the National Security and Defense Council of Ukraine", "head of the Ukrainian negotiating team"], T14)
A("National Security and Defense Council of Ukraine", "organization", [], "Ukraine", [], T14)
A("Ukraine", "country", ["Kyiv"], None, [], T14)
A("Oleksandr Syrskyi", "person", ["Commander-in-Chief of the Armed Forces of Ukraine Oleksandr Syrskyi", "Syrskyi"], "Ukraine",
  ["Commander-in-Chief"], T14)
A("Kristen Michal", "person", ["Estonian Prime Minister Kristen Michal"], "Estonia", ["Prime Minister of Estonia"], T14)
A("Estonia", "country", ["Tallinn"], None, [], T14)
A("Baltic states", "group", [], None, [], T14)
A("Russia", "country", [], None, [], T14)
A("Dmitry Peskov", "person", ["Kremlin spokesman Dmitry Peskov"], "Russia", ["Kremlin spokesman"], T14)
A("Maria Zakharova", "person", ["Russian Foreign Ministry spokeswoman Maria Zakharova"], "Russia",
  ["Russian Foreign Ministry spokeswoman"], T14)
A("Russian Foreign Ministry", "organization", [], "Russia", [], T14)
A("Russian Armed Forces", "organization", ["the Russian armed forces"], "Russia", [], T14)
A("Ukrainian Foreign Ministry", "organization", ["Ukraine's Foreign Ministry"], "Ukraine", [], T14)
A("Marco Rubio", "person", ["U.S. Secretary of State Marco Rubio"], "United States", ["U.S. Secretary of State"], T14)

P("reassurance_force", aliases=["multinational contingent", "the partners' contingents"],
  proponents=["Coalition of the Willing"],
  supporters=["Volodymyr Zelenskyy", "Andrii Sybiha", "Oleksandr Syrskyi", "Kristen Michal", "Ukrainian Foreign Ministry"],
  opponents=["Dmitry Peskov", "Maria Zakharova"],
  figures=[fig(T14, "at least eight countries", 8, "countries", note="confirmed readiness to send military personnel"),
           fig(T14, "up to a company of troops", None, "troops", note="Estonia's offer; vague (a company)")])
P("kyiv_coordination_hq", "Multinational coordination headquarters of the reassurance force in Kyiv",
  aliases=["a multinational coordination headquarters"], proponents=["Coalition of the Willing"], part_of="reassurance_force",
  stance_note="t14: planned by the coalition's military planners (narration relayed by Ukrinform); no explicit stance claim.")
P("air_reassurance_force", aliases=["air and naval components"], supporters=["Volodymyr Zelenskyy", "Oleksandr Syrskyi"])
P("us_backstop", aliases=["Washington's participation"], supporters=["Volodymyr Zelenskyy", "Marco Rubio"])
P("security_guarantees", aliases=["security guarantees"], supporters=["Andrii Sybiha", "Rustem Umerov", "Volodymyr Zelenskyy"])
P("army_cap", aliases=["any restrictions on the size of its Armed Forces"], opponents=["Andrii Sybiha"])
P("us_peace_plan", aliases=["the peace plan"],
  stance_note="t14: only as the source of the army cap (\"early drafts of the peace plan\").")
P("baltic_contingent", "Joint Baltic contingent (Estonia, Latvia, Lithuania) for the reassurance force",
  supporters=["Kristen Michal"], part_of="reassurance_force")
# ====================================================================== t15 (Bloomberg-like)
doc(T15, "Europe’s Ukraine Force Carries €14 Billion Price Tag as US Haggles Over Backstop", "Bloomberg",
    "Ewa Kowalczyk and Thomas Greer", "2026-07-08",
    ["Bloomberg", "Wed, Jul 8, 2026, 6:00 AM", "5 min read", "(Updates with Kremlin comment in fifth paragraph.)",
     "Most Read from Bloomberg", "Oil Slides as OPEC+ Weighs Faster Output Increase",
     "Apple Supplier Foxconn Plans $2 Billion Mexico Expansion", "Why London’s Office Market Is Suddenly Hot Again",
     "Treasury Yields Climb Before Key Inflation Data", "The Billionaire Heirs Fighting Over a Swiss Watch Empire",
     "— With assistance from Olena Bondar and Henrik Aalto.", "©2026 Bloomberg L.P."],
    published_note="Date line \"Wed, Jul 8, 2026\"; \"on Tuesday\", \"on Wednesday\", \"on Thursday\" resolve against it.",
    outlet_note="Masthead, \"(Bloomberg) --\" dateline, \"an interview with Bloomberg\", \"Most Read from Bloomberg\" and the copyright line.",
    boilerplate_note="Masthead, date and reading-time lines, the update note, the \"Most Read from Bloomberg\" box with its five "
                     "unrelated headlines (interleaved after the lede), the assistance line and the copyright line. The byline "
                     "is the author (two names, kept as one string); the subheads \"Backstop Terms\" and \"Army Cap\" are article text.")

claim(T15, "people familiar with the matter", "indirect",
      "European governments estimate that a multinational force to secure a future ceasefire in Ukraine would cost about €14 "
      "billion ($16.4 billion) a year to run, as talks with the US over what support Washington would provide drag on",
      "according to", ["reassurance_force"], "neutral", statement="s15-a",
      note="Sentence-final \"according to people familiar with the matter\"; they relay the governments' estimate.")
claim(T15, "European governments", "indirect",
      "a multinational force to secure a future ceasefire in Ukraine would cost about €14 billion ($16.4 billion) a year to run",
      "estimate", ["reassurance_force"], "neutral", statement="s15-a", reported_by="people familiar with the matter",
      note="Borderline: \"estimate\" states a figure, kept as a claim relayed by the sources.")
claim(T15, "people familiar with the matter", "indirect",
      "The estimate, drawn up by military planners in the UK- and French-led coalition of the willing, assumes a force of about "
      "20,000 troops deployed for an initial three years, with units rotating every six months", "said", ["reassurance_force"],
      "neutral", note="\"said the people, who asked not to be identified because the discussions are private\": inverted, "
                      "\"the people\" refers back to the lede. The estimate is a document; the people are the speaker.")
claim(T15, "people familiar with the matter", "indirect",
      "Britain and France would provide roughly two-thirds of the personnel", "said", ["reassurance_force"], "neutral",
      note="\"they said\".")
claim(T15, "John Healey", "direct",
      "Nobody is going to put soldiers into Ukraine on a budget that gets cut at the first sign of trouble,", "said",
      ["reassurance_force"], "support", statement="s15-b", note="\"said in an interview with Bloomberg on Tuesday\".")
claim(T15, "John Healey", "direct",
      "If we’re doing this, we’re doing it properly, and we’re doing it for as long as it takes.", None, ["reassurance_force"],
      "support", statement="s15-b")
claim(T15, "Dmitry Peskov", "indirect",
      "Russia “doesn’t care how much Europeans are ready to pay” for the force, because it would never accept foreign troops in "
      "Ukraine", "told", ["reassurance_force"], "oppose", statement="s15-c", note="The Kremlin comment of the update note.")
claim(T15, "Dmitry Peskov", "partial", "doesn’t care how much Europeans are ready to pay", "told", ["reassurance_force"],
      "oppose", statement="s15-c")
claim(T15, "Dmitry Peskov", "direct", "This money would be better spent on their own citizens,", "said",
      ["reassurance_force"], "oppose", note="Pronoun speaker \"he said\".")
claim(T15, "two officials familiar with the talks", "indirect",
      "The US has told European allies it’s prepared to provide intelligence, surveillance and reconnaissance, as well as "
      "air-defense support from outside Ukraine, but wants the Europeans to cover part of the cost", "according to",
      ["us_backstop", "us_cost_sharing"], "neutral", statement="s15-d",
      note="Relayed statement (t04 decision 5): the officials' claim over the whole clause, the US claim over what it told.")
claim(T15, "United States", "indirect",
      "it’s prepared to provide intelligence, surveillance and reconnaissance, as well as air-defense support from outside "
      "Ukraine, but wants the Europeans to cover part of the cost", "told", ["us_backstop", "us_cost_sharing"], "conditional",
      statement="s15-d", reported_by="two officials familiar with the talks",
      proposal_stances={"us_backstop": "conditional", "us_cost_sharing": "support"})
claim(T15, "two officials familiar with the talks", "indirect",
      "Washington has also resisted committing to a written guarantee that would oblige it to respond militarily if the force "
      "came under Russian attack", "said", ["us_backstop"], "neutral", note="\"they said\".")
claim(T15, "a White House spokesperson", "partial", "has been clear that Europe must take the lead on Europe’s security",
      "said", ["reassurance_force"], "support", statement="s15-e",
      note="\"said President Donald Trump “...”\": the unquoted part is a bare subject, so partial only.")
claim(T15, "Donald Trump", "indirect", "Europe must take the lead on Europe’s security", "has been clear",
      ["reassurance_force"], "support", statement="s15-e", reported_by="a White House spokesperson",
      note="\"made clear\"-type verb inside the spokesperson's quote.")
claim(T15, "a White House spokesperson", "indirect",
      "the US would “play a supporting role that reflects American interests.”", "said", ["us_backstop"], "conditional",
      statement="s15-f", note="Second that-clause of the same verb (devset decision 5).")
claim(T15, "a White House spokesperson", "partial", "play a supporting role that reflects American interests.", "said",
      ["us_backstop"], "conditional", statement="s15-f")
claim(T15, "people familiar with the proposal", "indirect",
      "Under one option circulated among coalition members, the US would station about 400 personnel at a coordination cell in "
      "Poland and keep two Patriot air-defense batteries on standby in Romania", "said", ["us_backstop"], "neutral")
claim(T15, "people familiar with the proposal", "indirect", "Europe would reimburse around a third of the American costs",
      "said", ["us_cost_sharing"], "neutral", note="\"they said\".")
claim(T15, "one diplomat", "partial", "renting a security guarantee by the month.", "described", ["us_cost_sharing"],
      "oppose", note="\"described the idea as “...”\": partial only (as gold_b's \"described the discussions as\"). "
                     "\"Some European officials worry\" before it is an attitude, not a claim.")
claim(T15, "Friedrich Merz", "indirect",
      "Germany would finance air defense and logistics for the force but wouldn’t send ground troops “under current conditions.”",
      "said", ["reassurance_force"], "support", statement="s15-g",
      note="Financing the force is support; ruling out own troops alone would be neutral (devset decision 3).")
claim(T15, "Friedrich Merz", "partial", "under current conditions.", "said", ["reassurance_force"], "neutral",
      statement="s15-g")
claim(T15, "a German government spokesman", "indirect", "Berlin’s position hadn’t changed", "said", ["reassurance_force"],
      "support", note="Restates Merz's position.")
claim(T15, "Giorgia Meloni", "indirect", "Italian soldiers in Ukraine", "ruled out", ["reassurance_force"], "neutral",
      note="Relative clause \"who has ruled out\". \"has pushed for\" (joint EU financing) is advocacy: stance only.")
claim(T15, "Dutch finance ministry", "indirect", "it opposed any new common borrowing for the purpose", "said",
      ["eu_joint_funding"], "oppose", note="\"said in a statement that\".")
claim(T15, "Dutch finance ministry", "indirect", "existing budgets should be used first", "arguing", ["eu_joint_funding"],
      "oppose")
claim(T15, "Volodymyr Zelenskyy", "partial", "a fraction of the cost of another war.", "said", ["reassurance_force"],
      "support", note="\"said the cost of deterrence was “...”\": bare subject + copula, partial only.")
claim(T15, "a person close to the Ukrainian presidential office", "indirect",
      "Kyiv has offered to cover housing and some logistics for foreign troops", "according to", ["reassurance_force"],
      "support", statement="s15-h")
claim(T15, "Ukraine", "indirect", "to cover housing and some logistics for foreign troops", "offered", ["reassurance_force"],
      "support", statement="s15-h", reported_by="a person close to the Ukrainian presidential office", note="Commissive.")
claim(T15, "people familiar with those discussions", "indirect",
      "The US-brokered framework would cap Ukraine’s peacetime army at 800,000, while Russian negotiators have pressed for a "
      "limit closer to 600,000", "according to", ["army_cap"], "neutral",
      note="\"have pressed for\" is advocacy: Russian negotiators get a stance, not a claim.")
claim(T15, "Maren Solberg", "direct", "The number that matters is not 14 billion euros,", "said", ["us_backstop"], "support",
      statement="s15-i", note="\"said Maren Solberg, a senior fellow at ...\": inverted, appositive after the name.")
claim(T15, "Maren Solberg", "direct",
      "It’s how many hours it takes for American jets to show up if the Russians test the force. Until that’s written down, the "
      "rest is accounting.", None, ["us_backstop"], "support", statement="s15-i")
claim(T15, "John Healey", "indirect",
      "he expected “clarity from Washington” before the coalition’s leaders meet in September", "said", ["us_backstop"],
      "support", statement="s15-j", note="One verb, two that-clauses (devset decision 5).")
claim(T15, "John Healey", "partial", "clarity from Washington", "said", ["us_backstop"], "support", statement="s15-j")
claim(T15, "John Healey", "indirect", "Britain wouldn’t wait indefinitely", "said", ["reassurance_force"], "support",
      statement="s15-j")

_bp["actors"] += [dict(name="Olena Bondar", type="person", docs=[T15], where="assistance line"),
                  dict(name="Henrik Aalto", type="person", docs=[T15], where="assistance line")]

event(T15, "2026-07-09", "when defense ministers from the coalition meet in London on Thursday", ["Coalition of the Willing"])
event(T15, "2026-07-07", "UK Defence Secretary John Healey said in an interview with Bloomberg on Tuesday", ["John Healey"])
event(T15, "2026-07-08", "Kremlin spokesman Dmitry Peskov told reporters on Wednesday", ["Dmitry Peskov"])
event(T15, "2026-06", "German Chancellor Friedrich Merz said last month", ["Friedrich Merz"])
event(T15, "2026-07-08", "A German government spokesman said on Wednesday", ["a German government spokesman"])
event(T15, "2026-07-07", "speaking in Vilnius on Tuesday", ["Volodymyr Zelenskyy"])
event(T15, "2026-09", "before the coalition’s leaders meet in September", ["Coalition of the Willing"])

A("Bloomberg", "organization", [], "United States", [], T15)
A("Ewa Kowalczyk", "person", [], None, [], T15, note="Byline.")
A("Thomas Greer", "person", [], None, [], T15, note="Byline.")
A("European governments", "group", [], None, [], T15)
A("United States", "country", ["US", "Washington"], None, [], T15)
A("people familiar with the matter", "group", [], None, [], T15,
  note="t15 also calls them \"the people\" (\"said the people, who asked not to be identified\"); that surface form is not an alias because t01 gives it to three people familiar with the discussions.")
A("Coalition of the Willing", "organization", ["coalition of the willing"], None, [], T15)
A("United Kingdom", "country", ["Britain"], None, [], T15)
A("France", "country", [], None, [], T15)
A("John Healey", "person", ["UK Defence Secretary John Healey", "Healey"], "United Kingdom", ["UK Defence Secretary"], T15)
A("Dmitry Peskov", "person", ["Kremlin spokesman Dmitry Peskov"], "Russia", ["Kremlin spokesman"], T15)
A("Russia", "country", [], None, [], T15)
A("two officials familiar with the talks", "group", [], None, [], T15)
A("a White House spokesperson", "anonymous", ["The spokesperson"], "United States", [], T15)
A("Donald Trump", "person", ["President Donald Trump"], "United States", ["President of the United States"], T15)
A("people familiar with the proposal", "group", [], None, [], T15)
A("European allies", "group", [], None, [], T15)
A("European officials", "group", ["Some European officials"], None, [], T15)
A("one diplomat", "anonymous", ["One diplomat"], None, [], T15)
A("Friedrich Merz", "person", ["German Chancellor Friedrich Merz"], "Germany", ["Chancellor of Germany"], T15)
A("Germany", "country", ["Berlin"], None, [], T15)
A("a German government spokesman", "anonymous", ["A German government spokesman"], "Germany", [], T15)
A("Giorgia Meloni", "person", ["Italian Prime Minister Giorgia Meloni"], "Italy", ["Prime Minister of Italy"], T15)
A("European Union", "organization", [], None, [], T15)
A("Dutch finance ministry", "organization", ["The Dutch finance ministry"], "Netherlands", [], T15)
A("Volodymyr Zelenskyy", "person", ["Ukrainian President Volodymyr Zelenskyy"], "Ukraine", ["President of Ukraine"], T15)
A("Ukraine", "country", ["Kyiv"], None, [], T15)
A("a person close to the Ukrainian presidential office", "anonymous", [], "Ukraine", [], T15)
A("people familiar with those discussions", "group", [], None, [], T15)
A("Russian negotiators", "group", [], "Russia", [], T15)
A("several smaller contributors", "group", [], None, [], T15)
A("Maren Solberg", "person", [], None, ["senior fellow at the International Institute for Strategic Studies"], T15)
A("International Institute for Strategic Studies", "organization", [], "United Kingdom", [], T15)

P("reassurance_force", aliases=["a multinational force to secure a future ceasefire in Ukraine"],
  proponents=["Coalition of the Willing", "United Kingdom", "France"],
  supporters=["John Healey", "Donald Trump", "a White House spokesperson", "Friedrich Merz", "a German government spokesman",
              "Volodymyr Zelenskyy", "Ukraine", "a person close to the Ukrainian presidential office"],
  opponents=["Dmitry Peskov"],
  figures=[fig(T15, "about €14 billion ($16.4 billion) a year", 14e9, "EUR per year", note="estimated running cost"),
           fig(T15, "about 20,000 troops", 20000, "troops"),
           fig(T15, "an initial three years", 3, "years", note="initial deployment"),
           fig(T15, "every six months", 6, "months", note="unit rotation"),
           fig(T15, "roughly two-thirds of the personnel", 0.67, "share", note="British and French share")],
  stance_note="t15: Trump (relayed by the spokesperson) supports Europe taking the lead; Meloni rules out Italian soldiers "
              "(neutral, on neither side).")
P("us_backstop", aliases=["Backstop", "a written guarantee that would oblige it to respond militarily"],
  supporters=["John Healey", "Maren Solberg"], conditional=["United States", "a White House spokesperson"],
  figures=[fig(T15, "about 400 personnel", 400, "personnel", note="US coordination cell in Poland (one option)"),
           fig(T15, "two Patriot air-defense batteries", 2, "batteries", note="on standby in Romania (one option)")],
  stance_note="t15: the US offers ISR and air defense from outside Ukraine but wants cost sharing and resists a written "
              "guarantee: conditional.")
P("us_cost_sharing", "European reimbursement of the cost of U.S. support for the force (paid backstop)",
  aliases=["paying for US support", "cost-sharing talks"],
  proponents=["United States"], opponents=["one diplomat"], part_of="us_backstop",
  figures=[fig(T15, "around a third of the American costs", 0.33, "share", note="one option; \"around a third\"")],
  stance_note="t15: \"Some European officials worry that paying for US support sets a precedent\" is an attitude; they are "
              "not listed.")
P("eu_joint_funding", "Joint EU financing of the reassurance force (common borrowing)",
  aliases=["joint European funding", "any new common borrowing for the purpose"],
  proponents=["Giorgia Meloni", "several smaller contributors"], opponents=["Dutch finance ministry"],
  part_of="reassurance_force",
  stance_note="t15: Meloni \"has pushed for\" and the smaller contributors are \"pushing for\" it (advocacy, no claim).")
P("army_cap", aliases=["a limit closer to 600,000"], proponents=["Russian negotiators"],
  figures=[fig(T15, "cap Ukraine’s peacetime army at 800,000", 800000, "troops", note="US-brokered framework"),
           fig(T15, "a limit closer to 600,000", 600000, "troops", note="Russian demand")],
  stance_note="t15: Russian negotiators press for the lower cap (advocacy, no claim).")
P("us_peace_plan", aliases=["The US-brokered framework"])
# ====================================================================== t16 (The Moscow Times-like)
doc(T16, "Kremlin Warns U.S. Backstop Would Make Washington ‘Party to the Conflict’", "The Moscow Times", None, "2026-09-30",
    ["The Moscow Times", "Independent News From Russia", "News", "Ukraine War", "Business", "Opinion", "Sept. 30, 2026",
     "Kremlin spokesman Dmitry Peskov. Ilya Morozov / TASS", "Read more",
     "Europe and U.S. Agree on ‘Backstop’ for Ukraine Force, Officials Say",
     "Russia, Ukraine Swap 150 Prisoners Each in UAE-Brokered Exchange", "A Message from The Moscow Times:", "Dear readers,",
     "We are facing unprecedented challenges. Russia's Prosecutor General's Office has designated The Moscow Times as an "
     "\"undesirable\" organization, criminalizing our work and putting our staff at risk of prosecution. This follows our "
     "earlier unjust labeling as a \"foreign agent.\"",
     "Our independent journalism depends on you. Please support us today.", "Once", "Monthly", "Annually", "Continue",
     "Not ready to support today?", "Remind me later."],
    published_note="Date line \"Sept. 30, 2026\" (a Wednesday); \"on Wednesday\", \"on Monday\", \"on Tuesday\" resolve against it.",
    outlet_note="Masthead, the \"The Moscow Times\" byline line, \"told The Moscow Times\" and the donation appeal.",
    boilerplate_note="Masthead, slogan, section menu, date line, photo caption with credit, the two \"Read more\" boxes (label and "
                     "headline each; the label line occurs twice), the donation appeal and its buttons. The line \"The Moscow "
                     "Times\" after the date is the outlet byline (it is also the masthead line, so it is listed once). "
                     "Subheads \"Lawmakers pile on\" and ‘Aimed at Washington’ are article text.",
    author_note="Author null: the byline names only the outlet.")

claim(T16, "Russia", "indirect", "U.S. Backstop Would Make Washington ‘Party to the Conflict’", "Warns", ["us_backstop"],
      "oppose", statement="s16-a", note="Headline \"Kremlin Warns ...\".")
claim(T16, "Russia", "partial", "Party to the Conflict", "Warns", ["us_backstop"], "oppose", statement="s16-a",
      note="Headline fragment in single quotes.")
claim(T16, "Russia", "indirect", "a U.S. pledge to support a European force in Ukraine", "rejected", ["us_backstop"], "oppose",
      note="\"The Kremlin on Wednesday rejected ...\": rejecting verb with an object.")
claim(T16, "Russia", "indirect",
      "American air and intelligence cover for foreign troops would turn Washington into “a direct party to the conflict.”",
      "warning", ["us_backstop"], "oppose", statement="s16-b")
claim(T16, "Russia", "partial", "a direct party to the conflict.", "warning", ["us_backstop"], "oppose", statement="s16-b")
claim(T16, "U.S. and European officials", "indirect",
      "they had agreed on the outlines of a “backstop” for the planned reassurance force, under which the United States would "
      "provide air defense, surveillance and logistics from outside Ukraine once a ceasefire is reached", "said",
      ["us_backstop"], "support", note="“backstop” names the thing: not a partial (seeds decision 2).")
claim(T16, "United States", "indirect", "deploying its own ground troops", "ruled out", ["reassurance_force"], "neutral",
      note="Own troops ruled out: neutral (devset decision 3).")
claim(T16, "Dmitry Peskov", "direct",
      "No matter how it is packaged, the presence of military contingents of NATO countries in Ukraine is unacceptable to us. "
      "And those who provide them with cover from the air become participants,", "told", ["reassurance_force", "us_backstop"],
      "oppose")
claim(T16, "Dmitry Peskov", "indirect",
      "Russia remained “open to a political and diplomatic settlement,” but only one that takes into account “the realities on "
      "the ground”", "said", [], None, statement="s16-c",
      note="No specific proposal. \"a phrase Moscow uses to refer to\" is a naming idiom, not a claim.")
claim(T16, "Dmitry Peskov", "partial", "open to a political and diplomatic settlement,", "said", [], None, statement="s16-c")
claim(T16, "Dmitry Peskov", "partial", "the realities on the ground", "said", [], None, statement="s16-c")
claim(T16, "Maria Zakharova", "indirect", "the reassurance force “an occupation contingent”", "calling", ["reassurance_force"],
      "oppose", statement="s16-d", note="\"went further\" has no content.")
claim(T16, "Maria Zakharova", "partial", "an occupation contingent", "calling", ["reassurance_force"], "oppose",
      statement="s16-d")
claim(T16, "Maria Zakharova", "indirect",
      "foreign soldiers would become “legitimate targets for our armed forces” from the moment they set foot in Ukraine",
      "saying", ["reassurance_force"], "oppose", statement="s16-e")
claim(T16, "Maria Zakharova", "partial", "legitimate targets for our armed forces", "saying", ["reassurance_force"], "oppose",
      statement="s16-e")
claim(T16, "Maria Zakharova", "indirect", "Britain and France of “sabotaging” contacts between Moscow and Washington",
      "accused", [], None, statement="s16-f", note="Pronoun speaker \"She\".")
claim(T16, "Maria Zakharova", "partial", "sabotaging", "accused", [], None, statement="s16-f")
claim(T16, "Maria Zakharova", "indirect",
      "Russia had warned the United States through diplomatic channels that it would regard the backstop as an escalation",
      "said", ["us_backstop"], "oppose", statement="s16-g")
claim(T16, "Russia", "indirect", "it would regard the backstop as an escalation", "warned", ["us_backstop"], "oppose",
      statement="s16-g", reported_by="Maria Zakharova")
claim(T16, "Sergei Lavrov", "indirect",
      "Russia would discuss security guarantees for Ukraine only if they were “collective” and included Russia and China among "
      "the guarantors", "said", ["security_guarantees", "collective_guarantees"], "conditional", statement="s16-h",
      proposal_stances={"security_guarantees": "conditional", "collective_guarantees": "support"})
claim(T16, "Sergei Lavrov", "partial", "collective", "said", ["collective_guarantees"], "support", statement="s16-h",
      note="One-word partial (devset decision 4).")
claim(T16, "Sergei Lavrov", "direct",
      "Guarantees written in London and Paris are guarantees against Russia, not guarantees of peace,", "said",
      ["security_guarantees"], "oppose",
      note="\"according to a transcript published by the Foreign Ministry\": a document, so Lavrov stays the speaker.")
claim(T16, "Dmitry Medvedev", "indirect", "European soldiers would go home “in zinc coffins”", "wrote", ["reassurance_force"],
      "oppose", statement="s16-i", note="\"was characteristically blunt\" has no content.")
claim(T16, "Dmitry Medvedev", "partial", "in zinc coffins", "wrote", ["reassurance_force"], "oppose", statement="s16-i")
claim(T16, "Dmitry Medvedev", "partial", "an umbrella full of holes.", "mocked", ["us_backstop"], "oppose",
      note="\"mocked the U.S. commitment as “...”\": like \"described X as\", partial only.")
claim(T16, "Viktor Lobanov", "indirect",
      "any U.S. backstop would “automatically” put American aircraft in Russia’s sights", "told", ["us_backstop"], "oppose",
      statement="s16-j", note="Relative clause between speaker and verb; RIA Novosti is the channel.")
claim(T16, "Viktor Lobanov", "partial", "automatically", "told", ["us_backstop"], "oppose", statement="s16-j")
claim(T16, "Viktor Lobanov", "direct",
      "If an American radar plane guides a strike on our positions, it becomes a target. There is no gray zone here,",
      "was quoted as saying", ["us_backstop"], "oppose")
claim(T16, "Nina Sorokina", "indirect",
      "Moscow should respond by freezing talks on prisoner exchanges until the plan is withdrawn", "told",
      ["freeze_prisoner_exchanges", "us_backstop"], "support",
      proposal_stances={"freeze_prisoner_exchanges": "support", "us_backstop": "oppose"}, note="TASS is the channel.")
claim(T16, "Russia", "indirect", "the humanitarian track with Kyiv would continue", "saying", ["freeze_prisoner_exchanges"],
      "oppose", note="\"The Kremlin did not back the idea, saying ...\": \"did not back\" is not a verb of saying; "
                     "\"saying\" carries the content.")
claim(T16, "Yuri Ushakov", "indirect",
      "Moscow had not received “any official proposals” on the backstop from Washington", "told", ["us_backstop"], "neutral",
      statement="s16-k", note="One verb, two that-clauses (devset decision 5).")
claim(T16, "Yuri Ushakov", "partial", "any official proposals", "told", ["us_backstop"], "neutral", statement="s16-k")
claim(T16, "Yuri Ushakov", "indirect", "Russian and American negotiators would speak “in the coming days.”", "told", [], None,
      statement="s16-k")
claim(T16, "Yuri Ushakov", "partial", "in the coming days.", "told", [], None, statement="s16-k")
claim(T16, "Ukraine", "indirect", "the Paris agreement", "welcomed", ["us_backstop"], "support",
      note="\"Kyiv, for its part, welcomed the Paris agreement.\"")
claim(T16, "Andrii Sybiha", "indirect", "the backstop was “the missing piece” of Ukraine’s security guarantees", "wrote",
      ["us_backstop", "security_guarantees"], "support", statement="s16-l")
claim(T16, "Andrii Sybiha", "partial", "the missing piece", "wrote", ["us_backstop"], "support", statement="s16-l")
claim(T16, "Andrii Sybiha", "partial", "only confirm why we need them.", "wrote", ["security_guarantees"], "support",
      statement="s16-l", note="Second that-clause \"that Russia’s threats “...”\": bare subject, so partial only.")
claim(T16, "Kirill Rogovoi", "indirect",
      "the harsh rhetoric was aimed as much at Washington as at European capitals", "said", ["us_backstop"], "neutral",
      note="\"Rogovoi, a political analyst at ... who left Russia in 2022, said\": appositive with a relative clause.")
claim(T16, "Kirill Rogovoi", "direct",
      "The Kremlin’s real fear is not 15,000 Europeans in Lviv or Odesa. It is an American commitment that makes a future "
      "offensive too expensive,", "told", ["us_backstop", "reassurance_force"], "neutral", statement="s16-m")
claim(T16, "Kirill Rogovoi", "direct", "That is why all the fire is directed at the backstop, not at the Europeans.", None,
      ["us_backstop"], "neutral", statement="s16-m")
claim(T16, "Kirill Rogovoi", "indirect",
      "Moscow is more likely to try to persuade the Trump administration to water down its commitment in bilateral talks than "
      "to walk away from negotiations", "In his view", ["us_backstop"], "neutral", note="\"In his view\" (t04 decision 6).")
claim(T16, "Russia", "indirect", "any settlement bar Ukraine from joining NATO and limit the size of its army", "demanded",
      ["nato_membership", "army_cap"], "oppose", proposal_stances={"nato_membership": "oppose", "army_cap": "support"},
      note="\"has repeatedly demanded that\".")
claim(T16, "Russia", "indirect", "too high", "called", ["army_cap"], "conditional",
      note="\"a figure Moscow has called too high\" (predication in a relative clause, t04 decision 6): Moscow wants a cap, "
           "but not this one.")

_bp["actors"] += [dict(name="Ilya Morozov", type="person", docs=[T16], where="photo credit"),
                  dict(name="Prosecutor General's Office of Russia", type="organization", docs=[T16], where="donation appeal")]
_bp["claims"] += [dict(doc=T16, speaker="officials", kind="indirect",
                       text="Europe and U.S. Agree on ‘Backstop’ for Ukraine Force", cue="Say",
                       where="\"Read more\" headline")]

event(T16, "2026-09-30", "The Kremlin on Wednesday rejected a U.S. pledge to support a European force in Ukraine", ["Russia"])
event(T16, "2026-09-28", "U.S. and European officials said in Paris on Monday that they had agreed on the outlines of a “backstop”",
      ["U.S. and European officials"])
event(T16, "2026-09-29", "speaking to reporters on the sidelines of the UN General Assembly in New York on Tuesday",
      ["Sergei Lavrov"])
event(T16, "2022", "who left Russia in 2022", ["Kirill Rogovoi"])
event(T16, "2025", "The U.S.-brokered framework under discussion since late 2025", ["United States"],
      date_note="\"late 2025\": year precision.")

A("The Moscow Times", "organization", [], None, [], T16)
A("Russia", "country", ["Kremlin", "The Kremlin", "Moscow"], None, [], T16)
A("United States", "country", ["U.S.", "Washington", "the United States"], None, [], T16)
A("U.S. and European officials", "group", [], None, [], T16)
A("Dmitry Peskov", "person", ["Kremlin spokesman Dmitry Peskov", "Peskov"], "Russia", ["Kremlin spokesman"], T16)
A("NATO", "organization", [], None, [], T16)
A("Maria Zakharova", "person", ["Foreign Ministry spokeswoman Maria Zakharova"], "Russia",
  ["Russian Foreign Ministry spokeswoman"], T16)
A("United Kingdom", "country", ["Britain"], None, [], T16)
A("France", "country", [], None, [], T16)
A("Sergei Lavrov", "person", ["Foreign Minister Sergei Lavrov", "Lavrov"], "Russia", ["Foreign Minister"], T16)
A("China", "country", [], None, [], T16)
A("Russian Foreign Ministry", "organization", ["the Foreign Ministry"], "Russia", [], T16)
A("Dmitry Medvedev", "person", ["Former President Dmitry Medvedev"], "Russia", ["deputy chairman of the Security Council"], T16)
A("State Duma", "organization", ["the State Duma", "the Duma"], "Russia", [], T16)
A("Lawmakers in the State Duma", "group", [], "Russia", [], T16)
A("Viktor Lobanov", "person", ["Lobanov"], "Russia", ["United Russia deputy", "member of the Duma's defense committee"], T16)
A("United Russia", "organization", [], "Russia", [], T16)
A("RIA Novosti", "organization", [], "Russia", [], T16)
A("Nina Sorokina", "person", ["Communist Party lawmaker Nina Sorokina"], "Russia", ["Communist Party lawmaker"], T16)
A("Communist Party", "organization", [], "Russia", [], T16)
A("TASS", "organization", [], "Russia", [], T16)
A("Yuri Ushakov", "person", ["Putin’s foreign policy aide Yuri Ushakov"], "Russia", ["foreign policy aide to Putin"], T16)
A("Vladimir Putin", "person", ["Putin"], "Russia", ["President of Russia"], T16)
A("Ukraine", "country", ["Kyiv"], None, [], T16)
A("Andrii Sybiha", "person", ["Ukrainian Foreign Minister Andrii Sybiha"], "Ukraine", ["Foreign Minister of Ukraine"], T16)
A("Kirill Rogovoi", "person", ["Rogovoi"], None, ["political analyst at the Center for East European Policy Studies"], T16)
A("Center for East European Policy Studies", "organization", [], "Germany", [], T16)
A("European capitals", "group", [], None, [], T16)
A("Trump administration", "organization", ["the Trump administration"], "United States", [], T16)

P("us_backstop", aliases=["U.S. Backstop", "a U.S. pledge to support a European force in Ukraine",
                          "American air and intelligence cover for foreign troops", "the Paris agreement",
                          "the U.S. commitment"],
  proponents=["U.S. and European officials", "United States"], supporters=["Ukraine", "Andrii Sybiha"],
  opponents=["Russia", "Dmitry Peskov", "Maria Zakharova", "Dmitry Medvedev", "Viktor Lobanov", "Nina Sorokina",
             "Lawmakers in the State Duma"],
  stance_note="t16: the Duma lawmakers \"echoed the Kremlin’s line\" (no content of its own: stance only, no claim).")
P("reassurance_force", aliases=["the planned reassurance force", "military contingents of NATO countries"],
  opponents=["Dmitry Peskov", "Maria Zakharova", "Dmitry Medvedev"],
  figures=[fig(T16, "15,000 Europeans", 15000, "troops", note="the analyst's round figure")])
P("security_guarantees", aliases=["Ukraine’s security guarantees", "Guarantees written in London and Paris"],
  supporters=["Andrii Sybiha"], conditional=["Sergei Lavrov"],
  stance_note="t16: Lavrov accepts guarantees only in a collective format with Russia and China (conditional); his direct "
              "quote rejects the Western version (claim stance oppose).")
P("collective_guarantees", "Collective security guarantees for Ukraine with Russia and China among the guarantors",
  proponents=["Sergei Lavrov"], part_of="security_guarantees")
P("freeze_prisoner_exchanges", "Freezing Russia-Ukraine prisoner-exchange talks until the backstop plan is withdrawn",
  aliases=["freezing talks on prisoner exchanges"], proponents=["Nina Sorokina"], opponents=["Russia"])
P("nato_membership", opponents=["Russia"])
P("army_cap", aliases=["limit the size of its army"], supporters=[], conditional=["Russia"],
  figures=[fig(T16, "cap Ukraine’s armed forces at 800,000 troops", 800000, "troops", note="U.S.-brokered framework")],
  stance_note="t16: Russia demands a cap but calls 800,000 too high: conditional.")
P("us_peace_plan", aliases=["The U.S.-brokered framework"])
# ====================================================================== export
ACTORS = list(_actors.values())
# Drop the shared declarations of proposals these articles never mention.
_used = {pid for c in CLAIMS for pid in c["proposals"]}
PROPOSALS = [p for p in _props.values() if p["id"] in _used or p["figures"] or p["proponents"] or p["supporters"]
             or p["opponents"] or p["conditional"]]
_parents = {p.get("part_of") for p in PROPOSALS}
PROPOSALS = [p for p in _props.values() if p in PROPOSALS or p["id"] in _parents]   # keep parents for part_of
