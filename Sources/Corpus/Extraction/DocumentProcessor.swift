/// Everything found in one document before actors are resolved across the corpus.
struct DocResult: Sendable {
    struct MentionRecord: Sendable {
        var ref: Ref
        var info: ActorInfo?
        var surface: String
        var isActor: Bool
        var start: Int      // scalar offsets in the document text
        var end: Int
    }
    struct RawEvent: Sendable {
        var date: String
        var precision: DatePrecision
        var start: Int
        var end: Int
        var refs: [Ref]
        var text: String
    }
    struct Advocacy: Sendable {
        var ref: Ref
        var proposal: Int
        var stance: Stance
    }
    struct RawFigure: Sendable {
        var proposal: Int
        var value: Double?
        var unit: String
        var text: String
    }

    var id: String
    var file: String
    var layout: Layout
    var published: String?
    var precision: DatePrecision?
    var wordCount: Int
    var mentions: [MentionRecord] = []
    var claims: [RawClaim] = []
    var advocacy: [Advocacy] = []
    var proposalSurfaces: [(Int, String)] = []
    var proposalSpans: [(proposal: Int, start: Int, end: Int)] = []
    var figures: [RawFigure] = []
    var events: [RawEvent] = []
    var dateExprs: [(DateExpr, Int, Int, [Ref])] = []   // expression, sentence start/end offsets, refs
    /// One person per author of the byline.
    var authorInfos: [ActorInfo] = []
}

struct DocumentProcessor {
    let lex: Lexicon

    /// Words that carry no content of their own in a reported clause.
    static let lightWords: Set<String> = ["a", "an", "the", "be", "is", "was", "were", "are", "been", "could", "would", "will",
                                          "can", "may", "might", "should", "must", "of", "to", "it", "they", "he", "she", "this",
                                          "that", "there", "now", "still", "also", "just", "only", "very", "so", "as"]
    static let advocacyVerbs: Set<String> = ["championed", "champions", "pushing", "pushed", "proposed", "backed", "backs",
                                             "supports", "supported", "led", "agreed", "favours", "favors", "advocated",
                                             "spearheaded", "leading", "forefront", "offered", "offers", "floated", "proposes", "proposing"]
    static let opposeMarkers: [[String]] = [["not", "accept"], ["never", "accept"], ["cannot", "accept"], ["won't", "accept"],
                                            ["unacceptable"], ["threat"], ["provocation"], ["oppose"], ["opposes"],
                                            ["legitimate", "target"], ["legitimate", "targets"], ["never", "accept"], ["not", "tolerate"],
                                            ["not", "send"], ["not", "deploy"], ["not", "participate"], ["not", "contribute", "troops"],
                                            ["no", "plans", "to", "send"], ["won't", "send"], ["not", "agree"], ["never", "agree"], ["won't", "agree"], ["refuse"], ["refuses"], ["be", "destroyed"], ["be", "targeted"], ["no", "place"], ["against", "the"],
                                            ["not", "allow"], ["vote", "against"], ["red", "line"], ["block"], ["would", "reject"], ["will", "reject"], ["rejects"], ["rejected"],
                                            ["not", "be", "sent"], ["direct", "involvement"], ["direct", "confrontation"],
                                            ["mistake"], ["reward", "for", "aggression"], ["not", "serious"], ["not", "on", "the", "table"],
                                            ["non-starter"], ["madness"], ["reckless"], ["in", "name", "only"], ["too", "small"],
                                            ["dangerous"], ["ineffective"], ["discredited"], ["sabotage"], ["declaration", "of", "war"],
                                            ["prolonging"], ["prolong"], ["back", "door"], ["invitation", "to"], ["not", "give"], ["not", "address"],
                                            ["party", "to", "the", "conflict"],
                                            // the genre's refusals: "no talk of", "not up for discussion", "an escalation"
                                            ["no", "talk"], ["not", "up", "for", "discussion"], ["escalation"]]
        // a verb of support negated right before it: "will not contribute soldiers", "does not support the plan"
        + ["contribute", "commit", "support", "back", "join", "welcome", "endorse", "take", "put"].flatMap { verb in
            [["not", verb], ["never", verb], ["won't", verb], ["wouldn't", verb], ["cannot", verb], ["can't", verb]]
        }
    static let advocacyVerbKeys = WordKey.set(advocacyVerbs)
    static let compoundAdvocacy: Set<String> = ["backed", "led", "brokered", "drafted", "proposed", "sponsored"]
    static let conditionalMarkers: [[String]] = [["depend", "on"], ["depends", "on"], ["dependent", "on"], ["contingent", "on"], ["contingent", "upon"],
                                                 ["conditional"], ["open", "to"], ["too", "early"], ["unless"],
                                                 ["provided", "that"], ["only", "if"], ["on", "condition"], ["without", "explicit"],
                                                 ["conditions"], ["if", "there", "is"], ["as", "long", "as"], ["so", "long", "as"],
                                                 ["once", "a"], ["once", "the"], ["once", "russia"], ["once", "moscow"], ["once", "there"],
                                                 ["without", "a"], ["without", "an"], ["without", "american"], ["without", "the", "americans"],
                                                 ["without", "the", "united", "states"], ["without", "us"], ["without", "u", "s"],
                                                 ["only", "once"], ["only", "after"], ["only", "with"], ["only", "when"],
                                                 ["but", "no", "soldiers"], ["but", "no", "troops"], ["but", "not", "combat"], ["but", "not", "ground"]]
    static let supportVerbs: Set<String> = ["exploring", "considering", "ready", "willing", "prepared", "preparing", "planning",
                                            "working", "pushing", "agreed", "offering", "offered", "pledged", "committed", "open"]

    /// Words that put a neutral verb's content on the proposal's side.
    static let supportMarkers: [[String]] = [["ready"], ["willing"], ["prepared"], ["support"], ["supports"], ["backing"], ["welcome"],
                                             ["welcomed"], ["favourably"], ["favorably"], ["in", "favour"], ["in", "favor"], ["commit"],
                                             ["committed"], ["contribute"], ["contributing"], ["pledge"], ["pledged"], ["send"], ["sending"],
                                             ["deploy"], ["deployed"], ["must"], ["should"], ["need"], ["needs"], ["essential"],
                                             ["necessary"], ["important"], ["guarantee"], ["help"], ["sovereign"], ["agree"], ["agreed"],
                                             ["yes", "to"], ["remains", "open"], ["remained", "open"], ["not", "given", "up"], ["least", "bad"],
                                             ["sees", "value"], ["see", "value"], ["shown", "leadership"], ["proud"], ["pushed", "for"], ["pushing", "for"]]
    /// A modal puts the content on the proposal's side too ("troops would be deployed"), unless negated.
    static let modalMarkers: [[String]] = [["could"], ["would"], ["will"]]
    static let negatedModalMarkers: [[String]] = [["could", "not"], ["would", "not"], ["will", "not"], ["won't"], ["wouldn't"],
                                                  ["couldn't"], ["will", "never"], ["would", "never"], ["could", "never"]]
    static let modalMarkerBytes: [[UInt8]] = modalMarkers.map { Array((" " + $0.joined(separator: " ") + " ").utf8) }
    static let negatedModalMarkerBytes: [[UInt8]] = negatedModalMarkers.map { Array((" " + $0.joined(separator: " ") + " ").utf8) }
    static let supportMarkerBytes: [[UInt8]] = supportMarkers.map { Array((" " + $0.joined(separator: " ") + " ").utf8) }
    static let opposeMarkerBytes: [[UInt8]] = opposeMarkers.map { Array((" " + $0.joined(separator: " ") + " ").utf8) }
    static let conditionalMarkerBytes: [[UInt8]] = conditionalMarkers.map { Array((" " + $0.joined(separator: " ") + " ").utf8) }

    static func slug(file: String) -> String {
        var base = file.split(separator: "/").last.map(String.init) ?? file
        if base.hasSuffix(".txt") { base = String(base.dropLast(4)) }
        return Slug.make(base)
    }

    func process(file: String, text: String) -> DocResult {
        let s = ScalarText.scalars(text)
        let cleaner = Cleaner(lex: lex)
        let layout = cleaner.layout(s)
        var r = DocResult(id: Self.slug(file: file), file: file, layout: layout, published: nil, precision: nil, wordCount: 0)
        for au in layout.authors {
            r.authorInfos.append(ActorInfo(id: Slug.make(au), name: au, type: .person, countryID: nil, role: layout.authorRole))
        }
        let finder = MentionFinder(lex: lex, s: s)
        let pfinder = ProposalFinder(lex: lex, s: s)
        let cfinder = ClaimFinder(lex: lex, s: s)
        var lastProposal: Int? = nil
        var recentProposals: [Int] = []
        var lastPerson: Ref? = nil
        var lastAnyPerson: Ref? = nil
        var lastSpeaker: Ref? = nil
        var lastOutlet: Ref? = nil
        var lastCoalition: Ref? = nil
        var lastByHead: [String: Ref] = [:]
        var speakerCounts: [Ref: Int] = [:]
        var knownSurnames = Set<String>()
        var personSurface: [Ref: String] = [:]
        var lastGroup: ActorInfo? = nil
        var orphanIdx: [Int] = []
        var words = 0

        var lastContextProposal: Int? = nil
        var topicCounts: [(proposal: Int, count: Int, first: Int)] = []
        var lastProposalParagraph = -1
        var paragraphIndex = -1
        // wire style: a quotation left open at a paragraph's end goes on in the next paragraph, which reopens it
        var pendingQuotes: [(start: Int, end: Int, proposals: [Int])] = []
        for (range, isHeadline) in layout.paragraphs {
            paragraphIndex += 1
            var ptoks = Tokenizer.tokenize(s, range.lowerBound, range.upperBound)
            for k in ptoks.indices { ptoks[k].flags = lex.flags[ptoks[k].key] ?? 0 }
            words += ptoks.reduce(0) { $0 + ($1.isWord && $1.key != Token.possessiveKey ? 1 : 0) }
            let openQuote = Self.unclosedQuote(ptoks)
            let paragraphClaims = r.claims.count
            var openProposals: [Int] = []
            for sr in Sentences.split(ptoks) {
                let toks = sr.count == ptoks.count ? ptoks : Array(ptoks[sr])
                guard !toks.isEmpty else { continue }
                var ms = finder.find(toks)
                let ps = pfinder.find(toks, last: lastProposal, recent: recentProposals)
                if let l = ps.last(where: { !$0.anaphora && !Self.isCondition(toks, $0) }) { lastProposal = l.proposal }
                for p in ps where !p.anaphora && !Self.isCondition(toks, p) { recentProposals.removeAll { $0 == p.proposal }; recentProposals.insert(p.proposal, at: 0) }
                for p in ps where !p.anaphora {
                    r.proposalSurfaces.append((p.proposal, p.surface))
                    r.proposalSpans.append((p.proposal, toks[p.t0].start, toks[p.t1 - 1].end))
                }
                // resolve pronouns and definite references in order
                var quoted = [Bool](repeating: false, count: toks.count)
                for (o, c) in cfinder.quotes(toks) { for q in o...c { quoted[q] = true } }
                // "In his view, ...", "According to him, ...": the person named before this sentence
                let personBefore = (lastPerson ?? lastAnyPerson).map { ($0, personSurface[$0] ?? "") }
                for k in 0..<ms.count {
                    let m = ms[k]
                    switch m.ref.kind {
                    case .pronounHe:
                        if let p = lastPerson ?? lastAnyPerson {
                            ms[k].ref = p
                            if let sf = personSurface[p] { ms[k].surface = sf }   // an unconfirmed name keeps its words
                        };
                    case .pronounThey: if let p = lastSpeaker { ms[k].ref = p }
                    case .publication: if let o = lastOutlet { ms[k].ref = o; ms[k].isActor = true }
                    case .coalition: if let c = lastCoalition { ms[k].ref = c }
                    case .anaphor where m.ref.id == "one of them":
                        // "Two European diplomats told Reuters ... One of them said": the group speaks, as the
                        // answer keys have it (one unnamed member is no more identifiable than the group)
                        if let g = lastGroup {
                            ms[k].ref = Ref(kind: .actor, id: g.id); ms[k].info = g; ms[k].isActor = true
                        }
                    case .anaphor:
                        if let a = lastByHead[m.ref.id] {
                            ms[k].ref = a; ms[k].isActor = true
                            // "European diplomats said ... the diplomat said": one of them, not the group
                            if !m.ref.id.hasSuffix("s"), let g = lastGroup, g.id == a.id, let (ref, info) = Self.member(of: g) {
                                ms[k].ref = ref; ms[k].info = info
                            }
                        }
                    case .actor where m.info?.type == .anonymous && m.surface.lowercased().hasPrefix("one "):
                        // "... officials said. “...,” one official said": one of those officials
                        if let g = lastGroup, let (ref, info) = Self.member(of: g),
                           info.name.split(separator: " ").last == m.info!.name.split(separator: " ").last {
                            ms[k].ref = ref; ms[k].info = info
                        }
                    case .hisCountry:
                        if let p = lastPerson { ms[k].ref = Ref(kind: .hisCountry, id: p.id, country: "\(p.kind.rawValue)") }
                    default: break
                    }
                    let info = ms[k].info
                    if let info, info.type == .group, m.ref.kind == .actor { lastGroup = info }
                    if info?.type == .organization, let li = lex.actorIndexByID[m.ref.id], lex.actors[li].kind == .outlet { lastOutlet = m.ref }
                    if m.ref.kind == .actor, m.ref.id.hasPrefix("coalition") { lastCoalition = m.ref }
                    // the genre's usual second references: "the alliance" for NATO, "the bloc" for the EU
                    if ms[k].ref.kind == .actor, let head = Self.secondReference[ms[k].ref.id] { lastByHead[head] = ms[k].ref }
                    if let info, info.type == .anonymous || info.type == .organization || info.type == .group,
                       let head = (info.type == .organization ? ScalarText.lastWord(info.name) : MentionFinder.headNoun(info.name))?.lowercased() {
                        // the resolved reference ("One of them" has become "a European diplomat")
                        lastByHead[head] = ms[k].ref
                        if head.hasSuffix("s") { lastByHead[String(head.dropLast())] = ms[k].ref } else { lastByHead[head + "s"] = ms[k].ref }
                    }
                    let personLike = info?.type == .person || m.ref.kind == .name || m.ref.kind == .fullName || m.ref.kind == .role
                    if info?.type == .person || m.ref.kind == .fullName, let last = ScalarText.lastWord(m.surface) {
                        knownSurnames.insert(last.lowercased())
                    }
                    if personLike && Self.antecedentOK(ms[k], toks, quoted: quoted, knownSurnames: knownSurnames) {
                        // "Nato's secretary general, Mark Rutte, has been careful": an appositive subject
                        let appositive = m.t0 > 0 && toks[m.t0 - 1].lower == "," && m.t1 + 1 < toks.count && toks[m.t1].lower == ","
                            && isSubjectLike(toks, m.t1 + 1)
                        // "Jan Novak, a former minister who now heads a think tank, was sceptical": a sentence
                        // opening with a name and an appositive introduces its subject
                        let opening = m.t0 == 0 && m.t1 < toks.count && toks[m.t1].lower == "," && m.t1 - m.t0 >= 2
                        if isSubjectLike(toks, m.t1) || appositive || opening { lastPerson = ms[k].ref }
                        lastAnyPerson = ms[k].ref
                        if m.ref.kind != .pronounHe { personSurface[ms[k].ref] = m.surface }
                    }
                }
                for m in ms {
                    if m.ref.kind == .pronounHe || m.ref.kind == .pronounThey { continue }
                    r.mentions.append(.init(ref: m.ref, info: m.info, surface: m.surface, isActor: m.isActor,
                                            start: toks[m.t0].start, end: toks[m.t1 - 1].end))
                }
                let sentStart = toks.first!.start, sentEnd = toks.last!.end
                // outside the paragraph that named a proposal, a claim is about the one the document is about (named most so far)
                let topic = topicCounts.max { ($0.count, $1.first) < ($1.count, $0.first) }?.proposal
                let context: Int? = (lastProposalParagraph >= 0 && paragraphIndex - lastProposalParagraph <= 0) ? lastContextProposal : topic
                var nested: [(Ref, Int)] = []
                var claims = sentenceClaims(toks, ms, ps, cfinder, lastSpeaker: lastSpeaker, lastPerson: personBefore, sentence: sentStart..<sentEnd,
                                            context: context, nestedStances: &nested)
                // a quoted phrase inside the headline does not replace the headline's own claim
                if isHeadline && claims.allSatisfy({ $0.kind == .partial }), let hc = headlineColonClaim(toks, ms, ps, sentence: sentStart..<sentEnd, s) {
                    claims.append(hc)   // "Kremlin: No Western troops in Ukraine", "Ready to host talks: Fidan"
                }
                if let oq = openQuote {
                    // words inside the open quotation are the quoted speaker's, not claims of their own
                    claims.removeAll { $0.start > ptoks[oq].start }
                    for p in ps where !p.anaphora && toks[p.t0].start > ptoks[oq].start && !openProposals.contains(p.proposal) { openProposals.append(p.proposal) }
                }
                for (rf, p) in nested { r.advocacy.append(.init(ref: rf, proposal: p, stance: .support)) }
                if let l = ps.last(where: { !$0.anaphora && !lex.proposals[$0.proposal].generic && !Self.isCondition(toks, $0) }) {
                    lastContextProposal = l.proposal; lastProposalParagraph = paragraphIndex
                }
                for p in ps where !p.anaphora && !lex.proposals[p.proposal].generic && !Self.isCondition(toks, p) {
                    // (the headline names what the story is about: it weighs more)
                    let w = isHeadline ? 3 : 1
                    if let k = topicCounts.firstIndex(where: { $0.proposal == p.proposal }) { topicCounts[k].count += w }
                    else { topicCounts.append((p.proposal, w, topicCounts.count)) }
                }
                for k in claims.indices {
                    if claims[k].orphan { orphanIdx.append(r.claims.count + k); continue }
                    speakerCounts[claims[k].speaker, default: 0] += 1
                }
                if let last = claims.last(where: { !$0.orphan }) {
                    lastSpeaker = last.speaker
                    if last.speaker.kind != .actor || ms.contains(where: { $0.ref == last.speaker && $0.info?.type == .person }) {
                        lastPerson = last.speaker
                    }
                }
                // stance colour inputs
                let sentenceText = claims.isEmpty ? "" : ScalarText.string(s, sentStart, sentEnd)
                for k in claims.indices {
                    claims[k].text = ScalarText.string(s, claims[k].start, claims[k].end)
                    claims[k].sentenceText = sentenceText
                    let (x, y) = claims[k].stanceFrom ?? (claims[k].start, claims[k].end)
                    claims[k].textLower = Tokenizer.lower(s[x..<y])
                }
                r.claims.append(contentsOf: claims)
                advocacy(toks, ms, ps, cfinder, into: &r)
                figures(toks, ps, s, into: &r)
                for d in Dates.find(toks) {
                    let refs = ms.filter { $0.isActor }.map { $0.ref }
                    r.dateExprs.append((d, sentStart, sentEnd, refs))
                }
            }
            func continued(_ q: (start: Int, end: Int, proposals: [Int]), _ from: RawClaim) -> RawClaim {
                var rc = RawClaim(speaker: from.speaker, speakerSurface: from.speakerSurface, kind: .direct, start: q.start, end: q.end,
                                  cue: from.cue, sentence: q.start..<q.end, proposals: q.proposals.isEmpty ? from.proposals : q.proposals,
                                  colour: .neutral, negatedObject: false, textLower: Tokenizer.lower(s[q.start..<q.end]))
                rc.text = ScalarText.string(s, q.start, q.end)
                rc.sentenceText = rc.text
                return rc
            }
            let here = Array(r.claims[paragraphClaims...])
            if !pendingQuotes.isEmpty {
                // this paragraph reopens the quotation and names its speaker
                if ptoks.count > 1, ptoks[0].kind == .quoteOpen,
                   let d = here.first(where: { $0.kind == .direct && !$0.orphan && $0.start == ptoks[1].start }) {
                    for q in pendingQuotes { r.claims.append(continued(q, d)) }
                    pendingQuotes = []
                } else if !(openQuote == 0 && here.isEmpty) {
                    pendingQuotes = []
                }
            }
            if let oq = openQuote, oq + 1 < ptoks.count {
                let q = (start: ptoks[oq + 1].start, end: ptoks[ptoks.count - 1].end, proposals: openProposals)
                if let d = here.last(where: { !$0.orphan && $0.kind != .partial && $0.start < ptoks[oq].start }) {
                    r.claims.append(continued(q, d))   // “...,” she said. “And it goes on
                } else {
                    pendingQuotes.append(q)
                }
            }
        }
        _ = orphanIdx
        // a claim that names no proposal, far from any, is about the document's subject: the proposal it names most
        if let topic = Self.topic(r.proposalSurfaces.map { $0.0 }, lex) {
            for k in r.claims.indices where r.claims[k].proposals.isEmpty { r.claims[k].proposals = [topic] }
        }
        r.wordCount = words
        // publication date
        // years from body text only: a caption's or a related link's old year is furniture
        var body: [Range<Int>] = []
        for ln in layout.lines where !ln.furniture { body.append(ln.start..<ln.end) }
        var cy = Dates.contextYear(s, lines: body)
        if cy == nil {
            // then page furniture other than captions ("members by the end of 2025", a timestamp line)
            var rest: [Range<Int>] = []
            for ln in layout.lines where ln.furniture && !cleaner.isCaption(Tokenizer.lower(s[ln.start..<ln.end])) {
                rest.append(ln.start..<ln.end)
            }
            cy = Dates.contextYear(s, lines: rest)
        }
        if cy == nil { cy = Dates.yearFromWeekday(r.dateExprs.map { ($0.0, $0.1) }) }
        if let d = layout.published {
            // the page prints its own date: nothing in the body overrides it
            r.published = d.iso; r.precision = .day
            if cy == nil { cy = d.year }
        } else if let (p, prec) = Dates.published(r.dateExprs.map { $0.0 }, contextYear: cy) { r.published = p; r.precision = prec }
        var pubDate: SimpleDate? = nil
        if let p = r.published {
            let parts = p.split(separator: "-").compactMap { Int($0) }
            if parts.count == 3 { pubDate = SimpleDate(year: parts[0], month: parts[1], day: parts[2]) }
            else if parts.count >= 1 { pubDate = SimpleDate(year: parts[0], month: parts.count > 1 ? parts[1] : 12, day: 28) }
        }
        for (e, a, b, refs) in r.dateExprs where !e.published || true {
            guard let (d, prec) = Dates.resolve(e, published: pubDate, precision: r.precision, contextYear: cy) else { continue }
            var end = b
            while end > a && ".!?".unicodeScalars.contains(s[end - 1]) { end -= 1 }
            r.events.append(.init(date: d, precision: prec, start: a, end: end, refs: refs, text: ScalarText.string(s, a, end)))
        }
        return r
    }

    /// The document's subject: its most often named specific proposal, when it is named at least three times and
    /// more than any other (ties leave no subject).
    /// Where a parenthetical attribution's own adjunct ends: at `i` itself, or at the comma closing a short
    /// prepositional phrase after the cue ("he said in an interview with French television last week,").
    static func parentheticalEnd(_ toks: [Token], _ i: Int) -> Int {
        guard i < toks.count, ["in", "at", "on", "during", "after", "to", "while", "before"].contains(toks[i].lower) else { return i }
        var k = i + 1
        while k < toks.count && k - i <= 12 {
            if toks[k].lower == "," { return k }
            if toks[k].kind == .punct || toks[k].isQuote || toks[k].lower == "that" { return i }
            k += 1
        }
        return i
    }

    static let timeWords: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                         "yesterday", "today", "tonight", "earlier", "later", "last", "this", "week", "month",
                                         "morning", "afternoon", "evening", "night", "weekend", "on"]
    /// Whether the words from `k` to the sentence's end are only a time ("Thursday", "last week") or, after a verb
    /// that takes a listener, a short listener ("his European counterparts", "allies on Monday").
    static func shortTail(_ toks: [Token], _ k: Int, listener: Bool) -> Bool {
        var e = toks.count
        while e > k && toks[e - 1].kind == .punct { e -= 1 }
        guard e > k, e - k <= 5 else { return false }
        let tail = toks[k..<e]
        if tail.contains(where: { !$0.isWord || $0.lower == "that" || $0.isQuote }) { return false }
        if tail.allSatisfy({ timeWords.contains($0.lower) || MentionFinder.months.contains($0.lower) || $0.kind == .number }) { return true }
        return listener && ["his", "her", "their", "its", "the", "fellow", "european", "nato", "allies", "ministers", "counterparts"].contains(tail.first!.lower)
    }

    static func topic(_ named: [Int], _ lex: Lexicon) -> Int? {
        var count: [Int: Int] = [:]
        for p in named where !lex.proposals[p].generic { count[p, default: 0] += 1 }
        let ranked = count.sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }
        guard let best = ranked.first, best.value >= 3, ranked.count == 1 || ranked[1].value < best.value else { return nil }
        return best.key
    }

    /// One unnamed member of a group: "European diplomats" -> "a European diplomat".
    static func member(of g: ActorInfo) -> (Ref, ActorInfo)? {
        guard let sing = singular(g.name) else { return nil }
        let name = article(sing) + " " + sing
        let id = Slug.make(name)
        return (Ref(kind: .actor, id: id), ActorInfo(id: id, name: name, type: .anonymous, countryID: g.countryID))
    }

    static let secondReference: [String: String] = ["nato": "alliance", "european-union": "bloc"]

    /// The indefinite article by sound for the common cases: "an official", "a European", "a U.S. official".
    static func article(_ phrase: String) -> String {
        let w = phrase.lowercased()
        guard let f = w.first, "aeiou".contains(f) else { return "a" }
        for p in ["eu", "uk", "uni", "u.", "us", "one", "use"] where w.hasPrefix(p) { return "a" }
        return "an"
    }

    /// "European diplomats" -> "European diplomat"; nil when the head is not a plain plural.
    static func singular(_ groupName: String) -> String? {
        var words = groupName.split(separator: " ").map(String.init)
        // drop a leading number or quantifier ("Two European diplomats")
        while let f = words.first, words.count > 1, Int(f) != nil || MentionFinder.quantifiers.contains(f.lowercased())
                || ["two", "three", "four", "five", "several", "many", "some", "the"].contains(f.lowercased()) { words.removeFirst() }
        guard let last = words.last, last.count > 3, last.hasSuffix("s"), !last.hasSuffix("ss") else { return nil }
        words[words.count - 1] = last.hasSuffix("ies") ? String(last.dropLast(3)) + "y" : String(last.dropLast())
        var s = words.joined(separator: " ")
        // a common word capitalised only by its sentence ("Military analysts") is lowercased; "European" stays
        if let f = words.first, MentionFinder.groupMods.contains(f.lowercased()) || words.count == 1 { s = s.prefix(1).lowercased() + s.dropFirst() }
        return s
    }

    /// A headline that attributes with a colon: "Kremlin: No Western troops in Ukraine", "Zelensky: 'We need guarantees'".
    func headlineColonClaim(_ toks: [Token], _ ms: [Mention], _ ps: [ProposalMention], sentence: Range<Int>, _ s: [Unicode.Scalar]) -> RawClaim? {
        var b = toks.count
        while b > 0 && toks[b - 1].kind == .punct && toks[b - 1].lower != ":" { b -= 1 }
        // the speaker after a final colon: "Türkiye ready to host talks: Fidan"
        if let m = ms.last(where: { $0.t1 == b && $0.isActor && $0.t0 >= 4 }), toks[m.t0 - 1].lower == ":" {
            return headlineColonClaim(speaker: m, toks, ps, from: 0, to: m.t0 - 1, sentence: sentence)
        }
        guard let m = ms.first(where: { ($0.t0 == 0 || ($0.t0 == 1 && toks[0].lower == "the")) && $0.isActor }),
              m.t1 + 1 < toks.count, toks[m.t1].lower == ":" else { return nil }
        return headlineColonClaim(speaker: m, toks, ps, from: m.t1 + 1, to: toks.count, sentence: sentence)
    }

    func headlineColonClaim(speaker m: Mention, _ toks: [Token], _ ps: [ProposalMention], from: Int, to: Int, sentence: Range<Int>) -> RawClaim? {
        var a = from
        var b = to
        while b > a && toks[b - 1].kind == .punct { b -= 1 }
        if a < b && toks[a].kind == .quoteOpen && toks[b - 1].kind == .quoteClose { a += 1; b -= 1 }
        guard toks[a..<b].filter({ $0.isWord }).count >= 3 else { return nil }
        let start = toks[a].start, end = toks[b - 1].end
        var seen = Set<Int>()
        let props = ps.filter { $0.t0 >= a && $0.t0 < b && !$0.anaphora }.map { $0.proposal }.filter { seen.insert($0).inserted }
        var rc = RawClaim(speaker: m.ref, speakerSurface: m.surface, kind: .indirect, start: start, end: end, cue: nil,
                          sentence: sentence, proposals: props, colour: .neutral, negatedObject: false, textLower: "")
        rc.weak = false
        return rc
    }

    /// The double quotation mark a paragraph leaves open (the first unmatched one), when at least three words follow it.
    static func unclosedQuote(_ ptoks: [Token]) -> Int? {
        var stack: [Int] = []
        for (i, t) in ptoks.enumerated() where t.isDoubleQuote {
            if t.kind == .quoteOpen { stack.append(i) } else { _ = stack.popLast() }
        }
        guard let o = stack.first, ptoks[(o + 1)...].filter({ $0.isWord }).count >= 3 else { return nil }
        return o
    }

    /// End of a wire dateline opening a sentence: "BRUSSELS, March 3 (Reuters) - ", "LONDON (AP) — "; 0 when there is none.
    static func datelineEnd(_ toks: [Token], _ cf: ClaimFinder) -> Int {
        guard toks.count > 4, toks[0].isWord, toks[0].cap else { return 0 }
        let first = cf.text(toks, 0, 1)
        guard first.count >= 3, first.uppercased() == first else { return 0 }
        for d in 1..<min(toks.count - 1, 16) where ["-", "—", "–"].contains(toks[d].lower) {
            if toks[d - 1].lower == ")" { return d + 1 }
            // "BRUSSELS — ", "NEW YORK — ": a city in capitals and a dash
            let city = toks[0..<d].allSatisfy { $0.isWord && $0.cap && cf.text(toks, 0, 1).count >= 3 && cf.text([$0], 0, 1).uppercased() == cf.text([$0], 0, 1) }
            return d <= 3 && toks[d].lower != "-" && city ? d + 1 : 0
        }
        return 0
    }

    /// Words that make a reported frame a clause of its own ('the plan was “...”', 'they would “...”').
    /// Page labels before a colon that name no speaker: "Quote: “...”", "Update: ...".
    static let labelWords: Set<String> = ["quote", "quotes", "update", "updated", "read", "watch", "analysis", "note", "photo",
                                          "video", "live", "breaking", "exclusive", "opinion", "comment", "explainer", "context",
                                          "background", "related", "editor", "listen", "statement", "transcript", "source"]
    static let frameVerbs: Set<String> = ["is", "are", "was", "were", "be", "been", "would", "will", "could", "should", "must",
                                          "can", "may", "might", "has", "have", "had", "remains", "remained"]
    static let conditionWords: Set<String> = ["once", "after", "until", "unless", "if", "following", "pending", "without"]
    /// A proposal named as a precondition: "once a ceasefire is in place", "after a truce", "in the event of a ceasefire".
    static func isCondition(_ toks: [Token], _ p: ProposalMention) -> Bool {
        guard !p.anaphora else { return false }
        let P = ProcessorWords.shared
        var j = p.t0 - 1
        while j >= 0 && P.proposalDeterminers.contains(toks[j].key) { j -= 1 }
        guard j >= 0 else { return false }
        if P.conditionWords.contains(toks[j].key) { return true }
        if j >= 1 && toks[j].key == P.of && P.eventNouns.contains(toks[j - 1].key) { return true }
        return false
    }

    /// Can this mention be the antecedent of "he"/"she"? Not a name inside a quotation, and not a lone
    /// capitalised word opening a sentence or a quote ("Allies, she argued", "“Deterrence is ...,” she said")
    /// unless the document has already used it as a surname.
    static func antecedentOK(_ m: Mention, _ toks: [Token], quoted: [Bool], knownSurnames: Set<String>) -> Bool {
        if m.t0 < quoted.count && quoted[m.t0] { return false }
        guard m.ref.kind == .name, m.info == nil, m.t1 - m.t0 == 1 else { return true }
        if knownSurnames.contains(m.ref.id) { return true }
        return m.t0 > 0 && toks[m.t0 - 1].kind != .quoteOpen
    }

    /// After a person mention: a verb follows (so the mention is a subject, not an object).
    func isSubjectLike(_ toks: [Token], _ e: Int) -> Bool {
        let P = ProcessorWords.shared
        var j = e
        if j < toks.count && toks[j].key == P.comma { return false }
        while j < toks.count && (P.aux.contains(toks[j].key) && !P.finiteAux.contains(toks[j].key)) { j += 1 }
        guard j < toks.count, toks[j].isWord, !toks[j].cap else { return false }
        let w = toks[j].lower
        if w == "'s" { return false }
        return !ClaimFinder.functionNext.contains(w) || ["has", "have", "had", "is", "was", "will", "would", "could", "can", "may"].contains(w)
    }

    // MARK: claims of one sentence

    func sentenceClaims(_ toks: [Token], _ ms: [Mention], _ ps: [ProposalMention], _ cf: ClaimFinder,
                        lastSpeaker: Ref?, lastPerson: (Ref, String)? = nil, sentence: Range<Int>, context: Int?, nestedStances: inout [(Ref, Int)]) -> [RawClaim] {
        let n = toks.count
        let qs = cf.quotes(toks)
        var inQuote = [Bool](repeating: false, count: n)
        for (o, c) in qs { for k in o...c { inQuote[k] = true } }
        var cues = cf.cues(toks, inQuote: inQuote)
        var out: [RawClaim] = []
        var directQuotes = Set<Int>()
        var headings = Set<Int>()   // a short quotation standing alone as a section heading: no one's claim
        var lastDirect: ([Ref], String)? = nil
        let actorMs = ms.filter { $0.ref.kind != .hisCountry }

        func proposals(_ a: Int, _ b: Int) -> [Int] {
            // a proposal named only as a precondition ("once a ceasefire is in place") yields to another one
            func pick(_ c: [ProposalMention]) -> [Int] {
                let main = c.filter { !Self.isCondition(toks, $0) }
                return (main.isEmpty ? c : main).map { $0.proposal }
            }
            var inText = pick(ps.filter { $0.t0 < b && $0.t1 > a })
            // else the sentence's proposals named before the claim or just after it
            if inText.isEmpty { inText = pick(ps.filter { $0.t1 <= a || ($0.t0 >= b && $0.t0 <= b + 8) }) }
            if inText.isEmpty, let c = context { inText = [c] }
            var seen = Set<Int>()
            var out = inText.filter { seen.insert($0).inserted }
            if out.contains(where: { !lex.proposals[$0].generic }) { out.removeAll { lex.proposals[$0].generic } }
            return out
        }
        // "accept monitors but not a buffer zone", "no buffer zone": a proposal named after a negation, inside the clause
        func negatedProposals(_ a: Int, _ b: Int) -> [Int] {
            ps.filter { p in
                guard !p.anaphora, p.t0 >= a, p.t0 < b else { return false }
                var j = p.t0 - 1
                while j >= a && ["a", "an", "any", "the"].contains(toks[j].lower) { j -= 1 }
                return j >= a && ["not", "no", "never"].contains(toks[j].lower)
            }.map { $0.proposal }
        }
        func make(_ speaker: Ref, _ surface: String, _ kind: ClaimKind, _ a: Int, _ b: Int, cue: String?, colour: Stance, members: [Ref] = []) -> RawClaim {
            // a: first token, b: end token (exclusive)
            var neg = false
            var k = a
            while k < b && (toks[k].lower == "the" || toks[k].lower == "'s" || toks[k].cap) { k += 1 }
            if k < b && ClaimFinder.negativeHeads.contains(toks[k].lower) { neg = true }
            var rc = RawClaim(speaker: speaker, speakerSurface: surface, kind: kind, start: toks[a].start, end: toks[b - 1].end,
                              cue: cue, sentence: sentence, proposals: proposals(a, b), colour: colour, negatedObject: neg,
                              textLower: "", members: members)
            rc.negatedProposals = negatedProposals(a, b)
            if kind == .indirect {
                var j = a
                if j < b && toks[j].lower == "the" { j += 1 }
                while let m = actorMs.first(where: { $0.t0 == j || ($0.t0 == j + 1 && toks[j].lower == "the") }), m.isActor || m.ref.kind == .hisCountry {
                    rc.contentSubjects.append(m.ref)
                    j = m.t1
                    if j < b && toks[j].lower == "'s" { j += 1; break }
                    if j < b && toks[j].lower == "and" { j += 1; continue }
                    break
                }
                var v = j
                while v < b && v < j + 3 && (ClaimFinder.aux.contains(toks[v].lower) || toks[v].lower == "are") { v += 1 }
                if v < b && Self.supportVerbs.contains(toks[v].lower) && !rc.contentSubjects.isEmpty { rc.subjectSupports = true }
            }
            return rc
        }
        func firstSubject() -> ([Ref], String)? {
            var j = 0
            while j < n && (ClaimFinder.connectives.contains(toks[j].lower) || toks[j].lower == ",") { j += 1 }
            guard var m = actorMs.first(where: { $0.t0 == j || ($0.t0 == j + 1 && toks[j].lower == "the") }), m.isActor else { return nil }
            // "Reform UK leader Nigel Farage went further, saying ...": the organisation's role word, then its holder
            if let h = actorMs.first(where: { $0.t0 >= m.t1 && $0.t0 <= m.t1 + 2 && $0.isActor }),
               toks[m.t1..<h.t0].allSatisfy({ $0.isWord && !$0.cap && !["and", "or", "of", "in", "with", "to", "the", "for", "on"].contains($0.lower) }),
               h.ref.kind == .fullName || h.ref.kind == .name || h.info?.type == .person {
                m = h
            }
            var refs = [m.ref]
            var surface = m.surface
            var cur = m
            while cur.t1 + 1 < n, toks[cur.t1].lower == "and", let nx = actorMs.first(where: { $0.t0 == cur.t1 + 1 || ($0.t0 == cur.t1 + 2 && toks[cur.t1 + 1].lower == "the") }) {
                refs.append(nx.ref); surface += " and " + nx.surface; cur = nx
            }
            return (refs, surface)
        }
        func cueText(_ c: ClaimFinder.Cue) -> String { cf.text(toks, c.t0, c.t1) }

        // 1. direct quotes
        for (qi, (o, c)) in qs.enumerated() {
            guard c > o + 1, !cf.isNaming(toks, o, c, ms, ps) else { continue }
            var startOK = o == 0 || (o == 1 && (toks[0].lower == "-" || toks[0].lower == "—"))
            // speaker after: “…,” Macron stated. / “…,” said Macron. / “…,” the French president added.
            if startOK {
                var a = c + 1
                if a < n && toks[a].lower == "," { a += 1 }
                if let ci = cues.firstIndex(where: { $0.t0 >= a && $0.t0 <= a + 8 && !$0.used }) {
                    let cu = cues[ci]
                    var spk: ([Ref], String)? = nil
                    if let m = actorMs.first(where: { $0.t0 == cu.t1 || ($0.t0 == cu.t1 + 1 && toks[cu.t1].lower == "the") }), cu.t0 == a {
                        spk = ([m.ref], m.surface)
                    } else if let sub = cf.subject(toks, cu.t0, actorMs), let m0 = actorMs.first(where: { $0.ref == sub.refs.first! && $0.t0 >= a }) , m0.t0 <= a + 1 {
                        spk = (sub.refs, sub.surface)
                    }
                    if let (refs, surface) = spk {
                        cues[ci].used = true
                        lastDirect = (refs, surface)
                        for rf in refs { out.append(make(rf, surface, .direct, o + 1, c, cue: cueText(cu), colour: cu.entry.colour)) }
                        directQuotes.insert(qi)
                        continue
                    }
                }
                // a whole-sentence quote with no attribution: the last speaker goes on
                var e = c + 1
                while e < n && toks[e].kind == .punct { e += 1 }
                // (a short quotation with no closing punctuation standing alone is a section heading: "‘Far apart’")
                let heading = c == n - 1 && toks[c - 1].kind != .punct && toks[(o + 1)..<c].filter({ $0.isWord }).count <= 6
                if heading && !cues.contains(where: { !inQuote[$0.t0] }) { headings.insert(qi); continue }
                if e >= n, let ls = lastSpeaker, cues.allSatisfy({ inQuote[$0.t0] || $0.used }) {
                    out.append(make(ls, "", .direct, o + 1, c, cue: nil, colour: .neutral))
                    directQuotes.insert(qi)
                    continue
                }
                startOK = false
            }
            // X said: “…”
            if o > 0 && toks[o - 1].lower == ":", let ci = cues.lastIndex(where: { $0.t1 <= o - 1 && !$0.used }) {
                let cu = cues[ci]
                if let sub = cf.subject(toks, cu.t0, actorMs) ?? firstSubject().map({ (refs: $0.0, surface: $0.1, extra: [], members: []) }) {
                    // "He told the paper that any guarantee would be judged by one test: “...”": the that-clause is a
                    // reported claim of its own, so the cue stays free for it
                    let that = (cu.t1..<(o - 1)).first { toks[$0].lower == "that" }
                    cues[ci].used = !(that.map { toks[($0 + 1)..<(o - 1)].filter { $0.isWord }.count >= 3 } ?? false)
                    for rf in sub.refs { out.append(make(rf, sub.surface, .direct, o + 1, c, cue: cueText(cu), colour: cu.entry.colour)) }
                    directQuotes.insert(qi)
                }
            } else if o > 1 && o <= 14 && toks[o - 1].lower == ":" && !cues.contains(where: { $0.t1 <= o - 1 }) && !qs.contains(where: { $0.1 < o }) {
                // "Peskov was blunter: “...”", "One of them put it more bluntly: “...”": a short clause with no verb of
                // saying introduces the quotation that ends the sentence; its subject speaks
                var e = c + 1
                while e < n && toks[e].kind == .punct { e += 1 }
                var j = 0
                while j < n && (ClaimFinder.connectives.contains(toks[j].lower) || toks[j].lower == ",") { j += 1 }
                if e >= n, let m = actorMs.first(where: { $0.t0 == j || ($0.t0 == j + 1 && toks[j].lower == "the") }),
                   m.isActor || (m.ref.kind != .pronounHe && ["he", "she"].contains(toks[m.t0].lower)),
                   (m.t1 < o - 1 && toks[m.t1].isWord && !toks[m.t1].cap)
                    // "Erdogan: ‘Istanbul remains the address for peace’": a name and a colon head the quotation
                    || (m.t1 == o - 1 && m.isActor && toks[(o + 1)..<c].filter({ $0.isWord }).count >= 3
                        && !(m.t1 == m.t0 + 1 && Self.labelWords.contains(toks[m.t0].lower))) {
                    out.append(make(m.ref, m.surface, .direct, o + 1, c, cue: nil, colour: .neutral))
                    directQuotes.insert(qi)
                }
            }
        }

        // 2. reported speech, one claim per cue
        var prevSpeakers: ([Ref], String)? = lastDirect   // "“...,” he said, adding that ..."
        nestedStances.removeAll()
        var indirectRanges: [(Int, Int, Int)] = []   // token range and index into out
        // "In his view, ...", "In her words, the plan “...”": the last person named speaks
        if n > 6, toks[0].lower == "in", ["his", "her"].contains(toks[1].lower), ["view", "words", "opinion"].contains(toks[2].lower),
           toks[3].lower == ",", let p = lastPerson, !cues.contains(where: { !inQuote[$0.t0] }) {
            let b = cf.contentEnd(toks, 4, limit: n, inQuote: inQuote, ms: actorMs)
            if toks[4..<max(b, 4)].filter({ $0.isWord }).count >= 3 {
                out.append(make(p.0, p.1, .indirect, 4, b, cue: nil, colour: .neutral))
                indirectRanges.append((4, b, out.count - 1))
            }
        }
        for ci in cues.indices where !cues[ci].used {
            let cu = cues[ci]
            var speakers: ([Ref], String)? = nil
            var extra: [(Ref, String)] = []
            var members: [Ref] = []
            var a = -1, b = -1
            let clauseStart: Int = {
                var j = Self.datelineEnd(toks, cf)
                while j + 1 < n && ClaimFinder.connectives.contains(toks[j].lower) && toks[j + 1].lower == "," { j += 2 }
                return j
            }()
            if cu.entry.adverbial {
                // according to X, ...  /  ..., according to X.
                let source: (ref: Ref, surface: String, t1: Int)
                // "According to him, the Baltic states ...": the pronoun is the source, not the clause's first actor
                if cu.t1 < n, ["him", "her"].contains(toks[cu.t1].lower), let p = lastPerson { source = (p.0, p.1, cu.t1 + 1) }
                else if let m = actorMs.first(where: { $0.t0 >= cu.t1 && $0.t0 <= cu.t1 + 6 && $0.isActor }) {
                    // "according to a draft seen by Reuters": a document the outlet saw is no one's claim
                    if toks[cu.t1..<m.t0].contains(where: { $0.lower == "by" }) { continue }
                    source = (m.ref, m.surface, m.t1)
                }
                else if cu.t1 < n, ["him", "her"].contains(toks[cu.t1].lower), let p = lastPerson { source = (p.0, p.1, cu.t1 + 1) }   // "According to him, ..."
                else { continue }
                speakers = ([source.ref], source.surface)
                if cu.t0 <= clauseStart + 1 {
                    var k = source.t1
                    while k < n && toks[k].lower != "," { k += 1 }
                    a = k + 1
                    b = cf.contentEnd(toks, a, limit: n, inQuote: inQuote, ms: actorMs)
                    // "According to Interfax, Deputy Foreign Minister Sergei Ryabkov said ...": the source only relays
                    // a speaker who has a verb of saying of their own
                    if cues.contains(where: { c in c.t0 > a && c.t0 < b && !c.entry.adverbial && !c.entry.participle
                                              && cf.subject(toks, c.t0, actorMs) != nil }) { continue }
                } else if cu.t0 > 0 && toks[cu.t0 - 1].lower == ",",
                          // "Source: X at a press conference, as reported by Y": a page label's line is no claim
                          !(clauseStart + 1 < n && Self.labelWords.contains(toks[clauseStart].lower) && toks[clauseStart + 1].lower == ":") {
                    a = clauseStart; b = cu.t0 - 1
                } else { continue }
            } else {
                let sub = cf.subject(toks, cu.t0, actorMs)
                if let sub {
                    speakers = (sub.refs, sub.surface); extra = sub.extra; members = sub.members
                }
                // trailing attribution: "..., Macron said." / "..., said Gran." / "..., Macron says"
                var trailing = false
                if let sub, let m = actorMs.last(where: { $0.ref == sub.refs.last! && $0.t1 <= cu.t0 }) {
                    // the subject's own mention, the one nearest the verb: "Russia will not ..., the Kremlin said"
                    // names Russia twice, and the clause is not the subject
                    let first = actorMs.last(where: { $0.ref == sub.refs.first! && $0.t1 <= m.t1 }) ?? m
                    _ = m
                    // "..., the officials added": the article belongs to the speaker
                    var st = first.t0 > 0 && toks[first.t0 - 1].lower == "the" ? first.t0 - 1 : first.t0
                    // "..., the bloc's foreign policy chief Kaja Kallas said": the possessive belongs to the speaker
                    if st >= 2 && toks[st - 1].lower == "'s" && toks[st - 2].isWord {
                        st -= 2
                        if st >= 1 && toks[st - 1].lower == "the" { st -= 1 }
                    }
                    var p = st - 1
                    if p >= 0 && toks[p].kind == .quoteClose { p -= 1 }
                    let afterOK: Bool = {
                        var k = cu.t1
                        if k < n, let om = actorMs.first(where: { $0.t0 == k }) { k = om.t1 } // told Le Parisien
                        else if k < n && ["reporters", "journalists"].contains(toks[k].lower) { k += 1 } // told reporters
                        if k < n && toks[k].lower == "that" { return false }
                        // "..., Blair said Thursday.", "..., Healey has told his European counterparts.": a time or a
                        // short listener ends the sentence
                        if Self.shortTail(toks, k, listener: cu.entry.takesObject) { return true }
                        // "..., the Kremlin said Tuesday, hours before talks resumed": a time, then an adjunct of the report
                        var w = k
                        if w < n && toks[w].lower == "on" { w += 1 }
                        while w < n && w < k + 4 && (Self.timeWords.contains(toks[w].lower) || MentionFinder.months.contains(toks[w].lower) || toks[w].kind == .number) { w += 1 }
                        if w > k && w + 1 < n && toks[w].lower == "," && toks[w + 1].lower != "that" && !inQuote[w] { return true }
                        // "Estonia's prime minister, Kristen Michal, told reporters in Tallinn on Sunday that ...": the content follows
                        var f = k
                        while f < n && f <= k + 8 && toks[f].kind != .punct && !toks[f].isQuote { if toks[f].lower == "that" { return false }; f += 1 }
                        return k >= n || toks[k].kind == .punct || ["in", "at", "on", "during", "to", "after", "while", "following", "when", "before", "published"].contains(toks[k].lower)
                    }()
                    if p >= 0 && (toks[p].lower == "," || (p + 1 < n && toks[p + 1].kind == .quoteClose && p >= 0 && toks[p].lower == ",")) && afterOK && p > clauseStart {
                        a = clauseStart
                        b = toks[st - 1].kind == .quoteClose ? st : st - 1
                        trailing = true
                        // a parenthetical attribution inside a short subject's clause: "The plan, he said, would cost
                        // billions", "Allies, she argued, should commit ...": the claim is the whole clause
                        let head = toks[a..<b].filter { $0.isWord }.count
                        // (the parenthetical may carry its own adjunct: "The plan, he said in an interview last week, would ...")
                        let c = Self.parentheticalEnd(toks, cu.t1)
                        if head >= 1 && head <= 6, c + 1 < n, toks[c].lower == ",", !inQuote[a],
                           toks[c + 1].isWord, !toks[c + 1].cap, lex.cues[toks[c + 1].key]?.contains(where: { $0.words.count == 1 }) != true,
                           !toks[c + 1].lower.hasSuffix("ing"), toks[c + 1].lower != "according" {
                            let e = cf.contentEnd(toks, c + 1, limit: n, inQuote: inQuote, ms: actorMs)
                            if toks[(c + 1)..<max(e, c + 1)].filter({ $0.isWord }).count >= 2 { b = e }
                        }
                    }
                }
                if !trailing && speakers == nil {
                    let pj = cf.skipAuxBack(toks, cu.t0 - 1)
                    let coordinated = pj >= 0 && ["and", "but", ",", "while", "before", "after"].contains(toks[pj].lower)
                    if let pv = prevSpeakers, coordinated {
                        // "dismissed ..., emphasizing ...", "signaled ... but insisted ..."
                        speakers = pv
                    } else if cu.t0 > 0 && toks[cu.t0 - 1].lower == ",", let m = actorMs.first(where: { $0.t0 == cu.t1 }), m.isActor,
                              m.t1 >= n || toks[m.t1].kind == .punct || ["in", "at", "on", "during", "to", "after"].contains(toks[m.t1].lower) {
                        // inverted: "..., says Macron"
                        speakers = ([m.ref], m.surface); a = clauseStart; b = cu.t0 - 1; trailing = true
                    } else if cu.entry.participle, let fs = firstSubject() {
                        speakers = fs
                    }
                }
                if !trailing {
                    a = cf.contentStart(toks, cu.t1, actorMs, adverbial: false, takesObject: cu.entry.takesObject)
                    // "the regions Moscow claims to have annexed", "is said to be": an infinitive, not a reported clause
                    if a == cu.t1 && a < n && toks[a].lower == "to" && cu.entry.colour == .neutral && !cu.entry.takesObject && !cu.entry.participle { continue }
                    // "said this in a post on X", "said so on Monday": the words were reported before
                    if a < n, ["this", "so"].contains(toks[a].lower), a + 1 >= n || toks[a + 1].kind == .punct
                        || ["in", "on", "at", "during", "after", "when", "while", "to"].contains(toks[a + 1].lower) { continue }
                    let rj = cf.skipAuxBack(toks, cu.t0 - 1)
                    let relative = rj >= 1 && ["who", "which"].contains(toks[rj].lower) && toks[rj - 1].lower == ","
                    b = cf.contentEnd(toks, a, limit: n, inQuote: inQuote, ms: actorMs, relative: relative)
                    // "While Britain has offered to lead, and the Nordic states have said they are ready to join, several
                    // larger allies have ruled out ...": in a sentence-initial subordinate clause the content ends at its comma
                    if clauseStart < cu.t0, ClaimFinder.subordinators.contains(toks[clauseStart].lower),
                       let cm = (a..<b).first(where: { toks[$0].lower == "," && !inQuote[$0] }), cm > a + 1 { b = cm }
                }
            }
            guard let (refs, surface) = speakers, a >= 0, b > a, a < n else { continue }
            // "X said in a statement that they backed the force": the speaker's own stance inside their claim
            let pj = cf.skipAuxBack(toks, cu.t0 - 1)
            let pronounSubject = pj >= 0 && ["he", "she", "they", "we", "it"].contains(toks[pj].lower)
            if (cu.entry.notNested || pronounSubject) && indirectRanges.contains(where: { $0.0 <= cu.t0 && $0.1 >= cu.t1 }) {
                // "nations had expressed interest in contributing forces": a stance, not a claim
                if cu.entry.notNested || cu.entry.colour == .support {
                    for rf in refs { for p in proposals(a, b) { nestedStances.append((rf, p)) } }
                }
                continue
            }
            // content that is one quotation is a direct quote handled above
            if let q = qs.firstIndex(where: { $0.0 == a && $0.1 >= b - 1 }), directQuotes.contains(q) { continue }
            let wordsIn = toks[a..<b].filter { $0.isWord }.count
            guard wordsIn >= 2 else { continue }
            prevSpeakers = (refs, surface)
            // a quote ending the content keeps its closing mark
            var bb = b
            if bb < n && toks[bb].kind == .quoteClose && inQuote[bb - 1] { bb += 1 }
            for (pa, pb) in cf.thatClauses(toks, a, bb, inQuote: inQuote) {
                for rf in refs {
                    out.append(make(rf, surface, .indirect, pa, pb, cue: cueText(cu), colour: cu.entry.colour, members: members))
                    out[out.count - 1].weak = cu.entry.weak
                    indirectRanges.append((pa, pb, out.count - 1))
                }
                for (rf, sf) in extra {
                    out.append(make(rf, sf, .indirect, pa, pb, cue: cueText(cu), colour: cu.entry.colour))
                    out[out.count - 1].weak = cu.entry.weak
                    indirectRanges.append((pa, pb, out.count - 1))
                }
            }
        }

        // 3. partial quotes: inside reported speech, or orphans given to the document's main speaker
        var drop = Set<Int>()
        for (qi, (o, c)) in qs.enumerated() where !directQuotes.contains(qi) && !headings.contains(qi) {
            guard c > o + 1, !cf.isNaming(toks, o, c, ms, ps) else { continue }
            let hosts = indirectRanges.filter { $0.0 <= o && $0.1 >= c }
            if hosts.isEmpty {
                // "Rome would help ..., she said, but “not with soldiers”": the sentence's one speaker
                let spk = out.filter { !$0.orphan && $0.kind != .partial }
                if let f = spk.first, spk.allSatisfy({ $0.speaker == f.speaker }) {
                    // "“We will never accept it,” he told reporters, “and we will respond.”": the quotation goes on
                    var e = c + 1
                    while e < n && toks[e].kind == .punct { e += 1 }
                    let goesOn = o > 0 && toks[o - 1].lower == "," && e >= n && qs.indices.contains { directQuotes.contains($0) && qs[$0].1 < o }
                    var pc = make(f.speaker, f.speakerSurface, goesOn ? .direct : .partial, o + 1, c, cue: f.cue, colour: f.colour)
                    pc.weak = f.weak
                    out.append(pc)
                    continue
                }
                var rc = make(Ref(kind: .actor, id: ""), "", .partial, o + 1, c, cue: nil, colour: .neutral)
                rc.orphan = true
                out.append(rc)
                continue
            }
            for h in hosts.prefix(1) {
                let host = out[h.2]
                // the reported clause adds nothing beyond the quoted words: keep only the partial
                // only the quotation, or a bare subject before it: keep only the partial; a frame with its own verb stays
                // the proposal's own name; "the plan was “a mistake”" keeps its frame (what the words are said of)
                let outsideWords = toks[h.0..<h.1].enumerated().filter {
                    let k = h.0 + $0.offset
                    return !(k >= o && k <= c) && $0.element.isWord
                }.map { $0.element.lower }
                // 'any mission “must be credible”': a bare subject whose predicate is all quoted adds nothing either
                let hasVerb = outsideWords.contains { Self.frameVerbs.contains($0) || $0.hasSuffix("ed") }
                let quotedPredicate = o + 1 < c && Self.frameVerbs.contains(toks[o + 1].lower)
                // 'membership for Ukraine was “not on the table”': a short subject and its copula before a quoted
                // predicate that ends the clause add nothing either (devset decision 4)
                let before = outsideWords.count - toks[(c + 1)..<h.1].filter { $0.isWord }.count
                let copulaFrame = o > h.0 && ["is", "are", "was", "were", "be", "remains", "remained"].contains(toks[o - 1].lower)
                    && before == outsideWords.count && outsideWords.count <= 6
                    && !outsideWords.dropLast(outsideWords.last == "be" ? 2 : 1).contains { Self.frameVerbs.contains($0) || $0.hasSuffix("ed") }
                // 'described the talks as “serious but unfinished”': the object and 'as' before a quoted description that
                // ends the clause add nothing either
                let describedAs = o > h.0 && toks[o - 1].lower == "as" && before == outsideWords.count && outsideWords.count <= 6
                    && ["described", "describing", "describes", "describe"].contains((host.cue ?? "").lowercased())
                if outsideWords.isEmpty || (!hasVerb && quotedPredicate && outsideWords.count <= 3) || copulaFrame || describedAs { drop.insert(h.2) }
                var pc = make(host.speaker, host.speakerSurface, .partial, o + 1, c, cue: host.cue, colour: host.colour)
                pc.stanceFrom = (host.start, host.end)
                pc.weak = host.weak
                pc.proposals = host.proposals
                out.append(pc)
            }
        }
        return out.enumerated().filter { !drop.contains($0.offset) }.map { $0.element }
    }

    // MARK: stances without a claim: "Macron has championed the idea", "as proposed by Britain and France"

    func advocacy(_ toks: [Token], _ ms: [Mention], _ ps: [ProposalMention], _ cf: ClaimFinder, into r: inout DocResult) {
        guard !ps.isEmpty else { return }
        let actorMs = ms.filter { $0.isActor && $0.ref.kind != .hisCountry }
        let P = ProcessorWords.shared
        for i in 0..<toks.count {
            // "gaining traction among Ukraine's allies", "support among European leaders"
            if toks[i].key == P.among, i >= 2, P.supportNouns.contains(toks[i - 1].key),
               let p = ps.last(where: { $0.t1 <= i }), let m = actorMs.first(where: { $0.t0 == i + 1 || ($0.t0 == i + 2 && toks[i + 1].key == P.the) }) {
                r.advocacy.append(.init(ref: m.ref, proposal: p.proposal, stance: .support))
            }
            if i >= 2 && toks[i - 1].key == P.dash && P.compoundAdvocacy.contains(toks[i].key), let m = actorMs.first(where: { $0.t1 == i - 1 }) {
                // "a U.S.-backed ceasefire", "a Washington-backed peace plan", "the UK-led force", "the U.S.-brokered framework"
                if let p2 = ps.first(where: { $0.t0 >= m.t0 && $0.t0 <= i + 4 }) { r.advocacy.append(.init(ref: m.ref, proposal: p2.proposal, stance: .support)) }
                continue
            }
            guard Self.advocacyVerbKeys.contains(toks[i].key) && !toks[i].cap else { continue }
            // "the reassurance force, championed by France", "the 30-day pause, first proposed by Washington": the proposal before
            let byAfter = i + 1 < toks.count && toks[i + 1].lower == "by"
            guard let p = ps.first(where: { $0.t0 > i && $0.t0 <= i + 8 })
                    ?? (byAfter ? ps.last(where: { $0.t1 <= i && $0.t1 >= i - 3 && !$0.anaphora }) : nil) else { continue }
            var refs: [Ref] = []
            if i + 1 < toks.count && toks[i + 1].lower == "by" {
                var k = i + 2
                while let m = actorMs.first(where: { $0.t0 == k || ($0.t0 == k + 1 && toks[k].lower == "the") }) {
                    refs.append(m.ref)
                    k = m.t1
                    if k < toks.count && (toks[k].lower == "and" || toks[k].lower == ",") { k += 1 } else { break }
                }
            } else if let sub = cf.subject(toks, i, actorMs) {
                refs = sub.refs
                // "Along with X, Y has championed"
                if toks.first?.lower == "along", let m = actorMs.first(where: { $0.t0 <= 4 }) { refs.append(m.ref) }
            }
            for rf in refs { r.advocacy.append(.init(ref: rf, proposal: p.proposal, stance: .support)) }
        }
    }

    // MARK: figures: "a few thousand troops per country", "over 10,000 troops", "30-day", "about 20 countries"

    static let units: Set<String> = ["troops", "soldiers", "personnel", "peacekeepers", "countries", "nations", "points",
                                     "days", "ways", "troop"]
    static let figureLeads: Set<String> = ["over", "about", "around", "nearly", "some", "up", "more", "than", "north", "of", "comfortably", "a", "to", "approximately", "almost", "roughly"]
    static let figureLeadKeys = WordKey.set(figureLeads)
    static let fewKey = WordKey("few"), aKey = WordKey("a")
    func figures(_ toks: [Token], _ ps: [ProposalMention], _ s: [Unicode.Scalar], into r: inout DocResult) {
        guard let p = ps.first(where: { !$0.anaphora }) ?? ps.first else { return }
        let n = toks.count
        var i = 0
        while i < n {
            guard toks[i].kind == .number || (toks[i].key == Self.fewKey && i > 0 && toks[i - 1].key == Self.aKey) else { i += 1; continue }
            let t = toks[i]
            do {
                var st = i
                let lead = Self.figureLeadKeys
                while st > 0 && lead.contains(toks[st - 1].key) && i - st < 4 { st -= 1 }
                var j = i + 1
                if j < n && ["thousand", "hundred", "million"].contains(toks[j].lower) { j += 1 }
                var unit: String? = nil
                if j + 1 < n && toks[j].lower == "-" && ["day", "point", "year"].contains(toks[j + 1].lower) { unit = toks[j + 1].lower + "s"; j += 2 }
                else if j < n && Self.units.contains(toks[j].lower) {
                    unit = toks[j].lower; j += 1
                    if j + 1 < n && toks[j].lower == "per" { unit! += " per " + toks[j + 1].lower; j += 2 }
                } else if j < n && toks[j].lower == "peacekeeping" && j + 1 < n && toks[j + 1].lower == "troops" { unit = "troops"; j += 2 }
                else if toks[st].lower == "north" || (st < i && toks[i - 1].lower == "of") { unit = "troops" }
                if let u = unit {
                    let value: Double? = t.kind == .number ? Double(t.lower.replacingOccurrences(of: ",", with: "")) : nil
                    let txt = ScalarText.string(s, toks[st].start, toks[j - 1].end)
                    r.figures.append(.init(proposal: p.proposal, value: value.map { j > i + 1 && toks[i + 1].lower == "thousand" ? $0 * 1000 : $0 }, unit: u, text: txt))
                    i = j; continue
                }
            }
            i += 1
        }
    }
}
