import COpenSSL

/// One TLS connection over a non-blocking socket: owns its `SSL` and frees it once (in
/// deinit; `TLSTransport` drops the session when the connection closes).
/// Every call clears OpenSSL's thread-local error queue first (a stale error would be misread
/// as ours) and maps WANT_READ / WANT_WRITE to results, not errors: the event loop waits for
/// the readiness the library asked for and calls again.
public final class TLSSession {
    public enum IOResult: Equatable {
        /// Bytes moved (0 only from a completed handshake or an empty buffer).
        case done(Int)
        /// The library needs the socket readable before this call can progress.
        case wantRead
        /// The library needs the socket writable before this call can progress.
        case wantWrite
        /// The peer sent close_notify (or closed the TCP stream, see IGNORE_UNEXPECTED_EOF).
        case closed
        /// A protocol error, reset or garbage: the connection must be dropped, and no
        /// further call (not even SSL_shutdown) may be made on this session.
        case failed(String)
    }

    private let ssl: OpaquePointer
    /// A fatal error happened: OpenSSL forbids SSL_shutdown afterwards.
    public private(set) var hasFailed = false
    private var sentCloseNotify = false

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

    /// True once the handshake finished, whether driven by `handshake()` or by the first reads.
    public var isHandshakeComplete: Bool { SSL_is_init_finished(ssl) == 1 }

    /// Drives the server handshake one step (optional: `read` does it too in accept state).
    public func handshake() -> IOResult {
        ERR_clear_error()
        let rc = SSL_do_handshake(ssl)
        if rc == 1 { return .done(0) }
        return classify(rc)
    }

    /// Decrypts into `buffer` (running the handshake first if it is not done). Call again while
    /// `pendingBytes > 0` before waiting on epoll: OpenSSL may hold decrypted bytes that the
    /// socket will never signal again.
    public func read(into buffer: UnsafeMutableRawBufferPointer) -> IOResult {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return .done(0) }
        ERR_clear_error()
        var count = 0
        let rc = SSL_read_ex(ssl, base, buffer.count, &count)
        if rc == 1 { return .done(count) }
        return classify(rc)
    }

    /// Encrypts and sends up to `bytes.count` bytes (partial writes are enabled: at most one
    /// record per call). After `.wantWrite` the retry must pass the same bytes again, at least
    /// as many (the buffer may move: SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER).
    public func write(_ bytes: UnsafeRawBufferPointer) -> IOResult {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return .done(0) }
        ERR_clear_error()
        var count = 0
        let rc = SSL_write_ex(ssl, base, bytes.count, &count)
        if rc == 1 { return .done(count) }
        return classify(rc)
    }

    /// Decrypted bytes ready (SSL_pending), or 1 when only undecrypted input is buffered
    /// (read-ahead: a whole record may be waiting, or just the start of one).
    public var pendingBytes: Int {
        let n = Int(SSL_pending(ssl))
        if n > 0 { return n }
        return SSL_has_pending(ssl) == 1 ? 1 : 0
    }

    /// The negotiated protocol version ("TLSv1.3"), for logs and tests.
    public var protocolVersion: String { String(cString: SSL_get_version(ssl)) }

    /// Sends close_notify once (RFC 8446 §6.1), without waiting for the peer's: the socket is
    /// closed right after, as HTTP/1.1 allows. Best effort on a full socket; skipped before the
    /// handshake finished and after a fatal error.
    public func shutdown() {
        guard !sentCloseNotify, !hasFailed, isHandshakeComplete else { return }
        sentCloseNotify = true
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
            // A reset or another socket error (EOF is ZERO_RETURN with IGNORE_UNEXPECTED_EOF).
            hasFailed = true
            let reason = TLSError.drainErrors()
            return .failed("socket error during TLS (\(reason))")
        default:
            hasFailed = true
            return .failed(TLSError.drainErrors())
        }
    }
}
