"""The diff report and the corpus overview in a real browser (Debian's headless chromium).

Skipped locally without chromium/chromedriver, failed under CI=true (``tests.conftest.needs_tool``).
"""
from __future__ import annotations

from urllib.parse import quote

import pytest

from pipeline.output.html import diff_html, rows_of
from tests.output.browser import console_errors, visible_rows
from tests.output.test_html import hostile_diff


def _expected(diff, keep) -> list[int]:
    rows, _ = rows_of(diff)
    return [i for i, r in enumerate(rows) if keep(r)]


def test_page_loads_without_console_errors(any_diff, open_page):
    driver = open_page(diff_html(any_diff))
    assert console_errors(driver) == []
    assert driver.execute_script("return document.getElementById('shown').textContent") == str(len(rows_of(any_diff)[0]))
    assert visible_rows(driver) == _expected(any_diff, lambda r: True)


def test_each_type_filter_shows_exactly_its_rows(any_diff, open_page):
    driver = open_page(diff_html(any_diff))
    types = sorted({str(d.type) for d in any_diff.divergences})
    assert types
    for kind in types:
        box = driver.find_element("css selector", f'input[data-type="{kind}"]')
        box.click()
        assert visible_rows(driver) == _expected(any_diff, lambda r: kind in r.types), kind
        box.click()                                   # off again: every row back
        assert visible_rows(driver) == _expected(any_diff, lambda r: True)


def test_two_types_show_the_union(hand_diff, open_page):
    driver = open_page(diff_html(hand_diff))
    for kind in ("deadline_later", "missing_in_child"):
        driver.find_element("css selector", f'input[data-type="{kind}"]').click()
    expected = _expected(hand_diff, lambda r: {"deadline_later", "missing_in_child"} & set(r.types))
    assert visible_rows(driver) == expected and len(expected) == 2


def test_only_divergent_rows(any_diff, open_page):
    driver = open_page(diff_html(any_diff))
    driver.find_element("id", "only-divergent").click()
    assert visible_rows(driver) == _expected(any_diff, lambda r: r.types)


@pytest.mark.parametrize("query, keep", [
    ("子文件未落实此措施", lambda r: any(d.explanation == "子文件未落实此措施" for d in r.divergences)),
    ("一/（三）", lambda r: r.parent == "一/（三）"),
    ("没有任何条款含有的词语", lambda r: False),          # finds nothing
])
def test_search_by_keyboard(hand_diff, open_page, query, keep):
    driver = open_page(diff_html(hand_diff))
    body = driver.find_element("tag name", "body")
    body.send_keys("/")                                # "/" focuses the search box
    focused = driver.switch_to.active_element
    assert focused.get_attribute("id") == "search"
    focused.send_keys(query)
    assert visible_rows(driver) == _expected(hand_diff, keep)


def test_filters_are_reachable_with_tab_and_space(hand_diff, open_page):
    from selenium.webdriver.common.keys import Keys
    driver = open_page(diff_html(hand_diff))
    first = driver.find_element("css selector", "input[data-type]")
    first.send_keys(Keys.SPACE)
    kind = first.get_attribute("data-type")
    assert visible_rows(driver) == _expected(hand_diff, lambda r: kind in r.types)
    first.send_keys(Keys.TAB)
    assert driver.switch_to.active_element.get_attribute("type") == "checkbox"


def test_url_hash_round_trips(hand_diff, open_page, browser):
    page = diff_html(hand_diff)
    driver = open_page(page)
    driver.find_element("css selector", 'input[data-type="unit_changed"]').click()
    driver.find_element("id", "only-divergent").click()
    driver.find_element("id", "search").send_keys("二")
    url = driver.current_url
    assert "#f:" in url and "unit_changed" in url and "only=1" in url
    shown = visible_rows(driver)
    driver.get("about:blank")
    driver.get(url)                                    # the link opens the same view
    assert visible_rows(driver) == shown
    assert driver.find_element("css selector", 'input[data-type="unit_changed"]').is_selected()
    assert driver.find_element("id", "search").get_attribute("value") == "二"
    link = next(a for a in driver.find_elements("css selector", 'a[href^="#c-"]') if a.is_displayed())
    link.click()                                       # a clause anchor keeps the view
    assert visible_rows(driver) == shown


def test_hostile_text_executes_nothing(hand_diff, open_page):
    driver = open_page(diff_html(hostile_diff(hand_diff)),
                       hash="#f:q=" + quote('<img src=x onerror="window.__pwned=4">'))
    assert driver.execute_script("return typeof window.__pwned") == "undefined"
    assert driver.find_elements("css selector", "img") == []
    assert "window.__pwned=2" in driver.title            # the title is shown as text
    assert driver.find_element("id", "search").get_attribute("value").startswith("<img")
    assert console_errors(driver) == []


def test_screenshot_is_written(real_diff, open_page, tmp_path):
    driver = open_page(diff_html(real_diff))
    out = tmp_path / "000-vs-003.png"
    assert driver.save_screenshot(str(out))
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 20_000


def test_site_pages_load_and_link(site, browser):
    index = site / "index.html"
    browser.get("about:blank")
    browser.get_log("browser")
    browser.get(index.as_uri())
    assert console_errors(browser) == []
    cells = browser.find_elements("css selector", "table.heat td.cell a")
    assert cells
    target = cells[0].get_attribute("href")
    cells[0].click()
    assert browser.current_url == target and "/diffs/" in target
    assert console_errors(browser) == []
    fragment = target.split("#", 1)[1]
    row = browser.execute_script("return document.getElementById(decodeURIComponent(arguments[0]))", fragment)
    assert row is not None and row.tag_name == "tr"
    browser.find_element("link text", "← 总览").click()
    assert browser.current_url == index.as_uri()


def test_print_media_hides_the_filters_and_names_the_view(hand_diff, open_page):
    driver = open_page(diff_html(hand_diff), hash="#f:only=1")
    shown = visible_rows(driver)
    assert len(shown) == len(_expected(hand_diff, lambda r: r.types)) < len(rows_of(hand_diff)[0])
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        style = "return getComputedStyle(document.querySelector(arguments[0])).display"
        assert driver.execute_script(style, ".filters") == "none"
        assert driver.execute_script(style, "#view-note") == "block"
        note = driver.find_element("id", "view-note").text
        assert note == f"筛选视图（只看有差异的行），显示 {len(shown)} 行"
        assert visible_rows(driver) == shown            # paper shows the view on screen
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_unfiltered_view_has_no_filter_note(hand_diff, open_page):
    driver = open_page(diff_html(hand_diff))
    assert driver.find_element("id", "view-note").get_attribute("textContent") == ""
