import Foundation
import Hummingbird
import WTReport
import WTServer

/// Where the console finds a task's run report: the steps with their screenshots, recorded by the service
/// per task. The task page shows a "Run report" section (WTReport's sections, pictures as `<img>` served by
/// the console) only when `report` answers; until the service records reports, none is passed and the
/// section never shows. Scoped by workspace like the backend port: another workspace's answer is nil.
public protocol TaskReports: Sendable {
    /// The run report of the task, or nil when there is none (or no such task in the workspace).
    func report(workspace: String, webTaskId: String) async throws -> ReportData?
    /// One picture of that report (JPEG bytes) by its id in the report, or nil.
    func picture(workspace: String, webTaskId: String, pictureId: String) async throws -> Data?
}

extension WebConsole {
    /// The report's sections as HTML for the task page, pictures linked to `/tasks/{id}/pictures/{picture}`.
    func reportHTML(_ workspace: String, _ id: String) async throws -> String? {
        guard let reports, let data = try await reports.report(workspace: workspace, webTaskId: id) else {
            return nil
        }
        let base = "/tasks/" + Self.segment(id) + "/pictures/"
        let page = ReportPage(data, pictures: .linked { base + Self.segment($0) })
        return HTMLNode.fragment(page.sections()).render()
    }

    /// GET /tasks/{id}/pictures/{picture}: a screenshot of the task's run report.
    func picturePage(_ id: String, _ picture: String, _ visitor: Visitor) async throws -> Response {
        guard let reports,
            let jpeg = try await reports.picture(workspace: visitor.workspace, webTaskId: id, pictureId: picture)
        else {
            return notFound(
                ConsoleMessages.pictureNotFound, visitor, link: ("/tasks/" + Self.segment(id), ConsoleMessages.theTask))
        }
        return Response(
            status: .ok, headers: [.contentType: "image/jpeg", .cacheControl: "private, max-age=3600"],
            body: .init(byteBuffer: ByteBuffer(bytes: jpeg)))
    }
}

/// The reports the service keeps, read through the backend port: the report a task kept, and a picture
/// only when that report refers to it (so this route reads no other file of the workspace) and it is a
/// JPEG.
public struct BackendTaskReports: TaskReports {
    public let backend: any WebTasksBackend

    public init(backend: any WebTasksBackend) { self.backend = backend }

    public func report(workspace: String, webTaskId: String) async throws -> ReportData? {
        try await backend.runReport(workspace: workspace, webTaskId: webTaskId)
    }

    public func picture(workspace: String, webTaskId: String, pictureId: String) async throws -> Data? {
        guard let report = try await report(workspace: workspace, webTaskId: webTaskId),
            report.pictureIDs.contains(pictureId),
            let file = try await backend.file(workspace: workspace, fileId: pictureId), file.contentType == "image/jpeg"
        else { return nil }
        return Data(file.bytes)
    }
}
