# kumppani: `make run` serves the app with demo data; `make test` passes every check.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1
PORT ?= 8000
export DJANGO_SETTINGS_MODULE := kumppani.settings
# Checks run with DEBUG off, as in production, with a throwaway key.
TEST_ENV := SECRET_KEY=test-only-not-secret SECURE_COOKIES=0

.PHONY: run dev prepare test venv dev-deps system-deps migrate demo lint typecheck migrations-check translations-check \
        messages pytest pytest-postgres browser-test bench clean

$(BIN)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(BIN)/.dev-installed: requirements-dev.txt requirements.txt $(BIN)/.installed
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

venv: $(BIN)/.installed
dev-deps: $(BIN)/.dev-installed

# Debian packages the checks need: gettext (compiled translations), chromium (browser tests), PostgreSQL.
system-deps:
	@scripts/install-system-deps.sh

# The production shape on one machine: DEBUG off, the secret key generated once into var/secret_key, static files
# collected for WhiteNoise, gunicorn and the background worker under one supervisor (Ctrl-C stops both).
# Plain HTTP on the loopback, so cookies are not marked Secure unless SECURE_COOKIES=1 (behind TLS).
SECURE_COOKIES ?= 0
run: prepare
	$(PY) manage.py collectstatic --no-input -v 0
	@echo ""
	@echo "  kumppani is at http://$(HOST):$(PORT)/  (public pages: /p/sepra/ and /p/keski-suomi/)"
	@echo "  Demo sign-in: alice / demo-password-2026 (admin of both demo workspaces)"
	@echo ""
	SECURE_COOKIES=$(SECURE_COOKIES) HOST=$(HOST) PORT=$(PORT) $(PY) -m kumppani serve

# The development server with auto-reload and DEBUG on.
dev: prepare
	@echo ""
	@echo "  kumppani (development server) is at http://$(HOST):$(PORT)/  — alice / demo-password-2026"
	@echo ""
	DEBUG=1 $(PY) manage.py runserver $(HOST):$(PORT)

prepare: venv
	mkdir -p var
	scripts/install-system-deps.sh serve
	$(PY) manage.py compilemessages --ignore=.venv -v 0
	$(PY) manage.py migrate --no-input -v 0
	$(PY) manage.py load_demo --if-empty
	$(PY) manage.py load_public_starter --if-empty

lint: dev-deps
	$(BIN)/ruff check .
	$(BIN)/lint-imports --no-logo

typecheck: dev-deps
	$(TEST_ENV) $(BIN)/mypy

migrations-check: dev-deps
	DEBUG=1 $(PY) manage.py makemigrations --check --dry-run

messages: dev-deps
	DEBUG=1 $(PY) manage.py makemessages --ignore=.venv --ignore=var -l fi -l sv -l en -l et --no-obsolete --add-location file

translations-check: dev-deps
	$(PY) scripts/check_translations.py
	DEBUG=1 $(PY) manage.py compilemessages --ignore=.venv -v 0

pytest: dev-deps translations-check
	$(TEST_ENV) $(BIN)/pytest -m "not browser" -q

pytest-postgres: dev-deps translations-check
	$(TEST_ENV) scripts/with-postgres.sh $(BIN)/pytest -m "not browser" -q

browser-test: dev-deps translations-check
	scripts/fetch-vnu.sh
	$(TEST_ENV) $(BIN)/pytest -m browser -q

test: system-deps dev-deps lint typecheck migrations-check translations-check pytest pytest-postgres browser-test

bench: dev-deps system-deps
	$(PY) bench/directory.py

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
