/// How to run a program: its parameter values, who watches, and the limits every wait uses.
public struct RunOptions: Sendable {
    /// Values by parameter name, usually from `Parameters.parse`. Absent parameters take their defaults;
    /// given ones are converted to the declared type (a `.string` is parsed like a `--param` value).
    public var parameters: [String: Value]
    /// Told about every finished step.
    public var observer: (any RunObserver)?
    /// The deadline of a step without its own `timeout` (and of `open` and `back`, which have none).
    public var defaultTimeout: Duration = .seconds(10)
    /// Measures deadlines, polls and step durations. Tests pass a clock whose `sleep` returns at once.
    public var clock: any Clock<Duration> = ContinuousClock()
    /// How often `wait for` and `scroll until` look at the page again.
    public var pollInterval: Duration = .milliseconds(100)
    /// After each scroll of `scroll until`, how long at most to wait for the page to grow (or the condition to
    /// hold) before deciding that nothing more will load. It is a wait for a condition with a deadline, not a
    /// sleep, and it ends earlier when the page is quiet (`scrollQuietWindow`).
    public var scrollSettleTimeout: Duration = .seconds(2)
    /// With a driver that can tell (`PageQuiet`), the settle ends before `scrollSettleTimeout` once the page
    /// has been quiet this long: no request it started after the scroll still loading, and no request and no
    /// change to its document within the window. Longer than a page's usual reaction to a scroll (a frame, a
    /// debounce), shorter than a settle; a request that is slow to answer keeps the settle going.
    public var scrollQuietWindow: Duration = .milliseconds(250)
    /// Pages open at once for `for each … concurrency K`, across nested loops: a loop that asks for more
    /// gets what is left, and a loop that gets fewer than two runs its iterations one by one on its own page.
    public var maxForks: Int = Self.defaultMaxForks
    /// `maxForks` unless a caller raises it (`wtc exec --max-pages`).
    public static let defaultMaxForks = 8
    /// Which addresses `open` may load; on by default (http/https only, no link-local or cloud metadata
    /// addresses). A refused `open` fails with `run.navigation-refused` before the driver is asked.
    public var navigationGuard: NavigationGuard = .standard
    /// The values outputs start with, by name, instead of empty: a program resumed where another left off
    /// (a repair's remaining steps) continues from what was read before it.
    public var initialOutputs: [String: Value] = [:]

    public init(
        parameters: [String: Value] = [:], observer: (any RunObserver)? = nil,
        defaultTimeout: Duration = .seconds(10), clock: any Clock<Duration> = ContinuousClock()
    ) {
        self.parameters = parameters
        self.observer = observer
        self.defaultTimeout = defaultTimeout
        self.clock = clock
    }
}
