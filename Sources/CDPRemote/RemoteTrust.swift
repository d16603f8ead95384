import CDP
import Foundation
import NIOSSL

/// Which certificates a `wss://` connection accepts: the system's trust store, plus optionally the CA
/// of a self-hosted fleet (`WTC_BROWSER_CA=/path/ca.pem`).
public struct RemoteTrust: Sendable, Equatable {
    /// The environment variable naming an extra CA file.
    public static let variable = "WTC_BROWSER_CA"

    /// A PEM file of CA certificates trusted in addition to the system's, or `nil`.
    public var extraCAFile: String?

    /// Trust the system store, and `extraCAFile` too when given.
    public init(extraCAFile: String? = nil) {
        self.extraCAFile = extraCAFile
    }

    /// The trust the environment asks for: `WTC_BROWSER_CA` when set and not empty.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment)
        -> RemoteTrust
    {
        RemoteTrust(extraCAFile: environment[variable].flatMap { $0.isEmpty ? nil : $0 })
    }

    /// The client TLS configuration: full verification (chain and host name) against the system's roots
    /// and the extra CA. The CA file is read now, so a bad one is reported before any connection.
    func tlsConfiguration() throws(CDPError) -> TLSConfiguration {
        var configuration = TLSConfiguration.makeClientConfiguration()
        guard let extraCAFile else { return configuration }
        do {
            let certificates = try NIOSSLCertificate.fromPEMFile(extraCAFile)
            guard !certificates.isEmpty else {
                throw CDPError(.launchFailed(RemoteMessages.unreadableCA(extraCAFile, "it holds no certificate")))
            }
            configuration.additionalTrustRoots = [.certificates(certificates)]
        } catch let error as CDPError {
            throw error
        } catch {
            throw CDPError(.launchFailed(RemoteMessages.unreadableCA(extraCAFile, "\(error)")))
        }
        return configuration
    }
}
