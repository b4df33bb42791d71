/// Where a document names an actor or a proposal: the "spans of its mentions" of the document
/// detail (DESIGN §3), so a client can highlight or link every name in the served text.
/// Offsets count Unicode scalars into `Document.text`, like a claim's `start`/`end`.
public struct MentionSpan: Codable, Sendable, Equatable {
    public enum Target: String, Codable, Sendable { case actor, proposal }

    public var type: Target
    /// The actor's or proposal's id.
    public var id: String
    public var start: Int
    public var end: Int

    public init(type: Target, id: String, start: Int, end: Int) {
        self.type = type; self.id = id; self.start = start; self.end = end
    }
}
