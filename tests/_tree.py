"""A folder's state, for tests that a command changed nothing it should not have."""

from __future__ import annotations

import os
import stat
from pathlib import Path


def snapshot(folder: Path) -> dict[str, bytes | str]:
    """Every entry under `folder`: a file's bytes, a symlink's target, "other" for the rest."""
    found: dict[str, bytes | str] = {}
    for path in sorted(folder.rglob("*")):
        key = str(path.relative_to(folder))
        if path.is_symlink():
            found[key] = "-> " + os.readlink(path)
        elif stat.S_ISREG(path.lstat().st_mode):  # never opens a FIFO or a device
            found[key] = path.read_bytes()
        else:
            found[key] = "other"
    return found
