#if canImport(Glibc)
import Glibc
#endif

/// The log time stamp, RFC 3339 UTC with microseconds ("2026-11-22T00:00:00.123456Z", 27
/// bytes), made by arithmetic: gmtime_r takes glibc's time-zone lock on every call, and
/// UTC needs no zone. The date from the day count is Hinnant's `civil_from_days`.
enum UTCTimestamp {
    static let count = 27

    static func now() -> (seconds: Int, micros: Int) {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return (now.tv_sec, now.tv_nsec / 1000)
    }

    static func write(seconds: Int, micros: Int, to out: inout LineCursor) {
        var days = seconds / 86_400
        var secondOfDay = seconds % 86_400
        if secondOfDay < 0 { secondOfDay += 86_400; days -= 1 }
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        out.appendPadded(year, width: 4)
        out.append(UInt8(ascii: "-"))
        out.appendPadded(month, width: 2)
        out.append(UInt8(ascii: "-"))
        out.appendPadded(day, width: 2)
        out.append(UInt8(ascii: "T"))
        out.appendPadded(secondOfDay / 3_600, width: 2)
        out.append(UInt8(ascii: ":"))
        out.appendPadded(secondOfDay / 60 % 60, width: 2)
        out.append(UInt8(ascii: ":"))
        out.appendPadded(secondOfDay % 60, width: 2)
        out.append(UInt8(ascii: "."))
        out.appendPadded(micros, width: 6)
        out.append(UInt8(ascii: "Z"))
    }
}
