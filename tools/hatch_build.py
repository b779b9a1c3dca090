"""Build hook: the compact form of the bundled data (``eucentralasia/_bundled.py``), made for the wheel.

The module is generated from the bundled TOML files by ``tools/regen_bundled.py`` when a
wheel is built, rather than kept in git: the data changes in review as TOML and snapshots
only, and a wheel can never carry a compact form made from other data (its checksum would
send the loader back to the TOML files anyway). An editable install gets none and reads
the TOML files, every check run, as it would with a stale module; ``python
tools/regen_bundled.py`` writes one into ``src/`` (ignored by git) for a faster first load.

Generating it imports the package from ``src/``, so the build needs the runtime
dependencies (``[build-system] requires``).
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CompactBundledData(BuildHookInterface):
    """Writes ``_bundled.py`` for a wheel (not for an editable install)."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        root = Path(self.root)
        spec = importlib.util.spec_from_file_location("regen_bundled", root / "tools" / "regen_bundled.py")
        assert spec is not None
        assert spec.loader is not None
        regen = importlib.util.module_from_spec(spec)
        sys.path.insert(0, str(root / "src"))
        try:
            spec.loader.exec_module(regen)
            text = regen.generate()
        finally:
            sys.path.remove(str(root / "src"))
        self._folder = tempfile.mkdtemp(prefix="eucentralasia-build-")
        module = Path(self._folder) / "_bundled.py"
        module.write_text(text, encoding="utf-8")
        build_data["force_include"][str(module)] = "eucentralasia/_bundled.py"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        folder = getattr(self, "_folder", None)
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
