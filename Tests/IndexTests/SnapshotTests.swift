import TestFixtures
import Corpus
import Testing
@testable import Index

@Suite struct SnapshotTests {
    let s = Snapshot(extraction: Fixture.extraction(), generation: 7)

    func ids(_ f: ClaimFilter) -> [String] { s.claimPositions(f).map { s.claims[$0].id } }

    @Test func lookupsByID() {
        #expect(s.generation == 7)
        #expect(s.document(id: "doc-b")?.outlet == "Daily Sample")
        #expect(s.actor(id: "sergey-lavrov")?.countryID == "russia")
        #expect(s.claim(id: "c5")?.stance == .conditional)
        #expect(s.proposal(id: "us_backstop")?.name == "US backstop")
        #expect(s.document(id: "nope") == nil)
        #expect(s.claims(ofDocument: "doc-c").map(\.id) == ["c7", "c8", "c9", "c10"])
        #expect(s.members(ofCountry: "russia").map(\.id) == ["sergey-lavrov"])
    }

    @Test func fixtureSpansPointIntoTheText() {
        for c in s.claims {
            let scalars = Array(s.document(id: c.documentID)!.text.unicodeScalars)
            #expect(String(String.UnicodeScalarView(scalars[c.start..<c.end])) == c.text)
        }
    }

    @Test func claimFilters() {
        #expect(ids(ClaimFilter()) == (1...10).map { "c\($0)" })
        #expect(ids(ClaimFilter(speaker: "keir-starmer")) == ["c1", "c4", "c10"])
        #expect(ids(ClaimFilter(proposal: "us_backstop")) == ["c5", "c8", "c10"])
        #expect(ids(ClaimFilter(document: "doc-b")) == ["c4", "c5", "c6"])
        #expect(ids(ClaimFilter(kinds: [.partial])) == ["c4"])
        #expect(ids(ClaimFilter(kinds: [.partial, .indirect])) == ["c2", "c4", "c6", "c7", "c10"])
        #expect(ids(ClaimFilter(stances: [.oppose])) == ["c3", "c7", "c8"])
        #expect(ids(ClaimFilter(stances: [nil])) == ["c6"])
        #expect(ids(ClaimFilter(speaker: "emmanuel-macron", proposal: "reassurance_force", stances: [.support])) == ["c2", "c9"])
        #expect(ids(ClaimFilter(speaker: "nobody")) == [])
    }

    @Test func dateRangeUsesTheCoarserPrecision() {
        #expect(ids(ClaimFilter(from: "2025-03")) == ["c4", "c5", "c7", "c8", "c9", "c10"])
        #expect(ids(ClaimFilter(to: "2025-02")) == ["c1", "c2", "c3"])
        #expect(ids(ClaimFilter(from: "2025-03-03", to: "2025-03-31")) == ["c7", "c8", "c9", "c10"])
        #expect(ids(ClaimFilter(from: "2025", to: "2025")).count == 9)  // c6 has no date
        #expect(PartialDate.isValid("2025-02-28") && PartialDate.isValid("2025") && PartialDate.isValid("2025-12"))
        #expect(!PartialDate.isValid("2025-13") && !PartialDate.isValid("25-01-01") && !PartialDate.isValid("2025-1-1"))
    }

    @Test func claimSorting() {
        let desc = ids(ClaimFilter(sort: .publishedDescending))
        #expect(desc.prefix(4) == ["c7", "c8", "c9", "c10"])
        #expect(desc.last == "c6")  // undated last
        #expect(ids(ClaimFilter(sort: .speaker)).prefix(2) == ["c8", "c6"])  // "An official", "Analysts"
        #expect(ids(ClaimFilter(q: "troops")) == ["c1", "c2", "c6"].sorted { a, b in
            // relevance order is whatever BM25 says; check it agrees with the index
            let r = s.searchIndex.matchAll("troops", kind: .claim)
            let x = r[s.claims.firstIndex { $0.id == a }!]!, y = r[s.claims.firstIndex { $0.id == b }!]!
            return x != y ? x > y : a < b
        })
    }

    @Test func qFilterNeedsEveryTerm() {
        #expect(ids(ClaimFilter(q: "European troops")) == ["c2"])
        #expect(ids(ClaimFilter(q: "EUROPEAN")) .sorted() == ["c2", "c3"])
        #expect(ids(ClaimFilter(q: "the")) == [])  // only stopwords: matches nothing
    }

    @Test func actorAndDocumentFilters() {
        let persons = s.actorPositions(ActorFilter(types: [.person])).map { s.actors[$0].id }
        #expect(persons == ["keir-starmer", "emmanuel-macron", "sergey-lavrov"])
        #expect(s.actorPositions(ActorFilter(q: "kremlin")).map { s.actors[$0].id } == ["russia"])
        #expect(s.actorPositions(ActorFilter(sort: .name)).map { s.actors[$0].id }.prefix(2) == ["anonymous-official", "analysts"])  // "an official" < "analysts"
        #expect(s.actorPositions(ActorFilter(types: [.country], sort: .mentionCount)).map { s.actors[$0].id } == ["russia", "united-kingdom", "france"])
        #expect(s.documentPositions(DocumentFilter(outlet: "example times")).map { s.documents[$0].id } == ["doc-a", "doc-c"])
        #expect(s.documentPositions(DocumentFilter(from: "2025-03")).map { s.documents[$0].id } == ["doc-b", "doc-c"])
        #expect(s.proposalPositions(q: "american").map { s.proposals[$0].id } == ["us_backstop"])
    }

    @Test func stanceMatrixHasEvidenceAndChanges() throws {
        let macron = try #require(s.stanceMatrix(actor: "emmanuel-macron", proposal: "reassurance_force").first)
        #expect(macron.stance == .support)
        #expect(macron.evidence.map(\.date) == ["2025-02-17", "2025-03-02", "2025-03-20"])
        #expect(macron.evidence.map(\.stance) == [.support, .conditional, .support])
        #expect(macron.changes.map { "\($0.from.rawValue)>\($0.to.rawValue)" } == ["support>conditional", "conditional>support"])
        #expect(macron.claimCount == 3)
        let lavrov = try #require(s.stanceMatrix(actor: "sergey-lavrov").first)
        #expect(lavrov.stance == .oppose && lavrov.changes.isEmpty && lavrov.evidence.count == 2)
        // the extractor's own DatedStance is merged in
        let uk = s.stanceMatrix(actor: "united-kingdom")
        #expect(uk.map(\.proposalID) == ["us_backstop"] && uk.first?.evidence.first?.claimIDs == ["c10"])
        #expect(s.stanceMatrix(stances: [.oppose]).map(\.actorID).sorted() == ["anonymous-official", "sergey-lavrov"])
    }

    @Test func timelineOrderAndFilters() {
        func describe(_ items: [TimelineItem]) -> [String] {
            items.map { if case .event(let e) = $0 { "e:" + e.id } else if case .claim(let c) = $0 { "c:" + c.id } else { "" } }
        }
        let all = s.timeline(TimelineFilter())
        #expect(all.count == 3 + 9)
        #expect(all.map(\.date) == all.map(\.date).sorted())
        #expect(describe(all).prefix(4) == ["e:e1", "c:c1", "c:c2", "c:c3"])
        #expect(describe(s.timeline(TimelineFilter(actor: "keir-starmer"))) == ["e:e1", "c:c1", "e:e2", "c:c4", "c:c10"])
        #expect(describe(s.timeline(TimelineFilter(proposal: "reassurance_force", types: [.event]))) == ["e:e3", "e:e2"])
        // e3 is dated "2025-03" (month precision): compared at that precision it is in range
        #expect(describe(s.timeline(TimelineFilter(from: "2025-03-20"))) == ["e:e3", "c:c7", "c:c8", "c:c9", "c:c10"])
        #expect(describe(s.timeline(TimelineFilter(from: "2025-03-03", to: "2025-03-19", types: [.claim]))) == [])
    }

    @Test func graphHasStanceAndAffiliationEdges() {
        let g = s.graph()
        #expect(g.edges.contains { $0.source == "sergey-lavrov" && $0.target == "proposal:reassurance_force" && $0.relation == "oppose" })
        #expect(g.edges.contains { $0.source == "keir-starmer" && $0.target == "united-kingdom" && $0.relation == "affiliation" })
        let nodeIDs = Set(g.nodes.map(\.id))
        for e in g.edges { #expect(nodeIDs.contains(e.source) && nodeIDs.contains(e.target)) }
        #expect(Set(g.edges.map(\.id)).count == g.edges.count)
        let narrow = s.graph(proposal: "us_backstop")
        #expect(Set(narrow.edges.map(\.source)) == ["emmanuel-macron", "anonymous-official", "keir-starmer", "united-kingdom"])
    }

    @Test func statsFacets() {
        let st = s.stats()
        #expect(st.counts.first { $0.0 == "claims" }?.1 == 10)
        #expect(st.claimsByKind.first! == ("direct", 5) || st.claimsByKind.first!.1 == 5)
        #expect(st.claimsByStance.first { $0.0 == "none" }?.1 == 1)
        #expect(st.claimsByMonth.map(\.0) == ["2025-02", "2025-03"])
        #expect(st.topSpeakers.first?.2 == 3)
        #expect(st.documentsByOutlet.first! == ("Example Times", 2))
    }
}
