/// Form-control facts the state pseudo-classes share (HTML § 4.10), as Chromium applies them to a
/// freshly parsed document.
extension Element {
    static let inputTypes: Set<String> = [
        "hidden", "text", "search", "tel", "url", "email", "password", "date", "month", "week", "time",
        "datetime-local", "number", "range", "color", "checkbox", "radio", "file", "submit", "image", "reset",
        "button",
    ]
    /// Types whose value is edited as text, where `readonly` and `:read-write` apply.
    static let textEditable: Set<String> = [
        "text", "search", "tel", "url", "email", "password", "date", "month", "week", "time", "datetime-local",
        "number",
    ]

    /// An `<input>`'s type state: the `type` keyword, `text` when missing or unknown.
    var inputType: String {
        guard let type = keyword("type"), Self.inputTypes.contains(type) else { return "text" }
        return type
    }

    var isInput: Bool { self.is("input") }

    /// A submit button: `<input type=submit|image>`, or a `<button>` whose type is not `button`/`reset`.
    var isSubmitButton: Bool {
        if isInput { return inputType == "submit" || inputType == "image" }
        guard self.is("button") else { return false }
        let type = keyword("type")
        return type != "button" && type != "reset"
    }

    /// Disabled as Chromium's `:disabled` sees it: own `disabled`; a disabled fieldset ancestor (outside
    /// its first legend); for options and optgroups also a disabled optgroup or select around them.
    var isDisabled: Bool {
        if self.is("option") || self.is("optgroup") {
            if has("disabled") { return true }
            if let parent, parent.is("optgroup"), parent.has("disabled") { return true }
            return ancestors.first { $0.is("select") }?.isDisabled ?? false
        }
        guard isFormControl else { return false }
        return has("disabled") || isDisabledByFieldset
    }

    var isFormControl: Bool {
        self.is("input") || self.is("button") || self.is("select") || self.is("textarea") || self.is("fieldset")
    }

    /// Inside a disabled `<fieldset>` and not inside that fieldset's first `<legend>`.
    var isDisabledByFieldset: Bool {
        var child = self
        for ancestor in ancestors {
            if ancestor.is("fieldset"), ancestor.has("disabled") {
                let firstLegend = ancestor.children.first { $0.is("legend") }
                if firstLegend?.node != child.node { return true }
            }
            child = ancestor
        }
        return false
    }

    /// A candidate for constraint validation (HTML § 4.10.20.2): a submittable control that is not
    /// disabled, not read-only, not a hidden/reset/button input and not inside a `<datalist>`.
    var willValidate: Bool {
        let listed =
            (isInput && !["hidden", "reset", "button", "image"].contains(inputType)) || self.is("select")
            || self.is("textarea") || (self.is("button") && isSubmitButton)
        guard listed, !isDisabled, !ancestors.contains(where: { $0.is("datalist") }) else { return false }
        if has("readonly") && (self.is("textarea") || (isInput && Self.textEditable.contains(inputType))) {
            return false
        }
        return true
    }

    /// The form the control belongs to: the `<form>` its `form` attribute names, else the nearest one.
    var formOwner: Element? {
        if let id = attribute("form") {
            return root.descendants.first { $0.is("form") && $0.attribute("id") == id }
        }
        return ancestors.first { $0.is("form") }
    }

    /// `:default`: a checked checkbox or radio, a selected option, or its form's first submit button.
    var isDefault: Bool {
        if isInput, inputType == "checkbox" || inputType == "radio" { return has("checked") }
        if self.is("option") { return has("selected") }
        guard isSubmitButton, let form = formOwner else { return false }
        let buttons = (form.root.descendants).filter { $0.isSubmitButton && $0.formOwner?.node == form.node }
        return buttons.first?.node == node
    }

    /// `:required`.
    var isRequired: Bool {
        guard has("required") else { return false }
        if isInput { return !["hidden", "range", "color", "submit", "image", "reset", "button"].contains(inputType) }
        return self.is("select") || self.is("textarea")
    }

    /// `:optional`: a control `required` could apply to, without it.
    var isOptional: Bool {
        (isInput || self.is("select") || self.is("textarea") || self.is("button")) && !isRequired
    }

    /// `:read-write`: an enabled, not read-only text control, or editable content.
    var isReadWrite: Bool {
        if isInput { return Self.textEditable.contains(inputType) && !has("readonly") && !isDisabled }
        if self.is("textarea") { return !has("readonly") && !isDisabled }
        var current: Element? = self
        while let element = current {
            switch element.keyword("contenteditable") {
            case "", "true", "plaintext-only": return true
            case "false": return false
            default: current = element.parent
            }
        }
        return false
    }

    /// `:placeholder-shown`: a text input or textarea with a `placeholder` and an empty value.
    var isPlaceholderShown: Bool {
        guard has("placeholder") else { return false }
        if isInput {
            let types: Set = ["text", "search", "tel", "url", "email", "password", "number"]
            // Value sanitization strips line breaks from these types' values.
            let value = (attribute("value") ?? "").filter { $0 != "\n" && $0 != "\r" && $0 != "\r\n" }
            return types.contains(inputType) && value.isEmpty
        }
        // A browser drops the newline right after `<textarea>`; libxml2 keeps it.
        return self.is("textarea") && ["", "\n", "\r\n"].contains(childText)
    }

    /// `:in-range` / `:out-of-range` state; none for controls that are not candidates for validation.
    var rangeState: RangeState {
        guard isInput, willValidate else { return .none }
        return RangeState.of(
            type: inputType, value: attribute("value"), min: attribute("min"), max: attribute("max"))
    }

    /// `:defined`: not an autonomous custom element (a name with `-`) nor a customized built-in (`is`).
    /// SVG and MathML elements (inside `<svg>`/`<math>`) and the names HTML reserves
    /// (`annotation-xml`, `font-face`, …) are never custom elements.
    var isDefined: Bool {
        guard name.contains("-") || has("is") else { return true }
        if Self.reservedHyphenNames.contains(name) { return !has("is") || !ancestorsInForeignContent }
        return ancestorsInForeignContent
    }

    /// Inside `<svg>` or `<math>`, and not back in HTML through a `<foreignObject>` on the way.
    private var ancestorsInForeignContent: Bool {
        for ancestor in ancestors {
            if ancestor.name == "foreignobject" || ancestor.name == "foreignObject" { return false }
            if ancestor.is("svg") || ancestor.is("math") { return true }
        }
        return false
    }

    static let reservedHyphenNames: Set = [
        "annotation-xml", "color-profile", "font-face", "font-face-src", "font-face-uri", "font-face-format",
        "font-face-name", "missing-glyph",
    ]

    /// `:open`: an open `<details>` or `<dialog>`.
    var isOpen: Bool { (self.is("details") || self.is("dialog")) && has("open") }
}
