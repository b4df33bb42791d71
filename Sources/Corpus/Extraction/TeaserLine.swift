/// A link to another story set inside the body as a label, a colon and that story's headline:
/// "Watch: Zelensky says Ukraine needs guarantees", "READ MORE: Starmer says ...",
/// "Related: Kremlin says ...", "Live updates: ...". Page furniture: the headline has the shape
/// of an attributing headline ("X says Y") and would otherwise be read as a claim of this
/// article. A line ending a sentence (".", "!", ";") is prose, whatever its first word.
enum TeaserLine {
    /// Labels outlets put before a linked headline (lowercased, without the colon).
    static let labels: Set<String> = [
        "watch", "watch now", "video", "listen", "podcast", "live", "live updates", "live blog", "in pictures",
        "read more", "read also", "also read", "read next", "more", "related", "see also", "must read",
        "don't miss", "don’t miss", "opinion", "analysis", "explainer", "explained", "fact check", "in depth",
        "latest", "trending", "top story", "more on this story", "newsletter",
    ]

    /// `low`: the line, trimmed and lowercased; `words`: its word count.
    static func isTeaser(_ low: String, words: Int) -> Bool {
        guard words >= 3, words <= 30, let last = low.unicodeScalars.last, last != ".", last != "!", last != ";",
              let colon = low.firstIndex(of: ":") else { return false }
        let label = low[..<colon]
        guard label.count <= 20, labels.contains(String(label)) else { return false }
        // The headline after the label: at least two words.
        return low[low.index(after: colon)...].split(separator: " ").count >= 2
    }
}
