import Testing
@testable import Corpus

/// Lower-case particles inside a person's name ("von der", "al-") are part of the surname, not its end.
@Suite struct NameParticleTests {
    @Test func particlesStayInTheName() {
        let x = extract("""
            Talks on the reassurance force

            Karl von der Brück said on Monday that the reassurance force needed air cover.
            Omar al-Haddad said the reassurance force should wait for a ceasefire.
            """)
        let names = Set(x.actors.map(\.name))
        #expect(names.contains("Karl von der Brück"), "\(names)")
        #expect(names.contains("Omar al-Haddad"), "\(names)")
        #expect(!names.contains("Brück") && !names.contains("Haddad"))
        #expect(!x.claims(by: "karl-von-der-bruck").isEmpty)
    }
}
