import Testing
@testable import Corpus

/// "A spokesman for the Ministry of X said": the speaker is the unnamed spokesman of that ministry,
/// not the ministry itself, whichever of spokesman / spokeswoman / spokesperson the article uses.
@Suite struct SpokespersonForTests {
    @Test func spokesmanForAnOrganizationIsTheSpeaker() throws {
        let x = extract("""
            Ferries for the reassurance force

            A spokesman for the Ministry of Transport said the reassurance force would need ferries.
            The crossing was ready, a spokeswoman for the Port Authority said on Monday.
            """)
        let names = x.actors.map(\.name)
        let man = try #require(x.actors.first { $0.name == "a spokesman for the Ministry of Transport" }, "\(names)")
        #expect(!x.claims(by: man.id).isEmpty)
        #expect(names.contains("a spokeswoman for the Port Authority"), "\(names)")
        #expect(!names.contains("Ministry of Transport"))
    }
}
