import Testing
@testable import Corpus

/// Attribution patterns of wire copy (hand-written examples, not taken from any article).
@Suite struct WireAttributionTests {
    @Test func countryMinistryInLowercaseIsOneNamedOrganization() {
        let e = extract("""
        Norway's foreign ministry said the talks were useful.
        The Swedish defence ministry said in a statement that Stockholm would send engineers.
        """)
        #expect(e.actor("norwegian-foreign-ministry")?.type == .organization)
        #expect(e.claims(by: "norwegian-foreign-ministry").first?.text == "the talks were useful")
        #expect(e.claims(by: "swedish-defence-ministry").first?.text == "Stockholm would send engineers")
    }

    @Test func nameSetOffAfterItsRoleIsTheSpeaker() {
        let e = extract("The Kremlin's spokesman, Dmitry Peskov, said Moscow would study the offer.")
        #expect(e.claims(by: "dmitry-peskov").first?.text == "Moscow would study the offer")
    }

    @Test func oneMemberOfANamedGroup() {
        let e = extract("""
        Two European diplomats told Reuters that the plan was stalled. “We are not there yet,” one diplomat said.
        “Nobody wants to go first,” the diplomat said.
        """)
        let member = e.claims(by: "a-european-diplomat")
        #expect(member.contains { $0.kind == .direct && $0.text.hasPrefix("We are not there yet") })
        #expect(member.contains { $0.kind == .direct && $0.text.hasPrefix("Nobody wants to go first") })
        #expect(e.actor("an-european-diplomat") == nil)
    }

    @Test func oneOfficialWithoutAGroupIsAnAnonymousSource() {
        let e = extract("“The door is open,” one official said.")
        #expect(e.claims(by: "an-official").first?.kind == .direct)
    }

    @Test func trailingAttributionToTheGroup() {
        let e = extract("Officials said talks would resume. The force would need thousands of troops, the officials added.")
        #expect(e.claims(by: "officials").contains { $0.text == "The force would need thousands of troops" })
    }

    @Test func parentheticalAttributionKeepsTheClause() {
        let e = extract("Dutch Prime Minister Dick Schoof spoke in The Hague. The plan, he said, would cost billions of euros.")
        #expect(e.claims(by: "dick-schoof").contains { $0.text.hasPrefix("The plan") && $0.text.hasSuffix("would cost billions of euros") })
    }

    @Test func warnedAgainstOpposes() {
        let e = extract("NATO diplomats warned against a rushed deployment of peacekeepers in Ukraine.")
        #expect(e.claims.first?.stance == .oppose)
    }

    @Test func ifMakesTheStanceConditional() {
        let e = extract("Dutch Prime Minister Dick Schoof said the Netherlands would send peacekeepers if the fighting stopped.")
        #expect(e.claims(by: "dick-schoof").first?.stance == .conditional)
    }

    @Test func capitalisedNumberAfterADatelineIsNotAName() {
        let e = extract("LONDON (AP) — Three European diplomats said the talks had stalled.")
        #expect(e.actor("three") == nil)
        #expect(e.claims.first?.speakerName == "European diplomats")
    }

    @Test func indefiniteArticleBySound() {
        #expect(DocumentProcessor.article("European diplomat") == "a")
        #expect(DocumentProcessor.article("official") == "an")
        #expect(DocumentProcessor.article("Ukrainian official") == "a")
        #expect(DocumentProcessor.article("senior source") == "a")
    }
}
