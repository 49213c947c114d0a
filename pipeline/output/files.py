"""Writing an output file whole or not at all, onto a target that is safe to write.

``write_atomic(out, write)`` writes through a temporary file in the target's directory and
renames it into place, so a reader never sees half a file. The target must be a regular file
or not exist yet: a directory, a FIFO or a device is refused; a symlink is written through to
the file it points at; a read-only file is only replaced with ``force``. The temporary file is
removed when the process is stopped by SIGTERM, SIGHUP or SIGINT while writing.

>>> import tempfile, os
>>> d = tempfile.mkdtemp()
>>> write_atomic(os.path.join(d, "out.json"), lambda tmp: open(tmp, "w").write("{}"))
>>> open(os.path.join(d, "out.json")).read(), sorted(os.listdir(d))
('{}', ['out.json'])
"""
from __future__ import annotations

import os
import signal
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Callable

from pipeline.errors import InputError

__all__ = ["OutputTargetError", "write_atomic"]


class OutputTargetError(InputError):
    remedy = "name a regular file in a writable directory (or pass --force to replace a read-only file)"


def _target(out: str | os.PathLike, force: bool) -> Path:
    """The file to replace: ``out`` itself, or the file its symlink points at."""
    path = Path(os.fsdecode(out))
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    if path.exists():
        mode = path.stat().st_mode
        if stat.S_ISDIR(mode):
            raise OutputTargetError(str(out), "is a directory", "name a file inside it, e.g. DIR/report.json")
        if not stat.S_ISREG(mode):
            raise OutputTargetError(str(out), "is not a regular file (a FIFO, socket or device)",
                                    "name a regular file; write to standard output and redirect instead")
        read_only = not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(path, os.W_OK)
        if read_only and not force:
            raise OutputTargetError(str(out), "is read-only", "pass --force to replace it, or name another file")
    parent = path.parent
    for up in [parent, *parent.parents]:
        if up.exists():
            if not up.is_dir():
                raise OutputTargetError(str(out), f"cannot be created: {up} is a file, not a directory")
            if not os.access(up, os.W_OK | os.X_OK):
                raise OutputTargetError(str(out), f"cannot be created: {up} is not writable")
            break
    return path


def write_atomic(out: str | os.PathLike, write: Callable[[str], object], *, force: bool = False) -> None:
    """Call ``write(tmp_path)`` and rename the result onto ``out`` (see the module docstring)."""
    target = _target(out, force)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    except OSError as e:
        raise OutputTargetError(str(out), f"cannot be written ({e.strerror})") from None
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    # mkstemp makes 0600: a replaced file keeps its mode, a new one gets what a plain open() gives
    os.chmod(tmp, stat.S_IMODE(target.stat().st_mode) if target.exists() else 0o666 & ~umask)
    try:
        with _removed_on_signal(tmp):
            write(tmp)
            os.replace(tmp, target)
    except OSError as e:
        raise OutputTargetError(str(out), f"cannot be written ({e.strerror})") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


_SIGNALS = (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)


@contextmanager
def _removed_on_signal(tmp: str):
    """While writing, a stopping signal removes ``tmp`` before the process ends with it."""
    def stop(signum, frame):
        if os.path.exists(tmp):
            os.unlink(tmp)
        if signum == signal.SIGINT:
            raise KeyboardInterrupt
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)

    try:
        previous = {s: signal.signal(s, stop) for s in _SIGNALS}
    except ValueError:            # not the main thread: signals are not ours to handle
        yield
        return
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
