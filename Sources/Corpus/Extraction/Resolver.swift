/// Merges what the documents found into one set of actors, claims, proposals and events:
/// people under one id across surface forms ("Macron", "French President Emmanuel Macron",
/// "the French president"), claims with stable ids, stances, corroboration.
struct Resolver {
    let lex: Lexicon
    let docs: [DocResult]

    final class Builder {
        var id: String
        var name: String
        var type: ActorType
        var aliases: [String] = []
        var aliasSet: Set<String> = []
        var roles: [String] = []
        var countryID: String?
        var titleHeads: Set<String> = []
        var docs: [String] = []
        var docSet: Set<Int> = []
        var mentionCount = 0
        var claimCount = 0
        var keep = false

        init(id: String, name: String, type: ActorType, countryID: String?) {
            self.id = id; self.name = name; self.type = type; self.countryID = countryID
        }

        func alias(_ s: String) {
            guard !s.isEmpty, s != name, aliasSet.insert(s).inserted else { return }
            // the new alias is lowercased once, not once per alias it is compared with
            let low = ScalarText.lowercased(s)
            if aliases.contains(where: { ScalarText.lowercased($0) == low }) { return }
            aliases.append(s)
        }
        /// `key`: the document's id as an integer (`Resolver.docKey`), so that the set holds integers.
        func doc(_ d: String, _ key: Int) { if lastDoc != key && docSet.insert(key).inserted { docs.append(d) }; lastDoc = key }
        var lastDoc = -1
    }

    var actors: [String: Builder] = [:]
    var order: [String] = []
    var surnames: [String: [String]] = [:]
    var firstNames: [String: [String]] = [:]
    var byTitle: [String: [String]] = [:]
    var docPersons: [Set<String>] = []
    /// People by `NameKey` of their full name, so spellings of one name are one person.
    var byNameKey: [String: String] = [:]
    /// Ids of spelling variants, to the id of the person they were merged into.
    var redirect: [String: String] = [:]

    func canonical(_ id: String) -> String { redirect[id] ?? id }

    init(lex: Lexicon, docs: [DocResult]) {
        self.lex = lex
        self.docs = docs
    }

    /// Adds or updates an actor; returns the id it is kept under (a person spelt another way
    /// than one already known, "Zelensky" after "Zelenskyy", is that person).
    @discardableResult
    mutating func add(_ info: ActorInfo) -> String {
        var id = canonical(info.id)
        if actors[id] == nil, info.type == .person {
            let key = NameKey.name(info.name)
            if let known = byNameKey[key], actors[known]?.type == .person {
                redirect[info.id] = known
                id = known
                actors[known]!.alias(info.name)
            } else {
                byNameKey[key] = info.id
            }
        }
        let b: Builder
        if let existing = actors[id] {
            b = existing
        } else {
            b = Builder(id: id, name: info.name, type: info.type, countryID: info.countryID)
            actors[id] = b
            order.append(id)
            if info.type == .person {
                let parts = info.name.split(separator: " ").map { NameKey.word(String($0)) }
                if let l = parts.last { surnames[l, default: []].append(id) }
                if parts.count > 1, let f = parts.first { firstNames[f, default: []].append(id) }
            }
        }
        if let r = info.role, !b.roles.contains(r) { b.roles.append(r) }
        if let h = info.titleHead, b.titleHeads.insert(h).inserted { byTitle[h, default: []].append(id) }
        if b.countryID == nil, let c = info.countryID { b.countryID = c }
        return id
    }

    func pick(_ cands: [String]?, doc: Int) -> String? {
        guard let cands, !cands.isEmpty else { return nil }
        let inDoc = cands.filter { docPersons[doc].contains($0) }
        if inDoc.count == 1 { return inDoc[0] }
        if inDoc.isEmpty && cands.count == 1 { return cands[0] }
        return inDoc.first
    }

    func resolve(_ r: Ref, doc: Int) -> String? {
        switch r.kind {
        case .actor:
            let id = canonical(r.id)
            return actors[id] != nil ? id : nil
        case .fullName:
            let id = canonical(r.id)
            if let a = actors[id], a.type == .person { return id }
            return nil
        case .name:
            let key = NameKey.word(r.id)
            return pick(surnames[key], doc: doc) ?? pick(firstNames[key], doc: doc)
        case .role:
            // "the minister" after "Defence Minister Boris Pistorius": a title ending in the word
            // (titles in sorted order: a dictionary's order changes from run to run, the answer must not)
            // "the premier" is the prime minister
            let head = r.id == "premier" && byTitle[r.id] == nil ? "prime minister" : r.id
            let titled = byTitle[head] ?? (head.contains(" ") ? []
                : byTitle.keys.filter { $0.hasSuffix(" " + head) }.sorted().flatMap { byTitle[$0]! })
            let cands = titled.filter { id in
                guard let a = actors[id], a.type == .person else { return false }
                return r.country == nil || a.countryID == r.country
            }
            // "the Russian leader" after "President Vladimir Putin", "the head of state": the country's president (or
            // its head of government) when no one holds that title
            if cands.isEmpty && (head == "head of state" || (head == "leader" && r.country != nil)) {
                for t in ["president", "prime minister", "chancellor", "king"] {
                    let c = (byTitle[t] ?? []).filter { id in
                        guard let a = actors[id], a.type == .person else { return false }
                        return r.country == nil || a.countryID == r.country
                    }
                    if let p = pick(c, doc: doc) { return p }
                    if head == "head of state" && t == "president" { continue }
                }
            }
            return pick(cands, doc: doc)
        case .hisCountry:
            guard let k = UInt8(r.country ?? ""), let kind = Ref.Kind(rawValue: k),
                  let p = resolve(Ref(kind: kind, id: r.id), doc: doc) else { return nil }
            return actors[p]?.countryID
        default: return nil
        }
    }

    mutating func build(texts: [String]) -> Extraction {
        // each document's id as the index of the first document with that id: ids compared as integers
        var docKey: [Int] = []
        var firstWithID: [String: Int] = [:]
        for (di, d) in docs.enumerated() { docKey.append(firstWithID[d.id] ?? di); if firstWithID[d.id] == nil { firstWithID[d.id] = di } }
        // 1. actors that define themselves (lexicon names, titled people, groups, sources, authors)
        docPersons = Array(repeating: [], count: docs.count)
        for (di, d) in docs.enumerated() {
            // (the mentions are read in place: a record holds nine strings)
            for mi in d.mentions.indices { if let info = d.mentions[mi].info { let id = add(info); if info.type == .person { docPersons[di].insert(id) } } }
            for a in d.authorInfos { let id = add(a); actors[id]!.keep = true; actors[id]!.doc(d.id, docKey[di]) }
        }
        // untitled full names are people when the same name is known with a title elsewhere
        for (di, d) in docs.enumerated() {
            for mi in d.mentions.indices where d.mentions[mi].ref.kind == .fullName && actors[canonical(d.mentions[mi].ref.id)]?.type == .person {
                docPersons[di].insert(canonical(d.mentions[mi].ref.id))
            }
        }
        // 2. mentions
        var spans = [[MentionSpan]](repeating: [], count: docs.count)
        for (di, d) in docs.enumerated() {
            for mi in d.mentions.indices where d.mentions[mi].isActor {
                guard let id = resolve(d.mentions[mi].ref, doc: di), let b = actors[id] else { continue }
                spans[di].append(MentionSpan(type: .actor, id: id, start: d.mentions[mi].start, end: d.mentions[mi].end))
                b.mentionCount += 1
                b.doc(d.id, docKey[di])
                b.alias(d.mentions[mi].surface)
                if b.type == .person, let c = b.countryID {
                    // a person's country is mentioned through them ("Finland's President", "Australian Prime Minister")
                    var cb = actors[c]
                    if cb == nil, let ci = lex.actorIndexByID[c] { add(MentionFinder(lex: lex, s: []).knownInfo(ci)); cb = actors[c] }
                    if let cb { cb.doc(d.id, docKey[di]); cb.keep = true }
                }
            }
        }
        // 3. documents and claims
        var documents: [Document] = []
        var claims: [Claim] = []
        var claimDoc: [Int] = []
        var usedIDs = Set<String>()
        var stanceObs: [(proposal: Int, actor: String, stance: Stance, doc: String, date: String?, claim: String?, proponent: Bool)] = []
        for (di, d) in docs.enumerated() {
            var count = 0
            // orphan partial quotes (no verb of saying) go to the document's main speaker, a person if possible
            var tally: [String: Int] = [:]
            for rc in d.claims where !rc.orphan { if let id = resolve(rc.speaker, doc: di) { tally[id, default: 0] += 1 } }
            let main = tally.max { a, b in
                let pa = actors[a.key]?.type == .person ? 1 : 0, pb = actors[b.key]?.type == .person ? 1 : 0
                return (pa, a.value, b.key) < (pb, b.value, a.key)
            }?.key
            // orphans last: the speakers they may borrow are known by then
            // attributed claims by lowercased text (the first of equal ones), made at the first orphan:
            // one lookup per orphan instead of a scan of every claim (quadratic on long documents)
            var attributedByText: [String: Int]? = nil
            for ci in d.claims.indices.filter({ !d.claims[$0].orphan }) + d.claims.indices.filter({ d.claims[$0].orphan }) {
                let rc = d.claims[ci]
                if rc.orphan && main == nil { continue }
                var sid = rc.orphan ? main : resolve(rc.speaker, doc: di)
                // a headline's unattributed quote repeats words the body attributes: that speaker
                if rc.orphan {
                    if attributedByText == nil {
                        var byText: [String: Int] = [:]
                        for k in d.claims.indices where !d.claims[k].orphan {
                            let key = ScalarText.lowercased(d.claims[k].text)
                            if byText[key] == nil { byText[key] = k }
                        }
                        attributedByText = byText
                    }
                    let k = attributedByText?[ScalarText.lowercased(rc.text)]
                    if let k, let s2 = resolve(d.claims[k].speaker, doc: di) { sid = s2 }
                }
                if sid == nil, rc.speaker.kind == .fullName {
                    sid = add(ActorInfo(id: rc.speaker.id, name: rc.speakerSurface, type: .person, countryID: nil))
                }
                if sid == nil, rc.speaker.kind == .name, let last = rc.speakerSurface.split(separator: " ").last,
                   !["he", "she", "they", "it"].contains(last.lowercased()) {
                    // a speaker known only by one name ("..., Rutte says"): a person of that name
                    let name = String(last)
                    // an acronym ("according to PAP") is an organization, a word a person's name
                    let acronym = name.count >= 2 && name.uppercased() == name
                    let added = add(ActorInfo(id: Slug.make(name), name: name, type: acronym ? .organization : .person, countryID: nil))
                    if actors[added] != nil { sid = added }
                }
                if sid == nil, rc.speaker.kind == .role, let country = rc.speaker.country, actors[country] != nil || lex.actorIndexByID[country] != nil {
                    // "Hungary's foreign minister said ..." with no name anywhere: the office speaks
                    var name = rc.speakerSurface
                    if name.lowercased().hasPrefix("the ") { name = String(name.dropFirst(4)) }
                    sid = add(ActorInfo(id: Slug.make(name), name: name, type: .person, countryID: country))
                }
                guard let speaker = sid, let sb = actors[speaker] else { continue }
                sb.claimCount += 1
                sb.keep = true
                sb.doc(d.id, docKey[di])
                var id = "\(d.id)-\(rc.start)-\(rc.end)"
                if !usedIDs.insert(id).inserted {
                    var k = 2
                    while !usedIDs.insert("\(id)-\(k)").inserted { k += 1 }
                    id = "\(id)-\(k)"
                }
                let text = rc.text
                let st = stance(rc, speaker: speaker)
                let sentence = rc.sentenceText
                claims.append(Claim(id: id, documentID: d.id, speakerID: speaker, speakerName: sb.name,
                                    kind: rc.kind, text: text, cue: rc.cue, sentence: sentence, start: rc.start, end: rc.end,
                                    published: d.published, proposalIDs: rc.proposals.map { lex.proposals[$0].id },
                                    stance: st, corroboratedBy: []))
                claimDoc.append(di)
                count += 1
                if let st {
                    let proponent = st == .support && ["proposed", "floated", "announced"].contains(rc.cue ?? "")
                    for p in rc.proposals {
                        // support for the clause, refusal of the proposal it names after "not"
                        let st = st == .support && rc.negatedProposals.contains(p) ? .oppose : st
                        stanceObs.append((p, speaker, st, d.id, d.published, id, proponent))
                        for m in rc.members { if let mid = resolve(m, doc: di) { stanceObs.append((p, mid, st, d.id, d.published, id, false)) } }
                        for m in rc.contentSubjects {
                            guard let mid = resolve(m, doc: di), mid != speaker else { continue }
                            if mid == sb.countryID { stanceObs.append((p, mid, st, d.id, d.published, id, false)) }
                            else if rc.subjectSupports { stanceObs.append((p, mid, .support, d.id, d.published, id, false)) }
                        }
                    }
                }
            }
            for a in d.advocacy {
                if let id = resolve(a.ref, doc: di) { stanceObs.append((a.proposal, id, a.stance, d.id, d.published, nil, true)) }
            }
            documents.append(Document(id: d.id, file: d.file, title: d.layout.title, outlet: d.layout.outlet,
                                      author: d.layout.author, published: d.published, precision: d.precision,
                                      wordCount: d.wordCount, claimCount: count, text: texts[di], mentions: spans[di]))
        }
        // 4. corroboration: the same statement by the same speaker in another document
        var byKey: [String: [Int]] = [:]
        for (i, c) in claims.enumerated() {
            // the first five words, lowercased (ASCII folding; other letters kept as they are)
            var bytes: [UInt8] = []
            bytes.reserveCapacity(48)
            var count = 0
            var inWord = false
            for b in c.text.utf8 {
                let w = (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b >= 128
                if w { bytes.append(b >= 65 && b <= 90 ? b + 32 : b); inWord = true }
                else if inWord { inWord = false; count += 1; if count == 5 { break }; bytes.append(32) }
            }
            let words = String(decoding: bytes, as: UTF8.self)
            byKey[c.speakerID + "|" + words, default: []].append(i)
        }
        // (at most 20 per claim: a statement quoted everywhere would otherwise make this quadratic)
        for (_, idx) in byKey where idx.count > 1 {
            for i in idx {
                var out: [String] = []
                for j in idx where docKey[claimDoc[j]] != docKey[claimDoc[i]] {
                    out.append(claims[j].id)
                    if out.count == 20 { break }
                }
                claims[i].corroboratedBy = out
            }
        }
        // 5. proposals
        var proposals: [Proposal] = []
        var surfaces: [Int: [String]] = [:]
        var pdocs: [Int: [String]] = [:]
        var pdocSet: Set<ProposalText> = []
        var surfaceSet: Set<ProposalText> = []
        var dates: [Int: [String]] = [:]
        for d in docs {
            var inDoc = Set<Int>()   // a proposal already counted for this document: its key is in pdocSet
            for (p, sf) in d.proposalSurfaces {
                if surfaceSet.insert(ProposalText(proposal: p, text: ScalarText.lowercased(sf))).inserted { surfaces[p, default: []].append(sf) }
                if inDoc.insert(p).inserted, pdocSet.insert(ProposalText(proposal: p, text: d.id)).inserted { pdocs[p, default: []].append(d.id) }
                if let pub = d.published { dates[p, default: []].append(pub) }
            }
        }
        var obsBy: [Int: [Int]] = [:]
        for k in stanceObs.indices { obsBy[stanceObs[k].proposal, default: []].append(k) }
        var claimsBy: [String: [Int]] = [:]
        for (k, c) in claims.enumerated() { for p in c.proposalIDs { claimsBy[p, default: []].append(k) } }
        var figuresBy: [Int: [Figure]] = [:]
        for d in docs { for f in d.figures { figuresBy[f.proposal, default: []].append(Figure(value: f.value, unit: f.unit, text: f.text, documentID: d.id)) } }
        for (pi, entry) in lex.proposals.enumerated() {
            let obs = obsBy[pi] ?? []   // indices into stanceObs: its tuples hold four strings, not copied here
            let pclaims = claimsBy[entry.id] ?? []   // indices: claims are large values, not copied here
            guard !pclaims.isEmpty || !obs.isEmpty || (surfaces[pi] != nil && !entry.generic) else { continue }
            func ids(_ s: Stance) -> [String] {
                var seen = Set<String>()
                var out: [String] = []
                for k in obs where stanceObs[k].stance == s && seen.insert(stanceObs[k].actor).inserted { out.append(stanceObs[k].actor) }
                return out
            }
            var seenP = Set<String>()
            var proponents: [String] = []
            for k in obs where stanceObs[k].proponent && seenP.insert(stanceObs[k].actor).inserted { proponents.append(stanceObs[k].actor) }
            // an actor seen on both sides stands on the side it takes more often (both on a tie)
            var forCount: [String: Int] = [:], againstCount: [String: Int] = [:]
            for k in obs where stanceObs[k].stance == .support { forCount[stanceObs[k].actor, default: 0] += 1 }
            for k in obs where stanceObs[k].stance == .oppose { againstCount[stanceObs[k].actor, default: 0] += 1 }
            let supporters = ids(.support).filter { againstCount[$0, default: 0] <= forCount[$0, default: 0] }
            let opponents = ids(.oppose).filter { forCount[$0, default: 0] <= againstCount[$0, default: 0] }
            var dated: [DatedStance] = []
            var datedIndex: [DatedKey: Int] = [:]
            for oi in obs {
                let key = DatedKey(actor: stanceObs[oi].actor, stance: stanceObs[oi].stance, doc: stanceObs[oi].doc)
                if let k = datedIndex[key] {
                    if let c = stanceObs[oi].claim, !dated[k].claimIDs.contains(c) { dated[k].claimIDs.append(c) }
                } else {
                    datedIndex[key] = dated.count
                    let o = stanceObs[oi]
                    dated.append(DatedStance(actorID: o.actor, stance: o.stance, date: o.date, documentID: o.doc, claimIDs: o.claim.map { [$0] } ?? []))
                }
            }
            let figures = figuresBy[pi] ?? []
            var first: String? = nil, last: String? = nil
            for d in dates[pi] ?? [] { if first == nil || d < first! { first = d }; if last == nil || d > last! { last = d } }
            for k in pclaims { if let d = claims[k].published { if first == nil || d < first! { first = d }; if last == nil || d > last! { last = d } } }
            proposals.append(Proposal(id: entry.id, name: entry.name, aliases: surfaces[pi] ?? [], proponentIDs: proponents,
                                      supporterIDs: supporters, opponentIDs: opponents, conditionalIDs: ids(.conditional),
                                      figures: figures, stances: dated, documentIDs: pdocs[pi] ?? [],
                                      claimCount: pclaims.count, firstSeen: first, lastSeen: last))
        }
        // proposal mentions, for the proposals that made the list, merged into the actors' in text order
        let listed = Set(proposals.map(\.id))
        for (di, d) in docs.enumerated() {
            for sp in d.proposalSpans where listed.contains(lex.proposals[sp.proposal].id) {
                documents[di].mentions.append(MentionSpan(type: .proposal, id: lex.proposals[sp.proposal].id, start: sp.start, end: sp.end))
            }
            documents[di].mentions.sort { ($0.start, $0.end, $0.type.rawValue, $0.id) < ($1.start, $1.end, $1.type.rawValue, $1.id) }
        }
        // 6. events
        var events: [Event] = []
        var eventIDs = Set<String>()
        for (di, d) in docs.enumerated() {
            for e in d.events {
                let id = "\(d.id)-e\(e.start)-\(e.end)-\(e.date)"
                guard eventIDs.insert(id).inserted else { continue }
                var aids: [String] = []
                for r in e.refs { if let a = resolve(r, doc: di), !aids.contains(a) { aids.append(a) } }
                events.append(Event(id: id, date: e.date, precision: e.precision, text: e.text,
                                    documentID: d.id, actorIDs: aids, start: e.start, end: e.end))
            }
        }
        // 7. actors
        var out: [Actor] = []
        for id in order {
            guard let b = actors[id], b.mentionCount > 0 || b.claimCount > 0 || b.keep else { continue }
            out.append(Actor(id: b.id, name: b.name, type: b.type, aliases: b.aliases, roles: b.roles, countryID: b.countryID,
                             mentionCount: b.mentionCount, claimCount: b.claimCount, documentIDs: b.docs))
        }
        return Extraction(documents: documents, actors: out, claims: claims, proposals: proposals, events: events)
    }

    /// A proposal's surface form, lowercased (a set key without building a joined string).
    struct ProposalText: Hashable { var proposal: Int; var text: String }
    /// One actor's stance in one document.
    struct DatedKey: Hashable { var actor: String; var stance: Stance; var doc: String }

    // MARK: stance

    func has(_ words: [Substring], _ phrase: [String]) -> Bool {
        guard words.count >= phrase.count else { return false }
        for i in 0...(words.count - phrase.count) {
            var ok = true
            for k in 0..<phrase.count where words[i + k] != phrase[k] { ok = false; break }
            if ok { return true }
        }
        return false
    }

    static func midSentenceIf(_ text: String) -> Bool {
        if let fast = midSentenceIfASCII(text) { return fast }
        guard let r = text.range(of: " if ") else { return false }
        let before = text[..<r.lowerBound].split(separator: " ").last?.lowercased() ?? ""
        return !["even", "as", "asked", "whether", "ask", "asking", "see"].contains(before)
    }

    static let ownRefusalMarkerBytes: [[UInt8]] = [["not", "send"], ["not", "deploy"], ["won't", "send"], ["no", "plans", "to", "send"],
                                                   ["not", "contribute"], ["not", "participate"], ["not", "put"]]
        .map { Array((" " + $0.joined(separator: " ") + " ").utf8) }
    static let sendingHeads: Set<String> = ["sending", "deploying", "putting", "contributing", "committing"]
    static let ownSubjects: Set<String> = ["it", "they", "we", "he", "she"]

    /// "Italy will not send troops", "ruled out sending its own soldiers", "we will not deploy": a government ruling
    /// out its own troops takes no side on the force (the annotators' rule); "British troops should not be sent",
    /// said by someone who speaks for no country, still opposes.
    func ownTroopsRuledOut(_ c: RawClaim, _ norm: [UInt8], _ words: Cleaner.MarkerText, speaker: String) -> Bool {
        let marked = words.containsAny(Self.ownRefusalMarkers)
        guard marked || c.colour == .oppose else { return false }   // (the words are split only when it may matter)
        let ws = String(decoding: norm, as: UTF8.self).split(separator: " ")
        guard let first = ws.first, marked || Self.sendingHeads.contains(String(first)) else { return false }
        guard let b = actors[speaker] else { return false }
        let own = b.type == .country ? speaker : b.countryID
        if ws.contains("own") || ws.contains("our") || Self.ownSubjects.contains(String(first)) { return true }
        for r in c.contentSubjects where r.kind == .actor && (r.id == speaker || r.id == own) { return true }
        guard let own else { return false }
        for w in ws { if let i = lex.demonymCountry[WordKey(String(w))], lex.actors[i].id == own { return true } }
        return false
    }

    static func isLetter(_ b: UInt8) -> Bool { (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || b >= 128 }

    /// `midSentenceIf` on the UTF-8 bytes (`range(of:)` cost ~50 times as much). Nil when a
    /// non-ASCII byte sits next to the match or the word before it (a combining or prepended
    /// mark could join a space to a letter, and `lowercased` is then more than A-Z): the
    /// `String` path decides. No ASCII " if " means no match at all: nothing else is equivalent to it.
    static func midSentenceIfASCII(_ text: String) -> Bool? {
        var t = text
        return t.withUTF8 { b -> Bool? in
            let n = b.count
            var at = -1
            var i = 0
            while i + 4 <= n {
                if b[i] == 32 && b[i + 1] == 105 && b[i + 2] == 102 && b[i + 3] == 32 { at = i; break }
                i += 1
            }
            if at < 0 { return false }
            if at + 4 < n && b[at + 4] >= 128 { return nil }
            // the last word before the match (the spaces between skipped, as `split` skips empty pieces)
            var e = at
            while e > 0 && b[e - 1] == 32 { e -= 1 }
            var s = e
            while s > 0 && b[s - 1] != 32 { s -= 1 }
            if s >= 2 && b[s - 2] >= 128 { return nil }
            var w: [UInt8] = []
            w.reserveCapacity(e - s)
            for k in s..<e {
                let c = b[k]
                if c >= 128 { return nil }
                w.append(c >= 65 && c <= 90 ? c + 32 : c)
            }
            let before = String(decoding: w, as: UTF8.self)
            return !["even", "as", "asked", "whether", "ask", "asking", "see"].contains(before)
        }
    }

    static let withoutMarker: [[UInt8]] = [Array(" without ".utf8)]
    // the marker lists, indexed for `Cleaner.MarkerText.containsAny` (a table probe per word of the claim)
    static let ownRefusalMarkers = Cleaner.MarkerSet(ownRefusalMarkerBytes)
    static let opposeMarkers = Cleaner.MarkerSet(DocumentProcessor.opposeMarkerBytes)
    static let conditionalMarkers = Cleaner.MarkerSet(DocumentProcessor.conditionalMarkerBytes)
    static let withoutMarkers = Cleaner.MarkerSet(withoutMarker)
    static let supportMarkers = Cleaner.MarkerSet(DocumentProcessor.supportMarkerBytes)
    static let modalMarkers = Cleaner.MarkerSet(DocumentProcessor.modalMarkerBytes)
    static let negatedModalMarkers = Cleaner.MarkerSet(DocumentProcessor.negatedModalMarkerBytes)

    func stance(_ c: RawClaim, speaker: String) -> Stance? {
        guard !c.proposals.isEmpty else { return nil }
        // " word word " with single spaces, so that markers match on word boundaries
        // (quotation marks are no letters: "“absolutely unacceptable”" holds the marker "unacceptable";
        // an apostrophe between letters stays, curly or not: "won’t" is "won't")
        var norm: [UInt8] = [32]
        let u = Array(c.textLower.utf8)
        var i = 0
        while i < u.count {
            let b = u[i]
            if b == 0xE2, i + 2 < u.count, u[i + 1] == 0x80, [0x98, 0x99, 0x9C, 0x9D, 0x9E].contains(u[i + 2]) {
                let letterAround = i > 0 && Self.isLetter(u[i - 1]) && i + 3 < u.count && Self.isLetter(u[i + 3])
                if u[i + 2] == 0x99 && letterAround { norm.append(39) } else if norm.last != 32 { norm.append(32) }
                i += 3; continue
            }
            if b == 39 && !(i > 0 && Self.isLetter(u[i - 1]) && i + 1 < u.count && Self.isLetter(u[i + 1])) {
                if norm.last != 32 { norm.append(32) }
                i += 1; continue
            }
            let w = (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b == 39 || b >= 128
            if w { norm.append(b) } else if norm.last != 32 { norm.append(32) }
            i += 1
        }
        if norm.last != 32 { norm.append(32) }
        // markers are searched only when the colour needs them
        let words = Cleaner.MarkerText(norm)
        func opp() -> Bool { words.containsAny(Self.opposeMarkers) }
        // "would send troops if the fighting stopped": a condition set inside the sentence; a sentence opening
        // with "If ..." is often a hypothetical the speaker answers, not a condition they set
        func cond() -> Bool { words.containsAny(Self.conditionalMarkers) || Self.midSentenceIf(c.text) }
        switch c.colour {
        case .oppose:
            if c.negatedObject { return .support }
            return ownTroopsRuledOut(c, norm, words, speaker: speaker) ? .neutral : .oppose
        case .conditional: return .conditional
        case .support: return cond() ? .conditional : .support
        case .neutral:
            if opp() {
                // "will not send troops without a U.S. backstop": a refusal with its condition named is conditional
                if cond() && words.containsAny(Self.withoutMarkers) { return .conditional }
                return ownTroopsRuledOut(c, norm, words, speaker: speaker) ? .neutral : .oppose
            }
            if cond() { return .conditional }
            if c.weak { return .neutral }
            if let i = lex.actorIndexByID[speaker], lex.actors[i].kind == .outlet { return .neutral }
            // a neutral verb takes a side only when the words do ("is ready to", "would contribute")
            if c.subjectSupports || words.containsAny(Self.supportMarkers) { return .support }
            // "the force would deploy" takes the side, "we will not give it away" does not
            if words.containsAny(Self.modalMarkers) && !words.containsAny(Self.negatedModalMarkers) { return .support }
            return .neutral
        }
    }
}
