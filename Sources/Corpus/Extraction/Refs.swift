/// A reference to an actor as found in one sentence, resolved to an actor id once the whole
/// corpus has been read (people are merged across documents by full name, surname and role).
struct Ref: Hashable, Sendable {
    enum Kind: UInt8, Sendable {
        case actor        // id is final (lexicon actor, discovered person/group/anonymous)
        case name         // a one-word name ("Macron", "Keir" after "Sir"): id = lowercased word
        case fullName     // an untitled "First Last" name: id = person slug; kept only when confirmed
        case role         // "the French president": id = title head, country = country id
        case pronounHe, pronounThey
        case publication  // "the publication", "the newspaper": the last outlet named
        case coalition    // "the coalition": the last coalition named
        case hisCountry   // "his country": the country of the last person
        case anaphor      // "the official", "the ministry": the last actor whose name ends with that noun (id = noun)
    }
    var kind: Kind
    var id: String
    var country: String? = nil
}

/// Everything a mention says about its actor; merged into the actor table.
struct ActorInfo: Sendable {
    var id: String
    var name: String
    var type: ActorType
    var countryID: String?
    var role: String?
    var titleHead: String?
}

/// One actor reference in a sentence: token range (sentence-local) and what it refers to.
struct Mention: Sendable {
    var t0: Int
    var t1: Int
    var ref: Ref
    /// Set when the mention itself defines or describes an actor (lexicon match, titled person...).
    var info: ActorInfo?
    /// The surface form as written.
    var surface: String
    /// Counts as an actor mention (false for pronouns and places).
    var isActor: Bool = true
}
