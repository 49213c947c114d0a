"""It installs like a library: the wheel carries the lexicons, and the installed tool runs from
any folder with nothing of the checkout in reach (issue "One house")."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import CONTRACT, ROOT, SEEDS

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_package_is_listed():
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for top in ("pipeline", "extractors")
               for p in (ROOT / top).rglob("__init__.py")}
    assert on_disk <= listed, f"add to [tool.setuptools] packages: {sorted(on_disk - listed)}"


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """A fresh venv holding only the wheel; its dependencies come from this venv through a .pth line."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"     # build from a copy, so no build/ or egg-info lands in the checkout
    for part in ("pipeline", "extractors", "corpora/lexicons"):
        shutil.copytree(ROOT / part, src / part, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(tmp / "dist"), str(src)], check=True, cwd=tmp)
    (wheel,) = (tmp / "dist").glob("policyalign-*.whl")
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    site = Path(subprocess.run([venv / "bin" / "python", "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                               capture_output=True, text=True, check=True).stdout.strip())
    # a bare path line: the checkout's editable-install hook (a .pth there) is not run
    (site / "_deps.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install",
                    "--no-deps", "--no-index", "-q", str(wheel)], check=True)
    return venv, wheel, tmp


def test_wheel_carries_the_lexicons(installed):
    import zipfile
    _, wheel, _ = installed
    names = zipfile.ZipFile(wheel).namelist()
    lexicons = {Path(n).name for n in names if n.startswith("extractors/lexicons/")}
    bundled = {p.name for p in (ROOT / "corpora" / "lexicons").rglob("*") if p.is_file()}
    assert bundled <= lexicons


def test_installed_tool_runs_from_another_folder(installed):
    venv, _, tmp = installed
    work = tmp / "elsewhere"
    work.mkdir()
    where = subprocess.run([venv / "bin" / "python", "-c", "import pipeline, extractors.lexicon as l; "
                            "print(pipeline.__file__); print(l.bundled_dir())"],
                           capture_output=True, text=True, check=True, cwd=work).stdout.split()
    assert all(str(venv) in p for p in where), where
    child, parent = str(SEEDS["004"]), str(SEEDS["003"])
    ex = subprocess.run([venv / "bin" / "policyalign", "extract", child, "--format", "json"],
                        capture_output=True, text=True, cwd=work)
    assert ex.returncode == 0, ex.stderr
    jsonschema.validate(json.loads(ex.stdout), json.loads((CONTRACT / "document.schema.json").read_text()))
    df = subprocess.run([venv / "bin" / "policyalign", "diff", child, parent, "--format", "json"],
                        capture_output=True, text=True, cwd=work)
    assert df.returncode == 0, df.stderr
    doc = json.loads(df.stdout)
    jsonschema.validate(doc, json.loads((CONTRACT / "diff.schema.json").read_text()))
    assert doc["alignments"] and re.match(r"^二/", doc["alignments"][0]["child"])


def test_nlp_can_be_called_twice():
    import pipeline
    assert pipeline.nlp() is pipeline.nlp()
    assert callable(pipeline.nlp)
