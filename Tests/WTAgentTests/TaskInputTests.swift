import Testing
import WTAgent
import WTTrace

@Suite("TaskInput from and to the API's JSON")
struct TaskInputTests {
    @Test("a start body is read field by field, with defaults for what it leaves out")
    func decode() throws {
        let body = try json(
            """
            {"task": "Log in and list my orders", "startUrl": "http://127.0.0.1:8080/",
             "parameters": {"user": "ann", "password": "hunter2", "limit": 10},
             "secrets": ["password"], "outputSchema": {"type": "object"}, "reuseKey": "wtr_1",
             "model": "sonnet", "budget": {"maxSteps": 12, "maxAiUsd": 0.5}, "extra": true}
            """)
        let input = try TaskInput.decode(body).get()
        #expect(input.task == "Log in and list my orders")
        #expect(input.startURL == "http://127.0.0.1:8080/")
        #expect(input.parameter("limit") == .number(10))
        #expect(input.secrets == ["password"])
        #expect(input.outputSchema == .object([.init("type", .string("object"))]))
        #expect(input.reuseKey == "wtr_1")
        #expect(input.model == "sonnet")
        #expect(input.budget == TaskBudget(maxSteps: 12, maxAiUsd: 0.5))
        #expect(try TaskInput.decode(json(#"{"task": "t"}"#)).get() == TaskInput(task: "t"))
    }

    @Test("every field of the wrong type is named at once")
    func wrongTypes() throws {
        let body = try json(
            """
            {"startUrl": 5, "parameters": [], "secrets": ["a", 2], "model": null,
             "budget": {"maxSteps": 2.5, "maxSeconds": "60"}}
            """)
        guard case .failure(let errors) = TaskInput.decode(body) else {
            Issue.record("expected problems")
            return
        }
        #expect(
            errors.problems.map(\.description) == [
                "task: is missing; every task needs task [task.body]",
                "startUrl: must be a string, found a number (5); see the start endpoint's request body [task.body]",
                "parameters: must be an object, found an array; see the start endpoint's request body [task.body]",
                "secrets[1]: must be a string, found a number (2); see the start endpoint's request body [task.body]",
                "budget.maxSteps: must be a whole number, found a number (2.5); see the start endpoint's request body [task.body]",
                "budget.maxSeconds: must be a number, found a string; see the start endpoint's request body [task.body]",
            ])
        guard case .failure(let notObject) = TaskInput.decode(.array([])) else { return }
        #expect(notObject.problems.map(\.field) == ["body"])
    }

    @Test("the echoed input shows secret values as dots, wherever they appear")
    func echo() throws {
        let input = TaskInput(
            task: "Log in with hunter2", startURL: "http://127.0.0.1/?p=hunter2",
            parameters: [.init("user", .string("ann")), .init("password", .string("hunter2"))], secrets: ["password"])
        let echoed = input.json.jsonText
        #expect(!echoed.contains("hunter2"))
        #expect(input.json["parameters"]?["password"] == .string("••••"))
        #expect(input.json["parameters"]?["user"] == .string("ann"))
        #expect(input.json["task"] == .string("Log in with ••••"))
    }
}
