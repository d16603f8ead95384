import CCurl
import Foundation
import Testing
import WTTestSupport

@testable import WTHTTP

@Suite("Errors")
struct ErrorTests {
    @Test("a closed port gives connection refused with a sentence saying what to check")
    func connectionRefused() async throws {
        let port = try LoopbackPorts.closedPort()
        let url = "http://127.0.0.1:\(port)/"
        let error = await expectFailure(HTTPClient(), .get(url))
        #expect(error?.kind == .connectionRefused)
        #expect(error?.url == url)
        #expect(error?.description.hasPrefix("GET \(url) failed: connection refused (is the server running") == true)
    }

    @Test(
        "URLs that are not absolute http(s) URLs are rejected before anything is sent",
        arguments: ["not a url", "http://", "/relative/path", "http://exa mple.com/", ""])
    func invalidURL(url: String) async {
        let error = await expectFailure(HTTPClient(), .get(url))
        #expect(error?.kind == .invalidURL)
        #expect(error?.message.contains("http:// or https://") == true)
    }

    @Test(
        "schemes other than http and https are refused",
        arguments: [("ftp://example.com/file", "ftp"), ("file:///etc/passwd", "file"), ("FILE:///x", "file")])
    func unsupportedScheme(url: String, scheme: String) async {
        let error = await expectFailure(HTTPClient(), .get(url))
        #expect(error?.kind == .unsupportedScheme(scheme))
    }

    @Test("a header with a line break in its value is refused", arguments: ["a\r\nX-Injected: 1", "a\nb"])
    func headerInjection(value: String) async throws {
        try await withTestServer { server in
            let error = await expectFailure(HTTPClient(), .get(server.url("/echo"), headers: [("X-Value", value)]))
            #expect(error?.kind == .invalidHeader("X-Value"))
            #expect(server.requests.isEmpty)
        }
    }

    @Test("rare libcurl failures map to their kinds")
    func classification() throws {
        let configuration = HTTPClientConfiguration()
        func kind(_ failure: TransferFailure) -> HTTPError.Kind {
            HTTPError.classify(failure, configuration: configuration).0
        }
        let unresolved = TransferFailure(code: CURLE_COULDNT_RESOLVE_HOST, text: "Could not resolve host: a.invalid")
        #expect(kind(unresolved) == .couldNotResolve)
        #expect(
            HTTPError(unresolved, request: try PreparedRequest(.get("http://a.invalid/")), configuration: configuration)
                .message.hasPrefix("GET http://a.invalid/ failed: could not resolve the host 'a.invalid' (check"))
        #expect(kind(TransferFailure(code: CURLE_PEER_FAILED_VERIFICATION, text: "bad cert")) == .tls("bad cert"))
        #expect(
            kind(TransferFailure(code: CURLE_COULDNT_CONNECT, text: "x", osErrno: Int(EHOSTUNREACH)))
                == .couldNotConnect)
        #expect(
            kind(TransferFailure(code: CURLE_WRITE_ERROR, text: "x", exceededBodyLimit: true))
                == .bodyTooLarge(limit: configuration.maximumBodyBytes))
        #expect(kind(TransferFailure(code: CURLE_ABORTED_BY_CALLBACK, text: "x", cancelled: true)) == .cancelled)
        #expect(kind(TransferFailure(code: CURLE_RECV_ERROR, text: "reset")) == .other(code: 56, message: "reset"))
    }

    @Test("sizes and durations in messages read naturally")
    func messageUnits() {
        #expect(HTTPError.Messages.bytes(32 << 20) == "32 MiB")
        #expect(HTTPError.Messages.bytes(64 << 10) == "64 KiB")
        #expect(HTTPError.Messages.bytes(1000) == "1000 bytes")
        #expect(HTTPError.Messages.duration(.milliseconds(300)) == "300 ms")
        #expect(HTTPError.Messages.duration(.seconds(2)) == "2 s")
    }
}
