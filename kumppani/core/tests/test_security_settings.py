import os
import subprocess
import sys


def production_settings(**extra: str) -> dict:
    """The settings module as it loads with DEBUG off, in a fresh interpreter."""
    env = {**os.environ, "DEBUG": "0", "SECRET_KEY": "x" * 50, **extra}
    env.pop("SECURE_COOKIES", None)
    code = ("import json; from kumppani import settings as s; print(json.dumps({k: getattr(s, k, None) for k in "
            "['SESSION_COOKIE_SECURE', 'CSRF_COOKIE_SECURE', 'SECURE_HSTS_SECONDS', 'SESSION_COOKIE_HTTPONLY',"
            " 'SECURE_CONTENT_TYPE_NOSNIFF', 'X_FRAME_OPTIONS']}))")
    import json

    output = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return json.loads(output.stdout)


def test_cookies_are_secure_outside_development():
    values = production_settings()
    assert values["SESSION_COOKIE_SECURE"] is True
    assert values["CSRF_COOKIE_SECURE"] is True
    assert values["SESSION_COOKIE_HTTPONLY"] is True
    assert values["SECURE_HSTS_SECONDS"] > 0


def test_pages_carry_security_headers(client, db):
    response = client.get("/accounts/login/")
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
