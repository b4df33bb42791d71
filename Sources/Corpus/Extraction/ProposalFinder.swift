/// Finds proposal mentions in a sentence: the lexicon's surface forms, a few general patterns
/// ("a 30-day ceasefire", "the 28-point plan", "cap its army at 800,000") and anaphora
/// ("the idea", "the plan") pointing back to the last proposal named in the document.
struct ProposalMention: Sendable {
    var t0: Int
    var t1: Int
    var proposal: Int
    var surface: String
    var anaphora: Bool
}

struct ProposalFinder {
    let lex: Lexicon
    let s: [Unicode.Scalar]

    static let anaphora: Set<String> = ["idea", "plan", "proposal", "notion", "mission", "operation", "deployment", "initiative",
                                        "force", "contingent"]
    /// Nouns for soldiers sent abroad: "British troops", "a Dutch contingent", "foreign military presence".
    static let troopNouns: Set<String> = ["troops", "soldiers", "contingent", "contingents", "forces", "presence", "boots", "personnel"]
    static let foreignModifiers: Set<String> = ["foreign", "western", "allied", "nato", "european", "international", "multinational", "outside"]
    /// Countries whose soldiers in Ukraine are the war's, not a force sent to keep a peace.
    static let belligerents: Set<String> = ["russia", "ukraine", "belarus", "north-korea"]
    static let pauseWords: Set<String> = ["ceasefire", "truce", "pause", "halt"]
    static let easedWords: Set<String> = ["eased", "lifted", "relaxed", "loosened", "scrapped"]
    static let genericCeasefirePre: Set<String> = ["durable", "potential", "sustainable", "any", "lasting", "eventual", "possible", "future"]

    func text(_ toks: [Token], _ a: Int, _ b: Int) -> String {
        ScalarText.string(s, toks[a].start, toks[b - 1].end)
    }

    func index(of id: String) -> Int? { lex.proposals.firstIndex { $0.id == id } }

    /// `recent`: the document's proposals, most recently named first. An anaphor whose head noun
    /// belongs to one of them ("the mission" after a monitoring mission) points to that one.
    func find(_ toks: [Token], last: Int?, recent: [Int] = []) -> [ProposalMention] {
        var out: [ProposalMention] = []
        let n = toks.count
        var i = 0
        var lastSeen = last
        let w = ProposalWords.shared
        while i < n {
            let t = toks[i]
            guard t.isWord else { i += 1; continue }
            // number-day ceasefire / truce, number-point plan
            if t.kind == .number, i + 3 < n, toks[i + 1].key == w.dash {
                if toks[i + 2].key == w.day, w.pauseWords.contains(toks[i + 3].key), let p = index(of: "ceasefire") {
                    var e = i + 4
                    if e < n && toks[e].key == w.proposal { e += 1 }
                    out.append(.init(t0: i, t1: e, proposal: p, surface: text(toks, i, e), anaphora: false)); lastSeen = p; i = e; continue
                }
                if toks[i + 2].key == w.point, w.pointNouns.contains(toks[i + 3].key), let p = index(of: "peace_plan") {
                    var e = i + 4
                    if toks[i + 3].key == w.peace && e < n && toks[e].key == w.plan { e += 1 }
                    out.append(.init(t0: i, t1: e, proposal: p, surface: text(toks, i, e), anaphora: false)); lastSeen = p; i = e; continue
                }
            }
            // "cap its army at 800,000", "cap Kyiv's peacetime military at 800,000"
            if w.capVerbs.contains(t.key), let p = index(of: "army_cap") {
                var j = i + 1
                while j < n && j - i <= 5 && !w.armyNouns.contains(toks[j].key) { j += 1 }
                if j < n && j - i <= 5, j + 2 < n, toks[j + 1].key == w.at || toks[j + 1].key == w.to, toks[j + 2].kind == .number {
                    var e = j + 3
                    if e < n && toks[e].key == w.troops { e += 1 }
                    out.append(.init(t0: i, t1: e, proposal: p, surface: text(toks, i, e), anaphora: false)); lastSeen = p; i = e; continue
                }
            }
            // "a cap", "any ceiling" after the army cap was named: that cap
            if w.capNouns.contains(t.key), i >= 1, w.capDeterminers.contains(toks[i - 1].key),
               let p = index(of: "army_cap"), recent.contains(p) || lastSeen == p {
                out.append(.init(t0: i - 1, t1: i + 1, proposal: p, surface: text(toks, i - 1, i + 1), anaphora: true))
                i += 1; continue
            }
            // "sanctions on Russia be eased", "sanctions ... lifted": relief, not new sanctions
            if t.key == w.sanctions, let p = index(of: "sanctions_relief") {
                var j = i + 1
                while j < n && j <= i + 6 && toks[j].isWord && !w.easedWords.contains(toks[j].key) { j += 1 }
                if j < n && j <= i + 6 && w.easedWords.contains(toks[j].key) {
                    out.append(.init(t0: i, t1: j + 1, proposal: p, surface: text(toks, i, j + 1), anaphora: false))
                    lastSeen = p; i = j + 1; continue
                }
            }
            // "soldiers along the line of contact", "troops along the front line": stationed on the line itself
            if w.soldierNouns.contains(t.key), i + 3 < n, toks[i + 1].key == w.along, toks[i + 2].key == w.the,
               let p = index(of: "demarcation_line_troops") {
                var e = 0
                if w.lineKinds.contains(toks[i + 3].key), i + 4 < n, toks[i + 4].key == w.line { e = i + 5 }
                else if toks[i + 3].key == w.frontline { e = i + 4 }
                else if toks[i + 3].key == w.line, i + 5 < n, toks[i + 4].key == w.of, w.lineOfKinds.contains(toks[i + 5].key) { e = i + 6 }
                if e > 0 {
                    out.append(.init(t0: i, t1: e, proposal: p, surface: text(toks, i, e), anaphora: false))
                    lastSeen = p; i = e; continue
                }
            }
            if t.flags & TokenFlag.proposal != 0, let cands = lex.proposalSurfaces[t.key] {
                var matched = false
                for c in cands where i + c.words.count <= n {
                    var ok = true
                    for k in 0..<c.words.count where toks[i + k].lower != c.words[k] { ok = false; break }
                    guard ok else { continue }
                    let e = i + c.words.count
                    let pid = lex.proposals[c.proposal].id
                    if pid == "ceasefire" && c.words == ["ceasefire", "now"] && false { continue }
                    // "the idea of X": X names it, the head noun is anaphora
                    var st = i
                    if i >= 1 && w.namingHeads.contains(toks[i - 1].key) { st = i - 1 }
                    // "Moscow's conditions for a truce": the for-phrase belongs to this name
                    var e2 = e
                    if e2 + 1 < n && toks[e2].key == w.forWord {
                        var k = e2 + 1
                        if k < n && w.articles.contains(toks[k].key) { k += 1 }
                        if k < n, let c2 = lex.proposalSurfaces[toks[k].key]?.first(where: { sf in
                            k + sf.words.count <= n && (0..<sf.words.count).allSatisfy { toks[k + $0].lower == sf.words[$0] } }) {
                            e2 = k + c2.words.count
                        }
                    }
                    out.append(.init(t0: st, t1: e2, proposal: c.proposal, surface: text(toks, i, e2), anaphora: false))
                    if !lex.proposals[c.proposal].generic { lastSeen = c.proposal }
                    i = e2; matched = true; break
                }
                if matched { continue }
            }
            if w.troopNouns.contains(t.key), !t.cap, let st = foreignTroops(toks, i), let p = index(of: "peacekeeping_force") {
                out.append(.init(t0: st, t1: i + 1, proposal: p, surface: text(toks, st, i + 1), anaphora: false))
                lastSeen = p; i += 1; continue
            }
            // "troops could be deployed", "soldiers ... sent to Ukraine"
            if w.soldierNouns.contains(t.key), let p = index(of: "peacekeeping_force") {
                var j = i + 1
                while j < n && j <= i + 4 && toks[j].isWord && !w.sendingVerbs.contains(toks[j].key) { j += 1 }
                if j < n && j <= i + 4 && w.sendingVerbs.contains(toks[j].key) {
                    out.append(.init(t0: i, t1: j + 1, proposal: p, surface: text(toks, i, j + 1), anaphora: false))
                    lastSeen = p; i = j + 1; continue
                }
            }
            // anaphora: "the idea", "this plan", "the proposal" (not "the idea of ...", handled by the next mention)
            if (t.key == w.the || t.key == w.this || t.key == w.that), i + 1 < n, w.anaphora.contains(toks[i + 1].key),
               let l = lastSeen, !(i + 2 < n && (toks[i + 2].key == w.of || toks[i + 2].key == w.forWord)) {
                let head = toks[i + 1].lower
                let p = lex.proposalWords[l].contains(head) ? l : (recent.first { lex.proposalWords[$0].contains(head) && !lex.proposals[$0].generic } ?? l)
                out.append(.init(t0: i, t1: i + 2, proposal: p, surface: text(toks, i, i + 2), anaphora: true))
                i += 2; continue
            }
            i += 1
        }
        return out
    }

    /// Start of a phrase naming other countries' soldiers for Ukraine, ending in the troop noun at `i`:
    /// "British troops", "a Dutch contingent", "foreign military presence", or any troop noun placed in Ukraine
    /// ("troops from NATO countries in Ukraine", "soldiers on Ukrainian soil"); nil for the belligerents' own.
    func foreignTroops(_ toks: [Token], _ i: Int) -> Int? {
        let w = ProposalWords.shared
        var j = i - 1
        if toks[i].key == w.presence {
            guard j >= 0 && toks[j].key == w.military else { return nil }
            j -= 1
        } else if j >= 0 && w.troopModifiers.contains(toks[j].key) { j -= 1 }
        if j >= 1 && toks[j].key == w.possessive { j -= 1 }   // "Britain's soldiers"
        var st: Int? = nil
        if j >= 0 && toks[j].cap {
            if let c = lex.demonymCountry[toks[j].key] ?? lex.surfaces[toks[j].key]?.first(where: { $0.words.count == 1 && lex.actors[$0.actor].kind == .country })?.actor {
                if Self.belligerents.contains(lex.actors[c].id) { return nil }
                st = j
            } else if w.foreignModifiers.contains(toks[j].key) { st = j }
        } else if j >= 0 && w.foreignModifiers.contains(toks[j].key) { st = j }
        if st == nil {
            // placed in Ukraine: "troops (from NATO countries) in Ukraine", "soldiers on Ukrainian soil"
            var k = i + 1
            if k < toks.count && toks[k].key == w.from {
                k += 1
                while k < toks.count && k <= i + 5 && toks[k].isWord && !w.fromEnds.contains(toks[k].key) { k += 1 }
            }
            guard k + 1 < toks.count else { return nil }
            let a = toks[k].key, b = toks[k + 1].key
            let placed = (w.placedPreps.contains(a) && b == w.ukraine)
                || (a == w.on && b == w.ukrainian && k + 2 < toks.count && w.soilNouns.contains(toks[k + 2].key))
            guard placed else { return nil }
            st = i
            if j >= 0 && w.ownSide.contains(toks[j].key) { return nil }
        }
        return st
    }
}
