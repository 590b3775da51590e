"""newscoder: turn dated news articles into PLOVER event data, every field traceable to its characters."""
from __future__ import annotations

import logging

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
