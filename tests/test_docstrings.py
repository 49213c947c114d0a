"""Every docstring example in ``pipeline/`` and ``extractors/`` runs and holds, and so do the
README's Python examples (issue "One house"). Each package states its contract with an example;
a module without one is listed, so a missing example is a decision, not an accident."""
from __future__ import annotations

import doctest
import importlib
import os
import pkgutil
import re

import pytest

import extractors
import pipeline
from tests.conftest import ROOT

MODULES = sorted(m.name for pkg in (pipeline, extractors)
                 for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."))
#: modules whose contract is a table or a command line, not an example
WITHOUT_EXAMPLE = {"pipeline.errors", "pipeline.cli", "extractors.lexicons"}


@pytest.fixture(autouse=True)
def _in_checkout(monkeypatch):
    # examples name files relative to the repository root, as a user in a checkout would
    monkeypatch.chdir(ROOT)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{name}: {result.failed} example(s) fail (output above)"
    if name not in WITHOUT_EXAMPLE and not name.startswith(tuple(m + "." for m in WITHOUT_EXAMPLE)):
        assert result.attempted or not _is_package(name) and _package_has_example(name), f"{name} has no example"


def _is_package(name: str) -> bool:
    return hasattr(importlib.import_module(name), "__path__")


def _package_has_example(name: str) -> bool:
    """A module may lean on its package's example (``pipeline.align.model`` on ``pipeline.align``)."""
    package = name.rsplit(".", 1)[0]
    return bool(doctest.DocTestFinder().find(importlib.import_module(package))[0].examples)


def test_no_example_is_skipped():
    skipped = [m for m in MODULES if "+SKIP" in (importlib.import_module(m).__doc__ or "")]
    assert skipped == [], f"examples that never run: {skipped}"


def _readme_examples() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, re.S)
    return "\n".join(blocks)


def test_readme_python_examples():
    """The README's ``python`` blocks, each ``expr  # value`` line checked."""
    os.chdir(ROOT)
    scope: dict = {}
    checked = 0
    for line in _readme_examples().splitlines():
        code, _, expect = line.partition("  # ")
        if not code.strip():
            continue
        if expect:
            assert repr(eval(code, scope)) == expect.strip(), line
            checked += 1
        else:
            exec(code, scope)
    assert checked >= 3
