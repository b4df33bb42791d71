/// A dated happening mentioned in an article, its date resolved against the article's date.
public struct Event: Codable, Sendable, Equatable {
    public var id: String
    public var date: String
    public var precision: DatePrecision
    public var text: String
    public var documentID: String
    public var actorIDs: [String]
    public var start: Int
    public var end: Int

    public init(id: String, date: String, precision: DatePrecision, text: String, documentID: String,
                actorIDs: [String], start: Int, end: Int) {
        self.id = id; self.date = date; self.precision = precision; self.text = text
        self.documentID = documentID; self.actorIDs = actorIDs; self.start = start; self.end = end
    }

    enum CodingKeys: String, CodingKey {
        case id, date, precision, text, documentID = "document_id", actorIDs = "actor_ids", start, end
    }
}
