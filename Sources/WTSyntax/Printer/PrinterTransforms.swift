/// `then …` transforms, written after the value they apply to.
extension PrintBuffer {
    mutating func writeTransforms(_ transforms: [Transform]) {
        for transform in transforms {
            write(" then ")
            write(transform.name)
            switch transform.kind {
            case .match(let pattern, let group):
                write(" ")
                writeString(pattern)
                if let group { writeMatchGroup(group) }
            case .matches(let pattern), .split(let pattern):
                write(" ")
                writeString(pattern)
            case .replace(let old, let new):
                write(" ")
                writeString(old)
                write(" with ")
                writeString(new)
            case .trim, .lower, .upper, .int, .number: break
            }
        }
    }

    private mutating func writeMatchGroup(_ group: MatchGroup) {
        write(" group ")
        switch group {
        case .index(let index): write(String(index))
        case .name(let name): writeString(StringLiteral(text: name))
        }
    }
}
