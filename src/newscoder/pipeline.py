"""The library API: one :class:`Coder` that runs the registered stages over articles.

    coder = Coder(Options())
    record = coder.code(Article(...))            # one CodedArticle
    for item in coder.code_many(articles): ...   # streaming: CodedArticle, or Reject for a failed article

Parsing is batched across articles (``nlp.pipe``); everything after the parse runs per article.
A failing article never stops a batch: with ``on_error="skip"`` it comes out as a :class:`Reject`
(with the reason), with ``on_error="raise"`` the :class:`CodingError` carries the real exception.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from . import registry
from .errors import CodingError, ConfigError
from .nlp import DEFAULT_MODEL, Parsed, keep_text, load_model
from .prefilter import unparsed_doc
from .records import Article, CodedArticle, Reject
from .stages import State

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Options:
    """Settings of a coder. Every field is documented in docs/settings.md (checked by a test)."""

    model: str = DEFAULT_MODEL  # spaCy pipeline: installed package name or path
    actors: tuple[Path, ...] = ()  # extra actor files (CSV/YAML), taking precedence over the shipped data
    lexicon: tuple[Path, ...] = ()  # extra lexicon files (YAML), taking precedence over the shipped lexicon
    use_cameo_verbs: bool = True  # fall back on PETRARCH-2's CAMEO verb dictionary for verbs the lexicon lacks
    stages: tuple[str, ...] = registry.DEFAULT_STAGES
    batch_size: int = 32  # articles per parsing batch
    on_error: str = "skip"  # skip | raise
    prefilter: bool = False  # parse only the body segments that can hold an event or a quote (prefilter.py)
    hypothetical: bool = False  # also output acts only supposed or speculated on (modality "hypothetical")

    def __post_init__(self):
        if self.on_error not in ("skip", "raise"):
            raise ConfigError(f"on_error must be 'skip' or 'raise', not {self.on_error!r}")
        if self.batch_size < 1:
            raise ConfigError(f"batch_size must be at least 1, not {self.batch_size}")


def options_from_flags(model: str | None, actors, lexicon, *, prefilter: bool = False, hypothetical: bool = False,
                       **kw) -> Options:
    """The :class:`Options` of the command-line flags shared by ``code``, ``eval`` and ``spark`` (a flag
    left unset keeps the default)."""
    args = {k: v for k, v in kw.items() if v is not None}
    if model:
        args["model"] = model
    return Options(actors=tuple(Path(a) for a in actors), lexicon=tuple(Path(x) for x in lexicon),
                   prefilter=prefilter, hypothetical=hypothetical, **args)


@dataclass
class _Context:
    """What stage factories may use: the loaded resources, built once per coder."""

    options: Options
    nlp: object
    dictionary: object
    lexicon: object
    resolver: object
    event_coder: object = None
    quote_finder: object = None
    extra: dict = field(default_factory=dict)


class Coder:
    """Codes articles into :class:`CodedArticle` records."""

    def __init__(self, options: Options | None = None):
        from .actors.dictionary import ActorDictionary
        from .actors.resolver import Resolver
        from .events.coder import EventCoder
        from .events.lexicon import Lexicon
        from .quotes import QuoteFinder
        from .scoring import goldstein
        from .tone import sentence_tone

        self.options = options or Options()
        o = self.options
        nlp = load_model(o.model)
        dictionary = ActorDictionary.load(o.actors)
        lexicon = Lexicon.load(o.lexicon, use_cameo=o.use_cameo_verbs) if _accepts_use_cameo(Lexicon) else Lexicon.load(o.lexicon)
        resolver = Resolver(dictionary)
        ctx = _Context(o, nlp, dictionary, lexicon, resolver)
        ctx.event_coder = EventCoder(lexicon, resolver, goldstein=goldstein, sentence_tone=sentence_tone,
                                     hypothetical=o.hypothetical)
        ctx.quote_finder = QuoteFinder(resolver, lexicon.reporting_verbs, frozenset(lexicon.nouns))
        self.ctx = ctx
        self.nlp = nlp
        self.prefilter = None
        if o.prefilter:
            from .prefilter import Prefilter
            self.prefilter = Prefilter.build(lexicon, nlp)
            if self.prefilter is None:
                log.warning("the spaCy pipeline %s has no rule lemmatizer tables: the pre-filter is off,"
                            " every segment is parsed", o.model)
        self.stages = registry.build(o.stages, ctx)

    # ------------------------------------------------------------------------------------------------
    def code(self, article: Article) -> CodedArticle:
        """Code one article.

        Raises:
            CodingError: the article could not be coded (the cause is chained).
        """
        out = next(self._run([article], on_error="raise"))
        assert isinstance(out, CodedArticle)
        return out

    def code_many(self, items: Iterable[Article | Reject], *, on_error: str | None = None) -> Iterator[CodedArticle | Reject]:
        """Code a stream of articles lazily, in input order, parsing in batches. Rejects pass through."""
        yield from self._run(items, on_error=on_error or self.options.on_error)

    def _run(self, items, on_error: str):
        batch: list = []
        for item in items:
            batch.append(item)
            if len(batch) >= self.options.batch_size:
                yield from self._batch(batch, on_error)
                batch = []
        if batch:
            yield from self._batch(batch, on_error)

    def _batch(self, items: list, on_error: str):
        from .normalize import segments

        plans: list = []
        texts: list = []
        keep = self.prefilter.keep if self.prefilter is not None else None
        for n, item in enumerate(items):
            if isinstance(item, Reject):
                plans.append(item)
                continue
            try:
                segs = segments(item)
            except Exception as exc:  # a bad article must not stop the batch
                plans.append(self._fail(item, exc, on_error))
                continue
            docs = [None] * len(segs)
            plans.append((item, segs, docs))
            for k, s in enumerate(segs):
                if keep is not None and s.in_ == "text" and not keep(s.text):
                    docs[k] = unparsed_doc(self.nlp, s.text)
                    keep_text(docs[k], s.text)
                else:
                    texts.append((s.text, (n, k)))
        for doc, (n, k) in self.nlp.pipe(texts, as_tuples=True, batch_size=256):
            plans[n][2][k] = doc
            keep_text(doc, plans[n][1][k].text)
        for plan in plans:
            if isinstance(plan, Reject):
                yield plan
                continue
            article, segs, docs = plan
            try:
                parsed = [Parsed(doc=d, start=s.start, in_=s.in_) for s, d in zip(segs, docs)]
                yield self._finish(article, parsed)
            except Exception as exc:
                yield self._fail(article, exc, on_error)

    def _fail(self, article: Article, exc: Exception, on_error: str) -> Reject:
        origin = article.origin or article.id
        if on_error == "raise":
            raise CodingError(f"cannot code article {article.id}: {type(exc).__name__}: {exc}", origin) from exc
        log.warning("%s: article %s skipped: %s: %s", origin, article.id, type(exc).__name__, exc)
        return Reject(origin=origin, reason=f"coding failed: {type(exc).__name__}: {exc}", article_id=article.id)

    def _finish(self, article: Article, parsed: list) -> CodedArticle:
        state = State(article=article, parsed=parsed)
        for _spec, stage in self.stages:
            stage(state)
        warnings = []
        if article.date is None:
            warnings.append("no article date: relative dates are unresolved and events carry no date")
        result = CodedArticle(
            article=article,
            actors=state.actors.actors() if state.actors is not None else [],
            events=state.events,
            quotes=state.quotes,
            dates=[d for seg in sorted(state.dates) for d in state.dates[seg]],
            amounts=[a for seg in sorted(state.amounts) for a in state.amounts[seg]],
            tone=state.tone,
            warnings=warnings,
        )
        _resync_spans(result)
        return result


def _accepts_use_cameo(cls) -> bool:
    import inspect
    try:
        return "use_cameo" in inspect.signature(cls.load).parameters
    except (TypeError, ValueError):
        return False


def _resync_spans(r: CodedArticle) -> None:
    """Take every span's text from the original article, so offsets always slice back exactly.

    Normalisation substitutes characters one for one (a hard line wrap becomes a space); the record
    must still quote the original characters.
    """
    fields = {"text": r.article.text, "title": r.article.title}
    for a in r.actors:
        for m in a.mentions:
            m.text = fields[m.in_][m.start:m.end]
    for ev in r.events:
        ev.sentence = fields[ev.in_][ev.start:ev.end]
        if ev.trigger_start >= 0:
            ev.trigger = fields[ev.in_][ev.trigger_start:ev.trigger_end]
        for q in ev.quantities:
            q.text = fields[q.in_][q.start:q.end]
    for coll in (r.quotes, r.dates, r.amounts):
        for x in coll:
            x.text = fields[x.in_][x.start:x.end]


def article_id(date: dt.date | None, title: str, text: str) -> str:
    """A stable id from the content: 16 hex characters of sha1(date, title, text)."""
    h = hashlib.sha1(f"{date}\n{title}\n{text}".encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:16]


_DEFAULT: Coder | None = None


def default_coder() -> Coder:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Coder()
    return _DEFAULT


def code(text: str, date: dt.date | str | None = None, *, title: str = "", id: str | None = None,
         source: str | None = None, url: str | None = None, coder: Coder | None = None) -> CodedArticle:
    """Code one article given as text (the library's front door).

    Args:
        text: the article body.
        date: the article date (``datetime.date`` or ISO string); relative dates resolve against it.
        title: the headline, if any.
        id: a stable id; by default a hash of the content.
        coder: a :class:`Coder` to reuse (by default one shared coder with default options).

    Returns:
        The :class:`CodedArticle` (``.to_dict()`` gives the output contract's JSON).

    Raises:
        ConfigError: a bad date string.
        CodingError: the article could not be coded.
    """
    if isinstance(date, str):
        try:
            date = dt.date.fromisoformat(date[:10])
        except ValueError as exc:
            raise ConfigError(f"date {date!r} is not an ISO date (YYYY-MM-DD)") from exc
    art = Article(id=id or article_id(date, title, text), date=date, title=title, text=text, source=source, url=url)
    return (coder or default_coder()).code(art)


def code_many(items: Iterable[Article | Reject], *, options: Options | None = None,
              coder: Coder | None = None, workers: int = 1) -> Iterator[CodedArticle | Reject]:
    """Code a stream of :class:`Article` records (e.g. from :func:`newscoder.ingest.read_inputs`).

    Args:
        items: Articles (Rejects pass through).
        options: coder settings (ignored when ``coder`` is given).
        coder: a :class:`Coder` to reuse in this process.
        workers: processes to code in; results still come out in input order, with bounded memory.

    Raises:
        ConfigError: bad options. Per-article failures follow ``options.on_error``.
    """
    if workers > 1:
        yield from code_parallel(items, options or (coder.options if coder else Options()), workers)
        return
    c = coder or (Coder(options) if options else default_coder())
    yield from c.code_many(items)


# Parallel coding: one Coder per worker process, chunks of articles in flight, a bounded window so
# memory stays flat however long the input is, and results in input order.
_WORKER: Coder | None = None


def _init_worker(options: Options) -> None:
    global _WORKER
    _WORKER = Coder(options)


def _work(chunk: list) -> list:
    assert _WORKER is not None
    items = _unpack(chunk)
    out = []
    for item, result in zip(items, _WORKER.code_many(items)):
        if isinstance(result, CodedArticle) and result.article is item:
            # The parent has the article: send the rest, and it puts its own article back.
            result.article = None
            packed = _pack_or_self(result)
            result.article = item
            if packed is result:
                out.append(result)
                continue
            out.append(packed)
        else:
            out.append(_pack_or_self(result))
    return out


# What crosses the process boundary: records as nested tuples (a class number, then the field values),
# not pickled dataclasses, whose slot state pickle gets and sets in Python for every object: the
# parent, which shares the cores with the workers, unpickled ~0.25 ms an article; 3x less this way.
def _packable():
    import dataclasses
    from . import records
    out = []
    for name in ("Article", "Reject", "CodedArticle", "Actor", "Mention", "Party", "Quantity", "Event",
                 "Speaker", "Quote", "DateRef", "Amount", "Tone"):
        cls = getattr(records, name, None)
        if cls is None or not dataclasses.is_dataclass(cls):
            continue
        fs = dataclasses.fields(cls)
        if all(f.init and not getattr(f, "kw_only", False) for f in fs):  # cls(*values) rebuilds it
            out.append((cls, tuple(f.name for f in fs)))
    return out


_PACKABLE = _packable()
_CLASS_NO = {cls: n for n, (cls, _names) in enumerate(_PACKABLE)}


class _NotPackable(Exception):
    """A tuple among the values: it would read as a record; such an item is pickled as it is."""


def _pack(x):
    n = _CLASS_NO.get(type(x))
    if n is not None:
        return (n, *[_pack(getattr(x, f)) for f in _PACKABLE[n][1]])
    if type(x) is list:
        return [_pack(v) for v in x]
    if isinstance(x, tuple):
        raise _NotPackable
    return x


def _pack_or_self(x):
    try:
        return _pack(x)
    except _NotPackable:
        return x


def _unpack(v):
    if type(v) is tuple:
        return _PACKABLE[v[0]][0](*[_unpack(x) for x in v[1:]])
    if type(v) is list:
        return [_unpack(x) for x in v]
    return v


def _results(packed: list, chunk: list) -> list:
    """A worker's results for ``chunk``, as records again, each coded article with the parent's article."""
    out = []
    for item, p in zip(chunk, packed):
        r = _unpack(p)
        if isinstance(r, CodedArticle) and r.article is None:
            r.article = item
        out.append(r)
    return out


def code_parallel(items: Iterable[Article | Reject], options: Options, workers: int, *,
                  chunk_size: int | None = None) -> Iterator[CodedArticle | Reject]:
    """Code in ``workers`` processes; see :func:`code_many`."""
    import collections
    import multiprocessing as mp

    size = chunk_size or options.batch_size
    ctx = mp.get_context("spawn")  # spawn: no inherited locks or open database handles
    with ctx.Pool(workers, initializer=_init_worker, initargs=(options,)) as pool:
        window: collections.deque = collections.deque()
        chunk: list = []

        def submit(c):
            window.append((pool.apply_async(_work, ([_pack_or_self(x) for x in c],)), c))

        for item in items:
            chunk.append(item)
            if len(chunk) >= size:
                submit(chunk)
                chunk = []
                while len(window) >= 2 * workers:
                    res, sent = window.popleft()
                    yield from _results(res.get(), sent)
        if chunk:
            submit(chunk)
        while window:
            res, sent = window.popleft()
            yield from _results(res.get(), sent)
