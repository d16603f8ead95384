import Foundation
import WTDiagnostics
import WTSelector
import WTSyntax

/// Locators: selector syntax (CSS and XPath, diagnosed at the column inside the string), roles, and the
/// scalars interpolated into them.
extension CheckerWalker {
    /// `forAction`: the locator names an element to act on, so value-selecting pseudo-elements are wrong.
    mutating func checkLocator(_ locator: Locator, forAction: Bool) {
        if forAction { checkSelectsElements(locator, use: "an action or a 'within' scope") }
        for choice in locator.choices {
            switch choice.kind {
            case .css(let literal): checkSelector(literal, xpath: false, forAction: forAction)
            case .xpath(let literal): checkSelector(literal, xpath: true, forAction: forAction)
            case .label(let literal), .testid(let literal), .text(let literal), .placeholder(let literal):
                checkNonEmpty(literal, "this locator")
            case .role(let role, let name):
                if !AriaRoles.all.contains(role.name) {
                    emit(
                        SemaMessages.unknownRole(role.name), role.range,
                        help: Suggestions.help(for: role.name, among: Array(AriaRoles.all)))
                }
                if let name { checkInterpolations(name) }
            }
        }
    }

    /// A locator used where elements are needed (an action, a scope, a record container, an element field):
    /// an XPath that computes a value cannot be one.
    mutating func checkSelectsElements(_ locator: Locator, use: String) {
        for choice in locator.choices {
            guard case .xpath(let literal) = choice.kind, let text = literal.plainText,
                XPathValueShape.yieldsValue(text)
            else { continue }
            emit(SemaMessages.xpathValueNotElements(use), choice.range, help: SemaMessages.Help.xpathValue)
        }
    }

    private mutating func checkNonEmpty(_ literal: StringLiteral, _ what: String) {
        checkInterpolations(literal)
        if literal.parts.isEmpty { emit(SemaMessages.emptyString(what), literal.range) }
    }

    private mutating func checkSelector(_ literal: StringLiteral, xpath: Bool, forAction: Bool) {
        checkInterpolations(literal)
        let kind = xpath ? "XPath" : "CSS"
        if literal.parts.isEmpty {
            emit(SemaMessages.emptyString("a \(kind) selector"), literal.range)
            return
        }
        // Interpolated values are unknown until run time; a plain name stands in for each so the rest of
        // the selector is still checked.
        let text = literal.parts.map { part -> String in
            if case .text(let t) = part { return t }
            return "x"
        }.joined()
        guard let failure = SelectorValidation.validate(text, xpath: xpath, forAction: forAction) else { return }
        emit(failure.message(kind), range(of: failure, in: literal))
    }

    /// The source range of a selector error: exact for literals without interpolation, the whole literal otherwise.
    private func range(of failure: SelectorValidation.Failure, in literal: StringLiteral) -> SourceRange {
        guard literal.plainText != nil else { return literal.range }
        let start = literal.sourceOffset(ofDecodedOffset: failure.offset, in: file)
        let end = literal.sourceOffset(ofDecodedOffset: failure.offset + max(1, failure.length), in: file)
        return SourceRange(start: start, end: min(max(end, start + 1), literal.range.end))
    }

    mutating func checkKey(_ key: StringLiteral) {
        guard let text = key.plainText else {
            checkInterpolations(key)
            return
        }
        if !KeyNames.isValid(text) {
            emit(
                SemaMessages.unknownKey(text), key.range,
                help: "use a key such as \"Enter\", \"Tab\", \"Escape\", \"ArrowDown\" or \"Control+A\"")
        }
    }
}

/// Runs the shared selector parsers and says what went wrong, where, in the selector's own text.
enum SelectorValidation {
    struct Failure {
        var offset: Int
        var length: Int
        var text: String
        var isPseudoElementInAction = false

        func message(_ kind: String) -> DiagnosticMessage {
            isPseudoElementInAction ? SemaMessages.pseudoElementInAction : SemaMessages.invalidSelector(kind, text)
        }
    }

    static func validate(_ text: String, xpath: Bool, forAction: Bool) -> Failure? {
        do throws(SelectorError) {
            if xpath {
                try XPathSyntax.validate(text)
            } else {
                let list = try CSSSelectorParser.parse(text)
                if forAction, list.selectors.contains(where: { $0.pseudoElement != nil }) {
                    let found = text.range(of: "::", options: .backwards)
                    let offset = found.map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) } ?? 0
                    return Failure(offset: offset, length: 2, text: "", isPseudoElementInAction: true)
                }
            }
            return nil
        } catch {
            return Failure(offset: error.offset, length: error.length, text: error.message)
        }
    }
}
