// THROWAWAY (engine branch): serves a trivial handler for the conformance run and wrk.
// The lead replaces this file with the real CLI.
import HTTP
import Net

struct EchoHandler: HTTPHandler {
    func respond(to request: Request) -> Response {
        var headers = HTTPHeaders()
        headers.add("Content-Type", "application/json")
        return Response(status: .ok, headers: headers, body: .bytes(Array("{\"ok\":true}".utf8)))
    }
}

let args = CommandLine.arguments
let port = args.count > 1 ? Int(args[1]) ?? 8080 : 8080
let threads = args.count > 2 ? Int(args[2]) ?? ServerConfig.cpuCount : ServerConfig.cpuCount
do {
    let server = try Server(config: ServerConfig(host: "127.0.0.1", port: port, threads: threads),
                            handler: EchoHandler(), lifecycle: Lifecycle(), stats: ServerStats())
    server.installSignalHandlers()
    print("parley engine test server on 127.0.0.1:\(server.boundPort)")
    server.run()
} catch {
    print("error: \(error)")
}
