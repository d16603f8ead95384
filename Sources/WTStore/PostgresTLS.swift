import NIOSSL
import PostgresNIO

/// libpq's `sslmode` and `sslrootcert` URL parameters, as PostgreSQL users already write them, mapped onto
/// postgres-nio's TLS settings:
///
/// | sslmode | encrypted | certificate checked | host name checked |
/// |---|---|---|---|
/// | `disable` (the default) | no | – | – |
/// | `prefer` | when the server offers it | no | no |
/// | `require` | yes | no (as libpq without a root certificate) | no |
/// | `verify-ca` | yes | against `sslrootcert`, or the system's roots | no |
/// | `verify-full` | yes | against `sslrootcert`, or the system's roots | yes |
///
/// `require` only protects against eavesdropping, as in libpq; a network that can be tampered with needs
/// `verify-full`.
enum PostgresTLS {
    case disable
    case prefer(TLSConfiguration)
    case require(TLSConfiguration)

    static let modes = ["disable", "prefer", "require", "verify-ca", "verify-full"]

    init(sslmode: String?, rootCertificate: String?) throws(DataStoreError) {
        let mode = sslmode ?? "disable"
        var tls = TLSConfiguration.makeClientConfiguration()
        switch mode {
        case "disable":
            self = .disable
            return
        case "prefer", "require": tls.certificateVerification = .none
        case "verify-ca": tls.certificateVerification = .noHostnameVerification
        case "verify-full": tls.certificateVerification = .fullVerification
        default: throw DataStoreError(.badLocation, StoreMessages.unsupportedSSLMode(mode))
        }
        if let rootCertificate, mode.hasPrefix("verify") {
            do {
                tls.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(rootCertificate))
            } catch {
                throw DataStoreError(.badLocation, StoreMessages.unreadableRootCertificate(rootCertificate, "\(error)"))
            }
        }
        self = mode == "prefer" ? .prefer(tls) : .require(tls)
    }

    /// The pool's setting.
    var client: PostgresClient.Configuration.TLS {
        switch self {
        case .disable: .disable
        case .prefer(let tls): .prefer(tls)
        case .require(let tls): .require(tls)
        }
    }

    /// A single connection's setting (it takes a context, which can fail to build).
    func connection() throws -> PostgresConnection.Configuration.TLS {
        switch self {
        case .disable: .disable
        case .prefer(let tls): .prefer(try NIOSSLContext(configuration: tls))
        case .require(let tls): .require(try NIOSSLContext(configuration: tls))
        }
    }
}
