import CDP
import Foundation
import WTExtract
import WTRuntime

/// Locators as the page script takes them (`{scope: [...], locator: {choices, first, text}}`).
enum LocatorSpec {
    static func json(_ locator: ResolvedLocator, scope: [ResolvedLocator]) -> JSON {
        .object(["scope": .array(scope.map(one)), "locator": one(locator)])
    }

    static func one(_ locator: ResolvedLocator) -> JSON {
        .object([
            "first": .bool(locator.first), "text": .string(locator.description),
            "choices": .array(locator.choices.map(choice)),
        ])
    }

    static func choice(_ choice: ResolvedLocator.Choice) -> JSON {
        switch choice {
        case .css(let v): css(v)
        case .xpath(let v): .object(["kind": .string("xpath"), "value": .string(v)])
        case .label(let v, let exact): .object(["kind": .string("label"), "value": .string(v), "exact": .bool(exact)])
        case .testid(let v): .object(["kind": .string("testid"), "value": .string(v)])
        case .text(let v, let exact): .object(["kind": .string("text"), "value": .string(v), "exact": .bool(exact)])
        case .placeholder(let v): .object(["kind": .string("placeholder"), "value": .string(v)])
        case .role(let r, let name, let exact):
            .object([
                "kind": .string("role"), "value": .string(r), "name": name.map(JSON.string) ?? .null,
                "exact": .bool(exact),
            ])
        }
    }

    /// A CSS choice. Standard CSS goes to `querySelectorAll` as written; CSS with our extensions
    /// (`:contains()`, `::text`, …) also carries the XPath and markers of `BrowserSelector`, which the page
    /// script evaluates instead, so every selector `wtc check` accepts runs in the browser with the
    /// meaning it has over HTTP (see `BrowserSelector` for the decision).
    static func css(_ selector: String) -> JSON {
        var object: [String: JSON] = ["kind": .string("css"), "value": .string(selector)]
        if let route = BrowserSelector.xpathRoute(for: selector) {
            object["xpath"] = .string(route.xpath)
            object["marks"] = .array(route.marks.map(JSON.string))
            if let quirks = route.quirksXPath { object["quirksXpath"] = .string(quirks) }
        }
        return .object(object)
    }

    /// The JSON as JavaScript source (JSON is valid JavaScript).
    static func source(_ json: JSON) -> String {
        let data = (try? JSONEncoder().encode(json)) ?? Data("null".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
