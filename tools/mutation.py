"""Mutation testing of one core module against its own test files, with mutmut (not in CI).

Each run copies ``src/`` and ``tests/`` into a scratch folder with a ``pyproject.toml``
whose ``[tool.mutmut]`` section names the module and its test files, runs ``mutmut run``
there (the tree itself is never touched), and prints the score::

    python tools/mutation.py _checks tests/test_checks.py
    python tools/mutation.py _dates tests/test_dates.py --jobs 2
    python tools/mutation.py _search tests/test_search.py tests/test_dataset.py -k "find or search"
    python tools/mutation.py _index tests/test_index.py --sample 120

``--sample N`` tests N mutants drawn at random (``--seed``, default 0) instead of all of
them: a score in minutes rather than an hour, within a few points of the whole run's.

``mutmut`` must be installed (``pip install mutmut``); the hypothesis ``ci`` profile keeps
each test run short. The scratch folder is kept (``--work``), so ``mutmut show NAME`` and
``mutmut results`` can be run in it afterwards. Exit status: mutmut's.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("module", help="the module's name inside the package: _checks, curate/anchor, ...")
    parser.add_argument("tests", nargs="+", help="its own test files")
    parser.add_argument("-k", dest="keyword", help="only the tests matching this pytest -k expression")
    parser.add_argument("--jobs", type=int, default=2, help="mutants tested at once (default 2)")
    parser.add_argument("--work", type=Path, help="the scratch folder (default: a new temporary one)")
    parser.add_argument("--sample", type=int, metavar="N", help="test only N mutants drawn at random")
    parser.add_argument("--seed", type=int, default=0, help="what draws the sample (default 0)")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="eucentralasia-mutation-"))
    for folder in ("src", "tests"):
        shutil.rmtree(work / folder, ignore_errors=True)
        shutil.copytree(ROOT / folder, work / folder, ignore=shutil.ignore_patterns("__pycache__"))
    config = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    # One process per mutant already: no pytest-xdist workers inside it.
    config = re.sub(r'"-n", "auto", "--dist", "worksteal"', "", config)
    selection = [*args.tests, *(["-k", args.keyword] if args.keyword else [])]
    config += (
        "\n[tool.mutmut]\n"
        'source_paths = ["src/eucentralasia"]\n'
        f'only_mutate = ["src/eucentralasia/{args.module}.py"]\n'
        'pytest_add_cli_args = ["-p", "no:cacheprovider", "-p", "no:xdist", "-q"]\n'
        f"pytest_add_cli_args_test_selection = {selection!r}\n".replace("'", '"')
    )
    (work / "pyproject.toml").write_text(config, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}  # the mutants, not src/
    env.setdefault("CI", "true")  # the short, derandomized hypothesis profile
    print(f"mutating {args.module} in {work}", file=sys.stderr)
    run = ["mutmut", "run", "--max-children", str(args.jobs)]
    if args.sample is None:
        status = subprocess.run(run, cwd=work, env=env).returncode
    else:
        # Asking for a mutant no function has makes mutmut generate every mutant and time
        # the tests, then stop; the sample is drawn from the names it generated.
        subprocess.run([*run, "no-such-mutant"], cwd=work, env=env, capture_output=True)
        names = sorted(_states(work, env))
        chosen = random.Random(args.seed).sample(names, min(args.sample, len(names)))
        print(f"testing {len(chosen)} of {len(names)} mutants", file=sys.stderr)
        status = subprocess.run([*run, *chosen], cwd=work, env=env, stdout=subprocess.DEVNULL).returncode
    counts: dict[str, int] = {}
    for state in _states(work, env).values():
        if state != "not checked":
            counts[state] = counts.get(state, 0) + 1
    killed, total = counts.get("killed", 0), sum(counts.values())
    print(f"{args.module}: {killed} of {total} mutants killed ({killed / max(total, 1):.0%}); {counts}")
    return status


def _states(work: Path, env: dict[str, str]) -> dict[str, str]:
    """Every mutant's name and state ("killed", "survived", "not checked", ...)."""
    results = subprocess.run(
        ["mutmut", "results", "--all", "true"], cwd=work, env=env, capture_output=True, text=True
    )
    return {
        name.strip(): state.strip()
        for name, state in (line.rsplit(": ", 1) for line in results.stdout.splitlines() if ": " in line)
    }


if __name__ == "__main__":
    sys.exit(main())
