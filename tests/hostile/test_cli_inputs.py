"""Every input-side fault of the command line is a typed error and exit 2, never a traceback;
SIGINT is exit 130 without one (issue "Unbreakable")."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from tests.conftest import FORMATS, SEEDS

CLI = [sys.executable, "-m", "pipeline.cli"]


def _run(*args, **kw):
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=120, **kw)


@pytest.mark.parametrize("value", ["nan", "inf", "-1", "0", "lots"])
def test_max_size_must_be_a_finite_positive_number(value):
    r = _run("extract", str(SEEDS["000"]), "--max-size", value)
    assert r.returncode == 2 and "--max-size" in r.stderr and "Traceback" not in r.stderr


def test_out_onto_a_directory(tmp_path):
    r = _run("extract", str(SEEDS["000"]), "--out", str(tmp_path))
    assert r.returncode == 2 and "is a directory" in r.stderr and "Traceback" not in r.stderr


def test_out_under_a_file(tmp_path):
    (tmp_path / "f").write_text("")
    r = _run("extract", str(SEEDS["000"]), "--out", str(tmp_path / "f" / "x.json"))
    assert r.returncode == 2 and "Traceback" not in r.stderr


def test_out_with_a_name_that_is_not_utf8(tmp_path):
    name = os.fsencode(str(tmp_path)) + b"/\xff\xfe.json"
    r = subprocess.run([*map(os.fsencode, CLI), b"extract", os.fsencode(str(SEEDS["000"])), b"--out", name],
                       capture_output=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert os.path.exists(name)


def test_sigint_exits_130_without_a_traceback():
    p = subprocess.Popen([*CLI, "extract", str(FORMATS / "000.pdf"), str(FORMATS / "004.pdf"), str(FORMATS / "003.pdf")],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(1.5)           # past start-up, inside the PDF reading
    p.send_signal(signal.SIGINT)
    out, err = p.communicate(timeout=60)
    assert p.returncode == 130 and "Traceback" not in err, err
