import Synchronization
import WTDiagnostics
import WTExtract
import WTRuntime

/// A snapshot page for the replay that answers each question once: a snapshot never changes, and a trace
/// reads the same page again and again (a product page every time a search lists it), so the same
/// extraction on the same snapshot gives the same answer.
struct ReplaySnapshot: PageSnapshot {
    let page: LibXMLSnapshot
    let answers: ReplayAnswers

    var url: String { page.url }
    var title: String { page.title }

    func json() throws(StepError) -> JSONNode { try page.json() }

    func count(_ locator: ResolvedLocator, scope: [ResolvedLocator]) throws(StepError) -> Int {
        guard
            case .count(let n) = try answers.answer(
                .count(locator, scope),
                { () throws(StepError) in
                    .count(try page.count(locator, scope: scope))
                })
        else { return 0 }
        return n
    }

    func extract(_ field: FieldRequest, scope: [ResolvedLocator]) throws(StepError) -> Value {
        guard
            case .value(let value) = try answers.answer(
                .extract(field, scope),
                { () throws(StepError) in
                    .value(try page.extract(field, scope: scope))
                })
        else { return .null }
        return value
    }

    func records(_ container: ResolvedLocator, fields: [FieldRequest], scope: [ResolvedLocator])
        throws(StepError) -> [Value]
    {
        guard
            case .values(let values) = try answers.answer(
                .records(container, fields, scope),
                { () throws(StepError) in
                    .values(try page.records(container, fields: fields, scope: scope))
                })
        else { return [] }
        return values
    }

    func table(_ locator: ResolvedLocator, columns: [TableColumn], scope: [ResolvedLocator]) throws(StepError)
        -> [Value]
    {
        try page.table(locator, columns: columns, scope: scope)
    }

    func summary() -> String { page.summary() }
}

/// The answers given on one snapshot read at one address, by question.
final class ReplayAnswers: Sendable {
    enum Question: Hashable {
        case count(ResolvedLocator, [ResolvedLocator])
        case extract(FieldRequest, [ResolvedLocator])
        case records(ResolvedLocator, [FieldRequest], [ResolvedLocator])
    }

    enum Answer: Sendable {
        case count(Int)
        case value(Value)
        case values([Value])
    }

    private let known = Mutex<[Question: Result<Answer, StepError>]>([:])

    func answer(_ question: Question, _ work: () throws(StepError) -> Answer) throws(StepError) -> Answer {
        if let done = known.withLock({ $0[question] }) { return try done.get() }
        let result: Result<Answer, StepError>
        do throws(StepError) {
            result = .success(try work())
        } catch {
            result = .failure(error)
        }
        known.withLock { $0[question] = result }
        return try result.get()
    }
}
