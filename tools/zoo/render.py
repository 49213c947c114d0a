"""Logical notice -> blocks (+ gold measures), and blocks -> TXT / DOCX / PDF / HTML renditions."""
from __future__ import annotations

import html as _html
import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

CN = "〇一二三四五六七八九"


def cn(n: int) -> str:
    if n < 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n - 10] if n > 10 else "")
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


def cn_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{int(y)}年{int(m)}月{int(d)}日"


CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
ORD_INLINE = ["一是", "二是", "三是", "四是", "五是", "六是"]
ORD_QI = ["其一", "其二", "其三", "其四", "其五", "其六"]

# ---------------------------------------------------------------- roles (hand-written mapping)
ROLE = {
    "司法局": "司法行政部门", "司法厅": "司法行政部门",
    "人社局": "人力资源社会保障部门", "人力资源和社会保障局": "人力资源社会保障部门",
    "人力资源社会保障厅": "人力资源社会保障部门",
    "委组织部": "组织部门", "纪委监委": "纪检监察机关",
    "行政执法部门": "行政执法机关", "执法部门": "行政执法机关", "行政执法单位": "行政执法机关",
    "镇人民政府（街道办事处）": "乡镇街道", "乡镇人民政府": "乡镇街道", "乡镇（街道）": "乡镇街道",
    "镇（街道）": "乡镇街道", "乡镇": "乡镇街道",
    "市场监管局": "市场监管部门", "市场监督管理局": "市场监管部门",
    "财政局": "财政部门", "财政厅": "财政部门", "公安局": "公安机关", "公安厅": "公安机关",
    "人民检察院": "检察机关", "大数据局": "大数据部门", "政务服务和大数据管理局": "大数据部门",
    "大数据管理局": "大数据部门",
    "委编办": "机构编制部门", "政府办公室": "政府办公室", "人民政府办公室": "政府办公室",
    "人民政府办公厅": "政府办公室",
    "县（市、区）人民政府": "下级人民政府", "县（市、区）政府": "下级人民政府",
    "发展改革委": "发展改革部门", "人社厅": "人力资源社会保障部门",
    "设区市人民政府": "下级人民政府", "委政法委": "政法委", "发展和改革局": "发展改革部门",
}
UNKNOWN = {"综合行政执法局", "城市管理综合行政执法局", "综合执法局"}


def role(template: str) -> tuple[str, bool]:
    """'{p}司法局' -> ('司法行政部门', known). Unknown units: the name minus its level prefix."""
    base = template.replace("{p}", "")
    if base.startswith("各"):
        base = base[1:]
    if base in ROLE:
        return ROLE[base], True
    if base in UNKNOWN:
        return base, False
    raise KeyError(template)


# ---------------------------------------------------------------- logical notice -> blocks
class Builder:
    def __init__(self, spec):
        self.s = spec
        self.blocks = []          # (kind, text, extra)
        self.gold = []            # {id, m, lead, resp, text}
        self.items = []           # texts of item / heading paragraphs that are not measures
        self.headings = []
        self.unknown = set()

    def add(self, kind, text, **extra):
        self.blocks.append((kind, text, extra))

    def unit(self, t):
        return t.replace("{p}", self.s["p"])

    def units_paren(self, lead, resp, style="paren"):
        L = "、".join(self.unit(u) for u in lead)
        R = "、".join(self.unit(u) for u in resp)
        if style == "paren":
            if L and R:
                return f"（牵头单位：{L}；责任单位：{R}）"
            if L:
                return f"（牵头单位：{L}）"
            return f"（责任单位：{R}）" if R else ""
        if style == "line":
            s = f"牵头单位：{L}" if L else ""
            if R:
                s += ("；" if s else "") + f"配合单位：{R}"
            return s
        if style == "resp":          # every unit listed as 责任单位, lead first
            allu = "、".join(self.unit(u) for u in lead + resp)
            return f"（责任单位：{allu}）" if allu else ""
        if style == "duty":          # 县司法局牵头，各行政执法部门配合
            s = f"{L}牵头" if L else ""
            if R:
                s += ("，" if s else "") + f"{R}配合" if L else f"{R}负责"
            return f"（{s}）" if s else ""
        raise ValueError(style)

    def record(self, cid, m, lead, resp, text, ustyle="paren"):
        if ustyle == "resp":         # lead units are not marked as such: all responsible
            lead, resp = [], lead + resp
        self.gold.append({"id": cid, "m": m, "lead": list(lead), "resp": list(resp), "text": text})

    # section header text
    def sec_head(self, idx, title, scheme):
        if scheme == "cn":
            return f"{cn(idx)}、{title}"
        if scheme == "part":
            return f"第{cn(idx)}部分　{title}"
        if scheme == "chapter":
            return f"第{cn(idx)}章　{title}"
        raise ValueError(scheme)

    def sec_id(self, idx, scheme):
        return {"cn": cn(idx), "part": f"第{cn(idx)}部分", "chapter": f"第{cn(idx)}章"}[scheme]

    def run(self):
        s = self.s
        for kind, text in s["head"]:
            self.add(kind, text)
        scheme = s.get("sec_scheme", "cn")
        n2 = 0        # continuous （n） counter
        art = 0
        for si, sec in enumerate(s["sections"], start=1):
            style = sec["style"]
            head = self.sec_head(si, sec["title"], scheme)
            self.add("h1", head)
            self.headings.append(sec["title"])
            sid = self.sec_id(si, scheme)
            for para in sec.get("intro", []):
                self.add("p", para)
            if style == "plain":
                for sub, para in sec.get("subs", []):
                    self.add("h2" if not para else "p", f"{sub}{para}")
                    self.items.append(f"{sub}{para}")
                continue
            if not s.get("continuous", True):
                n2 = 0
            ustyle = sec.get("units", "paren")
            for gi, entry in enumerate(sec["measures"]):
                if style in ("duty", "topic", "num"):
                    m, lead, resp = entry
                    n2 += 1
                    shown = sec.get("skip", {}).get(gi, n2)
                    if shown != n2:
                        n2 = shown
                    if style == "duty":
                        num = f"（{cn(n2)}）"
                        body = "；".join(m["parts"]) + "。"
                        t = f"{num}{m['topic']}。{body}" + self.units_paren(lead, resp, ustyle)
                        self.add("p", t, run_in=len(num) + len(m["topic"]) + 1)
                        self.record(f"{sid}/{num}", m, lead, resp, t, ustyle)
                    elif style == "topic":
                        num = f"（{cn(n2)}）"
                        sep = sec.get("sep", "．")
                        parts = [f"{num}{m['topic']}"]
                        self.add("h2", parts[0])
                        for k, part in enumerate(m["parts"], start=1):
                            t = f"{k}{sep}{part}。"
                            self.add("p", t)
                            parts.append(t)
                            self.items.append(t)
                        ul = self.units_paren(lead, resp, "line")
                        self.add("p", ul)
                        parts.append(ul)
                        self.record(f"{sid}/{num}", m, lead, resp, "".join(parts))
                    else:  # num: 1. topic。part1。 then (1)(2) sub-items
                        k = n2
                        sep = sec.get("sep", ".")
                        lb, rb = sec.get("br", ("（", "）"))
                        t0 = f"{k}{sep}{m['topic']}。{m['parts'][0]}。"
                        self.add("p", t0, run_in=len(str(k)) + len(sep) + len(m["topic"]) + 1)
                        texts = [t0]
                        for j, part in enumerate(m["parts"][1:], start=1):
                            tj = f"{lb}{j}{rb}{part}。"
                            self.items.append(tj)
                            texts.append(tj)
                        if len(texts) > 1:
                            texts[-1] = texts[-1] + self.units_paren(lead, resp, ustyle)
                        else:
                            texts[0] = texts[0] + self.units_paren(lead, resp, ustyle)
                            self.blocks[-1] = ("p", texts[0], self.blocks[-1][2])
                        for tj in texts[1:]:
                            self.add("p", tj)
                        self.record(f"{sid}/{k}", m, lead, resp, "".join(texts), ustyle)
                elif style in ("inline", "qiyi", "circled"):
                    gtitle, members = entry
                    n2 += 1
                    num = f"（{cn(n2)}）"
                    shown = f"({cn(n2)})" if sec.get("half") else num
                    self.headings.append(gtitle)
                    ords = {"inline": ORD_INLINE, "qiyi": ORD_QI, "circled": CIRCLED}[style]
                    if style == "circled":
                        self.add("h2", f"{shown}{gtitle}")
                        for j, (m, lead, resp) in enumerate(members):
                            t = f"{ords[j]}{m['topic']}。" + "；".join(m["parts"]) + "。" + self.units_paren(lead, resp, ustyle)
                            self.add("p", t)
                            self.record(f"{sid}/{num}/{ords[j]}", m, lead, resp, t, ustyle)
                    else:
                        pieces = []
                        for j, (m, lead, resp) in enumerate(members):
                            end = "。" if j == len(members) - 1 else "；"
                            lead_in = f"{ords[j]}，" if style == "qiyi" else ords[j]
                            topic = m["topic"] if style == "qiyi" else m["topic"]
                            t = f"{lead_in}{topic}，" + "，".join(m["parts"]) + self.units_paren(lead, resp, ustyle) + end
                            pieces.append(t)
                            self.record(f"{sid}/{num}/{ords[j]}", m, lead, resp, t, ustyle)
                        self.add("p", f"{shown}{gtitle}。" + "".join(pieces), run_in=len(num) + len(gtitle) + 1)
                elif style == "article" and isinstance(entry, str):
                    if re.match(r"^第[一二三四五六七八九十]+节", entry):
                        self.add("h2", entry)
                        self.headings.append(entry.split("　", 1)[-1])
                    else:
                        art += 1
                        num = f"第{cn(art)}条"
                        t = f"{num}　{entry}"
                        self.add("p", t, run_in=len(num))
                        self.items.append(t)
                elif style == "article":
                    m, lead, resp = entry
                    art += 1
                    num = f"第{cn(art)}条"
                    t = f"{num}　" + "；".join(m["parts"]) + "。" + self.units_paren(lead, resp, ustyle)
                    self.add("p", t, run_in=len(num))
                    self.record(num, m, lead, resp, t, ustyle)
                elif style == "article_plain":
                    art += 1
                    num = f"第{cn(art)}条"
                    t = f"{num}　{entry}"
                    self.add("p", t, run_in=len(num))
                    self.items.append(t)
                elif style == "section_head":   # 第一节 inside a chapter (articles)
                    self.add("h2", entry)
                    self.headings.append(entry.split("　", 1)[-1])
                else:
                    raise ValueError(style)
            for para in sec.get("outro", []):
                self.add("p", para)
        for kind, text in s.get("tail", []):
            self.add(kind, text)
        if "table" in s:
            self.table()
        for kind, text in s.get("after", []):
            self.add(kind, text)
        return self

    def table(self):
        tb = self.s["table"]
        rows = []
        n = 0
        for gi, (gtitle, members) in enumerate(tb["groups"], start=1):
            if tb.get("restart"):
                n = 0
            for m, lead, resp in members:
                n += 1
                when = deadline_cell(m)
                task = f"{m['topic']}：" + "；".join(m["parts"]) + "。"
                g = f"{cn(gi)}、{gtitle}" if tb.get("group_numbered") else gtitle
                rows.append({"n": str(n), "group": g, "gi": gi, "task": task,
                             "lead": "、".join(self.unit(u) for u in lead),
                             "resp": "、".join(self.unit(u) for u in resp), "when": when})
                cid = f"{cn(gi)}/{n}" if tb.get("group_numbered") else str(n)
                self.gold.append({"id": cid, "m": m, "lead": list(lead), "resp": list(resp), "text": task})
            self.headings.append(gtitle)
        self.add("table", "", header=tb["header"], rows=rows, caption=tb.get("caption"))


def deadline_cell(m):
    parts = []
    for d in m["dl"]:
        if d["recurrence"] == "yearly":
            parts.append("每年")
        elif d["recurrence"] == "half-yearly":
            parts.append("每半年")
        elif d["date"]:
            y, mo, _ = d["date"].split("-")
            parts.append(f"{int(y)}年底前" if mo == "12" else f"{int(y)}年{int(mo)}月底前")
    return "；".join(parts) or "持续推进"


# ---------------------------------------------------------------- text helpers
def garble(s: str) -> str:
    """GBK/UTF-8 byte-shift mojibake: the GBK bytes read one byte off, decoded as GBK."""
    b = s.encode("gbk")
    out = b[1:].decode("gbk", errors="replace").replace("\ufffd", "?")
    return "?" + out


NO_START = "，。；、：？！）》”’〕】"


def wrap(text: str, width: int) -> list[str]:
    """Hard wrap every ``width`` characters; a line-initial closing punctuation mark stays on the line before."""
    out, i = [], 0
    while i < len(text):
        j = min(i + width, len(text))
        while j < len(text) and text[j] in NO_START:
            j += 1
        out.append(text[i:j])
        i = j
    return out or [""]


def pinyinize(text: str, annotations: dict[str, str]) -> str:
    for w, py in annotations.items():
        text = text.replace(w, f"{w}{py}", 1)
    return text


# ---------------------------------------------------------------- TXT
def to_txt(b: Builder, o: dict) -> bytes:
    lines = []
    ind = o.get("indent", "　　")
    for kind, text, ex in b.blocks:
        if kind == "table":
            lines += txt_table(ex, o)
            continue
        if kind == "pb":
            continue
        if kind in ("title", "att_title", "sign"):
            if lines and lines[-1] != "":
                lines.append("")
            lines.append(text)
            if kind != "sign":
                lines.append("")
        elif kind in ("docno", "date"):
            lines.append(text)
        elif kind == "addr":
            lines.append(text)
        elif kind == "blank":
            lines.append("")
        else:
            lines.append(ind + text if o.get("indent_body", True) else text)
    txt = "\n".join(lines)
    if o.get("pinyin"):
        txt = pinyinize(txt, o["pinyin"])
    for a in o.get("garble", []):
        a = pinyinize(a, o.get("pinyin", {}))
        assert a in txt, a
        txt = txt.replace(a, garble(a), 1)
    if o.get("wrap"):
        txt = hard_wrap(txt, o)
    if o.get("web_head"):
        txt = "\n".join(o["web_head"]) + "\n" + txt
    if o.get("web_tail"):
        txt = txt + "\n" + "\n".join(o["web_tail"])
    nl = o.get("newline", "\n")
    return (txt.replace("\n", nl) + nl).encode(o.get("encoding", "utf-8"))


def hard_wrap(txt: str, o: dict) -> str:
    width, per_page = o["wrap"], o.get("page_lines", 30)
    out = []
    for line in txt.split("\n"):
        if not line:
            out.append("")
            continue
        out += wrap(line, width)
    pages = [out[i:i + per_page] for i in range(0, len(out), per_page)]
    total = len(pages)
    res = []
    for i, pg in enumerate(pages, start=1):
        if o.get("running_header") and i > 1:
            res.append(o["running_header"])
        res += pg
        res.append("")
        res.append(o["page_fmt"].format(n=i, total=total))
        res.append("\f" if o.get("formfeed") else "")
    return "\n".join(res).rstrip()


def txt_table(ex, o):
    h, rows, style = ex["header"], ex["rows"], o.get("table", "tab")
    keys = ["n", "group", "task", "lead", "resp", "when"][: len(h)] if "keys" not in o else o["keys"]
    out = []
    if ex.get("caption"):
        out.append(ex["caption"])
    if style == "tab":
        out.append("\t".join(h))
        for r in rows:
            out.append("\t".join(r[k] for k in keys))
    elif style == "space":
        out.append("    ".join(h))
        for r in rows:
            out.append("   ".join(r[k] for k in keys))
    elif style == "pipe":
        out.append("| " + " | ".join(h) + " |")
        out.append("|" + "|".join("---" for _ in h) + "|")
        for r in rows:
            out.append("| " + " | ".join(r[k] for k in keys) + " |")
    elif style == "pipe_stack":     # pipes, the narrow first column (group) one character per line
        out.append("|" + "|".join(h) + "|")
        groups = []
        for r in rows:
            if not groups or groups[-1][0] != r["group"]:
                groups.append((r["group"], []))
            groups[-1][1].append(r)
        rest = [k for k in keys if k != "group"]
        for g, rs in groups:
            chars = list(g)
            for i in range(max(len(chars), len(rs))):
                c = chars[i] if i < len(chars) else ""
                cells = [rs[i][k] for k in rest] if i < len(rs) else ["" for _ in rest]
                out.append("|" + "|".join([c] + cells) + "|")
    elif style == "stack":      # narrow first column (group) one character per line
        out.append("  ".join(h))
        groups = []
        for r in rows:
            if not groups or groups[-1][0] != r["group"]:
                groups.append((r["group"], []))
            groups[-1][1].append(r)
        for g, rs in groups:
            chars = list(g)
            nlines = max(len(chars), len(rs))
            for i in range(nlines):
                c = chars[i] if i < len(chars) else "　"
                if i < len(rs):
                    r = rs[i]
                    out.append(c + "  " + "  ".join(r[k] for k in keys if k != "group"))
                else:
                    out.append(c)
    else:
        raise ValueError(style)
    return out


# ---------------------------------------------------------------- HTML
def to_html(b: Builder, o: dict) -> bytes:
    e = _html.escape
    body = []
    seen_title = False
    for kind, text, ex in b.blocks:
        if kind == "table":
            body.append(html_table(ex))
            continue
        if kind in ("pb", "blank"):
            continue
        t = e(text)
        if o.get("pinyin"):
            t = pinyinize(t, o["pinyin"])
        if kind == "title" and not seen_title:
            seen_title = True       # the notice title is the page's <h1>
            continue
        if kind in ("title", "att_title"):
            body.append(f'<p style="text-align:center"><strong>{t}</strong></p>')
        elif kind in ("sign", "date"):
            body.append(f'<p style="text-align:right">{t}</p>')
        elif kind == "docno":
            body.append(f'<p style="text-align:center">{t}</p>')
        elif kind == "h1":
            body.append(f"<p><strong>{t}</strong></p>")
        else:
            body.append(f'<p style="text-indent:2em">{t}</p>')
    title = e(o["h1"])
    info = "".join(f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in o.get("info", []))
    headline = f'<div class="headline">{e(o["headline"])}</div>' if o.get("headline") else ""
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{e(o.get("page_title", o["h1"]))}</title>
<style>body{{font-family:SimSun;}} .info th{{text-align:left}}</style>
<script>var _hmt = _hmt || [];</script>
</head>
<body>
<div class="top">{e(o["site"])}　|　无障碍浏览　|　长者模式</div>
<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/hdjl/">互动交流</a> <a href="/zwfw/">政务服务</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府文件</div>
{headline}
<table class="info">{info}</table>
<h1>{title}</h1>
<div id="zoom">
{chr(10).join(body)}
</div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="footer">主办：{e(o["site"])}　网站标识码：{e(o.get("siteid", "3600000001"))}　{e(o.get("icp", "赣ICP备05004321号"))}<br>版权所有&copy;{e(o["site"])}</div>
</body>
</html>
"""
    return page.encode("utf-8")


def html_table(ex):
    e = _html.escape
    h = "".join(f"<th>{e(x)}</th>" for x in ex["header"])
    keys = ["n", "group", "task", "lead", "resp", "when"][: len(ex["header"])]
    rows = []
    groups = {}
    for r in ex["rows"]:
        groups[r["group"]] = groups.get(r["group"], 0) + 1
    seen = set()
    for r in ex["rows"]:
        cells = []
        for k in keys:
            if k == "group":
                if r["group"] in seen:
                    continue
                seen.add(r["group"])
                cells.append(f'<td rowspan="{groups[r["group"]]}">{e(r[k])}</td>')
            else:
                cells.append(f"<td>{e(r[k])}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    cap = f"<p style=\"text-align:center\"><strong>{e(ex['caption'])}</strong></p>" if ex.get("caption") else ""
    return cap + '<table border="1" cellspacing="0"><thead><tr>' + h + "</tr></thead><tbody>" + "".join(rows) + "</tbody></table>"


# ---------------------------------------------------------------- DOCX
def to_docx(b: Builder, o: dict) -> bytes:
    import datetime
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    ppr = st.element.get_or_add_pPr()
    op = OxmlElement("w:overflowPunct")
    op.set(qn("w:val"), "1")
    ppr.append(op)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    def font(run, east, size=16, bold=False):
        run.font.size = Pt(size)
        run.font.bold = bold
        rpr = run._element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.insert(0, rf)
        rf.set(qn("w:eastAsia"), east)
        rf.set(qn("w:ascii"), "Times New Roman")
        rf.set(qn("w:hAnsi"), "Times New Roman")

    def para(text, east="仿宋_GB2312", size=16, align=None, indent=True, bold=False, run_in=0):
        p = doc.add_paragraph()
        p.paragraph_format.line_spacing = Pt(28)
        p.paragraph_format.space_after = Pt(0)
        if indent:
            p.paragraph_format.first_line_indent = Pt(32)
        if align:
            p.alignment = align
        if run_in:
            r = p.add_run(text[:run_in])
            font(r, "楷体_GB2312", size, True)
            text = text[run_in:]
        if text:
            r = p.add_run(text)
            font(r, east, size, bold)
        return p

    # header / footer
    if o.get("running_header"):
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        font(hp.add_run(o["running_header"]), "仿宋_GB2312", 10.5)
    if o.get("page_fmt"):
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pre, post = o["page_fmt"].split("{n}")
        total = "{total}" in post
        if total:
            post_a, post_b = post.split("{total}")
        font(fp.add_run(pre), "宋体", 14)
        _field(fp, "PAGE", font)
        if total:
            font(fp.add_run(post_a), "宋体", 14)
            _field(fp, "NUMPAGES", font)
            font(fp.add_run(post_b), "宋体", 14)
        else:
            font(fp.add_run(post), "宋体", 14)

    C = WD_ALIGN_PARAGRAPH.CENTER
    R = WD_ALIGN_PARAGRAPH.RIGHT
    switched = False

    def landscape():
        ns = doc.add_section()
        ns.orientation = WD_ORIENT.LANDSCAPE
        ns.page_width, ns.page_height = Cm(29.7), Cm(21)
        ns.left_margin = ns.right_margin = Cm(2.0)
        ns.top_margin, ns.bottom_margin = Cm(2.5), Cm(2.5)
        return True
    for kind, text, ex in b.blocks:
        if kind == "title":
            para(text, "方正小标宋简体", 22, C, indent=False)
        elif kind == "docno":
            para(text, "仿宋_GB2312", 16, C, indent=False)
        elif kind == "addr":
            para(text, indent=False)
        elif kind in ("sign", "date"):
            para(text, align=R, indent=False)
        elif kind == "h1":
            para(text, "黑体")
        elif kind == "h2":
            para(text, "楷体_GB2312")
        elif kind == "att_title":
            para(text, "方正小标宋简体", 18, C, indent=False)
        elif kind == "blank":
            para("", indent=False)
        elif kind == "pb" and o.get("landscape") and not switched:
            switched = landscape()
        elif kind == "pb":
            p = doc.add_paragraph()
            p.add_run().add_break(WD_BREAK.PAGE)
        elif kind == "table":
            if o.get("landscape") and not switched:
                switched = landscape()
            if False:
                ns = doc.add_section()
                ns.orientation = WD_ORIENT.LANDSCAPE
                ns.page_width, ns.page_height = Cm(29.7), Cm(21)
                ns.left_margin = ns.right_margin = Cm(2.0)
            docx_table(doc, ex, o, font, para)
            para("", indent=False)      # Word always ends a body with a paragraph
        else:
            para(text, run_in=ex.get("run_in", 0) if o.get("run_in_bold") else 0)

    cp = doc.core_properties
    cp.title = o.get("core_title", "")
    cp.author = "Administrator"
    cp.last_modified_by = "Administrator"
    dt = datetime.datetime.fromisoformat(o["date"] + "T09:00:00")
    cp.created = cp.modified = dt
    cp.revision = 1
    bio = io.BytesIO()
    doc.save(bio)
    return fix_zip(bio.getvalue())


def _field(p, code, font):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    for typ, txt in (("begin", None), ("instr", f" {code} "), ("separate", None), ("text", "1"), ("end", None)):
        r = p.add_run()
        font(r, "宋体", 14)
        if typ == "instr":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._element.append(it)
        elif typ == "text":
            r.text = txt
        else:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), typ)
            r._element.append(fc)


def docx_table(doc, ex, o, font, para):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    if ex.get("caption"):
        para(ex["caption"], "方正小标宋简体", 18, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    two = o.get("two_header")          # ("责任单位", index of 牵头单位 column)
    keys = o.get("keys", ["n", "group", "task", "lead", "resp", "when"])
    hdr = ex["header"]
    ncol = len(hdr)
    nhead = 2 if two else 1
    rows = ex["rows"]
    t = doc.add_table(rows=nhead + len(rows), cols=ncol)
    ruled = o.get("ruled", True)
    if ruled:
        t.style = doc.styles["Table Grid"]

    def cell_text(c, text, east="仿宋_GB2312", size=12, bold=False):
        p = c.paragraphs[0]
        p.paragraph_format.line_spacing = Pt(16)
        r = p.add_run(text)
        font(r, east, size, bold)

    for i in range(nhead):
        trpr = t.rows[i]._tr.get_or_add_trPr()
        th = OxmlElement("w:tblHeader")
        trpr.append(th)
    if two:
        span_title, li = two
        for j, h in enumerate(hdr):
            if j in (li, li + 1):
                continue
            a, bcell = t.cell(0, j), t.cell(1, j)
            a.merge(bcell)
            cell_text(a, h, "黑体", 12)
        m = t.cell(0, li).merge(t.cell(0, li + 1))
        cell_text(m, span_title, "黑体", 12)
        cell_text(t.cell(1, li), hdr[li], "黑体", 12)
        cell_text(t.cell(1, li + 1), hdr[li + 1], "黑体", 12)
    else:
        for j, h in enumerate(hdr):
            cell_text(t.cell(0, j), h, "黑体", 12)
    from docx.shared import Cm
    widths = o.get("widths", {"n": 1.3, "group": 3.6, "task": 10.6, "lead": 3.4, "resp": 3.8, "when": 3.0})
    t.autofit = False
    for j, k in enumerate(keys):
        t.columns[j].width = Cm(widths[k])
        for row in t.rows:
            row.cells[j].width = Cm(widths[k])
    gcol = keys.index("group") if "group" in keys else None
    start = {}
    for i, r in enumerate(rows):
        ri = nhead + i
        for j, k in enumerate(keys):
            if k == "group":
                if r["group"] not in start:
                    start[r["group"]] = ri
                    cell_text(t.cell(ri, j), r[k])
                continue
            cell_text(t.cell(ri, j), r[k])
    if gcol is not None:
        ends = {}
        for i, r in enumerate(rows):
            ends[r["group"]] = nhead + i
        for g, s0 in start.items():
            if ends[g] > s0:
                t.cell(s0, gcol).merge(t.cell(ends[g], gcol))


def fix_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps and member order, so the bytes are stable."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in zin.namelist():
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, zin.read(name))
    return out.getvalue()


def docx_to_pdf(docx_bytes: bytes, name: str) -> bytes:
    tmp = tempfile.mkdtemp(prefix="zoo")
    try:
        src = os.path.join(tmp, name + ".docx")
        with open(src, "wb") as f:
            f.write(docx_bytes)
        env = dict(os.environ, HOME=tmp)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/u", "--convert-to", "pdf",
                        "--outdir", tmp, src], check=True, capture_output=True, env=env, timeout=240)
        with open(os.path.join(tmp, name + ".pdf"), "rb") as f:
            return f.read()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
