"""The sqlite3 shell side of the library benchmarks (part-query, part-panel): statements timed by the
shell's own timer on the same library, with the application's session settings, and the helpers both
parts share (percentiles, repetitions, the benchmark profile, Markdown numbers)."""

import math
import os
import re
import subprocess
import sys

# The page cache and temp store of the application's connections (models/store/sqldialect.cpp), so the
# shell plans and caches as the application does.
SESSION = "PRAGMA cache_size = -65536;\nPRAGMA temp_store = MEMORY;\n"

# A JSON Resume whose skills are common in the generated listings: the panel's "have" column and the
# table's Match column then do real work.
PROFILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "profile.json")

TIMER = re.compile(r"^Run Time: real ([0-9.]+) user ([0-9.]+) sys ([0-9.]+)", re.M)


def progress(message):
    print(message, file=sys.stderr, flush=True)


def shell(database, script):
    result = subprocess.run(["sqlite3", "-readonly", "-bail", database], input=script,
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"sqlite3 failed on {database}: {result.stderr.strip()}")
    return result.stdout


def scalars(database, statements):
    """The single value each statement returns, in order."""
    out = shell(database, SESSION + "".join(s + ";\n" for s in statements))
    return [int(line) for line in out.split()]


def timing_script(groups):
    """Each (statements, repeat) group run repeat + 1 times in a row (the first as warm-up), timed by
    .timer."""
    lines = [SESSION, ".timer on\n", ".output /dev/null\n"]
    for group, repeat in groups:
        for _ in range(repeat + 1):
            lines.extend(s + ";\n" for s in group)
    return "".join(lines)


def time_groups(database, groups, script_path):
    """Per (statements, repeat) group, (elapsed, cpu): the repeat timed runs in milliseconds, each the sum
    over its statements of the shell's "real" (printed to the millisecond) and of its "user" + "sys".
    The script is kept at script_path to be run again by hand: sqlite3 -readonly LIBRARY < script_path."""
    script = timing_script(groups)
    with open(script_path, "w", encoding="utf-8") as f:
        f.write(script)
    times = [(float(real) * 1000, (float(user) + float(sys_)) * 1000)
             for real, user, sys_ in TIMER.findall(shell(database, script))]
    expected = sum(len(g) * (repeat + 1) for g, repeat in groups)
    if len(times) != expected:
        raise SystemExit(f"sqlite3 printed {len(times)} timings, expected {expected}")
    result = []
    at = 0
    for group, repeat in groups:
        real, cpu = [], []
        for _ in range(repeat + 1):
            statements = times[at:at + len(group)]
            real.append(sum(t[0] for t in statements))
            cpu.append(sum(t[1] for t in statements))
            at += len(group)
        result.append((real[1:], cpu[1:]))
    return result


def percentile(samples, p):
    """Nearest rank: the smallest sample with at least p % of the samples at or below it."""
    ordered = sorted(samples)
    return ordered[max(1, math.ceil(p / 100 * len(ordered))) - 1]


def repetitions(listings):
    """Timed runs per query: fewer for the CI smoke test (10k) and at a million."""
    return 15 if 20_000 < listings <= 200_000 else 7


# Seconds of timed runs after which a slow query stops at 3 runs (jobdesk_bench_query --budget).
BUDGET = 10


def listing_count(database):
    return scalars(database, ["SELECT count(*) FROM listings"])[0]


def ensure_profile(database, build_dir):
    """The window compares listings with the user's first profile (the Match column, the panel's
    "have"). A library without one gets the benchmark profile, imported by the application's own
    command; this is the only change the benchmarks make to the library, and it is made once."""
    if scalars(database, ["SELECT count(*) FROM profiles WHERE kind = 0"])[0] > 0:
        return
    progress(f"importing the benchmark profile into {database}")
    subprocess.run([os.path.join(build_dir, "bin", "jobdesk"), "profile", "import", PROFILE,
                    "--database", database], check=True, stdout=subprocess.DEVNULL)


def ms(value):
    return f"{value:.1f}" if value >= 10 else f"{value:.2f}"


def spread(samples):
    return f"{ms(percentile(samples, 50))} / {ms(percentile(samples, 95))}"


def ratio(app, engine):
    # Three significant digits: the counted panel is thousands of times below the shell.
    return f"{app / engine:.3g}" if engine > 0 else "—"
