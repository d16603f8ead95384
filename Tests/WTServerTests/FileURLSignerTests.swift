import Foundation
import Testing
import WTServer

@Suite("FileURLSigner")
struct FileURLSignerTests {
    let signer = FileURLSigner(secret: Array("0123456789abcdef-secret".utf8), lifetime: .seconds(60))
    let now = Date(timeIntervalSince1970: 1_000_000)

    @Test("a secret shorter than 16 bytes is refused")
    func shortSecret() {
        #expect(FileURLSigner(secret: Array("short".utf8)) == nil)
    }

    @Test("a fresh URL verifies until its expiry and is expired one second after")
    func lifetime() throws {
        let signer = try #require(signer)
        let (path, expiresAt) = signer.signedPath(workspace: "ws", fileId: "f1", now: now)
        #expect(expiresAt == now + 60)
        #expect(path.hasPrefix("/ws/files/f1?token="))
        let token = signer.token(workspace: "ws", fileId: "f1", expires: 1_000_060)
        #expect(path.hasSuffix("token=\(token)&expires=1000060"))
        #expect(signer.verify(workspace: "ws", fileId: "f1", expires: 1_000_060, token: token, now: now + 60) == .valid)
        #expect(
            signer.verify(workspace: "ws", fileId: "f1", expires: 1_000_060, token: token, now: now + 61) == .expired)
    }

    @Test("the token binds workspace, file and expiry, and another secret's token is invalid")
    func binding() throws {
        let signer = try #require(signer)
        let token = signer.token(workspace: "ws", fileId: "f1", expires: 1_000_060)
        #expect(signer.verify(workspace: "ws2", fileId: "f1", expires: 1_000_060, token: token, now: now) == .invalid)
        #expect(signer.verify(workspace: "ws", fileId: "f2", expires: 1_000_060, token: token, now: now) == .invalid)
        #expect(signer.verify(workspace: "ws", fileId: "f1", expires: 1_000_061, token: token, now: now) == .invalid)
        #expect(signer.verify(workspace: "ws", fileId: "f1", expires: 1_000_060, token: "zz", now: now) == .invalid)
        let other = FileURLSigner.random()
        #expect(other.verify(workspace: "ws", fileId: "f1", expires: 1_000_060, token: token, now: now) == .invalid)
    }

    @Test("fields are length-prefixed, so moving a character between ids changes the token")
    func noAmbiguity() throws {
        let signer = try #require(signer)
        #expect(
            signer.token(workspace: "ab", fileId: "c", expires: 1)
                != signer.token(workspace: "a", fileId: "bc", expires: 1))
    }
}
