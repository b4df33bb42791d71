import Corpus

/// The extractor runs at start-up and on SIGHUP over whatever text an operator puts in the
/// seeds folder: it must never crash, and every claim and event it reports must point at its
/// own text (`text` is exactly the served document's scalars `start..<end`), which is what
/// the API's spans promise. The input is decoded as UTF-8 with repair, as a valid file is.
let extractor = try! Extractor()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtract(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let extraction = extractor.extract(texts: [(file: "fuzz.txt", text: text)])
    for document in extraction.documents {
        let scalars = Array(document.text.unicodeScalars)
        func check(_ what: String, _ start: Int, _ end: Int, _ expected: String) {
            guard 0 <= start, start <= end, end <= scalars.count else {
                fatalError("\(what) span \(start)..<\(end) outside a text of \(scalars.count) scalars")
            }
            var found = String.UnicodeScalarView()
            found.append(contentsOf: scalars[start..<end])
            guard String(found) == expected else {
                fatalError("\(what) text \(expected.debugDescription) is not its span \(String(found).debugDescription)")
            }
        }
        for claim in extraction.claims where claim.documentID == document.id {
            check("claim", claim.start, claim.end, claim.text)
        }
        for event in extraction.events where event.documentID == document.id {
            check("event", event.start, event.end, event.text)
        }
    }
    return 0
}
