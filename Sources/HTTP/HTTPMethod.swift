/// A request method (RFC 9110 §9). The common ones are cases so routing never compares strings.
public enum HTTPMethod: Equatable, Hashable, Sendable {
    case get, head, post, put, delete, options, patch, trace, connect
    case other(String)

    public var name: String {
        switch self {
        case .get: "GET"
        case .head: "HEAD"
        case .post: "POST"
        case .put: "PUT"
        case .delete: "DELETE"
        case .options: "OPTIONS"
        case .patch: "PATCH"
        case .trace: "TRACE"
        case .connect: "CONNECT"
        case .other(let name): name
        }
    }
}
