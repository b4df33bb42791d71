/// IMF-fixdate (RFC 9110 §5.6.7), e.g. "Sun, 06 Nov 1994 08:49:37 GMT", formatted without
/// Foundation and cached so it is formatted at most once per second.
public struct HTTPDate {
    public private(set) var second = Int.min
    public private(set) var bytes: [UInt8] = []

    public init() {}

    /// Refreshes the cached text when the second changed; returns it.
    public mutating func update(epochSeconds: Int) -> [UInt8] {
        if epochSeconds != second {
            second = epochSeconds
            bytes = Array(Self.format(epochSeconds: epochSeconds).utf8)
        }
        return bytes
    }

    public static func format(epochSeconds t: Int) -> String {
        let days = t >= 0 ? t / 86400 : (t - 86399) / 86400
        let secs = t - days * 86400
        let date = CivilDate(days: days)
        let (y, m, d) = (date.year, date.month, date.day)
        let weekday = ((days % 7) + 11) % 7  // 1970-01-01 was a Thursday (index 4, Sun = 0)
        let names = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(names[weekday]), \(two(d)) \(months[m - 1]) \(y) \(two(secs / 3600)):\(two(secs / 60 % 60)):\(two(secs % 60)) GMT"
    }
}
