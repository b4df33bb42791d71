import HTTP

/// Adds `Strict-Transport-Security` (RFC 6797) to responses sent over TLS; a browser ignores
/// the header over plain HTTP anyway (§7.2), so it is not sent there.
struct HSTSHandler: HTTPHandler {
    let base: any HTTPHandler
    let value: String

    init(base: any HTTPHandler, maxAge: Int) {
        self.base = base
        value = "max-age=\(maxAge)"
    }

    func respond(to request: Request) -> Response {
        var response = base.respond(to: request)
        if request.isSecure { response.headers.add("Strict-Transport-Security", value) }
        return response
    }
}
