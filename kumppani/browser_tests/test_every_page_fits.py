"""Every page fits a phone (390 px) and a laptop (1366 px): the document never scrolls sideways; and axe-core finds
no serious or critical accessibility violation on it, nor an aria-describedby that points nowhere."""

from pathlib import Path

import pytest

from kumppani.browser_tests.conftest import SCREENSHOTS
from kumppani.browser_tests.pages import Page, candidate_pages, html_pages
from kumppani.demo import data
from kumppani.demo.loader import load_demo

WIDTHS = (390, 1366)
AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"
# axe runs at the laptop width only: the pages are the same markup at both widths, and it is the slowest step.
AXE_WIDTH = 1366
SERIOUS = ("serious", "critical")
MISSING_DESCRIPTIONS = """Array.from(document.querySelectorAll('[aria-describedby]')).flatMap((element) =>
    element.getAttribute('aria-describedby').split(/\\s+/).filter((id) => id && !document.getElementById(id))
    .map((id) => (element.id || element.name || element.tagName) + ' -> #' + id))"""
AXE_RUN = """async (serious) => {
    const result = await axe.run(document, {resultTypes: ['violations']});
    return result.violations.filter((violation) => serious.includes(violation.impact)).map((violation) =>
        violation.id + ' (' + violation.impact + '): '
        + violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', '));
}"""


@pytest.fixture
def demo_pages(client) -> list[Page]:
    load_demo()
    from django.contrib.auth import get_user_model

    return html_pages(client, get_user_model().objects.get(username=data.RECORD_AUTHOR))


def test_every_page_is_listed(demo_pages):
    unfilled = candidate_pages()[1]
    assert not [name for name in unfilled if not name.startswith(("accounts:password_reset_confirm",))], (
        "pages whose address values the every-page test cannot fill: map them in browser_tests/pages.py")
    assert len(demo_pages) > 60


def test_every_page_fits_a_phone_and_a_laptop_and_passes_axe(browser, live_server, demo_pages):
    too_wide, inaccessible = [], []
    for width in WIDTHS:
        # The content security policy forbids the injected axe script; the pages' own scripts are files anyway.
        context = browser.new_context(viewport={"width": width, "height": 900}, locale="fi-FI", bypass_csp=True)
        page = context.new_page()
        sign_in(page, live_server.url)
        for visited in demo_pages:
            page.goto(live_server.url + visited.path)
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            if overflow > 0:
                too_wide.append(f"{visited.path} at {width} px: {overflow} px too wide")
            inaccessible += [f"{visited.path}: aria-describedby {missing}"
                             for missing in page.evaluate(MISSING_DESCRIPTIONS)]
            if width == AXE_WIDTH:
                page.add_script_tag(path=str(AXE))
                inaccessible += [f"{visited.path}: {violation}" for violation in page.evaluate(AXE_RUN, list(SERIOUS))]
            shot = SCREENSHOTS / "every-page" / f"{width}-{visited.path.strip('/').replace('/', '-') or 'home'}.png"
            shot.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(shot))
        context.close()
    assert not too_wide, "\n".join(too_wide)
    assert not inaccessible, "\n".join(inaccessible)


def sign_in(page, base_url: str) -> None:
    page.goto(base_url + "/accounts/login/")
    page.fill("#id_username", data.RECORD_AUTHOR)
    page.fill("#id_password", data.PASSWORD)
    page.click("button.primary")
    page.wait_for_load_state()
