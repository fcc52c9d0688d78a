"""`python -m kumppani COMMAND …` runs a management command (import-projects, search-partners, …)."""

import os
import sys

from django.core.management import execute_from_command_line

# Commands spelt as on the command line whose management command's module is named with underscores.
ALIASES = {"search-partners": "search_partners"}


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kumppani.settings")
    arguments = sys.argv[1:]
    if arguments:
        arguments[0] = ALIASES.get(arguments[0], arguments[0])
    execute_from_command_line(["kumppani", *arguments])


if __name__ == "__main__":
    main()
