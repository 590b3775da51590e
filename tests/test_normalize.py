"""Tests of newscoder.normalize: paragraphs, same-length substitutions, clutter, titles.

Hand-written inputs only; real files are read from ../shared and skipped when absent.
"""
from __future__ import annotations

import datetime as dt
import itertools
import re
from pathlib import Path

import pytest

from newscoder.ingest import read_inputs
from newscoder.normalize import MAX_SEGMENT, Segment, clean_title, is_clutter, segments
from newscoder.records import Article

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
EXAMPLES = SHARED / "examples"
PAGES = EXAMPLES / "pages"
EXAMPLE = EXAMPLES / "000_071138934c7246b1.txt"
REUTERS = SHARED / "data" / "reuters21578.jsonl.gz"


def art(text: str, title: str = "") -> Article:
    return Article(id="t", date=None, title=title, text=text)


def body(article: Article) -> list[tuple[int, str]]:
    return [(s.start, s.text) for s in segments(article) if s.in_ == "text"]


def assert_invariant(article: Article, seg: Segment) -> None:
    """seg.text matches the original except at same-length substitutions."""
    original = article.title if seg.in_ == "title" else article.text
    piece = original[seg.start:seg.start + len(seg.text)]
    assert len(piece) == len(seg.text)
    for o, n in zip(piece, seg.text):
        if o == n:
            continue
        assert (n == " " and (o.isspace() or ord(o) < 32)) or o.lower() == n.lower() or \
            (seg.in_ == "title" and o in "-–—" and n == ":"), (o, n)


def skip_unless(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path} not found: the shared data folder is not next to the repository")


# --------------------------------------------------------------------------- paragraphs

def test_wrapped_paragraphs_with_indentation():
    text = ("The ministers met in the capital\non Monday and agreed to talk.\n"
            "    A second paragraph is\nwrapped the same way.\n")
    assert body(art(text)) == [
        (0, "The ministers met in the capital on Monday and agreed to talk."),
        (67, "A second paragraph is wrapped the same way."),
    ]


def test_blank_lines_and_trimming():
    text = "\n\n  First paragraph here.  \n\n\n\tSecond one, after blank lines.\n"
    assert body(art(text)) == [(4, "First paragraph here."), (31, "Second one, after blank lines.")]


def test_long_lines_are_never_wrapped():
    first = "A long opening line that goes on and on well past the wrap width of a newswire, " \
            "so it is a web paragraph."
    text = first + "\nThe next line is its own paragraph."
    assert body(art(text)) == [(0, first), (len(first) + 1, "The next line is its own paragraph.")]


def test_crlf_and_odd_whitespace_become_spaces():
    text = "Officials\u00a0met in\r\nthe city today.\r\n\r\nThey left."
    segs = body(art(text))
    assert segs == [(0, "Officials met in  the city today."), (37, "They left.")]


def test_title_segment_comes_first_and_is_sentence_cased():
    a = art("The body sentence.", title="  JAPAN WARNS U.S. IT MAY RETALIATE ")
    segs = segments(a)
    assert segs[0] == Segment("Japan warns U.S. it may retaliate", 2, "title")
    assert segs[1] == Segment("The body sentence.", 0, "text")
    assert segs[0].end == 2 + len(segs[0].text)


def test_empty_article_has_no_segments():
    assert segments(art("   \n\n ")) == []


def test_title_only_article():
    assert segments(art("", title="Ministers meet")) == [Segment("Ministers meet", 0, "title")]


# --------------------------------------------------------------------------- "U.S. To"

@pytest.mark.parametrize("text, expected", [
    ("said the U.S. To drop sanctions.", "said the U.S. to drop sanctions."),
    ("U.K. Officials said it would.", "U.K. officials said it would."),
    ("the U.N. Will meet again.", "the U.N. will meet again."),
    ("the U.S. Treasury said.", "the U.S. Treasury said."),
    ("the U.S. Congress voted.", "the U.S. Congress voted."),
    ("the US To drop.", "the US To drop."),
])
def test_capitalised_common_word_after_abbreviation(text, expected):
    assert body(art(text)) == [(0, expected)]


def test_word_the_article_writes_in_lower_case_is_lowered_before_a_lower_case_word():
    text = "The E.C. Charges were unfounded, he said of the charges. The U.S. Treasury Secretary and the treasury."
    assert body(art(text)) == [(0, "The E.C. charges were unfounded, he said of the charges. "
                                   "The U.S. Treasury Secretary and the treasury.")]


def test_abbreviation_rule_does_not_cross_paragraphs():
    text = "They sold it to the U.S.\n    The deal closed."
    assert body(art(text)) == [(0, "They sold it to the U.S."), (29, "The deal closed.")]


# --------------------------------------------------------------------------- titles

@pytest.mark.parametrize("title, expected", [
    ("JAPAN WARNS U.S. IT MAY RETALIATE IN CHIP DISPUTE",
     "Japan warns U.S. it may retaliate in chip dispute"),
    ("BRAZIL AND SOUTH AFRICA SIGN GATT PACT", "Brazil and South Africa sign GATT pact"),
    ("OPEC OUTPUT RISES, EC SAYS", "OPEC output rises, EC says"),
    ("U.K. JOINS NATO TALKS WITH UNITED STATES", "U.K. joins NATO talks with United States"),
    ("JAPAN'S EXPORTS FALL", "Japan's exports fall"),
    ("EEC, UN AND EU OFFICIALS MEET", "EEC, UN and EU officials meet"),
    ("FIRM <ABC> SEES 4TH QTR LOSS", "Firm <ABC> sees 4TH qtr loss"),
    ("TRADE TALKS WITH JAPANESE END", "Trade talks with Japanese end"),
    ("SWEDEN TO GO AHEAD WITH S. AFRICAN SANCTIONS", "Sweden to go ahead with S. African sanctions"),  # an initial
    ("IRAN SAYS IT WILL FIGHT ON.", "Iran says it will fight on."),
    ("Mixed Case Title Stays", "Mixed Case Title Stays"),
    ("ministers meet", "ministers meet"),
    ("", ""),
])
def test_clean_title(title, expected):
    out = clean_title(title)
    assert out == expected
    assert len(out) == len(title)


def test_clean_title_keeps_length_with_special_letters():
    title = "İSTANBUL TALKS END"
    assert len(clean_title(title)) == len(title)


# --------------------------------------------------------------------------- clutter

@pytest.mark.parametrize("line", [
    "Advertisement", "ADVERTISEMENT", "Read more", "Also read: Ministers meet again in the capital",
    "Related: Talks stall", "Share this", "Subscribe", "Home News World Politics Business Sport",
    "Home | World | Business | Opinion", "pic.twitter.com/abc123",
    "— Jane Roe (@janeroe) March 3, 2025", "By Jane Doe and John Roe", "Updated: 12:17 GMT",
    "Published 3 March 2025, 10:05 IST", "Tuesday, 02 January 2024 12:17 GMT", "October 18, 2025",
    "We use cookies to improve your experience. Accept all cookies", "* * *", "+ ↺ − 16 px",
    "(With inputs from agencies.)", "(Reporting by Jane Doe; Editing by John Roe)", "WASHINGTON",
    "MIDDLE EAST", "Example News – Capital City", "Crowds gather. [File photo] / AP",
    "ABC123XYZ4567890ID987654", "",
])
def test_clutter_lines(line):
    assert is_clutter(line)


@pytest.mark.parametrize("line", [
    "Afghanistan will retaliate.", "The talks ended.", "Yes.", "Subscribers to the plan rose 5%.",
    "By midday, the two sides had agreed to meet again.",
    "Published figures show the economy grew 3% in 2024.", "Related talks will follow on Monday.",
    "Watch this space, the minister said.", "The minister said the plan would cut red tape.",
    "First phase", "Talks resume", "Increasing Regional Tensions",
    "“We will not accept this,” he said on X (@ministry).",
])
def test_real_text_is_not_clutter(line):
    assert not is_clutter(line)


def test_clutter_paragraphs_are_dropped_and_real_ones_kept():
    text = ("Home | World | Business | Sport\n\nAdvertisement\n\n"
            "The two governments agreed on Monday to resume talks.\n\n"
            "Also read: Another story\n\nIt was the first meeting in a year.\n")
    assert body(art(text)) == [(48, "The two governments agreed on Monday to resume talks."),
                               (129, "It was the first meeting in a year.")]


# --------------------------------------------------------------------------- very long input

def test_very_long_segment_is_split_at_sentence_ends():
    text = "The council met again today. " * 9000  # 261,000 characters, one paragraph
    segs = segments(art(text))
    assert len(text) // MAX_SEGMENT <= len(segs) <= 2 * len(text) // MAX_SEGMENT + 1
    assert all(len(s.text) <= MAX_SEGMENT and s.text.endswith(".") for s in segs)
    for s in segs:
        assert text[s.start:s.end] == s.text
    assert segs[1].start == segs[0].end + 1
    assert "".join(s.text + " " for s in segs) == text


def test_very_long_sentence_is_split_between_words():
    text = "and the ministers met officials " * (MAX_SEGMENT // 10)  # no full stop
    segs = segments(art(text))
    assert len(segs) > 1
    for s in segs:
        assert text[s.start:s.end] == s.text and len(s.text) <= MAX_SEGMENT
        assert s.text.split()[0] in ("and", "the", "ministers", "met", "officials")  # no word cut in two
    assert " ".join(s.text for s in segs) == text.strip()


def test_very_long_segment_without_sentences_is_split_hard():
    text = "x" * (2 * MAX_SEGMENT + 300)
    segs = segments(art(text))
    assert [(s.start, len(s.text)) for s in segs] == [(0, MAX_SEGMENT), (MAX_SEGMENT, MAX_SEGMENT),
                                                      (2 * MAX_SEGMENT, 300)]


# --------------------------------------------------------------------------- real files

def test_example_article():
    skip_unless(EXAMPLE)
    [a] = list(read_inputs([str(EXAMPLE)]))
    assert a.date == dt.date(2025, 3, 28)
    assert a.title.startswith("US president says he and the Canadian PM")
    segs = segments(a)
    assert 18 <= len(segs) <= 22
    assert segs[0].in_ == "title" and segs[0].text == a.title
    assert all(s.in_ == "text" for s in segs[1:])


def test_offset_invariant_on_every_example_file():
    skip_unless(EXAMPLES)
    files = sorted(str(p) for p in EXAMPLES.rglob("*.txt"))
    articles = list(read_inputs(files))
    assert len(articles) == len(files) >= 31
    for a in articles:
        segs = segments(a)
        assert segs, a.origin
        for s in segs:
            assert_invariant(a, s)


def test_offset_invariant_on_reuters():
    skip_unless(REUTERS)
    n = 0
    for a in itertools.islice(read_inputs([str(REUTERS)]), 300):
        assert isinstance(a, Article)
        for s in segments(a):
            assert_invariant(a, s)
            n += 1
    assert n > 1000


def _lines(text: str) -> list[tuple[int, str]]:
    """(start, stripped text) of every non-blank line, computed independently of normalize."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        stripped = m.group().strip()
        if stripped:
            out.append((m.start() + m.group().index(stripped), stripped))
    return out


# page -> (indices of clutter lines among the page body's non-blank lines, what each one is)
CLUTTER_PAGES = {
    "04.txt": {0: str.isupper},                                          # lone dateline
    "16.txt": {2: lambda s: "[File photo]" in s,                         # photo credit
               3: lambda s: re.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4}", s) is not None},  # timestamp
    "19.txt": {-1: lambda s: s == "(With inputs from agencies.)"},       # agency trailer
    "24.txt": {-1: lambda s: " " not in s and any(c.isdigit() for c in s)},  # tracking id
    "01.txt": {}, "07.txt": {}, "22.txt": {}, "30.txt": {},              # nothing to drop
}


@pytest.mark.parametrize("page", sorted(CLUTTER_PAGES))
def test_real_page_clutter_dropped_real_paragraphs_kept(page):
    path = PAGES / page
    skip_unless(path)
    [a] = list(read_inputs([str(path)]))
    lines = _lines(a.text)
    drop = {i % len(lines): check for i, check in CLUTTER_PAGES[page].items()}
    for i, check in drop.items():
        assert check(lines[i][1]), (page, i)
    expected = [line for i, line in enumerate(lines) if i not in drop]
    got = body(a)
    assert [start for start, _ in got] == [start for start, _ in expected]
    for (_, seg_text), (_, line) in zip(got, expected):
        assert seg_text.lower() == re.sub(r"\s", " ", line).lower()


@pytest.mark.parametrize("page, has_title", [
    ("02.txt", False), ("03.txt", False), ("16.txt", False), ("27.txt", False),
    ("04.txt", True), ("19.txt", True), ("30.txt", True), ("01.txt", True),
])
def test_real_page_header_clutter_gives_empty_title(page, has_title):
    path = PAGES / page
    skip_unless(path)
    [a] = list(read_inputs([str(path)]))
    assert bool(a.title) is has_title


def test_capital_headline_keeps_the_names_its_body_writes_capitalised():
    body = ("Finance Minister Kiichi Miyazawa left his hotel for talks with Treasury Secretary James Baker, "
            "officials said. The meeting with Baker was set for noon.")
    title = "MIYAZAWA LEAVES HOTEL FOR MEETING WITH BAKER AT TREASURY"
    assert clean_title(title, body) == "Miyazawa leaves hotel for meeting with Baker at Treasury"
    assert clean_title(title) == "Miyazawa leaves hotel for meeting with baker at treasury"
    # a word the body also writes in lower case stays lower case
    assert clean_title("TALKS TO MEET DEMANDS", "Unions met, and Demands grew; demands are high.") == \
        "Talks to meet demands"


def test_title_dash_is_a_colon():
    a = art("Prime Minister Gro Harlem Brundtland said so.", title="NORWAY GROWING IMPATIENT WITH JAPAN - BRUNDTLAND")
    seg = next(s for s in segments(a) if s.in_ == "title")
    assert seg.text == "Norway growing impatient with Japan : Brundtland"
    assert_invariant(a, seg)
    # a hyphen inside a word is left alone
    b = art("", title="U.S.-JAPAN TALKS END")
    assert next(s for s in segments(b) if s.in_ == "title").text == "U.S.-Japan talks end"


def test_a_dateline_at_the_head_of_the_body_is_left_out_of_the_lead():
    text = "OTTAWA, May 4 - Danish minister Lars Holm arrived.\n\nHe met officials."
    assert body(art(text)) == [(16, "Danish minister Lars Holm arrived."), (52, "He met officials.")]
    # a capitalised word opening the body that is no dateline stays
    assert body(art("Ottawa said no.")) == [(0, "Ottawa said no.")]
