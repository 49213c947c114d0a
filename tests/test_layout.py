"""The house rules of the code's layout (issue "One house"): one package per stage, no module over
350 lines, no class over 80, ``extractors/`` pure, and the README's map of stages true."""
from __future__ import annotations

import ast
import re

import pytest

from tests.conftest import ROOT

SOURCES = sorted(p for top in ("pipeline", "extractors") for p in (ROOT / top).rglob("*.py"))
STAGES = ("ingest", "normalize", "parse", "extract", "align", "corpus", "batch", "output")


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_module_and_class_sizes(path):
    source = path.read_text(encoding="utf-8")
    assert source.count("\n") <= 350, f"{path.name}: {source.count(chr(10))} lines; split it by job"
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ClassDef):
            size = node.end_lineno - node.lineno + 1
            assert size <= 80, f"{path.name}: class {node.name} is {size} lines"


@pytest.mark.parametrize("path", [p for p in SOURCES if p.parts[-2] == "extractors" or "extractors" in p.parts],
                         ids=lambda p: p.name)
def test_extractors_never_import_pipeline(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = [n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module] + \
               [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    assert not [m for m in imported if m.split(".")[0] in ("pipeline", "spacy")], imported


def test_one_package_per_stage_and_the_readme_maps_them():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for stage in STAGES:
        assert (ROOT / "pipeline" / stage / "__init__.py").exists(), stage
        assert re.search(rf"`pipeline/{stage}/`", readme), f"README's stage table lacks pipeline/{stage}/"
