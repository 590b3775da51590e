"""Tests of newscoder.ingest: dated text, JSON Lines, HTML, feeds, folders, encodings, dedup.

Fixtures are hand-written into tmp_path; real files are read from ../shared and skipped when absent.
"""
from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import logging
import os
import re
import sys
from pathlib import Path

import pytest

from newscoder.errors import ConfigError, IngestError
from newscoder.ingest import dedup, read_inputs, stable_id
from newscoder.records import Article, Reject

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
PAGES = SHARED / "examples" / "pages"
EXAMPLE = SHARED / "examples" / "000_071138934c7246b1.txt"
REUTERS = SHARED / "data" / "reuters21578.jsonl.gz"

BODY = "The two ministers met on Monday.\n\nThey agreed to meet again in May.\n"


def read(*paths, **kw) -> list[Article | Reject]:
    return list(read_inputs([str(p) for p in paths], **kw))


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def skip_unless(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path} not found: the shared data folder is not next to the repository")


# --------------------------------------------------------------------------- dated text

def test_dated_text(tmp_path):
    f = write(tmp_path / "a.txt", " date 2025-03-28 Ministers agree to meet again\n" + BODY)
    [a] = read(f)
    assert a.date == dt.date(2025, 3, 28)
    assert a.title == "Ministers agree to meet again"
    assert a.text == BODY
    assert a.origin == str(f)
    assert re.fullmatch(r"[0-9a-f]{16}", a.id) and a.id == stable_id(a.date, a.title, a.text)
    assert read(f)[0].id == a.id


@pytest.mark.parametrize("rest", [
    "Tuesday, 02 January 2024 12:17 GMT", "+ ↺ − 16 px", "Home News World Politics Business",
    "By Jane Doe and John Roe", "MIDDLE EAST", "Advertisement", "Example News – Capital City", "",
])
def test_header_clutter_gives_empty_title(tmp_path, rest):
    [a] = read(write(tmp_path / "a.txt", f"date 2024-01-02 {rest}\n{BODY}"))
    assert a.title == "" and a.text == BODY and a.date == dt.date(2024, 1, 2)


@pytest.mark.parametrize("headline", [
    "Ministers agree to meet again", "JAPAN WARNS U.S. IT MAY RETALIATE IN CHIP DISPUTE",
    "Drill Season: Navy Exercises Raise Tensions", "Trump Says He Will Meet Carney After Election",
])
def test_header_keeps_real_headline(tmp_path, headline):
    [a] = read(write(tmp_path / "a.txt", f"date 2024-01-02 {headline}\r\n{BODY}"))
    assert a.title == headline


def test_text_without_header(tmp_path, caplog):
    f = write(tmp_path / "a.txt", BODY)
    with caplog.at_level(logging.WARNING, logger="newscoder.ingest"):
        [a] = read(f)
    assert a.date is None and a.title == "" and a.text == BODY
    assert "no 'date YYYY-MM-DD' header" in caplog.text


@pytest.mark.parametrize("date", ["2025-13-45", "2025-02-30"])
def test_impossible_date(tmp_path, caplog, date):
    with caplog.at_level(logging.WARNING, logger="newscoder.ingest"):
        [a] = read(write(tmp_path / "a.txt", f"date {date} Headline here\n{BODY}"))
    assert a.date is None and a.title == "Headline here"
    assert "impossible date" in caplog.text


def test_header_only_file_is_coded_from_title(tmp_path):
    [a] = read(write(tmp_path / "a.txt", "date 2025-01-01 Ministers meet\n"))
    assert a.title == "Ministers meet" and a.text == ""


def test_header_with_clutter_and_no_body_is_rejected(tmp_path):
    [r] = read(write(tmp_path / "a.txt", "date 2025-01-01 Advertisement\n\n"))
    assert isinstance(r, Reject) and "no text and no title" in r.reason


# --------------------------------------------------------------------------- JSON

GOOD1 = {"id": "r1", "date": "1987-02-26T15:01:01.790", "title": "TALKS END", "body": "They ended."}
GOOD2 = {"id": 7, "date": "2024-05-01", "title": "Brief only", "text": "",
         "url": "https://example.org/x", "source": "Example Wire"}


def jsonl(*records: object) -> str:
    return "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n"


def test_jsonl_with_broken_line(tmp_path):
    f = write(tmp_path / "a.jsonl", jsonl(GOOD1, '{"id": "bad", "text": ', "", GOOD2,
                                          {"id": "empty", "title": " ", "text": ""}, [1, 2]))
    out = read(f)
    assert [type(x).__name__ for x in out] == ["Article", "Reject", "Article", "Reject", "Reject"]
    a1, bad, a2, empty, notobj = out
    assert (a1.id, a1.date, a1.title, a1.text, a1.origin) == (
        "r1", dt.date(1987, 2, 26), "TALKS END", "They ended.", f"{f}:1")
    assert bad.origin == f"{f}:2" and "broken JSON line" in bad.reason
    assert (a2.id, a2.text, a2.title, a2.url, a2.source, a2.origin) == (
        "7", "", "Brief only", "https://example.org/x", "Example Wire", f"{f}:4")
    assert empty.origin == f"{f}:5" and empty.article_id == "empty"
    assert "neither text nor title" in empty.reason
    assert "not a JSON object" in notobj.reason


def test_jsonl_raise_mode(tmp_path):
    f = write(tmp_path / "a.jsonl", jsonl(GOOD1, "{broken"))
    it = read_inputs([str(f)], on_error="raise")
    assert next(it).id == "r1"
    with pytest.raises(IngestError) as err:
        next(it)
    assert err.value.origin == f"{f}:2"


def test_jsonl_gz_and_missing_id(tmp_path):
    rec = {"date": None, "title": "", "text": "Officials met."}
    f = tmp_path / "a.jsonl.gz"
    f.write_bytes(gzip.compress(jsonl(rec).encode()))
    [a] = read(f)
    assert a.text == "Officials met." and a.date is None
    assert a.id == stable_id(None, "", "Officials met.")


def test_json_array_and_single_object(tmp_path):
    arr = write(tmp_path / "arr.json", json.dumps([GOOD1, GOOD2], indent=2))
    obj = write(tmp_path / "obj.json", json.dumps(GOOD1, indent=2))
    assert [a.origin for a in read(arr)] == [f"{arr}#1", f"{arr}#2"]
    [a] = read(obj)
    assert a.id == "r1" and a.origin == str(obj)


def test_bad_field_type_is_rejected(tmp_path):
    [r] = read(write(tmp_path / "a.jsonl", jsonl({"id": "x", "text": ["not", "a", "string"]})))
    assert isinstance(r, Reject) and "'text' must be a string" in r.reason


# --------------------------------------------------------------------------- HTML

PAGE = """<!DOCTYPE html><html><head>
<meta charset="utf-8"><title>Ministers meet | Example News</title>
<meta property="og:title" content="Ministers meet in the capital">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2025-03-28T09:15:00+00:00">
<link rel="canonical" href="https://example.org/news/ministers-meet">
<style>p { color: red }</style><script>var x = "<p>not text</p>";</script>
</head><body>
<nav><p>Home</p><p>World</p></nav>
<header><h1>Ministers meet in the capital</h1></header>
<article>
  <p>The two ministers met on Monday &amp; agreed
     to talk again.</p>
  <figure><img src="x.jpg"><figcaption><p>A photo caption.</p></figcaption></figure>
  <p>They will meet in <b>May</b>.<p>An unclosed paragraph ends here.
  <div class="share">Share this</div>
</article>
<aside><p>Related: something else</p></aside>
<footer><p>Copyright notice</p></footer>
</body></html>"""


def test_html_page(tmp_path):
    [a] = read(write(tmp_path / "p.html", PAGE))
    assert a.title == "Ministers meet in the capital"
    assert a.date == dt.date(2025, 3, 28)
    assert a.url == "https://example.org/news/ministers-meet"
    assert a.source == "Example News"
    assert a.text == ("The two ministers met on Monday & agreed to talk again.\n\n"
                      "They will meet in May.\n\nAn unclosed paragraph ends here.")


def test_html_fallbacks(tmp_path):
    page = ("<html><head><title>A plain title</title></head><body>"
            "<time datetime='2024-07-01'>1 July</time><div>Text in a div only.</div></body></html>")
    [a] = read(write(tmp_path / "p.htm", page))
    assert (a.title, a.date, a.text, a.url) == ("A plain title", dt.date(2024, 7, 1),
                                                "1 July\n\nText in a div only.", None)


def test_html_without_text_or_title(tmp_path):
    [r] = read(write(tmp_path / "p.html", "<html><body><script>x()</script></body></html>"))
    assert isinstance(r, Reject)


# --------------------------------------------------------------------------- feeds

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Example Wire</title>
<item><title>Ministers meet</title><link>https://example.org/1</link>
<description>&lt;p&gt;The ministers &lt;b&gt;met&lt;/b&gt; today.&lt;/p&gt;&lt;p&gt;More later.&lt;/p&gt;</description>
<pubDate>Tue, 02 Jan 2024 12:17:00 GMT</pubDate></item>
<item><title>Second item</title><description>Plain description.</description>
<content:encoded><![CDATA[<p>Full content wins.</p>]]></content:encoded></item>
<item><title></title><description></description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title>
<entry><title>Talks resume</title><link rel="alternate" href="https://example.org/a"/>
<updated>2025-05-16T10:00:00Z</updated><summary type="html">&lt;p&gt;Talks resumed.&lt;/p&gt;</summary></entry>
</feed>"""


def test_rss_feed(tmp_path):
    f = write(tmp_path / "f.rss", RSS)
    a1, a2, r = read(f)
    assert (a1.title, a1.text, a1.date, a1.url, a1.source, a1.origin) == (
        "Ministers meet", "The ministers met today.\n\nMore later.", dt.date(2024, 1, 2),
        "https://example.org/1", "Example Wire", f"{f}#1")
    assert a2.text == "Full content wins." and a2.date is None
    assert isinstance(r, Reject) and r.origin == f"{f}#3"


def test_atom_feed_sniffed_from_content(tmp_path):
    f = write(tmp_path / "feed.data", ATOM)  # unknown extension given explicitly: sniffed
    [a] = read(f)
    assert (a.title, a.text, a.date, a.url, a.source) == (
        "Talks resume", "Talks resumed.", dt.date(2025, 5, 16), "https://example.org/a", "Example Atom")


def test_undeclared_latin1_feed(tmp_path):
    xml = "<rss><channel><item><title>Café talks</title><description>In Zürich.</description>" \
          "</item></channel></rss>"
    [a] = read(write(tmp_path / "f.xml", xml.encode("latin-1")))
    assert (a.title, a.text) == ("Café talks", "In Zürich.")


@pytest.mark.parametrize("xml, reason", [
    ("<?xml version='1.0'?><catalog><book/></catalog>", "not an RSS or Atom feed"),
    ("<rss><channel><item><title>x</title></channel></rss>", "invalid XML"),
    ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><rss>&a;</rss>', "entity declarations"),
])
def test_bad_feeds_are_rejected(tmp_path, xml, reason):
    [r] = read(write(tmp_path / "f.xml", xml))
    assert isinstance(r, Reject) and reason in r.reason


# --------------------------------------------------------------------------- folders

def test_folder_recursive_sorted_known_extensions(tmp_path):
    write(tmp_path / "b.txt", "date 2025-01-02 Second\nBody two.\n")
    write(tmp_path / "a.txt", "date 2025-01-01 First\nBody one.\n")
    write(tmp_path / "sub" / "c.jsonl", jsonl(GOOD1))
    write(tmp_path / "notes.md", "not read")
    write(tmp_path / ".hidden.txt", "date 2025-01-01 Hidden\nNo.\n")
    os.symlink(tmp_path / "missing.txt", tmp_path / "broken.txt")
    out = read(tmp_path)
    assert [x.origin for x in out] == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
                                       str(tmp_path / "broken.txt"), f"{tmp_path / 'sub' / 'c.jsonl'}:1"]
    assert isinstance(out[2], Reject) and "cannot read file" in out[2].reason


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read any file")
def test_folder_with_unreadable_file(tmp_path):
    f = write(tmp_path / "secret.txt", "date 2025-01-01 x\ny\n")
    f.chmod(0)
    try:
        [r] = read(tmp_path)
    finally:
        f.chmod(0o644)
    assert isinstance(r, Reject) and "cannot read file" in r.reason


def test_missing_path_is_rejected_or_raised(tmp_path):
    [r] = read(tmp_path / "nope.txt")
    assert isinstance(r, Reject)
    with pytest.raises(IngestError):
        read(tmp_path / "nope.txt", on_error="raise")


def test_bad_on_error_value():
    with pytest.raises(ConfigError):
        read_inputs(["-"], on_error="ignore")


# --------------------------------------------------------------------------- encodings, binary, empty

def test_utf16_with_bom(tmp_path):
    f = write(tmp_path / "a.txt", "date 2025-01-01 Ça va\nThe ministers met.\n".encode("utf-16"))
    [a] = read(f)
    assert a.title == "Ça va" and a.text == "The ministers met.\n"


def test_utf8_with_bom(tmp_path):
    [a] = read(write(tmp_path / "a.txt", "\ufeffdate 2025-01-01 Ministers meet\nText.\n".encode()))
    assert a.date == dt.date(2025, 1, 1) and a.title == "Ministers meet"


def test_latin1_fallback(tmp_path, caplog):
    f = write(tmp_path / "a.txt", "date 2025-01-01 Café talks\nThe ministers met in Zürich.\n"
              .encode("latin-1"))
    with caplog.at_level(logging.WARNING, logger="newscoder.ingest"):
        [a] = read(f)
    assert a.title == "Café talks" and "Zürich" in a.text
    assert "read as Latin-1" in caplog.text


def test_binary_file_is_rejected(tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256))
    [r] = read(write(tmp_path / "image.txt", png))
    assert isinstance(r, Reject) and "binary file" in r.reason


@pytest.mark.parametrize("content", [b"", b"  \n\t\n"])
def test_empty_file_is_rejected(tmp_path, content):
    [r] = read(write(tmp_path / "a.txt", content))
    assert isinstance(r, Reject) and "empty file" in r.reason


# --------------------------------------------------------------------------- stdin

@pytest.mark.parametrize("data, kind", [
    (jsonl(GOOD1, GOOD2), "jsonl"),
    ("date 2025-01-01 Ministers meet\nThe ministers met.\n", "text"),
])
def test_stdin(monkeypatch, data, kind):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    out = read("-")
    if kind == "jsonl":
        assert [a.id for a in out] == ["r1", "7"] and out[0].origin == "<stdin>:1"
    else:
        assert [a.title for a in out] == ["Ministers meet"] and out[0].origin == "<stdin>"


# --------------------------------------------------------------------------- dedup

def test_dedup(caplog):
    a = Article("1", None, "T", "The ministers met.\n")
    b = Article("2", None, "Other", "The  ministers\nmet.")  # same text up to whitespace
    c = Article("3", None, "Brief one", "")
    d = Article("4", None, "Brief two", "")
    e = Article("5", None, "Brief one", " ")
    r = Reject("x:1", "broken")
    with caplog.at_level(logging.INFO, logger="newscoder.ingest"):
        out = list(dedup([a, b, r, c, d, e]))
    assert [getattr(x, "id", None) for x in out] == ["1", None, "3", "4"]
    assert "dropped 2 duplicate" in caplog.text


def test_read_inputs_does_not_dedup(tmp_path):
    f = write(tmp_path / "a.jsonl", jsonl(GOOD1, GOOD1))
    assert len(read(f)) == 2


# --------------------------------------------------------------------------- real files

def test_example_file():
    skip_unless(EXAMPLE)
    [a] = read(EXAMPLE)
    assert a.date == dt.date(2025, 3, 28)
    assert a.title.startswith("US president says he and the Canadian PM")
    raw = EXAMPLE.read_text(encoding="utf-8")
    assert a.text == raw.partition("\n")[2]


def test_pages_dates_match_readme():
    readme = PAGES / "README.md"
    skip_unless(readme)
    table = dict(re.findall(r"\| `(\d\d\.txt)` \| (\d{4}-\d\d-\d\d) \|", readme.read_text("utf-8")))
    assert len(table) == 30
    out = read(PAGES)
    assert [Path(a.origin).name for a in out] == sorted(table)
    for a in out:
        assert a.date == dt.date.fromisoformat(table[Path(a.origin).name])


def test_reuters_file():
    skip_unless(REUTERS)
    out = read(REUTERS)
    rejects = [r for r in out if isinstance(r, Reject)]
    articles = [a for a in out if isinstance(a, Article)]
    assert len(out) == 21578 and len(rejects) == 1 and rejects[0].article_id == "12793"
    assert articles[0].id == "1" and articles[0].date == dt.date(1987, 2, 26)
    assert articles[0].origin == f"{REUTERS}:1"
    title_only = [a for a in articles if not a.text.strip()]
    assert len(title_only) > 1000 and all(a.title for a in title_only)
