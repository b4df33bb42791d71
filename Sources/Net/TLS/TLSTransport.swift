import CLinux
import Glibc
import HTTP

/// A connection's byte stream through TLS: the same non-blocking socket, with OpenSSL in
/// between. The handshake runs inside the first reads (the session is in accept state), so
/// the connection needs no extra phase; its head deadline, armed at accept, also bounds a
/// client that stalls mid-handshake (the connection counts as fresh until the first
/// decrypted byte, and a fresh connection is closed, not answered, at that deadline).
public final class TLSTransport: Transport {
    public let fd: Int32
    /// Dropped (SSL_free) when the connection closes.
    private var session: TLSSession?
    private let stats: ServerStats?
    /// Output segments are copied into one buffer of at most one record, so that a small
    /// response (head + body, or several pipelined ones) is one TLS record, one syscall.
    private var coalesced: [UInt8] = []
    private var closed = false
    /// The last read returned WANT_READ.
    private var readBlocked = false
    /// A TLS record carries at most 16 KiB of plaintext; with partial writes each SSL_write
    /// sends at most one, so there is no gain in handing it more.
    static let recordSize = 16 * 1024

    public init(fd: Int32, context: TLSContext, stats: ServerStats? = nil) {
        self.fd = fd
        self.stats = stats
        session = try? TLSSession(context: context, fileDescriptor: fd)
        coalesced.reserveCapacity(Self.recordSize)
    }

    public var isHandshakeComplete: Bool { session?.isHandshakeComplete ?? false }

    public var protocolVersion: String? { session?.protocolVersion }

    public func read(into buffer: UnsafeMutableBufferPointer<UInt8>) -> TransportResult {
        guard let session else { return .failed(closed ? EBADF : ENOMEM) }
        let wasComplete = session.isHandshakeComplete
        let result = map(session.read(into: UnsafeMutableRawBufferPointer(buffer)))
        readBlocked = result == .wouldBlockRead
        if !wasComplete, case .failed = result { _ = stats?.tlsHandshakeFailures.add(1, ordering: .relaxed) }
        return result
    }

    /// Writes a prefix of the vector. The retry rule of a blocked SSL_write (same bytes, at
    /// least as many) holds because the output only grows at its end and is consumed only
    /// after success: either the first segment itself (when it alone fills a record) or a copy
    /// of the first min(total, 16 KiB) bytes, both at least as long as the blocked record.
    public func write(_ iov: UnsafePointer<iovec>, count: Int32) -> TransportResult {
        guard let session else { return .failed(closed ? EBADF : ENOMEM) }
        guard count > 0 else { return .bytes(0) }
        if count == 1 || iov[0].iov_len >= Self.recordSize {
            return map(session.write(UnsafeRawBufferPointer(start: iov[0].iov_base, count: iov[0].iov_len)))
        }
        coalesced.removeAll(keepingCapacity: true)
        for i in 0..<Int(count) {
            let room = Self.recordSize - coalesced.count
            if room == 0 { break }
            let n = min(room, iov[i].iov_len)
            if n > 0 {
                coalesced.append(contentsOf: UnsafeRawBufferPointer(start: iov[i].iov_base, count: n))
            }
        }
        return coalesced.withUnsafeBytes { map(session.write($0)) }
    }

    /// What OpenSSL holds that epoll cannot see. After a read that wanted more input, what it
    /// holds is the start of a record that only the socket can complete, so 0 (else the
    /// connection's read loop would spin on it).
    public var pendingReadable: Int {
        guard !readBlocked, let session else { return 0 }
        return session.pendingBytes
    }

    /// close_notify (RFC 8446 §6.1), then the TCP FIN.
    public func shutdownWrite() {
        session?.shutdown()
        _ = Glibc.shutdown(fd, Int32(SHUT_WR))
    }

    /// close_notify if not sent yet (idle timeout, drain) and the session is healthy, then the
    /// SSL is freed and the socket closed.
    public func close() {
        guard !closed else { return }
        closed = true
        session?.shutdown()
        session = nil
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

extension ServerConfig {
    /// Serves HTTPS: each accepted socket gets a TLS session from the store's current context
    /// (so a reload applies to new connections only) and requests are marked secure.
    public mutating func useTLS(_ store: TLSContextStore, stats: ServerStats? = nil) {
        isSecure = true
        makeTransport = { fd in TLSTransport(fd: fd, context: store.context, stats: stats) }
    }
}
