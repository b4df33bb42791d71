/// The words `ProposalFinder` tests tokens against, as `WordKey`s and `WordSet`s made once per
/// process: the finder looks at every word of every sentence, and comparing numbers there costs
/// what comparing strings and building small arrays of literals cost before.
///
/// A key equals a token's key exactly when the token's lowercased bytes are the word's, and for
/// lowercase ASCII words that is what `String` equality meant (no other text is canonically
/// equivalent to them), so the finder's matches are unchanged; `ProposalWords.key` checks it.
struct ProposalWords: Sendable {
    static let shared = ProposalWords()

    let dash = key("-"), day = key("day"), point = key("point"), proposal = key("proposal"), peace = key("peace")
    let plan = key("plan"), army = key("army"), military = key("military"), forces = key("forces"), at = key("at")
    let to = key("to"), troops = key("troops"), sanctions = key("sanctions"), along = key("along"), the = key("the")
    let line = key("line"), frontline = key("frontline"), of = key("of"), this = key("this"), that = key("that")
    let forWord = key("for"), presence = key("presence"), possessive = key("'s"), from = key("from"), on = key("on")
    let ukraine = key("ukraine"), ukrainian = key("ukrainian")

    let pauseWords = set(ProposalFinder.pauseWords), easedWords = set(ProposalFinder.easedWords)
    let anaphora = set(ProposalFinder.anaphora), troopNouns = set(ProposalFinder.troopNouns)
    let foreignModifiers = set(ProposalFinder.foreignModifiers)
    let pointNouns = set(["plan", "peace", "framework"])
    let capVerbs = set(["cap", "limit", "limited", "capping"])
    let armyNouns = set(["army", "military", "forces"])
    let capNouns = set(["cap", "ceiling", "limit"])
    let capDeterminers = set(["a", "any", "the", "this", "that", "such"])
    let soldierNouns = set(["troops", "soldiers"])
    let lineKinds = set(["demarcation", "contact", "front"])
    let lineOfKinds = set(["contact", "demarcation"])
    let namingHeads = set(["proposal", "idea", "notion"])
    let articles = set(["a", "an", "the"])
    let sendingVerbs = set(["deployed", "sent", "stationed"])
    let troopModifiers = set(["ground", "combat", "military"])
    let fromEnds = set(["in", "on", "to", "into"])
    let placedPreps = set(["in", "to", "into", "inside"])
    let soilNouns = set(["soil", "territory", "ground"])
    let ownSide = set(["russian", "ukrainian", "russia", "ukraine", "kyiv", "moscow", "its", "our", "their", "own"])

    private init() {}
}

/// The key of a literal word of the rules; only lowercase ASCII (see `ProposalWords`).
private func key(_ w: String) -> WordKey {
    precondition(w.utf8.allSatisfy { $0 < 128 && !($0 >= 65 && $0 <= 90) && $0 != 59 && $0 != 96 },
                 "ProposalWords: '\(w)' is not a lowercase ASCII word; compare it as a String")
    return WordKey(w)
}

private func set(_ words: Set<String>) -> WordSet { WordSet(words.map(key)) }
