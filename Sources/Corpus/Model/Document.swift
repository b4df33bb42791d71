/// One article, as loaded and cleaned. `text` is the served text: the file's text exactly as read
/// (page furniture is not cut out, only excluded from extraction), so every offset elsewhere
/// (claims, events) counts Unicode scalars into the file, and
/// `String(String.UnicodeScalarView(Array(text.unicodeScalars)[claim.start..<claim.end])) == claim.text`.
public struct Document: Codable, Sendable, Equatable {
    public var id: String
    public var file: String
    public var title: String?
    public var outlet: String?
    public var author: String?
    /// "YYYY-MM-DD", "YYYY-MM" or "YYYY"; nil when the text gives no clue.
    public var published: String?
    public var precision: DatePrecision?
    public var wordCount: Int
    public var claimCount: Int
    public var text: String
    /// Actor and proposal mentions in text order (pronouns and other references that only point
    /// back to an earlier name are not mentions).
    public var mentions: [MentionSpan]

    public init(id: String, file: String, title: String?, outlet: String?, author: String?,
                published: String?, precision: DatePrecision?, wordCount: Int, claimCount: Int, text: String,
                mentions: [MentionSpan] = []) {
        self.id = id; self.file = file; self.title = title; self.outlet = outlet; self.author = author
        self.published = published; self.precision = precision; self.wordCount = wordCount
        self.claimCount = claimCount; self.text = text; self.mentions = mentions
    }

    enum CodingKeys: String, CodingKey {
        case id, file, title, outlet, author, published, precision
        case wordCount = "word_count", claimCount = "claim_count", text, mentions
    }
}

public enum DatePrecision: String, Codable, Sendable { case day, month, year }

extension Document {
    /// Encodes optionals as JSON null (the API contract shows every field).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(file, forKey: .file)
        try c.encode(title, forKey: .title)
        try c.encode(outlet, forKey: .outlet)
        try c.encode(author, forKey: .author)
        try c.encode(published, forKey: .published)
        try c.encode(precision, forKey: .precision)
        try c.encode(wordCount, forKey: .wordCount)
        try c.encode(claimCount, forKey: .claimCount)
        try c.encode(text, forKey: .text)
        try c.encode(mentions, forKey: .mentions)
    }
}
