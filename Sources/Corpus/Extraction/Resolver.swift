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
        var docSet: Set<String> = []
        var mentionCount = 0
        var claimCount = 0
        var keep = false

        init(id: String, name: String, type: ActorType, countryID: String?) {
            self.id = id; self.name = name; self.type = type; self.countryID = countryID
        }

        func alias(_ s: String) {
            guard !s.isEmpty, s != name, aliasSet.insert(s).inserted else { return }
            if aliases.contains(where: { $0.lowercased() == s.lowercased() }) { return }
            aliases.append(s)
        }
        func doc(_ d: String) { if lastDoc != d && docSet.insert(d).inserted { docs.append(d) }; lastDoc = d }
        var lastDoc = ""
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
            let titled = byTitle[r.id] ?? (r.id.contains(" ") ? []
                : byTitle.keys.filter { $0.hasSuffix(" " + r.id) }.sorted().flatMap { byTitle[$0]! })
            let cands = titled.filter { id in
                guard let a = actors[id], a.type == .person else { return false }
                return r.country == nil || a.countryID == r.country
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
        // 1. actors that define themselves (lexicon names, titled people, groups, sources, authors)
        docPersons = Array(repeating: [], count: docs.count)
        for (di, d) in docs.enumerated() {
            for m in d.mentions { if let info = m.info { let id = add(info); if info.type == .person { docPersons[di].insert(id) } } }
            for a in d.authorInfos { let id = add(a); actors[id]!.keep = true; actors[id]!.doc(d.id) }
        }
        // untitled full names are people when the same name is known with a title elsewhere
        for (di, d) in docs.enumerated() {
            for m in d.mentions where m.ref.kind == .fullName && actors[canonical(m.ref.id)]?.type == .person {
                docPersons[di].insert(canonical(m.ref.id))
            }
        }
        // 2. mentions
        var spans = [[MentionSpan]](repeating: [], count: docs.count)
        for (di, d) in docs.enumerated() {
            for m in d.mentions where m.isActor {
                guard let id = resolve(m.ref, doc: di), let b = actors[id] else { continue }
                spans[di].append(MentionSpan(type: .actor, id: id, start: m.start, end: m.end))
                b.mentionCount += 1
                b.doc(d.id)
                b.alias(m.surface)
                if b.type == .person, let c = b.countryID {
                    // a person's country is mentioned through them ("Finland's President", "Australian Prime Minister")
                    var cb = actors[c]
                    if cb == nil, let ci = lex.actorIndexByID[c] { add(MentionFinder(lex: lex, s: []).knownInfo(ci)); cb = actors[c] }
                    if let cb { cb.doc(d.id); cb.keep = true }
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
            var loweredTexts: [String?]? = nil   // attributed claims' lowercased texts, made once for the orphans
            for ci in d.claims.indices.filter({ !d.claims[$0].orphan }) + d.claims.indices.filter({ d.claims[$0].orphan }) {
                let rc = d.claims[ci]
                if rc.orphan && main == nil { continue }
                var sid = rc.orphan ? main : resolve(rc.speaker, doc: di)
                // a headline's unattributed quote repeats words the body attributes: that speaker
                if rc.orphan {
                    if loweredTexts == nil { loweredTexts = d.claims.map { $0.orphan ? nil : ScalarText.lowercased($0.text) } }
                    let lt = ScalarText.lowercased(rc.text)
                    if let k = loweredTexts!.firstIndex(where: { $0 == lt }), let s2 = resolve(d.claims[k].speaker, doc: di) { sid = s2 }
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
                sb.doc(d.id)
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
                for j in idx where claims[j].documentID != claims[i].documentID {
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
        var pdocSet: Set<String> = []
        var surfaceSet: Set<String> = []
        var dates: [Int: [String]] = [:]
        for d in docs {
            var inDoc = Set<Int>()   // a proposal already counted for this document: its key is in pdocSet
            for (p, sf) in d.proposalSurfaces {
                if surfaceSet.insert("\(p)|" + ScalarText.lowercased(sf)).inserted { surfaces[p, default: []].append(sf) }
                if inDoc.insert(p).inserted, pdocSet.insert("\(p)|" + d.id).inserted { pdocs[p, default: []].append(d.id) }
                if let pub = d.published { dates[p, default: []].append(pub) }
            }
        }
        var obsBy: [Int: [Int]] = [:]
        for (k, o) in stanceObs.enumerated() { obsBy[o.proposal, default: []].append(k) }
        var claimsBy: [String: [Int]] = [:]
        for (k, c) in claims.enumerated() { for p in c.proposalIDs { claimsBy[p, default: []].append(k) } }
        var figuresBy: [Int: [Figure]] = [:]
        for d in docs { for f in d.figures { figuresBy[f.proposal, default: []].append(Figure(value: f.value, unit: f.unit, text: f.text, documentID: d.id)) } }
        for (pi, entry) in lex.proposals.enumerated() {
            let obs = (obsBy[pi] ?? []).map { stanceObs[$0] }
            let pclaims = claimsBy[entry.id] ?? []   // indices: claims are large values, not copied here
            guard !pclaims.isEmpty || !obs.isEmpty || (surfaces[pi] != nil && !entry.generic) else { continue }
            // an actor is on the side most of its statements on the proposal take ("would be a target" after
            // three refusals is not support); a tie between support and opposition counts as opposition
            var tally: [String: (support: Int, oppose: Int)] = [:]
            for o in obs where o.stance == .support || o.stance == .oppose {
                var t = tally[o.actor] ?? (0, 0)
                if o.stance == .support { t.support += 1 } else { t.oppose += 1 }
                tally[o.actor] = t
            }
            func ids(_ s: Stance) -> [String] {
                var seen = Set<String>()
                var out: [String] = []
                for o in obs where o.stance == s && seen.insert(o.actor).inserted {
                    if let t = tally[o.actor], (s == .support && t.oppose >= t.support) || (s == .oppose && t.support > t.oppose) { continue }
                    out.append(o.actor)
                }
                return out
            }
            var seenP = Set<String>()
            let proponents = obs.filter { $0.proponent }.map { $0.actor }.filter { seenP.insert($0).inserted }
            var dated: [DatedStance] = []
            var datedIndex: [String: Int] = [:]
            for o in obs {
                let key = o.actor + "|" + o.stance.rawValue + "|" + o.doc
                if let k = datedIndex[key] {
                    if let c = o.claim, !dated[k].claimIDs.contains(c) { dated[k].claimIDs.append(c) }
                } else {
                    datedIndex[key] = dated.count
                    dated.append(DatedStance(actorID: o.actor, stance: o.stance, date: o.date, documentID: o.doc, claimIDs: o.claim.map { [$0] } ?? []))
                }
            }
            let figures = figuresBy[pi] ?? []
            var first: String? = nil, last: String? = nil
            for d in dates[pi] ?? [] { if first == nil || d < first! { first = d }; if last == nil || d > last! { last = d } }
            for k in pclaims { if let d = claims[k].published { if first == nil || d < first! { first = d }; if last == nil || d > last! { last = d } } }
            proposals.append(Proposal(id: entry.id, name: entry.name, aliases: surfaces[pi] ?? [], proponentIDs: proponents,
                                      supporterIDs: ids(.support), opponentIDs: ids(.oppose), conditionalIDs: ids(.conditional),
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
        guard let r = text.range(of: " if ") else { return false }
        let before = text[..<r.lowerBound].split(separator: " ").last?.lowercased() ?? ""
        return !["even", "as", "asked", "whether", "ask", "asking", "see"].contains(before)
    }

    func stance(_ c: RawClaim, speaker: String) -> Stance? {
        guard !c.proposals.isEmpty else { return nil }
        // " word word " with single spaces, so that markers match on word boundaries
        var norm: [UInt8] = [32]
        let bytes = Array(c.textLower.utf8)
        func letter(_ k: Int) -> Bool { k >= 0 && k < bytes.count && ((bytes[k] >= 97 && bytes[k] <= 122) || bytes[k] >= 128) }
        for (k, b) in bytes.enumerated() {
            // an apostrophe inside a word ("won't") is part of it; a single quotation mark ('legitimate targets') is not
            let w = (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || (b == 39 && letter(k - 1) && letter(k + 1)) || b >= 128
            if w { norm.append(b) } else if norm.last != 32 { norm.append(32) }
        }
        if norm.last != 32 { norm.append(32) }
        // markers are searched only when the colour needs them
        let words = Cleaner.MarkerText(norm)
        func opp() -> Bool { words.containsAny(DocumentProcessor.opposeMarkerBytes) }
        // "would send troops if the fighting stopped": a condition set inside the sentence; a sentence opening
        // with "If ..." is often a hypothetical the speaker answers, not a condition they set
        func cond() -> Bool { words.containsAny(DocumentProcessor.conditionalMarkerBytes) || Self.midSentenceIf(c.text) }
        switch c.colour {
        case .oppose: return c.negatedObject ? .support : .oppose
        case .conditional: return .conditional
        case .support: return cond() ? .conditional : .support
        case .neutral:
            if opp() { return .oppose }
            if cond() { return .conditional }
            if c.weak { return .neutral }
            if let i = lex.actorIndexByID[speaker], lex.actors[i].kind == .outlet { return .neutral }
            // a neutral verb takes a side only when the words do ("is ready to", "would contribute")
            if c.subjectSupports || words.containsAny(DocumentProcessor.supportMarkerBytes) { return .support }
            return .neutral
        }
    }
}
