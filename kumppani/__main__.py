"""`python -m kumppani COMMAND …` runs a management command (import-projects, search-partners, …)."""

import os
import sys

from django.core.management import execute_from_command_line


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kumppani.settings")
    execute_from_command_line(["kumppani", *sys.argv[1:]])


if __name__ == "__main__":
    main()
