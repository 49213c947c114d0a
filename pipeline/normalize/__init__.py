"""normalize(RawDoc) -> Text: one canonical text for every rendition of a notice.

What it does, in order (each step keeps the offset map, see ``tracked``):

1. debris: ``[bookmark: _GoBack]``, markdown ``**``, pinyin glosses ``印发(fā)``,
   ``贯彻（guàn chè）``, ``(rou xing)``; then GBK byte-shift mojibake repaired where
   certain and dropped otherwise (``mojibake``);
2. script (``script``): traditional -> simplified with OpenCC ``t2s`` (character
   level, so mainland words such as 建立/执行/档案 survive), then the Taiwan
   vocabulary table only when the text shows Taiwan vocabulary, then small fixes;
3. web and page noise (``noise``): encyclopedia heads/tails, page numbers in every
   form and the running headers beside them; TXT tables written with ``|`` pipes or
   runs of spaces become tab-separated rows (``columns``);
4. punctuation: full-width Chinese punctuation in prose, 〔〕 in 发文字号,
   ASCII digits, no spaces inside numbers and dates;
5. layout (``layout``, ``tables``): hard line breaks inside sentences joined,
   real paragraphs kept; tables (real ones from DOCX/PDF, or tab-laid ones in
   TXT) rendered one row per line, cells separated by a tab, and listed in
   ``Text.tables`` with the container's header rows and cell spans.

Rules: ``corpora/lexicons/normalize.json``, ``layout.json``, the vocabulary tables.

>>> from pipeline.model import RawDoc
>>> normalize(RawDoc(path="x.txt", format="txt", sha256="0"*64, text="(一)最佳化程式與資料庫,2024 年 6 月底前")).text
'（一）优化程序与数据库，2024年6月底前'
"""
from __future__ import annotations

from array import array

from extractors.lexicon import Lexicon
from pipeline.model import RawDoc, Text
from pipeline.normalize.columns import columns
from pipeline.normalize.layout import join_lines
from pipeline.normalize.mojibake import repair
from pipeline.normalize.noise import drop_noise_lines, punctuation, spaces
from pipeline.normalize.rules import normalize_rules
from pipeline.normalize.script import detect_script, to_simplified
from pipeline.normalize.tracked import Tracked

__all__ = ["normalize", "detect_script", "to_simplified", "Tracked"]


def normalize(raw: RawDoc, lexicon: Lexicon | None = None) -> Text:
    """The normalized text of ``raw`` with its offset map and tables (see module doc)."""
    r = normalize_rules(lexicon)
    t = Tracked.of(raw.text)
    for rx in r["debris"]:
        t = t.sub(rx, "")
    t = repair(t, r)
    script = detect_script(t.text, lexicon)
    if script != "simplified":
        t = to_simplified(t, lexicon)
    t = drop_noise_lines(t, lexicon)
    t = columns(t, r)
    t = punctuation(t)
    t = spaces(t)
    t, tables = join_lines(t, r, raw.tables)
    return Text(raw=raw, text=t.text, offsets=array("l", t.offsets), script=script, tables=tables)
