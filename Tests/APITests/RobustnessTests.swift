import Corpus
import Foundation
import HTTP
import Index
import Testing
@testable import API

@Suite struct RobustnessTests {
    static let lists = ["/", "/healthz", "/readyz", "/metrics", "/openapi.yaml", "/v1/documents", "/v1/actors", "/v1/claims",
                        "/v1/proposals", "/v1/stances", "/v1/timeline", "/v1/search?q=troops", "/v1/graph", "/v1/stats",
                        "/v1/claims?format=csv", "/v1/timeline?format=ndjson"]

    func handler(_ e: Extraction) -> APIHandler {
        let l = Lifecycle()
        l.markReady()
        return APIHandler(snapshot: Snapshot(extraction: e, generation: 0), lifecycle: l, stats: ServerStats(), openAPIYAML: [])
    }

    @Test func anEmptyIndexAnswersEverything() {
        let h = handler(Extraction())
        for t in Self.lists {
            let r = h.respond(to: Request(method: .get, target: t))
            #expect(r.status == .ok, "\(t)")
        }
        let claims = h.respond(to: Request(method: .get, target: "/v1/claims"))
        #expect(json(claims)["total"] as? Int == 0 && json(claims)["next_cursor"] is NSNull)
        #expect(h.respond(to: Request(method: .get, target: "/v1/claims/c1")).status == .notFound)
        let csv = text(h.respond(to: Request(method: .get, target: "/v1/claims?format=csv")))
        #expect(csv == CSV.claimHeader)
    }

    @Test func danglingReferencesDoNotBreakViews() throws {
        // a claim whose speaker, document and proposal are unknown; a proposal stance for an unknown actor
        let c = Claim(id: "x1", documentID: "ghost-doc", speakerID: "ghost", speakerName: "Ghost", kind: .direct,
                      text: "A \"quoted\" line,\nwith a comma", cue: nil, sentence: "", start: 0, end: 5, published: "2025",
                      proposalIDs: ["ghost-plan"], stance: .support, corroboratedBy: ["x2"])
        let p = Proposal(id: "plan", name: "Plan", aliases: [], proponentIDs: ["nobody"], supporterIDs: [], opponentIDs: [],
                         conditionalIDs: [], figures: [Figure(value: nil, unit: "troops", text: "a few thousand", documentID: "d")],
                         stances: [DatedStance(actorID: "nobody", stance: .oppose, date: nil, documentID: "d", claimIDs: [])],
                         documentIDs: [], claimCount: 0, firstSeen: nil, lastSeen: nil)
        let h = handler(Extraction(claims: [c, c], proposals: [p]))  // the duplicate id is served once by id
        for t in Self.lists + ["/v1/claims/x1", "/v1/proposals/plan", "/v1/timeline?proposal=plan", "/v1/graph?actor=ghost"] {
            let r = h.respond(to: Request(method: .get, target: t))
            #expect(r.status == .ok, "\(t)")
            if r.headers["Content-Type"] == "application/json" {
                #expect((try? JSONSerialization.jsonObject(with: Data(bodyBytes(r)))) != nil, "\(t)")
            }
        }
        let detail = json(h.respond(to: Request(method: .get, target: "/v1/claims/x1")))
        #expect(detail["speaker"] is NSNull && detail["document"] is NSNull)
        #expect(((detail["proposals"] as? [[String: Any]])?.first?["name"]) is NSNull)
        let plan = json(h.respond(to: Request(method: .get, target: "/v1/proposals/plan")))
        #expect((plan["figures"] as? [[String: Any]])?.first?["value"] is NSNull)
        let cells = try #require(plan["stances"] as? [[String: Any]])
        #expect(cells.first?["actor_name"] is NSNull && cells.first?["stance"] as? String == "oppose")
        let ndjson = text(h.respond(to: Request(method: .get, target: "/v1/claims?format=ndjson")))
        #expect(ndjson.split(separator: "\n").count == 2)  // the embedded newline is escaped in JSON
    }

    @Test func hostileQueryStrings() {
        let h = Harness()
        for t in ["/v1/claims?", "/v1/claims?&&&", "/v1/claims?limit=10&", "/v1/search?q=%F0%9F%98%80+troops",
                  "/v1/claims?q=%22%3Cscript%3E%22", "/v1/actors?q=%C3%89LYS%C3%89E"] {
            #expect(h.get(t).status == .ok, "\(t)")
        }
        for t in ["/v1/claims?=x", "/v1/claims?limit=99999999999999999999999", "/v1/claims?cursor=%00",
                  "/v1/claims?limit=%31%30%30%31"] {  // "1001" percent-encoded
            #expect(h.get(t).status == .badRequest, "\(t)")
        }
        let long = "/v1/search?q=" + String(repeating: "troops+", count: 2000)
        #expect(h.get(long).status == .ok)
    }
}
