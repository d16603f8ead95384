import Foundation
import Testing
import WTTestSupport

/// What a scripted model reads of a request, checked on hand-written bodies.
@Suite("FakeModelRequest text and refs")
struct FakeModelRequestTextTests {
    /// A request whose body is `json`, as the fake server would have parsed it.
    static func request(_ json: String) -> FakeModelRequest {
        FakeModelRequest(LoopbackRequest(method: "POST", target: "/v1/messages", body: Data(json.utf8)))
    }

    /// Three user messages around one assistant tool use; the last answers it with two results.
    static let conversation = request(
        #"""
        {"model": "m", "max_tokens": 10, "messages": [
          {"role": "user", "content": "Find the quotes.\n[e1] link \"Next page\"\n[e2] button \"Sign in\""},
          {"role": "assistant", "content": [
            {"type": "text", "text": "Looking."},
            {"type": "tool_use", "id": "toolu_a", "name": "observe", "input": {}},
            {"type": "tool_use", "id": "toolu_b", "name": "read", "input": {}}]},
          {"role": "user", "content": [
            {"type": "tool_result", "tool_use_id": "toolu_a",
             "content": "URL http://127.0.0.1/\n  [e7] button \"Next\"\n  [e8] button \"Say \\\"hi\\\" \\\\ bye\"\n[e9] textbox"},
            {"type": "tool_result", "tool_use_id": "toolu_b",
             "content": [{"type": "text", "text": "page text"}, {"type": "image", "source": {}}]},
            {"type": "text", "text": "Go on."}]}
        ]}
        """#)

    @Test("the last user text joins its text blocks and tool result contents, strings and block lists alike")
    func lastUserText() {
        let text = Self.conversation.lastUserText
        #expect(
            text == """
                URL http://127.0.0.1/
                  [e7] button "Next"
                  [e8] button "Say \\"hi\\" \\\\ bye"
                [e9] textbox
                page text
                Go on.
                """)
        #expect(Self.conversation.allUserText.hasPrefix("Find the quotes.\n[e1] link \"Next page\""))
        #expect(Self.conversation.allUserText.hasSuffix("Go on."))
    }

    @Test("the previous assistant message's tool use ids are listed in order")
    func toolUseIDs() {
        #expect(Self.conversation.lastToolUseIDs == ["toolu_a", "toolu_b"])
        #expect(Self.request(#"{"messages": [{"role": "user", "content": "hi"}]}"#).lastToolUseIDs.isEmpty)
    }

    @Test("a ref is found by role and a name it contains, ignoring case, or equals when exact")
    func refByName() {
        let request = Self.conversation
        #expect(request.ref(role: "button", name: "next") == "e7")
        #expect(request.ref(role: "button", name: "NEX", exact: true) == nil)
        #expect(request.ref(role: "button", name: "Next", exact: true) == "e7")
        #expect(request.ref(role: "button", name: #"Say "hi" \ bye"#, exact: true) == "e8")
        #expect(request.ref(role: "textbox", name: "") == "e9")
        #expect(request.ref(role: "textbox", name: "", exact: true) == "e9")
        #expect(request.ref(role: "link", name: "Next") == "e1", "earlier user messages are searched too")
        #expect(request.ref(role: "button", name: "Sign in") == "e2")
        #expect(request.ref(role: "checkbox", name: "Next") == nil)
    }

    @Test("the newest observation wins over an older one naming the same element")
    func newestFirst() {
        let request = Self.request(
            #"""
            {"messages": [
              {"role": "user", "content": "[e3] button \"Next\""},
              {"role": "assistant", "content": [{"type": "text", "text": "ok"}]},
              {"role": "user", "content": "[e40] button \"Next\""}]}
            """#)
        #expect(request.ref(role: "button", name: "Next") == "e40")
    }

    @Test(
        "lines that only look like observations are not matched",
        arguments: [
            "[E1] button \"Next\"", "[e] button \"Next\"", "[1] button \"Next\"", "[e1]button \"Next\"",
            "text [e1] button \"Next\"", "[e1x] button \"Next\"", "[e1] Button \"Next\"",
        ])
    func notObservations(line: String) throws {
        let body = try JSONSerialization.data(withJSONObject: ["messages": [["role": "user", "content": line]]])
        let request = FakeModelRequest(LoopbackRequest(method: "POST", target: "/v1/messages", body: body))
        #expect(request.ref(role: "button", name: "Next") == nil)
    }

    @Test("an unclosed quote leaves the name empty, as the observation pattern reads it")
    func unclosedQuote() {
        let request = Self.request(#"{"messages": [{"role": "user", "content": "[e5] button \"Next"}]}"#)
        #expect(request.ref(role: "button", name: "Next") == nil)
        #expect(request.ref(role: "button", name: "") == "e5")
    }
}

@Suite("FakeModelRequest in the OpenAI dialect and the text checks")
struct FakeModelRequestDialectTests {
    @Test("tool messages after the last assistant message count as the last user text, and refs are found there")
    func openAIToolMessages() {
        let request = FakeModelRequestTextTests.request(
            #"""
            {"messages": [
              {"role": "system", "content": "[e99] button \"System\""},
              {"role": "user", "content": "[e1] button \"Next\""},
              {"role": "assistant", "content": null, "tool_calls": [{"id": "c1", "type": "function"}]},
              {"role": "tool", "tool_call_id": "c1", "content": "[e2] button \"Next\""},
              {"role": "user", "content": "Go on."}]}
            """#)
        #expect(request.lastUserText == "[e2] button \"Next\"\nGo on.")
        #expect(request.ref(role: "button", name: "Next") == "e2")
        #expect(request.ref(role: "button", name: "System") == nil, "system text is not what the user sent")
        #expect(request.lastToolUseIDs == ["c1"])
    }

    @Test("neverContains finds a secret in the raw body, escaped in a string, or in a header")
    func neverContains() {
        let check = FakeModelCheck.neverContains("pa\"ss", named: "the password")
        let escaped = FakeModelRequestTextTests.request(#"{"messages": [{"role": "user", "content": "pa\"ss"}]}"#)
        #expect(check.problem(escaped) == "the password was sent")
        let unicode = FakeModelRequestTextTests.request(#"{"messages": [{"role": "user", "content": "p\u0061\"ss"}]}"#)
        #expect(check.problem(unicode) == "the password was sent")
        let clean = FakeModelRequestTextTests.request(#"{"messages": [{"role": "user", "content": "{password}"}]}"#)
        #expect(check.problem(clean) == nil)
        let header = FakeModelRequest(
            LoopbackRequest(method: "POST", target: "/v1/messages", headers: [("x-note", "pa\"ss")]))
        #expect(check.problem(header) == "the password was sent")
        #expect(FakeModelCheck.lastUserTextContains("{password}").problem(clean) == nil)
        #expect(FakeModelCheck.lastUserTextContains("Next").problem(clean) != nil)
    }
}
