import HTTP
import Logging
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The access log in JSON, written without swift-log: the same line `JSONLogHandler` writes
/// for `Logger(label:).info("request", metadata: ...)` with the access fields, byte for byte
/// (fields in its sorted order), but formatted straight into a stack buffer and written with
/// one write(2). Through swift-log a line cost ~70,000 instructions and 30 allocations (the
/// metadata dictionary, boxed values, sorting, String building); here it is a few hundred
/// instructions and none.
///
/// On an event-loop thread lines go to that thread's `AccessLogBuffer` and are written when
/// the loop's turn ends (`flushThisThread`, called by the engine through `ObservedHandler`):
/// one write(2) per turn, of whole lines, never held while the loop waits. Any other thread
/// (one that never flushed) writes each line at once, as before.
final class AccessLogWriter: @unchecked Sendable {  // afterTime, key: written in init only
    let fd: Int32
    /// Each loop thread's buffer (an `UnsafeMutablePointer<AccessLogBuffer>`), made by its
    /// first `flushThisThread()`: thread-local, so no lock and no atomic per line.
    private let key: pthread_key_t
    /// Every buffer made, to free them (and write what they hold) with the writer.
    private let buffers = Mutex<[UInt]>([])
    /// `","level":"info","label":<label>,"msg":"request","bytes":`: what follows the time
    /// stamp up to the first value, fixed per writer (made once in init, kept for its life).
    private let afterTime: UnsafeMutableBufferPointer<UInt8>
    /// The date of the last line, shared by all loop threads: the day count + 1 (0: none yet)
    /// in the low 32 bits, then year (16 bits), month and day (8 bits each). One word, so
    /// one relaxed load; a stale or racing store only costs a recomputation.
    private let lastDate = Atomic<UInt64>(0)

    init(label: String = "access", fd: Int32 = 1) {
        self.fd = fd
        let text = "\",\"level\":\"info\",\"label\":" + JSONText.quoted(label) + ",\"msg\":\"request\",\"bytes\":"
        afterTime = .allocate(capacity: text.utf8.count)
        _ = afterTime.initialize(from: text.utf8)
        var key = pthread_key_t()
        precondition(pthread_key_create(&key, nil) == 0, "pthread_key_create failed")
        self.key = key
    }

    deinit {
        afterTime.deallocate()
        pthread_key_delete(key)
        // Every loop has stopped (the server joins them before the writer can go): what is
        // left in a buffer is written here, on whichever thread drops the last reference.
        for address in buffers.withLock({ $0 }) {
            guard let buffer = UnsafeMutablePointer<AccessLogBuffer>(bitPattern: address) else { continue }
            buffer.pointee.flush(to: fd)
            buffer.pointee.base.deallocate()
            buffer.deallocate()
        }
    }

    /// The calling thread's buffer; nil until that thread's first `flushThisThread()`.
    @inline(__always) private func threadBuffer() -> UnsafeMutablePointer<AccessLogBuffer>? {
        pthread_getspecific(key)?.assumingMemoryBound(to: AccessLogBuffer.self)
    }

    /// Writes the lines this thread has buffered, and from now on buffers its lines (the
    /// engine calls this at the end of every turn of a loop, on that loop's thread).
    func flushThisThread() {
        if let buffer = threadBuffer() {
            buffer.pointee.flush(to: fd)
            return
        }
        let buffer = UnsafeMutablePointer<AccessLogBuffer>.allocate(capacity: 1)
        buffer.initialize(to: AccessLogBuffer())
        buffers.withLock { $0.append(UInt(bitPattern: buffer)) }
        pthread_setspecific(key, buffer)
    }

    /// Lines up to this long are made on the stack (`withUnsafeTemporaryAllocation` stays
    /// on the stack up to 1 KiB without asking); longer ones, from long paths or ids, on the heap.
    static let stackCapacity = 1024

    /// One access line. `bodyBytes` nil is a streamed body (logged as "streamed").
    func write(method: HTTPMethod, path: UnsafeBufferPointer<UInt8>, status: Int, bodyBytes: Int?,
               micros: Int, remote: String?, requestID: UnsafeBufferPointer<UInt8>, tls: Bool) {
        let time = UTCTimestamp.now()
        var name = method.name
        var peer = remote ?? "-"
        name.withUTF8 { name in
            peer.withUTF8 { peer in
                // The fixed text and the numbers (3 × 20 digits) come to under 250 bytes; a
                // quoted value to 2 + 6 bytes per byte at most, so the usual line needs no
                // counting of its escapes to know it fits.
                let fixed = 250 + afterTime.count + 8
                var capacity = fixed + 6 * (name.count + path.count + peer.count + requestID.count)
                if capacity > Self.stackCapacity {
                    capacity = fixed + LineCursor.quotedCapacity(name) + LineCursor.quotedCapacity(path)
                        + LineCursor.quotedCapacity(peer) + LineCursor.quotedCapacity(requestID)
                }
                if let buffer = threadBuffer() {
                    if capacity <= AccessLogBuffer.capacity {
                        if capacity > buffer.pointee.free { buffer.pointee.flush(to: fd) }
                        buffer.pointee.count &+= line(into: buffer.pointee.base + buffer.pointee.count, time: time, name: name,
                                                      path: path, status: status, bodyBytes: bodyBytes, micros: micros,
                                                      peer: peer, requestID: requestID, tls: tls, stamp: buffer)
                        return
                    }
                    buffer.pointee.flush(to: fd)  // keeps the lines in order; this one goes on its own
                }
                if capacity <= Self.stackCapacity {
                    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.stackCapacity) { buffer in
                        let count = line(into: buffer.baseAddress!, time: time, name: name, path: path, status: status,
                                         bodyBytes: bodyBytes, micros: micros, peer: peer, requestID: requestID, tls: tls)
                        StandardStream.write(UnsafeRawBufferPointer(start: buffer.baseAddress!, count: count), to: fd)
                    }
                } else {
                    let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
                    defer { buffer.deallocate() }
                    let count = line(into: buffer, time: time, name: name, path: path, status: status,
                                     bodyBytes: bodyBytes, micros: micros, peer: peer, requestID: requestID, tls: tls)
                    StandardStream.write(UnsafeRawBufferPointer(start: buffer, count: count), to: fd)
                }
            }
        }
    }

    /// Formats the line into `buffer` (sized by the caller) and returns its length.
    func line(into buffer: UnsafeMutablePointer<UInt8>, time: (seconds: Int, micros: Int),
                      name: UnsafeBufferPointer<UInt8>, path: UnsafeBufferPointer<UInt8>, status: Int,
                      bodyBytes: Int?, micros: Int, peer: UnsafeBufferPointer<UInt8>,
                      requestID: UnsafeBufferPointer<UInt8>, tls: Bool,
                      stamp: UnsafeMutablePointer<AccessLogBuffer>? = nil) -> Int {
        var out = LineCursor(buffer)
        out.append("{\"time\":\"")
        if let stamp, stamp.pointee.stampSecond == time.seconds {
            out.append(UnsafeBufferPointer(start: stamp.pointee.stamp, count: UTCTimestamp.secondCount))
        } else {
            let from = out.count
            let (days, secondOfDay) = UTCTimestamp.split(time.seconds)
            UTCTimestamp.writeSecond(date(days: days), secondOfDay: secondOfDay, to: &out)
            if let stamp, out.count &- from == UTCTimestamp.secondCount {
                stamp.pointee.stamp.update(from: buffer + from, count: UTCTimestamp.secondCount)
                stamp.pointee.stampSecond = time.seconds
            }
        }
        UTCTimestamp.writeMicros(time.micros, to: &out)
        out.append(UnsafeBufferPointer(afterTime))
        if let bodyBytes { out.appendDecimal(bodyBytes) } else { out.append("\"streamed\"") }
        out.append(",\"duration_us\":")
        out.appendDecimal(micros)
        out.append(",\"method\":")
        out.appendQuoted(name)
        out.append(",\"path\":")
        out.appendQuoted(path)
        out.append(",\"remote\":")
        out.appendQuoted(peer)
        out.append(",\"request_id\":")
        out.appendQuoted(requestID)
        out.append(",\"status\":")
        out.appendDecimal(status)
        out.append(tls ? ",\"tls\":true}\n" : ",\"tls\":false}\n")
        return out.count
    }

    /// The date of `days`, from the one-entry cache when it is the last line's day.
    private func date(days: Int) -> UTCTimestamp.Date {
        let packed = lastDate.load(ordering: .relaxed)
        if packed & 0xFFFF_FFFF == UInt64(truncatingIfNeeded: days &+ 1) && packed != 0 {
            return UTCTimestamp.Date(year: Int(packed >> 32 & 0xFFFF), month: Int(packed >> 48 & 0xFF),
                                     day: Int(packed >> 56))
        }
        let date = UTCTimestamp.date(days: days)
        if days >= 0 && days < 0xFFFF_FFFE && date.year <= 9_999 {
            lastDate.store(UInt64(days + 1) | UInt64(date.year) << 32 | UInt64(date.month) << 48 | UInt64(date.day) << 56,
                           ordering: .relaxed)
        }
        return date
    }

    /// A line for strings (the ordinary path, where the handler has them as such).
    func write(method: HTTPMethod, path: Substring, status: Int, bodyBytes: Int?, micros: Int,
               remote: String?, requestID: String, tls: Bool) {
        var path = path
        var id = requestID
        path.withUTF8 { path in
            id.withUTF8 { id in
                write(method: method, path: path, status: status, bodyBytes: bodyBytes, micros: micros,
                      remote: remote, requestID: id, tls: tls)
            }
        }
    }

    /// A replayed request's line. The engine's parser admits only visible ASCII in a target;
    /// anything else would be decoded (invalid UTF-8 repaired) as `Request.path` decodes it.
    func write(_ record: ReplayRecord) {
        let target = record.target
        var end = target.count
        if let base = target.baseAddress, let q = memchr(base, Int32(UInt8(ascii: "?")), target.count) {
            end = UnsafeRawPointer(q) - UnsafeRawPointer(base)
        }
        let path = UnsafeBufferPointer(rebasing: target[..<end])
        if !LineCursor.isASCII(path) {
            write(method: record.method, path: Substring(record.path), status: record.status,
                  bodyBytes: record.bodyBytes, micros: record.durationMicros, remote: record.remoteAddress,
                  requestID: String(decoding: record.requestID, as: UTF8.self), tls: record.isSecure)
            return
        }
        write(method: record.method, path: path, status: record.status, bodyBytes: record.bodyBytes,
              micros: record.durationMicros, remote: record.remoteAddress, requestID: record.requestID,
              tls: record.isSecure)
    }
}
