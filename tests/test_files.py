"""Writing a user's files (`_files`): whole or not at all, never outside the folder named."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from _tree import snapshot
from eucentralasia import _files
from eucentralasia._files import Files, write_file
from eucentralasia.export import write_csv, write_datapackage, write_json
from eucentralasia.testing import example_dataset


def test_write_file_replaces_the_file_whole_and_keeps_its_mode(tmp_path: Path) -> None:
    path = tmp_path / "data.toml"
    path.write_text("old")
    path.chmod(0o640)
    write_file(path, "new")
    assert path.read_text() == "new"
    assert path.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.toml"]


def test_a_failed_write_leaves_the_file_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "data.toml"
    path.write_text("a day of review")

    def full(handle: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(_files.os, "fsync", full)
    with pytest.raises(OSError, match="No space"):
        write_file(path, "x" * 100_000)
    assert snapshot(tmp_path) == {"data.toml": b"a day of review"}


def test_a_symlink_leaving_the_folder_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside.toml"
    outside.write_text("theirs")
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "data.toml").symlink_to(outside)
    with pytest.raises(OSError, match="leads outside"):
        write_file(folder / "data.toml", "mine")
    assert outside.read_text() == "theirs"


def test_a_symlink_inside_the_folder_is_followed_and_kept(tmp_path: Path) -> None:
    (tmp_path / "real.toml").write_text("old")
    (tmp_path / "link.toml").symlink_to("real.toml")
    write_file(tmp_path / "link.toml", "new")
    assert (tmp_path / "link.toml").is_symlink()
    assert (tmp_path / "real.toml").read_text() == "new"


@pytest.mark.parametrize("kind", ["fifo", "device", "folder", "read-only"])
def test_targets_that_are_not_writable_files_are_refused(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "out.json"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "device":
        path.symlink_to("/dev/null")
        with pytest.raises(OSError, match="leads outside"):
            write_file(path, "x")
        with pytest.raises(OSError, match="FIFO, socket or device"):
            Files("/dev").target("/dev/null")
        return
    elif kind == "folder":
        path.mkdir()
    else:
        path.write_text("keep")
        path.chmod(0o444)
    before = snapshot(tmp_path)
    with pytest.raises(OSError, match=r"refused|folder") as caught:
        write_file(path, "x")
    assert caught.value.filename == str(path)
    assert snapshot(tmp_path) == before


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(OSError, match="no such folder") as caught:
        write_file(tmp_path / "no" / "out.json", "x")
    assert caught.value.filename == str(tmp_path / "no" / "out.json")


@given(
    contents=st.lists(st.binary(max_size=50), min_size=1, max_size=5),
    existing=st.lists(st.booleans(), min_size=5, max_size=5),
    failing=st.integers(0, 12),
)
def test_a_batch_changes_every_file_or_none(
    tmp_path_factory: pytest.TempPathFactory, contents: list[bytes], existing: list[bool], failing: int
) -> None:
    """A failure at any step (staging, syncing, swapping) leaves every file as it was."""
    folder = tmp_path_factory.mktemp("batch")
    for i, exists in enumerate(existing):
        if exists:
            (folder / f"{i}.txt").write_bytes(b"old %d" % i)
    before = snapshot(folder)
    steps = 0
    real_replace = os.replace

    def replace(a: str | Path, b: str | Path) -> None:
        nonlocal steps
        steps += 1
        if steps == failing:
            raise KeyboardInterrupt
        real_replace(a, b)

    files = Files(folder)
    try:
        _files.os.replace = replace  # type: ignore[assignment]
        with files:
            for i, data in enumerate(contents):
                steps += 1
                if steps == failing:
                    raise KeyboardInterrupt
                files.write(folder / f"{i}.txt", data)
    except KeyboardInterrupt:
        assert snapshot(folder) == before
    else:
        after = dict(before)
        after.update({f"{i}.txt": data for i, data in enumerate(contents)})
        assert snapshot(folder) == after
    finally:
        _files.os.replace = real_replace


def test_an_interrupted_csv_export_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from eucentralasia.export import _csv

    ds = example_dataset()
    write_csv(ds, tmp_path / "old")
    before = snapshot(tmp_path)
    real = _csv._write_table
    calls = 0

    def interrupted(*args: object) -> Path:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise KeyboardInterrupt
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(_csv, "_write_table", interrupted)
    for folder in ("old", "new/deeper"):
        calls = 0
        with pytest.raises(KeyboardInterrupt):
            write_csv(ds, tmp_path / folder)
        calls = 0
        with pytest.raises(KeyboardInterrupt):
            write_datapackage(ds, tmp_path / folder)
    assert snapshot(tmp_path) == before  # the new folders made for it are gone too


def test_an_export_does_not_write_through_a_symlink_out(tmp_path: Path) -> None:
    (tmp_path / "theirs.json").write_text("{}")
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "out.json").symlink_to(tmp_path / "theirs.json")
    with pytest.raises(OSError, match="leads outside"):
        write_json(example_dataset(), mine / "out.json")
    assert (tmp_path / "theirs.json").read_text() == "{}"
