/// A number attached to a proposal ("a few thousand troops per country", "600,000").
public struct Figure: Codable, Sendable, Equatable {
    /// Nil when the text is vague.
    public var value: Double?
    public var unit: String
    public var text: String
    public var documentID: String

    public init(value: Double?, unit: String, text: String, documentID: String) {
        self.value = value; self.unit = unit; self.text = text; self.documentID = documentID
    }

    enum CodingKeys: String, CodingKey { case value, unit, text, documentID = "document_id" }
}

/// An actor's stance toward a proposal at a date, with the claims that show it.
public struct DatedStance: Codable, Sendable, Equatable {
    public var actorID: String
    public var stance: Stance
    public var date: String?
    public var documentID: String
    public var claimIDs: [String]

    public init(actorID: String, stance: Stance, date: String?, documentID: String, claimIDs: [String]) {
        self.actorID = actorID; self.stance = stance; self.date = date; self.documentID = documentID
        self.claimIDs = claimIDs
    }

    enum CodingKeys: String, CodingKey {
        case actorID = "actor_id", stance, date, documentID = "document_id", claimIDs = "claim_ids"
    }
}

/// A plan on the table, with who backs it and who rejects it.
public struct Proposal: Codable, Sendable, Equatable {
    /// A stable slug ("peacekeeping_force").
    public var id: String
    public var name: String
    public var aliases: [String]
    public var proponentIDs: [String]
    public var supporterIDs: [String]
    public var opponentIDs: [String]
    public var conditionalIDs: [String]
    public var figures: [Figure]
    public var stances: [DatedStance]
    public var documentIDs: [String]
    public var claimCount: Int
    public var firstSeen: String?
    public var lastSeen: String?

    public init(id: String, name: String, aliases: [String], proponentIDs: [String], supporterIDs: [String],
                opponentIDs: [String], conditionalIDs: [String], figures: [Figure], stances: [DatedStance],
                documentIDs: [String], claimCount: Int, firstSeen: String?, lastSeen: String?) {
        self.id = id; self.name = name; self.aliases = aliases; self.proponentIDs = proponentIDs
        self.supporterIDs = supporterIDs; self.opponentIDs = opponentIDs; self.conditionalIDs = conditionalIDs
        self.figures = figures; self.stances = stances; self.documentIDs = documentIDs
        self.claimCount = claimCount; self.firstSeen = firstSeen; self.lastSeen = lastSeen
    }

    enum CodingKeys: String, CodingKey {
        case id, name, aliases, proponentIDs = "proponent_ids", supporterIDs = "supporter_ids"
        case opponentIDs = "opponent_ids", conditionalIDs = "conditional_ids", figures, stances
        case documentIDs = "document_ids", claimCount = "claim_count", firstSeen = "first_seen", lastSeen = "last_seen"
    }
}

extension Figure {
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(value, forKey: .value); try c.encode(unit, forKey: .unit)
        try c.encode(text, forKey: .text); try c.encode(documentID, forKey: .documentID)
    }
}

extension DatedStance {
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(actorID, forKey: .actorID); try c.encode(stance, forKey: .stance); try c.encode(date, forKey: .date)
        try c.encode(documentID, forKey: .documentID); try c.encode(claimIDs, forKey: .claimIDs)
    }
}

extension Proposal {
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id); try c.encode(name, forKey: .name); try c.encode(aliases, forKey: .aliases)
        try c.encode(proponentIDs, forKey: .proponentIDs); try c.encode(supporterIDs, forKey: .supporterIDs)
        try c.encode(opponentIDs, forKey: .opponentIDs); try c.encode(conditionalIDs, forKey: .conditionalIDs)
        try c.encode(figures, forKey: .figures); try c.encode(stances, forKey: .stances)
        try c.encode(documentIDs, forKey: .documentIDs); try c.encode(claimCount, forKey: .claimCount)
        try c.encode(firstSeen, forKey: .firstSeen); try c.encode(lastSeen, forKey: .lastSeen)
    }
}
