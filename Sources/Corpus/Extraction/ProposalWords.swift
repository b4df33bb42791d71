/// The words `ProposalFinder` tests tokens against, as `WordKey`s and `WordSet`s made once per
/// process: the finder looks at every word of every sentence, and comparing numbers there costs
/// what comparing strings and building small arrays of literals cost before.
///
/// A key equals a token's key exactly when the token's lowercased bytes are the word's, and for
/// lowercase ASCII words that is what `String` equality meant (no other text is canonically
/// equivalent to them), so the finder's matches are unchanged; `ruleKey` (RuleWords.swift) checks it.
struct ProposalWords: Sendable {
    static let shared = ProposalWords()

    let dash = ruleKey("-"), day = ruleKey("day"), point = ruleKey("point"), proposal = ruleKey("proposal"), peace = ruleKey("peace")
    let plan = ruleKey("plan"), army = ruleKey("army"), military = ruleKey("military"), forces = ruleKey("forces"), at = ruleKey("at")
    let to = ruleKey("to"), troops = ruleKey("troops"), sanctions = ruleKey("sanctions"), along = ruleKey("along"), the = ruleKey("the")
    let line = ruleKey("line"), frontline = ruleKey("frontline"), of = ruleKey("of"), this = ruleKey("this"), that = ruleKey("that")
    let forWord = ruleKey("for"), presence = ruleKey("presence"), possessive = ruleKey("'s"), from = ruleKey("from"), on = ruleKey("on")
    let ukraine = ruleKey("ukraine"), ukrainian = ruleKey("ukrainian")

    let pauseWords = ruleSet(ProposalFinder.pauseWords), easedWords = ruleSet(ProposalFinder.easedWords)
    let anaphora = ruleSet(ProposalFinder.anaphora), troopNouns = ruleSet(ProposalFinder.troopNouns)
    let foreignModifiers = ruleSet(ProposalFinder.foreignModifiers)
    let pointNouns = ruleSet(["plan", "peace", "framework"])
    let capVerbs = ruleSet(["cap", "limit", "limited", "capping"])
    let armyNouns = ruleSet(["army", "military", "forces"])
    let capNouns = ruleSet(["cap", "ceiling", "limit"])
    let capDeterminers = ruleSet(["a", "any", "the", "this", "that", "such"])
    let soldierNouns = ruleSet(["troops", "soldiers"])
    let lineKinds = ruleSet(["demarcation", "contact", "front"])
    let lineOfKinds = ruleSet(["contact", "demarcation"])
    let namingHeads = ruleSet(["proposal", "idea", "notion"])
    let articles = ruleSet(["a", "an", "the"])
    let sendingVerbs = ruleSet(["deployed", "sent", "stationed"])
    let troopModifiers = ruleSet(["ground", "combat", "military"])
    let fromEnds = ruleSet(["in", "on", "to", "into"])
    let placedPreps = ruleSet(["in", "to", "into", "inside"])
    let soilNouns = ruleSet(["soil", "territory", "ground"])
    let ownSide = ruleSet(["russian", "ukrainian", "russia", "ukraine", "kyiv", "moscow", "its", "our", "their", "own"])

    private init() {}
}
