"""Browser fixtures for the HTML tests: Debian's headless chromium through chromedriver (selenium).

``browser`` skips locally when chromium or chromedriver is missing and fails under CI=true
(``tests.conftest.needs_tool``); ``open_page(html)`` writes a page and loads it from file://.
"""
from __future__ import annotations

import pytest

from tests.conftest import needs_tool


@pytest.fixture(scope="session")
def browser():
    needs_tool("chromium")
    driver_path = needs_tool("chromedriver")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = needs_tool("chromium")
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1600", "--lang=zh-CN"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    yield driver
    driver.quit()


@pytest.fixture
def open_page(browser, tmp_path):
    """``open_page(html, hash="")`` -> the browser showing it; the console log is emptied first."""
    def _open(html: str, hash: str = "", name: str = "page.html"):
        path = tmp_path / name
        path.write_text(html, encoding="utf-8")
        browser.get("about:blank")
        browser.get_log("browser")
        browser.get(path.as_uri() + hash)
        return browser
    return _open


@pytest.fixture(scope="session")
def seed_store(seeds, tmp_path_factory):
    """A batch store of seeds 000 (金乡县), 003 (山东省) and 004 (市中区), no diffs stored."""
    from pipeline.batch import connect, store_notice
    path = tmp_path_factory.mktemp("store") / "seeds.duckdb"
    db = connect(path)
    for key in ("000", "003", "004"):
        store_notice(db, seeds[key])
    db.close()
    return path


@pytest.fixture(scope="session")
def seed_loader(seeds):
    """``loader(path)`` -> the session's analysed seed, so site tests do not analyse files again."""
    by_path = {str(n.path): n for n in seeds.values()}
    return lambda path: by_path[str(path)]


@pytest.fixture(scope="session")
def site(seed_store, seed_loader, tmp_path_factory):
    """The overview site of ``seed_store`` (diffs built for it): its folder."""
    from pipeline.output.site import write_site
    out = tmp_path_factory.mktemp("site")
    write_site(seed_store, out, loader=seed_loader)
    return out
