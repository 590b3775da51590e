"""Schema and content tests of the event lexicon (events.yaml, cameo_verbs.csv, the loader)."""
from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

import pytest

try:
    import newscoder  # noqa: F401
except ModuleNotFoundError:  # running from a checkout without `pip install -e .`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from newscoder.errors import DataError
from newscoder.events.lexicon import CAMEO_CSV, EVENTS_YAML, Frame, Lexicon, matches
from newscoder.records import PLOVER_TYPES

CAMEO_ROWS = 946  # data rows written by tools/build_lexicon.py from the shared data snapshot


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return Lexicon.load()


@pytest.fixture(scope="module")
def curated() -> Lexicon:
    return Lexicon.load(use_cameo=False)


def test_loads_clean(lex: Lexicon) -> None:
    assert lex.verbs and lex.nouns and lex.modifiers
    assert {"impose", "hold", "launch", "lift"} <= lex.light_verbs
    assert {"say", "tell", "write"} <= lex.reporting_verbs
    assert {"threatened", "intended", "hypothetical"} == set(lex.modal_markers)
    assert "threaten" in lex.modal_markers["threatened"]
    assert lex.threat_modes["SANCTION"] == "sanction" and lex.threat_modes["ASSAULT"] == "force"


@pytest.mark.parametrize("ptype", PLOVER_TYPES)
def test_every_type_is_well_covered(curated: Lexicon, ptype: str) -> None:
    n = sum(1 for f in curated.frames() if f.type == ptype)
    assert n >= 8, f"{ptype} has only {n} curated verb/noun frames"


def test_reporting_verbs_have_no_bare_event(curated: Lexicon) -> None:
    # "recall" reports speech but "recalled its ambassador" is SANCTION: only conditional frames allowed
    for lemma in curated.reporting_verbs:
        assert all(f.conditional for f in curated.verb_frames(lemma)), lemma


def test_rules_are_unique_per_section() -> None:
    import yaml

    data = yaml.safe_load(EVENTS_YAML.read_text(encoding="utf-8").replace(": on", ": 'on'"))
    for section in ("verbs", "nouns"):
        rules = Counter(e["rule"] for e in data[section])
        assert [r for r, n in rules.items() if n > 1] == [], section


@pytest.mark.parametrize(("lemma", "particle", "ptype", "mode"), [
    ("meet", None, "CONSULT", None),
    ("visit", None, "CONSULT", "visit"),
    ("host", None, "CONSULT", "host"),
    ("call", "on", "REQUEST", None),
    ("call", "for", "REQUEST", None),
    ("call", None, "CONSULT", "phone"),
    ("accuse", None, "ACCUSE", "allege"),
    ("threaten", None, "THREATEN", None),
    ("warn", None, "THREATEN", None),
    ("pull", "out", "RETREAT", "withdraw"),
    ("crack", "down", "COERCE", "restrict"),
    ("sanction", None, "SANCTION", "economic"),
    ("embargo", None, "SANCTION", "economic"),
    ("invade", None, "ASSAULT", None),
    ("extradite", None, "COOPERATE", None),
    ("apologize", None, "CONCEDE", None),
])
def test_default_frames(lex: Lexicon, lemma: str, particle: str | None, ptype: str, mode: str | None) -> None:
    frames = lex.verb_frames(lemma, particle)
    assert frames, (lemma, particle)
    default = frames[-1]
    assert (default.type, default.mode) == (ptype, mode)
    assert default.source == "events.yaml"


def test_conditional_frames_come_first(lex: Lexicon) -> None:
    frames = lex.verb_frames("strike")
    assert [f.conditional for f in frames] == sorted((f.conditional for f in frames), reverse=True)
    deal = next(f for f in frames if f.when_object and "deal" in f.when_object)
    assert deal.type == "AGREE"
    assert frames[-1].type == "ASSAULT" and not frames[-1].conditional


@pytest.mark.parametrize(("lemma", "obj", "ptype", "mode"), [
    ("expel", "diplomat", "SANCTION", "diplomatic"),
    ("expel", "journalist", "COERCE", "deport"),
    ("recall", "ambassador", "SANCTION", "diplomatic"),
    ("ban", "import", "SANCTION", "economic"),
    ("attack", "policy", "ACCUSE", "disapprove"),
    ("fire", "missile", "ASSAULT", None),
    ("sever", "tie", "SANCTION", "diplomatic"),
    ("meet", "demand", "CONCEDE", None),
])
def test_object_conditions_separate_senses(lex: Lexicon, lemma: str, obj: str, ptype: str, mode: str | None) -> None:
    hit = next(f for f in lex.verb_frames(lemma) if matches(f.when_object, [obj]))
    assert (hit.type, hit.mode) == (ptype, mode)


def test_fire_and_release_have_no_bare_sense(lex: Lexicon) -> None:
    for lemma in ("fire", "release", "dismiss", "hit"):
        assert all(f.conditional for f in lex.verb_frames(lemma)), lemma


@pytest.mark.parametrize(("verb", "noun", "ptype", "mode"), [
    ("lift", "sanction", "CONCEDE", None),
    ("ease", "restriction", "CONCEDE", None),
    ("suspend", "tariff", "CONCEDE", None),
    ("pause", "tariff", "CONCEDE", None),
    ("cut", "tariff", "CONCEDE", None),
    ("cut", "aid", "SANCTION", "economic"),
    ("cut", "tie", "SANCTION", "diplomatic"),
    ("threaten", "tariff", "THREATEN", "sanction"),
    ("threaten", "invasion", "THREATEN", "force"),
    ("send", "troop", "MOBILIZE", "troops"),
    ("send", "weapon", "AID", None),
    ("express", "concern", "ACCUSE", "disapprove"),
])
def test_noun_modifiers(lex: Lexicon, verb: str, noun: str, ptype: str, mode: str | None) -> None:
    m = lex.modifier(verb, noun)
    assert m is not None and (m.type, m.mode) == (ptype, mode)
    assert lex.modifier("impose", "tariff") is None


@pytest.mark.parametrize(("noun", "ptype", "mode"), [
    ("tariff", "SANCTION", "economic"), ("levy", "SANCTION", "economic"), ("talk", "CONSULT", None),
    ("threat", "THREATEN", None), ("ceasefire", "RETREAT", "ceasefire"), ("airstrike", "ASSAULT", "heavy-weapons"),
    ("aid", "AID", None), ("crackdown", "COERCE", "restrict"), ("deal", "AGREE", None),
])
def test_noun_frames(lex: Lexicon, noun: str, ptype: str, mode: str | None) -> None:
    default = lex.noun_frames(noun)[-1]
    assert (default.type, default.mode) == (ptype, mode)


def test_noun_strike_senses(lex: Lexicon) -> None:
    frames = lex.noun_frames("strike")
    air = next(f for f in frames if matches(f.when_modifier, ["air"]))
    hunger = next(f for f in frames if matches(f.when_modifier, ["hunger"]))
    assert air.type == "ASSAULT" and hunger.type == "PROTEST"
    assert frames[-1].type == "PROTEST" and not frames[-1].conditional


def test_particles_and_on_off_are_words(lex: Lexicon) -> None:
    assert {"on", "for", "off", "up"} <= lex.particles("call")
    assert lex.verb_frames("call", "off")
    assert lex.verb_frames("call", "sideways") == []


def test_cameo_fallback_only_for_unmentioned_lemmas(lex: Lexicon, curated: Lexicon) -> None:
    frames = lex.verb_frames("encircle")
    assert frames and frames[0].source == "events.yaml"
    bludgeon = lex.verb_frames("bludgeon")
    assert bludgeon and bludgeon[0].source.startswith("cameo_verbs.csv:") and bludgeon[0].type == "ASSAULT"
    assert curated.verb_frames("bludgeon") == []
    # lemmas the curated file speaks about never fall back: no_event, light and reporting verbs
    for lemma in ("go", "come", "take", "say", "impose", "rally"):
        assert all(f.source == "events.yaml" for f in lex.verb_frames(lemma)), lemma
    assert lex.verb_frames("come") == [] and lex.verb_frames("take", "over") == []
    # "go" has only its curated, strict visit frame ("went to Saudi Arabia"; "went to court" is nothing)
    assert [(f.rule, f.strict) for f in lex.verb_frames("go")] == [("go-to", True)]


def test_cameo_csv_rows() -> None:
    lines = [ln for ln in CAMEO_CSV.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    rows = list(csv.DictReader(lines))
    assert len(rows) == CAMEO_ROWS
    by_key = {(r["lemma"], r["particle"]): r for r in rows}
    assert len(by_key) == len(rows)
    assert [(r["lemma"], r["particle"]) for r in rows] == sorted(by_key)
    assert by_key[("accuse", "")]["type"] == "ACCUSE"
    assert by_key[("accuse", "")]["cameo"] == "112"
    assert (by_key[("visit", "")]["type"], by_key[("visit", "")]["mode"]) == ("CONSULT", "visit")
    assert (by_key[("host", "")]["type"], by_key[("host", "")]["mode"]) == ("CONSULT", "host")
    assert (by_key[("boycott", "")]["type"], by_key[("boycott", "")]["cameo"]) == ("SANCTION", "163")
    assert by_key[("release", "")]["type"] == "CONCEDE"
    assert by_key[("apologize", "")]["type"] == "CONCEDE"
    assert by_key[("pull", "out")]["type"] == "CONCEDE"
    assert by_key[("threaten", "")]["type"] == "THREATEN"
    assert all(r["type"] in PLOVER_TYPES for r in rows)
    assert not any(r["cameo"].startswith(("01", "02")) for r in rows)
    assert not any(r["lemma"] != r["lemma"].lower() for r in rows)


def test_build_is_deterministic(tmp_path: Path) -> None:
    data = Path(__file__).resolve().parents[2] / "shared" / "data"
    if not (data / "cameo_verbs.jsonl").is_file():
        pytest.skip("shared data not available")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
    import build_lexicon

    out = tmp_path / "cameo_verbs.csv"
    assert build_lexicon.main([str(data), "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == CAMEO_CSV.read_text(encoding="utf-8")


BROKEN = """\
sets:
  good: [tariff, levy]
verbs:
  - {lemma: meet, type: CONSULT, target: [dobj, with], rule: ok-meet}
  - {lemma: meet, type: CONSLT, rule: bad-type}
  - {lemma: attack, type: ASSAULT, trget: [dobj], rule: bad-key}
  - {lemma: call, particle: on, type: REQUEST, target: [dobj, sideways], rule: bad-slot}
  - {lemma: strike, type: ASSAULT, when: {objekt: [base]}, rule: bad-when}
  - {lemma: warn, type: THREATEN, modality: maybe, rule: bad-modality}
  - {lemma: Hit, type: ASSAULT, rule: bad-lemma}
  - {lemma: bomb, type: ASSAULT}
  - {lemma: visit, type: CONSULT, when: {object: "@nosuchset"}, rule: bad-set}
  - {lemma: go, type: CONSULT, target: [to], strict: "yes", rule: bad-strict}
  - {lemma: clash, type: ASSAULT, target: [with], mutual: 1, rule: bad-mutual}
nouns:
  - {lemma: tariff, type: SANCTION, particle: on, rule: noun-particle}
  - {lemma: talk, type: CONSULT, when: {subject: [hold]}, rule: noun-subject}
noun_modifiers:
  - {verb: lift, nouns: "@good", type: CONCEDE, rule: ok-lift}
  - {verb: lift, nouns: [tariff], type: SANCTION, rule: clash}
  - {verb: cut, nouns: [aid], type: SANCTON, rule: bad-mod-type}
modal_markers: {maybe: [perhaps]}
threat_modes: {FIGHT: force}
light_verbs: [hold]
undoing_verbs: [hold, halve]
frobnicate: true
"""


def test_broken_yaml_lists_every_bad_entry(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    with pytest.raises(DataError) as info:
        Lexicon.load([path], use_cameo=False)
    problems = info.value.problems
    text = "\n".join(problems)
    expected = [
        "verbs[1] (lemma 'meet'): unknown PLOVER type 'CONSLT'",
        "verbs[2] (lemma 'attack'): unknown key 'trget'",
        "verbs[3] (lemma 'call'): bad target slot(s) ['sideways']",
        "verbs[4] (lemma 'strike'): unknown when-condition 'objekt'",
        "verbs[5] (lemma 'warn'): modality 'maybe'",
        "verbs[6] (lemma 'Hit'): lemma 'Hit' must be one lower-case word",
        "verbs[7] (lemma 'bomb'): missing required key 'rule'",
        "verbs[8] (lemma 'visit') when.object: unknown word set '@nosuchset'",
        "verbs[9] (lemma 'go'): strict must be true or false, got 'yes'",
        "verbs[10] (lemma 'clash'): mutual must be true or false, got 1",
        "nouns[0] (lemma 'tariff'): unknown key 'particle'",
        "nouns[1] (lemma 'talk'): unknown when-condition 'subject'",
        "noun_modifiers[1] (verb 'lift'): noun(s) ['tariff'] already map to a different event",
        "noun_modifiers[2] (verb 'cut'): unknown PLOVER type 'SANCTON'",
        "modal_markers.maybe: unknown modality",
        "threat_modes.FIGHT: unknown PLOVER type 'FIGHT'",
        "unknown top-level key 'frobnicate'",
        "undoing_verbs: 'hold' is also a light verb",
    ]
    for snippet in expected:
        assert snippet in text, f"missing problem: {snippet}\n--- got:\n{text}"
    assert all(p.startswith(str(path)) for p in problems)
    assert len(problems) == len(expected)
    assert not any("verbs[0]" in p or "noun_modifiers[0]" in p for p in problems)
    assert "CONSLT" in str(info.value)


def test_invalid_yaml_and_non_mapping(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("verbs: [unclosed\n", encoding="utf-8")
    with pytest.raises(DataError, match="not valid YAML"):
        Lexicon.load([bad])
    bad.write_text("- just\n- a list\n", encoding="utf-8")
    with pytest.raises(DataError, match="must be a mapping"):
        Lexicon.load([bad])
    with pytest.raises(DataError, match="Cannot read"):
        Lexicon.load([tmp_path / "missing.yaml"])


def test_user_file_takes_precedence(tmp_path: Path) -> None:
    user = tmp_path / "mine.yaml"
    user.write_text(
        "verbs:\n"
        "  - {lemma: meet, type: AGREE, target: [with], rule: my-meet}\n"
        "  - {lemma: frobnicate, type: ASSAULT, when: {object: \"@weapons\"}, rule: frob}\n"
        "nouns:\n"
        "  - {lemma: tariff, type: THREATEN, mode: sanction, rule: my-tariff}\n"
        "no_event: [bomb]\n"
        "light_verbs: [enact]\n",
        encoding="utf-8",
    )
    lx = Lexicon.load([user])
    meet = lx.verb_frames("meet")
    assert [(f.type, f.rule, f.source) for f in meet] == [("AGREE", "my-meet", str(user))]
    assert lx.verb_frames("meet", "with")[0].type == "CONSULT"  # other keys untouched
    assert lx.verb_frames("frobnicate")[0].when_object and "missile" in lx.verb_frames("frobnicate")[0].when_object
    assert [f.rule for f in lx.noun_frames("tariff")] == ["my-tariff"]
    assert lx.verb_frames("bomb") == []
    assert "enact" in lx.light_verbs and "impose" in lx.light_verbs


def test_frames_are_frozen(lex: Lexicon) -> None:
    f = lex.verb_frames("meet")[-1]
    assert isinstance(f, Frame)
    with pytest.raises(AttributeError):
        f.type = "ASSAULT"  # type: ignore[misc]


DATA = Path(__file__).resolve().parent / "data"


def _load_yaml(name: str) -> list[dict]:
    import yaml

    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))["sentences"]


def test_plover_sentence_file_is_well_formed() -> None:
    sentences = _load_yaml("plover_sentences.yaml")
    per_type: Counter[str] = Counter()
    for s in sentences:
        assert {"text", "date", "expect"} <= set(s) <= {"title", "text", "date", "expect"}, s
        assert len(s["date"]) == 10
        for e in s["expect"]:
            assert set(e) <= {"type", "source", "target", "mode", "negated", "modality", "date"}, e
            assert e["type"] in PLOVER_TYPES
            assert e.get("modality") in (None, "threatened", "intended", "hypothetical")
        per_type.update({e["type"] for e in s["expect"]})
    assert all(per_type[t] >= 6 for t in PLOVER_TYPES), per_type
    assert sum(1 for s in sentences if not s["expect"]) >= 10


def test_quote_sentence_file_is_well_formed() -> None:
    sentences = _load_yaml("quote_sentences.yaml")
    styles: Counter[str] = Counter(s["style"] for s in sentences)
    assert len(styles) == 10 and min(styles.values()) >= 6, styles
    for s in sentences:
        for e in s["expect"]:
            assert e["quote"] in s["text"], e
            assert e["speaker"] is None or e["speaker"] in s["text"], e
