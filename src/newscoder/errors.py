"""newscoder's one exception hierarchy.

    NewsCoderError                 base of everything newscoder raises on purpose
    ├── ConfigError                a bad option, setting or model name
    ├── DataError                  a shipped or user data file (actors, lexicon) is malformed
    │   └── WikidataError          ... or actor data could not be fetched from Wikidata
    ├── IngestError                an input record cannot be read (bad file, encoding, JSON, date)
    ├── CodingError                the coder failed on one article (wraps the cause)
    ├── StorageError               the database cannot be opened, read or written
    │   └── StorageBusy            ... because another process holds it for longer than the wait
    └── EvalError                  a gold file is malformed

The library raises; only the edges (CLI, HTTP) translate errors into messages and exit codes.
Every message says what went wrong, with which input, and what to do about it.
"""
from __future__ import annotations


class NewsCoderError(Exception):
    """Base class of all errors newscoder raises on purpose."""


class ConfigError(NewsCoderError):
    """A bad option, setting or model name."""


class DataError(NewsCoderError):
    """A data file (actor dictionary, lexicon, table) is malformed.

    ``problems`` lists every bad item, not only the first.
    """

    def __init__(self, message: str, problems: list[str] | None = None):
        self.problems = list(problems or [])
        if self.problems:
            message = message + "\n" + "\n".join(f"  - {p}" for p in self.problems[:50])
        super().__init__(message)


class WikidataError(DataError):
    """Actor data could not be fetched from Wikidata (no network, an HTTP error, a timeout), its answer is
    not a SPARQL JSON result, or the refreshed file cannot be written (``newscoder actors refresh-wikidata``)."""


class IngestError(NewsCoderError):
    """An input record cannot be read. ``origin`` names the file, line or id."""

    def __init__(self, message: str, origin: str | None = None):
        self.origin = origin
        super().__init__(f"{origin}: {message}" if origin else message)


class CodingError(NewsCoderError):
    """Coding one article failed; ``origin`` names it and ``__cause__`` holds the real exception."""

    def __init__(self, message: str, origin: str | None = None):
        self.origin = origin
        super().__init__(f"{origin}: {message}" if origin else message)


class StorageError(NewsCoderError):
    """The database cannot be opened, read or written."""


class StorageBusy(StorageError):
    """The database file is locked by another process (a writer, or readers when writing) and stayed
    locked for the whole wait; trying again later may succeed. ``retry_after`` suggests seconds."""

    retry_after = 1


class EvalError(NewsCoderError):
    """A gold file is malformed."""
