import Foundation
import Testing

@testable import CDP

@Suite("Values, messages and options")
struct ValueTests {
    @Test("JSON decodes and re-encodes every kind of value")
    func jsonRoundTrip() throws {
        let text = #"{"a":[1,2.5,"x",true,false,null,{"b":{}}],"c":"é\n"}"#
        let value = try JSONDecoder().decode(JSON.self, from: Data(text.utf8))
        #expect(value == ["a": [1, 2.5, "x", true, false, nil, ["b": [:]]], "c": "é\n"])
        let again = try JSONDecoder().decode(JSON.self, from: JSONEncoder().encode(value))
        #expect(again == value)
        #expect(value["a"]?[1]?.doubleValue == 2.5)
        #expect(value["a"]?[0]?.intValue == 1)
        #expect(value["a"]?[9] == nil)
        #expect(value["c"]?.stringValue == "é\n")
        #expect(value["missing"] == nil)
    }

    @Test("commands encode only the parameters that are set")
    func commandEncoding() throws {
        let command = Input.DispatchMouseEvent(type: "mousePressed", x: 10, y: 20.5, button: "left", clickCount: 1)
        let json = try JSONDecoder().decode(JSON.self, from: JSONEncoder().encode(command))
        #expect(json == ["type": "mousePressed", "x": 10, "y": 20.5, "button": "left", "clickCount": 1])
        let describe = try JSONDecoder().decode(
            JSON.self, from: JSONEncoder().encode(DOM.DescribeNode(DOM.NodeReference(backendNodeId: 7), depth: 1)))
        #expect(describe == ["backendNodeId": 7, "depth": 1])
    }

    @Test(
        "timeouts read as milliseconds or seconds",
        arguments: [
            (Duration.milliseconds(300), "300 ms"), (.seconds(2), "2 s"), (.milliseconds(1500), "1.5 s"),
        ])
    func durations(duration: Duration, text: String) {
        #expect(CDPError.Messages.format(duration) == text)
    }

    @Test("errors name the method and say what to do next")
    func errorMessages() {
        let timeout = CDPError(.timedOut(method: "Runtime.evaluate", after: .milliseconds(250)))
        #expect(timeout.description.hasPrefix("Runtime.evaluate timed out after 250 ms"))
        let closed = CDPError.browserClosed(lastLogLines: ["one", "two"], reason: "killed by signal 9")
        #expect(closed.message == "the browser closed (killed by signal 9); its last log lines:\n  | one\n  | two")
        let silent = CDPError.browserClosed(lastLogLines: [])
        #expect(silent.message == "the browser closed; it wrote nothing to its log")
        let missing = CDPError(.executableNotFound(path: "/x"))
        #expect(missing.message.contains("WTC_CHROMIUM"))
    }

    @Test("waitpid statuses decode into exits and signals")
    func exitStatus() {
        #expect(ExitStatus(waitStatus: 0) == .exited(0))
        #expect(ExitStatus(waitStatus: 3 << 8) == .exited(3))
        #expect(ExitStatus(waitStatus: 9) == .signaled(9))
        #expect(ExitStatus(waitStatus: 9).description == "killed by signal 9")
    }

    @Test("the debug log cuts long messages and says how long they were")
    func debugExcerpt() {
        let long = Data(String(repeating: "x", count: 1000).utf8)
        let excerpt = CDPDebugLog.excerpt(long)
        #expect(excerpt.hasSuffix("… (1000 bytes)"))
        #expect(excerpt.count < 450)
        #expect(CDPDebugLog.excerpt(Data("{}".utf8)) == "{}")
    }

    @Test("the executable is the option, else the default; the flags carry the profile and the pipe")
    func options() {
        #expect(LaunchOptions(executablePath: "/opt/chrome").resolvedExecutable == "/opt/chrome")
        let flags = LaunchOptions(extraArguments: ["--lang=fr"]).arguments(userDataDirectory: "/tmp/p")
        #expect(flags.contains("--remote-debugging-pipe"))
        #expect(flags.contains("--user-data-dir=/tmp/p"))
        #expect(flags.contains("--lang=fr"))
        #expect(flags.contains("--no-startup-window"))
        #expect(flags.contains("--no-sandbox") == (geteuid() == 0))
    }
}
