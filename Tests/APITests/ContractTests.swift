import Foundation
import Testing
@testable import API

/// The router and openapi.yaml describe the same set of paths.
@Suite struct ContractTests {
    static let specURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("openapi.yaml")

    /// Keys of the top-level `paths:` mapping: lines indented by exactly two spaces.
    static func specPaths() throws -> Set<String> {
        let text = try String(contentsOf: specURL, encoding: .utf8)
        var inPaths = false
        var out = Set<String>()
        for line in text.components(separatedBy: "\n") {
            if !line.hasPrefix(" ") && !line.isEmpty { inPaths = line.hasPrefix("paths:"); continue }
            guard inPaths, line.hasPrefix("  /"), !line.hasPrefix("   "), line.hasSuffix(":") else { continue }
            var key = String(line.dropFirst(2).dropLast())
            if key.hasPrefix("\"") || key.hasPrefix("'") { key = String(key.dropFirst().dropLast()) }
            out.insert(key)
        }
        return out
    }

    @Test func routesAndContractPathsAreTheSameSet() throws {
        let spec = try Self.specPaths()
        #expect(spec.count >= 18)
        #expect(spec == Set(APIHandler.routeTemplates))
        #expect(APIHandler.routeTemplates.count == Set(APIHandler.routeTemplates).count)
    }

    @Test func contractNamesEveryParameterTheRouterAccepts() throws {
        let text = try String(contentsOf: Self.specURL, encoding: .utf8)
        for route in Router.all {
            for p in Endpoints.parameters(route.id) {
                let direct = text.contains("- name: \(p)\n") || text.contains("name: \(p)\n")
                #expect(direct, "parameter \(p) of \(route.template) is not in openapi.yaml")
            }
        }
    }

    @Test func everyRouteAnswersGet() {
        let h = Harness()
        for t in APIHandler.routeTemplates {
            let path = t.replacingOccurrences(of: "{id}", with: t.contains("documents") ? "doc-a" : t.contains("actors") ? "russia"
                                                : t.contains("claims") ? "c1" : "us_backstop")
            let target = path == "/v1/search" ? "/v1/search?q=troops" : path
            #expect(h.get(target).status == .ok, "\(target)")
        }
    }
}
