import Testing
import WTRuntime

/// The guard's two switches for a server: this machine's addresses and private networks, each refused only
/// when turned off, whatever way the host is written.
@Suite("The navigation guard's loopback and private-network switches")
struct NavigationGuardNetworkTests {
    static var strict: NavigationGuard {
        var rule = NavigationGuard.standard
        rule.allowsLoopback = false
        rule.allowsPrivateNetworks = false
        return rule
    }

    @Test(
        "loopback is refused when turned off, in every spelling",
        arguments: [
            ("http://127.0.0.1:8080/", "127.0.0.1"), ("http://127.1/", "127.0.0.1"),
            ("http://2130706433/", "127.0.0.1"),
            ("http://0.0.0.0:5432/", "0.0.0.0"), ("http://[::1]/", "0:0:0:0:0:0:0:1"),
            ("http://[::ffff:127.0.0.2]/", "127.0.0.2"), ("http://localhost/", "localhost"),
            ("http://LOCALHOST./", "localhost"), ("http://api.localhost/", "api.localhost"),
        ])
    func loopback(url: String, host: String) throws {
        let refusal = try #require(Self.strict.refusal(for: url))
        #expect(refusal.reason == .loopback(host))
        #expect(refusal.help.contains("--allow-loopback"))
        #expect(Self.strict.refusal(forLanded: url) != nil, "a redirect to \(url) must not be read either")
    }

    @Test(
        "private networks are refused when turned off",
        arguments: [
            ("http://10.0.0.1/", "10.0.0.1"), ("http://172.16.5.4/", "172.16.5.4"),
            ("http://172.31.255.1/", "172.31.255.1"),
            ("http://192.168.1.1/", "192.168.1.1"), ("http://100.64.0.1/", "100.64.0.1"),
            ("http://[fd12:3456::1]/", "fd12:3456:0:0:0:0:0:1"), ("http://[fc00::2]/", "fc00:0:0:0:0:0:0:2"),
        ])
    func privateNetworks(url: String, host: String) throws {
        let refusal = try #require(Self.strict.refusal(for: url))
        #expect(refusal.reason == .privateNetwork(host))
    }

    @Test(
        "public neighbours of the private ranges pass",
        arguments: [
            "http://172.15.0.1/", "http://172.32.0.1/", "http://192.169.0.1/", "http://100.128.0.1/",
            "http://11.0.0.1/", "http://128.0.0.1/", "http://[fe00::1]/", "http://[2001:db8::1]/",
            "http://localhost.example.com/",
        ])
    func neighbours(url: String) {
        #expect(Self.strict.refusal(for: url) == nil)
    }

    @Test("the allow list still wins, and the standard guard allows both")
    func exceptions() {
        var rule = Self.strict
        rule.allowList = [.host("10.1.2.3")]
        #expect(rule.refusal(for: "http://10.1.2.3/") == nil)
        #expect(rule.refusal(for: "http://10.1.2.4/") != nil)
        #expect(NavigationGuard.standard.refusal(for: "http://10.1.2.4/") == nil)
        #expect(NavigationGuard.standard.refusal(for: "http://127.0.0.1/") == nil)
        #expect(rule.refusal(for: "http://169.254.169.254/") != nil, "metadata stays refused")
    }
}
