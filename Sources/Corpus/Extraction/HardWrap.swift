/// Articles saved as hard-wrapped text (`lynx -dump`, `fmt`, e-mail newsletters, PDF text:
/// every line cut near a fixed width) re-flowed into one line per paragraph, which is what
/// the layout stage reads (a line is a paragraph, a heading or a piece of furniture).
///
/// A break is a wrap when the line before it is long and the next line's first word would
/// not have fitted after it within the document's width: the test wrapping tools apply
/// (and RFC 3676's format=flowed spells out). Short lines (headlines, navigation, bylines),
/// blank lines and lines whose next word would have fitted keep their break.
///
/// Re-flowing turns each wrap's "\n" (and the "\r" of a "\r\n") into a space: the text keeps
/// its length in bytes and in Unicode scalars, so every offset into it is an offset into
/// the file. One-paragraph-per-line articles are returned unchanged.
enum HardWrap {
    /// Widths wrapping tools use (and then some): a document whose long lines end above
    /// this is not wrapped.
    static let maxWidth = 100
    /// Below this width, "wrapped" lines are more likely a list or verse than prose.
    static let minWidth = 40

    static func reflowed(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { bytes in
            let lines = Self.lines(bytes)
            guard let width = wrapWidth(lines) else { return text }
            var joins: [Int] = []  // byte offsets of the breaks ("\r" or "\n") that are wraps
            for k in 0..<(lines.count - 1) {
                let line = lines[k], next = lines[k + 1]
                guard line.scalars > 0, next.scalars > 0, line.scalars <= width else { continue }  // not a URL line
                if line.scalars + 1 + firstWordScalars(bytes, next) > width { joins.append(line.end) }
            }
            guard !joins.isEmpty else { return text }
            var out = Array(bytes)
            for at in joins {
                if out[at] == 0x0D { out[at + 1] = 0x20 }  // "\r\n": both bytes
                out[at] = 0x20
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    struct Line {
        var start: Int      // byte offset of the first byte
        var end: Int        // byte offset of its "\r\n" / "\n" (or the text's end)
        var scalars: Int    // length in Unicode scalars, trailing spaces excluded
    }

    static func lines(_ bytes: UnsafeBufferPointer<UInt8>) -> [Line] {
        var lines: [Line] = []
        var start = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x0A {
            var end = i
            if end > start && bytes[end - 1] == 0x0D { end -= 1 }
            var last = end
            while last > start && (bytes[last - 1] == 0x20 || bytes[last - 1] == 0x09) { last -= 1 }
            var scalars = 0
            for j in start..<last where bytes[j] & 0xC0 != 0x80 { scalars += 1 }
            lines.append(Line(start: start, end: end, scalars: scalars))
            start = i + 1
        }
        return lines
    }

    /// The width the document was wrapped at, or nil when it does not look wrapped: enough
    /// lines, no line longer than `maxWidth` but stray ones (a URL), a good share of the
    /// lines ending within a few columns of the longest, and most of those going on in the
    /// next line. The width is the longest line's: a narrower guess would leave the lines
    /// between the two unjoined, a wider one only joins fewer lines.
    static func wrapWidth(_ lines: [Line]) -> Int? {
        let full = lines.filter { $0.scalars > 0 }
        guard full.count >= 12 else { return nil }
        let fitting = full.filter { $0.scalars <= maxWidth }
        guard fitting.count * 10 >= full.count * 9, let width = fitting.map(\.scalars).max(), width >= minWidth else {
            return nil
        }
        var near = 0, continued = 0
        for k in 0..<lines.count where lines[k].scalars >= width - 15 && lines[k].scalars <= width {
            near += 1
            if k + 1 < lines.count && lines[k + 1].scalars > 0 { continued += 1 }
        }
        guard near * 10 >= full.count * 4, continued * 10 >= near * 6 else { return nil }
        return width
    }

    /// Scalars of the first word of `line` (up to its first space).
    static func firstWordScalars(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Line) -> Int {
        var n = 0
        var i = line.start
        while i < line.end && (bytes[i] == 0x20 || bytes[i] == 0x09) { i += 1 }
        while i < line.end && bytes[i] != 0x20 && bytes[i] != 0x09 {
            if bytes[i] & 0xC0 != 0x80 { n += 1 }
            i += 1
        }
        return n
    }
}
