import WTTrace

/// A downloaded file as a stored result keeps it: in place of the worker's path (the run's folder is gone
/// once the run ends), the id of the bytes in the store's result files, with their name, type and size.
///
/// On the wire (`data` of an inline result) the API turns each reference into the spec's file object with a
/// freshly signed URL when the task is read, so nothing signed is ever stored and the URLs keep expiring.
/// Stored form: `{"$wtcFile": {"fileId": "file_…", "name": "report.csv", "contentType": "text/csv",
/// "sizeBytes": 148}}` — the one member's name cannot be an output, field or variable name of a program.
public struct StoredFileReference: Sendable, Hashable {
    /// The single member that marks a reference.
    public static let marker = "$wtcFile"

    /// The result file's id in the store (`file_…`), scoped to the task's workspace.
    public var fileId: String
    /// The name the site gave the file (or the last part of its URL).
    public var name: String
    public var contentType: String
    public var sizeBytes: Int64

    public init(fileId: String, name: String, contentType: String, sizeBytes: Int64) {
        self.fileId = fileId
        self.name = name
        self.contentType = contentType
        self.sizeBytes = sizeBytes
    }

    /// The reference a stored value is, or nil when it is anything else.
    public init?(_ json: JSONValue) {
        guard case .object(let members) = json, members.count == 1, members[0].key == Self.marker,
            case .string(let id)? = members[0].value["fileId"], case .string(let name)? = members[0].value["name"],
            case .string(let type)? = members[0].value["contentType"],
            case .number(let size)? = members[0].value["sizeBytes"], size >= 0, size <= 9e15
        else { return nil }
        self.init(fileId: id, name: name, contentType: type, sizeBytes: Int64(size))
    }

    /// The stored form.
    public var json: JSONValue {
        .object([
            .init(
                Self.marker,
                .object([
                    .init("fileId", .string(fileId)), .init("name", .string(name)),
                    .init("contentType", .string(contentType)), .init("sizeBytes", .number(Double(sizeBytes))),
                ]))
        ])
    }

    /// `json` with every reference in it replaced by what `transform` makes of it, at any depth.
    public static func replacing(in json: JSONValue, with transform: (StoredFileReference) -> JSONValue) -> JSONValue {
        if let reference = StoredFileReference(json) { return transform(reference) }
        switch json {
        case .array(let items): return .array(items.map { replacing(in: $0, with: transform) })
        case .object(let members):
            return .object(members.map { .init($0.key, replacing(in: $0.value, with: transform)) })
        case .null, .bool, .number, .string: return json
        }
    }
}
