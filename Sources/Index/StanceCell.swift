import Corpus

/// A change of an actor's stance on a proposal between two dated pieces of evidence.
public struct StanceChange: Sendable, Equatable {
    public var date: String?
    public var from: Stance
    public var to: Stance
    public var documentID: String
}

/// One cell of the actor × proposal matrix: the actor's current stance, the dated evidence
/// (oldest first) and the changes over time.
public struct StanceCell: Sendable, Equatable {
    public var actorID: String
    public var proposalID: String
    /// The stance at the latest evidence date (neutral only when nothing else is said then).
    public var stance: Stance
    public var evidence: [DatedStance]
    public var changes: [StanceChange]
    public var firstSeen: String? { evidence.compactMap(\.date).first }
    public var lastSeen: String? { evidence.compactMap(\.date).last }
    public var claimCount: Int { evidence.reduce(0) { $0 + $1.claimIDs.count } }

    /// A cell over `evidence` (oldest first): stance and changes are derived from it.
    public init(actorID: String, proposalID: String, evidence: [DatedStance]) {
        self.actorID = actorID
        self.proposalID = proposalID
        self.evidence = evidence
        stance = Self.currentStance(evidence)
        var changes: [StanceChange] = []
        var last: Stance?
        for e in evidence where e.stance != .neutral {
            if let l = last, l != e.stance {
                changes.append(StanceChange(date: e.date, from: l, to: e.stance, documentID: e.documentID))
            }
            last = e.stance
        }
        self.changes = changes
    }

    /// The same cell seeing only the evidence dated within [from, to] (compared at the coarser
    /// precision); undated evidence is dropped when a bound is given. Nil when nothing is left.
    public func restricted(from: String?, to: String?) -> StanceCell? {
        guard from != nil || to != nil else { return self }
        let kept = evidence.filter { e in
            guard let d = e.date else { return false }
            if let from, !PartialDate.onOrAfter(d, from) { return false }
            if let to, !PartialDate.onOrBefore(d, to) { return false }
            return true
        }
        return kept.isEmpty ? nil : StanceCell(actorID: actorID, proposalID: proposalID, evidence: kept)
    }

    /// Evidence comes from claims that carry a stance and name a proposal, merged with the
    /// extractor's own `Proposal.stances`; one `DatedStance` per (date, document, stance).
    static func build(claims: [Claim], proposals: [Proposal], actorOrder: [String: Int],
                      proposalOrder: [String: Int]) -> [StanceCell] {
        struct Key: Hashable { var actor: String; var proposal: String }
        struct EvKey: Hashable { var date: String?; var document: String; var stance: Stance }
        var groups: [Key: [EvKey: [String]]] = [:]
        var order: [Key: [EvKey]] = [:]
        func add(_ key: Key, _ ev: EvKey, _ ids: [String]) {
            if groups[key]?[ev] == nil { order[key, default: []].append(ev) }
            var existing = groups[key, default: [:]][ev, default: []]
            for id in ids where !existing.contains(id) { existing.append(id) }
            groups[key, default: [:]][ev] = existing
        }
        for c in claims {
            guard let s = c.stance else { continue }
            for p in c.proposalIDs {
                add(Key(actor: c.speakerID, proposal: p), EvKey(date: c.published, document: c.documentID, stance: s), [c.id])
            }
        }
        for p in proposals {
            for d in p.stances {
                add(Key(actor: d.actorID, proposal: p.id), EvKey(date: d.date, document: d.documentID, stance: d.stance), d.claimIDs)
            }
        }
        var cells: [StanceCell] = []
        for (key, evs) in order {
            let evidence = evs.enumerated().sorted { a, b in
                switch (a.element.date, b.element.date) {
                case let (x?, y?) where x != y: return x < y
                case (nil, _?): return true
                case (_?, nil): return false
                default: return a.offset < b.offset
                }
            }.map { DatedStance(actorID: key.actor, stance: $0.element.stance, date: $0.element.date,
                                documentID: $0.element.document, claimIDs: groups[key]![$0.element]!) }
            cells.append(StanceCell(actorID: key.actor, proposalID: key.proposal, evidence: evidence))
        }
        cells.sort { a, b in
            let pa = proposalOrder[a.proposalID] ?? Int.max, pb = proposalOrder[b.proposalID] ?? Int.max
            if pa != pb { return pa < pb }
            let aa = actorOrder[a.actorID] ?? Int.max, ab = actorOrder[b.actorID] ?? Int.max
            if aa != ab { return aa < ab }
            return (a.actorID, a.proposalID) < (b.actorID, b.proposalID)
        }
        return cells
    }

    /// The stance with most claims at the latest date; a non-neutral stance beats neutral.
    static func currentStance(_ evidence: [DatedStance]) -> Stance {
        guard let latest = evidence.last else { return .neutral }
        let sameDate = evidence.filter { $0.date == latest.date }
        var counts: [Stance: Int] = [:]
        for e in sameDate { counts[e.stance, default: 0] += max(1, e.claimIDs.count) }
        let ranked: [Stance] = [.oppose, .conditional, .support]
        if let best = ranked.filter({ counts[$0] != nil }).max(by: { counts[$0]! < counts[$1]! }) { return best }
        // nothing but neutral at the latest date: fall back to the last non-neutral stance
        return evidence.last(where: { $0.stance != .neutral })?.stance ?? .neutral
    }
}
