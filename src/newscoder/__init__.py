"""newscoder: turn dated news articles into PLOVER event data, every field traceable to its characters."""
from __future__ import annotations

import logging

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())


def __getattr__(name):
    # Lazy: importing newscoder must not load spaCy.
    if name in ("code", "code_many", "Coder", "Options"):
        from . import pipeline
        return getattr(pipeline, name)
    raise AttributeError(f"module 'newscoder' has no attribute {name!r}")


__all__ = ["code", "code_many", "Coder", "Options", "__version__"]
