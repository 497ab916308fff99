#!/usr/bin/env python3
"""Builds Jobdesk's shipped skills dictionary from openly licensed taxonomies.

    tools/build-taxonomy.py [--data DIR] [--out DIR] [--check] [--quiet]

Reads ../shared/data/taxonomy (GitHub Linguist, GitHub Explore topics, O*NET Technology Skills, ESCO)
and writes resources/skills/skills.tsv and resources/skills/ATTRIBUTION.md. The output depends only on
the input files and the tables in tools/taxonomy_tables.py, so running it twice gives the same bytes;
--check compares with the committed files instead of writing them (exit status 1 when they differ).

skills.tsv: UTF-8, one skill per line after a header line, four tab-separated columns:
    name        canonical name, unique ignoring case
    category    language framework database cloud tooling data practice soft domain other
    aliases     other spellings joined by '|'; no alias equals another skill's name or alias
    sources     where the skill came from: curated linguist github-topics onet esco, joined by ','

Python 3.11 standard library only. docs/skills.md ("Taxonomy") describes the choices.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in tools/
sys.path.insert(0, str(Path(__file__).resolve().parent))
import taxonomy_tables as T  # noqa: E402  (the curated tables live beside this script)

REPO = Path(__file__).resolve().parent.parent
CATEGORIES = ("language", "framework", "database", "cloud", "tooling", "data", "practice", "soft", "domain",
              "other")
# Lower rank wins: it decides a merged skill's spelling and category and keeps a contested alias.
RANK = {"curated": 0, "linguist": 1, "github-topics": 2, "onet": 3, "esco": 4}


def clean(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def key(text: str) -> str:
    """How names and aliases are compared: case and runs of blanks do not matter (SQLite compares the
    stored names with NOCASE, which folds ASCII only; folding more here is stricter, never looser)."""
    return clean(text).casefold()


def words_of_slug(slug: str) -> str:
    return clean(slug.replace("-", " ").replace("_", " "))


def warn(message: str) -> None:
    print(message, file=sys.stderr)


# ---------------------------------------------------------------------------------------------------
# The dictionary being built.

@dataclass
class Candidate:
    """A skill as one source names it. `merge_keys` are other names under which it is the same skill
    as one already known (a vendor-less product name, a topic's slug); its aliases never merge."""
    name: str
    category: str
    source: str
    aliases: list[str] = field(default_factory=list)
    merge_keys: list[str] = field(default_factory=list)
    create: bool = True  # False: only enrich a skill another source already has
    # Names it is known by that only join a skill an earlier source brought: O*NET's "Microsoft High
    # Level Shader Language HLSL" is Linguist's HLSL, but two O*NET tools sharing an acronym stay apart.
    lookup_keys: list[str] = field(default_factory=list)


@dataclass
class Skill:
    name: str
    category: str
    rank: int
    sources: set[str] = field(default_factory=set)
    aliases: dict[str, tuple[int, str]] = field(default_factory=dict)  # key -> (rank, spelling)


class Dictionary:
    def __init__(self) -> None:
        self.skills: dict[str, Skill] = {}  # key(name) -> skill
        # Other names a later candidate may merge under: the curated aliases and every candidate's
        # merge keys (first come, first served). Aliases in general are not merge targets: sources
        # give aliases that are broader or narrower than the skill.
        self.index: dict[str, str] = {}
        self.conflicts: list[str] = []

    def find(self, names: list[str]) -> Skill | None:
        for name in names:
            k = key(name)
            if k in self.skills:
                return self.skills[k]
            if k in self.index:
                return self.skills[self.index[k]]
        # "Algorithm" and "Algorithms", "Operating system" and "Operating systems" are one skill.
        for name in names[:2]:
            k = key(name)
            other = k[:-1] if k.endswith("s") else k + "s"
            if len(k) > 4 and other in self.skills:
                return self.skills[other]
            if len(k) > 4 and other in self.index:
                return self.skills[self.index[other]]
        return None

    def add(self, c: Candidate) -> None:
        rank = RANK[c.source]
        if key(c.name) in T.DROP_NAMES and c.source != "curated":
            return
        renamed = T.RENAME.get(key(c.name))
        names = ([renamed] if renamed else []) + [c.name] + c.merge_keys
        skill = self.find(names)
        if skill is None:
            earlier = [self.skills[key(k)] for k in c.lookup_keys
                       if key(k) in self.skills and self.skills[key(k)].rank < rank]
            skill = earlier[0] if earlier else None
        if skill is None:
            if not c.create:
                return
            skill = Skill(renamed or c.name, c.category, rank)
            self.skills[key(skill.name)] = skill
        elif rank < skill.rank:
            skill.rank = rank
        if skill.name.islower() and not c.name.islower() and key(c.name) == key(skill.name) \
                and "curated" not in skill.sources:
            skill.name = c.name  # "nginx" from one source, "Nginx" from another: keep the capitals
        skill.sources.add(c.source)
        for alias in [c.name] + c.aliases:
            self.add_alias(skill, alias, rank)
        for other in (c.aliases if c.source == "curated" else []) + [c.name] + c.merge_keys:
            self.index.setdefault(key(other), key(skill.name))

    @staticmethod
    def add_alias(skill: Skill, alias: str, rank: int) -> None:
        alias = clean(alias)
        k = key(alias)
        if not alias or k == key(skill.name):
            return
        if rank > 0 and not alias_is_usable(alias):
            return
        old = skill.aliases.get(k)
        if old is None or rank < old[0]:
            skill.aliases[k] = (rank, alias)

    def resolve(self) -> None:
        """Applies the category overrides and makes aliases unambiguous: an alias that is another
        skill's name is dropped; an alias two skills claim stays with the better-ranked claim (the
        curated table first, then the source order, then the name)."""
        for k, category in T.CATEGORY.items():
            if k in self.skills:
                self.skills[k].category = category
        for k in T.DROP_ALIASES:
            for skill in self.skills.values():
                skill.aliases.pop(k, None)
        claims: dict[str, list[Skill]] = defaultdict(list)
        for skill in self.skills.values():
            for k in list(skill.aliases):
                if k in self.skills and self.skills[k] is not skill:
                    self.conflicts.append(f"alias {skill.aliases[k][1]!r} of {skill.name!r} dropped: "
                                          f"it is the skill {self.skills[k].name!r}")
                    del skill.aliases[k]
                else:
                    claims[k].append(skill)
        for k, owners in sorted(claims.items()):
            if len(owners) < 2:
                continue
            owners.sort(key=lambda s: (s.aliases[k][0], s.rank, key(s.name)))
            for loser in owners[1:]:
                self.conflicts.append(f"alias {loser.aliases[k][1]!r} of {loser.name!r} dropped: "
                                      f"{owners[0].name!r} keeps it")
                del loser.aliases[k]

    def rows(self) -> list[tuple[str, str, list[str], list[str]]]:
        result = []
        for skill in self.skills.values():
            aliases = sorted((spelling for _, spelling in skill.aliases.values()), key=lambda a: (key(a), a))
            sources = sorted(skill.sources, key=lambda s: RANK[s])
            result.append((skill.name, skill.category, aliases, sources))
        result.sort(key=lambda r: (key(r[0]), r[0]))
        return result


def alias_is_usable(alias: str) -> bool:
    """Aliases taken from the sources (the curated table is trusted): long enough not to be noise,
    not a plain word that would match everywhere, nothing that breaks the file format."""
    if len(alias) < 3 or len(alias) > 60 or any(ch in alias for ch in "|\t\n"):
        return False
    if not re.search(r"[A-Za-z]", alias):
        return False
    return key(alias) not in T.COMMON_WORDS


# ---------------------------------------------------------------------------------------------------
# GitHub Linguist: languages.yml, read with a small parser for the fields used (no PyYAML here).

def read_linguist(path: Path) -> list[dict]:
    languages: list[dict] = []
    current: dict | None = None
    field_name = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("---"):
            continue
        top = re.match(r"^(\S.*):\s*$", line)
        if top:
            current = {"name": unquote(top.group(1)), "aliases": [], "type": "", "group": ""}
            languages.append(current)
            field_name = None
            continue
        if current is None:
            continue
        scalar = re.match(r"^  ([a-z_]+):\s*(.*)$", line)
        if scalar:
            field_name = scalar.group(1)
            if field_name in ("type", "group"):
                current[field_name] = unquote(scalar.group(2))
            continue
        item = re.match(r"^  - (.*)$", line)
        if item and field_name == "aliases":
            current["aliases"].append(unquote(item.group(1)))
    return languages


def unquote(text: str) -> str:
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        text = text[1:-1]
    return text


def linguist_candidates(path: Path) -> list[Candidate]:
    result = []
    for lang in read_linguist(path):
        name = lang["name"]
        kind = lang["type"]
        if kind == "programming":
            # Dialects and embeddings (group: Shell, "HTML+ERB") are not skills of their own.
            if lang["group"] and lang["group"] != name and key(name) not in T.LINGUIST_KEEP:
                continue
        elif key(name) not in T.LINGUIST_KEEP:
            continue  # markup, data and prose formats only where listings name them
        if key(name) in T.LINGUIST_SKIP:
            continue
        aliases = [a for a in lang["aliases"] if key(a) not in T.LINGUIST_ALIAS_SKIP]
        result.append(Candidate(name, "language", "linguist", aliases))
    return result


# ---------------------------------------------------------------------------------------------------
# GitHub Explore topics: topics.json (display name, slug, aliases as slugs).

TOPIC_ALIAS_NOISE = re.compile(
    r"(^|-)(api|apis|app|apps|application|applications|library|libraries|lib|plugin|plugins|extension|"
    r"extensions|theme|themes|template|templates|tutorial|tutorials|example|examples|project|projects|bot|"
    r"bots|client|clients|module|modules|package|packages|wrapper|docs|resources|solutions|challenges|"
    r"questions|game|games|experiments|models|website|site|config|configs|list|lists|server|cli|sdk|"
    r"component|components|boilerplate|starter|demo|addon|addons|mod|mods|icons|snippets)(-|$)")


def topic_candidates(path: Path) -> list[Candidate]:
    topics = json.loads(path.read_text(encoding="utf-8"))
    result = []
    for t in sorted(topics, key=lambda t: t["topic"]):
        slug = t["topic"]
        if slug in T.TOPIC_DROP or topic_is_not_a_skill(t):
            continue
        display = clean(t.get("display_name") or slug)
        aliases: list[str] = []
        paren = re.match(r"^(.*?)\s*\(([^)]*)\)$", display)
        if paren:
            if "disambiguation" in paren.group(2).lower():
                continue
            display = paren.group(1)
            # "(SEO)", "(Transport Layer Security)" name the skill; "(Pipelines)" does not
            if re.search(r"[A-Z]", paren.group(2)[1:]) or " " in paren.group(2):
                aliases.append(paren.group(2))
        name = T.TOPIC_NAME.get(slug, display)
        slug_words = words_of_slug(slug)
        stem = re.sub(r"[^a-z]", "", slug)
        for raw in [slug] + split_list(t.get("aliases")):
            if TOPIC_ALIAS_NOISE.search(raw) or re.search(r"\d{3,}", raw) \
                    or re.sub(r"[^a-z]", "", re.sub(r"[\d.-]+$", "", raw)) == stem and re.search(r"\d$", raw):
                continue  # react-native-app, ubuntu1604, laravel10, python-3
            aliases.append(words_of_slug(raw) if "-" in raw else raw)
        # A topic's own aliases come last: "Algorithm" (alias "algorithms") joins "Algorithms" only when
        # no skill carries one of its own names.
        merge_keys = [display, slug_words, slug] + aliases
        result.append(Candidate(name, topic_category(t), "github-topics", aliases, merge_keys))
    return result


def split_list(value) -> list[str]:
    if not value or value == "None":
        return []
    return [clean(v) for v in str(value).split(",") if clean(v) and clean(v) != "None"]


TOPIC_NOT_SKILL = re.compile(
    r"\b(video game|role-playing game|game genre|genre of|subgenre|a game (where|in which)|board game|"
    r"university|college|hackathon|game jam|competition|conference|festival|cryptocurrency|"
    r"social network|streaming service|television|anime|manga|religion|sexual|gender identity|"
    r"city in|capital of|non-profit organization|nonprofit organization)\b", re.I)


def topic_is_not_a_skill(t: dict) -> bool:
    slug = t["topic"]
    if slug.endswith("-game") or slug.startswith("game-") and slug not in ("game-development", "game-engine"):
        return True
    text = f"{t.get('display_name', '')} {t.get('short_description', '')}"
    return bool(TOPIC_NOT_SKILL.search(text)) and slug not in T.TOPIC_CATEGORY


TOPIC_RULES = [  # (category, pattern over the short description), first match wins
    ("language", r"\b(programming language|scripting language|query language|markup language|"
                 r"stylesheet language|shading language|hardware description language)\b"),
    ("database", r"\b(database|data store|datastore|key-value store)\b"),
    ("data", r"\b(machine learning|deep learning|neural network|data science|data analysis|"
             r"statistic\w*|dataframe|data visuali[sz]ation|artificial intelligence|language model)\b"),
    ("cloud", r"\b(cloud|platform as a service|serverless|hosting|operating system|linux distribution)\b"),
    ("framework", r"\b(framework|library|toolkit|runtime|sdk|orm|ui kit|component)\b"),
    ("tooling", r"\b(tool|editor|ide|build|compiler|version control|package manager|linter|formatter|"
                r"container|orchestrat\w*|automation|monitoring|ci\b|continuous)\b"),
    ("practice", r"\b(practice|methodology|method|technique|approach|pattern|principle|paradigm|"
                 r"process|testing|development|design)\b"),
]


def topic_category(t: dict) -> str:
    slug = t["topic"]
    if slug in T.TOPIC_CATEGORY:
        return T.TOPIC_CATEGORY[slug]
    text = clean(t.get("short_description") or "")
    for category, pattern in TOPIC_RULES:
        if re.search(pattern, text, re.I):
            return category
    # A named product (it has a home page or a repository) is a tool; a concept is a domain.
    return "tooling" if t.get("url") or t.get("github_url") else "domain"


# ---------------------------------------------------------------------------------------------------
# O*NET Technology Skills: examples of tools per occupation, with Hot Technology / In Demand flags.

# "SQL", "EC2", "J2EE", "PL/SQL", "(IIS)"; not "ArcGIS" or "ActiveX" (a run of small letters).
ACRONYM = re.compile(r"^\(?([A-Z](?:[A-Z0-9+#&/.\-]|[a-z](?![a-z]))*[A-Z0-9+#])\)?$")


def read_onet(path: Path) -> dict[str, dict]:
    examples: dict[str, dict] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            e = examples.setdefault(clean(row["Example"]), {"commodities": Counter(), "hot": False,
                                                            "demand": False, "occupations": set()})
            e["commodities"][row["Commodity Title"]] += 1
            e["hot"] |= row["Hot Technology"] == "Y"
            e["demand"] |= row["In Demand"] == "Y"
            e["occupations"].add(row["O*NET-SOC Code"])
    return examples


def onet_candidates(path: Path) -> list[Candidate]:
    result = []
    for example, e in sorted(read_onet(path).items()):
        # Most frequent class, ties by name, so the category does not depend on row order.
        commodity = min(e["commodities"].items(), key=lambda kv: (-kv[1], kv[0]))[0]
        selected = (e["hot"] or e["demand"] or commodity in T.ONET_TECH_CLASSES
                    or len(e["occupations"]) >= T.ONET_MIN_OCCUPATIONS)
        if not selected:
            continue
        parsed = parse_onet_name(example)
        if parsed is None:
            continue
        name, aliases, merge_keys, lookup_keys = parsed
        category = T.ONET_CLASS_CATEGORY.get(commodity, "tooling")
        result.append(Candidate(name, category, "onet", aliases, merge_keys, lookup_keys=lookup_keys))
    return result


def parse_onet_name(example: str) -> tuple[str, list[str], list[str], list[str]] | None:
    """O*NET writes "Structured query language SQL", "Microsoft SQL Server Reporting Services SSRS",
    "Salesforce software", "Email software". Returns (name, aliases, merge keys, lookup keys), or None
    for a class of software rather than a skill."""
    text = clean(example)
    if key(text) in T.ONET_GENERIC:
        return None
    text = re.sub(r" software$", "", text)
    # "Electronic Data Interchange EDI systems": the acronym names the thing, the last word its kind.
    text = re.sub(r"(?<=[A-Z]) (systems?|tools|programs|applications)$", "", text)
    words = text.split()
    if not words:
        return None
    aliases: list[str] = []
    merge_keys: list[str] = []

    acronym = ACRONYM.match(words[-1]) if len(words) > 1 else None
    if acronym and sum(ch.isupper() for ch in acronym.group(1)) >= 2:
        short = acronym.group(1)
        head = words[:-1]
        if len(head) >= 2 and is_descriptive(head):
            # "Structured query language SQL": the acronym is what listings write.
            long_form = " ".join(head)
            if len(short) >= 3:
                return short, [long_form], [long_form], []
            return long_form, [short], [], []
        start = initialism_start(short, head)
        if start is not None:
            long_form = " ".join(head[start:])
            full = " ".join(head)
            # The acronym is an alias, never a merge key: "EMR" is a medical record and an AWS service.
            return full, [short, long_form], [long_form] if start > 0 else [], [short]
        # "IBM DB2", "Atlassian JIRA": the capitals are part of the name.

    if is_descriptive(words) and key(text) not in T.ONET_BRANDS:
        return None  # "Accounting", "Web browser", "Data entry": a kind of software
    vendor, rest = split_vendor(words)
    if vendor:
        short = " ".join(rest)
        if short == short.lower():
            return None  # "Microsoft operating system"
        # "Blackbaud CRM", "SAP ERP": a short acronym left after the vendor is the kind, not the product.
        generic = re.fullmatch(r"[A-Z]{2,4}", short) is not None
        if key(short) not in T.COMMON_WORDS and len(short) >= 2 and not generic:
            aliases.append(short)
            merge_keys.append(short)
    return text, aliases, merge_keys, []


def is_descriptive(words: list[str]) -> bool:
    """A phrase of ordinary words ("Accounting", "Data base reporting"), not a product name: every
    word after the first is lower case and the first is a plain capitalised word."""
    if not words:
        return False
    first = words[0]
    if not re.fullmatch(r"[A-Z][a-z'’]+(-[a-z]+)?,?", first):
        return False
    return all(w == w.lower() for w in words[1:])


def initialism_start(short: str, head: list[str]) -> int | None:
    """Where in `head` the words abbreviated by `short` begin: "SSRS" in "Microsoft SQL Server Reporting
    Services" begins at "SQL". Each letter of the acronym starts a word or continues inside the word of
    the previous letter; the last letter lies in the last word. None when the acronym abbreviates no
    tail of `head` ("IBM DB2")."""
    letters = [ch.lower() for ch in short if ch.isalpha()]
    if len(letters) < 2:
        return None
    lowered = [w.lower() for w in head]

    def match(li: int, wi: int, ci: int) -> bool:
        # letters[li:] still to place; we are inside word wi after character ci
        if li == len(letters):
            return wi == len(lowered) - 1
        word = lowered[wi]
        pos = word.find(letters[li], ci)
        if pos >= 0 and match(li + 1, wi, pos + 1):
            return True
        for wj in range(wi + 1, len(lowered)):
            if lowered[wj].startswith(letters[li]) and match(li + 1, wj, 1):
                return True
        return False

    for start in range(len(lowered)):
        if lowered[start].startswith(letters[0]) and match(1, start, 1):
            return start
    return None


def split_vendor(words: list[str]) -> tuple[str, list[str]]:
    for n in range(min(4, len(words) - 1), 0, -1):
        vendor = " ".join(words[:n])
        if vendor in T.VENDORS:
            return vendor, words[n:]
    return "", words


# ---------------------------------------------------------------------------------------------------
# ESCO: skill and knowledge labels. Only short labels in listing form; the soft skills through the
# curated table (ESCO writes them as verbs: "manage time", "think critically").

def read_esco(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def esco_candidates(path: Path) -> list[Candidate]:
    result = []
    for row in sorted(read_esco(path), key=lambda r: clean(r["preferredLabel"])):
        label = clean(row["preferredLabel"])
        alts = [clean(a) for a in (row["altLabels"] or "").split("\n") if clean(a)]
        curated = T.ESCO_LABELS.get(label)
        if curated:
            name, category = curated
            result.append(Candidate(name, category, "esco", [label] + listing_variants(label, alts)))
            continue
        if row["skillType"] != "knowledge":
            continue
        if label[:1].isupper():
            # ESCO's ICT tools ("Apache Maven", "Haskell"): the other sources know them better; ESCO
            # only adds its name to a skill they have.
            result.append(Candidate(label, "tooling", "esco", [], [], create=False))
            continue
        name, category = esco_listing_form(label)
        if name is None:
            continue
        result.append(Candidate(name, category, "esco", [label] + listing_variants(label, alts)))
    return result


def esco_listing_form(label: str) -> tuple[str | None, str]:
    words = label.split()
    # One word is too broad on its own ("design", "energy"); the curated labels name those worth having.
    if not 2 <= len(words) <= 3 or len(label) > 40 or re.search(r"[\d(),;:]", label):
        return None, ""
    text = f" {label.lower()} "
    if any(f" {w} " in text or text.strip().startswith(w + " ") for w in T.ESCO_EXCLUDE) \
            or not any(re.search(p, label, re.I) for p in T.ESCO_INCLUDE):
        return None, ""
    core = re.sub(r" (principles|techniques|methods|methodologies|processes|procedures|concepts)$", "", label)
    if " " not in core:
        core = label  # "business processes" stays whole: "Business" alone says nothing
    category = "practice" if re.search(T.ESCO_PRACTICE, core, re.I) else "domain"
    return core[:1].upper() + core[1:], category


def listing_variants(label: str, alts: list[str]) -> list[str]:
    """ESCO's alternative labels mix synonyms with broader and narrower terms ("risk management" lists
    "risk assessment"), so only spelling variants and initialisms of the label itself are kept."""
    norm = spelling_key(label)
    initials = "".join(w[0] for w in re.split(r"[\s-]+", label) if w).lower()
    kept = []
    for alt in alts:
        if spelling_key(alt) == norm and key(alt) != key(label):
            kept.append(alt)
        elif re.fullmatch(r"[A-Z]{3,6}", alt) and alt.lower() == initials:
            kept.append(alt)
    return kept


def spelling_key(text: str) -> str:
    t = key(text).replace("-", " ")
    t = re.sub(r"isation", "ization", t)
    t = re.sub(r"yse\b", "yze", t)
    t = re.sub(r"our\b", "or", t)
    t = re.sub(r"s\b", "", t)
    return clean(t)


# ---------------------------------------------------------------------------------------------------
# The curated table: canonical names and aliases that matter most to a matcher over listings.

def curated_candidates() -> list[Candidate]:
    result = []
    for line in T.CURATED.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 3 or parts[1] not in CATEGORIES:
            raise SystemExit(f"build-taxonomy: bad curated line: {line}")
        name, category, aliases = parts
        if any(key(n) in (key(c.name), *map(key, c.aliases)) for c in result for n in [name]):
            raise SystemExit(f"build-taxonomy: {name} is twice in the curated table")
        result.append(Candidate(name, category, "curated", [a.strip() for a in aliases.split(",") if a.strip()]))
    return result


# ---------------------------------------------------------------------------------------------------

def build(data: Path) -> tuple[Dictionary, Counter[str]]:
    d = Dictionary()
    offered: Counter[str] = Counter()
    for candidates in (curated_candidates(),
                       linguist_candidates(data / "linguist" / "languages.yml"),
                       topic_candidates(data / "github-explore-topics" / "topics.json"),
                       onet_candidates(data / "onet-29.2" / "Technology_Skills.txt"),
                       esco_candidates(data / "esco" / "esco_v1.1.1_skills_labels_altlabels_filtered.csv")):
        for c in candidates:
            offered[c.source] += 1
            d.add(c)
    d.resolve()
    return d, offered


def render_tsv(rows) -> str:
    lines = ["name\tcategory\taliases\tsources"]
    for name, category, aliases, sources in rows:
        for text in [name] + aliases:
            if any(ch in text for ch in "|\t\n") or text != text.strip():
                raise SystemExit(f"build-taxonomy: unusable text {text!r}")
        lines.append("\t".join([name, category, "|".join(aliases), ",".join(sources)]))
    return "\n".join(lines) + "\n"


def render_attribution(rows) -> str:
    per_source = Counter(s for _, _, _, sources in rows for s in sources)
    return T.ATTRIBUTION.format(total=len(rows), **{k.replace("-", "_"): per_source[k] for k in RANK})


def summary(rows, d: Dictionary, offered: Counter[str]) -> str:
    per_category = Counter(r[1] for r in rows)
    per_source = Counter(s for r in rows for s in r[3])
    aliases = sum(len(r[2]) for r in rows)
    lines = [f"{len(rows)} skills, {aliases} aliases, {len(d.conflicts)} alias conflicts resolved"]
    lines.append("per category: " + ", ".join(f"{c} {per_category[c]}" for c in CATEGORIES))
    lines.append("per source (skills / candidates offered): "
                 + ", ".join(f"{s} {per_source[s]}/{offered[s]}" for s in RANK))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data" / "taxonomy")
    parser.add_argument("--out", type=Path, default=REPO / "resources" / "skills")
    parser.add_argument("--check", action="store_true", help="compare with the committed files")
    parser.add_argument("--quiet", action="store_true", help="do not list the alias conflicts")
    args = parser.parse_args()

    d, offered = build(args.data)
    rows = d.rows()
    outputs = {"skills.tsv": render_tsv(rows), "ATTRIBUTION.md": render_attribution(rows)}
    if not args.quiet:
        for conflict in d.conflicts:
            warn(f"conflict: {conflict}")
    print(summary(rows, d, offered))
    if args.check:
        stale = [n for n, text in outputs.items()
                 if not (args.out / n).exists() or (args.out / n).read_text(encoding="utf-8") != text]
        for n in stale:
            warn(f"build-taxonomy: {args.out / n} is not what the sources give; run tools/build-taxonomy.py")
        return 1 if stale else 0
    args.out.mkdir(parents=True, exist_ok=True)
    for n, text in outputs.items():
        with (args.out / n).open("w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
