# Gold for d04-d06; executed by build_gold.py (shares its helpers and lists).

# ====================================================================== d04 (Al Jazeera-like explainer)
doc(D4, "Who would police a Ukraine ceasefire? What we know about the OSCE monitoring plan", "Al Jazeera", None, "2026-05-19",
    ["Skip links", "Skip to Content", "Live", "News", "Features", "Opinion", "Explainer", "Listen to this article", "4 min",
     "Ukrainian soldiers walk along a trench near the front line in the Donetsk region [File: Oleksandr Ratushniak/AFP]",
     "Published On 19 May 2026", "Save", "Click here to share on social media", "share2",
     "Source: Al Jazeera and news agencies"],
    published_note="\"Published On 19 May 2026\" (a Tuesday); Monday = 18 May, Saturday = 16 May, Sunday = 17 May.",
    outlet_note="\"seen by Al Jazeera\", \"told Al Jazeera\" and the source line.",
    boilerplate_note="The standfirst and the question subheads (\"What is being proposed?\" ...) are article text, not furniture.")

claim(D4, "Russia", "indirect", "it will not accept observers from NATO states", "says", ["osce_monitoring"], "conditional",
      note="In the standfirst.")
claim(D4, "Feridun Sinirlioglu", "indirect",
      "the organisation was “technically ready” to deploy a first team of monitors within weeks of a political decision",
      "said", ["osce_monitoring"], "support", statement="s04-a")
claim(D4, "Feridun Sinirlioglu", "partial", "technically ready", "said", ["osce_monitoring"], "support", statement="s04-a")
claim(D4, "Feridun Sinirlioglu", "direct",
      "We have done this before, in Donbas, between 2014 and 2022. We know what worked and what did not,", "told",
      ["osce_monitoring"], "support", note="Speaker \"he\".")
claim(D4, "Turkey", "indirect", "to host the mission’s headquarters", "offered", ["osce_monitoring"], "support",
      note="Commissive speech act, borderline (like the seeds' \"pledged\").")
claim(D4, "Recep Tayyip Erdogan", "indirect",
      "his country was ready to “carry any responsibility that brings peace”, including contributing monitors", "told",
      ["osce_monitoring"], "support", statement="s04-b")
claim(D4, "Recep Tayyip Erdogan", "partial", "carry any responsibility that brings peace", "told", ["osce_monitoring"], "support",
      statement="s04-b")
claim(D4, "Recep Tayyip Erdogan", "direct",
      "Turkey talks to both Kyiv and Moscow. This is why a mission built here can be trusted by both,", "said",
      ["osce_monitoring"], "support")
claim(D4, "Ukraine", "indirect", "cautious support", "signalled", ["osce_monitoring"], "support")
claim(D4, "Andrii Sybiha", "indirect", "monitors were useful", "said", ["osce_monitoring"], "support")
claim(D4, "Andrii Sybiha", "indirect", "they could not replace “real security guarantees backed by armies”", "insisted",
      ["osce_monitoring", "security_guarantees"], "conditional", statement="s04-c",
      proposal_stances={"osce_monitoring": "conditional", "security_guarantees": "support"})
claim(D4, "Andrii Sybiha", "partial", "real security guarantees backed by armies", "insisted", ["security_guarantees"], "support",
      statement="s04-c")
claim(D4, "Russia", "indirect", "the idea", "has not rejected", ["osce_monitoring"], "conditional",
      note="Negated verb of rejecting, like the seeds' \"did not rule out\". Speaker \"Moscow\".")
claim(D4, "Dmitry Peskov", "indirect",
      "any mission must include Russian monitors and “cannot be staffed by NATO countries”", "According to",
      ["osce_monitoring"], "conditional", statement="s04-d")
claim(D4, "Dmitry Peskov", "partial", "cannot be staffed by NATO countries", "According to", ["osce_monitoring"], "conditional",
      statement="s04-d")
claim(D4, "Dmitry Peskov", "direct", "We are not against monitoring as such,", "said", ["osce_monitoring"], "conditional",
      statement="s04-e", note="Inverted \"said Peskov\".")
claim(D4, "Dmitry Peskov", "direct", "We are against a NATO mission with an OSCE sticker on it.", None, ["osce_monitoring"],
      "conditional", statement="s04-e", note="Continuation quote, cue null.")
claim(D4, "Maria Zakharova", "indirect",
      "the OSCE “a discredited organisation” that had “taken sides” during its previous mission in eastern Ukraine", "calling",
      ["osce_monitoring"], "oppose", statement="s04-f")
claim(D4, "Maria Zakharova", "partial", "a discredited organisation", "calling", ["osce_monitoring"], "oppose", statement="s04-f")
claim(D4, "Maria Zakharova", "partial", "taken sides", "calling", ["osce_monitoring"], "oppose", statement="s04-f")
claim(D4, "a UN spokesperson", "indirect",
      "the Secretary-General stood ready to support “any arrangement acceptable to the parties”", "said",
      ["osce_monitoring", "un_mandate"], "neutral", statement="s04-g")
claim(D4, "a UN spokesperson", "partial", "any arrangement acceptable to the parties", "said", ["osce_monitoring", "un_mandate"],
      "neutral", statement="s04-g")
claim(D4, "Mirela Stancu", "indirect",
      "the previous OSCE mission had fewer than 1,000 monitors at its peak and was often denied access", "noted",
      ["osce_monitoring"], "neutral")
claim(D4, "Mirela Stancu", "direct", "Monitors can record a violation. They cannot stop one,", "said", ["osce_monitoring"],
      "conditional")
claim(D4, "Mirela Stancu", "indirect",
      "any mission would need drones, satellite imagery and freedom of movement on both sides of the line", "adding",
      ["osce_monitoring"], "conditional")
claim(D4, "a senior European diplomat", "indirect",
      "the monitoring plan was “the least bad option” because it was the only one Moscow had not ruled out", "told",
      ["osce_monitoring"], "support", statement="s04-h",
      note="\"Moscow had not ruled out\" is inside a relative clause of the diplomat's claim; not a separate Russian claim.")
claim(D4, "a senior European diplomat", "partial", "the least bad option", "told", ["osce_monitoring"], "support",
      statement="s04-h")

bp_actors += [dict(name="Oleksandr Ratushniak", type="person", docs=[D4], where="photo credit"),
              dict(name="AFP", type="organization", docs=[D4, D5], where="photo credits")]

event(D4, "2026-05", "As negotiators meet again in Istanbul this week", [])
event(D4, "2026-05", "A draft circulated among European governments last week", ["European governments"],
      date_note="11-17 May 2026.")
event(D4, "2026-05-18", "OSCE Secretary General Feridun Sinirlioglu said on Monday", ["Feridun Sinirlioglu"])
event(D4, "2014", "We have done this before, in Donbas, between 2014 and 2022", ["OSCE"],
      date_note="Range 2014-2022 (the earlier OSCE mission); start year given.")
event(D4, "2026-05-16", "Turkish President Recep Tayyip Erdogan told reporters in Ankara on Saturday", ["Recep Tayyip Erdogan"])
event(D4, "2026-05-17", "Russian Foreign Ministry spokeswoman Maria Zakharova went further on Sunday", ["Maria Zakharova"])

# ====================================================================== d05 (Politico Europe-like)
doc(D5, "EU won't trade away Russia sanctions for a ceasefire, Kallas says", "POLITICO Europe",
    "Jakob Lindner and Camille Roussel", "2026-06-09",
    ["POLITICO", "Newsletters", "Podcasts", "Poll of Polls", "Policy news", "Events",
     "Kaja Kallas said sanctions relief is \"the last card\" the EU holds. | Nicolas Tucat/AFP via Getty Images",
     "June 9, 2026 6:02 am CET", "Press play to listen to this article", "Voiced by artificial intelligence.",
     "This article is also available in: Français",
     "SIGN UP for POLITICO Europe's Brussels Playbook newsletter", "Gabriel Haas contributed reporting."],
    published_note="Timestamp \"June 9, 2026\" (a Tuesday); \"said Monday\" = 8 June; \"on Friday\" = 5 June.",
    outlet_note="Masthead line \"POLITICO\", \"told POLITICO\", newsletter promo naming POLITICO Europe.",
    boilerplate_note="The standfirst under the headline is article text. The caption (with a Kallas fragment) is furniture; its claim is in boilerplate_mentions.")

claim(D5, "Kaja Kallas", "indirect", "EU won't trade away Russia sanctions for a ceasefire", "says", ["sanctions_relief"], "oppose",
      note="Headline attribution.")
claim(D5, "United States", "indirect", "\"phased\" sanctions relief to bring Moscow to the table", "floats", ["sanctions_relief"],
      "support", statement="s05-a", note="Standfirst; speaker \"Washington\"; verb like the seeds' \"floated\".")
claim(D5, "United States", "partial", "phased", "floats", ["sanctions_relief"], "support", statement="s05-a",
      note="Quoted word of the reported party, not a name: partial (README decision 4).")
claim(D5, "Kaja Kallas", "indirect",
      "The European Union will not ease sanctions on Russia as part of a U.S.-brokered peace deal unless Moscow withdraws its troops and pays for the damage it caused",
      "said", ["sanctions_relief"], "oppose",
      note="Speaker after the clause (\"..., the bloc's foreign policy chief Kaja Kallas said Monday\"). Her conditions go far beyond the proposal (relief for a ceasefire): oppose.")
claim(D5, "Kaja Kallas", "direct",
      "Sanctions relief is the last card we have. We will not give it away for a ceasefire that Russia can break the next morning,",
      "told", ["sanctions_relief"], "oppose")
claim(D5, "Steve Witkoff", "indirect",
      "Washington could start lifting some sanctions \"within weeks\" of a ceasefire as an incentive for the Kremlin", "signaled",
      ["sanctions_relief"], "support", statement="s05-b")
claim(D5, "Steve Witkoff", "partial", "within weeks", "signaled", ["sanctions_relief"], "support", statement="s05-b")
claim(D5, "two EU diplomats", "indirect",
      "A 20-point framework drafted by U.S. and Russian negotiators includes a \"phased\" easing of restrictions on Russian banks and energy exports",
      "according to", ["us_peace_plan", "sanctions_relief"], "neutral", statement="s05-c")
claim(D5, "two EU diplomats", "partial", "phased", "according to", ["sanctions_relief"], "neutral", statement="s05-c")
claim(D5, "an EU diplomat", "direct", "It's a very American idea: pay first, hope later,", "said", ["sanctions_relief"], "oppose",
      note="Speaker \"one of the diplomats\".")
claim(D5, "Viktor Orbán", "indirect", "the measures hurt Europe more than Russia", "argued", ["sanctions_relief"], "support")
claim(D5, "Viktor Orbán", "partial", "will not block peace for the sake of ideology.", "said", ["sanctions_relief", "us_peace_plan"],
      "support", note="\"Budapest\" before the quote is a bare subject: partial only (seeds decision 2).")
claim(D5, "a senior EU official", "indirect",
      "the European Commission was preparing legal options to keep core restrictions in place even if one member country vetoed a rollover",
      "said", ["sanctions_relief"], "oppose")
claim(D5, "a senior EU official", "direct", "We have a plan B. We would rather not need it,", "said", ["sanctions_relief"], "oppose")
claim(D5, "Mark Rutte", "indirect",
      "relieving pressure on Moscow before a durable settlement would be \"a strategic mistake\"", "said", ["sanctions_relief"],
      "oppose", statement="s05-d")
claim(D5, "Mark Rutte", "partial", "a strategic mistake", "said", ["sanctions_relief"], "oppose", statement="s05-d")
claim(D5, "Mark Rutte", "indirect", "allies to focus instead on locking in security guarantees for Kyiv", "urged",
      ["security_guarantees"], "support")
claim(D5, "Russia", "indirect", "it sees sanctions as the price of any deal", "made clear", ["sanctions_relief"], "support",
      note="Speaker \"The Kremlin\".")
claim(D5, "Dmitry Peskov", "partial", "the first step, not the last,", "said", ["sanctions_relief"], "support", statement="s05-e",
      note="\"lifting them should be\" is a bare subject: partial only.")
claim(D5, "Dmitry Peskov", "indirect", "Russia would not pay \"a single ruble\" in reparations", "said", [], None, statement="s05-e",
      note="Second that-clause of the same \"said\": own record (README decision 5).")
claim(D5, "Dmitry Peskov", "partial", "a single ruble", "said", [], None, statement="s05-e")
claim(D5, "Volodymyr Zelenskyy", "indirect", "easing sanctions before a full ceasefire would be \"a reward for aggression,\"",
      "wrote", ["sanctions_relief"], "oppose", statement="s05-f")
claim(D5, "Volodymyr Zelenskyy", "partial", "a reward for aggression,", "wrote", ["sanctions_relief"], "oppose", statement="s05-f")
claim(D5, "Andrii Sybiha", "indirect",
      "Ukraine would not object to a \"carefully sequenced\" rollback once Russian troops began to leave", "told",
      ["sanctions_relief"], "conditional", statement="s05-g")
claim(D5, "Andrii Sybiha", "partial", "carefully sequenced", "told", ["sanctions_relief"], "conditional", statement="s05-g")
claim(D5, "a German official", "indirect", "Chancellor Friedrich Merz shared Kallas' position \"one hundred percent.\"", "said",
      ["sanctions_relief"], "oppose", statement="s05-h")
claim(D5, "a German official", "partial", "one hundred percent.", "said", ["sanctions_relief"], "oppose", statement="s05-h")

bp_claims += [dict(doc=D5, speaker="Kaja Kallas", kind="partial", text="the last card", cue="said",
                   line="Kaja Kallas said sanctions relief is \"the last card\" the EU holds. | Nicolas Tucat/AFP via Getty Images")]
bp_actors += [dict(name="Nicolas Tucat", type="person", docs=[D5], where="photo credit"),
              dict(name="Getty Images", type="organization", docs=[D5], where="photo credit"),
              dict(name="Gabriel Haas", type="person", docs=[D5], where="contributor line")]

event(D5, "2026-06-08", "the bloc's foreign policy chief Kaja Kallas said Monday", ["Kaja Kallas"])
event(D5, "2026-06-08", "ahead of a meeting of EU foreign ministers in Luxembourg", ["EU foreign ministers"],
      date_note="The interview was given ahead of the ministers' meeting, which the last paragraph puts on Tuesday 9 June; the interview date (8 June) is given here.")
event(D5, "2026-06", "U.S. special envoy Steve Witkoff signaled last week", ["Steve Witkoff"], date_note="1-7 June 2026.")
event(D5, "2026-06-05", "he said on Friday that Budapest", ["Viktor Orbán"])
event(D5, "2026-06-08", "Spokesman Dmitry Peskov said on Monday", ["Dmitry Peskov"])
event(D5, "2026-06-09", "The 27 foreign ministers are expected to discuss the issue on Tuesday", ["EU foreign ministers"])
event(D5, "2026-06", "the European Council summit at the end of June", ["European Council"])

# ====================================================================== d06 (Kyiv Post-like)
doc(D6, "Any Cap on Ukraine’s Army Is ‘an Invitation to Putin,’ Syrskyi Says", "Kyiv Post", "Olena Hrytsenko", "2026-01-20",
    ["Kyiv Post", "Ukraine", "War", "Politics", "Business", "Subscribe",
     "Commander-in-Chief of the Armed Forces of Ukraine Oleksandr Syrskyi. Photo: General Staff of the Armed Forces of Ukraine",
     "Read also: Sybiha: No Talks on Territory Before Ceasefire", "Share this article",
     "Olena Hrytsenko is a Kyiv Post reporter covering defense and security. She previously worked for Ukrainska Pravda.",
     "Join us on Telegram"],
    published_note="Byline line \"January 20, 2026\" (a Tuesday); \"on Monday\" = 19 January.",
    outlet_note="Masthead line, \"told the Kyiv Post\", author bio.",
    boilerplate_note="The byline line \"by Olena Hrytsenko | January 20, 2026, 5:14 pm\" carries the author and is not listed (seeds decision 1).")

claim(D6, "Oleksandr Syrskyi", "partial", "an Invitation to Putin,", "Says", ["army_cap"], "oppose",
      note="Headline; \"Any Cap on Ukraine’s Army Is\" is a bare subject: partial only.")
claim(D6, "Oleksandr Syrskyi", "indirect", "proposals to limit the size of the country’s armed forces after the war", "rejected",
      ["army_cap"], "oppose", note="Speaker \"Ukraine’s top general\".")
claim(D6, "Oleksandr Syrskyi", "indirect", "a smaller army would only encourage Russia to attack again", "warning", ["army_cap"],
      "oppose")
claim(D6, "Oleksandr Syrskyi", "indirect", "Ukraine currently has about 880,000 troops under arms", "told", [], None,
      statement="s06-a", note="First that-clause of \"told reporters ... that X and that Y\" (README decision 5).")
claim(D6, "Oleksandr Syrskyi", "indirect", "any ceiling “written by others” would be dangerous", "told", ["army_cap"], "oppose",
      statement="s06-a")
claim(D6, "Oleksandr Syrskyi", "partial", "written by others", "told", ["army_cap"], "oppose", statement="s06-a")
claim(D6, "Oleksandr Syrskyi", "direct", "An army of 600,000 is not a peace guarantee. It is an invitation to Putin,", "said",
      ["army_cap"], "oppose", statement="s06-b")
claim(D6, "Oleksandr Syrskyi", "direct", "He counts our brigades every night. So should we.", None, ["army_cap"], "oppose",
      statement="s06-b", note="Continuation quote, cue null.")
claim(D6, "people familiar with the latest version", "indirect",
      "negotiators are now discussing a figure closer to 800,000, with no limits on reserves", "According to",
      ["army_cap", "us_peace_plan"], "neutral")
claim(D6, "Keith Kellogg", "indirect", "the idea", "defended", ["army_cap"], "support")
claim(D6, "Keith Kellogg", "indirect",
      "a cap was “a normal feature of any armistice” and would be balanced by Western security guarantees", "saying",
      ["army_cap", "security_guarantees"], "support", statement="s06-c")
claim(D6, "Keith Kellogg", "partial", "a normal feature of any armistice", "saying", ["army_cap"], "support", statement="s06-c")
claim(D6, "Keith Kellogg", "indirect", "800,000 soldiers would still make Ukraine’s army “the biggest in Europe outside Russia.”",
      "told", ["army_cap"], "support", statement="s06-d", note="Speaker \"He\".")
claim(D6, "Keith Kellogg", "partial", "the biggest in Europe outside Russia.", "told", ["army_cap"], "support", statement="s06-d")
claim(D6, "Volodymyr Zelenskyy", "partial", "a question for Ukrainians, not for negotiators,", "said", ["army_cap"], "oppose",
      note="\"the size of the army was\" is a bare subject: partial only.")
claim(D6, "Volodymyr Zelenskyy", "indirect", "Kyiv had not given up on joining NATO", "repeated", ["nato_membership"], "support")
claim(D6, "Sergei Ryabkov", "indirect",
      "a “demilitarized” Ukraine remained a key goal of what the Kremlin calls its special military operation", "said",
      ["army_cap"], "support", statement="s06-e", note="\"what the Kremlin calls\" is an embedded idiom, not a separate claim.")
claim(D6, "Sergei Ryabkov", "partial", "demilitarized", "said", ["army_cap"], "support", statement="s06-e")
claim(D6, "Sergei Ryabkov", "indirect", "any Western troops on Ukrainian soil as “a non-starter.”", "rejected",
      ["reassurance_force"], "oppose", statement="s06-f")
claim(D6, "Sergei Ryabkov", "partial", "a non-starter.", "rejected", ["reassurance_force"], "oppose", statement="s06-f")
claim(D6, "Iryna Marchuk", "indirect", "parliament would refuse to ratify any deal that included a cap", "said", ["army_cap"],
      "oppose")
claim(D6, "Iryna Marchuk", "direct", "No deputy will vote for it. Not one,", "told", ["army_cap"], "oppose")
claim(D6, "Taras Zhuk", "indirect",
      "Ukraine could accept a cap only if it were paired with binding guarantees and permanent foreign air defense", "argued",
      ["army_cap", "security_guarantees"], "conditional",
      proposal_stances={"army_cap": "conditional", "security_guarantees": "support"})
claim(D6, "Taras Zhuk", "direct", "Numbers on paper matter less than who comes to help on day one,", "said",
      ["army_cap", "security_guarantees"], "conditional", statement="s06-g")
claim(D6, "Taras Zhuk", "direct", "If the answer is nobody, then 800,000 is too few and a million is too few.", None,
      ["army_cap", "security_guarantees"], "conditional", statement="s06-g", note="Continuation quote, cue null.")

bp_claims += [dict(doc=D6, speaker="Andrii Sybiha", kind="indirect", text="No Talks on Territory Before Ceasefire", cue=None,
                   line="Read also: Sybiha: No Talks on Territory Before Ceasefire")]
bp_actors += [dict(name="General Staff of the Armed Forces of Ukraine", type="organization", docs=[D6], where="photo credit"),
              dict(name="Armed Forces of Ukraine", type="organization", docs=[D6], where="caption"),
              dict(name="Ukrainska Pravda", type="organization", docs=[D6], where="author bio")]

event(D6, "2026-01-20", "Ukraine’s top general on Tuesday rejected proposals to limit the size of the country’s armed forces",
      ["Oleksandr Syrskyi"])
event(D6, "2025", "since late last year, when an early U.S. draft proposed limiting Ukraine’s military to 600,000 personnel",
      ["United States"], date_note="\"late last year\" = late 2025.")
event(D6, "2026-01-19", "U.S. special envoy Keith Kellogg defended the idea on Monday", ["Keith Kellogg"])
event(D6, "2026-01-19", "Russian Deputy Foreign Minister Sergei Ryabkov said on Monday", ["Sergei Ryabkov"])


def _ext(name, docs=(), aliases=(), roles=()):
    a = next(x for x in actors if x["name"] == name)
    for d in docs:
        if d not in a["docs"]:
            a["docs"].append(d)
    for s in aliases:
        if s not in a["aliases"]:
            a["aliases"].append(s)
    for r in roles:
        if r not in a["roles"]:
            a["roles"].append(r)


def _prop(pid):
    return next(p for p in proposals if p["id"] == pid)


def _add(pid, side, *names):
    lst = _prop(pid)[side]
    for n in names:
        if n not in lst:
            lst.append(n)


def _after_all():
    # --- existing actors seen again
    _ext("Russia", [D4, D5, D6])
    _ext("Ukraine", [D4, D5, D6])
    _ext("United States", [D5, D6])
    _ext("NATO", [D4, D5, D6])
    _ext("Dmitry Peskov", [D4, D5])
    _ext("Andrii Sybiha", [D4, D5], ["Foreign Minister Andrii Sybiha"])
    _ext("Mark Rutte", [D5], ["NATO Secretary General Mark Rutte"], ["NATO Secretary General"])
    _ext("a senior EU official", [D5])
    _ext("Volodymyr Zelenskyy", [D5, D6], ["President Volodymyr Zelenskyy"], ["President"])
    _ext("Friedrich Merz", [D5])
    _ext("analysts", [D4, D6], ["Analysts in Kyiv"])
    _ext("Vladimir Putin", [D6])
    _ext("Sergei Lavrov", [])
    # --- new actors
    A_("Al Jazeera", "organization", [], None, [], [D4])
    A_("OSCE", "organization", ["Organization for Security and Co-operation in Europe"], None, [], [D4])
    A_("Feridun Sinirlioglu", "person", ["OSCE Secretary General Feridun Sinirlioglu"], None, ["OSCE Secretary General"], [D4])
    A_("Turkey", "country", [], None, [], [D4])
    A_("Recep Tayyip Erdogan", "person", ["Erdogan", "Turkish President Recep Tayyip Erdogan"], "Turkey", ["President of Turkey"],
       [D4])
    A_("Maria Zakharova", "person", ["Russian Foreign Ministry spokeswoman Maria Zakharova"], "Russia",
       ["Russian Foreign Ministry spokeswoman"], [D4])
    A_("Russian Foreign Ministry", "organization", [], "Russia", [], [D4])
    A_("United Nations", "organization", ["UN"], None, [], [D4])
    A_("UN Security Council", "organization", ["United Nations Security Council", "Security Council"], None, [], [D4])
    A_("UN Secretary-General", "person", ["the Secretary-General"], None, ["Secretary-General of the United Nations"], [D4],
       note="Office holder not named in the text.")
    A_("a UN spokesperson", "anonymous", [], None, [], [D4])
    A_("Mirela Stancu", "person", ["Stancu"], None, ["researcher at the Geneva Centre for Peace Operations"], [D4])
    A_("Geneva Centre for Peace Operations", "organization", [], None, [], [D4])
    A_("a senior European diplomat", "anonymous", [], None, [], [D4])
    A_("European governments", "group", [], None, [], [D4])
    A_("European Union", "organization", ["EU", "the bloc"], None, [], [D5])
    A_("Kaja Kallas", "person", ["Kallas"], None, ["the bloc's foreign policy chief"], [D5])
    A_("POLITICO", "organization", ["POLITICO Europe"], None, [], [D5])
    A_("Steve Witkoff", "person", ["U.S. special envoy Steve Witkoff"], "United States", ["U.S. special envoy"], [D5])
    A_("two EU diplomats", "group", [], None, [], [D5])
    A_("an EU diplomat", "anonymous", ["one of the diplomats"], None, [], [D5], note="One of the two EU diplomats.")
    A_("Viktor Orbán", "person", ["Orbán", "Hungarian Prime Minister Viktor Orbán"], "Hungary", ["Prime Minister of Hungary"], [D5])
    A_("Hungary", "country", ["Budapest"], None, [], [D5])
    A_("European Commission", "organization", [], None, [], [D5])
    A_("a German official", "anonymous", ["one German official"], "Germany", [], [D5])
    A_("EU foreign ministers", "group", ["The 27 foreign ministers"], None, [], [D5])
    A_("European Council", "organization", [], None, [], [D5])
    A_("Jakob Lindner", "person", [], None, [], [D5], note="Byline.")
    A_("Camille Roussel", "person", [], None, [], [D5], note="Byline.")
    A_("Oleksandr Syrskyi", "person", ["Syrskyi", "Commander-in-Chief Oleksandr Syrskyi", "Ukraine’s top general"], "Ukraine",
       ["Commander-in-Chief of the Armed Forces of Ukraine"], [D6])
    A_("Keith Kellogg", "person", ["U.S. special envoy Keith Kellogg"], "United States", ["U.S. special envoy"], [D6])
    A_("Fox News", "organization", [], "United States", [], [D6])
    A_("Sergei Ryabkov", "person", ["Russian Deputy Foreign Minister Sergei Ryabkov"], "Russia",
       ["Russian Deputy Foreign Minister"], [D6])
    A_("Iryna Marchuk", "person", [], "Ukraine", ["member of the Verkhovna Rada’s national security committee"], [D6])
    A_("Verkhovna Rada", "organization", [], "Ukraine", [], [D6])
    A_("people familiar with the latest version", "group", [], None, [], [D6])
    A_("Taras Zhuk", "person", ["Zhuk"], "Ukraine", ["military analyst at the Kyiv Institute for Strategic Assessment"], [D6])
    A_("Kyiv Institute for Strategic Assessment", "organization", [], "Ukraine", [], [D6])
    A_("Kyiv Post", "organization", ["the Kyiv Post"], "Ukraine", [], [D6])
    A_("Olena Hrytsenko", "person", [], None, [], [D6], note="Byline.")

    # --- existing proposals seen again
    _add("reassurance_force", "opponents", "Sergei Ryabkov")
    _prop("reassurance_force")["aliases"].append("Western troops on Ukrainian soil")
    _add("nato_membership", "supporters", "Volodymyr Zelenskyy")
    _prop("nato_membership")["aliases"].append("joining NATO")
    _prop("article5_guarantee")["part_of"] = "security_guarantees"
    # --- new proposals
    proposal("osce_monitoring", "OSCE-led ceasefire monitoring mission",
             ["OSCE monitoring plan", "ceasefire monitoring mission", "monitoring plan"],
             [], ["Feridun Sinirlioglu", "Turkey", "Recep Tayyip Erdogan", "Ukraine", "a senior European diplomat"],
             ["Maria Zakharova"], ["Russia", "Dmitry Peskov", "Andrii Sybiha", "Mirela Stancu"],
             [fig(D4, "some 1,500 unarmed civilian monitors", 1500, "monitors"),
              fig(D4, "six months", 6, "months", note="initial period"),
              fig(D4, "roughly 1,200km", 1200, "km", note="length of the line of contact to be monitored"),
              fig(D4, "fewer than 1,000 monitors", 1000, "monitors", note="previous OSCE mission at its peak; upper bound")],
             stance_note="The draft \"circulated among European governments\" has no named author: no proponents.")
    proposal("un_mandate", "UN Security Council mandate for the monitoring mission",
             ["United Nations Security Council mandate", "UN mandate"], [], [], [], [], [], part_of="osce_monitoring",
             stance_note="Only the UN spokesperson's neutral statement.")
    proposal("security_guarantees", "Western security guarantees for Ukraine",
             ["security guarantees", "Western security guarantees", "binding guarantees"],
             [], ["Andrii Sybiha", "Mark Rutte", "Keith Kellogg", "Taras Zhuk"], [], [], [],
             stance_note="Generic guarantees; the Article 5-like model is a part (article5_guarantee.part_of).")
    proposal("us_peace_plan", "U.S.-brokered 20-point peace framework",
             ["20-point framework", "U.S.-brokered peace deal", "early U.S. draft"],
             ["United States", "Russia"], ["United States", "Russia", "Viktor Orbán"], [], [],
             [fig(D5, "20-point", 20, "points")],
             stance_note="\"drafted by U.S. and Russian negotiators\" (d05) and \"an early U.S. draft\" (d06) are one thread, as the seeds' 28/19-point plans.")
    proposal("sanctions_relief", "Easing of sanctions on Russia as part of a peace deal",
             ["sanctions relief", "easing of restrictions", "lifting some sanctions", "easing sanctions", "rollback"],
             ["Steve Witkoff", "United States"],
             ["Steve Witkoff", "United States", "Viktor Orbán", "Hungary", "Russia", "Dmitry Peskov"],
             ["Kaja Kallas", "European Union", "Mark Rutte", "Volodymyr Zelenskyy", "a senior EU official", "an EU diplomat",
              "a German official", "Friedrich Merz"],
             ["Andrii Sybiha"],
             [fig(D5, "within weeks", None, "weeks", note="timing of the first lifting after a ceasefire")],
             part_of="us_peace_plan",
             stance_note="Merz's opposition is relayed by a German official (\"shared Kallas' position\"). Hungary via \"Budapest\".")
    proposal("army_cap", "Cap on the size of Ukraine's armed forces",
             ["cap on Ukraine’s army", "ceiling"],
             ["United States"], ["United States", "Keith Kellogg", "Russia", "Sergei Ryabkov"],
             ["Oleksandr Syrskyi", "Volodymyr Zelenskyy", "Iryna Marchuk"], ["Taras Zhuk"],
             [fig(D6, "600,000 personnel", 600000, "troops", note="early U.S. draft"),
              fig(D6, "a figure closer to 800,000", 800000, "troops", note="latest version, per people familiar"),
              fig(D6, "800,000 soldiers", 800000, "troops")],
             part_of="us_peace_plan",
             stance_note="Russia (\"wants a far smaller force\") is a supporter of a cap without a claim.")
