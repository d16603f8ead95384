import Foundation
import Hummingbird
import WTServer

/// The new-task form: the fields as typed, and each field's problem beside it.
struct NewTaskBody: Sendable {
    var form: StartForm
    var models: [Option]
    var taskError: String?
    var startUrlError: String?
    var reuseKeyError: String?
    var parametersError: String?
    var outputSchemaError: String?
    var modelError: String?
    var secretsError: String?
}

extension WebConsole {
    /// GET /tasks/{id}: everything about one task; a pending or started one polls itself.
    func taskPage(_ id: String, _ visitor: Visitor) async throws -> Response {
        guard let view = try await backend.result(workspace: visitor.workspace, webTaskId: id) else {
            return notFound(ConsoleMessages.taskNotFound, visitor, link: ("/tasks", ConsoleMessages.allTasks))
        }
        var body = TaskBody(view)
        if var reuse = body.reuse {
            (reuse.revisionLabel, reuse.program) = try await program(visitor.workspace, reuse)
            body.reuse = reuse
        }
        body.reportHTML = try await reportHTML(visitor.workspace, id)
        var chrome = visitor.chrome
        (chrome.onTasks, chrome.poll) = (true, body.running)
        return renderer.page("task", PageContext(title: ConsoleMessages.taskTitle(id), chrome: chrome, page: body))
    }

    /// The key revision a run left current (matched by the run that saved it, or by its own id) and its text.
    private func program(_ workspace: String, _ reuse: TaskBody.Reuse) async throws -> (String?, String?) {
        guard let key = try await backend.reuseKey(workspace: workspace, key: reuse.key),
            let revision = key.revisions.last(where: {
                $0.webTaskId == reuse.revisionId || $0.revisionId == reuse.revisionId
            })
        else { return (nil, nil) }
        let text = try await backend.revisionProgram(
            workspace: workspace, key: reuse.key, revisionId: revision.revisionId)
        return (revision.revisionId, text)
    }

    /// GET /files/{id}: a result file of the workspace, as a download.
    func filePage(_ id: String, _ visitor: Visitor) async throws -> Response {
        guard let file = try await backend.file(workspace: visitor.workspace, fileId: id) else {
            return notFound(ConsoleMessages.fileNotFound, visitor, link: ("/tasks", ConsoleMessages.allTasks))
        }
        let name = id.filter { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
        return Response(
            status: .ok,
            headers: [.contentType: file.contentType, .contentDisposition: "attachment; filename=\"\(name)\""],
            body: .init(byteBuffer: ByteBuffer(bytes: file.bytes)))
    }

    /// GET /tasks/new: the start form, empty.
    func newTaskPage(_ visitor: Visitor, form: StartForm, problems: [StartForm.Problem] = []) -> Response {
        var body = NewTaskBody(
            form: form, models: Self.options(ModelChoice.allCases.map(\.rawValue), selected: form.model))
        body.models[0].label = "default (haiku)"
        for problem in problems {
            switch problem.field {
            case "task": body.taskError = problem.message
            case "startUrl": body.startUrlError = problem.message
            case "reuseKey": body.reuseKeyError = problem.message
            case "parameters": body.parametersError = problem.message
            case "outputSchema": body.outputSchemaError = problem.message
            case "model": body.modelError = problem.message
            default: body.secretsError = problem.message
            }
        }
        var chrome = visitor.chrome
        chrome.onNew = true
        return renderer.page(
            "new-task", PageContext(title: ConsoleMessages.newTaskTitle, chrome: chrome, page: body),
            status: problems.isEmpty ? .ok : .badRequest)
    }

    /// POST /tasks: validated by the API's rules; a valid task is queued and its page opened (303).
    func startTask(_ fields: FormFields, _ visitor: Visitor) async throws -> Response {
        var form = StartForm()
        form.task = fields["task"] ?? ""
        form.startUrl = fields["startUrl"] ?? ""
        form.reuseKey = fields["reuseKey"] ?? ""
        form.parameters = fields["parameters"] ?? ""
        form.outputSchema = fields["outputSchema"] ?? ""
        form.model = fields["model"] ?? ""
        form.secrets = fields["secrets"] ?? ""
        switch form.validate() {
        case .invalid(let problems): return newTaskPage(visitor, form: form, problems: problems)
        case .valid(let start):
            let id = try await backend.start(workspace: visitor.workspace, request: start)
            return Self.redirect("/tasks/" + Self.segment(id))
        }
    }

    func notFound(_ message: String, _ visitor: Visitor, link: (String, String)) -> Response {
        renderer.message(
            .notFound, heading: ConsoleMessages.notFoundHeading, message, chrome: visitor.chrome, link: link)
    }
}
