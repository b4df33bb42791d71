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
        #expect(e.claims.first?.speakerName == "three European diplomats")   // a counted group keeps its number
    }

    @Test func indefiniteArticleBySound() {
        #expect(DocumentProcessor.article("European diplomat") == "a")
        #expect(DocumentProcessor.article("official") == "an")
        #expect(DocumentProcessor.article("Ukrainian official") == "a")
        #expect(DocumentProcessor.article("senior source") == "a")
    }

    @Test func countryArmedServiceIsNamedByItsDemonym() {
        let e = extract("Fighting went on. Ukraine's air force said Russia launched 90 drones overnight.")
        #expect(e.claims(by: "ukrainian-air-force").first?.text == "Russia launched 90 drones overnight")
    }

    @Test func thatClauseBeforeAColonQuoteIsItsOwnClaim() {
        let e = extract("Dutch Prime Minister Dick Schoof told the paper that any deal would face one test: “Will it hold?”")
        let cs = e.claims(by: "dick-schoof")
        #expect(cs.contains { $0.kind == .indirect && $0.text == "any deal would face one test" })
        #expect(cs.contains { $0.kind == .direct && $0.text.hasPrefix("Will it hold?") })
    }

    @Test func infinitiveAfterAVerbOfSayingIsNoClaim() {
        let e = extract("Kyiv must leave the regions Moscow claims to have annexed, Russian officials said.")
        #expect(!e.claims.contains { $0.text.hasPrefix("to have annexed") })
    }

    @Test func anOfficeWithoutANameStillSpeaks() {
        let e = extract("Hungary's foreign minister said Budapest would not take part.")
        let c = e.claims.first
        #expect(c?.speakerName == "Hungary's foreign minister")
        #expect(c?.text == "Budapest would not take part")
        #expect(e.actor(c?.speakerID ?? "")?.countryID == "hungary")
    }

    @Test func datelineIsNotPartOfTheClaim() {
        let e = extract("BRUSSELS, March 3 (Reuters) - European governments are discussing a monitoring mission, diplomats said.")
        #expect(e.claims.first?.text == "European governments are discussing a monitoring mission")
    }

    @Test func quotationInterruptedByItsAttributionGoesOnAsDirect() {
        let e = extract("Dutch Prime Minister Dick Schoof spoke. “We will not send troops,” Schoof told reporters, “and we will not change our mind.”")
        let cs = e.claims(by: "dick-schoof")
        #expect(cs.count == 2)
        #expect(cs.allSatisfy { $0.kind == .direct })
        #expect(cs.contains { $0.text.hasPrefix("and we will not change our mind") })
    }

    @Test func sentenceOpeningNameWithAnAppositiveIsTheNextPronoun() {
        let e = extract("""
        Finnish President Alexander Stubb met Polish Prime Minister Donald Tusk on Monday.

        Jan Novak, a former Czech defence minister who now heads a research institute in Prague, was sceptical. “Europe has no plan,” he said.
        """)
        #expect(e.claims.first { $0.text.hasPrefix("Europe has no plan") }?.speakerName == "Jan Novak")
    }

    @Test func secondOfTwoPlacesIsAPlace() {
        let e = extract("Officials in Paris and London said the coalition would meet again.")
        // the officials there speak (see SpeakerDescriptionTests), not the United Kingdom
        #expect(e.claims.map(\.speakerID) == ["officials-in-paris-and-london"])
    }

    @Test func accordingToYieldsToTheSpeakerItRelays() {
        let e = extract("According to the Interfax news agency, Russian Deputy Foreign Minister Sergei Ryabkov said Moscow would study the idea.")
        #expect(e.claims.count == 1)
        #expect(e.claims.first?.speakerID == "sergei-ryabkov")
    }

    @Test func quotedAsSayingByAnAgency() {
        let e = extract("Kremlin spokesman Dmitry Peskov was quoted as saying by the TASS news agency that Moscow would respond.")
        #expect(e.claims(by: "dmitry-peskov").first?.text == "Moscow would respond")
    }

    @Test func quotationOpenAcrossParagraphsTakesTheNextParagraphsSpeaker() {
        let e = extract("""
        Slovenian President Natasa Pirc Musar spoke in Ljubljana.

        "The force must be credible. Otherwise it will be a target.

        "And nobody wants that," said Marta Kos, an adviser to the Slovenian government.
        """)
        let cs = e.claims(by: "marta-kos")
        #expect(cs.contains { $0.kind == .direct && $0.text == "The force must be credible. Otherwise it will be a target." })
        #expect(cs.contains { $0.kind == .direct && $0.text.hasPrefix("And nobody wants that") })
    }

    @Test func quotationLeftOpenAfterItsAttributionKeepsTheSpeaker() {
        let e = extract("""
        “We will not send troops,” Dutch Prime Minister Dick Schoof said. “Our pilots can help in other ways.

        “The Netherlands keeps its word.”
        """)
        #expect(e.claims(by: "dick-schoof").contains { $0.kind == .direct && $0.text == "Our pilots can help in other ways." })
    }

    @Test func unnamedVoiceOfANamedActor() {
        let e = extract("""
        Dutch Prime Minister Dick Schoof arrived in Kyiv. Schoof's spokesman told reporters the visit would last two days.
        The Kremlin's press service said Moscow had not been informed.
        """)
        #expect(e.claims.first { $0.text == "the visit would last two days" }?.speakerName == "Schoof's spokesman")
        #expect(e.claims.first { $0.text == "Moscow had not been informed" }?.speakerName == "Kremlin's press service")
    }

    @Test func accusingAnotherSideIsNoRejectionOfTheProposal() {
        let e = extract("Ukrainian Foreign Minister Andrii Sybiha accused Moscow of stalling on the 30-day ceasefire.")
        let c = e.claims.first
        #expect(c?.proposalIDs.contains("ceasefire") == true)
        #expect(c?.stance != .oppose)
    }

    @Test func colonHeadlineAttributes() {
        let e = extract("""
        Kremlin: No Western troops in Ukraine under any flag

        Russia repeated its position on Tuesday.
        """)
        #expect(e.claims(by: "russia").contains { $0.text == "No Western troops in Ukraine under any flag" })
    }

    @Test func theMinisterIsTheTitledMinisterNamedBefore() {
        let e = extract("German Defence Minister Boris Pistorius visited Vilnius on Tuesday. The minister said Germany would keep its brigade in Lithuania.")
        #expect(e.claims(by: "boris-pistorius").first?.text == "Germany would keep its brigade in Lithuania")
    }

    @Test func pronounVerbInsideTheSpeakersOwnClaimIsNoSecondClaim() {
        let e = extract("Lithuania said in a statement that it backed the peacekeeping force.")
        #expect(e.claims.count == 1)
        #expect(e.claims.first?.speakerID == "lithuania")
    }

    @Test func theAllianceAndTheBlocAreSecondReferences() {
        let e = extract("""
        NATO held talks in Brussels on Monday. The alliance said it would keep its door open.

        The European Union met in Luxembourg. The bloc said sanctions would stay.
        """)
        #expect(e.claims(by: "nato").first?.text == "it would keep its door open")
        #expect(e.claims(by: "european-union").first?.text == "sanctions would stay")
    }

    @Test func thatAfterTheOccasionOfSpeaking() {
        let e = extract("Ukrainian President Volodymyr Zelensky said in his nightly video address that the talks had been useful.")
        #expect(e.claims.first?.text == "the talks had been useful")
    }
}

extension WireAttributionTests {
    @Test func asReportedByIntroducesTheOutletsReport() {
        let e = extract("As reported by Reuters, the harbour talks in Oslo will resume after the summer break.")
        #expect(e.claims.map(\.speakerName) == ["Reuters"])
        #expect(e.claims.first?.text == "the harbour talks in Oslo will resume after the summer break")
        #expect(e.claims.first?.kind == .indirect)
    }

    @Test func aSourceLabelLineIsNoClaim() {
        let e = extract("Minister Lena Berg said Oslo would send two frigates.\n\nSource: Berg at a press conference in Oslo on Tuesday, as reported by Reuters")
        #expect(e.claims.map(\.speakerName) == ["Lena Berg"])
    }
}
