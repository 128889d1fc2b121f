"""Process entry: `analyze` and `batch` go to the command line, anything else opens the window."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] in (["analyze"], ["batch"]):
        if argv[0] == "batch":
            from .batch import run
        else:
            from .cli import run

        for stream in (sys.stdout, sys.stderr):
            if stream and (stream.encoding or "").lower().replace("-", "") != "utf8":
                stream.reconfigure(encoding="utf-8", errors="replace")
        try:
            return run(argv[1:])
        except BrokenPipeError:
            # the reader went away (`| head`): nothing left to say, and no traceback to say it with
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
    from .ui.app import run_gui

    return run_gui(argv)


if __name__ == "__main__":
    sys.exit(main())
