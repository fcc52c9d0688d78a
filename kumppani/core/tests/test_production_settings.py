"""The settings `make run` serves with: read in a fresh process, as each server process reads them at import."""

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

from django.conf import settings

PRINT_SETTINGS = """
import json
from django.conf import settings
print(json.dumps({"DEBUG": settings.DEBUG, "SECRET_KEY": settings.SECRET_KEY,
                  "ALLOWED_HOSTS": settings.ALLOWED_HOSTS,
                  "SECURE_PROXY_SSL_HEADER": getattr(settings, "SECURE_PROXY_SSL_HEADER", None),
                  "static": settings.STORAGES["staticfiles"]["BACKEND"], "MIDDLEWARE": settings.MIDDLEWARE}))
"""
# What `make run` sets, beside the variables an operator may add.
MAKE_RUN_ENVIRONMENT = {"SECURE_COOKIES": "0", "HOST": "127.0.0.1", "PORT": "8000"}
OPERATOR_VARIABLES = ("DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "BEHIND_TLS_PROXY", "DATABASE_URL", "SECRET_KEY_FILE")


def served_settings(var_dir: Path, **environment: str) -> dict:
    env = {name: value for name, value in os.environ.items() if name not in OPERATOR_VARIABLES}
    env |= {**MAKE_RUN_ENVIRONMENT, "KUMPPANI_VAR_DIR": str(var_dir),
            "DJANGO_SETTINGS_MODULE": "kumppani.settings", **environment}
    output = subprocess.run([sys.executable, "-c", PRINT_SETTINGS], env=env, cwd=settings.BASE_DIR,
                            capture_output=True, text=True, check=True).stdout
    return json.loads(output)


def test_make_run_serves_with_debug_off_whitenoise_and_a_generated_key_file_only_its_owner_reads(tmp_path):
    served = served_settings(tmp_path)

    key_file = tmp_path / "secret_key"
    assert served["DEBUG"] is False
    assert served["SECRET_KEY"] == key_file.read_text().strip()
    assert len(served["SECRET_KEY"]) >= 50
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert served["static"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"
    assert served["MIDDLEWARE"][1] == "whitenoise.middleware.WhiteNoiseMiddleware"


def test_every_later_process_reuses_the_generated_key(tmp_path):
    first = served_settings(tmp_path)["SECRET_KEY"]

    assert served_settings(tmp_path)["SECRET_KEY"] == first
    assert served_settings(tmp_path, DEBUG="1")["SECRET_KEY"] == first


def test_a_secret_key_in_the_environment_wins_and_no_file_is_written(tmp_path):
    served = served_settings(tmp_path, SECRET_KEY="from-the-environment")

    assert served["SECRET_KEY"] == "from-the-environment"
    assert not (tmp_path / "secret_key").exists()


def test_allowed_hosts_default_to_the_loopback_names_the_readme_gives(tmp_path):
    assert served_settings(tmp_path)["ALLOWED_HOSTS"] == ["127.0.0.1", "localhost"]
    assert served_settings(tmp_path, ALLOWED_HOSTS="kumppani.example.fi")["ALLOWED_HOSTS"] == [
        "kumppani.example.fi"]


def test_x_forwarded_proto_is_trusted_only_behind_a_tls_proxy_that_sets_it(tmp_path):
    assert served_settings(tmp_path)["SECURE_PROXY_SSL_HEADER"] is None
    assert served_settings(tmp_path, BEHIND_TLS_PROXY="1")["SECURE_PROXY_SSL_HEADER"] == [
        "HTTP_X_FORWARDED_PROTO", "https"]
