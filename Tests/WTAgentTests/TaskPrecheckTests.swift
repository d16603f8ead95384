import Testing
import WTAgent
import WTRuntime
import WTTrace

@Suite("TaskPrecheck")
struct TaskPrecheckTests {
    static let valid = TaskInput(
        task: "Collect every quote tagged {tag} with its author", startURL: "http://127.0.0.1:8080/",
        parameters: [.init("tag", .string("love")), .init("pages", .number(2)), .init("password", .string("pw"))],
        secrets: ["password"],
        outputSchema: .object([.init("type", .string("object"))]))

    /// `field [id]` of each problem, the part tests compare.
    func found(_ input: TaskInput, _ precheck: TaskPrecheck = TaskPrecheck()) -> [String] {
        precheck.check(input).map { "\($0.field) [\($0.id)]" }
    }

    @Test("a well-formed task with a loopback start URL passes")
    func valid() {
        #expect(TaskPrecheck().check(Self.valid) == [])
        var noURL = Self.valid
        noURL.startURL = nil
        #expect(TaskPrecheck().check(noURL) == [])
    }

    @Test("an empty, blank or oversized task is refused, and the limit is stated")
    func taskText() throws {
        for text in ["", "  \n\t "] {
            var input = Self.valid
            input.task = text
            #expect(found(input) == ["task [task.empty]"])
        }
        var long = Self.valid
        long.task = String(repeating: "a", count: TaskPrecheck.maximumTaskLength + 1)
        let problem = try #require(TaskPrecheck().check(long).first)
        #expect(problem.id == "task.too-long")
        #expect(problem.message == "the task is 8001 characters long, more than 8000")
        long.task = String(repeating: "é", count: TaskPrecheck.maximumTaskLength)
        #expect(TaskPrecheck().check(long) == [])
    }

    @Test(
        "start URLs that are malformed, not http(s), or refused by the navigation guard are named",
        arguments: [
            ("example.com/start", "task.start-url-malformed"), ("not a url", "task.start-url-malformed"),
            ("http://", "task.start-url-malformed"), ("file:///etc/passwd", "task.start-url-scheme"),
            ("about:blank", "task.start-url-scheme"), ("javascript:alert(1)", "task.start-url-scheme"),
            ("http://169.254.169.254/latest", "task.start-url-refused"),
            ("http://[fe80::1]/", "task.start-url-refused"),
            ("http://metadata.google.internal/", "task.start-url-refused"),
        ])
    func startURL(url: String, id: String) {
        var input = Self.valid
        input.startURL = url
        #expect(found(input) == ["startUrl [\(id)]"])
    }

    @Test("a refused start URL says why and how to allow it, and the allow list lets it through")
    func refusedStartURL() throws {
        var input = Self.valid
        input.startURL = "http://169.254.169.254/latest"
        let problem = try #require(TaskPrecheck().check(input).first)
        #expect(
            problem.description
                == "startUrl: 'http://169.254.169.254/latest': 169.254.169.254 is a cloud metadata endpoint, which "
                + "holds the machine's credentials; if this run really must reach it, add '169.254.169.254' to the "
                + "navigation allow list [task.start-url-refused]")
        let allowing = TaskPrecheck(
            navigationGuard: NavigationGuard(allowing: [.host("169.254.169.254"), .scheme("file")]))
        #expect(allowing.check(input) == [])
        input.startURL = "file:///srv/page.html"
        #expect(allowing.check(input) == [])
    }

    @Test("parameter names must be identifiers, given once, and values strings, numbers or booleans")
    func parameters() {
        var input = Self.valid
        input.secrets = []
        input.parameters = [
            .init("ok_1", .bool(true)), .init("1st", .string("x")), .init("first name", .string("x")),
            .init("ok_1", .number(2)), .init("list", .array([.string("a")])), .init("nothing", .null),
        ]
        #expect(
            found(input) == [
                "parameters[\"1st\"] [task.parameter-name]", "parameters[\"first name\"] [task.parameter-name]",
                "parameters.ok_1 [task.parameter-duplicate]", "parameters.list [task.parameter-value]",
                "parameters.nothing [task.parameter-value]",
            ])
        #expect(TaskPrecheck().check(input).last?.message == "the value is null")
    }

    @Test("secrets must name string parameters")
    func secrets() {
        var input = Self.valid
        input.secrets = ["password", "pin", "pages"]
        let problems = TaskPrecheck().check(input)
        #expect(problems.map(\.field) == ["secrets[1]", "secrets[2]"])
        #expect(problems.map(\.id) == ["task.secret-unknown", "task.secret-not-string"])
        #expect(problems.first?.message == "'pin' names no parameter (there are tag, pages, password)")
        #expect(problems.last?.message == "the parameter 'pages' is a number (2), not a string")
    }

    @Test(
        "an output schema must be a schema for an object, and its keywords well formed",
        arguments: [
            (#"[1]"#, ["outputSchema [task.schema-not-object]"]),
            (#"true"#, ["outputSchema [task.schema-not-object]"]),
            (#"{"type": "array"}"#, ["outputSchema.type [task.schema-not-object]"]),
            (#"{"type": ["object", "null"]}"#, []),
            (
                #"{"properties": {"x": {"type": "strnig"}, "y": 3, "z": {"type": ["string", 1]}}}"#,
                [
                    "outputSchema.properties.x.type [task.schema-invalid]",
                    "outputSchema.properties.y [task.schema-invalid]",
                    "outputSchema.properties.z.type[1] [task.schema-invalid]",
                ]
            ),
            (
                ##"{"required": "x", "properties": {"a": {"$ref": "#/$defs/nope", "pattern": "(", "minLength": -1}}}"##,
                [
                    "outputSchema.required [task.schema-invalid]",
                    "outputSchema.properties.a[\"$ref\"] [task.schema-invalid]",
                    "outputSchema.properties.a.pattern [task.schema-invalid]",
                    "outputSchema.properties.a.minLength [task.schema-invalid]",
                ]
            ),
            (
                ##"{"$defs": {"q": {"items": {"enum": 1}}}, "anyOf": [], "properties": {"b": {"$ref": "#/$defs/q"}}}"##,
                [
                    "outputSchema.anyOf [task.schema-invalid]",
                    "outputSchema[\"$defs\"].q.items.enum [task.schema-invalid]",
                ]
            ),
        ] as [(String, [String])])
    func outputSchema(schema: String, expected: [String]) throws {
        var input = Self.valid
        input.outputSchema = try json(schema)
        #expect(found(input) == expected)
    }

    @Test("schema problems say what was expected")
    func schemaMessages() throws {
        var input = Self.valid
        input.outputSchema = try json(#"{"type": "array", "items": {}}"#)
        #expect(
            TaskPrecheck().check(input).map(\.message) == [
                "the output schema describes an array, but a result is a JSON object"
            ])
        input.outputSchema = try json(#"{"properties": {"x": {"type": "strnig"}}}"#)
        #expect(TaskPrecheck().check(input).map(\.message) == ["'strnig' is not a JSON Schema type"])
    }

    @Test("the model must be one of the configured aliases, and the budget usable")
    func modelAndBudget() {
        var input = Self.valid
        input.model = "gpt-9"
        input.budget = TaskBudget(maxSteps: 0, maxAiUsd: -1, maxSeconds: .infinity)
        #expect(
            found(input) == [
                "model [task.model-unknown]", "budget.maxSteps [task.budget]", "budget.maxAiUsd [task.budget]",
                "budget.maxSeconds [task.budget]",
            ])
        #expect(TaskPrecheck().check(input).first?.help == "use one of haiku, opus, sonnet")
        #expect(TaskPrecheck(models: nil).check(input).count == 3)
        #expect(TaskBudget() == TaskBudget(maxSteps: 50, maxAiUsd: 2, maxSeconds: 600))
    }
}
