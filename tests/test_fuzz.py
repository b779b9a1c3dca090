"""Random folders in, a dataset or a `DataError` out: never another exception, never a hang.

Two property tests feed the loader folders it has never seen: copies of the bundled data
with random byte-level mutations, and folders of random files next to the real bundled
data. Each load runs in a worker thread with a generous bound, so a hang fails the test
instead of stalling the run. ``HYPOTHESIS_PROFILE=thorough`` runs many more cases.
"""

from __future__ import annotations

import concurrent.futures
import shutil
from collections.abc import Callable
from importlib.resources import files
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import eucentralasia as eca
from eucentralasia import DataError, _loading
from eucentralasia._lazy import Lazy

# A load of the whole bundled data takes well under a second; a minute means it hangs.
BOUND_SECONDS = 60
BUNDLED = Path(str(files("eucentralasia") / "data"))
BUNDLED_FILES = sorted(str(path.relative_to(BUNDLED)) for path in BUNDLED.rglob("*") if path.is_file())

fixtures_shared = settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def bounded(load: Callable[[], eca.Dataset]) -> eca.Dataset | DataError:
    """Run `load` in a worker thread: its dataset or its `DataError`, within the bound."""
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    future = pool.submit(load)
    try:
        return future.result(timeout=BOUND_SECONDS)
    except DataError as error:
        failed = error
    except concurrent.futures.TimeoutError:
        pytest.fail(f"the load did not finish within {BOUND_SECONDS} s")
    finally:
        pool.shutdown(wait=False)
    assert failed.problems
    assert all(problem.file and problem.message for problem in failed.problems)
    return failed


@st.composite
def mutated(draw: st.DrawFn, data: bytes) -> bytes:
    """`data` after one to three random edits: a byte changed, a slice cut, bytes put in, lines moved."""
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(data)))
        edit = draw(st.sampled_from(["set", "cut", "insert", "repeat", "swap", "truncate"]))
        if edit == "set" and at < len(data):
            data = data[:at] + bytes([draw(st.integers(0, 255))]) + data[at + 1 :]
        elif edit == "cut":
            data = data[:at] + data[at + draw(st.integers(1, 200)) :]
        elif edit == "insert":
            data = data[:at] + draw(st.binary(min_size=1, max_size=40) | st.sampled_from(INSERTS)) + data[at:]
        elif edit in ("repeat", "swap"):
            lines = data.splitlines(keepends=True) or [b""]
            i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
            if edit == "repeat":
                lines.insert(j, lines[i])
            else:
                lines[i], lines[j] = lines[j], lines[i]
            data = b"".join(lines)
        elif edit == "truncate":
            data = data[:at]
    return data


# Bytes that mean something to TOML, the schema or the checks.
INSERTS = [
    b'"',
    b"'''",
    b"[",
    b"]]",
    b"\n[[events]]\n",
    b"=",
    b"\\u",
    b"\xef\xbb\xbf",
    b"\r\n",
    b"\x00",
    b"1E+999999999",
    b"-",
    b"2025-13-01",
    b"\xed\xa0\x80",
    b"..",
]


@pytest.fixture
def empty_bundled(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """The bundled data pointed at an empty folder, so a copy of it can load as a user's."""
    folder = tmp_path_factory.mktemp("bundled")
    monkeypatch.setattr(_loading, "_bundled_files", lambda: (folder, []))
    monkeypatch.setattr(_loading, "bundled_data", Lazy(_loading._read_bundled))


# Each case copies and loads the whole bundled data: a third of the profile's examples.
@settings(fixtures_shared, max_examples=max(10, settings.default.max_examples // 3))
@given(st.sampled_from(BUNDLED_FILES), st.data())
def test_a_mutated_copy_of_the_bundled_data_loads_or_is_a_data_error(
    empty_bundled: None, tmp_path_factory: pytest.TempPathFactory, name: str, data: st.DataObject
) -> None:
    folder = tmp_path_factory.mktemp("copy") / "data"
    shutil.copytree(BUNDLED, folder)
    target = folder / name
    target.write_bytes(data.draw(mutated(target.read_bytes()), label="mutated"))
    result = bounded(lambda: eca.load(extra=[folder]))
    if isinstance(result, eca.Dataset):  # an edit TOML and the checks both allow, e.g. in a comment
        assert len(result) > 0


random_names = st.from_regex(r"[a-z0-9_.-]{1,12}", fullmatch=True).filter(lambda n: n not in (".", ".."))
random_files = st.dictionaries(
    st.tuples(
        st.sampled_from(["", "sub/", "sub/deeper/"]), random_names, st.sampled_from([".toml", ".txt", ""])
    ),
    st.binary(max_size=400) | st.sampled_from([path.read_bytes()[:2000] for path in BUNDLED.glob("*.toml")]),
    min_size=1,
    max_size=4,
)


@fixtures_shared
@given(random_files)
def test_a_random_folder_beside_the_bundled_data_leaves_it_unchanged(
    tmp_path_factory: pytest.TempPathFactory, tree: dict[tuple[str, str, str], bytes]
) -> None:
    before = eca.load()
    snapshot = eca.converter.unstructure(list(before))
    folder = tmp_path_factory.mktemp("random")
    for (sub, stem, suffix), content in tree.items():
        path = folder / sub / (stem + suffix)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.is_dir():
            path.write_bytes(content)
    result = bounded(lambda: eca.load(extra=[folder]))
    if isinstance(result, eca.Dataset):
        assert set(before) <= set(result)
    assert eca.load() is before
    assert eca.converter.unstructure(list(eca.load())) == snapshot
