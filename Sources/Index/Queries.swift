import Corpus

/// How a claim list is ordered.
public enum ClaimSort: String, Sendable, CaseIterable {
    /// Snapshot order: documents in order, claims in text order.
    case document
    case published
    case publishedDescending = "-published"
    case speaker
    /// Best BM25 match of `q` first (the default when `q` is given).
    case relevance
}

public struct ClaimFilter: Sendable, Equatable {
    public var speaker: String?
    public var proposal: String?
    public var document: String?
    public var kinds: Set<ClaimKind>?
    /// `nil` inside the set stands for "no stance".
    public var stances: Set<Stance?>?
    public var q: String?
    public var from: String?
    public var to: String?
    public var sort: ClaimSort?

    public init(speaker: String? = nil, proposal: String? = nil, document: String? = nil,
                kinds: Set<ClaimKind>? = nil, stances: Set<Stance?>? = nil, q: String? = nil,
                from: String? = nil, to: String? = nil, sort: ClaimSort? = nil) {
        self.speaker = speaker; self.proposal = proposal; self.document = document; self.kinds = kinds
        self.stances = stances; self.q = q; self.from = from; self.to = to; self.sort = sort
    }
}

public enum ActorSort: String, Sendable, CaseIterable {
    case snapshot = "default"
    case name
    case claimCount = "-claim_count"
    case mentionCount = "-mention_count"
}

public struct ActorFilter: Sendable, Equatable {
    public var types: Set<ActorType>?
    public var q: String?
    public var sort: ActorSort
    public init(types: Set<ActorType>? = nil, q: String? = nil, sort: ActorSort = .snapshot) {
        self.types = types; self.q = q; self.sort = sort
    }
}

public struct DocumentFilter: Sendable, Equatable {
    public var outlet: String?
    public var q: String?
    public var from: String?
    public var to: String?
    public init(outlet: String? = nil, q: String? = nil, from: String? = nil, to: String? = nil) {
        self.outlet = outlet; self.q = q; self.from = from; self.to = to
    }
}

extension Snapshot {
    /// Positions in `claims` of the claims that pass every filter, in the requested order.
    /// Intersects the narrowest secondary index first, then checks the rest per claim.
    public func claimPositions(_ f: ClaimFilter) -> [Int] {
        var candidates: [Int]
        if let s = f.speaker { candidates = claimsBySpeaker[s] ?? [] }
        else if let d = f.document { candidates = claimsByDocument[d] ?? [] }
        else if let p = f.proposal { candidates = claimsByProposal[p] ?? [] }
        else if let k = f.kinds, k.count == 1 { candidates = claimsByKind[k.first!] ?? [] }
        else if let s = f.stances, s.count == 1, let one = s.first! { candidates = claimsByStance[one] ?? [] }
        else { candidates = Array(claims.indices) }

        var relevance: [Int: Double]?
        if let q = f.q { relevance = searchIndex.matchAll(q, kind: .claim) }

        let result = candidates.filter { i in
            let c = claims[i]
            if let s = f.speaker, c.speakerID != s { return false }
            if let d = f.document, c.documentID != d { return false }
            if let p = f.proposal, !c.proposalIDs.contains(p) { return false }
            if let k = f.kinds, !k.contains(c.kind) { return false }
            if let s = f.stances, !s.contains(c.stance) { return false }
            if f.from != nil || f.to != nil {
                guard let date = c.published else { return false }
                if let from = f.from, !PartialDate.onOrAfter(date, from) { return false }
                if let to = f.to, !PartialDate.onOrBefore(date, to) { return false }
            }
            if let r = relevance, r[i] == nil { return false }
            return true
        }
        let sort = f.sort ?? (f.q != nil ? .relevance : .document)
        switch sort {
        case .document:
            return result
        case .published, .publishedDescending:
            let desc = sort == .publishedDescending
            return result.sorted { a, b in
                switch (claims[a].published, claims[b].published) {
                case let (x?, y?) where x != y: return desc ? x > y : x < y
                case (_?, nil): return true
                case (nil, _?): return false
                default: return a < b
                }
            }
        case .speaker:
            return result.sorted { a, b in
                let x = TextFolding.fold(claims[a].speakerName), y = TextFolding.fold(claims[b].speakerName)
                return x != y ? x < y : a < b
            }
        case .relevance:
            guard let r = relevance else { return result }
            return result.sorted { a, b in
                let x = r[a] ?? 0, y = r[b] ?? 0
                return x != y ? x > y : a < b
            }
        }
    }

    public func actorPositions(_ f: ActorFilter) -> [Int] {
        let relevance = f.q.map { searchIndex.matchAll($0, kind: .actor) }
        let result = actors.indices.filter { i in
            if let t = f.types, !t.contains(actors[i].type) { return false }
            if let r = relevance, r[i] == nil { return false }
            return true
        }
        switch f.sort {
        case .snapshot:
            guard let r = relevance else { return result }
            return result.sorted { (r[$0] ?? 0, -$0) > (r[$1] ?? 0, -$1) }
        case .name:
            return result.sorted { (TextFolding.fold(actors[$0].name), $0) < (TextFolding.fold(actors[$1].name), $1) }
        case .claimCount:
            return result.sorted { (actors[$0].claimCount, -$0) > (actors[$1].claimCount, -$1) }
        case .mentionCount:
            return result.sorted { (actors[$0].mentionCount, -$0) > (actors[$1].mentionCount, -$1) }
        }
    }

    public func documentPositions(_ f: DocumentFilter) -> [Int] {
        let relevance = f.q.map { searchIndex.matchAll($0, kind: .document) }
        let outlet = f.outlet.map(TextFolding.fold)
        let result = documents.indices.filter { i in
            let d = documents[i]
            if let o = outlet, TextFolding.fold(d.outlet ?? "") != o { return false }
            if f.from != nil || f.to != nil {
                guard let date = d.published else { return false }
                if let from = f.from, !PartialDate.onOrAfter(date, from) { return false }
                if let to = f.to, !PartialDate.onOrBefore(date, to) { return false }
            }
            if let r = relevance, r[i] == nil { return false }
            return true
        }
        guard let r = relevance else { return result }
        return result.sorted { (r[$0] ?? 0, -$0) > (r[$1] ?? 0, -$1) }
    }

    public func proposalPositions(q: String?) -> [Int] {
        guard let q else { return Array(proposals.indices) }
        let r = searchIndex.matchAll(q, kind: .proposal)
        return proposals.indices.filter { r[$0] != nil }.sorted { (r[$0]!, -$0) > (r[$1]!, -$1) }
    }

    /// The stance matrix, optionally narrowed to one actor, one proposal, a date range of the
    /// evidence (the stance is then the one that evidence shows: "as of `to`"), or some stances.
    public func stanceMatrix(actor: String? = nil, proposal: String? = nil, stances: Set<Stance>? = nil,
                             from: String? = nil, to: String? = nil) -> [StanceCell] {
        stanceCells.compactMap { c in
            if let a = actor, c.actorID != a { return nil }
            if let p = proposal, c.proposalID != p { return nil }
            guard let cell = c.restricted(from: from, to: to) else { return nil }
            if let s = stances, !s.contains(cell.stance) { return nil }
            return cell
        }
    }
}
