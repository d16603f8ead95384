import Foundation
import Testing
import WTServer

@Suite("API key configuration")
struct StaticAPIKeysTests {
    @Test("WTC_API_KEYS maps each key to its workspace")
    func environment() async throws {
        let keys = try StaticAPIKeys(environmentValue: "ws1:k1, ws2:k2,ws1:k3")
        #expect(keys.count == 3)
        #expect(try await keys.workspace(forKey: "k2") == "ws2")
        #expect(try await keys.workspace(forKey: "k3") == "ws1")
        #expect(try await keys.workspace(forKey: "ws1") == nil)
    }

    @Test("a keys file skips blank lines and comments; a key may contain ':'")
    func file() async throws {
        let keys = try StaticAPIKeys(fileText: "# team keys\nws1:k:1  # ci\n\nws2:k2\n", path: "keys.txt")
        #expect(try await keys.workspace(forKey: "k:1") == "ws1")
        #expect(keys.count == 2)
    }

    @Test(
        "bad entries name where they are, never the key",
        arguments: [
            (
                "ws1:k1,nocolon-secret",
                "WTC_API_KEYS entry 2: error: expected <workspaceId>:<key> [server.keys.malformed-entry]"
            ),
            (
                "ws1:k1,ws2:k1",
                "WTC_API_KEYS entry 2: error: the same key is given to two workspaces [server.keys.key-in-two-workspaces]"
            ),
            ("", "WTC_API_KEYS entry 1: error: expected <workspaceId>:<key> [server.keys.malformed-entry]"),
        ])
    func badEnvironment(value: String, message: String) {
        #expect(throws: APIKeyConfigError.self) { try StaticAPIKeys(environmentValue: value) }
        do {
            _ = try StaticAPIKeys(environmentValue: value)
        } catch {
            #expect(error.description == message)
            #expect(!error.description.contains("secret"))
        }
    }

    @Test("a file with no keys and a malformed line report the file and line")
    func badFile() {
        do {
            _ = try StaticAPIKeys(fileText: "# nothing\n", path: "keys.txt")
            Issue.record("expected an error")
        } catch { #expect(error.description == "keys.txt: error: no API keys configured [server.keys.none]") }
        do {
            _ = try StaticAPIKeys(fileText: "ws1:k1\n:k2\n", path: "keys.txt")
            Issue.record("expected an error")
        } catch { #expect(error.problem == .malformedEntry && error.position == 2) }
    }
}

@Suite("API keys file on disk")
struct APIKeysFileTests {
    @Test("keys load from a file, and a missing file is a clear error")
    func load() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("wtc-keys-\(UUID().uuidString)").path
        try "ws9:k9\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try await StaticAPIKeys(contentsOfFile: path).workspace(forKey: "k9") == "ws9")
        #expect(throws: APIKeyConfigError(source: .file(path + ".none"), position: 0, problem: .unreadable)) {
            try StaticAPIKeys(contentsOfFile: path + ".none")
        }
    }
}
