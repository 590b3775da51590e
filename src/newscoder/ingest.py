"""Read news inputs into :class:`~newscoder.records.Article` records.

Formats, chosen by file extension (a ``.gz`` is unpacked first and judged by the name inside it),
or sniffed from the content for ``-`` (stdin) and unknown extensions:

* dated text (``.txt``): a first line ``date YYYY-MM-DD`` followed by the headline, then the body.
  ``Article.text`` is exactly what follows the first newline. Page clutter in place of a headline
  (timestamps, menus, font-size widgets, bylines) gives ``title == ""``. Without the header the
  whole file is the text and the date is None (with a warning); a date is never invented.
* JSON Lines (``.jsonl``, ``.json``, ``.ndjson``): fields ``id, date, title, text`` (``body`` is
  accepted for ``text``), optional ``url, source, dateline`` (``"TOKYO, March 27"``: where the story
  was filed, which gives officials with a bare title their country). A ``.json`` file may also hold one object or
  an array. A broken line or a record with neither text nor title is a Reject; the file goes on.
* HTML (``.html``, ``.htm``): title from og:title, ``<title>`` or ``<h1>``; text from the
  paragraphs, leaving out script/style/nav/footer/aside/header/form; date from
  ``article:published_time`` and similar meta tags or ``<time datetime>``; url from the canonical link.
* RSS / Atom (``.xml``, ``.rss``, ``.atom``): one Article per item or entry.

Encodings: UTF-8 with or without BOM, UTF-16/32 with BOM, else Latin-1 with a warning. A file with
NUL bytes in its first 8 KB is a binary file and is rejected, as is an empty one.

``Article.origin`` is ``path`` for one-article files, ``path:line`` for JSON Lines and ``path#n``
for the n-th item of a feed or JSON array. ``Article.id`` is the record's own id (JSON) or the first
16 hex digits of the SHA-1 of (date, title, text).
"""
from __future__ import annotations

import datetime as dt
import email.utils
import gzip
import hashlib
import json
import logging
import os
import re
import sys
import xml.etree.ElementTree as ET
import zlib
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path

from .errors import ConfigError, IngestError
from .normalize import is_clutter
from .records import Article, Reject

__all__ = ["read_inputs", "dedup", "KNOWN_SUFFIXES", "stable_id"]

_log = logging.getLogger(__name__)

KNOWN_SUFFIXES = (".txt", ".jsonl", ".json", ".ndjson", ".gz", ".html", ".htm", ".xml", ".rss", ".atom")
_KINDS = {".txt": "text", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".html": "html",
          ".htm": "html", ".xml": "feed", ".rss": "feed", ".atom": "feed"}
_SNIFF_BYTES = 8192
Item = Article | Reject


# --------------------------------------------------------------------------- entry points

def read_inputs(paths: Iterable[str] | str, *, on_error: str = "skip", allow_private: bool = False) -> Iterator[Item]:
    """Read files, folders (recursively, in sorted order), ``-`` (stdin) and URLs into Articles.

    Args:
        paths: file paths, folder paths, ``"-"`` or http(s) URLs of pages or feeds (fetched by
            :mod:`newscoder.fetch`, which refuses ``file://`` and non-public addresses); a single
            string is read as one path.
        allow_private: let URLs reach loopback, private and other non-public addresses.
        on_error: ``"skip"`` yields a :class:`Reject` for each bad file or record and goes on;
            ``"raise"`` raises at the first one.

    Returns:
        A lazy iterator of Article records, and of Reject records when ``on_error == "skip"``.

    Raises:
        ConfigError: ``on_error`` is neither "skip" nor "raise" (raised at once).
        IngestError: a file or record cannot be read and ``on_error == "raise"`` (raised while
            iterating).
    """
    if on_error not in ("skip", "raise"):
        raise ConfigError(f"on_error must be 'skip' or 'raise', not {on_error!r}")
    return _read_all([paths] if isinstance(paths, str) else paths, on_error, allow_private)


def _read_all(paths: Iterable[str], on_error: str, allow_private: bool = False) -> Iterator[Item]:
    from .fetch import is_url, read_url

    for p in paths:
        items = read_url(str(p), allow_private=allow_private) if is_url(str(p)) else _read_path(str(p))
        for item in items:
            if isinstance(item, Reject):
                if on_error == "raise":
                    raise IngestError(item.reason, item.origin)
                _log.warning("skipped %s: %s", item.origin, item.reason)
            yield item


def dedup(articles: Iterable[Item]) -> Iterator[Item]:
    """Drop exact duplicates (same whitespace- and case-normalised text) within one run.

    Articles with an empty body are compared by title. Rejects pass through unchanged.

    Args:
        articles: Articles (and possibly Rejects), e.g. from :func:`read_inputs`.

    Yields:
        The first Article of every distinct text, in input order.

    Raises:
        Nothing itself; it re-raises whatever ``articles`` raises.
    """
    seen: set[bytes] = set()
    dropped = 0
    for a in articles:
        if isinstance(a, Article):
            body = " ".join(a.text.split()).casefold()
            key = body if body else "\0title\0" + " ".join(a.title.split()).casefold()
            digest = hashlib.sha1(key.encode("utf-8", "surrogatepass")).digest()
            if digest in seen:
                dropped += 1
                _log.debug("duplicate dropped: %s (%s)", a.id, a.origin)
                continue
            seen.add(digest)
        yield a
    if dropped:
        _log.info("dedup: dropped %d duplicate article(s)", dropped)


def stable_id(date: dt.date | None, title: str, text: str) -> str:
    """The first 16 hex digits of the SHA-1 of (date, title, text).

    Args:
        date: the article date or None.
        title: the headline.
        text: the body.

    Returns:
        A 16-character lower-case hex string.

    Raises:
        Nothing.
    """
    key = json.dumps([date.isoformat() if date else None, title, text], ensure_ascii=False)
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


# --------------------------------------------------------------------------- files, folders, stdin

def _read_path(p: str) -> Iterator[Item]:
    if p == "-":
        stream = getattr(sys.stdin, "buffer", None)
        data = stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
        yield from _guarded(data, "<stdin>", None)
        return
    path = Path(p)
    if path.is_dir():
        yield from _walk(path)
    else:
        yield from _read_file(path)


def _known(name: str) -> bool:
    return name.lower().endswith(KNOWN_SUFFIXES) and not name.startswith(".")


def _walk(root: Path) -> Iterator[Item]:
    errors: list[OSError] = []
    files: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        files.extend(Path(dirpath) / f for f in filenames if _known(f))
    for e in errors:
        yield Reject(str(e.filename or root), f"cannot read folder: {e.strerror or e}")
    for f in sorted(files, key=lambda f: f.relative_to(root).parts):
        yield from _read_file(f)


def _read_file(path: Path) -> Iterator[Item]:
    origin = str(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        yield Reject(origin, f"cannot read file: {e.strerror or e}")
        return
    name = path.name.lower()
    if name.endswith(".gz") or data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as e:
            yield Reject(origin, f"corrupt gzip file: {e}")
            return
        name = name.removesuffix(".gz")
    yield from _guarded(data, origin, _KINDS.get(os.path.splitext(name)[1]))


def _guarded(data: bytes, origin: str, kind: str | None) -> Iterator[Item]:
    """Parse one file's bytes; a file-level problem becomes one Reject."""
    try:
        yield from _parse(data, origin, kind)
    except IngestError as e:
        yield Reject(origin, str(e))


def _parse(data: bytes, origin: str, kind: str | None) -> Iterator[Item]:
    head = _decode(data[:_SNIFF_BYTES], origin, quiet=True)  # also rejects binary files
    if not data.strip() or not head.strip():
        raise IngestError("empty file (nothing but whitespace)")
    if kind is None:
        kind = _sniff(head)
    if kind == "feed":
        yield from _parse_feed(data, origin)
        return
    text = _decode(data, origin)
    if not text.strip():
        raise IngestError("empty file (nothing but whitespace)")
    if kind in ("jsonl", "json"):
        yield from _parse_json(text, origin, whole=kind == "json")
    elif kind == "html":
        yield _parse_html(text, origin)
    else:
        yield _parse_dated_text(text, origin)


def _sniff(head: str) -> str:
    s = head.lstrip("\ufeff \t\r\n")
    if s.startswith(("{", "[")):
        return "jsonl"
    low = s[:2000].lower()
    if s.startswith("<"):
        if re.search(r"<(rss|feed|rdf:rdf)\b", low):
            return "feed"
        return "html"
    return "text"


def _decode(data: bytes, origin: str, *, quiet: bool = False) -> str:
    """Decode bytes: BOM-marked UTF-16/32, UTF-8 (BOM optional), else Latin-1 with a warning."""
    for bom, codec in ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                       (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as e:
                if quiet:  # a sniffing window may cut a character in two
                    return data.decode(codec, errors="ignore")
                raise IngestError(f"invalid {codec.upper()} text: {e.reason}") from e
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise IngestError("binary file (NUL bytes in the first 8 KB): not text, JSON, HTML or a feed")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        if quiet and e.start >= len(data) - 3:
            return data[:e.start].decode("utf-8-sig")
        if not quiet:
            _log.warning("%s: not valid UTF-8 (byte %d); read as Latin-1", origin, e.start)
        return data.decode("latin-1")


# --------------------------------------------------------------------------- dates

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])")


def _parse_date(value: object, origin: str) -> dt.date | None:
    """An ISO date or date-time (the date part) or an RFC 822 date; None with a warning otherwise."""
    if value is None or (isinstance(value, str) and not value.strip()):
        _log.warning("%s: no date; coded with date None", origin)
        return None
    if isinstance(value, str):
        m = _ISO.match(value)
        if m:
            try:
                return dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                _log.warning("%s: impossible date %r; coded with date None", origin, value)
                return None
        try:
            return email.utils.parsedate_to_datetime(value.strip()).date()
        except (TypeError, ValueError, IndexError):
            pass
    _log.warning("%s: unrecognised date %r; coded with date None", origin, value)
    return None


# --------------------------------------------------------------------------- dated text

_HEADER = re.compile(r"^\s*date[ \t]+(\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})(?:[ \t]+(.*))?\s*$", re.I)


def _parse_dated_text(text: str, origin: str) -> Article:
    first, _, rest = text.partition("\n")
    m = _HEADER.match(first)
    if m is None:
        _log.warning("%s: no 'date YYYY-MM-DD' header line; coded with date None", origin)
        date, title, body = None, "", text
    else:
        if _ISO.match(m[1]):
            date = _parse_date(m[1], origin)  # warns about an impossible date
        else:
            date = None
            _log.warning("%s: date %r is not YYYY-MM-DD; coded with date None", origin, m[1])
        title = (m[2] or "").strip()
        if title and is_clutter(title):
            _log.debug("%s: header line holds page clutter, not a headline: %r", origin, title)
            title = ""
        body = rest
    if not body.strip() and not title:
        raise IngestError("no text and no title")
    return Article(id=stable_id(date, title, body), date=date, title=title, text=body, origin=origin)


# --------------------------------------------------------------------------- JSON

def _parse_json(text: str, origin: str, *, whole: bool) -> Iterator[Item]:
    s = text.lstrip()
    if whole or s.startswith("["):
        try:
            value = json.loads(text)
        except json.JSONDecodeError:
            if s.startswith("["):
                raise IngestError("invalid JSON array") from None
        else:
            if isinstance(value, list):
                for n, obj in enumerate(value, 1):
                    yield _record(obj, f"{origin}#{n}")
            else:
                yield _record(value, origin)
            return
    pos, lineno = 0, 0
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        line, lineno, pos = text[pos:end], lineno + 1, end + 1
        if not line.strip():
            continue
        where = f"{origin}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield Reject(where, f"broken JSON line: {e.msg} (column {e.colno})")
            continue
        yield _record(obj, where)


def _record(obj: object, origin: str) -> Item:
    if not isinstance(obj, dict):
        return Reject(origin, f"not a JSON object but {type(obj).__name__}")
    rid = obj.get("id")
    if rid is not None and not isinstance(rid, (str, int)) or isinstance(rid, bool):
        return Reject(origin, f"field 'id' must be a string or number, not {type(rid).__name__}")
    rid = str(rid) if rid not in (None, "") else None
    text = obj.get("text")
    if text is None:
        text = obj.get("body")
    title = obj.get("title")
    for name, value in (("text", text), ("title", title), ("url", obj.get("url")),
                        ("source", obj.get("source")), ("dateline", obj.get("dateline"))):
        if value is not None and not isinstance(value, str):
            return Reject(origin, f"field {name!r} must be a string, not {type(value).__name__}", rid)
    text, title = text or "", title or ""
    if not text.strip() and not title.strip():
        return Reject(origin, "record has neither text nor title", rid)
    date = _parse_date(obj.get("date"), origin)
    return Article(id=rid or stable_id(date, title, text), date=date, title=title, text=text,
                   source=obj.get("source"), url=obj.get("url"), origin=origin,
                   dateline=obj.get("dateline") or None)


# --------------------------------------------------------------------------- HTML

_HARD_SKIP = {"script", "style", "noscript", "template", "svg", "iframe", "object"}
_SOFT_SKIP = {"nav", "footer", "aside", "header", "form", "button", "select", "figcaption", "menu"}
_BLOCK = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
          "ol", "table", "tr", "td", "th", "blockquote", "pre", "dd", "dt", "dl", "figure", "hr", "body"}
_DATE_META = ("article:published_time", "og:published_time", "datepublished", "date", "pubdate",
              "publishdate", "publish-date", "dc.date", "dc.date.issued", "dcterms.created",
              "sailthru.date", "parsely-pub-date")


class _Extractor(HTMLParser):
    """Collects text blocks, title candidates and meta data of an HTML page or fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hard = self.soft = self.article = 0
        self.in_p = self.in_title = self.in_h1 = False
        self.buf: list[str] = []
        self.blocks: list[tuple[str, bool, bool]] = []  # (text, in <p>, in <article>)
        self.meta: dict[str, str] = {}
        self.title = self.h1 = ""
        self.time: str | None = None
        self.canonical: str | None = None

    def _flush(self) -> None:
        t = " ".join("".join(self.buf).split())
        self.buf = []
        if t:
            self.blocks.append((t, self.in_p, self.article > 0))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag in _HARD_SKIP or tag in _SOFT_SKIP:
            self._flush()
            if tag in _HARD_SKIP:
                self.hard += 1
            else:
                self.soft += 1
            return
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content") and key not in self.meta:
                self.meta[key] = a["content"]
        elif tag == "link" and "canonical" in a.get("rel", "").lower().split():
            self.canonical = self.canonical or a.get("href") or None
        elif tag == "time" and self.time is None and a.get("datetime"):
            self.time = a["datetime"]
        elif tag == "title":
            self.in_title = True
        elif tag == "h1" and not self.h1:
            self.in_h1 = True
        elif tag == "br":
            self.buf.append(" ")
        if tag in _BLOCK:
            self._flush()
            self.in_p = tag == "p"  # a block start closes an open <p>
            self.article += tag == "article"

    def handle_endtag(self, tag: str) -> None:
        if tag in _HARD_SKIP:
            self.hard = max(0, self.hard - 1)
        elif tag in _SOFT_SKIP:
            self.soft = max(0, self.soft - 1)
        elif tag in _BLOCK:
            self._flush()
            self.in_p = False
            if tag == "article":
                self.article = max(0, self.article - 1)
        if tag == "title":
            self.in_title = False
        elif tag == "h1":
            self.in_h1 = False

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        elif self.hard:
            return
        elif self.in_h1:
            self.h1 += data
        if not (self.hard or self.soft or self.in_title):
            self.buf.append(data)

    def paragraphs(self) -> list[str]:
        """Text of the <p> blocks (inside <article> if there are any), else of all blocks."""
        self._flush()
        chosen = [b for b in self.blocks if b[1] and b[2]] or [b for b in self.blocks if b[1]]
        return [t for t, _, _ in (chosen or self.blocks)]


def _html_to_text(fragment: str) -> str:
    if "<" not in fragment:
        return fragment.strip()
    ex = _Extractor()
    ex.feed(fragment)
    ex.close()
    return "\n\n".join(ex.paragraphs())


def _parse_html(text: str, origin: str) -> Article:
    ex = _Extractor()
    ex.feed(text)
    ex.close()
    body = "\n\n".join(ex.paragraphs())
    title = " ".join((ex.meta.get("og:title") or ex.title or ex.h1).split())
    if title and is_clutter(title):
        title = ""
    raw_date = next((ex.meta[k] for k in _DATE_META if ex.meta.get(k)), None) or ex.time
    date = _parse_date(raw_date, origin)
    if not body.strip() and not title:
        raise IngestError("HTML page has neither text paragraphs nor a title")
    return Article(id=stable_id(date, title, body), date=date, title=title, text=body,
                   source=ex.meta.get("og:site_name") or None,
                   url=ex.canonical or ex.meta.get("og:url") or None, origin=origin)


# --------------------------------------------------------------------------- RSS / Atom

def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1].lower()


def _child_text(el: ET.Element, *names: str) -> str:
    for name in names:
        for child in el:
            if _local(child.tag) == name:
                value = "".join(child.itertext()).strip()
                if value:
                    return value
    return ""


def _link(el: ET.Element) -> str | None:
    for child in el:
        if _local(child.tag) != "link":
            continue
        href = child.get("href")
        if href and child.get("rel", "alternate") == "alternate":
            return href.strip()
        if (child.text or "").strip():
            return child.text.strip()
    return None


def _parse_feed(data: bytes, origin: str) -> Iterator[Item]:
    if b"<!ENTITY" in data[:65536] or "<!ENTITY".encode("utf-16-le") in data[:65536]:
        raise IngestError("XML entity declarations are not accepted (possible entity expansion)")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as e:
        try:  # undeclared Latin-1: decode as for the other formats and try once more
            text = _decode(data, origin)
            root = ET.fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", text))
        except ET.ParseError:
            raise IngestError(f"invalid XML: {e}") from None
    if _local(root.tag) not in ("rss", "feed", "rdf"):
        raise IngestError(f"XML file is not an RSS or Atom feed (root element <{_local(root.tag)}>)")
    channel = next((c for c in root if _local(c.tag) == "channel"), root)
    source = _child_text(channel, "title") or None
    items = [el for el in root.iter() if _local(el.tag) in ("item", "entry")]
    if not items:
        raise IngestError("feed has no items or entries")
    for n, item in enumerate(items, 1):
        where = f"{origin}#{n}"
        title = " ".join(_html_to_text(_child_text(item, "title")).split())
        html = _child_text(item, "encoded", "content") or _child_text(item, "description", "summary")
        text = _html_to_text(html)
        if not text.strip() and not title:
            yield Reject(where, "feed item has neither text nor title")
            continue
        date = _parse_date(_child_text(item, "pubdate", "published", "date", "issued", "updated")
                           or None, where)
        yield Article(id=stable_id(date, title, text), date=date, title=title, text=text,
                      source=source, url=_link(item), origin=where)
