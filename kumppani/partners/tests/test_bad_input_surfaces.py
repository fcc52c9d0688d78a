"""Bad input on every surface of the search (page, HTMX, API GET and POST, command): a clear message on the field
it concerns, or a sensible result; never a server error."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from kumppani.directory.tests.api_client import api_for
from kumppani.partners.tests import surface_data

directory = surface_data.directory

URL = "/w/sepra/partners/search/"
HTMX = {"HX-Request": "true", "HX-Target": "partner-results"}
REFUSED_QUERIES = ["", "   ", "x" * 100_000, "\x00"]
SYNTAX_QUERIES = ['"*NEAR -', '"tourism"', "tour*", "rural NEAR tourism", "-tourism", "tourism OR 1=1; --",
                  "'); DROP TABLE partners_term; --", "%_%", "()[]{}^~:\\/", "ääää" * 300]
# (parameter, value, the field whose error names it)
REFUSED_FILTERS = [("country", "XX", "country"), ("country", "FIN", "country"), ("region", "ZZ99", "region"),
                   ("region", "FI19" * 60, "region"), ("type", "spaceship", "type")]


def _page_error(response, field: str) -> str:
    assert response.status_code == 200
    html = response.content.decode()
    start = html.index(f'id="errors-{field}"')
    slot = html[start:html.index("</div>", start)]
    assert 'role="alert"' in slot, slot
    return slot


@pytest.mark.parametrize("query", REFUSED_QUERIES, ids=["empty", "blank", "100000-chars", "null"])
def test_the_page_explains_a_refused_query_next_to_the_description(client, alice, directory, query):
    client.force_login(alice)

    _page_error(client.get(URL, {"q": query}), "q")
    swapped = client.get(URL, {"q": query}, headers=HTMX)
    assert 'hx-swap-oob="true"' in _page_error(swapped, "q")


@pytest.mark.parametrize(("parameter", "value", "field"), REFUSED_FILTERS)
def test_the_page_explains_an_unknown_filter_next_to_its_field(client, alice, directory, parameter, value, field):
    client.force_login(alice)

    _page_error(client.get(URL, {"q": "tourism", parameter: value}), field)


@pytest.mark.parametrize("query", SYNTAX_QUERIES)
def test_full_text_syntax_is_searched_as_words_or_refused_clearly(client, alice, directory, query):
    client.force_login(alice)
    response = client.get(URL, {"q": query})

    assert response.status_code == 200
    assert response.context["hits"] is not None


@pytest.mark.parametrize("query", REFUSED_QUERIES, ids=["empty", "blank", "100000-chars", "null"])
def test_the_api_refuses_a_bad_query_with_422_naming_the_field(alice, sepra, directory, query):
    api = api_for(alice, sepra)
    for response in (api.get("/partners/search", q=query), api.post("/partners/search", {"q": query})):
        assert response.status_code == 422
        body = response.json()
        assert body["detail"] and body["errors"]["q"]


def test_the_api_refuses_a_search_without_a_query(alice, sepra, directory):
    response = api_for(alice, sepra).get("/partners/search")

    assert response.status_code == 422
    assert response.json()["errors"]["q"]


@pytest.mark.parametrize(("parameter", "value", "field"), REFUSED_FILTERS)
def test_the_api_refuses_an_unknown_filter_with_422_naming_it(alice, sepra, directory, parameter, value, field):
    api = api_for(alice, sepra)
    by_get = api.get("/partners/search", q="tourism", **{parameter: value})
    by_post = api.post("/partners/search", {"q": "tourism", parameter: [value]})
    like = api.get(f"/partners/like/{directory['jyu'].pk}", **{parameter: value})

    for response in (by_get, by_post, like):
        assert response.status_code == 422, response.content[:300]
        assert response.json()["errors"][field]


@pytest.mark.parametrize("query", SYNTAX_QUERIES)
def test_the_api_answers_full_text_syntax_with_results_or_a_clear_4xx(alice, sepra, directory, query):
    response = api_for(alice, sepra).get("/partners/search", q=query)

    assert response.status_code in (200, 422)
    body = response.json()
    assert body["count"] == len(body["items"]) if response.status_code == 200 else body["errors"]["q"]


@pytest.mark.parametrize("body", ['{"q": NaN}', '{"q": 1}', '{"q": ["tourism"]}', '{"q": "x", "limit": 1e400}',
                                  '{"q": "x", "country": "FI"}', '{"q": "x", "limit": -1}', "[]", "{", "\ud800",
                                  '{"q": "\\ud800"}', '{"q": "x", "type": [null]}'])
def test_junk_bodies_answer_4xx_json(alice, sepra, directory, body):
    response = api_for(alice, sepra).send("post", "/partners/search", body.encode("utf-8", "surrogatepass"))

    assert 400 <= response.status_code < 500, response.content[:300]
    assert response.json()["detail"]


@pytest.mark.parametrize(("arguments", "reason"), [
    ([""], "TEXT"), (["x" * 100_000], "TEXT"), (["tourism", "--country", "XX"], "--country"),
    (["tourism", "--region", "ZZ99"], "--region"), (["tourism", "--type", "spaceship"], "--type"),
    (["tourism", "--limit", "0"], "--limit"), (["tourism", "--workspace", "nowhere"], "nowhere"),
])
def test_the_command_refuses_bad_input_with_status_2_and_the_reason(directory, arguments, reason):
    with pytest.raises(CommandError) as refused:
        call_command("search_partners", *arguments, stdout=StringIO(), stderr=StringIO())

    assert refused.value.returncode == 2
    assert reason in str(refused.value)
