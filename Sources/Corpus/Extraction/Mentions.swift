/// Finds actor mentions in a sentence: lexicon names (countries, capitals as metonyms,
/// organizations, outlets), titled people ("Finland's President Alexander Stubb"), people with an
/// appositive role ("Camille Gran, former deputy secretary-general of NATO,"), groups
/// ("Russian authorities", "several NATO countries"), anonymous sources ("a military source"),
/// role references ("the French president") and pronouns.
struct MentionFinder {
    let lex: Lexicon
    let s: [Unicode.Scalar]

    static let stopCaps: Set<String> = [
        "the", "a", "an", "in", "on", "at", "but", "and", "or", "however", "while", "despite", "as", "if", "this",
        "that", "these", "those", "it", "he", "she", "they", "we", "i", "his", "her", "their", "our", "its", "so",
        "meanwhile", "additionally", "even", "with", "according", "following", "during", "speaking", "though",
        "after", "before", "since", "last", "next", "reports", "when", "where", "what", "who", "why", "how",
        "there", "here", "some", "many", "several", "both", "all", "any", "no", "not", "yes", "to", "from", "for",
        "of", "by", "about", "also", "only", "just", "still", "yet", "then", "now", "today", "yesterday",
        "tomorrow", "mr", "mrs", "ms", "dr", "sir", "lord", "dame", "let", "boots", "things", "sooner", "later",
        "deploying", "forces", "soldiers", "troops", "discussions", "although", "until", "unless", "because",
        "once", "would", "will", "could", "should", "may", "might", "must", "can", "is", "was", "are", "were",
        "be", "been", "has", "have", "had", "do", "does", "did", "say", "says", "said", "read", "show", "more",
        "video", "news", "feed", "avatar", "reporter", "editor", "related", "posts", "quality", "help", "based",
        "west", "western", "european", "europe", "international", "former", "prime", "minister", "president",
        "chancellor", "secretary", "general", "army", "air", "force", "navy", "armed", "ministry", "foreign",
        "union", "coalition", "willing", "summit", "council", "war", "peace", "plan", "deal", "ceasefire",
    ]
    static let properGroupMods: Set<String> = ["western", "european", "nato", "eu", "g7", "nordic", "baltic", "allied", "arab", "african", "asian"]
    static let orgHeads: Set<String> = ["ministry", "institute", "council", "commission", "agency", "office", "party",
                                        "parliament", "assembly", "department", "committee", "foundation", "center", "centre",
                                        "university", "bank", "fund", "command", "service", "organization", "organisation",
                                        "court", "cabinet", "senate", "congress", "duma", "bundestag", "sejm", "directorate",
                                        "administration", "secretariat", "think-tank", "forum", "alliance", "bloc"]
    static let months: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                                      "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let placePreps: Set<String> = ["in", "to", "from", "at", "near", "outside", "into", "via", "across",
                                          "around", "toward", "towards", "through", "visit", "visited", "or"]
    static let quantifiers: Set<String> = ["some", "several", "many", "other", "most", "few", "numerous", "various",
                                           "key", "two", "three", "four", "five", "senior", "top"]
    static let groupMods: Set<String> = ["military", "regional", "senior", "local", "foreign", "security", "defence",
                                         "defense", "intelligence", "government", "top", "independent", "western",
                                         "allied", "partner", "member", "frontline", "nordic", "baltic"]
    static let functionWords: Set<String> = ["the", "a", "an", "of", "to", "in", "on", "at", "and", "or", "for", "with",
                                             "by", "from", "that", "which", "who", "is", "was", "are", "were", "be", "has",
                                             "have", "had", "would", "will", "could", "can", "may", "not", "as", "but",
                                             "few", "number", "group", "lot", "couple", "new", "strong", "total", "further"]
    static let anonMods: Set<String> = ["unnamed", "anonymous", "senior", "high", "ranking", "military", "government",
                                        "diplomatic", "intelligence", "security", "defence", "defense",
                                        "administration", "western", "european", "official", "informed", "knowledgeable",
                                        "close", "source", "top", "-", "ministry", "foreign", "kremlin", "white",
                                        "house", "eu", "nato", "un", "u.s.", "us", "uk", "u.k.", "palace", "elysee",
                                        "élysée", "downing", "street", "british", "french", "german", "russian",
                                        "ukrainian", "american", "turkish", "polish", "italian", "spanish", "dutch"]
    static let roleRefHeads: Set<String> = ["president", "prime minister", "chancellor", "foreign minister",
                                            "foreign secretary", "defence minister", "defense minister", "premier",
                                            "defence secretary", "defense secretary", "president-elect", "secretary-general",
                                            "king", "pope", "minister", "leader", "head of state"]

    // The word lists above as token keys (no rehashing of the token's string).
    static let stopCapKeys = WordKey.set(stopCaps), weekdayKeys = WordKey.set(weekdays), orgHeadKeys = WordKey.set(orgHeads)
    static let quantifierKeys = WordKey.set(quantifiers), properGroupModKeys = WordKey.set(properGroupMods), groupModKeys = WordKey.set(groupMods)

    func text(_ toks: [Token], _ a: Int, _ b: Int) -> String {
        ScalarText.string(s, toks[a].start, toks[b - 1].end)
    }

    /// Longest lexicon surface match at `i`.
    func lexiconMatch(_ toks: [Token], _ i: Int) -> (Lexicon.Surface, Int)? {
        guard toks[i].isWord, toks[i].flags & TokenFlag.surface != 0, let cands = lex.surfaces[toks[i].key] else { return nil }
        // candidates read in place (a surface holds three arrays); only the match is copied out
        outer: for ci in cands.indices {
            let len = cands[ci].keys.count   // one key per word
            if i + len > toks.count { continue }
            for k in 0..<len {
                if toks[i + k].key != cands[ci].keys[k] { continue outer }
                if cands[ci].caps[k] && !toks[i + k].cap { continue outer }
            }
            // do not match a prefix of a longer capitalised name ("Kyiv Independent" handled by longer surface)
            return (cands[ci], i + len)
        }
        return nil
    }

    /// Title words at `i` (head or modifier), longest first. Returns end index and whether it is a head.
    func titleAt(_ toks: [Token], _ i: Int) -> (end: Int, head: String?)? {
        guard i < toks.count, toks[i].isWord || toks[i].lower == "-" else { return nil }
        // the flags say when neither title table has the word (unflagged tokens are looked up)
        guard toks[i].flags & (TokenFlag.titleHead | TokenFlag.titleMod) != 0 else { return nil }
        var best: (Int, String?)? = nil
        func match(_ table: [WordKey: [[String]]], isHead: Bool) {
            guard let cands = table[toks[i].key] else { return }
            let display = isHead ? lex.titleHeadDisplay[toks[i].key] : nil
            for (ci, w) in cands.enumerated() where i + w.count <= toks.count {
                var ok = true
                for k in 0..<w.count where toks[i + k].lower != w[k] { ok = false; break }
                if ok {
                    let end = i + w.count
                    // heads win over modifiers of the same length
                    if best == nil || end > best!.0 || (end == best!.0 && isHead) {
                        best = (end, isHead ? display?[ci] : nil)
                    }
                    break
                }
            }
        }
        match(lex.titleMods, isHead: false)
        match(lex.titleHeads, isHead: true)
        return best.map { (end: $0.0, head: $0.1) }
    }

    func isNameToken(_ t: Token) -> Bool {
        t.kind == .word && t.cap && !Self.stopCapKeys.contains(t.key)
            && !Self.weekdayKeys.contains(t.key) && (t.flags & TokenFlag.demonym == 0 || lex.demonymCountry[t.key] == nil)
            && (t.flags & TokenFlag.titleHead == 0 || lex.titleHeads[t.key] == nil) && t.nameShaped
    }

    /// A person's name (1-3 capitalised tokens) starting at `i`; returns the end index.
    func nameAt(_ toks: [Token], _ i: Int) -> Int? {
        // a month is a date here ("March 15", "Feb. 26"), a first name elsewhere ("Jan Kowalski")
        let W = MentionWords.shared
        if W.months.contains(toks[i].key), i + 1 < toks.count, toks[i + 1].kind == .number || toks[i + 1].key == W.period { return nil }
        if W.months.contains(toks[i].key), i + 1 >= toks.count || !isNameToken(toks[i + 1]) { return nil }
        var j = i
        while j < toks.count && j - i < 4 && isNameToken(toks[j]) && (j == i || toks[j].spaceBefore) && lexiconMatch(toks, j) == nil {
            j += 1
            // "Kosiniak-Kamysz": a hyphenated surname
            while j + 1 < toks.count && toks[j].key == W.dash && !toks[j].spaceBefore && !toks[j + 1].spaceBefore && toks[j + 1].cap && toks[j + 1].isWord { j += 2 }
            // "Ursula von der Leyen", "Majed al-Ansari": lower-case particles inside a name belong to the surname
            if let k = particleSurname(toks, j), k - i <= 4 { j = k }
        }
        return j > i ? j : nil
    }

    static let nameParticles: Set<String> = ["von", "van", "der", "den", "de", "bin", "da", "di", "le", "la", "du", "al", "el"]
    /// The end of the surname after a run of lower-case particles starting at `j` ("von der", "al-"), or nil.
    func particleSurname(_ toks: [Token], _ j: Int) -> Int? {
        let W = MentionWords.shared
        var k = j
        while k < toks.count && toks[k].isWord && !toks[k].cap && toks[k].spaceBefore && W.nameParticles.contains(toks[k].key) {
            k += 1
            // "al-Ansari": the particle is joined to the surname by a hyphen
            if k + 1 < toks.count && toks[k].key == W.dash && !toks[k].spaceBefore && !toks[k + 1].spaceBefore && toks[k + 1].cap {
                return k - j <= 2 ? k + 2 : nil
            }
        }
        guard k > j, k - j <= 2, k < toks.count, toks[k].spaceBefore, isNameToken(toks[k]) else { return nil }
        return k + 1
    }

    /// Country prefix of a title: demonym ("French"), "Finland's", "U.K.", "Russia's".
    func countryPrefix(_ toks: [Token], _ i: Int) -> (end: Int, country: Int)? {
        guard i < toks.count, toks[i].isWord else { return nil }
        if toks[i].cap, toks[i].flags & TokenFlag.demonym != 0, let c = lex.demonymCountry[toks[i].key] { return (i + 1, c) }
        if let (m, e) = lexiconMatch(toks, i), lex.actors[m.actor].kind == .country {
            if e < toks.count && toks[e].lower == "'s" { return (e + 1, m.actor) }
            if m.demonym || m.metonym || m.words.allSatisfy({ $0.count <= 4 }) { return (e, m.actor) } // "U.K. Prime Minister", "Kremlin spokesman"
        }
        return nil
    }

    /// All mentions of a sentence, left to right, non-overlapping.
    func find(_ toks: [Token]) -> [Mention] {
        var out: [Mention] = []
        var i = 0
        let n = toks.count
        var fl = [UInt16](repeating: 0, count: n)
        var nextOrg = [Int](repeating: Int.max, count: n + 1)
        for k in 0..<n where toks[k].isWord {
            fl[k] = toks[k].flags != TokenFlag.unknown ? toks[k].flags : lex.flags[toks[k].key] ?? 0
        }
        if n > 0 { for k in stride(from: n - 1, through: 0, by: -1) { nextOrg[k] = fl[k] & TokenFlag.orgHead != 0 ? k : nextOrg[k + 1] } }
        while i < n {
            // the first test of mentionAt, without copying the token
            if !toks[i].isWord || (!toks[i].cap && !lex.mentionStarters.contains(toks[i].key)) { i += 1; continue }
            if let m = mentionAt(toks, i, fl, nextOrg) {
                out.append(m)
                i = max(m.t1, i + 1)
            } else {
                i += 1
            }
        }
        return out
    }

    func mentionAt(_ toks: [Token], _ i: Int, _ fl: [UInt16], _ nextOrg: [Int]) -> Mention? {
        let t = toks[i]
        guard t.isWord else { return nil }
        if !t.cap && !lex.mentionStarters.contains(t.key) { return nil }
        let W = MentionWords.shared
        let lw = t.key
        let n = toks.count
        // "One of them said": one member of the last group named (resolved by the document processor)
        if lw == W.one || W.partOfGroup.contains(lw), i + 2 < n, toks[i + 1].key == W.of, toks[i + 2].key == W.them {
            return Mention(t0: i, t1: i + 3, ref: Ref(kind: .anaphor, id: "one of them"), info: nil, surface: text(toks, i, i + 3), isActor: false)
        }
        // "one of the officials said": the same, with the group's head repeated
        if lw == W.one, i + 3 < n, toks[i + 1].key == W.of, toks[i + 2].key == W.the, lex.groupHeads[toks[i + 3].key] != nil {
            return Mention(t0: i, t1: i + 4, ref: Ref(kind: .anaphor, id: "one of them"), info: nil, surface: text(toks, i, i + 4), isActor: false)
        }
        // pronouns
        if lw == W.he || lw == W.she {
            return Mention(t0: i, t1: i + 1, ref: Ref(kind: .pronounHe, id: t.lower), info: nil, surface: text(toks, i, i + 1), isActor: false)
        }
        if lw == W.they {
            return Mention(t0: i, t1: i + 1, ref: Ref(kind: .pronounThey, id: t.lower), info: nil, surface: text(toks, i, i + 1), isActor: false)
        }
        if (lw == W.his || lw == W.her) && i + 1 < n && toks[i + 1].key == W.country {
            return Mention(t0: i, t1: i + 2, ref: Ref(kind: .hisCountry, id: ""), info: nil, surface: text(toks, i, i + 2))
        }
        if lw == W.the && i + 1 < n {
            let nx = toks[i + 1].key
            if W.publications.contains(nx) && nx != W.report {
                return Mention(t0: i, t1: i + 2, ref: Ref(kind: .publication, id: toks[i + 1].lower), info: nil, surface: text(toks, i, i + 2))
            }
            if (lex.anonymousHeads[nx] != nil || W.orgHeads.contains(nx)) && !(i + 2 < n && W.ownedBy.contains(toks[i + 2].key)) {
                return Mention(t0: i, t1: i + 2, ref: Ref(kind: .anaphor, id: toks[i + 1].lower), info: nil, surface: text(toks, i, i + 2), isActor: false)
            }
            if nx == W.coalition && !(i + 2 < n && toks[i + 2].key == W.of) {
                return Mention(t0: i, t1: i + 2, ref: Ref(kind: .coalition, id: ""), info: nil, surface: text(toks, i, i + 2))
            }
        }
        let f = fl[i]
        if lw == W.a || lw == W.an || lw == W.one, let m = anonymousAt(toks, i) { return m }
        // a titled person starts with "the", a title, a demonym or a country
        if lw == W.the || f & (TokenFlag.titleHead | TokenFlag.titleMod | TokenFlag.demonym | TokenFlag.surface) != 0,
           let m = titledPersonAt(toks, i) { return m }
        let group = f & (TokenFlag.quantifier | TokenFlag.demonym | TokenFlag.groupMod | TokenFlag.groupHead | TokenFlag.surface) != 0 ? groupAt(toks, i) : nil
        let lexm = lexiconMatch(toks, i)
        if let g = group, lexm == nil || g.t1 > lexm!.1 { return g }
        if let (sf, e) = lexm {
            let a = lex.actors[sf.actor]
            // a group continuing the name: "U.S. officials", "Ukraine's allies", "NATO countries" (handled by groupAt)
            if a.kind == .country, e + 1 < n, toks[e].key == W.possessive, toks[e + 1].key == W.allies {
                let name = a.name + "'s allies"
                return Mention(t0: i, t1: e + 2, ref: Ref(kind: .actor, id: Slug.make(name)),
                               info: ActorInfo(id: Slug.make(name), name: name, type: .group, countryID: nil),
                               surface: text(toks, i, e + 2))
            }
            if a.kind == .country, let m = ministryAfter(toks, i, e, country: sf.actor) { return m }
            if let m = possessedSpeaker(toks, i, e) { return m }
            if a.kind == .country, e < n, toks[e].key == W.possessive, e + 1 < n, toks[e + 1].key == W.leadership || toks[e + 1].key == W.government {
                return Mention(t0: i, t1: e + 2, ref: Ref(kind: .actor, id: a.id), info: knownInfo(sf.actor), surface: text(toks, i, e + 2))
            }
            if sf.metonym && toks[i].lower.count > 3 && ScalarText.string(s, toks[i].start, toks[i].end).uppercased() == ScalarText.string(s, toks[i].start, toks[i].end) { return nil }
            if sf.metonym {
                // a capital after a preposition is a place, not the government
                if i > 0 && W.placePreps.contains(toks[i - 1].key) && !(e < n && toks[e].key == W.possessive) { return nil }
                // "officials in Paris and London": the second of two places
                if i >= 3 && W.andOr.contains(toks[i - 1].key) && toks[i - 2].cap && W.placePreps.contains(toks[i - 3].key) && !(e < n && toks[e].key == W.possessive) { return nil }
                if e < n && toks[e].isWord && toks[e].cap && toks[e].spaceBefore { return nil } // "Kyiv Independent"-like names
            }
            if sf.demonym && e < n && toks[e].isWord && !toks[e].cap && toks[e].key != W.and {
                // "U.S. stance": an adjective, still a mention of the country
            }
            if a.kind == .country, e < n, toks[e].isWord, toks[e].cap, toks[e].spaceBefore, a.name.count > 0,
               lex.titleHeads[toks[e].key] == nil, lex.titleMods[toks[e].key] == nil, lexiconMatch(toks, e) == nil,
               !W.stopCaps.contains(toks[e].key) {
                return nil // part of a longer proper name ("Kyiv Post" not in lexicon, "Paris Agreement")
            }
            return Mention(t0: i, t1: e, ref: Ref(kind: .actor, id: a.id), info: knownInfo(sf.actor), surface: text(toks, i, e))
        }
        // armed forces: "Ukrainian forces", "Russian troops", "Ukrainian Air Force"; "the Norwegian government"
        if t.cap, let c = lex.demonymCountry[t.key], i + 1 < n {
            if let m = ministryAfter(toks, i, i + 1, country: c) { return m }
            let nx = toks[i + 1]
            // "the Russian embassy in The Hague said": a mission abroad speaks for itself, named with its city
            if nx.key == W.embassy {
                var e = i + 2
                if e + 1 < n && toks[e].key == W.inWord {
                    var k = e + 1
                    if toks[k].key == W.the && toks[k].cap { k += 1 }
                    let p0 = k
                    while k < n && k - p0 < 3 && toks[k].isWord && toks[k].cap && toks[k].nameShaped { k += 1 }
                    if k > p0 { e = k }
                }
                let name = text(toks, i, e)
                let id = Slug.make(name)
                return Mention(t0: i, t1: e, ref: Ref(kind: .actor, id: id),
                               info: ActorInfo(id: id, name: name, type: .organization, countryID: lex.actors[c].id), surface: name)
            }
            if nx.key == W.government || nx.key == W.leadership {
                return Mention(t0: i, t1: i + 2, ref: Ref(kind: .actor, id: lex.actors[c].id), info: knownInfo(c), surface: text(toks, i, i + 2))
            }
            if nx.key == W.forces || nx.key == W.army || nx.key == W.military || nx.key == W.armed {
                var e = i + 2
                if nx.key == W.armed { guard e < n, toks[e].key == W.forces else { return nil }; e += 1 }
                if nx.key == W.military || nx.key == W.army {
                    if e < n && toks[e].isWord && !toks[e].cap && !W.armyFollowers.contains(toks[e].key) { return nil }
                }
                let country = lex.actors[c]
                let name = country.name == "Ukraine" ? "Armed Forces of Ukraine" : "\(t.lower.prefix(1).uppercased())\(t.lower.dropFirst()) Armed Forces"
                let id = Slug.make(name)
                return Mention(t0: i, t1: e, ref: Ref(kind: .actor, id: id),
                               info: ActorInfo(id: id, name: name, type: .organization, countryID: country.id), surface: text(toks, i, e))
            }
        }
        // organizations not in the lexicon: "the Institute for the Study of War", "Poland's Defence Ministry"
        if t.cap && nextOrg[i] < i + 9 && (!Self.stopCapKeys.contains(t.key) || f & TokenFlag.orgHead != 0) {
            var j = i, end = -1, hasHead = false
            while j < n && j - i < 9 {
                let x = toks[j]
                if x.isWord && x.cap && (j == i || x.spaceBefore) {
                    if Self.orgHeadKeys.contains(x.key) { hasHead = true }
                    j += 1; end = j; continue
                }
                if j > i && W.orgConnectors.contains(x.key) {
                    var k = j
                    while k < n && W.orgConnectors.contains(toks[k].key) { k += 1 }
                    if k < n && toks[k].cap && toks[k].isWord { j = k; continue }
                }
                break
            }
            // "Green Party MP Anna Berg": a party before a title describes the titled person who speaks
            if hasHead, let p = (i + 1..<max(i + 1, end)).first(where: { titleAt(toks, $0)?.head != nil }),
               var m = titledPersonAt(toks, p), m.info?.type == .person {
                m.t0 = i
                return m
            }
            // "the National Security Council of Ukraine Anna Berg": an office named before its holder; the holder speaks
            if hasHead && end - i >= 4, let c = (i + 1..<(end - 2)).last(where: { c in
                   toks[c - 1].key == W.of && lexiconMatch(toks, c).map { lex.actors[$0.0.actor].kind == .country && $0.1 == c + 1 } == true }),
               end - c - 1 <= 3, (c + 1..<end).allSatisfy({ isNameToken(toks[$0]) && !Self.orgHeadKeys.contains(toks[$0].key) && lexiconMatch(toks, $0) == nil }) {
                let name = text(toks, c + 1, end)
                return Mention(t0: i, t1: end, ref: Ref(kind: .fullName, id: Slug.make(name)), info: nil, surface: name)
            }
            if hasHead && end > i && !(end - i == 1 && lexiconMatch(toks, i) != nil) {
                let name = text(toks, i, end)
                let id = Slug.make(name)
                var country: String? = nil
                if i >= 2 && toks[i - 1].key == W.possessive, let (sf, _) = lexiconMatch(toks, i - 2), lex.actors[sf.actor].kind == .country {
                    country = lex.actors[sf.actor].id
                } else if i >= 1, toks[i - 1].cap, let c = lex.demonymCountry[toks[i - 1].key] { country = lex.actors[c].id }
                return Mention(t0: i, t1: end, ref: Ref(kind: .actor, id: id),
                               info: ActorInfo(id: id, name: name, type: .organization, countryID: country), surface: name)
            }
        }
        // untitled names
        if isNameToken(t) && lexiconMatch(toks, i) == nil {
            // "in The Hague", "told The Economist": a capitalised article inside a sentence starts a proper name, not a person's
            if i >= 2 && toks[i - 1].key == W.the && toks[i - 1].cap && toks[i - 2].isWord { return nil }
            if let e = nameAt(toks, i) {
                if let m = possessedSpeaker(toks, i, e) { return m }
                // "Social Democrat MP Anna Berg": a capitalised affiliation before a title describes the titled person
                if e < n, titleAt(toks, e)?.head != nil, var m = titledPersonAt(toks, e), m.info?.type == .person {
                    m.t0 = i
                    return m
                }
                // appositive role: "Camille Gran, former deputy secretary-general of NATO,"
                if e - i >= 2, let (re, role) = appositiveRole(toks, e) {
                    let name = text(toks, i, e)
                    let id = Slug.make(name)
                    return Mention(t0: i, t1: re, ref: Ref(kind: .actor, id: id),
                                   info: ActorInfo(id: id, name: name, type: .person, countryID: nil, role: role), surface: name)
                }
                if e - i >= 2 {
                    let name = text(toks, i, e)
                    return Mention(t0: i, t1: e, ref: Ref(kind: .fullName, id: Slug.make(name)), info: nil, surface: name)
                }
                return Mention(t0: i, t1: e, ref: Ref(kind: .name, id: t.lower), info: nil, surface: text(toks, i, e))
            }
        }
        return nil
    }

    static let ministryKinds: Set<String> = ["foreign", "defence", "defense", "interior", "finance", "economy", "justice",
                                             "energy", "health", "emergencies", "emergency", "culture", "education", "agriculture"]
    static let speakerHeads: [[String]] = [["spokesman"], ["spokeswoman"], ["spokesperson"], ["office"], ["press", "secretary"],
                                           ["press", "office"], ["press", "service"], ["spokespeople"]]
    /// "Starmer's spokesman told reporters", "the Kremlin's press service said": an unnamed voice of a named actor
    /// (`i..<e` is the actor). Nil when a name follows ("Starmer's spokesman Tom Jones", a titled person).
    func possessedSpeaker(_ toks: [Token], _ i: Int, _ e: Int) -> Mention? {
        let n = toks.count
        guard e + 1 < n, toks[e].lower == "'s",
              let h = Self.speakerHeads.first(where: { h in e + 1 + h.count <= n && h.indices.allSatisfy { toks[e + 1 + $0].lower == h[$0] } })
        else { return nil }
        let end = e + 1 + h.count
        if end < n && toks[end].isWord && toks[end].cap { return nil }
        let surface = text(toks, i, end)
        let name = surface.lowercased().hasPrefix("the ") ? String(surface.dropFirst(4)) : surface
        let id = Slug.make(name)
        return Mention(t0: i, t1: end, ref: Ref(kind: .actor, id: id),
                       info: ActorInfo(id: id, name: name, type: .anonymous, countryID: nil), surface: surface)
    }

    static let serviceHeads: [[String]] = [["air", "force"], ["navy"], ["general", "staff"], ["border", "guard", "service"],
                                           ["border", "guard"], ["security", "service"], ["emergency", "service"]]
    /// A country's ministry or armed service, however the paper capitalises it: "Ukraine's foreign ministry", "the Russian Defence
    /// Ministry", "Russia's Foreign Ministry" -> "Ukrainian Foreign Ministry" (one name per country and ministry).
    /// `i..<e` is the country or its demonym.
    func ministryAfter(_ toks: [Token], _ i: Int, _ e: Int, country: Int) -> Mention? {
        let n = toks.count
        var j = e
        if j < n && toks[j].lower == "'s" { j += 1 }
        var words: [String] = []
        while j < n && words.count < 2 && Self.ministryKinds.contains(toks[j].lower) { words.append(toks[j].lower); j += 1 }
        var head = ["ministry"]
        if words.isEmpty, let h = Self.serviceHeads.first(where: { h in j + h.count <= n && h.indices.allSatisfy { toks[j + $0].lower == h[$0] } }) {
            head = h   // "Ukraine's air force", "the Russian general staff"
        }
        guard j + head.count <= n, head.indices.allSatisfy({ toks[j + $0].lower == head[$0] }),
              !(j + head.count < n && toks[j + head.count].lower == "of") else { return nil }
        let c = lex.actors[country]
        guard let dem = c.demonym else { return nil }
        let cap = { (w: String) in w.prefix(1).uppercased() + w.dropFirst() }
        let name = ([dem] + (words + head).map(cap)).joined(separator: " ")
        let id = Slug.make(name)
        let e = j + head.count
        return Mention(t0: i, t1: e, ref: Ref(kind: .actor, id: id),
                       info: ActorInfo(id: id, name: name, type: .organization, countryID: c.id), surface: text(toks, i, e))
    }

    func knownInfo(_ idx: Int) -> ActorInfo {
        let a = lex.actors[idx]
        let type: ActorType
        switch a.kind {
        case .country: type = .country
        case .group: type = .group
        case .organization, .outlet: type = .organization
        }
        return ActorInfo(id: a.id, name: a.name, type: type, countryID: a.countryID)
    }

    /// ", former deputy secretary-general of NATO," after a name: the role and the end index (after the comma).
    func appositiveRole(_ toks: [Token], _ e: Int) -> (Int, String)? {
        guard e < toks.count, toks[e].lower == "," else { return nil }
        var j = e + 1
        var sawTitle = false
        var lastComma = -1
        while j < toks.count && j - e < 20 {
            if toks[j].lower == "," { lastComma = j; break }
            if toks[j].isQuote || toks[j].lower == "." { return nil }
            if let (te, head) = titleAt(toks, j).map({ ($0.end, $0.head) }) {
                if head != nil || toks[j].lower == "former" || toks[j].lower == "deputy" { sawTitle = sawTitle || head != nil }
                j = te; continue
            }
            if ["reporter", "analyst", "expert", "researcher", "fellow", "professor", "author", "editor", "correspondent",
                "spokesperson", "head", "founder", "member", "chair", "chairman", "ceo"].contains(toks[j].lower) { sawTitle = true }
            j += 1
        }
        guard sawTitle, lastComma > e + 1 else { return nil }
        return (lastComma + 1, text(toks, e + 1, lastComma))
    }

    func titledPersonAt(_ toks: [Token], _ i: Int) -> Mention? {
        let n = toks.count
        var j = i
        var hasThe = false
        if toks[j].lower == "the" { hasThe = true; j += 1 }
        var country: Int? = nil
        // modifiers before the country ("newly-elected Canadian Prime Minister", "outgoing German Chancellor")
        var sawMod = false
        while j < n, let tm = titleAt(toks, j), tm.head == nil { j = tm.end; sawMod = true }
        if let cp = countryPrefix(toks, j) { country = cp.country; j = cp.end }
        var head: String? = nil
        var titleStart = j
        while j < n, let tm = titleAt(toks, j) {
            if tm.head != nil { head = tm.head }
            if titleStart == -1 { titleStart = j }
            j = tm.end
        }
        _ = sawMod
        guard let h = head else { return nil }
        // "President of France"
        if country == nil, j + 1 < n, toks[j].lower == "of", let cp = countryPrefix(toks, j + 1) { country = cp.country; j = cp.end }
        let honorific = ["sir", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "lord", "dame"].contains(h)
        if j < n, toks[j].spaceBefore || toks[j - 1].lower == "." , let e = nameAt(toks, j) {
            // titled person
            let nameText = text(toks, j, e)
            let start = hasThe ? i + 1 : i
            // "British Prime Minister Jane Doe's office said": the office speaks, not the person
            if let m = possessedSpeaker(toks, start, e) { return m }
            let countryID = country.map { lex.actors[$0].id }
            if e - j == 1 {
                // "Mr Macron", "Sir Keir": a one-word name resolved later
                return Mention(t0: start, t1: e, ref: Ref(kind: .name, id: toks[j].lower), info: nil, surface: text(toks, start, e))
            }
            let id = Slug.make(nameText)
            var role: String? = nil
            if !honorific {
                let title = h.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
                role = countryID != nil ? "\(title) of \(lex.actors[country!].name)" : title
            }
            return Mention(t0: start, t1: e, ref: Ref(kind: .actor, id: id),
                           info: ActorInfo(id: id, name: nameText, type: .person, countryID: countryID, role: role,
                                           titleHead: honorific ? nil : h),
                           surface: text(toks, start, e))
        }
        // a role reference: "the French president", "France's president", "the Prime Minister"
        // a headline drops the article: "Defence minister says decision is weeks away"
        let headlineSubject = i == 0 && j < n && toks[j].isWord && lex.cues[toks[j].key] != nil
        if (hasThe || country != nil || headlineSubject) && Self.roleRefHeads.contains(h) && (j >= n || !toks[j].cap || !toks[j].isWord) {
            let start = i
            return Mention(t0: start, t1: j, ref: Ref(kind: .role, id: h, country: country.map { lex.actors[$0].id }),
                           info: nil, surface: text(toks, start, j))
        }
        return nil
    }

    /// "several NATO countries", "Russian authorities", "U.S. officials", "European and non-European nations",
    /// "Western military chiefs", "French regional newspapers", "allies of Ukraine", "analysts".
    func groupAt(_ toks: [Token], _ i: Int) -> Mention? {
        let n = toks.count
        // "around 7,000 people", "15,000 people into Ukraine": a head counted by a figure is a number of people, not a source
        if i > 0 && toks[i - 1].kind == .number { return nil }
        var j = i
        var quant = false
        if Self.quantifierKeys.contains(toks[j].key) && !toks[j].cap || (toks[j].cap && Self.quantifierKeys.contains(toks[j].key) && (i == 0 || !toks[i - 1].isWord)) {
            quant = true; j += 1
        }
        let modStart = j
        var proper = false
        var country: String? = nil
        while j < n && j - modStart < 6 {
            let t = toks[j]
            if t.key == MentionWords.shared.dash || t.key == MentionWords.shared.non || (t.key == MentionWords.shared.and && j > modStart) { j += 1; continue }
            if !t.isWord { break }
            if lex.groupHeads[t.key] != nil { break }
            if t.cap, let c = lex.demonymCountry[t.key] { proper = true; if country == nil { country = lex.actors[c].id }; j += 1; continue }
            if t.cap, Self.properGroupModKeys.contains(t.key) { proper = true; j += 1; continue }
            if let (sf, e) = lexiconMatch(toks, j), (lex.actors[sf.actor].kind == .country && (sf.demonym || e - j == 1)) || lex.actors[sf.actor].name == "NATO" || lex.actors[sf.actor].name == "European Union" {
                proper = true
                if lex.actors[sf.actor].kind == .country && country == nil { country = lex.actors[sf.actor].id }
                j = e; continue
            }
            // "Military analysts say", "• Defense officials in London have said": capitalised only as the first word
            if (!t.cap || j == 0 || !toks[j - 1].isWord) && Self.groupModKeys.contains(t.key) { j += 1; continue }
            break
        }
        guard j < n, let alone = lex.groupHeads[toks[j].key] else { return nil }
        if toks[j].key == MentionWords.shared.dash { return nil }
        let head = toks[j].lower
        // "analysts", "military analysts": a head that may stand alone keeps its common modifiers
        // ("military planners", "senior ministers": a head that needs a modifier may take a common one)
        if !proper && !alone && (j == modStart || !Self.locatedHeads.contains(head)) { return nil }
        if j > modStart && (toks[j - 1].key == MentionWords.shared.and || toks[j - 1].key == MentionWords.shared.dash) { return nil }
        if modStart < j && toks[modStart].key == MentionWords.shared.non && !toks[modStart..<j].contains(where: { $0.key == MentionWords.shared.and }) { return nil }
        var e = j + 1
        // a counted group keeps its number: "two European diplomats" are not all European diplomats;
        // "the three Baltic states" are all of them
        let counted = quant && Self.countingQuantifiers.contains(toks[i].lower) && !(i > 0 && toks[i - 1].lower == "the")
        let nameStart = counted ? i : modStart
        e = groupPostmodifierEnd(toks, e)
        var name = text(toks, nameStart, e)
        if nameStart == j && e == j + 1 { name = head } // "Experts" at the start of a sentence
        if nameStart < j || e > j + 1, let f = name.unicodeScalars.first, Tokenizer.isUpper(f), toks[nameStart].cap, nameStart == i,
           i == 0 || !toks[i - 1].isWord, lex.demonymCountry[toks[nameStart].key] == nil, !Self.properGroupModKeys.contains(toks[nameStart].key) {
            name = name.prefix(1).lowercased() + name.dropFirst()   // "Two officials ..." at a sentence start
        }
        let id = Slug.make(name)
        // "officials in Berlin" may be named "officials" elsewhere: the words up to the head are an alias too
        return Mention(t0: i, t1: e, ref: Ref(kind: .actor, id: id),
                       info: ActorInfo(id: id, name: name, type: .group, countryID: country), surface: text(toks, i, min(e, j + 1)))
    }

    /// "Some of them warned ...", "Several of them said ...": part of the group named before speaks for it, as one of them does.
    static let partOfGroup: Set<String> = ["some", "several", "many", "most", "two", "three", "four", "five"]
    static let countingQuantifiers: Set<String> = ["two", "three", "four", "five"]
    static let postmodifierParticiples: Set<String> = ["familiar", "briefed", "involved", "close"]

    /// The end of a group's identifying postmodifier: "officials familiar with the plan", "diplomats
    /// briefed on the talks". Stops before a
    /// verb of saying, punctuation or a relative clause; without one, the group ends at its head.
    func groupPostmodifierEnd(_ toks: [Token], _ e: Int) -> Int {
        let n = toks.count
        guard e + 1 < n else { return e }
        let w = toks[e].lower
        let participle = Self.postmodifierParticiples.contains(w)
        // "analysts in The Hague", "deputies in the State Duma": a group located by a place named with an
        // article keeps it (a bare city, "officials in Berlin", stays "officials")
        if w == "in", toks[e + 1].lower == "the" {
            var k = e + 2
            let p0 = k
            while k < n && k - p0 < 3 && toks[k].isWord && toks[k].cap && toks[k].nameShaped { k += 1 }
            if k > p0 { return k }
        }
        // "officials in Berlin", "diplomats in Ankara and Brussels": people located by a bare place name are the
        // officials there, not all officials (a month or weekday is a time: "officials in March")
        if w == "in", Self.locatedHeads.contains(toks[e - 1].lower), let k = bareplaceEnd(toks, e + 1) {
            if k + 1 < n, toks[k].lower == "and", let k2 = bareplaceEnd(toks, k + 1) { return k2 }
            return k
        }
        guard participle else { return e }
        var k = e + 1, last = -1
        while k < n && k - e <= 7 {
            let x = toks[k]
            // a preposition may start a multi-word cue ("in a statement") but here it links the postmodifier
            // ("in" is also an auxiliary-like filler, "in turn", but not here)
            let preposition = ["in", "on", "with", "to", "of"].contains(x.lower)
            if x.kind == .punct || x.isQuote || (!preposition && (lex.cues[x.key] != nil || ClaimFinder.aux.contains(x.lower))) { break }
            if ["who", "that", "said", "and", "but", "on"].contains(x.lower) && !(k == e + 1 && x.lower == "on") { break }
            // "involved in the talks put it bluntly": a word taking an object pronoun or article is the sentence's verb
            if !preposition && k > e + 2 && !x.cap && k + 1 < n && Self.objectStarts.contains(toks[k + 1].lower) { break }
            last = k; k += 1
        }
        // a postmodifier ends at a noun, never on a preposition or article
        while last > e && ["with", "on", "in", "to", "the", "a", "an", "of"].contains(toks[last].lower) { last -= 1 }
        return last > e ? last + 1 : e
    }
    static let objectStarts: Set<String> = ["it", "them", "him", "her", "this", "that", "a", "an", "the", "his", "their", "its"]

    /// The head noun of a described source: "a senior diplomat involved in the talks" -> "diplomat", "officials in
    /// Berlin" -> "officials" (the word that "the diplomat", "the officials" repeat later).
    static func headNoun(_ name: String) -> Substring? {
        let words = name.split(separator: " ")
        let cut = words.firstIndex { postmodifierStarts.contains($0.lowercased()) } ?? words.endIndex
        return cut > words.startIndex ? words[cut - 1] : words.last
    }
    static let postmodifierStarts: Set<String> = postmodifierParticiples.union(["for", "of", "at", "in", "with", "from", "on", "to", "who"])

    /// Heads of groups of people that a place can locate ("officials in Berlin"); not countries or media.
    static let locatedHeads: Set<String> = ["analysts", "experts", "officials", "observers", "critics", "diplomats", "lawmakers",
                                            "politicians", "chiefs", "commanders", "ministers", "leaders", "aides", "advisers",
                                            "envoys", "planners", "backbenchers"]

    /// The end of a bare place name (1-3 capitalised name-shaped words, no article) starting at `i`, or nil.
    func bareplaceEnd(_ toks: [Token], _ i: Int) -> Int? {
        let n = toks.count
        var k = i
        while k < n && k - i < 3 && toks[k].isWord && toks[k].cap && toks[k].nameShaped && toks[k].spaceBefore
                && !MentionWords.shared.months.contains(toks[k].key) && !Self.weekdayKeys.contains(toks[k].key) && !Self.stopCapKeys.contains(toks[k].key) { k += 1 }
        return k > i ? k : nil
    }

    /// "a military source", "an unnamed Turkish official", "an anonymous high-ranking NATO representative".
    func anonymousAt(_ toks: [Token], _ i: Int) -> Mention? {
        let W = MentionWords.shared
        let lw = toks[i].key
        guard lw == W.a || lw == W.an || lw == W.one else { return nil }
        // "one official said": one member of a group, needing no modifier
        let one = lw == W.one
        let n = toks.count
        var j = i + 1
        var mods = 0
        var country: String? = nil
        while j < n && j - i <= 6 {
            let t = toks[j]
            if let alone = lex.anonymousHeads[t.key], t.isWord {
                // the head must end the noun phrase
                if j + 1 < n, toks[j + 1].isWord, !toks[j + 1].cap,
                   lex.anonymousHeads[toks[j + 1].key] != nil { j += 1; mods += 1; continue }
                if mods == 0 && !alone && !one && !(j + 1 < n && W.anonPosts.contains(toks[j + 1].key)) { return nil }
                var e = j + 1
                // "a senior diplomat involved in the planning", "an official briefed on the talks"
                if e < n && toks[e].key != W.close && W.postmodifierParticiples.contains(toks[e].key) { e = groupPostmodifierEnd(toks, e) }
                // "a spokesperson for Ukraine's foreign ministry", "a source close to the talks"
                if e < n && W.anonPosts.contains(toks[e].key) {
                    var k = e + 1
                    if toks[e].key == W.close && k < n && toks[k].key == W.to { k += 1 }
                    var last = -1
                    while k < n && k - e <= 7 {
                        let x = toks[k]
                        if x.kind == .punct || x.isQuote || lex.cues[x.key] != nil || W.aux.contains(x.key) && !x.cap { break }
                        if x.key == W.who || x.key == W.that || x.key == W.said { break }
                        last = k; k += 1
                    }
                    if last > e { e = last + 1 } else if mods == 0 && !alone { return nil }
                }
                var name = text(toks, i, e)
                if one {
                    let rest = text(toks, i + 1, e)
                    name = DocumentProcessor.article(rest) + " " + rest
                }
                let display = name.prefix(1).lowercased() + name.dropFirst()
                // the description without its postmodifier is how the source may be named elsewhere: an alias,
                // and the identity ("a senior EU official involved in the talks" is "a senior EU official")
                let surface = one ? text(toks, i, e) : (e > j + 1 ? text(toks, i, j + 1) : name)
                let id = one || e == j + 1 ? Slug.make(display) : Slug.make(surface)
                return Mention(t0: i, t1: e, ref: Ref(kind: .actor, id: id),
                               info: ActorInfo(id: id, name: String(display), type: .anonymous, countryID: country),
                               surface: surface)
            }
            guard t.isWord || t.key == W.dash else { return nil }
            if t.cap, let c = lex.demonymCountry[t.key] { if country == nil { country = lex.actors[c].id } }
            else if W.functionWords.contains(t.key) || !(t.isWord || t.key == W.dash) { return nil }
            mods += 1
            j += 1
        }
        return nil
    }
}
