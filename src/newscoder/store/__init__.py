"""Storage stage: coded articles into a DuckDB file, events back out.

    from newscoder.store import open_store
    with open_store("newscoder.duckdb") as store:
        store.write(coded_articles, run_id=run)
        store.events(actor="CAN", type="CONSULT", since=date(2025, 3, 1))

Tables (keyed by article id; see ``schema.py`` for columns and the migration registry):
articles, actors, mentions, events, event_quantities, quotes, dates, amounts, rejects, runs, migrations.
"""
from __future__ import annotations

from .core import DEFAULT_PATH, EVENT_COLUMNS, Store, open_store
from .rows import content_hash
from .schema import MIGRATIONS, Migration

__all__ = ["DEFAULT_PATH", "EVENT_COLUMNS", "MIGRATIONS", "Migration", "Store", "content_hash", "open_store"]
