extension DateReader {
    static let zoneOffsets: [String: Int] = [
        "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
        "cet": 60, "cest": 120,
    ]

    /// Finds `h:mm[:ss[.fff]] [am|pm] [zone]`, removes it (and a `T`, `at` or comma before it) from the
    /// tokens, and returns it.
    mutating func takeTime() throws(ExtractError) -> Time? {
        guard let start = tokens.indices.first(where: startsTime) else { return nil }
        var i = start + 3
        let hour = Self.number(tokens[start])?.value ?? 0
        let minute = Self.number(tokens[start + 2])?.value ?? 0
        var time = Time(hour: hour, minute: minute, second: 0, fraction: "", zone: nil)
        if token(i) == .mark(":"), let s = Self.number(token(i + 1)), s.digits == 2 {
            time.second = s.value
            i += 2
            if token(i) == .mark(".") || token(i) == .mark(","), case .number(let f)? = token(i + 1) {
                time.fraction = f
                i += 2
            }
        }
        let meridiem = takeMeridiem(&i)
        time.zone = takeZone(&i)
        if token(i) == .mark("("), let close = tokens[i...].firstIndex(of: .mark(")")) { i = close + 1 }
        time.hour = try clockHour(hour, meridiem)
        guard time.minute < 60, time.second <= 60 else { throw failure }
        tokens.removeSubrange(start..<i)
        if start > 0, [.word("t"), .word("at"), .mark(","), .mark("@")].contains(tokens[start - 1]) {
            tokens.remove(at: start - 1)
        }
        return time
    }

    private func startsTime(_ i: Int) -> Bool {
        guard let h = Self.number(tokens[i]), h.digits <= 2, token(i + 1) == .mark(":"),
            let m = Self.number(token(i + 2)), m.digits == 2
        else { return false }
        return true
    }

    func token(_ i: Int) -> Token? { i < tokens.count ? tokens[i] : nil }

    /// `am`, `pm`, `a.m.`, `p.m.`; true for PM.
    private func takeMeridiem(_ i: inout Int) -> Bool? {
        guard case .word(let w)? = token(i) else { return nil }
        if w == "am" || w == "pm" {
            i += 1
            return w == "pm"
        }
        guard w == "a" || w == "p", token(i + 1) == .mark("."), token(i + 2) == .word("m") else { return nil }
        i += token(i + 3) == .mark(".") ? 4 : 3
        return w == "p"
    }

    private func clockHour(_ hour: Int, _ pm: Bool?) throws(ExtractError) -> Int {
        guard let pm else {
            guard hour < 24 else { throw failure }
            return hour
        }
        guard (1...12).contains(hour) else { throw failure }
        return (hour % 12) + (pm ? 12 : 0)
    }

    /// `Z`, `UTC`, `GMT`, `GMT+2`, `+01:00`, `+0100`, `EST`; nil when none follows.
    private func takeZone(_ i: inout Int) -> String? {
        if case .word(let w)? = token(i) {
            if ["z", "utc", "gmt", "ut"].contains(w) {
                i += 1
                return takeOffset(&i) ?? "Z"
            }
            if let minutes = Self.zoneOffsets[w] {
                i += 1
                return Self.offset(minutes)
            }
            return nil
        }
        return takeOffset(&i)
    }

    private func takeOffset(_ i: inout Int) -> String? {
        guard case .mark(let sign)? = token(i), sign == "+" || sign == "-" || sign == "\u{2212}",
            let n = Self.number(token(i + 1))
        else { return nil }
        var minutes: Int
        var next = i + 2
        switch n.digits {
        case 1, 2:
            minutes = n.value * 60
            if token(next) == .mark(":"), let m = Self.number(token(next + 1)), m.digits == 2 {
                minutes += m.value
                next += 2
            }
        case 4: minutes = (n.value / 100) * 60 + n.value % 100
        default: return nil
        }
        guard minutes < 24 * 60 else { return nil }
        i = next
        return Self.offset(sign == "+" ? minutes : -minutes)
    }

    static func offset(_ minutes: Int) -> String {
        guard minutes != 0 else { return "Z" }
        let sign = minutes < 0 ? "-" : "+"
        return "\(sign)\(pad(abs(minutes) / 60, 2)):\(pad(abs(minutes) % 60, 2))"
    }
}
