import Testing
@testable import Corpus

/// Transliteration variants of one name are one person; different names stay apart.
@Suite struct NameKeyTests {
    @Test(arguments: [
        ("Zelenskyy", "Zelensky"), ("Zelenskiy", "Zelensky"), ("Sergei", "Sergey"), ("Dmitriy", "Dmitry"),
        ("Dmitri", "Dmitry"), ("Erdoğan", "Erdogan"), ("Andriy Yermak", "Andrii Yermak"),
    ])
    func variantsShareAKey(a: String, b: String) {
        #expect(NameKey.name(a) == NameKey.name(b))
    }

    @Test(arguments: [("Lavrov", "Ryabkov"), ("Maria Zakharova", "Maria Zakharov"), ("Sergei Lavrov", "Sergei Ryabkov"), ("Ed", "Eddy")])
    func differentNamesDiffer(a: String, b: String) {
        #expect(NameKey.name(a) != NameKey.name(b))
    }

    @Test func oneActorAcrossDocumentsThatSpellTheNameDifferently() {
        let e = sharedExtractor.extract(texts: [
            ("a.txt", "Talks on troops\n\nUkrainian President Volodymyr Zelenskyy said on Monday that Kyiv would welcome a European force after a ceasefire.\n"),
            ("b.txt", "Guarantees first\n\nUkrainian President Volodymyr Zelensky said on Tuesday that guarantees must come before any deal.\n"),
        ])
        let people = e.actors.filter { $0.name.hasPrefix("Volodymyr Zelensk") }
        #expect(people.count == 1)
        #expect(people.first?.aliases.contains("Volodymyr Zelensky") == true)
        #expect(Set(e.claims.map(\.speakerID)).count == 1)
        #expect(e.claims.count == 2)
    }
}
