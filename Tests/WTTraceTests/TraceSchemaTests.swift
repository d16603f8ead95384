import Foundation
import Testing
import WTDiagnostics
import WTTestSupport
import WTTrace

@Suite("The trace schema matches the reader")
struct TraceSchemaTests {
    static func schema() throws -> JSONNode {
        let url = Paths.grammar.appendingPathComponent("trace.schema.json")
        let text = try String(contentsOf: url, encoding: .utf8)
        return try PositionedJSON.parse(SourceFile(path: url.path, text: text))
    }

    static func names(_ node: JSONNode?) -> Set<String> {
        Set(node?.objectMembers?.map(\.key) ?? node?.arrayValue?.compactMap(\.stringValue) ?? [])
    }

    @Test("$defs names one definition per shape, with the reader's members and required members")
    func definitions() throws {
        let defs = try #require(try Self.schema()["$defs"])
        #expect(Self.names(defs) == Set(TraceFormat.shapes.map(\.definition)))
        for shape in TraceFormat.shapes {
            let definition = try #require(defs[shape.definition], "\(shape.definition)")
            #expect(Self.names(definition["properties"]) == Set(shape.members), "\(shape.definition)")
            #expect(Self.names(definition["required"]) == shape.required, "\(shape.definition)")
            #expect(definition["additionalProperties"]?.boolValue == false, "\(shape.definition)")
            #expect(definition["description"]?.stringValue != nil, "\(shape.definition)")
            for member in definition["properties"]?.objectMembers ?? [] {
                #expect(member.value["description"]?.stringValue != nil, "\(shape.definition).\(member.key)")
            }
        }
    }

    @Test("the schema lists the actions, modes and statuses the reader accepts")
    func enums() throws {
        let defs = try #require(try Self.schema()["$defs"])
        #expect(
            Self.names(defs["Step"]?["properties"]?["action"]?["enum"]) == Set(TraceAction.allCases.map(\.rawValue)))
        #expect(Self.names(defs["Trace"]?["properties"]?["recordedMode"]?["enum"]) == Set(TraceFormat.recordedModes))
        #expect(
            Self.names(defs["Outcome"]?["properties"]?["status"]?["enum"])
                == Set(TraceOutcome.Status.allCases.map(\.rawValue)))
        #expect(Self.names(defs["Step"]?["properties"]?["selectBy"]?["enum"]) == Set(TraceFormat.selectByValues))
        #expect(defs["Trace"]?["properties"]?["version"]?["const"]?.intValue == Trace.currentVersion)
    }

    @Test("the schema's per-action requirements are the reader's")
    func actionRequirements() throws {
        let rules = try #require(try Self.schema()["$defs"]?["Step"]?["allOf"]?.arrayValue)
        var fromSchema: [String: [Set<String>]] = [:]
        for rule in rules {
            let action = try #require(rule["if"]?["properties"]?["action"]?["const"]?.stringValue)
            fromSchema[action] = (rule["then"]?["allOf"]?.arrayValue ?? []).map { requirement in
                let alternatives = requirement["anyOf"]?.arrayValue ?? [requirement]
                return Set(alternatives.flatMap { Self.names($0["required"]) })
            }
        }
        for action in TraceAction.allCases {
            #expect(fromSchema[action.rawValue] ?? [] == action.requiredMembers.map(Set.init), "\(action)")
        }
    }

    @Test("every sample trace, if any, reads without diagnostics and has its snapshots")
    func sampleTraces() throws {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Paths.samples.path)) ?? []
        let files = names.sorted().map { Paths.samples.appendingPathComponent($0).appendingPathComponent("trace.json") }
        for file in files where FileManager.default.fileExists(atPath: file.path) {
            var diagnostics = DiagnosticEngine()
            let folder = try TraceFolder.load(path: file.path, diagnostics: &diagnostics)
            #expect(folder != nil, "\(file.path)")
            #expect(diagnostics.diagnostics.isEmpty, "\(diagnostics.diagnostics.map(\.span?.description))")
        }
    }
}
