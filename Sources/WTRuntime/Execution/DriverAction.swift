import WTSyntax

/// One call on the driver that may change the page; the interpreter drops its snapshot around each.
enum DriverAction: Sendable {
    case open(String)
    case back
    case click(ResolvedLocator)
    case fill(ResolvedLocator, String)
    case select(ResolvedLocator, SelectBy, String)
    case setChecked(ResolvedLocator, Bool)
    case press(String, ResolvedLocator?)
    case scroll(ResolvedLocator?)

    func perform(on driver: any PageDriver, scope: [ResolvedLocator], timeout: Duration) async throws(StepError) {
        switch self {
        case .open(let url): try await driver.open(url, timeout: timeout)
        case .back: try await driver.back(timeout: timeout)
        case .click(let locator): try await driver.click(locator, scope: scope, timeout: timeout)
        case .fill(let locator, let value): try await driver.fill(locator, value: value, scope: scope, timeout: timeout)
        case .select(let locator, let by, let value):
            try await driver.select(locator, by: by, value: value, scope: scope, timeout: timeout)
        case .setChecked(let locator, let checked):
            try await driver.setChecked(locator, checked, scope: scope, timeout: timeout)
        case .press(let key, let locator): try await driver.press(key, on: locator, scope: scope, timeout: timeout)
        case .scroll(let locator): try await driver.scroll(to: locator, scope: scope, timeout: timeout)
        }
    }

    /// `open` leaves the old page showing when it fails, so the failure must not describe that page.
    var describesCurrentPage: Bool {
        if case .open = self { return false }
        return true
    }
}
