import Foundation

/// A loopback site whose answers are JSON: an order form that posts to an endpoint answering JSON (the
/// order echoed back, as shop APIs do) and a listing API, for `json "path"` in both modes.
///
/// - `GET /order`: a form with `name` and `qty`, posting to `/api/orders`.
/// - `POST /api/orders`: `{"id": "A-17", "status": "accepted", "customer": <name>, "items": [{"name":
///   "Lamp", "qty": <qty>}], "total": 19.5}`.
/// - `GET /api/products`: `{"total": 3, "products": [{"name", "price" (text), "Stock Count"}…]}`.
/// - `GET /api/guarded`: served as `application/json`, but with the `)]}'` line some APIs put before their
///   JSON against script inclusion, so it is not valid JSON.
public enum JSONSite {
    public static let routes: [LoopbackRoute] = [
        LoopbackRoute("GET", "/order") { _ in
            .html(
                """
                <html><head><title>Order</title></head><body>
                <form method="post" action="/api/orders">
                  <label for="name">Your name:</label> <input id="name" name="name">
                  <label for="qty">Quantity</label> <input id="qty" name="qty" value="1">
                  <button type="submit">Place order</button>
                </form></body></html>
                """)
        },
        LoopbackRoute("POST", "/api/orders") { request in
            let form = formFields(request.body)
            let order: [String: Any] = [
                "id": "A-17", "status": "accepted", "customer": form["name"] ?? "",
                "items": [["name": "Lamp", "qty": Int(form["qty"] ?? "") ?? 0]], "total": 19.5,
            ]
            return .json(encoded(order))
        },
        LoopbackRoute("GET", "/api/products") { _ in
            let products: [[String: Any]] = [
                ["name": "Lamp", "price": "9.50", "Stock Count": 4],
                ["name": "Desk", "price": "120", "Stock Count": 0],
                ["name": "Chair", "price": "45.25", "Stock Count": 12],
            ]
            return .json(encoded(["total": 3, "products": products]))
        },
        LoopbackRoute("GET", "/api/guarded") { _ in .json(Data(guardedBody.utf8)) },
    ]

    /// The body of `/api/guarded`.
    public static let guardedBody = ")]}'\n{\"total\": 3}"

    /// `a=1&b=x+y` as a dictionary, decoded as a form is.
    static func formFields(_ body: Data) -> [String: String] {
        var out: [String: String] = [:]
        for pair in String(decoding: body, as: UTF8.self).split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map {
                $0.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String($0)
            }
            if let key = parts.first { out[key] = parts.count > 1 ? parts[1] : "" }
        }
        return out
    }

    private static func encoded(_ object: Any) -> Data {
        (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
    }
}
