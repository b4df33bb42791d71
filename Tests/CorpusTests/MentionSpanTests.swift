import Testing
@testable import Corpus

/// Document mention spans: every name of an actor or proposal, in text order, slicing the text.
@Suite struct MentionSpanTests {
    static let text = """
        Leaders meet on the reassurance force

        Norwegian Prime Minister Jonas Gahr Støre said on Tuesday that Norway would back a reassurance force.
        Støre added that he had spoken to Kyiv. He said the Kremlin had been told.
        """

    @Test func spansSliceTheTextAndNameListedIDs() throws {
        let x = extract(Self.text)
        let doc = try #require(x.documents.first)
        let actorIDs = Set(x.actors.map(\.id)), proposalIDs = Set(x.proposals.map(\.id))
        #expect(!doc.mentions.isEmpty)
        for m in doc.mentions {
            #expect(m.type == .actor ? actorIDs.contains(m.id) : proposalIDs.contains(m.id), "\(m)")
            #expect(m.start < m.end && m.end <= doc.text.unicodeScalars.count)
        }
        #expect(doc.mentions.map(\.start) == doc.mentions.map(\.start).sorted())
        let named = doc.mentions.map { "\($0.id)=\(scalarsSlice(doc.text, $0.start, $0.end))" }
        let stoere = try #require(x.actors.first { $0.name == "Jonas Gahr Støre" }).id
        #expect(named.contains("\(stoere)=Norwegian Prime Minister Jonas Gahr Støre"))
        #expect(named.contains("\(stoere)=Støre"))
        #expect(named.contains("norway=Norway"))
        let force = try #require(x.proposals.first { $0.aliases.contains("reassurance force") }).id
        #expect(named.contains("\(force)=reassurance force"))
        #expect(stoere == "jonas-gahr-store")   // ø folds to o in the slug
        // "he" and "He" point back to Støre but are not names: no span covers them
        #expect(!named.contains { $0.hasSuffix("=he") || $0.hasSuffix("=He") })
    }

    @Test func actorMentionCountsEqualTheirSpans() {
        let x = extract(Self.text)
        for a in x.actors {
            let spans = x.documents.reduce(0) { n, d in n + d.mentions.filter { $0.type == .actor && $0.id == a.id }.count }
            #expect(spans == a.mentionCount, "\(a.id)")
        }
    }
}
