"""Fetching URLs safely: only http(s), no private addresses unless allowed, redirects checked too.

Every server here is a bounded ``http.server`` on 127.0.0.1 in a thread; no test sends traffic anywhere
else (refused addresses are refused before any connection is made).
"""
from __future__ import annotations

import http.server
import ipaddress
import socket
import threading

import pytest

from newscoder import fetch as fetch_mod
from newscoder.errors import IngestError
from newscoder.fetch import address_refused, fetch, is_url, read_url
from newscoder.records import Article, Reject

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Test Wire</title>
<item><title>Canada condemns new US tariffs</title><pubDate>Fri, 28 Mar 2025 10:00:00 GMT</pubDate>
<link>http://127.0.0.1/a1</link>
<description>Canada condemned the new US tariffs on steel on Friday.</description></item>
<item><title>Japan and South Korea hold talks</title><pubDate>Sat, 29 Mar 2025 08:00:00 GMT</pubDate>
<description>Japan and South Korea held talks in Tokyo on Saturday.</description></item>
</channel></rss>
"""


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: dict = {}
    hits: list = []

    def do_GET(self):  # noqa: N802 (http.server's naming)
        self.hits.append(self.path)
        route = self.routes.get(self.path)
        if route is None:
            self.send_error(404, "not here")
            return
        status, headers, body = route(self.server.server_address[1])
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):  # keep the test output clean
        pass


def _redirect(location):
    return lambda port: (302, {"Location": location.format(port=port)}, b"")


_Handler.routes = {
    "/feed.rss": lambda port: (200, {"Content-Type": "application/rss+xml"}, RSS),
    "/hop": _redirect("/feed.rss"),
    "/to-private": _redirect("http://127.0.0.2:{port}/feed.rss"),
    "/to-ipv6-loopback": _redirect("http://[::1]:{port}/feed.rss"),
    "/to-file": _redirect("file:///etc/passwd"),
    "/big": lambda port: (200, {"Content-Type": "text/plain"}, b"date 2025-03-28\n" + b"x" * 5000),
    "/loop": _redirect("/loop"),
}


@pytest.fixture(scope="module")
def server():
    """A local HTTP server on 127.0.0.1 (random port), serving in a daemon thread until the module ends."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.timeout = 5
    t = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    t.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        t.join(timeout=5)


@pytest.fixture()
def loopback_is_public(monkeypatch):
    """Pretend 127.0.0.1 (only it) is a public address, so a redirect from it can be tested."""
    real = fetch_mod.address_refused
    monkeypatch.setattr(fetch_mod, "address_refused",
                        lambda ip: None if str(ip) == "127.0.0.1" else real(ip))


# ------------------------------------------------------------------------------ schemes

@pytest.mark.parametrize("url", ["file:///etc/passwd", "FILE:///etc/hosts", "ftp://127.0.0.1/x",
                                 "gopher://127.0.0.1:70/", "data:text/plain,hello", "/etc/passwd",
                                 "jar:file:///x!/y"])
def test_only_http_and_https_are_fetched(url):
    with pytest.raises(IngestError, match="only http:// and https://"):
        fetch(url, allow_private=True)


def test_a_url_without_a_host_is_refused():
    with pytest.raises(IngestError, match="no host"):
        fetch("http:///feed.rss", allow_private=True)


def test_is_url():
    assert is_url("https://example.org/a.rss") and is_url("file:///etc/passwd")
    assert not is_url("examples/a.txt") and not is_url("-") and not is_url("C:\\news\\a.txt")


# ------------------------------------------------------------------------------ addresses

@pytest.mark.parametrize("ip", ["127.0.0.1", "127.1.2.3", "10.0.0.5", "172.16.0.1", "192.168.1.1",
                                "169.254.169.254", "0.0.0.0", "224.0.0.1", "240.0.0.1", "100.64.0.1",
                                "::1", "::", "fe80::1", "fc00::1", "ff02::1", "::ffff:127.0.0.1",
                                "::ffff:10.0.0.1", "2002:7f00:1::1"])
def test_non_public_addresses_are_refused(ip):
    assert address_refused(ipaddress.ip_address(ip))


@pytest.mark.parametrize("ip", ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111"])
def test_public_addresses_pass(ip):
    assert address_refused(ipaddress.ip_address(ip)) is None


def test_loopback_is_refused_without_allow_private(server):
    _Handler.hits.clear()
    with pytest.raises(IngestError) as e:
        fetch(server + "/feed.rss")
    msg = str(e.value)
    assert "127.0.0.1" in msg and "loopback" in msg and "--allow-private" in msg
    assert _Handler.hits == []  # refused before connecting: nothing reached the server


def test_localhost_by_name_is_refused(server):
    port = server.rsplit(":", 1)[1]
    with pytest.raises(IngestError, match="loopback"):
        fetch(f"http://localhost:{port}/feed.rss")


def test_every_resolved_address_is_checked(monkeypatch):
    """A name with one public and one private address is refused (no connection is tried)."""
    def resolve(host, port):
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", port)),
                (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.1.2.3", port))]
    monkeypatch.setattr(fetch_mod, "_resolve", resolve)
    connects = []
    monkeypatch.setattr(socket.socket, "connect", lambda self, addr: connects.append(addr))
    with pytest.raises(IngestError, match=r"10\.1\.2\.3, a private address"):
        fetch("http://news.example.test/feed.rss")
    assert connects == []


def test_metadata_address_by_name_is_refused(monkeypatch):
    monkeypatch.setattr(fetch_mod, "_resolve", lambda host, port: [
        (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("169.254.169.254", port))])
    with pytest.raises(IngestError, match="link-local"):
        fetch("http://metadata.example.test/latest/meta-data/")


# ------------------------------------------------------------------------------ fetching

def test_allow_private_fetches_a_local_feed(server):
    body = fetch(server + "/feed.rss", allow_private=True, timeout=5)
    assert body == RSS


def test_a_fetched_feed_reads_into_articles(server):
    items = list(read_url(server + "/feed.rss", allow_private=True, timeout=5))
    assert all(isinstance(x, Article) for x in items) and len(items) == 2
    assert items[0].title == "Canada condemns new US tariffs" and str(items[0].date) == "2025-03-28"
    assert items[0].origin == server + "/feed.rss#1" and items[0].source == "Test Wire"


def test_read_url_turns_a_refusal_into_a_reject(server):
    (item,) = list(read_url(server + "/feed.rss"))
    assert isinstance(item, Reject) and item.origin == server + "/feed.rss"
    assert "loopback" in item.reason and "--allow-private" in item.reason


def test_a_redirect_is_followed_when_allowed(server):
    assert fetch(server + "/hop", allow_private=True, timeout=5) == RSS


def test_a_redirect_to_a_private_address_is_refused(server, loopback_is_public):
    _Handler.hits.clear()
    with pytest.raises(IngestError) as e:
        fetch(server + "/to-private", timeout=5)
    assert "127.0.0.2" in str(e.value) and "loopback" in str(e.value) and "--allow-private" in str(e.value)
    assert _Handler.hits == ["/to-private"]  # the first hop was fetched, the redirect never followed


def test_a_redirect_to_ipv6_loopback_is_refused(server, loopback_is_public):
    with pytest.raises(IngestError, match=r"::1, a loopback address"):
        fetch(server + "/to-ipv6-loopback", timeout=5)


def test_a_redirect_to_a_file_url_is_refused(server):
    with pytest.raises(IngestError, match="refused a redirect .* file:///etc/passwd"):
        fetch(server + "/to-file", allow_private=True, timeout=5)


def test_a_redirect_loop_ends(server):
    with pytest.raises(IngestError, match="HTTP 30"):
        fetch(server + "/loop", allow_private=True, timeout=5)


def test_max_bytes(server):
    with pytest.raises(IngestError, match="max_bytes"):
        fetch(server + "/big", allow_private=True, timeout=5, max_bytes=1000)
    assert len(fetch(server + "/big", allow_private=True, timeout=5, max_bytes=10_000)) > 5000


def test_http_errors_are_ingest_errors(server):
    with pytest.raises(IngestError, match="HTTP 404"):
        fetch(server + "/nothing", allow_private=True, timeout=5)


def test_a_closed_port_is_an_ingest_error():
    port = _closed_port()
    with pytest.raises(IngestError, match="cannot fetch"):
        fetch(f"http://127.0.0.1:{port}/", allow_private=True, timeout=2)


def _closed_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nobody listens there now
    return port


def test_environment_proxies_are_not_used(server, monkeypatch):
    """A proxy would resolve the name out of our sight: it is ignored, the fetch goes direct (a proxy on
    a closed loopback port would make the fetch fail)."""
    proxy = f"http://127.0.0.1:{_closed_port()}"
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.setenv(name, proxy)
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    assert fetch(server + "/feed.rss", allow_private=True, timeout=5) == RSS


def test_the_cli_refuses_a_file_url_and_codes_the_rest(tmp_path):
    """URL inputs go through the same safety checks from the command line (exit 3: a record rejected)."""
    from click.testing import CliRunner

    from newscoder.cli import main
    good = tmp_path / "a.txt"
    good.write_text(" date 2025-03-28 Talks\nJapan and South Korea held talks in Tokyo on Friday.\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["code", str(good), "file:///etc/passwd", "--no-db", "--no-progress",
                                    "--format", "jsonl"])
    assert res.exit_code == 3
    assert len(res.stdout.splitlines()) == 1 and "file:///etc/passwd" in res.stderr
