"""The web pages in a real browser (issue 5): Debian's Chromium driven by Playwright, against uvicorn on
127.0.0.1. Screenshots go to artifacts/ (git-ignored). Nothing is downloaded: Playwright uses
/usr/bin/chromium (``apt-get install -y chromium``), never a browser of its own."""
from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is missing: install Debian's browser with `apt-get install -y chromium` "
                "to run the browser tests", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed: "
                               "pip install 'newscoder[browser-tests]'")
uvicorn = pytest.importorskip("uvicorn", reason="the web extra is not installed: pip install 'newscoder[web]'")

from test_analysis import XSS_ID, coded_db  # noqa: E402

from newscoder.web import create_app  # noqa: E402

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]


@pytest.fixture(scope="session")
def db_path(tmp_path_factory, coder):
    return coded_db(tmp_path_factory, coder)


@pytest.fixture(scope="module")
def server(db_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(db_path), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    pg.set_default_timeout(10_000)
    pg.problems = []  # console errors, CSP violations, dialogs, uncaught exceptions
    pg.on("console", lambda m: pg.problems.append(f"console {m.type}: {m.text}") if m.type in ("error", "warning")
          else None)
    pg.on("pageerror", lambda e: pg.problems.append(f"pageerror: {e}"))
    pg.on("dialog", lambda d: (pg.problems.append(f"dialog: {d.message}"), d.dismiss()))
    yield pg
    ctx.close()


def test_dyad_chart_point_events_and_article(page, server):
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(server + "/")
    page.select_option("#a", "USA")
    page.select_option("#b", "CAN")
    page.click("#show")
    page.wait_for_url("**/dyad?**")
    assert "a=USA" in page.url and "b=CAN" in page.url and "since=" not in page.url  # empty fields left out
    assert "USA – CAN" in page.inner_text("h1")
    points = page.locator("svg#timeline a.point")
    assert points.count() >= 2
    assert page.locator("svg#timeline rect.bar").count() >= points.count()
    assert page.locator("svg#timeline polyline.goldstein").count() >= 1
    # the busiest period: click its point, its events are listed below the chart
    counts = [int(points.nth(i).get_attribute("data-n")) for i in range(points.count())]
    k = counts.index(max(counts))
    period = points.nth(k).get_attribute("data-period")
    points.nth(k).locator("circle").click()
    page.wait_for_url(f"**period={period}**")
    section = page.locator("#period-events")
    assert period in section.locator("h2").inner_text()
    rows = section.locator("tbody tr.event")
    assert rows.count() == max(counts)
    assert section.locator("mark.trigger").count() >= 1
    assert page.locator("svg#timeline a.point.selected").count() == 1
    page.screenshot(path=str(ARTIFACTS / "browser-dyad.png"), full_page=True)
    # through to the article, landing on the event's trigger, with its highlights
    link = rows.first.locator("a.article-link")
    link.click()
    page.wait_for_url("**/articles/**")
    assert page.locator(".article-text span.mention").count() >= 3
    assert page.locator(".article-text span.trigger").count() >= 1
    assert page.locator("span.quote").count() >= 1
    fragment = page.url.split("#", 1)[1]
    assert page.locator(f"[id='{fragment}']").count() == 1
    # hovering a mention lights up the actor's other mentions (app.js)
    first = page.locator(".article-text span.mention").first
    actor = first.get_attribute("data-actor").split()[0]
    first.hover()
    assert page.locator(".article-text span.mention.lit").count() >= 1
    assert page.locator(f".article-text span.lit[data-actor~='{actor}']").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "browser-article.png"), full_page=False)
    assert page.problems == []


def test_network_edge_lists_its_events(page, server):
    page.goto(server + "/network")
    edges = page.locator("svg#network a.edge")
    assert edges.count() >= 3
    edges.last.locator("line.hit").click()  # drawn last = the edge with the most events
    page.wait_for_url("**edge=**")
    assert page.locator("#edge-events tbody tr.event").count() >= 1
    assert page.locator("svg#network a.edge.selected").count() == 1
    page.screenshot(path=str(ARTIFACTS / "browser-network.png"))
    assert page.problems == []


def test_no_script_from_article_text_runs(page, server):
    for path in [f"/articles/{XSS_ID}", "/events?text=tariffs", "/quotes?text=fight", "/actors?q=script",
                 f"/articles/{XSS_ID}.json"]:
        page.goto(server + path)
        page.wait_for_load_state("load")
        assert page.evaluate("window.__xss === undefined")
    page.goto(server + f"/articles/{XSS_ID}")
    body = page.inner_text(".article-text")
    assert '<script>alert("xss-script")</script>' in body and "onerror=alert('xss-img')" in body
    assert '<script>alert("xss-title")</script>' in page.inner_text("h1")
    assert page.locator("script").count() == 1  # app.js, nothing else
    assert page.locator("img").count() == 0 and page.locator(".article-text svg").count() == 0
    assert page.locator("a[href^='javascript:']").count() == 0
    assert page.problems == [], page.problems  # no dialog, no error, no CSP violation


def test_docs_page_runs_under_the_csp(page, server):
    page.goto(server + "/docs")
    page.wait_for_selector(".opblock-summary-path", timeout=15_000)  # Swagger UI drew the operations
    assert "/api/events" in page.inner_text("#swagger-ui")
    assert not [p for p in page.problems if "Content Security Policy" in p or "pageerror" in p], page.problems
