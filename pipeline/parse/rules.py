"""The parser's rules, compiled once per lexicon (``numbering.json``, ``tables.json``; the 落款
line from ``metadata.json``)."""
from __future__ import annotations

import re

from extractors.lexicon import Lexicon, rules

__all__ = ["parse_rules"]


def _build(lex: Lexicon) -> dict:
    num = lex.json("numbering")
    labels = "|".join(num["closing_labels"])
    closing = num["closing"] + [f"^({labels})[：:]"]
    schemes = [dict(s, rx=re.compile(s["pattern"])) for s in num["schemes"]]
    tables = lex.json("tables")
    return {
        "schemes": [s for s in schemes if not s.get("inline")],
        "inline_schemes": [s for s in schemes if s.get("inline")],
        "inline_start": num["inline_start"],
        "item_rank": num["item_rank"],
        "units_line": re.compile(num["units_line"]),
        "units_cue": re.compile(num["units_cue"]),
        "duty_min_chars": num["duty_min_chars"],
        "attachment": re.compile(num["attachment"]),
        "closing": re.compile("|".join(f"(?:{p})" for p in closing)),
        "issuer_line": re.compile(lex.json("metadata")["issuer_line"]),
        "title_max": num["title_max_chars"],
        "cell_title_max": num["table_title_max_chars"],
        "restated_similarity": num["restated_similarity"],
        "header_roles": {w["header"]: w["role"] for w in tables["header_words"]},
        "column_keywords": [(re.compile(k["pattern"]), k["role"]) for k in tables["column_keywords"]],
        "header_max_chars": tables["header_max_chars"],
    }


def parse_rules(lexicon: Lexicon | None) -> dict:
    return rules(lexicon, _build)
