"""The three pages bench/serve.py loads run a fixed, small number of queries, with 2 rows as with 20: the public
page (rendered, then kept), the organisations list and the API's organisation list."""

import pytest
from django.urls import reverse

from kumppani.directory.models import Organisation, Theme
from kumppani.directory.tests.api_client import api_for
from kumppani.public.tests.test_query_count import add_partners_and_people

# session, user, membership; count, page, the workspace's own values, the filter's themes
DIRECTORY_LIST_QUERIES = 7
# the token with its membership; count, page, the page's theme links
API_LIST_QUERIES = 4
# the workspace, the audit log's position
KEPT_PUBLIC_PAGE_QUERIES = 2
RENDERED_PUBLIC_PAGE_QUERIES = 16


def add_organisations(count: int) -> None:
    themes = [Theme.objects.get_or_create(slug=f"theme-{number}", defaults={"name": {"fi": f"Teema {number}"}})[0]
              for number in range(3)]
    start = Organisation.objects.count()
    for number in range(start, start + count):
        organisation = Organisation.objects.create(name=f"Organisation {number:03}", country="EE")
        organisation.themes.set(themes[: number % 3 + 1])


@pytest.mark.parametrize("rows", [2, 20])
def test_the_organisations_list_runs_the_same_queries_for_2_rows_as_for_20(
        rows, client, alice, sepra, django_assert_max_num_queries):
    add_organisations(rows)
    client.force_login(alice)
    url = reverse("directory:organisation_list", args=[sepra.slug])
    client.get(url)
    with django_assert_max_num_queries(DIRECTORY_LIST_QUERIES):
        response = client.get(url)
    assert response.content.decode().count("<tr><td><a href=") == rows


def test_the_organisations_list_links_each_row_to_its_page(client, alice, sepra):
    add_organisations(2)
    client.force_login(alice)
    page = client.get(reverse("directory:organisation_list", args=[sepra.slug])).content.decode()
    for organisation in Organisation.objects.all():
        assert f'href="{reverse("directory:organisation_detail", args=[sepra.slug, organisation.pk])}"' in page


@pytest.mark.parametrize("rows", [2, 20])
def test_the_api_organisation_list_runs_the_same_queries_for_2_rows_as_for_20(
        rows, alice, sepra, django_assert_max_num_queries):
    add_organisations(rows)
    api = api_for(alice, sepra)
    api.get("/organisations")  # the token's first use is recorded once
    with django_assert_max_num_queries(API_LIST_QUERIES):
        response = api.get("/organisations")
    assert response.status_code == 200
    listed = response.json()["items"]
    assert len(listed) == rows
    for item in listed:
        organisation = Organisation.objects.get(pk=item["id"])
        assert item["themes"] == [theme.pk for theme in organisation.themes.order_by("slug")]


@pytest.mark.parametrize("rows", [2, 20])
def test_the_public_page_runs_the_same_queries_for_2_partners_as_for_20(
        rows, client, sepra, django_assert_max_num_queries):
    add_partners_and_people(sepra, rows, start=0)
    with django_assert_max_num_queries(RENDERED_PUBLIC_PAGE_QUERIES):
        rendered = client.get("/p/sepra/")
    with django_assert_max_num_queries(KEPT_PUBLIC_PAGE_QUERIES):
        kept = client.get("/p/sepra/")
    assert rendered.status_code == kept.status_code == 200
    assert f"Partner {rows - 1}" in kept.content.decode()
