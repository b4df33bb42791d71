import Testing
@testable import Corpus

/// Where a reported clause starts and ends around its attribution (hand-written examples).
@Suite struct ClaimBoundaryTests {
    @Test func aTrailingAttributionMayEndWithATime() {
        let e = extract("Oslo is ready to send engineers, but only if the bridges are safe, Defence Minister Ola Dahl said Friday.")
        #expect(e.claims.map(\.speakerName) == ["Ola Dahl"])
        #expect(e.claims.first?.text == "Oslo is ready to send engineers, but only if the bridges are safe")
    }

    @Test func aTrailingAttributionMayEndWithAShortListener() {
        let e = extract("Spain will send two frigates to the mission, Minister Ana Ruiz has told her fellow ministers.")
        #expect(e.claims.map(\.text) == ["Spain will send two frigates to the mission"])
        #expect(e.claims.first?.speakerName == "Ana Ruiz")
    }

    @Test func aCommentAdverbBetweenTheVerbAndThat() {
        let e = extract("""
        The committee chair, Eva Lund, spoke on Monday.
        She warned, though, that the vote would be close, and said her group would abstain.
        """)
        #expect(e.claims.map(\.text) == ["the vote would be close", "her group would abstain"])
        #expect(e.claims.allSatisfy { $0.speakerName == "Eva Lund" })
    }

    @Test func aRelativeClauseWithATimeEndsAtTheQuotedComma() {
        let e = extract("""
        Deputy Premier Tom Hale, who in March dismissed the levy as "a tax on sailors," has changed course.
        """)
        #expect(e.claims.first { $0.kind == .indirect }?.text == "the levy as \"a tax on sailors,\"")
        #expect(e.claims.allSatisfy { $0.speakerName == "Tom Hale" })
    }

    @Test func aPartyLabelInBracketsAfterTheNameIsSkipped() {
        let e = extract("Sen. Marta Ruiz (D-Ore.) said she supported the levy.")
        #expect(e.claims.map(\.speakerName) == ["Marta Ruiz"])
        #expect(e.claims.first?.text == "she supported the levy")
    }

    @Test func aRelativeClauseEndsWhereTheMainVerbOfSayingReturns() {
        let e = extract("Norway, which long ruled out a naval role, said in May that it could send two frigates.")
        #expect(e.claims.map(\.text) == ["a naval role", "it could send two frigates"])
    }

    @Test func theOuterClauseGoesOnAfterARelativeClaim() {
        let e = extract("The treaty will depend on Oslo, which has said only that it would consider the text, and on whether the courts agree.")
        #expect(e.claims.map(\.text) == ["it would consider the text"])
    }
}

extension ClaimBoundaryTests {
    @Test func aTrailingAttributionMayBeFollowedByATimeAndAnAdjunct() {
        let e = extract("Oslo will not accept the toll on its ships, the Norwegian government said Tuesday, hours before the talks resumed in Bern.")
        #expect(e.claims.map(\.text) == ["Oslo will not accept the toll on its ships"])
    }

    @Test func aMetonymSpeakerWhoseCountryOpensTheClause() {
        let e = extract("Norway will not accept the toll on its ships, Oslo said on Friday.")
        #expect(e.claims.map(\.text) == ["Norway will not accept the toll on its ships"])
        #expect(e.claims.first?.speakerName == "Norway")
    }
}

extension ClaimBoundaryTests {
    @Test func aListenerEndingInAListenerNounIsNotPartOfTheClaim() {
        let e = extract("Minister Lena Berg told Swedish radio she expected a vote within weeks.")
        #expect(e.claims.map(\.text) == ["she expected a vote within weeks"])
        let f = extract("Minister Lena Berg told the newspaper Aftenposten the toll was illegal.")
        #expect(f.claims.map(\.text) == ["the toll was illegal"])
    }

    @Test func aLongListenerWithPlaceAndTimeBeforeThat() {
        let e = extract("Minister Lena Berg told fellow ministers at a dinner in Bergen on Monday that the toll was illegal.")
        #expect(e.claims.map(\.text) == ["the toll was illegal"])
    }
}

extension ClaimBoundaryTests {
    @Test func aCountryAfterToldReportersIsTheClaimsSubject() {
        let e = extract("Minister Lena Berg told reporters Norway would not pay the toll.")
        #expect(e.claims.map(\.text) == ["Norway would not pay the toll"])
    }
}

extension ClaimBoundaryTests {
    @Test func aBackshiftedModalAfterAndGoesOnWithTheReportedClause() {
        // reported speech backshifts to "would": the second verb phrase is the reported subject's, not the speaker's
        let e = extract("Minister Lena Berg said the frigates would be drawn from two squadrons and would be based in Bergen.")
        #expect(e.claims.map(\.text) == ["the frigates would be drawn from two squadrons and would be based in Bergen"])
    }

    @Test func theSpeakersOwnNextVerbEndsTheReportedClause() {
        let e = extract("Minister Lena Berg said the frigates were ready and has asked parliament for a vote.")
        #expect(e.claims.map(\.text) == ["the frigates were ready"])
    }
}

extension ClaimBoundaryTests {
    @Test func asBeforeASubjectAndItsVerbEndsTheContent() {
        let e = extract("Minister Lena Berg said Oslo would host the harbour talks, as Denmark once again rejected the levy.")
        // the 'as' clause has its own verb of rejecting, so Denmark's claim is a record of its own
        #expect(e.claims.map(\.speakerName) == ["Lena Berg", "Denmark"])
        #expect(e.claims.map(\.kind) == [.indirect, .indirect])
        #expect(e.claims.map(\.text) == ["Oslo would host the harbour talks", "the levy"])
    }

    @Test func asWithoutAClauseOfItsOwnStaysInTheContent() {
        let e = extract("Minister Lena Berg said Oslo would send engineers as well as two frigates to the port.")
        #expect(e.claims.first?.text == "Oslo would send engineers as well as two frigates to the port")
        let f = extract("Minister Lena Berg said Oslo would serve as Denmark's partner in the harbour.")
        #expect(f.claims.first?.text == "Oslo would serve as Denmark's partner in the harbour")
    }
}

extension ClaimBoundaryTests {
    @Test func asLongAsKeepsItsCondition() {
        let e = extract("Minister Lena Berg said Oslo would join as long as Parliament was given a vote.")
        #expect(e.claims.first?.text == "Oslo would join as long as Parliament was given a vote")
    }

    @Test func aHeadlineEndsBeforeAsAndAClauseOfItsOwn() {
        let e = extract("Denmark rejects \"any levy\" as 12 ports pledge ships for the harbour mission\n\nThe talks in Oslo went on.")
        #expect(e.claims.map(\.kind) == [.partial])
        #expect(e.claims.first?.text == "any levy")
    }
}

extension ClaimBoundaryTests {
    @Test func aSentenceInitialWhileClauseEndsTheContentAtItsComma() {
        let e = extract("While Minister Lena Berg has said Oslo is ready to join, several larger ports have stayed out of the harbour mission.")
        #expect(e.claims.map(\.speakerName) == ["Lena Berg"])
        #expect(e.claims.first?.text == "Oslo is ready to join")
    }
}
