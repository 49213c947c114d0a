"""The notebooks run top to bottom on the bundled seeds (kernel started in the repo root)."""
from __future__ import annotations

import nbformat
import pytest
from nbclient import NotebookClient

from tests.conftest import ROOT

NOTEBOOKS = ROOT / "notebooks"


def _run(name: str) -> nbformat.NotebookNode:
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    assert all(not c.get("outputs") and not c.get("execution_count") for c in nb.cells if c.cell_type == "code"), \
        f"{name} is committed with outputs; clear them"
    NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}).execute()
    return nb


@pytest.mark.parametrize("name, module, expected", [
    ("explore_alignment.ipynb", "pipeline.align", ("5 stored, 0 failed", "鲁政办字〔2024〕9号",
                                                   "heatmap: 2 children × 18 parent measures",
                                                   "金乡县 二/（一） traced up 1 level(s):\n  → 山东省提升行政执法质量若干措施: 一/（一）")),
    ("corpus_graph.ipynb", "pipeline.corpus", ("5 notices, 0 unreadable", "implements edges")),
])
def test_notebook_runs(name, module, expected):
    pytest.importorskip(module, reason=f"{module} is not written yet")
    nb = _run(name)
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    shown = "".join(o.get("data", {}).get("text/plain", "") + o.get("text", "") for o in outputs)
    assert all(x in shown for x in expected), (name, expected)
    assert "\n0 implements edges" not in shown
