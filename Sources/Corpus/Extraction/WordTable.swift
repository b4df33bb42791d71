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
    // Under the lock: open addressing over the words' bytes.
    private var count = 0
    private var slots: [Int32] = Array(repeating: -1, count: 1 << 14)
    private var hashes: [UInt64] = []
    private var offsets: [Int] = [0]
    private var arena: [UInt8] = []

    private init() {
        chunks = .allocate(capacity: Self.maxChunks)
        chunks.initialize(repeating: nil, count: Self.maxChunks)
    }

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
        var h: UInt64 = 14695981039346656037
        for b in bytes { h = (h ^ UInt64(b)) &* 1099511628211 }
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        while true {
            let id = slots[i]
            if id < 0 { break }
            if hashes[Int(id)] == h {
                let a = offsets[Int(id)], b = offsets[Int(id) + 1]
                if b - a == bytes.count && (bytes.isEmpty || arena.withUnsafeBufferPointer({ memcmp($0.baseAddress! + a, bytes.baseAddress!, bytes.count) == 0 })) {
                    return id
                }
            }
            i = (i + 1) & mask
        }
        let id = Int32(count)
        let s = String(decoding: bytes, as: UTF8.self)
        let shaped = s.count > 1 && s.unicodeScalars.allSatisfy { Tokenizer.isLetter($0) || $0 == "-" || $0 == "'" }
        if count & (Self.chunkSize - 1) == 0 {
            precondition(count >> Self.chunkBits < Self.maxChunks, "WordTable full")
            chunks[count >> Self.chunkBits] = .allocate(capacity: Self.chunkSize)
        }
        (chunks[count >> Self.chunkBits]! + (count & (Self.chunkSize - 1))).initialize(to: Entry(string: s, nameShaped: shaped))
        arena.append(contentsOf: bytes)
        offsets.append(arena.count)
        hashes.append(h)
        slots[i] = id
        count += 1
        if count * 2 > slots.count { grow() }
        return id
    }

    private func grow() {
        var bigger = [Int32](repeating: -1, count: slots.count * 2)
        let mask = bigger.count - 1
        for id in 0..<count {
            let h = hashes[id]
            var i = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
            while bigger[i] >= 0 { i = (i + 1) & mask }
            bigger[i] = Int32(id)
        }
        slots = bigger
    }
}
