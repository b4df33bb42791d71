import Testing
@testable import Corpus

/// "The French embassy in Lima said": the embassy, named with its city, is the speaker and belongs to its country.
@Suite struct EmbassyTests {
    @Test func embassyWithItsCityIsTheSpeaker() throws {
        let x = extract("""
            Envoys discuss the reassurance force

            The French embassy in Lima said the reassurance force was a European matter.
            """)
        let names = x.actors.map(\.name)
        let e = try #require(x.actors.first { $0.name == "French embassy in Lima" }, "\(names)")
        #expect(e.type == .organization)
        #expect(e.countryID == "france")
        #expect(!x.claims(by: e.id).isEmpty)
        #expect(!names.contains("Lima"))
    }
}
