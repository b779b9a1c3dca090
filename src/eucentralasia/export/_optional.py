"""The error raised when an optional dependency of an export is missing."""

from __future__ import annotations

__all__ = ["missing_extra"]


def missing_extra(module: str, extra: str, feature: str) -> ModuleNotFoundError:
    """Return the error to raise when `feature` cannot import `module`: it names the extra.

    >>> print(missing_extra("pandas", "pandas", "to_frame"))
    to_frame needs pandas, which is not installed: pip install "eucentralasia[pandas]"
    """
    message = f'{feature} needs {module}, which is not installed: pip install "eucentralasia[{extra}]"'
    return ModuleNotFoundError(message, name=module)
