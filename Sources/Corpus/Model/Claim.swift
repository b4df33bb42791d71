public enum ClaimKind: String, Codable, Sendable, CaseIterable {
    /// A whole quoted statement.
    case direct
    /// A quoted fragment inside reported speech.
    case partial
    /// Reported speech without quotation marks, introduced by a verb of saying.
    case indirect
}

public enum Stance: String, Codable, Sendable, CaseIterable {
    case support, oppose, conditional, neutral
}

/// One statement attributed to a source, traceable to its sentence.
public struct Claim: Codable, Sendable, Equatable {
    /// Stable across restarts: derived from the document id and the offsets.
    public var id: String
    public var documentID: String
    public var speakerID: String
    public var speakerName: String
    public var kind: ClaimKind
    public var text: String
    /// The verb of saying as written ("stated", "told"); nil when the text has none.
    public var cue: String?
    public var sentence: String
    /// Unicode scalar offsets of `text` in the document's served text, end exclusive.
    public var start: Int
    public var end: Int
    /// The claim's date: the document's published date.
    public var published: String?
    public var proposalIDs: [String]
    /// Nil when the claim concerns no proposal.
    public var stance: Stance?
    /// Ids of claims in other documents that report the same statement.
    public var corroboratedBy: [String]

    public init(id: String, documentID: String, speakerID: String, speakerName: String, kind: ClaimKind,
                text: String, cue: String?, sentence: String, start: Int, end: Int, published: String?,
                proposalIDs: [String], stance: Stance?, corroboratedBy: [String]) {
        self.id = id; self.documentID = documentID; self.speakerID = speakerID; self.speakerName = speakerName
        self.kind = kind; self.text = text; self.cue = cue; self.sentence = sentence; self.start = start
        self.end = end; self.published = published; self.proposalIDs = proposalIDs; self.stance = stance
        self.corroboratedBy = corroboratedBy
    }

    enum CodingKeys: String, CodingKey {
        case id, documentID = "document_id", speakerID = "speaker_id", speakerName = "speaker_name"
        case kind, text, cue, sentence, start, end, published, proposalIDs = "proposal_ids", stance
        case corroboratedBy = "corroborated_by"
    }
}

extension Claim {
    /// Encodes optionals as JSON null (the API contract shows every field).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(documentID, forKey: .documentID)
        try c.encode(speakerID, forKey: .speakerID)
        try c.encode(speakerName, forKey: .speakerName)
        try c.encode(kind, forKey: .kind)
        try c.encode(text, forKey: .text)
        try c.encode(cue, forKey: .cue)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(published, forKey: .published)
        try c.encode(proposalIDs, forKey: .proposalIDs)
        try c.encode(stance, forKey: .stance)
        try c.encode(corroboratedBy, forKey: .corroboratedBy)
    }
}
