import Testing
@testable import API

/// The response cache's bound and recency order (least recently used goes first).
@Suite struct ResponseCacheTests {
    static func body(_ n: Int) -> CachedBody {
        CachedBody(contentType: "application/json", contentEncoding: nil, body: [UInt8](repeating: 65, count: n), etag: "\"e\"", link: nil)
    }
    static func key(_ s: String) -> CacheKey { CacheKey(Array(s.utf8)) }

    @Test func evictsTheLeastRecentlyUsedFirstAndStaysWithinItsBound() {
        // each entry is charged 1,000 + 2 + 128 bytes: four fit in 5,000
        let c = ResponseCache(capacityBytes: 5_000)
        for k in ["k1", "k2", "k3", "k4"] { c.put(Self.key(k), Self.body(1_000)) }
        #expect(c.counters.entries == 4)
        _ = c.get(Self.key("k1"))                     // k1 is now the most recent; k2 the oldest
        c.put(Self.key("k5"), Self.body(1_000))
        #expect(c.get(Self.key("k2")) == nil)
        for k in ["k1", "k3", "k4", "k5"] { #expect(c.get(Self.key(k)) != nil, "\(k)") }
        #expect(c.counters.bytes <= 5_000 && c.counters.bytes == 4 * 1_130)
    }

    @Test func replacingAnEntryRechargesItsSizeAndRefreshesIt() {
        let c = ResponseCache(capacityBytes: 4_600)
        for k in ["a1", "a2", "a3"] { c.put(Self.key(k), Self.body(1_000)) }
        c.put(Self.key("a1"), Self.body(100))          // a1 smaller and most recent
        #expect(c.counters.bytes == 2 * 1_130 + 230)
        c.put(Self.key("a4"), Self.body(1_000))
        c.put(Self.key("a5"), Self.body(1_000))          // over: a2 (oldest) goes
        #expect(c.get(Self.key("a2")) == nil && c.get(Self.key("a1"))?.body.count == 100)
        #expect(c.counters.entries == 4)
    }

    @Test func aBodyOverAQuarterOfTheRoomIsNotCachedAndClearingKeepsTheCounters() {
        let c = ResponseCache(capacityBytes: 4_000)
        c.put(Self.key("big"), Self.body(1_000))
        #expect(c.get(Self.key("big")) == nil)
        c.put(Self.key("s"), Self.body(10))
        #expect(c.get(Self.key("s")) != nil)
        let before = c.counters
        c.removeAll()
        #expect(c.counters.entries == 0 && c.counters.bytes == 0)
        #expect(c.counters.hits == before.hits && c.counters.misses == before.misses)
        #expect(c.get(Self.key("s")) == nil && c.counters.misses == before.misses + 1)
    }

    @Test func manyEntriesChurnThroughSlotsWithoutLosingTrack() {
        let c = ResponseCache(capacityBytes: 40_000)     // 300 + 4..5 + 128 bytes each: ~92 fit
        for i in 0..<2_000 { c.put(Self.key("q\(i)"), Self.body(300)) }
        let n = c.counters.entries
        #expect(n > 80 && n < 100 && c.counters.bytes <= 40_000)
        // exactly the newest n survive
        #expect(c.get(Self.key("q\(2_000 - n)")) != nil && c.get(Self.key("q\(1_999 - n)")) == nil)
    }
}
