"""Exact and near-duplicate stories: MinHash over word 5-shingles with LSH banding.

    idx = DuplicateIndex()                     # or DuplicateIndex.from_store(store) to continue a database
    idx.add("r1", article_text(a1))            # None: a new story
    idx.add("r2", article_text(a2))            # "r1": r2 repeats r1 (a correction, a re-send, a rewrite)

A news wire sends the same story more than once (a corrected version, a repeat, the same report under
another slug); a crawler fetches one story from several sites. GDELT counts such copies as extra
*mentions* of one event (NumArticles, NumSources) rather than extra events; this module decides which
articles are copies of which, and the store links a copy to its first story.

What counts as a duplicate of an earlier story F (``threshold`` 0.8, ``window_days`` 1 by default):

* exact: the same words in the same order once case, punctuation and whitespace are ignored;
* near: the Jaccard similarity of the two texts' sets of word 5-shingles (every run of 5 consecutive
  words, casefolded, punctuation dropped) is at least ``threshold``. At 0.8 a 300-word story may differ
  from F by roughly one changed word in 45 (each changed word breaks up to 5 shingles); a story that grew
  by more than about a quarter of its length is a new story;
* and, when both have a date, they are at most ``window_days`` apart: wire services repeat templates
  ("FED ADDS RESERVES VIA CUSTOMER REPURCHASES", monthly "USDA ESTIMATES CANADIAN CROPS" with the same
  figures) whose copies on other days are other events;
* texts of fewer than ``min_words`` (5) words only ever match exactly.

Pass the headline with the body (:func:`article_text` does): wire services send many bodies that are
identical for different companies (a quarterly dividend notice: amount, payment date, record date), which
only their headlines tell apart; and a headline-only flash (one bank after another cutting its prime rate to
the same figure) is only ever a duplicate word for word.

Finding candidates (LSH): a 100-permutation MinHash signature of the shingle set is cut into 20 bands of
5 values; two texts are candidates when any band agrees (probability 1 - (1 - J^5)^20: 0.9996 at J = 0.8,
0.47 at J = 0.5, 0.05 at J = 0.3). Every candidate is then checked with the *exact* Jaccard similarity of
the two shingle sets, so the decision is exact and deterministic; the banding can only miss a pair (about
1 in 2,500 at exactly 0.8, fewer above), never add one.

Only first stories are indexed (a copy of a copy links to the first story). Memory is about 2.5 KB per
indexed story of ~150 words (shingle hashes, band buckets): a million stories take ~2.5 GB, so for
longer streams keep one index per period. Hashes are deterministic (CRC-32 of the shingle, fixed-seed
permutations); :meth:`DuplicateIndex.save` / :meth:`DuplicateIndex.load` keep an index in a ``.npz``
file, and :meth:`DuplicateIndex.from_store` rebuilds it from a newscoder database's article texts.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["DuplicateIndex", "article_text", "find_duplicates", "jaccard", "shingles"]

DEFAULT_THRESHOLD = 0.8
WINDOW_DAYS = 1
NUM_PERM = 100
BANDS = 20
SHINGLE = 5
MIN_WORDS = 5
_SEED = 20_260_401  # fixed: signatures must agree across processes and runs
_WORD = re.compile(r"\w+")


def article_text(article: Any) -> str:
    """The text to compare for an :class:`~newscoder.records.Article`: headline, newline, body."""
    return f"{article.title or ''}\n{article.text or ''}"


def words(text: str) -> list[str]:
    """Casefolded word tokens (letters, digits, underscore); punctuation and whitespace dropped."""
    return _WORD.findall(text.casefold())


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    """The set of word k-shingles of ``text`` (the whole text as one shingle when it is shorter)."""
    w = words(text)
    if len(w) <= k:
        return {" ".join(w)} if w else set()
    return {" ".join(w[i:i + k]) for i in range(len(w) - k + 1)}


def jaccard(a: str, b: str, k: int = SHINGLE) -> float:
    """The exact Jaccard similarity of two texts' word k-shingle sets (0.0 when both are empty)."""
    sa, sb = shingles(a, k), shingles(b, k)
    if not sa and not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)


class DuplicateIndex:
    """Finds, for each new text, the first indexed story it duplicates (exactly or nearly).

    Args:
        threshold: the Jaccard similarity of word 5-shingles from which a text is a near-duplicate (0.8).
        window_days: two dated stories more than this many days apart are never duplicates (1); None
            compares every date. A story without a date is compared with every story.
        num_perm: MinHash permutations (100); must be a multiple of ``bands``.
        bands: LSH bands (20, of ``num_perm / bands`` rows each).
        shingle: words per shingle (5).
        min_words: texts with fewer words only match exactly (5).

    Not thread-safe; one index per process (merge results in the process that writes the store).
    """

    def __init__(self, threshold: float = DEFAULT_THRESHOLD, *, window_days: int | None = WINDOW_DAYS,
                 num_perm: int = NUM_PERM, bands: int = BANDS, shingle: int = SHINGLE, min_words: int = MIN_WORDS):
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], not {threshold}")
        if num_perm % bands:
            raise ValueError(f"num_perm ({num_perm}) must be a multiple of bands ({bands})")
        self.threshold = float(threshold)
        self.window_days = window_days
        self.num_perm, self.bands, self.shingle, self.min_words = num_perm, bands, shingle, min_words
        self.rows = num_perm // bands
        rng = np.random.default_rng(_SEED)
        # multiply-add-shift hashing of 32-bit keys: ((a * x + b) mod 2^64) >> 32, a odd, a and b 64-bit.
        self._a = rng.integers(0, 2**63, size=num_perm, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
        self._b = rng.integers(0, 2**63, size=num_perm, dtype=np.uint64)
        self._ids: list[str] = []  # indexed first stories, in arrival order
        self._pos: dict[str, int] = {}  # id -> position in _ids / _keys / _days
        self._keys: list[np.ndarray] = []  # sorted distinct shingle hashes (uint32), empty when too short
        self._days: list[int | None] = []  # date ordinal
        self._buckets: list[dict[int, Any]] = [{} for _ in range(bands)]  # band hash -> pos or [pos, ...]
        self._exact: dict[bytes, Any] = {}  # digest of the normalised words -> pos or [pos, ...]
        self.links: dict[str, str] = {}  # duplicate id -> first story id, for every duplicate seen

    # -- hashing ----------------------------------------------------------------------------------
    def keys(self, text: str) -> np.ndarray:
        """The sorted distinct CRC-32 hashes of the text's word shingles (empty when it is too short)."""
        w = words(text)
        if len(w) < max(self.min_words, 1):
            return np.zeros(0, dtype=np.uint32)
        k = self.shingle
        grams = {" ".join(w[i:i + k]) for i in range(max(1, len(w) - k + 1))}
        return np.unique(np.fromiter((zlib.crc32(g.encode("utf-8", "surrogatepass")) for g in grams),
                                     dtype=np.uint32, count=len(grams)))

    def signature(self, keys: np.ndarray) -> np.ndarray:
        """The MinHash signature (``num_perm`` uint32) of a non-empty key set."""
        h = (keys.astype(np.uint64)[:, None] * self._a[None, :] + self._b[None, :]) >> np.uint64(32)
        return h.min(axis=0).astype(np.uint32)

    def _band_keys(self, keys: np.ndarray) -> list[int]:
        sig = self.signature(keys)
        r = self.rows
        return [hash(sig[i * r:(i + 1) * r].tobytes()) for i in range(self.bands)]

    @staticmethod
    def _digest(text: str) -> bytes | None:
        w = words(text)
        return hashlib.sha1(" ".join(w).encode("utf-8", "surrogatepass")).digest() if w else None

    @staticmethod
    def _jaccard(a: np.ndarray, b: np.ndarray) -> float:
        inter = np.intersect1d(a, b, assume_unique=True).size
        return inter / (a.size + b.size - inter)

    def _near_in_time(self, pos: int, day: int | None) -> bool:
        other = self._days[pos]
        return self.window_days is None or day is None or other is None or abs(day - other) <= self.window_days

    # -- API --------------------------------------------------------------------------------------
    def query(self, text: str, date: dt.date | None = None) -> str | None:
        """The id of the first indexed story ``text`` duplicates, or None; indexes nothing."""
        return self._match(text, date)[0]

    def _match(self, text: str, date: dt.date | None):
        """(first id or None, shingle keys, band hashes, digest, day ordinal) of a text."""
        day = date.toordinal() if date is not None else None
        digest = self._digest(text)
        if digest is None:
            return None, None, None, None, day
        for pos in _as_list(self._exact.get(digest)):
            if self._near_in_time(pos, day):
                return self._ids[pos], None, None, digest, day
        keys = self.keys(text)
        if not keys.size:
            return None, keys, None, digest, day
        bands = self._band_keys(keys)
        cands: set[int] = set()
        for bucket, key in zip(self._buckets, bands):
            cands.update(_as_list(bucket.get(key)))
        for pos in sorted(cands):  # the earliest story that passes
            if self._near_in_time(pos, day) and self._jaccard(self._keys[pos], keys) >= self.threshold:
                return self._ids[pos], keys, bands, digest, day
        return None, keys, bands, digest, day

    def add(self, article_id: str, text: str, date: dt.date | None = None) -> str | None:
        """Index a story; return the id of the first story it duplicates, or None if it is new.

        A duplicate is not indexed itself (so a copy of a copy links to the first story); it is recorded
        in :attr:`links`. Adding an id again returns what it returned the first time (re-coding an article
        does not make it a duplicate of itself). An empty text is never a duplicate and is not indexed.

        Args:
            article_id: the article's id.
            text: headline and body (see :func:`article_text`).
            date: the article date, for the ``window_days`` rule (None: compared with every story).
        """
        if article_id in self._pos:
            return None
        if article_id in self.links:
            return self.links[article_id]
        first, keys, bands, digest, day = self._match(text, date)
        if first is not None:
            self.links[article_id] = first
            return first
        if digest is not None:
            self._insert(article_id, keys, day, digest, bands)
        return None

    def _insert(self, article_id: str, keys: np.ndarray, day: int | None, digest: bytes, bands) -> None:
        pos = len(self._ids)
        self._ids.append(article_id)
        self._pos[article_id] = pos
        self._keys.append(keys)
        self._days.append(day)
        _put(self._exact, digest, pos)
        if bands is not None:
            for bucket, key in zip(self._buckets, bands):
                _put(bucket, key, pos)

    def add_article(self, article: Any) -> str | None:
        """:meth:`add` for an :class:`~newscoder.records.Article` (headline and body, its date)."""
        return self.add(article.id, article_text(article), article.date)

    def link(self, duplicate_id: str, first_id: str) -> None:
        """Record a known link (e.g. read back from a store) so :meth:`add` of that id returns it."""
        self.links[duplicate_id] = first_id

    def __len__(self) -> int:
        """The number of indexed first stories."""
        return len(self._ids)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._pos or article_id in self.links

    # -- persistence ------------------------------------------------------------------------------
    @classmethod
    def from_store(cls, store: Any, **kwargs: Any) -> DuplicateIndex:
        """Rebuild the index from a newscoder store's articles (headline, body, date), in storage order.

        Articles the store already links to a first story (``articles.duplicate_of``, when that column
        exists) are recorded as links, not indexed. Stored articles that turn out to duplicate an earlier
        stored one (a database coded before duplicates were linked) end up in :attr:`links` too, so the
        caller can back-fill ``duplicate_of`` from it. Rebuilding takes about 0.3 ms an article.

        Args:
            store: a :class:`newscoder.store.Store` (or anything with a DuckDB ``con``).
            kwargs: the :class:`DuplicateIndex` settings.
        """
        idx = cls(**kwargs)
        con = store.con
        has_dup = con.execute(
            "SELECT count(*) FROM information_schema.columns WHERE table_name = 'articles' "
            "AND column_name = 'duplicate_of' AND table_schema = current_schema()").fetchone()[0]
        dup = "duplicate_of" if has_dup else "NULL"
        cur = con.execute(f"SELECT id, title, text, date, {dup} FROM articles ORDER BY coded_at NULLS FIRST, rowid")
        while True:
            rows = cur.fetchmany(10_000)
            if not rows:
                break
            for aid, title, text, date, first in rows:
                if first is not None:
                    idx.link(aid, first)
                else:
                    idx.add(aid, f"{title or ''}\n{text or ''}", date)
        return idx

    def save(self, path: str | Path) -> None:
        """Write the index to a ``.npz`` file (shingle hashes, dates, exact digests, links, settings)."""
        sizes = np.array([k.size for k in self._keys], dtype=np.int64)
        inv: dict[int, bytes] = {}
        for digest, p in self._exact.items():
            for q in _as_list(p):
                inv[q] = digest
        np.savez_compressed(
            path, ids=np.array(self._ids, dtype=str), sizes=sizes,
            keys=np.concatenate(self._keys) if self._keys else np.zeros(0, dtype=np.uint32),
            days=np.array([-1 if d is None else d for d in self._days], dtype=np.int64),
            digests=np.array([inv[i].hex() for i in range(len(self._ids))], dtype=str),
            link_from=np.array(list(self.links), dtype=str), link_to=np.array(list(self.links.values()), dtype=str),
            settings=np.array([self.threshold, -1 if self.window_days is None else self.window_days,
                               self.num_perm, self.bands, self.shingle, self.min_words], dtype=float))

    @classmethod
    def load(cls, path: str | Path) -> DuplicateIndex:
        """Read an index written by :meth:`save`."""
        with np.load(path, allow_pickle=False) as z:
            threshold, window, num_perm, bands, shingle, min_words = z["settings"].tolist()
            idx = cls(threshold, window_days=None if window < 0 else int(window), num_perm=int(num_perm),
                      bands=int(bands), shingle=int(shingle), min_words=int(min_words))
            keys = np.split(z["keys"], np.cumsum(z["sizes"])[:-1]) if z["sizes"].size else []
            for aid, k, day, digest in zip(z["ids"].tolist(), keys, z["days"].tolist(), z["digests"].tolist()):
                k = np.ascontiguousarray(k, dtype=np.uint32)
                idx._insert(aid, k, None if day < 0 else day, bytes.fromhex(digest),
                            idx._band_keys(k) if k.size else None)
            idx.links = dict(zip(z["link_from"].tolist(), z["link_to"].tolist()))
        return idx


def _as_list(v: Any) -> list[int]:
    if v is None:
        return []
    return v if isinstance(v, list) else [v]


def _put(d: dict, key: Any, pos: int) -> None:
    v = d.get(key)
    if v is None:
        d[key] = pos
    elif isinstance(v, list):
        v.append(pos)
    else:
        d[key] = [v, pos]


def find_duplicates(articles: Iterable[Any], **kwargs: Any) -> dict[str, str]:
    """Link every duplicate among :class:`~newscoder.records.Article` records to its first story.

    Returns:
        ``{duplicate id: first story id}``; ``kwargs`` are the :class:`DuplicateIndex` settings.
    """
    idx = DuplicateIndex(**kwargs)
    for a in articles:
        idx.add_article(a)
    return dict(idx.links)
