import Foundation
import Testing
@testable import Corpus

/// End to end over the seeds folder: key statements come out with the right speaker, kind and stance.
@Suite struct SeedsTests {
    let e: Extraction = try! sharedExtractor.extract(directory: seedsDirectory)

    @Test func documentsAndMetadata() {
        #expect(e.documents.count == 5)
        #expect(e.documents.map { $0.claimCount }.reduce(0, +) == e.claims.count)
        let d4 = e.documents[4]
        #expect(d4.title == "French, UK, Turkish troops could be deployed in Ukraine right after peace deal, Macron says")
        #expect(d4.author == "Martin Fornusek")
        #expect(d4.published == "2025-11-25")
        #expect(e.documents[3].title == nil)
    }

    @Test func macronDirectQuote() {
        let c = e.claims.first { $0.kind == .direct && $0.text.hasPrefix("Ukraine is sovereign. If it asks") && $0.documentID.hasPrefix("000") }
        #expect(c?.speakerID == "emmanuel-macron")
        #expect(c?.cue == "stated")
        #expect(c?.stance == .support)
        #expect(c?.proposalIDs == ["peacekeeping_force"])
        // the same words in doc 002 corroborate it
        #expect(c?.corroboratedBy.contains { $0.hasPrefix("002") } == true)
    }

    @Test func stubbQuoteIsConditional() {
        let c = e.claims.first { $0.speakerID == "alexander-stubb" && $0.kind == .direct }
        #expect(c?.text.hasPrefix("There are anywhere from zero to 50 different ways") == true)
        #expect(c?.stance == .conditional)
    }

    @Test func russianOpposition() {
        let lavrov = e.claims(by: "sergei-lavrov")
        #expect(lavrov.contains { $0.kind == .partial && $0.text == "under any conditions" && $0.stance == .oppose })
        let force = e.proposals.first { $0.id == "peacekeeping_force" }
        #expect(force?.opponentIDs.contains("russia") == true)
        #expect(force?.opponentIDs.contains("vladimir-putin") == true)
        #expect(force?.supporterIDs.contains("emmanuel-macron") == true)
        #expect(force?.conditionalIDs.contains("alexander-stubb") == true)
    }

    @Test func speakersResolvedThroughPronounsAndRoles() {
        // "He said: “Sooner or later...”" in doc 002 is the Prime Minister, not Putin
        let c = e.claims.first { $0.text.hasPrefix("Sooner or later") }
        #expect(c?.speakerID == "keir-starmer")
        let rt = e.claims.first { $0.text.hasPrefix("We have about 20 countries") }
        #expect(rt?.speakerID == "emmanuel-macron")   // "the French president added"
    }

    @Test func everyClaimTextIsTheSliceOfItsDocument() {
        let texts = Dictionary(uniqueKeysWithValues: e.documents.map { ($0.id, Array($0.text.unicodeScalars)) })
        for c in e.claims {
            #expect(String(String.UnicodeScalarView(texts[c.documentID]![c.start..<c.end])) == c.text)
        }
        for ev in e.events {
            #expect(String(String.UnicodeScalarView(texts[ev.documentID]![ev.start..<ev.end])) == ev.text)
        }
    }
}

@Suite struct JSONTests {
    @Test func topLevelShapeAndSnakeCaseKeysWithNulls() throws {
        let e = extract("Poland said the plan was sound.")
        let bytes = ExtractionJSON.encode(e, pretty: false)
        let s = String(decoding: bytes, as: UTF8.self)
        #expect(s.hasPrefix("{\"documents\":["))
        let obj = try JSONSerialization.jsonObject(with: Data(bytes)) as! [String: Any]
        #expect(Set(obj.keys) == ["documents", "actors", "claims", "proposals", "events"])
        let claim = (obj["claims"] as! [[String: Any]])[0]
        #expect(claim["speaker_id"] as? String == "poland")
        #expect(claim["proposal_ids"] != nil)
        #expect(claim["stance"] is NSNull)            // no proposal: stance null, key present
        let doc = (obj["documents"] as! [[String: Any]])[0]
        #expect(doc["word_count"] as? Int == 6)
        #expect(doc["outlet"] is NSNull)
    }
}
