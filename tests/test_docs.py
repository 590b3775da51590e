"""The docs stay true: every setting and every command is documented."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from newscoder.cli import main
from newscoder.pipeline import Options

DOCS = Path(__file__).resolve().parent.parent / "docs"
README = (DOCS.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", [f.name for f in dataclasses.fields(Options)])
def test_every_setting_is_documented(name):
    assert f"`{name}`" in (DOCS / "settings.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_is_in_the_readme_and_has_an_example(command):
    assert f"newscoder {command}" in README
    assert "Example:" in (main.commands[command].help or "")


@pytest.mark.parametrize("doc", ["actors.md", "lexicon.md", "settings.md", "gold-format.md", "annotation.md",
                                 "evaluation.md"])
def test_docs_named_in_help_texts_exist(doc):
    assert (DOCS / doc).exists()
