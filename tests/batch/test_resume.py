"""A batch killed at any moment resumes to the store an uninterrupted batch makes."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from contextlib import suppress

from pipeline.batch import run_batch
from tests.batch.conftest import contents
from tests.conftest import ROOT


def test_a_batch_killed_five_times_resumes_to_the_same_store(corpus40, tmp_path):
    reference = tmp_path / "reference.duckdb"
    run_batch([corpus40], reference, workers=1, progress=False)
    db = tmp_path / "killed.duckdb"
    rng = random.Random(20241)
    command = [sys.executable, "-m", "pipeline.cli", "batch", str(corpus40), "--db", str(db), "--workers", "2"]
    # kill times are fractions of how long a whole batch takes on this machine, so a fast CI box
    # still has its batches killed mid-way rather than after they finished
    started = time.perf_counter()
    whole = subprocess.run([*command[:6], str(tmp_path / "timed.duckdb"), *command[7:]], cwd=ROOT,
                           capture_output=True, text=True)
    assert whole.returncode == 0, whole.stderr
    duration = time.perf_counter() - started
    interrupted = 0
    for _ in range(5):
        # a new session: the kill reaches the pool's workers too, as a killed terminal's would
        batch = subprocess.Popen(command, cwd=ROOT, start_new_session=True, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 0.9) * duration)
        interrupted += batch.poll() is None
        with suppress(ProcessLookupError):   # it may have finished (and its group gone) just before
            os.killpg(batch.pid, signal.SIGKILL)
        batch.wait()
    assert interrupted >= 3           # most kills landed mid-batch, not after it had finished
    finished = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert finished.returncode == 0, finished.stderr
    assert contents(db) == contents(reference)
