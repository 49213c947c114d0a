"""What a person watching a batch sees: a tqdm bar on a terminal, plain log lines otherwise.

>>> import io
>>> out = io.StringIO()
>>> with Progress("analyse", 4, stream=out) as bar:
...     for _ in range(4):
...         bar.update()
>>> out.getvalue().splitlines()[-1]
'policyalign: analyse 4/4'
"""
from __future__ import annotations

import sys
from typing import TextIO

__all__ = ["Progress"]


class Progress:
    """Counts ``update()`` calls against ``total``; on a non-terminal, one line per tenth of the way."""

    def __init__(self, label: str, total: int, stream: TextIO | None = None, enabled: bool = True):
        self.label, self.total, self.done = label, total, 0
        self.stream = stream or sys.stderr
        self.enabled = enabled and total > 0
        self._bar = None
        self._next = 0
        if self.enabled and _is_tty(self.stream):
            from tqdm import tqdm
            self._bar = tqdm(total=total, desc=label, unit="file", file=self.stream, leave=False)

    def update(self, n: int = 1) -> None:
        self.done += n
        if self._bar is not None:
            self._bar.update(n)
        elif self.enabled and (self.done >= self._next or self.done == self.total):
            print(f"policyalign: {self.label} {self.done}/{self.total}", file=self.stream, flush=True)
            self._next = self.done + max(1, self.total // 10)

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc) -> None:
        if self._bar is not None:
            self._bar.close()


def _is_tty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
