import WTDiagnostics

/// The navigation guard's sentences (id `run.navigation-refused`): what was refused, why, and how to allow it.
enum NavigationMessages {
    static let refusedID = "run.navigation-refused"

    static func refused(_ url: String, _ why: String) -> String { "cannot open '\(url)': \(why)" }

    /// The diagnostic of an `open` step the guard refused.
    static func stepRefused(_ step: String, _ refusal: NavigationRefusal) -> DiagnosticMessage {
        .init(refusedID, .error, "\(step): refused by the navigation guard: \(refusal.why)")
    }

    /// The diagnostic of a step that would read a page the guard refuses, reached without `open`.
    static func landedRefused(_ step: String, _ refusal: NavigationRefusal) -> DiagnosticMessage {
        .init(
            refusedID, .error,
            "\(step): the page is at '\(refusal.url)', which the navigation guard refuses (a redirect or a link "
                + "led there), so it is not read: \(refusal.why)")
    }

    static func why(_ reason: NavigationRefusal.Reason) -> String {
        switch reason {
        case .malformed:
            "it is not an absolute URL with a scheme and a host"
        case .scheme(let scheme):
            "\(scheme): addresses are refused; only http: and https: (and about:blank) may be opened"
        case .linkLocal(let host):
            "\(host) is a link-local address, which pages and tasks may not reach"
        case .metadata(let host):
            "\(host) is a cloud metadata endpoint, which holds the machine's credentials"
        case .loopback(let host):
            "\(host) is this machine (loopback), which this server does not let tasks reach"
        case .privateNetwork(let host):
            "\(host) is on a private network, which this server does not let tasks reach"
        }
    }

    static func help(_ reason: NavigationRefusal.Reason) -> String {
        switch reason {
        case .malformed:
            "write the full address, e.g. https://example.com/page"
        case .scheme(let scheme):
            "if this run really must open \(scheme): addresses, add '\(scheme):' to the navigation allow list"
        case .linkLocal(let host), .metadata(let host):
            "if this run really must reach it, add '\(host)' to the navigation allow list"
        case .loopback:
            "start wtc serve with --allow-loopback to let tasks open pages on this machine (local use and tests)"
        case .privateNetwork(let host):
            "start wtc serve without --refuse-private-networks, or add '\(host)' to its navigation allow list"
        }
    }
}
