import WTDiagnostics

/// Every message the checker emits (ids `sema.*`). Messages say what is wrong; `help:` says what to do.
enum SemaMessages {
    static func undefinedName(_ name: String) -> DiagnosticMessage {
        .init("sema.undefined-name", .error, "unknown name '\(name)'")
    }
    static func duplicateName(_ name: String) -> DiagnosticMessage {
        .init("sema.duplicate-name", .error, "'\(name)' is already declared")
    }
    static func typeMismatch(_ what: String, expected: String, found: WTType) -> DiagnosticMessage {
        .init("sema.type-mismatch", .error, "\(what) must be \(expected), but this is \(found)")
    }
    static func notAssignable(_ value: WTType, to target: String, _ type: WTType) -> DiagnosticMessage {
        .init("sema.type-mismatch", .error, "cannot assign \(value) to '\(target)' of type \(type)")
    }
    static func defaultMismatch(_ name: String, _ type: WTType, _ found: String) -> DiagnosticMessage {
        .init(
            "sema.default-type-mismatch", .error,
            "default of parameter '\(name)' is \(found), but the parameter is \(type)")
    }
    static func invalidDefault(_ name: String, _ reason: String) -> DiagnosticMessage {
        .init("sema.default-type-mismatch", .error, "default of parameter '\(name)' \(reason)")
    }
    static func appendToNonList(_ name: String, _ type: WTType) -> DiagnosticMessage {
        .init("sema.append-to-non-list", .error, "'+=' needs a list, but '\(name)' is \(type)")
    }
    static func readOnly(_ name: String, _ kind: String) -> DiagnosticMessage {
        .init("sema.read-only", .error, "'\(name)' is a \(kind) and cannot be assigned")
    }
    static func interpolateNonScalar(_ path: String, _ type: WTType) -> DiagnosticMessage {
        .init("sema.interpolate-non-scalar", .error, "cannot interpolate '\(path)' of type \(type) into a string")
    }
    static func interpolateSecret(_ path: String) -> DiagnosticMessage {
        .init("sema.interpolate-secret", .error, "secret '\(path)' cannot be interpolated into a string")
    }
    static let secretOutput = DiagnosticMessage("sema.secret-output", .error, "an output cannot hold a secret")
    static func unknownField(_ field: String, of type: WTType) -> DiagnosticMessage {
        .init("sema.unknown-field", .error, "\(type) has no field '\(field)'")
    }
    static func missingField(_ field: String, _ target: String) -> DiagnosticMessage {
        .init("sema.missing-field", .error, "field '\(field)' of '\(target)' is not extracted")
    }
    static func extraField(_ field: String, _ target: String) -> DiagnosticMessage {
        .init("sema.unknown-field", .error, "'\(target)' has no field '\(field)'")
    }
    static func duplicateField(_ field: String) -> DiagnosticMessage {
        .init("sema.duplicate-field", .error, "field '\(field)' is extracted twice")
    }
    static func fieldAccessOnNonRecord(_ field: String, _ type: WTType) -> DiagnosticMessage {
        .init("sema.unknown-field", .error, "cannot read field '\(field)' of \(type)")
    }
    static let breakOutsideLoop = DiagnosticMessage("sema.break-outside-loop", .error, "'break' outside a loop")
    static let unreachable = DiagnosticMessage("sema.unreachable", .error, "this step can never run")
    static let unboundedRepeat = DiagnosticMessage(
        "sema.unbounded-loop", .error, "this loop has no bound; every loop must be bounded")
    static func growingLoop(_ name: String) -> DiagnosticMessage {
        .init("sema.unbounded-loop", .error, "the loop adds to '\(name)' while iterating over it, so it may never end")
    }
    static func nonPositiveBound(_ what: String, _ value: Int) -> DiagnosticMessage {
        .init("sema.invalid-bound", .error, "\(what) must be at least 1, but is \(value)")
    }
    static func invalidSelector(_ kind: String, _ message: String) -> DiagnosticMessage {
        .init("sema.invalid-selector", .error, "invalid \(kind) selector: \(message)")
    }
    static func invalidRegex(_ reason: String) -> DiagnosticMessage {
        .init("sema.invalid-regex", .error, "invalid regular expression: \(reason)")
    }
    static let transformPatternNeedsLiteral = DiagnosticMessage(
        "sema.invalid-regex", .error, "a 'match' or 'matches' pattern must be a string literal without interpolation")
    static func noSuchGroup(_ group: String, groups: Int) -> DiagnosticMessage {
        .init(
            "sema.no-such-group", .error,
            "the pattern has no group \(group); it has \(groups) capture group\(groups == 1 ? "" : "s")")
    }
    static func transformInput(_ name: String, found: WTType) -> DiagnosticMessage {
        .init(
            "sema.type-mismatch", .error,
            "'then \(name)' works on a string or a list of strings, but this is \(found)")
    }
    static func transformOnList(_ name: String) -> DiagnosticMessage {
        .init(
            "sema.type-mismatch", .error,
            "'then \(name)' makes a list from one string, but this is already a list of strings")
    }
    static func ambiguousPageWord(_ word: String) -> DiagnosticMessage {
        .init(
            "sema.ambiguous-name", .warning,
            "'\(word)' here is the page's \(word), but a variable named '\(word)' is also in scope")
    }
    static func xpathValueNotElements(_ use: String) -> DiagnosticMessage {
        .init(
            "sema.xpath-value", .error,
            "this XPath computes a value (text, a number or true/false), not elements, and \(use) needs elements")
    }
    static let regexNeedsLiteral = DiagnosticMessage(
        "sema.invalid-regex", .error, "the right side of '~' must be a string literal without interpolation")
    static func emptyString(_ what: String) -> DiagnosticMessage {
        .init("sema.empty-string", .error, "\(what) cannot be empty")
    }
    static func unknownRole(_ role: String) -> DiagnosticMessage {
        .init("sema.unknown-role", .error, "unknown ARIA role '\(role)'")
    }
    static func unknownKey(_ key: String) -> DiagnosticMessage {
        .init("sema.unknown-key", .error, "unknown key '\(key)'")
    }
    static let pseudoElementInAction = DiagnosticMessage(
        "sema.pseudo-element-in-action", .error,
        "::text and ::attr() select values, not elements; use them in extract only")
    static let zeroTimeout = DiagnosticMessage("sema.invalid-bound", .error, "a timeout must be longer than 0ms")
    static func invalidJSONPath(_ message: String) -> DiagnosticMessage {
        .init("sema.invalid-json-path", .error, "invalid JSON path: \(message)")
    }
    static let jsonNeedsType = DiagnosticMessage(
        "sema.json-needs-type", .error, "'json' needs a target with a declared type to shape the values into")
    static func jsonListNeedsList(_ type: WTType) -> DiagnosticMessage {
        .init("sema.json-needs-type", .error, "a path with [*] reads a list, but the target is \(type)")
    }
    static let jsonFieldOutsideJSONRecords = DiagnosticMessage(
        "sema.json-field-placement", .error,
        "a 'json' field reads a JSON element: use it inside 'each json \"path\" { … }'")
    static let pageFieldInJSONRecords = DiagnosticMessage(
        "sema.json-field-placement", .error,
        "inside 'each json', fields read the JSON element: write 'name = json \"key\"'")
    static let tableNeedsType = DiagnosticMessage(
        "sema.table-needs-type", .error, "'table' needs a target declared as a list of records")
    static func tableFieldNotScalar(_ field: String) -> DiagnosticMessage {
        .init("sema.table-needs-type", .error, "table column '\(field)' must be a scalar")
    }
    static let emptyProgramName = DiagnosticMessage("sema.empty-string", .error, "the program name cannot be empty")
    static func outputNeverAssigned(_ name: String) -> DiagnosticMessage {
        .init("sema.output-never-assigned", .warning, "output '\(name)' is never assigned")
    }
    static func downloadTarget(_ name: String, _ type: WTType) -> DiagnosticMessage {
        .init("sema.type-mismatch", .error, "'download … into \(name)' needs a file, but '\(name)' is \(type)")
    }
    static func shadowed(_ name: String) -> DiagnosticMessage {
        .init("sema.duplicate-name", .error, "'\(name)' is already declared in an enclosing scope")
    }

    /// Texts for `help:` lines.
    enum Help {
        static func ambiguousPageWord(_ word: String) -> String {
            "to read the variable write \"{\(word)}\"; to read the page's \(word), give the variable another name"
        }
        static let transformInput = "read the value as text first, e.g. 'text …' or 'attr \"…\" of …'"
        static let xpathValue =
            "read a computed value with text, number, int or date (e.g. 'text xpath \"substring-after(//p, 'in ')\"')"
        static let splitList = "split each element inside 'for each', or use 'matches' on the text"
    }
}
