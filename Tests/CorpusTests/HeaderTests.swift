import Testing
@testable import Corpus

/// Page headers of the shapes news sites print: bylines, date lines, mastheads, slogans,
/// tag paths, paywalls, and link blocks inside the body. Inputs are written for these tests.
@Suite struct BylineTests {
    let outlets: Set<String> = ["CNN", "Reuters"]
    func parse(_ line: String) -> Byline? { Byline.parse(line, isOutlet: { outlets.contains($0) }) }

    @Test(arguments: [
        ("By Anna Berg", ["Anna Berg"], nil as String?),
        ("By Anna Berg and Tomasz Lis", ["Anna Berg", "Tomasz Lis"], nil),
        ("By Anna Berg, Li Wei and Omar Haddad, CNN", ["Anna Berg", "Li Wei", "Omar Haddad"], "CNN"),
        ("BY ANNA BERG AND TOMASZ LIS", ["ANNA BERG", "TOMASZ LIS"], nil),
        ("Anna Berg in Oslo and Tomasz Lis in Warsaw", ["Anna Berg", "Tomasz Lis"], nil),
        ("Omar Haddad   |02.03.2026 - Update : 02.03.2026", ["Omar Haddad"], nil),
        ("By Maria van der Berg", ["Maria van der Berg"], nil),
        ("Anna Berg · Reuters", ["Anna Berg"], "Reuters"),
        ("Tomasz Lis — Friday, 6 March 2026, 09:15", ["Tomasz Lis"], nil),
        ("by Olena Berg | January 20, 2026, 5:14 pm", ["Olena Berg"], nil),
        ("By Olena Berg — 20 January 2026", ["Olena Berg"], nil),
    ])
    func bylines(line: String, names: [String], outlet: String?) {
        let b = parse(line)
        #expect(b?.names == names)
        #expect(b?.trailingOutlet == outlet)
    }

    @Test func namesAloneBelowAHeadlineAreTheByline() {
        let b = Byline.parse("Lena Holm and Piotr Nowak", afterHeadline: true, isOutlet: { outlets.contains($0) })
        #expect(b?.names == ["Lena Holm", "Piotr Nowak"])
        // one name alone, or a line with other words, is still not a byline there
        #expect(Byline.parse("Lena Holm", afterHeadline: true, isOutlet: { outlets.contains($0) }) == nil)
        #expect(Byline.parse("Lena Holm and the ministry", afterHeadline: true, isOutlet: { outlets.contains($0) }) == nil)
    }

    @Test func aNameCommaRoleIsABylineAndADotNeedsAnOutletOrDate() {
        let b = parse("Anna Berg, Security Editor")
        #expect(b?.names == ["Anna Berg"])
        #expect(b?.role == "Security Editor")
        #expect(parse("Anna Berg · Oslo harbour") == nil)
        #expect(parse("Anna Berg, Tomasz Lis") == nil)
    }

    @Test func aNameWithItsRoleOnOneLine() {
        let b = parse("Anna Berg Security editor")
        #expect(b?.names == ["Anna Berg"])
        #expect(b?.role == "Security editor")
    }

    @Test(arguments: [
        "By contrast, the ministry said nothing.",
        "Macron in Paris and Merz in Berlin",           // one-word names: a sentence fragment
        "Anna Berg and Tomasz Lis",                    // no "By", no cities: could be anything
        "By Anna Berg, who covers defence",
        "Europe readies troops for Ukraine",
    ])
    func notBylines(line: String) {
        #expect(parse(line) == nil)
    }

    @Test func joinedAsTheBylineJoinsThem() {
        #expect(parse("By A Bee, C Dee and E Eff")?.joined == "A Bee, C Dee and E Eff")
        #expect(parse("By A Bee and C Dee")?.joined == "A Bee and C Dee")
    }
}

@Suite struct DatelineTests {
    func date(_ line: String) -> String? {
        let s = Array(line.unicodeScalars)
        return Dateline.date(s, 0, s.count)?.iso
    }

    @Test(arguments: [
        ("Published January 14 2026", "2026-01-14"),
        ("March 10, 2026 at 6:00 a.m. EDT", "2026-03-10"),
        ("Updated 9:42 AM EST, Tue March 3, 2026", "2026-03-03"),
        ("Thursday 15 January 2026 14:32, UK", "2026-01-15"),
        ("Published on 16/04/2026 - 19:05 GMT+2", "2026-04-16"),
        ("|14.04.2026 - Update : 14.04.2026", "2026-04-14"),
        ("04/16/2026", "2026-04-16"),                    // month first only when the day says so
    ])
    func dates(line: String, iso: String) {
        #expect(date(line) == iso)
    }

    @Test(arguments: [
        "Updated 2 hours ago",
        "March 2026",
        "The summit ended on March 3, 2026, after the leaders of the coalition met for a second long day of talks in Paris.",
    ])
    func notDates(line: String) {
        #expect(date(line) == nil)
    }
}

@Suite struct HeaderLayoutTests {
    let page = """
    Gazette Daily
    World
    Europe
    Nordic News Wire, Europe, Defence, Ukraine
    Only £1 for 4 weeks
    Nordic leaders offer troops for a Ukraine mission after a ceasefire
    The pledge came after two days of talks. Sweden wants a clear mandate first.
    By Anna Berg and Tomasz Lis
    Published March 4 2026

    OSLO - Nordic leaders said on Tuesday they were ready to send troops to a mission in Ukraine once a ceasefire held, as long as its mandate was clear.
    Read more:
    Who would command a Ukraine mission?
    Sweden's defence budget in five charts
    Swedish Prime Minister Ulf Kristersson said his country would take part only with a United Nations mandate, and that parliament would have to vote first.
    "We will not send soldiers on a promise," Kristersson said.
    Anna Berg is a Nordic correspondent. Tomasz Lis is the Gazette's defence editor.
    """

    @Test func titleBylineAndDateComeFromTheHeader() {
        let d = extract(page).documents[0]
        #expect(d.title == "Nordic leaders offer troops for a Ukraine mission after a ceasefire")
        #expect(d.author == "Anna Berg and Tomasz Lis")
        #expect(d.published == "2026-03-04")
        #expect(d.precision == .day)
    }

    @Test func bodyAfterAnInlineLinkBlockIsKept() {
        let e = extract(page)
        // the paragraph after "Read more:" and its two links still yields its claims
        #expect(e.claims.contains { $0.speakerName.contains("Kristersson") && $0.text.contains("United Nations mandate") })
        #expect(!e.claims.contains { $0.text.contains("five charts") })
    }

    @Test func eachBylineNameIsAPerson() {
        let e = extract(page)
        #expect(e.actor("anna-berg")?.type == .person)
        #expect(e.actor("tomasz-lis")?.type == .person)
        #expect(e.actor("anna-berg-and-tomasz-lis") == nil)
    }

    @Test func anAuthorLineAfterTheStandfirstDoesNotEndTheArticle() {
        let text = """
        Minister pledges engineers for a Ukraine mission
        The defence minister told parliament that engineers would join a mission, while critics asked who would pay for it.
        Lena Holm
        Defence correspondent @LenaHolmNews
        Tuesday 3 March 2026 10:15, UK

        Defence Minister Karin Dahl said on Tuesday that army engineers will join a multinational mission in Ukraine once a ceasefire is signed.
        "We will not stand aside," she said, adding that parliament would get a vote before any deployment.
        Opposition leader Piet Vos said the government had not explained how the engineers would be protected.
        """
        let e = extract(text)
        #expect(e.documents[0].author == "Lena Holm")
        #expect(e.claims.contains { $0.speakerName == "Piet Vos" })
        #expect(e.claims.contains { $0.speakerName == "Karin Dahl" && $0.text.contains("We will not stand aside") })
    }

    @Test func aSloganBeforeNavLabelsIsNoTitle() {
        let text = """
        Truth Comes Before Speed
        World
        Europe
        Kremlin rejects any foreign troops in Ukraine after a ceasefire
        By Omar Haddad
        March 5, 2026

        MOSCOW - The Kremlin said on Wednesday it would not accept foreign troops in Ukraine under any ceasefire arrangement, and warned against any deployment.
        """
        let d = extract(text).documents[0]
        #expect(d.title == "Kremlin rejects any foreign troops in Ukraine after a ceasefire")
        #expect(d.author == "Omar Haddad")
        #expect(d.published == "2026-03-05")
    }

    @Test func aWireDatelineNamesTheOutlet() {
        let text = """
        Finland ready to join a Ukraine force, president says

        HELSINKI, March 6 (Reuters) - Finland would join a European force in Ukraine after a ceasefire, President Alexander Stubb said on Friday, adding that the force needed American support.
        """
        #expect(extract(text).documents[0].outlet == "Reuters")
    }

    @Test func aTitleCaseHeadlineMayEndWithAPeriodAndCreditCaptionsAreNoTitle() {
        let text = """
        Skip to content
        Europe
        Europe Promised Kyiv a Force. It Is Still Counting the Soldiers.

        Troops of a Nordic brigade during an exercise in March.Credit...Anna Berg/Gazette
        By Omar Haddad and Li Wei

        A year after the coalition first met, its plan for troops in Ukraine has shrunk, officials said on Monday, and its members are still divided.
        """
        #expect(extract(text).documents[0].title == "Europe Promised Kyiv a Force. It Is Still Counting the Soldiers.")
    }

    @Test func withoutAByLineNavLabelsBeforeTheBodyAreNoTitle() {
        let text = """
        Nordic Wire
        Politics & Diplomacy
        Military Operation in Ukraine
        World
        Business & Economy

        Any Western contingent in Ukraine will be a target, minister says

        OSLO, April 7. Any military contingent of Western countries in Ukraine would be treated as a target, the minister said on Tuesday in a statement.
        """
        #expect(extract(text).documents[0].title == "Any Western contingent in Ukraine will be a target, minister says")
    }

    @Test func aLogoLinkIsTheMastheadAndABreadcrumbOrAnAgeNoticeIsNoTitle() {
        let text = """
        Skip to content
        Reuters home
        World
        Europe
        News|Ukraine peace talks
        This article is more than 2 years old
        Nordic ministers weigh a brigade for a Ukraine mission
        Lena Holm and Piotr Nowak
        5 min read

        Nordic defence ministers discussed on Monday whether to send a joint brigade to a future mission in Ukraine, three officials said, as talks on a ceasefire resumed.
        """
        let d = extract(text).documents[0]
        #expect(d.title == "Nordic ministers weigh a brigade for a Ukraine mission")
        #expect(d.outlet == "Reuters")
        #expect(d.author == "Lena Holm and Piotr Nowak")
    }

    @Test(arguments: [("News|Ukraine peace talks", true), ("Home › World › Europe", true),
                      ("Macron | Europe must be ready to send troops to Ukraine", false),
                      ("Nordic ministers weigh a brigade", false)])
    func breadcrumbs(line: String, isBreadcrumb: Bool) {
        #expect(Cleaner.isBreadcrumb(line) == isBreadcrumb)
    }
}

extension BylineTests {
    @Test func aNameBetweenTheTitleAndADateLineIsTheAuthor() {
        let e = extract("""
        Axios
        Newsletters
        Oslo offers convoy escorts for the Baltic toll dispute
        Hannah Voss
        Sep 29, 2026 - World
        Norway's government said on Monday that its navy would escort fishing convoys through the strait.
        """)
        #expect(e.documents.first?.author == "Hannah Voss")
    }

    @Test(arguments: [("sep 29, 2026 - world", true), ("14 april 2026, 18:42", true), ("world news", false), ("march of the allies", false)])
    func dateLines(line: String, isDate: Bool) {
        #expect(Cleaner.isDateLine(line) == isDate)
    }
}
