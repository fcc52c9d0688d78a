"""Every page fits a phone (390 px) and a laptop (1366 px): the document never scrolls sideways."""

import pytest

from kumppani.browser_tests.conftest import SCREENSHOTS
from kumppani.browser_tests.pages import Page, candidate_pages, html_pages
from kumppani.demo import data
from kumppani.demo.loader import load_demo

WIDTHS = (390, 1366)


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


def test_no_page_scrolls_sideways_on_a_phone_or_a_laptop(browser, live_server, demo_pages):
    too_wide = []
    for width in WIDTHS:
        context = browser.new_context(viewport={"width": width, "height": 900}, locale="fi-FI")
        page = context.new_page()
        sign_in(page, live_server.url)
        for visited in demo_pages:
            page.goto(live_server.url + visited.path)
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            if overflow > 0:
                too_wide.append(f"{visited.path} at {width} px: {overflow} px too wide")
            shot = SCREENSHOTS / "every-page" / f"{width}-{visited.path.strip('/').replace('/', '-') or 'home'}.png"
            shot.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(shot))
        context.close()
    assert not too_wide, "\n".join(too_wide)


def sign_in(page, base_url: str) -> None:
    page.goto(base_url + "/accounts/login/")
    page.fill("#id_username", data.RECORD_AUTHOR)
    page.fill("#id_password", data.PASSWORD)
    page.click("button.primary")
    page.wait_for_load_state()
