import Testing
@testable import Corpus

/// Accessibility and account links at the top of a saved page are furniture, never the title.
@Suite struct NavigationLineTests {
    @Test func skipLinksAndSignInAreNotTheTitle() {
        for nav in ["Skip to main content", "Skip to content", "Jump to content", "Sign in", "Log in"] {
            let page = """
            \(nav)
            Lisbon offers engineers for a Ukraine mission

            Portugal's defence minister said on Monday that the country would send military engineers to Ukraine after a ceasefire.
            """
            let d = extract(page).documents[0]
            #expect(d.title == "Lisbon offers engineers for a Ukraine mission", "after \(nav)")
        }
    }
}
