from __future__ import annotations

import re
from html import escape

import pytest

from pipeline.batch import connect, store_diff, store_notice
from pipeline.cli import main
from pipeline.output.site import page_name, write_site
from pipeline.output.site_data import read_store


def test_without_stored_diffs_they_are_built_from_the_files(seed_store, seed_loader, seeds):
    view = read_store(seed_store, seed_loader)
    assert view.built
    parent = str(seeds["003"].path)
    assert set(view.pairs) == {(str(seeds["000"].path), parent), (str(seeds["004"].path), parent)}
    assert view.chain(str(seeds["004"].path)) == [str(seeds["004"].path), parent]
    assert view.measures[parent] == [c.id for c in seeds["003"].measures]


def test_stored_diffs_are_read_not_rebuilt(seeds, seed_loader, hand_diff, tmp_path):
    db = connect(tmp_path / "s.duckdb")
    for key in ("000", "003"):
        store_notice(db, seeds[key])
    store_diff(db, hand_diff)
    db.close()
    summary = write_site(tmp_path / "s.duckdb", tmp_path / "site", loader=seed_loader)
    assert (summary.documents, summary.diff_pages, summary.failures, summary.built) == (2, 1, 0, False)
    page = (tmp_path / "site" / "diffs" / page_name(hand_diff.child.path, hand_diff.parent.path)).read_text()
    assert page.count('<div class="badge ') == len(hand_diff.divergences)
    assert "培训学时降低" in page and '<a href="../index.html">' in page


def test_index_lists_every_document_and_heatmap_states(site, seeds):
    index = (site / "index.html").read_text(encoding="utf-8")
    for key in ("000", "003", "004"):
        assert escape(seeds[key].metadata.title) in index
    assert index.count("<h2>落实热力图：") == 1               # one parent: 山东省
    rows = re.findall(r'<tr data-child="([^"]+)">(.*?)</tr>', index)
    assert [p for p, _ in rows] == [str(seeds["004"].path), str(seeds["000"].path)]   # by province, city (code point)
    for _, row in rows:
        cells = re.findall(r'<td class="cell (\w+)" data-measure="([^"]+)"', row)
        assert [m for _, m in cells] == [c.id for c in seeds["003"].measures]
        assert {s for s, _ in cells} <= {"implemented", "diverged", "missing"}
    assert '<tr class="province"><th colspan="20">山东省</th></tr>' in index


def test_heatmap_links_point_at_existing_rows(site):
    index = (site / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'href="(diffs/[^"#]+)#([^"]+)"', index)
    assert links
    for page, fragment in links:
        assert f'id="{fragment}"' in (site / page).read_text(encoding="utf-8"), (page, fragment)


def test_document_text_in_the_index_is_escaped(seeds, seed_loader, tmp_path):
    from dataclasses import replace
    n = seeds["003"]
    evil = replace(n, metadata=replace(n.metadata, title='<script>window.__pwned=1</script>'))
    db = connect(tmp_path / "e.duckdb")
    store_notice(db, evil)
    db.close()
    write_site(tmp_path / "e.duckdb", tmp_path / "site", loader=lambda p: evil)
    index = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "<script" not in index and "&lt;script&gt;" in index


def test_empty_store_writes_an_empty_overview(tmp_path):
    connect(tmp_path / "empty.duckdb").close()
    summary = write_site(tmp_path / "empty.duckdb", tmp_path / "site")
    assert (summary.documents, summary.diff_pages) == (0, 0)
    index = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "0 份文件" in index and "落实热力图" not in index


@pytest.mark.parametrize("args, code", [
    (["report", "{tmp}/missing.duckdb", "--out", "{tmp}/site"], 2),   # no store: bad input, nothing written
])
def test_cli_report_refuses_a_missing_store(tmp_path, capsys, args, code):
    assert main([a.format(tmp=tmp_path) for a in args]) == code
    assert "no such store" in capsys.readouterr().err
    assert not (tmp_path / "site").exists()
