/// The header, `param` / `output` declarations and written types.
extension PrintBuffer {
    /// Declarations whose one-line form is longer than this wrap their outermost record type.
    static let maximumDeclarationWidth = 100

    mutating func writeHeader(_ header: Header) {
        commentLines(header.trivia.leadingComments)
        write("program ")
        writeString(header.name)
        endLine(trailing: header.trivia.trailingComment)
        if let mode = header.mode {
            // The grammar has no room for a blank line here, so `mode.trivia.blankLineBefore` is ignored.
            commentLines(mode.trivia.leadingComments)
            write("mode ")
            write(mode.mode.rawValue)
            endLine(trailing: mode.trivia.trailingComment)
        }
    }

    mutating func writeDeclaration(_ declaration: Declaration) {
        commentLines(declaration.trivia.leadingComments)
        startLine()
        var oneLine = PrintBuffer()
        oneLine.writeDeclarationLine(declaration, wrapping: false)
        // Declarations sit at column 1; the trailing comment is not counted, so editing it never reflows the type.
        if oneLine.text.unicodeScalars.count <= Self.maximumDeclarationWidth {
            write(oneLine.text)
        } else {
            writeDeclarationLine(declaration, wrapping: true)
        }
        endLine(trailing: declaration.trivia.trailingComment)
    }

    private mutating func writeDeclarationLine(_ declaration: Declaration, wrapping: Bool) {
        switch declaration.kind {
        case .param(let name, let type, let defaultValue):
            write("param ")
            write(name.name)
            write(": ")
            writeType(type, wrapping: wrapping)
            if let defaultValue {
                write(" = ")
                writeExpr(defaultValue)
            }
        case .output(let name, let type):
            write("output ")
            write(name.name)
            write(": ")
            writeType(type, wrapping: wrapping)
        }
    }

    /// A type on one line, or with `wrapping` its outermost record (under any number of list brackets)
    /// one field per line, each with a trailing comma, so adding a field is a one-line diff.
    mutating func writeType(_ type: TypeExpr, wrapping: Bool = false) {
        switch type.kind {
        case .scalar(let scalar): write(scalar.rawValue)
        case .list(let element):
            write("[")
            writeType(element, wrapping: wrapping)
            write("]")
        case .record(let fields) where wrapping && !fields.isEmpty: writeWrappedRecord(fields)
        case .record(let fields): writeInlineRecord(fields)
        }
        if type.optional { write("?") }
    }

    private mutating func writeInlineRecord(_ fields: [FieldType]) {
        guard !fields.isEmpty else { return write("{}") }
        write("{ ")
        writeJoined(fields, separator: ", ") { $0.writeFieldType($1) }
        write(" }")
    }

    private mutating func writeWrappedRecord(_ fields: [FieldType]) {
        write("{")
        newline()
        depth += 1
        for field in fields {
            startLine()
            writeFieldType(field)
            write(",")
            newline()
        }
        depth -= 1
        startLine()
        write("}")
    }

    private mutating func writeFieldType(_ field: FieldType) {
        write(field.name.name)
        write(": ")
        writeType(field.type)
    }
}
