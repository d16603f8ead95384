/// The `Emulation` domain.
public enum Emulation {
    /// `Emulation.setDeviceMetricsOverride`: the viewport size and pixel ratio the page sees.
    public struct SetDeviceMetricsOverride: CDPCommand {
        public static let method = "Emulation.setDeviceMetricsOverride"
        public typealias Response = CDPEmptyResponse
        public var width: Int
        public var height: Int
        public var deviceScaleFactor: Double
        public var mobile: Bool
        public init(width: Int, height: Int, deviceScaleFactor: Double = 1, mobile: Bool = false) {
            self.width = width
            self.height = height
            self.deviceScaleFactor = deviceScaleFactor
            self.mobile = mobile
        }
    }
}
