import Foundation
import OpenAPIRuntime

/// The generated `APIProtocol`, implemented over the `WebTasksBackend` port. `APIKeyMiddleware` has
/// already checked the key and the path's workspace and put them in `RequestScope`; the handler trusts
/// only that scope, never the path, for which workspace to ask the backend about.
struct WebTasksHandler: APIProtocol {
    let backend: any WebTasksBackend
    let signer: FileURLSigner
    let clock: @Sendable () -> Date

    private func mapper(_ scope: RequestScope) -> WireMapper {
        WireMapper(workspace: scope.workspace, origin: scope.origin, signer: signer, now: clock())
    }

    /// The scope; absent only when the middleware was not installed, which must fail closed.
    private func requestScope() throws(HandlerMisconfigured) -> RequestScope {
        guard let scope = RequestScope.current else { throw HandlerMisconfigured() }
        return scope
    }

    func startWebTask(_ input: Operations.StartWebTask.Input) async throws -> Operations.StartWebTask.Output {
        let scope = try requestScope()
        guard case .json(let body) = input.body else { return .badRequest(.init(body: .json(Self.noBody))) }
        let start: WebTaskStart
        do { start = try StartValidation.validate(body) } catch {
            return .badRequest(.init(body: .json(APIErrors.invalid(error.message, field: error.field))))
        }
        let id = try await backend.start(workspace: scope.workspace, request: start)
        return .ok(.init(body: .json(.init(webTaskId: id, status: .pending))))
    }

    func getWebTaskResult(
        _ input: Operations.GetWebTaskResult.Input
    ) async throws -> Operations.GetWebTaskResult.Output {
        let scope = try requestScope()
        guard let view = try await backend.result(workspace: scope.workspace, webTaskId: input.path.webTaskId) else {
            return .notFound(.init(body: .json(APIErrors.notFound(ServerMessages.taskNotFound))))
        }
        if view.state.status == .completed || view.state.status == .canceled { FinishedMark.current?.set() }
        return .ok(.init(body: .json(mapper(scope).result(view))))
    }

    func cancelWebTask(_ input: Operations.CancelWebTask.Input) async throws -> Operations.CancelWebTask.Output {
        let scope = try requestScope()
        guard let view = try await backend.cancel(workspace: scope.workspace, webTaskId: input.path.webTaskId) else {
            return .notFound(.init(body: .json(APIErrors.notFound(ServerMessages.taskNotFound))))
        }
        return .ok(.init(body: .json(mapper(scope).result(view))))
    }

    func listWebTasks(_ input: Operations.ListWebTasks.Input) async throws -> Operations.ListWebTasks.Output {
        let scope = try requestScope()
        if let field = Self.emptyQueryField(["reuseKey": input.query.reuseKey, "cursor": input.query.cursor]) {
            return .badRequest(.init(body: .json(APIErrors.invalid(ServerMessages.emptyField(field), field: field))))
        }
        let limit = input.query.limit ?? 50
        guard (1...200).contains(limit) else {
            let message = ServerMessages.outOfRange("query.limit", "1 to 200")
            return .badRequest(.init(body: .json(APIErrors.invalid(message, field: "query.limit"))))
        }
        let query = TaskListQuery(
            status: input.query.status.flatMap { APITaskStatus(rawValue: $0.rawValue) }, reuseKey: input.query.reuseKey,
            cursor: input.query.cursor, limit: limit)
        let page: TaskListPage
        do { page = try await backend.list(workspace: scope.workspace, query: query) } catch WebTasksBackendError
            .invalidCursor
        {
            let body = APIErrors.invalid(ServerMessages.invalidCursor, field: "query.cursor")
            return .badRequest(.init(body: .json(body)))
        }
        let mapper = mapper(scope)
        return .ok(.init(body: .json(.init(items: page.items.map(mapper.summary), nextCursor: page.nextCursor))))
    }

    func getReuseKey(_ input: Operations.GetReuseKey.Input) async throws -> Operations.GetReuseKey.Output {
        let scope = try requestScope()
        let key = input.path.key
        if let field = Self.emptyQueryField(["from": input.query.from, "to": input.query.to]) {
            return .badRequest(.init(body: .json(APIErrors.invalid(ServerMessages.emptyField(field), field: field))))
        }
        if (input.query.from == nil) != (input.query.to == nil) {
            let field = input.query.from == nil ? "query.from" : "query.to"
            return .badRequest(.init(body: .json(APIErrors.invalid(ServerMessages.diffNeedsBoth, field: field))))
        }
        guard let view = try await backend.reuseKey(workspace: scope.workspace, key: key) else {
            return .notFound(.init(body: .json(APIErrors.notFound(ServerMessages.keyNotFound))))
        }
        var diff: Components.Schemas.ReuseKeyView.DiffPayload?
        if let from = input.query.from, let to = input.query.to {
            guard let text = try await backend.diff(workspace: scope.workspace, key: key, from: from, to: to) else {
                return .notFound(.init(body: .json(APIErrors.notFound(ServerMessages.revisionNotFound))))
            }
            diff = .init(from: from, to: to, unified: text)
        }
        return .ok(.init(body: .json(mapper(scope).key(view, diff: diff))))
    }

    func getFile(_ input: Operations.GetFile.Input) async throws -> Operations.GetFile.Output {
        let (workspace, fileId) = (input.path.workspaceId, input.path.fileId)
        let verdict = signer.verify(
            workspace: workspace, fileId: fileId, expires: input.query.expires, token: input.query.token, now: clock())
        switch verdict {
        case .invalid:
            return .notFound(.init(body: .json(APIErrors.notFound(ServerMessages.fileNotFound))))
        case .expired:
            let body = APIErrors.envelope(
                code: .unauthenticated, message: ServerMessages.urlExpired, reason: "url-expired")
            return .forbidden(.init(body: .json(body)))
        case .valid:
            guard let file = try await backend.file(workspace: workspace, fileId: fileId) else {
                return .notFound(.init(body: .json(APIErrors.notFound(ServerMessages.fileNotFound))))
            }
            FileResponseType.current?.set(file.contentType)
            return .ok(.init(body: .binary(HTTPBody(file.bytes))))
        }
    }

    /// The first of these query values that is present but empty (the document says minLength 1).
    private static func emptyQueryField(_ values: KeyValuePairs<String, String?>) -> String? {
        values.first { $0.value?.isEmpty == true }.map { "query." + $0.key }
    }

    private static let noBody = APIErrors.invalid(ServerMessages.undecodable("body", "is required"), field: "body")
}

/// The handler ran without `APIKeyMiddleware` in front of it.
struct HandlerMisconfigured: Error {}
