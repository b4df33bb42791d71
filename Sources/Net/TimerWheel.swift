/// A coarse hashed timer wheel (one per loop): slots of `tickMillis`, entries (fd, generation).
/// Connections keep their own deadline; the wheel only says when to look at them again. An
/// entry that fires early (the deadline moved later) is re-inserted; a deadline moved earlier
/// adds an entry. So each connection has at most a couple of entries and the cost per tick is
/// bounded by the entries in one slot, not by the number of connections.
struct TimerWheel {
    struct Entry { var fd: Int32; var generation: UInt32 }

    let tickMillis: Int64
    private var slots: [[Entry]]
    /// The last tick processed.
    private(set) var currentTick: Int64

    init(tickMillis: Int64 = 50, slotCount: Int = 1024, now: Int64) {
        self.tickMillis = tickMillis
        slots = Array(repeating: [], count: slotCount)
        currentTick = now / tickMillis
    }

    /// The tick at which a deadline is checked: rounded up, and within one revolution.
    func tick(for deadline: Int64) -> Int64 {
        let t = (deadline + tickMillis - 1) / tickMillis
        return min(max(t, currentTick + 1), currentTick + Int64(slots.count) - 1)
    }

    mutating func insert(_ entry: Entry, at tick: Int64) {
        slots[Int(tick % Int64(slots.count))].append(entry)
    }

    /// Moves the entries of every tick up to `now` into `due` (each with its tick). The caller
    /// fires them after this returns, so firing may insert new entries.
    mutating func advance(to now: Int64, into due: inout [(Entry, Int64)]) {
        let target = now / tickMillis
        var steps = 0
        while currentTick < target && steps < slots.count {
            currentTick += 1
            steps += 1
            let i = Int(currentTick % Int64(slots.count))
            if slots[i].isEmpty { continue }
            for e in slots[i] { due.append((e, currentTick)) }
            slots[i].removeAll(keepingCapacity: true)
        }
        if currentTick < target { currentTick = target }
    }
}
