import WTRuntime
import WTTrace

/// The catalog of the task pre-checks (ids `task.*`): each problem says what is wrong and what to do.
enum TaskMessages {
    static func emptyTask() -> TaskProblem {
        .init(
            id: "task.empty", field: "task", message: "the task is empty",
            help: "say in plain words what to do on the site, e.g. \"collect every quote tagged {tag}\"")
    }

    static func taskTooLong(_ length: Int, limit: Int) -> TaskProblem {
        .init(
            id: "task.too-long", field: "task", message: "the task is \(length) characters long, more than \(limit)",
            help: "describe the goal, not every click; put long data in parameters")
    }

    static func startURLMalformed(_ url: String) -> TaskProblem {
        .init(
            id: "task.start-url-malformed", field: "startUrl",
            message: "'\(url)' is not an absolute URL with a scheme and a host",
            help: "write the full address, e.g. https://example.com/start")
    }

    static func startURLScheme(_ url: String, scheme: String) -> TaskProblem {
        .init(
            id: "task.start-url-scheme", field: "startUrl", message: "'\(url)' is a \(scheme): address",
            help: "a task starts on an http:// or https:// page")
    }

    static func startURLRefused(_ refusal: NavigationRefusal) -> TaskProblem {
        .init(
            id: "task.start-url-refused", field: "startUrl", message: "'\(refusal.url)': \(refusal.why)",
            help: refusal.help)
    }

    static func parameterName(_ field: String, _ name: String) -> TaskProblem {
        .init(
            id: "task.parameter-name", field: field, message: "'\(name)' is not a parameter name",
            help: "use letters, digits and _, starting with a letter or _, e.g. search_term")
    }

    static func parameterDuplicate(_ field: String, _ name: String) -> TaskProblem {
        .init(
            id: "task.parameter-duplicate", field: field, message: "the parameter '\(name)' is given twice",
            help: "give each parameter once")
    }

    static func parameterValue(_ field: String, found: String) -> TaskProblem {
        .init(
            id: "task.parameter-value", field: field, message: "the value is \(found)",
            help: "a parameter is a string, a number or a boolean; pass a list as separate parameters or as text")
    }

    static func secretUnknown(_ field: String, _ name: String, known: [String]) -> TaskProblem {
        let names = known.isEmpty ? "there are none" : "there are " + known.joined(separator: ", ")
        return .init(
            id: "task.secret-unknown", field: field, message: "'\(name)' names no parameter (\(names))",
            help: "list in secrets the names of parameters whose values must stay secret")
    }

    static func secretNotString(_ field: String, _ name: String, found: String) -> TaskProblem {
        .init(
            id: "task.secret-not-string", field: field, message: "the parameter '\(name)' is \(found), not a string",
            help: "a secret is typed into a field, so its value must be a string")
    }

    static func modelUnknown(_ model: String, known: [String]) -> TaskProblem {
        .init(
            id: "task.model-unknown", field: "model", message: "'\(model)' is not a model this server offers",
            help: "use one of " + known.joined(separator: ", "))
    }

    static func budget(_ field: String, _ value: String, _ expected: String) -> TaskProblem {
        .init(
            id: "task.budget", field: field, message: "\(value) is not a usable limit",
            help: "give \(expected), or leave it out for the default")
    }

    static func schemaNotObject(_ field: String, found: JSONValue) -> TaskProblem {
        .init(
            id: "task.schema-not-object", field: field,
            message: "the output schema is \(kind(found)), not a JSON Schema object", help: schemaStart)
    }

    static func schemaNotForObject(_ field: String, describes: String) -> TaskProblem {
        .init(
            id: "task.schema-not-object", field: field,
            message: "the output schema describes \(describes), but a result is a JSON object", help: schemaStart)
    }

    private static let schemaStart = #"start from {"type": "object", "properties": {…}}"#

    static func notASchema(_ field: String, found: JSONValue) -> TaskProblem {
        schemaInvalid(field, "is \(kind(found)), not a schema", "a schema is a JSON object, or true or false")
    }

    static func unknownType(_ field: String, _ name: String) -> TaskProblem {
        schemaInvalid(
            field, "'\(name)' is not a JSON Schema type",
            "use null, boolean, integer, number, string, array or object")
    }

    static func keywordShape(_ field: String, _ keyword: String, expected: String, found: JSONValue) -> TaskProblem {
        schemaInvalid(
            field, "\(keyword) must be \(expected), found \(kind(found))", "fix the schema (JSON Schema draft 2020-12)")
    }

    static func badPattern(_ field: String, _ pattern: String) -> TaskProblem {
        schemaInvalid(
            field, "'\(pattern)' is not a valid regular expression",
            "write an ECMA-262-style pattern, e.g. ^[A-Z][a-z]+$")
    }

    static func unresolvedReference(_ field: String, _ ref: String) -> TaskProblem {
        schemaInvalid(
            field, "'\(ref)' does not point into this schema",
            "refer to a part of the same schema, e.g. #/$defs/item; other documents are not fetched")
    }

    private static func schemaInvalid(_ field: String, _ message: String, _ help: String) -> TaskProblem {
        .init(id: "task.schema-invalid", field: field, message: message, help: help)
    }

    static func bodyNotObject(_ body: JSONValue) -> TaskProblem {
        .init(
            id: "task.body", field: "body", message: "the request body is \(kind(body)), not a JSON object",
            help: #"send {"task": "…", "startUrl": "https://…"}"#)
    }

    static func bodyFieldMissing(_ field: String) -> TaskProblem {
        .init(id: "task.body", field: field, message: "is missing", help: "every task needs \(field)")
    }

    static func bodyField(_ field: String, expected: String, found: JSONValue) -> TaskProblem {
        .init(
            id: "task.body", field: field, message: "must be \(expected), found \(kind(found))",
            help: "see the start endpoint's request body")
    }

    /// What a field or keyword must hold, for "must be …" messages.
    enum Expected {
        static let schemaMap = "an object of schemas"
        static let propertyNames = "an array of property names"
        static let values = "an array of values"
        static let schemaList = "a non-empty array of schemas"
        static let string = "a string"
        static let positiveNumber = "a number greater than 0"
        static let number = "a number"
        static let count = "a whole number, 0 or more"
        static let typeName = "a type name"
        static let typeNames = "a type name or a list of them"
        static let object = "an object"
        static let names = "an array of names"
        static let wholeNumber = "a whole number"
        static let steps = "a whole number of steps, 1 or more"
        static let dollars = "dollars, 0 or more"
        static let seconds = "seconds, more than 0"
    }

    /// `a string`, `null`, `an array` for a JSON value.
    static func kind(_ value: JSONValue) -> String { SchemaValidationMessages.found(value) }
}
