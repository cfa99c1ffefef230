"""Composition root: ``qsm-desktop`` and ``python -m qsm_desktop``."""

from __future__ import annotations

import sys


def main() -> int:
    from qsm_desktop.cli.main import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
