import pytest

from kumppani.demo.loader import load_demo


@pytest.fixture
def demo(db):
    """The two demo workspaces with their cooperation record, as `load_demo` builds them on an empty database."""
    load_demo()
