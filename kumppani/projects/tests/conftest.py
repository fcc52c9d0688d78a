import pytest


@pytest.fixture
def staff_client(client, bob):
    """bob, Sepra's staff, signed in; pages in English so that the tests read the messages' own words."""
    client.force_login(bob)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"
