// Extraction benchmark (wtc side): parses each page and extracts the same records as bench/extract/peers.py
// (a container and four fields), several times, and prints one JSON line per page with the CPU time taken,
// the record count and a hash of the records in the canonical form the peers also write.
// Usage: wtc-bench-extract <pages-dir> [iterations-small] [iterations-large]
// WTC_BENCH_DUMP=<dir> writes the canonical records there, to diff against the peers.
import Foundation
import WTExtract

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: wtc-bench-extract <pages-dir> [iterations] [iterations-5mb]\n".utf8))
    exit(64)
}
let directory = URL(fileURLWithPath: arguments[1])
let iterations = [
    "listing.html": arguments.count > 2 ? Int(arguments[2]) ?? 300 : 300,
    "listing-5mb.html": arguments.count > 3 ? Int(arguments[3]) ?? 5 : 5,
]
let base = "https://shop.example/list/?page=2"
let container = try CompiledSelector(css: ".product")
let fields = [
    FieldSpec("title", .text, try CompiledSelector(css: "h2.title a")),
    FieldSpec("price", .number, try CompiledSelector(css: ".price")),
    FieldSpec("url", .url, try CompiledSelector(css: "h2.title a")),
    FieldSpec("tags", .texts, try CompiledSelector(css: ".tags a")),
]

/// One line per record: title, price with two decimals, URL, tags joined by `|`.
func canonical(_ records: [ExtractedValue]) -> String {
    records.map { record in
        var columns: [String] = []
        for name in ["title", "price", "url", "tags"] {
            switch record[field: name] {
            case .string(let s)?, .url(let s)?: columns.append(s)
            case .number(let n)?: columns.append(String(format: "%.2f", n))
            case .list(let items)?:
                columns.append(items.map { if case .string(let s) = $0 { s } else { "" } }.joined(separator: "|"))
            default: columns.append("")
            }
        }
        return columns.joined(separator: "\t") + "\n"
    }.joined()
}

/// FNV-1a, 64 bits: small enough to write identically in Python.
func fnv1a(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
        hash ^= UInt64(byte)
        hash = hash &* 0x0000_0100_0000_01b3
    }
    return String(hash, radix: 16)
}

/// CPU time of this process: on a shared machine, wall-clock time also counts other people's work.
func cpuSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
}

func extract(_ data: Data) throws -> [ExtractedValue] {
    let document = try HTMLDocument(data: data, url: base, contentType: "text/html; charset=utf-8")
    return try document.extractRecords(container: container, fields: fields)
}

for name in ["listing.html", "listing-5mb.html"] {
    let data = try Data(contentsOf: directory.appendingPathComponent(name))
    let runs = iterations[name] ?? 1
    let records = try extract(data)  // warm-up, and the output compared with the peers
    if let dump = ProcessInfo.processInfo.environment["WTC_BENCH_DUMP"] {
        try Data(canonical(records).utf8).write(
            to: URL(fileURLWithPath: dump).appendingPathComponent("wtc-\(name).txt"))
    }
    let start = cpuSeconds()
    for _ in 0..<runs { _ = try extract(data) }
    let seconds = cpuSeconds() - start
    let line = """
        {"engine":"wtc","page":"\(name)","bytes":\(data.count),"iterations":\(runs),"seconds":\(seconds),\
        "records":\(records.count),"hash":"\(fnv1a(canonical(records)))"}
        """
    print(line)
}
