import CDP
import Foundation
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
        case .css(let v): .object(["kind": .string("css"), "value": .string(v)])
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

    /// The JSON as JavaScript source (JSON is valid JavaScript).
    static func source(_ json: JSON) -> String {
        let data = (try? JSONEncoder().encode(json)) ?? Data("null".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
