"""Run the command-line interface: python -m rmcoach."""

import sys

from rmcoach.cli import main

sys.exit(main())
