"""`python -m kumppani search-partners "TEXT" [--limit N] [--json] [--country FI] [--region FI19] [--type university]
[--workspace SLUG]`: the organisations with the best matching expertise, best first.

Without --workspace only public project records count as evidence; with it, also that workspace's own projects.
Refused input exits with status 2 and the reason on stderr.
"""

import json
from collections.abc import Mapping
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser, no_translations
from django.utils.datastructures import MultiValueDict

from kumppani.partners.api import partners_data
from kumppani.partners.forms import DEFAULT_LIMIT, MAX_LIMIT, PartnerSearchForm, split_codes
from kumppani.partners.search import PartnerHit
from kumppani.workspaces.models import Workspace

USAGE_ERROR = 2
OPTION_OF_FIELD = {"q": "TEXT", "country": "--country", "region": "--region", "type": "--type", "limit": "--limit"}


def _codes(values: list[str] | None) -> list[str]:
    """Repeated options and comma-separated lists alike: --country FI --country EE, or --country FI,EE."""
    return [code for value in values or [] for code in split_codes(value)]


class Command(BaseCommand):
    help = "Find the organisations with the best matching expertise for a project described in TEXT."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("text", metavar="TEXT", help="The project in a few words or paragraphs, any language.")
        parser.add_argument("--limit", type=int, default=DEFAULT_LIMIT, help=f"How many (1–{MAX_LIMIT}).")
        parser.add_argument("--json", action="store_true", help="Print JSON, as the API answers.")
        parser.add_argument("--country", action="append", help="ISO 3166 alpha-2 code; repeat for several.")
        parser.add_argument("--region", action="append", help="NUTS code, e.g. FI19; repeat for several.")
        parser.add_argument("--type", action="append", help="Organisation type, e.g. university; repeat.")
        parser.add_argument("--workspace", help="A workspace's slug: its own projects count too.")

    @no_translations
    def handle(self, *args: Any, **options: Any) -> None:
        workspace = self._workspace(options["workspace"])
        form = PartnerSearchForm(MultiValueDict({
            "q": [options["text"]], "country": _codes(options["country"]),
            "region": [" ".join(_codes(options["region"]))], "type": [
                kind.lower() for kind in _codes(options["type"])], "limit": [str(options["limit"])]}))
        hits = form.search(workspace)
        if form.errors:
            raise CommandError(self._reasons(form.errors), returncode=USAGE_ERROR)
        if options["json"]:
            self.stdout.write(json.dumps(partners_data(hits), ensure_ascii=False, indent=2))
        else:
            self.stdout.write(self._table(hits))

    def _workspace(self, slug: str | None) -> Workspace | None:
        if not slug:
            return None
        workspace = Workspace.objects.filter(slug=slug).first()
        if workspace is None:
            raise CommandError(f"No workspace {slug!r}.", returncode=USAGE_ERROR)
        return workspace

    @staticmethod
    def _reasons(errors: Mapping[str, Any]) -> str:
        return "; ".join(f"{OPTION_OF_FIELD.get(field, field)}: {' '.join(messages)}"
                         for field, messages in errors.items())

    @staticmethod
    def _table(hits: list[PartnerHit]) -> str:
        if not hits:
            return "No matching organisations."
        lines = [f"{'id':>8}  {'score':>7}  country  name"]
        for hit in hits:
            organisation = hit.organisation
            lines.append(f"{organisation.pk:>8}  {hit.score:>7.3f}  {organisation.country:<7}  {organisation.name}")
            lines += [f"{'':>28}- {project.title}" + (f" ({project.year})" if project.year else "")
                      for project in hit.matching_projects]
        return "\n".join(lines)
