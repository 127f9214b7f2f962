"""RM Coach desktop app: parse the arguments and start the UI."""

import sys

from ui.app import parse_args, run

if __name__ == "__main__":
    sys.exit(run(parse_args(sys.argv[1:])))
