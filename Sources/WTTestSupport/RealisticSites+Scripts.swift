import Foundation

/// Content a script renders: a listing filled from an API a moment after the page loads, an answer
/// revealed by a click, a "load more" button.
extension RealisticSites {
    static var scripts: [RealisticSite] { [scriptRenderedList, clickToReveal, loadMore, scriptPagination] }

    /// A listing a script pages through without navigating: "Next" re-renders the list, and is removed
    /// on the last page. Two pages when recorded, three later.
    static let scriptPagination = RealisticSite(
        "script-rendered-pages", mode: "browser", later: "\"Mallet\"",
        program: """
            program "catalogue"
            mode browser

            param base_url: url = "http://127.0.0.1:8000"

            output names: [string]

            open "{base_url}/app"
            repeat 10 {
              extract names += texts "#list .item .name"
              if not exists "button.next" {
                break
              }
              click "button.next"
            }

            """,
        routes: [.init("/app") { _, state in ScriptData.app(state) }])

    /// `/jobs` is an empty shell; its script fetches `/api/jobs` (which answers after a pause) and renders.
    static let scriptRenderedList = RealisticSite(
        "script-rendered-listing", mode: "browser", later: "\"Care Trust\"",
        program: """
            program "jobs"
            mode browser

            param base_url: url = "http://127.0.0.1:8000"

            output jobs: [{ title: string, company: string }]

            open "{base_url}/jobs"
            wait for exists ".job"
            extract jobs = each ".job" {
              title = text ".job-title"
              company = text ".company"
            }

            """,
        routes: [
            .init("/jobs") { _, _ in
                RealisticPage.html(
                    "Jobs", "<div id=\"board\"><p class=\"loading\">Loading…</p></div>",
                    script: """
                        fetch('/api/jobs').then(r => r.json()).then(jobs => {
                          const board = document.getElementById('board');
                          board.innerHTML = '';
                          for (const job of jobs) {
                            const card = document.createElement('div'); card.className = 'job';
                            card.innerHTML = '<h3 class="job-title"></h3><p class="company"></p>';
                            card.querySelector('.job-title').textContent = job.title;
                            card.querySelector('.company').textContent = job.company;
                            board.append(card);
                          }
                        });
                        """)
            },
            .init("/api/jobs") { _, state in
                let jobs =
                    state == 0
                    ? [("Baker", "Crumb & Co"), ("Welder", "Arc Ltd")]
                    : [("Editor", "Inkwell"), ("Pilot", "Skyway"), ("Nurse", "Care Trust")]
                let items = jobs.map { "{\"title\":\"\($0.0)\",\"company\":\"\($0.1)\"}" }
                var response = LoopbackResponse.json(Data("[\(items.joined(separator: ","))]".utf8))
                response.delay = .milliseconds(200)
                return response
            },
        ])

    /// Questions whose answers a script inserts when their button is clicked.
    static let clickToReveal = RealisticSite(
        "click-to-reveal-answer", mode: "browser", later: "\"Returns cost £4 after 14 days.\"",
        program: """
            program "faq"
            mode browser

            param base_url: url = "http://127.0.0.1:8000"

            output answer: string

            open "{base_url}/faq"
            click "#q2 button.toggle"
            wait for exists "#q2 .answer p"
            extract answer = text "#q2 .answer p"

            """,
        routes: [.init("/faq") { _, state in ScriptData.faq(state) }])

    /// A listing that shows three items and a "Load more" button until every item is shown.
    static let loadMore = RealisticSite(
        "load-more-button", mode: "browser", later: "\"Star gazing\"",
        program: """
            program "events"
            mode browser

            param base_url: url = "http://127.0.0.1:8000"

            output events: [string]

            open "{base_url}/events"
            repeat 10 {
              if not exists "#more" {
                break
              }
              click "#more"
            }
            extract events = texts "#events li"

            """,
        routes: [.init("/events") { _, state in ScriptData.events(state) }])
}

/// Pages of the script sites.
enum ScriptData {
    static func faq(_ state: Int) -> LoopbackResponse {
        let answers =
            state == 0
            ? ["Within 3 days.", "Returns are free for 30 days.", "Yes, worldwide."]
            : ["Within a week.", "Returns cost £4 after 14 days.", "Only in Europe."]
        let questions = ["Shipping?", "Returns?", "Abroad?"].enumerated().map { index, question in
            "<div class=\"faq\" id=\"q\(index + 1)\"><h3>\(question)</h3>"
                + "<button class=\"toggle\" type=\"button\">Show</button><div class=\"answer\"></div></div>"
        }
        let json = answers.map { "\"\($0)\"" }.joined(separator: ",")
        return RealisticPage.html(
            "FAQ", questions.joined(separator: "\n"),
            script: """
                const answers = [\(json)];
                document.querySelectorAll('.faq').forEach((faq, i) => {
                  faq.querySelector('.toggle').addEventListener('click', () => {
                    setTimeout(() => {
                      const p = document.createElement('p'); p.textContent = answers[i];
                      faq.querySelector('.answer').replaceChildren(p);
                    }, 100);
                  });
                });
                """)
    }

    static func events(_ state: Int) -> LoopbackResponse {
        let names =
            state == 0
            ? ["Jazz night", "Book fair", "Chess open", "Film club", "Pottery class"]
            : ["Poetry slam", "Night market", "Choir", "Robot demo", "Quiz", "Tango", "Star gazing"]
        let json = names.map { "\"\($0)\"" }.joined(separator: ",")
        return RealisticPage.html(
            "Events", "<ul id=\"events\"></ul><button id=\"more\" type=\"button\">Load more</button>",
            script: """
                const all = [\(json)];
                let shown = 0;
                function show() {
                  const list = document.getElementById('events');
                  for (const name of all.slice(shown, shown + 3)) {
                    const li = document.createElement('li'); li.textContent = name; list.append(li);
                  }
                  shown = Math.min(all.length, shown + 3);
                  if (shown >= all.length) document.getElementById('more').remove();
                }
                show();
                document.getElementById('more').addEventListener('click', show);
                """)
    }

    /// Pages of three items rendered by a script; "Next" renders the next page.
    static func app(_ state: Int) -> LoopbackResponse {
        let names =
            state == 0
            ? ["Anvil", "Bellows", "Chisel", "Dowel", "Easel"]
            : ["Funnel", "Gimlet", "Hammer", "Ink", "Jig", "Knife", "Level", "Mallet"]
        let json = names.map { "\"\($0)\"" }.joined(separator: ",")
        return RealisticPage.html(
            "App",
            "<ul id=\"list\"></ul><nav class=\"pager\"><button class=\"next\" type=\"button\">Next</button></nav>",
            script: """
                const all = [\(json)];
                let page = 0;
                function render() {
                  const items = all.slice(page * 3, page * 3 + 3).map(name => {
                    const li = document.createElement('li'); li.className = 'item';
                    li.innerHTML = '<span class="name"></span> <span class="badge">new</span>';
                    li.querySelector('.name').textContent = name;
                    return li;
                  });
                  document.getElementById('list').replaceChildren(...items);
                  if ((page + 1) * 3 >= all.length) document.querySelector('button.next')?.remove();
                }
                render();
                document.querySelector('button.next').addEventListener('click', () => { page += 1; render(); });
                """)
    }
}
