import Testing
@testable import parley

/// The response cache size: flag, then PARLEY_CACHE_MB, then 64 MiB; a bad value names the variable.
@Suite struct ServeSettingsTests {
    func settings(_ args: [String], env: [String: String]) throws -> ServeSettings {
        let options = try ServeOptions.parse(args)
        return try ServeSettings(options: options, environment: Environment { env[$0] })
    }

    @Test func cacheSizeComesFromFlagThenEnvironmentThenDefault() throws {
        #expect(try settings([], env: [:]).cacheBytes == 64 << 20)
        #expect(try settings([], env: ["PARLEY_CACHE_MB": "8"]).cacheBytes == 8 << 20)
        #expect(try settings(["--cache-mb", "0"], env: ["PARLEY_CACHE_MB": "8"]).cacheBytes == 0)
    }

    @Test func aBadCacheSizeIsAnErrorNamingTheVariable() {
        do {
            _ = try settings([], env: ["PARLEY_CACHE_MB": "lots"])
            Issue.record("a malformed PARLEY_CACHE_MB was accepted")
        } catch {
            #expect("\(error)".contains("PARLEY_CACHE_MB"))
        }
        #expect(throws: (any Error).self) { _ = try settings(["--cache-mb", "-1"], env: [:]) }
    }
}
