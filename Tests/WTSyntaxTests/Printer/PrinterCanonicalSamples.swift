/// Programs already in canonical form: `print(parse(x)) == x` must hold for each one. Together they use
/// every statement, extraction, locator, type and comment position the grammar has.
enum PrinterCanonicalSamples {
    static let all: [String] = [minimal, modeOnly, quotes, login, catalog, expressions, comments, wrapped, locators]

    static let minimal = """
        program "minimal"

        """

    static let modeOnly = """
        program "m"
        mode http

        """

    static let quotes = """
        # quotes.wt: compiled from trace wt_2f9c
        program "quotes"
        mode auto  # auto | browser | http

        param tag: string = "love"
        param max_pages: int = 10

        output quotes: [{ text: string, author: string, tags: [string] }]

        open "https://quotes.toscrape.com/tag/{tag}/"
        repeat max_pages {
          extract quotes += each ".quote" {
            text = text ".text"
            author = text "small.author"
            tags = texts "a.tag"
          }
          if not exists "li.next > a" {
            break
          }
          click "li.next > a"
        }
        expect count quotes >= 1
        expect all quotes have text, author

        """

    static let login = """
        program "login"
        mode browser

        param user: string
        param password: secret

        open "https://example.com/login"
        fill label "Email" with user
        fill "#password" with password timeout 5s
        check "#remember"
        uncheck "#newsletter" timeout 500ms
        select "#country" option "France"
        select "#lang" value "fr" timeout 2m
        press "Enter" on "#password"
        press "Escape"
        wait for url ~ "/account" timeout 30s
        if exists ".error" {
          extract message = text ".error"
          return
        } else if title == "Blocked" {
          return
        } else {
          expect exists role heading "Welcome"
        }

        """

    static let catalog = """
        program "catalog"

        output items: [{ name: string, price: number?, link: url }]
        output rows: [{ sku: string }]
        output manual: file

        open "https://shop.example/"
        scroll
        scroll to "footer"
        scroll until no new ".card" max 20
        scroll until count ".card" >= 100 max 50
        extract links = urls first ".card a" | xpath "//a[@class='card']"
        extract total = int "#total" | text "Total"
        extract stamp = date "time.updated"
        extract body = html "main"
        extract visible = exists ".banner"
        extract cards = count ".card"
        extract cover = attr "src" of "img.cover"
        extract thumbs = attrs "src" of "img.thumb"
        extract score = number ".score"
        extract home = url "a.home"
        for each link in links concurrency 4 {
          open link
          extract item = one "main" {
            name = text "h1"
            price = number ".price"
            link = url
          }
          let items += item
        }
        for each link in links {
        }
        within "iframe#docs" {
          download text "Manual" into manual timeout 1m
        }
        extract rows = table "table.skus"
        back

        """

    static let expressions = """
        program "exprs"

        param n: int = -1
        param rate: number = 1.5
        param tags: [string] = ["a", "b"]
        param empty: [int] = []
        param enabled: bool = false
        param off: bool = true

        let a = n + 1 - 2
        let b = n - (1 - 2)
        let c = (n + 1) == 2 or not enabled and rate > 1.0
        let d = not (enabled or false)
        let e = not n + 1 < 3
        let f = (a == 1) != true
        let g = "tab\\t quote\\" brace\\{ \\} slash\\\\ line\\n {a} {item.url}"
        let h = ((1))
        let i = url
        let j = title ~ "^Shop"
        let k = count tags <= 3 and count ".x" > 0 or exists "#y"
        let l = a != b and a >= b
        repeat 3 as i {
          let m = i
        }
        repeat as i {
        }
        repeat {
        }

        """

    static let comments = """
        # header comment
        #
        program "comments"  # trailing on header
        # about mode
        mode http  # the mode

        # params
        param q: string  # the query

        # outputs
        output results: [string]

        # start
        open "https://example.com/?q={q}"  # search

        # then
        repeat 2 {  # twice
          click "a"

          # second
          click "b"  # b
          # closing
        }
        within "main" {
          # only a comment
        }
        if exists ".a" {  # on a
          back
          # before else
        } else if exists ".b" {  # on b
          back
        } else {
          # nothing
        }
        extract r = one "main" {  # one record
          # first field
          a = text ".a"  # a

          b = text ".b"
          # more later
        }

        # the end
        # really

        """

    static let wrapped = """
        program "wrap"

        output products: [{
          name: string,
          price: number,
          currency: string?,
          seller: { name: string, rating: number },
          images: [url],
          in_stock: bool,
        }]  # one per card
        output short: { a: string }

        """

    static let locators = """
        program "locators"

        click first ".a" | ".b"
        click xpath "//button[@type='submit']"
        click label "Name" | testid "name-input" | placeholder "Your name"
        click role button
        click role button "Submit"
        click role option "Large"
        click text "Next {page}"
        click "a[title=\\"x\\"]"

        """
}
