import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import parley

#if os(Linux)
/// Releasing start-up pages must unmap resident file pages and leave every page that is not the
/// file's own bytes (relocated data, copy-on-write) in place: code and data work afterwards.
@Suite struct StartupPagesTests {
    @Test func releasesFilePagesAndEverythingStillWorks() {
        // touch Foundation (formatting, folding, JSON) so its pages are resident
        let before = "Élysée".folding(options: [.diacriticInsensitive], locale: nil) + String(format: "%.2f", 3.14159)
        let json = try? JSONSerialization.data(withJSONObject: ["a": [1, 2, 3]])
        let released = StartupPages.release()  // bytes of present pages unmapped
        #expect(released > 1 << 20)
        // (no RSS comparison: tests running beside this one allocate at the same time)
        // the same code again, from refaulted pages, with the same results
        #expect("Élysée".folding(options: [.diacriticInsensitive], locale: nil) + String(format: "%.2f", 3.14159) == before)
        #expect(try! JSONSerialization.data(withJSONObject: ["a": [1, 2, 3]]) == json)
        #expect(before == "Elysee3.14")
    }
}
#endif
