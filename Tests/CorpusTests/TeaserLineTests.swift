import Testing
@testable import Corpus

struct TeaserLineTests {
    @Test(arguments: [
        ("watch: zelensky says ukraine needs guarantees first", 7, true),
        ("read more: starmer says britain is ready to deploy", 9, true),
        ("related: kremlin says peacekeepers would be a 'legitimate target'", 9, true),
        ("live updates: russia says it will never accept western troops", 10, true),
        ("opinion: can europe defend ukraine on its own?", 8, true),
        // Prose: a sentence's full stop, or no known label before the colon.
        ("analysis: the plan, officials said, would take months.", 8, false),
        ("the minister said: troops would deploy within weeks", 8, false),
        ("warning: this is not a drill", 6, false),
        ("watch: trailer", 2, false),
    ] as [(String, Int, Bool)])
    func labelsBeforeAHeadline(line: String, words: Int, teaser: Bool) {
        #expect(TeaserLine.isTeaser(line, words: words) == teaser)
    }

    /// A made-up wire story with teaser lines and a block of related headlines in its body.
    private let article = """
    Baltic states press for air policing over Ukraine

    VILNIUS, June 2 (Wire) - Lithuanian Foreign Minister Kestutis Budrys said on Monday that the Baltic states would contribute aircraft to a European air policing mission over western Ukraine once a ceasefire took hold.

    Watch: Kallas says Europe cannot wait for Washington on Ukraine guarantees

    "We have the planes and the pilots, and we are ready," Budrys told reporters at a meeting of Nordic and Baltic ministers.

    Related stories
    Tusk says Poland will not send troops to Ukraine
    Kremlin says foreign jets over Ukraine would be an escalation

    Estonian Prime Minister Kristen Michal said the mission should be led by the European Union and backed by the United States, adding that planning had already begun in Brussels.

    READ MORE: Rutte says NATO allies are discussing Ukraine's air defence needs
    """

    @Test func teasersAndRelatedHeadlinesAreNotClaims() {
        let e = extract(article)
        // Only the two ministers speak: no claim from the teasers' or related headlines' "X says".
        #expect(Set(e.claims.map(\.speakerID)) == ["kestutis-budrys", "kristen-michal"])
        for headline in ["Europe cannot wait", "will not send troops", "would be an escalation", "air defence needs"] {
            #expect(!e.claims.contains { $0.sentence.contains(headline) }, "\(headline)")
        }
    }
}
