import html

import pytest

from kumppani.demo.loader import load_demo


@pytest.fixture
def demo(db):
    """The two seed workspaces, as `make run` loads them."""
    load_demo()


def page_text(response) -> str:
    """The page's HTML with entities decoded, so that «King's Road» matches «King&#x27;s Road»."""
    assert response.status_code == 200
    return html.unescape(response.content.decode())
