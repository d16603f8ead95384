import Foundation
import WTReport

/// Writing `--report FILE` for the commands that take it.
enum ReportFile {
    /// Refuses, before the run, a report path whose folder does not exist or is not writable, so a long run
    /// is not lost to a typo (exit 64).
    static func checkWritable(_ path: String, command: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue,
            FileManager.default.isWritableFile(atPath: folder)
        else {
            Console.error(
                "\(command): error: --report \(path): the folder \(folder) does not exist or is not writable; "
                    + "create it or choose another path\n")
            throw Exit.usage
        }
    }

    /// Renders the report with its pictures inline and writes it; says where on stderr.
    static func write(_ data: ReportData, _ images: ReportImages, to path: String, command: String) throws {
        let html = ReportPage(data, pictures: .inline(images)).document()
        do {
            try Data(html.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            Console.error("\(command): error: cannot write the report to \(path): \(error.localizedDescription)\n")
            throw Exit.cannotCreate
        }
        let kb = (html.utf8.count + 1023) / 1024
        Console.error("report: \(path) (\(data.steps.count) steps, \(images.pictures.count) pictures, \(kb) KB)\n")
    }
}

/// The ledger rows of a report.
enum ReportLedger {
    /// A replay of a program: no model, so no AI dollars; the compute is the run's wall time.
    static func replay(_ data: ReportData) -> [ReportData.LedgerRow] {
        [
            .init("Steps run", "\(data.steps.count)"),
            .init("Model calls", "0 (a replay asks no model)"),
            .init("AI dollars", "$0.00"),
            .init(
                "Compute", String(format: "%.2f s of %@", data.seconds, data.mode == "browser" ? "Chromium" : "HTTP")),
        ]
    }
}
