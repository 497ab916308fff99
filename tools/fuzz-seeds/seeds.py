#!/usr/bin/env python3
"""Assembles the seed corpora of the fuzz targets (tests/fuzz) from the tests' inputs and ../shared/data.

usage: seeds.py REPO OUT_DIR

Writes OUT_DIR/TARGET/seed-NNNN (each at most 64 KiB) for every target. Seeds come from the string
literals of the target's tests (tests/tst_*.cpp), the project's sample listings and the real files
under ../shared/data: whole small files, single records of large JSON files, the header and a few rows
of each CSV, the values of salary and date columns, HTML descriptions. Existing files in OUT_DIR are
kept (the corpus libFuzzer grew); seeds are named by content hash, so running it again adds nothing.
"""
import csv
import glob
import hashlib
import io
import json
import os
import re
import sys

CAP = 64 * 1024
csv.field_size_limit(10**9)

LITERAL = re.compile(r'R"([^(\s]*)\((.*?)\)\1"|(?:u8|u|L)?"((?:[^"\\\n]|\\.)*)"', re.S)
ESCAPE = re.compile(r'\\(x[0-9a-fA-F]+|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|.)', re.S)
SIMPLE = {'n': '\n', 't': '\t', 'r': '\r', '"': '"', "'": "'", '\\': '\\', 'a': '\a', 'b': '\b',
          'f': '\f', 'v': '\v', '?': '?'}


def unescape(text):
    def one(m):
        e = m.group(1)
        if e[0] in 'xuU':
            return chr(int(e[1:], 16) % 0x110000)
        if e[0].isdigit():
            return chr(int(e, 8))
        return SIMPLE.get(e, e)
    return ESCAPE.sub(one, text)


def literals(path):
    """The string literals of a C++ file, adjacent ones joined as the compiler joins them."""
    source = open(path, encoding='utf-8', errors='replace').read()
    out, last_end, current = [], -1, None
    for m in LITERAL.finditer(source):
        value = m.group(2) if m.group(2) is not None else unescape(m.group(3) or '')
        if current is not None and source[last_end:m.start()].strip() == '':
            current += value
        else:
            if current is not None:
                out.append(current)
            current = value
        last_end = m.end()
        # the _s suffix of Qt literals
        if source.startswith('_s', last_end):
            last_end += 2
    if current is not None:
        out.append(current)
    return [s for s in out if s]


class Corpus:
    def __init__(self, root, name):
        self.dir = os.path.join(root, name)
        os.makedirs(self.dir, exist_ok=True)
        self.added = 0

    def add(self, data):
        if isinstance(data, str):
            data = data.encode('utf-8', errors='surrogatepass')
        data = data[:CAP]
        if not data:
            return
        name = 'seed-' + hashlib.sha1(data).hexdigest()[:16]
        path = os.path.join(self.dir, name)
        if not os.path.exists(path):
            with open(path, 'wb') as f:
                f.write(data)
            self.added += 1


def read(path):
    with open(path, 'rb') as f:
        return f.read()


def json_records(path, limit=40):
    """Records of a board API response or a JSON array: the objects of its first array."""
    try:
        doc = json.loads(read(path))
    except ValueError:
        return []
    if isinstance(doc, dict):
        arrays = [v for v in doc.values() if isinstance(v, list)]
        doc = arrays[0] if arrays else [doc]
    return [r for r in doc if isinstance(r, dict)][:limit]


def csv_rows(path, rows=30):
    text = read(path).decode('utf-8', errors='replace')
    reader = csv.reader(io.StringIO(text))
    return [row for _, row in zip(range(rows + 1), reader)]


def csv_text(rows):
    buf = io.StringIO()
    csv.writer(buf, lineterminator='\n').writerows(rows)
    return buf.getvalue()


def main():
    repo, out = sys.argv[1], sys.argv[2]
    shared = os.path.normpath(os.path.join(repo, '..', 'shared', 'data'))
    tests = os.path.join(repo, 'tests')
    t = {name: Corpus(out, name) for name in (
        'fuzz_jsonld', 'fuzz_json', 'fuzz_jsonl', 'fuzz_csv', 'fuzz_feed', 'fuzz_text', 'fuzz_jsonresume',
        'fuzz_search', 'fuzz_salary', 'fuzz_date', 'fuzz_htmltext')}

    # The literals of each unit's tests: the hand-made inputs that hit its corner cases.
    for target, test_files in {
        'fuzz_jsonld': ['tst_jsonldreader'], 'fuzz_json': ['tst_importer', 'tst_streamingimport'],
        'fuzz_jsonl': ['tst_importer', 'tst_streamingimport'], 'fuzz_csv': ['tst_csvreader', 'tst_csvmapping'],
        'fuzz_feed': ['tst_feedreader'], 'fuzz_text': ['tst_textreader', 'tst_importformat'],
        'fuzz_jsonresume': ['tst_jsonresume'], 'fuzz_search': ['tst_searchparser', 'tst_searchcompiler'],
        'fuzz_salary': ['tst_salaryparser'], 'fuzz_date': ['tst_dateparser'], 'fuzz_htmltext': ['tst_htmltext'],
    }.items():
        for test in test_files:
            path = os.path.join(tests, test + '.cpp')
            if os.path.exists(path):
                for literal in literals(path):
                    t[target].add(literal)
    # Inputs that once crashed a target stay seeds of it.
    for path in glob.glob(os.path.join(tests, 'data', 'fuzz-regressions', '*', '*')):
        target = 'fuzz_' + os.path.basename(os.path.dirname(path))
        if target in t:
            t[target].add(read(path))

    # JSON-LD: the schema.org examples (JSON-LD and the pages they come from).
    for path in sorted(glob.glob(os.path.join(shared, 'formats', 'schemaorg-jobposting', 'eg-*'))):
        t['fuzz_jsonld'].add(read(path))
        t['fuzz_text'].add(read(path))
        t['fuzz_htmltext'].add(read(path))

    # JSON and JSON Lines: board responses, one record at a time and a few together; the samples.
    for path in sorted(glob.glob(os.path.join(shared, 'listings', '*', '*.json'))):
        records = json_records(path)
        t['fuzz_json'].add(json.dumps({'jobs': records[:3]}, ensure_ascii=False))
        t['fuzz_jsonl'].add('\n'.join(json.dumps(r, ensure_ascii=False) for r in records[:5]) + '\n')
        for record in records:
            t['fuzz_json'].add(json.dumps(record, ensure_ascii=False, indent=1))
            for key in ('description', 'jobDescription', 'jobExcerpt'):
                if isinstance(record.get(key), str):
                    t['fuzz_htmltext'].add(record[key])
                    break
            for key in ('salary', 'annualSalaryMin', 'salaryMin'):
                if record.get(key):
                    t['fuzz_salary'].add(str(record[key]))
            for key in ('publication_date', 'pubDate', 'date'):
                if record.get(key):
                    t['fuzz_date'].add(str(record[key]))
    samples = read(os.path.join(repo, 'resources', 'samples', 'listings.jsonl')).decode('utf-8').splitlines()
    for i in range(0, min(len(samples), 60), 6):
        t['fuzz_jsonl'].add('\n'.join(samples[i:i + 6]) + '\n')
        t['fuzz_json'].add(samples[i])
        t['fuzz_jsonld'].add(samples[i])

    # CSV: the header and a few rows of every file (also as TSV and with ';'), salary and date columns.
    for path in sorted(glob.glob(os.path.join(shared, 'listings', '*', '*.csv'))):
        rows = csv_rows(path)
        if not rows:
            continue
        t['fuzz_csv'].add(csv_text(rows[:4]))
        t['fuzz_csv'].add(csv_text(rows[:12]))
        t['fuzz_csv'].add(csv_text([r[:6] for r in rows[:6]]).replace(',', ';'))
        t['fuzz_csv'].add('\n'.join('\t'.join(c.replace('\t', ' ').replace('\n', ' ') for c in r[:8])
                                    for r in rows[:6]) + '\n')
        header = [h.lower() for h in rows[0]]
        for i, name in enumerate(header):
            for row in rows[1:]:
                if i >= len(row) or not row[i].strip():
                    continue
                if 'salary' in name or 'pay' in name:
                    t['fuzz_salary'].add(row[i])
                if 'date' in name or 'posted' in name or 'time' in name:
                    t['fuzz_date'].add(row[i])
                if 'description' in name and len(row[i]) > 200:
                    t['fuzz_text'].add(row[i][:4000])
                    t['fuzz_htmltext'].add(row[i][:4000])

    # JSON Resume: the examples and the schema (a JSON document without basics).
    for path in sorted(glob.glob(os.path.join(shared, 'formats', 'jsonresume', '*.json'))):
        t['fuzz_jsonresume'].add(read(path))

    # The search language: the examples of docs/search.md (code spans).
    search_doc = os.path.join(repo, 'docs', 'search.md')
    if os.path.exists(search_doc):
        for span in re.findall(r'`([^`\n]+)`', open(search_doc, encoding='utf-8').read()):
            t['fuzz_search'].add(span)

    for name, corpus in sorted(t.items()):
        print('%-16s %4d new seeds, %4d files' % (name, corpus.added, len(os.listdir(corpus.dir))))


if __name__ == '__main__':
    main()
