import Testing
@testable import Corpus

/// A place introduced by a capitalised article ("The Hague") is not a person named after its last word.
@Suite struct ProperNamePlaceTests {
    @Test func capitalisedArticleStartsAPlaceNotASpeaker() {
        let x = extract("""
            Court hears the reassurance force case

            Observers in The Hague said on Friday that the reassurance force lacked a legal mandate.
            """)
        let names = x.actors.map(\.name)
        #expect(!names.contains("Hague"), "\(names)")
        #expect(!x.claims.contains { $0.speakerID == "hague" })
    }
}
