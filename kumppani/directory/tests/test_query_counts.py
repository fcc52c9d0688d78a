"""Every list, detail and edit page of the directory runs as many queries with 30 rows as with 3: no N+1."""

from kumppani.directory.tests.growing_directory import GrowingDirectory, queries_per_page

RECORD_KINDS = ["organisation", "person", "membership", "representation", "partnership", "theme"]


def directory_pages(directory: GrowingDirectory) -> dict[str, str]:
    lists = {
        "organisations": directory.url("directory:organisation_list"),
        "organisations searched": directory.url("directory:organisation_list", query="?q=organisation"),
        "organisations filtered": directory.url("directory:organisation_list",
                                                query="?country=EE&type=association&theme=theme-0&order=country"),
        "organisation choices": directory.url("directory:organisation_choices", query="?q=organisation"),
        "people": directory.url("directory:person_list"),
        "people searched": directory.url("directory:person_list", query="?q=person"),
        "networks": directory.url("directory:membership_list"),
        "networks searched": directory.url("directory:membership_list", query="?q=network"),
        "partners": directory.url("directory:partnership_list"),
        "partners searched": directory.url("directory:partnership_list", query="?q=organisation"),
        "representations": directory.url("directory:representation_list"),
        "themes": directory.url("directory:theme_list"),
    }
    records = {}
    for kind in RECORD_KINDS:
        records[f"{kind} detail"] = directory.url(f"directory:{kind}_detail", kind)
        records[f"{kind} edit"] = directory.url(f"directory:{kind}_edit", kind)
        records[f"{kind} delete"] = directory.url(f"directory:{kind}_delete", kind)
        records[f"new {kind}"] = directory.url(f"directory:{kind}_create")
    return lists | records


def test_every_directory_page_runs_as_many_queries_with_30_rows_as_with_3(client, alice, sepra):
    client.force_login(alice)
    directory = GrowingDirectory(sepra, alice).grow_to(3)
    pages = directory_pages(directory)
    with_3_rows = queries_per_page(client, pages)

    directory.grow_to(30)
    with_30_rows = queries_per_page(client, pages)

    assert with_30_rows == with_3_rows
