import Corpus

/// A node of the network, in the field names Grafana's node graph panel reads
/// (`id`, `title`, `subtitle`, `mainstat`, `secondarystat`, `color`, `arc__*`).
public struct GraphNode: Sendable, Equatable {
    public var id: String
    public var title: String
    public var subtitle: String
    /// "actor" or "proposal".
    public var kind: String
    public var mainstat: Int
    public var secondarystat: Int
    public var color: String
}

/// An edge: actor → proposal (a stance) or person → country/organization (affiliation).
public struct GraphEdge: Sendable, Equatable {
    public var id: String
    public var source: String
    public var target: String
    /// The stance, or "affiliation".
    public var relation: String
    /// Number of claims behind a stance edge; 1 for affiliation.
    public var mainstat: Int
    public var color: String
}

public struct Graph: Sendable, Equatable {
    public var nodes: [GraphNode]
    public var edges: [GraphEdge]
}

extension Snapshot {
    static func color(of stance: Stance) -> String {
        switch stance {
        case .support: "#2ca02c"
        case .oppose: "#d62728"
        case .conditional: "#ff7f0e"
        case .neutral: "#7f7f7f"
        }
    }

    /// The actor–proposal network (one edge per stance cell) plus affiliation edges between
    /// actors that appear in it. Narrowed to edges touching `actor` or `proposal` when given.
    public func graph(actor: String? = nil, proposal: String? = nil, includeAffiliations: Bool = true) -> Graph {
        var edges: [GraphEdge] = []
        for cell in stanceMatrix(actor: actor, proposal: proposal) where self.actor(id: cell.actorID) != nil {
            edges.append(GraphEdge(id: "\(cell.actorID)->\(cell.proposalID)", source: cell.actorID,
                                   target: "proposal:\(cell.proposalID)", relation: cell.stance.rawValue,
                                   mainstat: cell.claimCount, color: Self.color(of: cell.stance)))
        }
        var actorIDs = Set(edges.map(\.source))
        if let a = actor, self.actor(id: a) != nil { actorIDs.insert(a) }
        if includeAffiliations && proposal == nil {
            for a in actors where actorIDs.contains(a.id) || a.id == actor {
                guard let c = a.countryID, c != a.id, self.actor(id: c) != nil else { continue }
                if actor != nil && a.id != actor && c != actor { continue }
                edges.append(GraphEdge(id: "\(a.id)->\(c)", source: a.id, target: c, relation: "affiliation",
                                       mainstat: 1, color: "#1f77b4"))
            }
        }
        var nodeIDs = Set<String>()
        for e in edges { nodeIDs.insert(e.source); nodeIDs.insert(e.target) }
        var nodes: [GraphNode] = []
        for a in actors where nodeIDs.contains(a.id) {
            nodes.append(GraphNode(id: a.id, title: a.name, subtitle: a.type.rawValue, kind: "actor",
                                   mainstat: a.claimCount, secondarystat: a.mentionCount, color: "#1f77b4"))
        }
        for p in proposals where nodeIDs.contains("proposal:\(p.id)") {
            nodes.append(GraphNode(id: "proposal:\(p.id)", title: p.name, subtitle: "proposal", kind: "proposal",
                                   mainstat: p.claimCount, secondarystat: p.documentIDs.count, color: "#9467bd"))
        }
        return Graph(nodes: nodes, edges: edges)
    }
}
