"""The rule tables under ``corpora/lexicons/`` as one validated ``Lexicon``.

Rules are data: every pattern list, role table, vocabulary fix and threshold
lives in a file there, so an analyst can review and extend it without reading
code. A ``Lexicon`` is loaded once, validated when it is made, and passed to
the functions that use it (``lexicon=None`` means the bundled one):

* ``NAME.tsv`` — tab-separated, first row the column names, ``#`` lines are
  comments; ``lexicon.table(NAME)`` gives a tuple of dicts;
* ``NAME.json`` — nested tables; ``lexicon.json(NAME)``;
* ``NAME.txt`` — one entry a line; ``lexicon.list(NAME)``.

``schema.json`` beside the tables declares every file, its keys or columns
and their types; a key it does not know, a missing one, a regex that does not
compile or a row without a column is a ``LexiconError`` naming the file and
the row. ``local/`` holds rows that exist for one known notice only (each with
a ``needed_by`` note); they are added to their table when the lexicon loads.

>>> lex = Lexicon.bundled()
>>> lex.table("roles")[0]["role"], lex.json("numbering")["item_rank"]
('司法行政部门', 4)

Compiled forms are built once per lexicon: ``lexicon.compiled(build)`` calls
``build(lexicon)`` the first time and returns the same object afterwards.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

__all__ = ["Lexicon", "LexiconError", "bundled_dir", "rules"]

_PLACEHOLDER = re.compile(r"\{[A-Za-z_]+\}")


class LexiconError(ValueError):
    """A rule table that cannot be used: the file, the place in it, and what is wrong."""

    def __init__(self, path: Path | str, where: str, problem: str):
        self.path, self.where, self.problem = str(path), where, problem
        super().__init__(f"{path}: {where}: {problem} — fix the table (see corpora/lexicons/schema.json)")


def bundled_dir() -> Path:
    """The lexicon shipped with the code: the repository's ``corpora/lexicons`` in a checkout,
    ``extractors/lexicons`` inside an installed wheel; ``$POLICYALIGN_LEXICONS`` overrides both."""
    if os.environ.get("POLICYALIGN_LEXICONS"):
        return Path(os.environ["POLICYALIGN_LEXICONS"])
    here = Path(__file__).resolve().parent
    checkout = here.parent / "corpora" / "lexicons"
    return checkout if (checkout / "schema.json").exists() else here / "lexicons"


class Lexicon:
    """Every rule table of one directory, validated (see the module docstring)."""

    def __init__(self, directory: Path | str):
        self.directory = Path(directory)
        self._data: dict[str, Any] = {}
        self._compiled: dict[Callable, Any] = {}
        schema_path = self.directory / "schema.json"
        if not schema_path.exists():
            raise LexiconError(schema_path, "file", "missing: a lexicon directory needs its schema.json")
        self.schema = json.loads(schema_path.read_text(encoding="utf-8"))
        for fname, spec in self.schema["files"].items():
            self._data[Path(fname).stem] = self._load(self.directory / fname, spec)
        self._add_local()
        undeclared = {p.name for p in self.directory.glob("*.*")} - set(self.schema["files"]) - {"schema.json"}
        if undeclared:
            raise LexiconError(self.directory, "files", f"not declared in schema.json: {sorted(undeclared)}")

    @classmethod
    def bundled(cls) -> "Lexicon":
        """The lexicon shipped with the code, loaded once per process."""
        return _bundled(os.environ.get("POLICYALIGN_LEXICONS", ""))

    def json(self, name: str) -> Any:
        return self._data[name]

    def table(self, name: str) -> tuple[dict[str, str], ...]:
        return self._data[name]

    def list(self, name: str) -> tuple[str, ...]:
        return self._data[name]

    def compiled(self, build: Callable[["Lexicon"], Any]) -> Any:
        if build not in self._compiled:
            self._compiled[build] = build(self)
        return self._compiled[build]

    def __repr__(self) -> str:
        return f"Lexicon({str(self.directory)!r})"

    # -- loading -------------------------------------------------------------
    def _load(self, path: Path, spec: dict) -> Any:
        if not path.exists():
            raise LexiconError(path, "file", "missing (declared in schema.json)")
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".tsv":
            return _check_rows(path, _read_tsv(path, text), spec["columns"])
        if path.suffix == ".txt":
            return tuple(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#"))
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            raise LexiconError(path, f"line {e.lineno}", f"not valid JSON ({e.msg})") from None
        _check(path, "", data, spec["keys"])
        return data

    def _add_local(self) -> None:
        """Rows of ``local/NAME.tsv`` join table NAME; their ``needed_by`` column says which notice needs them."""
        local = self.directory / "local"
        if not local.is_dir():
            return
        for path in sorted(local.glob("*.tsv")):
            base = self.schema["files"].get(path.name)
            if base is None or "columns" not in base:
                raise LexiconError(path, "file", f"overlays no table: there is no {path.name} beside local/")
            columns = dict(base["columns"], needed_by="str")
            rows = _check_rows(path, _read_tsv(path, path.read_text(encoding="utf-8")), columns)
            self._data[path.stem] = self._data[path.stem] + tuple(
                {k: v for k, v in r.items() if k != "needed_by"} for r in rows)


@lru_cache(maxsize=None)
def _bundled(env: str) -> Lexicon:
    # keyed by the environment variable, so the directory is resolved once, not on every lookup
    return Lexicon(bundled_dir())


def _read_tsv(path: Path, text: str) -> list[tuple[int, dict[str, str]]]:
    numbered = [(i, ln) for i, ln in enumerate(text.splitlines(), 1)
                if ln.strip() and not ln.lstrip().startswith("#")]
    if not numbered:
        raise LexiconError(path, "file", "has no header row")
    reader = csv.reader(io.StringIO("\n".join(ln for _, ln in numbered)), delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = list(reader)
    header = [h.strip() for h in rows[0]]
    out = []
    for (lineno, _), cells in zip(numbered[1:], rows[1:]):
        if len(cells) > len(header):
            raise LexiconError(path, f"line {lineno}", f"{len(cells)} cells under {len(header)} columns")
        cells = cells + [""] * (len(header) - len(cells))
        out.append((lineno, {h: c.strip() for h, c in zip(header, cells)}))
    return [(0, {h: h for h in header})] + out


def _check_rows(path: Path, rows: list[tuple[int, dict]], columns: dict[str, str]) -> tuple[dict[str, str], ...]:
    header = set(rows[0][1])
    required = {c.rstrip("?") for c in columns if not c.endswith("?")}
    known = {c.rstrip("?") for c in columns}
    if required - header or header - known:
        raise LexiconError(path, "header", f"columns {sorted(header)}; expected {sorted(known)}"
                                           f" (required {sorted(required)})")
    for lineno, row in rows[1:]:
        for col, kind in columns.items():
            name = col.rstrip("?")
            value = row.get(name, "")
            if not value and not col.endswith("?") and kind != "str?":
                raise LexiconError(path, f"line {lineno}", f"column {name!r} is empty")
            if value:
                _check(path, f"line {lineno} column {name}", value, kind.rstrip("?"))
    return tuple(row for _, row in rows[1:])


_SCALARS = {"str": str, "int": int, "number": (int, float), "bool": bool}


def _check(path: Path, where: str, value: Any, kind: Any) -> None:
    """Validate ``value`` against a schema type: a name (``str``, ``int``, ``number``, ``bool``,
    ``regex``, ``any``), ``[T]`` (a list of T), ``{T}`` (an object of T), ``T|null``, or an
    object spec ``{key: type}`` (``key?`` optional)."""
    at = where or "top level"
    if isinstance(kind, list):
        if not isinstance(value, list):
            raise LexiconError(path, at, f"expected a list, got {type(value).__name__}")
        for i, item in enumerate(value):
            _check(path, f"{where}[{i}]", item, kind[0])
        return
    if isinstance(kind, dict):
        if not isinstance(value, dict):
            raise LexiconError(path, at, f"expected an object, got {type(value).__name__}")
        known = {k.rstrip("?"): t for k, t in kind.items()}
        for key in value:
            if key not in known and not (key.startswith("_") or key.endswith("_doc")):
                raise LexiconError(path, at, f"unknown key {key!r} (known: {sorted(known)})")
        for key, t in kind.items():
            name = key.rstrip("?")
            if name in value:
                _check(path, f"{where}.{name}".lstrip("."), value[name], t)
            elif not key.endswith("?"):
                raise LexiconError(path, at, f"missing key {name!r}")
        return
    if kind.endswith("|null"):
        if value is not None:
            _check(path, where, value, kind[:-5])
        return
    if kind.startswith("[") and kind.endswith("]"):
        if not isinstance(value, list):
            raise LexiconError(path, at, f"expected a list, got {type(value).__name__}")
        for i, item in enumerate(value):
            _check(path, f"{where}[{i}]", item, kind[1:-1])
        return
    if kind.startswith("{") and kind.endswith("}"):
        if not isinstance(value, dict):
            raise LexiconError(path, at, f"expected an object, got {type(value).__name__}")
        for key, item in value.items():
            _check(path, f"{where}.{key}", item, kind[1:-1])
        return
    if kind == "any":
        return
    if kind == "regex":
        if not isinstance(value, str):
            raise LexiconError(path, at, "expected a regex string")
        try:
            re.compile(_PLACEHOLDER.sub("", value))
        except re.error as e:
            raise LexiconError(path, at, f"regex {value!r} does not compile ({e})") from None
        return
    if kind in ("int", "number") and isinstance(value, str):
        try:
            float(value)
        except ValueError:
            raise LexiconError(path, at, f"expected a number, got {value!r}") from None
        return
    expected = _SCALARS.get(kind)
    if expected is None:
        raise LexiconError(path, at, f"schema.json names an unknown type {kind!r}")
    if not isinstance(value, expected) or (kind != "bool" and isinstance(value, bool)):
        raise LexiconError(path, at, f"expected {kind}, got {value!r}")


def rules(lexicon: Lexicon | None, build: Callable[[Lexicon], Any]) -> Any:
    """``build(lexicon)`` compiled once per lexicon; ``None`` means the bundled lexicon."""
    return (lexicon or Lexicon.bundled()).compiled(build)


def load_json(name: str) -> Any:
    """Transitional: the bundled lexicon's JSON table (readers not yet passed a lexicon)."""
    return Lexicon.bundled().json(name)


def load_table(name: str) -> tuple[dict[str, str], ...]:
    """Transitional: the bundled lexicon's TSV table."""
    return Lexicon.bundled().table(name)
