/// One loop thread's access-log lines, held until the end of its event-loop turn
/// (`LoopTurnObserver`) and then written with one write(2): a turn that answers 16 pipelined
/// requests, or a few dozen connections, costs one system call for its lines instead of
/// one per line.
///
/// At most 4,096 bytes, Linux's PIPE_BUF: POSIX makes a write of up to PIPE_BUF bytes to a
/// pipe atomic, so the whole lines of one flush never interleave with another loop's (or a
/// log line's) however stdout is connected; for files the kernel serializes each write(2).
/// A plain struct behind a pointer (no reference counting on the per-request path).
struct AccessLogBuffer {
    static let capacity = 4_096
    let base: UnsafeMutablePointer<UInt8>
    var count = 0
    /// The time stamp up to its second (`UTCTimestamp.writeSecond`, 20 bytes) of the
    /// second `stampSecond`: lines of the same second copy it instead of formatting it.
    let stamp: UnsafeMutablePointer<UInt8>
    var stampSecond = Int.min

    init() {
        base = .allocate(capacity: Self.capacity + 32)
        stamp = base + Self.capacity
    }

    var free: Int { Self.capacity &- count }

    /// Writes what is held, if anything, and empties the buffer.
    mutating func flush(to fd: Int32) {
        guard count > 0 else { return }
        StandardStream.write(UnsafeRawBufferPointer(start: base, count: count), to: fd)
        count = 0
    }
}
