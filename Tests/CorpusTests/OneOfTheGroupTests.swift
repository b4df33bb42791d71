import Testing
@testable import Corpus

/// "one of the officials said" after a group was named: the claim goes to that group.
@Suite struct OneOfTheGroupTests {
    @Test func oneOfTheHeadResolvesToTheGroupNamedBefore() throws {
        let x = extract("""
            Harbours and the reassurance force

            Two officials familiar with the harbour plan said the reassurance force would need new piers.
            Harbour master Jan Berg said the estimate was too high.
            "The piers are older than the treaty," one of the officials said.
            """)
        let names = x.actors.map(\.name)
        let g = try #require(x.actors.first { $0.name == "two officials familiar with the harbour plan" }, "\(names)")
        #expect(x.claims(by: g.id).contains { $0.text.contains("piers are older") }, "\(x.claims.map { ($0.speakerID, $0.text) })")
    }
}
