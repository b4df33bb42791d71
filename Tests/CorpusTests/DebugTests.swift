import Foundation
import Testing
@testable import Corpus

@Test func debugMentions() throws {
    guard let text = ProcessInfo.processInfo.environment["PARLEY_DEBUG_TEXT"] else { return }
    let e = try Extractor()
    let s = Array(text.unicodeScalars)
    let toks = Tokenizer.tokenize(s, 0, s.count)
    print(toks.map { "\($0.lower)/\($0.kind)" }.joined(separator: " "))
    for m in MentionFinder(lex: e.lex, s: s).find(toks) { print("MENTION", m.surface, m.ref, m.info?.name ?? "-", m.info?.type as Any) }
    let x = e.extract(texts: [("debug.txt", text)])
    for c in x.claims { print("CLAIM", c.speakerName, c.kind, c.cue ?? "-", c.stance as Any, c.proposalIDs, "|", c.text) }
    for a in x.actors { print("ACTOR", a.id, a.name, a.type, a.aliases) }
}
