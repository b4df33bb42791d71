public enum ActorType: String, Codable, Sendable, CaseIterable {
    case person, country, organization, group, anonymous
}

/// A speaker or participant: a person, a country (or its government), an organization,
/// a group ("analysts") or an anonymous source ("a military source").
public struct Actor: Codable, Sendable, Equatable {
    /// A stable slug ("emmanuel-macron").
    public var id: String
    public var name: String
    public var type: ActorType
    public var aliases: [String]
    public var roles: [String]
    public var countryID: String?
    public var mentionCount: Int
    public var claimCount: Int
    public var documentIDs: [String]

    public init(id: String, name: String, type: ActorType, aliases: [String], roles: [String],
                countryID: String?, mentionCount: Int, claimCount: Int, documentIDs: [String]) {
        self.id = id; self.name = name; self.type = type; self.aliases = aliases; self.roles = roles
        self.countryID = countryID; self.mentionCount = mentionCount; self.claimCount = claimCount
        self.documentIDs = documentIDs
    }

    enum CodingKeys: String, CodingKey {
        case id, name, type, aliases, roles, countryID = "country_id"
        case mentionCount = "mention_count", claimCount = "claim_count", documentIDs = "document_ids"
    }
}

extension Actor {
    /// Encodes optionals as JSON null (the API contract shows every field).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(type, forKey: .type)
        try c.encode(aliases, forKey: .aliases)
        try c.encode(roles, forKey: .roles)
        try c.encode(countryID, forKey: .countryID)
        try c.encode(mentionCount, forKey: .mentionCount)
        try c.encode(claimCount, forKey: .claimCount)
        try c.encode(documentIDs, forKey: .documentIDs)
    }
}
