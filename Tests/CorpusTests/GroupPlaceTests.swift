import Testing
@testable import Corpus

/// A group located by a place named with an article keeps the place: "analysts in the Basque Country"
/// are not all analysts; neither are "officials in Tallinn" (a bare place name, see SpeakerDescriptionTests).
@Suite struct GroupPlaceTests {
    @Test func groupKeepsAnArticledPlace() throws {
        let x = extract("""
            Regions weigh the reassurance force

            Analysts in the Basque Country said the reassurance force would strain the budget.
            """)
        let names = x.actors.map(\.name)
        let g = try #require(x.actors.first { $0.name == "analysts in the Basque Country" }, "\(names)")
        #expect(!x.claims(by: g.id).isEmpty)
    }
}
