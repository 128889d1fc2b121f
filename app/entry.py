"""Process entry: `analyze` goes to the CLI, anything else opens the window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["analyze"]:
        from .cli import run

        return run(argv[1:])
    from .ui.app import run_gui

    return run_gui(argv)


if __name__ == "__main__":
    sys.exit(main())
