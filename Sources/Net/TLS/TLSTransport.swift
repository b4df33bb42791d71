import CLinux
import Glibc
import HTTP

/// A connection's byte stream through TLS: the same non-blocking socket, with OpenSSL in
/// between. The handshake runs inside the first reads (the session is in accept state), so
/// the connection needs no extra phase; its head deadline, armed at accept, also bounds a
/// client that stalls mid-handshake.
public final class TLSTransport: Transport {
    public let fd: Int32
    private let session: TLSSession?
    private let stats: ServerStats?
    /// Head and body are copied into one buffer so that a small response is one TLS record
    /// (one syscall, one MAC) instead of one per iovec.
    private var coalesced: [UInt8] = []
    private var closed = false
    private static let coalesceLimit = 16 * 1024

    public init(fd: Int32, context: TLSContext, stats: ServerStats? = nil) {
        self.fd = fd
        self.stats = stats
        session = try? TLSSession(context: context, fileDescriptor: fd)
    }

    public var isHandshakeComplete: Bool { session?.isHandshakeComplete ?? false }

    public var protocolVersion: String? { session?.protocolVersion }

    public func read(into buffer: UnsafeMutableBufferPointer<UInt8>) -> TransportResult {
        guard let session else { return .failed(ENOMEM) }
        let wasComplete = session.isHandshakeComplete
        let result = map(session.read(into: UnsafeMutableRawBufferPointer(buffer)))
        if !wasComplete, case .failed = result { _ = stats?.tlsHandshakeFailures.add(1, ordering: .relaxed) }
        return result
    }

    public func write(_ iov: UnsafePointer<iovec>, count: Int32) -> TransportResult {
        guard let session else { return .failed(ENOMEM) }
        var total = 0
        for i in 0..<Int(count) { total += iov[i].iov_len }
        if count > 1 && total <= Self.coalesceLimit {
            coalesced.removeAll(keepingCapacity: true)
            for i in 0..<Int(count) where iov[i].iov_len > 0 {
                let part = UnsafeRawBufferPointer(start: iov[i].iov_base, count: iov[i].iov_len)
                coalesced.append(contentsOf: part)
            }
            return coalesced.withUnsafeBytes { map(session.write($0)) }
        }
        // Large output: write the vectors in order, stopping at the first short write.
        var written = 0
        for i in 0..<Int(count) where iov[i].iov_len > 0 {
            let part = UnsafeRawBufferPointer(start: iov[i].iov_base, count: iov[i].iov_len)
            switch map(session.write(part)) {
            case .bytes(let n):
                written += n
                if n < part.count { return .bytes(written) }
            case let other:
                return written > 0 ? .bytes(written) : other
            }
        }
        return .bytes(written)
    }

    public var pendingReadable: Int { session?.pendingBytes ?? 0 }

    /// close_notify (RFC 8446 §6.1), then the TCP FIN.
    public func shutdownWrite() {
        if let session, session.isHandshakeComplete { session.shutdown() }
        _ = Glibc.shutdown(fd, Int32(SHUT_WR))
    }

    public func close() {
        guard !closed else { return }
        closed = true
        _ = Glibc.close(fd)
    }

    private func map(_ result: TLSSession.IOResult) -> TransportResult {
        switch result {
        case .done(let n): .bytes(n)
        case .wantRead: .wouldBlockRead
        case .wantWrite: .wouldBlockWrite
        case .closed: .eof
        case .failed: .failed(EPROTO)
        }
    }
}
