import Testing

@testable import WTReport

@Suite("Compiler reasons beside their lines")
struct ExplanationPlacementTests {
    @Test("a reason about step N goes to the line whose comment lists N; others to the whole program")
    func placement() {
        let source = """
            program "q"
            open start_url  # step 1
            extract quotes += each ".quote" {  # steps 2, 4, 6
            click "a"  # steps 3, 5
            """
        let placed = ExplanationPlacement.place(
            [
                "mode auto: every step ran over HTTP", "steps 2…5: a repeat", "step 4 extract: field",
                "step 5 click: kept", "step 9 click: nowhere", "step 1 open: start_url",
            ], in: source)
        #expect(placed.map(\.line) == [0, 3, 3, 4, 0, 2])
    }
}
