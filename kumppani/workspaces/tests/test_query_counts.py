"""The workspace's own pages (dashboard, public page settings, focus areas, history) run as many queries with
30 rows of each kind as with 3: no N+1."""

from kumppani.directory.tests.growing_directory import GrowingDirectory, queries_per_page


def workspace_pages(directory: GrowingDirectory) -> dict[str, str]:
    return {
        "dashboard": directory.url("home:dashboard"),
        "public page settings": directory.url("workspaces:public_page_settings"),
        "focus area detail": directory.url("strategy:focus_area_detail", "focus_area"),
        "focus area edit": directory.url("strategy:focus_area_edit", "focus_area"),
        "focus area delete": directory.url("strategy:focus_area_delete", "focus_area"),
        "new focus area": directory.url("strategy:focus_area_create"),
        "history": directory.url("audit:history"),
        "history of deletions": directory.url("audit:history", query="?deleted=1"),
    }


def test_every_workspace_page_runs_as_many_queries_with_30_rows_as_with_3(client, alice, sepra):
    client.force_login(alice)
    directory = GrowingDirectory(sepra, alice).grow_to(3)
    pages = workspace_pages(directory)
    with_3_rows = queries_per_page(client, pages)

    directory.grow_to(30)
    with_30_rows = queries_per_page(client, pages)

    assert with_30_rows == with_3_rows
