"""The zoo's notices: one dict per notice (place, metadata, layout, measures, rendition options).

Every notice is invented: real place names, plausible invented 文号 and dates; the measure
wording comes from measures.py. Gold metadata is written here by hand (``meta``).
"""
from __future__ import annotations

import measures as ms
from render import cn_date

NATIONAL = ("国务院办公厅关于印发提升行政执法质量三年行动计划（2023—2025年）的通知", "国办发〔2023〕27号")

# default units per measure helper: (lead, responsible); {p} is the notice's level prefix
TOWN = "各镇人民政府（街道办事处）"
UNITS = {
    "study": (["{p}司法局"], ["各行政执法部门"]),
    "training": (["{p}司法局"], ["{p}人社局", "各行政执法部门"]),
    "licence": (["{p}司法局"], ["各行政执法部门"]),
    "professional": (["{p}委组织部", "{p}人社局"], ["各行政执法部门"]),
    "conduct": (["{p}纪委监委"], ["各行政执法部门"]),
    "campaign": (["{p}司法局"], ["各行政执法部门", TOWN]),
    "inspections": (["{p}市场监管局"], ["各行政执法部门"]),
    "lenient": (["{p}司法局"], ["{p}市场监管局", "{p}综合行政执法局"]),
    "fines": (["{p}财政局"], ["各行政执法部门"]),
    "discretion": (["{p}司法局"], ["各行政执法部门"]),
    "three_systems": (["{p}司法局"], ["各行政执法部门"]),
    "liaison": (["{p}司法局"], ["{p}公安局", "{p}人民检察院"]),
    "digital": (["{p}大数据局"], ["{p}司法局", "各行政执法部门"]),
    "lists": (["{p}司法局"], ["各行政执法部门"]),
    "township": (["{p}委编办", "{p}司法局"], [TOWN]),
    "joint": (["{p}综合行政执法局"], [TOWN]),
    "township_training": (["{p}司法局"], [TOWN]),
    "supervision_system": (["{p}司法局"], [TOWN]),
    "case_review": (["{p}司法局"], ["各行政执法部门"]),
    "monitors": (["{p}司法局"], []),
    "complaints": (["{p}政府办公室"], ["各行政执法部门"]),
    "funding": (["{p}财政局"], []),
    "equipment": (["{p}财政局"], ["各行政执法部门"]),
    "incentives": (["{p}司法局"], ["各行政执法部门"]),
    "publicity": (["{p}司法局"], ["各行政执法部门"]),
}


TIERS = {"provincial": "省、市、县、乡四级", "municipal": "市、县、乡三级"}


def make(spec):
    """Bind measure helpers to the notice: ('training', {h: 40}) -> (measure, lead, resp)."""
    p, area = spec["p"], spec["area"]

    def mk(name, lead=None, resp=None, **kw):
        if name == "supervision_system" and spec["level"] in TIERS:
            kw.setdefault("tiers", TIERS[spec["level"]])
        m = getattr(ms, name)(p, area, **kw)
        dl, dr = UNITS[name]
        lead = dl if lead is None else lead
        resp = dr if resp is None else resp
        if spec["level"] == "municipal":
            resp = ["各县（市、区）人民政府" if u == TOWN else u for u in resp]
            lead = ["各县（市、区）人民政府" if u == TOWN else u for u in lead]
        if spec["level"] == "provincial":
            resp = ["各设区市人民政府" if u == TOWN else u for u in resp]
        return (m, lead, resp)
    return mk


def cover(spec, addr=None, extra=None, plan_head=True, sign=True):
    """Standard 关于印发《X》的通知 head: title, 文号, 主送, letter, 落款, date, then the plan title + preamble."""
    head = [("title", spec["notice_title"])]
    if spec.get("doc_number_printed", spec["doc_number"]):
        head.append(("docno", spec["doc_number"]))
    head.append(("addr", addr or "各乡镇人民政府，各街道办事处，县政府各部门、各直属机构："))
    head.append(("p", extra or f"现将《{spec['plan_title']}》印发给你们，请结合实际，认真抓好贯彻落实。"))
    if sign:
        head += [("sign", spec["issuer"]), ("date", cn_date(spec["date"]))]
    if plan_head:
        head.append(("pb", ""))
        head.append(("title", spec["plan_title"]))
        head.append(("p", preamble(spec)))
    return head


def preamble(spec):
    up = "、".join(f"《{t}》（{n}）" for t, n in spec.get("upper", []))
    up = "和" + up if up else ""
    return (f"为深入贯彻落实《{NATIONAL[0]}》（{NATIONAL[1]}）{up}精神，全面提升{spec['area']}行政执法质量和效能，"
            f"推进法治政府建设，结合{spec['ours']}实际，制定本方案。")


GOAL = ("到2025年底，行政执法突出问题得到有效整治，行政执法工作体系进一步完善，"
        "行政执法质量和效能大幅提升，人民群众对行政执法的满意度明显提高。")


def banji(spec, cc="县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院。"):
    return [("p", f"抄送：{cc}"), ("p", f"{spec['issuer']}　　　　{cn_date(spec['date'])}印发")]



PROV_REPL = {"{p}司法局": "{p}司法厅", "{p}人社局": "{p}人社厅", "{p}财政局": "{p}财政厅", "{p}公安局": "{p}公安厅"}


def meta(spec, title=None, cites=None):
    r = spec["region"]
    return {
        "title": title if title is not None else spec["plan_title"],
        "notice_title": spec.get("notice_title"),
        "plan_title": spec.get("plan_title"),
        "doc_number": spec["doc_number"],
        "issuer": spec["issuer"],
        "date": spec["date"],
        "level": spec["level"],
        "region": {"province": r[0], "city": r[1], "county": r[2]},
        "cites": cites if cites is not None else [NATIONAL[1]] + [n for _, n in spec.get("upper", [])],
    }


def base(key, fmt, level, region, p, area, ours, issuer, docno, date, plan_title, notice_title=True, **kw):
    s = {"key": key, "file": f"{key}.{fmt}", "fmt": fmt, "level": level, "region": region, "p": p,
         "area": area, "ours": ours, "issuer": issuer, "doc_number": docno, "date": date,
         "plan_title": plan_title}
    s["notice_title"] = (f"{issuer}关于印发《{plan_title}》的通知" if notice_title is True else notice_title)
    s.update(kw)
    return s


def M(spec):
    return make(spec)


SPECS = []

# ------------------------------------------------------------------ 01 articles, TXT (CRLF)
s = base("01_articles", "txt", "county", ("四川省", "南充市", "营山县"), "县", "全县", "我县",
         "营山县人民政府办公室", "营府办发〔2024〕8号", "2024-03-12",
         "营山县提升行政执法质量三年行动实施方案（2024—2025年）",
         upper=[("四川省人民政府办公厅关于印发〈四川省提升行政执法质量三年行动实施方案（2023—2025年）〉的通知", "川办发〔2023〕41号"),
                ("南充市人民政府办公室关于印发〈南充市提升行政执法质量三年行动实施方案（2023—2025年）〉的通知", "南府办发〔2023〕65号")])
mk = M(s)
s["layouts"] = ["articles", "chapters", "txt", "crlf", "cover-letter", "banji"]
s["sec_scheme"] = "chapter"
s["head"] = cover(s, plan_head=False) + [("pb", ""), ("title", s["plan_title"])]
s["sections"] = [
    {"title": "总则", "style": "article", "measures": [preamble(s).replace("制定本方案", "制定本方案"), GOAL]},
    {"title": "提升行政执法队伍能力素质", "style": "article", "units": "duty",
     "measures": [mk("study"), mk("training", h=60, y=2024, m=6), mk("licence", y=2024, m=12), mk("professional", y=2025, pct=15)]},
    {"title": "规范行政执法行为", "style": "article", "units": "duty",
     "measures": [mk("campaign", y=2024, m=9), mk("inspections", n=2), mk("lenient", y=2024, m=6), mk("fines")]},
    {"title": "健全行政执法工作体系", "style": "article", "units": "duty",
     "measures": [mk("discretion", y=2024, m=12), mk("three_systems"), mk("digital", y=2025, pct=90)]},
    {"title": "强化行政执法监督", "style": "article", "units": "duty",
     "measures": [mk("supervision_system", y=2024, m=12), mk("case_review", n=2), mk("complaints", pct=95)]},
    {"title": "强化行政执法保障", "style": "article", "units": "duty",
     "measures": [mk("funding"), mk("equipment", y=2025, m=6)]},
    {"title": "附则", "style": "article", "measures": ["本方案由县司法局负责解释。", "本方案自印发之日起施行。"]},
]
s["tail"] = banji(s)
s["render"] = {"newline": "\r\n"}
s["gold_meta"] = meta(s)
s["notes"] = ("Articles 第一条…第二十条 under 第一章…第七章; ids are the article alone (第五条), since article numbers run through the whole plan "
              "(an id with the chapter, 第二章/第三条, would also be defensible). 第一条/第二条 (总则) and 第十九条/第二十条 (附则) are not measures. "
              "Units in the form （县司法局牵头，各行政执法部门配合）: 牵头 = lead, 配合 = responsible.")
SPECS.append(s)

# ------------------------------------------------------------------ 02 chapters + sections + articles, PDF
s = base("02_chapter-section-articles", "pdf", "county", ("河南省", "周口市", "鹿邑县"), "县", "全县", "我县",
         "鹿邑县人民政府办公室", "鹿政办〔2024〕15号", "2024-04-08",
         "鹿邑县提升行政执法质量三年行动实施方案",
         upper=[("河南省人民政府办公厅关于印发河南省提升行政执法质量三年行动实施方案（2023—2025年）的通知", "豫政办〔2023〕52号")])
mk = M(s)
s["layouts"] = ["articles", "chapters", "sections-jie", "pdf", "page-number-di-ye", "running-header", "cover-letter"]
s["sec_scheme"] = "chapter"
s["head"] = cover(s, addr="各乡镇人民政府、街道办事处，县政府各部门：", plan_head=False) + [("pb", ""), ("title", s["plan_title"])]
s["sections"] = [
    {"title": "总则", "style": "article", "measures": [preamble(s), GOAL]},
    {"title": "执法能力建设", "style": "article", "units": "paren", "measures": [
        "第一节　执法队伍建设", mk("study", n=4), mk("training", h=40, y=2024, m=10, new=24), mk("conduct"),
        "第二节　执法制度建设", mk("discretion", y=2024, m=9), mk("three_systems"), mk("lists", y=2024, m=6)]},
    {"title": "执法监督与保障", "style": "article", "units": "paren", "measures": [
        "第一节　执法监督", mk("supervision_system", y=2025, m=6), mk("case_review", n=1), mk("monitors"),
        "第二节　执法保障", mk("funding"), mk("equipment", y=2024, m=12), mk("incentives", n=1)]},
    {"title": "附则", "style": "article", "measures": ["本方案实施中的具体问题由县司法局负责解释。", "本方案自印发之日起施行，有效期至2025年12月31日。"]},
]
s["render"] = {"running_header": "鹿邑县人民政府办公室文件", "page_fmt": "第{n}页", "run_in_bold": True}
s["gold_meta"] = meta(s)
s["notes"] = ("第一章…第四章 with 第一节/第二节 inside; articles numbered through (第一条…第十六条); ids are the article alone. "
              "第一条/第二条/第十五条/第十六条 are not measures (the 有效期至2025年12月31日 of 第十六条 is not a deadline of a measure). "
              "PDF made by LibreOffice from a DOCX: running header 鹿邑县人民政府办公室文件 and footer 第N页 on every page.")
SPECS.append(s)

# ------------------------------------------------------------------ 03 three-level 一、/1./(1), DOCX, half-width
s = base("03_three-level", "docx", "county", ("江苏省", "宿迁市", "沭阳县"), "县", "全县", "我县",
         "沭阳县人民政府办公室", "沭政办发〔2024〕12号", "2024-03-15",
         "沭阳县提升行政执法质量三年行动实施方案（2024—2025年）",
         upper=[("江苏省提升行政执法质量三年行动实施方案（2023—2025年）", "苏政办发〔2023〕47号"),
                ("宿迁市提升行政执法质量三年行动实施方案", "宿政办发〔2023〕88号")])
mk = M(s)
s["layouts"] = ["three-level", "half-width-markers", "restart-per-parent", "docx", "cover-letter", "page-number-hyphen", "banji"]
s["continuous"] = False
s["head"] = cover(s)
NUM = {"style": "num", "sep": ".", "br": ("(", ")"), "units": "paren"}
s["sections"] = [
    {"title": "总体要求", "style": "plain", "subs": [
        ("1.指导思想。", "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，深入贯彻习近平法治思想。"),
        ("2.工作目标。", GOAL)]},
    dict(NUM, title=ms.SECTIONS[0], measures=[mk("study"), mk("training", h=60, y=2024, m=6), mk("professional", y=2025, pct=20)]),
    dict(NUM, title=ms.SECTIONS[1], measures=[mk("campaign", y=2024, m=6), mk("inspections", n=1), mk("fines")]),
    dict(NUM, title=ms.SECTIONS[2], measures=[mk("discretion", y=2024, m=6), mk("three_systems"), mk("liaison", y=2024, m=9)]),
    dict(NUM, title=ms.SECTIONS[3], measures=[mk("township", y=2024, m=12), mk("joint")]),
    dict(NUM, title=ms.SECTIONS[4], measures=[mk("supervision_system", y=2024, m=12), mk("case_review", n=2), mk("monitors")]),
    dict(NUM, title=ms.SECTIONS[5], measures=[mk("funding"), mk("equipment", y=2025, m=6, pct=100)]),
    {"title": "工作要求", "style": "plain", "subs": [
        ("", "各镇（街道）、各部门要高度重视，主要负责同志要亲自部署、亲自推动，确保各项任务落地见效。"),
        ("", "县司法局要加强统筹协调和督促指导，每年年底前将工作进展情况报县政府。")]},
]
s["tail"] = banji(s)
s["render"] = {"page_fmt": "- {n} -", "run_in_bold": True}
s["gold_meta"] = meta(s)
s["notes"] = ("一、/1./(1) with half-width 1. and (1); 1. restarts under each 一、; the measure is the 1. clause (it states the duty), "
              "its (1) sub-items are parts of it; ids 二/1 (component 1 from '1.'). 一、总体要求's 1.指导思想/2.工作目标 and 八、工作要求 are not measures. "
              "The units paren follows the last (n) sub-item and belongs to the 1. measure.")
SPECS.append(s)

# ------------------------------------------------------------------ 04 topic headings + items + units line, TXT from PDF
s = base("04_topic-items-wrapped", "txt", "county", ("湖北省", "黄冈市", "麻城市"), "市", "全市", "我市",
         "麻城市人民政府办公室", "麻政办发〔2024〕9号", "2024-02-26",
         "麻城市提升行政执法质量三年行动实施方案",
         upper=[("湖北省提升行政执法质量三年行动实施方案", "鄂政办发〔2023〕36号"),
                ("黄冈市提升行政执法质量三年行动实施方案", "黄政办发〔2023〕29号")])
mk = M(s)
s["layouts"] = ["topic-heading-items", "units-last-line", "full-width-dot", "txt", "hard-wrap-26", "page-number-hyphen",
                "running-header", "cover-letter", "county-level-city"]
s["head"] = cover(s, addr="各乡镇人民政府、街道办事处，市政府各部门：")
TOP = {"style": "topic", "sep": "．"}
s["sections"] = [
    {"title": "总体要求", "style": "plain", "subs": [("", GOAL)]},
    dict(TOP, title=ms.SECTIONS[0], measures=[mk("study", n=2), mk("training", h=60, y=2024, m=6)]),
    dict(TOP, title=ms.SECTIONS[1], measures=[mk("campaign", y=2024, m=9), mk("inspections", n=2), mk("lenient", y=2024, m=6)]),
    dict(TOP, title=ms.SECTIONS[2], measures=[mk("discretion", y=2024, m=12), mk("digital", y=2025, pct=85)]),
    dict(TOP, title=ms.SECTIONS[4], measures=[mk("supervision_system", y=2024, m=12), mk("case_review", n=1), mk("complaints", pct=98)]),
    dict(TOP, title=ms.SECTIONS[5], measures=[mk("funding"), mk("incentives", n=1)]),
]
s["tail"] = [("sign", "麻城市人民政府办公室"), ("date", cn_date(s["date"]))] if False else []
s["render"] = {"wrap": 26, "page_lines": 30, "page_fmt": "- {n} -", "running_header": "麻城市人民政府办公室文件"}
s["gold_meta"] = meta(s)
s["notes"] = ("（一）… headings only name a topic; 1．2．3． paragraphs follow, then a last line 牵头单位：…；配合单位：…; the （一） clause is the measure "
              "(the items are its parts) and its units come from that last line. County-level city: level county, units 市司法局 etc. are the city's own. "
              "TXT as copied from a PDF: hard wraps every 26 characters, '- N -' page lines and a running header from page 2.")
SPECS.append(s)

# ------------------------------------------------------------------ 05 topic + duty sections mixed, PDF, N/M page numbers
s = base("05_mixed-measure-levels", "pdf", "county", ("安徽省", "阜阳市", "临泉县"), "县", "全县", "我县",
         "临泉县人民政府办公室", "临政办〔2024〕21号", "2024-05-06",
         "临泉县提升行政执法质量三年行动实施方案",
         upper=[("安徽省提升行政执法质量三年行动实施方案", "皖政办〔2023〕14号")])
mk = M(s)
s["layouts"] = ["topic-heading-items", "units-last-line", "duty-clauses", "mixed-measure-levels", "pdf", "page-number-slash", "cover-letter",
                "banji"]
s["head"] = cover(s)
s["sections"] = [
    {"title": "总体要求", "style": "plain", "subs": [("", GOAL)]},
    {"title": ms.SECTIONS[0], "style": "topic", "sep": ".", "measures": [mk("training", h=60, y=2024, m=12), mk("licence", y=2024, m=6), mk("professional", y=2025, pct=12)]},
    {"title": ms.SECTIONS[1], "style": "topic", "sep": ".", "measures": [mk("campaign", y=2024, m=10), mk("fines")]},
    {"title": ms.SECTIONS[2], "style": "duty", "measures": [mk("three_systems"), mk("liaison", y=2024, m=12), mk("lists", y=2024, m=5)]},
    {"title": ms.SECTIONS[3], "style": "duty", "measures": [mk("township", y=2024, m=9), mk("township_training", n=1)]},
    {"title": ms.SECTIONS[4], "style": "duty", "measures": [mk("case_review", n=2), mk("monitors")]},
]
s["tail"] = banji(s)
s["render"] = {"page_fmt": "{n}/{total}", "run_in_bold": True}
s["gold_meta"] = meta(s)
s["notes"] = ("Sections 二、三: （一） headings name a topic, items 1. 2. follow, units on a last line (measure = the （n） clause). "
              "Sections 四、五、六: the （n） clauses state the duty themselves, units in a trailing paren. （n） numbering runs through the sections. "
              "PDF footer 'N/M'.")
SPECS.append(s)

# ------------------------------------------------------------------ 06 第一部分 + inline 一是, HTML with headline, 信息公开, pinyin with tones
s = base("06_parts-inline-web", "html", "county", ("浙江省", "温州市", "苍南县"), "县", "全县", "我县",
         "苍南县人民政府办公室", "苍政办发〔2024〕17号", "2024-04-18",
         "苍南县提升行政执法质量三年行动实施方案",
         upper=[("浙江省人民政府办公厅关于印发浙江省提升行政执法质量三年行动实施方案（2023—2025年）的通知", "浙政办发〔2023〕31号")])
mk = M(s)
s["layouts"] = ["parts", "inline-yishi", "html", "site-headline", "info-block", "pinyin-tones", "cover-letter"]
s["sec_scheme"] = "part"
s["head"] = cover(s, addr="各乡镇人民政府，县政府直属各单位：")
s["sections"] = [
    {"title": "总体要求", "style": "plain", "subs": [("", GOAL)]},
    {"title": "重点任务", "style": "inline", "units": "duty", "measures": [
        ("着力提升执法队伍素质", [mk("study"), mk("training", h=60, y=2024, m=6), mk("licence", y=2024, m=12)]),
        ("着力整治执法突出问题", [mk("campaign", y=2024, m=9), mk("inspections", n=2), mk("fines")]),
        ("着力健全执法工作体系", [mk("discretion", y=2024, m=12), mk("three_systems"), mk("digital", y=2025, pct=90)]),
        ("着力强化执法监督保障", [mk("case_review", n=1), mk("complaints", pct=95), mk("funding"), mk("equipment", y=2025, m=6)]),
    ]},
    {"title": "保障措施", "style": "plain", "subs": [("", "各乡镇、各部门要把提升行政执法质量摆上重要议事日程，主要负责人要切实履行推进法治建设第一责任人职责。")]},
]
s["tail"] = [("sign", s["issuer"]), ("date", cn_date(s["date"]))]
s["avoid"] = ["贯彻", "裁量", "罚没"]
s["render"] = {
    "site": "苍南县人民政府", "h1": s["notice_title"],
    "headline": "浙政办发〔2023〕31号《浙江省人民政府办公厅关于印发浙江省提升行政执法质量三年行动实施方案（2023—2025年）的通知》",
    "info": [("索引号", "001008003009000/2024-00215"), ("文号", s["doc_number"]), ("发文单位", s["issuer"]),
             ("发布日期", "2024-04-22"), ("成文日期", "2024-04-18")],
    "pinyin": {"贯彻": "(guàn chè)", "裁量": "(cái liàng)", "罚没": "(fá mò)"},
    "siteid": "3303270001", "icp": "浙ICP备05012345号"}
s["gold_meta"] = meta(s)
s["notes"] = ("第一部分…第三部分; in 第二部分 each （n） opens with a topic sentence and runs inline 一是……；二是……；三是……。, each with its own units; "
              "the 一是 items are the measures (id 第二部分/（一）/一是), the （n） clause is their group. The site headline above the <h1> names the "
              "provincial notice (a cite, not this notice's title). 发布日期 2024-04-22 is the web date; the notice's date is 成文日期 2024-04-18. "
              "Pinyin annotations (guàn chè)… are not part of the clean text.")
SPECS.append(s)

# ------------------------------------------------------------------ 07 第一部分 + 其一/其二, TXT copied from a web page, placeless title
s = base("07_parts-qiyi-webcopy", "txt", "county", ("江西省", "赣州市", "宁都县"), "县", "全县", "我县",
         "宁都县人民政府办公室", "宁府办字〔2024〕6号", "2024-03-28",
         "提升行政执法质量三年行动实施方案",
         notice_title="县人民政府办公室关于印发提升行政执法质量三年行动实施方案的通知",
         upper=[("江西省人民政府办公厅关于印发江西省提升行政执法质量三年行动实施方案（2023—2025年）的通知", "赣府厅字〔2023〕95号")])
mk = M(s)
s["layouts"] = ["parts", "qiyi", "txt", "web-copy", "info-block", "placeless-title", "pinyin-no-tones", "cover-letter"]
s["sec_scheme"] = "part"
s["head"] = cover(s, extra="现将《提升行政执法质量三年行动实施方案》印发给你们，请认真贯彻执行。", sign=False)
s["head"].insert(4, ("sign", "县人民政府办公室"))
s["head"].insert(5, ("date", cn_date(s["date"])))
s["sections"] = [
    {"title": "总体要求", "style": "plain", "subs": [("", GOAL)]},
    {"title": "主要任务", "style": "qiyi", "units": "paren", "measures": [
        ("提升执法能力", [mk("study", n=3), mk("training", h=40, y=2024, m=6, new=40)]),
        ("规范执法行为", [mk("campaign", y=2024, m=12), mk("lenient", y=2024, m=9), mk("inspections", n=1)]),
        ("完善执法体系", [mk("discretion", y=2024, m=6), mk("lists", y=2024, m=4)]),
        ("深化体制改革", [mk("township", y=2024, m=12), mk("joint")]),
        ("强化执法监督", [mk("supervision_system", y=2024, m=12), mk("case_review", n=2)]),
    ]},
    {"title": "组织保障", "style": "plain", "subs": [("", "县司法局要牵头做好统筹协调，定期通报工作进展，重大事项及时向县政府报告。")]},
]
s["avoid"] = ["贯彻", "裁量", "柔性"]
s["render"] = {
    "web_head": ["宁都县人民政府", "首页 > 政务公开 > 政府文件 > 县府办文件", "",
                 "索引号：K20001/2024-00087", "文号：宁府办字〔2024〕6号", "发文单位：宁都县人民政府办公室",
                 "发布日期：2024-04-02", "成文日期：2024-03-28", "", "字号：大 中 小　　打印本页　　关闭窗口", ""],
    "web_tail": ["", "扫一扫在手机打开当前页", "主办单位：宁都县人民政府办公室　承办单位：宁都县融媒体中心",
                 "网站标识码：3607300001　赣ICP备10002345号-1"],
    "pinyin": {"贯彻": "(guan che)", "裁量": "( cái  liàng )", "柔性": "（rou xing）"}}
s["gold_meta"] = meta(s)
s["notes"] = ("The title, signature (县人民政府办公室) and body never name the county: 宁都县 / 赣州市 come only from the copied page chrome "
              "(发文单位, site name). 其一，……；其二，…… inline items are the measures (id 第二部分/（一）/其一). 发布日期 is the web date, "
              "成文日期 the notice's. Pinyin without tones and with stray spaces is not part of the clean text.")
SPECS.append(s)

# ------------------------------------------------------------------ 08 circled ①, out-of-sequence （五）, provincial, no signature, DOCX
s = base("08_circled-nosignature", "docx", "provincial", ("江西省", None, None), "省", "全省", "我省",
         "江西省人民政府办公厅", "赣府厅字〔2023〕95号", "2023-11-20",
         "江西省提升行政执法质量三年行动实施方案（2023—2025年）")
mk0 = M(s)


def mkp(name, **kw):
    m, lead, resp = mk0(name, **kw)
    return m, [PROV_REPL.get(u, u) for u in lead], [PROV_REPL.get(u, u) for u in resp]


s["layouts"] = ["circled", "out-of-sequence", "restart-per-parent", "docx", "no-signature", "issuer-in-title", "provincial",
                "page-number-emdash"]
s["continuous"] = False
s["head"] = [("title", s["notice_title"]), ("docno", s["doc_number"]),
             ("addr", "各设区市人民政府，省政府各部门："),
             ("p", f"《{s['plan_title']}》已经省政府同意，现印发给你们，请认真组织实施。"),
             ("date", cn_date(s["date"])), ("pb", ""), ("title", s["plan_title"]), ("p", preamble(s))]
s["sections"] = [
    {"title": "总体要求", "style": "plain", "subs": [("", GOAL)]},
    {"title": ms.SECTIONS[0], "style": "duty", "measures": [mkp("study", n=2), mkp("training", h=60, y=2024, m=6), mkp("licence", y=2024, m=12)]},
    {"title": ms.SECTIONS[1], "style": "circled", "measures": [
        ("规范执法行为", [mkp("campaign", y=2024, m=6), mkp("inspections", n=2), mkp("lenient", y=2024, m=3)]),
        ("整治逐利执法", [mkp("fines"), mkp("conduct")])]},
    {"title": ms.SECTIONS[2], "style": "duty", "skip": {3: 5},
     "measures": [mkp("discretion", y=2024, m=6), mkp("three_systems"), mkp("liaison", y=2024, m=12), mkp("digital", y=2025, pct=95)]},
    {"title": ms.SECTIONS[4], "style": "circled", "measures": [
        ("健全监督体系", [mkp("supervision_system", y=2024, m=6), mkp("case_review", n=2)]),
        ("拓宽监督渠道", [mkp("monitors"), mkp("complaints", pct=98)])]},
    {"title": ms.SECTIONS[5], "style": "duty", "measures": [mkp("funding"), mkp("equipment", y=2025, m=6), mkp("incentives", n=1)]},
]
s["tail"] = [("p", "（此件主动公开）")]
s["render"] = {"page_fmt": "— {n} —", "run_in_bold": True}
s["gold_meta"] = meta(s, cites=[NATIONAL[1]])
s["notes"] = ("No signature line: the issuer is named only in the title (江西省人民政府办公厅关于印发…的通知); the date line stands alone. "
              "（n） restarts under each 一、; in 四、 the fourth clause is printed （五） after （三） (a typo): ids follow the print (四/（五）). "
              "In 三、 and 六、 the （n） clauses are group headings and the ① items are the measures (id 三/（一）/①). "
              "Provincial units 省司法厅 etc.; 各设区市人民政府 is 下级人民政府; 省大数据局/省综合行政执法局 are invented but kept.")
SPECS.append(s)

# ------------------------------------------------------------------ 09 city, (一) half-width circled + 1、 items, HTML, no signature
s = base("09_city-halfwidth-web", "html", "municipal", ("河北省", "保定市", None), "市", "全市", "我市",
         "保定市人民政府办公室", "保政办函〔2024〕11号", "2024-01-30",
         "保定市提升行政执法质量三年行动实施方案",
         upper=[("河北省提升行政执法质量三年行动实施方案", "冀政办字〔2023〕118号")])
mk = M(s)
s["layouts"] = ["three-level", "dunhao-items", "half-width-markers", "circled", "html", "info-block", "no-signature", "issuer-in-title", "municipal"]
s["continuous"] = False
s["head"] = [("title", s["notice_title"]), ("docno", s["doc_number"]),
             ("addr", "各县（市、区）人民政府，各开发区管委会，市政府各部门："),
             ("p", f"《{s['plan_title']}》已经市政府同意，现印发给你们，请结合实际认真贯彻落实。"),
             ("date", cn_date(s["date"])), ("title", s["plan_title"]), ("p", preamble(s))]
NUM2 = {"style": "num", "sep": "、", "br": ("(", ")"), "units": "resp"}
s["sections"] = [
    {"title": "总体要求", "style": "plain", "subs": [("", GOAL)]},
    dict(NUM2, title=ms.SECTIONS[0], measures=[mk("study", n=2), mk("training", h=60, y=2024, m=9)]),
    dict(NUM2, title=ms.SECTIONS[1], measures=[mk("campaign", y=2024, m=6), mk("inspections", n=2), mk("fines")]),
    {"title": ms.SECTIONS[2], "style": "circled", "half": True, "measures": [
        ("健全执法制度", [mk("discretion", y=2024, m=9), mk("three_systems"), mk("lists", y=2024, m=3)]),
        ("推进数字执法", [mk("digital", y=2025, pct=95)])]},
    dict(NUM2, title=ms.SECTIONS[3], measures=[mk("township", y=2024, m=12), mk("joint")]),
    dict(NUM2, title=ms.SECTIONS[4], measures=[mk("supervision_system", y=2024, m=12), mk("case_review", n=1)]),
]
s["render"] = {"site": "保定市人民政府", "h1": s["notice_title"],
               "info": [("索引号", "000014349/2024-00031"), ("发文机关", s["issuer"]), ("发文字号", s["doc_number"]),
                        ("成文日期", "2024年01月30日"), ("发布日期", "2024年02月04日")],
               "siteid": "1306000001", "icp": "冀ICP备05001234号"}
s["gold_meta"] = meta(s)
s["notes"] = ("City level: 各县（市、区）人民政府 are 下级人民政府. 一、/1、/(1) with 1、 (dunhao) items and half-width (1): the 1、 clause is the measure "
              "(id 二/1). In 四、 half-width (一)/(二) group headings with ① measures (id 四/（一）/①, brackets normalized to full width). "
              "All units are printed as （责任单位：…）, so there are no lead roles. No signature line: the issuer is in the title.")
SPECS.append(s)


def table_notice(**kw):
    groups = kw.pop("groups")
    s = base(kw.pop("key"), kw.pop("fmt"), kw.pop("level", "county"), kw.pop("region"), kw.pop("p"), kw.pop("area"),
             kw.pop("ours"), kw.pop("issuer"), kw.pop("docno"), kw.pop("date"), kw.pop("plan_title"), upper=kw.pop("upper"))
    mk = M(s)
    s["layouts"] = kw.pop("layouts")
    if "attachment" not in s["layouts"]:
        s["layouts"].append("attachment")
    s["head"] = cover(s, addr=kw.pop("addr", None), plan_head=False) + [
        ("pb", ""), ("p", "附件"), ("att_title", s["plan_title"] + "重点任务分工表" if kw.get("suffix", True) else s["plan_title"])]
    kw.pop("suffix", None)
    s["sections"] = []
    s["table"] = {"header": kw.pop("header"), "restart": kw.pop("restart", False),
                  "group_numbered": kw.pop("group_numbered", False), "caption": None,
                  "groups": [(g, [mk(n, **a) for n, a in members]) for g, members in groups]}
    s["render"] = kw.pop("render", {})
    s["tail"] = kw.pop("tail", [])
    s["gold_meta"] = meta(s)
    s["notes"] = kw.pop("notes", "")
    assert not kw, kw
    return s


GROUPS_A = [
    ("提升执法队伍能力素质", [("study", {}), ("training", {"h": 60, "y": 2024, "m": 6}), ("licence", {"y": 2024, "m": 12})]),
    ("整治执法突出问题", [("campaign", {"y": 2024, "m": 9}), ("inspections", {"n": 2}), ("lenient", {"y": 2024, "m": 6})]),
    ("健全执法工作体系", [("discretion", {"y": 2024, "m": 12}), ("three_systems", {}), ("digital", {"y": 2025, "pct": 90})]),
    ("强化执法监督保障", [("case_review", {"n": 1}), ("complaints", {"pct": 95}), ("equipment", {"y": 2025, "m": 6})]),
]
GROUPS_B = [
    ("执法队伍建设", [("training", {"h": 40, "y": 2024, "m": 12, "new": 20}), ("professional", {"y": 2025, "pct": 10}), ("conduct", {})]),
    ("执法行为规范", [("campaign", {"y": 2024, "m": 6}), ("fines", {}), ("inspections", {"n": 3})]),
    ("执法体制改革", [("township", {"y": 2024, "m": 9}), ("joint", {}), ("township_training", {"n": 1})]),
    ("执法监督", [("supervision_system", {"y": 2025, "m": 6}), ("case_review", {"n": 2}), ("monitors", {})]),
    ("执法保障", [("funding", {}), ("incentives", {"n": 1})]),
]
TABLE_NOTE = ("The notice body is a cover letter; the measures are the rows of the attached task table (id = the row's printed number; "
              "where the task-group cell is numbered 一、 and row numbers restart per group the id is 一/1). First unit column = lead, "
              "second (配合/协办/责任单位) = responsible. The 时限 column repeats the dates of the row text; 持续推进 is no deadline. ")

SPECS.append(table_notice(
    key="10_table-tabs", fmt="txt", region=("湖南省", "常德市", "澧县"), p="县", area="全县", ours="我县",
    issuer="澧县人民政府办公室", docno="澧政办发〔2024〕5号", date="2024-02-19",
    plan_title="澧县提升行政执法质量三年行动实施方案",
    upper=[("湖南省提升行政执法质量三年行动实施方案（2023—2025年）", "湘政办发〔2023〕44号")],
    header=["序号", "任务", "工作内容", "牵头单位", "配合单位", "时限"], groups=GROUPS_A,
    layouts=["task-table", "txt-tab-columns", "txt", "cover-letter", "attachment"], notes=TABLE_NOTE + "Columns separated by TAB."))

SPECS.append(table_notice(
    key="11_table-spaces", fmt="txt", region=("广西壮族自治区", "桂林市", "阳朔县"), p="县", area="全县", ours="我县",
    issuer="阳朔县人民政府办公室", docno="阳政办发〔2024〕3号", date="2024-01-22",
    plan_title="阳朔县提升行政执法质量三年行动工作方案",
    upper=[("广西壮族自治区提升行政执法质量三年行动实施方案", "桂政办发〔2023〕58号")],
    header=["序号", "事项", "举措", "牵头单位", "协办单位", "完成时间"], groups=GROUPS_B,
    render={"table": "space"},
    layouts=["task-table", "txt-space-columns", "txt", "cover-letter", "attachment"],
    notes=TABLE_NOTE + "Columns separated by runs of 3–4 spaces; the cells themselves contain no spaces."))

SPECS.append(table_notice(
    key="12_table-pipes", fmt="txt", region=("山西省", "长治市", "屯留区"), p="区", area="全区", ours="我区",
    issuer="长治市屯留区人民政府办公室", docno="屯政办发〔2024〕10号", date="2024-03-05",
    plan_title="屯留区提升行政执法质量三年行动实施方案",
    upper=[("山西省提升行政执法质量三年行动实施方案", "晋政办发〔2023〕71号"), ("长治市提升行政执法质量三年行动实施方案", "长政办发〔2023〕40号")],
    header=["编号", "类别", "措施", "牵头单位", "配合单位", "进度安排"], groups=GROUPS_A, restart=True, group_numbered=True,
    addr="各乡镇人民政府、街道办事处，区直各有关单位：",
    render={"table": "pipe"},
    layouts=["task-table", "txt-pipe-columns", "restart-per-parent", "txt", "cover-letter", "district"],
    notes=TABLE_NOTE + "Markdown-like | pipes with a |---| rule; the 类别 cell is numbered 一、… and row numbers restart per 类别, so ids are 一/1."))

SPECS.append(table_notice(
    key="13_table-stacked-cells", fmt="txt", region=("甘肃省", "天水市", "秦安县"), p="县", area="全县", ours="我县",
    issuer="秦安县人民政府办公室", docno="秦政办发〔2024〕7号", date="2024-04-11",
    plan_title="秦安县提升行政执法质量三年行动实施方案",
    upper=[("甘肃省提升行政执法质量三年行动实施方案", "甘政办发〔2023〕63号")],
    header=["类别", "序号", "具体举措", "牵头单位", "协办单位", "完成时限"], groups=GROUPS_B,
    render={"table": "stack", "keys": ["group", "n", "task", "lead", "resp", "when"], "wrap": 4000, "page_lines": 24,
            "page_fmt": "·{n}·", "running_header": "秦安县人民政府办公室文件"},
    layouts=["task-table", "txt-stacked-narrow-column", "txt", "page-number-middot", "running-header", "cover-letter"],
    notes=TABLE_NOTE + "TXT as copied from a PDF table: the narrow 类别 column comes out one character per line beside the rows "
          "(执/法/队/伍/建/设 …); '·N·' page lines and a running header every 24 lines, which can fall between the stacked characters."))

SPECS.append(table_notice(
    key="14_table-docx-merged", fmt="docx", region=("福建省", "三明市", "大田县"), p="县", area="全县", ours="我县",
    issuer="大田县人民政府办公室", docno="大政办〔2024〕14号", date="2024-05-20",
    plan_title="大田县提升行政执法质量三年行动实施方案",
    upper=[("福建省提升行政执法质量三年行动实施方案", "闽政办〔2023〕39号"), ("三明市提升行政执法质量三年行动实施方案", "明政办〔2023〕52号")],
    header=["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"], groups=GROUPS_A + GROUPS_B[2:3],
    restart=True, group_numbered=True,
    render={"two_header": ("责任单位", 3), "landscape": True, "page_fmt": "— {n} —"},
    layouts=["task-table", "docx-table", "vmerge", "gridspan", "tblheader", "restart-per-parent", "docx", "cover-letter",
             "page-number-emdash"],
    notes=TABLE_NOTE + "Real DOCX table: two header rows marked tblHeader (责任单位 spans 牵头单位/配合单位 by gridSpan; the other header cells merge "
          "down), 重点任务 (一、…) merged down over its rows (vMerge); the 序号 restarts per 重点任务, so ids are 一/1."))

SPECS.append(table_notice(
    key="15_table-pdf-ruled", fmt="pdf", region=("陕西省", "宝鸡市", "凤翔区"), p="区", area="全区", ours="我区",
    issuer="宝鸡市凤翔区人民政府办公室", docno="凤政办发〔2024〕19号", date="2024-06-03",
    plan_title="凤翔区提升行政执法质量三年行动实施方案",
    upper=[("陕西省提升行政执法质量三年行动实施方案", "陕政办发〔2023〕27号")],
    header=["序号", "工作任务", "工作措施", "牵头单位", "责任单位", "完成时限"], groups=GROUPS_B,
    addr="各镇人民政府、街道办事处，区政府各工作部门、直属机构：",
    render={"landscape": True, "page_fmt": "— {n} —"},
    layouts=["task-table", "pdf-ruled-table", "vmerge", "pdf", "page-number-emdash", "cover-letter", "district"],
    notes=TABLE_NOTE + "PDF from a DOCX table with all borders (ruled), 工作任务 merged down; cell text wraps inside cells."))

SPECS.append(table_notice(
    key="16_table-pdf-unruled", fmt="pdf", region=("云南省", "曲靖市", "陆良县"), p="县", area="全县", ours="我县",
    issuer="陆良县人民政府办公室", docno="陆政办发〔2024〕23号", date="2024-06-17",
    plan_title="陆良县提升行政执法质量三年行动实施方案",
    upper=[("云南省提升行政执法质量三年行动实施方案", "云政办发〔2023〕49号")],
    header=["序号", "举措", "具体内容", "牵头单位", "协办单位", "进度安排"], groups=GROUPS_A,
    render={"landscape": True, "ruled": False, "page_fmt": "第{n}页", "running_header": "陆良县人民政府办公室"},
    layouts=["task-table", "pdf-unruled-table", "pdf", "page-number-di-ye", "running-header", "cover-letter"],
    notes=TABLE_NOTE + "PDF from a DOCX table with no borders at all (unruled): columns only by position; running header on every page."))

SPECS.append(table_notice(
    key="17_table-html", fmt="html", region=("贵州省", "遵义市", "湄潭县"), p="县", area="全县", ours="我县",
    issuer="湄潭县人民政府办公室", docno="湄府办发〔2024〕8号", date="2024-03-21",
    plan_title="湄潭县提升行政执法质量三年行动实施方案",
    upper=[("贵州省提升行政执法质量三年行动实施方案", "黔府办发〔2023〕20号"), ("遵义市提升行政执法质量三年行动实施方案", "遵府办发〔2023〕33号")],
    header=["序号", "重点任务", "工作内容", "牵头单位", "配合单位", "完成时间"], groups=GROUPS_B,
    render={"site": "湄潭县人民政府", "h1": "湄潭县人民政府办公室关于印发《湄潭县提升行政执法质量三年行动实施方案》的通知",
            "headline": "黔府办发〔2023〕20号《贵州省人民政府办公厅关于印发贵州省提升行政执法质量三年行动实施方案的通知》",
            "info": [("索引号", "11520328MB1234567X/2024-00412"), ("文号", "湄府办发〔2024〕8号"), ("发文单位", "湄潭县人民政府办公室"),
                     ("发布日期", "2024-03-26"), ("成文日期", "2024-03-21")],
            "siteid": "5203280001", "icp": "黔ICP备13001234号"},
    layouts=["task-table", "html-table", "rowspan", "html", "site-headline", "info-block", "cover-letter"],
    notes=TABLE_NOTE + "HTML <table> with rowspan on 重点任务; the site headline above the <h1> names the provincial notice (a cite)."))

# ------------------------------------------------------------------ 18 mojibake + inline + out of sequence, TXT
s = base("18_mojibake-wrapped", "txt", "county", ("辽宁省", "鞍山市", "海城市"), "市", "全市", "我市",
         "海城市人民政府办公室", "海政办发〔2024〕4号", "2024-01-15",
         "海城市提升行政执法质量三年行动实施方案",
         upper=[("辽宁省提升行政执法质量三年行动实施方案", "辽政办发〔2023〕19号"), ("鞍山市提升行政执法质量三年行动实施方案", "鞍政办发〔2023〕30号")])
mk = M(s)
s["layouts"] = ["mojibake", "pinyin-tones", "duty-clauses", "inline-yishi", "out-of-sequence", "txt", "hard-wrap-36", "page-number-hyphen",
                "cover-letter", "county-level-city", "banji", "mixed-measure-levels"]
s["head"] = cover(s, addr="各镇人民政府、街道办事处，市政府各部门、各直属单位：")
s["sections"] = [
    {"title": "总体要求", "style": "plain", "subs": [("（一）指导思想", ""), ("", "坚持以习近平法治思想为指导，全面贯彻党的二十大精神。"), ("（二）工作目标", ""), ("", GOAL)]},
    {"title": ms.SECTIONS[0], "style": "duty", "measures": [mk("study", n=2), mk("training", h=60, y=2024, m=6), mk("licence", y=2024, m=12)]},
    {"title": ms.SECTIONS[1], "style": "duty", "skip": {2: 7}, "measures": [mk("campaign", y=2024, m=9), mk("inspections", n=2), mk("fines")]},
    {"title": ms.SECTIONS[2], "style": "inline", "units": "duty", "measures": [
        ("健全执法制度机制", [mk("discretion", y=2024, m=12), mk("three_systems"), mk("liaison", y=2024, m=12)])]},
    {"title": ms.SECTIONS[4], "style": "duty", "measures": [mk("supervision_system", y=2024, m=12), mk("case_review", n=1), mk("complaints", pct=95)]},
    {"title": ms.SECTIONS[5], "style": "duty", "measures": [mk("funding"), mk("equipment", y=2025, m=6)]},
]
s["tail"] = banji(s, cc="市委各部门，市人大常委会办公室，市政协办公室，市法院，市检察院。")
GARBLE = ["（一）指导思想", "一、总体要求", "现将《海城市提升行政执法质量三年行动实施方案》印发给你们", "（牵头单位：市财政局"]
s["avoid"] = ["指导"] + GARBLE
s["render"] = {"pinyin": {"指导": "(zhǐ dǎo)"}, "garble": GARBLE, "wrap": 36, "page_lines": 32, "page_fmt": "- {n} -"}
s["gold_meta"] = meta(s)
from render import garble as _g, pinyinize as _py  # noqa: E402
s["notes"] = ("TXT damaged as a web page decoded with the wrong codec: four spans are GBK byte-shift mojibake (the GBK bytes read one byte "
              "off and decoded as GBK, a leading '?'; decoding resynchronises after a few characters); garbled -> clean: "
              + "; ".join(f"'{_g(_py(x, {'指导': '(zhǐ dǎo)'}))}' -> '{x}'" for x in GARBLE)
              + ". The garbled units paren is the first one of 三/（七） (lead 市财政局): the gold keeps the clean roles. Pinyin (zhǐ dǎo) after 指导 "
              "is not clean text. （n） runs through the sections; in 三、 the third clause is printed （七） after （五） (typo kept: id 三/（七）, "
              "and numbering continues from it). 四、 has one topic clause whose inline 一是/二是/三是 are the measures (四/（八）/一是). "
              "一、总体要求's （一）指导思想/（二）工作目标 are not measures. Hard wraps every 36 characters, '- N -' page lines.")
SPECS.append(s)


# ------------------------------------------------------------------ 19 web copy: placeless title, 1、 + 其一, mojibake, GBK, CRLF
s = base("19_qiyi-dunhao-gbk-webcopy", "txt", "county", ("吉林省", "延边朝鲜族自治州", "敦化市"), "市", "全市", "我市",
         "敦化市人民政府办公室", "敦政办发〔2024〕13号", "2024-04-25",
         "提升行政执法质量三年行动工作方案",
         notice_title="市人民政府办公室关于印发提升行政执法质量三年行动工作方案的通知",
         upper=[("吉林省提升行政执法质量三年行动实施方案", "吉政办发〔2023〕25号")])
mk = M(s)
s["layouts"] = ["qiyi", "dunhao-items", "mixed-measure-levels", "txt", "gbk", "crlf", "web-copy", "info-block", "placeless-title",
                "pinyin-no-tones", "mojibake", "cover-letter", "county-level-city"]
s["continuous"] = False
s["head"] = cover(s, addr="各镇人民政府、街道办事处，市政府各委办局：",
                  extra="现将《提升行政执法质量三年行动工作方案》印发给你们，请认真组织实施。", sign=False)
s["head"].insert(4, ("sign", "市人民政府办公室"))
s["head"].insert(5, ("date", cn_date(s["date"])))
s["sections"] = [
    {"title": "工作目标", "style": "plain", "subs": [("", GOAL)]},
    {"title": ms.SECTIONS[0], "style": "num", "sep": "、", "br": ("（", "）"), "units": "paren",
     "measures": [mk("study", n=2), mk("training", h=50, y=2024, m=8), mk("conduct")]},
    {"title": ms.SECTIONS[1], "style": "qiyi", "units": "paren", "measures": [
        ("规范执法行为", [mk("campaign", y=2024, m=7), mk("inspections", n=2)]),
        ("推行柔性执法", [mk("lenient", y=2024, m=8), mk("fines")])]},
    {"title": ms.SECTIONS[4], "style": "num", "sep": "、", "br": ("（", "）"), "units": "paren",
     "measures": [mk("supervision_system", y=2024, m=12), mk("case_review", n=1), mk("monitors")]},
    {"title": ms.SECTIONS[5], "style": "qiyi", "units": "paren", "measures": [
        ("加强执法保障", [mk("funding"), mk("equipment", y=2025, m=9), mk("incentives", n=2)])]},
]
GARBLE19 = ["一、工作目标", "二、全面提升行政执法人员能力素质"]
s["avoid"] = ["指导", "裁量", "罚没"] + GARBLE19
s["render"] = {
    "web_head": ["敦化市人民政府", "您当前的位置：首页 > 政务公开 > 文件资料", "",
                 "索　引　号：11222403013544XXXX/2024-00127", "发文单位：敦化市人民政府办公室", "文　　号：敦政办发〔2024〕13号",
                 "成文日期：2024年04月25日", "发布日期：2024年04月29日", ""],
    "web_tail": ["", "【打印】【关闭】", "敦化市人民政府主办　吉ICP备12003456号　网站标识码2224030001"],
    "pinyin": {"罚没": "(fa mo)", "柔性": "( rou xing )"}, "garble": GARBLE19,
    "encoding": "gbk", "newline": "\r\n"}
s["gold_meta"] = meta(s)
s["notes"] = ("GBK-encoded TXT with CRLF, copied from a web page: the title (市人民政府办公室关于印发…的通知), signature (市人民政府办公室) and body "
              "never name the city: 敦化市 / 延边朝鲜族自治州 come from the copied chrome (发文单位). 一、 sections differ: 二、 and 四、 number "
              "their measures 1、2、 (dunhao, restarting per section; id 二/1) with （1） sub-items; 三、 and 五、 have （一） group clauses whose "
              "inline 其一，/其二， are the measures (id 三/（一）/其一). Two section headings are GBK byte-shift mojibake: "
              + "; ".join(f"'{_g(x)}' -> '{x}'" for x in GARBLE19) + ". Pinyin without tones / with stray spaces is not clean text.")
SPECS.append(s)

SPECS.append(table_notice(
    key="20_table-pipes-stacked", fmt="txt", region=("黑龙江省", "绥化市", "望奎县"), p="县", area="全县", ours="我县",
    issuer="望奎县人民政府办公室", docno="望政办发〔2024〕16号", date="2024-05-13",
    plan_title="望奎县提升行政执法质量三年行动实施方案",
    upper=[("黑龙江省提升行政执法质量三年行动实施方案", "黑政办发〔2023〕30号")],
    header=["类别", "序号", "举措", "牵头单位", "协办单位", "完成时间"], groups=GROUPS_A,
    render={"table": "pipe_stack", "keys": ["group", "n", "task", "lead", "resp", "when"]},
    layouts=["task-table", "txt-pipe-columns", "txt-stacked-narrow-column", "txt", "cover-letter", "attachment"],
    notes=TABLE_NOTE + "| pipes without spaces; the narrow 类别 column is written one character per line (|提|1|…, |升|2|…, then |素|||||| rows "
          "that only continue the category), as a table pasted from a PDF."))

s = base("21_chapter-section-docx", "docx", "county", ("广东省", "韶关市", "乳源瑶族自治县"), "县", "全县", "我县",
         "乳源瑶族自治县人民政府办公室", "乳府办〔2024〕9号", "2024-02-28",
         "乳源瑶族自治县提升行政执法质量三年行动实施方案",
         upper=[("广东省提升行政执法质量三年行动实施方案", "粤办函〔2023〕210号"), ("韶关市提升行政执法质量三年行动实施方案", "韶府办函〔2023〕77号")])
mk = M(s)
s["layouts"] = ["articles", "chapters", "sections-jie", "docx", "page-number-middot", "running-header", "cover-letter"]
s["sec_scheme"] = "chapter"
s["head"] = cover(s, addr="各镇人民政府，县直有关单位：", plan_head=False) + [("pb", ""), ("title", s["plan_title"])]
s["sections"] = [
    {"title": "总则", "style": "article", "measures": [preamble(s), GOAL, "本方案适用于全县各行政执法机关及其执法人员。"]},
    {"title": "主要任务", "style": "article", "units": "resp", "measures": [
        "第一节　提升执法能力", mk("study", n=2), mk("training", h=60, y=2024, m=6), mk("licence", y=2024, m=9),
        "第二节　规范执法行为", mk("campaign", y=2024, m=9), mk("inspections", n=2), mk("lenient", y=2024, m=6),
        "第三节　完善执法体系", mk("discretion", y=2024, m=12), mk("liaison", y=2024, m=12), mk("township", y=2024, m=6)]},
    {"title": "监督保障", "style": "article", "units": "resp", "measures": [
        mk("supervision_system", y=2024, m=12), mk("case_review", n=1), mk("funding")]},
    {"title": "附则", "style": "article", "measures": ["本方案由县司法局负责解释，自印发之日起施行。"]},
]
s["tail"] = banji(s, cc="县委办公室，县人大常委会办公室，县政协办公室，县人民法院，县人民检察院。")
s["render"] = {"running_header": "乳源瑶族自治县人民政府办公室文件", "page_fmt": "·{n}·", "run_in_bold": True}
s["gold_meta"] = meta(s)
s["notes"] = ("第一章…第四章; 第二章 has 第一节…第三节, 第三章 none; articles run through (第一条…第十六条), ids are the article alone. "
              "第一条–第三条 (总则) and 第十六条 (附则) are not measures. Units printed as （责任单位：…）, lead unit first: all responsible, no lead roles. "
              "Autonomous county: level county, region county 乳源瑶族自治县.")
SPECS.append(s)
