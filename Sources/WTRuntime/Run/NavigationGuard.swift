import Foundation

/// Decides which addresses a run may load: the interpreter's `open` asks it before every navigation, and
/// the agent's `navigate` and the task pre-checks ask the same guard, so a program and the model that
/// wrote it obey one rule.
///
/// Only `http:` and `https:` (and `about:blank`) pass. Link-local addresses (169.254.0.0/16, fe80::/10)
/// and cloud metadata endpoints (169.254.169.254, fd00:ec2::254, 100.100.100.200, `metadata`,
/// `metadata.google.internal`) are refused, since a page or a task could use them to read the machine's
/// credentials. Loopback and private addresses pass by default — wtc is self-hosted, and local runs and
/// tests open pages on this machine and on intranets — and each can be refused: `wtc serve` refuses
/// loopback unless started with `--allow-loopback` (a task must not reach the server's own ports), and
/// private networks with `--refuse-private-networks`. Hosts are compared the way a browser reads them, so `http://2852039166/` and
/// `http://0xa9.254.0251.254/` are 169.254.169.254 too.
///
/// The guard checks the address as written; it does not resolve names, so a public name whose DNS
/// answer is a link-local address is not caught here (that needs a resolver-level rule). A redirect or a
/// click that lands on a refused address is not stopped before the request, but the page is not read:
/// the interpreter checks where it landed (`refusal(forLanded:)`) before any step reads the page.
public struct NavigationGuard: Sendable, Hashable {
    /// One exception to the refusals.
    public enum Allowance: Sendable, Hashable {
        /// A scheme other than http/https, lowercased and without the colon (`file`, `data`).
        case scheme(String)
        /// A host, compared after normalisation (`169.254.169.254` also allows `http://2852039166/`).
        case host(String)
    }

    /// When false, every address passes (the guard is off).
    public var isEnabled: Bool
    /// Exceptions, checked before the refusals.
    public var allowList: [Allowance]
    /// Whether this machine's addresses (127.0.0.0/8, ::1, `localhost`, …) may be opened.
    public var allowsLoopback = true
    /// Whether private networks (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7) may be opened.
    public var allowsPrivateNetworks = true

    /// The default: on, no exceptions.
    public static let standard = NavigationGuard()
    /// Lets everything through; for callers that sandbox the browser another way.
    public static let off = NavigationGuard(isEnabled: false)

    /// A guard with `allowList` as exceptions.
    public init(allowing allowList: [Allowance] = [], isEnabled: Bool = true) {
        self.allowList = allowList
        self.isEnabled = isEnabled
    }

    /// An allow-list entry as a user writes it: `file:` (a scheme, with its colon) or a host
    /// (`169.254.169.254`, `[fe80::1]`, `metadata`). Nil for empty text.
    public static func allowance(_ text: String) -> Allowance? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !trimmed.isEmpty else { return nil }
        if trimmed.hasSuffix(":"), !trimmed.dropLast().contains(":") { return .scheme(String(trimmed.dropLast())) }
        return .host(trimmed)
    }

    /// Nil when `url` may be loaded, else why not and how to allow it.
    public func refusal(for url: String) -> NavigationRefusal? {
        guard isEnabled else { return nil }
        guard let parsed = URL(string: url), let scheme = parsed.scheme?.lowercased() else {
            return NavigationRefusal(url: url, reason: .malformed)
        }
        if scheme == "about", Self.isBlank(parsed.absoluteString) { return nil }
        guard scheme == "http" || scheme == "https" else {
            return allowList.contains(.scheme(scheme)) ? nil : NavigationRefusal(url: url, reason: .scheme(scheme))
        }
        guard let rawHost = parsed.host(percentEncoded: false), !rawHost.isEmpty,
            let host = HostAddress(rawHost)
        else {
            return NavigationRefusal(url: url, reason: .malformed)
        }
        guard let reason = refusalReason(host), !isAllowed(host) else { return nil }
        return NavigationRefusal(url: url, reason: reason)
    }

    /// Nil when a page the run has landed on (after a redirect, a click or the page's own script) may be
    /// read, else why not. Only the address counts here: the browser already decided which schemes a page
    /// may reach, and its own error pages have schemes of their own.
    public func refusal(forLanded url: String) -> NavigationRefusal? {
        guard let refusal = refusal(for: url) else { return nil }
        switch refusal.reason {
        case .linkLocal, .metadata, .loopback, .privateNetwork: return refusal
        case .malformed, .scheme: return nil
        }
    }

    /// `about:blank`, with or without a query or fragment, in any case.
    private static func isBlank(_ url: String) -> Bool {
        url.lowercased().split(whereSeparator: { $0 == "?" || $0 == "#" }).first == "about:blank"
    }

    private func refusalReason(_ host: HostAddress) -> NavigationRefusal.Reason? {
        switch host.kind {
        case .metadata: .metadata(host.display)
        case .linkLocal: .linkLocal(host.display)
        case .loopback: allowsLoopback ? nil : .loopback(host.display)
        case .privateNetwork: allowsPrivateNetworks ? nil : .privateNetwork(host.display)
        case nil: nil
        }
    }

    private func isAllowed(_ host: HostAddress) -> Bool {
        allowList.contains { allowance in
            guard case .host(let text) = allowance else { return false }
            return HostAddress(text) == host
        }
    }
}

/// Why the navigation guard refused an address, with the sentences that say so and how to allow it.
public struct NavigationRefusal: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was wrong with the address.
    public enum Reason: Sendable, Hashable {
        /// Not a URL with a scheme and (for http/https) a host.
        case malformed
        /// A scheme other than http/https (`file`, `chrome`, `data`, `javascript`, `about` other than blank).
        case scheme(String)
        /// A link-local address (169.254.0.0/16, fe80::/10), as normalised.
        case linkLocal(String)
        /// A cloud metadata endpoint, as normalised.
        case metadata(String)
        /// This machine's address, when the guard refuses loopback.
        case loopback(String)
        /// A private network's address, when the guard refuses them.
        case privateNetwork(String)
    }

    /// The address as given.
    public let url: String
    public let reason: Reason

    public init(url: String, reason: Reason) {
        self.url = url
        self.reason = reason
    }

    /// Why, in a sentence that starts lowercase (`file: addresses are refused …`).
    public var why: String { NavigationMessages.why(reason) }
    /// How to allow it, or what to do instead.
    public var help: String { NavigationMessages.help(reason) }
    /// `cannot open 'file:///etc/passwd': … `.
    public var description: String { NavigationMessages.refused(url, why) }
}
