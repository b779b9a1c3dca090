"""The curation tools on texts made of one sentence or paragraph repeated: the worst case for quotes.

    python benchmarks/bench_curate_repeats.py [--sizes 8000 25000 92000]

A quote that stands many times needs the context (`curate.selector`) that tells its copy
from the others, and an HTML page of one paragraph repeated gives its extractor's
paragraphs many places each. For each text size, in CPU seconds (the machine may be
shared), best of ``--repeat``:

- ``read_html``: a page of "Advertisement" paragraphs with one article paragraph after
  each, as many as make the size;
- ``cite``: the middle copy of a sentence repeated to the size;
- ``propose``: the same text (a figure, an event and a statement per copy, each cited
  with its context);
- ``check``: a data file citing every copy of the sentence, after a banner was put in
  front of the text (every citation moved).

Before this benchmark's fixes (issue 19) a 28 KB page took 150 s to read, `propose` 14 s
at 8 KB and over 120 s at 25 KB, and `cite` 92 s at 92 KB.
"""

from __future__ import annotations

import argparse
import functools
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import eucentralasia as eca
from eucentralasia.curate import check, cite, propose
from eucentralasia.curate.html import read_html

SENTENCE = "The EU and Kazakhstan signed a deal worth 5 billion euros in 2024, officials said. "


def cpu(function: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        function()
        times.append(time.process_time() - start)
    return min(times)


def page(size: int) -> str:
    pair = "<p>Advertisement</p><p>The EU and Kazakhstan met in Astana on trade and transport.</p>"
    return "<html><body><article>" + pair * max(1, size // len(pair)) + "</article></body></html>"


def folder_citing_every_copy(folder: Path, text: str) -> None:
    (folder / "notes.txt").write_text("A BANNER. " + text, encoding="utf-8")
    lines = [
        '[[sources]]\nid = "notes"\ntitle = "Notes"\noutlet = "o"\nkind = "article"\nlanguage = "en"',
        'text_file = "notes.txt"\npublished = "2025-01-01"\npublished_basis = "stated"',
        'authors = [{ name = "A", role = "reporter" }]',
    ]
    quote = SENTENCE.strip()
    for copy in range(len(text) // len(SENTENCE)):
        start = copy * len(SENTENCE)
        lines.append(f'[[sources.citations]]\nsource = "notes"\nquote = "{quote}"\nstart = {start}')
        lines.append(f"end = {start + len(quote)}")
    (folder / "notes.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[8_000, 25_000, 92_000])
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    ds = eca.load()
    print("| characters | copies | read_html | cite | propose | check |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    for size in args.sizes:
        text = SENTENCE * max(1, size // len(SENTENCE))
        copies = len(text) // len(SENTENCE)
        middle = copies // 2
        html = cpu(functools.partial(read_html, page(size)), args.repeat)
        cited = cpu(functools.partial(cite, text, SENTENCE.strip(), occurrence=middle), args.repeat)
        proposed = cpu(functools.partial(propose, text, "2025-01-01", source_id="bench", dataset=ds), 1)
        with tempfile.TemporaryDirectory() as name:
            folder_citing_every_copy(Path(name), text)
            checked = cpu(functools.partial(check, name), 1)
        print(f"| {len(text):,} | {copies:,} | {html:.2f} | {cited:.3f} | {proposed:.2f} | {checked:.2f} |")


if __name__ == "__main__":
    main()
