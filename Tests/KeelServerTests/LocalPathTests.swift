@testable import KeelServer
import Testing

/// After sign-in (and a language switch) Keel follows only paths on its own site.
@Suite struct LocalPathTests {
    @Test(arguments: ["/", "/organization", "/people/3f2c?tab=history", "/competence/cycles/1/heatmap?rows=team"])
    func pathsOnTheSiteAreFollowed(_ path: String) {
        #expect(SessionPagesController.localPath(path) == path)
    }

    @Test(arguments: [
        "https://evil.example", "//evil.example", "/\t/evil.example", "/\n/evil.example", "/\r/evil.example",
        "/\\evil.example", "\\/evil.example", "/ /evil.example", "javascript:alert(1)", "evil.example",
        "/\u{0}/evil.example", "/\u{7F}x", "/login?next=/", "",
    ])
    func anythingThatCouldLeaveTheSiteIsRefused(_ path: String) {
        #expect(SessionPagesController.localPath(path) == nil)
    }
}
