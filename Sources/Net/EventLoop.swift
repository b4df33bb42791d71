import CLinux
import Glibc
import HTTP

/// One event loop: a thread with its own epoll instance, its own SO_REUSEPORT listener, its
/// own connections and timer wheel. Loops share nothing but the server's atomics, so no locks.
/// Other threads only ever write to `wakeFD` (see `wake()`).
final class EventLoop: @unchecked Sendable {
    let index: Int
    let config: ServerConfig
    let handler: any HTTPHandler
    /// The handler's fast path, when it has one (cast once here, not per request).
    let cachedResponder: (any CachedResponder)?
    /// Told when each turn ends (cast once here), when the handler batches per turn.
    let turnObserver: (any LoopTurnObserver)?
    let stats: ServerStats
    /// The server's `run()` joins every loop before it returns, so the server outlives them;
    /// `unowned(unsafe)`: checked `unowned` cost a strong retain and release per loop turn.
    unowned(unsafe) let server: Server
    private let epfd: Int32
    let wakeFD: Int32
    private var listenFD: Int32

    private var table = ConnectionTable()
    private var wheel: TimerWheel
    private var listening = true
    private var draining = false
    private var drainDeadline: Int64 = 0
    private(set) var now: Int64
    private(set) var date: [UInt8] = []
    /// `date`'s storage (held by `date` until the next second), for writev vectors.
    private(set) var dateBase: UnsafeRawPointer?
    var dateCount: Int { date.count }
    /// When (monotonic ms) the wall clock's second may next change: the Date text is not
    /// looked at before then.
    private var nextDateCheck: Int64 = 0
    private var httpDate = HTTPDate()
    private var due: [(TimerWheel.Entry, Int64)] = []
    private let events = UnsafeMutablePointer<parley_event>.allocate(capacity: 256)
    /// The limits' durations in milliseconds, converted once: `Duration` arithmetic (128-bit)
    /// cost ~100 instructions per request in `Connection.settle`.
    let idleMillis: Int64, headerMillis: Int64, lingerMillis: Int64
    /// The writev vector every connection of this loop fills and uses in turn.
    let iovScratch = UnsafeMutablePointer<iovec>.allocate(capacity: OutputBuffer.maxIOV)
    /// `config.outputHighWater`, read per request without copying the whole config.
    let highWater: Int

    private static let listenerTag: UInt64 = 1
    private static let wakeTag: UInt64 = 2
    private static let signalTag: UInt64 = 3

    init(index: Int, config: ServerConfig, listenFD: Int32, handler: any HTTPHandler, stats: ServerStats,
         server: Server) throws(NetError) {
        self.index = index
        self.config = config
        self.listenFD = listenFD
        self.handler = handler
        cachedResponder = handler as? any CachedResponder
        turnObserver = handler as? any LoopTurnObserver
        self.stats = stats
        self.server = server
        epfd = try Syscall.require("epoll_create1") { parley_epoll_create() }
        let efd = epfd
        do throws(NetError) {
            wakeFD = try Syscall.require("eventfd") { eventfd(0, Int32(EFD_NONBLOCK) | Int32(EFD_CLOEXEC)) }
        } catch {
            _ = Glibc.close(efd)
            throw error
        }
        idleMillis = config.limits.idleTimeout.milliseconds
        headerMillis = config.limits.headerTimeout.milliseconds
        lingerMillis = config.lingerTimeout.milliseconds
        highWater = config.outputHighWater
        now = parley_monotonic_ms()
        wheel = TimerWheel(now: now)
        refreshDate()
    }

    deinit {
        events.deallocate()
        iovScratch.deallocate()
        _ = Glibc.close(epfd)
        _ = Glibc.close(wakeFD)
        if listenFD >= 0 { _ = Glibc.close(listenFD) }
    }

    /// Thread-safe: makes `epoll_wait` return (shutdown requests).
    func wake() {
        var one: UInt64 = 1
        _ = Syscall.run { Glibc.write(wakeFD, &one, 8) }
    }

    /// Thread-safe (epoll_ctl is): loop 0 watches the eventfd the signal handler writes to.
    func watchSignals(fd: Int32) {
        add(fd: fd, events: EPOLLIN.rawValue, data: Self.signalTag)
    }

    // MARK: running

    func run() {
        parley_ignore_sigpipe()
        add(fd: listenFD, events: EPOLLIN.rawValue, data: Self.listenerTag)
        add(fd: wakeFD, events: EPOLLIN.rawValue, data: Self.wakeTag)
        // A local: the property read in the loop would retain and release it every turn.
        let turnObserver = self.turnObserver
        defer { turnObserver?.loopTurnEnded() }  // what the last turn buffered
        while true {
            let n: Int
            switch Syscall.run32({ parley_epoll_wait(epfd, events, 256, Int32(wheel.tickMillis)) }) {
            case .ok(let count): n = count
            case .wouldBlock, .failed: n = 0
            }
            now = parley_monotonic_ms()
            for i in 0..<n {
                let e = events[i]
                switch e.data {
                case Self.listenerTag: acceptConnections()
                case Self.wakeTag: drainEventFD(wakeFD)
                case Self.signalTag:
                    server.signalArrived()
                default:
                    let fd = Int32(bitPattern: UInt32(truncatingIfNeeded: e.data))
                    let generation = UInt32(truncatingIfNeeded: e.data >> 32)
                    // A stale event (fd closed, maybe reused) finds no connection of that generation.
                    let c = table.lookup(fd: fd, generation: generation)
                    c?.handle(events: e.events)
                }
            }
            tick()
            turnObserver?.loopTurnEnded()
            if !draining && server.isShuttingDown { beginDrain() }
            if draining {
                if table.count == 0 { break }
                if now >= drainDeadline {
                    for c in table.all { c.close() }
                    break
                }
            }
        }
    }

    private func tick() {
        // Both the Date text and the wheel change at most once per period: checking the
        // clock against the next boundary costs a compare per loop turn instead of a
        // clock_gettime, a formatter call and a wheel walk.
        if now >= nextDateCheck { refreshDate() }
        if now / wheel.tickMillis > wheel.currentTick {
            wheel.advance(to: now, into: &due)
            for (entry, tick) in due {
                guard let c = table.lookup(fd: entry.fd, generation: entry.generation),
                      c.scheduledTick == tick else { continue }
                c.scheduledTick = nil
                c.onTimer()
            }
            due.removeAll(keepingCapacity: true)
        }
        if !listening && !draining && stats.openConnections.load(ordering: .relaxed) < server.maxConnections {
            listening = true
            modify(fd: listenFD, events: EPOLLIN.rawValue, data: Self.listenerTag)
        }
    }

    /// Re-reads the wall clock, reformats the Date when its second changed, and sets the next
    /// check to just after the current wall-clock second ends (a clock step is seen within a
    /// second at most, as before).
    private func refreshDate() {
        let ms = parley_wall_ms()
        let second = Int(ms / 1000)
        if second != httpDate.second {
            date = httpDate.update(epochSeconds: second)
            dateBase = date.withUnsafeBytes { UnsafeRawPointer($0.baseAddress!) }
        }
        nextDateCheck = now + (1000 - ms % 1000)
    }

    private func acceptConnections() {
        guard listening else { return }
        for _ in 0..<64 {
            if stats.openConnections.load(ordering: .relaxed) >= server.maxConnections {
                pauseAccepting()
                return
            }
            var addr = sockaddr_storage()
            var len = socklen_t(MemoryLayout<sockaddr_storage>.size)
            switch Syscall.run32({ parley_accept(listenFD, &addr, &len) }) {
            case .ok(let v):
                let fd = Int32(v)
                var one: Int32 = 1
                _ = setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
                let transport = config.makeTransport?(fd) ?? SocketTransport(fd: fd)
                let c = Connection(fd: fd, generation: table.makeGeneration(), transport: transport,
                                   remoteAddress: Socket.describe(addr), loop: self)
                table.insert(c)
                let interest = EPOLLIN.rawValue | EPOLLRDHUP.rawValue
                add(fd: fd, events: interest, data: c.epollData)
                c.registered = interest
                stats.openConnections.add(1, ordering: .relaxed)
                stats.acceptedConnections.add(1, ordering: .relaxed)
                c.settle()
            case .wouldBlock:
                return
            case .failed(let e):
                if e == EMFILE || e == ENFILE || e == ENOBUFS || e == ENOMEM {
                    // Out of descriptors: stop accepting until the next tick rather than spin.
                    pauseAccepting()
                    return
                }
                // ECONNABORTED and friends concern one connection only.
            }
        }
    }

    private func pauseAccepting() {
        guard listening else { return }
        listening = false
        modify(fd: listenFD, events: 0, data: Self.listenerTag)
    }

    private func beginDrain() {
        draining = true
        drainDeadline = now + config.drainTimeout.milliseconds
        // Stop accepting: this loop's listener goes away (the kernel spreads new connections
        // over the listeners still open, and none are once every loop drains).
        if listenFD >= 0 {
            _ = parley_epoll_ctl(epfd, EPOLL_CTL_DEL, listenFD, 0, 0)
            _ = Glibc.close(listenFD)
            listenFD = -1
            listening = false
        }
        for c in table.all { c.drain() }
    }

    private func drainEventFD(_ fd: Int32) {
        var value: UInt64 = 0
        _ = Syscall.run { Glibc.read(fd, &value, 8) }
    }

    // MARK: used by connections

    func schedule(_ c: Connection) {
        guard c.deadline != .max else { return }
        // The entry in the wheel is due no later than the tick of any deadline from
        // `scheduledFor` on (tick(for:) only grows with the deadline and with time): the
        // usual case, a deadline that moved later, needs no arithmetic at all.
        if c.scheduledTick != nil && c.deadline >= c.scheduledFor { return }
        let t = wheel.tick(for: c.deadline)
        if let s = c.scheduledTick, s <= t {  // an earlier entry will look again
            c.scheduledFor = c.deadline
            return
        }
        c.scheduledTick = t
        c.scheduledFor = c.deadline
        wheel.insert(.init(fd: c.fd, generation: c.generation), at: t)
    }

    func modify(_ c: Connection, events: UInt32) {
        modify(fd: c.fd, events: events, data: c.epollData)
    }

    func remove(_ c: Connection) {
        table.remove(c)
        stats.openConnections.add(-1, ordering: .relaxed)
        _ = parley_epoll_ctl(epfd, EPOLL_CTL_DEL, c.fd, 0, 0)
    }

    private func modify(fd: Int32, events: UInt32, data: UInt64) {
        if parley_epoll_ctl(epfd, EPOLL_CTL_MOD, fd, events, data) != 0 && parley_errno() == ENOENT {
            _ = parley_epoll_ctl(epfd, EPOLL_CTL_ADD, fd, events, data)
        }
    }

    private func add(fd: Int32, events: UInt32, data: UInt64) {
        _ = parley_epoll_ctl(epfd, EPOLL_CTL_ADD, fd, events, data)
    }
}
