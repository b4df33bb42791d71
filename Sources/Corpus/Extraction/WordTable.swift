import Foundation

/// Every distinct lowercased word the extractor has seen, numbered once for the whole process, so
/// that a token holds a number instead of a `String` (copying a token copies no reference, and
/// comparing two words compares two integers) and the lexicon's word tables are keyed by numbers.
///
/// A word's number is its UTF-8 bytes' identity: the same bytes are the same word, as the
/// `String` key compared before. Interning takes a lock (one per tokenized paragraph, see
/// `withLock`); reading a word back (`string(_:)`) does not: entries live in chunks that never
/// move, written before their number is handed out. The table only grows (a word list, not the
/// articles: a 50 MB corpus has a few hundred thousand distinct words).
final class WordTable: @unchecked Sendable {
    static let shared = WordTable()

    struct Entry {
        var string: String
        /// `MentionFinder.isNameToken`'s test of the word's own letters: more than one character,
        /// only letters, hyphens and apostrophes.
        var nameShaped: Bool
    }

    private static let chunkBits = 12
    private static let chunkSize = 1 << chunkBits
    private static let maxChunks = 1 << 15   // 134 million words
    private let chunks: UnsafeMutablePointer<UnsafeMutablePointer<Entry>?>
    private let lock = NSLock()
    // Under the lock: open addressing over the words' bytes, in raw buffers (no bounds or
    // uniqueness checks on the tokenizer's path).
    private var count = 0
    private var slotMask = (1 << 14) - 1
    /// id + 1 in the low half (0: empty), the hash's high half above it: a probe that misses
    /// reads one slot, nothing else.
    private var slots: UnsafeMutablePointer<UInt64>
    private var capacity = 1 << 13
    private var hashes: UnsafeMutablePointer<UInt64>
    private var offsets: UnsafeMutablePointer<Int>
    private var arenaCapacity = 1 << 16
    private var arena: UnsafeMutablePointer<UInt8>
    /// The last word seen per hash bucket (hash, id), 4,096 of them: the frequent words are found
    /// here without touching the big slot table (a cache miss per token once the table is large).
    private let recentHash: UnsafeMutablePointer<UInt64>
    private let recentID: UnsafeMutablePointer<Int32>
    private static let recentMask = 4095
    /// Room for a word's lowercased bytes while it is looked up (the tokenizer writes it under the lock).
    private(set) var scratch: UnsafeMutablePointer<UInt8>
    static let scratchCapacity = 256

    private init() {
        chunks = .allocate(capacity: Self.maxChunks)
        chunks.initialize(repeating: nil, count: Self.maxChunks)
        slots = .allocate(capacity: slotMask + 1)
        slots.initialize(repeating: 0, count: slotMask + 1)
        hashes = .allocate(capacity: capacity)
        offsets = .allocate(capacity: capacity + 1)
        offsets[0] = 0
        arena = .allocate(capacity: arenaCapacity)
        scratch = .allocate(capacity: Self.scratchCapacity)
        recentHash = .allocate(capacity: Self.recentMask + 1)
        recentHash.initialize(repeating: 0, count: Self.recentMask + 1)
        recentID = .allocate(capacity: Self.recentMask + 1)
        recentID.initialize(repeating: -1, count: Self.recentMask + 1)
    }

    /// FNV-1a, the hash `internLocked` expects.
    static let hashStart: UInt64 = 14695981039346656037
    @inline(__always) static func hashStep(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* 1099511628211 }

    /// The word numbered `id`.
    @inline(__always) func string(_ id: Int32) -> String { entry(id).pointee.string }
    @inline(__always) func nameShaped(_ id: Int32) -> Bool { entry(id).pointee.nameShaped }

    @inline(__always) private func entry(_ id: Int32) -> UnsafeMutablePointer<Entry> {
        let i = Int(id)
        return chunks[i >> Self.chunkBits]! + (i & (Self.chunkSize - 1))
    }

    /// The number of `s`.
    func intern(_ s: String) -> Int32 {
        var s = s
        return withLock { s.withUTF8 { internLocked($0) } }
    }

    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// The number of the word spelt by `bytes`; the caller holds the lock (`withLock`).
    func internLocked(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        var h = Self.hashStart
        for b in bytes { h = Self.hashStep(h, b) }
        return internLocked(bytes.baseAddress, bytes.count, hash: h)
    }

    /// The number of the `n` bytes at `p`, whose hash (`hashStep` from `hashStart`) is `h`.
    func internLocked(_ p: UnsafePointer<UInt8>?, _ n: Int, hash h: UInt64) -> Int32 {
        let r = Int(truncatingIfNeeded: h >> 40) & Self.recentMask
        let rid = recentID[r]
        if rid >= 0 && recentHash[r] == h {
            let a = offsets[Int(rid)]
            if offsets[Int(rid) + 1] - a == n && (n == 0 || memcmp(arena + a, p!, n) == 0) { return rid }
        }
        let id = lookUpLocked(p, n, hash: h)
        recentHash[r] = h
        recentID[r] = id
        return id
    }

    private func lookUpLocked(_ p: UnsafePointer<UInt8>?, _ n: Int, hash h: UInt64) -> Int32 {
        var i = Int(truncatingIfNeeded: h ^ (h >> 29)) & slotMask
        let tag = h & 0xFFFF_FFFF_0000_0000
        while true {
            let slot = slots[i]
            if slot == 0 { break }
            if slot & 0xFFFF_FFFF_0000_0000 == tag {
                let id = Int32(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1
                let a = offsets[Int(id)]
                if offsets[Int(id) + 1] - a == n && (n == 0 || memcmp(arena + a, p!, n) == 0) { return id }
            }
            i = (i + 1) & slotMask
        }
        let id = Int32(count)
        let s = n == 0 ? "" : String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
        let shaped = s.count > 1 && s.unicodeScalars.allSatisfy { Tokenizer.isLetter($0) || $0 == "-" || $0 == "'" }
        if count & (Self.chunkSize - 1) == 0 {
            precondition(count >> Self.chunkBits < Self.maxChunks, "WordTable full")
            chunks[count >> Self.chunkBits] = .allocate(capacity: Self.chunkSize)
        }
        (chunks[count >> Self.chunkBits]! + (count & (Self.chunkSize - 1))).initialize(to: Entry(string: s, nameShaped: shaped))
        if count == capacity {
            let c2 = capacity * 2
            let h2 = UnsafeMutablePointer<UInt64>.allocate(capacity: c2); h2.update(from: hashes, count: count); hashes.deallocate(); hashes = h2
            let o2 = UnsafeMutablePointer<Int>.allocate(capacity: c2 + 1); o2.update(from: offsets, count: count + 1); offsets.deallocate(); offsets = o2
            capacity = c2
        }
        let start = offsets[count]
        if start + n > arenaCapacity {
            var c2 = arenaCapacity * 2
            while start + n > c2 { c2 *= 2 }
            let a2 = UnsafeMutablePointer<UInt8>.allocate(capacity: c2); a2.update(from: arena, count: start); arena.deallocate(); arena = a2
            arenaCapacity = c2
        }
        if n > 0 { (arena + start).update(from: p!, count: n) }
        offsets[count + 1] = start + n
        hashes[count] = h
        slots[i] = tag | UInt64(UInt32(id) + 1)
        count += 1
        if count * 2 > slotMask + 1 { grow() }
        return id
    }

    private func grow() {
        let size = (slotMask + 1) * 2
        let bigger = UnsafeMutablePointer<UInt64>.allocate(capacity: size)
        bigger.initialize(repeating: 0, count: size)
        let mask = size - 1
        for id in 0..<count {
            let h = hashes[id]
            var i = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
            while bigger[i] != 0 { i = (i + 1) & mask }
            bigger[i] = (h & 0xFFFF_FFFF_0000_0000) | UInt64(UInt32(id) + 1)
        }
        slots.deallocate()
        slots = bigger
        slotMask = mask
    }
}
