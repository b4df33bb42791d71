import Testing
@testable import Corpus

/// A headline's speaker named by a title only, resolved to the person who holds it in the article
/// (hand-written examples).
@Suite struct HeadlineRoleTests {
    @Test func aBareTitleOpeningAHeadlineIsTheArticlesTitleHolder() {
        let e = extract("""
        Defence minister says toll decision is weeks away

        OSLO - Defence Minister Lena Berg said on Monday that Norway would decide within weeks.
        """)
        #expect(e.claims.map(\.speakerName) == ["Lena Berg", "Lena Berg"])
        #expect(e.claims.first?.text == "toll decision is weeks away")
    }

    @Test func thePremierIsThePrimeMinister() {
        let e = extract("""
        Norwegian premier says Oslo is ready to escort convoys

        Norwegian Prime Minister Lena Berg said on Sunday that the navy was ready.
        """)
        #expect(e.claims.map(\.speakerName) == ["Lena Berg", "Lena Berg"])
    }

    @Test func aBareTitleInTheBodyIsNotASpeakerWithoutAVerbOfSaying() {
        let e = extract("""
        Oslo weighs convoy escorts

        Fisheries minister posts are rarely contested. Fisheries Minister Lena Berg said the toll was unlawful.
        """)
        #expect(e.claims.map(\.text) == ["the toll was unlawful"])
    }
}

extension HeadlineRoleTests {
    @Test func theCountrysLeaderIsItsPresident() {
        let e = extract("""
        Norwegian President Ola Dahl met the Danish delegation in Oslo on Monday.

        The Norwegian leader said that the harbour levy would be dropped.
        """)
        #expect(e.claims.map(\.speakerName) == ["Ola Dahl"])
        #expect(e.claims.first?.text == "the harbour levy would be dropped")
    }

    @Test func theHeadOfStateIsThePresidentNamedBefore() {
        let e = extract("""
        Norwegian President Ola Dahl met Danish Prime Minister Lars Holm in Oslo on Monday.

        "We will not pay the levy," the head of state stressed.
        """)
        #expect(e.claims.map(\.speakerName) == ["Ola Dahl"])
        #expect(e.claims.first?.kind == .direct)
    }
}
