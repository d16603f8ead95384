import Foundation
import Synchronization

/// Automation-practice forms whose right input is on the page: a word to type, a code inside a sentence,
/// an option named by a hint, a sign-in, a checkout with terms to accept.
extension RealisticSites {
    static var forms: [RealisticSite] { [typedWord, typedCode, typedFullName, selectedHint, signIn, checkout] }

    /// Type a name put together from two values read off the page (an interpolated string).
    static let typedFullName = RealisticSite(
        "type-name-from-two-reads", mode: "http", later: "\"Hello, Tim Berners-Lee\"",
        program: """
            program "greet"
            mode http

            param base_url: url = "http://127.0.0.1:8000"

            output greeting: string

            open "{base_url}/greet"
            extract first = text "#first"
            extract last = text "#last"
            fill "#name" with "{first} {last}"
            click "#go"
            extract greeting = text "#result"

            """,
        routes: [
            .init("/greet") { _, state in
                let (first, last) = FormData.person(state)
                return FormData.form(
                    "Greet", action: "/greet/hello",
                    "<p>Greet <span id=\"first\">\(first)</span> <span id=\"last\">\(last)</span> by full name.</p>"
                        + "<input id=\"name\" name=\"name\"><button id=\"go\" type=\"submit\">Greet</button>")
            },
            .init("/greet/hello") { request, state in
                let name = RealisticPage.formValue(request, "name")
                let (first, last) = FormData.person(state)
                return FormData.result(name == "\(first) \(last)" ? "Hello, \(name)" : "Who is \(name)?")
            },
        ])

    /// Type the name the page shows in bold; every page load shows another name (with a hidden challenge
    /// number the answer is checked against), as captcha-like practice pages do.
    static let typedWord = RealisticSite(
        "type-the-shown-word", mode: "browser", later: "\"Correct in round 2\"",
        program: """
            program "quiz"
            mode browser

            param base_url: url = "http://127.0.0.1:8000"

            output result: string

            open "{base_url}/quiz"
            extract word = text "#query b"
            fill "#answer" with word
            click "#submit"
            wait for exists "#result"
            extract result = text "#result"

            """,
        routes: [
            .init("/quiz") { _, state in
                let challenge = FormData.challenges.next()
                return FormData.form(
                    "Quiz", action: "/quiz/check",
                    "<p id=\"query\">Type the name <b>\(FormData.word(challenge) ?? "")</b> into the box.</p>"
                        + "<input type=\"hidden\" name=\"challenge\" value=\"\(challenge)\">"
                        + "<input id=\"answer\" name=\"answer\" autocomplete=\"off\">"
                        + "<button id=\"submit\" type=\"submit\">Send</button>")
            },
            .init("/quiz/check") { request, state in
                let answer = RealisticPage.formValue(request, "answer")
                let challenge = Int(RealisticPage.formValue(request, "challenge")) ?? -1
                let verdict = answer == FormData.word(challenge) ? "Correct" : "Wrong"
                return FormData.result("\(verdict) in round \(state + 1)")
            },
        ])

    /// Type the code that sits inside a sentence (a regex part of the text read).
    static let typedCode = RealisticSite(
        "type-code-from-sentence", mode: "browser", later: "\"Verified QP-1907\"",
        program: """
            program "otp"
            mode browser

            param base_url: url = "http://127.0.0.1:8000"

            output status: string

            open "{base_url}/verify"
            extract code = text "#otp" then match "code is ([A-Z]+-[0-9]+)" group 1
            fill "#code" with code
            click "#verify"
            wait for exists "#result"
            extract status = text "#result"

            """,
        routes: [
            .init("/verify") { _, state in
                FormData.form(
                    "Verify", action: "/verify/check",
                    "<p id=\"otp\">Your one-time code is \(FormData.code(state)). It expires in 5 minutes.</p>"
                        + "<label for=\"code\">Code</label><input id=\"code\" name=\"code\">"
                        + "<button id=\"verify\" type=\"submit\">Verify</button>")
            },
            .init("/verify/check") { request, state in
                let code = RealisticPage.formValue(request, "code")
                return FormData.result(code == FormData.code(state) ? "Verified \(code)" : "Invalid code \(code)")
            },
        ])

    /// Choose the option the hint names.
    static let selectedHint = RealisticSite(
        "select-the-hinted-option", mode: "browser", later: "\"Ordered amber paint\"",
        program: """
            program "paint"
            mode browser

            param base_url: url = "http://127.0.0.1:8000"

            output result: string

            open "{base_url}/paint"
            extract colour = text "#hint"
            select "#colour" option colour
            click "#order"
            wait for exists "#result"
            extract result = text "#result"

            """,
        routes: [
            .init("/paint") { _, state in
                let options = ["Red", "Teal", "Amber", "Olive"].map {
                    "<option value=\"\($0.lowercased())\">\($0)</option>"
                }
                return FormData.form(
                    "Paint", action: "/paint/order",
                    "<p class=\"hint\">Today's colour: <span id=\"hint\">\(state == 0 ? "Teal" : "Amber")</span></p>"
                        + "<select id=\"colour\" name=\"colour\"><option value=\"\">Choose…</option>"
                        + options.joined() + "</select><button id=\"order\" type=\"submit\">Order</button>")
            },
            .init("/paint/order") { request, _ in
                FormData.result("Ordered \(RealisticPage.formValue(request, "colour")) paint")
            },
        ])

    /// Sign in (the password a secret parameter) and read the dashboard, whose balance changes.
    static let signIn = RealisticSite(
        "sign-in-then-dashboard", mode: "browser", later: "\"£87.10\"", parameters: ["password": FormData.password],
        program: """
            program "dashboard"
            mode browser

            param base_url: url = "http://127.0.0.1:8000"
            param username: string = "ada"
            param password: secret

            output name: string
            output balance: string

            open "{base_url}/signin"
            fill "#user" with username
            fill "#pass" with password
            click "button[type=submit]"
            wait for exists ".dashboard"
            extract name = text ".dashboard .who"
            extract balance = text "#balance"

            """,
        routes: [
            .init("/signin") { _, _ in
                RealisticPage.html(
                    "Sign in",
                    "<form method=\"post\" action=\"/signin\"><input id=\"user\" name=\"user\">"
                        + "<input id=\"pass\" name=\"pass\" type=\"password\"><button type=\"submit\">Sign in</button></form>"
                )
            },
            .init("/signin", method: "POST") { request, state in FormData.dashboard(request, state) },
        ])

    /// Accept the terms, choose a plan and place the order; a script shows the order number.
    static let checkout = RealisticSite(
        "checkout-with-terms", mode: "browser", later: "\"Order PRO-2290 placed\"",
        program: """
            program "checkout"
            mode browser

            param base_url: url = "http://127.0.0.1:8000"

            output confirmation: string

            open "{base_url}/checkout"
            check "#terms"
            select "#plan" value "pro"
            click "#place-order"
            wait for exists "#confirmation"
            extract confirmation = text "#confirmation"

            """,
        routes: [.init("/checkout") { _, state in FormData.checkout(state) }])
}

/// Pages of the form sites.
enum FormData {
    static let password = "correct horse 7"

    /// The quiz's names; each page load asks for the next one, so no two runs in a row type the same name.
    static let names = ["Maria", "Tomasz", "Aiko", "Kwame", "Ingrid", "Rafael", "Noor", "Sven"]
    static let challenges = Draws()

    /// The name of challenge `number`, or nothing for a number the page never gave out.
    static func word(_ number: Int) -> String? { number >= 0 ? names[number % names.count] : nil }

    static func code(_ state: Int) -> String { state == 0 ? "KX-4821" : "QP-1907" }

    static func person(_ state: Int) -> (String, String) { state == 0 ? ("Ada", "Lovelace") : ("Tim", "Berners-Lee") }

    /// A GET form around `fields`.
    static func form(_ title: String, action: String, _ fields: String) -> LoopbackResponse {
        RealisticPage.html(title, "<form method=\"get\" action=\"\(action)\">\(fields)</form>")
    }

    /// The page a form answers with.
    static func result(_ text: String) -> LoopbackResponse {
        RealisticPage.html("Result", "<p id=\"result\">\(RealisticPage.escape(text))</p><a href=\"/\">Back</a>")
    }

    static func dashboard(_ request: LoopbackRequest, _ state: Int) -> LoopbackResponse {
        let form = JSONSite.formFields(request.body)
        guard form["pass"] == password, let user = form["user"], !user.isEmpty else {
            return RealisticPage.html(
                "Sign in", "<p class=\"flash error\">Wrong user name or password.</p>", status: 403)
        }
        let balance = state == 0 ? "£1,204.50" : "£87.10"
        return RealisticPage.html(
            "Dashboard",
            "<section class=\"dashboard\"><p>Signed in as <span class=\"who\">\(RealisticPage.escape(user))</span></p>"
                + "<p>Balance <strong id=\"balance\">\(balance)</strong></p></section>")
    }

    static func checkout(_ state: Int) -> LoopbackResponse {
        let number = state == 0 ? 1041 : 2290
        return RealisticPage.html(
            "Checkout",
            """
            <div id="shop" data-order="\(number)">
            <label><input type="checkbox" id="terms"> I accept the terms</label>
            <select id="plan"><option value="basic">Basic</option><option value="pro">Pro</option></select>
            <button type="button" id="place-order">Place order</button>
            <p id="error" hidden>Please accept the terms.</p></div>
            """,
            script: """
                document.getElementById('place-order').addEventListener('click', () => {
                  if (!document.getElementById('terms').checked) { document.getElementById('error').hidden = false; return; }
                  const shop = document.getElementById('shop');
                  const plan = document.getElementById('plan').value.toUpperCase();
                  setTimeout(() => {
                    const p = document.createElement('p'); p.id = 'confirmation';
                    p.textContent = 'Order ' + plan + '-' + shop.dataset.order + ' placed';
                    shop.append(p);
                  }, 150);
                });
                """)
    }
}

/// Numbers handed out one per call, shared by the server's threads.
final class Draws: Sendable {
    private let count = Atomic<Int>(0)

    /// The next number, from 0.
    func next() -> Int { count.wrappingAdd(1, ordering: .relaxed).oldValue }
}
