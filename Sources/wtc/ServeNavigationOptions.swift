import ArgumentParser
import WTRuntime

/// Which addresses the server's tasks may open (`NavigationGuard`). A server runs other people's tasks, so
/// it is stricter than a local run: this machine's own addresses are refused unless asked for, since a task
/// could otherwise reach the server's API, its metrics or a database listening on loopback.
struct ServeNavigationOptions: ParsableArguments {
    @Flag(
        name: .long,
        help: """
            Let tasks open pages on this machine (127.0.0.1, ::1, localhost): for local use and tests. Off by \
            default, since a task could otherwise reach the server's own ports and other local services.
            """)
    var allowLoopback = false

    @Flag(
        name: .long,
        help: "Refuse private networks too (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7); allowed by default.")
    var refusePrivateNetworks = false

    @Option(
        name: .long,
        help: """
            An exception to the refusals, repeatable: a scheme with its colon (file:) or a host (10.1.2.3, \
            intranet.local). Link-local and cloud metadata addresses are refused unless listed here.
            """)
    var allowNavigation: [String] = []

    /// The guard every task of this server runs under.
    var navigationGuard: NavigationGuard {
        var rule = NavigationGuard(allowing: allowNavigation.compactMap(NavigationGuard.allowance))
        rule.allowsLoopback = allowLoopback
        rule.allowsPrivateNetworks = !refusePrivateNetworks
        return rule
    }
}
