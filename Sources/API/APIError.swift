import HTTP

/// The one error type of the API layer; every one becomes an RFC 9457 problem response.
struct APIError: Error {
    var status: HTTPStatus
    var detail: String
    /// Offending query parameters, reported as `invalid_params` ([{name, reason}]).
    var params: [(name: String, reason: String)] = []
    var headers: [(String, String)] = []

    static func badRequest(_ detail: String) -> APIError { APIError(status: .badRequest, detail: detail) }

    static func badParameter(_ name: String, _ reason: String, others: [String] = []) -> APIError {
        var e = APIError(status: .badRequest, detail: "query parameter '\(name)' \(reason)")
        e.params = [(name, reason)] + others.map { ($0, "is not a parameter of this endpoint") }
        if !others.isEmpty { e.detail += "; also unknown: \(others.joined(separator: ", "))" }
        return e
    }

    static func notFound(_ detail: String) -> APIError { APIError(status: .notFound, detail: detail) }

    var response: Response {
        var extra: [(String, String)] = []
        if !params.isEmpty {
            var w = JSONWriter(capacity: 128)
            w.beginArray()
            for p in params { w.beginObject(); w.field("name", p.name); w.field("reason", p.reason); w.endObject() }
            w.endArray()
            extra.append(("invalid_params", String(decoding: w.bytes, as: UTF8.self)))
        }
        var r = Response.problem(status, detail: detail, extra: extra)
        r.headers.set("Cache-Control", "no-store")
        for (n, v) in headers { r.headers.set(n, v) }
        return r
    }
}
