import COpenSSL
import Foundation
import Glibc

/// Certificates made at test time by the `openssl` CLI in a temporary folder: self-signed,
/// SAN IP:127.0.0.1 and DNS:localhost, each with its own common name.
final class TestCertificates: @unchecked Sendable {
    let directory: String
    /// "parley-test-1" and "parley-test-2" (P-256 keys: fast to make).
    let cert1: String, key1: String, cert2: String, key2: String

    static let shared: TestCertificates = {
        do { return try TestCertificates() } catch { fatalError("cannot make test certificates: \(error)") }
    }()

    init() throws {
        directory = NSTemporaryDirectory() + "parley-tls-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        cert1 = directory + "/cert1.pem"; key1 = directory + "/key1.pem"
        cert2 = directory + "/cert2.pem"; key2 = directory + "/key2.pem"
        try Self.make(cert: cert1, key: key1, name: "parley-test-1")
        try Self.make(cert: cert2, key: key2, name: "parley-test-2")
    }

    static func make(cert: String, key: String, name: String) throws {
        try run("/usr/bin/env", ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                                 "-nodes", "-keyout", key, "-out", cert, "-days", "30", "-subj", "/CN=\(name)",
                                 "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"])
    }

    /// Runs a command; returns its exit status and combined output. Throws if it cannot start.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], input: Data? = nil,
                    timeout: Double = 20) throws -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        let inPipe = Pipe()
        p.standardInput = inPipe
        try p.run()
        if let input { inPipe.fileHandleForWriting.write(input) }
        try? inPipe.fileHandleForWriting.close()
        let collected = DataBox()
        let reader = Thread { collected.data = out.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        let deadline = Date().addingTimeInterval(timeout)
        while p.isRunning && Date() < deadline { usleep(10_000) }
        if p.isRunning { p.terminate() }
        p.waitUntilExit()
        while !collected.done { usleep(1000) }
        return (p.terminationStatus, String(decoding: collected.data ?? Data(), as: UTF8.self))
    }

    final class DataBox: @unchecked Sendable {
        var data: Data? { didSet { done = true } }
        var done = false
    }
}

/// A blocking OpenSSL client session over the test client's socket.
final class TLSClientSession {
    private let ctx: OpaquePointer
    let ssl: OpaquePointer

    /// `caFile` nil: no verification (tests that swap certificates look at the subject).
    /// `maxVersion` below TLS 1.2 also lowers the client's own floor and security level, so
    /// that only the server can refuse. `session`: one to resume.
    init(fd: Int32, caFile: String?, maxVersion: Int32 = 0, session: OpaquePointer? = nil) throws {
        guard let ctx = SSL_CTX_new(TLS_client_method()) else { throw TestClient.ClientError.failed("SSL_CTX_new") }
        self.ctx = ctx
        if maxVersion != 0 { _ = parley_SSL_CTX_set_max_proto_version(ctx, maxVersion) }
        if maxVersion != 0 && maxVersion < parley_TLS1_2_VERSION() {
            _ = parley_SSL_CTX_set_min_proto_version(ctx, maxVersion)
            SSL_CTX_set_security_level(ctx, 0)
            _ = SSL_CTX_set_cipher_list(ctx, "DEFAULT:@SECLEVEL=0")
        }
        if let caFile {
            SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, nil)
            _ = SSL_CTX_load_verify_locations(ctx, caFile, nil)
        }
        guard let ssl = SSL_new(ctx) else { SSL_CTX_free(ctx); throw TestClient.ClientError.failed("SSL_new") }
        self.ssl = ssl
        SSL_set_fd(ssl, fd)
        if caFile != nil { _ = SSL_set1_host(ssl, "127.0.0.1") }
        let alpn: [UInt8] = [8] + Array("http/1.1".utf8)
        _ = SSL_set_alpn_protos(ssl, alpn, UInt32(alpn.count))
        if let session { _ = SSL_set_session(ssl, session) }
        ERR_clear_error()
        guard SSL_connect(ssl) == 1 else {
            let reason = Self.errors()
            // No SSL_free here: self is fully initialized, so deinit frees ssl and ctx.
            throw TestClient.ClientError.failed("TLS handshake: \(reason)")
        }
    }

    deinit {
        SSL_free(ssl)
        SSL_CTX_free(ctx)
    }

    var version: String { String(cString: SSL_get_version(ssl)) }

    var alpn: String {
        var data: UnsafePointer<UInt8>?
        var length: UInt32 = 0
        SSL_get0_alpn_selected(ssl, &data, &length)
        guard let data else { return "" }
        return String(decoding: UnsafeBufferPointer(start: data, count: Int(length)), as: UTF8.self)
    }

    /// The server certificate's subject, e.g. "/CN=parley-test-1".
    var peerSubject: String {
        guard let cert = SSL_get1_peer_certificate(ssl) else { return "" }
        defer { X509_free(cert) }
        var buffer = [CChar](repeating: 0, count: 256)
        X509_NAME_oneline(X509_get_subject_name(cert), &buffer, 256)
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    var sessionReused: Bool { SSL_session_reused(ssl) == 1 }

    /// The session to resume later (SSL_SESSION_free it); TLS 1.3 tickets arrive after the
    /// handshake, so read a response first.
    func copySession() -> OpaquePointer? { SSL_get1_session(ssl) }

    /// > 0 bytes, 0 at EOF / close_notify / reset, -1 on timeout.
    func read(_ buffer: UnsafeMutableRawBufferPointer) -> Int {
        ERR_clear_error()
        var n = 0
        if SSL_read_ex(ssl, buffer.baseAddress, buffer.count, &n) == 1 { return n }
        let e = SSL_get_error(ssl, 0)
        let err = errno
        ERR_clear_error()
        if e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE { return -1 }
        if e == SSL_ERROR_SYSCALL && (err == EAGAIN || err == EWOULDBLOCK) { return -1 }
        return 0
    }

    func write(_ bytes: UnsafeRawBufferPointer) -> Int {
        ERR_clear_error()
        var n = 0
        if SSL_write_ex(ssl, bytes.baseAddress, bytes.count, &n) == 1 { return n }
        ERR_clear_error()
        return -1
    }

    func shutdown() {
        ERR_clear_error()
        _ = SSL_shutdown(ssl)
        ERR_clear_error()
    }

    var pending: Int { Int(SSL_pending(ssl)) }

    static func errors() -> String {
        var parts: [String] = []
        while case let code = ERR_get_error(), code != 0 {
            var buffer = [CChar](repeating: 0, count: 256)
            ERR_error_string_n(code, &buffer, 256)
            parts.append(String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        return parts.joined(separator: "; ")
    }
}
