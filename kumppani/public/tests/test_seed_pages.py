"""Each demo public page names every network and contact role of its seed page (../shared/seeds/)."""

import re

import pytest

from kumppani.public.tests.conftest import page_text

SEPRA_FI = [
    "Kodukant", "Virumaa Koostöökogu", "Leader-ryhmiin", "COMCOT", "Kuninkaantie", "Green Belt", "ED Kymenlaakso",
    "Europe Direct", "Erasmus+",
    "COMCOT-suunnittelutyökalun vienti eteenpäin", "Sisävesi- ja jokimatkailun kehittäminen", "Green Care ja matkailu",
    "Nuorten vaihto- ja työkokeilutoiminta", "Esimerkkejä toimenpiteistä",
    "Marjo Tolvanen", "Toiminnanjohtaja, kansainväliset hankkeet", "Kansainvälinen toiminta",
]
SEPRA_EN = [
    "Kodukant", "Estonian village movement", "Leader groups", "COMCOT", "King's Road", "Green Belt",
    "ED Kymenlaakso", "Europe Direct", "Erasmus+",
    "Taking the COMCOT planning tool further", "Developing inland-water and river tourism", "Green Care and tourism",
    "Exchanges and work try-outs for young people", "Examples of measures",
    "Marjo Tolvanen", "Executive Director, international projects", "International activities",
]
KSL_FI = [
    "WFEO", "FEDARENE", "ERRIN", "BERST", "BEA-APP", "TCI", "CREADIS3", "Suomalais-venäläinen kauppakamari",
    "Koulutusvienti", "maakuntien välinen kv-yhteistyö", "Luova talous", "EduCluster Finland",
    "Jyväskylän yliopisto", "JAMK", "Gradia", "EU-edunvalvonta",
    "Hannu Koponen", "Kari Pirinen", "Raija Partanen", "Veli-Pekka Päivänen", "kehittämispäällikkö",
]
KSL_EN = [
    "WFEO", "FEDARENE", "ERRIN", "BERST", "BEA-APP", "TCI", "CREADIS3 project", "Finnish-Russian Chamber of Commerce",
    "Education export", "international cooperation between regions", "Creative economy", "EduCluster Finland",
    "University of Jyväskylä", "EU advocacy",
    "Hannu Koponen", "Kari Pirinen", "Raija Partanen", "Veli-Pekka Päivänen", "Development Manager",
]


@pytest.mark.parametrize(("url", "expected"), [
    ("/p/sepra/", SEPRA_FI), ("/p/sepra/en/", SEPRA_EN), ("/p/keski-suomi/", KSL_FI), ("/p/keski-suomi/en/", KSL_EN),
])
def test_public_page_names_every_network_and_contact_role_of_its_seed(client, demo, url, expected):
    text = page_text(client.get(url))
    missing = [name for name in expected if name not in text]
    assert not missing, f"{url} does not name {missing}"


def contact_blocks(text: str) -> list[str]:
    blocks = re.findall(r'<li class="contact">(.*?)</li>', text, flags=re.S)
    return [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", block)).strip() for block in blocks]


def test_contact_persons_are_grouped_by_person_as_on_the_seed_page(client, demo):
    blocks = contact_blocks(page_text(client.get("/p/keski-suomi/")))
    assert len(blocks) == 4
    assert blocks[0].startswith("WFEO, FEDARENE, ERRIN, BERST, BEA-APP Hannu Koponen kehittämispäällikkö")
    assert blocks[1].startswith("Koulutusvienti, TCI, maakuntien välinen kv-yhteistyö Kari Pirinen")
    assert blocks[2].startswith("Luova talous, CREADIS3 -hanke Raija Partanen")
    assert blocks[3].startswith("Suomalais-venäläinen kauppakamari Veli-Pekka Päivänen")


def test_each_contact_shows_a_phone_number(client, demo):
    for block in contact_blocks(page_text(client.get("/p/keski-suomi/en/"))):
        assert "+358 40 000 " in block


def test_partners_are_grouped_by_country_in_the_page_language(client, demo):
    finnish = page_text(client.get("/p/sepra/"))
    english = page_text(client.get("/p/sepra/en/"))
    assert '<h3 id="country-ee">Viro</h3>' in finnish and '<h3 id="country-fi">Suomi</h3>' in finnish
    assert '<h3 id="country-ee">Estonia</h3>' in english and '<h3 id="country-fi">Finland</h3>' in english
    estonia = english.split('<h3 id="country-ee">Estonia</h3>')[1].split("<h3")[0].split("</section>")[0]
    assert "Kodukant" in estonia and "Kuninkaantie" not in estonia
