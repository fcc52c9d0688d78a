"""The cooperation record of Keski-Suomen liitto: what the seed page names, and two years (2025-2026) of invented work.

From the seed page (../shared/seeds/002_…): EduCluster Finland as the result of long-term work, CREADIS3 (creative
economy), the work in ERRIN, EU advocacy on regional-development questions through WFEO and on energy and the
environment through FEDARENE, interest in Denmark and the Netherlands, Comenius Regio and the Baltic Sea Region
programme as funding, and international interns for short expert tasks. CREADIS3's partners, lead partner and
years are as its partners published them. Everything dated 2024-2027, the budgets, participant counts and the
applicants are invented for the demo.
"""

from datetime import date
from decimal import Decimal

from kumppani.demo.shapes import (
    DemoActivity,
    DemoAdvocacy,
    DemoApplicant,
    DemoGoodPractice,
    DemoIndicator,
    DemoInternship,
    DemoOutput,
    DemoParticipants,
    DemoPartner,
    DemoProject,
    DemoRecord,
    DemoStatus,
    DemoStrategy,
)

# Focus areas of Keski-Suomen liitto, by position (data.KESKI_SUOMI.focus_areas)
BUSINESS_LINKS, EU_ADVOCACY, GOOD_PRACTICES_HOME = 1, 2, 3

PROJECTS = (
    DemoProject(
        key="creadis3",
        title={"fi": "CREADIS3 – Älykkäät luovat alueet", "en": "CREADIS3 – Smart Specialisation Creative Districts",
               "sv": "CREADIS3 – Smart Specialisation Creative Districts",
               "et": "CREADIS3 – Smart Specialisation Creative Districts"},
        summary={"fi": "Interreg Europe -hanke, jossa kuusi eurooppalaista aluetta toi luovan osaamisen ja "
                       "kulttuurin osaksi alueiden talouden ja elinvoiman kehittämistä. Keski-Suomen liitto vastasi "
                       "luovan osaamisen ristipölytyksestä muille toimialoille.",
                 "en": "An Interreg Europe project in which six European regions made creative skills and culture "
                       "part of developing their economies. The Regional Council of Central Finland was in charge "
                       "of carrying creative skills over to other sectors."},
        statuses=(DemoStatus("running", date(2017, 1, 1)), DemoStatus("closed", date(2021, 12, 31))),
        programme="interreg-europe-2014-2020",
        starts_on=date(2017, 1, 1), ends_on=date(2021, 12, 31),
        partners=(DemoPartner("basque-government", "lead"), DemoPartner("emilia-romagna"),
                  DemoPartner("wallonia"), DemoPartner("slovak-culture"), DemoPartner("western-greece"),
                  DemoPartner("ksl")),
        themes=("creative-economy",),
        focus_area=GOOD_PRACTICES_HOME,
        outputs=(DemoOutput("publication", {"fi": "Keski-Suomen toimintasuunnitelma luovan osaamisen hyödyntämiseksi",
                                            "en": "Central Finland's action plan for creative skills",
                                            "sv": "Mellersta Finlands handlingsplan för kreativ kompetens",
                                            "et": "Kesk-Soome loovoskuste tegevuskava"},
                            {"fi": "Jokainen partneri laati oman alueellisen toimintasuunnitelmansa.",
                             "en": "Each partner drew up a regional action plan of its own."}),),
    ),
    DemoProject(
        key="educluster",
        title={"fi": "Koulutusvienti: EduCluster Finland", "en": "Education export: EduCluster Finland",
               "sv": "Utbildningsexport: EduCluster Finland",
               "et": "Hariduseksport: EduCluster Finland"},
        summary={"fi": "Keski-Suomen liiton pitkäjänteisen työn tuloksena syntyi EduCluster Finland (ECF) "
                       "-liiketoimintaverkosto ja osakeyhtiö, jonka osakkaita ovat Jyväskylän yliopisto, "
                       "ammattikorkeakoulu ja koulutuskuntayhtymä.",
                 "en": "The Council's long-term work gave rise to EduCluster Finland (ECF), a business network and "
                       "company owned by the University of Jyväskylä, the university of applied sciences and the "
                       "vocational education consortium."},
        statuses=(DemoStatus("closed", date(2025, 1, 15), "Kirjattu jälkikäteen; alkamis- ja päättymispäivä "
                                                          "puuttuvat."),),
        partners=(DemoPartner("ksl", "lead"), DemoPartner("jyu"), DemoPartner("jamk"), DemoPartner("gradia")),
        themes=("education-export",),
        focus_area=BUSINESS_LINKS,
        outputs=(DemoOutput("other", {"fi": "EduCluster Finland (ECF) – liiketoimintaverkosto ja osakeyhtiö",
                                      "en": "EduCluster Finland (ECF) – a business network and company",
                                      "sv": "EduCluster Finland (ECF) – ett affärsnätverk och aktiebolag",
                                      "et": "EduCluster Finland (ECF) – ärivõrgustik ja aktsiaselts"},
                            {"fi": "Koulutusviennin laajeneminen uusille markkinoille.",
                             "en": "Education export reaching new markets."}),),
    ),
    DemoProject(
        key="bsr-energy",
        title={"fi": "Energiayhteisöt Itämeren alueen maaseudulla",
               "en": "Energy communities in the Baltic Sea Region's countryside",
               "sv": "Energigemenskaper på landsbygden i Östersjöregionen",
               "et": "Energiakogukonnad Läänemere piirkonna maapiirkondades"},
        summary={"fi": "Interreg Itämeren alueen ohjelman hanke, jossa alueet kehittävät yhdessä paikallisten "
                       "energiayhteisöjen tukimalleja. Kumppani löytyi FEDARENE-yhteistyön kautta.",
                 "en": "An Interreg Baltic Sea Region project in which regions develop ways of supporting local "
                       "energy communities. The partner was found through FEDARENE."},
        statuses=(DemoStatus("idea", date(2023, 9, 12)), DemoStatus("preparing", date(2023, 11, 6)),
                  DemoStatus("submitted", date(2024, 4, 19)), DemoStatus("approved", date(2024, 10, 24)),
                  DemoStatus("running", date(2025, 1, 1))),
        programme="interreg-baltic-sea-region",
        starts_on=date(2025, 1, 1), ends_on=date(2027, 12, 31),
        total_budget=Decimal("2400000.00"), grant=Decimal("1920000.00"), own_share=Decimal("480000.00"),
        partners=(DemoPartner("ksl", "lead", Decimal("900000.00")),
                  DemoPartner("jamk", "partner", Decimal("700000.00")),
                  DemoPartner("midtjylland", "partner", Decimal("800000.00"))),
        themes=("energy", "environment"),
        focus_area=GOOD_PRACTICES_HOME,
        outputs=(DemoOutput("publication", {"fi": "Energiayhteisöjen tukimallien vertailu",
                                            "en": "A comparison of support models for energy communities",
                                            "sv": "En jämförelse av stödmodeller för energigemenskaper",
                                            "et": "Energiakogukondade toetusmudelite võrdlus"},
                            delivered_on=date(2026, 6, 30)),),
    ),
    DemoProject(
        key="innovation-valleys",
        title={"fi": "Keski-Suomi alueellisissa innovaatiolaaksoissa",
               "en": "Central Finland in regional innovation valleys",
               "sv": "Mellersta Finland i regionala innovationsdalar",
               "et": "Kesk-Soome piirkondlikes innovatsiooniorgudes"},
        summary={"fi": "Horizon Europe -hakemus, jonka kumppanit löytyivät ERRIN-verkoston kumppanihausta: alueiden "
                       "yhteinen innovaatiotoiminta kestävän rakentamisen ja koulutuksen teemoissa.",
                 "en": "A Horizon Europe application whose partners were found at an ERRIN partner search: joint "
                       "innovation between regions on sustainable building and education."},
        statuses=(DemoStatus("idea", date(2026, 1, 27)), DemoStatus("preparing", date(2026, 3, 16)),
                  DemoStatus("submitted", date(2026, 9, 17))),
        programme="horizon-europe",
        starts_on=date(2027, 5, 1), ends_on=date(2030, 4, 30),
        total_budget=Decimal("1200000.00"), grant=Decimal("1200000.00"), own_share=Decimal("0.00"),
        partners=(DemoPartner("jyu", "lead", Decimal("600000.00")),
                  DemoPartner("ksl", "partner", Decimal("250000.00")),
                  DemoPartner("jamk", "partner", Decimal("350000.00"))),
        themes=("research-innovation",),
        focus_area=BUSINESS_LINKS,
    ),
    DemoProject(
        key="rural-renovation",
        title={"fi": "Maaseudun rakennusten energiaremontit", "en": "Energy renovation of rural buildings",
               "sv": "Energirenovering av byggnader på landsbygden",
               "et": "Maapiirkonna hoonete energiarenoveerimine"},
        summary={"fi": "LIFE-ohjelman puhtaan energian siirtymän hanke: neuvontamalli maaseudun pientalojen ja "
                       "kylätalojen energiaremontteihin.",
                 "en": "A LIFE clean energy transition project: an advice model for the energy renovation of rural "
                       "homes and village halls."},
        statuses=(DemoStatus("idea", date(2025, 4, 22)), DemoStatus("preparing", date(2025, 6, 2)),
                  DemoStatus("submitted", date(2025, 9, 16)), DemoStatus("approved", date(2026, 10, 30))),
        programme="life",
        starts_on=date(2027, 1, 1), ends_on=date(2029, 12, 31),
        total_budget=Decimal("1500000.00"), grant=Decimal("1425000.00"), own_share=Decimal("75000.00"),
        partners=(DemoPartner("ksl", "lead", Decimal("600000.00")),
                  DemoPartner("jamk", "partner", Decimal("450000.00")),
                  DemoPartner("midtjylland", "partner", Decimal("450000.00"))),
        themes=("energy",),
        focus_area=EU_ADVOCACY,
    ),
    DemoProject(
        key="creative-skills-2",
        title={"fi": "Luovan osaamisen ristipölytys 2.0", "en": "Cross-fertilising creative skills 2.0",
               "sv": "Korsbefruktning av kreativ kompetens 2.0",
               "et": "Loovoskuste ristviljastamine 2.0"},
        summary={"fi": "Valmisteilla oleva Interreg Europe -hakemus, joka jatkaa CREADIS3-hankkeen työtä luovan "
                       "osaamisen viemiseksi muille toimialoille.",
                 "en": "An Interreg Europe application in preparation that carries on CREADIS3's work of taking "
                       "creative skills to other sectors."},
        statuses=(DemoStatus("idea", date(2026, 5, 19)), DemoStatus("preparing", date(2026, 8, 24))),
        programme="interreg-europe",
        starts_on=date(2027, 4, 1), ends_on=date(2031, 3, 31),
        total_budget=Decimal("1200000.00"), grant=Decimal("960000.00"), own_share=Decimal("240000.00"),
        partners=(DemoPartner("ksl", "lead", Decimal("420000.00")),
                  DemoPartner("emilia-romagna", "partner", Decimal("390000.00")),
                  DemoPartner("gelderland", "partner", Decimal("390000.00"))),
        themes=("creative-economy",),
        focus_area=GOOD_PRACTICES_HOME,
    ),
    DemoProject(
        key="regions-education",
        title={"fi": "Alueiden koulutusyhteistyö Alankomaiden kanssa",
               "en": "Regional education cooperation with the Netherlands",
               "sv": "Regionalt utbildningssamarbete med Nederländerna",
               "et": "Piirkondlik hariduskoostöö Madalmaadega"},
        summary={"fi": "Idea: Comenius Regio -kumppanuuksien malliin pohjautuva alueiden välinen "
                       "koulutusyhteistyö, nyt Erasmus+ -ohjelman rahoituksella.",
                 "en": "An idea: education cooperation between regions on the model of the Comenius Regio "
                       "partnerships, now with Erasmus+ funding."},
        statuses=(DemoStatus("idea", date(2026, 9, 29)),),
        programme="erasmus-plus",
        total_budget=Decimal("250000.00"), grant=Decimal("250000.00"), own_share=Decimal("0.00"),
        partners=(DemoPartner("ksl", "lead"), DemoPartner("gradia"), DemoPartner("gelderland", "associated")),
        themes=("education-export",),
        focus_area=GOOD_PRACTICES_HOME,
    ),
    DemoProject(
        key="creative-markets",
        title={"fi": "Luovat alat kansainvälisille markkinoille", "en": "Creative industries to international "
                                                                       "markets",
               "sv": "Kreativa branscher ut på internationella marknader",
               "et": "Loomemajandus rahvusvahelistele turgudele"},
        summary={"fi": "Creative Europe -hakemus luovien alojen yritysten kansainvälistymisestä. Hakemus ei saanut "
                       "rahoitusta.",
                 "en": "A Creative Europe application on taking creative businesses international. It was not "
                       "funded."},
        statuses=(DemoStatus("idea", date(2024, 8, 14)), DemoStatus("preparing", date(2024, 10, 1)),
                  DemoStatus("submitted", date(2025, 1, 23)),
                  DemoStatus("rejected", date(2025, 6, 30), "Pisteet jäivät rahoitusrajan alle.")),
        programme="creative-europe",
        starts_on=date(2025, 9, 1), ends_on=date(2027, 8, 31),
        total_budget=Decimal("400000.00"), grant=Decimal("240000.00"), own_share=Decimal("160000.00"),
        partners=(DemoPartner("ksl", "lead", Decimal("150000.00")),
                  DemoPartner("jamk", "partner", Decimal("130000.00")),
                  DemoPartner("midtjylland", "partner", Decimal("120000.00"))),
        themes=("creative-economy",),
        focus_area=BUSINESS_LINKS,
    ),
)

ACTIVITIES = (
    # 2025
    DemoActivity(
        "meeting", {"fi": "ERRIN-työryhmän kokous: innovaatioekosysteemit",
                    "en": "ERRIN working group meeting: innovation ecosystems",
                    "sv": "ERRIN-arbetsgruppens möte: innovationsekosystem",
                    "et": "ERRINi töörühma koosolek: innovatsiooni ökosüsteemid"},
        {"fi": "Alueiden kokemuksia innovaatioekosysteemien rakentamisesta.",
         "en": "Regions' experience of building innovation ecosystems."},
        date(2025, 1, 28), "BE", "Brussels", ("errin",), network="errin",
        participants=DemoParticipants(45, young=6, women=24, men=21, organisations=38,
                                      countries=("BE", "DK", "ES", "FI", "IT", "NL", "SE")),
        focus_area=BUSINESS_LINKS, themes=("research-innovation",), international=True),
    DemoActivity(
        "meeting", {"fi": "WFEO: Länsi-Suomen liittojen kevätkokous Brysselissä",
                    "en": "WFEO: spring meeting of the West Finland regional councils in Brussels",
                    "sv": "WFEO: de västfinländska landskapsförbundens vårmöte i Bryssel",
                    "et": "WFEO: Lääne-Soome maakonnaliitude kevadkohtumine Brüsselis"},
        {"fi": "Aluekehittämisen EU-asiat ja yhteiset kannat.", "en": "EU matters of regional development and "
                                                                      "common positions."},
        date(2025, 3, 11), "BE", "Brussels", ("wfeo",), network="wfeo",
        participants=DemoParticipants(25, young=3, women=14, men=11, organisations=8, countries=("BE", "FI")),
        focus_area=EU_ADVOCACY, themes=("eu-advocacy",), international=True),
    DemoActivity(
        "conference", {"fi": "FEDARENE:n yleiskokous", "en": "FEDARENE General Assembly",
                       "sv": "FEDARENE:s generalförsamling",
                       "et": "FEDARENE üldkoosolek"},
        {"fi": "Alueiden ja energiatoimistojen vuosikokous.", "en": "The yearly assembly of regions and energy "
                                                                   "agencies."},
        date(2025, 4, 9), "BE", "Brussels", ("fedarene",), ends_on=date(2025, 4, 10), network="fedarene",
        participants=DemoParticipants(120, young=15, women=55, men=63, other=2, organisations=70,
                                      countries=("BE", "DE", "ES", "FI", "FR", "HR", "IT", "SE", "SI")),
        focus_area=EU_ADVOCACY, themes=("energy", "environment"), international=True),
    DemoActivity(
        "study_trip", {"fi": "Opintomatka Tanskaan: alueellinen koulutusyhteistyö",
                       "en": "Study trip to Denmark: regional education cooperation",
                       "sv": "Studieresa till Danmark: regionalt utbildningssamarbete",
                       "et": "Õppereis Taani: piirkondlik hariduskoostöö"},
        {"fi": "Miten tanskalainen alue tekee koulutusyhteistyötä yritysten ja kuntien kanssa.",
         "en": "How a Danish region works on education with firms and municipalities."},
        date(2025, 5, 20), "DK", "Viborg", ("ksl", "midtjylland"), ends_on=date(2025, 5, 22),
        participants=DemoParticipants(14, young=2, women=8, men=6, organisations=7, countries=("DK", "FI")),
        focus_area=GOOD_PRACTICES_HOME, themes=("education-export",), international=True),
    DemoActivity(
        "workshop", {"fi": "Koulutusvientityöpaja", "en": "Education export workshop",
                     "sv": "Workshop om utbildningsexport",
                     "et": "Hariduse ekspordi töötuba"},
        {"fi": "Maakunnan oppilaitokset ja yritykset koulutusviennin uusista markkinoista.",
         "en": "The region's schools and firms on new markets for education export."},
        date(2025, 6, 12), "FI", "Jyväskylä", ("ksl", "educluster"),
        participants=DemoParticipants(32, young=5, women=18, men=14, organisations=15, countries=("FI",)),
        focus_area=BUSINESS_LINKS, themes=("education-export",)),
    DemoActivity(
        "conference", {"fi": "Luovan talouden seminaari: CREADIS3:n perintö",
                       "en": "Creative economy seminar: the legacy of CREADIS3",
                       "sv": "Seminarium om kreativ ekonomi: arvet från CREADIS3",
                       "et": "Loomemajanduse seminar: CREADIS3 pärand"},
        {"fi": "Mitä CREADIS3-hankkeen toimintasuunnitelmasta on toteutunut; puhujia kumppanialueilta.",
         "en": "What has come of the CREADIS3 action plan, with speakers from the partner regions."},
        date(2025, 9, 17), "FI", "Jyväskylä", ("ksl",), ends_on=date(2025, 9, 18), project="creadis3",
        participants=DemoParticipants(85, young=20, women=50, men=34, other=1, organisations=30,
                                      countries=("BE", "ES", "FI", "IT")),
        focus_area=GOOD_PRACTICES_HOME, themes=("creative-economy",), international=True),
    DemoActivity(
        "conference", {"fi": "EU:n alueiden ja kaupunkien viikko", "en": "European Week of Regions and Cities",
                       "sv": "Europeiska veckan för regioner och städer",
                       "et": "Euroopa regioonide ja linnade nädal"},
        {"fi": "Liiton edustajat WFEO:n ohjelmassa.", "en": "The Council's representatives in WFEO's programme."},
        date(2025, 10, 13), "BE", "Brussels", ("wfeo",), ends_on=date(2025, 10, 16), network="wfeo",
        participants=DemoParticipants(6, young=1, women=3, men=3, organisations=2, countries=("FI",)),
        focus_area=EU_ADVOCACY, themes=("eu-advocacy",), international=True),
    DemoActivity(
        "study_trip", {"fi": "Opintomatka Alankomaihin: ammatillinen koulutus ja alue",
                       "en": "Study trip to the Netherlands: vocational education and the region",
                       "sv": "Studieresa till Nederländerna: yrkesutbildningen och regionen",
                       "et": "Õppereis Madalmaadesse: kutseharidus ja piirkond"},
        {"fi": "Ammatillisen koulutuksen ja yritysten yhteistyö hollantilaisessa maakunnassa.",
         "en": "Cooperation between vocational schools and firms in a Dutch province."},
        date(2025, 11, 5), "NL", "Arnhem", ("ksl", "gradia"), ends_on=date(2025, 11, 7),
        participants=DemoParticipants(12, young=1, women=7, men=5, organisations=6, countries=("FI", "NL")),
        focus_area=GOOD_PRACTICES_HOME, themes=("education-export",), international=True),
    DemoActivity(
        "workshop", {"fi": "Harjoittelijan vetämä työpaja: luova talous nuorten silmin",
                     "en": "Intern-led workshop: the creative economy through young eyes",
                     "sv": "Workshop ledd av praktikanten: den kreativa ekonomin med ungas ögon",
                     "et": "Praktikandi juhitud töötuba: loomemajandus noorte pilgu läbi"},
        {"fi": "Liiton kansainvälinen harjoittelija suunnitteli ja veti työpajan opiskelijoille.",
         "en": "The Council's international intern planned and led a workshop for students."},
        date(2025, 11, 19), "FI", "Jyväskylä", ("ksl",),
        participants=DemoParticipants(16, young=14, women=9, men=7, organisations=5, countries=("ES", "FI")),
        themes=("creative-economy", "youth"), international=True, youth_led=True),
    DemoActivity(
        "meeting", {"fi": "Kansainvälisen toiminnan katsaus luottamushenkilöille",
                    "en": "International briefing for elected officials",
                    "sv": "Internationell orientering för förtroendevalda",
                    "et": "Rahvusvaheline infotund valitud esindajatele"},
        {"fi": "Verkostoissa maakuntaa edustavat luottamushenkilöt ja toimiston yhteyshenkilöt.",
         "en": "The elected officials who represent the region in networks, with the office's contact persons."},
        date(2025, 12, 9), "FI", "Jyväskylä", ("ksl",),
        participants=DemoParticipants(18, young=2, women=9, men=9, organisations=1, countries=("FI",))),
    # 2026
    DemoActivity(
        "meeting", {"fi": "ERRIN-kumppanihakutilaisuus", "en": "ERRIN partner-search event",
                    "sv": "ERRIN-evenemang för partnersökning",
                    "et": "ERRINi partnerotsingu üritus"},
        {"fi": "Horizon Europe -hakemuksen kumppanit löytyivät tästä tilaisuudesta.",
         "en": "The partners of a Horizon Europe application were found at this event."},
        date(2026, 1, 27), "BE", "Brussels", ("errin",), network="errin", project="innovation-valleys",
        participants=DemoParticipants(60, young=10, women=31, men=29, organisations=45,
                                      countries=("BE", "DE", "ES", "FI", "IT", "NL", "PL", "SE")),
        focus_area=BUSINESS_LINKS, themes=("research-innovation",), international=True),
    DemoActivity(
        "training", {"fi": "EU-rahoituskoulutus maakunnan toimijoille", "en": "EU funding training for the "
                                                                              "region's actors",
                     "sv": "Utbildning i EU-finansiering för landskapets aktörer",
                     "et": "ELi rahastuse koolitus maakonna osalistele"},
        {"fi": "Maaseutukunnat, kaupungit, yritykset ja yhdistykset samassa koulutuksessa.",
         "en": "Rural municipalities, towns, firms and associations trained together."},
        date(2026, 2, 24), "FI", "Jyväskylä", ("ksl",),
        participants=DemoParticipants(48, young=12, women=28, men=20, organisations=35, countries=("FI",)),
        focus_area=BUSINESS_LINKS, themes=("business-cooperation",), crosses_area_types=True),
    DemoActivity(
        "meeting", {"fi": "Koheesiopolitiikan tulevaisuus: WFEO:n alueiden tapaaminen",
                    "en": "The future of cohesion policy: WFEO regions' meeting",
                    "sv": "Sammanhållningspolitikens framtid: möte för WFEO-regionerna",
                    "et": "Ühtekuuluvuspoliitika tulevik: WFEO piirkondade kohtumine"},
        {"fi": "Yhteinen kanta seuraavan kauden aluekehittämisestä.", "en": "A common position on regional "
                                                                           "development in the next period."},
        date(2026, 3, 17), "BE", "Brussels", ("wfeo",), network="wfeo",
        participants=DemoParticipants(22, young=2, women=12, men=10, organisations=8, countries=("BE", "FI")),
        focus_area=EU_ADVOCACY, themes=("eu-advocacy",), international=True),
    DemoActivity(
        "meeting", {"fi": "Energiayhteisöhankkeen partnerikokous", "en": "Energy communities project: partner "
                                                                         "meeting",
                    "sv": "Projektet om energigemenskaper: partnermöte",
                    "et": "Energiakogukondade projekt: partnerite kohtumine"},
        {"fi": "Hankkeen toinen partnerikokous.", "en": "The project's second partner meeting."},
        date(2026, 4, 21), "DK", "Aarhus", ("midtjylland", "ksl"), ends_on=date(2026, 4, 22), project="bsr-energy",
        participants=DemoParticipants(28, young=5, women=13, men=15, organisations=9, countries=("DK", "FI")),
        focus_area=GOOD_PRACTICES_HOME, themes=("energy",), international=True),
    DemoActivity(
        "workshop", {"fi": "Energiayhteisöt maaseudulla -työpaja", "en": "Workshop: energy communities in the "
                                                                         "countryside",
                     "sv": "Workshop: energigemenskaper på landsbygden",
                     "et": "Töötuba: energiakogukonnad maapiirkondades"},
        {"fi": "Kylät, kaupunkien energiayhtiöt ja tanskalainen kumppani.",
         "en": "Villages, town energy companies and the Danish partner."},
        date(2026, 5, 12), "FI", "Jyväskylä", ("ksl", "jamk"), project="bsr-energy",
        participants=DemoParticipants(40, young=6, women=18, men=22, organisations=25, countries=("DK", "FI")),
        focus_area=GOOD_PRACTICES_HOME, themes=("energy",), international=True, crosses_area_types=True),
    DemoActivity(
        "conference", {"fi": "FEDARENEn sivutapahtuma EU:n kestävän energian viikolla",
                       "en": "FEDARENE side event at EU Sustainable Energy Week",
                       "sv": "FEDARENE:s sidoevenemang under EU Sustainable Energy Week",
                       "et": "FEDARENE kõrvalüritus ELi säästva energia nädalal (EU Sustainable Energy Week)"},
        {"fi": "Alueiden rooli energiaremonteissa.", "en": "The role of regions in energy renovation."},
        date(2026, 6, 10), "BE", "Brussels", ("fedarene",), network="fedarene",
        participants=DemoParticipants(4, young=1, women=2, men=2, organisations=1, countries=("FI",)),
        focus_area=EU_ADVOCACY, themes=("energy",), international=True),
    DemoActivity(
        "study_trip", {"fi": "Opintomatka Gelderlandiin: luova talous ja koulutus",
                       "en": "Study trip to Gelderland: creative economy and education",
                       "sv": "Studieresa till Gelderland: kreativ ekonomi och utbildning",
                       "et": "Õppereis Gelderlandi: loomemajandus ja haridus"},
        {"fi": "Maakunnan luovan talouden ja koulutuksen yhteistyö.", "en": "How the province links the creative "
                                                                          "economy and education."},
        date(2026, 9, 22), "NL", "Arnhem", ("ksl", "gelderland"), ends_on=date(2026, 9, 24),
        project="regions-education",
        participants=DemoParticipants(11, young=2, women=6, men=5, organisations=6, countries=("FI", "NL")),
        focus_area=GOOD_PRACTICES_HOME, themes=("creative-economy", "education-export"), international=True),
    DemoActivity(
        "event", {"fi": "Nuorten Eurooppa-foorumi", "en": "Young Europeans' forum",
                  "sv": "De unga européernas forum",
                  "et": "Noorte eurooplaste foorum"},
        {"fi": "Opiskelijoiden itse suunnittelema foorumi; mukana vaihto-opiskelijoita.",
         "en": "A forum planned by students themselves, with exchange students."},
        date(2026, 10, 1), "FI", "Jyväskylä", ("ksl", "jyu"),
        participants=DemoParticipants(55, young=50, women=30, men=24, other=1, organisations=9,
                                      countries=("DE", "ES", "FI", "FR", "IT")),
        themes=("youth",), international=True, youth_led=True),
    DemoActivity(
        "conference", {"fi": "EU:n alueiden ja kaupunkien viikko 2026", "en": "European Week of Regions and "
                                                                               "Cities 2026",
                       "sv": "Europeiska veckan för regioner och städer 2026",
                       "et": "Euroopa regioonide ja linnade nädal 2026"},
        {"fi": "Liiton edustajat WFEO:n ohjelmassa.", "en": "The Council's representatives in WFEO's programme."},
        date(2026, 10, 13), "BE", "Brussels", ("wfeo",), ends_on=date(2026, 10, 15), network="wfeo",
        participants=DemoParticipants(5, young=1, women=3, men=2, organisations=2, countries=("FI",)),
        focus_area=EU_ADVOCACY, themes=("eu-advocacy",), international=True),
    DemoActivity(
        "event", {"fi": "Koulutusviennin tarina: näin EduCluster Finland syntyi",
                  "en": "The story of education export: how EduCluster Finland came about",
                  "sv": "Utbildningsexportens historia: hur EduCluster Finland kom till",
                  "et": "Hariduse ekspordi lugu: kuidas sündis EduCluster Finland"},
        {"fi": "Maakunnan oman kansainvälisen yhteistyön historiaa tekijöiden kertomana.",
         "en": "The history of the region's own international cooperation, told by those who did it."},
        date(2026, 11, 18), "FI", "Jyväskylä", ("ksl", "educluster"), project="educluster",
        participants=DemoParticipants(70, young=18, women=40, men=30, organisations=25, countries=("FI",)),
        focus_area=BUSINESS_LINKS, themes=("education-export",), history_based=True),
    DemoActivity(
        "meeting", {"fi": "ERRIN:n vuosikokous", "en": "ERRIN Annual General Meeting",
                    "sv": "ERRIN:s årsmöte",
                    "et": "ERRINi aastakoosolek"},
        {"fi": "Verkoston vuosikokous.", "en": "The network's annual meeting."},
        date(2026, 12, 8), "BE", "Brussels", ("errin",), network="errin",
        focus_area=BUSINESS_LINKS, themes=("research-innovation",), international=True),
)

GOOD_PRACTICES = (
    DemoGoodPractice(
        {"fi": "Luovan osaamisen ristipölytys muille toimialoille", "en": "Carrying creative skills over to other "
                                                                           "sectors",
         "sv": "Kreativ kompetens överförs till andra branscher",
         "et": "Loovoskuste ülekandmine teistesse valdkondadesse"},
        {"fi": "Partnerialueiden kokemuksista koottu toimintasuunnitelma: luovan alan osaajat mukaan muiden "
               "toimialojen kehittämiseen.",
         "en": "An action plan drawn from the partner regions' experience: creative professionals take part in "
               "developing other sectors."},
        "adopted", source_project="creadis3", taken_up_at="Keski-Suomi", themes=("creative-economy",)),
    DemoGoodPractice(
        {"fi": "Alueen ja oppilaitosten koulutusyhteistyö Tanskan mallilla",
         "en": "Region and schools working together on the Danish model",
         "sv": "Region och skolor i samarbete enligt dansk modell",
         "et": "Piirkonna ja koolide koostöö Taani eeskujul"},
        {"fi": "Alue kokoaa oppilaitokset, yritykset ja kunnat yhteiseen koulutusfoorumiin.",
         "en": "The region brings schools, firms and municipalities together in one education forum."},
        "considered", source_organisation="midtjylland", source_country="DK", taken_up_on=date(2025, 6, 12),
        themes=("education-export",)),
    DemoGoodPractice(
        {"fi": "Ammatillisen koulutuksen ja yritysten yhteiset oppimisympäristöt",
         "en": "Shared learning environments for vocational schools and firms",
         "sv": "Gemensamma lärmiljöer för yrkesläroanstalter och företag",
         "et": "Kutseõppeasutuste ja ettevõtete ühised õpikeskkonnad"},
        {"fi": "Opiskelijat ja yritykset ratkovat yhdessä yritysten todellisia tehtäviä.",
         "en": "Students and firms solve the firms' real tasks together."},
        "piloted", source_organisation="gelderland", source_country="NL", taken_up_at="Jyväskylä (Gradia)",
        taken_up_on=date(2026, 2, 16), themes=("education-export",)),
)

ADVOCACY = (
    DemoAdvocacy(
        {"fi": "Koheesiopolitiikka vuoden 2027 jälkeen", "en": "Cohesion policy after 2027"},
        {"fi": "Aluekehittämisen on pysyttävä alueiden käsissä; maakuntien liitoilla on oltava vahva rooli "
               "ohjelmatyössä.",
         "en": "Regional development must stay in the hands of the regions, with a strong role for the regional "
               "councils in programming."},
        date(2025, 3, 11),
        {"fi": "Välitetty Länsi-Suomen liittojen yhteisenä viestinä.", "en": "Passed on as a common message of "
                                                                             "the West Finland councils."},
        channel="wfeo"),
    DemoAdvocacy(
        {"fi": "Energiayhteisöt ja alueelliset energiatoimistot", "en": "Energy communities and regional energy "
                                                                        "agencies"},
        {"fi": "Alueellisilla energiatoimistoilla on keskeinen rooli energiayhteisöjen neuvonnassa.",
         "en": "Regional energy agencies have a central role in advising energy communities."},
        date(2025, 4, 10),
        {"fi": "Mukana FEDARENEn yhteisessä kannanotossa.", "en": "Included in FEDARENE's joint statement."},
        channel="fedarene"),
    DemoAdvocacy(
        {"fi": "Monivuotinen rahoituskehys ja kansalliset ja alueelliset kumppanuussuunnitelmat",
         "en": "The multiannual financial framework and national and regional partnership plans"},
        {"fi": "Alueellinen ulottuvuus ja monitasohallinta on säilytettävä.",
         "en": "The regional dimension and multi-level governance must be kept."},
        date(2025, 9, 30),
        {"fi": "Lausunto annettu; keskustelu jatkuu.", "en": "Statement given; the discussion goes on."},
        channel="wfeo"),
    DemoAdvocacy(
        {"fi": "Seuraava tutkimuksen puiteohjelma ja alueelliset innovaatioekosysteemit",
         "en": "The next research framework programme and regional innovation ecosystems"},
        {"fi": "Alueiden innovaatioekosysteemit on otettava huomioon ohjelman rakenteessa.",
         "en": "Regional innovation ecosystems should be built into the programme's structure."},
        date(2026, 1, 27),
        {"fi": "Kommentit annettu ERRINin kannanottoon.", "en": "Comments given to ERRIN's position paper."},
        channel="errin"),
    DemoAdvocacy(
        {"fi": "Rakennusten energiatehokkuus maaseudulla", "en": "Energy efficiency of rural buildings"},
        {"fi": "Energiaremonttien tuen on tavoitettava myös maaseudun pientalot ja kylätalot.",
         "en": "Support for energy renovation must reach rural homes and village halls too."},
        date(2026, 6, 10),
        {"fi": "Odottaa käsittelyä.", "en": "Awaiting discussion."},
        channel="fedarene"),
)

INTERNSHIPS = (
    DemoInternship(
        {"fi": "Kansainvälinen harjoittelija: luovan talouden selvitys",
         "en": "International intern: creative economy review",
         "sv": "Internationell praktikant: översikt över den kreativa ekonomin",
         "et": "Rahvusvaheline praktikant: loomemajanduse ülevaade"},
        {"fi": "Lyhytaikainen asiantuntijatehtävä: koota luovan talouden hyvät käytännöt Keski-Suomesta ja "
               "kumppanialueilta.",
         "en": "A short expert task: collecting good practices of the creative economy from Central Finland and "
               "the partner regions."},
        "filled", starts_on=date(2025, 9, 1), ends_on=date(2025, 11, 28), apply_by=date(2025, 6, 15),
        applicants=(
            DemoApplicant("Lucía Etxeberria", "lucia.etxeberria@example.org", date(2025, 5, 28), "selected"),
            DemoApplicant("Tom Bakker", "tom.bakker@example.org", date(2025, 6, 10), "declined"),
        )),
    DemoInternship(
        {"fi": "Kansainvälinen harjoittelija: EU-rahoitusmahdollisuuksien kartoitus",
         "en": "International intern: mapping EU funding opportunities",
         "sv": "Internationell praktikant: kartläggning av EU-finansieringsmöjligheter",
         "et": "Rahvusvaheline praktikant: ELi rahastamisvõimaluste kaardistamine"},
        {"fi": "Lyhytaikainen asiantuntijatehtävä: maakunnan toimijoille sopivat EU-ohjelmat ja haut vuodelle "
               "2027.",
         "en": "A short expert task: the EU programmes and calls of 2027 that suit the region's actors.",
         "sv": "Ett kortvarigt expertuppdrag: EU-program och utlysningar år 2027 som passar landskapets aktörer.",
         "et": "Lühiajaline eksperditöö: maakonna osalistele sobivad ELi programmid ja taotlusvoorud 2027. aastaks."},
        "open", starts_on=date(2027, 2, 1), ends_on=date(2027, 4, 30), apply_by=date(2026, 12, 31),
        applicants=(
            DemoApplicant("Freja Nielsen", "freja.nielsen@example.org", date(2026, 11, 6), "interview"),
            DemoApplicant("Daan Visser", "daan.visser@example.org", date(2026, 11, 17)),
        )),
)

RECORD = DemoRecord(projects=PROJECTS, activities=ACTIVITIES, good_practices=GOOD_PRACTICES, advocacy=ADVOCACY,
                    internships=INTERNSHIPS)

# The strategy of the three focus areas of the seed page, with indicators invented for the demo (the seed page
# names no indicators): its networks, its projects with Danish and Dutch partners, its EU advocacy through WFEO and
# FEDARENE, the good practices taken up, and education export.
STRATEGY = DemoStrategy(
    name={"fi": "Keski-Suomen liiton kansainvälinen toiminta", "en": "The international work of the Regional "
                                                                    "Council of Central Finland"},
    starts_on=date(2025, 1, 1), ends_on=date(2028, 12, 31),
    indicators=(
        DemoIndicator(
            {"fi": "Toimenpiteet kansainvälisissä verkostoissa (ERRIN, TCI)",
             "en": "Actions in international networks (ERRIN, TCI)"},
            {"fi": "kpl", "en": "pcs"}, Decimal("10"), "activities", {"network": ["errin", "tci"]},
            focus_area=BUSINESS_LINKS, baseline_value=Decimal("2"), baseline_year=2024,
            yearly_targets={"2025": 2, "2026": 3, "2027": 3, "2028": 2}),
        DemoIndicator(
            {"fi": "Koulutusviennin toimenpiteet", "en": "Education-export activities"},
            {"fi": "kpl", "en": "pcs"}, Decimal("8"), "activities", {"theme": ["education-export"]},
            focus_area=BUSINESS_LINKS, baseline_value=Decimal("1"), baseline_year=2024),
        DemoIndicator(
            {"fi": "EU-edunvalvonnan toimenpiteet WFEO:n ja FEDARENEn kautta",
             "en": "EU advocacy actions through WFEO and FEDARENE"},
            # Its actions are those of the focus area: WFEO is an EU body, not a network the filter offers.
            {"fi": "kpl", "en": "pcs"}, Decimal("12"), "activities", {"focus_area": [EU_ADVOCACY]},
            focus_area=EU_ADVOCACY, baseline_value=Decimal("2"), baseline_year=2024),
        DemoIndicator(
            {"fi": "Hankkeet, joissa on kumppaneita Tanskasta tai Hollannista",
             "en": "Projects with partners from Denmark or the Netherlands"},
            {"fi": "hanketta", "en": "projects"}, Decimal("4"), "projects",
            {"partner_country": ["DK", "NL"], "status": ["approved", "running", "closed"]},
            focus_area=GOOD_PRACTICES_HOME, baseline_value=Decimal("0"), baseline_year=2024),
        DemoIndicator(
            {"fi": "Maakuntaan tuodut hyvät toimintamallit", "en": "Good practices taken up in the region"},
            {"fi": "kpl", "en": "pcs"}, Decimal("4"), "good_practices", {"uptake": ["piloted", "adopted", "spread"]},
            focus_area=GOOD_PRACTICES_HOME, baseline_value=Decimal("1"), baseline_year=2024),
        DemoIndicator(
            {"fi": "Luottamushenkilöiden edustukset kansainvälisissä verkostoissa",
             "en": "Representations of the region in international networks by elected officials"},
            {"fi": "edustusta", "en": "representations"}, Decimal("6"), "representations",
            {"person_kind": ["elected"]}, focus_area=BUSINESS_LINKS),
    ),
)
