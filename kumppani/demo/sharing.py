"""What the two demo workspaces share with their region: opportunities, confirmed subscribers and a partner inquiry.

All invented for the demo. Days count from the day the demo is loaded (see shapes.DemoOpportunity), so the public
pages /p/sepra/ and /p/keski-suomi/ show upcoming deadlines and recent news whenever it is loaded. The calls belong to
programmes of the funding catalogue, but their dates and texts are the demo's, not the programmes' own; the
organisations, people and addresses of the partner requests and the inquiries are fictional (example.* domains).
"""

from kumppani.demo.shapes import DemoInquiry, DemoOpportunity, DemoSharing, DemoSubscriber

SEPRA = DemoSharing(
    opportunities=(
        DemoOpportunity(
            "call",
            {"fi": "Leader-yhteistyöhankkeiden haku: kansainväliset kylä- ja matkailuhankkeet",
             "sv": "Leader-samarbetsprojekt: internationella by- och turismprojekt",
             "en": "Leader cooperation projects: international village and tourism projects",
             "et": "Leader-koostööprojektid: rahvusvahelised küla- ja turismiprojektid"},
            {"fi": "Sepra ottaa vastaan hakemuksia Leader-yhteistyöhankkeisiin, joissa kylät, yhdistykset ja "
                   "yritykset kehittävät matkailua tai kylätoimintaa yhdessä toisen maan Leader-alueen kanssa. "
                   "Kysy neuvoa ennen hakemista: autamme kumppanin löytämisessä.",
             "en": "Sepra takes applications for Leader cooperation projects in which villages, associations and "
                   "companies develop tourism or village action together with a Leader area in another country. "
                   "Ask us before you apply: we help you find a partner.",
             "sv": "Sepra tar emot ansökningar om Leadersamarbetsprojekt där byar, föreningar och företag utvecklar "
                   "turism eller byaverksamhet tillsammans med ett Leaderområde i ett annat land. Fråga oss innan ni "
                   "ansöker: vi hjälper er att hitta en partner.",
             "et": "Sepra võtab vastu taotlusi Leader-koostööprojektidele, milles külad, ühingud ja ettevõtted "
                   "arendavad turismi või külaelu koos mõne teise riigi Leader-piirkonnaga. Küsige meilt enne "
                   "taotlemist nõu: aitame partnerit leida."},
            published=-12, deadline=22, programme="leader-cooperation", link="https://www.sepra.fi/",
            themes=("rural-development", "community-tourism"), countries=("FI", "EE")),
        DemoOpportunity(
            "call",
            {"fi": "Interreg Central Baltic: pienhankkeiden haku",
             "sv": "Interreg Central Baltic: ansökan om småprojekt",
             "en": "Interreg Central Baltic: call for small projects",
             "et": "Interreg Central Baltic: väikeprojektide taotlusvoor"},
            {"fi": "Pienhankkeet sopivat yhdistyksille ja kunnille, jotka haluavat kokeilla yhteistyötä Viron, "
                   "Latvian, Ruotsin tai Ahvenanmaan kumppanin kanssa. Aiheina mm. kestävä matkailu ja "
                   "saariston ja rannikon palvelut.",
             "en": "Small projects suit associations and municipalities that want to try cooperation with a partner "
                   "in Estonia, Latvia, Sweden or the Åland Islands. Topics include sustainable tourism and "
                   "services of the archipelago and the coast.",
             "sv": "Småprojekten passar föreningar och kommuner som vill pröva på samarbete med en partner i "
                   "Estland, Lettland, Sverige eller på Åland. Teman är bland annat hållbar turism och tjänster i "
                   "skärgården och vid kusten.",
             "et": "Väikeprojektid sobivad ühingutele ja omavalitsustele, kes soovivad proovida koostööd partneriga "
                   "Eestist, Lätist, Rootsist või Ahvenamaalt. Teemade hulgas on säästev turism ning saarestiku ja "
                   "ranniku teenused."},
            published=-5, deadline=43, programme="interreg-central-baltic",
            themes=("tourism", "environment"), countries=("FI", "EE", "LV", "SE")),
        DemoOpportunity(
            "call",
            {"fi": "Erasmus+ nuorisovaihdot: seuraava hakukierros",
             "sv": "Erasmus+ ungdomsutbyten: nästa ansökningsomgång",
             "en": "Erasmus+ youth exchanges: the next round",
             "et": "Erasmus+ noortevahetused: järgmine voor"},
            {"fi": "Nuorisoryhmät ja yhdistykset voivat hakea tukea nuorisovaihtoon. Sepran nuorisotyö auttaa "
                   "suunnittelussa ja kumppaneiden löytämisessä Virosta ja Norjasta.",
             "en": "Youth groups and associations can apply for a youth exchange. Sepra's youth work helps plan it "
                   "and find partners in Estonia and Norway.",
             "sv": "Ungdomsgrupper och föreningar kan söka stöd för ett ungdomsutbyte. Sepras ungdomsarbete hjälper "
                   "till med planeringen och med att hitta partner i Estland och Norge.",
             "et": "Noorterühmad ja ühingud saavad taotleda toetust noortevahetuseks. Sepra noorsootöö aitab "
                   "vahetust kavandada ning leida partnereid Eestist ja Norrast."},
            published=-3, deadline=64, programme="erasmus-plus", themes=("youth",), countries=("FI", "EE", "NO")),
        DemoOpportunity(
            "partner_request",
            {"fi": "Virolainen kyläyhdistys etsii suomalaista kumppania kylämatkailuhankkeeseen",
             "en": "An Estonian village association seeks a Finnish partner for a village tourism project",
             "sv": "En estnisk byaförening söker en finländsk partner för ett byaturismprojekt",
             "et": "Eesti külaselts otsib Soome partnerit külaturismi projekti"},
            {"fi": "Lääne-Virumaalainen kyläyhdistys valmistelee Leader-yhteistyöhanketta kylien "
                   "käsityö- ja ruokamatkailusta ja etsii suomalaista kyläyhdistystä tai yritysryhmää "
                   "Itäisen Suomenlahden rannikolta. Yhteyshenkilö: Kadri Tamm, kadri.tamm@example.ee.",
             "en": "A village association in Lääne-Viru county is preparing a Leader cooperation project on craft "
                   "and food tourism in villages and seeks a Finnish village association or group of companies on "
                   "the coast of the eastern Gulf of Finland. Contact: Kadri Tamm, kadri.tamm@example.ee.",
             "sv": "En byaförening i Lääne-Virumaa förbereder ett Leadersamarbetsprojekt om hantverks- och matturism "
                   "i byarna och söker en finländsk byaförening eller företagsgrupp vid kusten av östra Finska "
                   "viken. Kontaktperson: Kadri Tamm, kadri.tamm@example.ee.",
             "et": "Lääne-Virumaa külaselts valmistab ette Leader-koostööprojekti külade käsitöö- ja toiduturismist "
                   "ning otsib Soome külaseltsi või ettevõtete rühma Soome lahe idaosa rannikult. Kontaktisik: Kadri "
                   "Tamm, kadri.tamm@example.ee."},
            published=-8, deadline=30, themes=("village-action", "community-tourism", "local-products"),
            countries=("EE",)),
        DemoOpportunity(
            "partner_request",
            {"fi": "Latvialainen nuorisokeskus etsii kumppania nuorten työkokeiluihin",
             "en": "A Latvian youth centre seeks a partner for work try-outs for young people",
             "sv": "Ett lettiskt ungdomscenter söker en partner för arbetsprövning för unga",
             "et": "Läti noortekeskus otsib partnerit noorte tööproovideks"},
            {"fi": "Vidzemen maaseudulla toimiva nuorisokeskus etsii suomalaista kumppania Erasmus+ -hankkeeseen, "
                   "jossa nuoret tutustuvat maaseudun työpaikkoihin toisessa maassa.",
             "en": "A youth centre in rural Vidzeme seeks a Finnish partner for an Erasmus+ project in which young "
                   "people get to know rural workplaces in another country.",
             "sv": "Ett ungdomscenter på landsbygden i Vidzeme söker en finländsk partner för ett Erasmus+-projekt "
                   "där unga bekantar sig med arbetsplatser på landsbygden i ett annat land.",
             "et": "Vidzeme maapiirkonna noortekeskus otsib Soome partnerit Erasmus+ projekti, milles noored "
                   "tutvuvad maapiirkonna töökohtadega teises riigis."},
            published=-2, deadline=50, programme="erasmus-plus", themes=("youth", "rural-development"),
            countries=("LV",)),
        DemoOpportunity(
            "news",
            {"fi": "Joet ja järvet -hankkeen ensimmäiset melontareitit valmiina",
             "sv": "De första paddlingslederna i projektet Älvar och sjöar är klara",
             "en": "The first canoe routes of the Rivers and lakes project are ready",
             "et": "Projekti „Jõed ja järved“ esimesed kanuumarsruudid on valmis"},
            {"fi": "Kymijoen ja rannikon ensimmäiset melontareitit on merkitty ja kuvattu. Reitit ovat mukana "
                   "matkailuyrittäjien yhteisessä palvelukartassa.",
             "en": "The first canoe routes on the Kymi river and the coast have been marked and described. They are "
                   "in the tourism entrepreneurs' shared service map.",
             "sv": "De första paddlingslederna längs Kymmene älv och kusten har märkts ut och beskrivits. Lederna "
                   "finns med på turistföretagarnas gemensamma servicekarta.",
             "et": "Kymijõe ja ranniku esimesed kanuumarsruudid on tähistatud ja kirjeldatud. Marsruudid on "
                   "turismiettevõtjate ühisel teenuste kaardil."},
            published=-4, themes=("tourism", "fisheries"), countries=("FI",)),
        DemoOpportunity(
            "news",
            {"fi": "Virolaiset kumppanit vierailivat Virolahden kylissä",
             "sv": "Estniska partner besökte byarna i Vederlax",
             "en": "Estonian partners visited the villages of Virolahti",
             "et": "Eesti partnerid külastasid Virolahti külasid"},
            {"fi": "Kodukantin ja Virumaan Leader-ryhmän edustajat tutustuivat COMCOT-mallin käyttöön Virolahdella "
                   "ja sopivat seuraavan vuoden yhteisistä opintomatkoista.",
             "en": "Representatives of Kodukant and the Virumaa Leader group saw how Virolahti uses the COMCOT "
                   "model and agreed on next year's joint study trips.",
             "sv": "Företrädare för Kodukant och Leadergruppen i Virumaa bekantade sig med hur COMCOT-modellen "
                   "används i Vederlax och kom överens om nästa års gemensamma studieresor.",
             "et": "Kodukanti ja Virumaa Koostöökogu esindajad tutvusid COMCOTi mudeli kasutamisega Virolahtis ning "
                   "leppisid kokku järgmise aasta ühistes õppereisides."},
            published=-10, themes=("village-action", "community-tourism"), countries=("FI", "EE")),
        DemoOpportunity(
            "news",
            {"fi": "Green Care -koulutuksen materiaalit verkossa", "en": "Green Care training materials online",
             "sv": "Materialet från Green Care-utbildningen finns på nätet",
             "et": "Green Care'i koolituse materjalid on veebis"},
            {"fi": "Green Care ja matkailu -koulutusyhteistyön materiaalit ovat nyt kaikkien käytettävissä.",
             "en": "The materials of the Green Care and tourism training cooperation are now open to everyone.",
             "sv": "Materialet från utbildningssamarbetet kring Green Care och turism är nu öppet för alla.",
             "et": "Green Care'i ja turismi koolituskoostöö materjalid on nüüd kõigile kättesaadavad."},
            published=-25, themes=("green-care",)),
        DemoOpportunity("event", activity="Suomalais-virolainen Leader-verkostotapaaminen 2026", published=-14),
        DemoOpportunity(
            "event",
            {"fi": "Infoilta: kansainvälinen yhteistyö Leader-rahoituksella",
             "sv": "Infokväll: internationellt samarbete med Leaderfinansiering",
             "en": "Information evening: international cooperation with Leader funding",
             "et": "Infoõhtu: rahvusvaheline koostöö Leader-rahastusega"},
            {"fi": "Miten kylä tai yhdistys pääsee mukaan kansainväliseen hankkeeseen? Kerromme hakuajoista, "
                   "kumppanihausta ja aiempien hankkeiden kokemuksista. Tervetuloa, kahvitarjoilu.",
             "en": "How can a village or an association join an international project? About the calls, finding "
                   "partners and what earlier projects learned. Welcome; coffee is served.",
             "sv": "Hur kan en by eller en förening komma med i ett internationellt projekt? Vi berättar om "
                   "ansökningstiderna, om hur man hittar partner och om erfarenheterna från tidigare projekt. "
                   "Välkommen, vi bjuder på kaffe.",
             "et": "Kuidas saab küla või ühing osaleda rahvusvahelises projektis? Räägime taotlusvoorudest, "
                   "partnerite leidmisest ja varasemate projektide kogemustest. Olete oodatud, pakume kohvi."},
            published=-6, starts=16, location="Hamina", themes=("rural-development", "village-action"),
            countries=("FI",), languages=("fi", "sv")),
        DemoOpportunity(
            "internship",
            {"fi": "Harjoittelija: kansainvälisen kylämatkailun viestintä",
             "en": "Intern: communicating international village tourism",
             "sv": "Praktikant: kommunikation om internationell byaturism",
             "et": "Praktikant: rahvusvahelise külaturismi kommunikatsioon"},
            {"fi": "Kolmen kuukauden harjoittelu Sepran toimistossa Haminassa: yhteistyöhankkeiden viestintä, "
                   "some ja virolaisten kumppanien vierailujen järjestelyt. Sopii matkailun tai viestinnän "
                   "opiskelijalle; suomen ja englannin taito, viron kieli eduksi.",
             "en": "A three-month internship at Sepra's office in Hamina: communication of cooperation projects, "
                   "social media and arranging visits of Estonian partners. Suits a student of tourism or "
                   "communication; Finnish and English, Estonian a plus.",
             "sv": "En tre månaders praktik på Sepras kontor i Fredrikshamn: kommunikation om samarbetsprojekt, "
                   "sociala medier och arrangemang kring estniska partners besök. Passar en studerande inom turism "
                   "eller kommunikation; kunskaper i finska och engelska, estniska är en merit.",
             "et": "Kolmekuuline praktika Sepra kontoris Haminas: koostööprojektide kommunikatsioon, sotsiaalmeedia "
                   "ja Eesti partnerite külaskäikude korraldamine. Sobib turismi või kommunikatsiooni üliõpilasele; "
                   "nõutav soome ja inglise keele oskus, eesti keele oskus on eeliseks."},
            published=-7, deadline=35, themes=("youth", "community-tourism"), countries=("FI",)),
        DemoOpportunity(
            "news",
            {"fi": "Tulossa: kevään opintomatka Viroon", "en": "Coming up: a study trip to Estonia in spring",
             "sv": "På kommande: en studieresa till Estland i vår",
             "et": "Tulekul: kevadine õppereis Eestisse"},
            {"fi": "Ilmoittautuminen avautuu pian.", "en": "Registration opens soon.",
             "sv": "Anmälan öppnar snart.",
             "et": "Registreerimine avatakse peagi."},
            published=7, themes=("village-action",), countries=("EE",)),
    ),
    subscribers=(
        DemoSubscriber("kylayhdistys@example.test", "fi", confirmed=40,
                       themes=("village-action", "community-tourism"), countries=("EE",),
                       programmes=("leader-cooperation",)),
        DemoSubscriber("nuorisovaltuusto@example.test", "fi", confirmed=21, rhythm="at_once", themes=("youth",),
                       programmes=("erasmus-plus",)),
        DemoSubscriber("matkailuyritys@example.test", "sv", confirmed=12, rhythm="monthly",
                       themes=("tourism", "fisheries")),
        DemoSubscriber("partner@example.test", "et", confirmed=5, themes=("rural-development",),
                       countries=("FI", "EE")),
    ),
    inquiries=(
        DemoInquiry(
            "Külaselts Kivikülad (fictional)", "Kadri Tamm", "kadri.tamm@example.ee", "EE",
            "We are a village association in Lääne-Viru county and are preparing a Leader cooperation project on "
            "craft and food tourism. We look for a Finnish village association on the coast to exchange visits "
            "and build a shared route. Could you put us in touch with villages in Kymenlaakso?",
            themes=("village-action", "community-tourism")),
    ),
)

KESKI_SUOMI = DemoSharing(
    opportunities=(
        DemoOpportunity(
            "call",
            {"fi": "Interreg Europe: viides hakukierros", "sv": "Interreg Europe: femte ansökningsomgången",
             "en": "Interreg Europe: the fifth call", "et": "Interreg Europe: viies taotlusvoor"},
            {"fi": "Alueiden kehittämispolitiikkaa parantavat yhteistyöhankkeet. Liitto kokoaa maakunnan "
                   "hakijoita ja kertoo kumppanialueiden kiinnostuksesta biotalouteen ja koulutukseen.",
             "en": "Cooperation projects that improve regional development policy. The Council brings the "
                   "region's applicants together and tells of partner regions' interest in the bioeconomy and "
                   "education.",
             "sv": "Samarbetsprojekt som förbättrar den regionala utvecklingspolitiken. Förbundet samlar landskapets "
                   "sökande och berättar om partnerregionernas intresse för bioekonomi och utbildning.",
             "et": "Koostööprojektid, mis parandavad regionaalarengu poliitikat. Maakonnaliit toob kokku maakonna "
                   "taotlejad ja annab teada partnerpiirkondade huvist biomajanduse ja hariduse vastu."},
            published=-9, deadline=24, programme="interreg-europe",
            themes=("research-innovation", "environment"), countries=("FI", "DK", "NL", "ES")),
        DemoOpportunity(
            "call",
            {"fi": "Horizon Europe: metsäbiotalouden innovaatiot",
             "en": "Horizon Europe: forest bioeconomy innovations",
             "sv": "Horizon Europe: innovationer inom skogsbioekonomin",
             "et": "Horizon Europe: metsapõhise biomajanduse innovatsioonid"},
            {"fi": "Klusteri 6:n haku metsäpohjaisten tuotteiden ja palvelujen kehittämiseen. Liitto auttaa "
                   "kumppanien löytämisessä ERRIN-verkoston kautta.",
             "en": "A Cluster 6 call to develop forest-based products and services. The Council helps find "
                   "partners through the ERRIN network.",
             "sv": "En utlysning inom kluster 6 för att utveckla skogsbaserade produkter och tjänster. Förbundet "
                   "hjälper till att hitta partner via ERRIN-nätverket.",
             "et": "Klastri 6 taotlusvoor metsapõhiste toodete ja teenuste arendamiseks. Maakonnaliit aitab leida "
                   "partnereid ERRIN-võrgustiku kaudu."},
            published=-4, deadline=45, programme="horizon-europe",
            themes=("research-innovation", "energy", "environment")),
        DemoOpportunity(
            "call",
            {"fi": "Erasmus+ ammatillisen koulutuksen kumppanuudet",
             "en": "Erasmus+ partnerships in vocational education",
             "sv": "Erasmus+ partnerskap inom yrkesutbildningen",
             "et": "Erasmus+ koostööpartnerlused kutsehariduses"},
            {"fi": "Oppilaitokset voivat hakea tukea yhteistyökumppanuuksiin. Liitto tukee koulutusviennin "
                   "yhteistyötä EduCluster Finlandin kanssa.",
             "en": "Schools can apply for cooperation partnerships. The Council supports education export "
                   "cooperation together with EduCluster Finland.",
             "sv": "Läroanstalter kan söka stöd för samarbetspartnerskap. Förbundet stöder samarbetet kring "
                   "utbildningsexport tillsammans med EduCluster Finland.",
             "et": "Õppeasutused saavad taotleda toetust koostööpartnerlusteks. Maakonnaliit toetab hariduse "
                   "ekspordi koostööd koos EduCluster Finlandiga."},
            published=-2, deadline=70, programme="erasmus-plus", themes=("education-export", "youth")),
        DemoOpportunity(
            "partner_request",
            {"fi": "Tanskalainen kunta etsii suomalaista kumppania biokaasuhankkeeseen",
             "en": "A Danish municipality seeks a Finnish partner for a biogas project",
             "sv": "En dansk kommun söker en finländsk partner för ett biogasprojekt",
             "et": "Taani omavalitsus otsib Soome partnerit biogaasiprojekti"},
            {"fi": "Keski-Jyllannin kunta valmistelee Interreg Europe -hanketta maatilojen biokaasusta ja etsii "
                   "suomalaista aluetta, jolla on kokemusta energianeuvonnasta. Yhteyshenkilö: Mette Sørensen, "
                   "mette.sorensen@example.dk.",
             "en": "A municipality in Central Jutland is preparing an Interreg Europe project on farm biogas and "
                   "seeks a Finnish region with experience of energy advice. Contact: Mette Sørensen, "
                   "mette.sorensen@example.dk.",
             "sv": "En kommun i Mittjylland förbereder ett Interreg Europe-projekt om biogas på gårdar och söker en "
                   "finländsk region med erfarenhet av energirådgivning. Kontaktperson: Mette Sørensen, "
                   "mette.sorensen@example.dk.",
             "et": "Kesk-Jüütimaa omavalitsus valmistab ette Interreg Europe projekti talude biogaasist ja otsib "
                   "Soome piirkonda, kellel on kogemusi energianõustamisega. Kontaktisik: Mette Sørensen, "
                   "mette.sorensen@example.dk."},
            published=-6, deadline=28, programme="interreg-europe", themes=("energy", "environment"),
            countries=("DK",)),
        DemoOpportunity(
            "news",
            {"fi": "Keski-Suomi mukaan eurooppalaiseen innovaatiolaaksojen verkostoon",
             "sv": "Mellersta Finland med i ett europeiskt nätverk av innovationsdalar",
             "en": "Central Finland joins a European network of innovation valleys",
             "et": "Kesk-Soome liitub Euroopa innovatsiooniorgude võrgustikuga"},
            {"fi": "Maakunnan yliopisto, ammattikorkeakoulu ja yritykset tekevät yhteistyötä kuuden muun alueen "
                   "kanssa metsäbiotalouden ja digitaalisten palvelujen kokeiluissa.",
             "en": "The region's university, university of applied sciences and companies work with six other "
                   "regions on trials of the forest bioeconomy and digital services.",
             "sv": "Landskapets universitet, yrkeshögskola och företag samarbetar med sex andra regioner i försök "
                   "inom skogsbioekonomi och digitala tjänster.",
             "et": "Maakonna ülikool, rakenduskõrgkool ja ettevõtted teevad kuue teise piirkonnaga koostööd "
                   "metsapõhise biomajanduse ja digitaalsete teenuste katsetustes."},
            published=-3, themes=("research-innovation",), countries=("FI", "BE")),
        DemoOpportunity(
            "news",
            {"fi": "Nuorten Eurooppa-foorumin tulokset julkaistu", "en": "The results of the Young Europeans' forum",
             "sv": "Resultaten från de unga européernas forum har publicerats",
             "et": "Noorte eurooplaste foorumi tulemused"},
            {"fi": "Opiskelijat esittivät liitolle kymmenen ehdotusta kansainvälisen toiminnan kehittämiseksi.",
             "en": "Students gave the Council ten proposals for its international work.",
             "sv": "Studerande gav förbundet tio förslag för att utveckla dess internationella verksamhet.",
             "et": "Üliõpilased tegid maakonnaliidule kümme ettepanekut rahvusvahelise tegevuse arendamiseks."},
            published=-15, themes=("youth", "eu-information")),
        DemoOpportunity(
            "event",
            {"fi": "Horizon Europe -infopäivä Jyväskylässä", "en": "Horizon Europe information day in Jyväskylä",
             "sv": "Informationsdag om Horizon Europe i Jyväskylä",
             "et": "Horizon Europe teabepäev Jyväskyläs"},
            {"fi": "Tulevat haut, kumppanihaku ja hakemuksen kirjoittaminen. Mukana Brysselin aluetoimiston "
                   "asiantuntija.",
             "en": "The coming calls, finding partners and writing the application, with an expert of the "
                   "Brussels regional office.",
             "sv": "Kommande utlysningar, att hitta partner och att skriva ansökan. Med är en expert från "
                   "regionkontoret i Bryssel.",
             "et": "Tulevased taotlusvoorud, partnerite leidmine ja taotluse kirjutamine. Osaleb Brüsseli "
                   "piirkondliku büroo ekspert."},
            published=-10, starts=19, location="Jyväskylä", programme="horizon-europe",
            themes=("research-innovation",), countries=("FI",)),
        DemoOpportunity(
            "internship", internship="Kansainvälinen harjoittelija: EU-rahoitusmahdollisuuksien kartoitus",
            published=-20),
    ),
    subscribers=(
        DemoSubscriber("kehitysyhtio@example.test", "fi", confirmed=60, themes=("research-innovation", "energy"),
                       programmes=("horizon-europe", "interreg-europe")),
        DemoSubscriber("oppilaitos@example.test", "fi", confirmed=33, rhythm="monthly",
                       themes=("education-export", "youth"), programmes=("erasmus-plus",)),
        DemoSubscriber("international.office@example.test", "en", confirmed=9, rhythm="at_once",
                       themes=("research-innovation", "creative-economy"), countries=("DK", "NL")),
    ),
    inquiries=(
        DemoInquiry(
            "Gemeente Voorbeeld (fictional)", "Sanne de Vries", "sanne.devries@example.nl", "NL",
            "Our municipality is preparing an Interreg Europe project on the circular bioeconomy of small towns and "
            "looks for a Finnish regional partner. Would the Regional Council of Central Finland be interested, or "
            "could you suggest a municipality?",
            themes=("environment", "research-innovation"), status="in_progress"),
    ),
)
