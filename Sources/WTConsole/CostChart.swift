import Foundation
import WTReport

/// The cost curve of a reuse key: AI dollars per run, oldest run first, as an inline SVG with a title, both
/// axes, tick labels, a line through the runs and a dot per run. Runs are spaced evenly along the x axis
/// (their dates are the tick labels) so a burst of runs on one day stays readable. Built with `HTMLNode`, which escapes
/// every label.
struct CostChart: Sendable {
    /// One run on the chart.
    struct Run: Sendable, Hashable {
        var webTaskId: String
        var at: Date
        var aiUsd: Double
    }

    /// Where a run's dot is drawn, in SVG units.
    struct Point: Sendable, Hashable {
        var x: Double
        var y: Double
    }

    static let width = 640.0
    static let height = 260.0
    static let left = 64.0
    static let right = 48.0
    static let top = 36.0
    static let bottom = 44.0

    var runs: [Run]

    /// The top of the y axis: the largest cost rounded up to a "nice" value, at least one cent.
    var yMax: Double {
        let largest = max(runs.map(\.aiUsd).max() ?? 0, 0.01)
        let magnitude = pow(10, floor(log10(largest)))
        for step in [1.0, 2, 2.5, 5, 10] where step * magnitude >= largest { return step * magnitude }
        return 10 * magnitude
    }

    /// The dots' positions, one per run, in order.
    var points: [Point] {
        let plotWidth = Self.width - Self.left - Self.right
        let plotHeight = Self.height - Self.top - Self.bottom
        let top = yMax
        return runs.enumerated().map { index, run in
            let fraction = runs.count == 1 ? 0.5 : Double(index) / Double(runs.count - 1)
            let x = Self.left + fraction * plotWidth
            let y = Self.top + plotHeight * (1 - min(max(run.aiUsd, 0), top) / top)
            return Point(x: Self.round(x), y: Self.round(y))
        }
    }

    /// The chart as an `<svg>` element.
    func svg(title: String) -> String {
        let label = "\(title): \(runs.count) runs, " + runs.map { Self.dollars($0.aiUsd) }.joined(separator: ", ")
        let children: [HTMLNode] =
            [Self.el("title", [], [.text(title)]), heading(title)] + axes() + yTicks() + xTicks() + series()
        return Self.el(
            "svg",
            [
                ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(Int(Self.width)) \(Int(Self.height))"),
                ("role", "img"), ("aria-label", label), ("class", "chart cost-chart"),
            ], children
        ).render()
    }

    private func heading(_ title: String) -> HTMLNode {
        Self.el(
            "text", [("x", "\(Self.width / 2)"), ("y", "14"), ("text-anchor", "middle"), ("class", "chart-title")],
            [.text(title)])
    }

    private func axes() -> [HTMLNode] {
        let baseline = Self.height - Self.bottom
        return [
            line(Self.left, Self.top, Self.left, baseline, "axis"),
            line(Self.left, baseline, Self.width - Self.right, baseline, "axis"),
            Self.el(
                "text", [("x", "0"), ("y", "\(Self.top - 12)"), ("class", "axis-label")], [.text("AI $ per run")]),
        ]
    }

    private func yTicks() -> [HTMLNode] {
        let plotHeight = Self.height - Self.top - Self.bottom
        return [0.0, 0.5, 1.0].flatMap { fraction -> [HTMLNode] in
            let y = Self.round(Self.top + plotHeight * (1 - fraction))
            return [
                line(Self.left - 4, y, Self.width - Self.right, y, fraction == 0 ? "tick" : "grid"),
                Self.el(
                    "text", [("x", "\(Self.left - 8)"), ("y", "\(y + 4)"), ("class", "tick-label y")],
                    [.text(Self.dollars(yMax * fraction))]),
            ]
        }
    }

    private func xTicks() -> [HTMLNode] {
        let baseline = Self.height - Self.bottom
        let format = Date.FormatStyle(date: .abbreviated, time: .omitted, timeZone: .gmt)
        // At most six labels, evenly chosen, so they never overlap.
        let stride = max(1, Int((Double(runs.count) / 6).rounded(.up)))
        return zip(runs, points).enumerated().filter { $0.offset % stride == 0 }.flatMap { _, pair in
            [
                line(pair.1.x, baseline, pair.1.x, baseline + 4, "tick"),
                Self.el(
                    "text", [("x", "\(pair.1.x)"), ("y", "\(baseline + 18)"), ("class", "tick-label x")],
                    [.text(pair.0.at.formatted(format))]),
            ]
        }
    }

    private func series() -> [HTMLNode] {
        let points = self.points
        let path = points.map { "\($0.x),\($0.y)" }.joined(separator: " ")
        let dots = zip(runs, points).map { run, point in
            Self.el(
                "circle", [("cx", "\(point.x)"), ("cy", "\(point.y)"), ("r", "4"), ("class", "point")],
                [Self.el("title", [], [.text("\(run.webTaskId): \(Self.dollars(run.aiUsd))")])])
        }
        return [Self.el("polyline", [("points", path), ("class", "series")])] + dots
    }

    private func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, _ kind: String) -> HTMLNode {
        Self.el(
            "line", [("x1", "\(x1)"), ("y1", "\(y1)"), ("x2", "\(x2)"), ("y2", "\(y2)"), ("class", kind)])
    }

    /// Dollars with four decimals below a cent (model calls cost fractions of one), two above.
    static func dollars(_ value: Double) -> String {
        value == 0 ? "$0" : String(format: value < 0.01 ? "$%.4f" : "$%.2f", value)
    }

    /// An SVG element; attributes as ordered pairs (values escaped by `HTMLNode`).
    private static func el(_ name: String, _ attributes: [(String, String)], _ children: [HTMLNode] = []) -> HTMLNode {
        .element(name, attributes: attributes.map { HTMLNode.Attribute($0.0, $0.1) }, children: children)
    }

    private static func round(_ value: Double) -> Double { (value * 10).rounded() / 10 }
}
