import Corpus

/// Counts and facets for dashboards; every facet is a list of (value, count), largest first.
public struct Stats: Sendable {
    public var counts: [(String, Int)]
    public var claimsByKind: [(String, Int)]
    public var claimsByStance: [(String, Int)]
    public var claimsByMonth: [(String, Int)]
    public var actorsByType: [(String, Int)]
    public var documentsByOutlet: [(String, Int)]
    /// (actor id, actor name, claims)
    public var topSpeakers: [(String, String, Int)]
    /// (proposal id, name, claims, supporters, opponents, conditional)
    public var proposals: [(String, String, Int, Int, Int, Int)]
}

extension Snapshot {
    static func ranked(_ counts: [String: Int]) -> [(String, Int)] {
        counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    public func stats(topSpeakers limit: Int = 20) -> Stats {
        var kinds: [String: Int] = [:], stances: [String: Int] = [:], months: [String: Int] = [:]
        for c in claims {
            kinds[c.kind.rawValue, default: 0] += 1
            stances[c.stance?.rawValue ?? "none", default: 0] += 1
            if let p = c.published, p.utf8.count >= 7 { months[String(p.prefix(7)), default: 0] += 1 }
        }
        var types: [String: Int] = [:]
        for a in actors { types[a.type.rawValue, default: 0] += 1 }
        var outlets: [String: Int] = [:]
        for d in documents { outlets[d.outlet ?? "unknown", default: 0] += 1 }
        let speakers = claimsBySpeaker.map { ($0.key, actor(id: $0.key)?.name ?? claims[$0.value[0]].speakerName, $0.value.count) }
            .sorted { $0.2 != $1.2 ? $0.2 > $1.2 : $0.0 < $1.0 }
        let props = proposals.map { p in
            let cells = stanceCells.filter { $0.proposalID == p.id }
            return (p.id, p.name, claimsByProposal[p.id]?.count ?? 0,
                    cells.filter { $0.stance == .support }.count, cells.filter { $0.stance == .oppose }.count,
                    cells.filter { $0.stance == .conditional }.count)
        }
        return Stats(counts: sizes.filter { $0.0 != "terms" }, claimsByKind: Self.ranked(kinds),
                     claimsByStance: Self.ranked(stances),
                     claimsByMonth: months.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
                     actorsByType: Self.ranked(types), documentsByOutlet: Self.ranked(outlets),
                     topSpeakers: Array(speakers.prefix(limit)), proposals: props)
    }
}
