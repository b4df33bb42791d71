/// Everything extracted from one folder of articles: what `parley extract` prints and what the
/// index is built from.
public struct Extraction: Codable, Sendable, Equatable {
    public var documents: [Document]
    public var actors: [Actor]
    public var claims: [Claim]
    public var proposals: [Proposal]
    public var events: [Event]

    public init(documents: [Document] = [], actors: [Actor] = [], claims: [Claim] = [],
                proposals: [Proposal] = [], events: [Event] = []) {
        self.documents = documents; self.actors = actors; self.claims = claims
        self.proposals = proposals; self.events = events
    }
}
