import re
from collections import Counter

import pytest

from pipeline.errors import CorruptFile, EncryptedPDF, ScannedPDF
from pipeline.ingest import ingest
from pipeline.ingest.pdf import is_page_number

NUMBERS = ["000", "001", "002", "003", "004"]
PAGES = {"000": 11, "001": 11, "002": 9, "003": 10, "004": 12}
# a space between CJK and a digit/Latin letter
CJK_SPACE = re.compile(r"[\u4e00-\u9fff] [0-9A-Za-z]|[0-9A-Za-z] [\u4e00-\u9fff]")


def grid(raw, table):
    return [[raw.text[c.start:c.end] for c in row] for row in table.rows]


@pytest.mark.parametrize("number", NUMBERS)
def test_pdf_reads_as_its_docx(ingested, ratio, number):
    # measured: 000/002/004 identical to the DOCX text; 001 0.9999 (a space lost at a wrap);
    # 003 0.9999 (its title, wrapped by the layout, stays two lines)
    pdf, docx = ingested(f"{number}.pdf"), ingested(f"{number}.docx")
    assert ratio(pdf.text, docx.text) >= 0.999
    assert len(pdf.text.split("\n")) - len(docx.text.split("\n")) in (0, 1)   # same paragraphs


@pytest.mark.parametrize("number", NUMBERS)
def test_no_page_numbers_and_no_layout_spaces(ingested, number):
    pdf, docx = ingested(f"{number}.pdf"), ingested(f"{number}.docx")
    assert not re.search(r"[—-] ?\d+ ?[—-]", pdf.text)
    # only spaces the notice itself has (`2024年 6月`), none from font changes (`2025 年`);
    # 001 loses one (`民营企业 and`: the layout drops a space where it wraps the line)
    assert Counter(CJK_SPACE.findall(pdf.text)) <= Counter(CJK_SPACE.findall(docx.text))
    assert len(CJK_SPACE.findall(pdf.text)) >= len(CJK_SPACE.findall(docx.text)) - 1


@pytest.mark.parametrize("number", NUMBERS)
def test_page_starts(ingested, number):
    raw = ingested(f"{number}.pdf")
    starts = raw.page_starts
    assert len(starts) == PAGES[number] and starts[0] == 0
    assert list(starts) == sorted(set(starts)) and starts[-1] < len(raw.text)


def test_page_start_inside_a_paragraph(ingested):
    raw = ingested("001.pdf")
    assert raw.text[raw.page_starts[1]:].startswith("1. 加强思想政治建设。")
    assert raw.text[raw.page_starts[2] - 1] != "\n"           # page 3 begins mid-paragraph


def test_attachment_table(ingested):
    raw = ingested("000.pdf")
    (table,) = raw.tables
    rows = grid(raw, table)
    assert rows == grid(ingested("000.docx"), ingested("000.docx").tables[0])
    assert [row[1] for row in rows[1:4]] == ["全面加强行政执法人员政治能力", "", ""]


def test_task_list_table_over_nine_pages(ingested):
    raw, docx = ingested("002.pdf"), ingested("002.docx")
    (table,) = raw.tables
    assert table.header_rows == 2                    # found by the repetition on every page
    assert len(table.rows) == 2 + 48
    assert raw.text.count("县级具体举措") == 1
    # cells cut by a page break (责任分工 `…负|责`) are whole again
    assert grid(raw, table) == grid(docx, docx.tables[0])


def test_scanned(formats):
    with pytest.raises(ScannedPDF, match=r"000\.scanned\.pdf: no text layer on any of 2 pages"):
        ingest(formats / "000.scanned.pdf", ocr="off")


def test_encrypted(formats, ingested):
    with pytest.raises(EncryptedPDF, match=r"001\.encrypted\.pdf: is encrypted"):
        ingest(formats / "001.encrypted.pdf")
    with pytest.raises(EncryptedPDF, match="password given is wrong"):
        ingest(formats / "001.encrypted.pdf", password="guess")
    assert ingested("001.encrypted.pdf", "secret").text == ingested("001.pdf").text


def test_truncated(formats):
    with pytest.raises(CorruptFile, match=r"004\.truncated\.pdf: cannot be parsed as a PDF"):
        ingest(formats / "004.truncated.pdf")


@pytest.mark.parametrize("line", ["— 3 —", "- 3 -", "－12－", "第3页", "第 3 页 共 12 页", "3", "Page 3 of 12"])
def test_page_number_lines(line):
    assert is_page_number(line)


@pytest.mark.parametrize("line", ["第三条", "（3）", "3.", "第3条", "2024年", "一、总体要求", "— 附件 —"])
def test_not_page_numbers(line):
    assert not is_page_number(line)
