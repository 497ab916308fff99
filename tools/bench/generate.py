#!/usr/bin/env python3
"""Benchmark listings for Jobdesk: tools/bench/generate.py --count N [--seed S] OUT.jsonl

Writes N JSON Lines records in the shape `jobdesk import` reads (field names of
models/import/jsonrecordmapper.cpp). Deterministic: the same arguments and the same input files give
a byte-identical file. Stdlib only; it streams, so a million listings take minutes, not memory.

Realism, cheaply:
- descriptions (2-5 KB of HTML, a fifth as plain text) are sentences sampled from the real postings
  under ../shared/data/listings (HTML stripped, 40-300 characters), with requirement and nice-to-have
  lists naming skills from resources/skills/skills.tsv; skills are drawn Zipf-like, ranked by how often
  the real postings name them, so common skills are common;
- about N/20 companies with a long tail (Zipf: the first has thousands of listings at N = 1M), each in
  one country with its cities; remote labels; workplace and employment type;
- salaries in varied formats and currencies (ranges, k, hourly, monthly, lakh), ~40% without one;
- date_posted over the 365 days before 2026-12-01, denser towards that day;
- unique URLs, except that every 100th record (index 99, 199, ...) repeats an earlier line exactly, so
  an import of N records stores N - N // 100 listings and reports N // 100 duplicates.
"""

import argparse
import bisect
import csv
import html
import itertools
import json
import random
import re
import sys
from collections import Counter, deque
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "data" / "listings"
TAXONOMY = REPO / "resources" / "skills" / "skills.tsv"
REFERENCE_DAY = date(2026, 12, 1)
DUPLICATE_EVERY = 100
DESC_MIN, DESC_MAX = 2000, 5000

# --- Sentences from the real postings ----------------------------------------------------------------

DESCRIPTION_COLUMNS = {"description", "job_description", "job description", "html_description"}
TAG = re.compile(r"<[^>]+>")
SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])|\s*\n+\s*|\s*[•·▪●]\s*")
NOISE = re.compile(r"https?://|www\.|@|\{|\}|\\u|=")


def corpus_texts():
    """Every description in the corpus, in a fixed order (sorted paths, file order)."""
    csv.field_size_limit(sys.maxsize)
    for path in sorted(CORPUS.rglob("*")):
        if path.suffix == ".csv":
            with path.open(encoding="utf-8", errors="replace", newline="") as f:
                reader = csv.reader(f)
                header = next(reader, [])
                columns = [i for i, name in enumerate(header) if name.strip().lower() in DESCRIPTION_COLUMNS]
                for row in reader:
                    for i in columns:
                        if i < len(row) and row[i]:
                            yield row[i]
        elif path.suffix == ".json":
            records = json.loads(path.read_text(encoding="utf-8"))
            for record in records if isinstance(records, list) else []:
                text = record.get("html_description") or record.get("description")
                if isinstance(text, str):
                    yield text


def load_sentences():
    sentences = {}
    for text in corpus_texts():
        text = html.unescape(TAG.sub("\n", text)).replace("\r", "\n")
        for piece in SPLIT.split(text):
            piece = " ".join(piece.split())
            if 40 <= len(piece) <= 300 and not NOISE.search(piece) and piece[0].isupper():
                sentences.setdefault(piece, None)
    if not sentences:
        sys.exit(f"generate.py: no sentences found under {CORPUS}")
    return list(sentences)


# --- Skills, ranked by how often the real postings name them -----------------------------------------

TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9+#.]*")


def tokens(text):
    return [t.rstrip(".") for t in TOKEN.findall(text)]


def load_skills(sentences):
    rows = []
    with TAXONOMY.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            aliases = [a for a in row["aliases"].split("|") if a]
            rows.append((row["name"], aliases))
    def ngrams(words):
        counts = Counter(words)
        counts.update(zip(words, words[1:]))
        counts.update(zip(words, words[1:], words[2:]))
        return counts

    words = tokens(" \n ".join(sentences))
    exact, folded = ngrams(words), ngrams([w.lower() for w in words])

    def frequency(name):
        # "IMPACT", "SAN", "SOLID" are skills only when written so, not the everyday words.
        cased = name not in (name.lower(), name.capitalize())
        key = tokens(name if cased else name.lower())
        if not 0 < len(key) <= 3:
            return 0
        return (exact if cased else folded).get(key[0] if len(key) == 1 else tuple(key), 0)

    ranked = [(frequency(n), n, a) for n, a in rows]
    named = sorted((r for r in ranked if r[0] > 0), key=lambda r: (-r[0], r[1]))
    unnamed = [r for r in ranked if r[0] == 0]
    random.Random(7).shuffle(unnamed)  # the tail's order: fixed, but not alphabetical
    return [(n, a) for _, n, a in named + unnamed]


def zipf_cumulative(count, exponent=1.0):
    return list(itertools.accumulate(1.0 / (rank + 1) ** exponent for rank in range(count)))


# --- Companies, places, titles, money ----------------------------------------------------------------

SYLLABLES = ("ka ro mi ta ne lo vi sa du fe ri zo an el or ba ce de go hu ja ku le mo nu pa qui ra se "
             "ti ul ve wa xo ya zen bri cor dal fen gar hol lin mar nor pel quar ros sil tor val").split()
SECOND_WORDS = ("", "", "", "Data", "Labs", "Systems", "Health", "Cloud", "Software", "Analytics", "Works",
                "Digital", "Logistics", "Energy", "Bank", "Media", "Robotics", "Security", "Mobility", "Games")
SUFFIXES = ("", "", "Inc.", "Ltd", "GmbH", "B.V.", "S.A.", "sp. z o.o.", "LLC", "AG", "Group", "Technologies")

COUNTRIES = {  # country: (cities, salary styles, remote label)
    "US": (["New York, NY", "San Francisco, CA", "Austin, TX", "Seattle, WA", "Boston, MA", "Chicago, IL",
            "Denver, CO", "Atlanta, GA", "Raleigh, NC", "Los Angeles, CA"], "usd", "Remote (US)"),
    "UK": (["London, UK", "Manchester, UK", "Edinburgh, UK", "Bristol, UK", "Cambridge, UK"], "gbp",
           "Remote (UK)"),
    "DE": (["Berlin, Germany", "München, Germany", "Hamburg, Germany", "Köln, Germany",
            "Frankfurt am Main, Germany", "Stuttgart, Germany"], "eur", "Remote (Germany)"),
    "NL": (["Amsterdam, Netherlands", "Rotterdam, Netherlands", "Utrecht, Netherlands"], "eur", "Remote (EU)"),
    "FR": (["Paris, France", "Lyon, France", "Toulouse, France", "Nantes, France"], "eur", "Remote (EU)"),
    "ES": (["Madrid, Spain", "Barcelona, Spain", "Valencia, Spain", "Málaga, Spain"], "eur", "Remote (Spain)"),
    "PL": (["Warszawa, Poland", "Kraków, Poland", "Wrocław, Poland", "Gdańsk, Poland"], "pln", "Remote (Poland)"),
    "UA": (["Kyiv, Ukraine", "Lviv, Ukraine", "Kharkiv, Ukraine", "Dnipro, Ukraine"], "uah", "Remote (Ukraine)"),
    "CA": (["Toronto, ON, Canada", "Vancouver, BC, Canada", "Montréal, QC, Canada"], "cad", "Remote – Canada"),
    "IN": (["Bengaluru, India", "Pune, India", "Hyderabad, India", "Chennai, India"], "inr", "Remote (India)"),
    "CH": (["Zürich, Switzerland", "Geneva, Switzerland", "Basel, Switzerland"], "chf", "Remote (EU)"),
    "BR": (["São Paulo, Brazil", "Rio de Janeiro, Brazil"], "brl", "Anywhere"),
}
COUNTRY_WEIGHTS = {"US": 30, "UK": 10, "DE": 12, "NL": 5, "FR": 5, "ES": 4, "PL": 8, "UA": 6, "CA": 6, "IN": 8,
                   "CH": 3, "BR": 3}
# Mid-level yearly pay in the country's currency.
BASE_PAY = {"usd": 130000, "gbp": 60000, "eur": 62000, "pln": 220000, "uah": 1900000, "cad": 105000,
            "inr": 1800000, "chf": 115000, "brl": 180000}

SENIORITY = [("Junior ", 0.7, 10), ("", 1.0, 30), ("Senior ", 1.3, 25), ("Lead ", 1.45, 7), ("Staff ", 1.55, 4),
             ("Principal ", 1.7, 3), ("Distinguished ", 1.8, 1), ("", 0.45, 2)]  # last: interns (title below)
FAMILIES = [  # (roles, core skills of the family)
    (["Backend Engineer", "Backend Developer", "Software Engineer", "Java Developer", "Python Developer",
      "Go Engineer", ".NET Developer"], ["Java", "Python", "Go", "PostgreSQL", "Kubernetes", "REST"]),
    (["Frontend Engineer", "Frontend Developer", "React Developer", "UI Engineer"],
     ["JavaScript", "TypeScript", "React", "CSS", "HTML"]),
    (["Full-Stack Engineer", "Full Stack Developer", "Product Engineer"], ["TypeScript", "React", "Node.js"]),
    (["Data Scientist", "Machine Learning Engineer", "Data Analyst", "Data Engineer", "Analytics Engineer"],
     ["Python", "SQL", "Machine learning", "Spark", "Tableau", "R"]),
    (["DevOps Engineer", "Site Reliability Engineer", "Platform Engineer", "Cloud Engineer"],
     ["AWS", "Kubernetes", "Terraform", "Docker", "Linux"]),
    (["iOS Developer", "Android Developer", "Mobile Engineer"], ["Swift", "Kotlin", "Flutter"]),
    (["Embedded Software Engineer", "Firmware Engineer", "C++ Developer"], ["C++", "C", "Linux", "Qt"]),
    (["QA Engineer", "Test Automation Engineer"], ["Selenium", "Cypress", "Python"]),
    (["Security Engineer", "Cloud Security Engineer"], ["AWS", "Linux", "Python"]),
    (["Product Manager", "Engineering Manager", "Project Manager"], ["Agile", "Jira", "Scrum"]),
]
TEAMS = ["", "", "", " (Payments)", " – Platform", " (Data Platform)", ", Growth", " (Search)", " – Mobile",
         " (Remote)", ", Core API", " (Contract)"]
EMPLOYMENT = [("FULL_TIME", 80), ("CONTRACTOR", 9), ("PART_TIME", 5), ("TEMPORARY", 3), ("INTERN", 3)]
SOURCES = ["LinkedIn", "Indeed", "Glassdoor", "Remotive", "company site", "Stack Overflow Jobs", "djinni"]
HOSTS = ["https://jobs.example.com/{slug}/{n}", "https://careers.example.org/{slug}/jobs/{n}?utm_source=bench",
         "https://www.example.net/job/{n}-{slug}"]
REQUIREMENT = ["Experience with {}", "Solid knowledge of {}", "{} (3+ years)", "Hands-on experience with {} and {}",
               "You have shipped production code in {}", "Familiarity with {}, {} or similar tools",
               "Strong skills in {}"]
PROSE = ["Our stack includes {}, {} and {}.", "You will work mostly with {} and {}.",
         "Day to day we use {}; knowing {} helps.", "The team relies on {} for most of its work."]


def company_names(rng, count):
    seen = set()
    while len(seen) < count:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 2, 3)))).capitalize()
        name = " ".join(p for p in (word, rng.choice(SECOND_WORDS), rng.choice(SUFFIXES)) if p)
        if name not in seen:
            seen.add(name)
            yield name


def make_companies(rng, count):
    countries, weights = zip(*COUNTRY_WEIGHTS.items())
    companies = []
    for name in company_names(rng, count):
        country = rng.choices(countries, weights)[0]
        cities = rng.sample(COUNTRIES[country][0], k=min(len(COUNTRIES[country][0]), rng.choice((1, 1, 2, 3))))
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        companies.append((name, slug, country, cities, rng.random()))  # last: how remote-friendly
    return companies


def money(n, currency):
    if currency == "inr":  # Indian grouping: 18,00,000
        s = str(int(n))
        head, tail = s[:-3], s[-3:]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        return ",".join(([head] if head else []) + groups + [tail])
    return f"{int(n):,}"


def salary_fields(rng, currency, factor):
    """Salary as a source writes it: a text in one of many formats, numeric fields, or nothing."""
    roll = rng.random()
    if roll < 0.40:
        return {}
    if roll < 0.43:
        return {"salary": rng.choice(["Competitive", "DOE", "Negotiable"])}
    yearly = BASE_PAY[currency] * factor * rng.uniform(0.8, 1.2)
    low, high = round(yearly * 0.9, -3), round(yearly * 1.15, -3)
    k_low, k_high = int(low // 1000), int(high // 1000)
    if roll < 0.50:
        return {"salary_min": low, "salary_max": high, "salary_currency": currency.upper()}
    formats = {
        "usd": lambda: [f"${money(low, 'usd')} - ${money(high, 'usd')}", f"${k_low}k–${k_high}k", f"${k_low}K/yr",
                        f"USD {money(low, 'usd')} per year", f"${round(yearly / 2080)}/hr",
                        f"${round(low / 2080)} - ${round(high / 2080)} an hour", f"up to ${money(high, 'usd')}",
                        f"from ${k_low}k"],
        "gbp": lambda: [f"£{money(low, 'gbp')} - £{money(high, 'gbp')} per annum", f"£{k_low}k",
                        f"£{round(yearly / 220)} per day"],
        "eur": lambda: [f"€{money(low, 'eur').replace(',', '.')} - €{money(high, 'eur').replace(',', '.')}",
                        f"{k_low}k-{k_high}k EUR", f"EUR {money(yearly / 12, 'eur')} per month",
                        f"{money(low, 'eur')} € brutto/year"],
        "pln": lambda: [f"{money(low / 12, 'pln').replace(',', ' ')} - {money(high / 12, 'pln').replace(',', ' ')} PLN / month",
                        f"PLN {round(low / 1800)}-{round(high / 1800)} /h"],
        "uah": lambda: [f"${round(low / 12 / 41, -2):.0f}-{round(high / 12 / 41, -2):.0f}",
                        f"{round(yearly / 12 / 41, -2):.0f} USD/month"],
        "cad": lambda: [f"CA${money(low, 'cad')}–CA${money(high, 'cad')}", f"${k_low}k - ${k_high}k CAD"],
        "inr": lambda: [f"₹{money(low, 'inr')} - ₹{money(high, 'inr')} per annum",
                        f"{round(low / 100000)}-{round(high / 100000)} LPA"],
        "chf": lambda: [f"CHF {money(low, 'chf').replace(',', chr(39))} - {money(high, 'chf').replace(',', chr(39))}"],
        "brl": lambda: [f"R${money(low / 12, 'brl').replace(',', '.')} por mês / month"],
    }
    return {"salary": rng.choice(formats[currency]())}


def posted(rng):
    day = REFERENCE_DAY - timedelta(days=int(365 * rng.random() ** 2))  # recent days denser
    if rng.random() < 0.3:
        return f"{day.isoformat()}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:00Z", day
    return day.isoformat(), day


# --- One listing -------------------------------------------------------------------------------------


class Generator:
    def __init__(self, seed, count):
        self.rng = random.Random(seed)
        self.sentences = load_sentences()
        self.escaped = [html.escape(s, quote=False) for s in self.sentences]  # escaped once, not per listing
        self.skills = load_skills(self.sentences)
        self.skill_weights = zipf_cumulative(len(self.skills), 1.05)
        known = {name.lower(): name for name, _ in self.skills}
        self.families = [(roles, [known[s.lower()] for s in core if s.lower() in known]) for roles, core in FAMILIES]
        self.companies = make_companies(self.rng, max(10, count // 20))
        self.company_weights = zipf_cumulative(len(self.companies))
        self.seniority_weights = list(itertools.accumulate(w for *_, w in SENIORITY))
        self.employment_weights = list(itertools.accumulate(w for _, w in EMPLOYMENT))

    def skill(self):
        name, aliases = self.skills[bisect.bisect(self.skill_weights, self.rng.random() * self.skill_weights[-1])]
        return self.rng.choice(aliases) if aliases and self.rng.random() < 0.1 else name

    def skill_list(self, core, count):
        picked = dict.fromkeys(self.rng.sample(core, k=min(len(core), self.rng.randint(1, 3))))
        while len(picked) < count:
            picked.setdefault(self.skill())
        return list(picked)

    def prose(self, target, sentences):
        parts, size = [], 0
        while size < target:
            paragraph = " ".join(self.rng.choices(sentences, k=self.rng.randint(2, 5)))
            parts.append(paragraph)
            size += len(paragraph) + 7
        return parts

    def description(self, core, html_output):
        rng = self.rng
        required = self.skill_list(core, rng.randint(4, 9))
        nice = [self.skill() for _ in range(rng.randint(1, 4))]
        items = []
        for i in range(0, len(required), 2):
            template = rng.choice(REQUIREMENT)
            items.append(template.format(*(required[i:i + 2] * 2)[:template.count("{}")]))
        items += [rng.choice(self.sentences) for _ in range(rng.randint(1, 3))]
        extras = [f"Experience with {s}" for s in nice]
        stack = rng.choice(PROSE)
        stack = stack.format(*[self.skill() for _ in range(stack.count("{}"))])
        fixed = sum(map(len, items + extras)) + len(stack) + 120
        paragraphs = self.prose(max(200, rng.randint(DESC_MIN, DESC_MAX) - fixed),
                                self.escaped if html_output else self.sentences)
        cut = max(1, len(paragraphs) * 2 // 3)
        head, tail = paragraphs[:cut], paragraphs[cut:]
        head[-1] += " " + (html.escape(stack, quote=False) if html_output else stack)
        if html_output:
            return ("".join(f"<p>{p}</p>" for p in head)
                    + "<h3>Requirements</h3><ul>" + "".join(f"<li>{html.escape(i, quote=False)}</li>" for i in items)
                    + "</ul><h3>Nice to have</h3><ul>" + "".join(f"<li>{html.escape(e, quote=False)}</li>" for e in extras)
                    + "</ul>" + "".join(f"<p>{p}</p>" for p in tail))
        return "\n\n".join(head + ["Requirements:\n" + "\n".join(f"- {i}" for i in items),
                                   "Nice to have:\n" + "\n".join(f"- {e}" for e in extras)] + tail)

    def record(self, number):
        rng = self.rng
        name, slug, country, cities, remote_friendly = self.companies[
            bisect.bisect(self.company_weights, rng.random() * self.company_weights[-1])]
        prefix, pay_factor, _ = SENIORITY[bisect.bisect(self.seniority_weights, rng.random() * self.seniority_weights[-1])]
        roles, core = rng.choice(self.families)
        role = rng.choice(roles)
        title = (f"{role} Intern" if pay_factor < 0.5 else prefix + role) + rng.choice(TEAMS)
        workplace = rng.choices(("remote", "hybrid", "onsite"), (remote_friendly, 0.4, 0.6 - remote_friendly / 2))[0]
        _, currency, remote_label = COUNTRIES[country]
        locations = [remote_label] if workplace == "remote" else rng.sample(cities, k=rng.choice((1, 1, 1, len(cities))))
        date_text, day = posted(rng)
        employment = EMPLOYMENT[bisect.bisect(self.employment_weights, rng.random() * self.employment_weights[-1])][0]
        record = {"title": title, "company": name, "locations": locations}
        if rng.random() < 0.85:  # the rest leave it to inference from location and title
            record["workplace"] = workplace
        record["employment_type"] = employment
        record.update(salary_fields(rng, currency, pay_factor))
        record["date_posted"] = date_text
        if rng.random() < 0.3:
            record["valid_through"] = (day + timedelta(days=rng.choice((30, 45, 60)))).isoformat()
        record["url"] = rng.choice(HOSTS).format(slug=slug, n=number)
        record["source"] = rng.choice(SOURCES)
        html_output = rng.random() < 0.8
        text = self.description(core, html_output)
        record["description_html" if html_output else "description"] = text
        if rng.random() < 0.15:
            record["skills"] = self.skill_list(core, rng.randint(3, 6))
        return json.dumps(record, ensure_ascii=False) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--seed", type=int, default=20261201)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    generator = Generator(args.seed, args.count)
    print(f"generate.py: {len(generator.sentences)} sentences, {len(generator.skills)} skills, "
          f"{len(generator.companies)} companies", file=sys.stderr)
    recent = deque(maxlen=2000)
    duplicates = 0
    with args.out.open("w", encoding="utf-8", newline="\n", buffering=1 << 20) as out:
        for i in range(args.count):
            if i % DUPLICATE_EVERY == DUPLICATE_EVERY - 1:
                line = generator.rng.choice(recent)
                duplicates += 1
            else:
                line = generator.record(i + 1)
                recent.append(line)
            out.write(line)
            if (i + 1) % 100000 == 0:
                print(f"generate.py: {i + 1} records", file=sys.stderr)
    print(f"generate.py: {args.count} records, {duplicates} exact duplicates -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
