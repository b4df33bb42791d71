import CLinux
import Glibc

/// Bytes queued for a connection, as a list of segments (a response's head and its body stay
/// separate arrays: no copy) sent with writev. Partial writes advance `offset` into the first
/// segment; whatever the kernel did not take waits for EPOLLOUT.
///
/// Each segment keeps its array (which owns the storage) next to the storage's address,
/// taken once at `append`: building the iovec list is then a plain loop. The address stays
/// valid because the array is held, never mutated, until the segment is consumed.
final class OutputBuffer {
    /// At most this many segments per writev (IOV_MAX is 1024; more gains nothing). A cached
    /// response is 4 segments, so 16 pipelined answers go out in one call.
    static let maxIOV = 64

    private struct Segment {
        let owner: [UInt8]
        let base: UnsafeRawPointer
    }

    private var segments: [Segment] = []
    private var first = 0      // index of the first unsent segment
    private var offset = 0     // bytes of segments[first] already sent
    private(set) var count = 0 // unsent bytes
    /// Scratch for one writev's vector, filled and used within `write`. The loop lends one
    /// to all its connections (1 KiB each otherwise: 10 MiB per 10,000 idle connections).
    private let iov: UnsafeMutablePointer<iovec>
    private let ownsIOV: Bool

    /// - Parameter iov: room for `maxIOV` entries, used only during `write` on this thread;
    ///   nil allocates one for this buffer alone.
    init(iov: UnsafeMutablePointer<iovec>? = nil) {
        ownsIOV = iov == nil
        self.iov = iov ?? .allocate(capacity: OutputBuffer.maxIOV)
        // Room for two replayed responses from the start: without it, dhat shows the
        // segment list reallocating now and then under steady keep-alive load.
        segments.reserveCapacity(8)
    }

    deinit { if ownsIOV { iov.deallocate() } }

    var isEmpty: Bool { count == 0 }

    func append(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        // A non-empty native array has contiguous storage that lives as long as the array.
        let base = bytes.withUnsafeBytes { UnsafeRawPointer($0.baseAddress!) }
        segments.append(Segment(owner: bytes, base: base))
        count += bytes.count
    }

    /// One writev of up to `maxIOV` segments; returns what the transport said.
    func write(to transport: any Transport) -> TransportResult {
        let n = min(segments.count - first, Self.maxIOV)
        guard n > 0 else { return .bytes(0) }
        for k in 0..<n {
            let s = segments[first + k]
            let skip = k == 0 ? offset : 0
            iov[k] = iovec(iov_base: UnsafeMutableRawPointer(mutating: s.base + skip), iov_len: s.owner.count - skip)
        }
        return transport.write(iov, count: Int32(n))
    }

    /// Drops `n` sent bytes.
    func consume(_ n: Int) {
        var left = n
        count -= n
        while left > 0 {
            let avail = segments[first].owner.count - offset
            if left >= avail {
                left -= avail
                first += 1
                offset = 0
            } else {
                offset += left
                left = 0
            }
        }
        if first == segments.count {
            // A few segments (a response is 2 to 4): removed from the end, which costs less
            // than `removeAll(keepingCapacity:)` (a generic range replacement).
            while !segments.isEmpty { segments.removeLast() }
            first = 0
        } else if first > 32 {
            segments.removeFirst(first)
            first = 0
        }
    }

    func clear() {
        segments.removeAll(keepingCapacity: true)
        first = 0; offset = 0; count = 0
    }
}
