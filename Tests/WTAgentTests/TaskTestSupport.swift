import WTDiagnostics
import WTTrace

/// JSON text → `JSONValue`, so schemas and values in the task tests are written as JSON.
func json(_ text: String) throws -> JSONValue {
    JSONValue(try PositionedJSON.parse(Array(text.utf8)))
}
