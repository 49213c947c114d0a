"""Units (organisations) named in a clause, with their level-free role.

Two ways a unit is named:

* **listed** — after a label (``牵头单位：`` lead, ``责任单位：`` responsible,
  ``主办：`` responsible, ``督办：`` supervising) or as a 责任分工 cell
  (``县司法局、县直各行政执法部门、各乡镇按职责分工负责``);
* **actor** — the subject of a duty in the prose (``县司法局要…``,
  ``省司法厅牵头建立…``).

>>> [(u.name, u.role, u.level, u.slot) for u in get_units("（牵头单位：县司法局，责任单位：各行政执法机关）")]
[('县司法局', '司法行政部门', 'county', 'lead'), ('各行政执法机关', '行政执法机关', None, 'responsible')]

Rules: ``corpora/lexicons/units.json``; role table: ``corpora/lexicons/roles.tsv``.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

from extractors.brackets import depths
from extractors.lexicon import Lexicon, rules
from extractors.spans import Level, Slot, Unit


def _build(lex: Lexicon) -> dict:
    r = dict(lex.json("units"))
    prefix = r["prefix"].format(qualifier=r["qualifier"], level=r["level"])
    r["prefix_re"] = re.compile(prefix)
    r["level_re"] = re.compile(f"(?:{r['qualifier']})?(?P<lvl>{r['level']})?")
    r["roles"] = tuple((re.compile(row["pattern"].replace("{P}", prefix)), row["role"])
                       for row in lex.table("roles"))
    labels = "|".join(sorted(map(re.escape, r["labels"]), key=len, reverse=True))
    r["label_pattern"] = f"(?P<label>{labels}){r['label_end']}"
    for key in ("label_pattern", "list_stop", "trailing", "cell_markers", "boundary",
                "clause_break", "and_split", "actor_cues", "org_like"):
        r[key + "_re"] = re.compile(r[key])
    r["role_cache"] = {}
    return r


def role_of(name: str, lexicon: Lexicon | None = None) -> tuple[str, str | None, bool]:
    """(role, level, known) for a unit name.

    >>> role_of("县司法局"), role_of("省人力资源社会保障厅"), role_of("县档案馆")
    (('司法行政部门', 'county', True), ('人力资源社会保障部门', 'provincial', True), ('档案馆', 'county', False))

    The level comes from the name's prefix (省/市/县/区/乡/镇/街道, 省级, 县直 …;
    ``市县两级``/``各级`` give None). An unknown name's role is the name minus that prefix.
    """
    return _role(name, rules(lexicon, _build))


def _role(name: str, r: dict) -> tuple[str, str | None, bool]:
    cached = r["role_cache"].get(name)
    if cached is None:
        cached = r["role_cache"][name] = _lookup_role(name, r)
    return cached


def _lookup_role(name: str, r: dict) -> tuple[str, str | None, bool]:
    m = r["level_re"].match(name)
    level = Level(r["levels"][m.group("lvl")[0]]) if m and m.group("lvl") and m.group("lvl")[0] in r["levels"] else None
    for pattern, role in r["roles"]:
        if pattern.fullmatch(name):
            return role, level, True
    rest = name[r["prefix_re"].match(name).end():]
    return rest or name, level, False


def _strip(text: str, start: int, end: int, r: dict) -> tuple[int, int]:
    """Shrink [start, end) past whitespace and a trailing phrase (按职责分工负责, 配合, 等)."""
    while start < end and text[start].isspace():
        start += 1
    while True:
        while end > start and text[end - 1].isspace():
            end -= 1
        m = r["trailing_re"].search(text, start, end)
        if not m or m.start() == start:
            return start, end
        end = m.start()


def _split_depth0(text: str, start: int, end: int, seps: str) -> Iterator[tuple[int, int]]:
    """Pieces of text[start:end] split on ``seps`` outside brackets (``各县（市、区）政府`` stays whole)."""
    piece = start
    for i, depth in depths(text, start, end):
        if depth == 0 and text[i] in seps:
            yield piece, i
            piece = i + 1
    yield piece, end


def _unit(text: str, start: int, end: int, slot: str, r: dict) -> Unit:
    name = re.sub(r"\s+", "", text[start:end])
    role, level, known = _role(name, r)
    return Unit(start=start, end=end, text=text[start:end], name=name, role=role,
                level=level, slot=Slot(slot), known=known)


def units_in_list(text: str, offset: int = 0, slot: str = "responsible",
                  end: int | None = None, *, lexicon: Lexicon | None = None) -> Iterator[Unit]:
    """Units of the list text[offset:end] (a 责任分工 cell or a 责任单位 list), split on 、，；.

    >>> [u.name for u in units_in_list("县司法局、县直各行政执法部门、各乡镇按职责分工负责")]
    ['县司法局', '县直各行政执法部门', '各乡镇']

    Spans index ``text``. Names keep their brackets (各县（市、区）政府); a
    trailing 按职责分工负责/配合/等 is not part of a name. A piece starting
    with 以下/其中 (a note, not a name) ends the list.
    """
    return _units_in_list(text, offset, slot, end, rules(lexicon, _build))


def _units_in_list(text: str, offset: int, slot: str, end: int | None, r: dict) -> Iterator[Unit]:
    for s, e in _split_depth0(text, offset, len(text) if end is None else end, r["list_separators"]):
        s, e = _strip(text, s, e, r)
        if s == e:
            continue
        if r["list_stop_re"].match(text, s) or e - s > r["max_name"]:
            return
        yield from _names(text, s, e, slot, r)


def _names(text: str, s: int, e: int, slot: str, r: dict) -> Iterator[Unit]:
    """One name, or — when the whole is unknown — its parts joined by 和 if all of them are known."""
    unit = _unit(text, s, e, slot, r)
    if unit.known:
        yield unit
        return
    parts = [(a, b) for a, b in _split_depth0(text, s, e, "和") if a < b]
    if len(parts) > 1 and all(_role(text[a:b], r)[2] for a, b in parts):
        yield from (_unit(text, a, b, slot, r) for a, b in parts)
    else:
        yield unit


def _list_end(text: str, start: int, stop: int) -> int:
    """End of a labelled list: a closing bracket of the enclosing bracket, 。, or a line break after content."""
    seen = False
    for i, depth in depths(text, start, stop):
        c = text[i]
        if depth < 0 or c == "。" or (c == "\n" and seen):
            return i
        seen = seen or not c.isspace()
    return stop


def _org_like(unit: Unit, r: dict) -> bool:
    """A known unit, or a name ending like an organisation (…局, …中心, …办公室)."""
    return unit.known or bool(r["org_like_re"].search(unit.name))


def _labelled(text: str, r: dict) -> Iterator[tuple[int, int, str, int]]:
    """(list start, list end, slot, label start) for every 牵头单位：/责任单位：/主办：/督办： label."""
    labels = list(r["label_pattern_re"].finditer(text))
    for i, m in enumerate(labels):
        stop = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        yield m.end(), _list_end(text, m.end(), stop), r["labels"][m.group("label")], m.start()


def _cells(text: str, r: dict) -> Iterator[tuple[int, int]]:
    """(start, end) of 责任分工 cells: a run of names ending in 按职责分工负责, back to the last break."""
    for m in r["cell_markers_re"].finditer(text):
        start = max(text.rfind(c, 0, m.start()) for c in "。；\t\n：") + 1
        yield start, m.end()


def get_units(text: str, *, lexicon: Lexicon | None = None) -> Iterator[Unit]:
    """Units listed after a label or in a 责任分工 cell, in text order.

    >>> [(u.name, u.slot) for u in get_units("主办：市司法局\\n督办：市政府办公室四科")]
    [('市司法局', 'responsible'), ('市政府办公室四科', 'supervising')]
    """
    r = rules(lexicon, _build)
    found: list[Unit] = []
    for start, end, slot, _ in _labelled(text, r):
        if slot:
            found.extend(_units_in_list(text, start, slot, end, r))
    for start, end in _cells(text, r):
        cell = list(_units_in_list(text, start, "responsible", end, r))
        # a cell is a list of names only; prose that happens to end in 分工负责 is not
        if cell and all(_org_like(u, r) for u in cell):
            found.extend(u for u in cell if not any(f.start == u.start for f in found))
    yield from sorted(found, key=lambda u: u.start)


def _label_spans(text: str, r: dict) -> list[tuple[int, int]]:
    spans = [(label, end) for _, end, _, label in _labelled(text, r)]
    return spans + list(_cells(text, r))


def get_actors(text: str, *, lexicon: Lexicon | None = None) -> Iterator[Unit]:
    """Units that are the subject of a duty in the prose (slot ``actor``).

    >>> [(u.name, u.role) for u in get_actors("县直各行政执法部门及各乡镇要加强培训。省司法厅牵头建立师资库。")]
    [('县直各行政执法部门', '行政执法机关'), ('各乡镇', '乡镇街道'), ('省司法厅', '司法行政部门')]

    A subject starts the sentence or follows ，；： and is followed by a duty cue
    (要, 负责, 牵头, 于 …); every name in it, split on 、/及/与 (和 only
    between known names), must be a known unit or organisation-like — generic
    ones (各部门, 有关部门) make the phrase count but are not reported.
    Names inside 牵头单位/责任单位 brackets are not actors.
    """
    r = rules(lexicon, _build)
    skip = _label_spans(text, r)
    starts = [0] + [m.end() for m in r["boundary_re"].finditer(text)]
    done = 0  # a bracket inside a name (各县（市、区）司法局) is not a new subject
    for b in sorted(set(starts)):
        if b < done or b >= len(text) or any(s <= b < e for s, e in skip):
            continue
        window = text[b:b + r["max_actor_phrase"]]
        for cue in r["actor_cues_re"].finditer(window):
            units = _subject(text, b, b + cue.start(), r)
            if units is not None:
                yield from units
                done = b + cue.start()
                break


def _subject(text: str, start: int, end: int, r: dict) -> list[Unit] | None:
    """The known units of a subject phrase, or None if the phrase is not a list of organisations."""
    if start >= end or r["clause_break_re"].search(text, start, end):
        return None
    whole = _unit(text, start, end, "actor", r)
    if whole.known:
        return [whole]
    units, pos = [], start
    for m in [*r["and_split_re"].finditer(text, start, end), None]:
        s, e = pos, (m.start() if m else end)
        if s == e:
            return None
        names = list(_names(text, s, e, "actor", r))
        if not all(_org_like(u, r) for u in names):
            return None
        units.extend(u for u in names if u.known)
        pos = m.end() if m else end
    return units or None


def unknown_units(units: Iterable[Unit]) -> Counter:
    """Names the role table did not know, with how often each was seen (for a review report)."""
    return Counter(u.name for u in units if not u.known)
