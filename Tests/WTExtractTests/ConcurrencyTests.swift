import Testing
import WTExtract

@Suite("Concurrency")
struct ConcurrencyTests {
    static func page(_ n: Int) -> String {
        let items = (0..<20).map { i in
            "<li class=item><a href='/p/\(n)/\(i)'>Item \(i)</a><span class=price>$\(i),\(n % 10)00.50</span></li>"
        }
        return
            "<html><head><meta charset=utf-8><title>Page \(n)</title></head><body><ul>\(items.joined())</ul></body></html>"
    }

    @Test("8 tasks × 100 parses and extractions give the same results as one task")
    func parallel() async throws {
        let fields = [
            FieldSpec("name", .text, try CompiledSelector(css: "a")),
            FieldSpec("url", .url, try CompiledSelector(css: "a")),
            FieldSpec("price", .number, try CompiledSelector(css: ".price")),
        ]
        let container = try CompiledSelector(css: "li.item")
        let results = try await withThrowingTaskGroup(of: Int.self) { group in
            for task in 0..<8 {
                group.addTask {
                    var checksum = 0
                    for round in 0..<100 {
                        let n = task * 100 + round
                        let document = try HTMLDocument(html: Self.page(n), url: "https://e.com/")
                        let records = try document.extractRecords(container: container, fields: fields)
                        guard records.count == 20, records[3][field: "url"] == .url("https://e.com/p/\(n)/3") else {
                            return -1
                        }
                        checksum += records.count
                    }
                    return checksum
                }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(results == Array(repeating: 2000, count: 8))
    }

    @Test("one shared document answers selections from many tasks")
    func sharedDocument() async throws {
        let document = try HTMLDocument(html: Self.page(1), url: "https://e.com/")
        let selector = try CompiledSelector(css: "li:nth-child(odd) .price")
        let counts = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<8 {
                group.addTask { try (0..<50).reduce(0) { sum, _ in sum + (try document.select(selector).count) } }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(counts == Array(repeating: 500, count: 8))
    }
}
