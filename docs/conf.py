"""Sphinx configuration for the eucentralasia documentation.

The build never touches the network: intersphinx reads only the inventories kept in
``docs/inventories/``, and the record catalogue and timeline figure are generated from
the installed package's own data by the extension in ``docs/_ext/``.
"""

from __future__ import annotations

import doctest
import sys
from importlib.metadata import version as _version
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE / "_ext"))

project = "eucentralasia"
author = "The eucentralasia developers"
copyright = "2026, The eucentralasia developers"
release = _version("eucentralasia")
version = release

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.autosummary",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "myst_parser",
    "catalogue",
    "apidoc",
    "dictionary",
]

source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
exclude_patterns = ["_build", "inventories"]
default_role = "py:obj"

html_theme = "furo"
# Where Read the Docs serves the pages (.readthedocs.yaml): canonical links point there.
html_baseurl = "https://eucentralasia.readthedocs.io/en/latest/"
html_title = f"eucentralasia {release}"
html_static_path = ["_static"]
html_css_files = ["eucentralasia.css"]
# Records are search objects (docs/_ext/catalogue.py); this ranks the closest name first.
html_search_scorer = str(HERE / "_ext" / "scorer.js")

autodoc_member_order = "bysource"
# Signatures carry the types and defaults (docs/_ext/apidoc.py writes them); a long one
# is shown one parameter per line.
autodoc_typehints = "signature"
# "Bases:" is shown only where a directive asks (exceptions, the registry): a key here,
# even set to False, would show it on every class.
autodoc_default_options = {"members": True}
python_maximum_signature_line_length = 88
python_use_unqualified_type_names = True
autosummary_generate = False
# Records are built from several private modules; show them where users import them.
autodoc_type_aliases = {"DateValue": "eucentralasia.DateValue", "Record": "eucentralasia.Record"}
add_module_names = False

intersphinx_mapping = {
    "python": ("https://docs.python.org/3", str(HERE / "inventories" / "python.inv")),
    "attrs": ("https://www.attrs.org/en/stable", str(HERE / "inventories" / "attrs.inv")),
    "cattrs": ("https://catt.rs/en/stable", str(HERE / "inventories" / "cattrs.inv")),
}
intersphinx_timeout = 1

doctest_global_setup = f"""
import eucentralasia as eca
from pathlib import Path
EXAMPLES = Path({str(HERE / "examples")!r})
"""
# Docstring examples (the API pages) run in their modules' context in
# tests/test_doctests.py; here only the guides' ``.. doctest::`` blocks run.
doctest_test_doctest_blocks = ""
# Check exception messages too (Sphinx's default ignores everything after the colon).
doctest_default_flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
myst_heading_anchors = 3
