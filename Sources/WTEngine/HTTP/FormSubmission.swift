import Foundation
import WTExtract
import WTHTTP

/// Builds the request a browser sends when a form is submitted (HTML's "constructing the entry list"):
/// every named, enabled control of the form in tree order — hidden inputs such as CSRF tokens and
/// ASP.NET's __VIEWSTATE included — with the values the run typed, selected or checked, plus the button
/// that submitted it.
struct FormSubmission {
    /// What the run did to controls, keyed by element.
    struct Edits {
        var values: [Node: String] = [:]
        var checked: [Node: Bool] = [:]
        var selected: [Node: [String]] = [:]
    }

    let document: HTMLDocument
    let form: Node
    let submitter: Node?
    let edits: Edits

    func request() throws -> HTTPRequest {
        let method = (form.attribute("method") ?? "get").lowercased() == "post" ? HTTPMethod.post : .get
        let action = resolvedAction()
        let entries = try entryList()
        if method == .post {
            return .post(action, body: .form(entries))
        }
        var components = URLComponents(string: action)
        components?.percentEncodedQuery = HTTPBody.formURLEncoded(entries)
        components?.fragment = nil
        return .get(components?.string ?? action)
    }

    private func resolvedAction() -> String {
        let base = document.baseURL ?? document.url ?? ""
        let raw = submitter?.attribute("formaction") ?? form.attribute("action") ?? ""
        guard !raw.isEmpty else { return document.url ?? base }
        return URL(string: raw, relativeTo: URL(string: base))?.absoluteString ?? raw
    }

    /// Controls owned by the form: its descendants, plus elements elsewhere that name it with `form="id"`.
    private func controls() throws -> [Node] {
        let inside = try document.select(.xpath(".//input | .//select | .//textarea | .//button"), in: form)
        guard let id = form.attribute("id"), !id.isEmpty else { return inside }
        let outside = try document.select(.xpath("//*[@form=\(LocatorXPath.literal(id))]"))
        let all = Set(inside).union(outside)
        let ordered = try document.select(.xpath("//input | //select | //textarea | //button"))
        return ordered.filter(all.contains)
    }

    private func entryList() throws -> [(String, String)] {
        var entries: [(String, String)] = []
        for control in try controls() where try isSubmittable(control) {
            guard let name = control.attribute("name"), !name.isEmpty else { continue }
            entries += try values(of: control, named: name)
        }
        return entries
    }

    private func isSubmittable(_ control: Node) throws -> Bool {
        if control.attribute("disabled") != nil { return false }
        let disabledFieldset = try document.select(.xpath("ancestor::fieldset[@disabled]"), in: control)
        return disabledFieldset.isEmpty
    }

    private func values(of control: Node, named name: String) throws -> [(String, String)] {
        let tag = control.tagName ?? ""
        let type = (control.attribute("type") ?? (tag == "button" ? "submit" : "text")).lowercased()
        switch (tag, type) {
        case ("button", _), ("input", "submit"), ("input", "button"), ("input", "reset"):
            guard control == submitter, type == "submit" else { return [] }
            return [(name, control.attribute("value") ?? "")]
        case ("input", "image"):
            guard control == submitter else { return [] }
            return [("\(name).x", "0"), ("\(name).y", "0")]
        case ("input", "checkbox"), ("input", "radio"):
            let checked = edits.checked[control] ?? (control.attribute("checked") != nil)
            return checked ? [(name, control.attribute("value") ?? "on")] : []
        case ("input", "file"):
            return [(name, "")]
        case ("select", _):
            return try selectedOptions(control).map { (name, $0) }
        case ("textarea", _):
            return [(name, edits.values[control] ?? control.value)]
        default:
            return [(name, edits.values[control] ?? control.attribute("value") ?? "")]
        }
    }

    /// The selected options' values; without a `selected` option a single select submits its first one.
    private func selectedOptions(_ select: Node) throws -> [String] {
        if let chosen = edits.selected[select] { return chosen }
        let options = try document.select(.xpath(".//option[not(@disabled)]"), in: select)
        let selected = options.filter { $0.attribute("selected") != nil }
        let value: (Node) -> String = { $0.attribute("value") ?? $0.text }
        if !selected.isEmpty { return select.attribute("multiple") != nil ? selected.map(value) : [value(selected[0])] }
        guard select.attribute("multiple") == nil, let first = options.first else { return [] }
        return [value(first)]
    }
}
