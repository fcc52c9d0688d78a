"""Every page's HTML (from the test client) passes the Nu HTML checker, apart from htmx's hx-* attributes."""

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from kumppani.browser_tests.pages import html_pages
from kumppani.demo import data
from kumppani.demo.loader import load_demo

ROOT = Path(__file__).resolve().parents[2]
VNU_JAR = Path(os.environ.get("VNU_JAR", ROOT / "var" / "tools" / "vnu-26.9.27" / "vnu.jar"))
HTMX_ATTRIBUTE = re.compile(r"Attribute “hx-[a-z-]+” not allowed|Attribute “hx-[a-z-]+” is not serializable")


def test_every_page_passes_the_nu_html_checker(client, tmp_path):
    if not VNU_JAR.exists():
        pytest.fail(f"{VNU_JAR} is missing: run `scripts/fetch-vnu.sh` (make browser-test does).")
    if shutil.which("java") is None:
        pytest.fail("Java is missing: run `make system-deps` (it installs default-jre-headless).")
    load_demo()
    author = get_user_model().objects.get(username=data.RECORD_AUTHOR)
    files = {}
    for page in html_pages(client, author):
        client.logout()
        if page.staff:
            client.force_login(author)
        path = tmp_path / (re.sub(r"[^a-z0-9]+", "-", page.path.lower()).strip("-") + ".html")
        path.write_bytes(client.get(page.path).content)
        files[path.as_uri()] = page.path
    result = subprocess.run(["java", "-jar", str(VNU_JAR), "--format", "json", "--errors-only",
                             *sorted(str(path) for path in tmp_path.glob("*.html"))], capture_output=True, text=True)
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    problems = [f"{files.get(message.get('url'), message.get('url'))}:{message.get('lastLine')}: {message['message']}"
                for message in messages if not HTMX_ATTRIBUTE.search(message["message"])]
    assert not problems, "\n".join(problems[:60])
