import Testing
import WTRuntime
import WTSema
import WTTestSupport

@Suite("Parameters")
struct ParameterTests {
    static let program = """
        program "params"

        param base_url: url = "http://fake.test"
        param max_pages: int = 10
        param ratio: number = 1
        param verbose: bool = false
        param since: date?
        param password: secret
        param user: string
        param tags: [string] = ["a"]
        param ids: [int] = []
        """

    func parse(_ assignments: [String]) throws -> [String: Value] {
        let (program, _) = try Harness.check(Self.program)
        return try Parameters.parse(assignments, for: program)
    }

    func problem(_ assignments: [String]) throws -> String {
        let (program, _) = try Harness.check(Self.program)
        do {
            _ = try Parameters.parse(assignments, for: program)
            Issue.record("parsing \(assignments) succeeded")
            return ""
        } catch {
            return error.message
        }
    }

    @Test("values are read as their declared types and defaults fill the rest")
    func typesAndDefaults() throws {
        let values = try parse(["password=hunter2", "user=ada", "max_pages=3", "since=2026-11-29", "verbose=true"])
        #expect(values["base_url"] == .url("http://fake.test"))
        #expect(values["max_pages"] == .int(3))
        #expect(values["ratio"] == .number(1))
        #expect(values["verbose"] == .bool(true))
        #expect(values["since"] == .date("2026-11-29"))
        #expect(values["password"] == .secret("hunter2"))
        #expect(values["user"] == .string("ada"))
        #expect(values["tags"] == .list([.string("a")]))
        #expect(values["ids"] == .list([]))
    }

    @Test("an optional parameter left out is null")
    func optionalIsNull() throws {
        #expect(try parse(["password=p", "user=u"])["since"] == .null)
    }

    @Test(
        "lists are a comma list or a JSON array",
        arguments: [
            ("tags=love, life", Value.list([.string("love"), .string("life")])),
            (#"tags=["a, b", "c"]"#, .list([.string("a, b"), .string("c")])),
            ("tags=", .list([])),
            ("ids=1,2", .list([.int(1), .int(2)])),
            ("ids=[3, 4]", .list([.int(3), .int(4)])),
        ])
    func lists(assignment: String, expected: Value) throws {
        let name = String(assignment.prefix { $0 != "=" })
        #expect(try parse(["password=p", "user=u", assignment])[name] == expected)
    }

    @Test(
        "a value of the wrong type names the parameter and the type",
        arguments: [
            ("max_pages=ten", "parameter 'max_pages' is int, but 'ten' is not an int"),
            ("ratio=lots", "parameter 'ratio' is number, but 'lots' is not a number"),
            ("verbose=yes", "parameter 'verbose' is bool, but 'yes' is not a bool (write true or false)"),
            (
                "base_url=fake.test",
                "parameter 'base_url' is url, but 'fake.test' is not an absolute URL (write it as https://host/path)"
            ),
            (
                "since=tomorrow",
                "parameter 'since' is date?, but 'tomorrow' is not a date (write 2026-11-29 or 2026-11-29T10:00:00Z)"
            ),
            ("ids=1,x", "parameter 'ids' is [int], but 'x' is not an int"),
            ("ids=[1, \"x\"]", "parameter 'ids' is [int], but the JSON has string where int goes"),
        ])
    func wrongType(assignment: String, message: String) throws {
        #expect(try problem(["password=p", "user=u", assignment]) == message)
    }

    @Test("an unknown name gets a did-you-mean")
    func unknownName() throws {
        #expect(
            try problem(["password=p", "user=u", "max_page=3"])
                == "unknown parameter 'max_page'; did you mean 'max_pages'?")
    }

    @Test("every missing required parameter is listed, with its type")
    func missing() throws {
        #expect(try problem([]) == "missing required parameters 'password' (secret), 'user' (string)")
    }

    @Test("malformed and repeated assignments are reported together")
    func malformed() throws {
        #expect(
            try problem(["password=p", "user=u", "user=v", "verbose"])
                == "parameter 'user' is given twice\nexpected name=value, but got 'verbose'")
    }

    @Test("the run refuses parameters that do not fit, pointing at the declaration, and closes the driver")
    func runChecksParameters() async throws {
        let (program, file) = try Harness.check(
            """
            program "p"

            param n: int

            """)
        let site = FakeSite()
        do {
            _ = try await Interpreter.run(
                program, file: file, driver: FakeDriver(site: site),
                options: RunOptions(parameters: ["n": .string("x")]))
            Issue.record("the run succeeded")
        } catch {
            #expect(error.kind == .invalidParameters)
            #expect(error.message == "parameter 'n' is int, but 'x' is not an int")
            #expect(error.line == 3)
        }
        #expect(site.closeCount == 1)
    }
}
