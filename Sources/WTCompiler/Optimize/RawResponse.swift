import Foundation
import WTExtract
import WTTrace

/// A document's raw response body read the way plain HTTP reads it: parsed by libxml2 (so character
/// references are decoded) and no script run.
///
/// The rule for "the raw response contains a value": the value, with every run of whitespace made one
/// space, occurs in the body's rendered text (as extraction renders it: `<script>`, `<style>` and
/// `<template>` contents left out), in the text of its `<head>`, in an attribute value — links
/// (`href`, `src`, `action`) also as resolved against the page's address, since extracted URLs are
/// absolute — or, for extracted markup, in the parsed document's markup outside `<script>` elements. A
/// number may also be written with its digits grouped (`1,249.99`). A value that only a script's source
/// holds (JSON a script renders) does not count.
struct RawResponse {
    let document: HTMLDocument
    private let haystack: String
    /// `haystack` without the separators that group digits (`1,249.99` as `1249.99`), for numbers.
    private let numbers: String

    init?(html: String, url: String) {
        guard let document = try? HTMLDocument(html: html, url: url), let root = document.root else { return nil }
        self.document = document
        var parts = [root.text]
        parts += ((try? document.select(.xpath("//head"))) ?? []).map(\.text)
        parts += Self.attributeValues(document)
        parts.append(Self.withoutScripts(root.outerHTML))
        haystack = Self.collapsed(parts.joined(separator: "\n"))
        numbers = Self.ungrouped(haystack)
    }

    /// Whether the value occurs in the response (the rule above).
    func contains(_ value: String) -> Bool {
        let needle = Self.collapsed(value)
        if needle.isEmpty || haystack.contains(needle) { return true }
        let numeric = needle.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }
        return numeric && numbers.contains(needle)
    }

    /// `text` without a `,`, `'`, `_` or (thin) space between two digits.
    static func ungrouped(_ text: String) -> String {
        let characters = Array(text)
        var out = ""
        for (i, c) in characters.enumerated() {
            let separator = [",", "'", "_", " ", "\u{202F}", "\u{2009}"].contains(c)
            if separator, i > 0, i + 1 < characters.count, characters[i - 1].isNumber, characters[i + 1].isNumber {
                continue
            }
            out.append(c)
        }
        return out
    }

    /// Every attribute value, and each link's value resolved against the document's base.
    private static func attributeValues(_ document: HTMLDocument) -> [String] {
        let base = document.baseURL.flatMap { URL(string: $0) }
        var values: [String] = []
        for element in (try? document.select(.xpath("//*[@*]"))) ?? [] {
            for (name, value) in element.attributes {
                values.append(value)
                if ["href", "src", "action"].contains(name.lowercased()),
                    let resolved = URL(string: value, relativeTo: base)?.absoluteString
                {
                    values.append(resolved)
                }
            }
        }
        return values
    }

    /// `markup` (as libxml2 serialises it: lower-case tags) without its `<script>` elements.
    static func withoutScripts(_ markup: String) -> String {
        var out = ""
        var rest = markup[...]
        while let open = rest.range(of: "<script") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "</script>") else { return out }
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    /// Runs of whitespace (no-break spaces too) as one space, trimmed.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

extension RawResponse {
    /// Whether the response has the element a step acted on (`element(_:)`).
    func contains(_ element: TraceElement) -> Bool { self.element(element) != nil }

    /// The response's element a step acted on, found by what identifies it best: its id, else its name,
    /// else its link, else its value or text; an element described by its tag alone is the first of that
    /// tag.
    func element(_ element: TraceElement) -> Node? {
        let tag = element.tag.lowercased()
        guard tag.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }), !tag.isEmpty else { return nil }
        let candidates = (try? document.select(.xpath("//\(tag)"))) ?? []
        for key in ["id", "name", "href", "value"] {
            guard let wanted = element.attribute(key) ?? (key == "id" ? element.id : nil) else { continue }
            return candidates.first { $0.attribute(key) == wanted }
        }
        let text = Self.collapsed(element.text ?? "").trimmingCharacters(in: CharacterSet(charactersIn: "…"))
        guard !text.isEmpty else { return candidates.first }
        return candidates.first { Self.collapsed($0.text).hasPrefix(text) }
    }

    /// Whether a submit button belongs to a form (`Node.formOwner`, the form plain HTTP would submit):
    /// outside a form, only the page's scripts give it a meaning.
    static func hasForm(_ node: Node) -> Bool { node.formOwner != nil }
}
