"""Hardening: input the records refuse early, so that every export can write what they hold.

Strict decimals (ASCII digits, an exponent every export can write out in plain digits),
text without lone surrogates, source files kept byte-exact by git, and the code tables
regenerated from pycountry.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from decimal import Decimal, InvalidOperation
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import eucentralasia as eca
from eucentralasia import DataError
from eucentralasia._codes import COUNTRY_NAMES, CURRENCY_CODES
from eucentralasia._serialization import explain
from eucentralasia.export import read_json, to_json
from eucentralasia.testing import example_dataset

# What a decimal in a data file may look like: sign, ASCII digits, then an optional
# fraction and exponent. Written out here rather than imported, as the specification.
STRICT_DECIMAL = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
EXPONENT_BOUND = 100


def structure_decimal(value: object) -> Decimal:
    return eca.converter.structure(value, Decimal)


def figure_with(value: object) -> dict[str, Any]:
    """The file form of the example trade figure, with `value` in place of its value."""
    figure = eca.converter.unstructure(next(iter(example_dataset().trade_figures)))
    return {**figure, "value": value}


decimal_texts = st.builds(
    lambda sign, whole, fraction, exponent: f"{sign}{whole}{fraction}{exponent}",
    st.sampled_from(["", "+", "-"]),
    st.from_regex(r"[0-9]{1,30}", fullmatch=True),
    st.one_of(st.just(""), st.from_regex(r"\.[0-9]{1,30}", fullmatch=True)),
    st.one_of(
        st.just(""),
        st.builds(
            lambda e, sign, exponent: f"{e}{sign}{exponent}",
            st.sampled_from("eE"),
            st.sampled_from(["", "+", "-"]),
            st.integers(0, 300).map(str) | st.from_regex(r"0{0,3}[0-9]{1,4}", fullmatch=True),
        ),
    ),
)


class TestStrictDecimals:
    @given(st.one_of(decimal_texts, st.from_regex(STRICT_DECIMAL, fullmatch=True)))
    def test_the_strict_grammar_reads_as_decimal_does_within_the_bound(self, text: str) -> None:
        assert STRICT_DECIMAL.fullmatch(text)
        try:
            expected: Decimal | None = Decimal(text)
        except InvalidOperation:  # an exponent too large for Decimal itself
            expected = None
        if expected is not None and abs(expected.adjusted()) <= EXPONENT_BOUND:
            number = structure_decimal(text)
            assert number.as_tuple() == expected.as_tuple()  # the same digits, sign and exponent
            # Every export can write it out in plain digits, at a length the text bounds.
            assert len(format(number, "f")) <= len(text) + 2 * EXPONENT_BOUND + 3
        else:
            with pytest.raises(ValueError, match="exponent in scientific notation is within \u00b1100"):
                structure_decimal(text)

    @pytest.mark.parametrize(
        "text",
        [
            "\u0665\u0660",  # Arabic-Indic 50
            "\uff15\uff10",  # full-width 50
            "\U0001d7d3",  # mathematical bold 5
            "\u0967",  # Devanagari 1
            "1_000",
            "1_000.5",
            " 5 ",
            "5\n",
            "\t5",
            "5 ",
            "\u00a05",  # no-break space
            "5.",
            ".5",
            "+-5",
            "1e",
            "1E+",
            "0x10",
            "1,000",
            "",
            "\u2212" + "5",  # minus sign, not hyphen-minus
        ],
    )
    def test_what_python_reads_leniently_is_refused(self, text: str) -> None:
        with pytest.raises(ValueError, match="expected a decimal number written as text") as info:
            structure_decimal(text)
        assert repr(text) in str(info.value)

    @given(
        st.text(
            st.sampled_from("0123456789\u0665\u0660\uff15\u0967_ \t\n.eE+-")
            | st.characters(categories=["Nd"]),
            max_size=12,
        )
    )
    def test_anything_decimal_reads_outside_the_grammar_is_refused(self, text: str) -> None:
        if STRICT_DECIMAL.fullmatch(text):
            return
        with pytest.raises(ValueError, match=r"expected a (finite )?decimal number"):
            structure_decimal(text)

    @pytest.mark.parametrize("text", ["NaN", "nan", "-Infinity", "inf", "sNaN", "+inf"])
    def test_not_finite(self, text: str) -> None:
        expected = f"expected a finite decimal number, got {text!r}"
        with pytest.raises(ValueError, match=re.escape(expected)):
            structure_decimal(text)

    @pytest.mark.parametrize(
        "text",
        [
            "1E+999999999999999999",
            "1E+999999999",
            "1E-999999999",
            "1E+9999999999999999999999",  # past what Decimal itself can hold
            "1E+101",
            "1E-101",
            "0E-101",  # zero, but with 101 places after the point
            "0.01E-99",
            "1" + "0" * 101,
            "0." + "0" * 100 + "1",
        ],
    )
    def test_exponents_past_the_bound_are_refused(self, text: str) -> None:
        with pytest.raises(ValueError, match="within \u00b1100, so that it can be written out in plain"):
            structure_decimal(text)

    def test_a_megabyte_exponent_is_refused_with_a_short_message(self) -> None:
        text = "1E+" + "9" * 1_000_000
        with pytest.raises(ValueError, match="within \u00b1100") as info:
            structure_decimal(text)
        assert len(str(info.value)) < 400
        assert f"... ({len(text)} characters)" in str(info.value)

    @pytest.mark.parametrize(
        "text", ["1E+100", "9.99E+100", "1E-100", "0.1E-99", "-1E+100", "0E+100", "0E-100"]
    )
    def test_exponents_at_the_bound_are_read(self, text: str) -> None:
        assert structure_decimal(text).as_tuple() == Decimal(text).as_tuple()

    @pytest.mark.parametrize("value", [0, -5, 10**101 - 1, -(10**101) + 1])
    def test_whole_numbers_within_the_bound(self, value: int) -> None:
        assert structure_decimal(value) == Decimal(value)

    @pytest.mark.parametrize("value", [10**101, -(10**101), 10**5000], ids=["1e101", "-1e101", "1e5000"])
    def test_whole_numbers_past_the_bound_are_refused(self, value: int) -> None:
        # 10**5000 has more digits than Python will even write out by default.
        with pytest.raises(ValueError, match=r"within \u00b1100, .* got a whole number of about \d+ digits"):
            structure_decimal(value)

    def test_a_record_explains_the_field(self) -> None:
        with pytest.raises(Exception) as info:  # noqa: PT011 - cattrs wraps the ValueError
            eca.converter.structure(figure_with("\u0665\u0660"), eca.TradeFigure)
        assert any(path == "value" and "\u0665\u0660" in message for path, message in explain(info.value))


surrogates = st.characters(categories=["Cs"])


class TestText:
    @pytest.mark.parametrize(
        ("text", "where"),
        [
            ("\ud800", "U+D800 at character 0"),
            ("\udfff", "U+DFFF at character 0"),
            ("Summit \ud800 in Astana", "U+D800 at character 7"),
            ("\u00e9\ud83d", "U+D83D at character 1"),  # a high surrogate with no low one after it
            ("\udc00\ud800", "U+DC00 at character 0"),  # a pair in the wrong order is two lone ones
        ],
    )
    def test_lone_surrogates_are_refused(self, text: str, where: str) -> None:
        with pytest.raises(ValueError, match="expected text without lone surrogates") as info:
            eca.converter.structure(text, str)
        message = str(info.value)
        assert "(U+D800\u2013U+DFFF), got " + repr(text) in message
        assert where in message

    def test_a_json_surrogate_escape_is_refused_naming_the_record_and_field(self) -> None:
        # Before, read_json accepted it and every export then failed with UnicodeEncodeError.
        document = json.loads(to_json(example_dataset()))
        document["events"][0]["title"] = "Summit \ud800"
        document["events"][0]["note"] = "x\udfff"
        text = json.dumps(document)  # ensure_ascii: the file holds the escape "\\ud800"
        assert "\\ud800" in text
        with pytest.raises(DataError) as info:
            read_json(text)
        message = str(info.value)
        assert "field title: expected text without lone surrogates" in message
        assert "field note: expected text without lone surrogates" in message

    @given(st.text())
    def test_text_every_writer_can_encode_is_kept_as_it_is(self, text: str) -> None:
        assert eca.converter.structure(text, str) is text

    @given(st.text(max_size=200), surrogates, st.text(max_size=200))
    def test_any_lone_surrogate_is_refused_where_it_is(self, before: str, surrogate: str, after: str) -> None:
        # `before` holds no surrogate (hypothesis' text() leaves them out), so the first is this one.
        with pytest.raises(ValueError, match="lone surrogates") as info:
            eca.converter.structure(before + surrogate + after, str)
        assert f"U+{ord(surrogate):04X} at character {len(before)})" in str(info.value)

    def test_a_long_text_is_quoted_briefly(self) -> None:
        text = "a" * 1_000_000 + "\ud800"
        with pytest.raises(ValueError, match="lone surrogates") as info:
            eca.converter.structure(text, str)
        assert len(str(info.value)) < 400
        assert "U+D800 at character 1000000" in str(info.value)


ROOT = Path(__file__).parents[1]
# Where citation spans count characters: the bundled sources and data, the seed documents,
# and the documentation's example datasets.
KEPT_EXACT = ("src/eucentralasia/data", "seeds", "docs/examples")


def git(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, check=False, timeout=60)


@pytest.fixture(scope="module")
def kept_exact() -> list[str]:
    """The files of `KEPT_EXACT` git holds; skips where there is no git checkout (an sdist)."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    if not (ROOT / ".gitattributes").is_file():
        pytest.skip(".gitattributes is not beside the tests")
    top = git("rev-parse", "--show-toplevel")
    if top.returncode != 0 or Path(top.stdout.decode().strip()).resolve() != ROOT.resolve():
        pytest.skip("the tests are not in a git checkout of the project")
    files = git("ls-files", "-z", "--", *KEPT_EXACT).stdout.decode().split("\0")
    return [name for name in files if name]


class TestLineEnds:
    def test_source_texts_and_data_files_are_not_converted(self, kept_exact: list[str]) -> None:
        assert any(name.endswith(".txt") for name in kept_exact)
        assert any(name.endswith(".toml") for name in kept_exact)
        output = git("check-attr", "-z", "text", "eol", "--", *kept_exact).stdout.decode().split("\0")
        found: dict[str, dict[str, str]] = {}
        for path, attribute, value in zip(output[0::3], output[1::3], output[2::3], strict=False):
            found.setdefault(path, {})[attribute] = value
        for name in kept_exact:
            attributes = found[name]
            if name.endswith(".toml"):
                assert attributes == {"text": "set", "eol": "lf"}, name
            else:  # a source text: never converted at all
                assert attributes["text"] == "unset", name

    def test_a_crlf_checkout_gives_every_file_byte_for_byte(self, kept_exact: list[str]) -> None:
        crlf = ("-c", "core.autocrlf=true", "-c", "core.eol=crlf")
        # The check is live: a text file the attributes leave alone does get CRLF.
        readme = git(*crlf, "cat-file", "--filters", ":README.md")
        if readme.returncode == 0:
            assert b"\r\n" in readme.stdout
        for name in kept_exact:
            committed = git("cat-file", "blob", f":{name}")
            checked_out = git(*crlf, "cat-file", "--filters", f":{name}")
            assert committed.returncode == checked_out.returncode == 0, checked_out.stderr
            assert checked_out.stdout == committed.stdout, name


REGEN = ROOT / "tools" / "regen_codes.py"
CODES = ROOT / "src" / "eucentralasia" / "_codes.py"


@pytest.fixture(scope="module")
def regen() -> ModuleType:
    """tools/regen_codes.py as a module; skips without tools/ (an installed package) or pycountry."""
    pytest.importorskip("pycountry")
    if not REGEN.parent.is_dir() or not CODES.is_file():
        pytest.skip("tools/ and src/ are not beside the tests")
    assert REGEN.is_file(), "tools/regen_codes.py is missing"
    spec = importlib.util.spec_from_file_location("regen_codes", REGEN)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_regen(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REGEN), *args], capture_output=True, text=True, check=False, timeout=120
    )


class TestCodeTables:
    def test_the_tables_are_pycountrys_plus_the_documented_extras(self, regen: ModuleType) -> None:
        import pycountry

        # Computed here, not with the tool's functions, so the test checks them too.
        iso = {c.alpha_2: getattr(c, "common_name", c.name) for c in pycountry.countries}
        extras = {code: name for code, (name, _) in regen.EXTRA_COUNTRIES.items()}
        assert not iso.keys() & extras.keys()
        assert {**iso, **extras} == COUNTRY_NAMES
        assert list(COUNTRY_NAMES) == sorted(COUNTRY_NAMES)
        currencies = {c.alpha_3 for c in pycountry.currencies}
        assert currencies | regen.EXTRA_CURRENCIES.keys() == CURRENCY_CODES
        # The extras are documented where the tables are.
        for code in [*regen.EXTRA_COUNTRIES, *regen.EXTRA_CURRENCIES]:
            assert f"``{code}`` is added for" in CODES.read_text(encoding="utf-8")

    def test_the_module_is_up_to_date(self, regen: ModuleType) -> None:
        result = run_regen("--check")
        assert result.returncode == 0, result.stderr
        assert "up to date" in result.stdout

    def test_regenerating_twice_changes_nothing_and_passes_ruff(
        self, regen: ModuleType, tmp_path: Path
    ) -> None:
        target = tmp_path / "_codes.py"
        for _ in range(2):
            result = run_regen("--output", str(target))
            assert result.returncode == 0, result.stderr
            assert target.read_bytes() == CODES.read_bytes()
        assert "up to date" in result.stdout  # the second run found nothing to write
        if importlib.util.find_spec("ruff") is None:
            pytest.skip("ruff is not installed")
        lint = subprocess.run(
            [sys.executable, "-m", "ruff", "check", "--stdin-filename", "src/eucentralasia/_codes.py", "-"],
            input=target.read_bytes(),
            capture_output=True,
            cwd=ROOT,
            check=False,
            timeout=120,
        )
        assert lint.returncode == 0, lint.stdout.decode() + lint.stderr.decode()

    def test_check_reports_a_stale_module_and_writes_nothing(self, regen: ModuleType, tmp_path: Path) -> None:
        target = tmp_path / "_codes.py"
        stale = CODES.read_text(encoding="utf-8").replace('"KZ": "Kazakhstan"', '"KZ": "Kazakstan"')
        target.write_text(stale, encoding="utf-8")
        result = run_regen("--check", "--output", str(target))
        assert result.returncode == 1
        assert '+    "KZ": "Kazakhstan",' in result.stderr
        assert target.read_text(encoding="utf-8") == stale

    def test_pycountry_is_needed_for_tests_only(self) -> None:
        pyproject = ROOT / "pyproject.toml"
        if not pyproject.is_file():
            pytest.skip("pyproject.toml is not beside the tests")
        project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
        assert not any(dep.startswith("pycountry") for dep in project["dependencies"])
        assert any(dep.startswith("pycountry") for dep in project["optional-dependencies"]["test"])
        script = "import sys, eucentralasia; eucentralasia.load(); print('pycountry' in sys.modules)"
        loaded = subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )
        assert loaded.stdout.strip() == "False"


def example_text_file() -> str:
    from eucentralasia.testing import example_dataset

    return example_dataset().sources.get("example-article").text_file


class TestInputsAreBounded:
    """Special files, sizes, paths, messages and suggestions: each refused or bounded."""

    @staticmethod
    def _example(folder: Path) -> Path:
        from eucentralasia.testing import example_dataset, write_dataset

        write_dataset(example_dataset(), folder)
        return folder

    @pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
    def test_a_fifo_data_file_is_refused_not_opened(self, tmp_path: Path) -> None:
        os.mkfifo(tmp_path / "x.toml")
        with pytest.raises(eca.DataError, match="FIFO, socket or device: refused"):
            eca.load(extra=[tmp_path])

    @pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
    def test_a_fifo_source_text_is_refused_not_opened(self, tmp_path: Path) -> None:
        folder = self._example(tmp_path)
        text = folder / example_text_file()
        text.unlink()
        os.mkfifo(text)
        with pytest.raises(eca.DataError) as error:
            eca.load(extra=[folder])
        [problem] = error.value.problems
        assert problem.field == "text_file"
        assert "refused, never opened" in problem.message

    @pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
    def test_a_symlink_to_dev_zero_is_refused(self, tmp_path: Path) -> None:
        (tmp_path / "zero.toml").symlink_to("/dev/zero")
        with pytest.raises(eca.DataError, match="refused"):
            eca.load(extra=[tmp_path])

    def test_files_over_the_limit_are_refused_and_the_limit_can_be_raised(self, tmp_path: Path) -> None:
        folder = self._example(tmp_path)
        size = max(p.stat().st_size for p in folder.rglob("*.toml"))
        with pytest.raises(eca.DataError, match="larger than the limit of"):
            eca.load(extra=[folder], max_bytes=size - 1)
        assert "example-forum" in eca.load(extra=[folder], max_bytes=size * 2)

    def test_a_bom_opening_a_data_file_is_skipped(self, tmp_path: Path) -> None:
        folder = self._example(tmp_path)
        events = folder / "events.toml"
        events.write_bytes(b"\xef\xbb\xbf" + events.read_bytes())
        assert "example-forum" in eca.load(extra=[folder])

    def test_bytes_are_no_path(self) -> None:
        with pytest.raises(eca.DataError, match=r"expected a path as text or os\.PathLike"):
            eca.load(extra=b"/tmp")  # type: ignore[arg-type]
        with pytest.raises(eca.DataError, match=r"expected a path as text or os\.PathLike"):
            eca.load(extra=[b"/tmp"])  # type: ignore[list-item]

    @pytest.mark.parametrize("text", ["\x00", "\ufeff{", "\ufeff\x00", "x" * 5000, "a\nb"])
    def test_read_json_refuses_text_that_is_no_json_with_a_data_error(self, text: str) -> None:
        from eucentralasia.export import read_json

        with pytest.raises(eca.DataError, match="not valid JSON"):
            read_json(text)

    def test_read_json_reads_a_document_opening_with_a_bom(self) -> None:
        from eucentralasia.export import read_json, to_json
        from eucentralasia.testing import example_dataset

        assert read_json("\ufeff" + to_json(example_dataset())) == example_dataset()

    @pytest.mark.parametrize(
        "text_file", ["/etc/passwd", "../x.txt", "a/../../x.txt", "C:\\x.txt", "a\\..\\..\\x"]
    )
    def test_read_json_refuses_text_files_load_would_refuse(self, text_file: str) -> None:
        from eucentralasia.export import read_json, to_json
        from eucentralasia.testing import example_dataset

        document = json.loads(to_json(example_dataset()))
        document["sources"][0]["text_file"] = text_file
        with pytest.raises(eca.DataError) as error:
            read_json(json.dumps(document))
        (problem,) = error.value.problems
        assert (problem.record, problem.field) == ("example-article", "text_file")
        assert "a path relative to the data file's folder, inside it" in problem.message

    def test_messages_quote_huge_values_cut_short(self, tmp_path: Path) -> None:
        (tmp_path / "big.toml").write_text(f'[[events]]\nid = "{"x" * 10_000_000}"\n', encoding="utf-8")
        with pytest.raises(eca.DataError) as error:
            eca.load(extra=[tmp_path])
        assert max(len(str(problem)) for problem in error.value.problems) < 3_000
        assert len(str(error.value)) < 20_000

    def test_suggestions_are_bounded_whatever_the_number_of_ids(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        from eucentralasia import _search

        ids = sorted(f"a{n:06d}-record" for n in range(200_000))
        measured = []

        class Counting(_search.NearSpelling):
            def __call__(self, text: str) -> float | None:
                measured.append(text)
                return super().__call__(text)

        monkeypatch.setattr(_search, "NearSpelling", Counting)
        assert _search.suggest("a000017-recrd", ids)[0] == "a000017-record"
        assert 0 < len(measured) <= 2_000


def test_the_users_converter_is_not_the_loaders(monkeypatch: pytest.MonkeyPatch) -> None:
    """A hook a user registers on eca.converter changes no load: strictness stays."""
    from eucentralasia import _serialization

    monkeypatch.setattr(_serialization, "_users", _serialization.Lazy(_serialization.make_converter))
    eca.converter.register_structure_hook(str, lambda value, _: str(value))
    assert eca.converter.structure(5, str) == "5"
    from eucentralasia.export import read_json

    with pytest.raises(eca.DataError, match="expected text"):
        read_json('{"format": "eucentralasia", "version": 1, "events": [{"id": 5}]}')


def test_a_figure_built_in_python_obeys_the_files_bound() -> None:
    """What the validator accepts, the files can hold: no value that cannot be read back."""
    from eucentralasia.testing import example_dataset

    figure = example_dataset().trade_figures.get("example-trade-2024")
    with pytest.raises(eca.FieldError, match="exponent within"):
        eca._schema.evolve(figure, value=Decimal("1E+200"))
    bounded = eca._schema.evolve(figure, value=Decimal("1E+100"))
    assert eca.converter.structure(eca.converter.unstructure(bounded), eca.TradeFigure) == bounded
