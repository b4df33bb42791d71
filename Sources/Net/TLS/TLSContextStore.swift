import Synchronization

/// The current TLS context, swappable while serving: SIGHUP reloads the certificate and key
/// from the same paths. New handshakes use the new context; live sessions keep the one they
/// started with (each `SSL` holds a reference to its `SSL_CTX`), so no connection drops.
public final class TLSContextStore: Sendable {
    public let certificateChainFile: String
    public let privateKeyFile: String
    private let current: Mutex<TLSContext>

    public init(certificateChainFile: String, privateKeyFile: String) throws(TLSError) {
        self.certificateChainFile = certificateChainFile
        self.privateKeyFile = privateKeyFile
        current = Mutex(try TLSContext(certificateChainFile: certificateChainFile, privateKeyFile: privateKeyFile))
    }

    public var context: TLSContext { current.withLock { $0 } }

    /// Builds a new context from the files; on failure the old one stays in use and the
    /// error is returned for the log.
    @discardableResult
    public func reload() -> TLSError? {
        do {
            let fresh = try TLSContext(certificateChainFile: certificateChainFile, privateKeyFile: privateKeyFile)
            current.withLock { $0 = fresh }
            return nil
        } catch {
            return error
        }
    }
}
