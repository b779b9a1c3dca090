"""``python -m eucentralasia``: the command line, as the ``eucentralasia`` script."""

from .cli import main

raise SystemExit(main())
