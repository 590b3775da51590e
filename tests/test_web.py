"""The web app (issue 5): every page, its .json twin and API route, the error shape, validation, headers,
escaping. In-process with FastAPI's TestClient over the session's coded database."""
from __future__ import annotations

import re
import warnings
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install 'newscoder[web]'")
warnings.filterwarnings("ignore", message=".*httpx.*", category=DeprecationWarning)

from fastapi.testclient import TestClient  # noqa: E402

from test_analysis import XSS_ID, coded_db  # noqa: E402

from newscoder import analysis  # noqa: E402
from newscoder.store import open_store  # noqa: E402
from newscoder.web import create_app  # noqa: E402

TEMPLATES = Path(__file__).resolve().parent.parent / "src" / "newscoder" / "web" / "templates"
HTML = {"accept": "text/html,application/xhtml+xml"}


@pytest.fixture(scope="session")
def db_path(tmp_path_factory, coder):
    return coded_db(tmp_path_factory, coder)


@pytest.fixture(scope="module")
def client(db_path):
    with TestClient(create_app(db_path)) as c:
        yield c


@pytest.fixture(scope="module")
def store(db_path):
    with open_store(db_path, read_only=True) as s:
        yield s


def _article_id(store):
    return next(r["id"] for r in analysis.articles(store, limit=50) if r["events"] and r["id"] != XSS_ID)


# Every page: (HTML path, its .json twin, its /api route, a key its data must hold)
PAGES = [
    ("/", "/index.json", "/api/dyad", "timeline"),
    ("/dyad?a=USA&b=CAN&interval=week", "/dyad.json?a=USA&b=CAN&interval=week", "/api/dyad?a=USA&b=CAN&interval=week", "chart"),
    ("/dyad?a=USA&b=CAN&interval=month&period=2025-03", "/dyad.json?a=USA&b=CAN&interval=month&period=2025-03",
     "/api/dyad?a=USA&b=CAN&interval=month&period=2025-03", "events"),
    ("/events", "/events.json", "/api/events", "rows"),
    ("/events?dyad=USA,CAN&type=THREATEN&since=2025-01-01&text=tariff&limit=5",
     "/events.json?dyad=USA,CAN&type=THREATEN&since=2025-01-01&text=tariff&limit=5",
     "/api/events?dyad=USA,CAN&type=THREATEN&since=2025-01-01&text=tariff&limit=5", "rows"),
    ("/network", "/network.json", "/api/network", "edges"),
    ("/network?edge=CAN,USA&level=country", "/network.json?edge=CAN,USA&level=country",
     "/api/network?edge=CAN,USA&level=country", "events"),
    ("/actors", "/actors.json", "/api/actors", "rows"),
    ("/actors?q=carney", "/actors.json?q=carney", "/api/actors?q=carney", "rows"),
    ("/actors/CAN", "/actors/CAN.json", "/api/actors/CAN", "counterparts"),
    ("/actors/Mark%20Carney", "/actors/Mark%20Carney.json", "/api/actors/Mark%20Carney", "events"),
    ("/quotes", "/quotes.json", "/api/quotes", "rows"),
    ("/quotes?speaker=Trump&limit=3", "/quotes.json?speaker=Trump&limit=3", "/api/quotes?speaker=Trump&limit=3", "rows"),
    ("/articles", "/articles.json", "/api/articles", "rows"),
]


@pytest.mark.parametrize("page, twin, api, key", PAGES)
def test_every_page_has_a_json_twin_with_the_same_data(client, page, twin, api, key):
    html = client.get(page, headers=HTML)
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assert "<!doctype html>" in html.text.lower()
    j, a = client.get(twin), client.get(api)
    assert j.status_code == a.status_code == 200
    assert j.headers["content-type"] == "application/json"
    assert j.json() == a.json()
    data = j.json()
    assert data["ok"] is True and key in data
    twin_path = "/index.json" if urlsplit(page).path == "/" else urlsplit(page).path + ".json"
    assert f'href="{twin_path}' in html.text  # each page links its twin


def test_article_page_twin_and_api(client, store):
    aid = _article_id(store)
    html = client.get(f"/articles/{aid}")
    assert html.status_code == 200
    j = client.get(f"/articles/{aid}.json").json()
    assert j == client.get(f"/api/articles/{aid}").json()
    assert j["article"]["id"] == aid and j["events"] and j["actors"]
    # every highlighted piece of the JSON is drawn: triggers, mentions, anchors for the event links
    assert html.text.count('class="mention') >= sum(1 for p in j["pieces"]["text"] if p["actors"])
    for e in j["events"]:
        if e["trigger_start"] >= 0:
            assert f'id="e-{e["event_id"]}"' in html.text
    assert 'class="trigger' in html.text and 'class="quote' in html.text or not j["quotes"]


def test_dyad_chart_points_link_to_their_events(client):
    r = client.get("/dyad.json?a=USA&b=CAN&interval=week")
    chart = r.json()["chart"]
    assert chart["points"] and len(chart["bars"]) >= len(chart["points"])
    html = client.get("/dyad?a=USA&b=CAN&interval=week").text
    assert html.count('class="point') == len(chart["points"])
    for p in chart["points"]:
        assert p["href"].replace("&", "&amp;") in html
        q = parse_qs(urlsplit(p["href"]).query)
        assert q["period"] == [p["period"]] and q["a"] == ["USA"] and q["b"] == ["CAN"]
        listed = client.get("/dyad.json?" + urlsplit(p["href"]).query).json()
        assert listed["events_total"] == p["n"] == len(listed["events"])
        assert listed["period"]["label"] == p["period"]


def test_network_edges_link_to_their_events(client):
    net = client.get("/network.json").json()
    assert net["chart"]["edges"] and len(net["chart"]["edges"]) == len(net["edges"])
    widths = {(e["n"], e["width"]) for e in net["chart"]["edges"]}
    assert sorted(widths) == sorted(widths, key=lambda t: t[1])  # wider = more events
    edge = max(net["chart"]["edges"], key=lambda e: e["width"])
    listed = client.get("/network.json?" + urlsplit(edge["href"]).query).json()
    assert listed["events_total"] >= 1 and listed["edge"]


def test_default_dyad_is_the_most_active_pair(client, store):
    data = client.get("/index.json").json()
    assert (data["a"], data["b"]) == analysis.top_dyad(store)
    assert {c["code"] for c in data["choices"]} >= {"USA", "CAN"}


def test_events_paging_links(client):
    first = client.get("/events.json?limit=10").json()
    assert first["total"] > 10 and len(first["rows"]) == 10 and first["prev"] is None
    second = client.get(first["next"].replace("/events?", "/events.json?")).json()
    assert second["offset"] == 10 and second["rows"][0] != first["rows"][0]


# -------------------------------------------------------------------------------- errors: one shape
ERRORS = [
    ("/articles/no-such-id", 404), ("/articles/no-such-id.json", 404), ("/api/articles/no-such-id", 404),
    ("/actors/zzzzqqq", 404), ("/actors/zzzzqqq.json", 404), ("/api/actors/zzzzqqq", 404),
    ("/no/such/page", 404), ("/no-such.json", 404), ("/static/no-such.js", 404),
    ("/api/events?limit=501", 422), ("/events.json?limit=501", 422), ("/events?limit=0", 422),
    ("/api/quotes?limit=100000", 422), ("/api/actors?limit=501", 422), ("/api/articles?limit=9999", 422),
    ("/api/events?text=" + "x" * 201, 422), ("/api/quotes?text=" + "y" * 201, 422),
    ("/api/actors?q=" + "z" * 101, 422),
    ("/api/events?since=yesterday", 422), ("/api/events?type=SMILE", 422), ("/api/events?dyad=USA", 422),
    ("/api/events?offset=-1", 422), ("/api/events?bogus=1", 422),
    ("/api/dyad?a=USA", 422), ("/api/dyad?a=USA&b=CAN&interval=year", 422), ("/api/dyad?period=March", 422),
    ("/api/network?min_events=0", 422), ("/api/network?level=planet", 422), ("/api/network?edge=USA", 422),
    ("/api/articles/x?foo=1", 422),
]


@pytest.mark.parametrize("path, status", ERRORS)
def test_error_shape_on_every_error_route(client, path, status):
    r = client.get(path)
    assert r.status_code == status
    assert r.headers["content-type"] == "application/json"
    body = r.json()
    assert set(body) == {"ok", "error", "errors", "status"}
    assert body["ok"] is False and body["status"] == status
    assert isinstance(body["error"], str) and body["error"]
    assert isinstance(body["errors"], list)
    if status == 422:
        assert body["errors"] and all({"loc", "message"} <= set(e) for e in body["errors"])


@pytest.mark.parametrize("path, status, words", [
    ("/events?limit=501", 422, "less than or equal to 500"),
    ("/articles/no-such-id", 404, "no article"),
    ("/nowhere", 404, "no page at /nowhere"),
])
def test_browsers_get_the_error_as_a_page(client, path, status, words):
    r = client.get(path, headers=HTML)
    assert r.status_code == status and r.headers["content-type"].startswith("text/html")
    assert words in r.text and f"Error {status}" in r.text


def test_405_has_the_error_shape(client):
    r = client.post("/api/events")
    assert r.status_code == 405 and r.json()["ok"] is False and r.json()["status"] == 405


# -------------------------------------------------------------------------------- headers, escaping, docs
@pytest.mark.parametrize("path", ["/", "/events.json", "/api/events?limit=501", "/no/such", "/static/app.js", "/docs"])
def test_security_headers(client, path):
    h = client.get(path).headers
    csp = h["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp and "script-src 'self'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert h["x-content-type-options"] == "nosniff"
    assert h["referrer-policy"] == "no-referrer"


def test_pages_load_nothing_from_elsewhere_and_have_no_inline_script(client, store):
    for path in ["/", "/events", "/network", "/actors", "/actors/CAN", "/quotes", "/articles", "/docs",
                 f"/articles/{_article_id(store)}", f"/articles/{XSS_ID}"]:
        html = client.get(path).text
        for url in re.findall(r"<(?:script|link|img|iframe)\b[^>]*?\b(?:src|href)=\"([^\"]*)\"", html):
            assert url.startswith("/") or url == "data:,", (path, url)
        for script in re.findall(r"<script\b[^>]*>(.*?)</script>", html, flags=re.S):
            assert script.strip() == "", (path, "inline script")
        assert " style=" not in html and "<style" not in html, path
        assert not re.search(r"<[a-zA-Z][^>]*\son[a-z]+=", html), path  # no inline event handlers in tags


def test_hostile_article_is_escaped(client):
    r = client.get(f"/articles/{XSS_ID}")
    assert r.status_code == 200
    html = r.text
    assert "<script>alert" not in html and "<img src=x" not in html and "<svg onload" not in html
    assert "&lt;script&gt;alert(" in html and "onerror=alert(" in html  # shown as text
    assert "&lt;b&gt;row&lt;/b&gt;" in html
    assert 'href="javascript:' not in html  # a non-http URL is shown, never linked
    events = client.get("/events?text=script").text
    assert "<script>alert" not in events
    data = client.get(f"/articles/{XSS_ID}.json").json()
    assert data["article"]["title"].startswith("<script>")  # the JSON keeps the data as it is


def test_templates_never_mark_text_safe():
    for path in TEMPLATES.iterdir():
        text = path.read_text()
        assert "|safe" not in text.replace(" ", "") and "Markup" not in text and "autoescape false" not in text, path


def test_openapi_and_docs(client):
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    assert {"/api/events", "/api/dyad", "/api/network", "/api/actors", "/api/actors/{actor}", "/api/quotes",
            "/api/articles", "/api/articles/{article_id}"} <= paths
    assert not any(p.endswith(".json") for p in paths) and "/events" not in paths
    params = {p["name"]: p for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert params["limit"]["schema"]["maximum"] == 500 and params["text"]["schema"]["anyOf"][0]["maxLength"] == 200
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/openapi.json" in docs.text


def test_serve_get_prints_a_json_page(db_path, capsys):
    from click.testing import CliRunner

    from newscoder.cli_web import serve
    r = CliRunner().invoke(serve, ["--db", str(db_path), "--get", "/events.json?dyad=USA,CAN&limit=2"])
    assert r.exit_code == 0, r.output
    assert '"ok":true' in r.output and '"total"' in r.output
    r = CliRunner().invoke(serve, ["--db", str(db_path), "--get", "/api/events?limit=501"])
    assert r.exit_code == 1 and '"status":422' in r.output


def test_missing_database_is_a_storage_error(tmp_path):
    from newscoder.errors import StorageError
    with pytest.raises(StorageError, match="does not exist"):
        create_app(tmp_path / "nothing.duckdb")
