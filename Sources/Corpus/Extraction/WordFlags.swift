/// A lexicon's bits per word (`TokenFlag`), indexed by the word's number in `WordTable`: one array
/// read per token where a dictionary was probed. Reads like the dictionary it replaces: nil for a
/// word without flags.
struct WordFlags: Sendable {
    private var bits: [UInt16] = []

    subscript(key: WordKey) -> UInt16? {
        let i = Int(key.id)
        guard i < bits.count, bits[i] != 0 else { return nil }
        return bits[i]
    }

    subscript(key: WordKey, default value: UInt16) -> UInt16 {
        get { self[key] ?? value }
        set {
            let i = Int(key.id)
            if i >= bits.count { bits.append(contentsOf: repeatElement(0, count: i + 1 - bits.count)) }
            bits[i] = newValue
        }
    }
}

/// A set of words as one bit per word number (`contains` is an array read).
struct WordSet: Sendable {
    private var bits: [Bool] = []

    init() {}
    init(_ words: some Sequence<WordKey>) { for w in words { insert(w) } }

    func contains(_ key: WordKey) -> Bool {
        let i = Int(key.id)
        return i < bits.count && bits[i]
    }

    mutating func insert(_ key: WordKey) {
        let i = Int(key.id)
        if i >= bits.count { bits.append(contentsOf: repeatElement(false, count: i + 1 - bits.count)) }
        bits[i] = true
    }
}
