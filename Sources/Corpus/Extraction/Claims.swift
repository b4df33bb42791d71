/// A claim before speakers are resolved across the corpus.
struct RawClaim: Sendable {
    var speaker: Ref
    var speakerSurface: String
    var kind: ClaimKind
    var start: Int          // scalar offsets in the document text
    var end: Int
    var cue: String?
    var sentence: Range<Int>
    var proposals: [Int]
    var colour: Stance
    var negatedObject: Bool // "dismissed Russia's objections": a rejection of the opposition
    var textLower: String
    /// A group claim's members named after "including" (each gets the claim's stance).
    var members: [Ref] = []
    var orphan: Bool = false
    var text: String = ""
    var sentenceText: String = ""
    /// Actors at the start of the reported clause ("his country was open to requests", "France and the UK are exploring").
    var contentSubjects: [Ref] = []
    /// The cue reports rather than takes a side ("reported", "according to").
    var weak: Bool = false
    /// The reported clause puts its subject forward ("are exploring options", "is ready to").
    var subjectSupports: Bool = false
    /// For a partial quote: the host clause whose words give the stance.
    var stanceFrom: (Int, Int)? = nil
    /// Proposals the clause names only to refuse them ("monitors but not a buffer zone").
    var negatedProposals: [Int] = []
}

/// Extracts claims from one sentence: direct quotes, partial quotes, reported speech and
/// attributing headlines.
struct ClaimFinder {
    let lex: Lexicon
    let s: [Unicode.Scalar]

    static let aux: Set<String> = ["has", "have", "had", "is", "are", "was", "were", "been", "be", "will", "would", "also",
                                   "both", "previously", "reportedly", "first", "again", "already", "then", "now", "once",
                                   "just", "all", "only", "further", "later", "later", "earlier", "early", "late", "overnight",
                                   "yesterday", "today", "in", "turn", "each", "publicly", "privately", "openly", "separately",
                                   "jointly", "initially", "since", "even", "subsequently", "recently", "last", "this", "week", "long"]
    /// Words between a verb of saying and its "that": "said in a statement on Monday that", "told reporters that".
    static let thatFillers: Set<String> = ["to", "on", "the", "a", "an", "in", "interview", "with", "local", "press", "reporters",
                                           "journalists", "statement", "conference", "briefing", "news", "at", "during", "speech",
                                           "television", "tv", "radio", "post", "social", "media", "video", "address", "letter",
                                           "earlier", "later", "also", "his", "her", "their", "its", "written", "joint", "late",
                                           "early", "last", "this", "week", "month", "year", "broadcast", "televised", "remarks",
                                           "only", "again", "repeatedly", "publicly", "by", "agency", "quoted", "as",
                                           "nightly", "evening", "daily", "weekly", "regular", "online", "message", "channel",
                                           "official", "phone", "call", "separate", "parliament", "lawmakers", "state",
                                           "for", "months", "weeks", "years", "long", "repeatedly", "privately",
                                           // a time adjunct between the verb and "that": "has argued since early 2024 that"
                                           "since", "ago", "days", "recently", "previously", "yesterday", "today", "morning", "afternoon", "weekend"]
    static let subordinators: Set<String> = ["while", "whereas", "although", "though"]
    static let participleExceptions: Set<String> = ["including", "according", "during", "regarding", "following", "concerning",
                                                    "excluding", "notwithstanding", "bring", "king", "thing", "nothing",
                                                    "something", "anything", "everything", "morning", "evening", "spring",
                                                    "meeting", "building", "funding", "training", "fighting", "ceasing"]
    static let connectives: Set<String> = ["however", "meanwhile", "moreover", "additionally", "still", "yet", "also",
                                           "instead", "separately", "earlier", "later", "indeed", "nevertheless", "furthermore"]
    static let listenerNouns: Set<String> = ["reporters", "journalists", "lawmakers", "legislators", "mps", "senators", "radio",
                                             "television", "tv", "broadcaster", "newspaper", "daily", "agency", "channel",
                                             "audience", "ministers", "counterparts", "allies", "colleagues", "diplomats",
                                             "parliament", "deputies", "students", "supporters", "delegates", "podcast"]
    /// Listener nouns a name may follow ("the newspaper Aftenposten"); "told reporters Norway would ..." is not one.
    static let namedListeners: Set<String> = ["newspaper", "daily", "broadcaster", "agency", "channel", "radio", "television", "podcast"]
    static let subjectPronouns: Set<String> = ["he", "she", "they", "we", "i", "you", "it"]
    static let quantityWords: Set<String> = ["hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "million", "millions",
                                             "billion", "billions"]
    static let determiners: Set<String> = ["the", "these", "those", "his", "her", "their", "its", "such", "our", "my", "your", "a", "an"]
    static let functionNext: Set<String> = ["in", "on", "at", "of", "to", "from", "with", "by", "for", "as", "and", "or", "but",
                                            "that", "which", "who", "is", "was", "were", "are", "would", "will", "could", "should",
                                            "can", "may", "might", "has", "have", "had", "be", "been", "into", "over", "under",
                                            "after", "before", "during", "than", "when", "while", "if", "so", "because", "not"]
    static let negativeHeads: Set<String> = ["objections", "objection", "opposition", "criticism", "concerns", "accusations",
                                             "claims", "complaints", "warnings", "threats", "demands", "calls", "protests"]

    /// Plural nouns after a name that are no verb: "as NATO troops", "as Kremlin officials".
    static let pluralNouns: Set<String> = ["troops", "forces", "soldiers", "officials", "leaders", "countries", "allies", "members",
                                           "contingents", "units", "diplomats", "ministers", "lawmakers", "partners", "states",
                                           "nations", "jets", "weapons", "sanctions", "talks", "guarantees", "peacekeepers",
                                           "monitors", "observers", "planners", "sources", "citizens", "governments", "capitals"]
    static let domainEnds: Set<String> = ["com", "net", "org", "gov", "int", "eu", "uk", "ua", "ru", "fr", "de", "info", "news"]

    struct Cue {
        var t0: Int
        var t1: Int
        var entry: Lexicon.Cue
        var speakers: [Ref] = []
        var speakerSurface: String = ""
        var extra: [(Ref, String)] = []
        var members: [Ref] = []
        var used = false
    }

    func text(_ toks: [Token], _ a: Int, _ b: Int) -> String {
        ScalarText.string(s, toks[a].start, toks[b - 1].end)
    }

    // MARK: cues

    func cues(_ toks: [Token], inQuote: [Bool]) -> [Cue] {
        var out: [Cue] = []
        var i = 0
        let n = toks.count
        while i < n {
            let t = toks[i]
            guard t.isWord, !inQuote[i], t.flags & TokenFlag.cue != 0, let cands = lex.cues[t.key] else { i += 1; continue }
            var found: Lexicon.Cue? = nil
            for c in cands where i + c.words.count <= n {
                var ok = true
                for k in 0..<c.words.count where toks[i + k].lower != c.words[k] { ok = false; break }
                if ok { found = c; break }
            }
            guard let c = found else { i += 1; continue }
            // nouns, not verbs: "Reports from officials", "the claims"
            if i == 0 && t.cap && !c.adverbial { i += 1; continue }
            if i > 0 && (Self.determiners.contains(toks[i - 1].lower) || toks[i - 1].lower == "-" || toks[i - 1].lower == "'s") { i += 1; continue }
            // a passive participle: "the pause, first proposed by Washington", "a plan backed by Paris"
            if !c.adverbial && c.words.count == 1 && t.lower.hasSuffix("ed") && i + 1 < n && toks[i + 1].lower == "by" { i += 1; continue }
            // "has not commented on", "did not say": a neutral verb denied reports nothing ("did not rule out" is a cue of its own)
            var ni = i - 1
            if ni > 0 && toks[ni].lower.hasSuffix("ly") && !toks[ni].cap { ni -= 1 }   // "has not publicly commented"
            if c.colour == .neutral && !c.adverbial && ni >= 0 && ["not", "never", "n't"].contains(toks[ni].lower) && !c.words.contains("not") { i += 1; continue }
            out.append(Cue(t0: i, t1: i + c.words.count, entry: c))
            i += c.words.count
        }
        return out
    }

    // MARK: speakers

    /// The mention ending right at `end` (exclusive), if any.
    func mention(endingAt end: Int, _ ms: [Mention]) -> Int? {
        ms.lastIndex { $0.t1 == end }
    }

    func skipAuxBack(_ toks: [Token], _ j: Int) -> Int {
        let C = ClaimWords.shared
        var j = j
        while j >= 0 {
            let t = toks[j]
            // "The Kremlin on Tuesday rejected", "Washington, which has so far said"
            if j >= 1 && t.isWord && (C.weekdays.contains(t.key) || C.months.contains(t.key)) && toks[j - 1].key == C.on { j -= 2; continue }
            if j >= 1 && t.key == C.far && toks[j - 1].key == C.so { j -= 2; continue }
            // "Vance, who in February dismissed", "the minister, who in 2024 said"
            if j >= 1 && (C.months.contains(t.key) || t.kind == .number) && toks[j - 1].key == C.inWord { j -= 2; continue }
            // "Sen. Jane Roe (D-Conn.) said": a party and state label after the name
            if t.key == C.closeParen, let o = (max(0, j - 8)..<j).last(where: { toks[$0].key == C.openParen }), o >= 1 { j = o - 1; continue }
            if t.isWord && (C.aux.contains(t.key) || (!t.cap && t.lower.hasSuffix("ly") && t.lower.count > 4)
                            || C.weekdays.contains(t.key) || t.key == C.not || t.key == C.does || t.key == C.did) {
                j -= 1; continue
            }
            break
        }
        return j
    }

    /// Subject of the verb at `c`: mentions (with coordination), the antecedent of "who", or nil.
    func subject(_ toks: [Token], _ c: Int, _ ms: [Mention]) -> (refs: [Ref], surface: String, extra: [(Ref, String)], members: [Ref])? {
        var j = skipAuxBack(toks, c - 1)
        guard j >= 0 else { return nil }
        var extra: [(Ref, String)] = []
        var members: [Ref] = []
        // a name set off after its role: "The Kremlin's spokesman, Dmitry Peskov, said", "Her deputy, Anna Berg, told"
        if toks[j].lower == ",", mention(endingAt: j + 1, ms) == nil, let ni = mention(endingAt: j, ms), ms[ni].t0 >= 2,
           toks[ms[ni].t0 - 1].lower == ",", ms[ni].info?.type == .person || ms[ni].ref.kind == .fullName {
            return ([ms[ni].ref], ms[ni].surface, [], [])
        }
        if toks[j].lower == ",", mention(endingAt: j + 1, ms) == nil {
            // appositive ", citing X," / ", including A, B and C,"
            var k = j - 1
            var inc = j - 1
            while inc >= 0 && toks[inc].lower != "including" && !toks[inc].isQuote && toks[inc].lower != "." {
                if toks[inc].isWord && !toks[inc].cap && !["and", "the", "or"].contains(toks[inc].lower) && !ms.contains(where: { $0.t0 <= inc && $0.t1 > inc }) { inc = -1; break }
                inc -= 1
            }
            if inc >= 0 && toks[inc].lower == "including" { k = inc }
            else { while k >= 0 && toks[k].lower != "," && !toks[k].isQuote { k -= 1 } }
            if k >= 0 && toks[k].lower == "including" {
                for m in ms where m.t0 > k && m.t1 <= j && m.isActor { members.append(m.ref) }
                var p = k - 1
                if p >= 0 && toks[p].lower == "," { p -= 1 }
                j = p
            } else if k >= 0 && toks[k].lower == "," && k + 1 < j && toks[k + 1].lower == "citing" {
                for m in ms where m.t0 > k && m.t1 <= j && m.isActor { extra.append((m.ref, m.surface)) }
                j = k - 1
            } else if k >= 0 && toks[k].lower == "," && k + 1 < j && toks[k + 1].isWord && !toks[k + 1].cap {
                // a descriptive appositive: ", a group of countries who..." -- take what precedes it
                j = k - 1
            }
        }
        guard j >= 0 else { return nil }
        if toks[j].lower == "who" || toks[j].lower == "which" {
            // antecedent: the nearest actor before it
            if let m = ms.last(where: { $0.t1 <= j && $0.t1 >= j - 8 && $0.isActor }) {
                return ([m.ref], m.surface, extra, members)
            }
            return nil
        }
        guard let mi = mention(endingAt: j + 1, ms) ?? postmodified(toks, j, ms) else { return nil }
        var refs = [ms[mi].ref]
        var surface = ms[mi].surface
        // coordination: "Britain and France", "The UK and France", "London, Paris and Berlin"
        var cur = mi
        while cur > 0 {
            let m = ms[cur]
            let p = m.t0 - 1
            guard p >= 1, toks[p].lower == "and" || toks[p].lower == "," else { break }
            // a list ends in "and" ("London, Paris and Berlin said"); "..., she said" is a parenthetical
            if cur == mi && toks[p].lower != "and" { break }
            // "... more than Russia, and he said": a pronoun starts a clause of its own, it ends no list
            if cur == mi && ["he", "she", "they", "we", "it"].contains(toks[m.t0].lower) { break }
            var q = p - 1
            if toks[p].lower == "and" && q >= 0 && toks[q].lower == "," { q -= 1 }
            guard let prev = mention(endingAt: q + 1, ms), ms[prev].isActor,
                  !(ms[prev].t0 > 0 && ["to", "by", "of", "from", "with", "for", "according", "in", "on", "at"].contains(toks[ms[prev].t0 - 1].lower)), ms[prev].ref.kind == ms[mi].ref.kind || ms[prev].info?.type == ms[mi].info?.type else { break }
            refs.insert(ms[prev].ref, at: 0)
            surface = ms[prev].surface + " and " + surface
            cur = prev
        }
        return (refs, surface, extra, members)
    }

    static let postmodifierStarts: Set<String> = ["involved", "familiar", "close", "based", "briefed", "speaking", "from", "at", "with", "in"]

    /// A subject with a short postmodifier before its verb: "a senior diplomat involved in the talks told",
    /// "officials familiar with the plan said". No punctuation or verb of saying in between.
    func postmodified(_ toks: [Token], _ j: Int, _ ms: [Mention]) -> Int? {
        guard let mi = ms.lastIndex(where: { $0.t1 <= j && j - $0.t1 <= 6 && $0.isActor }) else { return nil }
        let m = ms[mi]
        guard Self.postmodifierStarts.contains(toks[m.t1].lower) else { return nil }
        for k in m.t1...j where !toks[k].isWord || lex.cues[toks[k].key] != nil || toks[k].lower == "that" || toks[k].lower == "who" { return nil }
        return mi
    }

    // MARK: content

    /// Start of the reported content after a cue ending at `e`.
    func contentStart(_ toks: [Token], _ e: Int, _ ms: [Mention], adverbial: Bool, takesObject: Bool = false) -> Int {
        let n = toks.count
        var k = e
        if takesObject {
            // "telling allies in Brussels that ...": the object, then the content
            var j = k
            while j < n && j - k <= 12 && toks[j].kind != .punct && !toks[j].isQuote {
                if toks[j].lower == "that" { return j + 1 }
                j += 1
            }
            // "told Al Jazeera the plan was ...", "told reporters the talks ...": skip the listener
            if e > 0 && ["told", "tells", "telling"].contains(toks[e - 1].lower) {
                var o = e
                if let m = ms.first(where: { $0.t0 == e }) { o = m.t1 }
                else if e < n && ["reporters", "journalists"].contains(toks[e].lower) { o = e + 1 }
                // "told Swedish radio he ...", "told the broadcaster NRK that ...", "told fellow ministers the ...":
                // a short listener ending in a listener noun (and the name after "the newspaper")
                else if let l = (e..<min(n, e + 4)).first(where: { Self.listenerNouns.contains(toks[$0].lower) }),
                        toks[e..<l].allSatisfy({ $0.isWord }) {
                    o = l + 1
                }
                // the listener's name after its noun: "the newspaper Aftenposten"
                let named = o
                while o > e && o < n && o < named + 3 && Self.namedListeners.contains(toks[named - 1].lower) && toks[o].isWord && toks[o].cap { o += 1 }
                if o > e && o < n && toks[o].isWord && !["to", "and", "in", "on", "at", "about", "of", "during"].contains(toks[o].lower) { return o }
            }
        }
        // "that" after an object or a date: "told The Times that", "signaled to X that", "reported on 3 December that"
        var j = k
        while j < n && j - k <= 9 {
            let t = toks[j]
            if t.lower == "that" {
                // "rejected that demand.": a determiner, not a complementizer
                var w = j + 1
                while w < n && toks[w].isWord { w += 1 }
                if j == k && w - j - 1 <= 2 && (w >= n || toks[w].kind == .punct) && !toks[(j + 1)..<w].contains(where: { $0.cap }) { break }
                return j + 1
            }
            if let m = ms.first(where: { $0.t0 == j }) { j = m.t1; continue }
            // "warned, though, that ...", "said, however, that ...": a comment adverb set off by commas
            if t.lower == "," && j + 1 < n && ["though", "however", "too", "again"].contains(toks[j + 1].lower) { j += 2; continue }
            if t.lower == "," && j > k && ["though", "however", "too", "again"].contains(toks[j - 1].lower) { j += 1; continue }
            if Self.thatFillers.contains(t.lower)
                || t.kind == .number || MentionFinder.months.contains(t.lower) || (t.cap && t.isWord) || t.lower == "." {
                j += 1; continue
            }
            break
        }
        while k < n && toks[k].isWord && !toks[k].cap && toks[k].lower.hasSuffix("ly") && toks[k].lower.count > 4 { k += 1 }
        // "said on Tuesday ...", "said yesterday ...", "said in a statement ..."
        var moved = true
        while moved && k < n {
            moved = false
            let w = toks[k].lower
            if w == "on", k + 1 < n, MentionFinder.weekdays.contains(toks[k + 1].lower) || MentionFinder.months.contains(toks[k + 1].lower) {
                k += 2; moved = true
                while k < n && (toks[k].kind == .number || toks[k].lower == ".") { k += 1 }
            } else if ["yesterday", "today", "earlier", "later", "again"].contains(w) { k += 1; moved = true }
            else if w == "in", k + 2 < n, ["a", "an", "his", "her", "their", "its"].contains(toks[k + 1].lower),
                    ["statement", "interview", "speech", "post", "briefing", "broadcast", "letter"].contains(toks[k + 2].lower) {
                k += 3; moved = true
            }
            if k < n && toks[k].lower == "," && moved { k += 1 }
        }
        if k + 1 < n && toks[k].lower == "with" && toks[k + 1].isWord && !toks[k + 1].cap { k += 2 } // "rejected with fury"
        if k < n && toks[k].lower == ":" { k += 1 }
        return k
    }

    /// End of the reported content starting at `k`.
    func contentEnd(_ toks: [Token], _ k: Int, limit: Int, inQuote: [Bool], ms: [Mention], relative: Bool = false) -> Int {
        let C = ClaimWords.shared
        var i = k
        while i < limit {
            let t = toks[i]
            // "X, who has argued that ..., has now ...": the relative clause ends where the main verb comes back
            if relative && t.key == C.comma && !inQuote[i] && i > k && i + 1 < limit && toks[i + 1].isWord && !toks[i + 1].cap
                && (C.mainVerbs.contains(toks[i + 1].key)
                    || toks[i + 1].lower.hasSuffix("ed") || toks[i + 1].lower.hasSuffix("s")
                    // "X, which has ruled out a contribution, said ...": the main verb is one of saying
                    || lex.cues[toks[i + 1].key]?.contains(where: { $0.words.count == 1 && !$0.participle }) == true) { return i }
            // "depend on Washington, which has said only that it would help, and on whether ...": the outer clause goes on
            if relative && t.key == C.comma && !inQuote[i] && i > k && i + 2 < limit && toks[i + 1].key == C.and
                && C.andPreps.contains(toks[i + 2].key) { return i }
            // 'X, who dismissed it as "a blank check," has come around': the comma inside the quote closes the relative clause
            if relative && t.kind == .quoteClose && i > k && toks[i - 1].key == C.comma && i + 1 < limit && toks[i + 1].isWord && !toks[i + 1].cap
                && C.mainVerbs.contains(toks[i + 1].key) { return i + 1 }
            // a quote closed by its own comma, then ", warning that ...": stop after the quote
            if t.kind == .quoteClose && i > k && i + 1 < limit && toks[i - 1].key == C.comma && toks[i + 1].isWord && !toks[i + 1].cap
                && toks[i + 1].lower.hasSuffix("ing") && !C.participleExceptions.contains(toks[i + 1].key) { return i + 1 }
            if inQuote[i] { i += 1; continue }
            let lw = t.key
            // "... by one test: “Will Putin believe it?”": the quotation after the colon is a claim of its own
            if lw == C.colon && i > k && i + 1 < limit && toks[i + 1].kind == .quoteOpen { return i }
            if lw == C.comma && i + 1 < limit {
                let nx = toks[i + 1]
                if nx.isWord && !nx.cap && nx.lower.hasSuffix("ing") && !C.participleExceptions.contains(nx.key) { return i }
                if C.subordinators.contains(nx.key) || nx.key == C.but { return i }
                if (nx.key == C.a || nx.key == C.an) && i + 3 < limit && toks[i + 2].isWord
                    && C.relativeWords.contains(toks[i + 3].key) { return i }
                if nx.key == C.according { return i }
                // "..., with France offering a comparable share": an absolute clause with a subject of its own
                if nx.key == C.with, let m = ms.first(where: { $0.t0 == i + 2 && $0.isActor }), m.t1 < limit,
                   toks[m.t1].isWord, !toks[m.t1].cap, toks[m.t1].lower.hasSuffix("ing") { return i }
            }
            if t.isWord && (C.subordinators.contains(lw) || lw == C.since) && i > k { return i }
            // "..., and his advisers say ...": a coordinated clause with a speaker and a verb of saying of its own
            if (lw == C.and || lw == C.but) && i > k + 1 && toks[i - 1].key == C.comma && !inQuote[i - 1] {
                var j = i + 1
                while j < limit && j <= i + 5 && toks[j].isWord && lex.cues[toks[j].key] == nil { j += 1 }
                if j > i + 1 && j < limit && j <= i + 5 && toks[j].isWord && !toks[j].cap,
                   lex.cues[toks[j].key]?.contains(where: { $0.words.count == 1 && !$0.participle && !$0.adverbial }) == true { return i - 1 }
            }
            if (lw == C.and || lw == C.but) && i > k && i + 1 < limit {
                var j = i + 1
                while j < limit && (C.aux.contains(toks[j].key) || (toks[j].lower.hasSuffix("ly") && !toks[j].cap)) { j += 1 }
                if j < limit, toks[j].isWord, !toks[j].cap {
                    if lex.cues[toks[j].key] != nil { return toks[i - 1].key == C.comma ? i - 1 : i }
                    // "... but has set conditions", "... and would continue to consult": a new verb phrase
                    if j > i + 1 && C.perfectAux.contains(toks[i + 1].key) && !toks[i - 1].isQuote { return toks[i - 1].key == C.comma ? i - 1 : i }
                    if toks[j].lower.hasSuffix("ed") && j == i + 1 && toks[i - 1].key != C.comma { return i }
                }
            }
            // "... and Western nations debating ...": a new subject with its own verb
            if lw == C.and && i > k, !ms.contains(where: { $0.t1 == i }), let m = ms.first(where: { ($0.t0 == i + 1 || ($0.t0 == i + 2 && toks[i + 1].lower == "the" && toks[i - 1].lower == ",")) && $0.isActor }), m.t1 < limit, toks[m.t1].isWord, !toks[m.t1].cap,
               toks[m.t1].lower.hasSuffix("ing") || toks[m.t1].lower.hasSuffix("ed") || C.finiteAux.contains(toks[m.t1].key) {
                return toks[i - 1].key == C.comma ? i - 1 : i
            }
            if lw == C.after && i > k && i + 2 < limit && toks[i + 1].cap && toks[i + 2].isWord && toks[i + 2].lower.hasSuffix("ed") { return i }
            // "offered to host talks, as Moscow once again rejected ...", "X says ... as Tories and Reform attack cost":
            // 'as' before a subject of its own and its finite verb is the writer's context, not the reported content
            if lw == C.asWord && i > k + 1 && i + 2 < limit && !C.asModifiers.contains(toks[i - 1].key)
                && toks[i - 2].key != C.asWord {   // "as long as", "as soon as", "as far as"
                // the subject: actors ("Moscow", "the Kremlin and Beijing"), capitalised names ("Tories and Reform") or a
                // counted plural ("26 countries")
                var j = i + 1
                if toks[j].lower == "the" { j += 1 }
                var plural = false
                var subject = false
                if j + 1 < limit && toks[j].kind == .number && toks[j + 1].isWord && !toks[j + 1].cap && toks[j + 1].lower.hasSuffix("s") {
                    j += 2; plural = true; subject = true
                } else {
                    while j < limit {
                        let j0 = j
                        while j < limit {
                            if let m = ms.first(where: { $0.t0 == j && $0.isActor }) { j = m.t1 }
                            else if toks[j].isWord && toks[j].cap && !inQuote[j] && !["a", "an", "the", "part", "soon", "long"].contains(toks[j].lower) { j += 1 }
                            else { break }
                        }
                        if j == j0 { break }
                        subject = true
                        if j + 1 < limit && toks[j].lower == "and" && (toks[j + 1].cap || toks[j + 1].lower == "the") {
                            plural = true; j += 1; if toks[j].lower == "the" { j += 1 }
                        } else { break }
                    }
                }
                while subject && j < limit && toks[j].isWord && !toks[j].cap
                        && (["once", "again", "also", "still", "now", "already", "reportedly"].contains(toks[j].lower)
                            || (toks[j].lower.hasSuffix("ly") && toks[j].lower.count > 4)) { j += 1 }
                if subject, j < limit, toks[j].isWord, !toks[j].cap, !inQuote[j],
                   ["has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "may", "might"].contains(toks[j].lower)
                    || ((toks[j].lower.hasSuffix("ed") || toks[j].lower.hasSuffix("s")) && toks[j].lower.count > 3 && !toks[j].lower.hasSuffix("ss")
                        && !Self.pluralNouns.contains(toks[j].lower))
                    || (plural && !Self.functionNext.contains(toks[j].lower) && !toks[j].lower.hasSuffix("ing") && j + 1 < limit && toks[j + 1].isWord) {
                    return toks[i - 1].lower == "," ? i - 1 : i
                }
            }
            i += 1
        }
        // drop the final period outside quotes
        var e = limit
        while e > k && toks[e - 1].kind == .punct && ".!?;:,".unicodeScalars.contains(toks[e - 1].ch) { e -= 1 }
        return e
    }

    /// Words that make the "that" after "and" a pronoun ("and that was a mistake"), not the start of
    /// a second reported clause.
    static let pronounThatNext: Set<String> = ["is", "was", "were", "are", "would", "will", "could", "can", "may", "might",
                                               "should", "must", "has", "had", "have", "does", "did", "do", "means", "meant",
                                               "remains", "remained", "makes", "made", "'s", ",", ".", "of", "in", "on", "for"]

    /// A reported clause [a, b) cut at each ", and that" / " and that" outside quotation marks:
    /// "said X, and that Y" reports two statements, one record each (their contents, stances and
    /// proposals differ). Pieces keep at least two words; a piece's trailing comma is dropped.
    func thatClauses(_ toks: [Token], _ a: Int, _ b: Int, inQuote: [Bool]) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        var start = a
        var i = a + 2
        while i + 2 < b {
            if toks[i].lower == "and" && toks[i + 1].lower == "that" && !inQuote[i] && !inQuote[i + 1]
                && toks[i + 2].isWord && !Self.pronounThatNext.contains(toks[i + 2].lower) {
                var end = i
                while end > start && toks[end - 1].lower == "," { end -= 1 }
                let before = toks[start..<end].filter { $0.isWord }.count
                let after = toks[(i + 2)..<b].filter { $0.isWord }.count
                if before >= 2 && after >= 2 {
                    out.append((start, end))
                    start = i + 2
                    i += 3
                    continue
                }
            }
            i += 1
        }
        out.append((start, b))
        return out
    }

    // MARK: quotes

    /// Top-level quotation spans (open index, close index) of a sentence.
    func quotes(_ toks: [Token]) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        var stack: [Int] = []
        for (i, t) in toks.enumerated() {
            if t.kind == .quoteOpen { stack.append(i) }
            else if t.kind == .quoteClose, let o = stack.popLast() {
                if stack.isEmpty { out.append((o, i)) }
            }
        }
        return out
    }

    /// A quoted name rather than a quoted statement: "coalition of the willing", an "air reassurance" force.
    func isNaming(_ toks: [Token], _ o: Int, _ c: Int, _ ms: [Mention], _ ps: [ProposalMention]) -> Bool {
        var e = c
        while e > o + 1 && toks[e - 1].kind == .punct { e -= 1 }
        guard e > o + 1 else { return true }
        if ms.contains(where: { $0.t0 == o + 1 && $0.t1 == e && $0.info != nil && $0.info!.type != .person }) { return true }
        if ps.contains(where: { $0.t0 <= o + 1 && $0.t1 >= e && !$0.anaphora }) { return true }
        let words = toks[(o + 1)..<e].filter { $0.isWord }
        if words.count >= 2 && words.allSatisfy({ $0.cap || ["of", "the", "and", "for", "in", "on"].contains($0.lower) }) { return true }
        if o > 0 && ["so-called", "called", "dubbed", "named", "titled"].contains(toks[o - 1].lower) { return true }
        // a proposal's own word in scare quotes: "a US “backstop” is needed"
        if words.count == 1, e == o + 2, lex.proposalWords.contains(where: { $0.contains(words[0].lower) }),
           c + 1 >= toks.count || toks[c + 1].kind == .punct || Self.functionNext.contains(toks[c + 1].lower) { return true }
        // a web address: "“example.com”"
        if e - o == 4 && toks[o + 2].lower == "." && !toks[o + 1].cap && Self.domainEnds.contains(toks[o + 3].lower) { return true }
        // a short quotation used as a modifier: "the “coalition” troops", "a “tripwire” force"; not
        // a verb before its object ("still “studying” the proposal") nor a quoted figure ("“several thousand” troops")
        // ("“We are ready,” he said": punctuation closing the quoted words, or a pronoun after them, ends a statement)
        if words.count <= 3, e == c, c + 1 < toks.count, toks[c + 1].isWord, !toks[c + 1].cap, !Self.functionNext.contains(toks[c + 1].lower),
           !Self.subjectPronouns.contains(toks[c + 1].lower),
           !Self.determiners.contains(toks[c + 1].lower), !words.contains(where: { Self.quantityWords.contains($0.lower) }),
           !Self.subordinators.contains(toks[c + 1].lower), toks[c + 1].lower != "unless",
           !(o > 0 && toks[o - 1].lower == "to"), !(words.count == 1 && words[0].lower.hasSuffix("ing")),
           !toks[(o + 1)..<e].contains(where: { $0.kind == .number }),
           !words.contains(where: { $0.lower.hasSuffix("ly") }), lex.cues[toks[c + 1].key] == nil {
            return true
        }
        return false
    }
}
