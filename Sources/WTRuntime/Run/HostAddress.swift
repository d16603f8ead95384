/// A URL's host read the way a browser reads it, so the navigation guard compares what will really be
/// contacted: IPv4 in any of the forms the URL standard accepts (`2852039166`, `0xa9.254.0251.254`,
/// `169.254.43518`), IPv6 with or without brackets and zone, names lowercased without a trailing dot.
enum HostAddress: Hashable {
    case ipv4([UInt8])
    case ipv6([UInt8])
    case name(String)

    /// Nil when the text looks like an address but is not a valid one (`999.1.1.1`, `[fe80::g]`): a browser
    /// refuses such hosts too, and the guard treats them as malformed.
    init?(_ text: String) {
        var host = (text.removingPercentEncoding ?? text).lowercased()
        if host.hasPrefix("[") || host.contains(":") {
            if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
            if let zone = host.firstIndex(of: "%") { host = String(host[..<zone]) }
            guard let bytes = Self.ipv6(host) else { return nil }
            // ::ffff:a.b.c.d reaches the IPv4 address, so it is that address.
            let mapped = bytes[0..<10].allSatisfy { $0 == 0 } && bytes[10] == 0xff && bytes[11] == 0xff
            self = mapped ? .ipv4(Array(bytes[12...])) : .ipv6(bytes)
            return
        }
        if host.hasSuffix(".") { host.removeLast() }
        guard !host.isEmpty else { return nil }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        // The URL standard reads a host as IPv4 exactly when its last label is a number.
        guard let last = labels.last, Self.number(last) != nil else {
            self = .name(host)
            return
        }
        guard let bytes = Self.ipv4(labels) else { return nil }
        self = .ipv4(bytes)
    }

    /// The host as people write it, for messages.
    var display: String {
        switch self {
        case .ipv4(let bytes): bytes.map(String.init).joined(separator: ".")
        case .ipv6(let bytes):
            stride(from: 0, to: 16, by: 2).map { String(UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]), radix: 16) }
                .joined(separator: ":")
        case .name(let name): name
        }
    }

    /// What kind of place the host is, as far as the navigation guard cares; nil for an ordinary address.
    enum Kind {
        /// A cloud metadata endpoint.
        case metadata
        /// 169.254.0.0/16, fe80::/10.
        case linkLocal
        /// This machine: 127.0.0.0/8, 0.0.0.0/8 (which Linux delivers to this machine), ::1, ::, `localhost`
        /// and names under `.localhost`.
        case loopback
        /// 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, 100.64.0.0/10 (carrier-grade NAT), fc00::/7.
        case privateNetwork
    }

    var kind: Kind? {
        switch self {
        case .ipv4(let bytes): return Self.kind(ipv4: bytes)
        case .ipv6(let bytes): return Self.kind(ipv6: bytes)
        case .name(let name):
            if Self.metadataNames.contains(name) { return .metadata }
            return name == "localhost" || name.hasSuffix(".localhost") ? .loopback : nil
        }
    }

    static let metadataNames: Set<String> = ["metadata", "metadata.google.internal"]
    /// 169.254.169.254 (AWS, GCP, Azure, …) and 100.100.100.200 (Alibaba Cloud).
    static let metadataIPv4: Set<[UInt8]> = [[169, 254, 169, 254], [100, 100, 100, 200]]
    /// fd00:ec2::254, AWS's IPv6 metadata address.
    static let awsMetadataIPv6: [UInt8] = [0xfd, 0, 0x0e, 0xc2] + Array(repeating: 0, count: 10) + [0x02, 0x54]

    private static func kind(ipv4 bytes: [UInt8]) -> Kind? {
        if metadataIPv4.contains(bytes) { return .metadata }
        switch (bytes[0], bytes[1]) {
        case (169, 254): return .linkLocal
        case (127, _), (0, _): return .loopback
        case (10, _), (172, 16...31), (192, 168), (100, 64...127): return .privateNetwork
        default: return nil
        }
    }

    private static func kind(ipv6 bytes: [UInt8]) -> Kind? {
        if bytes == awsMetadataIPv6 { return .metadata }
        if bytes[0] == 0xfe && bytes[1] & 0xc0 == 0x80 { return .linkLocal }
        if bytes[0..<15].allSatisfy({ $0 == 0 }) && bytes[15] <= 1 { return .loopback }
        return bytes[0] & 0xfe == 0xfc ? .privateNetwork : nil
    }

    /// Up to four numbers; all but the last are one byte, the last fills the bytes left.
    private static func ipv4(_ labels: [Substring]) -> [UInt8]? {
        guard (1...4).contains(labels.count) else { return nil }
        let numbers = labels.compactMap(number)
        guard numbers.count == labels.count, numbers.dropLast().allSatisfy({ $0 < 256 }),
            let last = numbers.last, last < (UInt64(1) << (8 * UInt64(5 - labels.count)))
        else { return nil }
        var value = last
        for (index, number) in numbers.dropLast().enumerated() { value |= number << (8 * UInt64(3 - index)) }
        return [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: value >> $0) }
    }

    /// A URL-standard IPv4 part: decimal, `0x` hex or `0` octal; nil when not a number or absurdly long.
    private static func number(_ label: Substring) -> UInt64? {
        var digits = label
        var radix = 10
        if digits.hasPrefix("0x") || digits.hasPrefix("0X") {
            digits = digits.dropFirst(2)
            radix = 16
            if digits.isEmpty { return 0 }
        } else if digits.count > 1, digits.hasPrefix("0") {
            digits = digits.dropFirst()
            radix = 8
        }
        guard !digits.isEmpty, digits.count <= 32 else { return nil }
        return UInt64(digits, radix: radix)
    }

    /// Eight groups of up to four hex digits, one `::`, optionally ending in a dotted IPv4 address.
    private static func ipv6(_ text: String) -> [UInt8]? {
        let halves = text.components(separatedBy: "::")
        guard halves.count <= 2 else { return nil }
        guard let head = groups(halves[0]), let tail = halves.count == 2 ? groups(halves[1]) : [] else { return nil }
        let missing = 16 - head.count - tail.count
        guard halves.count == 2 ? missing >= 2 : missing == 0 else { return nil }
        return head + Array(repeating: 0, count: missing) + tail
    }

    private static func groups(_ text: String) -> [UInt8]? {
        guard !text.isEmpty else { return [] }
        var bytes: [UInt8] = []
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        for (index, part) in parts.enumerated() {
            if index == parts.count - 1, part.contains(".") {
                let octets = part.split(separator: ".", omittingEmptySubsequences: false).compactMap { UInt8($0) }
                guard octets.count == 4 else { return nil }
                bytes += octets
            } else {
                guard (1...4).contains(part.count), let group = UInt16(part, radix: 16) else { return nil }
                bytes += [UInt8(group >> 8), UInt8(group & 0xff)]
            }
        }
        return bytes
    }
}
