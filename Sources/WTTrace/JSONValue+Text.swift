extension JSONValue {
    /// The value as JSON text, printed the way traces are (members in order, two-space indentation), so
    /// other modules can send a `JSONValue` without a second JSON writer.
    public var jsonText: String {
        var printer = JSONPrinter()
        printer.print(JSONOutput(self))
        return printer.text
    }
}
