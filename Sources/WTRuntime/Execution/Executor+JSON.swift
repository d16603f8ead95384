import WTDiagnostics
import WTSema
import WTSyntax

/// `json "path"`: reads the current page as a JSON document (an API answer, a form that answered JSON)
/// and shapes what the path selects into the target's declared type (`JSONReading`).
extension Executor {
    mutating func readJSON(_ json: JSONExtraction, slot: WTType?, head: String) async throws(Interrupt)
        -> (Value, WTType, String)
    {
        let text = try interpolate(json.path)
        let summary = head + "json \"\(text)\""
        let path: JSONPath
        do {
            path = try JSONPath.parse(text)
        } catch {
            throw await failure(
                StepError(.programError, "invalid JSON path \"\(text)\": \(error.message)"), step: summary)
        }
        let page = try await page(for: summary)
        let document: JSONNode
        do {
            document = try page.json()
        } catch {
            throw await failure(error, step: summary)
        }
        let value: Value
        do {
            value = try JSONReading.select(path, in: document, optional: slot?.isOptional ?? false)
        } catch {
            throw await failure(StepError(.notFound, error.message), step: summary)
        }
        let type = slot ?? .error
        return (JSONReading.shaped(value, as: type), type, summary)
    }
}

extension JSONExtraction {
    /// True when the path has `[*]` (so `+=` concatenates); a path with interpolations counts as one value.
    var producesList: Bool {
        guard let text = path.plainText, let parsed = try? JSONPath.parse(text) else { return false }
        return parsed.yieldsList
    }
}
