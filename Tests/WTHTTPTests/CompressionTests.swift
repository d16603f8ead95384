import Foundation
import Testing
import WTHTTP
import WTTestSupport

@Suite("Compression")
struct CompressionTests {
    static func lines(_ count: Int) -> String { (0..<count).map { "line \($0)\n" }.joined() }

    @Test("a gzip body spanning several deflate blocks arrives decoded", arguments: ["gzip", "deflate"])
    func decodes(encoding: String) async throws {
        try await withTestServer { server in
            let response = try await HTTPClient().send(.get(server.url("/\(encoding)?lines=20000")))
            #expect(response.header("Content-Encoding") == encoding)
            #expect(response.text == Self.lines(20000))
            #expect(response.body.count > 65_535 * 2)
            let accepted = server.requests.last?.header("Accept-Encoding") ?? ""
            #expect(accepted.contains(encoding))
        }
    }

    @Test("with acceptEncoding off nothing is advertised and the body comes plain")
    func acceptEncodingOff() async throws {
        try await withTestServer { server in
            let client = HTTPClient(configuration: HTTPClientConfiguration(acceptEncoding: false))
            let response = try await client.send(.get(server.url("/gzip?lines=10")))
            #expect(server.requests.last?.header("Accept-Encoding") == nil)
            #expect(response.header("Content-Encoding") == nil)
            #expect(response.text == Self.lines(10))
        }
    }

    @Test("the test encoder's checksums match the published check values")
    func checksums() {
        #expect(Gzip.crc32(Data("123456789".utf8)) == 0xCBF4_3926)
        #expect(Gzip.adler32(Data("Wikipedia".utf8)) == 0x11E6_0398)
    }

    @Test("an empty body is still a valid gzip member with one final stored block")
    func emptyGzip() {
        let encoded = Gzip.encode(Data())
        #expect(encoded.count == 10 + 5 + 8)
        #expect(Array(encoded[10..<15]) == [0x01, 0x00, 0x00, 0xFF, 0xFF])
    }
}
