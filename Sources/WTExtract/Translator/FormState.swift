/// Form pseudo-classes as XPath conditions, following the HTML standard's definitions for a document
/// as parsed (no script has changed any state).
enum FormState {
    /// `type`, ASCII case-insensitively (`type=CHECKBOX` is a checkbox).
    static let type = XPathText.asciiFolded("@type")

    static let formControl = "self::button or self::input or self::select or self::textarea or self::fieldset"

    /// A control is disabled by its own attribute, or by a disabled fieldset ancestor unless it sits in
    /// that fieldset's first legend. Read from the element: some ancestor-or-self X has a disabled
    /// fieldset as parent and X is not that fieldset's first legend.
    static let disabledByAncestor =
        "ancestor-or-self::*[parent::fieldset[@disabled]][not(self::legend) or preceding-sibling::legend]"

    /// `:disabled`: "actually disabled" controls, optgroups and options. Like Chromium, an option or
    /// optgroup inside a disabled select is disabled too.
    static let disabled: String = {
        let inDisabledSelect = "ancestor::select[1][@disabled or \(disabledByAncestor)]"
        return XPathText.or([
            "(\(formControl)) and (@disabled or \(disabledByAncestor))",
            "self::optgroup and (@disabled or \(inDisabledSelect))",
            "self::option and (@disabled or parent::optgroup[@disabled] or \(inDisabledSelect))",
        ])
    }()

    /// `:enabled`: the same elements when not disabled.
    static let enabled = "(\(formControl) or self::optgroup or self::option) and not(\(disabled))"

    /// `:checked`: checked checkboxes and radio buttons, and selected options.
    static let checked = XPathText.or([
        "self::input and @checked and (\(type) = 'checkbox' or \(type) = 'radio')",
        "self::option and (\(optionSelected))",
    ])

    /// An option's selectedness after parsing. In a single-choice select the last option marked
    /// `selected` wins; with none marked, a drop-down (no `multiple`, `size` at most 1) selects its
    /// first option that is not disabled.
    static let optionSelected: String = {
        let select = "ancestor::select[1]"
        let options = "\(select)/descendant::option"
        let lastMarked = isSelf("\(options)[@selected][last()]")
        let firstEnabled = isSelf("\(options)[not(@disabled) and not(parent::optgroup[@disabled])][1]")
        let byDefault = "not(\(options)[@selected]) and not(\(select)[@size > 1]) and \(firstEnabled)"
        return XPathText.or([
            "not(ancestor::select) and @selected",
            "\(select)[@multiple] and @selected",
            "\(select)[not(@multiple)] and (\(lastMarked) or (\(byDefault)))",
        ])
    }()

    /// The context node is the one node `path` selects: XPath 1.0 tests identity by counting a union
    /// (an empty `path` must not match, hence the second count).
    static func isSelf(_ path: String) -> String { "count(. | \(path)) = count(\(path))" }

    /// `:indeterminate`: a radio button whose group (same name, same form) has no checked button, and a
    /// progress bar without a value. A checkbox is indeterminate only through script.
    static let indeterminate: String = {
        let checkedRadio = "input[\(type) = 'radio'][@checked]"
        let groupChecked = XPathText.or([
            "ancestor::form and @name = ancestor::form[1]//\(checkedRadio)/@name",
            "not(ancestor::form) and @name = //\(checkedRadio)[not(ancestor::form)]/@name",
        ])
        return XPathText.or([
            "self::input and \(type) = 'radio' and not(@checked) and not(@name != '' and (\(groupChecked)))",
            "self::progress and not(@value)",
        ])
    }()
}
