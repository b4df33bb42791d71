import Testing
@testable import Corpus

/// How a speaker is described before the verb of saying: a group located by a bare place, a person's office,
/// a party affiliation before a title (hand-written examples).
@Suite struct SpeakerDescriptionTests {
    @Test func aGroupLocatedByABarePlaceKeepsThePlace() {
        let e = extract("""
        Diplomats in Tallinn said the reassurance force would need air cover.
        Officials in Lisbon and Madrid argue that the budget is too small.
        Officials in March said nothing.
        """)
        #expect(e.claims.map(\.speakerName) == ["diplomats in Tallinn", "officials in Lisbon and Madrid"])
    }

    @Test func mediaAndCountriesAreNotLocatedByAPlace() {
        let e = extract("Newspapers in Oslo said the reassurance force would be small.")
        #expect(e.claims.first?.speakerName != "newspapers in Oslo")
    }

    @Test func aTitledPersonsOfficeSpeaksForItself() throws {
        let e = extract("""
        Irish Prime Minister Ronan Keogh met the envoy on Monday.
        Irish Prime Minister Ronan Keogh's office said in a statement that planning was "well advanced".
        """)
        let c = try #require(e.claims.first { $0.text == "well advanced" }, "\(e.claims.map(\.text))")
        #expect(c.speakerName == "Irish Prime Minister Ronan Keogh's office")
    }

    @Test func anAffiliationBeforeATitleBelongsToThePerson() throws {
        let e = extract("""
        "We will not vote for it," said Green Party MP Oskar Lind.
        Liberal lawmaker Petra Holm said the plan was rushed.
        """)
        #expect(e.claims.map(\.speakerName) == ["Oskar Lind", "Petra Holm"])
        #expect(e.actors.contains { $0.name == "Green Party MP Oskar" } == false)
    }

    @Test func partOfAGroupSpeaksForTheGroup() {
        let e = extract("""
        The plan would cost more than expected, according to military analysts.
        Several of them have warned that the fleet could not sustain it for long.
        """)
        #expect(e.claims.last?.speakerName == "military analysts")
        #expect(e.claims.last?.text == "the fleet could not sustain it for long")
    }

    @Test func backbenchersLawmakersAndPersonsCloseToAnOfficeAreUnnamedSources() {
        let e = extract("""
        One backbencher, who asked not to be named, said the vote was rushed.
        The budget was cut twice, according to a person close to the finance ministry.
        A Green lawmaker said the budget was fair.
        """)
        #expect(e.claims.map(\.speakerName) == ["a backbencher", "a person close to the finance ministry", "a Green lawmaker"])
    }

    @Test func anUnnamedSourceKeepsItsPostmodifierAndItsShortName() throws {
        let e = extract("""
        According to a senior Danish official involved in the planning, the reassurance force would be small.
        A senior Maltese diplomat involved in the talks put it bluntly. “The budget is a fiction,” the diplomat said.
        """)
        let names = e.claims.map(\.speakerName)
        #expect(names == ["a senior Danish official involved in the planning", "a senior Maltese diplomat involved in the talks"])
        let diplomat = try #require(e.actors.first { $0.name == "a senior Maltese diplomat involved in the talks" })
        #expect(diplomat.aliases.contains("A senior Maltese diplomat"))
    }

    @Test func aParentheticalAttributionWithItsOwnAdjunctKeepsTheWholeClause() {
        let e = extract("""
        Chancellor Ida Brandt visited the port on Monday.
        The naval contribution, she said in an interview with a local radio station, would be limited to two frigates.
        """)
        #expect(e.claims.map(\.text) == ["The naval contribution, she said in an interview with a local radio station, would be limited to two frigates"])
    }

    @Test func accordingToAPronounBeforeAnActorIsTheLastPerson() {
        let e = extract("""
        Finnish President Jana Berg met ministers in Oslo on Monday.

        According to her, the Nordic states are pooling their engineers so that nothing is duplicated.
        """)
        #expect(e.claims.map(\.speakerName) == ["Jana Berg"])
        #expect(e.claims.first?.text == "the Nordic states are pooling their engineers so that nothing is duplicated")
    }

    @Test func aTimeAdjunctBeforeThatAndAClauseWithItsOwnSpeakerBoundTheClaim() {
        let e = extract("""
        Premier Ana Ruiz has argued since early 2023 that the fleet must be renewed, and her ministers say the docks would be ready.
        """)
        #expect(e.claims.first?.speakerName == "Ana Ruiz")
        #expect(e.claims.first?.text == "the fleet must be renewed")
    }

    @Test func aPronounAfterACommaAndStartsAClauseNotAList() {
        let e = extract("""
        Premier Ana Ruiz has argued for months that the tariffs hurt Spain more than Portugal, and she said on Friday that Madrid would not block the deal.
        """)
        #expect(e.claims.map(\.speakerName) == ["Ana Ruiz", "Ana Ruiz"])
        #expect(e.claims.last?.text == "Madrid would not block the deal")
    }

    @Test func aHeadCountedByAFigureIsNoSource() {
        let e = extract("""
        Senior Danish officials met the envoy on Monday.
        "We cannot move 9,000 people by ship and hope for calm," one of the officials said.
        """)
        #expect(e.claims.first?.speakerName.hasSuffix("Danish officials") == true)
        #expect(e.actors.contains { $0.name == "people" } == false)
    }

    @Test func anOfficeNamedBeforeItsHolderLetsTheHolderSpeak() {
        let e = extract("""
        Chair of the Port Council of Norway Ola Dahl said the ports would reopen in May.
        """)
        #expect(e.claims.map(\.speakerName) == ["Ola Dahl"])
    }

    @Test func aHeadNeedingAModifierMayTakeACommonOne() {
        let e = extract("""
        Military commanders have told the ministers that the bridges would hold.
        • Defence diplomats in Rome have said privately that the talks would resume.
        """)
        #expect(e.claims.map(\.speakerName) == ["military commanders", "defence diplomats in Rome"])
    }
}

extension SpeakerDescriptionTests {
    @Test(arguments: ["the Kremlin", "the talks", "the Norwegian cabinet"])
    func unnamedSourcesKeepTheirPostmodifier(what: String) {
        let e = extract("Sources close to \(what) said Oslo was preparing a response.")
        #expect(e.claims.map(\.speakerName) == ["sources close to \(what)"])
        #expect(e.claims.map(\.text) == ["Oslo was preparing a response"])
    }
}

extension SpeakerDescriptionTests {
    @Test func aPartyLeaderBeforeAParticipleSpeaksNotTheParty() {
        let e = extract("Reform UK leader Ola Dahlberg went further, saying he would vote against any deployment.")
        #expect(e.claims.map(\.speakerName) == ["Ola Dahlberg"])
        #expect(e.claims.first?.text == "he would vote against any deployment")
        #expect(e.claims.first?.kind == .indirect)
    }
}
