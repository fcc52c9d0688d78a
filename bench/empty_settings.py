"""kumppani's settings with bench/empty_app.py as the WSGI application: the one way to have `runserver` serve it."""

from kumppani.settings import *  # noqa: F403 -- every setting as it is, the application aside

WSGI_APPLICATION = "bench.empty_app.application"
