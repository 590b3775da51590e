"""Fetch articles and feeds from http(s) URLs, safely.

    from newscoder.fetch import fetch, read_url
    data = fetch("https://example.org/feed.rss")            # bytes
    for item in read_url("https://example.org/feed.rss"):   # Articles and Rejects, as read_inputs gives
        ...

A URL handed to a coder may come from a user, a feed or a web form, so fetching guards against
server-side request forgery:

* only ``http`` and ``https``; ``file://``, ``ftp://`` and every other scheme are refused;
* the host name is resolved once, *every* resolved address is checked, and the connection goes to
  a checked address (no second DNS look-up that could answer differently): loopback, private,
  link-local (cloud metadata at 169.254.169.254), multicast, reserved, unspecified, shared
  (100.64.0.0/10) and other non-global addresses are refused, IPv4-mapped IPv6 addresses judged
  by their IPv4 address, unless ``allow_private=True`` (the CLI's ``--allow-private``);
* every redirect is checked the same way (scheme, then addresses), at most ``max_redirects`` of them;
* proxies from the environment are not used (a proxy would do the look-up out of our sight);
* the body is read in chunks and refused once it passes ``max_bytes``; each socket operation has a
  ``timeout`` and the whole fetch an overall deadline of a few timeouts.

Every refusal and failure is an :class:`~newscoder.errors.IngestError` naming the URL, saying what was
refused and how to allow it where that makes sense.
"""
from __future__ import annotations

import http.client
import ipaddress
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator

from .errors import IngestError

__all__ = ["fetch", "read_url", "is_url", "check_url", "address_refused", "DEFAULT_MAX_BYTES"]

DEFAULT_MAX_BYTES = 20_000_000
MAX_REDIRECTS = 5
_SCHEMES = ("http", "https")
_ALLOW_HINT = "pass allow_private=True (newscoder code --allow-private) to fetch from it"
_CHUNK = 65536
USER_AGENT = "newscoder (+https://github.com/; news event coder)"


def is_url(s: str) -> bool:
    """Whether ``s`` looks like a URL with a scheme (``http://...``, ``file://...``), not a path."""
    scheme = urllib.parse.urlsplit(s).scheme
    return len(scheme) > 1 and "://" in s  # "C:\\x" has a one-letter "scheme"


def address_refused(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why an address may not be fetched from without ``allow_private``, or None if it is public."""
    if isinstance(ip, ipaddress.IPv6Address):
        mapped = ip.ipv4_mapped or ip.sixtofour
        if mapped is not None:
            why = address_refused(mapped)
            return f"{why} (as {ip})" if why else None
        if ip.teredo is not None:
            return "a Teredo tunnel address"
    for attr, why in (("is_loopback", "a loopback address"), ("is_link_local", "a link-local address"),
                      ("is_multicast", "a multicast address"), ("is_unspecified", "an unspecified address"),
                      ("is_reserved", "a reserved address"), ("is_private", "a private address")):
        if getattr(ip, attr):
            return why
    if not ip.is_global:
        return "not a public (global) address"
    return None


def _resolve(host: str, port: int) -> list[tuple]:
    """getaddrinfo, kept separate so tests can stand in a resolver."""
    return socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)


def check_url(url: str) -> urllib.parse.SplitResult:
    """Refuse anything but an http(s) URL with a host. Returns the split URL.

    Raises:
        IngestError: a refused scheme or a URL without a host.
    """
    parts = urllib.parse.urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in _SCHEMES:
        shown = f"{scheme}://" if scheme else "a URL without a scheme"
        raise IngestError(f"refused to fetch {shown}: only http:// and https:// URLs are fetched "
                          "(give a local file as a path, not a file:// URL)", url)
    if not parts.hostname:
        raise IngestError("refused to fetch: the URL has no host", url)
    try:
        parts.port
    except ValueError as e:
        raise IngestError(f"refused to fetch: bad port ({e})", url) from None
    return parts


def _guarded_connect(host: str, port: int, allow_private: bool, url: str, timeout, source_address=None):
    """Resolve ``host``, check every address, connect to the first checked one that answers."""
    try:
        infos = _resolve(host, port)
    except (socket.gaierror, UnicodeError) as e:
        raise IngestError(f"cannot resolve host {host!r}: {e}", url) from None
    if not infos:
        raise IngestError(f"cannot resolve host {host!r}: no addresses", url)
    addrs = []
    for family, _type, proto, _canon, sockaddr in infos:
        ip = ipaddress.ip_address(sockaddr[0].split("%", 1)[0])
        why = address_refused(ip)
        if why and not allow_private:
            raise IngestError(f"refused to fetch from host {host!r}: it resolves to {ip}, {why}; "
                              f"{_ALLOW_HINT}", url)
        addrs.append((family, proto, sockaddr))
    last: OSError | None = None
    for family, proto, sockaddr in addrs:
        sock = socket.socket(family, socket.SOCK_STREAM, proto)
        try:
            if timeout is not socket._GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sockaddr)
            return sock
        except OSError as e:
            sock.close()
            last = e
    assert last is not None
    raise last


def _connection_classes(allow_private: bool, url: str):
    def create(address, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, source_address=None, *args, **kw):
        host, port = address
        return _guarded_connect(host, port, allow_private, url, timeout, source_address)

    class GuardedHTTP(http.client.HTTPConnection):
        def __init__(self, *a, **kw):
            super().__init__(*a, **kw)
            self._create_connection = create

    class GuardedHTTPS(http.client.HTTPSConnection):
        def __init__(self, *a, **kw):
            super().__init__(*a, **kw)
            self._create_connection = create

    return GuardedHTTP, GuardedHTTPS


def _opener(allow_private: bool, url: str, max_redirects: int) -> urllib.request.OpenerDirector:
    http_conn, https_conn = _connection_classes(allow_private, url)

    class HTTPHandler(urllib.request.HTTPHandler):
        def http_open(self, req):
            return self.do_open(http_conn, req)

    class HTTPSHandler(urllib.request.HTTPSHandler):
        def https_open(self, req):
            return self.do_open(https_conn, req, context=self._context)  # hostname checked by the context

    class Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = max_redirects

        def http_error_302(self, req, fp, code, msg, headers):
            target = headers.get("location") or headers.get("uri")
            if target:
                newurl = urllib.parse.urljoin(req.full_url, target)
                try:
                    check_url(newurl)  # scheme and host; addresses are checked when connecting
                except IngestError as e:
                    fp.close()
                    raise IngestError(f"refused a redirect from {req.full_url} to {newurl}: "
                                      f"{str(e).removeprefix(newurl + ': ')}", url) from None
            return super().http_error_302(req, fp, code, msg, headers)

        http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    # No ProxyHandler from the environment, no FileHandler, FTPHandler or DataHandler.
    opener = urllib.request.OpenerDirector()
    for h in (urllib.request.ProxyHandler({}), urllib.request.UnknownHandler(), HTTPHandler(), HTTPSHandler(),
              urllib.request.HTTPDefaultErrorHandler(), Redirects(), urllib.request.HTTPErrorProcessor()):
        opener.add_handler(h)
    return opener


def fetch(url: str, *, allow_private: bool = False, timeout: float = 10, max_bytes: int = DEFAULT_MAX_BYTES,
          max_redirects: int = MAX_REDIRECTS) -> bytes:
    """Fetch an http(s) URL and return the body.

    Args:
        url: an ``http://`` or ``https://`` URL.
        allow_private: also fetch from loopback, private, link-local and other non-public addresses
            (a local test server, an intranet feed).
        timeout: seconds for each connect or read; the whole fetch gets at most ``4 * timeout``.
        max_bytes: refuse a body longer than this.
        max_redirects: follow at most this many redirects (each is checked like the first URL).

    Returns:
        The response body (a gzip body is returned as it is; ``read_inputs`` unpacks it).

    Raises:
        IngestError: a refused scheme or address (at any redirect), an HTTP error status, a body over
            ``max_bytes``, a timeout or a network failure. The message names the URL.
    """
    check_url(url)
    opener = _opener(allow_private, url, max_redirects)
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept-Encoding": "identity"})
    deadline = time.monotonic() + 4 * timeout
    try:
        with opener.open(req, timeout=timeout) as resp:
            length = resp.headers.get("Content-Length")
            if length and length.strip().isdigit() and int(length) > max_bytes:
                raise IngestError(f"refused to fetch: the body is {int(length):,} bytes, more than max_bytes "
                                  f"{max_bytes:,}", url)
            chunks, size = [], 0
            while True:
                chunk = resp.read(_CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise IngestError(f"refused to fetch: the body passed max_bytes {max_bytes:,}", url)
                if time.monotonic() > deadline:
                    raise IngestError(f"fetch took longer than {4 * timeout:g} s; gave up", url)
                chunks.append(chunk)
            return b"".join(chunks)
    except IngestError:
        raise
    except urllib.error.HTTPError as e:
        raise IngestError(f"HTTP {e.code} {e.reason}", url) from None
    except urllib.error.URLError as e:
        reason = e.reason
        if isinstance(reason, IngestError):
            raise reason from None
        raise IngestError(f"cannot fetch: {reason}", url) from None
    except (TimeoutError, socket.timeout) as e:
        raise IngestError(f"timed out after {timeout:g} s: {e}", url) from None
    except (OSError, http.client.HTTPException, ValueError) as e:
        raise IngestError(f"cannot fetch: {type(e).__name__}: {e}", url) from None


def _kind_of(url: str, content_type: str | None = None) -> str | None:
    path = urllib.parse.urlsplit(url).path.lower()
    for suffix, kind in ((".jsonl", "jsonl"), (".ndjson", "jsonl"), (".json", "json"), (".html", "html"),
                         (".htm", "html"), (".xml", "feed"), (".rss", "feed"), (".atom", "feed"),
                         (".txt", "text")):
        if path.endswith(suffix) or path.endswith(suffix + ".gz"):
            return kind
    return None  # sniffed from the content


def read_url(url: str, *, allow_private: bool = False, timeout: float = 10,
             max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator:
    """Fetch a URL and read it as :func:`newscoder.ingest.read_inputs` reads a file.

    Yields Articles (``origin`` is the URL, ``URL#n`` for feed items) and, for a refused or failed
    fetch or a bad record, a :class:`~newscoder.records.Reject`; it never raises for a bad URL.
    """
    import zlib

    from . import ingest
    from .records import Reject

    try:
        data = fetch(url, allow_private=allow_private, timeout=timeout, max_bytes=max_bytes)
    except IngestError as e:
        yield Reject(url, str(e).removeprefix(f"{url}: "))
        return
    if data[:2] == b"\x1f\x8b":
        # Unpack with a bound: a small gzip body can unpack to gigabytes.
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            data = d.decompress(data, max_bytes + 1)
        except zlib.error as e:
            yield Reject(url, f"corrupt gzip body: {e}")
            return
        if len(data) > max_bytes:
            yield Reject(url, f"refused: the unpacked body passes max_bytes {max_bytes:,}")
            return
    yield from ingest._guarded(data, url, _kind_of(url))
