import COpenSSL

/// One TLS connection over a non-blocking socket: owns its `SSL` and frees it once.
/// Every call clears OpenSSL's error queue first (a stale error would be misread as ours) and
/// maps WANT_READ / WANT_WRITE to results, not errors: the event loop waits for the readiness
/// the library asked for and calls again.
public final class TLSSession {
    public enum IOResult: Equatable {
        /// Bytes moved (0 only from a completed handshake or shutdown).
        case done(Int)
        /// The library needs the socket readable before this call can progress.
        case wantRead
        /// The library needs the socket writable before this call can progress.
        case wantWrite
        /// The peer sent close_notify (or closed the TCP stream cleanly).
        case closed
        /// A protocol error, reset or garbage: the connection must be dropped.
        case failed(String)
    }

    private let ssl: OpaquePointer
    public private(set) var isHandshakeComplete = false

    public init(context: TLSContext, fileDescriptor: Int32) throws(TLSError) {
        ERR_clear_error()
        guard let ssl = SSL_new(context.pointer) else {
            throw TLSError.openSSL("cannot create a TLS session", TLSError.drainErrors())
        }
        guard SSL_set_fd(ssl, fileDescriptor) == 1 else {
            SSL_free(ssl)
            throw TLSError.openSSL("cannot attach the socket", TLSError.drainErrors())
        }
        SSL_set_accept_state(ssl)
        self.ssl = ssl
    }

    deinit { SSL_free(ssl) }

    /// Drives the server handshake one step.
    public func handshake() -> IOResult {
        ERR_clear_error()
        let rc = SSL_do_handshake(ssl)
        if rc == 1 {
            isHandshakeComplete = true
            return .done(0)
        }
        return classify(rc)
    }

    /// Decrypts into `buffer`. Call again while `pendingBytes > 0` before waiting on epoll:
    /// OpenSSL may hold decrypted bytes that the socket will never signal again.
    public func read(into buffer: UnsafeMutableRawBufferPointer) -> IOResult {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return .done(0) }
        ERR_clear_error()
        var count = 0
        let rc = SSL_read_ex(ssl, base, buffer.count, &count)
        if rc == 1 { return .done(count) }
        return classify(rc)
    }

    /// Encrypts and sends up to `bytes.count` bytes (partial writes are enabled).
    public func write(_ bytes: UnsafeRawBufferPointer) -> IOResult {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return .done(0) }
        ERR_clear_error()
        var count = 0
        let rc = SSL_write_ex(ssl, base, bytes.count, &count)
        if rc == 1 { return .done(count) }
        return classify(rc)
    }

    public var pendingBytes: Int { Int(SSL_pending(ssl)) }

    /// The negotiated protocol version ("TLSv1.3"), for logs and tests.
    public var protocolVersion: String { String(cString: SSL_get_version(ssl)) }

    /// Sends close_notify once (RFC 8446 §6.1), without waiting for the peer's: the socket is
    /// closed right after, as HTTP/1.1 allows.
    public func shutdown() {
        ERR_clear_error()
        _ = SSL_shutdown(ssl)
        ERR_clear_error()
    }

    private func classify(_ rc: Int32) -> IOResult {
        let code = SSL_get_error(ssl, rc)
        switch code {
        case SSL_ERROR_WANT_READ: return .wantRead
        case SSL_ERROR_WANT_WRITE: return .wantWrite
        case SSL_ERROR_ZERO_RETURN: return .closed
        case SSL_ERROR_SYSCALL:
            // With OpenSSL 3 an EOF without close_notify is SSL_ERROR_SSL
            // (unexpected eof); SYSCALL here means a reset or other socket error.
            let reason = TLSError.drainErrors()
            return .failed("socket error during TLS (\(reason))")
        default:
            return .failed(TLSError.drainErrors())
        }
    }
}
