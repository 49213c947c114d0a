"""Loading the rule tables under ``corpora/lexicons/`` — once, by name.

Rules are data: every pattern list, role table and vocabulary fix lives in a
file there, so an analyst can review and extend it without reading code.
Two formats are used:

* ``NAME.tsv`` — tab-separated, first row the column names, ``#`` lines are
  comments; loaded as a tuple of dicts.
* ``NAME.json`` — for nested tables (pattern lists with flags).

>>> rows = load_table("roles")        # corpora/lexicons/roles.tsv
>>> rows[0].keys()                    # doctest: +SKIP
dict_keys(['pattern', 'role', ...])

The directory is ``$POLICYALIGN_LEXICONS`` when set, else the repository's
``corpora/lexicons``. Loaders are cached: call them freely.
"""
from __future__ import annotations

import csv
import io
import json
import os
from functools import lru_cache
from pathlib import Path

_DEFAULT_DIR = Path(__file__).resolve().parents[1] / "corpora" / "lexicons"


def lexicon_dir() -> Path:
    return Path(os.environ.get("POLICYALIGN_LEXICONS", _DEFAULT_DIR))


@lru_cache(maxsize=None)
def load_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``corpora/lexicons/NAME.tsv`` as dicts (empty cells are "")."""
    path = lexicon_dir() / f"{name}.tsv"
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.lstrip().startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE)
    return tuple({k: (v or "").strip() for k, v in row.items() if k is not None} for row in reader)


@lru_cache(maxsize=None)
def load_json(name: str):
    """The parsed content of ``corpora/lexicons/NAME.json``."""
    return json.loads((lexicon_dir() / f"{name}.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def load_list(name: str) -> tuple[str, ...]:
    """Non-comment, non-blank lines of ``corpora/lexicons/NAME.txt``."""
    path = lexicon_dir() / f"{name}.txt"
    return tuple(ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()
                 if ln.strip() and not ln.lstrip().startswith("#"))
