import Foundation
import Synchronization

/// A (program, site) pair shaped like the third-party pages programs meet in the wild: scraping sandboxes,
/// automation practice pages, agent benchmark tasks. The site has two states, so a program compiled from a
/// recording of the first state can be run on the second: a program that hard-codes one run's values, or
/// picks an element that only happened to agree in the recording, returns something else there.
///
/// Every page is served by a `LoopbackServer` on 127.0.0.1; the program's only parameter that points at
/// the site is `base_url`.
public struct RealisticSite: Sendable, CustomStringConvertible {
    /// A route whose answer depends on the site's state (`0` when recorded, `1` for the variant).
    public struct Route: Sendable {
        let method: String?
        let path: String
        let handler: @Sendable (LoopbackRequest, Int) -> LoopbackResponse

        /// A route for `path` (a trailing `*` matches a prefix) and `method` (any when `nil`).
        public init(
            _ path: String, method: String? = "GET",
            handler: @escaping @Sendable (LoopbackRequest, Int) -> LoopbackResponse
        ) {
            self.method = method
            self.path = path
            self.handler = handler
        }
    }

    /// A short, unique name: the pattern the pair exercises.
    public let name: String
    /// `http` or `browser`: how the hand-written program runs (browser pairs need Chromium).
    public let mode: String
    /// The hand-written program; its `base_url` parameter points at the site.
    public let program: String
    /// Extra `--param name=value` pairs the program needs besides `base_url`.
    public let parameters: [String: String]
    /// Parameters whose value differs on the later state (they replace `parameters`' there), as when a
    /// program is run again for another input.
    public let laterParameters: [String: String]
    /// A piece of the JSON the hand-written program prints on the later state: proof that the site and the
    /// program work together there, so a broken site cannot pass for a compiler gap.
    public let later: String
    let routes: [Route]

    /// A pair; `program` declares `param base_url: url`.
    public init(
        _ name: String, mode: String, later: String, parameters: [String: String] = [:],
        laterParameters: [String: String] = [:], program: String, routes: [Route]
    ) {
        self.laterParameters = laterParameters
        self.name = name
        self.later = later
        self.mode = mode
        self.parameters = parameters
        self.program = program
        self.routes = routes
    }

    /// The name, which is how a parameterised test shows the pair.
    public var description: String { name }

    /// A stopped server for this site whose pages show state `state.value` at the time of each request.
    public func server(state: SiteState) throws -> LoopbackServer {
        let loopbackRoutes = routes.map { route in
            LoopbackRoute(route.method, route.path) { request in route.handler(request, state.value) }
        }
        return try LoopbackServer(routes: loopbackRoutes)
    }
}

/// Which state a `RealisticSite` shows: `0` as recorded, `1` the variant. Shared with the server's threads.
public final class SiteState: Sendable {
    private let current = Atomic<Int>(0)

    /// The recorded state.
    public init() {}

    /// The state the next request sees.
    public var value: Int { current.load(ordering: .acquiring) }

    /// Switches every later request to `state`.
    public func show(_ state: Int) { current.store(state, ordering: .releasing) }
}

/// Every realistic (program, site) pair, in a stable order.
public enum RealisticSites {
    /// All pairs.
    public static var all: [RealisticSite] { tables + links + lookalikes + forms + scripts }

    /// The pair named `name`.
    public static func named(_ name: String) -> RealisticSite? { all.first { $0.name == name } }
}
