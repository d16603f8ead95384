extension HTMLDocument {
    /// One record per node `container` selects (in `context`, the document when nil), each holding the
    /// `fields` in order, extracted with the container as context.
    ///
    /// A required scalar field whose selector matches nothing fails the extraction, naming the record
    /// (1-based), the field and the selector; an optional one yields `.null`.
    public func extractRecords(
        container: CompiledSelector, fields: [FieldSpec], in context: Node? = nil
    ) throws(ExtractError) -> [ExtractedValue] {
        var records: [ExtractedValue] = []
        for (index, node) in try select(container, in: context).enumerated() {
            var values: [ExtractedValue.Field] = []
            values.reserveCapacity(fields.count)
            for field in fields {
                do {
                    let value = try extract(field.kind, field.selector, in: node, optional: field.optional)
                    values.append(ExtractedValue.Field(field.name, value))
                } catch {
                    throw ExtractMessage.missingField(field.name, record: index + 1, error)
                }
            }
            records.append(.record(values))
        }
        return records
    }
}
