"""Write tests/gold/align/<child>__<parent>.json (and 000_003.json) from the gold_*.py specs.

    .venv/bin/python tools/align_gold/build_gold.py
The specs assert that pairs/missing/added are consistent (every parent measure is paired or
missing, every child measure paired or added, every divergence sits on a gold pair).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
ROOT = HERE.parents[1]
OUT = ROOT / "tests" / "gold" / "align"

SPECS = {
    "000_003.json": "gold_000_003",
    "p000_jinxiang_scjgj__000.json": "gold_p000_jinxiang_scjgj",
    "p000_jinxiang_kfq__000.json": "gold_p000_jinxiang_kfq",
    "p004_shizhong_zhzf__004.json": "gold_p004_shizhong_zhzf",
    "p004_shizhong_sfj__004.json": "gold_p004_shizhong_sfj",
    "p004_shizhong_scjgj_table__004.json": "gold_p004_shizhong_scjgj_table",
    "p003b_yutai_county__003.json": "gold_p003b_yutai_county",
}


def main():
    import importlib
    for name, mod in SPECS.items():
        g = importlib.import_module(mod).GOLD
        (OUT / name).write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(g["pairs"]), "pairs", len(g["divergences"]), "divergences", len(g["noise"]), "noise")


if __name__ == "__main__":
    main()
