import CLinux
import Glibc

/// What a transport read or write did. TLS can need the other direction to make progress
/// (SSL_ERROR_WANT_WRITE during a read, WANT_READ during a write), hence two "would block"s.
public enum TransportResult: Equatable {
    case bytes(Int)
    case eof
    case wouldBlockRead
    case wouldBlockWrite
    case failed(Int32)
}

/// The seam between a connection and its byte stream: a plain socket today, TLS later
/// (a TLS transport wraps the same fd and reports WANT_READ/WANT_WRITE as above).
public protocol Transport: AnyObject {
    var fd: Int32 { get }
    func read(into buffer: UnsafeMutableBufferPointer<UInt8>) -> TransportResult
    /// Writes as much of the vector as it can (one writev for a plain socket).
    func write(_ iov: UnsafePointer<iovec>, count: Int32) -> TransportResult
    /// Bytes the transport already holds decrypted (TLS `SSL_pending`); 0 for plain sockets.
    var pendingReadable: Int { get }
    /// Ends our side of the stream (TCP FIN; TLS close_notify then FIN).
    func shutdownWrite()
    func close()
}

/// A plain TCP socket.
public final class SocketTransport: Transport {
    public let fd: Int32
    private var closed = false

    public init(fd: Int32) { self.fd = fd }

    public func read(into buffer: UnsafeMutableBufferPointer<UInt8>) -> TransportResult {
        switch Syscall.run({ Glibc.read(fd, buffer.baseAddress, buffer.count) }) {
        case .ok(0): return .eof
        case .ok(let n): return .bytes(n)
        case .wouldBlock: return .wouldBlockRead
        case .failed(let e): return .failed(e)
        }
    }

    public func write(_ iov: UnsafePointer<iovec>, count: Int32) -> TransportResult {
        switch Syscall.run({ Glibc.writev(fd, iov, count) }) {
        case .ok(let n): return .bytes(n)
        case .wouldBlock: return .wouldBlockWrite
        case .failed(let e): return .failed(e)
        }
    }

    public var pendingReadable: Int { 0 }

    public func shutdownWrite() { _ = Glibc.shutdown(fd, Int32(SHUT_WR)) }

    public func close() {
        guard !closed else { return }
        closed = true
        _ = Glibc.close(fd)  // never retried on EINTR: the fd is released either way
    }
}
