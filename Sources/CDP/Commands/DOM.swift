/// The `DOM` domain: nodes, their HTML and their boxes. A node is named by `nodeId` (valid while the
/// document is tracked), `backendNodeId` (stable) or a `Runtime.RemoteObject`'s `objectId`.
public enum DOM {
    /// A DOM node; `children` and the other nested nodes are filled up to the requested depth.
    public final class Node: Decodable, Sendable {
        public let nodeId: Int
        public let backendNodeId: Int
        /// 1 element, 3 text, 9 document, 11 fragment, ...
        public let nodeType: Int
        public let nodeName: String
        public let localName: String
        public let nodeValue: String
        public let childNodeCount: Int?
        public let children: [Node]?
        /// Name, value, name, value, ...
        public let attributes: [String]?
        public let documentURL: String?
        /// For an iframe element: the frame it holds (for an out-of-process frame, also its target id).
        public let frameId: String?
        /// The document inside an iframe (same process only).
        public let contentDocument: Node?
        public let shadowRoots: [Node]?
    }

    /// Which node a command is about: exactly one of the three ids.
    public struct NodeReference: Encodable, Sendable {
        public var nodeId: Int?
        public var backendNodeId: Int?
        public var objectId: String?
        public init(nodeId: Int? = nil, backendNodeId: Int? = nil, objectId: String? = nil) {
            self.nodeId = nodeId
            self.backendNodeId = backendNodeId
            self.objectId = objectId
        }
    }

    /// Content, padding, border and margin quads, each 8 numbers (x1, y1, … x4, y4) in CSS pixels.
    public struct BoxModel: Decodable, Sendable, Equatable {
        public let content: [Double]
        public let padding: [Double]
        public let border: [Double]
        public let margin: [Double]
        public let width: Int
        public let height: Int

        /// The centre of the content quad, where a click lands.
        public var center: (x: Double, y: Double) {
            guard content.count == 8 else { return (0, 0) }
            return (
                (content[0] + content[2] + content[4] + content[6]) / 4,
                (content[1] + content[3] + content[5] + content[7]) / 4
            )
        }
    }

    /// `DOM.getDocument`: the root; `depth: -1` and `pierce: true` return the whole tree, iframes and
    /// shadow roots included.
    public struct GetDocument: CDPCommand {
        public static let method = "DOM.getDocument"
        public struct Response: Decodable, Sendable { public let root: Node }
        public var depth: Int?
        public var pierce: Bool?
        public init(depth: Int? = nil, pierce: Bool? = nil) {
            self.depth = depth
            self.pierce = pierce
        }
    }

    /// `DOM.querySelector`: the first match under `nodeId`; `nodeId` 0 in the answer means none.
    public struct QuerySelector: CDPCommand {
        public static let method = "DOM.querySelector"
        public struct Response: Decodable, Sendable { public let nodeId: Int }
        public var nodeId: Int
        public var selector: String
        public init(nodeId: Int, selector: String) {
            self.nodeId = nodeId
            self.selector = selector
        }
    }

    /// `DOM.describeNode`: a node by any of its ids, without needing the document to be tracked.
    public struct DescribeNode: CDPCommand {
        public static let method = "DOM.describeNode"
        public struct Response: Decodable, Sendable { public let node: Node }
        public var node: NodeReference
        public var depth: Int?
        public var pierce: Bool?
        public init(_ node: NodeReference, depth: Int? = nil, pierce: Bool? = nil) {
            self.node = node
            self.depth = depth
            self.pierce = pierce
        }
        public func encode(to encoder: any Encoder) throws {
            try node.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encodeIfPresent(depth, forKey: .depth)
            try container.encodeIfPresent(pierce, forKey: .pierce)
        }
        private enum Keys: String, CodingKey { case depth, pierce }
    }

    /// `DOM.resolveNode`: a JavaScript handle (`objectId`) for a node.
    public struct ResolveNode: CDPCommand {
        public static let method = "DOM.resolveNode"
        public struct Response: Decodable, Sendable { public let object: Runtime.RemoteObject }
        public var nodeId: Int?
        public var backendNodeId: Int?
        public var executionContextId: Int?
        public init(nodeId: Int? = nil, backendNodeId: Int? = nil, executionContextId: Int? = nil) {
            self.nodeId = nodeId
            self.backendNodeId = backendNodeId
            self.executionContextId = executionContextId
        }
    }

    /// `DOM.scrollIntoViewIfNeeded`.
    public struct ScrollIntoViewIfNeeded: CDPCommand {
        public static let method = "DOM.scrollIntoViewIfNeeded"
        public typealias Response = CDPEmptyResponse
        public var node: NodeReference
        public init(_ node: NodeReference) { self.node = node }
        public func encode(to encoder: any Encoder) throws { try node.encode(to: encoder) }
    }

    /// `DOM.getBoxModel`; fails for nodes that are not rendered (`display: none`).
    public struct GetBoxModel: CDPCommand {
        public static let method = "DOM.getBoxModel"
        public struct Response: Decodable, Sendable { public let model: BoxModel }
        public var node: NodeReference
        public init(_ node: NodeReference) { self.node = node }
        public func encode(to encoder: any Encoder) throws { try node.encode(to: encoder) }
    }

    /// `DOM.getOuterHTML`.
    public struct GetOuterHTML: CDPCommand {
        public static let method = "DOM.getOuterHTML"
        public struct Response: Decodable, Sendable { public let outerHTML: String }
        public var node: NodeReference
        public init(_ node: NodeReference) { self.node = node }
        public func encode(to encoder: any Encoder) throws { try node.encode(to: encoder) }
    }
}
