#!/usr/bin/env bash
# Installs the Debian packages kumppani needs, where they are missing: with no argument, all that the
# checks need; `install-system-deps.sh serve` only what serving the app needs; `install-system-deps.sh bench` only
# wrk, the load generator of bench/serve.py.
set -euo pipefail
need=()
if [ "${1:-all}" = "bench" ]; then
  command -v wrk >/dev/null || need+=(wrk)
else
  command -v msgfmt >/dev/null || need+=(gettext)
  # WeasyPrint draws the PDF reports with Pango.
  for package in libpango-1.0-0 libpangoft2-1.0-0; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || need+=("$package")
  done
  fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)  # and needs a font
  # Partner search splits Finnish compound words with Voikko (without it, it stems them whole).
  for package in libvoikko1 voikko-fi; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || need+=("$package")
  done
  if [ "${1:-all}" = "all" ]; then
    command -v chromium >/dev/null || need+=(chromium)
    command -v pg_ctl >/dev/null || ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || need+=(postgresql)
    command -v pdftotext >/dev/null || need+=(poppler-utils)  # the PDF report tests read the text back
    command -v java >/dev/null || need+=(default-jre-headless)  # the Nu HTML checker (vnu.jar) of the HTML test
  fi
fi
if [ "${#need[@]}" -gt 0 ]; then
  echo "Installing Debian packages: ${need[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
