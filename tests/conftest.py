"""Shared fixtures: the real inputs in ../shared (skipped with a reason when absent) and one coder."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
EXAMPLE = SHARED / "examples" / "000_071138934c7246b1.txt"
REUTERS = SHARED / "data" / "reuters21578.jsonl.gz"
DEMO = REPO / "examples" / "us-canada-tariffs.txt"


def need(path: Path) -> Path:
    """Skip the test, saying why, when a file from ../shared is not there."""
    if not path.exists():
        pytest.skip(f"{path} is absent: these tests read real articles from ../shared beside the repo")
    return path


@pytest.fixture(scope="session")
def coder():
    from newscoder.pipeline import Coder
    return Coder()


@pytest.fixture(scope="session")
def example_record(coder):
    from newscoder.ingest import read_inputs
    art = next(a for a in read_inputs([str(need(EXAMPLE))]))
    return coder.code(art)
