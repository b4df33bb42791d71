/// The loop's connections, indexed by fd. Each connection gets a generation number that goes
/// into its epoll data with the fd, so an event queued for a closed fd that the kernel has
/// since reused for a new connection is recognised as stale and dropped.
struct ConnectionTable {
    private var slots: [Connection?] = []
    private var nextGeneration: UInt32 = 1
    private(set) var count = 0

    mutating func makeGeneration() -> UInt32 {
        let g = nextGeneration
        nextGeneration &+= 1
        if nextGeneration == 0 { nextGeneration = 1 }  // 0 marks the loop's own fds
        return g
    }

    mutating func insert(_ c: Connection) {
        let i = Int(c.fd)
        if i >= slots.count { slots.append(contentsOf: repeatElement(nil, count: max(i + 1 - slots.count, slots.count))) }
        precondition(slots[i] == nil, "fd \(i) already in the table")
        slots[i] = c
        count += 1
    }

    /// The connection for an event, or nil when the event is stale.
    func lookup(fd: Int32, generation: UInt32) -> Connection? {
        let i = Int(fd)
        guard i >= 0, i < slots.count, let c = slots[i], c.generation == generation else { return nil }
        return c
    }

    mutating func remove(_ c: Connection) {
        let i = Int(c.fd)
        guard i < slots.count, slots[i] === c else { return }
        slots[i] = nil
        count -= 1
    }

    /// All live connections (for shutdown).
    var all: [Connection] { slots.compactMap { $0 } }
}
