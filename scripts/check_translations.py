"""Fails when any UI string lacks a translation in Finnish, Swedish, English or Estonian.

Collects the strings afresh (makemessages), so a string added without translating it fails too,
then asks msgfmt to count translated, fuzzy and untranslated messages per language.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ["fi", "sv", "en", "et"]


def collect_messages() -> None:
    env = {**os.environ, "DEBUG": "1"}
    command = [sys.executable, "manage.py", "makemessages", "--ignore=.venv/*", "--ignore=var/*",
               "--ignore=bench/*", "--no-obsolete", "--add-location=file", "-v", "0"]
    for language in LANGUAGES:
        command += ["-l", language]
    subprocess.run(command, cwd=ROOT, env=env, check=True)


def statistics(po_file: Path) -> dict[str, int]:
    result = subprocess.run(["msgfmt", "--check", "--statistics", "-o", os.devnull, str(po_file)],
                            capture_output=True, text=True, env={**os.environ, "LC_ALL": "C"})
    if result.returncode != 0:
        raise SystemExit(f"{po_file}: {result.stderr.strip()}")
    counts = {"translated": 0, "fuzzy": 0, "untranslated": 0}
    for number, kind in re.findall(r"(\d+) (translated|fuzzy|untranslated)", result.stderr):
        counts[kind] = int(number)
    return counts


def main() -> int:
    collect_messages()
    failures = []
    for language in LANGUAGES:
        po_file = ROOT / "locale" / language / "LC_MESSAGES" / "django.po"
        counts = statistics(po_file)
        print(f"{language}: {counts['translated']} translated, {counts['fuzzy']} fuzzy, "
              f"{counts['untranslated']} untranslated")
        if counts["fuzzy"] or counts["untranslated"]:
            failures.append(language)
    if failures:
        print(f"Missing or fuzzy translations in: {', '.join(failures)}. Translate them in locale/*/LC_MESSAGES/"
              "django.po (see README, Translations).", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
