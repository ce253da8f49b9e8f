"""``python -m claims``: the same as the ``claimdesk`` command."""

import sys

from claims.cli import main

sys.exit(main())
