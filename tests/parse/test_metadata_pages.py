"""Metadata on real pages: page chrome, cover notices, places never guessed."""
from __future__ import annotations

import pytest

from pipeline.model import RawDoc, Region
from pipeline.normalize import normalize
from pipeline.parse import parse
from pipeline.parse.metadata import locate

CHROME = """宁都县人民政府
首页 > 政务公开 > 政府文件
索引号：K20001/2024-00087
文号：宁府办字〔2024〕6号
发文单位：宁都县人民政府办公室
发布日期：2024-04-02
成文日期：2024-03-28
字号：大 中 小　　打印本页　　关闭窗口

县人民政府办公室关于印发提升行政执法质量三年行动实施方案的通知

各乡镇人民政府：
　　现将《提升行政执法质量三年行动实施方案》印发给你们。

县人民政府办公室
2024年3月28日

提升行政执法质量三年行动实施方案
一、总体要求
（一）加强培训，每年不少于2次。
"""


def _meta(text: str):
    return parse(normalize(RawDoc(path="x.txt", format="txt", sha256="0" * 64, text=text))).metadata


def test_page_chrome_names_what_the_notice_abbreviates():
    m = _meta(CHROME)
    assert (m.title, m.plan_title) == ("提升行政执法质量三年行动实施方案",) * 2
    assert m.notice_title == "县人民政府办公室关于印发提升行政执法质量三年行动实施方案的通知"
    assert (m.doc_number, m.issuer, m.date) == ("宁府办字〔2024〕6号", "宁都县人民政府办公室", "2024-03-28")
    assert (m.region, m.level) == (Region("江西省", "赣州市", "宁都县"), "county")


def test_without_chrome_a_placeless_issuer_stays_unknown():
    m = _meta(CHROME.split("\n\n", 1)[1])
    assert m.issuer == "县人民政府办公室" and (m.region, m.level) == (Region(), None)


def test_the_notice_date_wins_over_the_web_date():
    assert _meta(CHROME.replace("成文日期：2024-03-28\n", "")).date == "2024-03-28"     # its date line
    no_dates = CHROME.replace("成文日期：2024-03-28\n", "").replace("2024年3月28日\n", "")
    assert _meta(no_dates).date == "2024-04-02"                                         # only then 发布日期


def test_a_notice_without_cover_has_no_plan_title():
    m = _meta("某县提升行政执法质量实施方案\n一、总体要求\n（一）加强培训，每年不少于2次。")
    assert (m.title, m.notice_title, m.plan_title) == ("某县提升行政执法质量实施方案", "某县提升行政执法质量实施方案", None)


def test_no_signature_the_issuer_comes_from_the_title():
    m = _meta("江西省人民政府办公厅关于印发《江西省提升行政执法质量三年行动实施方案》的通知\n"
              "一、总体要求\n（一）加强培训，每年不少于2次。\n2024年3月1日")
    assert (m.issuer, m.level, m.region.province) == ("江西省人民政府办公厅", "provincial", "江西省")


@pytest.mark.parametrize("issuer, body, region", [
    ("市中区人民政府办公室", "根据山东省和枣庄市的部署", Region("山东省", "枣庄市", "市中区")),
    ("市中区人民政府办公室", "根据乐山市的部署", Region("四川省", "乐山市", "市中区")),
    ("市中区人民政府办公室", "根据上级的部署", Region(None, None, "市中区")),         # no evidence: unknown
    ("宝鸡市凤翔区人民政府办公室", "", Region("陕西省", "宝鸡市", "凤翔区")),        # newer than the gazetteer
    ("县人民政府办公室", "", Region()),                                             # a bare level word
])
def test_places_are_read_not_guessed(issuer, body, region):
    body = f"{body}。\n" if body else ""
    m = _meta(f"{issuer}关于印发《提升行政执法质量实施方案》的通知\n{body}一、总体要求\n（一）加强培训，每年2次。")
    assert m.region == region


def test_locate_needs_a_named_place():
    assert locate("县人民政府办公室") == (Region(), None)
