import Testing
import WTRuntime
import WTTestSupport

@Suite("The navigation guard")
struct NavigationGuardTests {
    @Test(
        "web addresses pass, loopback and private ones included",
        arguments: [
            "http://127.0.0.1:8080/quotes", "https://example.com/a?b=c#d", "http://localhost/", "http://10.1.2.3/",
            "http://192.168.0.7/admin", "http://[::1]:9000/", "http://[fd12:3456::1]/", "about:blank",
            "ABOUT:BLANK#top",
            "HTTPS://EXAMPLE.COM/", "http://169.255.0.1/", "http://metadata.example.com/",
        ])
    func passes(url: String) {
        #expect(NavigationGuard.standard.refusal(for: url) == nil)
    }

    @Test(
        "other schemes are refused, each named",
        arguments: [
            ("file:///etc/passwd", "file"), ("chrome://settings", "chrome"), ("about:config", "about"),
            ("about:blankety", "about"), ("data:text/html,<b>x</b>", "data"), ("javascript:alert(1)", "javascript"),
            ("ftp://host/f", "ftp"),
            ("view-source:http://example.com/", "view-source"), ("FILE:///etc/hosts", "file"),
        ])
    func refusesSchemes(url: String, scheme: String) throws {
        let refusal = try #require(NavigationGuard.standard.refusal(for: url))
        #expect(refusal.reason == .scheme(scheme))
        #expect(refusal.description == "cannot open '\(url)': \(refusal.why)")
        #expect(refusal.help.contains("'\(scheme):'"))
    }

    @Test(
        "link-local addresses are refused, however the host is written",
        arguments: [
            ("http://169.254.1.2/", "169.254.1.2"), ("http://[fe80::1]/", "fe80:0:0:0:0:0:0:1"),
            ("http://[FEBF::abcd]:81/", "febf:0:0:0:0:0:0:abcd"), ("http://[::ffff:169.254.3.4]/", "169.254.3.4"),
            ("http://169.254.258/", "169.254.1.2"),
        ])
    func refusesLinkLocal(url: String, host: String) throws {
        let refusal = try #require(NavigationGuard.standard.refusal(for: url))
        #expect(refusal.reason == .linkLocal(host))
    }

    @Test(
        "cloud metadata endpoints are refused in every spelling",
        arguments: [
            ("http://169.254.169.254/latest/meta-data/", "169.254.169.254"),
            ("http://2852039166/", "169.254.169.254"), ("http://0xa9fea9fe/", "169.254.169.254"),
            ("http://0251.0376.0251.0376/", "169.254.169.254"), ("http://169.254.43518/", "169.254.169.254"),
            ("http://%31%36%39.254.169.254/", "169.254.169.254"),
            ("http://user@169.254.169.254/", "169.254.169.254"),
            ("http://[fd00:ec2::254]/", "fd00:ec2:0:0:0:0:0:254"), ("http://metadata/", "metadata"),
            ("http://metadata.google.internal/computeMetadata/v1/", "metadata.google.internal"),
            ("http://Metadata.Google.Internal./", "metadata.google.internal"),
            ("http://100.100.100.200/latest/", "100.100.100.200"),
        ])
    func refusesMetadata(url: String, host: String) throws {
        let refusal = try #require(NavigationGuard.standard.refusal(for: url))
        #expect(refusal.reason == .metadata(host))
        #expect(refusal.help.contains("'\(host)'"))
    }

    @Test(
        "text that is not an absolute address is refused as malformed",
        arguments: ["", "not a url", "/relative/path", "http://", "http://999.1.1.1/", "http://[fe80::zz]/"])
    func refusesMalformed(url: String) {
        #expect(NavigationGuard.standard.refusal(for: url)?.reason == .malformed)
    }

    @Test("an allow list lets a named scheme or host through, and only those")
    func allowList() throws {
        let entries = ["file:", "169.254.169.254", " Metadata "].compactMap(NavigationGuard.allowance)
        #expect(entries == [.scheme("file"), .host("169.254.169.254"), .host("metadata")])
        let navigation = NavigationGuard(allowing: entries)
        #expect(navigation.refusal(for: "file:///tmp/page.html") == nil)
        // The allowed address is matched however it is spelled.
        #expect(navigation.refusal(for: "http://2852039166/") == nil)
        #expect(navigation.refusal(for: "http://metadata/") == nil)
        #expect(navigation.refusal(for: "http://169.254.1.1/")?.reason == .linkLocal("169.254.1.1"))
        #expect(navigation.refusal(for: "chrome://version")?.reason == .scheme("chrome"))
        #expect(NavigationGuard.allowance("  ") == nil)
    }

    @Test("a guard that is off lets everything through")
    func off() {
        #expect(NavigationGuard.off.refusal(for: "file:///etc/passwd") == nil)
        #expect(NavigationGuard.off.refusal(for: "http://169.254.169.254/") == nil)
    }

    @Test("open refuses a guarded address at the step, before the driver is asked")
    func openRefused() async throws {
        var harness = Harness([FakePage("http://fake.test/", title: "Start")])
        let failure = try await harness.fail(
            """
            program "metadata"

            open "http://fake.test/"
            open "http://169.254.169.254/latest/meta-data/"
            """)
        #expect(failure.id == "run.navigation-refused")
        #expect(failure.kind == .stepFailed)
        #expect(
            failure.diagnostic.text
                == #"open "http://169.254.169.254/latest/meta-data/": refused by the navigation guard: "#
                + "169.254.169.254 is a cloud metadata endpoint, which holds the machine's credentials")
        #expect(
            failure.diagnostic.help
                == "if this run really must reach it, add '169.254.169.254' to the navigation allow list")
        #expect(failure.line == 4)
        #expect(!harness.site.log.contains { $0.contains("169.254") })
    }

    @Test("a relative address is checked after it is resolved, and an allowed one is opened")
    func openAllowed() async throws {
        let pages = [FakePage("http://169.254.1.1/", title: "Device"), FakePage("http://169.254.1.1/b", title: "B")]
        var harness = Harness(pages)
        harness.navigationGuard = NavigationGuard(allowing: [.host("169.254.1.1")])
        _ = try await harness.succeed(
            """
            program "device"

            open "http://169.254.1.1/"
            open "b"
            """)
        #expect(harness.site.log.prefix(2) == ["open http://169.254.1.1/", "open http://169.254.1.1/b"])
        harness.navigationGuard = nil
        let failure = try await harness.fail(
            """
            program "device"

            open "http://169.254.1.1/"
            """)
        #expect(failure.id == "run.navigation-refused")
    }
}

@Suite("The navigation guard on pages reached without open")
struct NavigationGuardLandingTests {
    static let start = FakePage(
        "http://fake.test/", title: "Start", elements: ["a.meta": [.link("Metadata", href: "http://169.254.169.254/")]])
    static let metadata = FakePage(
        "http://169.254.169.254/", title: "Metadata", elements: ["pre": [FakeElement("AKIA-secret-key")]])

    @Test("a page a click led to on a refused address is not read")
    func clickedThere() async throws {
        var harness = Harness([Self.start, Self.metadata])
        let failure = try await harness.fail(
            """
            program "follow"

            output key: string

            open "http://fake.test/"
            click "a.meta"
            extract key = text "pre"
            """)
        #expect(failure.id == "run.navigation-refused")
        #expect(
            failure.message
                == #"extract key = text "pre": the page is at 'http://169.254.169.254/', which the navigation guard "#
                + "refuses (a redirect or a link led there), so it is not read: 169.254.169.254 is a cloud metadata "
                + "endpoint, which holds the machine's credentials")
        #expect(failure.line == 7)
        #expect(!failure.description.contains("AKIA"))
    }

    @Test("with the address allowed, or the guard off, the page is read")
    func allowed() async throws {
        for navigationGuard in [NavigationGuard(allowing: [.host("169.254.169.254")]), .off] {
            var harness = Harness([Self.start, Self.metadata])
            harness.navigationGuard = navigationGuard
            let result = try await harness.succeed(
                """
                program "follow"

                output key: string

                open "http://fake.test/"
                click "a.meta"
                extract key = text "pre"
                """)
            #expect(result[output: "key"] == .string("AKIA-secret-key"))
        }
    }

    @Test("a page the browser shows under another scheme is read as before")
    func otherSchemes() {
        #expect(NavigationGuard.standard.refusal(forLanded: "chrome-error://chromewebdata/") == nil)
        #expect(NavigationGuard.standard.refusal(forLanded: "about:srcdoc") == nil)
        #expect(
            NavigationGuard.standard.refusal(forLanded: "http://[fe80::2]/")?.reason == .linkLocal("fe80:0:0:0:0:0:0:2")
        )
    }
}
