/// Every sentence the console shows that is not in a template: errors, empty states and labels built in
/// code. Each says what to do next.
enum ConsoleMessages {
    static let wrongKey =
        "That API key was not accepted. Check that you copied the whole key, or ask your workspace's owner for one."
    static let emptyKey = "Enter your workspace's API key."
    static let staleForm =
        "This form had expired or came from another site, so nothing was done. Reload the page and send it again."
    static let taskNotFound =
        "There is no such task in this workspace. It may belong to another workspace; open the task list to find yours."
    static let keyNotFound =
        "There is no such reuse key in this workspace. Open the list of reuse keys to find yours."
    static let revisionNotFound = "One of those revisions does not exist for this key; pick two from the lists."
    static let fileNotFound = "There is no such result file in this workspace. Open the task again to find its file."
    static let pictureNotFound = "There is no such screenshot of this task's run. Open the task to see the ones it has."
    static let pageNotFound = "There is no page at this address. Use the navigation above."
    static let pageNotFoundSignedOut =
        "There is no page at this address. Sign in to see your workspace's tasks and keys."
    static let failed =
        "The console failed to show this page. Reload it in a moment; if it keeps failing, check the server's log."
    static let formTooLarge =
        "That form was larger than a megabyte, so nothing was done. Shorten its fields and send it again."
    static let invalidCursor = "That page of results is no longer valid. Start again from the first page."
    static let badDate = "Dates are written YYYY-MM-DD."
    static let noTasks = "No tasks yet. Start one with the form on the New task page, or through the API."
    static let noMatchingTasks = "No tasks match these filters. Clear them to see every task."
    static let noKeys =
        "No reuse keys yet. A key gets its first program when a task that names it (or gets one) succeeds."
    static let noRuns = "No completed runs of this key yet, so there is no cost to draw."
    static let costChartTitle = "AI dollars per run"

    // Page titles, headings and link texts.
    static let signInTitle = "Sign in"
    static let tasksTitle = "Tasks"
    static let newTaskTitle = "New task"
    static let keysTitle = "Reuse keys"
    static let notFoundHeading = "Not found"
    static let failedHeading = "Something failed"
    static let refusedHeading = "Form refused"
    static let allTasks = "All tasks"
    static let allKeys = "All reuse keys"
    static let theTask = "The task"
    static let theTasks = "The tasks"
    static let signIn = "Sign in"
    static func taskTitle(_ id: String) -> String { "Task \(id)" }
    static func keyTitle(_ key: String) -> String { "Key \(key)" }
    static func diffTitle(_ key: String) -> String { "Key \(key): diff" }
}
