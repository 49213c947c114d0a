"""Build a synthetic national corpus of N notices from the seeds: ``make_corpus.py N --seed S --out DIR``.

Each province gets a provincial notice (seed 003's layout, traditional script), cities (001's
layout) citing it by 文号, counties (000's, citing city and province; 004's, citing the
province only) and a few task tables (002's, citing no stored notice). Places, 文号 and
dates are renamed; measures are recombined (same-level measure texts swapped, some borrowed
from another notice of the layout) and targets/deadlines shifted, so diffs find something.
Formats are mixed: mostly TXT, some HTML and DOCX, and a few PDF copies of the seed renditions.
The same N and seed give the same bytes.

    .venv/bin/python bench/make_corpus.py 500 --seed 1 --out /tmp/corpus500
"""
from __future__ import annotations

import argparse
import html
import io
import random
import re
import shutil
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpora" / "notices").glob("*.txt"))}
PDFS = sorted((ROOT / "tests" / "fixtures" / "formats").glob("00[0-4].pdf"))

# provinces renamed into (not the seeds' own), with the one-character 简称 their 文号 start with
PROVINCES = {"河北省": "冀", "山西省": "晋", "辽宁省": "辽", "吉林省": "吉", "江苏省": "苏", "浙江省": "浙",
             "安徽省": "皖", "福建省": "闽", "江西省": "赣", "湖北省": "鄂", "湖南省": "湘", "广东省": "粤",
             "四川省": "川", "贵州省": "黔", "云南省": "滇", "陕西省": "陕", "甘肃省": "甘", "黑龙江省": "黑"}


def gazetteer() -> list[tuple[str, list[tuple[str, list[str]]]]]:
    """[(province, [(city, [county, …]), …]), …] from cpca's table of China's divisions (real names,
    so that the parser finds each notice's level), in adcode order."""
    import csv
    import cpca
    table = Path(cpca.__file__).parent / "resources" / "adcodes.csv"
    with open(table, encoding="utf-8") as f:
        names = {row["adcode"][:6]: row["name"] for row in csv.DictReader(f)}
    out = []
    for code, province in sorted(names.items()):
        if code.endswith("0000") and province in PROVINCES:
            cities = []
            for ccode, city in sorted(names.items()):
                if ccode[:2] == code[:2] and ccode.endswith("00") and ccode != code and city.endswith("市"):
                    counties = [n for k, n in sorted(names.items()) if k[:4] == ccode[:4] and k != ccode
                                and n.endswith("县") and len(n) >= 3]
                    if counties:
                        cities.append((city, counties))
            out.append((province, cities))
    return out


@dataclass(frozen=True)
class Place:
    name: str        # 石家庄, without 省/市/县
    abbr: str        # a province's 简称
    number: str      # its notice's 文号, simplified


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default="outputs/corpus")
    ap.add_argument("--formats", choices=("mixed", "txt"), default="mixed", help="txt: every notice as TXT")
    args = ap.parse_args(argv)
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    written = make_corpus(args.n, args.seed, out, txt_only=args.formats == "txt")
    print(f"wrote {written} notices to {out}")


def make_corpus(n: int, seed: int, out: Path, txt_only: bool = False) -> int:
    """Write ``n`` notices under ``out``; how many were written."""
    rng = random.Random(seed)
    count = 0
    provinces = gazetteer()
    for round_ in range(n):          # more notices than the gazetteer's provinces: go round again
        for province, cities in provinces:
            prov = Place(province[:-1], PROVINCES[province], f"{PROVINCES[province]}政办字〔2024〕{count + 1}号")
            count = _emit(out, count, n, rng, txt_only, province_text(prov, rng), province)
            for city_name, counties in rng.sample(cities, min(9, len(cities))):
                city = Place(city_name[:-1], "", f"{city_name[0]}政办〔2024〕{count + 1}号")
                count = _emit(out, count, n, rng, txt_only, city_text(city, prov, rng), province)
                for county_name in rng.sample(counties, min(10, len(counties))):
                    county = Place(county_name[:-1], "", f"{county_name[0]}政办字〔2024〕{count + 1}号")
                    roll = rng.random()
                    text = (task_table_text(county, rng) if roll < 0.04 else county_text_004(county, prov, rng)
                            if roll < 0.35 else county_text_000(county, city, prov, rng))
                    count = _emit(out, count, n, rng, txt_only, text, province)
            if count >= n:
                return count
    return count


def province_text(p: Place, rng) -> str:
    t = SEEDS["003"].replace("魯政辦字〔2024〕9號", p.number.replace("办", "辦").replace("号", "號"))
    t = t.replace("山東省", p.name + "省").replace("山東", p.name)
    return _recombine(t, rng)


def city_text(c: Place, p: Place, rng) -> str:
    t = SEEDS["001"].replace("三政办〔2024〕2号", c.number).replace("豫政办〔2023〕68号", p.number)
    t = t.replace("三门峡市", c.name + "市").replace("三门峡", c.name).replace("河南省", p.name + "省")
    return _recombine(t, rng)


def county_text_000(k: Place, c: Place, p: Place, rng) -> str:
    t = SEEDS["000"].replace("金政办字〔2024〕6号", k.number).replace("鲁政办字〔2024〕9号", p.number)
    t = t.replace("济政办字〔2024〕5号", c.number).replace("济宁市", c.name + "市").replace("山东省", p.name + "省")
    t = t.replace("金乡县", k.name + "县").replace("金乡", k.name)
    return _recombine(t, rng)


def county_text_004(k: Place, p: Place, rng) -> str:
    t = SEEDS["004"].replace("市中政办发〔2024〕4号", k.number.replace("字", "发")).replace("鲁政办字〔2024〕9号", p.number)
    t = t.replace("枣庄市市中区", k.name + "县").replace("市中区", k.name + "县").replace("市中", k.name)
    t = t.replace("山东省", p.name + "省")
    return _recombine(t, rng)


def task_table_text(k: Place, rng) -> str:
    return _recombine(SEEDS["002"].replace("沁源县", k.name + "县").replace("沁源", k.name), rng)


_MEASURE = re.compile(r"^(（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|\d+\.\s?)(.+)$", re.M)
_TARGET = re.compile(r"(不少于|不低于|达到)(\d+)(学时|%|个|次)")
_MONTH = re.compile(r"(202[45])年(\d{1,2})月底")


def _recombine(text: str, rng) -> str:
    """Swap the texts of a few same-numbering measures, shift some targets and deadlines."""
    found = list(_MEASURE.finditer(text))
    bodies = [m.group(2) for m in found]
    for _ in range(rng.randint(0, 3)):
        if len(bodies) > 1:
            i, j = rng.sample(range(len(bodies)), 2)
            if found[i].group(1)[0] == found[j].group(1)[0]:
                bodies[i], bodies[j] = bodies[j], bodies[i]
    pieces, last = [], 0
    for m, body in zip(found, bodies):
        pieces += [text[last:m.start(2)], body]
        last = m.end(2)
    text = "".join(pieces) + text[last:]
    text = _TARGET.sub(lambda m: m.group(1) + str(_shift(int(m.group(2)), rng)) + m.group(3), text)
    return _MONTH.sub(lambda m: f"{m.group(1)}年{_month(int(m.group(2)), rng)}月底", text)


def _shift(value: int, rng) -> int:
    return value if rng.random() < 0.7 else max(1, value + rng.choice((-20, -10, 10, 20)) * max(1, value // 60))


def _month(month: int, rng) -> int:
    return month if rng.random() < 0.7 else min(12, max(1, month + rng.choice((-2, -1, 1, 3))))


def _emit(out: Path, count: int, n: int, rng, txt_only: bool, text: str, folder: str) -> int:
    if count >= n:
        return count
    target = out / folder
    target.mkdir(parents=True, exist_ok=True)
    roll = rng.random()
    stem = f"{count:05d}"
    if txt_only:
        (target / f"{stem}.txt").write_text(text, encoding="utf-8")
    elif count % 500 == 499 and PDFS:         # a few PDF copies of a seed rendition
        shutil.copy(PDFS[count % len(PDFS)], target / f"{stem}.pdf")
    elif roll < 0.15:
        (target / f"{stem}.html").write_bytes(_html(text))
    elif roll < 0.28:
        (target / f"{stem}.docx").write_bytes(_docx(text))
    else:
        (target / f"{stem}.txt").write_text(text, encoding="utf-8")
    return count + 1


def _html(text: str) -> bytes:
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    return (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>政策文件</title></head>\n'
            f'<body><div class="article">\n{body}\n</div></body></html>\n').encode("utf-8")


def _docx(text: str) -> bytes:
    """A .docx of one paragraph per line, with fixed core properties and zip timestamps."""
    import docx
    doc = docx.Document()
    for line in text.splitlines():
        doc.add_paragraph(line)
    props = doc.core_properties
    props.created = props.modified = datetime(2024, 1, 1)
    props.author = props.last_modified_by = "policyalign"
    props.revision = 1
    raw = io.BytesIO()
    doc.save(raw)
    fixed = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            dst.writestr(zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0)), src.read(info.filename),
                         compress_type=zipfile.ZIP_DEFLATED)
    return fixed.getvalue()


if __name__ == "__main__":
    main()
