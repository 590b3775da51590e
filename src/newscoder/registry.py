"""The one registry of pipeline stages.

Each stage is registered under a versioned name with what it needs and what it produces; the pipeline
checks the order when it is built, so a bad configuration fails at start-up, not in the middle of a run.
When a stage's behaviour changes, register ``.v2`` beside ``.v1`` so stored runs stay reproducible.
Factories are imported lazily: importing this module has no side effects.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass

from .errors import ConfigError


@dataclass(frozen=True, slots=True)
class StageSpec:
    name: str
    factory: str  # "module:function", imported when the stage is built
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    help: str


STAGES: dict[str, StageSpec] = {s.name: s for s in (
    StageSpec("actors.dictionary.v1", "newscoder.stages:make_actors", ("parsed",), ("actors",),
              "dictionary, titles, time-aware roles, metonymy and simple coreference"),
    StageSpec("dates.v1", "newscoder.stages:make_dates", ("parsed",), ("dates",),
              "time expressions resolved against the article date"),
    StageSpec("amounts.v1", "newscoder.stages:make_amounts", ("parsed",), ("amounts",),
              "money, percentages and counts with the noun they measure"),
    StageSpec("events.rules.v1", "newscoder.stages:make_events", ("parsed", "actors", "dates", "amounts"),
              ("events",), "PLOVER events from the dependency parse and the lexicon"),
    StageSpec("quotes.v1", "newscoder.stages:make_quotes", ("parsed", "actors"), ("quotes",),
              "direct quotations and their speakers"),
    StageSpec("tone.v1", "newscoder.stages:make_tone", ("parsed",), ("tone",),
              "GDELT-style document tone"),
)}

# Quotes come before events: a first person inside a quotation ("I just spoke with President Sheinbaum")
# is its speaker's side.
DEFAULT_STAGES = ("actors.dictionary.v1", "dates.v1", "amounts.v1", "quotes.v1", "events.rules.v1", "tone.v1")


def build(names, context) -> list:
    """Build the stages in order, checking that each one's requirements are met by those before it.

    Raises:
        ConfigError: an unknown stage name, or a stage placed before what it needs.
    """
    have = {"article", "parsed"}
    specs: list[StageSpec] = []
    problems = []
    for name in names:
        spec = STAGES.get(name)
        if spec is None:
            problems.append(f"unknown stage {name!r}; available: {', '.join(sorted(STAGES))}")
            continue
        missing = [r for r in spec.requires if r not in have]
        if missing:
            problems.append(f"stage {name!r} needs {', '.join(missing)}, which no earlier stage assigns")
        have.update(spec.assigns)
        specs.append(spec)
    if problems:
        raise ConfigError("bad pipeline: " + "; ".join(problems))
    stages = []
    for spec in specs:
        module, func = spec.factory.split(":")
        stages.append((spec, getattr(importlib.import_module(module), func)(context)))
    return stages
