import Corpus

/// One entry of the timeline: an event, or a claim with its published date.
public enum TimelineItem: Sendable, Equatable {
    case event(Event)
    case claim(Claim)

    public var date: String {
        switch self {
        case .event(let e): e.date
        case .claim(let c): c.published ?? ""
        }
    }
}

public enum TimelineType: String, Sendable, CaseIterable { case event, claim }

public struct TimelineFilter: Sendable, Equatable {
    public var actor: String?
    public var proposal: String?
    public var from: String?
    public var to: String?
    public var types: Set<TimelineType>?
    public init(actor: String? = nil, proposal: String? = nil, from: String? = nil, to: String? = nil,
                types: Set<TimelineType>? = nil) {
        self.actor = actor; self.proposal = proposal; self.from = from; self.to = to; self.types = types
    }
}

extension Snapshot {
    /// Dated events and claims, oldest first (events before claims on the same day).
    /// With `actor`: events naming the actor and the actor's claims. With `proposal`: claims
    /// about it and events whose text names the proposal (its name or an alias).
    public func timeline(_ f: TimelineFilter) -> [TimelineItem] {
        func inRange(_ date: String) -> Bool {
            if let from = f.from, !PartialDate.onOrAfter(date, from) { return false }
            if let to = f.to, !PartialDate.onOrBefore(date, to) { return false }
            return true
        }
        var items: [TimelineItem] = []
        if f.types?.contains(.event) ?? true {
            var positions = f.actor.map { eventsByActor[$0] ?? [] } ?? Array(events.indices)
            if let p = f.proposal {
                let names = proposal(id: p).map { ([$0.name] + $0.aliases).map { TextFolding.queryTerms($0) } } ?? []
                positions = positions.filter { i in
                    let terms = Set(TextFolding.tokens(events[i].text).map(\.term))
                    return names.contains { !$0.isEmpty && $0.allSatisfy(terms.contains) }
                }
            }
            items += positions.filter { inRange(events[$0].date) }.map { .event(events[$0]) }
        }
        if f.types?.contains(.claim) ?? true {
            var positions = claimsByDate
            if let a = f.actor { positions = positions.filter { claims[$0].speakerID == a } }
            if let p = f.proposal { positions = positions.filter { claims[$0].proposalIDs.contains(p) } }
            items += positions.filter { inRange(claims[$0].published!) }.map { .claim(claims[$0]) }
        }
        // stable merge by date; both inputs are already in date order
        return items.enumerated().sorted { a, b in
            let x = a.element.date, y = b.element.date
            return x != y ? x < y : a.offset < b.offset
        }.map(\.element)
    }
}
