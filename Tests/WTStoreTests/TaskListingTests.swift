import Foundation
import Testing
import WTStore

@Suite("Task listing")
struct TaskListingTests {
    @Test("pages walk every task once, newest first by (createdAt, id), with filters", arguments: StoreBackend.all)
    func paging(backend: StoreBackend) async throws {
        let clock = TestClock()
        try await withStore(backend, clock: clock) { store, _ in
            // 25 tasks, several sharing a createdAt so the id breaks the tie.
            for n in 0..<25 {
                if n % 3 == 0 { clock.advance(1) }
                try await store.insertTask(
                    NewTask(
                        id: "wt_\(String(format: "%02d", 24 - n))", workspace: "ws",
                        reuseKey: n % 2 == 0 ? "even" : "odd", input: "{}"))
            }
            try await store.insertTask(NewTask(id: "wt_x", workspace: "other", reuseKey: "even", input: "{}"))
            var seen: [TaskRecord] = []
            var cursor: String?
            var pages = 0
            repeat {
                let page = try await store.listTasks(workspace: "ws", filter: TaskFilter(), limit: 7, cursor: cursor)
                seen += page.tasks
                cursor = page.next
                pages += 1
            } while cursor != nil && pages < 10
            #expect(pages == 4)
            #expect(seen.count == 25 && Set(seen.map(\.id)).count == 25)
            // Same-width millisecond counts and zero-padded ids: text order is (createdAt, id) order.
            let order: [String] = seen.map { "\(Int64($0.createdAt.timeIntervalSince1970 * 1000)):\($0.id)" }
            #expect(order == order.sorted(by: >))

            let even = try await store.listTasks(
                workspace: "ws", filter: TaskFilter(reuseKey: "even"), limit: 100, cursor: nil)
            #expect(even.tasks.count == 13 && even.next == nil)
            _ = try await store.claimNextTask(worker: "w")
            let started = try await store.listTasks(
                workspace: "ws", filter: TaskFilter(status: .started), limit: 100, cursor: nil)
            // The queue claims the oldest: the last one listed.
            #expect(started.tasks.map(\.id) == [seen[seen.count - 1].id])
            for garbage in ["%%%", Data("no-colon".utf8).base64EncodedString()] {
                do {
                    _ = try await store.listTasks(workspace: "ws", filter: TaskFilter(), limit: 5, cursor: garbage)
                    Issue.record("cursor \(garbage) was accepted")
                } catch let error as DataStoreError {
                    #expect(error.kind == .invalidCursor)
                }
            }
            let capped = try await store.listTasks(workspace: "ws", filter: TaskFilter(), limit: 0, cursor: nil)
            #expect(capped.tasks.count == 1)
        }
    }
}
