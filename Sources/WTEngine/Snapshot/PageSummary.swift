import WTExtract
import WTRuntime

/// "What the page had instead": a few lines a person can use to see why a locator found nothing —
/// the URL and title, the headings, and how many links and forms the page has.
enum PageSummary {
    /// With `locator`, what the page has of the semantic kinds it asks for (`candidates(for:in:)`) too.
    static func describe(_ document: HTMLDocument, url: String, title: String, for locator: ResolvedLocator? = nil)
        -> String
    {
        var lines = ["the page at \(url) has title \"\(title)\""]
        let headings = ((try? document.select(.xpath("//h1 | //h2"))) ?? []).prefix(3).map { "\"\($0.text)\"" }
        if !headings.isEmpty { lines.append("headings: " + headings.joined(separator: ", ")) }
        let links = (try? document.select(.xpath("//a[@href]")))?.count ?? 0
        let forms = (try? document.select(.xpath("//form")))?.count ?? 0
        let ids = ((try? document.select(.xpath("//*[@id]"))) ?? []).prefix(8).compactMap { $0.attribute("id") }
        lines.append(
            "\(links) links, \(forms) forms"
                + (ids.isEmpty ? "" : "; ids: " + ids.map { "#\($0)" }.joined(separator: " ")))
        if let locator, let candidates = candidates(for: locator, in: document) { lines.append(candidates) }
        return lines.joined(separator: "; ")
    }
}
