import Corpus

/// The immutable, in-memory index of one extraction. Readers never lock: every property is a
/// `let` of value type, so one snapshot can be shared by every event-loop thread, and a new
/// snapshot (with a higher `generation`) replaces an old one as a whole.
public final class Snapshot: Sendable {
    /// Grows with each rebuild; part of cursors and cache keys so neither outlives its data.
    public let generation: UInt64

    public let documents: [Document]
    public let actors: [Actor]
    public let claims: [Claim]
    public let proposals: [Proposal]
    /// Sorted by date, then document order.
    public let events: [Event]

    let documentByID: [String: Int]
    let actorByID: [String: Int]
    let claimByID: [String: Int]
    let proposalByID: [String: Int]

    // Secondary indexes: positions in `claims`, ascending.
    let claimsBySpeaker: [String: [Int]]
    let claimsByProposal: [String: [Int]]
    let claimsByDocument: [String: [Int]]
    let claimsByKind: [ClaimKind: [Int]]
    let claimsByStance: [Stance: [Int]]
    /// Claims with a date, ordered by date (then position); claims without one are not in it.
    let claimsByDate: [Int]
    let eventsByDocument: [String: [Int]]
    let eventsByActor: [String: [Int]]
    /// Actor ids whose `country_id` is the key: the members of an affiliation.
    let actorsByCountry: [String: [String]]

    /// The stance matrix, computed once: one cell per (actor, proposal) with evidence.
    public let stanceCells: [StanceCell]

    public let searchIndex: SearchIndex

    public init(extraction: Extraction, generation: UInt64) {
        self.generation = generation
        documents = extraction.documents
        actors = extraction.actors
        claims = extraction.claims
        proposals = extraction.proposals

        func positions<T>(_ items: [T], _ id: (T) -> String) -> [String: Int] {
            var out: [String: Int] = [:]
            for (i, item) in items.enumerated() where out[id(item)] == nil { out[id(item)] = i }
            return out
        }
        documentByID = positions(documents, \.id)
        actorByID = positions(actors, \.id)
        claimByID = positions(claims, \.id)
        proposalByID = positions(proposals, \.id)

        let docOrder = documentByID
        events = extraction.events.enumerated().sorted { a, b in
            if a.element.date != b.element.date { return a.element.date < b.element.date }
            let da = docOrder[a.element.documentID] ?? Int.max, db = docOrder[b.element.documentID] ?? Int.max
            if da != db { return da < db }
            return a.offset < b.offset
        }.map(\.element)

        var bySpeaker: [String: [Int]] = [:], byProposal: [String: [Int]] = [:], byDocument: [String: [Int]] = [:]
        var byKind: [ClaimKind: [Int]] = [:], byStance: [Stance: [Int]] = [:]
        for (i, c) in claims.enumerated() {
            bySpeaker[c.speakerID, default: []].append(i)
            for p in Set(c.proposalIDs) { byProposal[p, default: []].append(i) }
            byDocument[c.documentID, default: []].append(i)
            byKind[c.kind, default: []].append(i)
            if let s = c.stance { byStance[s, default: []].append(i) }
        }
        for key in byProposal.keys { byProposal[key]!.sort() }
        claimsBySpeaker = bySpeaker; claimsByProposal = byProposal; claimsByDocument = byDocument
        claimsByKind = byKind; claimsByStance = byStance
        let claimList = claims
        claimsByDate = claims.indices.filter { claimList[$0].published != nil }.sorted { a, b in
            let x = claimList[a].published!, y = claimList[b].published!
            return x != y ? x < y : a < b
        }

        var evDoc: [String: [Int]] = [:], evActor: [String: [Int]] = [:]
        for (i, e) in events.enumerated() {
            evDoc[e.documentID, default: []].append(i)
            for a in Set(e.actorIDs) { evActor[a, default: []].append(i) }
        }
        for key in evActor.keys { evActor[key]!.sort() }
        eventsByDocument = evDoc; eventsByActor = evActor

        var byCountry: [String: [String]] = [:]
        for a in actors { if let c = a.countryID, c != a.id { byCountry[c, default: []].append(a.id) } }
        actorsByCountry = byCountry

        stanceCells = StanceCell.build(claims: claims, proposals: proposals, actorOrder: actorByID,
                                       proposalOrder: proposalByID)

        // Snippets: a claim's text, a document's title when it has a term, else its text, the
        // names of an actor or proposal (the search endpoint's titles are the speaker, the
        // title or file name, the name).
        searchIndex = SearchIndex(texts: [
            (.claim, claims.map { SearchableText(indexed: $0.text + " " + $0.speakerName, snippet: $0.text) }),
            (.document, documents.map {
                SearchableText(indexed: ($0.title ?? "") + " " + $0.text, title: $0.title ?? $0.file, snippet: $0.text)
            }),
            (.actor, actors.map {
                let names = [$0.name] + $0.aliases + $0.roles
                return SearchableText(indexed: names.joined(separator: " "), snippet: names.joined(separator: "; "))
            }),
            (.proposal, proposals.map {
                let names = [$0.name] + $0.aliases
                return SearchableText(indexed: names.joined(separator: " "), snippet: names.joined(separator: "; "))
            }),
        ])
    }

    // MARK: - Lookups

    public func document(id: String) -> Document? { documentByID[id].map { documents[$0] } }
    public func actor(id: String) -> Actor? { actorByID[id].map { actors[$0] } }
    public func claim(id: String) -> Claim? { claimByID[id].map { claims[$0] } }
    public func proposal(id: String) -> Proposal? { proposalByID[id].map { proposals[$0] } }

    public func claims(ofDocument id: String) -> [Claim] { (claimsByDocument[id] ?? []).map { claims[$0] } }
    public func claims(bySpeaker id: String) -> [Claim] { (claimsBySpeaker[id] ?? []).map { claims[$0] } }
    public func claims(aboutProposal id: String) -> [Claim] { (claimsByProposal[id] ?? []).map { claims[$0] } }
    public func events(ofDocument id: String) -> [Event] { (eventsByDocument[id] ?? []).map { events[$0] } }
    public func members(ofCountry id: String) -> [Actor] { (actorsByCountry[id] ?? []).compactMap { actor(id: $0) } }
    public func stances(ofActor id: String) -> [StanceCell] { stanceCells.filter { $0.actorID == id } }
    public func stances(ofProposal id: String) -> [StanceCell] { stanceCells.filter { $0.proposalID == id } }

    /// Sizes for `/metrics` and `/v1/stats`.
    public var sizes: [(String, Int)] {
        [("documents", documents.count), ("actors", actors.count), ("claims", claims.count),
         ("proposals", proposals.count), ("events", events.count), ("terms", searchIndex.termCount)]
    }
}
