import CLinux
import Glibc
import HTTP

/// One accepted connection: its transport, its HTTP state machine, its output and its timers.
/// Lives on one loop thread only. The loop calls `handle(events:)` and `onTimer()`; the
/// connection drives `ConnectionMachine` and writes what it says, in order.
final class Connection {
    let fd: Int32
    let generation: UInt32
    let transport: any Transport
    let machine: ConnectionMachine
    let output: OutputBuffer
    /// The loop outlives its connections (it closes them all before it ends); `unowned(unsafe)`
    /// because checked `unowned` costs a strong retain and release on every access.
    unowned(unsafe) let loop: EventLoop

    private var stream: (any BodyStream)?
    private var streamChunked = false
    /// No further request is read; close once the output is sent.
    private var closeAfterFlush = false
    /// Our side is shut down; input is read and discarded until EOF or the linger deadline.
    private var lingering = false
    private var peerEOF = false
    /// TLS: a read needs the socket writable first (SSL_ERROR_WANT_WRITE), or a write needs
    /// it readable (WANT_READ, e.g. renegotiation / key update). Plain sockets never set these.
    private var readWantsWrite = false
    private var writeWantsRead = false
    private(set) var isClosed = false
    /// Nothing received yet: the first request's head deadline runs from accept.
    private var fresh = true
    var registered: UInt32 = 0
    /// Bytes of a replayed response `writeNow` sent before the rest had to be queued.
    private var pendingSent = 0
    /// What the handler chain owes per replayed answer (id field, access log), if anything.
    private let observation: ReplayObservation?
    /// "X-Request-Id: <id>\r\nDate: " for the replay being sent (allocated only when observed).
    private let idField: UnsafeMutablePointer<UInt8>?

    private var headStartedAt: Int64?
    private var lastActivity: Int64
    private var lastWriteProgress: Int64
    private var lingerUntil: Int64 = 0
    private(set) var deadline: Int64 = .max
    /// The wheel tick of this connection's earliest entry, if it has one.
    var scheduledTick: Int64?
    /// The earliest deadline known to be covered by the entry at `scheduledTick`.
    var scheduledFor: Int64 = .max

    init(fd: Int32, generation: UInt32, transport: any Transport, remoteAddress: String?, loop: EventLoop) {
        self.fd = fd
        self.generation = generation
        self.transport = transport
        self.loop = loop
        output = OutputBuffer(iov: loop.iovScratch)
        // 1 KiB to start, nginx's client_header_buffer_size (a typical head is a few hundred
        // bytes; 10,000 idle connections cost 10 MiB less than with 2 KiB); it grows for a
        // bigger head or a pipelined burst (`ConnectionMachine.prepareForRead`).
        machine = ConnectionMachine(limits: loop.config.limits, bufferCapacity: 1024)
        machine.remoteAddress = remoteAddress
        machine.isSecure = loop.config.isSecure
        machine.cachedResponder = loop.cachedResponder
        observation = machine.replayObservation
        idField = observation == nil ? nil : .allocate(capacity: Self.idFieldCapacity)
        if let idField {
            precondition(ReplayObservation.fieldName.count == Self.idNameCount)
            idField.initialize(from: ReplayObservation.fieldName, count: Self.idNameCount)
        }
        lastActivity = loop.now
        lastWriteProgress = loop.now
        headStartedAt = loop.now
    }

    static let idFieldCapacity = idNameCount + ReplayObservation.maxIDLength + 8
    /// "X-Request-Id: ".count (checked against `ReplayObservation.fieldName` where it is copied).
    static let idNameCount = 14
    /// The bytes of "\r\nDate: " as one little-endian word.
    /// (0D 0A 'D' 'a' 't' 'e' ':' ' '; a literal, so no lazy global is touched per replay).
    static let crlfDate: UInt64 = 0x203A_6574_6144_0A0D

    deinit { idField?.deallocate() }

    var epollData: UInt64 { UInt64(generation) << 32 | UInt64(UInt32(bitPattern: fd)) }

    // MARK: events

    func handle(events: UInt32) {
        if events & EPOLLERR.rawValue != 0 { close(); return }
        let readable = events & (EPOLLIN.rawValue | EPOLLHUP.rawValue | EPOLLRDHUP.rawValue) != 0
        let writable = events & EPOLLOUT.rawValue != 0
        if readable || (writable && readWantsWrite) { onReadable() }
        if isClosed { return }
        if writable || (readable && writeWantsRead) { onWritable() }
        settle()
    }

    private func onReadable() {
        if lingering { discardInput(); return }
        if peerEOF || closeAfterFlush { return }
        readWantsWrite = false
        // One read per readiness event (level-triggered: the kernel tells us again), plus
        // whatever a TLS transport already holds decrypted, which epoll cannot see.
        repeat {
            machine.prepareForRead()
            let tail = machine.buffer.writableTail
            guard tail.count > 0 else { break }
            switch transport.read(into: tail) {
            case .bytes(let n):
                machine.commitRead(n, offered: tail.count)
                loop.stats.bytesIn.add(n, ordering: .relaxed)
                lastActivity = loop.now
                fresh = false
            case .eof:
                peerEOF = true
            case .wouldBlockRead:
                break
            case .wouldBlockWrite:
                readWantsWrite = true
            case .failed:
                close()
                return
            }
            pump()
        } while !isClosed && !peerEOF && transport.pendingReadable > 0 && !closeAfterFlush
    }

    private func onWritable() {
        writeWantsRead = false
        pump()
        // TLS: input decrypted earlier but left unread (buffer full, or output over the high
        // water) is invisible to epoll; read it now that output has moved.
        if !isClosed && transport.pendingReadable > 0 { onReadable() }
    }

    /// Sends what can be sent, pulls stream chunks and parses pipelined requests while the
    /// output has room (backpressure), then closes or lingers when the connection is done.
    private func pump() {
        while !isClosed {
            if let s = stream { pull(s) }
            if stream == nil && !closeAfterFlush && !lingering { processRequests() }
            let full = output.count >= loop.highWater
            guard flush() else { return }
            if stream != nil && output.isEmpty { continue }
            // Parsing stopped at the high-water mark and the socket took enough to go below
            // it: parse on now. Requests already in the read buffer bring no new event, so
            // waiting would stall a pipelining client that waits for all its answers.
            if full && stream == nil && output.count < loop.highWater { continue }
            break
        }
        if isClosed { return }
        if closeAfterFlush && !lingering && output.isEmpty && stream == nil { finish() }
    }

    private func processRequests() {
        while output.count < loop.highWater && stream == nil && !closeAfterFlush {
            // A repeat of the last replayed request: no Action made, no reference counted.
            if machine.takeRepeat() {
                sendReplay(machine.repeatedResponse, isHead: machine.repeatedIsHead)
                continue
            }
            switch machine.next(repeatChecked: true) {
            case .needMore:
                if peerEOF { act(machine.endOfInput()) }
                return
            case let action:
                act(action)
            }
        }
    }

    private func act(_ action: ConnectionMachine.Action) {
        switch action {
        case .needMore:
            break
        case .sendContinue:
            output.append(ResponseEncoder.continueHead)
        case .dispatch(let request, let keepAlive):
            let response = loop.handler.respond(to: request)
            let encoded = ResponseEncoder.encode(response, isHead: request.method == .head,
                                                 version: request.version, keepAlive: keepAlive, date: loop.date)
            output.append(encoded.head)
            output.append(encoded.body)
            if let s = encoded.stream {
                stream = s
                streamChunked = encoded.chunked
            }
            if !encoded.keepAlive {
                machine.abandon()
                closeAfterFlush = true
            }
        case .replay(let prepared, let isHead):
            sendReplay(prepared, isHead: isHead)
        case .reject(let status):
            reject(status)
        case .close:
            closeAfterFlush = true
        }
    }

    private func sendReplay(_ prepared: PreparedResponse, isHead: Bool) {
        if let observation { return sendObserved(prepared, isHead: isHead, observation) }
        // Nothing queued and no pipelined request behind this one: straight to the socket.
        if output.isEmpty && machine.buffer.readableCount == 0 && writeNow(prepared, isHead: isHead) { return }
        // Four segments, no copy: the head around the loop's cached Date, then the body.
        output.append(prepared.headBeforeDate)
        output.append(loop.date)
        output.append(prepared.headAfterDate)
        if !isHead { output.append(prepared.body) }
        if pendingSent > 0 {
            output.consume(pendingSent)
            pendingSent = 0
        }
    }

    /// A replay with what the chain owes: a fresh `X-Request-Id` field just before Date (where
    /// the chain's wrapper puts it on the ordinary path) and the access-log record. Written
    /// at once like any replay; queued as one head array (the id bytes are reused per replay).
    private func sendObserved(_ p: PreparedResponse, isHead: Bool, _ observation: ReplayObservation) {
        let started = observation.log == nil ? 0 : Self.monotonicMicros()
        let field = idField!
        let nameCount = Self.idNameCount
        let idCount = min(observation.writeID(field + nameCount), ReplayObservation.maxIDLength)
        // "\r\nDate: " is 8 bytes: one store.
        UnsafeMutableRawPointer(field + nameCount + idCount).storeBytes(of: Self.crlfDate, as: UInt64.self)
        let n = nameCount + idCount + 8
        let before = p.headBeforeDate.count - 6  // without "Date: ", which ends the id field now
        // The time to answer, as the ordinary path logs it: without the write.
        let micros = observation.log == nil ? 0 : Self.monotonicMicros() - started
        var written = false
        if output.isEmpty && machine.buffer.readableCount == 0 {
            let iov = loop.iovScratch
            iov[0] = iovec(iov_base: UnsafeMutableRawPointer(mutating: p.headBeforeBase), iov_len: before)
            iov[1] = iovec(iov_base: UnsafeMutableRawPointer(field), iov_len: n)
            iov[2] = iovec(iov_base: UnsafeMutableRawPointer(mutating: loop.dateBase), iov_len: loop.dateCount)
            var count: Int32 = 3
            var total = before + n + loop.dateCount
            if p.headAfterDate.count > 0 {
                iov[Int(count)] = iovec(iov_base: UnsafeMutableRawPointer(mutating: p.headAfterBase), iov_len: p.headAfterDate.count)
                count += 1
                total += p.headAfterDate.count
            }
            if !isHead && p.body.count > 0 {
                iov[Int(count)] = iovec(iov_base: UnsafeMutableRawPointer(mutating: p.bodyBase), iov_len: p.body.count)
                count += 1
                total += p.body.count
            }
            let sent = writeDirect(iov, count: count)
            written = sent == total
            pendingSent = written ? 0 : sent
        }
        if !written {
            var head = [UInt8]()
            head.reserveCapacity(before + n + loop.dateCount + p.headAfterDate.count)
            head.append(contentsOf: p.headBeforeDate[..<before])
            head.append(contentsOf: UnsafeBufferPointer(start: field, count: n))
            head.append(contentsOf: loop.date)
            head.append(contentsOf: p.headAfterDate)
            output.append(head)
            if !isHead { output.append(p.body) }
            if pendingSent > 0 {
                output.consume(pendingSent)
                pendingSent = 0
            }
        }
        if let log = observation.log {
            log(ReplayRecord(method: isHead ? .head : .get, target: machine.replayedTarget, status: p.status,
                             bodyBytes: isHead ? 0 : p.body.count,
                             durationMicros: micros, remoteAddress: machine.remoteAddress,
                             isSecure: machine.isSecure,
                             requestID: UnsafeBufferPointer(start: field + nameCount, count: idCount)))
        }
    }

    /// One writev straight to the transport, outside the output queue: counts the bytes, notes
    /// progress for the write timeout, and remembers a TLS write that needs a read first.
    /// Returns the bytes the transport took (0 when it took none or failed; the queued path
    /// that follows finds out which).
    @inline(__always)
    private func writeDirect(_ iov: UnsafeMutablePointer<iovec>, count: Int32) -> Int {
        switch transport.write(iov, count: count) {
        case .bytes(let k):
            if k > 0 {
                loop.stats.bytesOut.add(k, ordering: .relaxed)
                lastWriteProgress = loop.now
            }
            return k
        case .wouldBlockRead:
            writeWantsRead = true
            return 0
        case .wouldBlockWrite, .eof, .failed:
            return 0
        }
    }

    static func monotonicMicros() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return now.tv_sec * 1_000_000 + now.tv_nsec / 1000
    }

    /// One writev from the prepared bytes and the loop's Date, with no queue entry and no
    /// reference counting: the common keep-alive case, one request per read. True when the
    /// socket took it all; otherwise the caller queues the response and this drops what was
    /// sent (the flush that follows sends the rest, waits for EPOLLOUT, or finds the error).
    private func writeNow(_ p: PreparedResponse, isHead: Bool) -> Bool {
        let iov = loop.iovScratch
        var n = 0, total = 0
        @inline(__always) func add(_ base: UnsafeRawPointer?, _ count: Int) {
            guard count > 0 else { return }
            iov[n] = iovec(iov_base: UnsafeMutableRawPointer(mutating: base), iov_len: count)
            n += 1
            total += count
        }
        add(p.headBeforeBase, p.headBeforeDate.count)
        add(loop.dateBase, loop.dateCount)
        add(p.headAfterBase, p.headAfterDate.count)
        if !isHead { add(p.bodyBase, p.body.count) }
        let sent = writeDirect(iov, count: Int32(n))
        if sent == total { return true }
        pendingSent = sent
        return false
    }

    private func reject(_ status: HTTPStatus) {
        if status.code == 408 {
            loop.stats.timeouts.add(1, ordering: .relaxed)
        } else {
            loop.stats.parseErrors.add(1, ordering: .relaxed)
        }
        let encoded = ResponseEncoder.encodeError(status, detail: Self.detail(for: status), date: loop.date)
        output.append(encoded.head)
        output.append(encoded.body)
        closeAfterFlush = true
    }

    private func pull(_ s: any BodyStream) {
        while output.count < loop.highWater {
            guard let chunk = s.next() else {
                if streamChunked { output.append(ResponseEncoder.lastChunk) }
                stream = nil
                return
            }
            if chunk.isEmpty { continue }
            output.append(streamChunked ? ResponseEncoder.chunk(chunk) : chunk)
        }
    }

    /// Writes until the output is empty or the socket is full. False when the connection died.
    private func flush() -> Bool {
        while !output.isEmpty {
            switch output.write(to: transport) {
            case .bytes(let n):
                if n == 0 { return true }
                output.consume(n)
                loop.stats.bytesOut.add(n, ordering: .relaxed)
                lastWriteProgress = loop.now
            case .wouldBlockWrite:
                return true
            case .wouldBlockRead:
                writeWantsRead = true
                return true
            case .eof, .failed:
                close()
                return false
            }
        }
        return true
    }

    /// The last answer is sent: close, or half-close and drain the peer's leftovers first so
    /// that unread input does not turn our close into a reset that destroys the answer.
    private func finish() {
        if peerEOF { close(); return }
        transport.shutdownWrite()
        lingering = true
        lingerUntil = loop.now + loop.lingerMillis
    }

    private func discardInput() {
        machine.buffer.clear()
        for _ in 0..<16 {
            switch transport.read(into: machine.buffer.writableTail) {
            case .bytes: continue
            case .wouldBlockRead, .wouldBlockWrite: return
            case .eof, .failed: close(); return
            }
        }
    }

    // MARK: timers and interest

    /// Recomputes the epoll interest and the deadline after any change.
    func settle() {
        guard !isClosed else { return }
        if machine.phase == .head {
            if headStartedAt == nil { headStartedAt = loop.now }
        } else if !fresh {
            headStartedAt = nil
        }
        let wantRead = !peerEOF && (lingering || (!closeAfterFlush && stream == nil
            && output.count < loop.highWater))
        var events: UInt32 = 0
        if wantRead || writeWantsRead { events |= EPOLLIN.rawValue | EPOLLRDHUP.rawValue }
        if !output.isEmpty || readWantsWrite { events |= EPOLLOUT.rawValue }
        if events != registered {
            registered = events
            loop.modify(self, events: events)
        }
        if lingering {
            deadline = lingerUntil
        } else if !output.isEmpty || stream != nil {
            deadline = lastWriteProgress + loop.idleMillis
        } else {
            switch machine.phase {
            case .head:
                deadline = (headStartedAt ?? loop.now) + loop.headerMillis
            case .idle where fresh:
                deadline = (headStartedAt ?? loop.now) + loop.headerMillis
            case .idle, .body, .closed:
                deadline = lastActivity + loop.idleMillis
            }
        }
        loop.schedule(self)
    }

    /// Called by the wheel when the deadline may have passed.
    func onTimer() {
        guard !isClosed else { return }
        guard loop.now >= deadline else { loop.schedule(self); return }
        if lingering || !output.isEmpty || stream != nil {
            close()  // linger over, or the peer stopped reading our output
            return
        }
        switch machine.phase {
        case .head, .body:
            // RFC 9110 §15.5.9: 408 when the request did not arrive in time; then close.
            machine.abandon()
            reject(.requestTimeout)
            pump()
            settle()
        case .idle, .closed:
            close()  // idle keep-alive (or silent new) connection
        }
    }

    /// Graceful shutdown: idle connections close now; one with a request in progress finishes
    /// it (answered with `Connection: close`).
    func drain() {
        guard !isClosed else { return }
        machine.stopAfterCurrentRequest()
        if lingering { return }
        if machine.phase == .idle && output.isEmpty && stream == nil {
            close()
        } else if machine.phase == .closed && output.isEmpty && stream == nil {
            close()
        }
    }

    func close() {
        guard !isClosed else { return }
        isClosed = true
        stream = nil
        output.clear()
        loop.remove(self)
        transport.close()
    }

    static func detail(for status: HTTPStatus) -> String {
        switch status.code {
        case 400: "The request is not valid HTTP/1.1 (RFC 9112)."
        case 408: "The request was not received in time."
        case 413: "The request body is larger than this server accepts."
        case 414: "The request target is longer than this server accepts."
        case 431: "The request head is larger than this server accepts."
        case 501: "The request uses a method, transfer coding or protocol this server does not implement."
        case 505: "Only HTTP/1.0 and HTTP/1.1 are served."
        default: status.reason
        }
    }
}
