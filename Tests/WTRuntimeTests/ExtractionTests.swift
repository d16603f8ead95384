import Testing
import WTRuntime
import WTTestSupport

@Suite("Extraction")
struct ExtractionTests {
    static let catalogue = FakePage(
        "http://fake.test/shop", title: "Shop",
        elements: [
            ".item": [
                FakeElement(children: [
                    "h2": [FakeElement("  Tea\n  pot ")], ".price": [FakeElement("£12")],
                    ".note": [FakeElement("new")], "a": [.link("more", href: "/tea")],
                    ".badge": [FakeElement("x"), FakeElement("y")],
                ]),
                FakeElement(children: [
                    "h2": [FakeElement("Cup")], ".price": [FakeElement("£3.50")], "a": [.link("more", href: "/cup")],
                ]),
            ],
            "#main": [FakeElement(children: ["h1": [FakeElement("Shop")], ".lede": [FakeElement("Hello")]])],
            "table#rates": [
                FakeElement(
                    table: FakeTable(
                        headers: ["Currency", "Code", "Rate"], rows: [["Euro", "EUR", "1.1"], ["Yen", "JPY", "150"]]))
            ],
        ])

    @Test("outputs given a starting value (a resumed program) keep it, append to it, or read it in a string")
    func initialOutputs() async throws {
        var harness = Harness([Self.catalogue])
        harness.initialOutputs = ["names": .list([.string("Kettle")]), "shop": .string("Shop"), "kept": .int(7)]
        let result = try await harness.succeed(
            """
            program "resumed"

            output shop: string?
            output names: [string]
            output kept: int?
            output heading: string

            open "http://fake.test/shop"
            within "#main" {
              extract names += texts "h1"
              extract heading = text "h1"
            }
            expect heading == "{shop}"
            """)
        #expect(result.outputs.map(\.name) == ["shop", "names", "kept", "heading"])
        #expect(result.outputs[1].value == .list([.string("Kettle"), .string("Shop")]))
        #expect(result.outputs[2].value == .int(7))
    }

    @Test("each reads one record per match, optional fields missing on the page become null")
    func eachWithOptionalFields() async throws {
        var harness = Harness([Self.catalogue])
        let result = try await harness.succeed(
            """
            program "shop"

            output items: [{ name: string, price: number, note: string?, link: url, badges: int, has_note: bool }]

            open "http://fake.test/shop"
            extract items = each ".item" {
              name = text "h2"
              price = number ".price"
              note = text ".note"
              link = url "a"
              badges = count ".badge"
              has_note = exists ".note"
            }
            """)
        #expect(
            result.json(pretty: false)
                == #"{"items":[{"name":"Tea pot","price":12,"note":"new","link":"http://fake.test/tea","badges":2,"has_note":true},"#
                + #"{"name":"Cup","price":3.5,"note":null,"link":"http://fake.test/cup","badges":0,"has_note":false}]}"#
        )
    }

    @Test("a required field missing on the page fails the extraction at its line")
    func requiredFieldMissing() async throws {
        var harness = Harness([Self.catalogue])
        let source = """
            program "shop"

            output notes: [{ note: string }]

            open "http://fake.test/shop"
            1️⃣extract notes = each ".item" {
              note = text ".note"
            }
            """
        let failure = try await harness.fail(source)
        #expect(failure.id == "run.not-found")
        #expect(failure.kind == .stepFailed)
        #expect(failure.offset == MarkedSource(source)["1️⃣"])
        #expect(failure.message.hasPrefix(#"extract notes = each ".item": no element matches ".note""#))
        // The failure points at the head of the statement, not the whole block.
        #expect(failure.diagnostic.span?.end.line == failure.line)
    }

    @Test("an int field stored in a number output is a number")
    func intWidensToNumber() async throws {
        var harness = Harness([Self.catalogue])
        let result = try await harness.succeed(
            """
            program "widen"

            output top: { name: string, price: number }

            open "http://fake.test/shop"
            extract top = one first ".item" {
              name = text "h2"
              price = int ".price"
            }
            """)
        #expect(result[output: "top"] == .record([.init("name", .string("Tea pot")), .init("price", .number(12))]))
    }

    @Test(
        "one fails when nothing matches and when several match without first",
        arguments: [
            (".missing", "run.not-found"), (".item", "run.ambiguous"),
        ])
    func oneNeedsExactlyOne(selector: String, id: String) async throws {
        var harness = Harness([Self.catalogue])
        let failure = try await harness.fail(
            """
            program "one"

            output item: { name: string }

            open "http://fake.test/shop"
            extract item = one "\(selector)" {
              name = text "h2"
            }
            """)
        #expect(failure.id == id)
        #expect(failure.help?.hasPrefix("the page had: title \"Shop\"") == true)
    }

    @Test("table reads rows typed by the declared record, columns matched to headers")
    func table() async throws {
        var harness = Harness([Self.catalogue])
        let result = try await harness.succeed(
            """
            program "rates"

            output rates: [{ currency: string, code: string, rate: number, note: string? }]

            open "http://fake.test/shop"
            extract rates = table "table#rates"
            expect all rates have code, rate
            """)
        #expect(
            result.json(pretty: false)
                == #"{"rates":[{"currency":"Euro","code":"EUR","rate":1.1,"note":null},"#
                + #"{"currency":"Yen","code":"JPY","rate":150,"note":null}]}"#)
    }

    @Test("record fields bound to expressions see outer variables and keep the body's order")
    func expressionFields() async throws {
        var harness = Harness([Self.catalogue])
        let result = try await harness.succeed(
            """
            program "exprs"

            output hits: [{ query: string, name: string, position: int }]

            open "http://fake.test/shop"
            for each query in ["a", "b"] {
              repeat 1 as page {
                extract hits += each ".item" {
                  query = query
                  name = text "h2"
                  position = page
                }
              }
            }
            """)
        guard case .list(let hits) = result[output: "hits"] else { throw HarnessError.unexpectedSuccess }
        #expect(hits.count == 4)
        #expect(hits.first?.json(pretty: false) == #"{"query":"a","name":"Tea pot","position":1}"#)
        #expect(hits.last?.json(pretty: false) == #"{"query":"b","name":"Cup","position":1}"#)
    }

    @Test("attr, attrs, urls and html read what they name")
    func otherFieldKinds() async throws {
        let page = FakePage(
            "http://fake.test/g",
            elements: [
                "img": [
                    FakeElement(attributes: ["src": "/1.png", "alt": "one"]), FakeElement(attributes: ["src": "2.png"]),
                ],
                ".body": [FakeElement("Hi", html: "<b>Hi</b>")],
            ])
        var harness = Harness([page])
        let result = try await harness.succeed(
            """
            program "kinds"

            output alts: [string]
            output sources: [url]
            output body: string
            output first_alt: string

            open "http://fake.test/g"
            extract alts = attrs "alt" of "img"
            extract sources = urls "img"
            extract body = html ".body"
            extract first_alt = attr "alt" of first "img"
            """)
        #expect(
            result.json(pretty: false)
                == #"{"alts":["one"],"sources":["http://fake.test/1.png","http://fake.test/2.png"],"body":"<b>Hi</b>","first_alt":"one"}"#
        )
    }

    @Test("a value the page cannot give as the wanted type is a coercion failure")
    func coercionFailure() async throws {
        let page = FakePage("http://fake.test/", elements: ["h1": [FakeElement("Welcome")]])
        var harness = Harness([page])
        let failure = try await harness.fail(
            """
            program "coerce"

            output n: int

            open "http://fake.test/"
            extract n = int "h1"
            """)
        #expect(failure.id == "run.coercion")
        #expect(failure.message == #"extract n = int "h1": "h1" reads "Welcome", which is not an int"#)
    }
}
