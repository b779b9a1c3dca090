"""How `propose` (and `cite`'s entity search) scales with the size of an article.

    python benchmarks/bench_curate.py [--sizes 10000 100000 1000000]

The text is the evaluation's tuned articles (``benchmarks/curation/texts``; the one kept
in the repository when the others are absent) repeated with every sentence made unique
(a number opening each, and each quotation), up to each size. Reports the best of a few runs per size and the
time per character relative to the smallest size: flat is linear.
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

import eucentralasia as eca
from eucentralasia.curate import propose

HERE = Path(__file__).parent / "curation" / "texts"


def text_of(size: int) -> str:
    sources = sorted(HERE.glob("t*.txt"))
    base = "\n\n".join(p.read_text(encoding="utf-8") for p in sources)
    parts: list[str] = []
    total = 0
    counter = iter(range(10**9))
    while total < size:
        # A number opening every sentence makes each sentence of each copy its own.
        # (a word, not "12.", which a sentence splitter reads as a sentence of its own)
        chunk = re.sub(r"([.!?])(\s+)", lambda m: f"{m.group(1)}{m.group(2)}ref{next(counter)} ", base)
        # and one opening every quotation: a quote repeated a thousand times is no article
        chunk = re.sub(r"([\u201c\u00ab])(?=\w)", lambda m: f"{m.group(1)}{next(counter)} ", chunk)
        parts.append(chunk)
        total += len(chunk) + 2
    return "\n\n".join(parts)[:size]


def best(fn: object, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    args = parser.parse_args()
    ds = eca.load()
    # A first run compiles the patterns (the dataset's names, ...), which `re` then keeps:
    # a cost paid once, not per character.
    propose(text_of(2_000), "2025-04-02", source_id="warm-up", dataset=ds)
    rows = []
    for size in args.sizes:
        text = text_of(size)

        def run(text: str = text) -> None:
            propose(text, "2025-04-02", source_id="bench", dataset=ds)

        rows.append((size, best(run, 3 if size < 500_000 else 1)))
    first = rows[0][1] / rows[0][0]
    print("| characters | propose | µs per character | per character, relative to the smallest |")
    print("| ---: | ---: | ---: | ---: |")
    for size, seconds in rows:
        per = seconds / size
        print(f"| {size:,} | {seconds:.2f} s | {per * 1e6:.1f} | {per / first:.2f} |")


if __name__ == "__main__":
    main()
