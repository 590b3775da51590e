"""Exact and near-duplicate stories (newscoder.neardup): hand-written variants and real Reuters repeats."""
from __future__ import annotations

import datetime as dt
import gzip
import json

import pytest

from conftest import REUTERS, need
from newscoder.neardup import DuplicateIndex, article_text, find_duplicates, jaccard, shingles
from newscoder.records import Article, CodedArticle

D = dt.date(2025, 3, 28)
STORY = (
    "Canada will impose retaliatory tariffs on 30 billion Canadian dollars of American goods from Thursday, "
    "Prime Minister Mark Carney said on Friday after a call with President Donald Trump. The measures cover "
    "steel, aluminium, orange juice, wine and appliances, and will stay in place until Washington lifts its "
    "own duties on Canadian exports. Carney said the two leaders agreed to begin comprehensive negotiations "
    "on a new economic and security relationship after the Canadian election on April 28. Trump wrote on "
    "social media that the call was extremely productive and that the two countries agreed on many things. "
    "Canadian officials said the list of American goods could grow if the United States raised its tariffs "
    "again next week, and provinces said they would keep American liquor off store shelves."
)


def test_shingles_and_jaccard():
    assert shingles("One two three four five six") == {"one two three four five", "two three four five six"}
    assert shingles("Too short") == {"too short"}
    assert shingles("") == set()
    assert jaccard(STORY, STORY.upper().replace(",", " ")) == 1.0
    assert jaccard("", "") == 0.0


def test_exact_duplicate_ignores_case_punctuation_and_whitespace():
    idx = DuplicateIndex()
    assert idx.add("a", STORY, D) is None
    assert idx.add("b", "  " + STORY.upper().replace(". ", ".\n\n"), D) == "a"
    assert idx.links == {"b": "a"}
    assert len(idx) == 1 and "a" in idx and "b" in idx


def test_near_duplicate_one_word_changed_and_a_correction():
    idx = DuplicateIndex()
    assert idx.add("first", STORY, D) is None
    changed = STORY.replace("30 billion", "29.8 billion")
    assert jaccard(STORY, changed) >= 0.8
    assert idx.add("fixed", changed, D + dt.timedelta(days=1)) == "first"
    # a copy of a copy links to the first story, not to the copy
    assert idx.add("copy2", changed.replace("orange juice", "juice"), D) == "first"


def test_different_stories_and_rewrites_below_threshold_are_new():
    idx = DuplicateIndex()
    idx.add("a", STORY, D)
    other = ("Japan's trade minister said on Friday that Tokyo would ask Washington to exempt Japanese cars "
             "from the new 25 percent tariff, and warned that retaliation could not be ruled out.")
    assert idx.add("b", other, D) is None
    half = " ".join(STORY.split()[:60])  # the first half of the story only: Jaccard about 0.5
    assert jaccard(STORY, half) < 0.8
    assert idx.add("c", half, D) is None
    assert len(idx) == 3


def test_date_window_and_undated():
    idx = DuplicateIndex(window_days=1)
    idx.add("a", STORY, D)
    assert idx.add("month-later", STORY, D + dt.timedelta(days=30)) is None  # a periodic template repeated
    assert idx.add("undated", STORY) == "a"  # no date: compared with everything
    assert DuplicateIndex(window_days=None).query(STORY) is None
    wide = DuplicateIndex(window_days=None)
    wide.add("a", STORY, D)
    assert wide.add("b", STORY, D + dt.timedelta(days=300)) == "a"


def test_short_texts_match_only_exactly_and_empty_never():
    idx = DuplicateIndex()
    idx.add("a", "CHEMICAL BANK CUTS PRIME")
    assert idx.add("b", "MARINE BANK CUTS PRIME") is None
    assert idx.add("c", "chemical bank cuts prime!") == "a"
    assert idx.add("e1", "") is None and idx.add("e2", "  ") is None
    assert "e1" not in idx


def test_adding_an_id_again_is_not_a_duplicate_of_itself():
    idx = DuplicateIndex()
    assert idx.add("a", STORY, D) is None
    assert idx.add("a", STORY, D) is None
    assert idx.add("b", STORY, D) == "a"
    assert idx.add("b", STORY, D) == "a"
    assert idx.query(STORY, D) == "a"


def test_threshold_is_settable_and_checked():
    changed = STORY.replace("retaliatory tariffs", "tariffs").replace("Prime Minister", "PM")
    j = jaccard(STORY, changed)
    strict, loose = DuplicateIndex(threshold=min(1.0, j + 0.01)), DuplicateIndex(threshold=j - 0.01)
    for idx in (strict, loose):
        idx.add("a", STORY)
    assert strict.add("b", changed) is None
    assert loose.add("b", changed) == "a"
    with pytest.raises(ValueError):
        DuplicateIndex(threshold=0)
    with pytest.raises(ValueError):
        DuplicateIndex(num_perm=100, bands=30)


def test_save_and_load_give_the_same_answers(tmp_path):
    idx = DuplicateIndex()
    idx.add("a", STORY, D)
    idx.add("short", "FED SETS REPURCHASE", D)
    idx.add("b", STORY.replace("Friday", "Thursday"), D)
    path = tmp_path / "dups.npz"
    idx.save(path)
    back = DuplicateIndex.load(path)
    assert len(back) == 2 and back.links == {"b": "a"}
    assert back.query(STORY.replace("wine", "beer"), D) == "a"
    assert back.query("fed sets repurchase", D) == "short"
    assert back.query(STORY, D + dt.timedelta(days=5)) is None


def _coded(aid: str, text: str, title: str = "", date=D) -> CodedArticle:
    return CodedArticle(article=Article(id=aid, date=date, title=title, text=text))


def test_from_store_continues_a_database():
    from newscoder.store import open_store
    with open_store(":memory:") as store:
        store.write([_coded("s1", STORY, "CANADA TARIFFS"), _coded("s2", "Something else entirely, said nobody.")])
        store.write([_coded("s3", STORY.replace("Friday", "Thursday"), "CANADA TARIFFS")])  # stored before linking
        idx = DuplicateIndex.from_store(store)
    assert len(idx) == 2
    assert idx.links == {"s3": "s1"}  # a back-fill for databases coded before duplicates were linked
    assert idx.add("new", "Canada tariffs\n" + STORY.replace("wine", "beer"), D) == "s1"
    assert idx.add("s1", "anything", D) is None


def test_from_store_reads_duplicate_of_when_the_column_exists():
    from newscoder.store import open_store
    with open_store(":memory:") as store:
        store.write([_coded("s1", STORY), _coded("s2", STORY + " More.")])
        store.con.execute("ALTER TABLE articles ADD COLUMN IF NOT EXISTS duplicate_of VARCHAR")
        store.con.execute("UPDATE articles SET duplicate_of = 's1' WHERE id = 's2'")
        idx = DuplicateIndex.from_store(store)
    assert len(idx) == 1 and idx.links == {"s2": "s1"}
    assert idx.add("s2", "whatever") == "s1"


def test_article_text_and_find_duplicates():
    a = Article(id="1", date=D, title="CANADA TARIFFS", text=STORY)
    assert article_text(a) == "CANADA TARIFFS\n" + STORY
    b = Article(id="2", date=D, title="Canada tariffs", text=STORY.replace("Friday", "Thursday"))
    c = Article(id="3", date=D, title="OTHER", text="A different story about wheat exports and rain.")
    assert find_duplicates([a, b, c]) == {"2": "1"}


# ---------------------------------------------------------------------------------------------- Reuters
# Real repeats in Reuters-21578 (exact Jaccard of headline + body shingles in brackets):
REPEATS = {
    "3723": "3708",  # U.S. HOSUING / HOUSING COMPLETIONS: a headline typo corrected, same day [0.950]
    "9798": "9690",  # BAKER DECLINES COMMENT ON VOLCKER: re-sent the next day with a new headline [0.945]
    "550": "505",    # CORRECTED - BANKAMERICA NEGOTIATING ...: a correction with a new sentence [0.805]
    "10811": "10662",  # PERU gold find: re-written headline, next day [0.805]
}
DISTINCT = {
    "15870",  # USDA ESTIMATES CANADIAN CROPS, 1987-04-09: the same figures as 3334 a month later (template)
    "20153",  # MARINE MIDLAND BANK CUTS PRIME RATE ... (headline only) vs 20145 CHEMICAL BANK CUTS ...
    "9691", "3709", "10663",  # the stories next to the first ones: unrelated
}


def _reuters(ids: set[str]) -> list[Article]:
    out = []
    with gzip.open(need(REUTERS), "rt", encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            if o["id"] in ids:
                out.append(Article(id=o["id"], date=dt.date.fromisoformat(o["date"][:10]), title=o["title"] or "",
                                   text=o["body"] or ""))
    return out


def test_real_reuters_repeats_are_linked_to_their_first_story():
    ids = set(REPEATS) | set(REPEATS.values()) | DISTINCT | {"3334", "20145"}
    arts = _reuters(ids)
    assert len(arts) == len(ids)
    links = find_duplicates(arts)
    assert links == REPEATS
    by_id = {a.id: a for a in arts}
    for dup, first in links.items():
        assert jaccard(article_text(by_id[dup]), article_text(by_id[first])) >= 0.8


def test_reuters_links_are_all_above_the_threshold():
    arts = []
    with gzip.open(need(REUTERS), "rt", encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            arts.append(Article(id=o["id"], date=dt.date.fromisoformat(o["date"][:10]) if o["date"] else None,
                                title=o["title"] or "", text=o["body"] or ""))
            if len(arts) == 4000:
                break
    by_id = {a.id: a for a in arts}
    links = find_duplicates(arts)
    assert 40 <= len(links) <= 400  # the first 4,000 stories repeat some (a whole-corpus run finds 464 of 21,578)
    for dup, first in links.items():
        assert int(first) < int(dup)
        assert jaccard(article_text(by_id[dup]), article_text(by_id[first])) >= 0.8


def test_duplicates_command_lists_links(tmp_path):
    from click.testing import CliRunner

    from newscoder.cli_scale import duplicates
    path = tmp_path / "in.jsonl"
    rows = [{"id": "a", "date": "2025-03-28", "title": "CANADA TARIFFS", "text": STORY},
            {"id": "b", "date": "2025-03-28", "title": "Canada tariffs", "text": STORY.replace("Friday", "Thursday")},
            {"id": "c", "date": "2025-03-28", "title": "OTHER", "text": "Wheat exports rose in March, traders said."}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    res = CliRunner().invoke(duplicates, [str(path), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    out = [json.loads(x) for x in res.stdout.splitlines()]
    assert [(o["id"], o["duplicate_of"]) for o in out] == [("b", "a")] and out[0]["jaccard"] >= 0.8
    assert "1 duplicates of 2 first stories (3 articles read)" in res.stderr
