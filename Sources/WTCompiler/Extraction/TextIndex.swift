import WTExtract

/// The elements of a page by their text (`Node.text`), rendering only the texts that could be the one
/// asked for: rendering every element's text repeats each descendant's text at every level above it, most
/// of a compile's time on large pages.
///
/// Which texts could be is told by their composition (`TextComposition`). Swift compares strings by
/// canonical equivalence (their decompositions, NFD, are equal); a decomposition keeps every ASCII
/// character and gives at most one printable ASCII character for any other. So a text equal to `s` has
/// at most P(s) + X(s) printable ASCII characters, where P counts those of `s` and X its other characters,
/// and at least P(s) less the element's bytes above ASCII. A text without such bytes is ASCII, equal to
/// its decomposition: it has between P(s) and P(s) + X(s) of them. When `s` is ASCII too, equal means the
/// same bytes, so the same printable characters in the same order: the same count and hash.
final class TextIndex {
    private struct Printable: Hashable {
        var count: Int
        var hash: UInt64
    }

    private unowned let page: ExamplePage
    /// Positions in `page.elements` of the elements whose text is ASCII, by its printable characters.
    private lazy var asciiByPrintable: [Printable: [Int]] = {
        var out: [Printable: [Int]] = [:]
        for (position, composition) in page.compositions.enumerated() where composition.nonASCIIBytes == 0 {
            out[Printable(count: composition.printableASCII, hash: composition.printableHash), default: []]
                .append(position)
        }
        return out
    }()
    /// The same elements by their printable ASCII count, for values that are not ASCII.
    private lazy var asciiBySize: [Int: [Int]] = {
        var out: [Int: [Int]] = [:]
        for (position, composition) in page.compositions.enumerated() where composition.nonASCIIBytes == 0 {
            out[composition.printableASCII, default: []].append(position)
        }
        return out
    }()
    /// The same elements by printable ASCII count and then text, rendered one count at a time when asked.
    private var asciiByText: [Int: [String: [Int]]] = [:]
    /// Positions of the other elements, fewest printable ASCII characters first.
    private lazy var mixed: [Int] = {
        let compositions = page.compositions
        return compositions.indices.filter { compositions[$0].nonASCIIBytes > 0 }
            .sorted { compositions[$0].printableASCII < compositions[$1].printableASCII }
    }()
    /// For each place in `mixed`, the most bytes above ASCII of an element up to there.
    private lazy var mixedNonASCIIUpTo: [Int] = {
        var most = 0
        return mixed.map { position in
            most = max(most, page.compositions[position].nonASCIIBytes)
            return most
        }
    }()

    init(_ page: ExamplePage) {
        self.page = page
    }

    /// Builds what every lookup needs.
    func warm() {
        _ = asciiByPrintable
        _ = mixedNonASCIIUpTo
    }

    /// The elements whose `Node.text` is `text`, in document order.
    func elements(showing text: String) -> [Node] {
        let composition = TextComposition(of: text)
        let printable = composition.printableASCII
        let others = text.unicodeScalars.count { !$0.isASCII }
        var found: [Int] = []
        if others == 0 {
            let key = Printable(count: printable, hash: composition.printableHash)
            found = (asciiByPrintable[key] ?? []).filter { page.text(page.elements[$0]) == text }
        } else {
            for size in printable...(printable + others) { found += ascii(size)[text] ?? [] }
        }
        found += mixedShowing(text, printable: printable, most: printable + others)
        return found.sorted().map { page.elements[$0] }
    }

    /// The ASCII texts of `size` printable characters, rendered on first use.
    private func ascii(_ size: Int) -> [String: [Int]] {
        if let done = asciiByText[size] { return done }
        var out: [String: [Int]] = [:]
        for position in asciiBySize[size] ?? [] {
            out[page.text(page.elements[position]), default: []].append(position)
        }
        asciiByText[size] = out
        return out
    }

    /// Positions of the elements of `mixed` that show `text`, which has `printable` printable ASCII
    /// characters and whose decomposition has at most `most`.
    private func mixedShowing(_ text: String, printable: Int, most: Int) -> [Int] {
        let end = place { $0 > most }
        guard end > 0 else { return [] }
        let start = place { $0 >= printable - mixedNonASCIIUpTo[end - 1] }
        var found: [Int] = []
        for position in mixed[start..<end] {
            let composition = page.compositions[position]
            guard composition.printableASCII + composition.nonASCIIBytes >= printable else { continue }
            if page.text(page.elements[position]) == text { found.append(position) }
        }
        return found
    }

    /// The first place in `mixed` whose element's printable ASCII count satisfies `above` (which holds
    /// from some place on), or the end.
    private func place(_ above: (Int) -> Bool) -> Int {
        var (low, high) = (0, mixed.count)
        while low < high {
            let middle = (low + high) / 2
            if above(page.compositions[mixed[middle]].printableASCII) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
