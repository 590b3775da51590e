"""newscoder's actor and event stages as spaCy components (issue 5)."""
from __future__ import annotations

import datetime as dt
import importlib.metadata
import subprocess
import sys

import pytest

spacy = pytest.importorskip("spacy")

from newscoder.errors import ConfigError  # noqa: E402
from newscoder.nlp import DEFAULT_MODEL  # noqa: E402

TEXT = "Canada imposed tariffs on US steel on Thursday. Mark Carney said he spoke with Donald Trump by phone."


@pytest.fixture(scope="module")
def nlp():
    import newscoder.components  # noqa: F401  (registers the factories)
    nlp = spacy.load(DEFAULT_MODEL)  # a pipeline of our own: the session coder's must stay as it is
    nlp.add_pipe("newscoder_actors")
    nlp.add_pipe("newscoder_events")
    return nlp


def test_components_in_a_spacy_pipeline(nlp):
    assert nlp.pipe_names[-2:] == ["newscoder_actors", "newscoder_events"]
    doc = nlp.make_doc(TEXT)
    doc._.newscoder_date = dt.date(2025, 3, 28)
    doc = nlp(doc)
    names = {a.name for a in doc._.newscoder_actors}
    assert {"Canada", "United States", "Mark Carney", "Donald Trump"} <= names
    got = {(e.type, e.mode, e.source.name, e.target.name, e.date) for e in doc._.newscoder_events}
    assert ("SANCTION", "economic", "Canada", "United States", dt.date(2025, 3, 27)) in got
    assert any(t == "CONSULT" and s == "Mark Carney" and o == "Donald Trump" for t, _, s, o, _ in got)
    for e in doc._.newscoder_events:  # offsets index doc.text
        assert doc.text[e.trigger_start:e.trigger_end].lower() == e.trigger.lower()
        assert doc.text[e.start:e.end] == e.sentence


def test_date_per_call_and_without_date(nlp):
    doc = nlp("Canada imposed tariffs on US steel on Thursday.",
              component_cfg={"newscoder_actors": {"date": "2025-03-28"}})
    assert [(e.type, e.date) for e in doc._.newscoder_events] == [("SANCTION", dt.date(2025, 3, 27))]
    undated = nlp("Canada imposed tariffs on US steel.")
    assert [(e.type, e.date) for e in undated._.newscoder_events] == [("SANCTION", None)]


def test_same_events_as_the_coder(nlp, coder):
    from newscoder.records import Article
    doc = nlp(TEXT, component_cfg={"newscoder_actors": {"date": "2025-03-28"}})
    rec = coder.code(Article(id="c1", date=dt.date(2025, 3, 28), title="", text=TEXT))
    assert [(e.type, e.mode, e.source and e.source.name, e.target and e.target.name) for e in rec.events] == \
        [(e.type, e.mode, e.source and e.source.name, e.target and e.target.name) for e in doc._.newscoder_events]


def test_events_without_actors_says_what_to_do():
    import newscoder.components  # noqa: F401
    nlp = spacy.blank("en")
    nlp.add_pipe("newscoder_events")
    with pytest.raises(ConfigError, match="add 'newscoder_actors' before it"):
        nlp("Canada imposed tariffs.")


def test_factories_declare_what_they_need_and_assign():
    import newscoder.components  # noqa: F401
    from spacy.language import Language
    meta = Language.get_factory_meta("newscoder_events")
    assert "doc._.newscoder_actors" in meta.requires and "doc._.newscoder_events" in meta.assigns
    assert "doc._.newscoder_actors" in Language.get_factory_meta("newscoder_actors").assigns


def test_entry_point_lets_spacy_find_the_factories():
    eps = {ep.name: ep.value for ep in importlib.metadata.entry_points(group="spacy_factories")}
    if "newscoder_events" not in eps:
        pytest.skip("the spacy_factories entry points are not installed yet (pyproject.toml "
                    "[project.entry-points.spacy_factories]; reinstall with pip install -e .)")
    assert eps["newscoder_events"] == "newscoder.components:make_events"
    # A fresh interpreter that never imports newscoder: spaCy finds the factory through the entry point.
    code = ("import spacy; nlp = spacy.blank('en'); nlp.add_pipe('newscoder_actors'); "
            "nlp.add_pipe('newscoder_events'); print(nlp.pipe_names)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "newscoder_events" in out.stdout
