"""One settings module, read from the environment. SQLite by default, PostgreSQL via DATABASE_URL."""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _
from whitenoise.compress import Compressor

from kumppani.core.secret_key import read_or_create_secret_key

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("KUMPPANI_VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool) -> bool:
    return os.environ.get(name, str(default)).lower() in ("1", "true", "yes", "on")


def env_int(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
# Without SECRET_KEY in the environment every process (server, worker, commands) reads the same generated key.
SECRET_KEY_FILE = Path(os.environ.get("SECRET_KEY_FILE", VAR_DIR / "secret_key"))
SECRET_KEY = os.environ.get("SECRET_KEY", "") or read_or_create_secret_key(SECRET_KEY_FILE)

# Django's test runner adds "testserver" itself; a served instance answers only the names configured here.
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.forms",
    "django_htmx",
    "ninja",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "kumppani.core",
    "kumppani.accounts",
    "kumppani.workspaces",
    "kumppani.directory",
    "kumppani.audit",
    "kumppani.jobs",
    "kumppani.public",
    "kumppani.funding",
    "kumppani.projects",
    "kumppani.activities",
    "kumppani.results",
    "kumppani.strategy",
    "kumppani.partners",
    "kumppani.opportunities",
    "kumppani.subscriptions",
    "kumppani.home",
    "kumppani.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Static files before anything else touches the request (sessions, language, CSRF).
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # kumppani.core.lanes: Django's own, passed by for the token-authenticated JSON API under /api/.
    "kumppani.core.lanes.SessionMiddleware",
    "kumppani.core.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "kumppani.core.lanes.CsrfViewMiddleware",
    "kumppani.core.lanes.AuthenticationMiddleware",
    "kumppani.core.lanes.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "kumppani.core.busy.BusyDatabaseMiddleware",
    "kumppani.api.UnknownQueryParametersMiddleware",
    "kumppani.core.lanes.HtmxMiddleware",
    "kumppani.core.middleware.SecurityHeadersMiddleware",
    "kumppani.api.KeptAnswersMiddleware",
    # Axes must be last: it answers locked-out sign-ins.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "kumppani.urls"
WSGI_APPLICATION = "kumppani.wsgi.application"
# Django's widget templates (the project's first), with selects, checkboxes and radio buttons written in Python.
FORM_RENDERER = "kumppani.core.renderers.ChoicesInPython"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "kumppani" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "kumppani.workspaces.context_processors.workspace",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'kumppani.sqlite3'}"),
        conn_max_age=env_int("DB_CONN_MAX_AGE", 60),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers run beside a writer; IMMEDIATE takes the write lock when a transaction begins, and the
    # busy timeout makes writers queue for it. One that still cannot get it answers 503 (kumppani/core/busy.py).
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": env_int("SQLITE_BUSY_TIMEOUT", 10),
    }
    # Kept open between requests like PostgreSQL's (DB_CONN_MAX_AGE): a new SQLite connection reads the schema and
    # registers Django's functions again, which cost more CPU than the rest of a kept public page's answer.
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "kumppani.accounts.backends.PasswordBackend",
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "home:choose"
LOGOUT_REDIRECT_URL = "accounts:login"

# Lock-out after repeated failed sign-ins (django-axes): per user name and address.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_MINUTES", 15) / 60  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_VERBOSE = False

LANGUAGE_CODE = "fi"
LANGUAGES = [
    ("fi", _("Finnish")),
    ("sv", _("Swedish")),
    ("en", _("English")),
    ("et", _("Estonian")),
]
LANGUAGE_CODES = [code for code, _name in LANGUAGES]
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["kumppani.core.formats"]  # dates and numbers in the reader's form
TIME_ZONE = os.environ.get("TIME_ZONE", "Europe/Helsinki")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "kumppani" / "static"]
# `collectstatic` writes hashed, compressed copies that WhiteNoise serves with far-future cache headers.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Benches that render pages without `collectstatic` name Django's plain storage here.
    "staticfiles": {"BACKEND": os.environ.get("STATICFILES_BACKEND",
                                              "whitenoise.storage.CompressedManifestStaticFilesStorage")},
}
# Only the hashed copies are kept and compressed; source maps (only a browser's developer tools fetch them,
# several MB in django-ninja's API docs) are not compressed, which keeps `collectstatic` short.
WHITENOISE_KEEP_ONLY_HASHED_FILES = True
WHITENOISE_SKIP_COMPRESS_EXTENSIONS = [*Compressor.SKIP_COMPRESS_EXTENSIONS, "map"]
MEDIA_ROOT = VAR_DIR / "media"
MEDIA_URL = "media/"

# E-mail goes through SMTP. In development with no EMAIL_HOST, messages print to the console.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "kumppani <noreply@kumppani.invalid>")
# Digests name it in their List-Unsubscribe header beside the one-click link, when set (someone reads that box).
UNSUBSCRIBE_MAILTO = os.environ.get("UNSUBSCRIBE_MAILTO", "")
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)

# Outside development: secure cookies and security headers.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Django's database sessions, read with one SQL statement (kumppani/core/rows.py).
SESSION_ENGINE = "kumppani.accounts.sessions"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
if not DEBUG:
    SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
    CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# Trust X-Forwarded-Proto only when a TLS-terminating proxy in front sets it (and strips a client's own);
# otherwise any client could claim its plain-HTTP request was secure.
if env_bool("BEHIND_TLS_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Attachments and uploads.
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
IMPORT_MAX_BYTES = env_int("IMPORT_MAX_BYTES", 10 * 1024 * 1024)
ATTACHMENT_MAX_BYTES = env_int("ATTACHMENT_MAX_BYTES", 20 * 1024 * 1024)

PAGE_SIZE = 25

# Background work (Django's Tasks API through the django-tasks backport). The database backend needs no other
# server: `python manage.py run_worker` runs the queue, the schedule and the heartbeat. A deployment that outgrows
# one machine points TASKS_BACKEND at another backend (see the README), e.g. django_tasks_rq.RQBackend.
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}
# Exports with more rows than this are prepared in the background (a job page with a progress bar).
EXPORT_IN_BACKGROUND_ABOVE = env_int("EXPORT_IN_BACKGROUND_ABOVE", 2000)
FORMS_URLFIELD_ASSUME_HTTPS = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# The public page kept rendered for readers who are not signed in, in each server process, until anything it shows
# changes (kumppani/public/pagecache.py), and at most this long; 0 renders it anew for every request.
PUBLIC_PAGE_CACHE_SECONDS = env_int("PUBLIC_PAGE_CACHE_SECONDS", 60)
# The directory's list pages and the API's lists kept rendered per workspace, language, query and day, in each server
# process, until a record changes (kumppani/workspaces/kept.py), and at most this long; 0 renders them anew.
LIST_CACHE_SECONDS = env_int("LIST_CACHE_SECONDS", 300)
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "kumppani-pages",
              "OPTIONS": {"MAX_ENTRIES": 500}},
}

# Partner search across languages: the worker embeds the public projects' texts after every change (dense profiles,
# kumppani/partners/embeddings.py). 0 keeps the search lexical and spares the worker that CPU.
PARTNER_DENSE_PROFILES = env_bool("PARTNER_DENSE_PROFILES", True)
