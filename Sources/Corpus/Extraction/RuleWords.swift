/// The words `MentionFinder` tests tokens against, as `WordKey`s and `WordSet`s made once per process:
/// `mentionAt` runs at every word of every sentence, and comparing numbers there costs what comparing
/// `token.lower` (a `String` read back from the word table) with literals and hashing it into
/// `Set<String>`s cost before.
///
/// A key equals a token's key exactly when the token's lowercased bytes are the word's, and for
/// lowercase ASCII words that is what `String` equality meant (no other text is canonically
/// equivalent to them), so the finder's matches are unchanged; `ruleKey` checks it.
struct MentionWords: Sendable {
    static let shared = MentionWords()

    let one = ruleKey("one"), of = ruleKey("of"), them = ruleKey("them"), the = ruleKey("the")
    let he = ruleKey("he"), she = ruleKey("she"), they = ruleKey("they"), his = ruleKey("his")
    let her = ruleKey("her"), country = ruleKey("country"), a = ruleKey("a"), an = ruleKey("an")
    let report = ruleKey("report"), coalition = ruleKey("coalition"), possessive = ruleKey("'s")
    let allies = ruleKey("allies"), leadership = ruleKey("leadership"), government = ruleKey("government")
    let and = ruleKey("and"), embassy = ruleKey("embassy"), inWord = ruleKey("in")
    let forces = ruleKey("forces"), army = ruleKey("army"), military = ruleKey("military")
    let armed = ruleKey("armed"), dash = ruleKey("-"), period = ruleKey("."), close = ruleKey("close")
    let to = ruleKey("to"), who = ruleKey("who"), that = ruleKey("that"), said = ruleKey("said")
    let non = ruleKey("non")

    let stopCaps = ruleSet(MentionFinder.stopCaps), orgHeads = ruleSet(MentionFinder.orgHeads)
    let partOfGroup = ruleSet(MentionFinder.partOfGroup), months = ruleSet(MentionFinder.months)
    let placePreps = ruleSet(MentionFinder.placePreps), nameParticles = ruleSet(MentionFinder.nameParticles)
    let functionWords = ruleSet(MentionFinder.functionWords), aux = ruleSet(ClaimFinder.aux)
    let postmodifierParticiples = ruleSet(MentionFinder.postmodifierParticiples)
    let publications = ruleSet(["publication", "newspaper", "paper", "outlet", "broadcaster", "agency", "daily", "report"])
    let ownedBy = ruleSet(["of", "for", "'s"])
    let andOr = ruleSet(["and", "or"])
    let armyFollowers = ruleSet(["is", "was", "has", "had", "would", "will", "and", "to", "at", "of", "in"])
    let orgConnectors = ruleSet(["of", "for", "the", "and", "on"])
    let anonPosts = ruleSet(["for", "of", "at", "in", "with", "close"])

    private init() {}
}

/// The words `ClaimFinder` tests tokens against, for the same reason and with the same check as
/// `MentionWords`: `contentEnd` and `skipAuxBack` look at every word of every reported clause.
struct ClaimWords: Sendable {
    static let shared = ClaimWords()

    let comma = ruleKey(","), colon = ruleKey(":"), and = ruleKey("and"), but = ruleKey("but"), a = ruleKey("a")
    let an = ruleKey("an"), according = ruleKey("according"), with = ruleKey("with"), since = ruleKey("since")
    let after = ruleKey("after"), asWord = ruleKey("as"), on = ruleKey("on"), far = ruleKey("far"), so = ruleKey("so")
    let inWord = ruleKey("in"), closeParen = ruleKey(")"), openParen = ruleKey("("), not = ruleKey("not"), does = ruleKey("does")
    let did = ruleKey("did")

    let aux = ruleSet(ClaimFinder.aux), subordinators = ruleSet(ClaimFinder.subordinators)
    let participleExceptions = ruleSet(ClaimFinder.participleExceptions)
    let weekdays = ruleSet(MentionFinder.weekdays), months = ruleSet(MentionFinder.months)
    /// Finite verbs and adverbs that bring a main clause back after a relative one.
    let mainVerbs = ruleSet(["has", "have", "had", "is", "was", "are", "were", "will", "would", "also", "now", "then"])
    let andPreps = ruleSet(["on", "in", "to", "of", "for", "with", "from"])
    let relativeWords = ruleSet(["that", "which", "who"])
    let perfectAux = ruleSet(["has", "have", "had", "will"])
    let finiteAux = ruleSet(["has", "have", "had", "is", "are", "was", "were", "will", "would"])
    let asModifiers = ruleSet(["such", "well", "so", "just", "same"])

    private init() {}
}

/// The words `DocumentProcessor.advocacy`, `isCondition` and `isSubjectLike` test tokens against: the first two
/// run at every word of a sentence that names a proposal, the last after every person mention (same check as
/// `MentionWords`).
struct ProcessorWords: Sendable {
    static let shared = ProcessorWords()

    let among = ruleKey("among"), the = ruleKey("the"), dash = ruleKey("-"), of = ruleKey("of")

    let supportNouns = ruleSet(["traction", "support", "backing", "popularity", "momentum"])
    let compoundAdvocacy = ruleSet(DocumentProcessor.compoundAdvocacy)
    let conditionWords = ruleSet(DocumentProcessor.conditionWords)
    let proposalDeterminers = ruleSet(["a", "an", "the", "any", "eventual", "possible", "potential", "future"])
    let eventNouns = ruleSet(["event", "case"])
    let comma = ruleKey(","), aux = ruleSet(ClaimFinder.aux)
    let finiteAux = ruleSet(["has", "have", "had", "is", "was", "will", "would"])

    private init() {}
}

/// The key of a literal word of the rules; only lowercase ASCII (see `MentionWords`).
func ruleKey(_ w: String) -> WordKey {
    precondition(w.utf8.allSatisfy { $0 < 128 && !($0 >= 65 && $0 <= 90) && $0 != 59 && $0 != 96 },
                 "RuleWords: '\(w)' is not a lowercase ASCII word; compare it as a String")
    return WordKey(w)
}

/// A word list as a `WordSet`, every word checked by `ruleKey`.
func ruleSet(_ words: Set<String>) -> WordSet { WordSet(words.map(ruleKey)) }
