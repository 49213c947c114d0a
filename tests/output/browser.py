"""What the browser tests read off a loaded page."""
from __future__ import annotations


def console_errors(driver) -> list[dict]:
    return [e for e in driver.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]


def visible_rows(driver) -> list[str]:
    """Indexes of the ``tr.row`` rows the filters leave visible."""
    return driver.execute_script(
        "return Array.prototype.map.call(document.querySelectorAll('tr.row'),"
        " function (r, i) { return r.hidden ? null : i; }).filter(function (i) { return i !== null; });")
