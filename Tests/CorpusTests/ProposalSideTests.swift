import Testing
@testable import Corpus

/// Which proposal a claim is about and which side it puts its speaker on (hand-written examples).
@Suite struct ProposalSideTests {
    func proposal(_ e: Extraction, _ id: String) -> Proposal? { e.proposals.first { $0.id == id } }

    @Test func aMarkerInsideCurlyQuotesStillCounts() {
        let e = extract("Deputy Foreign Minister Pavel Orlov said a peacekeeping force in Ukraine was “unacceptable”.")
        #expect(e.claims(by: "pavel-orlov").first?.stance == .oppose)
        #expect(proposal(e, "peacekeeping_force")?.opponentIDs.contains("pavel-orlov") == true)
    }

    @Test func anApostropheBetweenLettersStaysInTheWord() {
        let e = extract("Defence Minister Anna Berg said her government won’t accept a peacekeeping force on its soil.")
        #expect(e.claims(by: "anna-berg").first?.stance == .oppose)
    }

    @Test func farFromAnyNamedProposalAClaimIsAboutTheDocumentsTopic() {
        let e = extract("""
        Nordic ministers discuss a reassurance force for Ukraine

        Ministers met in Oslo on Monday to discuss a reassurance force for Ukraine.

        The meeting lasted six hours.

        Lunch was served in the old hall.

        Journalists waited outside in the rain.

        Defence Minister Lars Dahl said Norway was ready to send engineers.
        """)
        #expect(e.claims(by: "lars-dahl").first?.proposalIDs == ["peacekeeping_force"])
        #expect(proposal(e, "peacekeeping_force")?.supporterIDs.contains("lars-dahl") == true)
    }

    @Test func refusalWordsPutTheSpeakerAgainst() {
        for sentence in ["would not allow a single coin to be spent on a peacekeeping force",
                         "her party would vote against a peacekeeping force",
                         "a peacekeeping force was a red line",
                         "the government would block a peacekeeping force",
                         "parliament rejected a peacekeeping force",
                         "British troops should not be sent as peacekeepers"] {
            let e = extract("Opposition leader Maria Holm said \(sentence).")
            #expect(e.claims(by: "maria-holm").first?.stance == .oppose, "\(sentence)")
        }
    }

    @Test func aNegatedModalTakesNoSide() {
        let e = extract("Finance Minister Olaf Brandt said sanctions relief would not come soon.")
        #expect(e.claims(by: "olaf-brandt").first?.stance == .neutral)
        let plain = extract("Finance Minister Olaf Brandt said sanctions relief would come soon.")
        #expect(plain.claims(by: "olaf-brandt").first?.stance == .support)
    }

    @Test func onceSetsACondition() {
        let e = extract("Foreign Minister Eva Lind said sanctions relief could be discussed once the shelling stops.")
        #expect(e.claims(by: "eva-lind").first?.stance == .conditional)
    }

    @Test func moreSurfaceFormsOfTheGenresProposals() {
        let e = extract("""
        Senator Ruth Adler said the 20-point framework was a start and that a 30-day pause was within reach.
        Adler said sanctions on Russia should not be eased before a deal, and that Paris ruled out soldiers along the line of contact.
        Adler said any mission needed a mandate from the Security Council and a multinational contingent, with US air cover.
        """)
        let ids = Set(e.claims.flatMap { $0.proposalIDs })
        #expect(ids.isSuperset(of: ["peace_plan", "ceasefire", "sanctions_relief", "demarcation_line_troops", "un_mandate",
                                    "peacekeeping_force", "us_backstop"]))
        #expect(!ids.contains("sanctions"))
    }

    @Test func aGovernmentRulingOutItsOwnTroopsTakesNoSide() {
        let own = extract("Norwegian Prime Minister Ola Strand said Norway will not send troops to a peacekeeping force.")
        #expect(own.claims(by: "ola-strand").first?.stance == .neutral)
        let pronoun = extract("Norway said it would not deploy soldiers with a peacekeeping force.")
        #expect(pronoun.claims(by: "norway").first?.stance == .neutral)
        // someone speaking for no country who refuses the troops still opposes the force
        let critic = extract("Opposition leader Jan Vik said peacekeepers should not be sent anywhere near the border.")
        #expect(critic.claims(by: "jan-vik").first?.stance == .oppose)
    }

    @Test func aProposalNamedAfterNotIsRefusedEvenInASupportiveClause() {
        let e = extract("Foreign Minister Ivan Petrenko said Ukraine would welcome a monitoring mission but not a buffer zone.")
        let buffer = proposal(e, "buffer_zone")
        #expect(buffer?.opponentIDs.contains("ivan-petrenko") == true)
        #expect(buffer?.supporterIDs.contains("ivan-petrenko") == false)
        #expect(proposal(e, "monitoring_mission")?.supporterIDs.contains("ivan-petrenko") == true)
    }

    @Test func talksInTheirUsualWords() {
        let e = extract("Foreign Minister Ivan Petrenko said Kyiv was ready for a new round of peace talks.")
        #expect(e.claims(by: "ivan-petrenko").first?.proposalIDs == ["istanbul_talks"])
    }

    @Test func judgementsThatRefuse() {
        for sentence in ["sanctions relief now would be a strategic mistake",
                         "sanctions relief would be a reward for aggression",
                         "the buffer zone plan was not serious",
                         "a buffer zone was not on the table",
                         "a monitoring mission would be ineffective and dangerous",
                         "the buffer zone plan was NATO membership by the back door",
                         "a buffer zone would only prolong the fighting"] {
            let e = extract("Foreign Minister Eva Lind said \(sentence).")
            #expect(e.claims(by: "eva-lind").first?.stance == .oppose, "\(sentence)")
        }
    }

    @Test func conditionsSetByWithoutOnlyAndButNo() {
        for sentence in ["Sweden would join a peacekeeping force only after a vote in parliament",
                         "no Swedish soldier would join a peacekeeping force without an American guarantee",
                         "Sweden would help a peacekeeping force with logistics but no troops"] {
            let e = extract("Defence Minister Nils Ek said \(sentence).")
            #expect(e.claims(by: "nils-ek").first?.stance == .conditional, "\(sentence)")
        }
    }

    @Test func aCapAfterTheArmyCapWasNamedIsThatCap() {
        let e = extract("""
        Negotiators discussed a cap on the size of Ukraine's army.

        Senator Ruth Adler said parliament would vote against any deal that included a cap.
        """)
        #expect(e.claims(by: "ruth-adler").first?.proposalIDs == ["army_cap"])
        #expect(proposal(e, "army_cap")?.opponentIDs.contains("ruth-adler") == true)
        // no cap named before: "a cap" is nobody's proposal
        let none = extract("Senator Ruth Adler said parliament would vote against any deal that included a cap.")
        #expect(none.claims(by: "ruth-adler").first?.proposalIDs.isEmpty == true)
    }

    @Test func wordsThatKeepADoorOpen() {
        for sentence in ["Norway said yes to a buffer zone", "the door to NATO membership remained open",
                         "Kyiv had not given up on NATO membership", "a buffer zone was the least bad option",
                         "Oslo sees value in a buffer zone", "Oslo had pushed for a buffer zone"] {
            let e = extract("Foreign Minister Eva Lind said \(sentence).")
            #expect(e.claims(by: "eva-lind").first?.stance == .support, "\(sentence)")
        }
    }

    @Test func offeringOrFloatingAProposalPutsOneForIt() {
        let e = extract("Norway has offered to lead a monitoring mission. Denmark first floated the idea of a buffer zone.")
        #expect(proposal(e, "monitoring_mission")?.proponentIDs.contains("norway") == true)
        #expect(proposal(e, "buffer_zone")?.proponentIDs.contains("denmark") == true)
    }

    @Test func aProposalChampionedBySomeoneNamedBeforeTheVerb() {
        let e = extract("The buffer zone, championed by Norway since the spring, was discussed in Oslo.")
        #expect(proposal(e, "buffer_zone")?.proponentIDs.contains("norway") == true)
    }

    @Test func anActorOnBothSidesStandsWhereItStandsMoreOften() {
        let e = extract("""
        Senator Ruth Adler said a buffer zone was essential. Adler said a buffer zone was necessary.
        Adler said a buffer zone was dangerous.
        """)
        let p = proposal(e, "buffer_zone")
        #expect(p?.supporterIDs.contains("ruth-adler") == true)
        #expect(p?.opponentIDs.contains("ruth-adler") == false)
        // the history keeps every stance
        #expect(p?.stances.contains { $0.actorID == "ruth-adler" && $0.stance == .oppose } == true)
    }

    @Test func aProposalNamedInAnotherParagraphYieldsToTheDocumentsTopic() {
        let e = extract("""
        Nordic ministers back a reassurance force for Ukraine

        Ministers met in Oslo to plan a reassurance force for Ukraine.

        Some delegates also mentioned a buffer zone.

        Defence Minister Lars Dahl said Norway was ready to send engineers.
        """)
        #expect(e.claims(by: "lars-dahl").first?.proposalIDs == ["peacekeeping_force"])
    }

    @Test func theHeadlinesProposalWeighsMoreInTheDocumentsTopic() {
        let e = extract("""
        Nordic ministers weigh a buffer zone along the front line

        The talks in Oslo also touched on a peacekeeping force.

        A peacekeeping force was not the main subject, delegates said.

        Defence Minister Lars Dahl said Norway was ready to send engineers.
        """)
        #expect(e.claims(by: "lars-dahl").first?.proposalIDs == ["buffer_zone"])
    }

    @Test func aCompoundLikeUKLedNamesAProponent() {
        let e = extract("Diplomats in Oslo discussed the UK-led force and a Norway-brokered buffer zone.")
        #expect(proposal(e, "peacekeeping_force")?.proponentIDs.contains("united-kingdom") == true)
        #expect(proposal(e, "buffer_zone")?.proponentIDs.contains("norway") == true)
    }
}
