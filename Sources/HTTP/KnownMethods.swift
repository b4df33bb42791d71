/// Methods the engine hands to the application. RFC 9110 §9.1: "An origin server that
/// receives a request method that is unrecognized or not implemented SHOULD respond with the
/// 501 (Not Implemented) status code." Any token not listed here (e.g. `MKCOLA`, the HTTP/2
/// preface method `PRI`) gets that 501 and the connection closes. The list is the IANA HTTP
/// Method Registry plus a few methods common in the wild (PURGE, SOURCE, SSDP's M-SEARCH, ...).
enum KnownMethods {
    static let names: [[UInt8]] = [
        "GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH", "QUERY",
        "ACL", "BASELINE-CONTROL", "BIND", "CHECKIN", "CHECKOUT", "COPY", "LABEL", "LINK", "LOCK",
        "MERGE", "MKACTIVITY", "MKCALENDAR", "MKCOL", "MKREDIRECTREF", "MKWORKSPACE", "MOVE",
        "ORDERPATCH", "PROPFIND", "PROPPATCH", "REBIND", "REPORT", "SEARCH", "UNBIND",
        "UNCHECKOUT", "UNLINK", "UNLOCK", "UPDATE", "UPDATEREDIRECTREF", "VERSION-CONTROL",
        "PURGE", "SOURCE", "M-SEARCH", "NOTIFY", "SUBSCRIBE", "UNSUBSCRIBE",
    ].map { Array($0.utf8) }

    /// Method names are case-sensitive (RFC 9110 §9.1).
    static func isKnown(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let n = range.count
        // GET and HEAD, nearly every request, without walking the list.
        if n == 3 && same(UnsafeBufferPointer(rebasing: bytes[range]), "GET") { return true }
        if n == 4 && same(UnsafeBufferPointer(rebasing: bytes[range]), "HEAD") { return true }
        outer: for name in names where name.count == n {
            var i = 0
            for j in range {
                if bytes[j] != name[i] { continue outer }
                i += 1
            }
            return true
        }
        return false
    }

    static func method(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> HTTPMethod {
        let b = UnsafeBufferPointer(rebasing: bytes[range])
        // Byte compares with StaticStrings: String.UTF8View's elementsEqual cost ~30
        // instructions a byte here, on every request.
        switch b.count {
        case 3 where same(b, "GET"): return .get
        case 3 where same(b, "PUT"): return .put
        case 4 where same(b, "HEAD"): return .head
        case 4 where same(b, "POST"): return .post
        case 5 where same(b, "PATCH"): return .patch
        case 5 where same(b, "TRACE"): return .trace
        case 6 where same(b, "DELETE"): return .delete
        case 7 where same(b, "OPTIONS"): return .options
        case 7 where same(b, "CONNECT"): return .connect
        default: return .other(String(decoding: b, as: UTF8.self))
        }
    }

    /// Case-sensitive equality (method names are, RFC 9110 §9.1); `b` has the literal's length.
    @inline(__always) static func same(_ b: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
        let l = literal.utf8Start
        for i in 0..<b.count where b[i] != l[i] { return false }
        return true
    }
}
