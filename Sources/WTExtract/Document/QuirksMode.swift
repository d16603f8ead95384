import CLibXML2

/// Whether a parsed document is in quirks mode (HTML § 13.2.6.4.1, "the initial insertion mode"):
/// no DOCTYPE, a DOCTYPE not named `html`, or one of the legacy public identifiers. In quirks mode a
/// browser matches class and id selectors ASCII case-insensitively. (Limited-quirks mode changes
/// nothing for selectors.)
enum QuirksMode {
    static func isQuirks(_ doc: htmlDocPtr) -> Bool {
        guard let dtd = doc.pointee.intSubset else { return true }
        guard lower(dtd.pointee.name) == "html" else { return true }
        let publicID = lower(dtd.pointee.ExternalID)
        let systemID = dtd.pointee.SystemID.map { XPathText.asciiLowercased(String(cString: $0)) }
        if exactPublic.contains(publicID) { return true }
        if systemID == "http://www.ibm.com/data/dtd/v11/ibmxhtml1-transitional.dtd" { return true }
        if quirkyPrefixes.contains(where: publicID.hasPrefix) { return true }
        return systemID == nil
            && (publicID.hasPrefix("-//w3c//dtd html 4.01 frameset//")
                || publicID.hasPrefix("-//w3c//dtd html 4.01 transitional//"))
    }

    private static func lower(_ text: UnsafePointer<xmlChar>?) -> String {
        text.map { XPathText.asciiLowercased(String(cString: $0)) } ?? ""
    }

    private static let exactPublic: Set = [
        "-//w3o//dtd w3 html strict 3.0//en//", "-/w3c/dtd html 4.0 transitional/en", "html",
    ]

    private static let quirkyPrefixes = [
        "+//silmaril//dtd html pro v0r11 19970101//", "-//as//dtd html 3.0 aswedit + extensions//",
        "-//advasoft ltd//dtd html 3.0 aswedit + extensions//", "-//ietf//dtd html 2.0", "-//ietf//dtd html 2.1e//",
        "-//ietf//dtd html 3.0//", "-//ietf//dtd html 3.2 final//", "-//ietf//dtd html 3.2//", "-//ietf//dtd html 3//",
        "-//ietf//dtd html level 0//", "-//ietf//dtd html level 1//", "-//ietf//dtd html level 2//",
        "-//ietf//dtd html level 3//", "-//ietf//dtd html strict", "-//ietf//dtd html//",
        "-//metrius//dtd metrius presentational//", "-//microsoft//dtd internet explorer 2.0",
        "-//microsoft//dtd internet explorer 3.0", "-//netscape comm. corp.//dtd html//",
        "-//netscape comm. corp.//dtd strict html//", "-//o'reilly and associates//dtd html",
        "-//sq//dtd html 2.0 hotmetal + extensions//", "-//softquad software//dtd hotmetal pro",
        "-//softquad//dtd hotmetal pro", "-//spyglass//dtd html 2.0 extended//",
        "-//sun microsystems corp.//dtd hotjava html//", "-//sun microsystems corp.//dtd hotjava strict html//",
        "-//w3c//dtd html 3 1995-03-24//", "-//w3c//dtd html 3.2 draft//", "-//w3c//dtd html 3.2 final//",
        "-//w3c//dtd html 3.2//", "-//w3c//dtd html 3.2s draft//", "-//w3c//dtd html 4.0 frameset//",
        "-//w3c//dtd html 4.0 transitional//", "-//w3c//dtd html experimental 19960712//",
        "-//w3c//dtd html experimental 970421//", "-//w3c//dtd w3 html//", "-//w3o//dtd w3 html 3.0//",
        "-//webtechs//dtd mozilla html 2.0//", "-//webtechs//dtd mozilla html//",
    ]
}
