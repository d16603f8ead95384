import Testing
import WTService

@Suite("Program diff")
struct ProgramDiffTests {
    @Test("a changed line in the middle: one hunk with three lines of context on each side")
    func oneHunk() {
        let old = (1...10).map { "line \($0)" }.joined(separator: "\n") + "\n"
        let new = old.replacingOccurrences(of: "line 5\n", with: "line five\n")
        let diff = ProgramDiff.unified(old: old, new: new, from: "k@1", to: "k@2")
        #expect(
            diff == """
                --- k@1
                +++ k@2
                @@ -2,7 +2,7 @@
                 line 2
                 line 3
                 line 4
                -line 5
                +line five
                 line 6
                 line 7
                 line 8

                """)
    }

    @Test("equal texts have no diff; an added last line and a removed first line make two hunks")
    func edges() {
        #expect(ProgramDiff.unified(old: "a\nb\n", new: "a\nb\n", from: "x", to: "y").isEmpty)
        let old = (1...12).map { "l\($0)" }.joined(separator: "\n")
        let new = (2...12).map { "l\($0)" }.joined(separator: "\n") + "\nl13"
        let diff = ProgramDiff.unified(old: old, new: new, from: "x", to: "y")
        #expect(diff.contains("@@ -1,4 +1,3 @@\n-l1\n l2\n l3\n l4\n"), "\(diff)")
        #expect(diff.contains("@@ -10,3 +9,4 @@\n l10\n l11\n l12\n+l13\n"), "\(diff)")
    }
}
