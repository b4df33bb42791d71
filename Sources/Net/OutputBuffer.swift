import CLinux
import Glibc

/// Bytes queued for a connection, as a list of segments (a response's head and its body stay
/// separate arrays: no copy) sent with writev. Partial writes advance `offset` into the first
/// segment; whatever the kernel did not take waits for EPOLLOUT.
final class OutputBuffer {
    /// At most this many segments per writev (IOV_MAX is 1024; more gains nothing).
    static let maxIOV = 64

    private var segments: [[UInt8]] = []
    private var first = 0      // index of the first unsent segment
    private var offset = 0     // bytes of segments[first] already sent
    private(set) var count = 0 // unsent bytes
    private let iov = UnsafeMutablePointer<iovec>.allocate(capacity: OutputBuffer.maxIOV)

    deinit { iov.deallocate() }

    var isEmpty: Bool { count == 0 }

    func append(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        segments.append(bytes)
        count += bytes.count
    }

    /// One writev of up to `maxIOV` segments; returns what the transport said.
    func write(to transport: any Transport) -> TransportResult {
        let n = min(segments.count - first, Self.maxIOV)
        guard n > 0 else { return .bytes(0) }
        return fill(0, n, transport)
    }

    // Nests withUnsafeBytes so every segment's storage stays valid during the one writev.
    private func fill(_ k: Int, _ n: Int, _ transport: any Transport) -> TransportResult {
        if k == n { return transport.write(iov, count: Int32(n)) }
        return segments[first + k].withUnsafeBytes { raw in
            let skip = k == 0 ? offset : 0
            iov[k] = iovec(iov_base: UnsafeMutableRawPointer(mutating: raw.baseAddress! + skip), iov_len: raw.count - skip)
            return fill(k + 1, n, transport)
        }
    }

    /// Drops `n` sent bytes.
    func consume(_ n: Int) {
        var left = n
        count -= n
        while left > 0 {
            let avail = segments[first].count - offset
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
            segments.removeAll(keepingCapacity: true)
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
