extension DumpWriter {
    func statement(_ s: Statement) -> String {
        let (head, parts) = statementParts(s.kind)
        return form(head, parts + [triviaParts(s.trivia)])
    }

    func timeout(_ d: DurationLiteral?) -> String? {
        d.map { form("timeout", ["\($0.milliseconds)ms"]) }
    }

    func statementParts(_ kind: Statement.Kind) -> (String, [String?]) {
        switch kind {
        case .open(let e): ("open", [expr(e)])
        case .click(let l, let t): ("click", [locator(l), timeout(t)])
        case .fill(let l, let v, let t): ("fill", [locator(l), expr(v), timeout(t)])
        case .select(let l, let by, let v, let t): ("select", [locator(l), by.rawValue, expr(v), timeout(t)])
        case .check(let l, let checked, let t): (checked ? "check" : "uncheck", [locator(l), timeout(t)])
        case .press(let key, let target): ("press", [string(key), target.map { form("on", [locator($0)]) }])
        case .scroll(let scroll): ("scroll", scrollParts(scroll))
        case .waitFor(let e, let t): ("wait-for", [expr(e), timeout(t)])
        case .back: ("back", [])
        case .download(let l, let into, let t): ("download", [locator(l), form("into", [into.name]), timeout(t)])
        case .within(let l, let b): ("within", [locator(l), block(b)])
        case .forEach(let variable, let list, let concurrency, let body):
            ("for-each", [variable.name, expr(list), concurrency.map { form("concurrency", [expr($0)]) }, block(body)])
        case .repeatLoop(let count, let counter, let body):
            ("repeat", [count.map(expr), counter.map { form("as", [$0.name]) }, block(body)])
        case .ifElse(let condition, let then, let otherwise):
            ("if", [expr(condition), block(then), elsePart(otherwise)])
        case .breakLoop: ("break", [])
        case .returnProgram: ("return", [])
        case .extract(let target, let op, let x): ("extract", [target.name, op.rawValue, extraction(x)])
        case .letBinding(let target, let op, let e): ("let", [target.name, op.rawValue, expr(e)])
        case .expect(let e): ("expect", [expr(e)])
        }
    }

    func scrollParts(_ scroll: Scroll) -> [String?] {
        switch scroll {
        case .page: []
        case .to(let l): [form("to", [locator(l)])]
        case .untilNoNew(let l, let max): [form("until-no-new", [locator(l)]), form("max", [expr(max)])]
        case .until(let e, let max): [form("until", [expr(e)]), form("max", [expr(max)])]
        }
    }

    func elsePart(_ otherwise: Else?) -> String? {
        switch otherwise {
        case nil: nil
        case .block(let b): block(b)
        case .elseIf(let s): statement(s)
        }
    }

    func extraction(_ x: Extraction) -> String {
        switch x {
        case .field(let f): field(f)
        case .each(let l, let body): form("each", [locator(l)] + recordBody(body))
        case .one(let l, let body): form("one", [locator(l)] + recordBody(body))
        case .table(let l, _): form("table", [locator(l)])
        case .json(let j): form("json", [string(j.path)])
        case .eachJSON(let j, let body): form("each", [form("json", [string(j.path)])] + recordBody(body))
        }
    }

    func field(_ f: FieldExtraction) -> String {
        let plain = form(f.kind.rawValue, [f.attribute.map(string), locator(f.locator)])
        return f.transforms.isEmpty ? plain : form("then", [plain] + f.transforms.map(transform))
    }

    func recordBody(_ body: RecordBody) -> [String?] {
        body.fields.map { binding in
            let value: String
            switch binding.value {
            case .extraction(let f): value = field(f)
            case .json(let j): value = form("json", [string(j.path)])
            case .expr(let e): value = expr(e)
            }
            return form("field", [binding.name.name, value, triviaParts(binding.trivia)])
        } + [closingSuffix(body.closingComments)]
    }
}
