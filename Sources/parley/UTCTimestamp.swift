import HTTP
#if canImport(Glibc)
import Glibc
#endif

/// The log time stamp, RFC 3339 UTC with microseconds ("2026-11-22T00:00:00.123456Z", 27
/// bytes), made by arithmetic: gmtime_r takes glibc's time-zone lock on every call, and
/// UTC needs no zone. The date from the day count is `CivilDate` (shared with the Date header).
enum UTCTimestamp {
    static let count = 27

    static func now() -> (seconds: Int, micros: Int) {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return (now.tv_sec, now.tv_nsec / 1000)
    }

    typealias Date = CivilDate

    static func date(days: Int) -> Date { CivilDate(days: days) }

    /// Splits `seconds` since the epoch into whole days and the second of that day.
    static func split(_ seconds: Int) -> (days: Int, secondOfDay: Int) {
        var days = seconds / 86_400
        var secondOfDay = seconds % 86_400
        if secondOfDay < 0 { secondOfDay += 86_400; days -= 1 }
        return (days, secondOfDay)
    }

    static func write(seconds: Int, micros: Int, to out: inout LineCursor) {
        let (days, secondOfDay) = split(seconds)
        write(date(days: days), secondOfDay: secondOfDay, micros: micros, to: &out)
    }

    static func write(_ date: Date, secondOfDay: Int, micros: Int, to out: inout LineCursor) {
        writeSecond(date, secondOfDay: secondOfDay, to: &out)
        writeMicros(micros, to: &out)
    }

    /// The stamp up to its second and the dot ("2026-11-22T00:00:00.", `secondCount` bytes
    /// for years 0...9999): what all lines of one second share.
    static func writeSecond(_ date: Date, secondOfDay: Int, to out: inout LineCursor) {
        // At least 4 digits, as JSONLogHandler pads (years past 9999 keep all theirs).
        if date.year >= 0 && date.year <= 9_999 {
            out.appendTwoDigits(date.year / 100)
            out.appendTwoDigits(date.year % 100)
        } else {
            out.appendDecimal(date.year)
        }
        out.append(UInt8(ascii: "-"))
        out.appendTwoDigits(date.month)
        out.append(UInt8(ascii: "-"))
        out.appendTwoDigits(date.day)
        out.append(UInt8(ascii: "T"))
        out.appendTwoDigits(secondOfDay / 3_600)
        out.append(UInt8(ascii: ":"))
        out.appendTwoDigits(secondOfDay / 60 % 60)
        out.append(UInt8(ascii: ":"))
        out.appendTwoDigits(secondOfDay % 60)
        out.append(UInt8(ascii: "."))
    }

    static let secondCount = 20

    /// The six digits of the microseconds and the "Z".
    static func writeMicros(_ micros: Int, to out: inout LineCursor) {
        out.appendTwoDigits(micros / 10_000)
        out.appendTwoDigits(micros / 100 % 100)
        out.appendTwoDigits(micros % 100)
        out.append(UInt8(ascii: "Z"))
    }
}
