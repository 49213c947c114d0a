"""Safe output (issue "Unbreakable"): --out writes a regular file atomically or refuses what is
not one, writes through a symlink, never replaces a read-only file without --force, and leaves
no temporary file behind when stopped."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from pipeline.output.files import OutputTargetError, write_atomic


def _write(text):
    return lambda tmp: open(tmp, "w", encoding="utf-8").write(text)


def test_writes_a_new_file_and_nothing_else(tmp_path):
    write_atomic(tmp_path / "a" / "b.json", _write("x"))
    assert (tmp_path / "a" / "b.json").read_text() == "x" and os.listdir(tmp_path / "a") == ["b.json"]


@pytest.mark.parametrize("make,words", [
    (lambda p: p.mkdir(), "is a directory"),
    (lambda p: os.mkfifo(p), "not a regular file"),
])
def test_refuses_what_is_not_a_regular_file(tmp_path, make, words):
    target = tmp_path / "out"
    make(target)
    with pytest.raises(OutputTargetError, match=words):
        write_atomic(target, _write("x"))


def test_refuses_a_parent_that_is_a_file(tmp_path):
    (tmp_path / "f").write_text("")
    with pytest.raises(OutputTargetError, match="is a file, not a directory"):
        write_atomic(tmp_path / "f" / "out.json", _write("x"))


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere; the read-only check is in the next test")
def test_refuses_a_read_only_directory(tmp_path):
    d = tmp_path / "ro"
    d.mkdir(mode=0o555)
    with pytest.raises(OutputTargetError, match="not writable"):
        write_atomic(d / "out.json", _write("x"))


def test_a_read_only_file_needs_force(tmp_path):
    target = tmp_path / "keep.json"
    target.write_text("old")
    target.chmod(0o444)
    with pytest.raises(OutputTargetError, match="read-only"):
        write_atomic(target, _write("new"))
    assert target.read_text() == "old"
    write_atomic(target, _write("new"), force=True)
    assert target.read_text() == "new" and (target.stat().st_mode & 0o777) == 0o444


def test_writes_through_a_symlink(tmp_path):
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_atomic(link, _write("new"))
    assert link.is_symlink() and real.read_text() == "new"


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_no_temporary_file_survives_a_signal(tmp_path, sig):
    script = textwrap.dedent(f"""
        import os, signal, sys, time
        from pipeline.output.files import write_atomic
        def slow(tmp):
            open(tmp, "w").write("x" * 1000)
            os.kill(os.getpid(), {int(sig)})
            time.sleep(5)
        try:
            write_atomic(sys.argv[1], slow)
        except KeyboardInterrupt:
            sys.exit(130)
    """)
    r = subprocess.run([sys.executable, "-c", script, str(tmp_path / "out.json")], capture_output=True, timeout=60)
    assert r.returncode != 0
    assert os.listdir(tmp_path) == [], os.listdir(tmp_path)


def test_graphml_holds_control_characters(tmp_path):
    import networkx as nx
    from pipeline.corpus.graph import write_graph
    G = nx.DiGraph()
    G.add_node("doc:a\x01b", kind="doc", title="加强\x0b执法\x00")
    write_graph(G, tmp_path / "g.graphml")
    H = nx.read_graphml(tmp_path / "g.graphml")
    assert [d["title"] for _, d in H.nodes(data=True)] == ["加强\ufffd执法\ufffd"]
