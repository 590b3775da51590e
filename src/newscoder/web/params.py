"""Query parameters of every page and API route, validated by pydantic (bad input answers 422).

Unknown parameters are refused (``extra="forbid"``), so a typo such as ``?actr=CAN`` is an error rather
than a silently ignored filter. Empty form fields (``since=``) count as absent.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ..records import PLOVER_TYPES

MAX_PAGE = 500  # rows in one page of any listing
MAX_TEXT = 200  # characters of a text search
MAX_ACTOR = 100  # characters of an actor query

_PERIOD = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


class _Params(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    @model_validator(mode="before")
    @classmethod
    def _blank_is_absent(cls, data: Any) -> Any:
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if not (isinstance(v, str) and not v.strip())}
        return data


def _pair(value: str | None, what: str) -> str | None:
    if value is None:
        return None
    parts = [p.strip() for p in value.split(",")]
    if len(parts) != 2 or not all(parts):
        raise ValueError(f"{what} is two actors separated by a comma, e.g. USA,CAN")
    return ",".join(parts)


class PageParams(_Params):
    limit: int = Field(100, ge=1, le=MAX_PAGE, description=f"rows per page (at most {MAX_PAGE})")
    offset: int = Field(0, ge=0, le=10_000_000, description="rows to skip")


class EventParams(PageParams):
    actor: str | None = Field(None, max_length=MAX_ACTOR,
                              description="either side: country code (CAN), CAMEO code prefix (USAGOV) or name")
    dyad: str | None = Field(None, max_length=2 * MAX_ACTOR + 1, description="two actors, either direction: USA,CAN")
    type: str | None = Field(None, max_length=20, description="PLOVER type: " + ", ".join(PLOVER_TYPES))
    since: dt.date | None = Field(None, description="earliest event date (YYYY-MM-DD)")
    until: dt.date | None = Field(None, description="latest event date (YYYY-MM-DD)")
    text: str | None = Field(None, max_length=MAX_TEXT, description="words in the evidence sentence")
    negated: bool | None = Field(None, description="only negated (true) or only asserted (false) events")

    @field_validator("type")
    @classmethod
    def _type(cls, v: str | None) -> str | None:
        if v is None:
            return None
        if v.upper() not in PLOVER_TYPES:
            raise ValueError(f"unknown PLOVER type; valid: {', '.join(PLOVER_TYPES)}")
        return v.upper()

    @field_validator("dyad")
    @classmethod
    def _dyad(cls, v: str | None) -> str | None:
        return _pair(v, "dyad")

    def filters(self) -> dict[str, Any]:
        """The keyword arguments of ``analysis.events`` (without the page)."""
        return {"actor": self.actor, "dyad": tuple(self.dyad.split(",")) if self.dyad else None,
                "type": self.type, "since": self.since, "until": self.until, "text": self.text,
                "negated": self.negated}


class DyadParams(_Params):
    a: str | None = Field(None, max_length=MAX_ACTOR, description="first actor (default: the most active pair)")
    b: str | None = Field(None, max_length=MAX_ACTOR, description="second actor")
    interval: Literal["day", "week", "month"] = Field("week", description="period of the timeline")
    since: dt.date | None = None
    until: dt.date | None = None
    period: str | None = Field(None, max_length=10,
                               description="list the events of this period (its label: YYYY-MM-DD or YYYY-MM)")
    limit: int = Field(100, ge=1, le=MAX_PAGE, description="events listed for the period")

    @field_validator("period")
    @classmethod
    def _period(cls, v: str | None) -> str | None:
        if v is not None and not _PERIOD.match(v):
            raise ValueError("a period label is YYYY-MM-DD (day, week) or YYYY-MM (month)")
        return v

    @model_validator(mode="after")
    def _both(self) -> "DyadParams":
        if (self.a is None) != (self.b is None):
            raise ValueError("give both actors a and b, or neither")
        return self


class ActorsParams(_Params):
    q: str | None = Field(None, max_length=MAX_ACTOR, description="code, country or part of a name")
    limit: int = Field(50, ge=1, le=MAX_PAGE)


class ActorParams(_Params):
    limit: int = Field(50, ge=1, le=MAX_PAGE, description="events and quotes listed")


class NetworkParams(_Params):
    since: dt.date | None = None
    until: dt.date | None = None
    min_events: int = Field(1, ge=1, le=100_000, description="drop edges with fewer events")
    level: Literal["country", "code"] = Field("country", description="nodes: countries, or CAMEO-style codes")
    max_nodes: int = Field(40, ge=2, le=200)
    edge: str | None = Field(None, max_length=2 * MAX_ACTOR + 1, description="list the events of this edge: USA,CAN")
    limit: int = Field(100, ge=1, le=MAX_PAGE, description="events listed for the edge")

    @field_validator("edge")
    @classmethod
    def _edge(cls, v: str | None) -> str | None:
        return _pair(v, "edge")


class QuoteParams(PageParams):
    speaker: str | None = Field(None, max_length=MAX_ACTOR, description="speaker: code, country or name")
    text: str | None = Field(None, max_length=MAX_TEXT, description="words in the quotation")


class ArticlesParams(PageParams):
    q: str | None = Field(None, max_length=MAX_TEXT, description="words in the title")
    limit: int = Field(50, ge=1, le=MAX_PAGE)


class NoParams(_Params):
    """Pages that take no query parameters."""
