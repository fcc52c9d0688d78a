"""The demo workspaces, as the two seed pages present them (../shared/seeds/000_… Sepra, 002_… Keski-Suomen liitto).

Names, titles and texts are as published (Finnish) with an English translation. Phone numbers and e-mail
addresses are fictional. Identifiers (business IDs, registry codes) are left blank rather than guessed.
BERST and BEA-APP, named on the seed page as networks Hannu Koponen is the contact for, are directory networks the
Council is a member of and he represents: BERST (BioEconomy Regional Strategy Toolkit, an FP7 project and the
network it built, led from Wageningen in the Netherlands); the seed page says nothing more of BEA-APP, so it is
recorded as a Finnish network until its seat is known. The CREADIS3 project is a project of the record. The
Council's elected officials, who "represent the region in several international networks" (seed page), are
people of kind "elected official" with representations in the networks; their names are invented and not published.
Each workspace's cooperation record (projects, activities, good practices, advocacy, internships) is in
record_sepra.py and record_keski_suomi.py, which say what comes from the seeds and what is invented; what each
shares with its region (opportunities, subscribers, a partner inquiry) is in sharing.py.
"""

import datetime

from kumppani.demo import record_keski_suomi, record_sepra, sharing
from kumppani.demo.shapes import (
    DemoContact,
    DemoMembership,
    DemoOrganisation,
    DemoPartnership,
    DemoPerson,
    DemoRole,
    DemoUser,
    DemoWorkspace,
)

PASSWORD = "demo-password-2026"
CONSENTED_ON = datetime.date(2025, 1, 15)

THEMES: dict[str, dict[str, str]] = {
    "tourism": {"fi": "Matkailu", "sv": "Turism", "en": "Tourism", "et": "Turism"},
    "community-tourism": {"fi": "Yhteisölähtöinen matkailu", "sv": "Samhällsbaserad turism",
                          "en": "Community-based tourism", "et": "Kogukonnapõhine turism"},
    "local-products": {"fi": "Paikallistuotteet", "sv": "Lokala produkter", "en": "Local products",
                       "et": "Kohalikud tooted"},
    "green-care": {"fi": "Green Care", "sv": "Green Care", "en": "Green Care", "et": "Green Care"},
    "youth": {"fi": "Nuoret", "sv": "Unga", "en": "Young people", "et": "Noored"},
    "fisheries": {"fi": "Kalatalous", "sv": "Fiskerinäring", "en": "Fisheries", "et": "Kalandus"},
    "rural-development": {"fi": "Maaseudun kehittäminen", "sv": "Landsbygdsutveckling", "en": "Rural development",
                          "et": "Maaelu arendamine"},
    "village-action": {"fi": "Kylätoiminta", "sv": "Byaverksamhet", "en": "Village action", "et": "Külaliikumine"},
    "social-entrepreneurship": {"fi": "Sosiaalinen yrittäjyys", "sv": "Socialt företagande",
                                "en": "Social entrepreneurship", "et": "Sotsiaalne ettevõtlus"},
    "eu-information": {"fi": "EU-tiedotus", "sv": "EU-information", "en": "EU information", "et": "ELi teavitustöö"},
    "education-export": {"fi": "Koulutusvienti", "sv": "Utbildningsexport", "en": "Education export",
                         "et": "Haridusekspord"},
    "creative-economy": {"fi": "Luova talous", "sv": "Kreativ ekonomi", "en": "Creative economy",
                         "et": "Loomemajandus"},
    "research-innovation": {"fi": "Tutkimus ja innovaatiot", "sv": "Forskning och innovation",
                            "en": "Research and innovation", "et": "Teadus ja innovatsioon"},
    "business-cooperation": {"fi": "Yritysyhteistyö", "sv": "Företagssamarbete", "en": "Business cooperation",
                             "et": "Ettevõtete koostöö"},
    "eu-advocacy": {"fi": "EU-edunvalvonta", "sv": "EU-påverkan", "en": "EU advocacy", "et": "ELi huvikaitse"},
    "energy": {"fi": "Energia", "sv": "Energi", "en": "Energy", "et": "Energeetika"},
    "environment": {"fi": "Ympäristö", "sv": "Miljö", "en": "Environment", "et": "Keskkond"},
}

ORGANISATIONS: dict[str, DemoOrganisation] = {
    # Sepra and its partners
    "sepra": DemoOrganisation(
        name="Kehittämisyhdistys Sepra ry", short_name="Sepra", type="leader", country="FI", region="FI1C4",
        website="https://www.sepra.fi/", business_id="1751327-5",
        description={"fi": "Leader-ryhmä ja kalatalousryhmä Kymenlaaksossa, Itäisen Suomenlahden rannikolla.",
                     "en": "A Leader group and fisheries group in Kymenlaakso, on the coast of the eastern "
                           "Gulf of Finland."},
        themes=("rural-development", "fisheries")),
    "kodukant": DemoOrganisation(
        name="Eesti Külaliikumine Kodukant", short_name="Kodukant", type="association", country="EE",
        website="https://www.kodukant.ee/",
        description={"fi": "Viron kylätoimintajärjestö.", "en": "The Estonian village movement."},
        themes=("village-action", "rural-development")),
    "virumaa": DemoOrganisation(
        name="Virumaa Koostöökogu", type="leader", country="EE", region="EE00A",
        description={"fi": "Leader-ryhmä Virumaalla, Suomenlahden etelärannalla.",
                     "en": "A Leader group in Virumaa, on the southern shore of the Gulf of Finland."},
        themes=("rural-development", "tourism")),
    "arenduskoda": DemoOrganisation(
        name="Arenduskoda", type="leader", country="EE", region="EE009",
        description={"fi": "Leader-ryhmä Lääne-Virumaalla.", "en": "A Leader group in Lääne-Viru county."},
        themes=("rural-development",)),
    "parnu-laht": DemoOrganisation(
        name="Pärnu Lahe Partnerluskogu", type="leader", country="EE", region="EE004",
        description={"fi": "Leader-ryhmä Pärnunlahden ympäristössä Länsi-Virossa.",
                     "en": "A Leader group around Pärnu Bay in western Estonia."},
        themes=("rural-development", "fisheries")),
    "kuninkaantie": DemoOrganisation(
        name="Kuninkaantie – Kungsvägen", type="association", country="FI",
        website="https://www.visitkingsroad.fi/fi/",
        description={"fi": "Kuninkaantien matkailutien kehittämiseen perustettu yhdistys.",
                     "en": "The association founded to develop the King's Road tourist route."},
        themes=("tourism",)),
    "green-belt": DemoOrganisation(
        name="Virolahden Green Belt -keskus", type="other", country="FI", region="FI1C4",
        website="https://www.visitvirolahti.fi/virolahden-green-belt-keskus/",
        description={"fi": "Euroopan vihreän vyöhykkeen (Green Belt) infopiste Virolahdella.",
                     "en": "The info point of the European Green Belt in Virolahti."},
        themes=("tourism", "environment")),
    "europe-direct": DemoOrganisation(
        name="Europe Direct", type="network", country="BE", region="BE100",
        description={"fi": "Euroopan komission tietopisteiden verkosto.",
                     "en": "The European Commission's network of information centres."},
        themes=("eu-information",)),
    # Partners of Sepra's projects (record_sepra.py): the COMCOT project's partners as published, the two
    # municipalities COMCOT was taken to, and the networks formed in the invented projects of 2025-2026
    "virolahti": DemoOrganisation(
        name="Virolahden kunta", type="municipality", country="FI", region="FI1C4", website="https://www.virolahti.fi/",
        description={"fi": "Kunta Itäisen Suomenlahden rannikolla.",
                     "en": "A municipality on the coast of the eastern Gulf of Finland."},
        themes=("tourism",)),
    "pyhtaa": DemoOrganisation(
        name="Pyhtään kunta", type="municipality", country="FI", region="FI1C4", website="https://www.pyhtaa.fi/",
        description={"fi": "Kunta Kymenlaakson rannikolla.", "en": "A municipality on the coast of Kymenlaakso."},
        themes=("tourism",)),
    "emu": DemoOrganisation(
        name="Eesti Maaülikool", short_name="EMÜ", type="university", country="EE", region="EE008",
        website="https://www.emu.ee/",
        description={"fi": "Viron maatalousyliopisto Tartossa; COMCOT-hankkeen päätoteuttaja.",
                     "en": "The Estonian University of Life Sciences in Tartu; lead partner of the COMCOT project."},
        themes=("rural-development", "community-tourism")),
    "ruralia": DemoOrganisation(
        name="Helsingin yliopisto, Ruralia-instituutti", short_name="Ruralia", type="research", country="FI",
        region="FI1D1",
        description={"fi": "Helsingin yliopiston maaseudun tutkimus- ja kehittämisyksikkö.",
                     "en": "The University of Helsinki's institute for rural research and development."},
        themes=("rural-development", "community-tourism")),
    "comcot-network": DemoOrganisation(
        name="COMCOT-kuntaverkosto", type="network", country="FI", region="FI1C4",
        description={"fi": "Suomalaisten ja virolaisten kuntien ja kylien verkosto, joka käyttää COMCOT-työkalua "
                           "matkailun suunnittelussa.",
                     "en": "A network of Finnish and Estonian municipalities and villages that plan tourism with "
                           "the COMCOT tool."},
        themes=("community-tourism",)),
    "river-network": DemoOrganisation(
        name="Suomenlahden jokimatkailuverkosto", type="network", country="FI", region="FI1C4",
        description={"fi": "Suomalaisten ja virolaisten Leader- ja kalatalousryhmien jokimatkailuverkosto.",
                     "en": "A river tourism network of Finnish and Estonian Leader and fisheries groups."},
        themes=("tourism", "fisheries")),
    "green-care-network": DemoOrganisation(
        name="Green Care -kouluttajaverkosto Suomi–Viro", type="network", country="FI", region="FI1C4",
        description={"fi": "Green Care -kouluttajien verkosto Suomessa ja Virossa.",
                     "en": "A network of Green Care trainers in Finland and Estonia."},
        themes=("green-care",)),
    "youth-network": DemoOrganisation(
        name="Suomenlahden nuorten yrittäjyysverkosto", type="network", country="FI", region="FI1C4",
        description={"fi": "Nuorten yrittäjien ja yrittäjyydestä kiinnostuneiden nuorten verkosto Suomessa ja "
                           "Virossa.",
                     "en": "A network of young entrepreneurs and young people interested in enterprise in Finland "
                           "and Estonia."},
        themes=("youth",)),
    # Keski-Suomen liitto, its networks and partners
    "ksl": DemoOrganisation(
        name="Keski-Suomen liitto", type="regional_council", country="FI", region="FI193",
        website="https://www.keskisuomi.fi/", business_id="0208310-2",
        description={"fi": "Keski-Suomen maakunnan liitto.", "en": "The Regional Council of Central Finland."}),
    "errin": DemoOrganisation(
        name="European Regions Research and Innovation Network", short_name="ERRIN", type="network", country="BE",
        region="BE100", website="https://errin.eu/",
        description={"fi": "Euroopan alueiden tutkimus- ja innovaatioverkosto.",
                     "en": "The European Regions Research and Innovation Network."},
        themes=("research-innovation",)),
    "wfeo": DemoOrganisation(
        name="West Finland European Office", short_name="WFEO", type="eu_body", country="BE", region="BE100",
        description={"fi": "Länsi-Suomen liittojen yhteinen Eurooppa-toimisto Brysselissä.",
                     "en": "The joint European office of the West Finland regional councils in Brussels."},
        themes=("eu-advocacy",)),
    "fedarene": DemoOrganisation(
        name="European Federation of Agencies and Regions for Energy and the Environment", short_name="FEDARENE",
        type="network", country="BE", region="BE100", website="https://fedarene.org/",
        description={"fi": "Euroopan alueiden ja energiatoimistojen järjestö.",
                     "en": "The European federation of regions and energy agencies."},
        themes=("energy", "environment")),
    "tci": DemoOrganisation(
        name="The Competitiveness Institute", short_name="TCI", type="network", country="ES", region="ES511",
        website="https://www.tci-network.org/",
        description={"fi": "Klustereiden ja kilpailukyvyn kansainvälinen verkosto.",
                     "en": "The global network of practitioners in clusters and competitiveness."},
        themes=("business-cooperation",)),
    "berst": DemoOrganisation(
        name="BioEconomy Regional Strategy Toolkit", short_name="BERST", type="network", country="NL",
        description={"fi": "Alueiden biotalousstrategioiden työkalu ja verkosto (EU:n 7. puiteohjelman hanke).",
                     "en": "A toolkit and network for regional bioeconomy strategies (an EU FP7 project)."},
        themes=("research-innovation",)),
    "bea-app": DemoOrganisation(
        name="BEA-APP", short_name="BEA-APP", type="network", country="FI",
        description={"fi": "Verkosto, jossa Keski-Suomen liiton yhteyshenkilö on Hannu Koponen.",
                     "en": "A network in which Hannu Koponen is the Regional Council's contact person."}),
    "svkk": DemoOrganisation(
        name="Suomalais-venäläinen kauppakamari", type="chamber", country="FI", region="FI1B1",
        description={"fi": "Suomalais-venäläinen kauppakamari.", "en": "The Finnish-Russian Chamber of Commerce."},
        themes=("business-cooperation",)),
    "educluster": DemoOrganisation(
        name="EduCluster Finland Oy", short_name="ECF", type="company", country="FI", region="FI193",
        description={"fi": "Koulutusviennin liiketoimintaverkosto ja osakeyhtiö.",
                     "en": "A business network and company for education export."},
        themes=("education-export",)),
    "jyu": DemoOrganisation(
        name="Jyväskylän yliopisto", short_name="JYU", type="university", country="FI", region="FI193",
        website="https://www.jyu.fi/",
        description={"fi": "Yliopisto Jyväskylässä.", "en": "The University of Jyväskylä."},
        themes=("research-innovation", "education-export")),
    "jamk": DemoOrganisation(
        name="Jyväskylän ammattikorkeakoulu", short_name="JAMK", type="university", country="FI", region="FI193",
        website="https://www.jamk.fi/",
        description={"fi": "Ammattikorkeakoulu Jyväskylässä.", "en": "JAMK University of Applied Sciences."},
        themes=("education-export",)),
    "gradia": DemoOrganisation(
        name="Jyväskylän koulutuskuntayhtymä Gradia", short_name="Gradia", type="school", country="FI",
        region="FI193", website="https://www.gradia.fi/",
        description={"fi": "Jyväskylän seudun koulutuskuntayhtymä.",
                     "en": "The vocational education consortium of the Jyväskylä region."},
        themes=("education-export",)),
    # Partners of KSL's projects (record_keski_suomi.py): CREADIS3's partners as published, and a Danish and a
    # Dutch region, as the seed page names Denmark and the Netherlands as interesting regions
    "basque-government": DemoOrganisation(
        name="Eusko Jaurlaritza – Gobierno Vasco", short_name="Basque Government", type="public_body", country="ES",
        region="ES211", website="https://www.euskadi.eus/",
        description={"fi": "Baskimaan aluehallitus; CREADIS3-hankkeen päätoteuttaja.",
                     "en": "The Regional Government of the Basque Country; lead partner of CREADIS3."},
        themes=("creative-economy",)),
    "emilia-romagna": DemoOrganisation(
        name="Regione Emilia-Romagna", type="public_body", country="IT", region="ITH55",
        website="https://www.regione.emilia-romagna.it/",
        description={"fi": "Emilia-Romagnan alue Italiassa.", "en": "The Emilia-Romagna Region of Italy."},
        themes=("creative-economy",)),
    "wallonia": DemoOrganisation(
        name="Service public de Wallonie", short_name="SPW", type="public_body", country="BE", region="BE352",
        website="https://www.wallonie.be/",
        description={"fi": "Vallonian julkiset palvelut Belgiassa.", "en": "The public service of Wallonia, "
                                                                            "Belgium."},
        themes=("creative-economy",)),
    "slovak-culture": DemoOrganisation(
        name="Ministerstvo kultúry Slovenskej republiky", type="public_body", country="SK", region="SK010",
        website="https://www.culture.gov.sk/",
        description={"fi": "Slovakian kulttuuriministeriö.", "en": "The Ministry of Culture of the Slovak "
                                                                   "Republic."},
        themes=("creative-economy",)),
    "western-greece": DemoOrganisation(
        name="Region of Western Greece", type="public_body", country="GR", region="EL632",
        description={"fi": "Länsi-Kreikan alue.", "en": "The Region of Western Greece."},
        themes=("creative-economy",)),
    "midtjylland": DemoOrganisation(
        name="Region Midtjylland", type="regional_council", country="DK", region="DK041",
        website="https://www.rm.dk/",
        description={"fi": "Keski-Jyllannin alue Tanskassa.", "en": "The Central Denmark Region."},
        themes=("energy", "education-export")),
    "gelderland": DemoOrganisation(
        name="Provincie Gelderland", type="regional_council", country="NL", region="NL226",
        website="https://www.gelderland.nl/",
        description={"fi": "Gelderlandin maakunta Alankomaissa.", "en": "The Province of Gelderland in the "
                                                                        "Netherlands."},
        themes=("creative-economy", "education-export")),
}

DEVELOPMENT_MANAGER = {"fi": "kehittämispäällikkö", "sv": "utvecklingschef", "en": "Development Manager",
                       "et": "arendusjuht"}

SEPRA = DemoWorkspace(
    slug="sepra",
    name="Sepra",
    organisation="sepra",
    intro={
        "fi": (
            "Sepran oma kansainvälinen toiminta kohdentuu lähialueille alueen sijainnista ja historiasta johtuen. "
            "Suurin kiinnostus kohdistuu Viroon ja lähinnä sen pohjoisosiin, jotka sijaitsevat Sepran alueen "
            "eteläpuolella, Itäisen Suomenlahden rannikolla.\n\n"
            "Vuosituhannen alussa käynnistynyt yhteistyö virolaisen kylätoimintajärjestö Kodukantin kanssa on "
            "laajentunut Viron Leader-ryhmiin sekä muihin toimijoihin kauempana Viron etelä- ja länsiosissa. Sepra "
            "on ollut mm. mukana luomassa kestävän kehityksen mukaista yhteisölähtöisen matkailun "
            "kehittämistyökalua COMCOTia.\n\n"
            "Alueiden ja kansainvälisen yhteistyön kautta on oltu mukana esim. varmistamassa Sepran alueen halki "
            "kulkevan Kuninkaantien kehittämisen jatkuminen tarkoitukseen perustetun yhdistyksen avulla. Lisäksi "
            "Sepralla oli suuri vaikutus siihen, että Virolahdelle syntyi Green Belt -infopiste.\n\n"
            "Kansainvälisen toiminnan kautta paikalliseen kehittämistyöhön saadaan lisäarvoa uusien kokemusten ja "
            "hyvien siirrettävien käytäntöjen muodossa. Kansainvälisyys on eräs eurooppalaisen Leader-toiminnan "
            "periaatteista, ja Sepra on kansainvälisessä yhteistyössä hyvin vahva ja arvostettu toimija, niin "
            "maaseutu- kuin kalatalouspuolellakin.\n\n"
            "Uusia ideoita, kokemusten vaihtoa ja yhteistyötä yli rajojen – näitä voi saada sisällyttämällä "
            "toimintaan kansainvälisiä toimenpiteitä! Leader-rahoitus ei ole ainoa kanava kansainvälistymiseen, "
            "Sepraan kannattaa olla rohkeasti yhteyksissä, sillä meillä on kokemusta myös Erasmus+ -hankkeista ja "
            "olemme Euroopan komission tietopiste, ED Kymenlaakso.\n\n"
            "Strategiassa kansainvälisen toiminnan kokonaisuus on matkailun ja paikallistuoteverkostojen "
            "vahvistaminen ja laajentaminen."
        ),
        "en": (
            "Sepra's own international work turns to nearby regions because of the area's location and history. "
            "Our main interest is Estonia, above all its northern parts, which lie south of Sepra's area across "
            "the eastern Gulf of Finland.\n\n"
            "Cooperation with the Estonian village movement Kodukant began at the turn of the millennium and has "
            "grown to include Estonian Leader groups and other actors further away in southern and western "
            "Estonia. Among other things, Sepra helped create COMCOT, a tool for developing sustainable, "
            "community-based tourism.\n\n"
            "Through regional and international cooperation we have, for example, helped to secure the continued "
            "development of the King's Road, which runs across Sepra's area, through an association founded for "
            "that purpose. Sepra also played a large part in the founding of the Green Belt info point in "
            "Virolahti.\n\n"
            "International work adds value to local development in the form of new experiences and good practices "
            "that can be transferred. Internationality is one of the principles of the European Leader approach, "
            "and Sepra is a strong and respected actor in international cooperation, in rural as well as in "
            "fisheries development.\n\n"
            "New ideas, exchange of experience and cooperation across borders – you can have all of these by "
            "including international activities in your work! Leader funding is not the only channel for going "
            "international: do get in touch with Sepra, as we also have experience of Erasmus+ projects and we are "
            "the European Commission's information point, ED Kymenlaakso (Europe Direct).\n\n"
            "In Sepra's strategy, international work is built around strengthening and extending the networks of "
            "tourism and local products."
        ),
        "sv": (
            "Sepras eget internationella arbete riktar sig till närområdena, på grund av områdets läge och historia. "
            "Vårt största intresse gäller Estland, framför allt landets norra delar, som ligger söder om Sepras "
            "område på andra sidan östra Finska viken.\n\n"
            "Samarbetet med den estniska byrörelsen Kodukant inleddes vid millennieskiftet och har vidgats till "
            "estniska Leadergrupper och andra aktörer längre bort i södra och västra Estland. Sepra har bland annat "
            "varit med om att skapa COMCOT, ett verktyg för att utveckla hållbar, samhällsbaserad turism.\n\n"
            "Genom regionalt och internationellt samarbete har vi till exempel bidragit till att utvecklingen av "
            "Kungsvägen, som går genom Sepras område, kan fortsätta med hjälp av en förening som grundats för "
            "ändamålet. Sepra hade också en stor del i att Green Belt-infopunkten kom till i Vederlax.\n\n"
            "Det internationella arbetet ger mervärde åt det lokala utvecklingsarbetet i form av nya erfarenheter "
            "och goda praxis som kan överföras. Internationalitet är en av principerna i det europeiska "
            "Leaderarbetet, och Sepra är en stark och uppskattad aktör i internationellt samarbete, inom både "
            "landsbygds- och fiskeriutveckling.\n\n"
            "Nya idéer, erfarenhetsutbyte och samarbete över gränserna – allt detta kan ni få genom att ta med "
            "internationella åtgärder i er verksamhet! Leaderfinansieringen är inte den enda vägen till "
            "internationalisering: ta gärna kontakt med Sepra, för vi har också erfarenhet av Erasmus+-projekt och "
            "vi är Europeiska kommissionens informationspunkt ED Kymenlaakso (Europe Direct).\n\n"
            "I Sepras strategi handlar det internationella arbetet om att stärka och utvidga turismens och de lokala "
            "produkternas nätverk."
        ),
        "et": (
            "Sepra rahvusvaheline tegevus on piirkonna asukoha ja ajaloo tõttu suunatud lähinaabritele. Meie peamine "
            "huvi on Eesti, eelkõige selle põhjaosa, mis asub Sepra piirkonnast lõuna pool, teisel pool Soome lahe "
            "idaosa.\n\n"
            "Aastatuhande alguses alanud koostöö Eesti Külaliikumisega Kodukant on laienenud Eesti Leader-gruppidele "
            "ja teistele partneritele kaugemal Lõuna- ja Lääne-Eestis. Muu hulgas on Sepra aidanud luua COMCOTi – "
            "tööriista säästva kogukonnapõhise turismi arendamiseks.\n\n"
            "Piirkondliku ja rahvusvahelise koostöö kaudu oleme näiteks aidanud kindlustada, et Sepra piirkonda "
            "läbiva Kuninkaantie (Kuninga tee) arendamine jätkub selleks asutatud ühingu abil. Samuti oli Sepral "
            "suur osa selles, et Virolahtile loodi Green Belti infopunkt.\n\n"
            "Rahvusvaheline tegevus annab kohalikule arendustööle lisaväärtust uute kogemuste ja ülekantavate heade "
            "tavade näol. Rahvusvahelisus on üks Euroopa Leader-lähenemise põhimõtteid ning Sepra on rahvusvahelises "
            "koostöös tugev ja hinnatud partner nii maaelu kui ka kalanduse arendamisel.\n\n"
            "Uued ideed, kogemuste vahetamine ja piiriülene koostöö – kõike seda saab, kui lisada oma tegevusse "
            "rahvusvahelisi meetmeid! Leader-rahastus ei ole ainus tee rahvusvahelistumiseks: võtke julgelt Sepraga "
            "ühendust, sest meil on kogemusi ka Erasmus+ projektidega ja oleme Euroopa Komisjoni teabepunkt ED "
            "Kymenlaakso (Europe Direct).\n\n"
            "Sepra strateegias on rahvusvahelise tegevuse keskmes turismi ja kohalike toodete võrgustike tugevdamine "
            "ja laiendamine."
        ),
    },
    focus_areas=(
        ({"fi": "COMCOT-suunnittelutyökalun vienti eteenpäin", "en": "Taking the COMCOT planning tool further",
          "sv": "COMCOT-planeringsverktyget förs vidare",
          "et": "COMCOTi planeerimistööriista edasiviimine"},
         {"fi": "COMCOT-suunnittelutyökalun vienti eteenpäin Virolahdella ja Pyhtäällä sekä sen tarjoaminen muihin "
                "kuntiin. Nuorten osallisuutta suunnitteluun lisätään uutta koulutusta tarjoamalla.",
          "en": "Taking the COMCOT planning tool further in Virolahti and Pyhtää and offering it to other "
                "municipalities. Young people get a bigger part in planning through new training.",
          "sv": "COMCOT-planeringsverktyget förs vidare i Vederlax och Pyttis och erbjuds åt andra kommuner. Ungas "
                "delaktighet i planeringen ökas genom ny utbildning.",
          "et": "COMCOTi planeerimistööriista edasiviimine Virolahtis ja Pyhtääs ning selle pakkumine teistele "
                "omavalitsustele. Uute koolitustega suurendatakse noorte osalust planeerimises."}),
        ({"fi": "Sisävesi- ja jokimatkailun kehittäminen", "en": "Developing inland-water and river tourism",
          "sv": "Utveckling av insjö- och älvturism",
          "et": "Siseveekogude ja jõeturismi arendamine"},
         {"fi": "Sisävesi- ja jokimatkailun kehittäminen Leader- ja kalatalousryhmäyhteistyönä.",
          "en": "Developing inland-water and river tourism in cooperation between Leader groups and fisheries "
                "groups.",
          "sv": "Insjö- och älvturismen utvecklas i samarbete mellan Leadergrupper och fiskeriaktionsgrupper.",
          "et": "Siseveekogude ja jõeturismi arendamine Leader-gruppide ja kalanduse tegevusgruppide koostöös."}),
        ({"fi": "Green Care ja matkailu", "en": "Green Care and tourism",
          "sv": "Green Care och turism",
          "et": "Green Care ja turism"},
         {"fi": "Green Care -teemaan ja matkailuun liittyvän yhteistyön kehittäminen koulutuksen avulla.",
          "en": "Developing cooperation on Green Care and tourism through training.",
          "sv": "Samarbetet kring Green Care och turism utvecklas genom utbildning.",
          "et": "Green Care'i ja turismiga seotud koostöö arendamine koolituste abil."}),
        ({"fi": "Nuorten vaihto- ja työkokeilutoiminta", "en": "Exchanges and work try-outs for young people",
          "sv": "Utbyten och arbetsprövning för unga",
          "et": "Noortevahetused ja tööproovid"},
         {"fi": "Vaihto- ja työkokeilutoiminnan käynnistäminen nuorten kanssa, mahdollisesti EU:n ulkopuolella.",
          "en": "Starting exchanges and work try-outs with young people, possibly outside the EU.",
          "sv": "Utbyten och arbetsprövning startas tillsammans med unga, eventuellt också utanför EU.",
          "et": "Vahetuste ja tööproovide käivitamine koos noortega, võimaluse korral ka väljaspool ELi."}),
    ),
    memberships=(
        DemoMembership(
            network="europe-direct",
            description={"fi": "Sepra on Euroopan komission tietopiste ED Kymenlaakso.",
                         "en": "Sepra is the European Commission's information point ED Kymenlaakso.",
                         "sv": "Sepra är Europeiska kommissionens informationspunkt ED Kymenlaakso.",
                         "et": "Sepra on Euroopa Komisjoni teabepunkt ED Kymenlaakso."}),
        # Networks with international partners formed in the invented projects of 2025-2026 (record_sepra.py)
        DemoMembership(
            network="comcot-network", since=datetime.date(2025, 8, 20),
            description={"fi": "Kuntien ja kylien verkosto, joka vie COMCOT-työkalua eteenpäin Suomessa ja Virossa.",
                         "en": "Municipalities and villages taking the COMCOT tool further in Finland and Estonia.",
                         "sv": "Kommuner och byar som för COMCOT-verktyget vidare i Finland och Estland.",
                         "et": "Omavalitsused ja külad, kes viivad COMCOTi tööriista edasi Soomes ja Eestis."}),
        DemoMembership(
            network="river-network", since=datetime.date(2025, 10, 8),
            description={"fi": "Sisävesi- ja jokimatkailu Leader- ja kalatalousryhmien yhteistyönä.",
                         "en": "Inland-water and river tourism as cooperation of Leader and fisheries groups.",
                         "sv": "Insjö- och älvturism i samarbete mellan Leadergrupper och fiskeriaktionsgrupper.",
                         "et": "Siseveekogude ja jõeturism Leader-gruppide ja kalanduse tegevusgruppide koostöös."}),
        DemoMembership(
            network="green-care-network", since=datetime.date(2026, 4, 15),
            description={"fi": "Green Care -koulutuksen yhteistyö.", "en": "Cooperation on Green Care training.",
                         "sv": "Samarbete kring Green Care-utbildning.",
                         "et": "Koostöö Green Care'i koolituste vallas."}),
        DemoMembership(
            network="youth-network", since=datetime.date(2026, 6, 16),
            description={"fi": "Nuorten yrittäjyys ja sukupolvenvaihdokset.",
                         "en": "Youth entrepreneurship and generational change.",
                         "sv": "Ungas företagande och generationsväxlingar.",
                         "et": "Noorte ettevõtlus ja põlvkonnavahetus."}),
    ),
    partnerships=(
        DemoPartnership(
            organisation="kodukant", themes=("village-action", "rural-development"),
            description={"fi": "Yhteistyö virolaisen kylätoimintajärjestön kanssa käynnistyi vuosituhannen alussa.",
                         "en": "Cooperation with the Estonian village movement began at the turn of the "
                               "millennium.",
                         "sv": "Samarbetet med den estniska byrörelsen inleddes vid millennieskiftet.",
                         "et": "Koostöö Eesti külaliikumisega algas aastatuhande vahetusel."}),
        DemoPartnership(
            organisation="virumaa", themes=("rural-development", "community-tourism"),
            description={"fi": "Leader-yhteistyötä Viron pohjoisrannikolla, Sepran alueen eteläpuolella.",
                         "en": "Leader cooperation on Estonia's northern coast, south of Sepra's area.",
                         "sv": "Leadersamarbete på Estlands nordkust, söder om Sepras område.",
                         "et": "Leader-koostöö Eesti põhjarannikul, Sepra piirkonnast lõuna pool."}),
        DemoPartnership(
            organisation="arenduskoda", themes=("rural-development", "youth"),
            description={"fi": "Leader-yhteistyötä Pohjois-Virossa.",
                         "en": "Leader cooperation in northern Estonia.",
                         "sv": "Leadersamarbete i norra Estland.",
                         "et": "Leader-koostöö Põhja-Eestis."}),
        DemoPartnership(
            organisation="parnu-laht", themes=("fisheries", "tourism"),
            description={"fi": "Leader- ja kalatalousyhteistyötä Länsi-Virossa.",
                         "en": "Leader and fisheries cooperation in western Estonia.",
                         "sv": "Leader- och fiskerisamarbete i västra Estland.",
                         "et": "Leader- ja kalanduskoostöö Lääne-Eestis."}),
        DemoPartnership(
            organisation="kuninkaantie", themes=("tourism", "local-products"),
            description={"fi": "Sepran alueen halki kulkevan Kuninkaantien kehittäminen jatkuu tarkoitukseen "
                               "perustetun yhdistyksen avulla.",
                         "en": "The King's Road, which runs across Sepra's area, is developed further through "
                               "an association founded for the purpose.",
                         "sv": "Kungsvägen, som går genom Sepras område, utvecklas vidare med hjälp av en förening "
                               "som grundats för ändamålet.",
                         "et": "Sepra piirkonda läbivat Kuninkaantie (Kuninga tee) arendatakse edasi selleks "
                               "asutatud ühingu abil."}),
        DemoPartnership(
            organisation="green-belt", themes=("tourism", "environment"),
            description={"fi": "Sepralla oli suuri vaikutus siihen, että Virolahdelle syntyi Green Belt "
                               "-infopiste.",
                         "en": "Sepra played a large part in the founding of the Green Belt info point in "
                               "Virolahti.",
                         "sv": "Sepra hade en stor del i att Green Belt-infopunkten kom till i Vederlax.",
                         "et": "Sepral oli suur osa selles, et Virolahtile loodi Green Belti infopunkt."}),
    ),
    contacts=(
        DemoContact(
            DemoPerson(name="Marjo Tolvanen",
                       title={"fi": "Toiminnanjohtaja, kansainväliset hankkeet",
                              "sv": "Verksamhetsledare, internationella projekt",
                              "en": "Executive Director, international projects",
                              "et": "Tegevjuht, rahvusvahelised projektid"},
                       email="marjo.tolvanen@example.fi", phone="+358 40 000 0101", consent_date=CONSENTED_ON),
            (DemoRole(topic={"fi": "Kansainvälinen toiminta", "sv": "Internationell verksamhet",
                             "en": "International activities", "et": "Rahvusvaheline tegevus"}),
             DemoRole(topic={"fi": "Erasmus+ -hankkeet", "sv": "Erasmus+-projekt", "en": "Erasmus+ projects",
                             "et": "Erasmus+ projektid"}))),
    ),
    record=record_sepra.RECORD,
    strategy=record_sepra.STRATEGY,
    sharing=sharing.SEPRA,
)

KESKI_SUOMI = DemoWorkspace(
    slug="keski-suomi",
    name="Keski-Suomen liitto",
    organisation="ksl",
    intro={
        "fi": (
            "Keski-Suomen liiton kansainvälisessä toiminnassa on kolme painopistettä.\n\n"
            "Keski-Suomen liitto jakaa kansainvälistä tietoa maakunnan muiden toimijoiden kesken. Näin varmistetaan "
            "toimenpiteiden suurin mahdollinen vaikutus alueellisesti. Keski-Suomen liitto myös rekrytoi tarpeen "
            "mukaan kansainvälisiä harjoittelijoita lyhytaikaisiin asiantuntijatehtäviin.\n\n"
            "Luottamushenkilöillä on merkittävä rooli Keski-Suomen liiton kansainvälisessä toiminnassa. He "
            "edustavat maakuntaa useissa kansainvälisissä verkostoissa. Keski-Suomen liiton toimiston "
            "yhteyshenkilöt työskentelevät tiiviissä yhteistyössä luottamushenkilöiden kanssa."
        ),
        "en": (
            "The international work of the Regional Council of Central Finland has three focus areas.\n\n"
            "The Regional Council shares international information among the region's other actors, so that "
            "what is done has the greatest possible effect in the region. When needed, the Council also recruits "
            "international interns for short expert assignments.\n\n"
            "Elected officials play an important part in the Council's international work: they represent the "
            "region in several international networks. The contact persons at the Council's office work closely "
            "with the elected officials."
        ),
        "sv": (
            "Mellersta Finlands förbunds internationella verksamhet har tre fokusområden.\n\n"
            "Förbundet delar internationell information med landskapets övriga aktörer, så att åtgärderna får "
            "största möjliga verkan i regionen. Vid behov rekryterar förbundet också internationella praktikanter "
            "för kortare expertuppdrag.\n\n"
            "De förtroendevalda har en viktig roll i förbundets internationella verksamhet: de representerar "
            "landskapet i flera internationella nätverk. Kontaktpersonerna på förbundets kansli arbetar i nära "
            "samarbete med de förtroendevalda."
        ),
        "et": (
            "Kesk-Soome maakonnaliidu rahvusvahelisel tegevusel on kolm prioriteetset valdkonda.\n\n"
            "Maakonnaliit jagab rahvusvahelist teavet maakonna teiste osalistega, et meetmete mõju piirkonnas oleks "
            "võimalikult suur. Vajaduse korral võtab maakonnaliit ka rahvusvahelisi praktikante lühiajalistele "
            "eksperditöödele.\n\n"
            "Valitud esindajatel on maakonnaliidu rahvusvahelises tegevuses oluline roll: nad esindavad maakonda "
            "mitmes rahvusvahelises võrgustikus. Maakonnaliidu büroo kontaktisikud teevad valitud esindajatega "
            "tihedat koostööd."
        ),
    },
    focus_areas=(
        ({"fi": "Elinkeinoelämän kansainväliset yhteydet, yritysyhteistyö ja innovaatiotoiminta",
          "en": "International links, business cooperation and innovation",
          "sv": "Näringslivets internationella kontakter, företagssamarbete och innovationsverksamhet",
          "et": "Ettevõtluse rahvusvahelised sidemed, ettevõtete koostöö ja innovatsioon"},
         {"fi": "Keski-Suomen liitto edistää maakunnan elinkeinoelämän kansainvälisiä yhteyksiä, yritysyhteistyötä "
                "ja innovaatiotoimintaa hyödyntämällä kansainvälisiä verkostoja ja jäsenyyksiä.\n\n"
                "Keski-Suomen liitto osallistuu mm. Euroopan alueiden tutkimus- ja innovaatioverkoston (ERRIN) ja "
                "Suomalais-venäläisen kauppakamarin työskentelyyn. Mainio esimerkki kansainvälistymisestä on "
                "koulutusviennin laajeneminen uusille markkinoille. Keski-Suomen liiton pitkäjänteisen työn "
                "tuloksena syntyi EduCluster Finland (ECF) -liiketoimintaverkosto ja osakeyhtiö, jonka osakkaita "
                "ovat Jyväskylän yliopisto, ammattikorkeakoulu ja koulutuskuntayhtymä.\n\n"
                "Välineitä näiden tavoitteiden edistämiseen ovat kansainvälinen hankerahoitus, osallistuminen "
                "kansainväliseen verkostotoimintaan sekä suora alueiden välinen yhteistyö.",
          "en": "The Regional Council of Central Finland furthers the international links, business cooperation "
                "and innovation of the region's economy by making use of international networks and "
                "memberships.\n\n"
                "Among others, the Council takes part in the work of the European Regions Research and Innovation "
                "Network (ERRIN) and of the Finnish-Russian Chamber of Commerce. A fine example of "
                "internationalisation is education export reaching new markets: the Council's long-term work gave "
                "rise to EduCluster Finland (ECF), a business network and company owned by the University of "
                "Jyväskylä, the university of applied sciences and the vocational education consortium.\n\n"
                "The tools for these goals are international project funding, taking part in international "
                "networks, and direct cooperation between regions.",
          "sv": (
              "Mellersta Finlands förbund främjar landskapets näringslivs internationella kontakter, "
              "företagssamarbete och innovationsverksamhet genom att dra nytta av internationella nätverk och "
              "medlemskap.\n\n"
              "Förbundet deltar bland annat i arbetet inom European Regions Research and Innovation Network (ERRIN) "
              "och Finsk-ryska handelskammaren. Ett utmärkt exempel på internationalisering är att "
              "utbildningsexporten har nått nya marknader: förbundets långsiktiga arbete ledde till EduCluster "
              "Finland (ECF), ett affärsnätverk och aktiebolag som ägs av Jyväskylä universitet, yrkeshögskolan och "
              "utbildningssamkommunen.\n\n"
              "Verktygen för att nå dessa mål är internationell projektfinansiering, deltagande i internationella "
              "nätverk och direkt samarbete mellan regioner."
          ),
          "et": (
              "Kesk-Soome maakonnaliit edendab maakonna ettevõtluse rahvusvahelisi sidemeid, ettevõtete koostööd ja "
              "innovatsiooni, kasutades rahvusvahelisi võrgustikke ja liikmesusi.\n\n"
              "Maakonnaliit osaleb muu hulgas Euroopa piirkondade teadus- ja innovatsioonivõrgustiku European "
              "Regions Research and Innovation Network (ERRIN) ning Soome-Vene Kaubanduskoja töös. Hea näide "
              "rahvusvahelistumisest on hariduseksport, mis on jõudnud uutele turgudele: maakonnaliidu pikaajalise "
              "töö tulemusel sündis EduCluster Finland (ECF) – ärivõrgustik ja aktsiaselts, mille omanikud on "
              "Jyväskylä ülikool, rakenduskõrgkool ja kutsehariduskonsortsium.\n\n"
              "Nende eesmärkide saavutamise vahendid on rahvusvaheline projektirahastus, osalemine rahvusvahelistes "
              "võrgustikes ja piirkondade otsene koostöö."
          )}),
        ({"fi": "EU-edunvalvonta", "en": "EU advocacy",
          "sv": "EU-påverkan",
          "et": "ELi huvikaitse"},
         {"fi": "Toinen kansainvälisyyden painopiste on EU-edunvalvonta, jossa lähtökohtana ovat aluekehittämisen "
                "kysymykset. EU-edunvalvontaa tehdään erityisesti Länsi-Suomen liittojen yhteisen "
                "Eurooppa-toimiston (WFEO) kautta. Energia- ja ympäristöasioissa toimitaan Euroopan alueiden ja "
                "energiatoimistojen järjestössä (FEDARENE).",
          "en": "The second focus of international work is EU advocacy, which starts from the questions of "
                "regional development. Advocacy is done above all through the joint European office of the West "
                "Finland regional councils (West Finland European Office, WFEO). On energy and the environment the "
                "Council works in the European federation of regions and energy agencies (FEDARENE).",
          "sv": "Det andra fokusområdet i det internationella arbetet är EU-påverkan, som utgår från frågor om "
                "regional utveckling. Påverkansarbetet sker framför allt via de västfinländska landskapsförbundens "
                "gemensamma Europakontor (West Finland European Office, WFEO). I energi- och miljöfrågor verkar "
                "förbundet inom den europeiska organisationen för regioner och energibyråer (FEDARENE).",
          "et": "Rahvusvahelise tegevuse teine prioriteetne valdkond on ELi huvikaitse, mille lähtekohaks on "
                "regionaalarengu küsimused. Huvikaitset tehakse eelkõige Lääne-Soome maakonnaliitude ühise Euroopa "
                "büroo (West Finland European Office, WFEO) kaudu. Energeetika- ja keskkonnaküsimustes tegutseb "
                "maakonnaliit Euroopa piirkondade ja energiaagentuuride föderatsioonis (FEDARENE)."}),
        ({"fi": "Hyvien toimintamallien tuominen maakuntaan", "en": "Bringing good practices to the region",
          "sv": "Goda verksamhetsmodeller till landskapet",
          "et": "Heade tavade toomine maakonda"},
         {"fi": "Kolmas painopiste on hyvien toimintamallien tuominen maakuntaan. Tässä työssä kansainvälinen "
                "hanketoiminta yhdessä kuntien ja alueen muiden toimijoiden kanssa on keskeinen työväline. "
                "Hankepartnereiksi haetaan kumppaneita, joilla on parasta osaamista hankkeen toimialalta. "
                "Kiinnostavia alueita tässä yhteistyössä ovat mm. Tanska ja Hollanti. Yhteistyössä voidaan "
                "hyödyntää esim. COMENIUS-REGIO ja Itämeren ohjelman rahoitusta.",
          "en": "The third focus is bringing good practices to the region. International projects, run together "
                "with the municipalities and the region's other actors, are the main tool here. We look for "
                "project partners who have the best expertise in the project's field. Denmark and the "
                "Netherlands, among others, are interesting regions for this cooperation, which can draw on "
                "funding from, for example, Comenius Regio and the Baltic Sea Region Programme.",
          "sv": "Det tredje fokusområdet är att föra goda verksamhetsmodeller till landskapet. Här är "
                "internationella projekt, som genomförs tillsammans med kommunerna och regionens övriga aktörer, det "
                "viktigaste verktyget. Som projektpartner söker vi aktörer med den bästa kompetensen inom projektets "
                "område. Intressanta regioner för detta samarbete är bland annat Danmark och Nederländerna. "
                "Samarbetet kan till exempel dra nytta av finansiering från Comenius Regio och Östersjöprogrammet "
                "(Interreg Baltic Sea Region).",
          "et": "Kolmas prioriteetne valdkond on heade tavade toomine maakonda. Peamine vahend selleks on "
                "rahvusvahelised projektid, mida viiakse ellu koos omavalitsuste ja piirkonna teiste osalistega. "
                "Projektipartneriteks otsime neid, kellel on projekti valdkonnas parimad teadmised. Selle koostöö "
                "jaoks huvipakkuvad piirkonnad on muu hulgas Taani ja Madalmaad. Koostöös saab kasutada näiteks "
                "Comenius Regio ja Läänemere piirkonna programmi (Interreg Baltic Sea Region) rahastust."}),
    ),
    memberships=(
        DemoMembership(
            network="wfeo",
            description={"fi": "EU-edunvalvonta Länsi-Suomen liittojen yhteisen Eurooppa-toimiston kautta.",
                         "en": "EU advocacy through the joint European office of the West Finland regional "
                               "councils.",
                         "sv": "EU-påverkan via de västfinländska landskapsförbundens gemensamma Europakontor.",
                         "et": "ELi huvikaitse Lääne-Soome maakonnaliitude ühise Euroopa büroo kaudu."}),
        DemoMembership(
            network="fedarene",
            description={"fi": "Energia- ja ympäristöasiat Euroopan alueiden ja energiatoimistojen järjestössä.",
                         "en": "Energy and the environment in the European federation of regions and energy "
                               "agencies.",
                         "sv": "Energi- och miljöfrågor inom den europeiska organisationen för regioner och "
                               "energibyråer.",
                         "et": "Energeetika ja keskkond Euroopa piirkondade ja energiaagentuuride föderatsioonis."}),
        DemoMembership(
            network="errin",
            description={"fi": "Euroopan alueiden tutkimus- ja innovaatioverkosto: kansainväliset yhteydet, "
                               "yritysyhteistyö ja innovaatiotoiminta.",
                         "en": "The European Regions Research and Innovation Network: international links, "
                               "business cooperation and innovation.",
                         "sv": "Europeiska regioners nätverk för forskning och innovation: internationella "
                               "kontakter, företagssamarbete och innovationsverksamhet.",
                         "et": "Euroopa piirkondade teadus- ja innovatsioonivõrgustik: rahvusvahelised sidemed, "
                               "ettevõtete koostöö ja innovatsioon."}),
        DemoMembership(
            network="tci",
            description={"fi": "The Competitiveness Institute: klusterit ja kilpailukyky.",
                         "en": "The Competitiveness Institute: clusters and competitiveness.",
                         "sv": "The Competitiveness Institute: kluster och konkurrenskraft.",
                         "et": "The Competitiveness Institute: klastrid ja konkurentsivõime."}),
        DemoMembership(
            network="berst",
            description={"fi": "Alueiden biotalousstrategioiden verkosto; yhteyshenkilö Hannu Koponen.",
                         "en": "The network for regional bioeconomy strategies; contact person Hannu Koponen.",
                         "sv": "Nätverket för regionala bioekonomistrategier; kontaktperson Hannu Koponen.",
                         "et": "Piirkondlike biomajandusstrateegiate võrgustik; kontaktisik Hannu Koponen."}),
        DemoMembership(
            network="bea-app",
            description={"fi": "Yhteyshenkilö Hannu Koponen.", "en": "Contact person Hannu Koponen.",
                         "sv": "Kontaktperson Hannu Koponen.",
                         "et": "Kontaktisik Hannu Koponen."}),
        DemoMembership(
            network="svkk",
            description={"fi": "Suomalais-venäläisen kauppakamarin työskentely: yritysyhteistyö.",
                         "en": "The Finnish-Russian Chamber of Commerce: business cooperation.",
                         "sv": "Finsk-ryska handelskammarens arbete: företagssamarbete.",
                         "et": "Soome-Vene Kaubanduskoja töö: ettevõtete koostöö."}),
    ),
    partnerships=(
        DemoPartnership(
            organisation="educluster", themes=("education-export",),
            description={"fi": "Keski-Suomen liiton pitkäjänteisen työn tuloksena syntynyt koulutusviennin "
                               "liiketoimintaverkosto ja osakeyhtiö.",
                         "en": "The education-export business network and company that grew out of the "
                               "Council's long-term work.",
                         "sv": "Affärsnätverket och aktiebolaget för utbildningsexport som kom till genom förbundets "
                               "långsiktiga arbete.",
                         "et": "Hariduse ekspordi ärivõrgustik ja aktsiaselts, mis sündis maakonnaliidu pikaajalise "
                               "töö tulemusel."}),
        DemoPartnership(
            organisation="jyu", themes=("education-export",),
            description={"fi": "EduCluster Finlandin osakas.", "en": "A shareholder of EduCluster Finland.",
                         "sv": "Delägare i EduCluster Finland.",
                         "et": "EduCluster Finlandi osanik."}),
        DemoPartnership(
            organisation="jamk", themes=("education-export",),
            description={"fi": "EduCluster Finlandin osakas.", "en": "A shareholder of EduCluster Finland.",
                         "sv": "Delägare i EduCluster Finland.",
                         "et": "EduCluster Finlandi osanik."}),
        DemoPartnership(
            organisation="gradia", themes=("education-export",),
            description={"fi": "EduCluster Finlandin osakas.", "en": "A shareholder of EduCluster Finland.",
                         "sv": "Delägare i EduCluster Finland.",
                         "et": "EduCluster Finlandi osanik."}),
    ),
    contacts=(
        DemoContact(
            DemoPerson(name="Hannu Koponen", title=DEVELOPMENT_MANAGER, email="hannu.koponen@example.fi",
                       phone="+358 40 000 0009", consent_date=CONSENTED_ON),
            (DemoRole(network="wfeo"), DemoRole(network="fedarene"), DemoRole(network="errin"),
             DemoRole(network="berst"), DemoRole(network="bea-app"))),
        DemoContact(
            DemoPerson(name="Kari Pirinen", title=DEVELOPMENT_MANAGER, email="kari.pirinen@example.fi",
                       phone="+358 40 000 0008", consent_date=CONSENTED_ON),
            (DemoRole(theme="education-export"), DemoRole(network="tci"),
             DemoRole(topic={"fi": "maakuntien välinen kv-yhteistyö", "sv": "internationellt samarbete mellan "
                             "landskapen", "en": "international cooperation between regions",
                             "et": "maakondadevaheline rahvusvaheline koostöö"}))),
        DemoContact(
            DemoPerson(name="Raija Partanen", title=DEVELOPMENT_MANAGER, email="raija.partanen@example.fi",
                       phone="+358 40 000 0139", consent_date=CONSENTED_ON),
            (DemoRole(theme="creative-economy"),
             DemoRole(topic={"fi": "CREADIS3 -hanke", "sv": "CREADIS3-projektet", "en": "CREADIS3 project",
                             "et": "CREADIS3 projekt"}))),
        DemoContact(
            DemoPerson(name="Veli-Pekka Päivänen", title=DEVELOPMENT_MANAGER,
                       email="veli-pekka.paivanen@example.fi", phone="+358 40 000 0005", consent_date=CONSENTED_ON),
            (DemoRole(network="svkk"),)),
        # The elected officials who represent the region in networks (invented names, not published): a term that
        # began with the council term in 2025, and one that begins in 2027 (planned, not yet counted).
        DemoContact(
            DemoPerson(name="Aino Luottamus", kind="elected", email="aino.luottamus@example.fi",
                       phone="+358 40 000 0201",
                       title={"fi": "maakuntahallituksen puheenjohtaja", "sv": "landskapsstyrelsens ordförande",
                              "en": "Chair of the Regional Board", "et": "maakonnavalitsuse esimees"}),
            (DemoRole(network="errin", role="representative", starts_on=datetime.date(2025, 8, 1)),
             DemoRole(network="berst", role="representative", starts_on=datetime.date(2025, 8, 1)))),
        DemoContact(
            DemoPerson(name="Eino Valtuutettu", kind="elected", email="eino.valtuutettu@example.fi",
                       phone="+358 40 000 0202",
                       title={"fi": "maakuntavaltuuston jäsen", "sv": "ledamot av landskapsfullmäktige",
                              "en": "Member of the Regional Assembly", "et": "maakonnavolikogu liige"}),
            (DemoRole(network="fedarene", role="representative", starts_on=datetime.date(2025, 8, 1)),
             DemoRole(network="tci", role="deputy", starts_on=datetime.date(2025, 8, 1)),
             DemoRole(network="bea-app", role="representative", starts_on=datetime.date(2027, 1, 1)))),
    ),
    record=record_keski_suomi.RECORD,
    strategy=record_keski_suomi.STRATEGY,
    sharing=sharing.KESKI_SUOMI,
)

WORKSPACES = (SEPRA, KESKI_SUOMI)

USERS = (
    DemoUser("alice", "Alice", {"sepra": "admin", "keski-suomi": "admin"}),
    DemoUser("bob", "Bob", {"sepra": "staff"}),
    DemoUser("vera", "Vera", {"sepra": "viewer"}),
    DemoUser("charlie", "Charlie", {"keski-suomi": "staff"}),
)

RECORD_AUTHOR = "alice"  # who the projects' status changes are recorded by
