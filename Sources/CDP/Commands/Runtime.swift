/// The `Runtime` domain: JavaScript evaluation and remote objects.
public enum Runtime {
    /// A JavaScript value as the protocol describes it: by value (`value`) or by reference (`objectId`).
    public struct RemoteObject: Decodable, Sendable, Equatable {
        /// `object`, `function`, `undefined`, `string`, `number`, `boolean`, `symbol`, `bigint`.
        public let type: String
        /// `node`, `array`, `null`, `error`, ... for objects.
        public let subtype: String?
        public let className: String?
        /// The value, for primitives and for `returnByValue`.
        public let value: JSON?
        /// `NaN`, `Infinity`, `-0`, bigint literals: values JSON cannot carry.
        public let unserializableValue: String?
        public let description: String?
        /// A handle to the object in the page; release it with `ReleaseObject` when done.
        public let objectId: String?
    }

    /// Why a script failed.
    public struct ExceptionDetails: Decodable, Sendable, Equatable {
        public let exceptionId: Int
        public let text: String
        public let lineNumber: Int
        public let columnNumber: Int
        public let url: String?
        public let exception: RemoteObject?

        /// The thrown value's description (`Error: boom\n    at …`) or the protocol's summary text.
        public var message: String { exception?.description ?? text }
    }

    /// What an evaluation returns.
    public struct EvaluationResult: Decodable, Sendable {
        public let result: RemoteObject
        public let exceptionDetails: ExceptionDetails?
    }

    /// An argument of `CallFunctionOn`: a JSON value, an object handle, or an unserializable value.
    public struct CallArgument: Encodable, Sendable {
        public var value: JSON?
        public var objectId: String?
        public var unserializableValue: String?
        public init(value: JSON? = nil, objectId: String? = nil, unserializableValue: String? = nil) {
            self.value = value
            self.objectId = objectId
            self.unserializableValue = unserializableValue
        }
    }

    /// `Runtime.enable`.
    public struct Enable: CDPCommand {
        public static let method = "Runtime.enable"
        public typealias Response = CDPEmptyResponse
        public init() {}
    }

    /// `Runtime.evaluate`.
    public struct Evaluate: CDPCommand {
        public static let method = "Runtime.evaluate"
        public typealias Response = EvaluationResult
        public var expression: String
        public var returnByValue: Bool?
        public var awaitPromise: Bool?
        public var userGesture: Bool?
        public var contextId: Int?
        public var objectGroup: String?
        public init(
            expression: String, returnByValue: Bool? = true, awaitPromise: Bool? = nil, userGesture: Bool? = nil,
            contextId: Int? = nil, objectGroup: String? = nil
        ) {
            self.expression = expression
            self.returnByValue = returnByValue
            self.awaitPromise = awaitPromise
            self.userGesture = userGesture
            self.contextId = contextId
            self.objectGroup = objectGroup
        }
    }

    /// `Runtime.callFunctionOn`: calls `functionDeclaration` with `this` bound to `objectId`.
    public struct CallFunctionOn: CDPCommand {
        public static let method = "Runtime.callFunctionOn"
        public typealias Response = EvaluationResult
        public var functionDeclaration: String
        public var objectId: String?
        public var arguments: [CallArgument]?
        public var returnByValue: Bool?
        public var awaitPromise: Bool?
        public var userGesture: Bool?
        public var executionContextId: Int?
        public init(
            functionDeclaration: String, objectId: String? = nil, arguments: [CallArgument]? = nil,
            returnByValue: Bool? = true, awaitPromise: Bool? = nil, userGesture: Bool? = nil,
            executionContextId: Int? = nil
        ) {
            self.functionDeclaration = functionDeclaration
            self.objectId = objectId
            self.arguments = arguments
            self.returnByValue = returnByValue
            self.awaitPromise = awaitPromise
            self.userGesture = userGesture
            self.executionContextId = executionContextId
        }
    }

    /// `Runtime.releaseObject`.
    public struct ReleaseObject: CDPCommand {
        public static let method = "Runtime.releaseObject"
        public typealias Response = CDPEmptyResponse
        public var objectId: String
        public init(objectId: String) { self.objectId = objectId }
    }
}
