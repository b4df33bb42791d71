import Foundation
import HTTP
import Net

/// The E2E handler: 200 + small JSON for GET/HEAD/POST on "/", "/slow" sleeps 200 ms first,
/// 404 problem for other paths, 405 with Allow for other methods.
struct TestHandler: HTTPHandler {
    func respond(to request: Request) -> Response {
        let path = request.path
        if path == "/big" {
            return Response(body: .bytes([UInt8](repeating: UInt8(ascii: "b"), count: 16 * 1024)))
        }
        guard path == "/" || path == "/slow" || path == "/stream" else {
            return .problem(.notFound, detail: "no such resource")
        }
        switch request.method {
        case .get, .head, .post: break
        default:
            var r = Response.problem(.methodNotAllowed, detail: "use GET or POST")
            r.headers.add("Allow", "GET, HEAD, POST")
            return r
        }
        if path == "/slow" { usleep(200_000) }
        if path == "/stream" { return Response(body: .stream(CountingStream(chunks: 50, size: 10_000))) }
        var headers = HTTPHeaders()
        headers.add("Content-Type", "application/json")
        let json = "{\"ok\":true,\"body_bytes\":\(request.body.count)}"
        return Response(status: .ok, headers: headers, body: .bytes(Array(json.utf8)))
    }
}

final class CountingStream: BodyStream {
    var left: Int
    let size: Int
    init(chunks: Int, size: Int) { left = chunks; self.size = size }
    func next() -> [UInt8]? {
        guard left > 0 else { return nil }
        left -= 1
        return [UInt8](repeating: UInt8(ascii: "x"), count: size)
    }
}

/// A server on an ephemeral 127.0.0.1 port, run on a background thread.
final class RunningServer: @unchecked Sendable {
    let server: Server
    let stats = ServerStats()
    private let done = DispatchSemaphore(value: 0)

    init(limits: HTTPLimits = HTTPLimits(), threads: Int = 1, drain: Duration = .seconds(10),
         highWater: Int = 256 * 1024) throws {
        var config = ServerConfig(host: "127.0.0.1", port: 0, threads: threads, limits: limits)
        config.outputHighWater = highWater
        config.drainTimeout = drain
        config.lingerTimeout = .milliseconds(500)
        server = try Server(config: config, handler: TestHandler(), lifecycle: Lifecycle(), stats: stats)
        let s = server, d = done
        let t = Thread { s.run(); d.signal() }
        t.start()
    }

    var port: Int { server.boundPort }

    /// Shuts down and waits; returns false if `run()` did not return in time.
    @discardableResult
    func stop(timeoutSeconds: Double = 5) -> Bool {
        server.shutdown()
        return done.wait(timeout: .now() + timeoutSeconds) == .success
    }

    func waitStopped(timeoutSeconds: Double) -> Bool {
        done.wait(timeout: .now() + timeoutSeconds) == .success
    }
}
