from pathlib import Path

import pytest

from pipeline.ingest import ingest

FIELDS_001 = {
    "发文字号": "三政办〔2024〕2号",
    "成文日期": "2024年02月05日",
    "发文机关": "三门峡市人民政府办公室",
    "标题": "三门峡市人民政府办公室关于进一步提升行政执法质量的通知",
    "索引号": "114112000000000000/2024-00012",
    "发布日期": "2024年02月07日",
}
CHROME = ["网站标识码", "ICP", "公网安备", "版权所有", "打印", "关闭", "当前位置", "首页", "浏览次数",
          "分享到", "相关链接", "无障碍", "var ", "function", "font-family", "主题分类"]


def test_utf8_and_gbk_pages_read_the_same(ingested):
    utf8, gbk = ingested("001.html"), ingested("001.gbk.html")
    assert (utf8.encoding, gbk.encoding) == ("utf-8", "gb18030")
    assert utf8.text == gbk.text
    assert utf8.fields == gbk.fields == FIELDS_001


@pytest.mark.parametrize("chrome", CHROME)
def test_chrome_is_dropped(ingested, chrome):
    assert chrome not in ingested("001.html").text


def test_article_text(ingested, seed_text, ratio):
    raw = ingested("001.html")
    lines = raw.text.split("\n")
    assert lines[:3] == ["三门峡市人民政府办公室", "关于进一步提升行政执法质量的通知", "三政办〔2024〕2号"]
    # the 版记's two floated <span>s touch in the markup, so they touch in the text
    assert lines[-4:] == ["督办：市政府办公室四科", "抄送：市委各部门，军分区，部、省属有关单位。",
                          "市人大常委会办公室，市政协办公室，市法院，市检察院。",
                          "三门峡市人民政府办公室2024年2月5日印发"]
    assert "主办：市司法局" in lines and "（三）加强督促落实。" in raw.text
    assert all(ln.strip() for ln in lines)
    assert "&nbsp;" not in raw.text and "\xa0" not in raw.text
    assert ratio(raw.text, seed_text("001")) >= 0.995      # measured 0.9979: title before 文号


def write(tmp_path, name, html, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(html.encode(encoding))
    return path


def test_charset_from_http_equiv_and_gb2312_label_means_gbk(tmp_path):
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
            '</head><body><div class="nav">首页 政务公开</div><div>'
            + "<p>繁體字「體」不在GB2312中——但在GBK中。</p>" * 3 + "</div></body></html>")
    raw = ingest(write(tmp_path, "page.htm", html, "gbk"))
    assert raw.encoding == "gb18030"
    assert raw.text == "\n".join(["繁體字「體」不在GB2312中——但在GBK中。"] * 3)


def test_general_rule_finds_the_densest_block_and_reads_tables(tmp_path):
    html = """<!DOCTYPE html><html><body>
      <div id="wrap"><div class="menu">机构概况 政务公开 办事服务 互动交流</div>
        <div class="main-text">
          <p>一、总体要求</p><p>各单位要认真落实&ldquo;三项制度&rdquo;，<br>加强行政执法监督。</p>
          <table><tr><th>序号</th><th>任务</th><th>责任单位</th></tr>
            <tr><td>1</td><td>开展培训</td><td rowspan="2">县司法局</td></tr>
            <tr><td>2</td><td>组织<br>评估</td></tr></table>
          <p>二、工作措施</p>
        </div></div>
      <div class="copyright">主办单位：某县人民政府</div></body></html>"""
    raw = ingest(write(tmp_path, "page.html", html))
    assert raw.text == ("一、总体要求\n各单位要认真落实“三项制度”，\n加强行政执法监督。\n"
                        "序号\t任务\t责任单位\n1\t开展培训\t县司法局\n2\t组织评估\t\n二、工作措施")
    (table,) = raw.tables
    assert table.header_rows == 1
    assert [[raw.text[c.start:c.end] for c in row] for row in table.rows][2] == ["2", "组织评估", ""]
    assert raw.fields == {}


def test_inline_label_fields(tmp_path):
    html = ("<html><body><ul class='info'><li>发文字号：鲁政办字〔2024〕9号</li><li>成文日期：2024-01-19</li></ul>"
            "<div id='zoom'>" + "<p>各市人民政府，各县（市、区）人民政府，省政府各部门、各直属机构：</p>" * 2
            + "</div></body></html>")
    raw = ingest(write(tmp_path, "p.html", html))
    assert raw.fields == {"发文字号": "鲁政办字〔2024〕9号", "成文日期": "2024-01-19"}
    assert raw.text.count("\n") == 1


@pytest.mark.parametrize("row, col, spans", [
    (0, 1, (1, 1, True)),       # header row: 重点任务
    (1, 1, (3, 1, False)),      # 执法队伍建设 rowspan=3
    (2, 1, (1, 1, False)),      # a position it covers
    (1, 2, (1, 1, False)),
])
def test_html_table_cells_keep_rowspan_and_header(row, col, spans):
    zoo = Path(__file__).resolve().parents[1] / "fixtures" / "zoo" / "17_table-html.html"
    table = ingest(str(zoo)).tables[-1]
    cell = table.rows[row][col]
    assert (cell.row_span, cell.col_span, cell.header) == spans
