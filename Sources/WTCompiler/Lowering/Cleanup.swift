import WTTrace

/// Dead ends (issue: "steps whose effects were undone, failed attempts that were retried, and detours
/// that contributed nothing"): removes them before lowering and says why for `--explain`.
enum Cleanup {
    static func run(_ steps: [TraceStep], explain: inout [String]) -> [TraceStep] {
        var kept = steps.filter { step in
            guard let error = step.error else { return true }
            explain.append("step \(step.index) dropped: it failed (\(error)) and the run went on without it")
            return false
        }
        kept = dropDetours(kept, explain: &explain)
        kept = dropOverwrittenInput(kept, explain: &explain)
        kept = dropRepeats(kept, explain: &explain)
        kept = dropScrollsBeforeActions(kept, explain: &explain)
        kept = dropIdleScrolls(kept, explain: &explain)
        kept = mergeNavigations(kept, explain: &explain)
        return kept
    }

    /// `open A` straight followed by `open B`: nothing was done on A, so the program opens B alone.
    static func mergeNavigations(_ steps: [TraceStep], explain: inout [String]) -> [TraceStep] {
        var out: [TraceStep] = []
        for step in steps {
            if step.action == .open, let previous = out.last, previous.action == .open, previous.value != step.value {
                explain.append(
                    "step \(previous.index) dropped: nothing was done on its page before step \(step.index) opened another"
                )
                out.removeLast()
            }
            out.append(step)
        }
        return out
    }

    /// `scroll to X` right before an action on X: every action scrolls its element into view itself.
    static func dropScrollsBeforeActions(_ steps: [TraceStep], explain: inout [String]) -> [TraceStep] {
        var out: [TraceStep] = []
        for (i, step) in steps.enumerated() {
            if step.action == .scroll, let xpath = step.target?.xpath, i + 1 < steps.count,
                [.click, .fill, .select, .check, .uncheck, .press, .download].contains(steps[i + 1].action),
                steps[i + 1].target?.xpath == xpath
            {
                explain.append(
                    "step \(step.index) dropped: step \(steps[i + 1].index) scrolls the element into view itself")
                continue
            }
            out.append(step)
        }
        return out
    }

    /// Scrolls after which the page was what it had been (the same snapshot after each of them and before
    /// the next step — snapshots are stored once per content): nothing was loaded or shown that a later
    /// step used. A run of scrolls goes only as a whole, so the last scroll of an infinite list — the one
    /// that loaded nothing and ended it — stays with the ones that loaded.
    static func dropIdleScrolls(_ steps: [TraceStep], explain: inout [String]) -> [TraceStep] {
        var out: [TraceStep] = []
        var i = 0
        while i < steps.count {
            guard steps[i].action == .scroll else {
                out.append(steps[i])
                i += 1
                continue
            }
            var end = i
            while end < steps.count, steps[end].action == .scroll { end += 1 }
            let run = steps[i..<end]
            let page = run.first?.before?.snapshot
            let idle =
                page != nil
                && run.allSatisfy { $0.before?.snapshot == page && $0.after?.snapshot == page }
                && (end == steps.count || steps[end].before?.snapshot == page)
            if idle {
                let dropped = run.map { String($0.index) }.joined(separator: ", ")
                explain.append(
                    "step\(run.count > 1 ? "s" : "") \(dropped) dropped: the page did not change (same snapshot before "
                        + "and after)")
            } else {
                out += run
            }
            i = end
        }
        return out
    }

    /// A navigation whose page was only looked at and left with `back`: nothing on it reached the result.
    static func dropDetours(_ steps: [TraceStep], explain: inout [String]) -> [TraceStep] {
        var out: [TraceStep] = []
        var i = 0
        while i < steps.count {
            if let end = detourEnd(steps, from: i) {
                let dropped = steps[i...end].map { String($0.index) }.joined(separator: ", ")
                explain.append("steps \(dropped) dropped: a detour to \(steps[i].after?.url ?? "?") undone by back")
                i = end + 1
                continue
            }
            out.append(steps[i])
            i += 1
        }
        return out
    }

    private static func detourEnd(_ steps: [TraceStep], from i: Int) -> Int? {
        let start = steps[i]
        guard [.click, .open].contains(start.action), let origin = start.before?.url,
            let target = start.after?.url, target != origin
        else { return nil }
        var j = i + 1
        while j < steps.count {
            let step = steps[j]
            if step.action == .back { return step.after?.url == origin ? j : nil }
            if [.extract, .fill, .select, .check, .uncheck, .download].contains(step.action) { return nil }
            j += 1
        }
        return nil
    }

    /// A field filled again before anything submitted it: only the last text counts. A box checked and
    /// unchecked again: neither counts.
    static func dropOverwrittenInput(_ steps: [TraceStep], explain: inout [String]) -> [TraceStep] {
        var drop: Set<Int> = []
        for (i, step) in steps.enumerated() where [.fill, .select, .check, .uncheck].contains(step.action) {
            guard let xpath = step.target?.xpath else { continue }
            for later in steps[(i + 1)...] {
                if later.before?.url != step.before?.url || [.click, .press, .open, .back].contains(later.action) {
                    break
                }
                guard later.target?.xpath == xpath else { continue }
                if later.action == step.action && step.action != .check && step.action != .uncheck {
                    drop.insert(step.index)
                    explain.append("step \(step.index) dropped: step \(later.index) sets the same field again")
                } else if (step.action, later.action) == (.check, .uncheck)
                    || (step.action, later.action) == (.uncheck, .check)
                {
                    drop.formUnion([step.index, later.index])
                    explain.append("steps \(step.index) and \(later.index) dropped: the second undoes the first")
                }
                break
            }
        }
        return steps.filter { !drop.contains($0.index) }
    }

    /// The same action repeated on the same element of an unchanged page (a double click on a link that had
    /// already worked, a duplicated step in an agent's log).
    static func dropRepeats(_ steps: [TraceStep], explain: inout [String]) -> [TraceStep] {
        var out: [TraceStep] = []
        for step in steps {
            if let previous = out.last, step.action == .open, previous.action == .open, previous.value == step.value {
                explain.append("step \(step.index) dropped: it opens the page step \(previous.index) just opened")
                continue
            }
            if let previous = out.last, step.action != .extract, previous.action == step.action,
                previous.value == step.value, previous.target?.xpath == step.target?.xpath,
                previous.after?.snapshot == step.before?.snapshot, step.before?.snapshot == step.after?.snapshot
            {
                explain.append("step \(step.index) dropped: it repeats step \(previous.index) and changed nothing")
                continue
            }
            out.append(step)
        }
        return out
    }
}
