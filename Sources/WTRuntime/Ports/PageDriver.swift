import Foundation
import WTDiagnostics
import WTSyntax

/// The port through which a run acts on pages (CONVENTIONS.md #10): plain HTTP in `WTEngine`'s
/// `HTTPDriver`, Chromium later, and `FakeDriver` in tests. The interpreter never imports an adapter.
///
/// `scope` is the chain of `within` locators enclosing the step, outermost first; every locator is
/// looked up inside the last of them. Every method that waits takes a deadline and fails with a
/// `StepError` naming the locator and the time waited.
public protocol PageDriver: Sendable {
    /// What this driver can do; the interpreter refuses browser-only steps with a clear message otherwise.
    var capabilities: DriverCapabilities { get }

    func open(_ url: String, timeout: Duration) async throws(StepError)
    func back(timeout: Duration) async throws(StepError)
    func click(_ locator: ResolvedLocator, scope: [ResolvedLocator], timeout: Duration) async throws(StepError)
    func fill(_ locator: ResolvedLocator, value: String, scope: [ResolvedLocator], timeout: Duration)
        async throws(StepError)
    func select(_ locator: ResolvedLocator, by: SelectBy, value: String, scope: [ResolvedLocator], timeout: Duration)
        async throws(StepError)
    func setChecked(_ locator: ResolvedLocator, _ checked: Bool, scope: [ResolvedLocator], timeout: Duration)
        async throws(StepError)
    func press(_ key: String, on locator: ResolvedLocator?, scope: [ResolvedLocator], timeout: Duration)
        async throws(StepError)
    /// One screen down, or `to` an element.
    func scroll(to locator: ResolvedLocator?, scope: [ResolvedLocator], timeout: Duration) async throws(StepError)
    func download(_ locator: ResolvedLocator, scope: [ResolvedLocator], timeout: Duration) async throws(StepError)
        -> FileRef

    /// The current page as a document to read: extraction is the same code in every mode.
    func snapshot() async throws(StepError) -> any PageSnapshot

    /// A second page sharing this run's session (cookies), for `for each … concurrency N`.
    func fork() async throws(StepError) -> any PageDriver

    /// Releases what the driver holds (tabs, connections). Called once at the end of a run.
    func close() async
}

public struct DriverCapabilities: Sendable, Hashable {
    /// Scripts run and the page can change by itself, so `wait for`, scrolling and key presses mean something.
    public var isBrowser: Bool
    /// The name used in messages: "http" or "browser".
    public var modeName: String

    public init(isBrowser: Bool, modeName: String) {
        self.isBrowser = isBrowser
        self.modeName = modeName
    }
}

/// A page at one moment, read deterministically (the same HTML gives the same values in every mode).
public protocol PageSnapshot: Sendable {
    var url: String { get }
    var title: String { get }

    /// How many elements the locator matches (0 when none).
    func count(_ locator: ResolvedLocator, scope: [ResolvedLocator]) throws(StepError) -> Int
    /// One field (`text`, `urls`, `attr`, …), coerced to the field kind's type.
    func extract(_ field: FieldRequest, scope: [ResolvedLocator]) throws(StepError) -> Value
    /// One record per element matching `container`, fields read inside each.
    func records(_ container: ResolvedLocator, fields: [FieldRequest], scope: [ResolvedLocator])
        throws(StepError) -> [Value]
    /// Rows of the table, keyed by header cells matched to the column names.
    func table(_ locator: ResolvedLocator, columns: [TableColumn], scope: [ResolvedLocator]) throws(StepError)
        -> [Value]
    /// How many elements the locator matches that a person would see (see `PageSnapshot+Reading.swift` for
    /// the default, which counts every match).
    func visibleCount(_ locator: ResolvedLocator, scope: [ResolvedLocator]) throws(StepError) -> Int
    /// A form control's current value: an input's value, a textarea's text, a select's selected option.
    func formValue(_ locator: ResolvedLocator, scope: [ResolvedLocator]) throws(StepError) -> String?
    /// Reads a text as the `int` or `number` field kind does, for `then int` / `then number`.
    func read(_ text: String, as kind: FieldKind) throws(StepError) -> Value
    /// A short description of what the page has (title, headings, notable ids/classes), for failures that
    /// must say "what the page had instead".
    func summary() -> String
    /// The document as JSON, when the page is a JSON document (an API answer, a form that answered JSON),
    /// for `json "path"`; a `StepError` (`badResponse`) when it is not.
    func json() throws(StepError) -> JSONNode
}

extension PageSnapshot {
    /// Snapshots that only ever hold HTML.
    public func json() throws(StepError) -> JSONNode {
        throw StepError.notJSON(url)
    }
}

/// Evidence: drivers that can render the page return a PNG; plain HTTP has nothing to render.
public protocol ScreenshotTaking: Sendable {
    /// A PNG of the current viewport, or nil when the driver cannot render pages.
    func screenshot() async -> Data?
    /// A JPEG of the current viewport at most `maxWidth` pixels wide (scaled down when the viewport is
    /// wider), for reports that keep a picture per step; nil when the driver cannot render pages.
    func picture(maxWidth: Int, quality: Int) async -> Data?
}

extension ScreenshotTaking {
    /// Drivers without a cheaper picture have none.
    public func picture(maxWidth: Int, quality: Int) async -> Data? { nil }
}
