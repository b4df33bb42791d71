import COpenSSL
import Glibc

/// The process's TLS configuration: one `SSL_CTX` holding the certificate chain, the key and
/// the policy (Mozilla "intermediate": TLS 1.2 and 1.3, AEAD suites with forward secrecy,
/// X25519/P-256/P-384, no compression, no renegotiation, ALPN http/1.1, session tickets).
/// Immutable once built; a certificate reload builds a new one (see `TLSContextStore`).
public final class TLSContext: @unchecked Sendable {
    // SAFETY: after configuration the SSL_CTX is only read (SSL_new), which OpenSSL makes
    // thread-safe; it is freed once, in deinit.
    let pointer: OpaquePointer

    /// Mozilla intermediate TLS 1.2 suites: ECDHE with AEAD only (the DHE suites Mozilla also
    /// allows are left out: no DH parameters to manage).
    static let tls12Ciphers = [
        "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-RSA-AES128-GCM-SHA256",
        "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-RSA-AES256-GCM-SHA384",
        "ECDHE-ECDSA-CHACHA20-POLY1305", "ECDHE-RSA-CHACHA20-POLY1305",
    ].joined(separator: ":")
    /// Mozilla intermediate TLS 1.3 suites, set explicitly so that a system openssl.cnf cannot
    /// widen them.
    static let tls13Suites = "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256"
    static let groups = "X25519:P-256:P-384"

    /// Loads a PEM certificate chain and its private key; any failure names the file and
    /// OpenSSL's reason.
    public init(certificateChainFile: String, privateKeyFile: String) throws(TLSError) {
        // A missing or unreadable file is named with the system's reason, not OpenSSL's stack.
        try Self.checkReadable(certificateChainFile, as: TLSError.certificate)
        try Self.checkReadable(privateKeyFile, as: TLSError.privateKey)
        guard let ctx = SSL_CTX_new(TLS_server_method()) else {
            throw TLSError.openSSL("cannot create an SSL_CTX", TLSError.drainErrors())
        }
        pointer = ctx
        ERR_clear_error()
        guard parley_SSL_CTX_set_min_proto_version(ctx, parley_TLS1_2_VERSION()) == 1,
              parley_SSL_CTX_set_max_proto_version(ctx, parley_TLS1_3_VERSION()) == 1 else {
            throw TLSError.openSSL("cannot restrict protocol versions", TLSError.drainErrors())
        }
        _ = SSL_CTX_set_options(ctx, parley_server_options() | parley_SSL_OP_IGNORE_UNEXPECTED_EOF())
        parley_SSL_CTX_refuse_passwords(ctx)
        guard SSL_CTX_set_cipher_list(ctx, Self.tls12Ciphers) == 1 else {
            throw TLSError.openSSL("cannot set the cipher suites", TLSError.drainErrors())
        }
        guard SSL_CTX_set_ciphersuites(ctx, Self.tls13Suites) == 1 else {
            throw TLSError.openSSL("cannot set the TLS 1.3 cipher suites", TLSError.drainErrors())
        }
        guard parley_SSL_CTX_set1_groups_list(ctx, Self.groups) == 1 else {
            throw TLSError.openSSL("cannot set the key exchange groups", TLSError.drainErrors())
        }
        // Partial writes let a non-blocking SSL_write report progress; the moving buffer lets
        // a retried write come from a buffer that was compacted in between.
        _ = parley_SSL_CTX_set_mode(ctx, parley_SSL_MODE_ENABLE_PARTIAL_WRITE()
            | parley_SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER() | parley_SSL_MODE_RELEASE_BUFFERS())
        // Read-ahead: one read(2) takes a whole record (or several) instead of header then
        // body; the transport then reports SSL_has_pending so buffered records are not missed.
        parley_SSL_CTX_set_read_ahead(ctx, 1)
        _ = parley_SSL_CTX_set_session_cache_mode(ctx, parley_SSL_SESS_CACHE_SERVER())
        // Session ids are scoped to this context so resumption works across connections.
        let sessionContext: [UInt8] = Array("parley".utf8)
        _ = SSL_CTX_set_session_id_context(ctx, sessionContext, UInt32(sessionContext.count))
        SSL_CTX_set_alpn_select_cb(ctx, alpnSelectHTTP11, nil)

        guard SSL_CTX_use_certificate_chain_file(ctx, certificateChainFile) == 1 else {
            throw TLSError.certificate(certificateChainFile, TLSError.drainErrors())
        }
        guard SSL_CTX_use_PrivateKey_file(ctx, privateKeyFile, SSL_FILETYPE_PEM) == 1 else {
            // OpenSSL 3 already compares a key with a certificate of the same type here.
            if parley_err_is_key_mismatch(ERR_peek_last_error()) != 0 {
                ERR_clear_error()
                throw TLSError.keyMismatch(certificateChainFile, privateKeyFile)
            }
            throw TLSError.privateKey(privateKeyFile, TLSError.drainErrors())
        }
        guard SSL_CTX_check_private_key(ctx) == 1 else {
            ERR_clear_error()
            throw TLSError.keyMismatch(certificateChainFile, privateKeyFile)
        }
    }

    deinit { SSL_CTX_free(pointer) }

    private static func checkReadable(_ path: String, as make: (String, String) -> TLSError) throws(TLSError) {
        guard let file = fopen(path, "r") else {
            throw make(path, String(cString: strerror(errno)))
        }
        fclose(file)
    }
}

/// ALPN (RFC 7301): we speak HTTP/1.1 only. A client that offers it gets it; a client that
/// offers only other protocols (h2) proceeds without ALPN, which HTTP/1.1 clients accept.
private func alpnSelectHTTP11(
    _ ssl: OpaquePointer?, _ out: UnsafeMutablePointer<UnsafePointer<UInt8>?>?,
    _ outLength: UnsafeMutablePointer<UInt8>?, _ input: UnsafePointer<UInt8>?,
    _ inputLength: UInt32, _ arg: UnsafeMutableRawPointer?
) -> Int32 {
    guard let input, let out, let outLength else { return parley_SSL_TLSEXT_ERR_NOACK() }
    var index = 0
    let total = Int(inputLength)
    while index < total {
        let length = Int(input[index])
        let start = index + 1
        guard start + length <= total else { break }
        // "http/1.1" is 8 bytes: 68 74 74 70 2f 31 2e 31.
        if length == 8 {
            let candidate = UnsafeBufferPointer(start: input + start, count: 8)
            if candidate.elementsEqual("http/1.1".utf8) {
                out.pointee = input + start
                outLength.pointee = 8
                return parley_SSL_TLSEXT_ERR_OK()
            }
        }
        index = start + length
    }
    return parley_SSL_TLSEXT_ERR_NOACK()
}
