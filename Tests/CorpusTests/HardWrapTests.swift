import Testing
@testable import Corpus

/// A made-up article, one paragraph per line.
private let flowed = """
Home | World | Europe
Nordic ministers weigh a ceasefire monitoring mission

By Ingrid Solheim

OSLO, March 4 (Wire) - Norway's Defence Minister Tore Sandvik said on Tuesday that his country was ready to send engineers and medics to a ceasefire monitoring mission in Ukraine, provided that the United States kept supplying air defence and intelligence.

"We will not send soldiers into a war, but we are prepared to help keep a peace once there is one," Sandvik told reporters after a meeting with his Danish and Swedish counterparts in the capital.

Danish Foreign Minister Lars Lokke Rasmussen said Copenhagen would decide on its own contribution only after the terms of a ceasefire were known, and warned that a mission without clear rules of engagement would put monitors at risk.

Kremlin spokesman Dmitry Peskov dismissed the idea, saying that any foreign troops on Ukrainian soil, whatever they were called, would be unacceptable to Moscow.

Swedish officials said privately that Stockholm preferred a mission led by the European Union rather than by individual governments, and that planning should start at once so that monitors could deploy within weeks of a truce.

Sandvik added that Norway had set aside funds for up to 300 personnel for an initial period of six months, and that parliament would be asked to approve the plan before the summer recess.

Reporting by Ingrid Solheim; Editing by Paul Hart
"""

/// What `fmt -w width` does: each paragraph's words packed into lines of at most `width`.
private func wrapped(_ text: String, width: Int, lineEnd: String = "\n") -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
        guard line.count > width else { return String(line) }
        var lines: [String] = []
        var current = ""
        for word in line.split(separator: " ") {
            if current.isEmpty { current = String(word) } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        lines.append(current)
        return lines.joined(separator: lineEnd)
    }.joined(separator: lineEnd)
}

struct HardWrapTests {
    @Test(arguments: [50, 64, 72, 80])
    func aWrappedArticleIsReflowedIntoItsParagraphs(width: Int) {
        let text = wrapped(flowed, width: width)
        #expect(text != flowed)
        let back = HardWrap.reflowed(text)
        #expect(back.unicodeScalars.count == text.unicodeScalars.count)
        #expect(back.utf8.count == text.utf8.count)
        // Each paragraph is one line again, up to the spaces where the breaks were.
        let lines = back.split(separator: "\n", omittingEmptySubsequences: false)
        let original = flowed.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == original.count)
        for (got, want) in zip(lines, original) {
            #expect(got.split(separator: " ") == want.split(separator: " "))
        }
    }

    @Test func crlfBreaksBecomeTwoSpaces() {
        let text = wrapped(flowed, width: 70, lineEnd: "\r\n")
        let back = HardWrap.reflowed(text)
        #expect(back.utf8.count == text.utf8.count)
        #expect(back.contains("Tuesday that his country") || back.contains("Tuesday  that"))
        #expect(back.split(separator: "\r\n", omittingEmptySubsequences: false).count
                == flowed.split(separator: "\n", omittingEmptySubsequences: false).count)
    }

    @Test func aParagraphPerLineArticleIsLeftAlone() {
        #expect(HardWrap.reflowed(flowed) == flowed)
    }

    @Test func shortLinesAreNotJoined() {
        // A list of short items and a headline: every next word would have fitted.
        let list = (1...20).map { "Item \($0): troops" }.joined(separator: "\n")
        #expect(HardWrap.reflowed(list) == list)
        let menu = "Home\nWorld\nEurope\nUkraine\nPolitics\nBusiness\nOpinion\nSport\nCulture\nTravel\nVideo\nPodcasts\n"
        #expect(HardWrap.reflowed(menu) == menu)
    }

    @Test(arguments: [60, 72, 80])
    func claimsFromAWrappedArticleMatchTheFlowedOnes(width: Int) {
        let text = wrapped(flowed, width: width)
        let plain = extract(flowed)
        let fromWrapped = extract(text)
        let squash = { (s: String) in s.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ") }
        #expect(!plain.claims.isEmpty)
        #expect(fromWrapped.claims.map { "\($0.speakerID)|\(squash($0.text))" } == plain.claims.map { "\($0.speakerID)|\(squash($0.text))" })
        // Offsets point into the served text, which has the file's length.
        let doc = fromWrapped.documents[0]
        #expect(doc.text.unicodeScalars.count == text.unicodeScalars.count)
        for c in fromWrapped.claims {
            #expect(scalarsSlice(doc.text, c.start, c.end) == c.text)
        }
    }
}
