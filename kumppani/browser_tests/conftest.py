"""Playwright driving Debian's chromium against the live test server; a screenshot of every page visited."""

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
# Keep chromium off the closed network and able to run as root.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "browser_tests" in str(item.path):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser() -> Iterator:
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; Django's ORM calls in tests are still sync.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    executable = shutil.which("chromium")
    if executable is None:
        raise RuntimeError("Debian's chromium is missing: run `make system-deps`.")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Visitor:
    """A browser tab that saves a screenshot after each page it opens."""

    def __init__(self, page, base_url: str, name: str):
        self.page = page
        self.base_url = base_url
        self.name = name
        self.count = 0

    def goto(self, path: str) -> None:
        self.page.goto(self.base_url + path)
        self.snap()

    def snap(self) -> None:
        self.count += 1
        slug = re.sub(r"[^a-z0-9]+", "-", self.page.url.split("//", 1)[-1].split("/", 1)[-1].lower()).strip("-")
        slug = slug[:120]  # a file name stays within the file system's 255 bytes, whatever the query
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SCREENSHOTS / f"{self.name}-{self.count:02d}-{slug or 'home'}.png"),
                             full_page=True)

    def settled(self) -> None:
        """Wait until htmx has settled what it swapped in: it wires new elements (their hx-get…) only then, and a
        change made before that fires no request."""
        self.page.wait_for_function("!document.querySelector('.htmx-request, .htmx-added, .htmx-settling')")

    def sign_in(self, username: str, password: str) -> None:
        self.goto("/accounts/login/")
        self.page.fill("#id_username", username)
        self.page.fill("#id_password", password)
        self.page.click("button.primary")
        self.page.wait_for_load_state()
        self.snap()


@pytest.fixture
def visitor(browser, live_server, request) -> Iterator:
    def open_tab(name: str) -> Visitor:
        # bypass_csp: waiting for a condition polls a script, which the pages' policy (no eval) would refuse.
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fi-FI", bypass_csp=True)
        request.addfinalizer(context.close)
        return Visitor(context.new_page(), live_server.url, f"{request.node.name}-{name}")

    yield open_tab


SHIPPED_DATA_LOADERS = [
    ("kumppani.directory.migrations.0003_load_nuts_regions", "load_regions"),
    ("kumppani.funding.migrations.0002_load_programme_catalogue", "load_catalogue"),
]


@pytest.fixture(autouse=True)
def _shipped_data(transactional_db: None) -> None:
    """The live server's tests empty every table after each test, also what migrations load (NUTS regions,
    the programme catalogue): load it again for the next test, with the migrations' own loaders."""
    from importlib import import_module

    from django.apps import apps

    from kumppani.directory.models import Region

    if not Region.objects.exists():
        for module, loader in SHIPPED_DATA_LOADERS:
            getattr(import_module(module), loader)(apps, None)
