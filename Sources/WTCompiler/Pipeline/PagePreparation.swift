import Dispatch
import Synchronization
import WTExtract
import WTTrace

/// Snapshots parsed, and the example pages of extraction steps indexed, on another thread while lowering
/// works through the steps before them (issue: a 1,000-step trace in under a second on two cores): most
/// of a compile's work is per page and needs nothing but the page. Each page is prepared as the lowering
/// would prepare it on first use, and handed over once ready. The lowering prepares a page it needs that
/// nobody has started, and while it waits for one, prepares those after it: the work is shared.
final class PagePreparation: Sendable {
    /// One snapshot to prepare; the worker fills it in, then signals `ready`, after which only the
    /// lowering touches it (so it may cross threads).
    final class Job: @unchecked Sendable {
        let path: String
        let url: String
        let html: String
        /// Its place among the jobs.
        fileprivate(set) var index = 0
        /// The indexes to build when an extraction reads the page; nil when none does.
        let warmth: ExamplePage.Warmth?
        private(set) var document: HTMLDocument?
        private(set) var page: ExamplePage?
        private let ready = DispatchSemaphore(value: 0)
        /// Whoever claims the job prepares it: the worker, or the lowering when it needs the page first.
        private let claimed = Atomic<Bool>(false)
        private let done = Atomic<Bool>(false)

        init(path: String, url: String, html: String, warmth: ExamplePage.Warmth?) {
            (self.path, self.url, self.html, self.warmth) = (path, url, html, warmth)
        }

        fileprivate var isDone: Bool { done.load(ordering: .acquiring) }

        fileprivate func wait() { ready.wait() }

        fileprivate func claim() -> Bool {
            claimed.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged
        }

        fileprivate func prepare(unless stopped: Bool) {
            defer {
                done.store(true, ordering: .releasing)
                ready.signal()
            }
            guard !stopped, let document = try? HTMLDocument(html: html, url: url) else { return }
            document.indexElements()
            self.document = document
            guard let warmth else { return }
            let page = ExamplePage(document, url: url, selectors: SelectorCache())
            page.warm(warmth)
            self.page = page
        }
    }

    private let jobs: [Job]
    private let stopped = Atomic<Bool>(false)

    /// Starts preparing `jobs`, in order, on another thread.
    init(_ jobs: [Job]) {
        for (index, job) in jobs.enumerated() { job.index = index }
        self.jobs = jobs
        guard !jobs.isEmpty else { return }
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            for job in jobs where job.claim() { job.prepare(unless: stopped.load(ordering: .relaxed)) }
        }
    }

    /// Returns once `job` is prepared: here if nobody has started it; while the worker is at it, this thread
    /// prepares the jobs after it.
    func finish(_ job: Job) {
        if job.claim() {
            job.prepare(unless: false)
        }
        var next = job.index + 1
        while !job.isDone, let ahead = jobs[min(next, jobs.count)...].first(where: { $0.claim() }) {
            ahead.prepare(unless: false)
            next = ahead.index + 1
        }
        job.wait()
    }

    /// Stops preparing pages nobody will ask for (the compile is over); those left are only signalled.
    func stop() {
        stopped.store(true, ordering: .relaxed)
    }
}
