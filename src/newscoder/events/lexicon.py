"""The event lexicon: which verbs and nouns trigger which PLOVER event, and how to find the target.

Sources, in order of precedence (highest first):

1. user files passed to :meth:`Lexicon.load` (same YAML schema as ``events.yaml``); a user entry for a
   verb (lemma + particle) or a noun replaces every built-in frame of that key, a ``no_event`` lemma
   removes every built-in frame of that lemma;
2. ``data/lexicon/events.yaml``, the hand-curated lexicon;
3. ``data/lexicon/cameo_verbs.csv`` (built by ``tools/build_lexicon.py`` from the PETRARCH-2 CAMEO
   dictionary), used only for verb lemmas that ``events.yaml`` never mentions (not in ``verbs``,
   ``no_event``, ``light_verbs``, ``reporting_verbs`` or ``modal_markers``).

YAML schema (``events.yaml``; every key is checked, unknown keys are errors)::

    sets:             {name: [lemma, ...]}   # word lists, referenced as "@name" inside lists below
    verbs:            [{lemma, particle?, type, mode?, context?, target?, strict?, mutual?, when?, modality?, rule}]
    nouns:            [{lemma, type, mode?, context?, target?, strict?, mutual?, when?, modality?, rule}]
    adjectives:       [{lemma, type, mode?, context?, target?, strict?, mutual?, when?, modality?, rule}]  # as written
    light_verbs:      [lemma]                # their noun object carries the event
    noun_modifiers:   [{verb, nouns, type, mode?, context?, rule}]
    reporting_verbs:  [lemma]
    modal_markers:    {threatened|intended|hypothetical: [lemma]}
    threat_modes:     {PLOVER type: mode}    # mode of a THREATEN/intended event by the type threatened
    no_event:         [lemma]                # verbs that never trigger (blocks the CAMEO fallback)
    undoing_verbs:    [lemma]                # verbs stopping their noun object's act: no event unless modified

``when`` (all given keys must hold; inside a list any word may match; ``"*"`` = any word):
verbs: ``object`` (lemma of the direct object, or of the noun object of an xcomp), ``xcomp`` (lemma of
the xcomp verb), ``prep`` (a preposition/particle child). Nouns: ``prep`` (a preposition child) and
``modifier`` (a compound/amod child's lemma). Target slots, in order of preference: ``dobj``,
``iobj``, ``dative``, ``poss`` (the possessor of the direct object: "froze Russia's assets"), or a
preposition (``with``, ``on``, ``against``, ``to``, ...: the object of that preposition, attached to the
verb or to its object); when omitted, a per-type default (``DEFAULT_TARGETS``) is used. ``strict: true``:
only a party in those slots is the target (no fallback to another party of the sentence), and with none
there is no event ("went to Moscow" is a visit, "went to court" nothing). ``mutual: true``: joint
subjects with no target named act with each other, as the reciprocal types do ("Riyadh and Tehran restored
ties", "the two armies exchanged fire": once, from the first named). In a passive
clause ``dobj`` is the passive subject and the ``by`` agent is the source.

How the coder is meant to use it (recommended precedence for a verb with a direct object)::

    1. modifier(verb, object)                   "lift sanctions" -> CONCEDE, "cut ties" -> SANCTION
    2. verb frames with a `when` that holds     "strike a deal" -> AGREE, "expel diplomats" -> SANCTION
    3. light verb + object with a noun frame    "imposed tariffs", "held talks", "launched airstrikes"
    4. the bare verb frame                      "attacked", "met"

Particles: look up ``verb_frames(lemma, prt)`` for a ``prt`` child (and for ``back``/``out`` adverbs);
a ``prt`` with no entry means "no event" ("stormed out"). spaCy often parses a particle as a
preposition ("called on Japan to", "pulled out of Lebanon"): when the verb has no direct object, also
try ``verb_frames(lemma, prep)`` for each preposition child before ``verb_frames(lemma)``. The common
cases are duplicated as ``when: {prep: ...}`` frames of the bare verb, so a coder that only looks at
``prt`` still finds them ("call" + prep on + an xcomp -> REQUEST; "called Xi on Tuesday" stays CONSULT).
Nouns used as modifiers (compound/amod: "strike missile", "tariff talks") should not trigger.
Adjectives are looked up by the word as written (``adjective_frames("concerned")``) and trigger only as
predicates with a target prepositional object ("was growing impatient with Japan").
Reporting verbs never trigger by themselves (event verbs that also introduce quotes, such as ``warn``,
``urge``, ``accuse``, are in ``verbs``, not here). A verb in ``modal_markers`` whose xcomp is an event
makes that event threatened/intended/hypothetical; an intended or threatened conflictual event becomes
THREATEN with mode ``threat_modes[type]``, an intended cooperative one AGREE (plover.md).
"""
from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from newscoder.errors import DataError
from newscoder.records import PLOVER_TYPES

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "lexicon"
EVENTS_YAML = DATA_DIR / "events.yaml"
CAMEO_CSV = DATA_DIR / "cameo_verbs.csv"

MODALITIES = ("threatened", "intended", "hypothetical")
# "that": the subject of a that-clause ("concerned that the U.S. will impose tariffs")
GRAMMATICAL_SLOTS = frozenset({"dobj", "iobj", "dative", "poss", "that"})
PREPOSITION_SLOTS = frozenset({
    "with", "on", "against", "to", "from", "into", "toward", "towards", "at", "for", "of", "between",
    "among", "over", "upon", "in", "onto", "across", "about", "near", "along", "behind", "around",
    "inside", "outside", "by", "off", "beyond", "through", "under", "within", "amid", "as"
})
SLOTS = GRAMMATICAL_SLOTS | PREPOSITION_SLOTS

#: target slots used when an entry (or a CSV row) gives none
DEFAULT_TARGETS: dict[str, tuple[str, ...]] = {
    "AGREE": ("with", "dobj", "to"),
    "CONSULT": ("dobj", "with"),
    "SUPPORT": ("dobj", "for"),
    "CONCEDE": ("to", "on", "dobj"),
    "COOPERATE": ("with", "dobj"),
    "AID": ("to", "dative", "iobj", "dobj"),
    "RETREAT": ("from", "dobj"),
    "REQUEST": ("dobj", "on", "to"),
    "ACCUSE": ("dobj", "against", "at"),
    "REJECT": ("dobj",),
    "THREATEN": ("dobj", "against", "with"),
    "PROTEST": ("against", "dobj", "outside", "at"),
    "SANCTION": ("dobj", "on", "against"),
    "MOBILIZE": ("to", "against", "near", "along", "on"),
    "COERCE": ("dobj", "on", "against"),
    "ASSAULT": ("dobj", "on", "against", "at"),
}

_TOP_KEYS = ("sets", "verbs", "nouns", "adjectives", "light_verbs", "noun_modifiers", "reporting_verbs",
             "modal_markers", "threat_modes", "no_event", "undoing_verbs")
_VERB_KEYS = ("lemma", "particle", "type", "mode", "context", "target", "strict", "mutual", "when", "modality", "rule")
_NOUN_KEYS = ("lemma", "type", "mode", "context", "target", "strict", "mutual", "when", "modality", "rule")
_MOD_KEYS = ("verb", "nouns", "type", "mode", "context", "rule")
_VERB_WHEN = ("object", "xcomp", "prep")
# for nouns, xcomp: the verb of an infinitive on the noun; object: the noun after its "of" or "for"
_NOUN_WHEN = ("prep", "modifier", "xcomp", "object")
_WORD = re.compile(r"^[a-z0-9][a-z0-9'.-]*$")  # a lower-case lemma ("anti-dumping", "u.s.", "g20")


# libyaml's parser (CSafeLoader) where PyYAML was built with it: the pure-Python SafeLoader took 1.6 s
# of every Coder's start-up (each worker process of --workers N) to read events.yaml; same documents.
_SafeBase = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _YamlLoader(_SafeBase):
    """SafeLoader with YAML 1.2 booleans: only true/false are booleans, so the particles and
    prepositions ``on``, ``off``, ``yes``, ``no`` stay words."""


_YamlLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_YamlLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
_LABEL = re.compile(r"^[a-z][a-z0-9_-]*$")  # a mode or context label
_RULE = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")


@dataclass(frozen=True, slots=True)
class Frame:
    """One reading of a trigger word: the event it codes and where its target is."""

    lemma: str
    particle: str | None
    type: str
    mode: str | None
    context: tuple[str, ...]
    target: tuple[str, ...]
    when_object: frozenset[str] | None
    when_xcomp: frozenset[str] | None
    when_prep: frozenset[str] | None
    modality: str | None
    rule: str
    source: str  # "events.yaml", a user file's name, or "cameo_verbs.csv:<cameo>"
    when_modifier: frozenset[str] | None = None  # nouns only: a compound/amod child's lemma
    strict: bool = False  # the target must be a party in a listed slot: no fallback target, else no event
    mutual: bool = False  # joint subjects with no target act with each other (as the reciprocal types)

    @property
    def conditional(self) -> bool:
        return any(c is not None for c in (self.when_object, self.when_xcomp, self.when_prep,
                                           self.when_modifier))


@dataclass(frozen=True, slots=True)
class Modifier:
    """A verb that changes the event of its noun object: "lift sanctions" -> CONCEDE."""

    verb: str
    nouns: frozenset[str]
    type: str
    mode: str | None
    rule: str
    context: tuple[str, ...] = ()


def matches(cond: frozenset[str] | None, words: Iterable[str]) -> bool:
    """True when a ``when`` condition holds for the given lemmas (None = no condition)."""
    if cond is None:
        return True
    words = [w.lower() for w in words if w]
    if "*" in cond:
        return bool(words)
    return any(w in cond for w in words)


class _Problems:
    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, where: str, what: str) -> None:
        self.items.append(f"{where}: {what}")


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"Cannot read lexicon file {path}: {exc}. Check the path.") from exc
    try:
        data = yaml.load(text, Loader=_YamlLoader)  # noqa: S506 (safe subclass)
    except yaml.YAMLError as exc:
        raise DataError(f"Lexicon file {path} is not valid YAML: {exc}") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise DataError(f"Lexicon file {path} must be a mapping with keys {', '.join(_TOP_KEYS)}; "
                        f"got {type(data).__name__}.")
    return data


class _Parser:
    """Validates one YAML document, collecting every problem, and builds frames from it."""

    def __init__(self, name: str, data: dict[str, Any], sets: dict[str, frozenset[str]]):
        self.name = name
        self.data = data
        self.sets = dict(sets)
        self.p = _Problems()

    # -- helpers -------------------------------------------------------------------------------
    def words(self, where: str, value: Any, *, allow_star: bool = False) -> frozenset[str] | None:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not value:
            self.p.add(where, f"expected a non-empty list of lower-case words, got {value!r}")
            return None
        out: set[str] = set()
        ok = True
        for w in value:
            if isinstance(w, str) and w.startswith("@"):
                if w[1:] not in self.sets:
                    self.p.add(where, f"unknown word set {w!r}; defined sets: "
                               f"{', '.join(sorted(self.sets)) or '(none)'}")
                    ok = False
                else:
                    out |= self.sets[w[1:]]
            elif w == "*" and allow_star:
                out.add("*")
            elif isinstance(w, str) and all(_WORD.match(part) for part in w.split(" ")):
                out.add(w)
            else:
                self.p.add(where, f"{w!r} is not a lower-case lemma")
                ok = False
        return frozenset(out) if ok else None

    def label(self, where: str, key: str, value: Any) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str) or not _LABEL.match(value):
            self.p.add(where, f"{key} {value!r} must be a lower-case label such as 'economic'")
        return value if isinstance(value, str) else None

    def ptype(self, where: str, value: Any) -> bool:
        if value not in PLOVER_TYPES:
            self.p.add(where, f"unknown PLOVER type {value!r}; valid types: {', '.join(PLOVER_TYPES)}")
            return False
        return True

    # -- sections ------------------------------------------------------------------------------
    def check_top(self) -> None:
        for key in self.data:
            if key not in _TOP_KEYS:
                self.p.add(self.name, f"unknown top-level key {key!r}; valid keys: {', '.join(_TOP_KEYS)}")

    def parse_sets(self) -> None:
        raw = self.data.get("sets") or {}
        if not isinstance(raw, dict):
            self.p.add(f"{self.name}: sets", "must be a mapping of name -> list of words")
            return
        for name, value in raw.items():
            where = f"{self.name}: sets.{name}"
            if not isinstance(name, str) or not _LABEL.match(name):
                self.p.add(where, "a set name must be a lower-case label")
                continue
            ws = self.words(where, value)
            if ws is not None:
                self.sets[name] = ws

    def parse_frames(self, section: str) -> list[Frame]:
        is_verb = section == "verbs"
        keys = _VERB_KEYS if is_verb else _NOUN_KEYS
        when_keys = _VERB_WHEN if is_verb else _NOUN_WHEN
        raw = self.data.get(section) or []
        if not isinstance(raw, list):
            self.p.add(f"{self.name}: {section}", "must be a list of entries")
            return []
        frames: list[Frame] = []
        seen: dict[tuple, str] = {}
        for i, e in enumerate(raw):
            label = e.get("lemma") if isinstance(e, dict) else None
            where = f"{self.name}: {section}[{i}]" + (f" (lemma {label!r})" if label else "")
            if not isinstance(e, dict):
                self.p.add(where, f"must be a mapping, got {e!r}")
                continue
            n_before = len(self.p.items)
            for k in e:
                if k not in keys:
                    self.p.add(where, f"unknown key {k!r}; valid keys: {', '.join(keys)}")
            for k in ("lemma", "type", "rule"):
                if k not in e:
                    self.p.add(where, f"missing required key {k!r}")
            lemma = e.get("lemma")
            if lemma is not None and (not isinstance(lemma, str) or not _WORD.match(lemma)):
                self.p.add(where, f"lemma {lemma!r} must be one lower-case word")
            particle = e.get("particle")
            if particle is not None and (not isinstance(particle, str) or not _WORD.match(particle)):
                self.p.add(where, f"particle {particle!r} must be one lower-case word or null")
            if "type" in e:
                self.ptype(where, e["type"])
            mode = self.label(where, "mode", e.get("mode"))
            context = e.get("context") or []
            if not isinstance(context, list):
                self.p.add(where, f"context must be a list, got {context!r}")
                context = []
            for c in context:
                self.label(where, "context", c)
            target = e.get("target")
            if target is not None:
                if not isinstance(target, list) or not target:
                    self.p.add(where, f"target must be a non-empty list of slots, got {target!r}")
                    target = None
                else:
                    bad = [s for s in target if s not in SLOTS]
                    if bad:
                        self.p.add(where, f"bad target slot(s) {bad!r}; valid slots: "
                                   f"{', '.join(sorted(GRAMMATICAL_SLOTS))} or a preposition "
                                   f"({', '.join(sorted(PREPOSITION_SLOTS))})")
            when = e.get("when")
            conds: dict[str, frozenset[str] | None] = {}
            if when is not None:
                if not isinstance(when, dict) or not when:
                    self.p.add(where, f"when must be a mapping with keys {', '.join(when_keys)}")
                else:
                    for k, v in when.items():
                        if k not in when_keys:
                            self.p.add(where, f"unknown when-condition {k!r}; valid for {section}: "
                                       f"{', '.join(when_keys)}")
                            continue
                        conds[k] = self.words(f"{where} when.{k}", v, allow_star=True)
            strict = e.get("strict", False)
            if not isinstance(strict, bool):
                self.p.add(where, f"strict must be true or false, got {strict!r}")
            mutual = e.get("mutual", False)
            if not isinstance(mutual, bool):
                self.p.add(where, f"mutual must be true or false, got {mutual!r}")
            modality = e.get("modality")
            if modality is not None and modality not in MODALITIES:
                self.p.add(where, f"modality {modality!r} must be one of {', '.join(MODALITIES)} or null")
            rule = e.get("rule")
            if rule is not None and (not isinstance(rule, str) or not _RULE.match(rule)):
                self.p.add(where, f"rule {rule!r} must be a short id of [a-z0-9_.-]")
            if len(self.p.items) > n_before:
                continue
            key = (lemma, particle, tuple(sorted((k, tuple(sorted(v or ()))) for k, v in conds.items())))
            if key in seen:
                self.p.add(where, f"duplicates {seen[key]} (same lemma, particle and conditions): "
                           "the second entry could never apply")
                continue
            seen[key] = where
            ptype = e["type"]
            frames.append(Frame(
                lemma=lemma, particle=particle, type=ptype, mode=mode,
                context=tuple(context),
                target=tuple(target) if target else DEFAULT_TARGETS[ptype],
                when_object=conds.get("object"), when_xcomp=conds.get("xcomp"),
                when_prep=conds.get("prep"), modality=modality, rule=rule,
                source=self.name, when_modifier=conds.get("modifier"), strict=strict is True,
                mutual=mutual is True,
            ))
        return frames

    def parse_word_list(self, key: str) -> frozenset[str]:
        raw = self.data.get(key)
        if raw is None:
            return frozenset()
        return self.words(f"{self.name}: {key}", raw) or frozenset()

    def parse_modifiers(self) -> list[Modifier]:
        raw = self.data.get("noun_modifiers") or []
        if not isinstance(raw, list):
            self.p.add(f"{self.name}: noun_modifiers", "must be a list of entries")
            return []
        out: list[Modifier] = []
        seen: dict[tuple[str, str], tuple[str, str | None, str]] = {}
        for i, e in enumerate(raw):
            label = e.get("verb") if isinstance(e, dict) else None
            where = f"{self.name}: noun_modifiers[{i}]" + (f" (verb {label!r})" if label else "")
            if not isinstance(e, dict):
                self.p.add(where, f"must be a mapping, got {e!r}")
                continue
            n_before = len(self.p.items)
            for k in e:
                if k not in _MOD_KEYS:
                    self.p.add(where, f"unknown key {k!r}; valid keys: {', '.join(_MOD_KEYS)}")
            for k in ("verb", "nouns", "type", "rule"):
                if k not in e:
                    self.p.add(where, f"missing required key {k!r}")
            verb = e.get("verb")
            if verb is not None and (not isinstance(verb, str) or not _WORD.match(verb)):
                self.p.add(where, f"verb {verb!r} must be one lower-case word")
            nouns = self.words(f"{where} nouns", e["nouns"]) if "nouns" in e else None
            if "type" in e:
                self.ptype(where, e["type"])
            mode = self.label(where, "mode", e.get("mode"))
            context = e.get("context") or []
            if not isinstance(context, list):
                self.p.add(where, f"context must be a list, got {context!r}")
                context = []
            for c in context:
                self.label(where, "context", c)
            rule = e.get("rule")
            if rule is not None and (not isinstance(rule, str) or not _RULE.match(rule)):
                self.p.add(where, f"rule {rule!r} must be a short id of [a-z0-9_.-]")
            if len(self.p.items) > n_before or nouns is None:
                continue
            clash = sorted(n for n in nouns if (verb, n) in seen and seen[(verb, n)][:2] != (e["type"], mode))
            if clash:
                self.p.add(where, f"noun(s) {clash!r} already map to a different event for {verb!r} "
                           f"(rule {seen[(verb, clash[0])][2]!r}); remove them from one entry")
                continue
            for n in nouns:
                seen.setdefault((verb, n), (e["type"], mode, rule))
            out.append(Modifier(verb=verb, nouns=nouns, type=e["type"], mode=mode, rule=rule,
                                context=tuple(context)))
        return out

    def parse_modal_markers(self) -> dict[str, frozenset[str]]:
        raw = self.data.get("modal_markers")
        if raw is None:
            return {}
        if not isinstance(raw, dict):
            self.p.add(f"{self.name}: modal_markers", f"must be a mapping of {', '.join(MODALITIES)} -> words")
            return {}
        out: dict[str, frozenset[str]] = {}
        for k, v in raw.items():
            if k not in MODALITIES:
                self.p.add(f"{self.name}: modal_markers.{k}",
                           f"unknown modality; valid: {', '.join(MODALITIES)}")
                continue
            ws = self.words(f"{self.name}: modal_markers.{k}", v)
            if ws is not None:
                out[k] = ws
        return out

    def parse_threat_modes(self) -> dict[str, str | None]:
        raw = self.data.get("threat_modes")
        if raw is None:
            return {}
        if not isinstance(raw, dict):
            self.p.add(f"{self.name}: threat_modes", "must be a mapping of PLOVER type -> mode")
            return {}
        out: dict[str, str | None] = {}
        for k, v in raw.items():
            where = f"{self.name}: threat_modes.{k}"
            if self.ptype(where, k):
                out[k] = self.label(where, "mode", v)
        return out


def _csv_frames(path: Path) -> list[Frame]:
    problems: list[str] = []
    frames: list[Frame] = []
    try:
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    except OSError as exc:
        raise DataError(f"Cannot read {path}: {exc}. Run tools/build_lexicon.py to build it.") from exc
    reader = csv.DictReader(lines)
    expected = ["lemma", "particle", "type", "mode", "context", "cameo", "block", "source"]
    if reader.fieldnames != expected:
        raise DataError(f"{path}: columns must be {', '.join(expected)}; got {reader.fieldnames}. "
                        "Rebuild it with tools/build_lexicon.py.")
    for n, row in enumerate(reader, start=2):
        if row["type"] not in PLOVER_TYPES:
            problems.append(f"{path.name} row {n} (lemma {row['lemma']!r}): unknown PLOVER type {row['type']!r}")
            continue
        particle = row["particle"] or None
        rule = f"cameo.{row['cameo']}.{row['lemma']}" + (f"-{particle}" if particle else "")
        frames.append(Frame(
            lemma=row["lemma"], particle=particle, type=row["type"], mode=row["mode"] or None,
            context=tuple(c for c in row["context"].split(";") if c),
            target=DEFAULT_TARGETS[row["type"]], when_object=None, when_xcomp=None, when_prep=None,
            modality=None, rule=rule, source=f"cameo_verbs.csv:{row['cameo']}",
        ))
    if problems:
        raise DataError(f"{path} has {len(problems)} bad row(s).", problems)
    return frames


def _order(frames: Iterable[Frame]) -> tuple[Frame, ...]:
    """Conditional frames first (file order), then the bare default."""
    frames = list(frames)
    return tuple([f for f in frames if f.conditional] + [f for f in frames if not f.conditional])


class Lexicon:
    """Verb and noun frames, light/reporting verbs, modifiers and modal markers."""

    def __init__(self, verbs: Mapping[tuple[str, str | None], Sequence[Frame]],
                 nouns: Mapping[str, Sequence[Frame]], modifiers: Mapping[tuple[str, str], Modifier],
                 light_verbs: frozenset[str], reporting_verbs: frozenset[str],
                 modal_markers: Mapping[str, frozenset[str]], threat_modes: Mapping[str, str | None],
                 no_event: frozenset[str], sets: Mapping[str, frozenset[str]] | None = None,
                 undoing_verbs: frozenset[str] = frozenset(),
                 adjectives: Mapping[str, Sequence[Frame]] | None = None):
        self.verbs: dict[tuple[str, str | None], tuple[Frame, ...]] = {k: _order(v) for k, v in verbs.items() if v}
        self.nouns: dict[str, tuple[Frame, ...]] = {k: _order(v) for k, v in nouns.items() if v}
        self.adjectives: dict[str, tuple[Frame, ...]] = {k: _order(v) for k, v in (adjectives or {}).items() if v}
        self.modifiers: dict[tuple[str, str], Modifier] = dict(modifiers)
        self.light_verbs = frozenset(light_verbs)
        self.reporting_verbs = frozenset(reporting_verbs)
        self.modal_markers: dict[str, frozenset[str]] = {k: frozenset(modal_markers.get(k, ())) for k in MODALITIES}
        self.threat_modes: dict[str, str | None] = dict(threat_modes)
        self.no_event = frozenset(no_event)
        self.undoing_verbs = frozenset(undoing_verbs)
        self.sets: dict[str, frozenset[str]] = dict(sets or {})
        self._particles: dict[str, frozenset[str]] = {}
        for lemma, particle in self.verbs:
            if particle is not None:
                self._particles[lemma] = self._particles.get(lemma, frozenset()) | {particle}

    # -- loading -------------------------------------------------------------------------------
    @classmethod
    def load(cls, extra: Sequence[Path | str] = (), *, use_cameo: bool = True,
             base: Path | None = EVENTS_YAML, cameo: Path = CAMEO_CSV) -> Lexicon:
        """Load ``events.yaml``, the CAMEO fallback and any user files (which take precedence).

        Raises :class:`DataError` listing every malformed entry of every file.
        """
        problems: list[str] = []
        docs: list[tuple[str, dict[str, Any]]] = []
        if base is not None:
            docs.append(("events.yaml" if base == EVENTS_YAML else str(base), _read_yaml(Path(base))))
        for p in extra:
            docs.append((str(p), _read_yaml(Path(p))))

        verbs: dict[tuple[str, str | None], list[Frame]] = {}
        nouns: dict[str, list[Frame]] = {}
        adjectives: dict[str, list[Frame]] = {}
        modifiers: dict[tuple[str, str], Modifier] = {}
        light: set[str] = set()
        reporting: set[str] = set()
        modal: dict[str, set[str]] = {k: set() for k in MODALITIES}
        threat_modes: dict[str, str | None] = {}
        no_event: set[str] = set()
        undoing: set[str] = set()
        sets: dict[str, frozenset[str]] = {}
        mentioned: set[str] = set()  # lemmas the curated/user files speak about (block the CSV)

        for i, (name, data) in enumerate(docs):
            parser = _Parser(name, data, sets)
            parser.check_top()
            parser.parse_sets()
            sets = parser.sets
            vframes = parser.parse_frames("verbs")
            nframes = parser.parse_frames("nouns")
            aframes = parser.parse_frames("adjectives")
            mods = parser.parse_modifiers()
            lv = parser.parse_word_list("light_verbs")
            rv = parser.parse_word_list("reporting_verbs")
            ne = parser.parse_word_list("no_event")
            uv = parser.parse_word_list("undoing_verbs")
            mm = parser.parse_modal_markers()
            tm = parser.parse_threat_modes()
            problems.extend(parser.p.items)
            is_user = i > 0 or base is None
            framed = {f.lemma for f in vframes}
            for lemma in sorted(ne & framed):
                problems.append(f"{name}: no_event: {lemma!r} also has entries under verbs; remove one")
            for lemma in sorted(uv & lv):
                problems.append(f"{name}: undoing_verbs: {lemma!r} is also a light verb (which keeps its noun's "
                                "event); remove one")
            for lemma in sorted(ne & (lv | rv)):
                problems.append(f"{name}: no_event: {lemma!r} is also a light or reporting verb; remove one")
            if is_user:  # a user file replaces the built-in frames of every key it defines
                for lemma in ne:
                    for key in [k for k in verbs if k[0] == lemma]:
                        del verbs[key]
                for key in {(f.lemma, f.particle) for f in vframes}:
                    verbs.pop(key, None)
                for lemma in {f.lemma for f in nframes}:
                    nouns.pop(lemma, None)
                for lemma in {f.lemma for f in aframes}:
                    adjectives.pop(lemma, None)
            for f in vframes:
                verbs.setdefault((f.lemma, f.particle), []).append(f)
            for f in nframes:
                nouns.setdefault(f.lemma, []).append(f)
            for f in aframes:
                adjectives.setdefault(f.lemma, []).append(f)
            for m in mods:
                for noun in sorted(m.nouns):
                    modifiers[(m.verb, noun)] = m
            light |= lv
            reporting |= rv
            no_event |= ne
            undoing |= uv
            for k, v in mm.items():
                modal[k] |= v
            threat_modes.update(tm)
            mentioned |= {f.lemma for f in vframes} | lv | rv | ne
            for v in mm.values():
                mentioned |= v
        if problems:
            raise DataError(f"The event lexicon has {len(problems)} bad entr{'y' if len(problems) == 1 else 'ies'}. "
                            "Fix them (see the schema in newscoder/events/lexicon.py).", problems)
        if use_cameo:
            for f in _csv_frames(Path(cameo)):
                if f.lemma not in mentioned:
                    verbs.setdefault((f.lemma, f.particle), []).append(f)
        return cls(verbs, nouns, modifiers, frozenset(light), frozenset(reporting),
                   {k: frozenset(v) for k, v in modal.items()}, threat_modes, frozenset(no_event), sets,
                   frozenset(undoing), adjectives)

    # -- lookups -------------------------------------------------------------------------------
    def verb_frames(self, lemma: str, particle: str | None = None) -> list[Frame]:
        """Frames of a verb (+ particle), most specific first. Exact key only: no fallback from
        ``("call", "on")`` to ``("call", None)``; the coder decides (see the module docs)."""
        return list(self.verbs.get((lemma.lower(), particle.lower() if particle else None), ()))

    def particles(self, lemma: str) -> frozenset[str]:
        """The particles/prepositions this verb has entries for ({"on", "for", "off", "up"} for call)."""
        return self._particles.get(lemma.lower(), frozenset())

    def noun_frames(self, lemma: str) -> list[Frame]:
        return list(self.nouns.get(lemma.lower(), ()))

    def adjective_frames(self, word: str) -> list[Frame]:
        """Frames of a predicate adjective of attitude, by the word as written ("concerned", not the
        verb lemma "concern" spaCy gives a participle)."""
        return list(self.adjectives.get(word.lower(), ()))

    def modifier(self, verb: str, noun: str) -> Modifier | None:
        return self.modifiers.get((verb.lower(), noun.lower()))

    def modality_of(self, lemma: str) -> str | None:
        """``threatened`` / ``intended`` / ``hypothetical`` when the word is a modal marker."""
        lemma = lemma.lower()
        for k in MODALITIES:
            if lemma in self.modal_markers[k]:
                return k
        return None

    def frames(self) -> Iterable[Frame]:
        """Every frame, verbs, nouns then adjectives."""
        for fs in self.verbs.values():
            yield from fs
        for fs in self.nouns.values():
            yield from fs
        for fs in self.adjectives.values():
            yield from fs
