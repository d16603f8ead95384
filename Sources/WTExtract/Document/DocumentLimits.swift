/// Bounds on the documents `HTMLDocument` accepts, so a hostile or broken page fails with a clear
/// error instead of exhausting memory.
public struct DocumentLimits: Sendable, Hashable {
    /// The largest input accepted, in bytes, before decoding.
    public var maximumBytes: Int
    /// The deepest element nesting accepted (`<html>` is depth 1).
    public var maximumDepth: Int

    /// Creates limits.
    public init(maximumBytes: Int = 64 << 20, maximumDepth: Int = 512) {
        self.maximumBytes = maximumBytes
        self.maximumDepth = maximumDepth
    }

    /// 64 MiB and 512 levels: far beyond real pages (Chromium's parser caps nesting at 512 as well).
    public static let `default` = DocumentLimits()
}
