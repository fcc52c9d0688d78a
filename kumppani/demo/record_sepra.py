"""Sepra's cooperation record: what the seed page names, and two years (2025-2026) of invented work around it.

From the seed page (../shared/seeds/000_…): COMCOT and its transfer to Virolahti and Pyhtää, the King's Road and
the association founded for it, the Green Belt info point in Virolahti, inland-water and river tourism as Leader
and fisheries cooperation, Green Care training, exchanges and work try-outs for young people, Erasmus+ and the
Europe Direct info point ED Kymenlaakso. The COMCOT project's lead partner, partners, pilot areas and end
(October 2013) are as its partners published them. Everything dated 2024-2027, the budgets, participant counts,
the networks formed in 2025-2026 and the people's names are invented for the demo. Where the seed gives no date
(King's Road, Green Belt), the record says so instead of guessing.
"""

from datetime import date
from decimal import Decimal

from kumppani.demo.shapes import (
    DemoActivity,
    DemoAdvocacy,
    DemoGoodPractice,
    DemoIndicator,
    DemoInternship,
    DemoManualValue,
    DemoOutput,
    DemoParticipants,
    DemoPartner,
    DemoProject,
    DemoRecord,
    DemoStatus,
    DemoStrategy,
)

# Focus areas of Sepra, by position (data.SEPRA.focus_areas)
COMCOT, RIVERS, GREEN_CARE, YOUTH = 1, 2, 3, 4
# The seed's "Esimerkkejä toimenpiteistä", by position: measures of the strategy as a whole, not a focus area.
STUDY_TRIPS_AND_YOUTH, COMMUNITY_TOURISM, BRINGING_TOGETHER, GOALS_THROUGH_INTERNATIONAL_WORK = 1, 2, 3, 4

# The seed names the result but not its dates: the status is recorded on the day the record was started.
RECORDED_LATER = DemoStatus("closed", date(2025, 1, 15), "Kirjattu jälkikäteen; alkamis- ja päättymispäivä puuttuvat.")

PROJECTS = (
    DemoProject(
        key="comcot",
        title={"fi": "COMCOT – yhteisölähtöisen matkailun kehittämistyökalu",
               "en": "COMCOT – a tool for developing community-based tourism",
               "sv": "COMCOT – ett verktyg för att utveckla samhällsbaserad turism",
               "et": "COMCOT – kogukonnapõhise turismi arendamise tööriist"},
        summary={"fi": "Suomalais-virolainen Interreg IV A -hanke, jossa luotiin kestävän kehityksen mukainen "
                       "yhteisölähtöisen matkailun kehittämistyökalu. Pilottialueina olivat muun muassa Virolahti ja "
                       "Pyhtää. Sepra oli mukana luomassa työkalua.",
                 "en": "A Finnish-Estonian Interreg IV A project that created a tool for developing sustainable, "
                       "community-based tourism. Its pilot areas included Virolahti and Pyhtää. Sepra helped "
                       "create the tool."},
        statuses=(DemoStatus("closed", date(2013, 10, 31), "Hanke päättyi lokakuussa 2013."),),
        ends_on=date(2013, 10, 31),
        partners=(DemoPartner("emu", "lead"), DemoPartner("ruralia"), DemoPartner("sepra", "associated")),
        themes=("community-tourism", "tourism"),
        focus_area=COMCOT,
        outputs=(
            DemoOutput("product", {"fi": "COMCOT-kehittämistyökalu", "en": "The COMCOT development tool",
                                   "sv": "Utvecklingsverktyget COMCOT",
                                   "et": "COMCOTi arendustööriist"},
                       {"fi": "Askel askeleelta etenevä työkalu yhteisölähtöisen matkailun suunnitteluun.",
                        "en": "A step-by-step tool for planning community-based tourism."}),
            DemoOutput("publication", {"fi": "Yhteisölähtöiset matkailusuunnitelmat pilottialueille",
                                       "en": "Community tourism plans for the pilot areas",
                                       "sv": "Planer för samhällsbaserad turism i pilotområdena",
                                       "et": "Pilootpiirkondade kogukonnaturismi kavad"},
                       {"fi": "Suunnitelmat muun muassa Virolahdelle ja Pyhtäälle.",
                        "en": "Plans for Virolahti and Pyhtää, among others."}),
        ),
    ),
    DemoProject(
        key="comcot-transfer",
        title={"fi": "COMCOT Virolahdelle ja Pyhtäälle – nuoret mukaan suunnitteluun",
               "en": "COMCOT in Virolahti and Pyhtää – young people join the planning",
               "sv": "COMCOT i Vederlax och Pyttis – unga med i planeringen",
               "et": "COMCOT Virolahtis ja Pyhtääs – noored osalevad planeerimises"},
        summary={"fi": "COMCOT-suunnittelutyökalun vienti eteenpäin Virolahdella ja Pyhtäällä ja sen tarjoaminen "
                       "muihin kuntiin. Nuorille järjestetään koulutusta, jotta he pääsevät mukaan suunnitteluun.",
                 "en": "Taking the COMCOT planning tool further in Virolahti and Pyhtää and offering it to other "
                       "municipalities, with training that brings young people into the planning."},
        statuses=(DemoStatus("idea", date(2024, 5, 15)), DemoStatus("preparing", date(2024, 8, 20)),
                  DemoStatus("submitted", date(2024, 10, 31)), DemoStatus("approved", date(2025, 1, 28)),
                  DemoStatus("running", date(2025, 3, 1))),
        programme="leader-cooperation",
        starts_on=date(2025, 3, 1), ends_on=date(2027, 2, 28),
        total_budget=Decimal("120000.00"), grant=Decimal("96000.00"), own_share=Decimal("24000.00"),
        partners=(DemoPartner("sepra", "lead", Decimal("72000.00")), DemoPartner("virumaa", "partner",
                                                                                  Decimal("48000.00")),
                  DemoPartner("virolahti", "associated"), DemoPartner("pyhtaa", "associated")),
        themes=("community-tourism", "youth"),
        focus_area=COMCOT,
        outputs=(
            DemoOutput("service", {"fi": "COMCOT-koulutus nuorille", "en": "COMCOT training for young people",
                                   "sv": "COMCOT-utbildning för unga",
                                   "et": "COMCOTi koolitus noortele"},
                       {"fi": "Koulutuspäivä, jossa nuoret oppivat käyttämään työkalua oman kylänsä suunnittelussa.",
                        "en": "A training day on using the tool to plan one's own village."},
                       date(2025, 11, 20)),
            DemoOutput("publication", {"fi": "Virolahden ja Pyhtään päivitetyt matkailusuunnitelmat",
                                       "en": "Updated tourism plans for Virolahti and Pyhtää",
                                       "sv": "Uppdaterade turismplaner för Vederlax och Pyttis",
                                       "et": "Virolahti ja Pyhtää uuendatud turismikavad"},
                       delivered_on=date(2026, 9, 30)),
            DemoOutput("product", {"fi": "COMCOT-opas kunnille", "en": "A COMCOT guide for municipalities",
                                   "sv": "En COMCOT-guide för kommuner",
                                   "et": "COMCOTi juhend omavalitsustele"},
                       {"fi": "Valmistuu hankkeen lopussa.", "en": "Due at the end of the project."}),
        ),
    ),
    DemoProject(
        key="kings-road",
        title={"fi": "Kuninkaantien kehittämisen jatkuminen", "en": "Securing the King's Road's development",
               "sv": "Kungsvägens utveckling tryggas",
               "et": "Kuninkaantie (Kuninga tee) arendamise kindlustamine"},
        summary={"fi": "Alueiden ja kansainvälisen yhteistyön kautta varmistettiin Sepran alueen halki kulkevan "
                       "Kuninkaantien kehittämisen jatkuminen tarkoitukseen perustetun yhdistyksen avulla.",
                 "en": "Regional and international cooperation secured the continued development of the King's "
                       "Road, which runs across Sepra's area, through an association founded for the purpose."},
        statuses=(RECORDED_LATER,),
        partners=(DemoPartner("sepra"), DemoPartner("kuninkaantie")),
        themes=("tourism",),
        outputs=(DemoOutput("other", {"fi": "Kuninkaantie-yhdistys", "en": "The King's Road association",
                                      "sv": "Föreningen Kuninkaantie – Kungsvägen",
                                      "et": "Ühing Kuninkaantie – Kungsvägen"},
                            {"fi": "Kuninkaantien kehittämiseen perustettu yhdistys.",
                             "en": "The association founded to develop the King's Road."}),),
    ),
    DemoProject(
        key="green-belt",
        title={"fi": "Green Belt -infopiste Virolahdelle", "en": "A Green Belt info point for Virolahti",
               "sv": "En Green Belt-infopunkt i Vederlax",
               "et": "Green Belti infopunkt Virolahtile"},
        summary={"fi": "Sepralla oli suuri vaikutus siihen, että Virolahdelle syntyi Euroopan vihreän vyöhykkeen "
                       "(Green Belt) infopiste.",
                 "en": "Sepra played a large part in the founding of the European Green Belt info point in "
                       "Virolahti."},
        statuses=(RECORDED_LATER,),
        partners=(DemoPartner("sepra"),),
        themes=("tourism", "environment"),
        outputs=(DemoOutput("service", {"fi": "Virolahden Green Belt -keskus", "en": "The Green Belt centre of "
                                                                                  "Virolahti",
                                        "sv": "Green Belt-centret i Vederlax",
                                        "et": "Virolahti Green Belti keskus"},
                            {"fi": "Euroopan vihreän vyöhykkeen infopiste.",
                             "en": "An info point of the European Green Belt."}),),
    ),
    DemoProject(
        key="fish-tourism",
        title={"fi": "Kalastusmatkailu Suomenlahden molemmin puolin",
               "en": "Fishing tourism on both shores of the Gulf of Finland",
               "sv": "Fisketurism på båda sidor om Finska viken",
               "et": "Kalaturism Soome lahe mõlemal kaldal"},
        summary={"fi": "Kalatalousryhmien yhteinen kehittämishanke: opintomatka Pärnunlahdelle, kalastusmatkailun "
                       "tuotteistamiskoulutus ja kalastusmatkailupäivä Kotkassa.",
                 "en": "A joint project of fisheries groups: a study trip to Pärnu Bay, training in packaging "
                       "fishing tourism, and a fishing tourism day in Kotka."},
        statuses=(DemoStatus("idea", date(2024, 9, 2)), DemoStatus("preparing", date(2024, 10, 15)),
                  DemoStatus("submitted", date(2024, 11, 29)), DemoStatus("approved", date(2025, 1, 20)),
                  DemoStatus("running", date(2025, 2, 1)),
                  DemoStatus("closed", date(2026, 2, 27), "Loppuraportti hyväksytty.")),
        programme="emfaf-finland",
        starts_on=date(2025, 2, 1), ends_on=date(2025, 12, 31),
        total_budget=Decimal("40000.00"), grant=Decimal("30000.00"), own_share=Decimal("10000.00"),
        partners=(DemoPartner("sepra", "lead", Decimal("28000.00")),
                  DemoPartner("parnu-laht", "partner", Decimal("12000.00"))),
        themes=("fisheries", "tourism"),
        focus_area=RIVERS,
        outputs=(
            DemoOutput("event", {"fi": "Kalastusmatkailupäivä Kotkassa", "en": "Fishing tourism day in Kotka",
                                 "sv": "Fisketurismdag i Kotka",
                                 "et": "Kalaturismi päev Kotkas"},
                       delivered_on=date(2025, 8, 30)),
            DemoOutput("product", {"fi": "Kalastusmatkailun palvelupaketit", "en": "Fishing tourism packages",
                                   "sv": "Fisketurismpaket",
                                   "et": "Kalaturismi paketid"},
                       {"fi": "Neljä paikallisten yrittäjien yhdessä kokoamaa pakettia.",
                        "en": "Four packages put together by local entrepreneurs."},
                       date(2025, 12, 15)),
        ),
    ),
    DemoProject(
        key="river-tourism",
        title={"fi": "Joet ja järvet matkailuun – Leader- ja kalatalousryhmät yhdessä",
               "en": "Rivers and lakes for tourism – Leader and fisheries groups together",
               "sv": "Älvar och sjöar för turismen – Leader- och fiskeriaktionsgrupper tillsammans",
               "et": "Jõed ja järved turismi teenistusse – Leader-grupid ja kalanduse tegevusgrupid koos"},
        summary={"fi": "Sisävesi- ja jokimatkailun kehittäminen Leader- ja kalatalousryhmäyhteistyönä Kymijoella "
                       "ja virolaisten kumppanien alueilla: reitit, palvelupaketit ja yhteinen markkinointi.",
                 "en": "Developing inland-water and river tourism on the Kymi river and in the Estonian partners' "
                       "areas, as cooperation between Leader and fisheries groups: routes, service packages and "
                       "joint marketing."},
        statuses=(DemoStatus("idea", date(2024, 11, 12)), DemoStatus("preparing", date(2025, 1, 10)),
                  DemoStatus("submitted", date(2025, 2, 28)), DemoStatus("approved", date(2025, 5, 6)),
                  DemoStatus("running", date(2025, 6, 1))),
        programme="leader-cooperation",
        starts_on=date(2025, 6, 1), ends_on=date(2027, 5, 31),
        total_budget=Decimal("180000.00"), grant=Decimal("144000.00"), own_share=Decimal("36000.00"),
        partners=(DemoPartner("sepra", "lead", Decimal("90000.00")),
                  DemoPartner("parnu-laht", "partner", Decimal("50000.00")),
                  DemoPartner("virumaa", "partner", Decimal("40000.00"))),
        themes=("tourism", "fisheries"),
        focus_area=RIVERS,
        outputs=(
            DemoOutput("product", {"fi": "Kymijoen melonta- ja kalastusreitit",
                                   "en": "Paddling and fishing routes on the Kymi river",
                                   "sv": "Paddlings- och fiskeleder längs Kymmene älv",
                                   "et": "Kanuu- ja kalastusmarsruudid Kymijõel"},
                       delivered_on=date(2026, 6, 15)),
            DemoOutput("service", {"fi": "Jokimatkailun palvelupaketit", "en": "River tourism service packages",
                                   "sv": "Servicepaket för älvturism",
                                   "et": "Jõeturismi teenuspaketid"},
                       {"fi": "Valmisteilla yrittäjien kanssa.", "en": "Being prepared with entrepreneurs."}),
        ),
    ),
    DemoProject(
        key="green-care",
        title={"fi": "Green Care ja matkailu – koulutusyhteistyö", "en": "Green Care and tourism – training together",
               "sv": "Green Care och turism – gemensam utbildning",
               "et": "Green Care ja turism – ühised koolitused"},
        summary={"fi": "Erasmus+ -pienimuotoinen kumppanuus: yhteinen Green Care -koulutusmoduuli matkailu- ja "
                       "hyvinvointiyrittäjille Suomessa ja Virossa.",
                 "en": "An Erasmus+ small-scale partnership: a joint Green Care training module for tourism and "
                       "well-being entrepreneurs in Finland and Estonia."},
        statuses=(DemoStatus("idea", date(2025, 1, 14)), DemoStatus("preparing", date(2025, 2, 3)),
                  DemoStatus("submitted", date(2025, 3, 5)), DemoStatus("approved", date(2025, 6, 27)),
                  DemoStatus("running", date(2025, 9, 1))),
        programme="erasmus-plus",
        starts_on=date(2025, 9, 1), ends_on=date(2027, 2, 28),
        total_budget=Decimal("60000.00"), grant=Decimal("60000.00"), own_share=Decimal("0.00"),
        partners=(DemoPartner("sepra", "lead", Decimal("30000.00")),
                  DemoPartner("arenduskoda", "partner", Decimal("15000.00")),
                  DemoPartner("kodukant", "partner", Decimal("15000.00"))),
        themes=("green-care", "tourism"),
        focus_area=GREEN_CARE,
        outputs=(DemoOutput("service", {"fi": "Green Care -koulutusmoduuli", "en": "A Green Care training module",
                                        "sv": "En utbildningsmodul i Green Care",
                                        "et": "Green Care'i koolitusmoodul"},
                            delivered_on=date(2026, 5, 29)),),
    ),
    DemoProject(
        key="youth-exchange",
        title={"fi": "Nuorisovaihto: Meren molemmin puolin", "en": "Youth exchange: Both shores of the sea",
               "sv": "Ungdomsutbyte: Havets båda stränder",
               "et": "Noortevahetus: Mere mõlemad kaldad"},
        summary={"fi": "Erasmus+ -nuorisovaihto, jossa suomalaiset ja virolaiset nuoret tutustuivat Suomenlahden "
                       "rannikon yhteiseen historiaan ja järjestivät oman tapahtuman.",
                 "en": "An Erasmus+ youth exchange in which young people from Finland and Estonia explored the "
                       "shared history of the Gulf of Finland's coast and organised an event of their own."},
        statuses=(DemoStatus("idea", date(2024, 9, 16)), DemoStatus("preparing", date(2024, 9, 20)),
                  DemoStatus("submitted", date(2024, 10, 1)), DemoStatus("approved", date(2025, 1, 30)),
                  DemoStatus("running", date(2025, 5, 1)), DemoStatus("closed", date(2025, 12, 12))),
        programme="erasmus-plus",
        starts_on=date(2025, 5, 1), ends_on=date(2025, 10, 31),
        total_budget=Decimal("28000.00"), grant=Decimal("26500.00"), own_share=Decimal("1500.00"),
        partners=(DemoPartner("sepra", "lead", Decimal("18000.00")),
                  DemoPartner("arenduskoda", "partner", Decimal("10000.00"))),
        themes=("youth",),
        focus_area=YOUTH,
        outputs=(DemoOutput("event", {"fi": "Nuorten järjestämä rantatapahtuma Virolahdella",
                                      "en": "A beach event organised by the young people in Virolahti",
                                      "sv": "Ett strandevenemang som de unga i Vederlax ordnar",
                                      "et": "Virolahti noorte korraldatud rannaüritus"},
                            delivered_on=date(2025, 7, 19)),),
    ),
    DemoProject(
        key="work-tryouts",
        title={"fi": "Nuorten työkokeilut Norjassa ja Virossa", "en": "Work try-outs for young people in Norway "
                                                                      "and Estonia",
               "sv": "Arbetsprövning för unga i Norge och Estland",
               "et": "Noorte tööproovid Norras ja Eestis"},
        summary={"fi": "Idea: vaihto- ja työkokeilutoiminnan käynnistäminen nuorten kanssa, myös EU:n "
                       "ulkopuolella. Norjalaista kumppania etsitään.",
                 "en": "An idea: starting exchanges and work try-outs with young people, also outside the EU. "
                       "A Norwegian partner is being sought."},
        statuses=(DemoStatus("idea", date(2026, 5, 12)),),
        programme="erasmus-plus",
        total_budget=Decimal("45000.00"), grant=Decimal("36000.00"), own_share=Decimal("9000.00"),
        partners=(DemoPartner("sepra", "lead"), DemoPartner("arenduskoda")),
        themes=("youth",),
        focus_area=YOUTH,
    ),
    DemoProject(
        key="youth-entrepreneurship",
        title={"fi": "Sukupolvenvaihdos ja nuorten yrittäjyys Suomenlahden rannoilla",
               "en": "Generational change and youth entrepreneurship on the Gulf of Finland",
               "sv": "Generationsväxlingar och ungas företagande vid Finska viken",
               "et": "Põlvkonnavahetus ja noorte ettevõtlus Soome lahe ääres"},
        summary={"fi": "Yhteishanke sukupolvenvaihdosten ja nuorten yrittäjyyden tukemiseksi maaseudulla ja "
                       "rannikolla: mentorointi, yritysvierailut ja nuorten yrittäjäleirit.",
                 "en": "A joint project supporting generational change and young people's entrepreneurship in "
                       "the countryside and on the coast: mentoring, company visits and youth entrepreneurship "
                       "camps."},
        statuses=(DemoStatus("idea", date(2026, 2, 10)), DemoStatus("preparing", date(2026, 4, 1)),
                  DemoStatus("submitted", date(2026, 10, 15))),
        programme="interreg-central-baltic",
        starts_on=date(2027, 3, 1), ends_on=date(2029, 8, 31),
        total_budget=Decimal("420000.00"), grant=Decimal("336000.00"), own_share=Decimal("84000.00"),
        partners=(DemoPartner("sepra", "lead", Decimal("160000.00")),
                  DemoPartner("virumaa", "partner", Decimal("100000.00")),
                  DemoPartner("kodukant", "partner", Decimal("80000.00")),
                  DemoPartner("arenduskoda", "partner", Decimal("80000.00"))),
        themes=("youth", "rural-development"),
    ),
    DemoProject(
        key="social-entrepreneurship",
        title={"fi": "Sosiaalinen yrittäjyys kylissä", "en": "Social entrepreneurship in villages",
               "sv": "Socialt företagande i byarna",
               "et": "Sotsiaalne ettevõtlus külades"},
        summary={"fi": "Valmisteilla oleva Erasmus+ -yhteistyökumppanuus: kylien sosiaalisten yritysten "
                       "koulutusmalli suomalaisten ja virolaisten kumppanien kanssa.",
                 "en": "An Erasmus+ cooperation partnership in preparation: a training model for social "
                       "enterprises in villages, with Finnish and Estonian partners."},
        statuses=(DemoStatus("idea", date(2026, 6, 12)), DemoStatus("preparing", date(2026, 9, 1))),
        programme="erasmus-plus",
        starts_on=date(2027, 9, 1), ends_on=date(2029, 8, 31),
        total_budget=Decimal("250000.00"), grant=Decimal("250000.00"), own_share=Decimal("0.00"),
        partners=(DemoPartner("sepra", "lead", Decimal("110000.00")),
                  DemoPartner("kodukant", "partner", Decimal("70000.00")),
                  DemoPartner("parnu-laht", "partner", Decimal("70000.00"))),
        themes=("social-entrepreneurship", "village-action"),
    ),
    DemoProject(
        key="village-digital",
        title={"fi": "Kylämatkailun digitaaliset palvelut", "en": "Digital services for village tourism",
               "sv": "Digitala tjänster för byaturismen",
               "et": "Digitaalsed teenused külaturismile"},
        summary={"fi": "Hakemus kylämatkailun yhteisestä varaus- ja tiedotusalustasta. Hakemus ei saanut "
                       "rahoitusta; sen ideoita käytetään jokimatkailuhankkeessa.",
                 "en": "An application for a shared booking and information platform for village tourism. It "
                       "was not funded; its ideas are used in the river tourism project."},
        statuses=(DemoStatus("idea", date(2024, 10, 2)), DemoStatus("preparing", date(2024, 12, 9)),
                  DemoStatus("submitted", date(2025, 3, 20)),
                  DemoStatus("rejected", date(2025, 9, 18), "Ei rahoitusta tällä haulla.")),
        programme="interreg-central-baltic",
        starts_on=date(2025, 9, 1), ends_on=date(2027, 8, 31),
        total_budget=Decimal("380000.00"), grant=Decimal("304000.00"), own_share=Decimal("76000.00"),
        partners=(DemoPartner("sepra", "lead", Decimal("180000.00")),
                  DemoPartner("virumaa", "partner", Decimal("120000.00")),
                  DemoPartner("arenduskoda", "partner", Decimal("80000.00"))),
        themes=("tourism", "village-action"),
        focus_area=COMCOT,
    ),
    DemoProject(
        key="kings-road-history",
        title={"fi": "Kuninkaantien historiareitit", "en": "Historical routes of the King's Road",
               "sv": "Kungsvägens historiska rutter",
               "et": "Kuninkaantie (Kuninga tee) ajaloolised marsruudid"},
        summary={"fi": "Kuninkaantien historiaan pohjautuvia uusia reittejä ja tapahtumia yhdessä "
                       "Kuninkaantie-yhdistyksen ja virolaisen Leader-ryhmän kanssa.",
                 "en": "New routes and events based on the history of the King's Road, with the King's Road "
                       "association and an Estonian Leader group."},
        statuses=(DemoStatus("idea", date(2026, 1, 20)), DemoStatus("preparing", date(2026, 3, 2)),
                  DemoStatus("submitted", date(2026, 6, 30)), DemoStatus("approved", date(2026, 11, 10))),
        programme="leader-cooperation",
        starts_on=date(2027, 1, 1), ends_on=date(2028, 12, 31),
        total_budget=Decimal("140000.00"), grant=Decimal("112000.00"), own_share=Decimal("28000.00"),
        partners=(DemoPartner("sepra", "lead", Decimal("80000.00")),
                  DemoPartner("kuninkaantie", "partner", Decimal("30000.00")),
                  DemoPartner("virumaa", "partner", Decimal("30000.00"))),
        themes=("tourism", "local-products"),
    ),
)

FI_EE = ("EE", "FI")

ACTIVITIES = (
    # 2025
    DemoActivity(
        "study_trip", {"fi": "Opintomatka Virumaalle: kylämatkailu talvella",
                       "en": "Study trip to Virumaa: village tourism in winter",
                       "sv": "Studieresa till Virumaa: byaturism på vintern",
                       "et": "Õppereis Virumaale: külaturism talvel"},
        {"fi": "Kyläyhdistykset ja matkailuyrittäjät tutustuivat virolaisten kylien talvimatkailuun.",
         "en": "Village associations and tourism entrepreneurs learned about winter tourism in Estonian villages."},
        date(2025, 2, 12), "EE", "Rakvere", ("sepra", "virumaa"), ends_on=date(2025, 2, 13),
        participants=DemoParticipants(22, young=4, women=13, men=9, organisations=11, countries=FI_EE),
        focus_area=COMCOT, themes=("community-tourism",), international=True),
    DemoActivity(
        "meeting", {"fi": "COMCOT-siirron aloitusseminaari", "en": "COMCOT transfer: kick-off seminar",
                    "sv": "Överföring av COMCOT: startseminarium",
                    "et": "COMCOTi ülekandmine: avaseminar"},
        {"fi": "Kuntien, kylien ja virolaisen kumppanin yhteinen aloitus.",
         "en": "The municipalities, villages and the Estonian partner start the work together."},
        date(2025, 3, 6), "FI", "Hamina", ("sepra", "virolahti", "pyhtaa"), project="comcot-transfer",
        participants=DemoParticipants(34, young=6, women=20, men=14, organisations=12, countries=FI_EE),
        focus_area=COMCOT, themes=("community-tourism",), international=True),
    DemoActivity(
        "training", {"fi": "Kalastusmatkailun tuotteistaminen", "en": "Training: packaging fishing tourism",
                     "sv": "Utbildning: att paketera fisketurism",
                     "et": "Koolitus: kalaturismi pakettide koostamine"},
        {"fi": "Kalastajat, matkailuyrittäjät ja kaupungin matkailuneuvonta samassa koulutuksessa.",
         "en": "Fishers, tourism entrepreneurs and the town's tourist office trained together."},
        date(2025, 3, 25), "FI", "Kotka", ("sepra",), project="fish-tourism",
        participants=DemoParticipants(18, young=3, women=7, men=11, organisations=14, countries=("FI",)),
        focus_area=RIVERS, themes=("fisheries", "tourism"), crosses_area_types=True),
    DemoActivity(
        "study_trip", {"fi": "Opintomatka Pärnunlahdelle: kalastusmatkailu",
                       "en": "Study trip to Pärnu Bay: fishing tourism",
                       "sv": "Studieresa till Pärnuviken: fisketurism",
                       "et": "Õppereis Pärnu lahele: kalaturism"},
        {"fi": "Rannikkokalastajien ja matkailuyrittäjien yhteistyömalleja Länsi-Virossa.",
         "en": "How coastal fishers and tourism entrepreneurs work together in western Estonia."},
        date(2025, 4, 23), "EE", "Pärnu", ("sepra", "parnu-laht"), ends_on=date(2025, 4, 25),
        project="fish-tourism",
        participants=DemoParticipants(16, young=2, women=6, men=10, organisations=10, countries=FI_EE),
        focus_area=RIVERS, themes=("fisheries",), international=True, crosses_area_types=True),
    DemoActivity(
        "event", {"fi": "Eurooppa-päivä Kotkassa", "en": "Europe Day in Kotka",
                  "sv": "Europadagen i Kotka",
                  "et": "Euroopa päev Kotkas"},
        {"fi": "ED Kymenlaakson tietopiste kertoi EU:sta kaupunkilaisille ja koululaisille.",
         "en": "The ED Kymenlaakso info point told townspeople and pupils about the EU."},
        date(2025, 5, 9), "FI", "Kotka", ("sepra",), network="europe-direct",
        participants=DemoParticipants(210, young=80, women=115, men=90, other=5, organisations=15,
                                      countries=("FI",)),
        themes=("eu-information",)),
    DemoActivity(
        "event", {"fi": "Kuninkaantien päivä", "en": "King's Road day",
                  "sv": "Kungsvägens dag",
                  "et": "Kuninkaantie (Kuninga tee) päev"},
        {"fi": "Uusi tapahtuma, joka elävöittää Kuninkaantien vanhan postireitin historiaa: opastettuja kävelyjä, "
               "tarinoita ja paikallisruokaa kylissä ja kaupungissa.",
         "en": "A new event bringing the history of the old post road to life: guided walks, stories and local "
               "food in the villages and in town."},
        date(2025, 6, 7), "FI", "Virolahti", ("sepra", "kuninkaantie"),
        participants=DemoParticipants(140, young=30, women=80, men=60, organisations=9, countries=FI_EE),
        themes=("tourism", "local-products"), crosses_area_types=True, history_based=True),
    DemoActivity(
        "exchange", {"fi": "Nuorisovaihto Virolahdella: Meren molemmin puolin",
                     "en": "Youth exchange in Virolahti: Both shores of the sea",
                     "sv": "Ungdomsutbyte i Vederlax: Havets båda stränder",
                     "et": "Noortevahetus Virolahtis: Mere mõlemad kaldad"},
        {"fi": "Nuoret suunnittelivat ohjelman itse: rannikon yhteinen historia, retket ja rantatapahtuma.",
         "en": "The young people planned the programme themselves: the coast's shared history, outings and a "
               "beach event."},
        date(2025, 7, 14), "FI", "Virolahti", ("sepra", "arenduskoda"), ends_on=date(2025, 7, 20),
        project="youth-exchange",
        participants=DemoParticipants(24, young=22, women=12, men=11, other=1, organisations=4, countries=FI_EE),
        focus_area=YOUTH, themes=("youth",), international=True, youth_led=True, history_based=True),
    DemoActivity(
        "workshop", {"fi": "Nuoret suunnittelevat: COMCOT-työpaja Pyhtäällä",
                     "en": "Young people plan: COMCOT workshop in Pyhtää",
                     "sv": "Unga planerar: COMCOT-workshop i Pyttis",
                     "et": "Noored planeerivad: COMCOTi töötuba Pyhtääs"},
        {"fi": "Suomalaiset ja virolaiset nuoret vetivät työpajan ja kokosivat ideoita kylän matkailuun.",
         "en": "Young people from Finland and Estonia led the workshop and gathered ideas for village tourism."},
        date(2025, 8, 20), "FI", "Pyhtää", ("sepra", "pyhtaa", "virumaa"), project="comcot-transfer",
        network="comcot-network",
        participants=DemoParticipants(19, young=16, women=10, men=9, organisations=5, countries=FI_EE),
        focus_area=COMCOT, themes=("community-tourism", "youth"), international=True, youth_led=True),
    DemoActivity(
        "event", {"fi": "Kalastusmatkailupäivä", "en": "Fishing tourism day",
                  "sv": "Fisketurismdag",
                  "et": "Kalaturismi päev"},
        {"fi": "Kalasatama, kyläyhdistykset ja kaupungin tapahtumat samana päivänä.",
         "en": "The fishing harbour, village associations and the town's events on the same day."},
        date(2025, 8, 30), "FI", "Kotka", ("sepra",), project="fish-tourism",
        participants=DemoParticipants(95, young=20, women=40, men=55, organisations=12, countries=("FI",)),
        focus_area=RIVERS, themes=("fisheries", "tourism"), crosses_area_types=True),
    DemoActivity(
        "study_trip", {"fi": "Virolaisten Leader-ryhmien opintomatka Kymenlaaksoon",
                       "en": "Estonian Leader groups' study visit to Kymenlaakso",
                       "sv": "Estniska Leadergruppers studiebesök i Kymmenedalen",
                       "et": "Eesti Leader-gruppide õppevisiit Kymenlaaksosse"},
        {"fi": "Vierailut kylissä, kalasatamassa ja Kotkan keskustassa.",
         "en": "Visits to villages, a fishing harbour and the centre of Kotka."},
        date(2025, 9, 10), "FI", "Virolahti", ("sepra", "kodukant"), ends_on=date(2025, 9, 12),
        participants=DemoParticipants(28, young=5, women=17, men=11, organisations=14, countries=FI_EE),
        themes=("rural-development",), international=True, crosses_area_types=True),
    DemoActivity(
        "event", {"fi": "Green Belt -kävely: rajan historia luonnossa",
                  "en": "Green Belt walk: the border's history in nature",
                  "sv": "Green Belt-vandring: gränsens historia i naturen",
                  "et": "Green Belti matk: piiri ajalugu looduses"},
        {"fi": "Opastettu kävely vihreällä vyöhykkeellä; mukana virolaisia vieraita.",
         "en": "A guided walk along the Green Belt, with guests from Estonia."},
        date(2025, 9, 27), "FI", "Virolahti", ("green-belt", "sepra"),
        participants=DemoParticipants(45, young=12, women=25, men=20, organisations=6, countries=FI_EE),
        themes=("environment", "tourism"), international=True, history_based=True),
    DemoActivity(
        "workshop", {"fi": "Joki- ja sisävesimatkailun työpaja", "en": "Workshop on river and inland-water tourism",
                     "sv": "Workshop om älv- och insjöturism",
                     "et": "Töötuba jõe- ja siseveekogude turismist"},
        {"fi": "Leader- ja kalatalousryhmät, kunnat ja yrittäjät Suomesta ja Virosta. Työpajassa syntyi "
               "jokimatkailuverkosto.",
         "en": "Leader and fisheries groups, municipalities and entrepreneurs from Finland and Estonia. The "
               "workshop started the river tourism network."},
        date(2025, 10, 8), "FI", "Kotka", ("sepra", "parnu-laht", "virumaa"), project="river-tourism",
        network="river-network",
        participants=DemoParticipants(26, young=4, women=12, men=14, organisations=17, countries=FI_EE),
        focus_area=RIVERS, themes=("tourism", "fisheries"), international=True, crosses_area_types=True),
    DemoActivity(
        "meeting", {"fi": "Suomalais-virolainen Leader-verkostotapaaminen",
                    "en": "Finnish-Estonian Leader network meeting",
                    "sv": "Finländsk-estniskt Leadernätverksmöte",
                    "et": "Soome-Eesti Leader-võrgustiku kohtumine"},
        {"fi": "Vuosittainen tapaaminen kumppanien kanssa: kuulumiset ja uudet hankeideat.",
         "en": "The yearly meeting with partners: news and new project ideas."},
        date(2025, 10, 22), "EE", "Tallinn", ("kodukant", "sepra"), ends_on=date(2025, 10, 23),
        participants=DemoParticipants(60, young=8, women=36, men=24, organisations=30, countries=FI_EE),
        themes=("village-action", "rural-development"), international=True),
    DemoActivity(
        "training", {"fi": "Green Care -koulutus: luonto hyvinvoinnin lähteenä",
                     "en": "Green Care training: nature as a source of well-being",
                     "sv": "Green Care-utbildning: naturen som källa till välbefinnande",
                     "et": "Green Care'i koolitus: loodus kui heaolu allikas"},
        {"fi": "Ensimmäinen koulutusjakso; kouluttajat Suomesta ja Virosta.",
         "en": "The first training module, with trainers from Finland and Estonia."},
        date(2025, 11, 18), "FI", "Kotka", ("sepra", "arenduskoda"), ends_on=date(2025, 11, 19),
        project="green-care",
        participants=DemoParticipants(21, young=5, women=16, men=5, organisations=12, countries=FI_EE),
        focus_area=GREEN_CARE, themes=("green-care",), international=True),
    DemoActivity(
        "training", {"fi": "COMCOT-koulutus nuorille", "en": "COMCOT training for young people",
                     "sv": "COMCOT-utbildning för unga",
                     "et": "COMCOTi koolitus noortele"},
        {"fi": "Nuoret oppivat käyttämään COMCOT-työkalua oman kylänsä suunnittelussa.",
         "en": "Young people learned to use the COMCOT tool to plan their own village."},
        date(2025, 11, 20), "FI", "Virolahti", ("sepra", "virolahti"), project="comcot-transfer",
        participants=DemoParticipants(15, young=15, women=8, men=6, other=1, organisations=3, countries=("FI",)),
        focus_area=COMCOT, themes=("youth", "community-tourism")),
    DemoActivity(
        "meeting", {"fi": "Infotilaisuus: EU-rahoitus yhdistyksille", "en": "Info session: EU funding for "
                                                                            "associations",
                    "sv": "Informationsmöte: EU-finansiering för föreningar",
                    "et": "Infotund: ELi rahastus ühingutele"},
        {"fi": "ED Kymenlaakso esitteli yhdistyksille sopivia EU-ohjelmia.",
         "en": "ED Kymenlaakso presented EU programmes that suit associations."},
        date(2025, 12, 3), "FI", "Hamina", ("sepra",), network="europe-direct",
        participants=DemoParticipants(38, young=6, women=25, men=13, organisations=27, countries=("FI",)),
        themes=("eu-information",)),
    # 2026
    DemoActivity(
        "study_trip", {"fi": "Opintomatka Etelä-Viroon: yhteisölähtöinen matkailu",
                       "en": "Study trip to southern Estonia: community-based tourism",
                       "sv": "Studieresa till södra Estland: samhällsbaserad turism",
                       "et": "Õppereis Lõuna-Eestisse: kogukonnapõhine turism"},
        {"fi": "Tutustuminen kyliin, joissa yhteisö suunnittelee matkailun itse.",
         "en": "Visits to villages where the community plans its own tourism."},
        date(2026, 1, 21), "EE", "Võru", ("sepra", "kodukant"), ends_on=date(2026, 1, 23),
        project="comcot-transfer",
        participants=DemoParticipants(20, young=5, women=12, men=8, organisations=12, countries=FI_EE),
        focus_area=COMCOT, themes=("community-tourism",), international=True),
    DemoActivity(
        "workshop", {"fi": "Työpaja: sukupolvenvaihdos ja nuorten yrittäjyys",
                     "en": "Workshop: generational change and youth entrepreneurship",
                     "sv": "Workshop: generationsväxlingar och ungas företagande",
                     "et": "Töötuba: põlvkonnavahetus ja noorte ettevõtlus"},
        {"fi": "Maatilojen, kalastajien ja kaupungin yritysten jatkajat ja nuoret yrittäjät Suomesta ja Virosta.",
         "en": "Successors of farms, fishing businesses and town firms, and young entrepreneurs from Finland and "
               "Estonia."},
        date(2026, 2, 25), "FI", "Kotka", ("sepra", "virumaa"), project="youth-entrepreneurship",
        participants=DemoParticipants(31, young=14, women=15, men=16, organisations=19, countries=FI_EE),
        themes=("youth", "rural-development"), international=True, crosses_area_types=True),
    DemoActivity(
        "study_trip", {"fi": "Opintomatka Pärnuun: jokimatkailu", "en": "Study trip to Pärnu: river tourism",
                       "sv": "Studieresa till Pärnu: älvturism",
                       "et": "Õppereis Pärnusse: jõeturism"},
        {"fi": "Jokireitit, satamat ja kalastusmatkailu Pärnun seudulla.",
         "en": "River routes, harbours and fishing tourism around Pärnu."},
        date(2026, 3, 18), "EE", "Pärnu", ("sepra", "parnu-laht"), ends_on=date(2026, 3, 20),
        project="river-tourism", network="river-network",
        participants=DemoParticipants(17, young=3, women=8, men=9, organisations=11, countries=FI_EE),
        focus_area=RIVERS, themes=("tourism", "fisheries"), international=True, crosses_area_types=True),
    DemoActivity(
        "training", {"fi": "Green Care -koulutus Virossa", "en": "Green Care training in Estonia",
                     "sv": "Green Care-utbildning i Estland",
                     "et": "Green Care'i koolitus Eestis"},
        {"fi": "Toinen koulutusjakso; kouluttajaverkosto perustettiin.",
         "en": "The second training module; the trainers' network was founded."},
        date(2026, 4, 15), "EE", "Rakvere", ("arenduskoda", "sepra"), ends_on=date(2026, 4, 16),
        project="green-care", network="green-care-network",
        participants=DemoParticipants(24, young=7, women=18, men=6, organisations=14, countries=FI_EE),
        focus_area=GREEN_CARE, themes=("green-care",), international=True),
    DemoActivity(
        "event", {"fi": "Eurooppa-päivä Kotkassa 2026", "en": "Europe Day in Kotka 2026",
                  "sv": "Europadagen i Kotka 2026",
                  "et": "Euroopa päev Kotkas 2026"},
        {"fi": "ED Kymenlaakson tietopisteen Eurooppa-päivä.", "en": "Europe Day of the ED Kymenlaakso info point."},
        date(2026, 5, 9), "FI", "Kotka", ("sepra",), network="europe-direct",
        participants=DemoParticipants(240, young=95, women=130, men=105, other=5, organisations=18,
                                      countries=("FI",)),
        themes=("eu-information",)),
    DemoActivity(
        "workshop", {"fi": "Kalastajat ja kylät: yhteinen työpaja", "en": "Fishers and villages: a joint workshop",
                     "sv": "Fiskare och byar: en gemensam workshop",
                     "et": "Kalurid ja külad: ühine töötuba"},
        {"fi": "Kalatalousryhmän ja Leader-ryhmän toimijat suunnittelivat yhteisiä jokimatkailutuotteita.",
         "en": "People from the fisheries group and the Leader group planned joint river tourism products."},
        date(2026, 5, 27), "FI", "Hamina", ("sepra",), project="river-tourism",
        participants=DemoParticipants(23, young=2, women=9, men=14, organisations=16, countries=("FI",)),
        focus_area=RIVERS, themes=("fisheries", "tourism"), crosses_area_types=True),
    DemoActivity(
        "event", {"fi": "Kuninkaantien päivä 2026", "en": "King's Road day 2026",
                  "sv": "Kungsvägens dag 2026",
                  "et": "Kuninkaantie (Kuninga tee) päev 2026"},
        {"fi": "Toinen Kuninkaantien päivä kylissä ja kaupungissa.",
         "en": "The second King's Road day, in the villages and in town."},
        date(2026, 6, 6), "FI", "Virolahti", ("sepra", "kuninkaantie"),
        participants=DemoParticipants(165, young=35, women=95, men=68, other=2, organisations=11, countries=FI_EE),
        themes=("tourism", "local-products"), crosses_area_types=True, history_based=True),
    DemoActivity(
        "exchange", {"fi": "Nuorten yrittäjyysleiri Virossa", "en": "Youth entrepreneurship camp in Estonia",
                     "sv": "Läger i ungt företagande i Estland",
                     "et": "Noorte ettevõtluslaager Eestis"},
        {"fi": "Nuoret suunnittelivat ja vetivät leirin; yrittäjyysverkosto sai alkunsa.",
         "en": "The young people planned and ran the camp; it started a youth entrepreneurship network."},
        date(2026, 6, 16), "EE", "Rakvere", ("arenduskoda", "sepra"), ends_on=date(2026, 6, 18),
        project="youth-entrepreneurship", network="youth-network",
        participants=DemoParticipants(30, young=28, women=16, men=14, organisations=6, countries=FI_EE),
        focus_area=YOUTH, themes=("youth",), international=True, youth_led=True),
    DemoActivity(
        "exchange", {"fi": "Nuorten tutustumismatka Norjaan: työkokeilut",
                     "en": "Young people's visit to Norway: work try-outs",
                     "sv": "Ungas besök i Norge: arbetsprövning",
                     "et": "Noorte külaskäik Norrasse: tööproovid"},
        {"fi": "Nuoret selvittivät itse työkokeilumahdollisuuksia EU:n ulkopuolella.",
         "en": "The young people looked into work try-outs outside the EU themselves."},
        date(2026, 7, 6), "NO", "Røros", ("sepra",), ends_on=date(2026, 7, 10), project="work-tryouts",
        participants=DemoParticipants(12, young=10, women=6, men=6, organisations=3, countries=("FI", "NO")),
        focus_area=YOUTH, themes=("youth",), international=True, youth_led=True),
    DemoActivity(
        "workshop", {"fi": "Nuoret suunnittelevat: COMCOT-työpaja Virolahdella",
                     "en": "Young people plan: COMCOT workshop in Virolahti",
                     "sv": "Unga planerar: COMCOT-workshop i Vederlax",
                     "et": "Noored planeerivad: COMCOTi töötuba Virolahtis"},
        {"fi": "Toinen nuorten vetämä työpaja, nyt Virolahdella.", "en": "The second workshop led by young "
                                                                       "people, this time in Virolahti."},
        date(2026, 8, 19), "FI", "Virolahti", ("sepra", "virolahti", "virumaa"), project="comcot-transfer",
        network="comcot-network",
        participants=DemoParticipants(18, young=17, women=9, men=8, other=1, organisations=4, countries=FI_EE),
        focus_area=COMCOT, themes=("community-tourism", "youth"), international=True, youth_led=True),
    DemoActivity(
        "conference", {"fi": "Suomenlahden jokimatkailuseminaari", "en": "Gulf of Finland river tourism seminar",
                       "sv": "Seminarium om älvturism vid Finska viken",
                       "et": "Soome lahe jõeturismi seminar"},
        {"fi": "Jokimatkailuverkoston ensimmäinen seminaari.", "en": "The first seminar of the river tourism "
                                                                     "network."},
        date(2026, 9, 9), "FI", "Kotka", ("sepra", "parnu-laht", "virumaa"), ends_on=date(2026, 9, 10),
        project="river-tourism", network="river-network",
        participants=DemoParticipants(72, young=10, women=35, men=37, organisations=40,
                                      countries=("EE", "FI", "LV")),
        focus_area=RIVERS, themes=("tourism", "fisheries"), international=True, crosses_area_types=True),
    DemoActivity(
        "event", {"fi": "Green Belt -päivä: kylmän sodan raja-alue tutuksi",
                  "en": "Green Belt day: getting to know the Cold War border zone",
                  "sv": "Green Belt-dagen: bekanta dig med det kalla krigets gränszon",
                  "et": "Green Belti päev: tutvumine külma sõja aegse piiritsooniga"},
        {"fi": "Uusi tapahtuma Green Belt -keskuksessa ja sen lähiluonnossa.",
         "en": "A new event at the Green Belt centre and in the nature around it."},
        date(2026, 9, 26), "FI", "Virolahti", ("green-belt", "sepra"),
        participants=DemoParticipants(60, young=15, women=33, men=27, organisations=8, countries=FI_EE),
        themes=("environment", "tourism"), international=True, history_based=True),
    DemoActivity(
        "study_trip", {"fi": "Opintomatka Läänemaalle: sosiaalinen yrittäjyys kylissä",
                       "en": "Study trip to Läänemaa: social entrepreneurship in villages",
                       "sv": "Studieresa till Läänemaa: socialt företagande i byarna",
                       "et": "Õppereis Läänemaale: sotsiaalne ettevõtlus külades"},
        {"fi": "Kylien sosiaaliset yritykset ja niiden rahoitus.", "en": "Social enterprises in villages and how "
                                                                        "they are funded."},
        date(2026, 10, 7), "EE", "Haapsalu", ("sepra", "kodukant"), ends_on=date(2026, 10, 9),
        project="social-entrepreneurship",
        participants=DemoParticipants(19, young=4, women=12, men=7, organisations=12, countries=FI_EE),
        themes=("social-entrepreneurship",), international=True),
    DemoActivity(
        "training", {"fi": "Nuoret ja EU-vaikuttaminen", "en": "Young people and EU participation",
                     "sv": "Unga och delaktighet i EU",
                     "et": "Noored ja osalemine ELis"},
        {"fi": "Nuorisovaltuutettujen itse suunnittelema ja vetämä koulutus ED Kymenlaakson tuella.",
         "en": "Training planned and run by members of youth councils, with the support of ED Kymenlaakso."},
        date(2026, 11, 11), "FI", "Kotka", ("sepra",), network="europe-direct",
        participants=DemoParticipants(44, young=40, women=24, men=19, other=1, organisations=6, countries=("FI",)),
        themes=("eu-information", "youth"), youth_led=True),
    DemoActivity(
        "meeting", {"fi": "Suomalais-virolainen Leader-verkostotapaaminen 2026",
                    "en": "Finnish-Estonian Leader network meeting 2026",
                    "sv": "Finländsk-estniskt Leadernätverksmöte 2026",
                    "et": "Soome-Eesti Leader-võrgustiku kohtumine 2026"},
        {"fi": "Vuosittainen tapaaminen kumppanien kanssa.", "en": "The yearly meeting with partners.",
         "sv": "Det årliga mötet med partnerna.",
         "et": "Iga-aastane kohtumine partneritega."},
        date(2026, 12, 2), "EE", "Tallinn", ("kodukant", "sepra"), ends_on=date(2026, 12, 3),
        themes=("village-action", "rural-development"), international=True),
    DemoActivity(
        "workshop", {"fi": "Kuninkaantien historiareitit: suunnittelutyöpaja",
                     "en": "Historical routes of the King's Road: planning workshop",
                     "sv": "Kungsvägens historiska rutter: planeringsworkshop",
                     "et": "Kuninkaantie (Kuninga tee) ajaloolised marsruudid: planeerimise töötuba"},
        {"fi": "Kylät, yhdistys ja kaupungin matkailu suunnittelevat ensimmäiset reitit.",
         "en": "Villages, the association and the town's tourism office plan the first routes."},
        date(2026, 12, 10), "FI", "Hamina", ("sepra", "kuninkaantie"), project="kings-road-history",
        themes=("tourism",), crosses_area_types=True, history_based=True),
)

GOOD_PRACTICES = (
    DemoGoodPractice(
        {"fi": "COMCOT: yhteisölähtöinen matkailun suunnittelu", "en": "COMCOT: community-based tourism planning",
         "sv": "COMCOT: planering av samhällsbaserad turism",
         "et": "COMCOT: kogukonnapõhise turismi planeerimine"},
        {"fi": "Kylä arvioi matkailupotentiaalinsa itse, valitsee kehittämissuunnan ja etenee askel askeleelta; "
               "vaihtoehdot havainnollistetaan asukkaille.",
         "en": "A village assesses its own tourism potential, chooses its direction and proceeds step by step; "
               "the options are made visible to the residents."},
        "adopted", source_organisation="emu", source_country="EE", source_project="comcot",
        taken_up_at="Virolahti, Pyhtää", themes=("community-tourism",)),
    DemoGoodPractice(
        {"fi": "Kalastusmatkailun palvelupaketit Pärnunlahden mallilla",
         "en": "Fishing tourism packages on the Pärnu Bay model",
         "sv": "Fisketurismpaket enligt Pärnuvikens modell",
         "et": "Kalaturismi paketid Pärnu lahe eeskujul"},
        {"fi": "Kalastaja ja matkailuyrittäjä myyvät yhteistä pakettia, jonka majoitus ja ruoka tulevat kylästä.",
         "en": "A fisher and a tourism entrepreneur sell one package, with lodging and food from the village."},
        "piloted", source_organisation="parnu-laht", source_country="EE", source_project="fish-tourism",
        taken_up_at="Kotka, Hamina", taken_up_on=date(2026, 5, 27), themes=("fisheries", "tourism")),
    DemoGoodPractice(
        {"fi": "Green Care -koulutuksen yhteinen moduuli", "en": "A shared Green Care training module",
         "sv": "En gemensam utbildningsmodul i Green Care",
         "et": "Ühine Green Care'i koolitusmoodul"},
        {"fi": "Yrittäjät oppivat yhdessä, miten luonto otetaan osaksi hyvinvointi- ja matkailupalveluja.",
         "en": "Entrepreneurs learn together how to make nature part of well-being and tourism services."},
        "considered", source_organisation="arenduskoda", source_country="EE", source_project="green-care",
        taken_up_at="Kotka", taken_up_on=date(2026, 4, 15), themes=("green-care",)),
    DemoGoodPractice(
        {"fi": "Nuorten kyläraadit", "en": "Young people's village panels",
         "sv": "Ungas bypaneler",
         "et": "Noorte külapaneelid"},
        {"fi": "Nuorten oma raati kertoo kylän suunnitelmista ja järjestää yhden tapahtuman vuodessa.",
         "en": "The young people's own panel comments on the village's plans and organises one event a year."},
        "piloted", source_organisation="kodukant", source_country="EE", source_project="youth-exchange",
        taken_up_at="Pyhtää", taken_up_on=date(2026, 2, 2), themes=("youth", "village-action")),
)

ADVOCACY = (
    DemoAdvocacy(
        {"fi": "Leader-toimintatapa vuoden 2027 jälkeen", "en": "The Leader approach after 2027"},
        {"fi": "Leader- ja kalatalousryhmien monirahastoinen toimintatapa ja kansainvälinen yhteistyö on "
               "säilytettävä myös seuraavalla ohjelmakaudella.",
         "en": "The multi-fund approach of Leader and fisheries groups, and their international cooperation, "
               "should continue in the next programme period."},
        date(2026, 3, 24),
        {"fi": "Kanta esitetty kansallisessa valmistelussa; seuranta jatkuu.",
         "en": "Presented in the national preparation; we follow it up."}),
)

INTERNSHIPS = (
    DemoInternship(
        {"fi": "Harjoittelija: nuorisovaihtojen koordinointi", "en": "Intern: coordinating youth exchanges",
         "sv": "Praktikant: koordinering av ungdomsutbyten",
         "et": "Praktikant: noortevahetuste koordineerimine"},
        {"fi": "Nuorisovaihtojen ja työkokeilujen valmistelu kumppanien kanssa.",
         "en": "Preparing youth exchanges and work try-outs with the partners."},
        "draft", starts_on=date(2027, 5, 3), ends_on=date(2027, 7, 30), apply_by=date(2027, 2, 28)),
)

RECORD = DemoRecord(projects=PROJECTS, activities=ACTIVITIES, good_practices=GOOD_PRACTICES, advocacy=ADVOCACY,
                    internships=INTERNSHIPS)

# The strategy 2023-2027, its "examples of measures" and the eleven indicators ("Mittarit") of the seed page. The seed
# gives the targets of the three international indicators (10, 5 and 4); the other targets and the baselines are
# invented for the demo and marked as examples (target_from_seed, loader), as are the values entered by hand (with
# their fictional evidence links).
EVIDENCE = "https://example.org/sepra/seuranta"

STRATEGY = DemoStrategy(
    name={"fi": "Sepran kehittämisstrategia", "en": "Sepra's development strategy"},
    starts_on=date(2023, 1, 1), ends_on=date(2027, 12, 31),
    measures=(
        {"fi": "Yhteiset opintomatkat ja koulutukset sekä sukupolvenvaihdokseen ja nuorten yrittäjyyteen tähtäävät "
               "toimet",
         "en": "Joint study trips and training, and actions for generational change and youth entrepreneurship",
         "sv": "Gemensamma studieresor och utbildningar samt åtgärder för generationsväxlingar och ungas företagande",
         "et": "Ühised õppereisid ja koolitused ning põlvkonnavahetust ja noorte ettevõtlust toetavad tegevused"},
        {"fi": "Yhteisölähtöisen kestävän kehityksen matkailun kehittäminen edelleen, uusien työkalujen tuonti "
               "toimintaan mukaan sekä sosiaalinen yrittäjyys",
         "en": "Further developing community-led sustainable tourism, bringing in new tools, and social "
               "entrepreneurship",
         "sv": "Den samhällsbaserade hållbara turismen utvecklas vidare, nya verktyg tas i bruk och socialt "
               "företagande främjas",
         "et": "Kogukonnapõhise säästva turismi edasiarendamine, uute tööriistade kasutuselevõtt ja sotsiaalne "
               "ettevõtlus"},
        {"fi": "Yhdistysten ja yrittäjien sekä muiden elinkeinotoimijoiden tuominen yhteen sekä "
               "kansainvälisyysosaamisen lisääminen yhteisten työpajojen, koulutusten ja opintomatkojen avulla",
         "en": "Bringing associations, entrepreneurs and other business actors together, and building international "
               "know-how through joint workshops, training and study trips",
         "sv": "Föreningar, företagare och andra näringsaktörer förs samman, och den internationella kompetensen "
               "stärks genom gemensamma workshoppar, utbildningar och studieresor",
         "et": "Ühingute, ettevõtjate ja teiste ettevõtluse osaliste kokkuviimine ning rahvusvahelise oskusteabe "
               "suurendamine ühiste töötubade, koolituste ja õppereiside abil"},
        {"fi": "Painopisteiden tavoitteiden toteuttaminen kansainvälisen toiminnan kautta",
         "en": "Reaching the goals of the focus areas through international work",
         "sv": "Fokusområdenas mål nås genom internationellt arbete",
         "et": "Prioriteetsete valdkondade eesmärkide saavutamine rahvusvahelise tegevuse kaudu"},
    ),
    indicators=(
        DemoIndicator(
            {"fi": "Sektorin toimijoiden tulojen kasvu", "en": "Income growth of the sector's actors"},
            {"fi": "%", "en": "%"}, Decimal("10"), "manual", measure=GOALS_THROUGH_INTERNATIONAL_WORK,
            baseline_value=Decimal("0"), baseline_year=2022, cumulative=False,
            manual_values=(
                DemoManualValue(2023, Decimal("2.1"), "Sepran yrityskysely 2023", f"{EVIDENCE}/yrityskysely-2023"),
                DemoManualValue(2024, Decimal("3.4"), "Sepran yrityskysely 2024", f"{EVIDENCE}/yrityskysely-2024"),
                DemoManualValue(2025, Decimal("4.6"), "Sepran yrityskysely 2025", f"{EVIDENCE}/yrityskysely-2025"),
            )),
        DemoIndicator(
            {"fi": "Nuorten toteuttamien toimenpiteiden määrä", "en": "Actions carried out by young people"},
            {"fi": "kpl", "en": "pcs"}, Decimal("8"), "activities", {"youth_led": True}, focus_area=YOUTH,
            baseline_value=Decimal("1"), baseline_year=2022),
        DemoIndicator(
            {"fi": "Uusien syntyneiden tuotteiden ja palvelujen määrä", "en": "New products and services"},
            {"fi": "kpl", "en": "pcs"}, Decimal("10"), "outputs", {"kind": ["product", "service"]},
            measure=COMMUNITY_TOURISM, baseline_value=Decimal("2"), baseline_year=2022),
        DemoIndicator(
            {"fi": "Vähintään kahden yhteistyökumppanin toteuttama hanke",
             "en": "Projects carried out by at least two partners"},
            {"fi": "hanketta", "en": "projects"}, Decimal("8"), "projects", {"min_partners": 2},
            measure=GOALS_THROUGH_INTERNATIONAL_WORK, baseline_value=Decimal("1"), baseline_year=2022),
        DemoIndicator(
            {"fi": "Aluetyyppirajojen yli tapahtuneiden yhteistoimien määrä",
             "en": "Joint actions across area types"},
            {"fi": "kpl", "en": "pcs"}, Decimal("16"), "activities", {"crosses_area_types": True},
            focus_area=RIVERS, baseline_value=Decimal("2"), baseline_year=2022),
        DemoIndicator(
            {"fi": "Historiaan pohjautuvien uusien tapahtumien ja toiminnan määrä",
             "en": "New events and activities based on history"},
            {"fi": "kpl", "en": "pcs"}, Decimal("8"), "activities", {"history_based": True},
            measure=COMMUNITY_TOURISM,
            baseline_value=Decimal("0"), baseline_year=2022),
        DemoIndicator(
            {"fi": "Paikalliskontakteina toimivien henkilöiden määrä ja pienyrittäjien toiminnan monipuolistuminen",
             "en": "People acting as local contacts, and the diversification of small entrepreneurs' business"},
            {"fi": "henkilöä", "en": "people"}, Decimal("15"), "manual", measure=BRINGING_TOGETHER,
            baseline_value=Decimal("5"), baseline_year=2022, cumulative=False,
            manual_values=(
                DemoManualValue(2023, Decimal("6"), "Sepran yhteyshenkilörekisteri", f"{EVIDENCE}/paikalliskontaktit"),
                DemoManualValue(2024, Decimal("9"), "Sepran yhteyshenkilörekisteri", f"{EVIDENCE}/paikalliskontaktit"),
                DemoManualValue(2025, Decimal("11"), "Sepran yhteyshenkilörekisteri",
                                f"{EVIDENCE}/paikalliskontaktit"),
            )),
        DemoIndicator(
            {"fi": "Sosiaalisten yritysten lukumäärä", "en": "Number of social enterprises"},
            {"fi": "yritystä", "en": "enterprises"}, Decimal("3"), "manual", measure=COMMUNITY_TOURISM,
            baseline_value=Decimal("0"), baseline_year=2022, cumulative=False,
            manual_values=(
                DemoManualValue(2023, Decimal("0"), "Yritysrekisteri ja Sepran neuvonta", f"{EVIDENCE}/yritykset"),
                DemoManualValue(2024, Decimal("1"), "Yritysrekisteri ja Sepran neuvonta", f"{EVIDENCE}/yritykset"),
                DemoManualValue(2025, Decimal("1"), "Yritysrekisteri ja Sepran neuvonta", f"{EVIDENCE}/yritykset"),
            )),
        DemoIndicator(
            {"fi": "Kansainväliset työpajat/opintomatkat", "en": "International workshops and study trips"},
            {"fi": "kpl", "en": "pcs"}, Decimal("10"), "activities",
            {"type": ["workshop", "study_trip"], "international": True}, measure=BRINGING_TOGETHER,
            yearly_targets={"2023": 2, "2024": 2, "2025": 2, "2026": 2, "2027": 2}, target_from_seed=True),
        DemoIndicator(
            {"fi": "Uudet kv-partnereita sisältävät yhteistyöverkostot",
             "en": "New cooperation networks with international partners"},
            {"fi": "verkostoa", "en": "networks"}, Decimal("5"), "memberships", {"new_in_period": True},
            measure=GOALS_THROUGH_INTERNATIONAL_WORK, target_from_seed=True),
        DemoIndicator(
            {"fi": "Nuorten toteuttamien kv-toimenpiteiden määrä",
             "en": "International actions carried out by young people"},
            {"fi": "kpl", "en": "pcs"}, Decimal("4"), "activities", {"youth_led": True, "international": True},
            focus_area=YOUTH, target_from_seed=True),
    ),
)
