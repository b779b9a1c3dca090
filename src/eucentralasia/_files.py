"""Writing a user's files: whole or not at all, never outside the folder they named.

Every file the package writes for a user (``propose --out``, ``check --fix``, every
export) goes through `Files`: each file is written to a temporary file beside it,
flushed and ``fsync``-ed, and only once every file of the batch is ready are they
swapped in with `os.replace`. A failure or an interruption (Ctrl-C) before the swap
leaves every file as it was and no temporary file behind; one during the swap puts the
files already swapped back as they were. So a full disk, a quota or a file-size limit
can cost the new files, never the old ones.

Before anything is written, each target is checked: a symlink is followed only while
it stays inside the folder the user named (`Files.within`), and the file it points at
is replaced in place (the link stays); a FIFO, socket, device or folder is refused, and
so is a file with no write permission (read-only is the owner saying "leave it").
Refusals and failures are `OSError` with the file's name and a reason, so a command
line prints them as one line.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Final

__all__ = ["Files", "write_file"]

_PREFIX: Final = ".eucentralasia-"


def _refuse(path: Path, message: str, code: int = errno.EPERM) -> OSError:
    return OSError(code, message, str(path))


class Files:
    """A batch of files to write together: all of them change, or none does.

    `within` is the folder the user named; no target may lead outside it. Use it as a
    context manager: the files are swapped in when the block ends without an error.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     with Files(folder) as files:
    ...         files.write(Path(folder, "a.txt"), "one")
    ...         with files.open(Path(folder, "b.txt")) as stream:
    ...             _ = stream.write("two")
    ...     sorted(p.name for p in Path(folder).iterdir())
    ['a.txt', 'b.txt']
    """

    def __init__(self, within: str | os.PathLike[str]) -> None:
        self.within = Path(within)
        self._staged: list[tuple[Path, Path]] = []  # (temporary file, the target it replaces)
        self._created: list[Path] = []  # folders made for the batch, removed if it fails

    def __enter__(self) -> Files:
        return self

    def __exit__(self, kind: object, error: object, traceback: object) -> None:
        if kind is None:
            self.commit()
        else:
            self.discard()

    # -- preparing ------------------------------------------------------------------------

    def folder(self) -> Path:
        """Make `within` (and its parents) if it does not exist; remembered to undo on failure."""
        missing = []
        folder = self.within
        while not folder.exists() and folder != folder.parent:
            missing.append(folder)
            folder = folder.parent
        for made in reversed(missing):
            made.mkdir()
            self._created.append(made)
        if not self.within.is_dir():
            raise _refuse(self.within, "not a folder", errno.ENOTDIR)
        return self.within

    def target(self, path: str | os.PathLike[str]) -> Path:
        """The file that writing `path` replaces, checked: inside `within`, regular, writable."""
        path = Path(path)
        try:
            resolved = path.resolve()
            root = self.within.resolve()
        except (RuntimeError, OSError):  # a symlink loop (Python < 3.13 raises RuntimeError)
            raise _refuse(path, "a symlink loop", errno.ELOOP) from None
        if not resolved.is_relative_to(root):
            raise _refuse(path, f"leads outside {self.within} (a symlink): refused")
        try:
            status = resolved.stat()
        except FileNotFoundError:
            if not resolved.parent.is_dir():
                raise _refuse(path, "no such folder", errno.ENOENT) from None
            return resolved
        if stat.S_ISDIR(status.st_mode):
            raise _refuse(path, "a folder, not a file", errno.EISDIR)
        if not stat.S_ISREG(status.st_mode):
            raise _refuse(path, "not a regular file but a FIFO, socket or device: refused")
        if not status.st_mode & 0o222:
            raise _refuse(path, "read-only: refused (make it writable to replace it)", errno.EACCES)
        return resolved

    @contextlib.contextmanager
    def open(
        self, path: str | os.PathLike[str], *, encoding: str = "utf-8", newline: str | None = None
    ) -> Iterator[IO[str]]:
        """A text stream whose content becomes `path` when the batch is committed."""
        with self.binary(path) as raw:
            text = io.TextIOWrapper(raw, encoding=encoding, newline=newline)
            yield text
            text.flush()
            text.detach()  # `binary` closes the file once it is synced

    @contextlib.contextmanager
    def binary(self, path: str | os.PathLike[str]) -> Iterator[IO[bytes]]:
        """A binary stream whose content becomes `path` when the batch is committed."""
        target = self.target(path)
        try:
            handle, temporary = _create(target.parent, ".tmp")
        except OSError as exc:  # named after the file asked for, not the temporary one
            raise _refuse(Path(path), exc.strerror or str(exc), exc.errno or errno.EIO) from None
        self._staged.append((temporary, target))
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        with contextlib.suppress(FileNotFoundError):  # a new file has the umask's mode already
            os.chmod(temporary, stat.S_IMODE(target.stat().st_mode))

    def write(self, path: str | os.PathLike[str], data: str | bytes) -> None:
        """Stage `data` (text is written as UTF-8) as the new content of `path`."""
        with self.binary(path) as stream:
            stream.write(data.encode("utf-8") if isinstance(data, str) else data)

    # -- swapping -------------------------------------------------------------------------

    def commit(self) -> None:
        """Swap every staged file in; if one swap fails, put the ones done back."""
        # (target, a second name for its old content; None for a new file, or where no link can be made)
        backups: list[tuple[Path, Path | None, bool]] = []
        try:
            for temporary, target in self._staged:
                existed = target.exists()
                backups.append((target, _backup(target) if existed else None, existed))
                os.replace(temporary, target)
        except BaseException:
            for target, backup, existed in reversed(backups):
                with contextlib.suppress(OSError):
                    if backup is not None:
                        os.replace(backup, target)
                        backup.unlink(missing_ok=True)  # a no-op rename: both names were one file
                    elif not existed:
                        target.unlink()
            self.discard()
            raise
        for _, backup, _ in backups:
            if backup is not None:
                with contextlib.suppress(OSError):
                    backup.unlink()
        for folder in {target.parent for _, target in self._staged}:
            _sync_folder(folder)
        self._staged.clear()
        self._created.clear()

    def discard(self) -> None:
        """Remove the staged files (and the folders made for them): nothing changes."""
        for temporary, _ in self._staged:
            with contextlib.suppress(OSError):
                temporary.unlink()
        self._staged.clear()
        for folder in reversed(self._created):
            with contextlib.suppress(OSError):
                folder.rmdir()  # only if empty: a folder someone filled meanwhile stays
        self._created.clear()


def _create(folder: Path, suffix: str) -> tuple[int, Path]:
    """A new empty file in `folder` under a name no other file has, and its open handle.

    Opened as `open` opens a new file (mode 0o666 less the umask) rather than with
    `tempfile.mkstemp`'s private 0o600, so a new file gets the mode the user expects.
    """
    while True:
        path = folder / f"{_PREFIX}{secrets.token_hex(8)}{suffix}"
        try:
            return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), path
        except FileExistsError:  # pragma: no cover - 2**-64
            continue


def _backup(target: Path) -> Path | None:
    """A second name (hard link) for `target`'s current content, to put back if the batch fails."""
    while True:
        path = target.parent / f"{_PREFIX}{secrets.token_hex(8)}.old"
        try:
            os.link(target, path)
            return path
        except FileExistsError:  # pragma: no cover - 2**-64
            continue
        except OSError:  # a file system without hard links: the swap goes on without one
            return None


def _sync_folder(folder: Path) -> None:
    """Make the renames in `folder` durable (where the system allows opening a folder)."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def write_file(path: str | os.PathLike[str], data: str | bytes) -> Path:
    """Write `data` to `path` whole or not at all, refusing a target outside its own folder."""
    path = Path(path)
    with Files(path.parent) as files:
        files.write(path, data)
    return path
