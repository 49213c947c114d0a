"""Which files of a folder are notices, and reading them all.

>>> [p.name for p in notice_files(["corpora/notices"])][:1]
['000_bf6de6025eb46aa4.txt']
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from os import PathLike
from pathlib import Path

from pipeline.errors import InputError
from pipeline.model import Notice

__all__ = ["SUFFIXES", "notice_files", "load_corpus"]

SUFFIXES = (".txt", ".pdf", ".docx", ".html", ".htm")
def notice_files(dirs: Iterable[str | PathLike]) -> list[Path]:
    """Every file with a known suffix under ``dirs``, recursively, sorted; a file given directly counts too."""
    found = set()
    for d in map(Path, dirs):
        candidates = [d] if d.is_file() else d.rglob("*")
        found.update(p for p in candidates if p.is_file() and p.suffix.lower() in SUFFIXES)
    return sorted(found)


def load_corpus(directory, loader: Callable[[Path], Notice]) -> tuple[list[Notice], list[InputError]]:
    """Every notice under ``directory`` (known suffixes only, sorted); unreadable files are collected."""
    notices, errors = [], []
    for path in notice_files([directory]):
        try:
            notices.append(loader(path))
        except InputError as e:
            errors.append(e)
    return notices, errors
