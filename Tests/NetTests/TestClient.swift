import Glibc

/// A small blocking TCP client for the end-to-end tests (127.0.0.1 only, with timeouts).
final class TestClient: @unchecked Sendable {
    let fd: Int32
    private var pending: [UInt8] = []

    struct Reply {
        var status: Int
        var head: String
        var body: [UInt8]
        func header(_ name: String) -> String? {
            for line in head.split(separator: "\r\n").dropFirst() {
                let parts = line.split(separator: ":", maxSplits: 1)
                if parts.count == 2, parts[0].lowercased() == name.lowercased() {
                    return parts[1].trimmingCharacters(in: " \t")
                }
            }
            return nil
        }
        var bodyText: String { String(decoding: body, as: UTF8.self) }
    }

    init(port: Int, timeoutMillis: Int = 3000) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ClientError.failed("socket") }
        var tv = timeval(tv_sec: timeoutMillis / 1000, tv_usec: (timeoutMillis % 1000) * 1000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        var one: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = in_port_t(UInt16(port).bigEndian)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let r = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard r == 0 else { Glibc.close(fd); throw ClientError.failed("connect") }
    }

    private var closed = false

    deinit { close() }

    func close() {
        guard !closed else { return }
        closed = true
        Glibc.close(fd)
    }

    /// True when a response (or EOF) is ready to read right now.
    func hasDataWaiting() -> Bool {
        var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&p, 1, 0) > 0
    }

    func send(_ s: String) throws { try send(Array(s.utf8)) }

    func send(_ bytes: [UInt8]) throws {
        var off = 0
        while off < bytes.count {
            let n = bytes[off...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw ClientError.failed("send") }
            off += n
        }
    }

    func shutdownWrite() { Glibc.shutdown(fd, Int32(SHUT_WR)) }

    /// Reads more bytes; false at EOF, error or timeout.
    private func fill() -> Bool {
        var buf = [UInt8](repeating: 0, count: 65536)
        let n = buf.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        guard n > 0 else { return false }
        pending.append(contentsOf: buf[0..<n])
        return true
    }

    /// Reads one response (Content-Length or chunked; no body for HEAD / 1xx / 204 / 304).
    func readResponse(isHead: Bool = false) throws -> Reply {
        var headEnd: Int?
        while headEnd == nil {
            headEnd = find(Array("\r\n\r\n".utf8))
            if headEnd == nil && !fill() { throw ClientError.closed(pending.count) }
        }
        let head = String(decoding: pending[0..<headEnd!], as: UTF8.self)
        pending.removeFirst(headEnd! + 4)
        let statusLine = head.split(separator: "\r\n").first ?? ""
        let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "") ?? 0
        var reply = Reply(status: status, head: head, body: [])
        if isHead || status < 200 || status == 204 || status == 304 { return reply }
        if let cl = reply.header("content-length").flatMap({ Int($0) }) {
            while pending.count < cl { if !fill() { throw ClientError.closed(pending.count) } }
            reply.body = Array(pending[0..<cl])
            pending.removeFirst(cl)
        } else if reply.header("transfer-encoding") == "chunked" {
            while true {
                var lineEnd = find(Array("\r\n".utf8))
                while lineEnd == nil { if !fill() { throw ClientError.closed(pending.count) }; lineEnd = find(Array("\r\n".utf8)) }
                let size = Int(String(decoding: pending[0..<lineEnd!], as: UTF8.self), radix: 16) ?? 0
                pending.removeFirst(lineEnd! + 2)
                while pending.count < size + 2 { if !fill() { throw ClientError.closed(pending.count) } }
                reply.body.append(contentsOf: pending[0..<size])
                pending.removeFirst(size + 2)
                if size == 0 { break }
            }
        } else {
            while fill() {}
            reply.body = pending
            pending = []
        }
        return reply
    }

    /// True when the server closed the connection (EOF or reset) within the timeout.
    func isClosedByPeer() -> Bool {
        var buf = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = buf.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n == 0 { return true }
            if n < 0 { return errno == ECONNRESET }  // EAGAIN = timeout: still open
        }
    }

    private func find(_ needle: [UInt8]) -> Int? {
        guard pending.count >= needle.count else { return nil }
        return pending.withUnsafeBufferPointer { p -> Int? in
            var i = 0
            let last = p.count - needle.count
            outer: while i <= last {
                for k in 0..<needle.count where p[i + k] != needle[k] { i += 1; continue outer }
                return i
            }
            return nil
        }
    }

    enum ClientError: Error { case failed(String), closed(Int) }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String {
        var s = self
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
