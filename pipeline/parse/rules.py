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
    return {
        "schemes": [dict(s, rx=re.compile(s["pattern"])) for s in num["schemes"]],
        "item_rank": num["item_rank"],
        "attachment": re.compile(num["attachment"]),
        "closing": re.compile("|".join(f"(?:{p})" for p in closing)),
        "issuer_line": re.compile(lex.json("metadata")["issuer_line"]),
        "title_max": num["title_max_chars"],
        "cell_title_max": num["table_title_max_chars"],
        "restated_similarity": num["restated_similarity"],
        "header_roles": lex.json("tables")["header_roles"],
    }


def parse_rules(lexicon: Lexicon | None) -> dict:
    return rules(lexicon, _build)
