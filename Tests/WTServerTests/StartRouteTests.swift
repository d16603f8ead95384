import Testing
import WTServer

@Suite("POST web-tasks/start")
struct StartRouteTests {
    static let path = "\(base)/ws_a/web-tasks/start"

    @Test("a valid start answers webTaskId and status pending")
    func starts() async throws {
        let reply = try await TestAPI().run { client in
            try await client.post(
                Self.path,
                json: #"""
                    {"task":"List the links","startUrl":"https://example.com/","parameters":{"q":"x","pw":"s"},
                     "outputSchema":{"type":"object"},"reuseKey":"links-1","model":"sonnet",
                     "budget":{"maxAiUsd":0.5,"maxSteps":20,"maxSeconds":60},"secrets":["pw"]}
                    """#)
        }
        #expect(reply.status == 200)
        #expect(reply.json.keys == ["webTaskId", "status"])
        #expect(reply.json["status"].string == "pending")
        #expect(reply.json["webTaskId"].string?.hasPrefix("wt_") == true)
    }

    @Test("null optional fields mean the same as absent ones")
    func nulls() async throws {
        let body =
            #"{"task":"t","startUrl":null,"parameters":null,"model":null,"budget":{"maxSteps":null},"secrets":null}"#
        let reply = try await TestAPI().run { try await $0.post(Self.path, json: body) }
        #expect(reply.status == 200, "\(reply.text)")
    }

    @Test("fields this server does not know are ignored, as a newer client may send them")
    func unknownFields() async throws {
        let reply = try await TestAPI().run {
            try await $0.post(Self.path, json: #"{"task":"t","futureField":{"x":1}}"#)
        }
        #expect(reply.status == 200, "\(reply.text)")
    }

    @Test(
        "a bad body is a 400 whose message names the field",
        arguments: [
            (#"{"task":""}"#, "body.task"),
            (#"{"task":"   "}"#, "body.task"),
            (#"{"startUrl":"https://example.com"}"#, "body.task"),
            (#"{"task":7}"#, "body.task"),
            (#"{"task":"t","startUrl":"not a url"}"#, "body.startUrl"),
            (#"{"task":"t","startUrl":"file:///etc/passwd"}"#, "body.startUrl"),
            (#"{"task":"t","model":"gpt"}"#, "body.model"),
            (#"{"task":"t","model":""}"#, "body.model"),
            (#"{"task":"t","parameters":[1,2]}"#, "body.parameters"),
            (#"{"task":"t","reuseKey":"a/b"}"#, "body.reuseKey"),
            (#"{"task":"t","budget":{"maxSteps":0}}"#, "body.budget.maxSteps"),
            (#"{"task":"t","parameters":{"a":1},"secrets":["b"]}"#, "body.secrets[0]"),
            (#"{"task":"t""#, "body"),
        ])
    func badBodies(body: String, field: String) async throws {
        let reply = try await TestAPI().run { try await $0.post(Self.path, json: body) }
        #expect(reply.status == 400, "\(body): \(reply.text)")
        #expect(reply.json["error"]["details"]["field"].string == field, "\(body): \(reply.text)")
        #expect(reply.errorMessage?.hasPrefix(field) == true, "\(body): \(reply.text)")
        #expect(reply.errorCode == "rejected")
        #expect(reply.json["error"]["details"]["reason"].string == "invalid-request")
    }

    @Test("a start without a body is a 400, not a 500")
    func noBody() async throws {
        let reply = try await TestAPI().run { try await $0.post(Self.path, json: nil) }
        #expect(reply.status == 400, "\(reply.text)")
        #expect(reply.errorMessage != nil)
    }
}
