"""`python -m kumppani search-partners "TEXT" --limit N --json`: the ranked organisations with ids and scores, as a
table or as the API's JSON; refused input exits with status 2 and the reason on stderr."""

import json
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

from django.core.management import call_command

from kumppani.partners.tests import surface_data

directory = surface_data.directory

ROOT = Path(__file__).resolve().parents[3]


def command(*arguments: str) -> str:
    out = StringIO()
    call_command("search_partners", *arguments, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_the_table_lists_ids_names_countries_scores_and_matching_projects(directory):
    out = command("rural tourism routes", "--limit", "3")

    lines = out.splitlines()
    assert lines[0].split() == ["id", "score", "country", "name"]
    jyu = next(line for line in lines if "Jyväskylän yliopisto" in line)
    assert jyu.split()[0] == str(directory["jyu"].pk) and jyu.split()[2] == "FI"
    float(jyu.split()[1])
    assert "- Sustainable rural tourism routes (2019)" in out


def test_json_parses_and_is_ranked_best_first(directory):
    body = json.loads(command("tourism", "--json", "--limit", "2"))

    assert body["count"] == len(body["items"]) == 2
    assert body["items"][0]["score"] >= body["items"][1]["score"]
    assert {"id", "name", "country", "score", "matching_projects"} <= set(body["items"][0])


def test_filters_narrow_the_results(directory):
    body = json.loads(command("tourism", "--json", "--country", "EE", "--type", "university"))

    assert [item["id"] for item in body["items"]] == [directory["tartu"].pk]
    by_region = json.loads(command("tourism", "--json", "--region", "FI19"))
    assert [item["id"] for item in by_region["items"]] == [directory["jyu"].pk]


def test_without_a_workspace_only_public_records_count(sepra, directory):
    public_only = json.loads(command("whisky distillery", "--json"))
    with_sepra = json.loads(command("whisky distillery", "--json", "--workspace", "sepra"))

    assert directory["travel"].pk not in [item["id"] for item in public_only["items"]]
    travel = next(item for item in with_sepra["items"] if item["id"] == directory["travel"].pk)
    assert travel["matching_projects"][0]["own"] is True


def test_nothing_found_says_so(directory):
    assert command("zzzqqq xyzzy").strip() == "No matching organisations."


def _run(*arguments: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "kumppani.settings", "SECRET_KEY": "test",
           "KUMPPANI_VAR_DIR": str(tmp_path)}
    env.pop("DATABASE_URL", None)
    return subprocess.run([sys.executable, "-m", "kumppani", *arguments], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def test_python_m_kumppani_knows_search_partners(tmp_path):
    result = _run("search-partners", "--help", tmp_path=tmp_path)

    assert result.returncode == 0, result.stderr
    assert "--json" in result.stdout and "--workspace" in result.stdout


def test_a_refused_query_exits_with_status_2_and_a_message_on_stderr(tmp_path):
    result = _run("search-partners", "   ", "--json", tmp_path=tmp_path)

    assert result.returncode == 2
    assert result.stdout == ""
    assert "TEXT: Describe the project" in result.stderr
    assert "Traceback" not in result.stderr
