"""``python -m gui``: the same as the ``claimdesk`` command."""

import sys

from gui.cli import main

sys.exit(main())
